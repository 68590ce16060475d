"""Rows of made-up sentences for what session 43's extraction helpers left (issue 10), with the lead's rulings of
session 44: organisation types (a national 总会 an association, a 人武部 other, a lottery centre other), an event's venue
written before 出席/参加, games and an expo named by a city no organisation, an expo's site and a park inside a zone no
zone, a zone's industry holding 和 kept whole when the list's count says so; near-misses beside each."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str):
    return extract_page("标题\n\n" + text, source_name="xwlb_20250101.txt")


def _types(text: str) -> dict[str, str]:
    return {o.name: o.type for o in _page(text).organizations}


TYPES = [
    pytest.param("中国轻工总会会长王强出席了会议。", "中国轻工总会", "association", id="a-national-zonghui"),
    pytest.param("中国纺织总会副会长李刚讲话。", "中国纺织总会", "association", id="a-national-zonghui-2"),
    pytest.param("宁远县人民武装部部长李刚出席。", "宁远县人民武装部", "other", id="a-county-armed-forces-dept"),
    pytest.param("宜昌市西陵区人武部政委张军出席。", "宜昌市西陵区人武部", "other", id="a-district-renwubu-short"),
    pytest.param("宁远县武装部部长李刚出席。", "宁远县武装部", "other", id="a-county-wuzhuangbu"),
    pytest.param(
        "国家体育总局体育彩票管理中心主任王强出席。", "国家体育总局体育彩票管理中心", "other", id="a-lottery-centre"
    ),
    pytest.param("省福利彩票发行中心主任张华表示。", "省福利彩票发行中心", "other", id="a-lottery-issuing-centre"),
    # near-misses: other departments ending in 部 stay government, a party department stays party_committee
    pytest.param("宁远县人民政府办公室主任李刚出席。", "宁远县人民政府办公室", "government", id="near-a-county-office"),
    pytest.param(
        "中共宁远县委组织部部长李刚出席。", "中共宁远县委组织部", "party_committee", id="near-an-organisation-dept"
    ),
]


@pytest.mark.parametrize(("text", "name", "typ"), TYPES)
def test_org_type(text: str, name: str, typ: str) -> None:
    assert _types(text).get(name) == typ


def _places(text: str) -> list[str | None]:
    return [e.location for e in _page(text).events]


VENUES = [
    pytest.param("王强总理昨晚在北京饭店出席了新春招待会。", "北京饭店", id="a-hotel-before-chuxi"),
    pytest.param("王强今天在香格里拉大酒店参加了投资洽谈会。", "香格里拉大酒店", id="a-hotel-before-canjia"),
    pytest.param("王强昨天在市会议中心出席了表彰大会。", "市会议中心", id="a-conference-centre-before-chuxi"),
    # near-misses: a city before 出席 stays the city, a held meeting keeps its venue, a time is no venue
    pytest.param("王强昨天在上海出席了招待会。", "上海市", id="near-a-city-before-chuxi"),
    pytest.param("省政府今天在锦江宾馆举行新闻发布会。", "锦江宾馆", id="near-a-hotel-before-juxing"),
    pytest.param("王强在百忙之中出席了招待会。", None, id="near-a-time-before-chuxi"),
]


@pytest.mark.parametrize(("text", "place"), VENUES)
def test_event_venue(text: str, place: str | None) -> None:
    assert _places(text)[0] == place


def test_hotel_named_only_as_venue_no_body() -> None:
    assert "香格里拉大酒店" not in _types("王强今天在香格里拉大酒店参加了投资洽谈会。")


def test_hotel_as_actor_stays() -> None:
    assert _types("香格里拉大酒店总经理王强出席了招待会。").get("香格里拉大酒店") == "company"


NO_BODY = [
    pytest.param("黑龙江省正在筹备哈尔滨亚冬会，王强表示，亚冬会将带动冰雪经济。", "哈尔滨亚冬会", id="games-by-city"),
    pytest.param("王强表示，沈阳全运会将于8月开幕。", "沈阳全运会", id="national-games-by-city"),
    pytest.param("王强表示，昆明世博会吸引了大批游客。", "昆明世博会", id="an-expo-by-city"),
    pytest.param("上海市长王强今日在上海世博园区宣布志愿者招募启动。", "上海世博园区", id="an-expo-site-no-zone"),
    pytest.param("株洲高新区管委会主任王强在栗雨工业园启动了路灯改造工程。", "栗雨工业园", id="a-park-inside-a-zone"),
]


@pytest.mark.parametrize(("text", "junk"), NO_BODY)
def test_no_body(text: str, junk: str) -> None:
    assert junk not in _types(text)


BODIES = [
    pytest.param("上海世博会事务协调局局长王强出席。", "上海世博会事务协调局", id="near-an-expo-bureau"),
    pytest.param("北京奥运会组委会主席王强出席。", "北京奥运会组委会", id="near-a-games-committee"),
    pytest.param(
        "湘阴工业园管委会主任王强说，湘阴工业园产值增长。", "湘阴工业园", id="near-a-park-named-by-its-county"
    ),
    pytest.param(
        "株洲高新区管委会主任王强说，栗雨工业园区产值增长。", "栗雨工业园区", id="near-a-park-written-as-a-zone"
    ),
    pytest.param(
        "栗雨工业园管委会主任王强出席。株洲高新区和栗雨工业园签约。", "栗雨工业园", id="near-a-park-with-its-committee"
    ),
    pytest.param(
        "青河高新区重点项目开工仪式在明辉开发区永丰工业园举行。",
        "明辉开发区永丰工业园",
        id="near-a-park-written-after-its-zone",
    ),
    pytest.param(
        "泉州市高新区负责人说，晋江市和长汀县共建的晋江（长汀）工业园产值增长。",
        "晋江（长汀）工业园",
        id="near-a-park-named-by-places-of-the-article",
    ),
]


@pytest.mark.parametrize(("text", "name"), BODIES)
def test_body_stays(text: str, name: str) -> None:
    assert name in _types(text)


def _industries(text: str) -> list[str]:
    return [i for z in _page(text).development_zones for i in z.industries]


INDUSTRIES = [
    pytest.param(
        "青山经济技术开发区已形成新能源汽车、生物医药和大健康、机器人和智能制造三大主导产业。",
        ["新能源汽车", "生物医药和大健康", "机器人和智能制造"],
        id="counted-list-last-item-with-he",
    ),
    pytest.param(
        "青山经济技术开发区已形成新能源汽车、机器人和智能制造两大主导产业。",
        ["新能源汽车", "机器人和智能制造"],
        id="counted-two-last-item-with-he",
    ),
    # near-misses: the count says the last part is two, or no count is told
    pytest.param(
        "青山经济技术开发区重点发展新能源汽车、生物医药和智能制造三大产业。",
        ["新能源汽车", "生物医药", "智能制造"],
        id="near-count-splits-the-last",
    ),
    pytest.param(
        "青山经济技术开发区重点发展新能源汽车、生物医药和智能制造等产业。",
        ["新能源汽车", "生物医药", "智能制造"],
        id="near-no-count",
    ),
]


@pytest.mark.parametrize(("text", "want"), INDUSTRIES)
def test_zone_industries(text: str, want: list[str]) -> None:
    assert _industries(text) == want


def _signings(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date, tuple(e.organizations)) for e in _page(text).events if e.kind == "signing"]


def test_planned_signing_of_others_stays_apart() -> None:
    text = (
        "苏宁华强集团、扬州明辉公司将与台湾宏达电子、华美电脑进行采购签约仪式。"
        "16日，南京市人民政府与台湾贸易协会签署了合作备忘录。"
    )
    got = _signings(text)
    assert len(got) == 2
    assert (None, ("苏宁华强集团", "扬州明辉公司")) in [(d, o[:2]) for d, o in got]


def test_planned_signing_then_its_own_day_one_event() -> None:
    # near-miss: the plan and the dated signing of the same parties (双方) stay one event
    got = _signings("南京华强集团将与扬州明辉公司举行签约仪式。16日，双方签署了合作协议。")
    assert len(got) == 1 and got[0][0] is not None


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(q.title, q.org) for q in p.posts] for p in _page(text).persons}


ANAPHORS = [
    pytest.param(
        "王强来到宁远县第一中学调研，该校校长李刚介绍了情况。",
        "李刚",
        ("校长", "宁远县第一中学"),
        id="this-school-a-middle-school",
    ),
    pytest.param(
        "王强来到湖南理工大学调研，随后来到宁远县第一中学，该校校长李刚说。",
        "李刚",
        ("校长", "宁远县第一中学"),
        id="this-school-the-last-named",
    ),
    # near-misses: a school named 学校 and a company keep working
    pytest.param(
        "会上，宁远县驾驶员培训学校与湘南学院签订了协议。该校校长李刚和湘南学院副院长张华在协议上签字。",
        "李刚",
        ("校长", "宁远县驾驶员培训学校"),
        id="near-this-school-not-a-college",
    ),
    pytest.param(
        "王强来到宁远县职业技术学校调研，该校校长李刚介绍了情况。",
        "李刚",
        ("校长", "宁远县职业技术学校"),
        id="near-this-school-a-xuexiao",
    ),
    pytest.param(
        "王强来到宏达机械有限公司调研。该公司总经理李刚介绍了生产情况。",
        "李刚",
        ("总经理", "宏达机械有限公司"),
        id="near-this-company",
    ),
]


@pytest.mark.parametrize(("text", "name", "post"), ANAPHORS)
def test_anaphor_body(text: str, name: str, post: tuple[str, str]) -> None:
    assert post in _posts(text)[name]


JOINED = [
    pytest.param("江城市科学技术与信息化局局长王强出席。", "江城市科学技术与信息化局", id="fields-joined-by-yu"),
    pytest.param("江城市交通运输及物流管理局局长王强出席。", "江城市交通运输及物流管理局", id="fields-joined-by-ji"),
    pytest.param("建设部住宅与房地产研究处处长王强出席。", "建设部住宅与房地产研究处", id="a-division-joined-by-yu"),
    # near-miss: a name joined by 和 that was whole before stays whole
    pytest.param(
        "宁远县卫生和计划生育委员会主任王强出席。", "宁远县卫生和计划生育委员会", id="near-a-listed-joined-name"
    ),
]


@pytest.mark.parametrize(("text", "name"), JOINED)
def test_body_joined_whole(text: str, name: str) -> None:
    assert name in _types(text)
