"""Rows of made-up sentences for the general patterns behind the misses of probe batch b48 (agriculture, rural affairs,
energy and resources; bench/data/pattern_probe_b48.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.agreements import clean_kind

KINDS_WITH_A_QUANTITY_BEFORE = [
    pytest.param("了3万亩制种订单收购合同", "制种订单收购合同", id="mu-of-land"),
    pytest.param("了５０万吨稻谷购销合同", "稻谷购销合同", id="full-width-tons"),
    pytest.param("了1.5万吨化肥供应合同", "化肥供应合同", id="decimal-tons"),
    pytest.param("了20年期购售电合同", "购售电合同", id="digit-years-term"),
    pytest.param("了200万千瓦时供电合同", "供电合同", id="kilowatt-hours"),
    pytest.param("了8000公斤种子购销协议", "种子购销协议", id="kilograms"),
]


@pytest.mark.parametrize("obj,kind", KINDS_WITH_A_QUANTITY_BEFORE)
def test_probe48_a_quantity_before_the_kind_is_no_part_of_it(obj, kind):
    """A quantity of land, weight, energy or a term in years written before an agreement noun (签订了3万亩制种订单收购合同,
    20年期购售电合同) says how much, not what kind (agreement_kinds.yaml kind_prefix_drop, as amounts and counts
    already; b48 probe: four kinds kept their 3万亩/５０万吨/20年期/1万亩)."""
    assert clean_kind(obj) == kind


GRID_AND_WATER_LAUNCHES = [
    pytest.param(
        "今天（6月12日），甲乙新能源有限公司某地200万千瓦光伏基地全容量并网发电仪式在某地举行。国家能源局副局长张一明出席仪式。",
        "xwlb_2025-06-12-003.txt",
        ("launch", "2025-06-12", ["张一明"]),
        id="grid-ceremony-named-as-subject",
    ),
    pytest.param(
        "本报某地５月６日讯 总投资１．２亿元的某县甲乙灌区续建配套工程昨天竣工通水。副省长陈一新出席典礼并剪彩。",
        "pd1998_19980507-02-004.txt",
        ("launch", "1998-05-05", ["陈一新"]),
        id="water-project-into-service-on-a-day",
    ),
]


@pytest.mark.parametrize("text,name,wanted", GRID_AND_WATER_LAUNCHES)
def test_probe48_a_grid_connection_ceremony_or_water_project_into_service_is_a_launch(text, name, wanted):
    """A grid-connection ceremony named as its sentence's subject (…并网发电仪式在甲地举行) and a water project put into
    service on a day told (工程昨天竣工通水) are launches, as 竣工投产 and 顺利并网发电 already (event_kinds.yaml launch
    triggers; b48 probe: both missed)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert wanted in [(e.kind, e.date, e.participants) for e in got]


FEDERATIONS_OF_CREDIT_COOPERATIVES = [
    pytest.param(
        "新华网南昌3月2日电 中国农业银行江西省分行昨日与江西省农村信用社联合社签署了支农资金代理结算合作协议。",
        "cnews_x.txt",
        ("江西省农村信用社联合社", "bank"),
        id="provincial-federation-signs",
    ),
    pytest.param(
        "本报讯 昨天，乙市农村信用社联合社与丙丁农业开发有限公司签订了贷款合同。",
        "eb_x.txt",
        ("乙市农村信用社联合社", "bank"),
        id="city-federation-signs",
    ),
]


@pytest.mark.parametrize("text,name,wanted", FEDERATIONS_OF_CREDIT_COOPERATIVES)
def test_probe48_a_federation_of_credit_cooperatives_is_one_bank(text, name, wanted):
    """A 农村信用社联合社 (the federation of a province's or a city's credit cooperatives) is one bank named whole, as a
    信用合作联社 already (org_suffixes.yaml bank; b48 probe: cut to 安徽省农村信用社, its agreement's party lost)."""
    if name.startswith("eb"):
        text = "发布时间：2011-05-13\n发布人：-某某日报\n" + text
    got = extract_page("标题\n\n" + text, source_name=name)
    assert wanted in [(o.name, o.type) for o in got.organizations]


TEAMS_LED_TO_CHECK = [
    pytest.param(
        "新华网石家庄11月21日电（记者 王一）国土资源部某中心主任刘一强率检查组昨日到河北省邢台市，对某县土地整治重大工程进行年度检查。"
        "河北省副省长宋一国陪同检查。",
        "cnews_x.txt",
        ("inspection", "2009-11-20"),
        id="team-led-to-a-city-then-checks-a-project",
    ),
    pytest.param(
        "本报讯 昨天，江西省农业厅副厅长陈一明带领督导组到于都县，督导春耕备耕。",
        "eb_x.txt",
        ("inspection", "2011-05-12"),
        id="supervision-team-led-to-a-county",
    ),
]


@pytest.mark.parametrize("text,name,wanted", TEAMS_LED_TO_CHECK)
def test_probe48_a_team_led_to_a_place_to_check_is_an_inspection(text, name, wanted):
    """A 检查组 or 督导组 someone leads to a place (甲率检查组昨日到乙市，对…进行年度检查) is an inspection (event_kinds.yaml
    inspection triggers; b48 probe: the ministry centre's check of a land-consolidation project missed)."""
    if name.startswith("eb"):
        text = "发布时间：2011-05-13\n发布人：-某某日报\n" + text
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert wanted in [(e.kind, e.date) for e in got]


SHORT_NAMES_WITHOUT_THE_PLACE = [
    pytest.param(
        "新华网石家庄11月21日电（记者 赵一）武邑县人民政府昨日与河北冀丰农业开发有限公司签署了土地流转经营协议。"
        "冀丰农业董事长兼党委书记孙一华表示，公司将种植优质小麦。",
        "cnews_x.txt",
        [("董事长", "河北冀丰农业开发有限公司"), ("党委书记", "河北冀丰农业开发有限公司党委")],
        id="province-before-the-name-development-before-the-ending",
    ),
    pytest.param(
        "本报讯 昨天，于都县人民政府与江西绿洲林业发展有限公司签订了油茶基地建设合同。绿洲林业总经理刘一明介绍了项目。",
        "eb_x.txt",
        [("总经理", "江西绿洲林业发展有限公司")],
        id="province-before-the-name-a-company-post",
    ),
]


@pytest.mark.parametrize("text,name,posts", SHORT_NAMES_WITHOUT_THE_PLACE)
def test_probe48_a_short_name_is_the_company_named_with_its_place_before(text, name, posts):
    """A company's short name without the province its full name opens with and the words before its ending
    (冀丰农业 of 河北冀丰农业开发有限公司) is that company, and its 党委 that company's committee (resolve.py
    _firm_of_bare_name; b48 probe: 冀丰农业 and 冀丰农业党委 left as bodies of their own)."""
    if name.startswith("eb"):
        text = "发布时间：2011-05-13\n发布人：-某某日报\n" + text
    got = extract_page("标题\n\n" + text, source_name=name)
    assert [(q.title, q.org) for p in got.persons for q in p.posts] == posts
