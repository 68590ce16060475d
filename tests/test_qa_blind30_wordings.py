"""Questions typed the way people ask them (issue 11, the thirty-second blind set); each row's id names the wording,
and near misses must not be answered so: 有没有一位叫甲的<post> checks that 甲 holds the post (answered by 甲 when
so, nothing when not), as 甲是不是<post> does. The people and bodies are made up. Data only (cues.yaml)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "林晚舟", "posts": [{"title": "总经理", "org": CO}]},
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚有没有一位叫沈听竹的副市长", "post_check", {"沈听竹"}, id="you-mei-you-yi-wei-jiao"),
        pytest.param("有没有一个叫沈听竹的青岚市副市长", "post_check", {"沈听竹"}, id="you-mei-you-yi-ge-jiao"),
        pytest.param("青岚有没有一名叫林晚舟的副市长", "post_check", set(), id="you-mei-you-jiao-wrong-premise"),
        pytest.param("青岚市有没有副市长", "post_holder", {"沈听竹"}, id="you-mei-you-without-a-name-still-lists"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
