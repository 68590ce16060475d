"""Posts read off the even half of bench/real_posts.py's set unit_posts (branch real57): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


REAL57_POSTS = [
    # the head of a discipline inspection group sent into a bureau is one title (titles.txt 纪检组长), no person 纪检
    pytest.param(
        "昨日，某县质监局纪检组长王明表示，标准已经修订。",
        {("王明", "纪检组长", "某县质量技术监督局")},
        id="discipline-group-head",
    ),
    pytest.param(
        "某市国税局纪检组副组长李强介绍说，检查已经结束。",
        {("李强", "纪检组副组长", "某市国税局")},
        id="discipline-group-deputy-head",
    ),
    # near-miss: a group head with no name gives no post
    pytest.param("他担任小组组长。", set(), id="no-name-group-head"),
]


@pytest.mark.parametrize(("text", "expected"), REAL57_POSTS)
def test_real57_posts(text: str, expected: set) -> None:
    assert posts_of(text) == expected


REAL57_NOT_PERSONS = [
    pytest.param("昨日，某县质监局纪检组长王明表示，标准已经修订。", "纪检", id="discipline-not-a-person"),
]


@pytest.mark.parametrize(("text", "word"), REAL57_NOT_PERSONS)
def test_real57_not_persons(text: str, word: str) -> None:
    assert word not in persons_of(text)
