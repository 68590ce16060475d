"""Posts read off the even half of bench/real_posts.py's set chief_posts (branch real53): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL53_POSTS = [
    # the deputies of a chief engineer, accountant and economist are titles (titles.txt)
    pytest.param(
        "华东桥梁设计院副总工程师王建平表示，该桥主要为城区服务。",
        {("王建平", "副总工程师", "华东桥梁设计院")},
        id="deputy-chief-engineer",
    ),
    pytest.param(
        "据介绍，远航机械厂副总会计师刘晓梅说，今年成本下降。",
        {("刘晓梅", "副总会计师", "远航机械厂")},
        id="deputy-chief-accountant-in-speech",
    ),
    pytest.param(
        "青山电力公司副总经济师赵国华出席。", {("赵国华", "副总经济师", "青山电力公司")}, id="deputy-chief-economist"
    ),
    # 常务 is part of the title 常务副总, not the end of the company's name
    pytest.param(
        "金港地产常务副总周立文", {("周立文", "常务副总", "金港地产")}, id="standing-deputy-head-no-body-word"
    ),
    # 天皇 is a head of state's title, as 国王 (titles.txt, post_rules.yaml state_roles)
    pytest.param("日本天皇明仁会见了他。", {("明仁", "天皇", "日本政府")}, id="emperor-as-king"),
    pytest.param("泰国国王普密蓬会见了他。", {("普密蓬", "国王", "泰国政府")}, id="king-as-before"),
    # a country's name right before the name, a head of state's title after it: the head's state (posts._title_after_name)
    pytest.param("日本明仁天皇会见了他。", {("明仁", "天皇", "日本政府")}, id="country-name-emperor"),
    pytest.param("同俄罗斯叶利钦总统会谈。", {("叶利钦", "总统", "俄罗斯政府")}, id="country-name-president"),
    # the plain titles keep reading as before
    pytest.param("华东桥梁设计院总工程师王建平说。", {("王建平", "总工程师", "华东桥梁设计院")}, id="chief-engineer"),
    pytest.param("金港地产副总周立文", {("周立文", "副总", "金港地产")}, id="deputy-head"),
    pytest.param(
        "金港地产常务副总经理周立文", {("周立文", "常务副总经理", "金港地产")}, id="standing-deputy-manager-longest"
    ),
]

REAL53_NOT = [
    pytest.param("公司总工程师办公室今天搬家。", set(), id="office-of-a-chief-engineer-no-person"),
    pytest.param("他是一名常务理事单位的代表。", set(), id="standing-member-unit-no-post"),
    pytest.param("天皇和皇后出席。", set(), id="emperor-unnamed-no-person"),
]

REAL53_KEPT = [
    # no country before the name: the body stays unwritten; a title before the name reads as before
    pytest.param("克林顿总统会见了他。", {("克林顿", "总统", None)}, id="no-country-null"),
    pytest.param("美国总统克林顿会见了他。", {("克林顿", "总统", "美国政府")}, id="country-title-name-as-before"),
]


@pytest.mark.parametrize(("text", "expected"), REAL53_POSTS)
def test_real53_posts(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL53_NOT)
def test_real53_near_misses(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL53_KEPT)
def test_real53_kept(text, expected):
    assert posts_of(text) == expected
