"""Rows of made-up sentences for the general patterns behind the misses of probe batch b69 (national TV news 2025 and
2011 city papers: ancient books, legal aid, sign language, migratory birds, opera, weiqi; manhole covers, muck trucks,
a dragon-boat race, public toilets, school buses, house numbers; bench/data/pattern_probe_b69.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


EB = "eb_p69.txt"
HEAD = "发布时间：2011-04-13\n发布人：-某某晚报\n本报讯（记者 甲乙）"

LED_TRIP_CHECK = [
    pytest.param(
        HEAD + "前晚，市政设施管理局局长赵明德带队到东城区人民路、解放路一带，夜查了80个井盖，发现破损井盖6个。",
        "2011-04-11",
        id="night-check-after-a-led-trip",
    ),
    pytest.param(
        HEAD + "上周一，市城管局局长钱卫东带队到南湖区和北湖区，依次检查了5个建筑工地的冲洗设施。",
        "2011-04-04",
        id="check-in-order-after-a-led-trip",
    ),
    pytest.param(
        HEAD + "上周日，县教育局局长孙国庆带队，先后到三个镇的学校，试乘了校车并检查了沿线站点。",
        "2011-04-10",
        id="check-after-a-deed-on-a-led-round",
    ),
    pytest.param(
        HEAD + "上周三，区管委会副主任周立群带队先后来到花园路、建设路和东方小区，查看门牌设置情况。",
        "2011-04-06",
        id="look-after-a-led-round-of-places",
    ),
]


@pytest.mark.parametrize("text,day", LED_TRIP_CHECK)
def test_probe69_a_led_trip_then_a_check_is_an_inspection(text, day):
    """甲带队到…，依次检查了… / 带队，先后到…，试乘了…并检查了… / 带队先后来到…，查看…: the trip its leader heads, the check
    told in the next clause after an adverb or a deed (event_kinds.yaml, inspection)."""
    assert [e.date for e in _of_kind(text, EB, "inspection")] == [day]


LED_TRIP_NO_CHECK = [
    # near-misses: a led trip with no check told, a check planned, a checking team named
    pytest.param(HEAD + "上周一，市城管局局长钱卫东带队到南湖区，慰问了一线环卫工人。", id="led-trip-to-console"),
    pytest.param(HEAD + "市城管局局长钱卫东表示，下一步将带队到各区，逐一检查渣土车冲洗设施。", id="led-check-planned"),
]


@pytest.mark.parametrize("text", LED_TRIP_NO_CHECK)
def test_probe69_a_led_trip_with_no_check_done_is_no_inspection(text):
    assert _of_kind(text, EB, "inspection") == []


ZONE_HEAD = "发布时间：2011-09-20\n发布人：-某某商报\n本报讯（记者 甲乙）"

COUNTY_SHORT_ZONE = [
    pytest.param(
        ZONE_HEAD + "昨日，双流县举行校车交付仪式。这批校车由落户双流东方航空港经济开发区的一家客车公司生产。"
        "该开发区以航空运输、电子信息和新能源为主导产业。",
        "双流东方航空港经济开发区",
        id="county-short-before-a-long-zone-name",
    ),
    pytest.param(
        ZONE_HEAD + "昨日，金堂县召开招商大会。金堂南方新材料经济开发区今年新引进企业12家。",
        "金堂南方新材料经济开发区",
        id="county-short-opens-the-zone-clause",
    ),
]


@pytest.mark.parametrize("text,zone", COUNTY_SHORT_ZONE)
def test_probe69_a_county_written_short_opens_its_zone_name(text, zone):
    """双流西南航空港经济开发区 on a page naming 双流县: the county written short is part of the zone's name
    (mentions._county_stem_opens)."""
    assert zone in [o.name for o in _facts(text, EB).organizations]


def test_probe69_a_county_short_with_no_county_named_stays_unread():
    """Near-miss: with no 双流县 on the page, the short stem is no place and the long name stays unread."""
    text = ZONE_HEAD + "这批校车由落户双流东方航空港经济开发区的一家客车公司生产。"
    assert "双流东方航空港经济开发区" not in [o.name for o in _facts(text, EB).organizations]
