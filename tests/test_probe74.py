"""Rows of made-up sentences for the general patterns behind the misses of probe batch b74 (session 47's Left
families: second mentions by surname and title, papers and magazines in 《》, delegations led abroad;
bench/data/pattern_probe_b74.yaml). Each row failed before its fix unless marked a near-miss."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _visits(text: str, name: str) -> list[tuple[str | None, list[str]]]:
    return [
        (e.get("date"), e.get("participants") or [])
        for e in _facts(text, name).get("events") or []
        if e["kind"] == "visit"
    ]


LED_ABROAD_WITH_DAYS = [
    pytest.param(
        "发布时间：2011-09-22\n本报讯（记者 甲乙）市长孙立成率市经贸代表团于9月14日至20日出访韩国和日本，昨日返回。",
        "eb_0000b741.txt",
        ("2011-09-14", ["孙立成"]),
        id="eb-mayor-days-then-chufang",
    ),
    pytest.param(
        "央视网消息（新闻联播）：国务院副总理罗振邦率中国政府代表团于11月10日至14日出访两国。",
        "xwlb_2025-11-15-004.txt",
        ("2025-11-10", ["罗振邦"]),
        id="xwlb-vice-premier-two-countries",
    ),
    pytest.param(
        "中新网北京6月17日电 (记者 周明) 国开行行长李振华率代表团于6月2日前往俄罗斯。",
        "cnews_2009-06-17-022.txt",
        ("2009-06-02", ["李振华"]),
        id="cnews-one-day-then-qianwang",
    ),
]


@pytest.mark.parametrize("text,name,want", LED_ABROAD_WITH_DAYS)
def test_probe74_a_delegation_led_abroad_with_its_days_between_is_a_visit(text, name, want):
    """率…代表团于X日至Y日出访/前往…: the trip's days between the group and its verb (event_kinds.yaml visit
    triggers): a visit of its leader from the first day."""
    assert want in _visits(text, name)


SURNAME_AND_ZONG = [
    pytest.param(
        "中新网杭州8月12日电 (记者 李晓燕) 集团总裁王建伟出席签约仪式。王总在签约后对记者表示，合作将帮助企业掌握关键技术。",
        "cnews_2009-08-12-017.txt",
        {"王建伟"},
        id="zong-for-a-president",
    ),
    pytest.param(
        "发布时间：2011-09-22\n本报讯（记者 刘洋）冰轮公司总经理李立峰说，此行达成了合作意向。李总介绍，去年公司出口额突破1亿美元。",
        "eb_0000b742.txt",
        {"李立峰"},
        id="zong-for-a-general-manager",
    ),
    pytest.param(
        "发布时间：2011-09-22\n本报讯（记者 刘洋）公司副总经理欧阳文军说，项目年内投产。欧阳总表示，产品主要出口欧洲。",
        "eb_0000b743.txt",
        {"欧阳文军"},
        id="near-miss-two-character-family-name",
    ),
]


@pytest.mark.parametrize("text,name,want", SURNAME_AND_ZONG)
def test_probe74_surname_and_zong_is_the_one_holding_such_a_title(text, name, want):
    """王总 on a page where one 王 alone holds a title with 总 (name_words.yaml addressed_titles) is that person:
    no person of its own (resolve._addressed_by_title)."""
    assert {p["name"] for p in _facts(text, name).get("persons") or []} == want


def test_probe74_surname_and_zong_with_no_such_holder_stays_a_person():
    """Near-miss (passes before and after): 王总 where the only 王 holds no title with 总 is not merged into him."""
    text = "发布时间：2011-09-22\n本报讯（记者 刘洋）区商务局局长王建国出席活动。王总介绍，公司今年将扩大产能。"
    names = {p["name"] for p in _facts(text, "eb_0000b744.txt").get("persons") or []}
    assert "王建国" in names and "王总" in names


TITLED_BODIES = [
    pytest.param(
        "《中国科学》杂志社社长许文涛在会上发言。", "许文涛", "中国科学杂志社", id="magazine-head-before-its-body"
    ),
    pytest.param("周立平现任《求是》杂志社副总编辑。", "周立平", "求是杂志社", id="post-after-now-holds"),
    pytest.param("《城市》杂志社社长赵国梁出席仪式。", "赵国梁", "城市杂志社", id="short-title-in-brackets"),
]


@pytest.mark.parametrize("text,person,org", TITLED_BODIES)
def test_probe74_a_magazine_title_in_brackets_opens_its_body(text, person, org):
    """《X》杂志社: the title in brackets is the head of the body's name (mentions.TITLED_PART), named without them."""
    facts = _facts("央视网消息（新闻联播）：11月18日，" + text, "xwlb_2025-11-18-006.txt")
    posts = {(p["name"], q["org"]) for p in facts.get("persons") or [] for q in p.get("posts") or []}
    assert (person, org) in posts
