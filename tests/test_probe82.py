"""Rows of made-up sentences for the general patterns behind the misses of probe batch b82 (works opened and relief:
water works, airports, bridges, power lines, relief funds allotted, donations and garrisons helping;
bench/data/pattern_probe_b82.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _events(text: str, name: str) -> list[tuple[str, str | None]]:
    """(kind, date) of every event, in order."""
    return [(e["kind"], e.get("date")) for e in _facts(text, name).get("events") or []]


def _orgs(text: str, name: str) -> set[str]:
    return {o["name"] for o in _facts(text, name).get("organizations") or []}


PD = "pd1998_19980120-02-003.txt"
CN = "cnews_2009-06-30-022.txt"
XW = "xwlb_2025-10-08-006.txt"
EB = "eb_0000b821.txt"

ALLOTTED = [
    pytest.param(
        "央视网消息（新闻联播）：记者从财政部了解到，10月7日，财政部、应急管理部紧急预拨中央自然灾害救灾资金3亿元，支持甲省救灾。",
        XW,
        ("other", "2025-10-07"),
        id="yubo-relief-funds",
    ),
    pytest.param(
        "中新网郑州2月9日电 2月6日，河南省财政厅把1.2亿元抗旱资金拨付到受旱严重的8个市。",
        CN,
        ("other", "2009-02-06"),
        id="sum-before-bofu",
    ),
    pytest.param(
        "发布时间：2011-06-24\n本报讯 本月16日，市民政局已将300万元救灾资金下拨到受灾的两个县。",
        EB,
        ("other", "2011-06-16"),
        id="sum-before-xiabo",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), ALLOTTED)
def test_relief_funds_allotted_are_an_event(text: str, name: str, event: tuple[str, str]) -> None:
    """预拨…资金3亿元, 把1.2亿元资金拨付到…: funds allotted, the sum before or after the verb, other on its day."""
    assert event in _events(text, name)


OPENED = [
    pytest.param(
        "本报长沙１月２０日电 记者报道：湘南云峰机场今天正式通航，省长出席通航典礼。",
        PD,
        ("other", "1998-01-20"),
        id="airport-tonghang",
    ),
    pytest.param(
        "央视网消息（新闻联播）：今天（11月25日），黔东引水工程在铜仁全线通水。贵州省委书记林海宣布工程全线通水，水利部副部长周清出席。",
        "xwlb_2025-11-25-005.txt",
        ("launch", "2025-11-25"),
        id="announced-full-water-flow",
    ),
    pytest.param(
        "央视网消息（新闻联播）：今天（11月25日），滇西引水工程在云南大理全线通水。水利部副部长周清出席通水活动。",
        "xwlb_2025-11-25-005.txt",
        ("launch", "2025-11-25"),
        id="full-water-flow-at-a-place",
    ),
    pytest.param(
        "央视网消息（新闻联播）：今年5月，引水工程最长的青龙隧洞实现全线贯通。",
        "xwlb_2025-11-25-005.txt",
        ("other", "2025-05"),
        id="tunnel-broken-through",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), OPENED)
def test_works_opened_are_their_events(text: str, name: str, event: tuple[str, str]) -> None:
    """机场正式通航 other as 通车; 宣布全线通水, 在甲地全线通水 a launch as 竣工通水; 隧洞实现贯通 other as 合龙."""
    assert event in _events(text, name)


CEREMONIES = [
    pytest.param(
        "本报北京１月１４日讯 中华慈善总会今天在北京举行向灾区捐赠仪式，民政部副部长高林出席仪式。",
        "pd1998_19980115-04-002.txt",
        ("other", "1998-01-14"),
        id="held-donation-ceremony",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), CEREMONIES)
def test_donation_ceremonies_held_are_other(text: str, name: str, event: tuple[str, str]) -> None:
    """举行向灾区捐赠仪式: a donation ceremony held, other as b52's 捐赠仪式在甲地举行, never a meeting."""
    events = _events(text, name)
    assert event in events and ("meeting", event[1]) not in events


def test_minutes_signed_are_an_agreement() -> None:
    """甲与乙签署了…会谈纪要: minutes two parties sign, an agreement as a 备忘录."""
    text = "新华网重庆6月29日电 5月18日，重庆市人民政府与国家电网公司在北京签署了加快电网发展会谈纪要。"
    kinds = [a.get("kind") or "" for a in _facts(text, CN).get("agreements") or []]
    assert any(k.endswith("会谈纪要") for k in kinds)


def test_an_emergency_response_raised_is_no_launch() -> None:
    """甲启动三级应急响应: a response raised, no launch (b44 records none)."""
    text = "央视网消息（新闻联播）：10月7日，中国红十字会总会启动三级应急响应，向灾区调拨帐篷800顶。"
    assert not [k for k, _ in _events(text, XW) if k == "launch"]


def test_a_leader_and_the_body_he_leads_are_apart() -> None:
    """马某率省民政厅负责人赶赴…: 率 opens the body, the leader is no part of its name."""
    text = "本报西宁１月１６日讯 １月１０日，马建国率省民政厅负责人赶赴玉树州，检查救灾物资发放情况。"
    assert not [o for o in _orgs(text, PD) if "率" in o]


def test_a_civic_hall_is_a_venue() -> None:
    """…捐赠仪式在市民中心举行: a city's civic hall, a venue as 行政中心, no organisation."""
    text = "发布时间：2011-06-24\n本报讯 昨日下午，全市抗洪救灾捐赠仪式在市民中心举行，副市长王伟主持仪式。"
    assert "市民中心" not in _orgs(text, EB)


def test_an_opening_retold_at_its_ceremony_is_one_event() -> None:
    """甲桥28日建成通车。乙宣布大桥通车，丙出席通车仪式: the opening told, then its ceremony with its guests, one event."""
    text = (
        "中新网长沙12月28日电 全长2.6公里的资水特大桥28日建成通车。湖南省副省长魏明宣布大桥通车，"
        "益阳市委书记欧平出席通车仪式。"
    )
    assert [k for k, _ in _events(text, "cnews_2009-12-29-014.txt")].count("other") == 1


def test_a_gift_of_goods_told_with_its_worth_is_an_event() -> None:
    """甲向灾区捐赠棉被1万件，价值300万元: a gift of goods with its worth, other as one of money."""
    text = "本报西宁１月１６日讯 中国红十字会总会今天向灾区捐赠棉衣棉被１．５万件，价值３００万元。"
    assert ("other", "1998-01-16") in _events(text, "pd1998_19980117-04-006.txt")


def test_gifts_of_comfort_brought_are_no_visit() -> None:
    """群众为子弟兵送来锦旗和慰问品: gifts brought, no one calling, no visit."""
    text = "本报兰州１月１１日讯 引水工程今天竣工通水。当天，沿线群众自发赶到渠首为子弟兵送来锦旗和慰问品。"
    assert "visit" not in [k for k, _ in _events(text, "pd1998_19980112-02-004.txt")]


def test_a_governors_assistant_is_of_that_government() -> None:
    """河南省省长助理甲: a post in the province's government, as 副省长 and 主席助理."""
    text = "中新网郑州2月9日电 河南省省长助理刘振邦出席仪式并讲话。"
    posts = {(p["name"], q["title"], q.get("org")) for p in _facts(text, CN)["persons"] for q in p["posts"]}
    assert ("刘振邦", "省长助理", "河南省人民政府") in posts


TYPES = [
    pytest.param("武警交通第二总队总队长刘卫东出席。", "武警交通第二总队", "other", id="armed-police-unit"),
    pytest.param("武警交通指挥部副主任雷振华出席。", "武警交通指挥部", "other", id="armed-police-command"),
    pytest.param(
        "甘肃省水利水电工程局局长王强出席。", "甘肃省水利水电工程局", "company", id="engineering-bureau-builder"
    ),
]


@pytest.mark.parametrize(("sentence", "org", "kind"), TYPES)
def test_armed_police_units_and_builders_types(sentence: str, org: str, kind: str) -> None:
    """武警…总队/指挥部 other as the army's 军区; a 工程局 that builds a company as 工程局有限公司."""
    types = {o["name"]: o["type"] for o in _facts("新华网拉萨10月15日电 " + sentence, CN)["organizations"]}
    assert types.get(org) == kind
