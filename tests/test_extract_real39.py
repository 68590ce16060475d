"""Posts read off the even half of bench/real_posts.py's set wide_posts (branch real39): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL39_ENVOYS = [
    pytest.param(
        "六、免去王明华的中华人民共和国驻芬兰共和国特命全权大使职务。",
        {("王明华", "特命全权大使", "中华人民共和国驻芬兰共和国大使馆")},
        id="an-envoy-removed-from",
    ),
    pytest.param(
        "任命周一民为中华人民共和国驻冰岛共和国特命全权大使。",
        {("周一民", "特命全权大使", "中华人民共和国驻冰岛共和国大使馆")},
        id="an-envoy-appointed",
    ),
    pytest.param(
        "中国驻芬兰特命全权大使王明华出席招待会。",
        {("王明华", "特命全权大使", "中国驻芬兰大使馆")},
        id="an-envoy-before-the-name",
    ),
]


@pytest.mark.parametrize("text,want", REAL39_ENVOYS)
def test_real39_an_envoy_extraordinary_is_an_ambassador(text, want):
    """特命全权大使 is one title of the embassy (real_posts.py wide_posts even half: 免去甲的…驻X特命全权大使职务 gave
    no post; titles.txt, post_rules.yaml embassy_roles)."""
    assert want <= posts_of(text)
