"""Rows of made-up sentences for what ext52, real44 and real45 left (ext55, issue 10): post words with their bodies,
and years told without digits before an event, under a dateline and under a 发布时间 line."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

DATELINE = "标题\n\n新华社太原2011年6月15日电 "
PUBLISHED = "标题\n发布时间：2011-06-15 08:30\n\n"


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


EXT55_POSTS = [
    pytest.param(
        DATELINE + "华林市城管执法大队副队长张建国说，整治工作已经完成。",
        {("张建国", "副队长", "华林市城管执法大队")},
        id="dateline-a-deputy-head-of-an-enforcement-brigade",
    ),
    pytest.param(
        PUBLISHED + "华林市消防支队特勤中队副队长李明远介绍了救援经过。",
        {("李明远", "副队长", "华林市消防支队特勤中队")},
        id="published-a-deputy-head-of-a-fire-squad",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT55_POSTS)
def test_ext55_posts(text, expected):
    """副队长 is a title of its own: its body is the brigade written before it, not the brigade with 副 (the title
    read as 队长)."""
    assert posts_of(text) == expected


EXT55_LEGAL_REPRESENTATIVES = [
    pytest.param(
        DATELINE + "鸿达科技有限公司法定代表人张建国表示，公司将扩大投资。",
        {("张建国", "法定代表人", "鸿达科技有限公司")},
        id="dateline-a-legal-representative-before-his-name",
    ),
    pytest.param(
        PUBLISHED + "记者查询得知，宏远建材有限公司法定代表人为刘文斌。",
        {("刘文斌", "法定代表人", "宏远建材有限公司")},
        id="published-a-legal-representative-told-with-wei",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT55_LEGAL_REPRESENTATIVES)
def test_ext55_legal_representatives(text, expected):
    """法定代表人 is a company's post (the judged sets' convention, group_posts), held in the company written before."""
    assert posts_of(text) == expected


EXT55_YEAR_BEFORE_AN_ADVERB = [
    pytest.param(DATELINE, "华林市新能源产业园去年正式揭牌。", "2010", id="dateline-last-year-then-zhengshi"),
    pytest.param(PUBLISHED, "华林市新能源产业园去年正式揭牌。", "2010", id="published-last-year-then-zhengshi"),
    pytest.param(PUBLISHED, "东港区物流中心去年揭牌。", "2010", id="published-last-year-then-jiepai"),
    pytest.param(PUBLISHED, "华林市新能源产业园2009年正式揭牌。", "2009", id="published-a-digit-year-then-zhengshi"),
]


@pytest.mark.parametrize(("head", "text", "year"), EXT55_YEAR_BEFORE_AN_ADVERB)
def test_ext55_a_year_before_an_adverb_dates_the_launch(head, text, year):
    """A year after its subject, before 正式 and the verb (揭牌 now one of year_verbs_after_subject), dates the launch
    with the year alone, not with the dateline's day nor with nothing."""
    got = extract_page(head + text)
    assert [e.date for e in got.events if e.kind == "launch"] == [year]


EXT55_PASSIVE_AGREEMENTS = [
    pytest.param(
        DATELINE,
        "华林市人民政府与鸿达集团有限公司的战略合作协议于去年签署。",
        "2010",
        id="dateline-an-agreement-signed-last-year",
    ),
    pytest.param(
        PUBLISHED,
        "东港区管委会与远洋物流有限公司的投资合同已于3月签订。",
        "2011-03",
        id="published-a-contract-already-signed-in-march",
    ),
    pytest.param(
        PUBLISHED,
        "华林市人民政府与鸿达集团有限公司的合作协议于2010年5月在北京签署。",
        "2010-05",
        id="published-an-agreement-signed-in-a-month-at-a-place",
    ),
]


@pytest.mark.parametrize(("head", "text", "date"), EXT55_PASSIVE_AGREEMENTS)
def test_ext55_an_agreement_told_in_the_passive(head, text, date):
    """甲与乙的协议于<time>签署 / 合同已于<time>签订: the agreement named before its verb with its time after 于 is
    signed then (noun_first_gap), between the two parties, dated as written; 将于/拟于 (a signing to come) stays none."""
    got = extract_page(head + text)
    assert [(len(a.parties), a.date) for a in got.agreements] == [(2, date)]


def test_ext55_an_agreement_to_be_signed_stays_none():
    got = extract_page(PUBLISHED + "华林市人民政府与鸿达集团有限公司的合作协议将于明年签署。")
    assert got.agreements == []


EXT55_BARE_YEAR_PARTS = [
    pytest.param(
        DATELINE,
        "年初，华林市人民政府与鸿达集团有限公司签署了战略合作协议。",
        "2011",
        id="dateline-the-start-of-the-year-opening-the-clause",
    ),
    pytest.param(
        PUBLISHED,
        "年初，华林市人民政府与鸿达集团有限公司签署了战略合作协议。",
        "2011",
        id="published-the-start-of-the-year-opening-the-clause",
    ),
    pytest.param(
        PUBLISHED,
        "东港区管委会与远洋物流有限公司年底签订了投资合同。",
        "2011",
        id="published-the-end-of-the-year-after-the-parties",
    ),
    pytest.param(
        DATELINE,
        "2009年，华林市经济增长较快。年初，华林市人民政府与鸿达集团有限公司签署了战略合作协议。",
        "2009",
        id="dateline-the-start-of-the-year-told-before-in-the-paragraph",
    ),
]


@pytest.mark.parametrize(("head", "text", "year"), EXT55_BARE_YEAR_PARTS)
def test_ext55_a_bare_part_of_the_year_dates_the_agreement(head, text, year):
    """年初，/ 年底 with no year word: the part of the year told last in the paragraph, else of the page's year, the
    year alone (gold/README), not the dateline's day nor nothing."""
    got = extract_page(head + text)
    assert [a.date for a in got.agreements] == [year]
    assert [e.date for e in got.events if e.kind == "signing"] == [year]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全市贷款余额比年初增长两成，项目年底前完工。", id="a-comparison-and-a-deadline"),
        pytest.param("华林市人民政府部署岁末年初安全生产工作。", id="a-season-named"),
    ],
)
def test_ext55_no_bare_part_of_the_year(text):
    """比年初 (a comparison), 年底前 (a deadline), 岁末年初 (a season) date nothing."""
    from kgqa.extract.scene import year_parts

    assert year_parts(text, "2011") == []


EXT55_TITLES_CHOSEN = [
    pytest.param(
        DATELINE + "乙级联赛本月的最佳主帅已经评出，华林队主帅张建国光荣当选。",
        "张建国",
        id="dateline-the-best-manager-chosen-after-de",
    ),
    pytest.param(
        PUBLISHED + "本届联赛最佳球员已经评出，东港队前锋李明远当选。",
        "李明远",
        id="published-the-best-player-chosen",
    ),
]


@pytest.mark.parametrize(("text", "winner"), EXT55_TITLES_CHOSEN)
def test_ext55_a_title_chosen_is_an_award_to_its_winner(text, winner):
    """最佳X已经评出，甲光荣当选: a title given (the judged cluener_civic convention: award, the named winner its
    participant), 当选 with no post (当选为 stays an election)."""
    got = extract_page(text)
    awards = [e for e in got.events if e.kind == "award"]
    assert [e.participants for e in awards] == [[winner]]
