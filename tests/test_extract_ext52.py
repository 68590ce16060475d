"""Rows of made-up sentences for relative years (去年, 今年, 前年, 去年底, 今年年初) as the time of an agreement or an
event, counted from the page's date (a dateline or a 发布时间 line), as a year written in digits is (ext52; the Left
of bench/data/pattern_probe_b56.yaml: 镇里去年与…签订 gave the agreement no year)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

DATELINE = "标题\n\n新华社太原2011年6月15日电 "
PUBLISHED = "标题\n发布时间：2011-06-15 08:30\n\n"

RELATIVE_YEARS = [
    pytest.param(
        DATELINE,
        "甲市人民政府与乙集团有限公司去年在太原签署了战略合作协议。",
        "signing",
        "2010",
        id="dateline-last-year-then-a-place",
    ),
    pytest.param(
        PUBLISHED,
        "甲市人民政府与乙集团有限公司去年在太原签署了战略合作协议。",
        "signing",
        "2010",
        id="published-last-year-then-a-place",
    ),
    pytest.param(
        PUBLISHED,
        "丙县人民政府前年与丁能源有限公司签订了投资协议。",
        "signing",
        "2009",
        id="published-the-year-before-last-then-with",
    ),
    pytest.param(
        DATELINE,
        "丙县人民政府今年与丁能源有限公司签订了投资协议。",
        "signing",
        "2011",
        id="dateline-this-year-then-with",
    ),
    pytest.param(
        DATELINE,
        "戊市人民政府与己科技有限公司去年底签署了合作框架协议。",
        "signing",
        "2010",
        id="dateline-the-end-of-last-year",
    ),
    pytest.param(
        PUBLISHED,
        "戊市人民政府与己科技有限公司今年年初签署了合作框架协议。",
        "signing",
        "2011",
        id="published-the-start-of-this-year",
    ),
    pytest.param(
        PUBLISHED,
        "庚市人民政府于去年与辛集团有限公司签订了合作协议。",
        "signing",
        "2010",
        id="published-after-a-time-preposition",
    ),
]


@pytest.mark.parametrize("head,text,kind,year", RELATIVE_YEARS)
def test_ext52_a_relative_year_dates_the_agreement(head, text, kind, year):
    """去年 / 今年 / 前年 after the subject before what it did (与, 在, 签), after 于, or with the part of the year
    (去年底, 今年年初) date the deal with the year alone (gold: a year alone when that is all the text says), not
    with the page's day nor with nothing."""
    got = extract_page(head + text)
    assert [a.date for a in got.agreements] == [year]
    assert [e.date for e in got.events if e.kind == kind] == [year]


RELATIVE_YEAR_EVENTS = [
    pytest.param(DATELINE, "甲市新能源产业园去年底揭牌。", "launch", "2010", id="dateline-launch-end-of-last-year"),
    pytest.param(PUBLISHED, "乙县物流园区今年上半年建成投产。", None, "2011", id="published-first-half-of-this-year"),
]


@pytest.mark.parametrize("head,text,kind,year", RELATIVE_YEAR_EVENTS)
def test_ext52_a_relative_year_with_its_part_dates_the_event(head, text, kind, year):
    """去年底 / 今年上半年 before an event's verb: the event's year alone, not the dateline's day nor none."""
    got = extract_page(head + text)
    dates = [e.date for e in got.events if kind is None or e.kind == kind]
    assert dates and set(dates) == {year}
