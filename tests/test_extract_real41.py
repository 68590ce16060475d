"""Posts read off the even half of bench/real_posts.py's set spread_posts (branch real41): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL41_FIRST_DEPUTIES = [
    pytest.param(
        "东林开发区第一副总经理周一民陪同参观。",
        {("周一民", "第一副总经理", "东林开发区")},
        id="a-zone-first-deputy-manager",
    ),
    pytest.param(
        "东林集团第一副总经理周一民陪同参观。",
        {("周一民", "第一副总经理", "东林集团")},
        id="a-group-first-deputy-manager",
    ),
    pytest.param(
        "青岚银行第一副行长王明华出席签约仪式。",
        {("王明华", "第一副行长", "青岚银行")},
        id="a-bank-first-deputy-head",
    ),
]


@pytest.mark.parametrize("text,want", REAL41_FIRST_DEPUTIES)
def test_real41_a_first_deputy_title_keeps_its_ordinal(text, want):
    """第一副 + title is one title (titles.txt): 某区第一副总经理甲 gave the title 副总经理 of a body 某区第一
    (real_posts.py spread_posts even half)."""
    assert want <= posts_of(text)


REAL41_NON_EXECUTIVE = [
    pytest.param(
        "东林电力股份有限公司非执行董事周一民出席。",
        {("周一民", "非执行董事", "东林电力股份有限公司")},
        id="a-non-executive-director",
    ),
    pytest.param(
        "东林电力股份有限公司独立非执行董事王明华、执行董事周一民出席。",
        {("王明华", "独立非执行董事", "东林电力股份有限公司")},
        id="an-independent-non-executive-director",
    ),
]


@pytest.mark.parametrize("text,want", REAL41_NON_EXECUTIVE)
def test_real41_non_executive_directors(text, want):
    """非执行董事 and 独立非执行董事 are titles (titles.txt): the company's name ended in 非 and the title was 执行董事
    (real_posts.py spread_posts even half: …董事会独立非执行董事 gave no post)."""
    assert want <= posts_of(text)
