"""Questions asked the way people ask them (issue 11, session 31), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, city_page
from qa_helpers import imported_kg

# a which-word on a party committee's kind word, 的 and a title after it (哪个区委的书记): the body of the person's post
# (cues.yaml asks.org), no longer 哪个区 (a place) and a stray 委 refused
DISTRICT_CPC = "中共青岚市东湖区委员会"
COMMITTEES = city_page(
    persons=[
        {"name": "苏砚秋", "posts": [{"title": "区委书记", "org": DISTRICT_CPC}]},
        {
            "name": "叶知微",
            "posts": [{"title": "区委常委", "org": DISTRICT_CPC}, {"title": "区长", "org": "青岚市东湖区人民政府"}],
        },
    ],
    organizations=[
        {"name": DISTRICT_CPC, "type": "party_committee", "aliases": ["东湖区委"], "located_in": "青岚市"},
        {"name": "青岚市东湖区人民政府", "type": "government", "aliases": ["东湖区政府"], "located_in": "青岚市"},
    ],
)


@pytest.fixture(scope="module")
def committees_kg():
    return imported_kg((COMMITTEES, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("苏砚秋是哪个区委的书记", {DISTRICT_CPC}, id="which-district-committee-de-title"),
        pytest.param("陆听松是哪个市委的书记", {CPC}, id="which-city-committee-de-title"),
        pytest.param("叶知微是哪个区委的常委", {DISTRICT_CPC}, id="which-committee-de-member"),
        pytest.param("苏砚秋是哪个区委的", {DISTRICT_CPC}, id="which-committee-de-ending"),
        # near misses: the holder of a title asked; the place of a body asked; a body by a generic word
        pytest.param("东湖区委的书记是谁", {"苏砚秋"}, id="near-miss-committee-named-holder-asked"),
        pytest.param("东湖区委位于哪个市", {"青岚市"}, id="near-miss-which-city-place-asked"),
        pytest.param("苏砚秋在哪个单位任职", {DISTRICT_CPC}, id="near-miss-which-unit-still"),
    ],
)
def test_which_committee_then_a_title(committees_kg, question, expected):
    got = committees_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
