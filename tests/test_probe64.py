"""Rows of made-up sentences for the general patterns behind the misses of probe batch b64 (People's Daily 1998 and
2011 city papers: salt, commodity inspection, family planning, foreign aid, football, silk; public toilets, street
lights, conscription, school buses, dog control, a vegetable base; bench/data/pattern_probe_b64.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


def _posts(text: str, name: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(q.title, q.org) for q in p.posts] for p in _facts(text, name).persons}


AT_THE_MEETING = [
    pytest.param(
        "发布时间：2011-08-10\n本报讯（记者 甲乙）昨日上午，市水务局召开城区供水安全工作会议，副局长钟立伟主持会议。\n"
        "前晚，市水务局组织专家对城区水厂的应急预案进行了评审。\n"
        "会上，市水务局与江城供水有限公司签订了供水安全责任协议。",
        "eb_m1.txt",
        "2011-08-09",
        id="eb-a-deal-told-at-the-meeting-after-a-sentence-of-the-night-before-last",
    ),
    pytest.param(
        "本报北京３月１０日讯 记者丁一报道：全国盐务工作会议今天在京召开。副总理石立群出席会议并讲话。\n"
        "８日，石立群在天津考察了塘沽盐场。\n"
        "会上，中国盐业总公司与中国银行签订了技术改造贷款协议。",
        "pd1998_19980311-02-001.txt",
        "1998-03-10",
        id="pd1998-a-deal-told-at-the-meeting-after-a-tour-two-days-before",
    ),
    # near-miss: no meeting told before 会上, the day told last stays the deal's
    pytest.param(
        "发布时间：2011-08-10\n本报讯 前晚，江城市在滨江广场举行了夏季招商推介活动。\n"
        "会上，市商务局与江城物流有限公司签订了投资协议。",
        "eb_m2.txt",
        "2011-08-08",
        id="no-meeting-told-the-last-day-stays",
    ),
]


@pytest.mark.parametrize("text,name,day", AT_THE_MEETING)
def test_probe64_a_deal_told_at_the_meeting_is_of_the_meetings_day(text, name, day):
    """会上，… opening a sentence is at the last meeting told (召开…会议), on its day, not on the day of a sentence
    between (event_kinds.yaml meeting_named / meeting_told, scene._named_day)."""
    assert [e.date for e in _of_kind(text, name, "signing")] == [day]
    assert [a.date for a in _facts(text, name).agreements] == [day]


PATROLS = [
    pytest.param(
        "发布时间：2011-07-13\n本报讯 前晚，支队长韩立新带领民警对火车站一带开展夜间巡查，查处违规行为20余起。",
        "eb_p1.txt",
        [("2011-07-11", ["韩立新"])],
        id="a-night-patrol-of-an-area-led-by-a-named-officer",
    ),
    pytest.param(
        "发布时间：2011-07-13\n本报讯 昨日，副局长黄卫东带队对城区河道进行了巡查。",
        "eb_p2.txt",
        [("2011-07-12", ["黄卫东"])],
        id="a-patrol-done-by-a-deputy-head",
    ),
    # near-misses: a patrol asked for, or a round of patrols of several places, is none
    pytest.param(
        "发布时间：2011-07-13\n本报讯 市公安局要求各分局对重点路段加强巡查。",
        "eb_p3.txt",
        [],
        id="patrols-asked-for-none-done",
    ),
    pytest.param(
        "发布时间：2011-07-13\n本报讯 今年以来，各派出所分别对辖区五个街道开展巡查。",
        "eb_p4.txt",
        [],
        id="a-round-of-patrols-none",
    ),
]


@pytest.mark.parametrize("text,name,want", PATROLS)
def test_probe64_a_patrol_done_is_an_inspection(text, name, want):
    """甲带领…对乙一带开展夜间巡查: a patrol done is an inspection, as a 督察 done (event_kinds.yaml)."""
    assert [(e.date, e.participants) for e in _of_kind(text, name, "inspection")] == want


DOTTED_NAMES = [
    pytest.param(
        "新华社北京２月３日电 （记者甲乙）外经贸部部长许立和来访的坦桑尼亚工业部长丹尼尔·姆万加在协议上签字。",
        "pd1998_19980204-06-001.txt",
        "丹尼尔·姆万加",
        id="a-dotted-name-before-a-particle-keeps-its-last-syllable",
    ),
    # near-miss: a dotted name before a title of two characters ends before the title (上将)
    pytest.param(
        "新华社北京２月３日电 （记者甲乙）俄罗斯国防部副部长阿列克谢·彼得罗夫上将今天在京会见了访问团。",
        "pd1998_19980204-06-002.txt",
        "阿列克谢·彼得罗夫",
        id="a-dotted-name-before-a-general-s-rank",
    ),
]


@pytest.mark.parametrize("text,name,person", DOTTED_NAMES)
def test_probe64_a_dotted_name_is_read_whole(text, name, person):
    """A dotted name the rules read up to a particle (…姆万加在) keeps its last syllable over a learned span one shorter
    (mentions._better_end); a title after it still ends it."""
    assert person in [p.name for p in _facts(text, name).persons]


ZONE_BODIES = [
    pytest.param(
        "发布时间：2011-09-20\n本报讯 昨日上午，湘潭高新区污水管网工程在双马工业园开工。高新区党工委书记、管委会主任周建明，"
        "管委会副主任王丽华、李国庆出席开工仪式。",
        "eb_z1.txt",
        "王丽华",
        "湘潭高新技术产业开发区管理委员会",
        id="a-deputy-of-the-zone-whose-head-was-named-before-in-the-sentence-not-the-park",
    ),
]


@pytest.mark.parametrize("text,name,person,org", ZONE_BODIES)
def test_probe64_a_bare_committee_after_a_zones_post_is_that_zones(text, name, person, org):
    """管委会副主任乙 after 高新区党工委书记、管委会主任甲 in the sentence is in 甲's zone's 管委会, not in a park named before
    the sentence (posts._zone_posted)."""
    assert [o for _t, o in _posts(text, name)[person]] == [org]


HOSPITAL_HEADS = [
    pytest.param(
        "发布时间：2011-05-11\n本报讯 昨日，市卫生局与荆州市中心医院签订了对口支援协议，院长陈志刚和局长刘海波代表双方签字。",
        "eb_h1.txt",
        "陈志刚",
        [("院长", "荆州市中心医院")],
        id="a-hospitals-head-with-no-body-written-after-the-hospital-signs",
    ),
]


@pytest.mark.parametrize("text,name,person,posts", HOSPITAL_HEADS)
def test_probe64_a_hospital_head_is_of_the_hospital_named(text, name, person, posts):
    """院长甲 with no body written is the head of the hospital named last before (chain_rules.yaml last_named)."""
    assert _posts(text, name)[person] == posts


NO_BODIES = [
    pytest.param(
        "发布时间：2011-05-11\n本报讯 昨日，市征兵办公室与荆州市中心人民医院签订了体检服务协议。",
        "eb_c1.txt",
        "市中心",
        id="a-citys-centre-read-inside-a-hospitals-name-is-no-body",
    ),
    pytest.param(
        "发布时间：2011-05-11\n本报讯 全区现有旱厕47座，主要集中在老街和城乡结合部。",
        "eb_c2.txt",
        "结合部",
        id="the-urban-fringe-is-no-department",
    ),
]


@pytest.mark.parametrize("text,name,ending", NO_BODIES)
def test_probe64_a_place_word_is_no_body(text, name, ending):
    """某市中心 read short inside 某市中心人民医院, 城乡结合部: places, no bodies (org_generic.yaml false_endings)."""
    assert not [o.name for o in _facts(text, name).organizations if o.name.endswith(ending)]


KINDS = [
    pytest.param(
        "发布时间：2011-09-20\n本报讯 上周四，开发区管委会与湖南明光节能科技有限公司签订了路灯合同能源管理合同。",
        "eb_k1.txt",
        "路灯合同能源管理合同",
        id="an-energy-performance-contract-keeps-its-whole-name",
    ),
    # near-miss: a plain contract ends at its noun
    pytest.param(
        "发布时间：2011-09-20\n本报讯 上周四，开发区管委会与湖南明光节能科技有限公司签订了路灯改造合同。",
        "eb_k2.txt",
        "路灯改造合同",
        id="a-plain-contract",
    ),
]


@pytest.mark.parametrize("text,name,kind", KINDS)
def test_probe64_an_agreements_kind(text, name, kind):
    """合同能源管理 (an energy-saving model) is no contract's end (agreement_kinds.yaml nouns)."""
    assert [a.kind for a in _facts(text, name).agreements] == [kind]
