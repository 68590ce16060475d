"""Two named things' relation asked (issue 11, job qa53: what blind32 left): 甲和乙是什么关系 / 甲跟乙啥关系 answers what a
user expects. A person and a body (or a place, through its bodies): the person's posts there, as a post answer (title
and body, as person_posts gives them), never 任职：<title> nor the events both took part in. Two bodies that signed:
the agreement's kind. The looser links (共同涉及：<event>, 同在某单位任职) only when no post and no agreement links the
two. The people and bodies are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, TWO_OFFICIALS_MEETING, city_page
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


def posts(got) -> set[tuple]:
    return {(a.get("title"), a.get("org")) for a in got.answers}


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("沈听竹和青岚市人民政府是什么关系", {("副市长", GOV)}, id="person-body-shi-shen-me-guan-xi"),
        pytest.param("青岚市人民政府跟沈听竹啥关系", {("副市长", GOV)}, id="body-first-sha-guan-xi"),
        pytest.param("顾远山跟星岫集团有限公司啥关系", {("董事长", CO)}, id="chairman-gen-sha-guan-xi"),
        pytest.param("陆听松与中共青岚市委员会是什么关系", {("市委书记", CPC)}, id="secretary-yu"),
        # a place: the posts at its bodies
        pytest.param("温映秋和青岚市是什么关系", {("秘书长", GOV)}, id="person-place"),
    ],
)
def test_a_person_and_a_body_answered_by_the_post(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, posts(got)) == ("relation", expected), [a["label"] for a in got.answers]


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市人民政府和星岫集团有限公司是什么关系", {"战略合作协议"}, id="two-bodies-signed"),
        pytest.param("星岫集团跟青岚市政府啥关系", {"战略合作协议"}, id="two-bodies-signed-sha"),
    ],
)
def test_two_bodies_that_signed_answered_by_the_kind(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("relation", expected), got.message


@pytest.mark.parametrize(
    "question,word",
    [
        # near misses: nothing but an event links them, so the event is still the answer
        pytest.param("陆听松和顾远山是什么关系", "共同涉及", id="two-persons-event"),
        pytest.param("顾远山和青岚市人民政府是什么关系", "共同涉及", id="person-body-no-post"),
    ],
)
def test_the_looser_links_when_nothing_else(kg, question, word):
    got = kg.ask(question)
    labels = [a["label"] for a in got.answers]
    assert got.template == "relation" and labels and all(lab.startswith(word) for lab in labels), labels


# 发布日期 of an announcement is the event's date (the announcement's), not an article's: the page with the group's
# announcement (a made-up event)
ANNOUNCED = city_page(
    persons=[{"name": "林晚舟", "posts": [{"title": "总经理", "org": CO}]}],
    events=[
        {
            "kind": "other",
            "date": "2033-06-02",
            "summary": "星岫集团发布《总经理任职公告》，聘任林晚舟为公司总经理",
            "participants": ["林晚舟"],
            "organizations": [CO],
        }
    ],
)


@pytest.fixture(scope="module")
def announced():
    return imported_kg((ANNOUNCED, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "星岫集团总经理任职公告的发布日期", "event_date", {"2033-06-02"}, id="fa-bu-ri-qi-of-an-announcement"
        ),
        # near miss: an article's own date asked with 发的 and a report word stays the article's date
        pytest.param("这篇报道是哪天发的", "article_date", {"2033-05-06"}, id="bao-dao-fa-de-still-the-article"),
    ],
)
def test_fa_bu_ri_qi_is_the_event_date(announced, question, template, expected):
    got = announced.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
