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


SAME_DAY_ALSO = [
    pytest.param(
        "中新网北京9月10日电 北京远华药业股份有限公司8日与中华人民共和国卫生部签订了药品采购合同，合同金额2.1亿元。"
        "同日，北京远华药业股份有限公司还与中国银行北京市分行签署了银企合作协议，获得8亿元综合授信。",
        "cnews_2009-09-10-101.txt",
        2,
        id="same-day-the-subject-also-signs-with-a-bank",
    ),
    pytest.param(
        "中新网郑州5月21日电 河南新通信息技术有限公司20日与郑州市人民政府签署了战略合作协议。当天，河南新通信息技术有限公司"
        "还与河南宏达电子有限公司签订了设备采购合同，采购金额1.6亿元。",
        "cnews_2009-05-21-102.txt",
        2,
        id="that-day-the-subject-also-signs-a-purchase-contract",
    ),
    pytest.param(
        "中新网杭州8月12日电 浙江华瑞机械股份有限公司11日与杭州市萧山区人民政府签订了投资协议。同日，双方还签订了"
        "土地使用协议。",
        "cnews_2009-08-12-103.txt",
        1,
        id="near-miss-same-day-both-sides-sign-again-one-signing",
    ),
    pytest.param(
        "中新网宁波8月11日电 浙江丰源能源股份有限公司今日公告，公司于8月10日与宁波广泰投资有限公司签订了股权转让协议；同日，"
        "公司与宁波市北仑区人民政府签署了增资扩股框架协议。公司董事长林志刚与宁波广泰投资有限公司董事长周建明在协议上签字。",
        "cnews_2009-08-11-104.txt",
        1,
        id="near-miss-same-day-after-a-semicolon-no-also-one-signing",
    ),
]


@pytest.mark.parametrize("text,name,n", SAME_DAY_ALSO)
def test_probe60_same_day_the_subject_also_signs_with_another_partner(text, name, n):
    """…甲与乙签订了A。同日，甲还与丙签署了B / 当天，甲还与丙签订了B: a sentence of its own telling what the subject also signed
    with another partner that day is a signing of its own (event_kinds.yaml same_day_also, events._partners_apart; b60 probe:
    the second deal folded into the first); 同日，双方还签订了… and ；同日，甲与丙签署了… of one sentence stay one (b37)."""
    assert len(_of_kind(text, name, "signing")) == n


PLEDGE_SPEECH = [
    pytest.param(
        "发布时间：2011-04-27\n本报讯 昨日上午，市交通运输局召开全市出租车行业专项整治动员大会。副市长王建军出席会议并讲话。"
        "市通达出租汽车有限公司总经理李秀芳代表全市出租车企业作表态发言。",
        "eb_m1.txt",
        "李秀芳",
        id="taxi-firm-head-makes-a-pledge-speech-for-the-trade",
    ),
    pytest.param(
        "发布时间：2011-09-14\n本报讯 昨日，区安监局召开全区安全生产工作会议，副区长赵国梁主持会议。"
        "宏达建材有限公司董事长陈志远代表企业做了表态发言。",
        "eb_m2.txt",
        "陈志远",
        id="company-chairman-made-a-pledge-speech-for-firms",
    ),
]


@pytest.mark.parametrize("text,name,who", PLEDGE_SPEECH)
def test_probe60_a_pledge_speech_is_taking_part_in_the_meeting(text, name, who):
    """甲代表…作表态发言: a pledge made at the meeting told, a participant of it, as 作交流发言 is (event_kinds.yaml
    participation; b60 probe: the taxi firm's head left out of the 动员大会)."""
    meetings = _of_kind(text, name, "meeting")
    assert len(meetings) == 1 and who in meetings[0].participants
