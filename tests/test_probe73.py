"""Rows of made-up sentences for the general patterns behind the misses of probe batch b73 (national TV news, People's
Daily 1998, 2009 wire copy and 2011 city papers: seawater desalination, a micro-drama conference, saline land, a railway
speed-up, an acrobatic troupe, a calligraphy show, officials held to account, a Confucius Institute, an internet-of-things
pact, EV charging, triple-play convergence, a nursing home; bench/data/pattern_probe_b73.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _events(text: str, name: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.date, list(e.participants)) for e in _facts(text, name).events]


WEEKDAY_ROWS = [
    pytest.param(
        "中新网青岚3月12日电 (记者 甲乙) 本月5日至7日，县城有数十名群众出现不适。市长柯明远周二带队赶赴南溪县，检查了生猪屠宰场。",
        "inspection",
        "2009-03-10",
        id="tuesday-before-leads-a-team-thursday-wire",
    ),
    pytest.param(
        "中新网青岚11月19日电 (记者 甲乙) 上月底，两家公司开始洽谈。星河集团与青岚银行周一在青岚签署了战略合作协议。",
        "signing",
        "2009-11-16",
        id="monday-before-in-a-city-signs",
    ),
    pytest.param(
        "中新网北京6月11日电 (记者 甲乙) 本月2日，代表团抵达北京。副总理柯明远周三会见了代表团团长甲乙丙一行。",
        "talks",
        "2009-06-10",
        id="wednesday-before-meets",
    ),
]


@pytest.mark.parametrize("text,kind,day", WEEKDAY_ROWS)
def test_probe73_a_weekday_right_before_the_verb_is_the_day(text, kind, day):
    """周二带队…/周一在…签署/周三会见: a weekday written alone right before what was done that day is the latest such day on
    or before the wire's (date_words.yaml bare_weekday_before), not the day told in the sentence before (b73's 周二)."""
    name = f"cnews_{day[:8]}01-001.txt"  # (the wire's month: its year read from the name)
    assert [e[1] for e in _events(text, name) if e[0] == kind] == [day]


def test_probe73_a_name_opening_with_a_weekday_is_no_day():
    """Near-miss: 周一鸣在… is a person (no weekday there, unchanged): the meeting keeps the wire's day."""
    text = "中新网北京6月11日电 (记者 甲乙) 青岚市今日召开会议，市长周一鸣在会上讲话。"
    assert [e[1] for e in _events(text, "cnews_2009-01-01-001.txt") if e[0] == "meeting"] == ["2009-06-11"]


DAY_BEFORE_ROWS = [
    pytest.param(
        "中新网北京7月8日电 (记者 甲乙) 青岚大学今日在北京与某国某某大学签署了合作协议。双方校长代表签字。"
        "签约前一天，国务委员柯明远在中南海会见了某某大学校长卡洛斯·贝尔一行。",
        "cnews_2009-01-01-001.txt",
        "talks",
        "2009-07-07",
        id="met-the-day-before-the-signing",
    ),
    pytest.param(
        "央视网消息（新闻联播）：首届青岚产业大会11月27日在杭州开幕。某局副局长柯明远出席开幕式并致辞。\n"
        "开幕前一天，柯明远在浙江大学调研了人才培养工作。",
        "xwlb_2025-11-27-001.txt",
        "inspection",
        "2025-11-26",
        id="surveyed-the-day-before-the-opening",
    ),
]


@pytest.mark.parametrize("text,name,kind,day", DAY_BEFORE_ROWS)
def test_probe73_the_day_before_a_named_act(text, name, kind, day):
    """签约前一天，/开幕前一天， opening a clause: the day before the act told (event_kinds.yaml day_before), an event
    of its own, not merged into the signing (b73: the day-before talks folded into the signing as talks)."""
    events = _events(text, name)
    assert [e[1] for e in events if e[0] == kind] == [day]


def test_probe73_the_signing_stays_a_signing_before_a_day_before_talks():
    """The signing told first stays a signing with its signers when talks the day before follow (b73)."""
    text = DAY_BEFORE_ROWS[0].values[0]
    assert [e[1] for e in _events(text, "cnews_2009-01-01-001.txt") if e[0] == "signing"] == ["2009-07-08"]


ABROAD_TRADE_ROWS = [
    pytest.param("受文化部委托，中国对外演出公司负责巡演的组织工作。", "中国对外演出公司", id="performance-agency"),
    pytest.param("中国对外承包工程商会会长柯明远出席了签约仪式。", "中国对外承包工程商会", id="contractors-chamber"),
]


@pytest.mark.parametrize("text,body", ABROAD_TRADE_ROWS)
def test_probe73_a_body_doing_a_trade_abroad_keeps_its_dui(text, body):
    """对 of 对外演出/对外承包 is no preposition inside a body's name (org_joined_words.txt; b73's 外演出公司)."""
    orgs = [o.name for o in _facts("新华社北京１月２１日电 " + text, "pd1998_19980122-01-001.txt").organizations]
    assert body in orgs


def test_probe73_a_group_and_its_listed_arm_are_two_companies():
    """甲集团公司 and 甲股份有限公司 (its listed arm, 旗下): two companies, the group's officer the group's (org_generic.yaml
    distinct_legal_endings; b73 merged 中国电信集团公司 into its listed arm's branch, b71 中国铝业公司 likewise)."""
    text = (
        "中新网南京11月25日电 (记者 甲乙) 江苏省人民政府与青岚通信集团公司今日在南京签署战略合作协议。"
        "青岚通信集团公司副总经理柯明远代表签约。青岚通信集团公司旗下的青岚通信股份有限公司江苏分公司负责实施。"
    )
    facts = _facts(text, "cnews_2009-11-25-001.txt")
    assert "青岚通信集团公司" in [o.name for o in facts.organizations]
    posts = [(p.title, p.org) for x in facts.persons if x.name == "柯明远" for p in x.posts]
    assert posts == [("副总经理", "青岚通信集团公司")]


def test_probe73_one_told_after_a_trip_and_meeting_clause_is_at_the_meeting_only():
    """甲陪同调研并参加座谈会，乙参加座谈会: 乙, told after the clause naming the trip and the meeting, joins the meeting only
    (events.py trip_and_meeting: who is named before it; b73 put 乙 on the three-day trip too)."""
    text = (
        "央视网消息（新闻联播）：国务院副总理柯明远11月20日至22日在吉林调研农田水利工作。\n"
        "22日上午，柯明远在长春主持召开座谈会，听取工作汇报。\n"
        "吉林省委书记孟庆山陪同调研并参加座谈会，内蒙古自治区副主席韩立群参加座谈会。"
    )
    events = {e[0]: e[2] for e in _events(text, "xwlb_2025-11-22-001.txt")}
    assert "韩立群" in events["meeting"] and "韩立群" not in events["inspection"]


KIND_ROWS = [
    pytest.param(
        "新华社北京１月２１日电 （记者甲乙）上月２８日，青岚杂技团演员柯小燕表演的节目在某国国际马戏节上获得金奖。",
        "pd1998_19980122-01-001.txt",
        "award",
        id="a-prize-won-at-a-festival",
    ),
    pytest.param(
        "央视网消息（新闻联播）：12月3日上午，青岚海水淡化工程一期在山东烟台举行通水仪式，副省长柯明远出席。",
        "xwlb_2025-12-03-001.txt",
        "launch",
        id="water-on-ceremony-held-at-a-place",
    ),
]


@pytest.mark.parametrize("text,name,kind", KIND_ROWS)
def test_probe73_event_kind_triggers(text, name, kind):
    """event_kinds.yaml: 在…上获得金奖 a prize won (award); 在甲地举行通水仪式 a work put into service (launch)."""
    assert kind in [e[0] for e in _events(text, name)]


def test_probe73_a_tally_of_prizes_is_no_award():
    """Near-miss: 共获得一等奖１２项 is a tally, no award (unchanged by the new 获得…一等奖 trigger)."""
    text = "新华社北京１月２１日电 （记者甲乙）去年，全省科技人员共获得一等奖１２项。"
    assert "award" not in [e[0] for e in _events(text, "pd1998_19980122-01-001.txt")]


ORG_ROWS = [
    pytest.param("书画展今天上午在中国美术馆开幕。", "中国美术馆", True, id="the-national-art-museum"),
    pytest.param("区委书记甲乙丙昨日走访慰问了辖区内的敬老院和百岁老人。", "敬老院", False, id="a-home-written-bare"),
    pytest.param(
        "全路将改造线路３６００公里，沿线学校和村庄将开展安全宣传。", "沿线学校", False, id="schools-along-a-line"
    ),
]


@pytest.mark.parametrize("text,body,named", ORG_ROWS)
def test_probe73_bodies_named_and_kinds_written_bare(text, body, named):
    """org_suffixes.yaml 美术馆 (a museum, other); org_generic.yaml: 敬老院 written bare and 沿线学校 name no body."""
    orgs = [o.name for o in _facts("新华社北京１月１６日电 " + text, "pd1998_19980117-01-001.txt").organizations]
    assert (body in orgs) is named
