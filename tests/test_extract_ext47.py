"""Rows of made-up sentences for the misses that recur across probe batches b49-b54 and the real sets (job ext47,
session 38; bench/data/pattern_probe_b49.yaml ... _b54.yaml, their "Left:" lists)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _gold(text: str, name: str) -> dict:
    if name.startswith("eb"):
        text = "发布时间：2011-05-16\n发布人：-某某日报\n" + text
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _zones(text: str, name: str) -> dict[str, list[str]]:
    return {z["name"]: z["industries"] for z in _gold(text, name)["development_zones"]}


def _posts(text: str, name: str) -> set[tuple[str, str | None]]:
    return {(p["name"], q["org"]) for p in _gold(text, name)["persons"] for q in p["posts"]}


AREAS_OF_A_FREE_TRADE_ZONE = [
    pytest.param(
        "今天（5月3日），某港新航线开通。中国（广西）自由贸易试验区北海港片区管委会主任、北海市副市长李明远说，"
        "片区以港口物流和电子信息为主导产业。",
        "xwlb_2025-05-03-001.txt",
        "中国（广西）自由贸易试验区北海港片区",
        ["港口物流", "电子信息"],
        id="guangxi-area-with-its-industries",
    ),
    pytest.param(
        "中新网某地6月2日电 中国（福建）自由贸易试验区厦门片区今日举行推介会。管委会主任陈一明介绍，片区以航运物流和融资租赁为主导产业。",
        "cnews_2009-06-02-001.txt",
        "中国（福建）自由贸易试验区厦门片区",
        ["航运物流", "融资租赁"],
        id="fujian-area-named-as-subject",
    ),
]


@pytest.mark.parametrize("text,name,zone,industries", AREAS_OF_A_FREE_TRADE_ZONE)
def test_ext47_an_area_of_a_free_trade_zone_is_a_zone_named_whole(text, name, zone, industries):
    """An area (片区) of a free-trade zone is a zone of its own (dev gold's 上海自贸区临港新片区), named whole: the 由 of
    自由贸易 no boundary (org_joined_words.txt), 片区 a zone ending (org_suffixes.yaml); the industries the text gives
    it are its own, not the free-trade zone's (b49, b54: its name cut at 试验区)."""
    zones = _zones(text, name)
    assert sorted(zones.get(zone, [])) == sorted(industries)


AREA_HEADS = [
    pytest.param(
        "今天（5月3日），某港新航线开通。中国（广西）自由贸易试验区北海港片区管委会主任、北海市副市长李明远出席。",
        "xwlb_2025-05-03-001.txt",
        ("李明远", "中国（广西）自由贸易试验区北海港片区管理委员会"),
        id="area-committee-head",
    ),
]


@pytest.mark.parametrize("text,name,post", AREA_HEADS)
def test_ext47_an_area_committee_head_holds_the_area_committee_post(text, name, post):
    """The head of an area's 管委会 holds his post on the area's committee, not on the free-trade zone's."""
    assert post in _posts(text, name)


AREAS_NAMED_BY_A_DIRECTION = [
    pytest.param(
        "本报讯 3月21日，某县举行重点项目集中开工活动，项目涉及北部片区集中供热、新建某中学等。",
        "eb_2025-03-22-001.txt",
        id="northern-area-heating",
    ),
    pytest.param(
        "本报讯 3月21日，某县举行重点项目集中开工活动，项目涉及南部片区道路改造和中部片区供水管网。",
        "eb_2025-03-22-001.txt",
        id="southern-and-middle-areas",
    ),
]


@pytest.mark.parametrize("text,name", AREAS_NAMED_BY_A_DIRECTION)
def test_ext47_an_area_named_only_by_a_direction_is_no_zone(text, name):
    """A town's area named only by a direction (北部片区, 南部片区) names no zone (org_generic.yaml kind_words: a stem
    of only such words names none; the seed page's 北部片区集中供热 read as a zone once 片区 ended zones)."""
    gold = _gold(text, name)
    assert not [z["name"] for z in gold["development_zones"]]
    assert not [o["name"] for o in gold["organizations"] if o["name"].endswith("片区")]


PARTY_UNITS = [
    pytest.param(
        "本报某地３月２日讯 全省公安工作会议今天召开。山东省委副书记、政法委书记李一强出席。",
        "pd1998_19980302-01-001.txt",
        ("李一强", "中共山东省委员会政法委员会"),
        id="bare-unit-after-province-committee",
    ),
    pytest.param(
        "本报讯 昨天上午，全市政法工作会议召开。南宁市委常委、政法委书记黄一明出席。",
        "eb_2011-05-16-001.txt",
        ("黄一明", "中共南宁市委员会政法委员会"),
        id="bare-unit-after-city-committee",
    ),
    pytest.param(
        "本报某地３月２日讯 全省公安工作会议今天召开。山东省委政法委副书记李一强出席。",
        "pd1998_19980302-01-001.txt",
        ("李一强", "中共山东省委员会政法委员会"),
        id="unit-written-with-its-committee",
    ),
]


@pytest.mark.parametrize("text,name,post", PARTY_UNITS)
def test_ext47_a_party_committee_s_politics_and_law_unit_is_named_whole(text, name, post):
    """A Party committee's 政法委, bare after the committee's title in the chain (省委副书记、政法委书记) or written with
    its level (省委政法委), is 中共<place>委员会政法委员会 (level_prefixes.txt party_unit, chain_rules.yaml; b54's gold,
    b44's 中共湖南省委员会政法委员会): not a body 政法委 of its own."""
    assert post in _posts(text, name)
