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


def test_region_department_by_level_word() -> None:
    """自治区农业农村厅 after a region's body is that region's (was left unresolved)."""
    text = "央视网消息（新闻联播）：12月1日，宁夏回族自治区财政厅、自治区水利厅联合下达资金12亿元。"
    names = {o["name"] for o in _facts(text, XW).get("organizations") or []}
    assert "宁夏回族自治区水利厅" in names


EVENTS = [
    pytest.param(
        "中新网长沙9月16日电 湖南省财政厅今日召开视频会议。会议决定组成8个督查组，从9月20日起分赴各市州，重点检查项目开工进度。",
        CN,
        "groundbreaking",
        id="progress-of-starts-checked-is-no-groundbreaking",
    ),
    pytest.param(
        "中新网长沙9月16日电 湖南省交通运输厅今日召开会议。今年1至8月，全省共获得中央新增投资52.3亿元，安排项目860个。",
        CN,
        "other",
        id="new-investment-received-is-a-figure-no-event",
    ),
    pytest.param(
        "中新网北京7月24日电 商务部今天召开部分零售企业座谈会。座谈会上，甲乙百货董事长王建国、丙丁超市总经理李红先后发言，"
        "建议在企业兼并重组中给予信贷支持。",
        CN,
        "other",
        id="merger-named-in-a-suggestion-is-no-event",
    ),
]


@pytest.mark.parametrize("text,name,kind", EVENTS)
def test_no_event_of_kind(text: str, name: str, kind: str) -> None:
    assert kind not in {e["kind"] for e in _facts(text, name).get("events") or []}


def test_plan_issued_by_two_bodies_is_an_event() -> None:
    """该方案由甲部、乙委联合印发 tells the issue of a plan by two bodies: an event of kind other with both (was none)."""
    text = (
        "央视网消息（新闻联播）：国务院新闻办公室12月4日举行新闻发布会。该方案由农业农村部、国家发展改革委近日联合印发，"
        "提出到2027年建成冷链物流中心800个。"
    )
    others = [e for e in _facts(text, XW).get("events") or [] if e["kind"] == "other"]
    assert others and {"农业农村部", "国家发展改革委"} <= set(others[0]["organizations"])
