"""Rows of made-up sentences for the general patterns behind the misses of probe batch b77 (1998-style local and sector
news: township secretaries, academicians, delegations and meetings touring; bench/data/pattern_probe_b77.yaml). Each
row failed before its fix unless marked a guard (a row that holds the old behaviour where the fix must not reach)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    return {(p["name"], q["title"], q.get("org")) for p in _facts(text, name).get("persons") or [] for q in p["posts"]}


def _kinds(text: str, name: str) -> list[str]:
    return [e["kind"] for e in _facts(text, name).get("events") or []]


PD = "pd1998_19980122-05-004.txt"
XW = "xwlb_2025-12-09-007.txt"

TOWNS = [
    pytest.param(
        "本报石家庄１月２２日讯 现场会今天在威县召开。威县方家营乡党委书记王玉林介绍了经验。",
        ("王玉林", "乡党委书记", "中共威县方家营乡委员会"),
        id="township-with-county-named-before",
    ),
    pytest.param(
        "本报济南１月９日讯 座谈会今天在莒南县召开。莒南县大店镇党委书记孙友明发言。",
        ("孙友明", "镇党委书记", "中共莒南县大店镇委员会"),
        id="town-with-county-named-before",
    ),
    pytest.param(  # guard: the county named only with the town, as before
        "本报南京１月２２日讯 座谈会今天召开。沭阳县庙头镇党委书记鲁立刚介绍了经验。",
        ("鲁立刚", "镇党委书记", "中共沭阳县庙头镇委员会"),
        id="guard-town-with-county-once",
    ),
]


@pytest.mark.parametrize(("text", "post"), TOWNS)
def test_town_party_county_written_once(text: str, post: tuple[str, str, str]) -> None:
    """威县方家营乡党委 after 在威县召开: 中共威县方家营乡委员会, the county once."""
    assert post in _posts(text, PD)


ACADEMY = [
    pytest.param(
        "央视网消息（新闻联播）：中国工程院院士、中南大学教授欧阳立华获奖。",
        ("欧阳立华", "院士", "中国工程院"),
        True,
        id="engineering-academician-before-other-post",
    ),
    pytest.param(
        "央视网消息（新闻联播）：湘南大学校长、中国科学院院士李明远出席。",
        ("李明远", "院士", "中国科学院"),
        True,
        id="science-academician-after-other-post",
    ),
    pytest.param(
        "央视网消息（新闻联播）：中国科学院院士陈立国获奖。",
        ("陈立国", "院士", "中国科学院"),
        True,
        id="science-academician-alone",
    ),
    pytest.param(  # guard: a bare 院士 is no post
        "央视网消息（新闻联播）：两院院士张立群出席。院士王海平说，要加强基础研究。",
        ("张立群", "院士", "两院"),
        False,
        id="guard-two-academies-no-post",
    ),
]


@pytest.mark.parametrize(("text", "post", "held"), ACADEMY)
def test_academician_of_named_academy(text: str, post: tuple[str, str, str], held: bool) -> None:
    """中国工程院院士X: 院士 of 中国工程院 (the lead's ruling (d)); 两院院士, 院士X: no post."""
    got = _posts(text, XW)
    assert (post in got) is held
    assert not any(t == "院士" and (o is None or o == "两院") for _, t, o in got)


VISITS = [
    pytest.param(
        "本报银川１月１２日讯 联席会议今天在银川召开。代表团抵达银川后，先后到固原地区和西吉县参观考察了扶贫开发项目。",
        id="delegation-tours-after-arriving",
    ),
    pytest.param(
        "新华社呼和浩特１月１４日电 代表团在内蒙古期间，参观了甲乳业公司的生产线，考察了锡林郭勒盟的草原建设。",
        id="delegation-tours-while-there",
    ),
    pytest.param(
        "本报石家庄１月２２日讯 现场会今天在威县召开。会前，与会人员参观了方家营乡的蔬菜大棚。",
        id="attendees-tour-before-meeting",
    ),
]


@pytest.mark.parametrize("text", VISITS)
def test_guests_touring_is_a_visit(text: str) -> None:
    """代表团…参观考察, 与会人员参观了…: a visit, not an inspection (the lead's ruling (f))."""
    kinds = _kinds(text, PD)
    assert "visit" in kinds and "inspection" not in kinds


def test_official_survey_stays_an_inspection() -> None:
    """Guard: 副省长甲在某县考察了… by an official over the place stays an inspection."""
    kinds = _kinds("本报石家庄１月２２日讯 副省长齐立芳今天在威县考察了蔬菜基地。", PD)
    assert "inspection" in kinds and "visit" not in kinds


REGIONS = [
    pytest.param(
        "本报银川１月１２日讯 福建省和宁夏回族自治区联席会议今天在银川召开。福建省委副书记陈庆林率福建省代表团出席会议，"
        "宁夏回族自治区党委书记杨志远出席会议并讲话，自治区党委副书记韩克勤主持会议。",
        ("韩克勤", "自治区党委副书记", "中共宁夏回族自治区委员会"),
        id="bare-region-committee-after-a-province",
    ),
]


@pytest.mark.parametrize(("text", "post"), REGIONS)
def test_bare_region_level_is_the_region_named(text: str, post: tuple[str, str, str]) -> None:
    """自治区党委副书记X in a story of a province and a region: the region's committee, not the province's."""
    assert post in _posts(text, PD)


def test_counted_regions_government() -> None:
    """两省区政府签署了…: each region's 人民政府 (省区 the level), not 福建省区政府."""
    text = "本报银川１月１２日讯 福建省和宁夏回族自治区联席会议今天在银川召开。会上，两省区政府签署了合作协议。"
    parties = {p for a in _facts(text, PD).get("agreements") or [] for p in a.get("parties") or []}
    assert parties == {"福建省人民政府", "宁夏回族自治区人民政府"}


def test_instruction_writer_is_no_participant() -> None:
    """会上宣读了省委书记甲的批示: the writer of the instruction is not at the meeting (as 发来贺信)."""
    text = (
        "本报沈阳１月８日讯 座谈会今天在沈阳召开。省长白德华出席座谈会并讲话，副省长陆海明主持座谈会。"
        "会上宣读了省委书记高振邦的批示。"
    )
    meetings = [e for e in _facts(text, PD).get("events") or [] if e["kind"] == "meeting"]
    assert meetings and "高振邦" not in meetings[0]["participants"] and "陆海明" in meetings[0]["participants"]


def test_plant_merged_into_a_group_names_the_group() -> None:
    """甲厂整体并入乙集团有限公司的…协议: the group is 乙集团有限公司, not 入乙集团."""
    text = "发布时间：2011-06-17\n本报讯 昨日，市纺织厂整体并入甲乙机械集团有限公司的重组协议在市国资委签订。"
    names = {o["name"] for o in _facts(text, "eb_3c1f7a92.txt").get("organizations") or []}
    assert "甲乙机械集团有限公司" in names and not any(n.startswith("入") for n in names)


def test_background_meeting_once_held_with_its_month() -> None:
    """去年１０月，全省…现场会曾在甲市召开: a meeting of its own, dated 1997-10 (the lead's ruling (c))."""
    text = "本报济南１月１６日讯 表彰大会今天在济南举行。去年１０月，全省农业产业化现场会曾在潍坊召开，推广了经验。"
    dates = [e.get("date") for e in _facts(text, PD).get("events") or [] if e["kind"] == "meeting"]
    assert "1997-10" in [str(d) for d in dates]
