"""Rows of made-up sentences for the general patterns behind the misses of probe batch b70 (People's Daily 1998 and
2009 wire copy: copyright, ageing, rural broadcasting, tobacco leaf, radio monitoring, rehabilitation; a stock-option
plan, a tyre safeguard, flat glass, pork reserves, TV panels, a rural bank; bench/data/pattern_probe_b70.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _orgs(text: str, name: str) -> set[str]:
    return {o.name for o in _facts(text, name).organizations}


def _posts(text: str, name: str) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(q.title, q.org) for q in p.posts} for p in _facts(text, name).persons}


SHARE_OF = [
    pytest.param(
        "中新网深圳7月16日电 甲乙科技股份有限公司今日公告，拟授予1200万份股票期权，约占公司总股本的3.5%。",
        "约占公司",
        id="about-a-share-of-the-firm",
    ),
    pytest.param(
        "中新网济南9月14日电 “欧洲市场占公司出口的三成，我们要开拓新市场，”丙丁轮胎董事长王立民说。",
        "欧洲市场占公司",
        id="a-market-a-share-of-the-firm",
    ),
]


@pytest.mark.parametrize("text,junk", SHARE_OF)
def test_probe70_a_share_of_the_firm_names_no_body(text, junk):
    """占 (a share of a whole) is a boundary of a name (org_boundaries.txt) and a verb before a bare suffix ends no
    learned organisation (mentions._verb_before_suffix): 约占公司总股本 names no 约占公司."""
    assert junk not in _orgs(text, "cnews_2009-07-16-001.txt")


def test_probe70_a_share_near_miss_keeps_the_firm():
    """A firm named whole before the share is still named (near-miss)."""
    text = "中新网深圳7月16日电 甲乙科技股份有限公司的海外收入约占总收入的三成。"
    assert "甲乙科技股份有限公司" in _orgs(text, "cnews_2009-07-16-001.txt")


NATIONAL_COMMITTEES = [
    pytest.param(
        "本报北京１月９日讯 记者甲乙报道：会议今天闭幕，全国绿化工作委员会副主任柯松林主持会议。",
        "柯松林",
        ("副主任", "全国绿化工作委员会"),
        id="national-committee-at-clause-start",
    ),
    pytest.param(
        "本报北京１月９日讯 记者甲乙报道：会议今天闭幕，全国妇女儿童工作委员会主任、某部部长贺长诚讲话。",
        "贺长诚",
        ("主任", "全国妇女儿童工作委员会"),
        id="national-committee-then-a-second-title",
    ),
]


@pytest.mark.parametrize("text,name,post", NATIONAL_COMMITTEES)
def test_probe70_a_national_committee_keeps_its_nation(text, name, post):
    """全国 at a clause's start before a 委员会 opens the national committee's name (mentions._national_committee)."""
    assert post in _posts(text, "pd1998_19980110-01-001.txt").get(name, set())


def test_probe70_nationwide_meeting_is_no_national_body():
    """Near-miss: 全国 after a verb says how far a meeting reaches; the 委员会 read after it is not the nation's."""
    text = "本报北京１月９日讯 记者甲乙报道：省计划委员会今天召开全省工作会议，传达全国计划会议精神。"
    assert not any(o.startswith("全国") and o.endswith("委员会") for o in _orgs(text, "pd1998_19980110-01-001.txt"))


CALLED = [
    pytest.param(
        "本报北京１月９日讯 记者甲乙报道：会议表彰了一批先进单位。湘潭市松鹤敬老院的院长在会上介绍了经验，他叫彭永福，"
        "十年来赡养了２０位孤寡老人。",
        "彭永福",
        ("院长", "湘潭市松鹤敬老院"),
        id="home-head-named-after",
    ),
    pytest.param(
        "本报北京１月９日讯 记者甲乙报道：甲乙康复中心是十年前建成的。中心主任是一位从事康复医学三十年的专家，她叫季秋华。",
        "季秋华",
        ("主任", "甲乙康复中心"),
        id="centre-head-short-form-named-after",
    ),
]


@pytest.mark.parametrize("text,name,post", CALLED)
def test_probe70_a_post_told_alone_then_he_is_called(text, name, post):
    """A post told with no name after it, then `，他叫<name>`: the name holds it (posts._called_title_end)."""
    assert post in _posts(text, "pd1998_19980110-01-001.txt").get(name, set())


def test_probe70_he_is_called_after_a_named_holder_takes_no_post():
    """Near-miss: a title whose holder is named already gives the later 他叫 name nothing."""
    text = "本报北京１月９日讯 记者甲乙报道：敬老院院长王德明说，有个孩子常来帮忙，他叫李小军。"
    assert _posts(text, "pd1998_19980110-01-001.txt").get("李小军", set()) == set()


HOMES = [
    pytest.param(
        "本报北京１月９日讯 记者甲乙报道：副市长王立看望了北京市东城区福利院的老人。",
        "北京市东城区福利院",
        id="welfare-home",
    ),
    pytest.param(
        "本报长沙１月９日讯 记者甲乙报道：长沙市望城县养老院今天落成。", "长沙市望城县养老院", id="old-peoples-home"
    ),
]


@pytest.mark.parametrize("text,org", HOMES)
def test_probe70_a_home_is_a_body(text, org):
    """敬老院/福利院/养老院 end a body's name, type other (org_suffixes.yaml)."""
    orgs = {o.name: o.type for o in _facts(text, "pd1998_19980110-01-001.txt").organizations}
    assert orgs.get(org) == "other"


def test_probe70_the_area_served_is_no_part_of_a_name():
    """Near-miss of the homes: 辖区敬老院 (the area's homes) names no body (辖区 a boundary, org_boundaries.txt)."""
    text = "本报讯 昨天，街道主任王立带队检查了辖区敬老院的消防安全工作。"
    assert not any(o.startswith("辖区") for o in _orgs(text, "eb_2011-05-10.txt"))
