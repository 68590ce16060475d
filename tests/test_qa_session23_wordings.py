"""Questions asked the way people ask them (issue 11, session 23): a pronoun with nothing before it to point back to
(它的董事长是谁: whose, never a guess), and near misses that must get no answer. The people and bodies are made up
(the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, ZONE, city_page, delegation_visit
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[{"name": "顾远川", "posts": [{"title": "总经理", "org": "云岭集团有限公司"}]}],
    organizations=[
        {"name": "QKR航空材料有限公司", "type": "company", "aliases": [], "located_in": "青岚市"},
        {"name": "LinkMind", "type": "company", "aliases": [], "located_in": "青岚市"},
    ],
    events=[
        delegation_visit(),
        {
            "kind": "groundbreaking",
            "date": "2033-07-08",
            "summary": "星岫集团奠基青岚第二工厂",
            "organizations": [CO],
            "location": "青岚市",
        },
        {
            "kind": "meeting",
            "summary": "青岚市招商推介会在长沙举行",
            "organizations": [GOV],
            "location": "湖南省长沙市",
        },
        {"kind": "meeting", "summary": "青岚市物流洽谈会举行", "organizations": [GOV], "location": "青岚大酒店"},
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,candidates",
    [
        pytest.param("它的董事长是谁", {"星岫集团有限公司"}, id="ta-de-dong-shi-zhang"),
        pytest.param("请问它的董事长叫什么", {"星岫集团有限公司"}, id="qing-wen-ta-de"),
        pytest.param("其董事长是谁", {"星岫集团有限公司"}, id="qi-dong-shi-zhang"),
        pytest.param("它们的市委书记是哪位", {"中共青岚市委员会"}, id="ta-men-de"),
        pytest.param("他担任什么职务", set(), id="ta-dan-ren"),
        pytest.param("它在哪里", set(), id="ta-zai-na-li"),
    ],
)
def test_a_pronoun_pointing_back_to_nothing_gets_no_answer(kg, question, candidates):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
    assert "前面没有说" in (got.message or ""), got.message
    assert {c["label"] for c in got.candidates or []} == candidates


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("星岫集团，它的董事长是谁", "post_holder", {"顾远山"}, id="ta-de-after-a-name"),
        pytest.param("其他董事长是谁", "post_holder", {"顾远山"}, id="qi-ta-is-no-pronoun"),
        pytest.param("青岚二厂奠基时间", "event_date", {"2033-07-08"}, id="er-chang-of-di-er-gong-chang"),
        pytest.param("青岚二厂是哪天奠基的", "event_date", {"2033-07-08"}, id="er-chang-na-tian"),
        pytest.param("qkr航空材料有限公司位于哪个城市", "located_in", {"青岚市"}, id="latin-lower-case"),
        pytest.param("Qkr航空材料有限公司在哪个城市", "located_in", {"青岚市"}, id="latin-title-case"),
        pytest.param("linkmind在哪个城市", "located_in", {"青岚市"}, id="latin-mixed-case-in-the-graph"),
        pytest.param("陆听淞是什么职务", "person_posts", {"中共青岚市委员会市委书记"}, id="a-name-one-character-off"),
        pytest.param("孟长江是哪个单位的", "person_org", {"中国人民政治协商会议青岚市委员会"}, id="one-off-at-the-end"),
        pytest.param("物流洽谈会在哪个酒店举行", "event_place", {"青岚大酒店"}, id="na-ge-jiu-dian"),
        pytest.param("招商推介会在哪个城市举行", "event_place", {"湖南省长沙市"}, id="na-ge-cheng-shi"),
        pytest.param("孟长河带队考察的是哪个开发区", "event_place", {ZONE}, id="where-not-said-is-answered"),
    ],
)
def test_answers(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("孟长河在东湖经济技术开发区考察了哪些园区", id="where-said-is-not-asked"),
        pytest.param("孟长河考察团在东湖经济技术开发区参观了哪些园区", id="where-said-zai-after-the-event"),
        pytest.param("招商推介会在哪个酒店举行", id="a-city-is-no-hotel"),
        pytest.param("顾远水是什么职务", id="two-names-one-character-off"),
        pytest.param("吴听松是什么职务", id="the-first-character-off"),
        pytest.param("陆听风雨是什么职务", id="a-name-one-character-longer"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


_ARTICLE = (  # made up: one signing (an event and its agreement, one sum) and another sum the article tells of no fact
    "本报讯 记者林晓报道：3月5日，市政府与星岫集团有限公司签署战略合作协议，协议总金额20亿元。"
    "据了解，青岚市商务局已推荐30余家企业与银行机构达成合作意向，信贷投放和年内拟授信金额15.6亿元。"
)


@pytest.fixture(scope="module")
def extracted():
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text(_ARTICLE, "made-up.txt")
    return kg


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "市商务局推荐企业与银行机构达成合作意向的信贷投放和年内拟授信金额是多少",
            set(),
            id="only-the-article-says-it",
        ),
        pytest.param("星岫集团战略合作协议的金额是多少", {"20亿元"}, id="the-fact-says-it"),
    ],
)
def test_a_description_only_the_article_says_names_no_fact(extracted, question, expected):
    got = extracted.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
