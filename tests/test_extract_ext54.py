"""Rows of made-up sentences for the organisations and bodies ext50, ext51 and real45 left (bench/data/
pattern_probe_b55.yaml's Left: lines, bench/README.md's group_posts paragraph; issue 10, session 40 helper ext54)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


DEPARTMENT_WITH_A_VERB = [
    pytest.param(
        "中新网北京6月12日电 商务部市场运行司司长张一明此前表示，下月将出台新措施。",
        "商务部市场运行司",
        id="market-operation-department-head",
    ),
    pytest.param(
        "中新网北京3月2日电 商务部市场运行司副司长王二强介绍，春节期间重点零售企业销售额增长8%。",
        "商务部市场运行司",
        id="market-operation-deputy-head",
    ),
]


@pytest.mark.parametrize("text,unit", DEPARTMENT_WITH_A_VERB)
def test_ext54_a_ministrys_department_lists_no_parent(text, unit):
    """A ministry's department whose own name holds a verb (市场运行司), the learned recogniser ending the body at the
    ministry, is one body: the ministry is no second organisation beside it (org_generic.yaml department_endings; b55:
    商务部 listed beside 商务部市场运行司)."""
    names = [o.name for o in _page(text, "cnews_x.txt").organizations]
    assert unit in names
    assert unit[:3] not in names


DESIGN_AND_PLANNING_BODIES = [
    pytest.param(
        "本报讯 昨天，北京华远建筑设计咨询有限公司总经理王三立出席了签约仪式。",
        "北京华远建筑设计咨询有限公司",
        id="design-consultancy-firm",
    ),
    pytest.param(
        "本报讯 昨天，宜昌市交通规划设计院有限公司与当阳市人民政府签署合作协议。",
        "宜昌市交通规划设计院有限公司",
        id="planning-and-design-institute-company",
    ),
    pytest.param(
        "本报讯 昨天，宜昌市城市规划管理局局长张一明出席了会议。",
        "宜昌市城市规划管理局",
        id="city-planning-bureau",
    ),
]


@pytest.mark.parametrize("text,body", DESIGN_AND_PLANNING_BODIES)
def test_ext54_design_and_planning_inside_a_name(text, body):
    """设计 and 规划 right before a body's kind (设计咨询有限公司, 规划设计院, 规划管理局) are its trade, no boundary cutting
    the name (org_joined_words.txt; real45: 某建筑设计咨询有限公司 read as 咨询有限公司)."""
    names = [o.name for o in _page(text, "eb_x.txt").organizations]
    assert body in names


BODY_WITH_NO_OWNER = [
    pytest.param("本报讯 昨天，博物馆馆长张一明向来宾介绍了展览情况。", ("张一明", "馆长"), id="bare-museum"),
    pytest.param("本报讯 昨天，警备区司令员李二强出席了座谈会。", ("李二强", "司令员"), id="bare-garrison"),
    pytest.param(
        "本报讯 昨天，该公司董事长王三立表示，今年销售额增长两成。", ("王三立", "董事长"), id="this-company-alone"
    ),
    pytest.param("本报讯 这家银行行长赵四海说，今年将新增贷款。", ("赵四海", "行长"), id="this-bank-alone"),
]


@pytest.mark.parametrize("text,post", BODY_WITH_NO_OWNER)
def test_ext54_a_post_of_no_named_body_has_a_null_body(text, post):
    """A post's body written as a bare kind (博物馆, 警备区: org_generic.yaml generic_names) or as a determiner with no
    body before it to stand for (该公司, 这家银行) is null, and no organisation of the page (real45 and ext51 Left: kept as
    the post's body where the judged real sets write null)."""
    page = _page(text, "eb_x.txt")
    assert [(x.name, q.title, q.org) for x in page.persons for q in x.posts] == [(*post, None)]
    assert page.organizations == []


def test_ext54_this_company_after_a_named_one_is_that_one():
    """The guard of the rows above: 该公司 after a company named in the page is that company's."""
    text = "本报讯 昨天，宜昌华远化工有限公司与当阳市人民政府签约。该公司董事长王三立表示，项目明年投产。"
    page = _page(text, "eb_x.txt")
    assert ("王三立", "董事长", "宜昌华远化工有限公司") in [
        (x.name, q.title, q.org) for x in page.persons for q in x.posts
    ]


FIGURES_SOURCE_ONLY = [
    pytest.param(
        "中新网北京6月12日电 今年1至5月，全国消费品零售总额增长15%。另据海关统计，前5月我国出口同比下降21.8%。",
        id="customs-as-another-source",
    ),
    pytest.param("中新网北京6月12日电 据中国海关统计，去年两国双边贸易额为44亿美元。", id="china-customs-source"),
    pytest.param(
        "中新网北京6月12日电 根据国家统计局的初步统计，上月居民消费价格同比上涨2%。", id="statistics-bureau-preliminary"
    ),
]


@pytest.mark.parametrize("text", FIGURES_SOURCE_ONLY)
def test_ext54_a_source_of_figures_is_no_organisation(text):
    """A body named only as the source of figures (另据海关统计, 根据…的初步统计: org_generic.yaml figures_source_before/after)
    is no organisation of the page (b25 and b55 list none; b55 Left: 海关 listed from 另据海关统计)."""
    assert [o.name for o in _page(text, "cnews_x.txt").organizations] == ["中国新闻网"]


def test_ext54_a_source_of_figures_named_elsewhere_is_still_listed():
    """The guard of the rows above: a body that acts in the page and is also a source of figures stays listed."""
    text = "本报讯 昨天，宜昌市商务局与当阳市商务局签订合作协议。据宜昌市商务局统计，今年全市外贸增长一成。"
    assert "宜昌市商务局" in [o.name for o in _page(text, "eb_x.txt").organizations]


PARTY_UNIT_WRITTEN_ALONE = [
    pytest.param(
        "本报讯 记者从湖北省委政法委获悉，今年全省刑事案件同比下降一成。",
        "中共湖北省委员会政法委员会",
        None,
        id="province-committee-unit-as-a-source",
    ),
    pytest.param(
        "本报讯 昨天，宜昌市委政法委召开全市平安建设工作会议。",
        "中共宜昌市委员会政法委员会",
        None,
        id="city-committee-unit-holds-a-meeting",
    ),
    pytest.param(
        "本报讯 广西壮族自治区党委政法委书记张一明昨天出席了座谈会。",
        "中共广西壮族自治区委员会政法委员会",
        ("张一明", "书记"),
        id="autonomous-region-committee-unit-head",
    ),
]


@pytest.mark.parametrize("text,unit,post", PARTY_UNIT_WRITTEN_ALONE)
def test_ext54_a_party_committees_unit_is_named_in_full(text, unit, post):
    """<place>省委政法委 / 市委政法委 / 自治区党委政法委 written with no title after it, or as an autonomous region's, is
    the committee's unit named in full (中共<place>委员会政法委员会, as b44 and b54 name it after 政法委书记), the written
    form no body of its own (ext51 Left: 省委政法委 kept as a body of its own beside the committee's unit)."""
    page = _page(text, "eb_x.txt")
    names = [o.name for o in page.organizations]
    assert unit in names
    assert not any(n.endswith("政法委") for n in names)
    if post:
        assert (*post, unit) in [(x.name, q.title, q.org) for x in page.persons for q in x.posts]


ZONE_WITH_A_BRACKETED_PLACE = [
    pytest.param(
        "本报讯 昨天，中国（湖北）自由贸易试验区管委会主任张一明说，今年新增企业三百家。",
        "中国（湖北）自由贸易试验区管理委员会",
        id="free-trade-zone-committee",
    ),
    pytest.param(
        "本报讯 昨天，中国（湖北）自由贸易试验区宜昌片区管委会副主任李二强说，片区以生物医药为主导产业。",
        "中国（湖北）自由贸易试验区宜昌片区管理委员会",
        id="free-trade-zone-area-committee",
    ),
]


@pytest.mark.parametrize("text,committee", ZONE_WITH_A_BRACKETED_PLACE)
def test_ext54_a_zones_committee_with_a_bracketed_place_is_one_body(text, committee):
    """A zone's 管委会 whose name holds its province in brackets (中国（湖北）自由贸易试验区管委会) is the zone's 管理委员会,
    the written form its alias and no second body (b54 lists 中国（广西）…片区管理委员会 with the 管委会 as alias)."""
    orgs = _page(text, "eb_x.txt").organizations
    names = [o.name for o in orgs]
    assert committee in names
    assert not any(n.endswith("管委会") for n in names)


REPORTED_TO_A_BODY = [
    pytest.param(
        "宜昌市人民政府关于张一明等同志职务任免的通知\n\n发布时间：2012-05-20\n发布人：-宜昌日报\n"
        "经2012年5月14日市政府第八次常务会议研究决定：\n任命张一明为宜昌市财政局局长；\n免去王三立的宜昌市财政局局长职务。\n"
        "以上同志的工作交接情况报市政府。",
        "eb_1a2b3c4d.txt",
        id="handover-reported-to-the-city-government",
    ),
    pytest.param(
        "本报讯 会议要求，各乡镇要在月底前将整改落实情况报县政府。",
        "eb_x.txt",
        id="rectification-reported-to-the-county-government",
    ),
]


@pytest.mark.parametrize("text,name", REPORTED_TO_A_BODY)
def test_ext54_a_report_sent_to_a_body_is_no_part_of_its_name(text, name):
    """…情况报市政府: 报 the verb of reporting to the body (org_boundaries.txt 情况报), no organisation whose name runs from
    the report's subject (b55 Left: 交接情况报市政府 an organisation)."""
    page = extract_page(text, source_name=name)
    assert not any("情况" in o.name for o in page.organizations)
