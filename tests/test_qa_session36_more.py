"""Leftovers of session 35's question work (issue 11; job qa46), each its own table: a quantity word before the
noun of the context (不少园区, 许多园区: fillers, how many is not asked) and an industry named by the place it holds
(发力点, 着力点: cues.yaml relations.industry), so 据报道，甲成了不少园区的发力点，具体是哪几个开发区 reads whole with no asking
word after the comma. A title after a which-word, then the act (哪位书记主持了甲会议: select.py frames the verb right
after the asked title, so event_post_host fits where only …是哪位书记主持的 did). A verb of holding before the body
(谁执掌乙, 哪位领导执掌乙: cues.yaml roles_before, parse.py) asks 乙's first post, not all its people (org_members). The
people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, HTZ, ZONE, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page({"name": "沈听竹", "posts": [{"title": "副总经理", "org": CO}]})
FACTS["organizations"].append(
    {"name": ZONE, "type": "development_zone", "aliases": ["东湖开发区"], "located_in": "青岚市"}
)
FACTS["development_zones"].append({"name": ZONE, "city": "青岚市", "industries": ["氢能", "文旅"]})
FACTS["events"].append(
    {
        "kind": "meeting",
        "date": "2033-05-10",
        "summary": "陆听松主持召开青岚市委常委会议",
        "participants": ["陆听松"],
        "organizations": [CPC],
    }
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


def labels(got) -> tuple[str | None, set[str]]:
    return got.template, {a["label"] for a in got.answers}


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "据报道，氢能成了不少园区的发力点，具体是哪几个开发区",
            "industry_zones",
            {HTZ, ZONE},
            id="context-without-an-asking-word",
        ),
        pytest.param(
            "氢能成了许多园区的着力点，是哪几个开发区", "industry_zones", {HTZ, ZONE}, id="xu-duo-zhuo-li-dian"
        ),
        pytest.param("文旅是哪个开发区的发力点", "industry_zones", {ZONE}, id="fa-li-dian-of-which"),
        pytest.param("青岚高新区的发力点是什么", "zone_industries", {"氢能", "新材料"}, id="fa-li-dian-asked"),
    ],
)
def test_quantity_and_industry_words(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # how many is still asked by 多少 (不少 is no how-many word)
        pytest.param("有多少个园区发展氢能", "industry_zones", {"2个"}, id="duo-shao-still-counts"),
    ],
)
def test_quantity_near_misses(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("哪位书记主持了这次青岚市委常委会议", "event_post_host", {"陆听松"}, id="na-wei-shu-ji-zhu-chi"),
        pytest.param("哪位市委书记主持了常委会议", "event_post_host", {"陆听松"}, id="na-wei-shi-wei-shu-ji"),
        pytest.param("哪一位书记主持了市委常委会议", "event_post_host", {"陆听松"}, id="na-yi-wei-shu-ji"),
        # near misses: the title's holders did not host it; a title inside the event's name is not asked
        pytest.param("哪位董事长主持了常委会议", "event_post_host", set(), id="na-wei-not-the-host"),
        pytest.param(
            "市委书记主持的会议有哪些",
            "person_hosted",
            {"全市招商引资推进会", "青岚市委常委会议"},
            id="title-not-asked",
        ),
    ],
)
def test_which_title_then_act(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("谁执掌星岫集团", "post_holder", {"顾远山"}, id="shui-zhi-zhang"),
        pytest.param("哪位领导执掌星岫集团", "post_holder", {"顾远山"}, id="na-wei-ling-dao-zhi-zhang"),
        pytest.param("执掌星岫集团的是哪一位", "post_holder", {"顾远山"}, id="zhi-zhang-de-shi"),
        # near misses: the verb after the person still asks the body; 掌舵人 after the body as before
        pytest.param("顾远山执掌哪家企业", "person_org", {CO}, id="person-zhi-zhang-na-jia"),
        pytest.param("星岫集团的掌舵人是谁", "post_holder", {"顾远山"}, id="zhang-duo-ren-after"),
        pytest.param("星岫集团有哪些领导", "org_members", {"顾远山", "沈听竹"}, id="members-still-all"),
    ],
)
def test_holding_verb_before_the_body(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message
