"""Rows of made-up sentences for the general patterns behind the misses of probe batch b56 (county, township, street
and village news, universities signing with cities, hospitals and schools opened, a friendly city, roads and a power
station, weighted to page shapes: a person told by post after his first mention, two dates in one story, figures
pieces; bench/data/pattern_probe_b56.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _posts(text: str, name: str) -> dict[str, set[tuple[str, str | None]]]:
    facts = extract_page("标题\n\n" + text, source_name=name)
    return {p.name: {(q.title, q.org) for q in p.posts} for p in facts.persons}


TOWN_POSTS = [
    pytest.param(
        "今天（5月6日），某省现场会在甲市龙游县召开。在大桥乡，乡党委书记张一明、乡长李二强陪同察看了茶园。",
        "xwlb_2025-05-06-001.txt",
        {
            "张一明": {("乡党委书记", "中共龙游县大桥乡委员会")},
            "李二强": {("乡长", "龙游县大桥乡人民政府")},
        },
        id="town-written-alone-after-zai-its-county-named-before",
    ),
    pytest.param(
        "今天（5月6日），某省现场会在龙游县召开。在龙游县石门镇，镇党委书记王三立、镇长赵四平介绍了情况。",
        "xwlb_2025-05-06-002.txt",
        {
            "王三立": {("镇党委书记", "中共龙游县石门镇委员会")},
            "赵四平": {("镇长", "龙游县石门镇人民政府")},
        },
        id="bare-town-head-after-its-county-and-town",
    ),
    pytest.param(
        "本报高密３月４日电 全省乡镇企业座谈会今天在高密市召开。东城镇党委书记兼镇长孙五华在会上发言。",
        "pd1998_19980305-02-001.txt",
        {"孙五华": {("镇党委书记", "中共高密市东城镇委员会"), ("镇长", "高密市东城镇人民政府")}},
        id="town-head-after-jian-in-the-chain",
    ),
    pytest.param(
        "本报讯 记者昨天从市统计局获悉，上半年全市经济平稳。谷城县大河镇镇长周六安说，全镇产值增长两成。",
        "eb_x.txt",
        {"周六安": {("镇长", "谷城县大河镇人民政府")}},
        id="town-head-with-county-and-town-written",
    ),
]


@pytest.mark.parametrize("text,name,want", TOWN_POSTS)
def test_probe56_a_town_head_is_in_the_government_of_the_town_with_its_county(text, name, want):
    """镇长/乡长 are in <county><town>人民政府 and 镇党委/乡党委 posts in 中共<county><town>委员会: of the town written
    with its county, of the chain's town (…镇党委书记兼镇长), or of the town named alone after 在 in the county named
    last before (chain_rules.yaml town_gov, town_party; b56 probe: a 乡长 in the city's government, a 乡党委书记 in
    another town's committee, a 镇长 in the province's)."""
    got = _posts(text, name)
    for person, posts in want.items():
        assert got.get(person) == posts


def test_probe56_a_town_before_its_heads_title_is_no_name():
    """谷城县石花镇镇长X: 石花镇 (a family name and two more characters) before 镇长 is the town, no person."""
    got = _posts("本报讯 昨天，谷城县石花镇镇长钱七林说，全镇产值增长两成。", "eb_x.txt")
    assert set(got) == {"钱七林"}


CHECKED_AFTER_THE_EVENT = [
    pytest.param(
        "发布时间：2011-04-19\n本报讯 昨天上午，甲中学新校区开工建设，市长张一明宣布开工。开工仪式后，张一明一行还检查了新区在建的"
        "市第三人民医院新院区，他要求加快进度。",
        "eb_x.txt",
        ["张一明"],
        id="party-checks-a-site-after-the-ceremony",
    ),
    pytest.param(
        "发布时间：2011-05-10\n本报讯 昨天上午，乙大桥合龙，副市长李二强出席仪式。仪式结束后，李二强还检查了乙新区的两个在建工地。",
        "eb_x.txt",
        ["李二强"],
        id="also-checked-two-sites",
    ),
]


@pytest.mark.parametrize("text,name,who", CHECKED_AFTER_THE_EVENT)
def test_probe56_a_site_checked_after_the_event_told_is_an_inspection(text, name, who):
    """甲一行还检查了… / 甲还检查了…工地 after the event told: an inspection on its day (event_kinds.yaml inspection
    triggers; b56 probe: a mayor's check of a hospital site after a school's groundbreaking lost)."""
    events = extract_page("标题\n\n" + text, source_name=name).events
    got = [e for e in events if e.kind == "inspection"]
    assert len(got) == 1 and got[0].participants == who and got[0].date


def test_probe56_a_bureau_checking_lifts_is_no_inspection():
    """市质监局检查了全市的电梯: a body's routine check, no trip by anyone (the new triggers need 一行 or 还 and a site)."""
    events = extract_page(
        "标题\n\n发布时间：2011-05-10\n本报讯 昨天，市质监局检查了全市的电梯，发现问题12处。", source_name="eb_x.txt"
    ).events
    assert not [e for e in events if e.kind == "inspection"]


TOLD_BY_POST = [
    pytest.param(
        "发布时间：2011-08-24\n本报讯 昨天上午，雁塔区乙街道便民服务中心投入运行。雁塔区委书记张一明、区长李二强为中心揭牌，副市长王三立"
        "出席。\n揭牌仪式后，王三立在该区区长陪同下，检查了乙街道的养老服务站。",
        "eb_x.txt",
        "inspection",
        ["王三立", "李二强"],
        id="escort-told-by-post-only",
    ),
    pytest.param(
        "今天（6月11日），某省现场会在株洲市召开，株洲市委副书记、市长赵立新介绍了情况。随后，副省长孙五华和该市市长考察了株洲市的两家企业。",
        "xwlb_2025-06-11-001.txt",
        "inspection",
        ["孙五华", "赵立新"],
        id="mayor-told-by-post-only-in-a-pair",
    ),
]


@pytest.mark.parametrize("text,name,kind,who", TOLD_BY_POST)
def test_probe56_a_person_told_again_by_post_alone_takes_part(text, name, kind, who):
    """该区区长 / 该市市长 with no name after it is the one person of the page holding that post, a participant of the
    event it takes part in (posts.py _told_by_post; b56 probe: the district head escorting a vice mayor lost)."""
    events = extract_page("标题\n\n" + text, source_name=name).events
    got = [e for e in events if e.kind == kind]
    assert len(got) == 1 and sorted(got[0].participants) == sorted(who)


RUN_BY_A_VILLAGE = [
    pytest.param(
        "本报某地３月４日电 东河村党支部书记、村办企业宏达服装有限公司董事长张一明说，全村去年收入６００万元。",
        "pd1998_19980305-02-001.txt",
        {"张一明": {("党支部书记", "东河村党支部"), ("董事长", "宏达服装有限公司")}},
        id="village-run-business-in-a-chain",
    ),
    pytest.param(
        "本报讯 昨天，乡办企业金丰纺织有限公司总经理李二强介绍，公司今年产值增长三成。",
        "eb_x.txt",
        {"李二强": {("总经理", "金丰纺织有限公司")}},
        id="township-run-business-before-its-company",
    ),
]


@pytest.mark.parametrize("text,name,want", RUN_BY_A_VILLAGE)
def test_probe56_who_runs_a_business_is_no_part_of_its_name(text, name, want):
    """村办企业/乡办企业 before a company's name says who runs it: the name starts after it, and a chain of titles goes
    on past it (org_generic.yaml lead_words, post_rules.yaml body_descriptions; b56 probe: 村办企业华荣制衣有限公司 read
    as one name)."""
    got = _posts(text, name)
    for person, posts in want.items():
        assert got.get(person) == posts


def test_probe56_a_japanese_chamber_and_its_head_in_a_delegation():
    """甲商工会议所会头乙 (a Japanese chamber of commerce and its head), written after 代表团成员、: the chamber an
    association, its head a person and a signer, the trip group no body of his (org_suffixes.yaml 会议所, titles.txt
    会头, post_rules.yaml trip_heads 成员; b56 probe: 唐津商工会 cut short, its head lost)."""
    facts = extract_page(
        "标题\n\n本报某地５月２０日电 同日，代表团成员、宫崎商工会议所会头田中一郎与某市外经贸委主任王三立签订了研修生合作意向书。",
        source_name="pd1998_19980521-04-005.txt",
    )
    orgs = {o.name: o.type for o in facts.organizations}
    assert orgs.get("宫崎商工会议所") == "association"
    posts = {p.name: {(q.title, q.org) for q in p.posts} for p in facts.persons}
    assert posts.get("田中一郎") == {("会头", "宫崎商工会议所")}
    assert facts.agreements and "宫崎商工会议所" in facts.agreements[0].parties


COMMUNITY_HEADS = [
    pytest.param(
        "发布时间：2011-08-24\n本报讯 黄山社区党委书记、居委会主任张一明已在社区工作了18年。",
        "eb_x.txt",
        {"张一明": {("党委书记", "黄山社区党委"), ("主任", "黄山社区居委会")}},
        id="community-party-committee-then-its-residents-committee",
    ),
    pytest.param(
        "发布时间：2011-08-24\n本报讯 东风社区党支部书记、居委会主任李二强说，社区今年新建了老年食堂。",
        "eb_x.txt",
        {"李二强": {("党支部书记", "东风社区党支部"), ("主任", "东风社区居委会")}},
        id="community-party-branch-then-its-residents-committee",
    ),
]


@pytest.mark.parametrize("text,name,want", COMMUNITY_HEADS)
def test_probe56_a_bare_residents_committee_after_a_community_is_that_communitys(text, name, want):
    """<社区>党委/党支部书记、居委会主任: the bare 居委会 is that community's, as 村委会 after a village's branch (posts.py
    COMMUNITY_WORDS; b56 probe: 居委会 left bare)."""
    got = _posts(text, name)
    for person, posts in want.items():
        assert got.get(person) == posts


KINDS_OF_CLINIC = [
    pytest.param(
        "记者今天从某部获悉，上半年全国乡镇卫生院和社区卫生服务中心的门急诊人次同比增长9.6%。",
        "xwlb_2025-07-15-001.txt",
        {"社区卫生服务中心"},
        id="clinics-counted-nationwide",
    ),
    pytest.param(
        "发布时间：2011-08-24\n本报讯 昨天，副市长张一明检查了甲街道的居家养老服务站和社区卫生服务站。",
        "eb_x.txt",
        {"居家养老服务站", "社区卫生服务站"},
        id="care-posts-checked",
    ),
]


@pytest.mark.parametrize("text,name,kinds", KINDS_OF_CLINIC)
def test_probe56_a_kind_of_clinic_is_no_organisation(text, name, kinds):
    """卫生院, 社区卫生服务中心, 居家养老服务站 written alone name a kind of clinic or care post, no one body
    (org_generic.yaml generic_names; b56 probe: three such extras)."""
    orgs = {o.name for o in extract_page("标题\n\n" + text, source_name=name).organizations}
    assert not orgs & kinds


def test_probe56_a_town_before_its_deputy_heads_title_is_no_name():
    """图为甲县石花镇副镇长X: the town before 副镇长 is no person either (as before 镇长)."""
    got = _posts("图为谷城县石花镇副镇长钱七林", "eb_x.txt")
    assert set(got) == {"钱七林"}
