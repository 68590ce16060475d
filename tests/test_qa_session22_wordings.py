"""Questions asked the way people ask them (issue 11, session 22): a count word inside the question word (哪两个省),
and near misses that must get no answer. The people and bodies are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[
        {"name": "易行舟", "posts": []},
    ],
    events=[
        {
            "kind": "inspection",
            "date": "2033-06-01",
            "summary": "易行舟在咸宁考察储能产业",
            "participants": ["易行舟"],
            "location": "咸宁",
        },
        {
            "kind": "inspection",
            "date": "2033-06-02",
            "summary": "易行舟在湖南长沙调研智能制造",
            "participants": ["易行舟"],
            "location": "湖南长沙",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("易行舟去了哪两个省", "person_places", {"湖北省", "湖南省"}, id="na-liang-ge-sheng"),
        pytest.param("易行舟调研了哪些省份", "person_places", {"湖北省", "湖南省"}, id="na-xie-sheng-fen"),
        pytest.param("易行舟这次是在哪些省考察的", "person_places", {"湖北省", "湖南省"}, id="zai-na-xie-sheng"),
        pytest.param("易行舟去了哪些城市", "person_places", {"咸宁", "湖南长沙"}, id="cities-stay-cities"),
    ],
)
def test_answers(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
