"""Rows of made-up sentences for the general patterns behind the misses of probe batch b68 (People's Daily 1998 and
2009 wire copy: herbal medicine, commodity inspection, surveying, iodised salt, blood donation, family planning; a
convertible bond, a trading halt, pawnshops, lottery, a liquor tax, the housing fund; bench/data/pattern_probe_b68.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.numbers import find_dates


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _events(text: str, name: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.date, e.participants) for e in _facts(text, name).events]


BARE_DAYS = [
    pytest.param("储立明于7日到公司下属的电厂调研", ["2009-09-07"], id="day-then-went-to"),
    pytest.param("副省长陶明亮9日率省直部门负责人到企业调研", ["2009-09-09"], id="day-then-led"),
    pytest.param("甲１８日前往上海考察", ["2009-08-18"], id="day-then-set-off"),
    pytest.param("考察是在５日进行的", ["2009-09-05"], id="day-then-carried-out"),
    # near-misses: a due day, money arriving, a span's start
    pytest.param("这笔贷款将于15日到期", [], id="day-then-due-no-date"),
    pytest.param("首期资金7日到位", [], id="day-then-in-place-no-date"),
    pytest.param("展会7日到9日举行", [], id="day-then-span-no-date"),
    pytest.param("李某将于10日前往北京出席开幕式", [], id="planned-trip-day-no-date"),
]


@pytest.mark.parametrize("text,want", BARE_DAYS)
def test_probe68_a_bare_day_before_a_verb_of_going(text, want):
    """A day written alone before 到/赴/前往/率 (date_words.yaml bare_day_trip) or 进行 (bare_day_before) is the day of the
    trip told, but not after a plan's 将 nor before 到期/到位/到账 or another day (bare_day_before_not)."""
    assert [iso for _, _, iso in find_dates(text, ref_date="2009-09-08")] == want


DAY_PARTS = [
    pytest.param(
        "新华社北京１月２２日电 （记者甲乙）国家某局局长王立新和某国委员会主席卡西莫夫今天上午在北京签署了两国合作协定。"
        "国务院副总理李振邦今天下午会见了卡西莫夫一行。",
        [
            ("signing", "1998-01-22", ["王立新", "卡西莫夫"]),
            ("talks", "1998-01-22", ["李振邦", "卡西莫夫"]),
        ],
        id="morning-signing-afternoon-talks-two-events",
    ),
    # near-misses: the signing told after the talks (会见后，…) keeps its own event; the same part of the day, one
    pytest.param(
        "新华社北京１月２２日电 （记者甲乙）国务院副总理李振邦今天下午会见了卡西莫夫一行。"
        "会见后，国家某局局长王立新和卡西莫夫签署了两国合作协定。",
        [
            ("talks", "1998-01-22", ["李振邦", "卡西莫夫"]),
            ("signing", "1998-01-22", ["王立新", "卡西莫夫"]),
        ],
        id="signing-after-the-talks",
    ),
    pytest.param(
        "新华社北京１月２２日电 （记者甲乙）国家某局局长王立新和卡西莫夫今天下午签署了两国合作协定。"
        "国务院副总理李振邦今天下午会见了卡西莫夫一行。",
        [("talks", "1998-01-22", ["王立新", "卡西莫夫", "李振邦"])],
        id="same-part-of-the-day-one-happening",
    ),
]


@pytest.mark.parametrize("text,want", DAY_PARTS)
def test_probe68_talks_in_another_part_of_the_day_are_their_own(text, want):
    """Talks told in a later sentence with a part of the day (今天下午) the signing's clause does not tell are a
    happening of their own, not the signing's talks (events._other_day_part)."""
    assert _events(text, "pd1998_19980123-02-007.txt") == want


CLEFTS = [
    pytest.param(
        "本报上海１月１９日讯 记者甲乙报道：市血液中心新建的采血大楼已投入使用，启用仪式是１７日举行的，"
        "副市长邵光明为大楼剪彩。",
        "pd1998_19980120-05-003.txt",
        [("launch", "1998-01-17", ["邵光明"])],
        id="launch-day-in-a-later-clause",
    ),
    pytest.param(
        "中新网北京7月14日电 另讯，某中心与北京华信科技有限公司签署了技术服务合同，合同金额1.2亿元。"
        "签约仪式是在12日举行的，某中心主任鲁家明和华信科技总经理苗志强代表双方签约。",
        "cnews_2009-07-14-008.txt",
        [("signing", "2009-07-12", ["鲁家明", "苗志强"])],
        id="signing-day-in-the-next-sentence",
    ),
    pytest.param(
        "本报昆明１月２３日讯 记者甲乙报道：国家测绘局局长芮佳明今天在昆明出席座谈会。"
        "此前，芮佳明一行考察了瑞丽边境经济合作区。考察是在２１日进行的，省测绘局局长丁万里陪同考察。",
        "pd1998_19980124-04-002.txt",
        [("meeting", "1998-01-23", ["芮佳明"]), ("inspection", "1998-01-21", ["芮佳明", "丁万里"])],
        id="inspection-day-and-companion-in-the-next-sentence",
    ),
    # near-miss: a cleft telling who held the meeting, no day
    pytest.param(
        "本报昆明１月２３日讯 记者甲乙报道：国家测绘局局长芮佳明今天在昆明出席座谈会。会议是由省测绘局主办的。",
        "pd1998_19980124-04-002.txt",
        [("meeting", "1998-01-23", ["芮佳明"])],
        id="cleft-with-no-day",
    ),
]


@pytest.mark.parametrize("text,name,want", CLEFTS)
def test_probe68_a_cleft_restates_the_day_of_what_was_just_told(text, name, want):
    """考察是在２１日进行的 / 启用仪式是１７日举行的 / 签约仪式是在12日举行的 (event_kinds.yaml cleft_day): the clauses
    before it, or the sentence before, are of that day, and the event it names again is that one (scene._cleft_day)."""
    assert _events(text, name) == want


def test_probe68_the_signing_dated_by_a_cleft_dates_its_agreement():
    text = (
        "中新网北京7月14日电 另讯，某中心与北京华信科技有限公司签署了技术服务合同，合同金额1.2亿元。"
        "签约仪式是在12日举行的，某中心主任鲁家明和华信科技总经理苗志强代表双方签约。"
    )
    assert [a.date for a in _facts(text, "cnews_2009-07-14-008.txt").agreements] == ["2009-07-12"]


MEETING = "新华社北京１月２７日电 （记者甲乙）全国食盐加碘工作会议今天在北京召开。国务院副总理吕振明出席会议并讲话。\n"
QUOTES = [
    pytest.param(
        MEETING + "“全国碘盐食用率已达到８１％，”中国轻工总会副会长魏家明在会上说。",
        ["吕振明", "魏家明"],
        id="quote-then-speaker-at-the-meeting",
    ),
    # near-miss: a quote said with no scene (…，”甲说。) stays out, as 说 afterwards does
    pytest.param(
        MEETING + "“全国碘盐食用率已达到８１％，”中国轻工总会副会长魏家明说。", ["吕振明"], id="quote-said-no-scene"
    ),
]


@pytest.mark.parametrize("text,want", QUOTES)
def test_probe68_a_speaker_named_after_a_quote_at_the_meeting(text, want):
    """A sentence opening with a quotation whose speaker is named after it 在会上说 is at the meeting told
    (events._after_quote)."""
    assert [e.participants for e in _facts(text, "pd1998_19980128-04-005.txt").events if e.kind == "meeting"] == [want]


CLOSING = "新华社北京１月２２日电 （记者甲乙）全国商检工作会议今天在北京闭幕。国务院副总理龚振明出席闭幕式并讲话。"
SURNAME_TITLES = [
    pytest.param(
        "新华社北京１月２２日电 （记者甲乙）国家商检局局长隋建明今天上午签署了合作协定。"
        "全国商检工作会议今天下午在北京闭幕，国务院副总理龚振明出席闭幕式并讲话。\n隋局长在会上作了总结讲话。",
        "pd1998_19980123-02-007.txt",
        ["龚振明", "隋建明"],
        id="surname-and-title-second-mention",
    ),
    pytest.param(
        "本报北京１月２０日讯 记者甲乙报道：全国中药工作会议今天在京召开。国家中医药管理局局长欧阳明光作工作报告。\n"
        "欧阳局长说，今年要建设一批种植基地。",
        "pd1998_19980121-05-004.txt",
        ["欧阳明光"],
        id="compound-surname-and-title-no-new-person",
    ),
    # near-miss: a surname and title no one named before has is no one
    pytest.param(
        CLOSING + "\n隋局长在会上作了总结讲话。", "pd1998_19980123-02-007.txt", ["龚振明"], id="surname-title-of-no-one"
    ),
]


@pytest.mark.parametrize("text,name,want", SURNAME_TITLES)
def test_probe68_a_person_named_again_by_surname_and_title(text, name, want):
    """隋局长 / 欧阳局长 after 局长隋建明 / 局长欧阳明光 is that person (scene._surname_titles; a compound family name
    before a title is no new person, mentions.py)."""
    facts = _facts(text, name)
    assert [e.participants for e in facts.events if e.kind == "meeting"] == [want]
    assert sorted(p.name for p in facts.persons) == sorted(set(want))
