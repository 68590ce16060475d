"""An event named by its day and a kind word alone (issue 11, job qa54): 6月2日的会议, 六月二日那场会议, 6月9号的座谈会,
the day with or without its year, in Arabic or Chinese numerals; the kind word (cues.yaml day_kinds) names no event by
its words, the day says which. Near misses: two events of different kinds on one day (活动 names both: candidates,
no answer), two meetings on different days (each day its own), a day with no event of that kind (no answer). The
people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[{"name": "沈听竹", "posts": []}, {"name": "韩小舟", "posts": []}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "青岚市召开稳价座谈会，陆听松主持",
            "participants": ["陆听松", "沈听竹"],
            "hosts": ["陆听松"],
            "organizations": [GOV, CO],
            "location": "青岚宾馆",
        },
        {
            "kind": "inspection",
            "date": "2033-06-02",
            "summary": "韩小舟深入云岭集团生产车间实地考察",
            "participants": ["韩小舟"],
            "organizations": [SUPPLIER],
            "location": "东湖区",
        },
        {
            "kind": "meeting",
            "date": "2033-06-09",
            "summary": "青岚市召开招商调度会，沈听竹主持",
            "participants": ["沈听竹", "韩小舟"],
            "hosts": ["沈听竹"],
            "organizations": [GOV],
            "location": "青岚大厦",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("6月2日的会议是谁主持的", "event_host", {"陆听松"}, id="arabic-day-meeting-host"),
        pytest.param("六月二日那场会议是谁主持的", "event_host", {"陆听松"}, id="chinese-day-meeting-host"),
        pytest.param("六月九号那个会都有谁参加", "event_participants", {"沈听竹", "韩小舟"}, id="chinese-hao-hui"),
        pytest.param("6月9号的会议在哪开的", "event_place", {"青岚大厦"}, id="arabic-hao-meeting-place"),
        pytest.param("2033年6月9日的会议是谁主持的", "event_host", {"沈听竹"}, id="with-year"),
        pytest.param(
            "二〇三三年六月二日的考察都有谁参加", "event_participants", {"韩小舟"}, id="cn-year-inspection-still"
        ),  # as before (考察 is in its words)
        pytest.param("六月二日的调研在什么地方", "event_place", {"东湖区"}, id="diaoyan-is-inspection"),
        pytest.param(
            "六月九日那场活动都有谁参加", "event_participants", {"沈听竹", "韩小舟"}, id="huodong-one-that-day"
        ),
        pytest.param("五月六日的会谈都有谁参加", "event_participants", {"陆听松", "顾远山"}, id="talks-day"),
    ],
)
def test_event_by_day_and_kind(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # two events of different kinds on one day, 活动 names both: the user is asked which
        pytest.param("6月2日的活动都有谁参加", id="two-kinds-one-day-huodong"),
        # a day with no event of that kind, or none at all: no answer, never the other day's
        pytest.param("六月三日的会议是谁主持的", id="day-with-no-event"),
        pytest.param("6月9日的考察都有谁参加", id="kind-not-on-that-day"),
        pytest.param("2034年6月2日的会议是谁主持的", id="other-year"),
        # not a day of a month: no day read
        pytest.param("十三月二日的会议是谁主持的", id="no-such-month"),
    ],
)
def test_no_guess(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


def test_two_kinds_one_day_offers_both(kg):
    got = kg.ask("6月2日的活动都有谁参加")
    assert len(got.candidates or []) == 2, got.message
