"""Rows of made-up sentences for the general patterns behind the misses of probe batch b72 (People's Daily 1998 and
2011 city papers: an Antarctic expedition, shipbuilding, wool, honey, the Hope Project, the Paralympics; census data,
a basketball league, lift safety, tomb-sweeping, a zone's foreign projects, wet markets;
bench/data/pattern_probe_b72.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

from extract.numbers import find_dates


def _events(text: str, name: str) -> list[tuple[str, str | None, list[str]]]:
    facts = extract_page("标题\n\n" + text, source_name=name).to_gold()
    return [(e["kind"], e.get("date"), e.get("participants") or []) for e in facts.get("events") or []]


def _orgs(text: str, name: str) -> set[str]:
    return {o.name for o in extract_page("标题\n\n" + text, source_name=name).organizations}


BARE_WEEKDAYS = [
    pytest.param("周三上午，全市防汛工作会议在市政府召开。", "2011-04-01", "2011-03-30", id="earlier-this-week"),
    pytest.param("周五晚上，区篮球联赛在区体育馆开幕。", "2011-08-17", "2011-08-12", id="later-weekday-last-week"),
    pytest.param("星期日下午，甲街道举办了义诊活动。", "2011-05-11", "2011-05-08", id="sunday-written-xingqi"),
    pytest.param("周二，区商务局与甲公司签订了协议。", "2011-06-15", "2011-06-14", id="weekday-before-comma"),
]


@pytest.mark.parametrize("text,ref,want", BARE_WEEKDAYS)
def test_probe72_a_bare_weekday_is_a_day_of_the_papers_week(text, ref, want):
    """A weekday with no week word before a time of day or a comma (date_words.yaml bare_weeks): the reference
    day's week, or the week before when the weekday comes after the reference day."""
    assert [iso for _, _, iso in find_dates(text, ref_date=ref)] == [want]


BARE_WEEKDAY_NEAR_MISSES = [
    pytest.param("图书馆每周三上午免费开放。", id="every-wednesday-a-rule"),
    pytest.param("窗口周一至周五受理业务。", id="a-span-of-weekdays"),
    pytest.param("周一鸣说，订单很多。", id="a-name-opening-with-zhou"),
    pytest.param("逢周五下午举行例会。", id="on-each-friday"),
]


@pytest.mark.parametrize("text", BARE_WEEKDAY_NEAR_MISSES)
def test_probe72_a_weekday_as_a_rule_span_or_name_is_no_day(text):
    assert find_dates(text, ref_date="2011-04-01") == []


def test_probe72_a_speaker_named_at_the_meeting_is_not_on_the_tour():
    """乙 named at the meeting and speaking after 甲's tour (乙表示，…) is no participant of the tour
    (events._at_other_event)."""
    text = (
        "发布时间：2011-05-11\n发布人：-某某晚报\n本报讯（记者 甲乙）昨日上午，全区安全生产工作会议召开。副区长邓宏亮出席会议并讲话，"
        "区安监局局长蒋文斌通报了情况。\n前天下午，蒋文斌带队到两家化工企业，检查了危险品仓库。\n邓宏亮表示，今年将加大执法力度。"
    )
    tours = [e for e in _events(text, "eb_0000a001.txt") if e[0] == "inspection"]
    assert tours and tours[0][2] == ["蒋文斌"]


def test_probe72_a_speaker_named_only_after_the_tour_still_joins_it():
    """Near-miss: one named nowhere before who speaks after the tour is still taken as at it (unchanged)."""
    text = (
        "发布时间：2011-05-11\n发布人：-某某晚报\n本报讯（记者 甲乙）前天下午，区安监局局长蒋文斌带队到两家化工企业，"
        "检查了危险品仓库。企业负责人柯明远介绍，仓库去年完成了改造。"
    )
    tours = [e for e in _events(text, "eb_0000a002.txt") if e[0] == "inspection"]
    assert tours and set(tours[0][2]) == {"蒋文斌", "柯明远"}


TRIGGER_ROWS = [
    pytest.param(
        "本报讯（记者 甲乙）市民卡服务平台开通两年来，已有逾5万人次办理业务。",
        "launch",
        False,
        id="opened-two-years-since",
    ),
    pytest.param(
        "本报讯（记者 甲乙）昨日上午，市民卡服务平台正式开通。", "launch", True, id="opened-yesterday-near-miss"
    ),
    pytest.param(
        "新华社北京１月１７日电 国家海洋局与某国极地局今天在北京续签了极地科学考察合作谅解备忘录。",
        "inspection",
        False,
        id="expedition-in-a-deals-name",
    ),
    pytest.param(
        "新华社长沙１月１７日电 副省长柯明远今天到株洲市考察，并签订了合作协议。",
        "inspection",
        True,
        id="a-tour-then-a-deal-near-miss",
    ),
    pytest.param(
        "新华社北京１月２３日电 中国某某体育代表团成立暨授旗仪式今天下午在北京举行。",
        "launch",
        True,
        id="founding-joined-rite",
    ),
    pytest.param(
        "本报讯（记者 甲乙）昨日上午，甲区与乙公司签订投资协议，后者将投资5亿元建设新厂，年底开工。",
        "groundbreaking",
        False,
        id="start-set-for-year-end",
    ),
    pytest.param(
        "本报讯（记者 甲乙）据介绍，该项目去年年底开工，目前已完成投资2亿元。",
        "groundbreaking",
        True,
        id="started-last-year-end-near-miss",
    ),
]


@pytest.mark.parametrize("text,kind,told", TRIGGER_ROWS)
def test_probe72_event_kind_triggers(text, kind, told):
    """event_kinds.yaml: 开通…年来 a span, 考察…备忘录 a deal's name, 成立暨…仪式 a founding, 年底开工 a plan."""
    name = "pd1998_19980117-01-001.txt" if "１" in text else "eb_0000a003.txt"
    if "发布时间" not in text and name.startswith("eb"):
        text = "发布时间：2011-05-11\n发布人：-某某晚报\n" + text
    assert any(e[0] == kind for e in _events(text, name)) is told


def test_probe72_a_parent_before_its_subsidiary_names_both():
    """旗下 is a boundary of a name (org_boundaries.txt): 甲集团旗下乙有限公司 names 甲集团 and 乙有限公司."""
    text = (
        "发布时间：2011-08-17\n发布人：-某某晚报\n本报讯（记者 甲乙）联赛由柯氏集团旗下柯氏物业服务有限公司冠名赞助。"
    )
    orgs = _orgs(text, "eb_0000a004.txt")
    assert "柯氏物业服务有限公司" in orgs
    assert not any("旗下" in o for o in orgs)
