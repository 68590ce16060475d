"""Questions typed the way people ask them (issue 11, the eighteenth blind set); each row's id names the wording,
and near misses must not be answered: a place's party committee is never a body of that place whose name only holds
委 further on, and an informal post word asked of a body without that post names no one. The people and bodies are
made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, ZONE, city_page
from qa_helpers import imported_kg

TRADE, ZONE_CPC, FUND, OTHER_FUND = "青岚市商务局", "中共东湖经济技术开发区工作委员会", "青岚基金", "海川基金"
COUNTY_CPC, COUNTY_PLAN = "中共白沙县委员会", "白沙县发展改革委党组"
HOSPITAL, CLINIC = "广和医院", "青岚市人民医院"
FACTS = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "许秋白", "posts": [{"title": "秘书长", "org": GOV}]},
        {"name": "岳青峰", "posts": [{"title": "总裁", "org": CO}]},
        {"name": "邝一鸣", "posts": [{"title": "副总经理", "org": CO}]},
        {"name": "纪晓川", "posts": [{"title": "党工委书记", "org": ZONE_CPC}]},
        {"name": "裴南星", "posts": [{"title": "党组书记", "org": COUNTY_PLAN}]},
        {"name": "严子陵", "posts": [{"title": "副局长", "org": TRADE}]},
        {"name": "郁长青", "posts": [{"title": "院长", "org": HOSPITAL}, {"title": "主治医师", "org": CLINIC}]},
        {"name": "闻笛", "posts": [{"title": "总经理", "org": FUND}, {"title": "副总经理", "org": OTHER_FUND}]},
        {"name": "卓一凡", "posts": [{"title": "纪工委书记", "org": ZONE_CPC}]},
    ],
    organizations=[
        {"name": TRADE, "type": "government", "aliases": ["青岚商务局"]},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
        {"name": ZONE_CPC, "type": "party_committee", "aliases": ["东湖经开区党工委"]},
        {"name": COUNTY_CPC, "type": "party_committee", "aliases": ["白沙县委"], "located_in": "白沙县"},
        {"name": COUNTY_PLAN, "type": "party_committee", "aliases": [], "located_in": "白沙县"},
        {"name": HOSPITAL, "type": "other", "aliases": []},
        {"name": CLINIC, "type": "other", "aliases": []},
        {"name": FUND, "type": "company", "aliases": []},
        {"name": OTHER_FUND, "type": "company", "aliases": []},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["新材料", "氢能"]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["文旅", "氢能"]}],
    events=[
        {"kind": "meeting", "summary": "韩小舟主持召开全市安全生产调度会", "participants": ["韩小舟"]},
        {
            "kind": "meeting",
            "summary": "青岚市商务局举办外贸企业座谈会，副局长严子陵主持",
            "participants": ["严子陵"],
            "organizations": [TRADE],
        },
        {
            "kind": "other",
            "summary": "青岚市出让河滨一块旧城改造权，收益2亿元",
            "organizations": [GOV],
            "amount": "2亿元",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("白沙县发展改革委党组书记是谁", "post_holder", {"裴南星"}, id="party-group-secretary-still-read"),
        pytest.param("星岫集团新聘的副总是哪位", "post_holder", {"邝一鸣"}, id="xin-pin-de-fu-zong"),
        pytest.param("东湖经开区掌门人是哪个", "post_holder", {"纪晓川"}, id="zhang-men-ren-of-a-zone"),
        pytest.param("星岫集团CEO是谁", "post_holder", {"岳青峰"}, id="ceo"),
        pytest.param("青岚市zf秘书长是谁", "post_holder", {"许秋白"}, id="zf-pinyin-initials"),
        pytest.param("青岚市委sj是哪个", "post_holder", {"陆听松"}, id="sj-pinyin-initials"),
        pytest.param("青岚市委书记名字", "post_holder", {"陆听松"}, id="ming-zi-bare"),
        pytest.param("韩小舟主持的啥会", "person_hosted", {"全市安全生产调度会"}, id="zhu-chi-de-sha-hui"),
        pytest.param("谁牵头办的外贸企业座谈会", "event_organizers", {TRADE}, id="qian-tou-ban-a-body"),
        pytest.param("外贸企业座谈会是谁主持的", "event_host", {"严子陵"}, id="zhu-chi-still-the-host"),
        pytest.param("郁长青在哪些医院干过", "person_org", {HOSPITAL, CLINIC}, id="na-xie-yi-yuan"),
        pytest.param("闻笛在哪些基金公司任过职", "person_org", {FUND, OTHER_FUND}, id="na-xie-ji-jin-gong-si"),
        pytest.param("严子陵是啥局的副局长", "person_org", {TRADE}, id="sha-ju"),
        pytest.param("卓一凡负责什么", "person_posts", {ZONE_CPC + "纪工委书记"}, id="fu-ze-shen-me"),
        pytest.param("东湖经开区主打什么", "zone_industries", {"新材料", "氢能"}, id="zhu-da-shen-me"),
        pytest.param("东湖经开区主要发展啥", "zone_industries", {"新材料", "氢能"}, id="fa-zhan-sha"),
        pytest.param("星岫集团战略合作签约涵盖了哪几块", "agreement_fields", {"文旅", "氢能"}, id="na-ji-kuai"),
        pytest.param("河滨那块旧城改造权出让收益多少", "amount", {"2亿元"}, id="chu-rang-shou-yi"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("白沙县委书记是谁", id="xian-wei-not-a-party-group-of-the-county"),
        pytest.param("云岭集团新聘的副总是哪位", id="fu-zong-nobody-holds"),
        pytest.param("云岭集团CEO是谁", id="ceo-nobody-holds"),
        pytest.param("韩小舟主持的啥活动在海滨", id="sha-hui-not-a-place-asked"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
