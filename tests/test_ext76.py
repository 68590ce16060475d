"""Rows of made-up sentences for what session 46 left (ext76): two bodies joined by 同 (甲局同乙秘书处, 甲厅同乙集团: two
bodies, not one name across 同), and a ministry's 办公厅 written bare after another of its titles (某部新闻发言人、办公厅
副主任甲: 副主任 of the ministry's 办公厅); near-misses beside them (大同, 同仁, 同意; 政治部主任 keeps its unit)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, source: str = "eb_x.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


def _orgs(text: str) -> set[str]:
    return {o.name for o in _page(text).organizations}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in _page(text).persons for q in p.posts}


TWO_BODIES = [
    pytest.param(
        "国家林业和草原局同湿地公约秘书处签署了合作备忘录。",
        {"国家林业和草原局", "湿地公约秘书处"},
        "国家林业和草原局同湿地公约秘书处",
        id="a-bureau-tong-a-secretariat",
    ),
    pytest.param(
        "甘肃省教育厅同兰州公交集团签订了校车服务协议。",
        {"甘肃省教育厅", "兰州公交集团"},
        "甘肃省教育厅同兰州公交集团",
        id="a-department-tong-a-group",
    ),
]


@pytest.mark.parametrize(("text", "bodies", "glued"), TWO_BODIES)
def test_tong_joins_two_bodies(text: str, bodies: set[str], glued: str) -> None:
    orgs = _orgs(text)
    assert bodies <= orgs
    assert glued not in orgs


KEPT = [
    pytest.param("北京同仁堂集团今天开业。", "北京同仁堂集团", id="tong-inside-a-name-after-a-place"),
    pytest.param("市交通局同大同煤矿集团签订协议。", "大同煤矿集团", id="tong-of-a-city-name-after-tong"),
    pytest.param("甘肃省教育厅同意兰州公交集团开通线路。", "兰州公交集团", id="tongyi-a-verb-as-before"),
]


@pytest.mark.parametrize(("text", "body"), KEPT)
def test_tong_near_misses(text: str, body: str) -> None:
    assert body in _orgs(text)


POSTS = [
    pytest.param(
        "司法部新闻发言人、办公厅副主任王晓梅主持发布会。",
        ("王晓梅", "副主任", "司法部办公厅"),
        id="a-ministrys-general-office-after-its-title",
    ),
    pytest.param(
        "公安部党委委员、政治部主任王明出席。",
        ("王明", "政治部主任", "公安部"),
        id="near-miss-a-political-department-keeps-its-unit",
    ),
    pytest.param(
        "华兴银行规划司司长孙琦已出任办公厅主任。",
        ("孙琦", "主任", "办公厅"),
        id="near-miss-an-office-written-alone",
    ),
]


@pytest.mark.parametrize(("text", "post"), POSTS)
def test_posts(text: str, post: tuple[str, str, str | None]) -> None:
    assert post in _posts(text)
