"""Questions of issue 11 left by qa63 (session 45, job qa65): a filler ending in a level word (这个区, 这个县: cues.yaml
fillers, "after a place, saying its level again") no longer eats the first character of a body's word (区委, 县委: cues.yaml
body_words), so 这个区委常委会（扩大）会议 names the district committee's meeting and not, as close, the county's. With several agreements and
one with witnesses, 见证签约的领导有多少位 asks that one's (templates.yaml bare_holds: witness); with two witnessed the user
is still asked which. The people, bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from kgqa.kg.qa.select import _stopping
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

DISTRICT, COUNTY = "中共东湖区委员会", "中共西岭县委员会"
PAGE = city_page(
    persons=[
        {"name": "沈听竹", "posts": [{"title": "区委书记", "org": DISTRICT}]},
        {"name": "温映秋", "posts": [{"title": "县委书记", "org": COUNTY}]},
    ],
    organizations=[
        {"name": DISTRICT, "type": "party_committee", "aliases": ["东湖区委"]},
        {"name": COUNTY, "type": "party_committee", "aliases": ["西岭县委"]},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-03",
            "summary": "沈听竹主持召开区委常委会（扩大）会议",
            "participants": ["沈听竹"],
            "organizations": [DISTRICT],
        },
        {
            "kind": "meeting",
            "date": "2033-06-05",
            "summary": "温映秋主持召开县委常委会（扩大）会议",
            "participants": ["温映秋"],
            "organizations": [COUNTY],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("这个区委常委会（扩大）会议是谁主持的", "event_host", {"沈听竹"}, id="zhege-quwei-meeting-host"),
        pytest.param(
            "这个县委常委会（扩大）会议是哪天开的", "event_date", {"2033-06-05"}, id="zhege-xianwei-meeting-date"
        ),
        pytest.param("那个区委常委会（扩大）会议是谁主持的", "event_host", {"沈听竹"}, id="nage-quwei-meeting-host"),
        # near misses: without 这个 as before; the filler still says a place's level again before 的 and a post
        pytest.param("区委常委会（扩大）会议是谁主持的", "event_host", {"沈听竹"}, id="bare-quwei-meeting-host"),
        pytest.param("县委常委会（扩大）会议是谁主持的", "event_host", {"温映秋"}, id="bare-xianwei-meeting-host"),
        pytest.param("东湖区这个区的区委书记是谁", "post_holder", {"沈听竹"}, id="level-said-again-before-de"),
    ],
)
def test_filler_stops_before_a_body_word(kg, question, template, expected):
    got = kg.ask(question)
    assert got.template == template, (got.template, got.message)
    assert _labels(got) == expected, got.message


@pytest.mark.parametrize(
    "filler,body_words,pattern",
    [
        pytest.param("这个区", ["区委", "县委"], "这个区(?!委)", id="opens-a-body-word"),
        pytest.param("这个县", ["县政府", "县长"], "这个县(?!政府|长)", id="several-rests"),
        pytest.param("这个", ["区委", "县委"], "这个", id="no-level-word-unchanged"),
        pytest.param("这个市", ["区委"], "这个市", id="other-level-unchanged"),
    ],
)
def test_stopping_pattern(filler, body_words, pattern):
    assert _stopping(filler, body_words) == pattern


# three agreements, one with witnesses: a question naming no agreement asks that one's witnesses
SIGNINGS = city_page(
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "witnesses": ["陆听松", "顾远山"]},
        {"kind": "供货协议", "parties": [CO, SUPPLIER], "date": "2033-05-07"},
        {"kind": "投资协议", "parties": [GOV, SUPPLIER], "date": "2033-05-08"},
    ]
)
# the same with two agreements witnessed: which one is still asked
TWO_WITNESSED = city_page(
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "witnesses": ["陆听松"]},
        {"kind": "供货协议", "parties": [CO, SUPPLIER], "date": "2033-05-07", "witnesses": ["顾远山"]},
        {"kind": "投资协议", "parties": [GOV, SUPPLIER], "date": "2033-05-08"},
    ]
)


@pytest.fixture(scope="module")
def signings():
    return imported_kg((SIGNINGS, "made-up.json"))


@pytest.fixture(scope="module")
def two_witnessed():
    return imported_kg((TWO_WITNESSED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("见证签约的领导有多少位", {"2位"}, id="witnesses-counted"),
        pytest.param("见证签约的是哪几位领导", {"陆听松", "顾远山"}, id="which-leaders-witnessed"),
        pytest.param("见证签约的是谁", {"陆听松", "顾远山"}, id="who-witnessed"),
        pytest.param("出席见证签约的有哪些人", {"陆听松", "顾远山"}, id="who-attended-witnessing"),
        # near misses: an agreement named keeps its own (none), the witnessed one named answers as before
        pytest.param("谁见证了供货协议的签署", set(), id="named-unwitnessed-none"),
        pytest.param("谁见证了战略合作协议的签署", {"陆听松", "顾远山"}, id="named-witnessed"),
    ],
)
def test_the_witnessed_agreement(signings, question, expected):
    got = signings.ask(question)
    assert got.template == "agreement_witnesses", (got.template, got.message)
    assert _labels(got) == expected, got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("见证签约的领导有多少位", id="two-witnessed-counted-asks"),
        pytest.param("见证签约的是谁", id="two-witnessed-who-asks"),
    ],
)
def test_several_witnessed_still_asks(two_witnessed, question):
    got = two_witnessed.ask(question)
    assert not got.answers and "哪" in (got.message or ""), (got.template, got.message)


def test_other_templates_unchanged(signings):
    """A template without bare_holds still asks which agreement when none is named (its date)."""
    got = signings.ask("协议是哪天签的")
    assert got.template == "agreement_date" and not got.answers, (got.template, got.message)
