"""Rows of made-up sentences for what session 44's probes left (ext70): transliterated names of four or more chars read
as foreign (their bare national title holds no Chinese body), a crown prince's title after a state's name (英国王储, not
国王 + 储), a firm's name whose head the model reads as a person (…再担保集团有限公司 whole); near-misses beside them
(Chinese, Tibetan and Mongolian names keep their bodies; 国王 after a country's name stays)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.names import looks_foreign


def _page(text: str, source: str = "eb_x.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in _page(text).persons for q in p.posts}


def _orgs(text: str) -> set[str]:
    return {o.name for o in _page(text).organizations}


FOREIGN = [
    pytest.param("基里延科", True, id="russian-premier-with-yan"),
    pytest.param("斯捷帕申", True, id="russian-name-with-jie-and-shen"),
    pytest.param("库马拉通加", True, id="sinhalese-name-with-tong"),
    pytest.param("阿卜杜拉", True, id="arabic-name-with-bu"),
    pytest.param("克雷蒂安", True, id="all-chars-of-the-statistics"),
    pytest.param("扎西顿珠", False, id="two-tibetan-parts"),
    pytest.param("阿拉坦巴根", False, id="two-mongolian-parts"),
    pytest.param("欧阳明华", False, id="a-compound-family-name"),
    pytest.param("司马光明", False, id="another-compound-family-name"),
    pytest.param("张建国", False, id="a-chinese-name"),
    pytest.param("差瓦立", True, id="three-chars-outside-the-tables-read-by-ext74"),
]


@pytest.mark.parametrize(("name", "foreign"), FOREIGN)
def test_looks_foreign(name: str, foreign: bool) -> None:
    assert looks_foreign(name) is foreign


POSTS = [
    pytest.param(
        "昨天，基里延科总理在莫斯科会见了代表团。", ("基里延科", "总理", None), id="bare-premier-no-state-council"
    ),
    pytest.param("斯捷帕申总理说，两国关系良好。", ("斯捷帕申", "总理", None), id="bare-premier-again"),
    pytest.param("英国王储查尔斯今天抵达香港。", ("查尔斯", "王储", "英国政府"), id="crown-prince-after-a-state"),
    pytest.param("科威特王储萨阿德今天抵达北京。", ("萨阿德", "王储", "科威特政府"), id="crown-prince-no-guo"),
    pytest.param("泰国国王普密蓬会见了王明。", ("普密蓬", "国王", "泰国政府"), id="a-king-stays-a-king"),
    pytest.param("英国国王查尔斯三世会见了王明。", ("查尔斯三世", "国王", "英国政府"), id="a-king-after-guo"),
    pytest.param("美国国务卿奥尔布赖特会见了王明。", ("奥尔布赖特", "国务卿", "美国政府"), id="secretary-of-state"),
    pytest.param("李鹏总理会见了王明。", ("李鹏", "总理", "国务院"), id="chinese-premier-keeps-state-council"),
    pytest.param("欧阳明华总理会见了王明。", ("欧阳明华", "总理", "国务院"), id="compound-name-keeps-state-council"),
    pytest.param("扎西顿珠副总理会见了王明。", ("扎西顿珠", "副总理", "国务院"), id="tibetan-name-keeps-state-council"),
]


@pytest.mark.parametrize(("text", "post"), POSTS)
def test_posts(text: str, post: tuple[str, str, str | None]) -> None:
    assert post in _posts(text)


def test_no_king_glued_to_a_crown_prince() -> None:
    assert not any(t == "国王" for _, t, _ in _posts("英国王储查尔斯今天抵达香港。"))


FIRMS = [
    pytest.param(
        "荆楚再担保集团有限公司昨天与三家银行签署了合作协议。", "荆楚再担保集团有限公司", id="head-read-as-a-person"
    ),
    pytest.param("荆楚再担保集团董事长王明说，业务增长三成。", "荆楚再担保集团", id="head-read-as-a-person-short"),
    pytest.param(
        "齐鲁再担保集团有限公司昨天与三家银行签署了合作协议。", "齐鲁再担保集团有限公司", id="head-not-a-name"
    ),
    pytest.param("荆楚建设集团有限公司昨天与银行签署了合作协议。", "荆楚建设集团有限公司", id="no-re-in-the-name"),
]


@pytest.mark.parametrize(("text", "org"), FIRMS)
def test_firm_whole(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        pytest.param("荆楚再担保集团有限公司昨天与三家银行签署了合作协议。", "再担保集团有限公司", id="no-tail-alone"),
        pytest.param("荆楚再担保集团董事长王明说，业务增长三成。", "再担保集团", id="no-short-tail-alone"),
    ],
)
def test_no_tail_of_a_firm(text: str, junk: str) -> None:
    assert junk not in _orgs(text)


def test_no_person_in_a_firm_s_head() -> None:
    assert "荆楚" not in {p.name for p in _page("荆楚再担保集团董事长王明说，业务增长三成。").persons}


GOALS = [
    pytest.param("根据协议，双方将共建小麦品种研发中心和示范基地。", "小麦品种研发中心", id="a-centre-built-together"),
    pytest.param("公司将建设耐盐碱大豆和小麦品种研发中心。", "小麦品种研发中心", id="a-goal-s-second-item"),
    pytest.param("双方将合作建设玉米品种研发中心。", "合作建设玉米品种研发中心", id="joint-work-then-a-goal"),
    pytest.param(
        "新西兰将帮助内蒙古建设奶牛良种繁育中心和乳品质量检测中心。",
        "内蒙古建设奶牛良种繁育中心",
        id="a-place-then-a-goal-after-help",
    ),
    pytest.param(
        "新西兰将帮助内蒙古建设奶牛良种繁育中心和乳品质量检测中心。", "乳品质量检测中心", id="the-help-s-second-goal"
    ),
    pytest.param("王明参观了社区老年服务中心、老年大学和敬老院。", "社区老年服务中心", id="a-kind-of-service-centre"),
    pytest.param("街道新建了社区卫生服务中心。", "社区卫生服务中心", id="a-kind-of-health-centre"),
]


@pytest.mark.parametrize(("text", "junk"), GOALS)
def test_no_body_for_a_goal_or_a_kind(text: str, junk: str) -> None:
    assert junk not in _orgs(text)


BODIES = [
    pytest.param(
        "北京市建设工程质量检测中心主任王明出席。", "北京市建设工程质量检测中心", id="a-city-s-testing-centre"
    ),
    pytest.param("王明参观了北京市建设工程质量检测中心。", "北京市建设工程质量检测中心", id="the-same-visited"),
    pytest.param("国家小麦改良中心主任王明出席。", "国家小麦改良中心", id="a-national-centre"),
    pytest.param("北京市老年服务中心主任王明出席。", "北京市老年服务中心", id="a-city-s-service-centre"),
    pytest.param("东城区社区卫生服务中心主任王明出席。", "东城区社区卫生服务中心", id="a-district-s-health-centre"),
    pytest.param("中国建设银行数据中心主任王明出席。", "中国建设银行", id="a-bank-with-jianshe"),
]


@pytest.mark.parametrize(("text", "org"), BODIES)
def test_named_bodies_stay(text: str, org: str) -> None:
    assert org in _orgs(text)


LUNAR = [
    pytest.param(
        "正月初三，市公安局副局长张立到人民公园检查了灯会的安全保卫工作。", "2011-02-08", "2011-02-05", id="first-month"
    ),
    pytest.param(
        "腊月二十八，副市长李明到北京市检查了春运工作。", "1998-01-27", "1998-01-26", id="last-month-year-before"
    ),
    pytest.param("二月初二，副市长李明到郊区检查了春耕工作。", "2011-03-08", "2011-03-06", id="numbered-month-chu"),
]


@pytest.mark.parametrize(("sentence", "published", "day"), LUNAR)
def test_lunar_days(sentence: str, published: str, day: str) -> None:
    page = f"标题\n\n发布时间：{published}\n发布人：-某某晚报\n本报讯（记者 王华）{sentence}"
    assert [e.date for e in extract_page(page, source_name="eb_x.txt").events] == [day]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("二月二十八日，双方签约。", id="a-solar-day-with-ri"),
        pytest.param("正月里，大家走亲访友。", id="a-lunar-month-alone"),
        pytest.param("今年二月，王明到此考察。", id="a-solar-month"),
    ],
)
def test_no_lunar_day(text: str) -> None:
    from kgqa.extract.numbers import find_dates

    assert not any(len(iso) == 10 and iso != "2011-02-28" for *_, iso in find_dates(text, ref_date="2011-03-08"))
