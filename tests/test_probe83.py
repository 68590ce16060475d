"""Rows of made-up sentences for the general patterns behind the misses of probe batch b83 (environment, safety and
order: river patrols, clean-ups, work-safety teams, courts and police; bench/data/pattern_probe_b83.yaml). Each row
failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _events(text: str, name: str) -> list[tuple[str, str | None]]:
    """(kind, date) of every event, in order."""
    facts = extract_page("标题\n\n" + text, source_name=name).to_gold()
    return [(e["kind"], e.get("date")) for e in facts.get("events") or []]


PD = "pd1998_19980112-03-007.txt"
CN = "cnews_2009-08-11-031.txt"
XW = "xwlb_2025-11-12-004.txt"
EB = "eb_0000b831.txt"

TRIP_SEQUEL = [
    pytest.param(
        "发布时间：2011-05-20\n本报讯 昨日上午，市长林德安带领市水利局负责人巡查了南溪河城区段，察看河道清淤工程进展。\n"
        "据介绍，本月6日，市政府与江滨大学签订了水环境合作协议。\n"
        "巡查结束后，林德安主持召开河道整治工作座谈会，听取各区汇报。",
        EB,
        ("meeting", "2011-05-19"),
        id="forum-after-patrol-over-background-day",
    ),
    pytest.param(
        "发布时间：2011-09-08\n本报讯 昨日，副市长郑光明带队检查了城区三家化工企业的安全生产情况。\n"
        "本月2日，市安监局曾对这些企业下达了整改通知。\n"
        "检查结束后，郑光明主持召开安全生产工作会议。",
        EB,
        ("meeting", "2011-09-07"),
        id="meeting-after-check-over-background-day",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), TRIP_SEQUEL)
def test_meeting_after_a_trip_is_on_the_trips_day(text: str, name: str, event: tuple[str, str]) -> None:
    """巡查结束后，甲主持召开…座谈会: on the day of the patrol told, not of a background day told between."""
    assert event in _events(text, name)


RELEASED_AT_MEETING = [
    pytest.param(
        "11月12日，国家林业和草原局在杭州召开全国森林防火工作推进会。副局长韩立中出席会议并讲话。\n"
        "会上发布了《2025年全国森林火灾风险评估报告》。",
        XW,
        ("launch", "2025-11-12"),
        id="report-released-hui-shang-no-comma",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), RELEASED_AT_MEETING)
def test_report_released_at_the_meeting_takes_its_day(text: str, name: str, event: tuple[str, str]) -> None:
    """会上发布了《…报告》 in a paragraph of its own: at the meeting told, on its day (ruling a)."""
    assert event in _events(text, name)


BARE_DAY_TRIP = [
    pytest.param(
        "本报武汉１月１２日电 记者报道：１月９日，某县一家化工厂发生爆炸。事故发生后，化学工业部副部长罗世平率工作组于１０日赶到现场，察看了事故现场。",
        PD,
        ("inspection", "1998-01-10"),
        id="yu-day-gandao",
    ),
    pytest.param(
        "本报南昌１月１２日电 记者报道：１月８日，某县一处煤矿发生透水事故。煤炭工业部副部长何启明于９日赶赴现场，察看了井下抢险情况。",
        PD,
        ("inspection", "1998-01-09"),
        id="yu-day-ganfu",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), BARE_DAY_TRIP)
def test_bare_day_before_ganzhao_is_the_trips_day(text: str, name: str, event: tuple[str, str]) -> None:
    """甲率工作组于１０日赶到现场: the day written alone before 赶到/赶赴 is the trip's day."""
    assert event in _events(text, name)


CHECK_DONE = [
    pytest.param(
        "中新网杭州8月11日电 今年7月，环境保护部华东环境保护督查中心对钱塘江上游流域进行了专项督查，对12家企业下达了整改通知。",
        CN,
        ("inspection", "2009-07"),
        id="ducha-written-with-cha",
    ),
    pytest.param(
        "本报昆明１月１２日讯 记者报道：由林业部带队的检查验收组，１月５日至７日对云南省曲靖市消灭宜林荒山工作进行了检查验收。",
        PD,
        ("inspection", "1998-01-05"),
        id="check-and-acceptance-long-object",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), CHECK_DONE)
def test_supervision_or_check_done_over_a_place_is_an_inspection(text: str, name: str, event: tuple[str, str]) -> None:
    """对甲流域进行了专项督查 / 对甲市…工作进行了检查验收: a check done by a higher body, from its first day."""
    assert event in _events(text, name)


PUT_INTO_SERVICE = [
    pytest.param(
        "本报济南１月１２日电 记者报道：总投资８０００万元的淄博市北郊污水处理厂今天建成投入运行，副省长出席投产仪式并剪彩。",
        PD,
        ("launch", "1998-01-12"),
        id="plant-built-put-into-operation-today",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), PUT_INTO_SERVICE)
def test_plant_put_into_operation_on_a_day_is_a_launch(text: str, name: str, event: tuple[str, str]) -> None:
    """甲厂今天建成投入运行: a work put into service on a day told, a launch as 建成投产."""
    assert event in _events(text, name)


def test_check_on_a_trip_by_yixing_dao() -> None:
    """甲一行到乙地的两家企业检查: a check on a trip, as 赴…检查 (told 会前，…: no day, as the seed gold's 仪式前)."""
    text = "11月5日，国家药品监督管理局在成都召开全国药品安全工作会议。会前，副局长宋立言一行到成都市武侯区的三家药品批发企业检查。"
    assert "inspection" in [kind for kind, _ in _events(text, XW)]


def test_supervision_centre_is_a_government_body() -> None:
    """环境保护部西南环境保护督查中心: a ministry's regional supervision centre, a government body."""
    text = "中新网成都8月11日电 环境保护部西南环境保护督查中心今年7月对岷江流域进行了专项督查。"
    facts = extract_page("标题\n\n" + text, source_name=CN).to_gold()
    types = {o["name"]: o.get("type") for o in facts.get("organizations") or []}
    assert types.get("环境保护部西南环境保护督查中心") == "government"
