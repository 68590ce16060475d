"""Questions typed the way people ask them (issue 11, the twenty-first blind set); each row's id names the wording,
and near misses must not be answered: a typed-over question word is read as meant only where nothing else fits,
a boss word asked of a body nobody heads names no one, and a check of a post not held gets no holder.
The people, bodies and articles are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, city_page
from qa_helpers import imported_kg

BUREAU, MINISTRY, COUNCIL = "青岚市商务局", "青岚市公安局", "国务院"
VILLAGE, FIRM, REGION = "青岚村党支部", "青岚（东湖）电缆有限公司", "云梦自治区"
FACTS = city_page(
    articles=[
        {"title": "东湖QFII额度陆续审批", "first_words": "本报讯", "date": "2033-03-02", "authors": ["钟静言"]},
        {
            "title": "严子陵在东湖工业园区调研指导项目建设",
            "first_words": "本报讯",
            "date": "2033-04-12",
            "authors": ["白露"],
        },
    ],
    persons=[
        {"name": "严子陵", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "韩小舟", "posts": [{"title": "党支部书记", "org": VILLAGE}]},
        {
            "name": "林清和",
            "posts": [
                {"title": "国务委员", "org": COUNCIL},
                {"title": "党委书记", "org": MINISTRY},
                {"title": "局长", "org": MINISTRY},
            ],
        },
        {"name": "苏望舒", "posts": [{"title": "副局长", "org": MINISTRY}]},
        {"name": "白云飞", "posts": [{"title": "主席", "org": REGION}]},
        {"name": "白石", "posts": [{"title": "主席", "org": REGION + "政协"}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": [], "located_in": "青岚市"},
        {"name": MINISTRY, "type": "government", "aliases": [], "located_in": "青岚市"},
        {"name": COUNCIL, "type": "government", "aliases": []},
        {"name": VILLAGE, "type": "party_committee", "aliases": []},
        {"name": FIRM, "type": "company", "aliases": [], "located_in": "青岚市"},
        {"name": REGION, "type": "government", "aliases": []},
        {"name": REGION + "政协", "type": "other", "aliases": [], "located_in": REGION},
        {
            "name": "东湖高新技术产业开发区",
            "type": "development_zone",
            "aliases": ["东湖高新区"],
            "located_in": "青岚市",
        },
    ],
    development_zones=[{"name": "东湖高新技术产业开发区", "city": "青岚市", "industries": ["光伏光电", "新材料"]}],
    agreements=[
        {
            "kind": "战略合作协议",
            "parties": [GOV, CO],
            "date": "2033-05-06",
            "fields": ["氢能", "文旅"],
            "witnesses": ["陆听松"],
        },
    ],
    events=[
        {
            "kind": "other",
            "summary": "青岚市将东湖沿岸一块棚户区改造权出让给外商，一次收取土地效益3.2亿元",
            "organizations": [GOV],
            "amount": "3.2亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-21",
            "summary": "东湖区举行第一批重点项目集中开工活动",
            "location": "东湖区",
            "amount": "12.5亿元",
        },
        {
            "kind": "signing",
            "date": "2033-05-06",
            "summary": "青岚市政府与星岫集团签署战略合作协议",
            "organizations": [GOV, CO],
        },
        {
            "kind": "other",
            "date": "2033",
            "summary": "青岚市委开展千名党员结对帮扶活动",
            "organizations": [CPC],
        },
        {
            "kind": "inspection",
            "date": "2033-04-12",
            "summary": "严子陵在东湖工业园区调研指导项目建设",
            "participants": ["严子陵"],
            "location": "东湖工业园区",
        },
        {
            "kind": "meeting",
            "date": "2033-06-01",
            "summary": "严子陵主持召开外贸企业座谈会",
            "participants": ["严子陵"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("东湖工业园区调研那篇是哪个记者写的", "article_authors", {"白露"}, id="na-ge-ji-zhe-xie-de"),
        pytest.param("东湖qfii那篇是谁写的", "article_authors", {"钟静言"}, id="latin-letters-in-lower-case"),
        pytest.param("青岚市商务局局长叫撒", "post_holder", {"严子陵"}, id="jiao-sa-for-jiao-sha"),
        pytest.param("青岚市商务局的主官", "post_holder", {"严子陵"}, id="zhu-guan-a-body-head"),
        pytest.param("谁开展了千名党员结对帮扶活动", "event_organizers", {CPC}, id="kai-zhan-le-an-organiser"),
        pytest.param("林清和身兼多少职", "person_posts", {"3职"}, id="shen-jian-duo-shao-zhi"),
        pytest.param("林清和当没当国务委员", "post_check", {"林清和"}, id="dang-mei-dang-a-check"),
        pytest.param(
            "苏望舒在青岚市公安局干什么", "person_posts_in", {"青岚市公安局副局长"}, id="gan-shen-me-at-a-body"
        ),
        pytest.param(
            "青岚和星岫战略合作包含哪些产业方向", "agreement_fields", {"氢能", "文旅"}, id="bao-han-chan-ye-fang-xiang"
        ),
        pytest.param("东湖高新区涉及的产业有哪几类", "zone_industries", {"光伏光电", "新材料"}, id="you-na-ji-lei"),
        pytest.param(
            "2033年5月6日签了哪些合同",
            "events_in_period",
            {"青岚市政府与星岫集团签署战略合作协议"},
            id="a-day-na-xie-he-tong",
        ),
        pytest.param("东湖区开工项目总投资额", "amount", {"12.5亿元"}, id="ends-on-zong-tou-zi-e"),
        pytest.param(
            "2033年3月21日有什么开工", "events_in_period", {"第一批重点项目集中开工活动"}, id="you-shen-me-kai-gong"
        ),
        pytest.param("云梦自治区的主席是谁", "post_holder", {"白云飞"}, id="a-body-and-a-place-de-its-own-post"),
        pytest.param("云梦自治区政协的主席是谁", "post_holder", {"白石"}, id="the-body-named-after-it"),
        pytest.param("东湖沿岸那块棚户区出让收了多少", "amount", {"3.2亿元"}, id="shou-le-duo-shao"),
        pytest.param(
            "主持外贸企业座谈会的那位还兼什么职", "person_posts", {"青岚市商务局局长"}, id="na-wei-after-a-deed"
        ),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市公安局政委叫撒", id="jiao-sa-a-post-nobody-holds"),
        pytest.param("星岫集团的主官", id="zhu-guan-nobody-holds"),
        pytest.param("苏望舒当没当国务委员", id="dang-mei-dang-a-post-not-held"),
        pytest.param("2033年6月1日签了哪些合同", id="a-day-with-no-signing"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
