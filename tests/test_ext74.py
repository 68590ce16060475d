"""Rows of made-up sentences for what session 45 left (ext74): the Chinese state as its government (中国政府 ->
中华人民共和国), a foreign acting head (代总理 a title, not the country's 代), a head's name after a country and a royal
title (约旦国王甲 when the statistics of Chinese names reject 甲), a three-char Thai name read as foreign, two names
joined by 同, junk bodies (首笔银行, a fund's money), the UN's bodies and a housing fund's centre typed, a 生态区 with a
管委会 a zone, plans' names before a signing; near-misses beside them."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.mentions import org_type_of
from kgqa.extract.names import looks_foreign


def _page(text: str, source: str = "eb_x.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in _page(text).persons for q in p.posts}


def _persons(text: str) -> set[str]:
    return {p.name for p in _page(text).persons}


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.type for o in _page(text).organizations}


def _agreements(text: str) -> list[tuple[str, ...]]:
    return [tuple(a.parties) for a in _page(text).agreements]


POSTS = [
    pytest.param("俄罗斯代总理盖达尔会见了王明。", ("盖达尔", "代总理", "俄罗斯政府"), id="acting-premier-of-a-state"),
    pytest.param("韩国代总统金明洙今天抵达北京。", ("金明洙", "代总统", "韩国政府"), id="acting-president-of-a-state"),
    pytest.param("俄罗斯总理盖达尔会见了王明。", ("盖达尔", "总理", "俄罗斯政府"), id="a-premier-stays-a-premier"),
    pytest.param("约旦国王侯赛因会见了王明。", ("侯赛因", "国王", "约旦政府"), id="a-king-before-a-name-of-a-surname"),
    pytest.param("约旦国王侯赛因今天会见了王明。", ("侯赛因", "国王", "约旦政府"), id="a-king-before-a-time-word"),
    pytest.param("泰国国王普密蓬会见了王明。", ("普密蓬", "国王", "泰国政府"), id="a-king-read-before-too"),
    pytest.param("李鹏总理会见了王明。", ("李鹏", "总理", "国务院"), id="chinese-premier-keeps-state-council"),
    pytest.param("差瓦立总理会见了王明。", ("差瓦立", "总理", None), id="thai-premier-no-state-council"),
]


@pytest.mark.parametrize(("text", "post"), POSTS)
def test_posts(text: str, post: tuple[str, str, str | None]) -> None:
    assert post in _posts(text)


def test_acting_premier_no_junk_body() -> None:
    assert "俄罗斯代" not in _orgs("俄罗斯代总理盖达尔会见了王明。")


FOREIGN = [
    pytest.param("差瓦立", True, id="thai-three-chars"),
    pytest.param("张建国", False, id="chinese-three-chars"),
    pytest.param("王克", False, id="chinese-two-chars"),
    pytest.param("差不多", False, id="a-word-of-chars-outside-the-tables"),
]


@pytest.mark.parametrize(("name", "foreign"), FOREIGN)
def test_looks_foreign(name: str, foreign: bool) -> None:
    assert looks_foreign(name) is foreign


PERSONS = [
    pytest.param("李强同张伟会谈。", {"李强", "张伟"}, id="two-chinese-names-joined-by-tong"),
    pytest.param("王明同库马拉通加会谈。", {"王明", "库马拉通加"}, id="a-foreign-name-after-tong"),
    pytest.param("库马拉通加同王明会谈。", {"库马拉通加", "王明"}, id="a-foreign-name-before-tong"),
    pytest.param("王大同在北京会见了客人。", {"王大同"}, id="a-name-ending-in-tong-stays"),
    pytest.param("王大同说，改革将继续。", {"王大同"}, id="a-name-ending-in-tong-before-speech"),
]


@pytest.mark.parametrize(("text", "persons"), PERSONS)
def test_persons(text: str, persons: set[str]) -> None:
    assert persons <= _persons(text)
    assert not {n for n in _persons(text) if n.endswith("同") and n != "王大同"}


ORGS_IN = [
    pytest.param(
        "中国政府援建的医院项目移交仪式在琅勃拉邦举行。",
        "中华人民共和国",
        "government",
        id="the-state-as-its-government",
    ),
    pytest.param(
        "昨日，苗木交易会在青浦生态区开幕。青浦生态区管委会主任魏东来致辞。",
        "青浦生态区",
        "development_zone",
        id="an-eco-area-with-its-administration-a-zone",
    ),
    pytest.param("王明是青浦生态区管委会主任。", "青浦生态区管理委员会", "government", id="its-administration-a-body"),
    pytest.param(
        "中国福利彩票发行管理中心与甲公司签约。", "中国福利彩票发行管理中心", "other", id="a-lottery-centre-stays"
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), ORGS_IN)
def test_orgs_in(text: str, name: str, kind: str) -> None:
    assert _orgs(text).get(name) == kind


ORGS_OUT = [
    pytest.param("这是浙江省首笔银行对典当企业的授信。", "浙江省首笔银行", id="first-loan-no-bank"),
    pytest.param("副部长王明出席了福利彩票公益金资助项目启动仪式。", "福利彩票公益金", id="a-fund-money-no-body"),
    pytest.param("三江源生态区的草场得到恢复。", "三江源生态区", id="an-eco-area-with-no-administration"),
    pytest.param("中国政府援建的医院项目移交仪式在琅勃拉邦举行。", "中国政府", id="no-second-body-for-the-state"),
]


@pytest.mark.parametrize(("text", "name"), ORGS_OUT)
def test_orgs_out(text: str, name: str) -> None:
    assert name not in _orgs(text)


def test_first_of_a_kind_keeps_real_firms() -> None:
    assert {"首钢集团", "首创集团"} <= set(_orgs("首钢集团与首创集团签署协议。"))


TYPES = [
    pytest.param("联合国儿童基金会", "other", id="un-fund-no-association"),
    pytest.param("联合国人口基金", "other", id="un-fund-no-company"),
    pytest.param("联合国开发计划署", "other", id="un-programme-no-office"),
    pytest.param("中国儿童少年基金会", "association", id="a-chinese-foundation-stays"),
    pytest.param("长沙市住房公积金管理中心", "government", id="housing-fund-centre"),
    pytest.param("上海市血液中心", "other", id="blood-centre"),
    pytest.param("市急救中心", "other", id="a-centre-stays-other"),
]


@pytest.mark.parametrize(("name", "kind"), TYPES)
def test_types(name: str, kind: str) -> None:
    assert org_type_of(name) == kind


AGREEMENTS = [
    pytest.param(
        "为落实第十个五年计划，青岚市人民政府与白川集团有限公司签署了合作协议。",
        [("青岚市人民政府", "白川集团有限公司")],
        id="a-five-year-plan-named-before",
    ),
    pytest.param(
        "根据城市发展计划，青岚市人民政府与白川集团有限公司签署了合作协议。",
        [("青岚市人民政府", "白川集团有限公司")],
        id="a-development-plan-named-before",
    ),
    pytest.param("青岚市人民政府计划与白川集团有限公司签署合作协议。", [], id="a-planned-signing-stays-planned"),
]


@pytest.mark.parametrize(("text", "parties"), AGREEMENTS)
def test_agreements(text: str, parties: list[tuple[str, ...]]) -> None:
    assert _agreements(text) == parties
