"""Questions of issue 11 left by session 44 (session 45, job qa63): a place's events counted (青岚市开了几场会: the events
of the bodies whose name holds the place, template place_events, strict so that a date said refuses it: 2033年6月青岚市开了
哪些会 stays events_in_period's). A post the graph holds only elsewhere asked of a place or body (白川市有几位副市长, with
副市长 only at 青岚市) answers nothing and says the premise wrong (session 45, qa64: amends.answer_held_elsewhere). The people,
bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, meeting_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

OTHER_GOV = "白川市人民政府"
PAGE = meeting_page({"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]})
PAGE["persons"].append({"name": "柳照", "posts": [{"title": "市长", "org": OTHER_GOV}]})
PAGE["organizations"].append(
    {"name": OTHER_GOV, "type": "government", "aliases": ["白川市政府"], "located_in": "白川市"}
)
PAGE["events"] += [
    {
        "kind": "meeting",
        "date": "2033-06-03",
        "summary": "青岚市召开全市防汛工作会议",
        "participants": ["沈听竹"],
        "organizations": [GOV],
    },
    {
        "kind": "meeting",
        "date": "2033-06-10",
        "summary": "中共青岚市委召开理论学习中心组学习会",
        "participants": ["陆听松"],
        "organizations": [CPC],
    },
]
PAGE["agreements"][0]["witnesses"] = ["陆听松", "沈听竹"]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


PLACE_EVENTS = 4  # the talks and the three meetings of 青岚市人民政府 and 中共青岚市委员会
MEETINGS = 3  # a meeting asked (开了几场会, 召开了哪些会议) keeps the meetings alone, not the talks (session 50, qa70)


def test_the_bodies_events(kg):
    """The events the place's rows below count, as the bodies' own template lists them."""
    gov, cpc = kg.ask("青岚市人民政府举办了哪些活动"), kg.ask("中共青岚市委员会举办了哪些活动")
    assert len(_labels(gov) | _labels(cpc)) == PLACE_EVENTS, (gov.message, cpc.message)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市开了几场会", "place_events", {f"{MEETINGS}场"}, id="place-meetings-counted"),
        pytest.param("青岚市一共举办了几次活动", "place_events", {f"{PLACE_EVENTS}次"}, id="place-activities-counted"),
        pytest.param("青岚市召开了多少场会议", "place_events", {f"{MEETINGS}场"}, id="place-duoshao-chang"),
        pytest.param("青岚开了几次会", "place_events", {f"{MEETINGS}次"}, id="place-short-name"),
        pytest.param("青岚市召开了哪些会议", "place_events", None, id="place-which-meetings"),
        pytest.param("青岚市都开过什么会", "place_events", None, id="place-what-meetings"),
        # near misses: a date said is the period's question; the body, a person, a signing and a post keep theirs
        pytest.param("2033年6月青岚市开了哪些会", "events_in_period", None, id="dated-place-events-in-period"),
        pytest.param("2033年6月青岚市开了几场会", "events_in_period", {"2场"}, id="dated-count-events-in-period"),
        pytest.param("2033年6月3日青岚市开了什么会", "events_in_period", None, id="day-place-events-in-period"),
        pytest.param("青岚市人民政府开了几场会", "org_events", {"2场"}, id="body-still-org-events"),  # not its talks
        pytest.param("沈听竹参加了几场会", "person_events", {"1场"}, id="person-still-person-events"),
        pytest.param("青岚市签了几份协议", "agreement_kind", {"1份"}, id="place-agreements-not-events"),
        pytest.param("青岚市有几位副市长", "post_holder", {"1位"}, id="place-post-not-events"),
    ],
)
def test_place_events(kg, question, template, expected):
    got = kg.ask(question)
    assert got.template == template, (got.template, got.message)
    if expected is not None:
        assert _labels(got) == expected, got.message
    elif template == "place_events":
        assert "全市防汛工作会议" in _labels(got) and len(_labels(got)) == MEETINGS, got.message
    else:
        assert "全市防汛工作会议" in _labels(got), got.message


@pytest.mark.parametrize(
    "question,where,title",
    [
        pytest.param("白川市有几位副市长", "白川市", "副市长", id="count-of-a-post-held-elsewhere"),
        pytest.param("白川市的副市长是谁", "白川市", "副市长", id="who-of-a-post-held-elsewhere"),
        pytest.param("白川市副市长叫什么名字", "白川市", "副市长", id="name-of-a-post-held-elsewhere"),
        pytest.param("白川市有副市长吗", "白川市", "副市长", id="check-of-a-post-held-elsewhere"),
        pytest.param("青岚市的市长是谁", "青岚市", "市长", id="mayor-only-of-the-other-city"),
        pytest.param("青岚市政府有几位市长", "青岚市政府", "市长", id="a-body-of-the-other-city"),
    ],
)
def test_a_post_held_only_elsewhere_is_said_so(kg, question, where, title):
    got = kg.ask(question)
    assert not got.answers, (got.template, _labels(got))
    assert f"没有{where}的{title}" in (got.message or ""), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        # near misses: the post of the place the graph holds, a title alone, a title no one holds
        pytest.param("青岚市有几位副市长", {"1位"}, id="held-post-counted"),
        pytest.param("青岚市的副市长是谁", {"沈听竹"}, id="held-post-holder"),
        pytest.param("白川市的市长是谁", {"柳照"}, id="the-other-citys-own-mayor"),
        pytest.param("副市长是谁", {"沈听竹"}, id="a-title-alone"),
        pytest.param("见证签约的市领导有几位", {"2位"}, id="witnesses-counted"),
        pytest.param(f"{CO[:4]}的董事长是谁", {"顾远山"}, id="a-body-by-its-short-name"),
    ],
)
def test_posts_held_answer_as_before(kg, question, expected):
    got = kg.ask(question)
    assert _labels(got) == expected, (got.template, got.message)


def test_a_title_no_one_holds_keeps_its_message(kg):
    got = kg.ask("白川市的副书记是谁")
    assert not got.answers and "前提" not in (got.message or ""), got.message
