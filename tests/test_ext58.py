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
