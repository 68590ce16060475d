"""Questions typed the way people ask them (issue 11, the nineteenth blind set); each row's id names the wording,
and near misses must not be answered: a boss word asked of a body nobody heads names no one, a meeting word
written loosely (大会 for 会) never stands for a meeting of another name, and a body's head asked by a boss word
(一把手, 老大) is never its deputy when the graph names none. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import imported_kg

TRADE, BUREAU = "青岚市商务局", "青岚市发展改革委运行局"
FACTS = city_page(
    persons=[
        {"name": "严子陵", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "许秋白", "posts": [{"title": "副局长", "org": TRADE}]},
        {"name": "岳青峰", "posts": [{"title": "理事长", "org": "青岚市工商联"}]},
    ],
    organizations=[
        {"name": TRADE, "type": "government", "aliases": ["青岚商务局"]},
        {"name": BUREAU, "type": "government", "aliases": []},
        {"name": "青岚市工商联", "type": "association", "aliases": []},
        {"name": "HTX新材料有限公司", "type": "company", "aliases": [], "located_in": "青岚市"},
    ],
    agreements=[{"kind": "协议", "parties": [GOV, CO], "fields": ["文旅合作"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-01",
            "summary": "青岚市召开促进民营经济高质量发展工作会，韩小舟主持",
            "participants": ["韩小舟"],
        },
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "青岚市商务局在海滨市召开外贸企业推进会",
            "organizations": [TRADE],
            "location": "海滨市",
        },
        {
            "kind": "visit",
            "summary": "英国客商白朗专程来青岚市选品订货",
            "participants": ["白朗"],
            "location": "青岚市",
        },
        {
            "kind": "signing",
            "summary": "青岚市政府与星岫集团先后签署了五项协议",
            "organizations": [GOV, CO],
        },
        {"kind": "other", "date": "2030", "summary": "星岫集团于2030年成立", "organizations": [CO]},
        {"kind": "launch", "date": "2032", "summary": "星岫集团新工厂投产", "organizations": [CO]},
        {
            "kind": "inspection",
            "summary": "青岚市商务局调研组分赴湖北、深圳调研",
            "organizations": [TRADE],
            "location": "湖北、深圳",
        },
    ],
)
FACTS["persons"].append({"name": "白朗", "posts": []})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("星岫集团的boss是谁", "post_holder", {"顾远山"}, id="boss-in-latin-letters"),
        pytest.param("青岚市委老大是谁", "post_holder", {"陆听松"}, id="lao-da-of-a-body"),
        pytest.param("星岫集团的董事长姓啥名啥", "post_holder", {"顾远山"}, id="xing-sha-ming-sha"),
        pytest.param("严子陵在哪个司局上班", "person_org", {BUREAU}, id="na-ge-si-ju"),
        pytest.param("白朗专门跑到哪座城市订货", "person_places", {"青岚市"}, id="zhuan-men-filler"),
        pytest.param("青岚民营经济大会是哪天开的", "event_date", {"2033-06-01"}, id="da-hui-for-hui"),
        pytest.param("企业推进大会开在哪座城市", "event_place", {"海滨市"}, id="kai-zai-na"),
        pytest.param("外贸企业那场推进会由谁举办", "event_organizers", {TRADE}, id="you-shui-ju-ban"),
        pytest.param("青岚那五项协议内容是啥", "agreement_fields", {"文旅合作"}, id="na-before-a-count"),
        pytest.param("跟星岫集团签协议的是哪个市", "agreement_partners", {GOV}, id="party-asked-after-de-shi"),
        pytest.param("星岫集团是哪年创立的", "event_date", {"2030"}, id="chuang-li-is-cheng-li"),
        pytest.param("htx新材料有限公司在哪个城市", "located_in", {"青岚市"}, id="latin-letters-in-lower-case"),
        pytest.param("外贸推进会由哪几家单位举办", "event_organizers", {TRADE}, id="na-before-a-count-word"),
        pytest.param("青岚市工商联的一把手是谁", "post_holder", {"岳青峰"}, id="yi-ba-shou-of-an-association"),
        pytest.param("商务局调研组去了哪几个省市", "event_place", {"湖北", "深圳"}, id="na-ji-ge-sheng-shi"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("云岭集团的boss是谁", id="boss-nobody-holds"),
        pytest.param(SUPPLIER.removesuffix("有限公司") + "老大是谁", id="lao-da-nobody-holds"),
        pytest.param("青岚安全生产大会是哪天开的", id="da-hui-not-another-meeting"),
        pytest.param("xtx新材料有限公司在哪个城市", id="lower-case-letters-of-no-name"),
        pytest.param("青岚市商务局的一把手是谁", id="yi-ba-shou-not-the-deputy"),
        pytest.param("青岚商务局老大是谁", id="lao-da-not-the-deputy"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
