"""Rows of made-up sentences for the general patterns behind the misses of probe batch b80 (companies and people in
the economy: bank reshuffles, stakes, listings, joint ventures, chambers and delegations at fairs;
bench/data/pattern_probe_b80.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _types(text: str, name: str) -> dict[str, str]:
    return {o["name"]: o["type"] for o in _facts(text, name).get("organizations") or []}


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    """(person, title, org) of every post."""
    return {(p["name"], q["title"], q.get("org")) for p in _facts(text, name).get("persons") or [] for q in p["posts"]}


def _events(text: str, name: str) -> list[tuple[str, str | None]]:
    """(kind, date) of every event, in order."""
    return [(e["kind"], e.get("date")) for e in _facts(text, name).get("events") or []]


EB = "eb_0000b801.txt"
XW = "xwlb_2025-11-26-007.txt"
CN = "cnews_2009-03-13-021.txt"

ASSOCIATIONS = [
    pytest.param(
        "发布时间：2011-05-17\n本报讯 上周五，香港丰城同乡会与市侨联签署合作备忘录。",
        EB,
        "香港丰城同乡会",
        id="tongxianghui",
    ),
    pytest.param(
        "中新网福州5月18日电 台湾区五金工业同业公会理事长陈立雄率团参展。",
        CN,
        "台湾区五金工业同业公会",
        id="tongye-gonghui",
    ),
]


@pytest.mark.parametrize(("text", "name", "org"), ASSOCIATIONS)
def test_guild_and_fellow_townsmen_bodies_are_associations(text: str, name: str, org: str) -> None:
    """甲同乡会 and 乙工业同业公会 are associations, as 商会 and 协会 are."""
    assert _types(text, name).get(org) == "association"


def test_last_term_head_is_a_former_post_of_the_body() -> None:
    """上届会长、甲集团董事长乙: 上届 marks a former post, no body named 上届."""
    text = "发布时间：2011-09-24\n本报讯 昨日，丽水市工商业联合会召开会员代表大会。上届会长、丽华控股集团董事长章志远主持开幕式。"
    orgs = {org for person, _, org in _posts(text, EB) if person == "章志远"}
    assert "上届" not in orgs and "丽华控股集团" in orgs


def test_stepping_down_then_is_a_time_not_a_move() -> None:
    """甲自2003年起担任行长，卸任后将继续担任执行董事: a career told, no reshuffle of 2003."""
    text = "兴华银行3月12日公告，副行长郑立出任行长。原行长韩明自2003年起担任行长，卸任后将继续担任该行执行董事。"
    assert ("other", "2003") not in _events(text, CN)


def test_named_entrepreneurs_touring_are_guests_on_a_visit() -> None:
    """甲、乙等港澳企业家代表参观考察了…: guests going to see, a visit (ruling f), no inspection."""
    text = "央视网消息（新闻联播）：12月3日，李明、何伦等港澳企业家代表参观考察了杭州一家跨境电商企业。"
    kinds = [k for k, _ in _events(text, "xwlb_2025-12-04-005.txt")]
    assert "visit" in kinds and "inspection" not in kinds


def test_deals_at_a_fair_after_the_opening_have_its_day() -> None:
    """在开幕式后举行的洽谈会上，… in a paragraph of its own: after the opening told, on its day."""
    text = (
        "央视网消息（新闻联播）：11月26日，丝路轻工博览会在西安开幕。商务部副部长林东出席开幕式。\n"
        "在开幕式后举行的合作洽谈会上，陕西秦华电器有限公司与阿斯塔纳能源公司签署供货合同，金额12亿元。"
    )
    dates = {a.get("date") for a in _facts(text, XW).get("agreements") or []}
    assert dates == {"2025-11-26"}


def test_report_released_at_a_meeting_is_a_launch() -> None:
    """甲在洽谈会上发布了《…报告》: a named report released, a launch (ruling a), not the meeting again."""
    text = "央视网消息（新闻联播）：11月26日，丝路轻工博览会在西安开幕。中国轻工业联合会会长周华在洽谈会上发布了《轻工业出口发展报告》。"
    assert "launch" in [k for k, _ in _events(text, XW)]


def test_the_bank_named_back_signs() -> None:
    """…该行存款余额…。本月1日，该行与甲公司签订协议: 该行 points back to the bank named sentences before."""
    text = (
        "发布时间：2011-07-07\n本报讯 昨日上午，宜州市商业银行召开干部大会。\n"
        "截至6月末，该行存款余额186亿元。本月1日，该行与宜州市中小企业担保有限公司签订银担合作协议。"
    )
    parties = [set(a["parties"]) for a in _facts(text, EB).get("agreements") or []]
    assert {"宜州市商业银行", "宜州市中小企业担保有限公司"} in parties


def test_a_subscribing_verb_starts_no_name() -> None:
    """公司将出资认购甲银行增发的股份: 认购 is the verb before the bank, no body named 认购甲银行."""
    text = "发布时间：2011-10-21\n本报讯 昨日，恒华股份发布公告，公司将出资2.4亿元认购海宁农村商业银行股份有限公司增资扩股的股份。"
    assert not [o for o in _types(text, EB) if o.startswith("认购")]


def test_a_succeeding_verb_starts_no_body() -> None:
    """甲接替乙证券原总裁丙: 接替 is the verb before the body, 丙 the 总裁 of 乙证券 (was of 甲接替乙证券)."""
    text = "新华网3月12日电 东方证券副总裁郑立接替华南证券原总裁韩明，出任华南证券总裁。"
    assert ("韩明", "总裁", "华南证券") in _posts(text, CN)


def test_those_ringing_the_bell_take_part_in_the_listing() -> None:
    """…挂牌上市。当天上午，甲与乙共同敲响开市宝钟: the listing's launch with those ringing its bell."""
    text = (
        "江苏金华电缆股份有限公司首次公开发行的A股6月18日在深圳证券交易所中小企业板挂牌上市。"
        "当天上午，公司董事长兼总裁沈立与深交所副总经理周明共同敲响开市宝钟。"
    )
    launches = [e for e in _facts(text, "cnews_2009-06-18-033.txt").get("events") or [] if e["kind"] == "launch"]
    assert launches and {"沈立", "周明"} <= set(launches[0]["participants"])
