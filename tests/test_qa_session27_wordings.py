"""Questions asked the way people ask them (issue 11, session 27): a city's body named with the city written
without 市 (莆田商务局 of 莆田市商务局). The people are made up; the city is a real division (the short form is
only read for a city of the divisions data)."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import imported_kg

BUREAU, CPC = "莆田市商务局", "中共莆田市委员会"
PAGE = city_page(
    persons=[
        {"name": "林澈舟", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "柯望川", "posts": [{"title": "市委书记", "org": CPC}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": [], "located_in": "莆田市"},
        {"name": CPC, "type": "party_committee", "aliases": ["莆田市委"]},
    ],
)


@pytest.fixture(scope="module")
def bureau_kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("莆田商务局局长是谁", {"林澈舟"}, id="city-without-shi-bureau-head"),
        pytest.param("莆田商务局位于哪座城市", {"莆田市"}, id="city-without-shi-bureau-located-in"),
        pytest.param("莆田市商务局局长是谁", {"林澈舟"}, id="full-name-still-answered"),
        pytest.param("莆田市委书记是谁", {"柯望川"}, id="city-committee-not-read-as-a-bureau"),
    ],
)
def test_a_city_body_written_without_shi(bureau_kg, question, expected):
    got = bureau_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
