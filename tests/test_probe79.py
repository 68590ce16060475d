"""Rows of made-up sentences for the general patterns behind the misses of probe batch b79 (government departments
at work: work meetings with two-part posts, plans issued jointly, funds allotted, checks by a department's team;
bench/data/pattern_probe_b79.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    """(person, title, org) of every post found."""
    return {(p["name"], q["title"], q.get("org")) for p in _facts(text, name).get("persons") or [] for q in p["posts"]}


XW = "xwlb_2025-12-02-006.txt"
CN = "cnews_2009-07-24-019.txt"
PD = "pd1998_19980120-05-004.txt"

POSTS = [
    pytest.param(
        "央视网消息（新闻联播）：12月2日，青海省发展和改革委员会召开全省项目调度会。省发展改革委党组书记、主任刘建平讲话，"
        "党组成员、副主任杨海东主持会议。",
        XW,
        ("杨海东", "党组成员", "青海省发展改革委党组"),
        id="bare-group-member-before-deputy-takes-the-bodys-group",
    ),
    pytest.param(
        "中新网长沙9月16日电 湖南省交通运输厅今日召开全省公路建设推进会。湖南省交通运输厅党组书记、厅长陈文军出席会议，"
        "党组成员、副厅长王丽主持会议。",
        CN,
        ("王丽", "党组成员", "湖南省交通运输厅党组"),
        id="bare-group-member-wire-copy",
    ),
    pytest.param(
        "中新网北京7月24日电 工业和信息化部今天召开有色金属企业座谈会。工业和信息化部副部长李正明主持，原材料工业司司长"
        "赵建华通报了行业运行情况。",
        CN,
        ("赵建华", "司长", "原材料工业司"),
        id="raw-materials-division-is-no-former-post",
    ),
]


@pytest.mark.parametrize("text,name,want", POSTS)
def test_posts(text: str, name: str, want: tuple[str, str, str]) -> None:
    assert want in _posts(text, name)
