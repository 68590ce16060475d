"""Posts read off the even half of bench/real_posts.py's set field_posts (branch real43): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL43_HONOUR_IN_CHAIN = [
    pytest.param(
        "市收藏协会副会长、古钱币收藏家李明告诉记者，价格还会上涨。",
        {("李明", "副会长", "市收藏协会")},
        id="a-collector-after-an-association-post",
    ),
    pytest.param(
        "东山研究所所长、中国科学院院士王强出席了会议。",
        {
            ("王强", "所长", "东山研究所"),
            ("王强", "院士", "中国科学院"),
        },  # (院士 of a named academy a post: ruling (d), probe77)
        id="an-academician-after-an-institute-post",
    ),
    pytest.param(
        "红星厂厂长、全国劳动模范张华介绍了经验。",
        {("张华", "厂长", "红星厂")},
        id="a-model-worker-after-a-factory-post",
    ),
    pytest.param(
        "县农机协会会长、种粮能手刘刚带头购买了新机器。",
        {("刘刚", "会长", "县农机协会")},
        id="a-skilled-farmer-after-a-chamber-post",
    ),
    pytest.param(
        "北湖村党支部书记、省级致富带头人赵峰介绍了做法。",
        {("赵峰", "党支部书记", "北湖村党支部")},
        id="a-village-leader-honour-after-a-branch-post",
    ),
]


@pytest.mark.parametrize("text,want", REAL43_HONOUR_IN_CHAIN)
def test_real43_an_honour_between_the_posts_and_the_name_is_skipped(text, want):
    """An honour, calling or rank told after the posts and a 、 (副会长、某收藏家甲, 厂长、全国劳动模范甲) names no body
    and is no post: the chain goes on past it (post_rules.yaml no_post_roles), as for 省级总河长; before it the
    person got no post at all (real_posts.py field_posts even half)."""
    assert want <= posts_of(text)
