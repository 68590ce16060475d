"""A person asked by surname and the title custom addresses a deputy by (issue 11, session 40, job qa56): 崔市长 for
the 常务副市长 崔某, 张书记 for a 市委副书记, 韩主任 for a 副主任 (cues.yaml `deputy`, engine.py
QuestionAnswerer.answer_deputy); asked so only when no holder of the title itself has that surname, one person or
the ones to pick from, never a guess. A question that is a name alone (甲？, 请问甲？, 甲？来着: cues.yaml `alone`,
engine.py QuestionAnswerer._answer_alone): a person's posts, a body's or zone's facts. The people and bodies are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, meeting_page
from qa_helpers import imported_kg

DEPUTIES = meeting_page(
    {"name": "崔映川", "posts": [{"title": "常务副市长", "org": GOV}]},
    {"name": "方听雨", "posts": [{"title": "市长", "org": GOV}]},
    {"name": "方知秋", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "张晚舟", "posts": [{"title": "市委副书记", "org": CPC}]},
    {"name": "韩若水", "posts": [{"title": "副总经理", "org": CO}]},
    {"name": "黎望川", "posts": [{"title": "副总经理", "org": CO}]},
    {"name": "黎照影", "posts": [{"title": "副总经理", "org": CO}]},
    {"name": "孙惠风", "posts": [{"title": "县委副书记", "org": "中共曲岭县委员会"}]},
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((DEPUTIES, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("崔市长在哪儿任职", "person_org", {GOV}, id="deputy-mayor-works-where"),
        pytest.param("青岚市崔市长是谁", "post_holder", {"崔映川"}, id="deputy-mayor-of-place"),
        pytest.param("青岚市的崔市长叫什么", "post_holder", {"崔映川"}, id="deputy-mayor-de-name"),
        pytest.param("崔市长是谁", "post_holder", {"崔映川"}, id="deputy-mayor-bare"),
        pytest.param("张书记在哪儿任职", "person_org", {CPC}, id="deputy-secretary-works-where"),
        pytest.param("青岚市委张书记叫啥", "post_holder", {"张晚舟"}, id="deputy-secretary-of-body"),
        pytest.param("星岫集团韩总经理叫啥", "post_holder", {"韩若水"}, id="deputy-manager-of-company"),
        pytest.param("曲岭县委的孙书记全名叫啥", "post_holder", {"孙惠风"}, id="deputy-county-secretary-full-name"),
        # near misses: the title's own holder of that surname is meant, not a deputy (方听雨 市长, 方知秋 副市长);
        # a surname holding no such post answers nothing; the body's own head as before
        pytest.param("方市长是谁", "post_holder", {"方听雨"}, id="own-holder-first"),
        pytest.param("方市长在哪儿任职", "person_org", {GOV}, id="own-holder-works-where"),
        pytest.param("王市长是谁", "post_holder", set(), id="no-such-surname"),
        pytest.param("王书记在哪儿任职", "person_org", set(), id="no-such-surname-works-where"),
        pytest.param("陆书记是谁", "post_holder", {"陆听松"}, id="secretary-still"),
    ],
)
def test_deputy(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_two_deputies_so_named_are_offered(kg):
    """Two 副总经理 named 黎…: both offered to pick from, neither answered."""
    got = kg.ask("星岫集团黎总经理叫啥")
    assert not got.answers
    assert {c["label"] for c in got.candidates or []} == {"黎望川", "黎照影"}, got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("顾远山？", "person_posts", {"星岫集团有限公司董事长"}, id="person-alone"),
        pytest.param("请问顾远山？", "person_posts", {"星岫集团有限公司董事长"}, id="person-alone-qing-wen"),
        pytest.param("顾远山？来着", "person_posts", {"星岫集团有限公司董事长"}, id="person-alone-lai-zhe"),
        pytest.param("问一下，崔映川？", "person_posts", {"青岚市人民政府常务副市长"}, id="person-alone-wen-yi-xia"),
        pytest.param("顾远山呢", "person_posts", {"星岫集团有限公司董事长"}, id="person-alone-ne"),
        # near misses: more than a name is asked, or a place (no question of its kind): as before
        pytest.param("顾远山的老婆？", None, set(), id="more-than-a-name"),
        pytest.param("青岚市？", None, set(), id="place-alone-not-asked"),
        pytest.param("顾远山去哪了", "person_places", {"东湖区"}, id="person-places-still"),
    ],
)
def test_name_alone(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,facts",
    [
        pytest.param("星岫集团？", {"任职人员：顾远山（董事长）"}, id="org-alone-its-people"),
        pytest.param("青岚高新区？", {"位于：青岚市", "产业：氢能", "产业：新材料"}, id="zone-alone-place-industries"),
    ],
)
def test_body_alone(kg, question, facts):
    got = kg.ask(question)
    assert got.template == "describe" and facts <= {a["label"] for a in got.answers}, got.message
