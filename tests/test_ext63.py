"""post+org misses common to the even halves of bench/real_posts.py's sets (branch ext63): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


EXT63_POSTS = [
    # a bare national title before a transliterated name is no post of 国务院, also when another title of the chain
    # names its own body (副总理兼某部长) or a former post's word stands before it (前总理)
    pytest.param(
        "副总理兼文化部长阿塞利乘车赶到。",
        {("阿塞利", "副总理", None), ("阿塞利", "部长", "文化部")},
        id="foreign-deputy-premier-and-minister",
    ),
    pytest.param(
        "前总理阿塞利、前副总理兼财政部长安雷等人出席。",
        {("阿塞利", "总理", None), ("安雷", "副总理", None), ("安雷", "部长", "财政部")},
        id="foreign-former-premiers",
    ),
    pytest.param("总理阿塞利会见了来访者。", {("阿塞利", "总理", None)}, id="foreign-premier-bare"),
]

# a memorial hall or a law-enforcement brigade written bare names no body (org_generic.yaml generic_names, as 博物馆)
EXT63_GENERIC = [
    pytest.param("身为纪念馆馆长的王小红还在奔走。", {("王小红", "馆长", None)}, id="bare-memorial-hall"),
    pytest.param("执法大队大队长李国强带队下乡。", {("李国强", "大队长", None)}, id="bare-enforcement-brigade"),
]

EXT63_KEPT = [
    # near-misses: the kind with its own name before it is that body
    pytest.param("某某纪念馆馆长王小红说。", {("王小红", "馆长", "某某纪念馆")}, id="named-memorial-hall"),
    pytest.param("某某县执法大队大队长李国强带队。", {("李国强", "大队长", "某某县执法大队")}, id="named-brigade"),
    # near-misses: a Chinese name, or the national body written, keeps 国务院
    pytest.param(
        "副总理兼外长李明表示。",
        {("李明", "外长", "外交部"), ("李明", "副总理", "国务院")},
        id="chinese-deputy-premier",
    ),
    pytest.param("前总理李明出席。", {("李明", "总理", "国务院")}, id="chinese-former-premier"),
    pytest.param(
        "国务院副总理兼外长阿塞利表示。",
        {("阿塞利", "外长", "外交部"), ("阿塞利", "副总理", "国务院")},
        id="national-body-written",
    ),
]


@pytest.mark.parametrize(("text", "want"), EXT63_POSTS + EXT63_GENERIC + EXT63_KEPT)
def test_posts(text: str, want: set) -> None:
    assert posts_of(text) == want
