"""Questions typed the way people ask them (issue 11, the fourteenth blind set): a yes-no question ending on a
tag (没错吧, 没错吗, 不是); and near misses that must not be answered. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, GOV, city_page
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[
        {"name": "钱望海", "posts": [{"title": "常务副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松是青岚市委书记没错吧", "post_check", {"陆听松"}, id="mei-cuo-ba"),
        pytest.param("陆听松是青岚市委书记没错吗", "post_check", {"陆听松"}, id="mei-cuo-ma"),
        pytest.param("顾远山是星岫集团董事长没错吧", "post_check", {"顾远山"}, id="mei-cuo-ba-a-chairman"),
        pytest.param("钱望海是青岚常务副市长不是", "post_check", {"钱望海"}, id="bu-shi-a-deputy"),
        pytest.param("陆听松是青岚市委书记不是", "post_check", {"陆听松"}, id="bu-shi-ending"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("钱望海是青岚市长没错吧", id="mei-cuo-ba-answered-no"),
        pytest.param("顾远山是青岚市委书记不是", id="bu-shi-answered-no"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
