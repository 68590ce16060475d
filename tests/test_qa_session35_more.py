"""Leftovers of session 35's question work (issue 11; job qa45): 执掌 (holding a body's first post) as a verb between
a person and the body asked (甲执掌哪家企业: cues.yaml roles, 掌舵人's posts). The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page({"name": "沈听竹", "posts": [{"title": "副总经理", "org": CO}]})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("顾远山执掌哪家企业", "person_org", {CO}, id="zhi-zhang-na-jia"),
        pytest.param("顾远山董事长执掌哪家企业", "person_org", {CO}, id="zhi-zhang-after-a-title"),
        pytest.param("陆听松执掌哪个单位", "person_org", {CPC}, id="zhi-zhang-na-ge-dan-wei"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
