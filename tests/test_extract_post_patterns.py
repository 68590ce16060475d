"""Post patterns read on real news no rule was written on (bench/post_probe.py), one made-up sentence each."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "钱立方先生，历任甲乙药业集团股份有限公司总经理助理、丙丁纸业股份有限公司副总经理。",
            {
                ("钱立方", "总经理助理", "甲乙药业集团股份有限公司"),
                ("钱立方", "副总经理", "丙丁纸业股份有限公司"),
            },
            id="career-opener-after-comma",
        ),
        pytest.param(
            "孙明远，男，生于1970年，现任甲乙丙股份有限公司董事。",
            {("孙明远", "董事", "甲乙丙股份有限公司")},
            id="current-post-opener",
        ),
        pytest.param(
            "周海波，曾任甲乙证券有限责任公司北京投资银行部副总。",
            {("周海波", "副总", "甲乙证券有限责任公司北京投资银行部")},
            id="career-body-longer-than-sixteen",
        ),
    ],
)
def test_career_clauses(text, expected):
    assert expected <= posts_of(text)
