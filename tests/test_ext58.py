"""Rows of made-up sentences for common news wordings probe59, probe60 and real47 left (issue 10): a plan reported at
a meeting no restructuring of its own (its reporter one at the meeting), who speaks after the meeting (会后，甲介绍) no
participant, a drill (演练) and a lottery (摇号) held other events, a place run kept to its finest place when its province
reads as a government too."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _events(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name).events


PLAN_REPORTED = [
    pytest.param(
        "中新网长沙5月6日电 湖南某某机械有限公司资产重组大会5日在长沙召开。副省长郭建国出席并讲话，"
        "公司董事长罗明华主持会议，公司总经理邓立新通报了资产整合重组实施方案。",
        "cnews_2009-05-06-001.txt",
        "邓立新",
        id="general-manager-reports-the-restructuring-plan",
    ),
    pytest.param(
        "中新网成都8月12日电 四川某某酒业集团兼并重组工作会议11日在成都召开。集团董事长韩文博主持会议，"
        "集团副总经理贾海涛汇报了兼并重组方案。",
        "cnews_2009-08-12-001.txt",
        "贾海涛",
        id="deputy-manager-reports-a-merger-plan",
    ),
]


@pytest.mark.parametrize("text,name,who", PLAN_REPORTED)
def test_ext58_a_plan_reported_at_a_meeting_is_no_event_of_its_own(text, name, who):
    """…重组大会 / 甲通报了…重组实施方案: a meeting's name and a plan reported there, no restructuring done (event_kinds.yaml
    other's 重组 trigger, topic_before/topic_after); the reporter is one at the meeting."""
    got = _events(text, name)
    assert [e.kind for e in got] == ["meeting"]
    assert who in got[0].participants


RESTRUCTURED = [
    pytest.param(
        "中新网上海6月3日电 上海某某化工有限公司2日完成重组，新公司由某某集团控股。",
        "cnews_2009-06-03-001.txt",
        id="a-restructuring-done-still-an-event",
    ),
]


@pytest.mark.parametrize("text,name", RESTRUCTURED)
def test_ext58_a_restructuring_done_is_still_an_event(text, name):
    """完成重组: the restructuring itself, an other event still (near-miss)."""
    assert [e.kind for e in _events(text, name)] == ["other"]


SPOKE_AFTER = [
    pytest.param(
        "发布时间：2011-05-11\n本报讯 昨日上午，全区农贸市场改造现场推进会在东城街道召开。副区长蒋志刚主持会议，"
        "区委常委、常务副区长沈国强讲话。会后，区商务局副局长曹立伟介绍，今年将改造农贸市场十个。",
        "eb_2011-05-11-101.txt",
        "曹立伟",
        id="after-the-meeting-a-deputy-director-tells-the-press",
    ),
    pytest.param(
        "发布时间：2011-09-14\n本报讯 昨日下午，全市中考工作会议在市教育局召开，副局长彭晓红主持会议。"
        "座谈会结束后，市考试院院长萧建平表示，今年考场将全部安装监控。",
        "eb_2011-09-14-101.txt",
        "萧建平",
        id="after-the-forum-ended-a-director-says",
    ),
]


@pytest.mark.parametrize("text,name,who", SPOKE_AFTER)
def test_ext58_who_speaks_after_the_meeting_is_no_participant(text, name, who):
    """会后，甲介绍，… / 座谈会结束后，乙表示…: said after the meeting (event_kinds.yaml spoken_after)."""
    got = [e for e in _events(text, name) if e.kind == "meeting"]
    assert len(got) == 1
    assert who not in got[0].participants


SPOKE_AT = [
    pytest.param(
        "发布时间：2011-05-11\n本报讯 昨日上午，全区农贸市场改造现场推进会在东城街道召开。副区长蒋志刚主持会议。"
        "区商务局副局长曹立伟介绍，今年将改造农贸市场十个。",
        "eb_2011-05-11-102.txt",
        "曹立伟",
        id="a-speaker-told-with-no-after-still-a-participant",
    ),
    pytest.param(
        "发布时间：2011-05-11\n本报讯 昨日上午，全区农贸市场改造现场推进会在东城街道召开。副区长蒋志刚主持会议。"
        "会上，区商务局副局长曹立伟介绍了改造进展。",
        "eb_2011-05-11-103.txt",
        "曹立伟",
        id="a-speaker-at-the-meeting-still-a-participant",
    ),
]


@pytest.mark.parametrize("text,name,who", SPOKE_AT)
def test_ext58_who_speaks_at_the_meeting_still_joins_it(text, name, who):
    """Near-misses: a speaker right after the meeting told, or 会上, is still one at it."""
    got = [e for e in _events(text, name) if e.kind == "meeting"]
    assert len(got) == 1
    assert who in got[0].participants


DRILL_LOTTERY = [
    pytest.param(
        "发布时间：2011-06-15\n本报讯 上周五，市人防办在城西广场组织了防空警报试鸣和疏散演练，副市长田立平观摩演练，"
        "市人防办主任潘国华担任演练总指挥。",
        "eb_2011-06-15-101.txt",
        "2011-06-10",
        "田立平",
        id="a-civil-air-defence-drill-last-friday",
    ),
    pytest.param(
        "发布时间：2011-04-20\n本报讯 昨日，市消防支队在某某商场举行了消防应急疏散演练，副市长董海涛到场观摩。",
        "eb_2011-04-20-101.txt",
        "2011-04-19",
        "董海涛",
        id="a-fire-drill-held-yesterday",
    ),
    pytest.param(
        "发布时间：2011-08-17\n本报讯 昨日上午，城南区公租房摇号配租在区政务中心举行，区委常委、副区长杜海出席。",
        "eb_2011-08-17-101.txt",
        "2011-08-16",
        "杜海",
        id="a-rental-housing-lottery-held",
    ),
    pytest.param(
        "发布时间：2011-10-12\n本报讯 昨日上午，市住房保障中心进行了经济适用房摇号，市公证处全程公证，副市长袁建华出席。",
        "eb_2011-10-12-101.txt",
        "2011-10-11",
        "袁建华",
        id="a-lottery-carried-out",
    ),
]


@pytest.mark.parametrize("text,name,day,who", DRILL_LOTTERY)
def test_ext58_a_drill_or_a_lottery_held_is_an_other_event(text, name, day, who):
    """组织了…演练 / 举行了…演练 / 摇号配租在…举行 / 进行了…摇号: held that day, an other event (event_kinds.yaml)."""
    got = [e for e in _events(text, name) if e.kind == "other"]
    assert [(e.date, who in e.participants) for e in got] == [(day, True)]


NO_DRILL_LOTTERY = [
    pytest.param(
        "发布时间：2011-06-15\n本报讯 市人防办昨日制定了疏散演练方案，将于下月组织演练。",
        "eb_2011-06-15-102.txt",
        id="a-drill-plan-no-drill",
    ),
    pytest.param(
        "发布时间：2011-08-17\n本报讯 城南区公租房将于下月举行摇号。",
        "eb_2011-08-17-102.txt",
        id="a-lottery-to-come-no-event",
    ),
]


@pytest.mark.parametrize("text,name", NO_DRILL_LOTTERY)
def test_ext58_a_drill_plan_or_a_lottery_to_come_is_no_event(text, name):
    """演练方案 / 将于下月举行摇号: a plan, no event (near-misses)."""
    assert [e for e in _events(text, name) if e.kind == "other"] == []


FINER_PLACE = [
    pytest.param(
        "12月12日，某某集团有限公司与湖北省人民政府在武汉签署了战略合作协议。"
        "11日，国务院副总理孙立华在湖北省宜昌市秭归县检查了库区地质灾害防治情况。",
        "xwlb_2025-12-12-101.txt",
        "秭归县",
        id="county-after-a-province-whose-government-signs",
    ),
    pytest.param(
        "1月20日，某某集团与江西省人民政府签订了合作协议。江西省副省长钱立群出席。"
        "19日，钱立群在江西省九江市修水县考察了茶叶基地。",
        "xwlb_2025-01-20-101.txt",
        "修水县",
        id="county-after-a-province-and-city-read-as-governments",
    ),
]


@pytest.mark.parametrize("text,name,place", FINER_PLACE)
def test_ext58_a_place_run_keeps_its_finest_place(text, name, place):
    """在甲省乙市丙县检查 where the article names 甲省人民政府 (so 甲省 reads as that government): the run as written,
    its county kept (events.place_run), not the province alone."""
    got = [e for e in _events(text, name) if e.kind == "inspection"]
    assert len(got) == 1
    assert got[0].location and place in got[0].location


PROVINCE_ONLY = [
    pytest.param(
        "12月12日，某某集团有限公司与湖北省人民政府在武汉签署了战略合作协议。"
        "11日，国务院副总理孙立华在湖北省检查了库区地质灾害防治情况。",
        "xwlb_2025-12-12-102.txt",
        "湖北省",
        id="a-province-alone-stays-the-province",
    ),
]


@pytest.mark.parametrize("text,name,place", PROVINCE_ONLY)
def test_ext58_a_province_alone_stays_its_place(text, name, place):
    """在甲省检查 with 甲省人民政府 named: the province (near-miss)."""
    got = [e for e in _events(text, name) if e.kind == "inspection"]
    assert [e.location for e in got] == [place]
