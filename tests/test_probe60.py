"""Rows of made-up sentences for the general patterns behind the misses of probe batch b60 (2009 wire and finance
copy and 2011 city papers: a vaccine maker, a tobacco merger, a mobile operator, a trademark ruling, a futures
exchange, a reorganisation; a taxi campaign, a welfare centre, wet markets, the school exam, blood donation, rental
housing; bench/data/pattern_probe_b60.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


LED_CHECK = [
    pytest.param(
        "发布时间：2011-06-22\n本报讯 上周五，副市长韩立军带队检查了城东水厂扩建工地，要求确保年底前通水。",
        "eb_i1.txt",
        "2011-06-17",
        "韩立军",
        id="vice-mayor-leads-a-check-of-a-site-last-friday",
    ),
    pytest.param(
        "发布时间：2011-11-09\n本报讯 上周三，区长曹志华带队检查了辖区养老机构的消防安全工作。",
        "eb_i2.txt",
        "2011-11-02",
        "曹志华",
        id="district-head-leads-a-check-of-safety-work-last-wednesday",
    ),
    pytest.param(
        "发布时间：2011-03-16\n本报讯 昨日，副市长严国平率队检查了城区防汛工作。",
        "eb_i3.txt",
        "2011-03-15",
        "严国平",
        id="vice-mayor-heads-a-team-checking-work-yesterday",
    ),
]


@pytest.mark.parametrize("text,name,day,who", LED_CHECK)
def test_probe60_a_check_its_leader_heads_is_an_inspection(text, name, day, who):
    """甲带队检查了…工地 / 乙率队检查了…情况: a check the official heads, told with no place before it, is an inspection
    (event_kinds.yaml inspection triggers; b58 and b60 probes: 上周五…带队检查了… missed)."""
    got = _of_kind(text, name, "inspection")
    assert [(e.date, who in e.participants) for e in got] == [(day, True)]


NO_LED_CHECK = [
    pytest.param(
        "发布时间：2011-06-22\n本报讯 昨日，市安监局局长甲乙丙带队检查组的工作人员召开了座谈会。",
        "eb_n1.txt",
        id="leads-the-check-team-to-a-meeting-no-check",
    ),
    pytest.param(
        "发布时间：2011-06-22\n本报讯 市安监局局长甲乙丙说，带队检查结果将于月底公布。",
        "eb_n2.txt",
        id="the-results-of-a-led-check-no-check",
    ),
]


@pytest.mark.parametrize("text,name", NO_LED_CHECK)
def test_probe60_led_check_team_or_results_is_no_inspection(text, name):
    """带队检查组… / 带队检查结果…: the team or the results of a check, not a check told (near-misses)."""
    assert _of_kind(text, name, "inspection") == []
