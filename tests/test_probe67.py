"""Rows of made-up sentences for the general patterns behind the misses of probe batch b67 (national TV news 2025 and
2011 city papers: a panda exchange, an Antarctic expedition, anti-fraud work, arbitration, marriage registration, winter
sports; breakfast kiosks, e-bike plates, waste sorting, swimming pools, a nursery fair, a zoo;
bench/data/pattern_probe_b67.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


EB = "eb_p67.txt"
HEAD = "发布时间：2011-04-26\n发布人：-某某晚报\n本报讯（记者 甲乙）"

CEREMONY_DAY_AFTER = [
    pytest.param(
        HEAD
        + "市体育馆与东方建工集团有限公司签订了场馆改造工程合同，合同金额500万元。签约仪式于本周一在市体育馆举行。",
        "2011-04-25",
        id="ceremony-on-monday-told-after-the-deal",
    ),
    pytest.param(
        HEAD + "区教育局与南方教育科技有限公司签署了智慧校园建设协议。签字仪式上周五在区政府举行，双方负责人出席。",
        "2011-04-22",
        id="ceremony-last-friday-no-yu",
    ),
    # near-miss: the deal told with its own day keeps it
    pytest.param(
        HEAD + "前天，市体育馆与东方建工集团有限公司签订了场馆改造工程合同。签约仪式于本周一在市体育馆举行。",
        "2011-04-24",
        id="deal-with-its-own-day-keeps-it",
    ),
]


@pytest.mark.parametrize("text,day", CEREMONY_DAY_AFTER)
def test_probe67_a_ceremony_day_told_after_the_deal_is_its_day(text, day):
    """…签订了…合同。签约仪式于本周一在甲地举行: the ceremony's day is the deal's, when the deal told none before its verb
    (event_kinds.yaml ceremony_day_after, ceremony_day_deal; scene._ceremony_day_back)."""
    assert [a.date for a in _facts(text, EB).agreements] == [day]


SPOT_CHECK = [
    pytest.param(
        HEAD + "昨日，市卫生局副局长王大明带队到城东区和城西区，抽查了15家餐馆的卫生状况。",
        ["2011-04-25"],
        id="spot-check-after-a-trip",
    ),
    pytest.param(
        HEAD + "昨日，市质监局副局长李小红率队赴开发区，抽查了电梯安全情况。", ["2011-04-25"], id="spot-check-trip-led"
    ),
    # near-miss: a spot check as a plan or a figure
    pytest.param(HEAD + "今年全市将抽查餐馆500家。", [], id="spot-check-planned-none"),
]


@pytest.mark.parametrize("text,days", SPOT_CHECK)
def test_probe67_a_spot_check_on_a_trip_is_an_inspection(text, days):
    """带队到甲区，抽查了… is an inspection, as 带队到甲区，检查了… (event_kinds.yaml inspection triggers)."""
    assert [e.date for e in _of_kind(text, EB, "inspection")] == days


XW = "xwlb_2025-04-26-003.txt"
EXPEDITION = [
    pytest.param(
        "央视网消息：今天，第30次北极考察总结大会在上海召开。部长甲乙出席会议并讲话。", id="arctic-expedition-meeting"
    ),
    pytest.param("央视网消息：今天，考察船停靠码头。本次考察历时120天，队员们完成了冰盖调查。", id="expedition-lasted"),
    pytest.param("央视网消息：今天，中国第20次南极考察队从上海出发。", id="antarctic-team-sets-out"),
]


@pytest.mark.parametrize("text", EXPEDITION)
def test_probe67_an_expedition_named_is_no_inspection(text):
    """南极考察队, 北极考察总结大会, 本次考察历时: an expedition named, no inspection told."""
    assert _of_kind(text, XW, "inspection") == []


def test_probe67_an_inspection_told_by_kaocha_stays():
    """Near-miss: 考察了… by a person is still an inspection."""
    text = "央视网消息：4月25日，部长王大明在上海考察了极地研究中心的实验室。"
    assert [e.date for e in _of_kind(text, XW, "inspection")] == ["2025-04-25"]


PLANNED_TRIP = [
    pytest.param(
        "央视网消息：交流会4月23日在成都举行。与会代表还将赴卧龙、雅安等地，实地考察保护基地。",
        [],
        id="trip-planned-on-site-see",
    ),
    pytest.param(
        "央视网消息：论坛4月23日在杭州举行。嘉宾们还将前往湖州，现场考察美丽乡村建设。",
        [],
        id="trip-planned-on-the-spot",
    ),
    # near-miss: a trip done, told with its day
    pytest.param("央视网消息：4月23日，代表们赴卧龙，实地考察了保护基地。", ["2025-04-23"], id="trip-done"),
]


@pytest.mark.parametrize("text,days", PLANNED_TRIP)
def test_probe67_an_on_site_look_after_a_planned_trip_is_a_plan(text, days):
    """…还将赴甲地，实地考察…: the planned trip goes on in a clause opening on 实地/现场 (event_kinds.yaml plan_going_head)."""
    assert [e.date for e in _of_kind(text, XW, "inspection")] == days


ZOOS = [
    pytest.param(HEAD + "昨日，济南动物园与东方建工集团有限公司签订了改造合同。", "济南动物园", id="city-zoo"),
    pytest.param(
        "央视网消息：4月23日，中国某研究中心与西班牙马德里动物园水族馆签署了合作协议。",
        "西班牙马德里动物园水族馆",
        id="foreign-zoo-aquarium",
    ),
]


@pytest.mark.parametrize("text,name", ZOOS)
def test_probe67_a_zoo_is_a_body(text, name):
    """…动物园 / …水族馆 ends an organisation's name, type other (org_suffixes.yaml)."""
    orgs = {o.name: o.type for o in _facts(text, EB if text.startswith("发布") else XW).organizations}
    assert orgs.get(name) == "other"
