"""Rows of made-up sentences for the general patterns behind the misses of probe batch b84 (congresses and CPPCC,
culture, tourism and sport: sessions closing, members' tours and forums, games, festivals, promotions;
bench/data/pattern_probe_b84.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _events(text: str, name: str) -> list[tuple[str, str | None]]:
    """(kind, date) of every event, in order."""
    return [(e["kind"], e.get("date")) for e in _facts(text, name).get("events") or []]


def _orgs(text: str, name: str) -> dict[str, str]:
    return {o["name"]: o.get("type") for o in _facts(text, name).get("organizations") or []}


PD = "pd1998_19980116-04-005.txt"
CN = "cnews_2009-11-19-017.txt"
XW = "xwlb_2025-11-15-006.txt"
EB = "eb_0000b841.txt"

GROUP_MEETS = [
    pytest.param(
        "11月3日至6日，甲委员会副主席黄立群率调研组在乙省开展专题调研。6日，调研组在丙市召开座谈会。",
        XW,
        [("inspection", "2025-11-03"), ("meeting", "2025-11-06")],
        id="research-group-holds-forum",
    ),
    pytest.param(
        "本报甲市１月１５日讯 记者报道：省政协副主席万海清率委员１月１０日至１４日到乙县视察。１３日下午，视察组在丙县召开座谈会。",
        PD,
        [("inspection", "1998-01-10"), ("meeting", "1998-01-13")],
        id="inspection-group-holds-forum",
    ),
    pytest.param(
        "9月18日，甲委员会召开专题协商座谈会，围绕乡村旅游建言资政，这次调研是对座谈会建议落实情况的跟踪。",
        XW,
        [("meeting", "2025-09-18")],
        id="this-research-refers-back",
    ),
]


@pytest.mark.parametrize(("text", "name", "events"), GROUP_MEETS)
def test_a_touring_group_holding_a_forum_is_a_meeting(text: str, name: str, events: list) -> None:
    """调研组在甲市召开座谈会: the group's forum a meeting; 这次调研是…: the tour told before, no new one."""
    assert _events(text, name) == events


STOPS = [
    pytest.param(
        "本报甲市１月１５日讯 记者报道：省政协副主席万海清率部分委员，１月１０日至１４日到乙县视察旅游工作。"
        "委员们先后察看了丙镇、丁村的五个旅游项目，听取了乙县县长周德远的汇报。",
        PD,
        [("inspection", "1998-01-10")],
        id="members-stops-of-tour",
    ),
]


@pytest.mark.parametrize(("text", "name", "events"), STOPS)
def test_members_seeing_sites_are_stops_of_the_tour(text: str, name: str, events: list) -> None:
    """委员们先后察看了…: the stops of the members' tour told, one inspection."""
    assert _events(text, name) == events


HELD = [
    pytest.param(
        "发布时间：2011-10-17\n本报讯 昨日上午，2011甲湖国际马拉松赛在乙广场鸣枪开跑，1万名选手参赛。",
        EB,
        ("other", "2011-10-16"),
        id="marathon-starts",
    ),
    pytest.param(
        "中新网甲市11月18日电 今年7月，乙州在丙市举办了首届草原文化旅游节，吸引游客5万多人。",
        CN,
        ("other", "2009-07"),
        id="festival-held-le",
    ),
    pytest.param(
        "12月26日下午，甲委员会委员长周海平主持举办专题讲座，乙研究院研究员陈立山作了讲座。",
        XW,
        ("meeting", "2025-12-26"),
        id="lecture-held",
    ),
]


def test_a_race_set_for_a_day_is_no_event() -> None:
    """赛事定于10月16日鸣枪开跑: a plan, no race held (the 开跑 trigger of b84 kept off it)."""
    text = "发布时间：2011-09-07\n本报讯 昨天，甲市马拉松赛新闻发布会召开。本届赛事定于10月16日鸣枪开跑。"
    assert ("other", "2011-10-16") not in _events(text, EB)


@pytest.mark.parametrize(("text", "name", "event"), HELD)
def test_games_festivals_and_lectures_held(text: str, name: str, event: tuple) -> None:
    """马拉松赛鸣枪开跑, 举办了…文化旅游节: other (ruling i); 主持举办专题讲座: a meeting."""
    assert event in _events(text, name)


def test_a_lecture_after_the_session_is_a_meeting_of_its_own() -> None:
    """闭幕会后，甲主持举办专题讲座: a meeting after the session, not the session itself."""
    text = "12月26日，甲委员会会议闭幕，委员长周海平主持闭幕会。闭幕会后，周海平主持举办专题讲座，乙研究院研究员陈立山作了讲座。"
    events = [e for e in _facts(text, XW).get("events") or [] if e["kind"] == "meeting"]
    assert len(events) == 2
    assert "陈立山" not in events[0]["participants"]


NO_MOVE = [
    pytest.param(
        "本报甲市１月２２日讯 记者报道：省人大常委会会议今天闭幕。会议还接受了丁明远辞去省体育运动委员会主任职务的请求。",
        PD,
        id="resignation-request-granted",
    ),
]


@pytest.mark.parametrize(("text", "name"), NO_MOVE)
def test_a_resignation_a_session_grants_is_no_event(text: str, name: str) -> None:
    """会议接受了甲辞去…职务的请求: the session's business, no move of its own (the session a meeting)."""
    assert [k for k, _ in _events(text, name)] == ["meeting"]


def test_a_travel_agency_is_a_company() -> None:
    """甲市与乙国际旅行社签订了…协议: the agency a company, a party of the deal."""
    text = "发布时间：2011-05-20\n本报讯 5月18日，甲市人民政府与乙江春晖国际旅行社签订了旅游客源合作协议。"
    assert _orgs(text, EB).get("乙江春晖国际旅行社") == "company"


REVIEWED = [
    pytest.param(
        "本报甲市１月２２日讯 记者报道：省人大常委会会议今天闭幕。这部条例的草案于去年１０月２８日提请常委会第二十九次会议初次审议。",
        PD,
        ("meeting", "1997-10-28"),
        id="bill-first-reading-on-its-day",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), REVIEWED)
def test_a_session_reviewing_a_bill_on_its_day_is_a_meeting(text: str, name: str, event: tuple) -> None:
    """草案于去年10月28日提请常委会会议初次审议: that session a meeting on its own day (ruling c)."""
    assert event in _events(text, name)


def test_during_the_span_told_is_no_day_of_it() -> None:
    """其间，常委会组织代表到甲地调研: during the span told, not on the day told before it."""
    text = (
        "本报甲市１月２２日讯 记者报道：草案于去年１０月２８日提请常委会会议初次审议。"
        "其间，常委会组织部分代表到乙县调研，听取了群众的意见。"
    )
    assert ("inspection", "1997-10-28") not in _events(text, PD)


STANDING = [
    pytest.param(
        "本报甲市１月１５日讯 记者报道：去年１２月２日，省政协主席会议专门听取了省旅游局关于旅游业发展情况的通报。",
        PD,
        ("meeting", "1997-12-02"),
        id="chairmen-meeting-hears",
    ),
    pytest.param(
        "发布时间：2011-07-08\n本报讯 7月5日，市人大常委会主任会议研究了代表建议的办理工作。",
        EB,
        ("meeting", "2011-07-05"),
        id="directors-meeting-studies",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), STANDING)
def test_a_standing_bodys_meeting_doing_its_business_is_a_meeting(text: str, name: str, event: tuple) -> None:
    """省政协主席会议听取了…, 主任会议研究了…: the body's meeting told as the subject of its business, on its day."""
    assert event in _events(text, name)
