"""Step `zones`: zone names, short forms and industries (made-up sentences)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def zones(text: str) -> dict[str, list[str]]:
    return {z.name: z.industries for z in extract_page(text).development_zones}


@pytest.mark.parametrize(
    "text,name,industries",
    [
        (
            "他说，大同高新区围绕新一代电子信息、光伏光电、生物医药与大健康等三大主导产业，延链补链。",
            "大同高新技术产业开发区",
            ["新一代电子信息", "光伏光电", "生物医药与大健康"],
        ),
        (
            "大家认为朔州经开区立足“先进装备制造、新材料”两大产业，谋划项目。",
            "朔州经济技术开发区",
            ["先进装备制造", "新材料"],
        ),
        ("助推孝义经济开发区氢能全产业链发展。", "孝义经济开发区", ["氢能"]),
        ("运城现代农业产业示范区召开会议。", "运城现代农业产业示范区", ["现代农业"]),
        (
            "今年绵阳高新技术产业开发区引进项目23个，电子信息、新材料和生物医药三大主导产业实现产值285亿元。",
            "绵阳高新技术产业开发区",
            ["电子信息", "新材料", "生物医药"],
        ),
    ],
    ids=["weirao-list", "lizu-quoted", "zone-industry-chain", "industry-in-name", "clause-opening-numbered-list"],
)
def test_zone_industries(text, name, industries):
    got = zones(text)
    assert name in got and got[name] == industries


def test_short_and_full_merge():
    got = zones("朔州经济开发区获评称号。近年来，朔州经开区坚持创建。")
    assert list(got) == ["朔州经济开发区"]


@pytest.mark.parametrize(
    "text,name,industries",
    [
        (
            "县长主持召开平遥经济技术开发区专题会议，研究讨论氢能产业化发展模式，努力打造高端制造产业集群。",
            "平遥经济技术开发区",
            ["氢能", "高端制造"],
        ),
        ("大同高新区召开会议。会议要求，加快发展储能产业。", "大同高新技术产业开发区", ["储能"]),
        (
            "今天，南沙综合保税区通过验收。这是首个知识型综保区，将联动湾区芯片产业园等，重点围绕科技创新、研发设计等新型产业开展业务。",
            "南沙综合保税区",
            ["科技创新", "研发设计"],
        ),
        (
            "南沙综合保税区将重点围绕科技创新、研发设计等技术密集型产业开展业务。",
            "南沙综合保税区",
            ["科技创新", "研发设计", "技术密集型产业"],
        ),
    ],
    ids=[
        "industrialise-and-cluster",
        "develop-x-in-the-zones-article",
        "this-is-the-article-zone",
        "kind-of-industry-after-deng",
    ],
)
def test_zone_industries_stated_indirectly(text, name, industries):
    got = zones(text)
    assert name in got and got[name] == industries


def test_zone_named_by_its_kind_is_no_zone():
    assert "知识型综合保税区" not in zones("今天，南沙综合保税区通过验收。这是首个知识型综保区。")


def test_generic_development_is_no_industry():
    got = zones("大同高新区召开会议。会议要求，大力发展特色产业。")
    assert got["大同高新技术产业开发区"] == []


def members(text: str) -> dict[str, list[str]]:
    return {z.name: z.members for z in extract_page(text).development_zones}


@pytest.mark.parametrize(
    "text,zone,expected",
    [
        (
            "命名为“华飞材料有限公司”的合资企业，将落户于天津市滨海高新技术产业开发区内。",
            "天津市滨海高新技术产业开发区",
            ["华飞材料有限公司"],
        ),
        (
            "主任王明在东湖工业园区调研。调研中，王明在环保产业园、华光新能源科技有限公司，详细了解情况。",
            "东湖工业园区",
            ["环保产业园", "华光新能源科技有限公司"],
        ),
    ],
    ids=["settles-in", "visited-on-a-tour-of-the-zone"],
)
def test_zone_members(text, zone, expected):
    assert members(text)[zone] == expected


def test_company_merely_named_near_a_zone_is_no_member():
    got = members("华光新能源科技有限公司与东湖工业园区签订协议。")
    assert got.get("东湖工业园区", []) == []


@pytest.mark.parametrize(
    "text,name,industries",
    [
        (
            "大同高新区新开工20个项目\n\n3月5日，大同高新区举行开工仪式。此次开工的项目涵盖了新材料、电子信息、生物医药等多种产业类型。",
            "大同高新技术产业开发区",
            ["新材料", "电子信息", "生物医药"],
        ),
        (
            "市政府召开会议\n\n3月5日，大同高新区举行开工仪式。此次开工的项目涵盖了新材料、电子信息、生物医药等多种产业类型。",
            "大同高新技术产业开发区",
            [],
        ),
        ("晋城市光伏开发区召开会议。", "晋城市光伏开发区", ["光伏"]),
        ("长治海洋高科技开发区召开会议。", "长治海洋高科技开发区", ["海洋高科技"]),
        (
            "今天，合肥新能源产业示范区揭牌。示范区以储能电池、光伏组件为主导产业。",
            "合肥新能源产业示范区",
            ["储能电池", "光伏组件"],
        ),
    ],
    ids=[
        "covered-list-in-zone-article",
        "covered-list-article-not-about-a-zone",
        "industry-before-kaifaqu",
        "industry-before-kaifaqu-long",
        "the-texts-own-list-not-the-names-word",
    ],
)
def test_zone_industries_of_the_article_zone_and_its_name(text, name, industries):
    got = zones(text)
    assert name in got and got[name] == industries


@pytest.mark.parametrize(
    "text,name,industries",
    [
        pytest.param(
            "甲乙高新区聚焦新型显示、集成电路和新能源汽车三大主导产业。",
            "甲乙高新技术产业开发区",
            ["新型显示", "集成电路", "新能源汽车"],
            id="last-two-joined-by-he",
        ),
        pytest.param(
            "丙丁经济技术开发区以汽车及零部件、光伏和装备制造为主导产业。",
            "丙丁经济技术开发区",
            ["汽车及零部件", "光伏", "装备制造"],
            id="yi-list-wei-leading",
        ),
        pytest.param(
            "戊己经济开发区管委会主任介绍，园区重点发展轨道交通装备、新材料和生物医药产业。",
            "戊己经济开发区",
            ["轨道交通装备", "新材料", "生物医药"],
            id="focus-develop-list",
        ),
        pytest.param(
            "庚辛经济技术开发区已形成家电、石化、机械三大支柱产业。",
            "庚辛经济技术开发区",
            ["家电", "石化", "机械"],
            id="has-formed-pillars",
        ),
        pytest.param(
            "甲乙保税港区今天通过验收。该保税港区重点发展港口物流、石化和粮油加工产业。",
            "甲乙保税港区",
            ["港口物流", "石化", "粮油加工"],
            id="this-bonded-port-area-subject",
        ),
        pytest.param(
            "甲乙高新区今天举行推介会。该高新区聚焦生物医药、新材料和电子信息产业。",
            "甲乙高新技术产业开发区",
            ["生物医药", "新材料", "电子信息"],
            id="this-hi-tech-zone-subject",
        ),
        pytest.param(
            "丙丁出口加工区重点发展电子信息、精密机械和物流产业。",
            "丙丁出口加工区",
            ["电子信息", "精密机械", "物流"],
            id="export-processing-zone",
        ),
        pytest.param(
            "戊己出口加工区日前升级为戊己综合保税区。综合保税区将重点发展笔记本电脑、平板显示、精密机械等产业。",
            "戊己综合保税区",
            ["笔记本电脑", "平板显示", "精密机械"],
            id="kind-opening-sentence-is-last-zone-of-kind",
        ),
        pytest.param(
            "项目在重庆西永微电子产业园区开工，西永微电子产业园区目前已集聚集成电路、笔记本电脑和通信设备等产业。",
            "重庆西永微电子产业园区",
            ["集成电路", "笔记本电脑", "通信设备"],
            id="industries-a-zone-has-gathered",
        ),
        pytest.param(
            "丙丁工业园区以铝加工和装备制造为主导产业。",
            "丙丁工业园区",
            ["铝加工", "装备制造"],
            id="two-taken-as-its-own-joined-by-he",
        ),
        pytest.param(
            "甲公司拟投资3亿元在戊己工业园区建设维修基地，该园区以汽车和摩托车零部件为主的产业格局已经形成。",
            "戊己工业园区",
            ["汽车", "摩托车零部件"],
            id="two-of-this-park-joined-by-he",
        ),
        pytest.param(
            "伽师县工业园区以纺织服装和农副产品加工为主导产业，已有12家企业入驻。",
            "伽师县工业园区",
            ["纺织服装", "农副产品加工"],
            id="two-industries-joined-by-he-as-the-zones-own",
        ),
    ],
)
def test_zone_industry_lists_in_more_wordings(text, name, industries):
    got = zones(text)
    assert name in got and got[name] == industries


def zone_aliases(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract_page(text).organizations if o.type == "development_zone"}


@pytest.mark.parametrize(
    "text,name,alias",
    [
        pytest.param("甲公司项目在东湖科技城开工。", "东湖科技城", None, id="science-city"),
        pytest.param("乙公司在松江汽车城投资建厂。", "松江汽车城", None, id="auto-city"),
        pytest.param("丙公司与锦州石化新城管委会签约。", "锦州石化新城", None, id="new-city-of-a-place"),
        pytest.param("开工仪式在东湖开发区光谷工业园举行。", "东湖开发区光谷工业园", "光谷工业园", id="park-in-a-zone"),
        pytest.param("丁项目在花溪汽车城赤水园区奠基。", "花溪汽车城", None, id="zone-holding-a-park"),
        pytest.param("丁项目在花溪汽车城赤水园区奠基。", "花溪汽车城赤水园区", "赤水园区", id="park-of-a-city-zone"),
        pytest.param(
            "兰州高新区召开会议。戊项目在高新区西固园区开工建设。", None, "西固园区", id="park-of-the-zone-told"
        ),
        pytest.param("甲公司在福州台商投资区投资建厂。", "福州台商投资区", None, id="taiwan-investors-zone"),
    ],
)
def test_zones_of_cities_and_parks_inside_zones(text, name, alias):
    got = zone_aliases(text)
    if name is None:
        assert any(alias in a for a in got.values()), got
    else:
        assert name in got and (alias is None or alias in got[name]), got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("他在新城工作多年。", id="new-town-alone"),
        pytest.param("盐城市召开会议。", id="city-name-with-cheng"),
        pytest.param("全市各园区项目开工。", id="parks-of-a-city"),
        pytest.param("开展环境美化行动，建设宜居新城。", id="a-new-town-to-build"),
        pytest.param("以智能新城建设的新成效赋能治理。", id="a-new-town-as-a-goal"),
    ],
)
def test_no_zone_of_a_word_ending_like_one(text):
    assert zone_aliases(text) == {}


def test_a_zone_kind_written_alone_stands_for_the_zone_of_that_kind():
    """甲高新技术产业开发区举行乙产业园项目开工仪式…高新区党工委书记丙: 高新区 is 甲's zone (not the park named after it), and
    the groundbreaking the zone holds is in the zone, its builder told after it or not."""
    text = (
        "标题\n\n发布时间：2011-09-22\n昨日上午，醴陵高新技术产业开发区举行瓷谷陶瓷产业园项目开工仪式。项目由湖南瓷谷新材料"
        "有限公司投资建设。醴陵市市长龚立平宣布项目开工，高新区党工委书记贺湘军致辞。"
    )
    facts = extract_page(text)
    posts = {(x.name, p.org) for x in facts.persons for p in x.posts}
    assert ("贺湘军", "中共醴陵高新技术产业开发区工作委员会") in posts
    assert [(e.kind, e.location) for e in facts.events] == [("groundbreaking", "醴陵高新技术产业开发区")]


# b22 probe: 形成以A、B和C为主的三大支柱产业 (形成 leads no list that opens with 以), 重点培育A、B和C三大产业集群
@pytest.mark.parametrize(
    "text,name,industries",
    [
        pytest.param(
            "本报讯 嘉兴经济技术开发区已形成以光伏、汽车配件和纺织为主的三大支柱产业。",
            "嘉兴经济技术开发区",
            ["光伏", "汽车配件", "纺织"],
            id="formed-with-a-list-opening-with-yi",
        ),
        pytest.param(
            "本报讯 今年以来，马鞍山经济技术开发区重点培育装备制造、电子信息和食品加工三大产业集群。",
            "马鞍山经济技术开发区",
            ["装备制造", "电子信息", "食品加工"],
            id="fostering-three-clusters",
        ),
    ],
)
def test_b22_zone_industries(text, name, industries):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries


# b26 probe: a zone referred back to by its kind word alone (试验区, 自贸试验区) opening a clause of the list's sentence,
# after a speaker (甲介绍，试验区涵盖…，重点发展A、B和C三大产业)
@pytest.mark.parametrize(
    "text,name,industries",
    [
        pytest.param(
            "本报讯 中国（湖南）自由贸易试验区昨日召开推进会。省长甲某介绍，试验区涵盖长沙、岳阳两个片区，"
            "重点发展先进制造、跨境电商和现代物流三大产业。",
            "中国（湖南）自由贸易试验区",
            ["先进制造", "跨境电商", "现代物流"],
            id="trial-zone-after-a-speaker",
        ),
        pytest.param(
            "本报讯 中国（湖南）自由贸易试验区昨日召开推进会。自贸试验区重点发展航运物流、金融服务和数字贸易三大产业。",
            "中国（湖南）自由贸易试验区",
            ["航运物流", "金融服务", "数字贸易"],
            id="ftz-short-kind-opening",
        ),
    ],
)
def test_b26_zone_industries_of_a_zone_told_by_its_kind(text, name, industries):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries


# b34 probe: a zone named as a 综合开发试验区, and industries told with their kind first (主导产业为A、B和C)
@pytest.mark.parametrize(
    "text,name,industries",
    [
        pytest.param(
            "本报讯 江城新站综合开发试验区是省级开发区，主导产业为新型平板显示、光伏和汽车零部件，区内企业30余家。",
            "江城新站综合开发试验区",
            ["新型平板显示", "光伏", "汽车零部件"],
            id="comprehensive-development-trial-zone-its-leading-industries-told-first",
        ),
        pytest.param(
            "本报讯 江城经济开发区支柱产业是纺织服装、电子信息和食品加工。",
            "江城经济开发区",
            ["纺织服装", "电子信息", "食品加工"],
            id="pillar-industries-told-first",
        ),
    ],
)
def test_probe34_zone_industries_told_with_their_kind_first(text, name, industries):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries


# b37 probe: 该区 opening a later clause of the list's sentence is the zone named last before that clause
@pytest.mark.parametrize(
    "text,name,industries,other",
    [
        pytest.param(
            "本报讯 甲公司位于宁波杭州湾新区，乙公司位于嘉兴秀洲高新技术产业开发区，该区以光伏新能源、新材料和高端装备为主导产业。",
            "嘉兴秀洲高新技术产业开发区",
            ["光伏新能源", "新材料", "高端装备"],
            "宁波杭州湾新区",
            id="this-zone-after-two-zones-in-one-sentence",
        ),
        pytest.param(
            "本报讯 甲公司落户嘉兴秀洲高新技术产业开发区。乙部长昨天考察了宁波杭州湾新区。该区已形成汽车、石化和家电三大主导产业。",
            "宁波杭州湾新区",
            ["汽车", "石化", "家电"],
            "嘉兴秀洲高新技术产业开发区",
            id="this-zone-opening-a-sentence-after-one-zone-told",
        ),
        pytest.param(
            "本报讯 乙部长昨天考察了嘉兴秀洲高新技术产业开发区的星海产业园，该区以光伏新能源、新材料和高端装备为主导产业。",
            "嘉兴秀洲高新技术产业开发区",
            ["光伏新能源", "新材料", "高端装备"],
            "星海产业园",
            id="probe40-this-zone-is-the-zone-not-the-park-inside-it",
        ),
        pytest.param(
            "本报讯 甲公司落户嘉兴秀洲高新技术产业开发区。乙局长介绍，宁波杭州湾新区以汽车和石化为主导产业。",
            "宁波杭州湾新区",
            ["汽车", "石化"],
            "嘉兴秀洲高新技术产业开发区",
            id="probe40-a-zone-written-in-the-lists-clause-after-a-speaker",
        ),
    ],
)
def test_probe37_this_zone_opening_a_clause_is_the_zone_named_last(text, name, industries, other):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries
    assert not got.get(other)


# b45 probe: zones named by 示范园 (an ecological or farming demonstration park) and 技术密集区 (a Spark technology zone),
# with their 管委会, and zones told by their kind word alone (合作区, 密集区, 物流园区) opening the list's sentence or clause
@pytest.mark.parametrize(
    "text,name,industries",
    [
        pytest.param(
            "本报讯 昨天，宜春现代生态农业示范园开园。示范园以茶叶种植、有机蔬菜和休闲农业为主导产业。",
            "宜春现代生态农业示范园",
            ["茶叶种植", "有机蔬菜", "休闲农业"],
            id="demonstration-park",
        ),
        pytest.param(
            "本报讯 湖州市星火技术密集区今天通过验收。密集区以丝绸、竹木加工和小五金为支柱产业。",
            "湖州市星火技术密集区",
            ["丝绸", "竹木加工", "小五金"],
            id="spark-technology-zone-told-by-its-kind",
        ),
        pytest.param(
            "本报讯 东兴边境经济合作区今天举行推介会。合作区以海产品加工、红木家具和跨境电商为主导产业。",
            "东兴边境经济合作区",
            ["海产品加工", "红木家具", "跨境电商"],
            id="cooperation-zone-told-by-its-kind",
        ),
        pytest.param(
            "本报讯 钦州港口物流园区今天举行推介会。据介绍，物流园区以集装箱物流、粮油物流和冷链物流为主导产业。",
            "钦州港口物流园区",
            ["集装箱物流", "粮油物流", "冷链物流"],
            id="logistics-park-told-by-its-kind-after-a-speaker",
        ),
    ],
)
def test_probe45_zones_named_and_told_by_their_kind(text, name, industries):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries


def test_probe45_demonstration_park_committee_is_the_parks():
    doc = extract_page("标题\n\n本报讯 昨天，宜春现代生态农业示范园开园。示范园管委会主任刘明华介绍了园区情况。")
    names = {o.name for o in doc.organizations}
    assert "宜春现代生态农业示范园管理委员会" in names


# b45 probe: a park the sentence opens with by its kind, said to lie in another zone (产业园位于甲高新区，以…为主导产业):
# the list is the park's, not the zone it lies in
@pytest.mark.parametrize(
    "text,name,industries,other",
    [
        pytest.param(
            "本报讯 大连软件和服务外包产业园昨天签约8个项目。产业园位于大连高新技术产业园区，以软件开发、呼叫中心和动漫设计为主导产业。",
            "大连软件和服务外包产业园",
            ["软件开发", "呼叫中心", "动漫设计"],
            "大连高新技术产业园区",
            id="park-lying-in-a-zone",
        ),
    ],
)
def test_probe45_a_park_said_to_lie_in_a_zone_keeps_its_list(text, name, industries, other):
    got = zones("标题\n\n" + text)
    assert got.get(name) == industries
    assert not got.get(other)
