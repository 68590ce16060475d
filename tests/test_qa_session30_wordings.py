"""Questions asked the way people ask them (issue 11, session 30), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

# a which-word before a title that opens with a level word (哪些 + 市长, cues.yaml which_titles): which of its holders,
# not the place-asking 哪些市 (which cities) and a stray 长, which answered where the government is
MAYORS = city_page(
    persons=[
        {"name": "温采薇", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "林秋白", "posts": [{"title": "副市长", "org": GOV}]},
    ],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
)


@pytest.fixture(scope="module")
def mayors_kg():
    return imported_kg((MAYORS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市政府有哪些市长", {"温采薇"}, id="which-then-level-title"),
        pytest.param("青岚市有哪些市长", {"温采薇"}, id="which-then-level-title-of-a-place"),
        pytest.param("青岚市政府有哪个市长", {"温采薇"}, id="which-one-then-level-title"),
        pytest.param("青岚市人民政府有哪位市长", {"温采薇"}, id="which-person-then-level-title"),
        # near misses: the body of a person's post; a place asked; a title not opening with a level word
        pytest.param("温采薇是哪个市的市长", {GOV}, id="near-miss-which-city-de-title"),
        pytest.param("温采薇在哪个市当市长", {GOV}, id="near-miss-which-city-then-serving"),
        pytest.param("顾远山考察了哪个区", {"东湖区"}, id="near-miss-which-district-asked"),
        pytest.param("青岚市政府有哪些副市长", {"林秋白"}, id="near-miss-deputy-title-still"),
    ],
)
def test_which_then_a_title_opening_with_a_level(mayors_kg, question, expected):
    got = mayors_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
