"""Leftovers of session 35's question work (issue 11; job qa45): 执掌 (holding a body's first post) as a verb between
a person and the body asked (甲执掌哪家企业: cues.yaml roles, 掌舵人's posts), and a clause of context before the
question (据报道，甲市和乙集团签了协议，那么甲市的市委书记是哪位: cues.yaml context, engine.py `_answer_context`): read
whole first, the clause after 那么 alone when that answers nothing, else the whole without 那么 (那么他的职务是什么: the
context's person's). Near misses: 那么 without a context opener, a pronoun the context names no person for. The people
and bodies are made up."""

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
        pytest.param(
            "据报道，青岚市政府和星岫集团签了战略合作协议，那么青岚市的市委书记是哪位",
            "post_holder",
            {"陆听松"},
            id="ju-bao-dao-na-me-post",
        ),
        pytest.param(
            "据悉，顾远山到东湖区考察，那么星岫集团的副总经理是谁", "post_holder", {"沈听竹"}, id="ju-xi-na-me"
        ),
        pytest.param(
            "据报道，陆听松主持了推进会，那么他的职务是什么",
            "person_posts",
            {f"{CPC}市委书记"},
            id="na-me-ta-the-context-person",
        ),
        pytest.param("据了解，陆听松主持了推进会，那么她在哪里工作", "person_org", {CPC}, id="ju-liao-jie-na-me-ta"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # 那么 with no clause of context opening the question: not read as one
        pytest.param("青岚市政府和星岫集团签了战略合作协议，那么青岚市的市委书记是哪位", id="na-me-without-an-opener"),
        # the context names no person for 他
        pytest.param("据报道，青岚市召开了推进会，那么他的职务是什么", id="ta-of-no-person"),
    ],
)
def test_near_misses(kg, question):
    assert not kg.ask(question).answers
