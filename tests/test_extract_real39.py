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


REAL39_ARMY_HEADS = [
    pytest.param(
        "南方第12军军长李德明率部起义。",
        {("李德明", "军长", "南方第12军")},
        id="a-corps-commander",
    ),
    pytest.param(
        "东林第二集团军副司令官周一民出席。",
        {("周一民", "副司令官", "东林第二集团军")},
        id="a-deputy-commander-older-form",
    ),
    pytest.param(
        "东林警备区司令官王明华出席。",
        {("王明华", "司令官", "东林警备区")},
        id="a-commander-older-form",
    ),
]


@pytest.mark.parametrize("text,want", REAL39_ARMY_HEADS)
def test_real39_army_heads(text, want):
    """军长 and (副)司令官 are titles of the army body before them (real_posts.py wide_posts even half: …第96军军长甲
    gave no post, …副司令官甲 a person 官甲; titles.txt)."""
    got = posts_of(text)
    assert want <= got
    assert not any(name.startswith("官") for name, _, _ in got)


def test_real39_a_general_going_on_is_no_corps_head():
    """将军长期…: 军长 inside 将军 + 长期 gives no post."""
    assert posts_of("罗明将军长期在部队工作。") == set()


REAL39_FORMER_ENVOYS = [
    pytest.param(
        "日本前驻华大使中江一郎今天撰文说。",
        {("中江一郎", "大使", "日本驻华大使馆")},
        id="a-former-envoy-to-china",
    ),
    pytest.param(
        "中国前驻法国大使王明华出席。",
        {("王明华", "大使", "中国驻法国大使馆")},
        id="a-former-envoy-of-china",
    ),
    pytest.param(
        "美国原驻华大使史密斯出席。",
        {("史密斯", "大使", "美国驻华大使馆")},
        id="an-envoy-once-with-yuan",
    ),
]


@pytest.mark.parametrize("text,want", REAL39_FORMER_ENVOYS)
def test_real39_a_former_envoy_is_of_the_embassy(text, want):
    """前/原 between the country and the 驻 of its mission marks a former post, no part of the embassy's name
    (real_posts.py wide_posts even half: 日本前驻华大使甲 gave the body 日本前驻华大使馆; posts.py _strip_former)."""
    assert want <= posts_of(text)
