"""A post held only in another place must not answer (session 45, job qa64, issue 11): a title asked of a place or
body said beside it (甲市的局长是谁) answers only the posts whose body is that body, holds the place's name or is
located in it (its located_in chain); when none does, nothing answers and the message says the premise is wrong
(amends.answer_held_elsewhere). The people, bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

BUREAU = "白川市交通运输局"
HAMLET = "松溪县石门乡桃源村"
PAGE = city_page(
    persons=[
        {"name": "葛秋原", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "苏映雪", "posts": [{"title": "主任", "org": "村民委员会"}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": [], "located_in": "白川市"},
        {"name": "村民委员会", "type": "government", "aliases": [], "located_in": HAMLET},
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,where,title",
    [
        pytest.param("青岚市的局长是谁", "青岚市", "局长", id="who-title-held-in-another-city"),
        pytest.param("青岚市有几位局长", "青岚市", "局长", id="count-title-held-in-another-city"),
        pytest.param("青岚市有局长吗", "青岚市", "局长", id="check-title-held-in-another-city"),
        pytest.param("白川市的主任是谁", "白川市", "主任", id="title-held-only-in-a-village"),
        pytest.param("青岚市政府有几位局长", "青岚市政府", "局长", id="body-said-title-elsewhere"),
    ],
)
def test_a_title_held_only_elsewhere_answers_nothing(kg, question, where, title):
    got = kg.ask(question)
    assert not got.answers, (got.template, _labels(got))
    assert f"没有{where}的{title}" in (got.message or "") and "前提" in (got.message or ""), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        # near misses: the body's name holds the place, the body said, the body located in the village, no place said
        pytest.param("白川市的局长是谁", {"葛秋原"}, id="body-name-holds-the-place"),
        pytest.param("白川市有几位局长", {"1位"}, id="body-name-holds-the-place-counted"),
        pytest.param(f"{BUREAU}的局长是谁", {"葛秋原"}, id="the-body-itself"),
        pytest.param("桃源村的主任是谁", {"苏映雪"}, id="body-located-in-the-village"),
        pytest.param("石门乡桃源村的主任是谁", {"苏映雪"}, id="township-and-village-chain"),
        pytest.param("局长是谁", {"葛秋原"}, id="title-alone"),
    ],
)
def test_a_title_held_there_still_answers(kg, question, expected):
    got = kg.ask(question)
    assert _labels(got) == expected, (got.template, got.message)


def test_a_title_no_one_holds_keeps_its_message(kg):
    got = kg.ask("白川市的副书记是谁")
    assert not got.answers and "前提" not in (got.message or ""), got.message
