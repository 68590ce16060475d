"""Posts read off the even half of bench/real_posts.py's set group_posts (branch real45): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL45_TITLES = [
    pytest.param(
        "东方经济研究所高级顾问王立明表示，形势较好。",
        {("王立明", "高级顾问", "东方经济研究所")},
        id="a-senior-adviser-of-an-institute",
    ),
    pytest.param(
        "他们是北京东湖置业有限公司营销总监李明；",
        {("李明", "营销总监", "北京东湖置业有限公司")},
        id="a-marketing-director-in-a-list-after-shi",
    ),
    pytest.param(
        "北京东方建筑设计研究院总建筑师张强介绍了方案。",
        {("张强", "总建筑师", "北京东方建筑设计研究院")},
        id="a-chief-architect-of-a-design-institute",
    ),
    pytest.param(
        "泰国司法大臣巴颂表示，法案将提交。",
        {("巴颂", "司法大臣", "泰国司法部")},
        id="a-justice-minister-named-daichen",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL45_TITLES)
def test_real45_titles(text, expected):
    assert posts_of(text) == expected
