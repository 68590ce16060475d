"""Persons, posts and organisations left by session 50 (branch ext84): firms' names written with a middle dot or
opening with a numeral's word, an edition word between an academy and 院士, a unit of a titled publication, a
person who takes a post in a body named by a suffix alone (任新集团总经理), 常委 right after a division (县常委),
人大 before a title (市人大常委); made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def orgs_of(text: str) -> set[str]:
    return {o.name for o in extract_page(text).organizations}


EXT84_POSTS = [
    # a firm's name in two parts joined by a middle dot is read whole (was cut at the dot: 宏远集团)
    pytest.param("东方·宏远集团总经理王明出席。", {("王明", "总经理", "东方·宏远集团")}, id="dotted-firm-post"),
    # an edition word between an academy and 院士 (ruling d): the academy's post (was none, a body 中国工程院首届)
    pytest.param("中国工程院首届院士王明出席会议。", {("王明", "院士", "中国工程院")}, id="first-edition-academician"),
    pytest.param("中国科学院首批院士李强说，", {("李强", "院士", "中国科学院")}, id="first-batch-academician"),
    # a unit of a publication named by its title (was 杂志经济部, 经济部)
    pytest.param("《东方》杂志经济部主任王明说，", {("王明", "主任", "东方杂志经济部")}, id="magazine-unit"),
    pytest.param("《东湖日报》评论部主任李强说，", {("李强", "主任", "东湖日报评论部")}, id="paper-unit"),
    # 任 after a two-character name, a body's suffix and a title after it: the verb (was 方静任 / no person)
    pytest.param(
        "原厂长方静任新集团副总经理。", {("方静", "厂长", None), ("方静", "副总经理", None)}, id="ren-new-group"
    ),
    pytest.param("王静任新公司董事长。", {("王静", "董事长", None)}, id="ren-new-firm-clause-start"),
    # 常委 right after a division, the committee's 委 left out: the division's Party committee (was the place)
    pytest.param(
        "东湖县常委、副县长王明说，",
        {("王明", "常委", "中共东湖县委员会"), ("王明", "副县长", "东湖县人民政府")},
        id="county-standing-member",
    ),
    pytest.param(
        "大同市常委、宣传部长王明说，",
        {("王明", "常委", "中共大同市委员会"), ("王明", "宣传部长", "中共大同市委员会")},
        id="city-standing-member",
    ),
    # a county the division data lacks, written after its city's short name: the county's own body
    pytest.param("大同东湖县县长王明说，", {("王明", "县长", "东湖县人民政府")}, id="unlisted-county-after-city"),
    # 人大 before a title: the congress's standing committee (was a body <place>人大)
    pytest.param("大同市人大常委王明说，", {("王明", "常委", "大同市人大常委会")}, id="congress-standing-member"),
    pytest.param("大同市人大主任王明说，", {("王明", "主任", "大同市人大常委会")}, id="congress-head"),
    # near-miss: a body's 常委 stays the body's
    pytest.param("东方集团常委王明说，", {("王明", "常委", "东方集团")}, id="body-standing-member-kept"),
]


@pytest.mark.parametrize(("text", "expected"), EXT84_POSTS)
def test_ext84_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts_of(text) == expected


EXT84_ORGS = [
    # a dotted firm's name as a party (was 远景控股有限公司)
    pytest.param("华夏·远景控股有限公司与东湖市人民政府签约。", "华夏·远景控股有限公司", id="dotted-firm-party"),
    # a firm's name opening with a numeral's word that is no count (was dropped: 四方 a numeral)
    pytest.param("四方机车车辆厂与东湖集团签约。", "四方机车车辆厂", id="numeral-word-firm"),
    pytest.param("四方建筑公司与东湖集团签约。", "四方建筑公司", id="numeral-word-building-firm"),
]


@pytest.mark.parametrize(("text", "name"), EXT84_ORGS)
def test_ext84_orgs(text: str, name: str) -> None:
    assert name in orgs_of(text)


EXT84_NEAR_MISSES = [
    # counts of bodies stay no names; a title between two names is no dotted firm
    pytest.param("一些企业与东湖集团签约。", {"东湖集团"}, id="some-firms-no-name"),
    pytest.param("两家公司与东湖集团签约。", {"东湖集团"}, id="two-firms-no-name"),
    # a numeral's word of a unit or a time opens no firm's name (三角 of 长三角, 三年内: read as bodies at acebd83a)
    pytest.param("东湖地处长三角几何中心，交通便捷。", set(), id="unit-numeral-no-name"),
    pytest.param("项目将在三年内完成首期片区改造。", set(), id="years-numeral-no-name"),
    pytest.param("《方案》商务部负责人王明说，", {"商务部"}, id="plan-title-no-publication"),
]


@pytest.mark.parametrize(("text", "expected"), EXT84_NEAR_MISSES)
def test_ext84_near_misses(text: str, expected: set[str]) -> None:
    assert orgs_of(text) == expected
