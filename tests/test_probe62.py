"""Rows of made-up sentences for the general patterns behind the misses of probe batch b62 (People's Daily 1998 and
2011 city papers: textile spindle cuts, defence conversion, treasury bonds, copyright, desert control, a Taiwanese
investor; a night market, street cleaning, a greenway, internet cafes, house numbers, driving schools;
bench/data/pattern_probe_b62.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


NIGHT_BEFORE_LAST = [
    pytest.param(
        "发布时间：2011-09-21\n本报讯 前晚8时许，市文化局和市公安局联合对城区的网吧进行了突击检查，局长甘立华带队检查。",
        "eb_d1.txt",
        "2011-09-19",
        id="joint-raid-the-night-before-last",
    ),
    pytest.param(
        "发布时间：2011-04-13\n本报讯 前晚，副市长邵建平带队检查了城区夜市的消防安全工作。",
        "eb_d2.txt",
        "2011-04-11",
        id="vice-mayor-checks-the-night-before-last",
    ),
]


@pytest.mark.parametrize("text,name,day", NIGHT_BEFORE_LAST)
def test_probe62_the_night_before_last_is_two_days_back(text, name, day):
    """前晚 is the evening two days before the reference day, as 前天 (date_words.yaml days; b62: 前晚8时许…突击检查
    read with no day)."""
    assert [e.date for e in _of_kind(text, name, "inspection")] == [day]


SIGNERS_AFTER_MEETING_SIGNING = [
    pytest.param(
        "本报北京３月４日讯 记者丁一报道：全国造纸工作会议今天在京召开。副总理甘志远出席会议并讲话。\n"
        "会上，中国轻工总会与中国建设银行签订了技术改造贷款协议。根据协议，建设银行将提供５０亿元贷款。"
        "轻工总会副会长温立新和建设银行副行长包国强代表双方签字。",
        "pd1998_19980305-02-001.txt",
        ["温立新", "包国强"],
        ["甘志远"],
        id="two-signers-in-a-sentence-of-their-own-after-the-deal-told-at-the-meeting",
    ),
    pytest.param(
        "本报北京３月４日讯 记者丁一报道：全国农机工作会议今天在京召开。部长范国忠在会上讲话。\n"
        "会上，农业部与中国农业银行签订了农机购置贷款协议。农业部副部长史家明和农业银行行长田振东在协议上签字。",
        "pd1998_19980305-02-002.txt",
        ["史家明", "田振东"],
        ["范国忠"],
        id="two-sign-on-the-agreement-after-it-is-told-at-the-meeting",
    ),
]


@pytest.mark.parametrize("text,name,signers,at_meeting", SIGNERS_AFTER_MEETING_SIGNING)
def test_probe62_signers_told_after_a_signing_at_a_meeting_are_the_signings(text, name, signers, at_meeting):
    """会上，甲与乙签订了…。…。丙和丁代表双方签字: the signers' sentence is the signing's, not the meeting's the signing was
    told at (event_kinds.yaml signers_told; b62: both 会上 signings had no participants, their signers at the meeting)."""
    facts = _facts(text, name)
    signing = [e for e in facts.events if e.kind == "signing"]
    meeting = [e for e in facts.events if e.kind == "meeting"]
    assert [sorted(e.participants) for e in signing] == [sorted(signers)]
    assert [sorted(e.participants) for e in meeting] == [sorted(at_meeting)]


NO_SIGNERS_MOVED = [
    pytest.param(
        "本报北京３月４日讯 记者丁一报道：全国造纸工作会议今天在京召开。\n"
        "会上，中国轻工总会与中国建设银行签订了技术改造贷款协议。副总理甘志远出席会议并讲话。",
        "pd1998_19980305-02-003.txt",
        "甘志远",
        id="one-who-attends-and-speaks-after-the-deal-is-at-the-meeting",
    ),
]


@pytest.mark.parametrize("text,name,who", NO_SIGNERS_MOVED)
def test_probe62_one_who_attends_after_a_signing_at_a_meeting_stays_at_the_meeting(text, name, who):
    """会上，…签订了协议。甲出席会议并讲话: still at the meeting (events._scene_host), no signer."""
    facts = _facts(text, name)
    assert [who in e.participants for e in facts.events if e.kind == "meeting"] == [True]
    assert all(who not in e.participants for e in facts.events if e.kind == "signing")


TITLE_AFTER_NAME_THEN_AND = [
    pytest.param(
        "本报北京３月４日讯 记者丁一报道：中国轻工总会与中国建设银行今天签订了贷款协议。"
        "温立新副会长和建设银行副行长包国强代表双方签字。",
        "pd1998_19980305-02-004.txt",
        "包国强",
        {("副行长", "中国建设银行")},
        id="name-then-title-and-a-body-title-name",
    ),
    pytest.param(
        "本报北京３月４日讯 记者丁一报道：农业部与中国农业银行今天签订了贷款协议。"
        "史家明部长和农业银行行长田振东出席签字仪式。",
        "pd1998_19980305-02-005.txt",
        "田振东",
        {("行长", "中国农业银行")},
        id="minister-named-first-and-a-bank-head-after",
    ),
]


@pytest.mark.parametrize("text,name,who,posts", TITLE_AFTER_NAME_THEN_AND)
def test_probe62_a_name_before_its_title_is_no_body_of_the_next_persons_post(text, name, who, posts):
    """甲副会长和乙银行副行长丙: 甲's title is written after 甲, so 甲 is no body of a 副会长 post of 丙's (posts.
    _after_named_holder; b62: 潘志诚 got 副会长 of a body 蒋玉琴)."""
    facts = _facts(text, name)
    got = {(p.title, p.org) for person in facts.persons if person.name == who for p in person.posts}
    assert got == posts
    assert all(o.name not in ("温立新", "史家明") for o in facts.organizations)


LAUNCH_CEREMONY_ATTENDED = [
    pytest.param(
        "发布时间：2011-11-16\n本报讯 昨日下午，市运管处召开全市驾培行业工作会议。副处长陈立国主持会议。\n"
        "会上，甲驾校与乙学院签订了合作协议。\n上周六，东方驾驶员培训学校新训练场投入使用。高新区管委会副主任卢红出席启用仪式。",
        "eb_l1.txt",
        "2011-11-12",
        "卢红",
        id="put-into-use-last-saturday-its-ceremony-attended",
    ),
]


@pytest.mark.parametrize("text,name,day,who", LAUNCH_CEREMONY_ATTENDED)
def test_probe62_one_who_attends_a_ceremony_of_use_joins_that_launch(text, name, day, who):
    """甲出席启用仪式 after a work put into use: that launch's participant, not the article's first ceremony's (a
    signing told before; event_kinds.yaml launch triggers, b62)."""
    facts = _facts(text, name)
    assert [(e.date, who in e.participants) for e in facts.events if e.kind == "launch"] == [(day, True)]
    assert all(who not in e.participants for e in facts.events if e.kind == "signing")


TRAINING_TRADE_MEETING = [
    pytest.param(
        "发布时间：2011-11-16\n本报讯 昨日下午，市运管处召开全市机动车驾驶员培训行业工作会议，副处长陈立国主持会议。",
        "eb_t1.txt",
        "meeting",
        id="work-meeting-of-the-driver-training-trade-is-a-meeting",
    ),
    pytest.param(
        "发布时间：2011-11-16\n本报讯 昨日，市人社局举办了全市家政服务员技能培训班，200名学员参加培训。",
        "eb_t2.txt",
        "training",
        id="a-training-class-held-stays-training",
    ),
]


@pytest.mark.parametrize("text,name,kind", TRAINING_TRADE_MEETING)
def test_probe62_a_meeting_of_a_training_trade_is_no_training(text, name, kind):
    """召开…培训行业工作会议: a meeting whose name holds 培训, no training held (event_kinds.yaml training triggers; b62)."""
    assert [e.kind for e in _facts(text, name).events] == [kind]


SCHOOL_BY_ITS_KIND = [
    pytest.param(
        "发布时间：2011-11-16\n本报讯 昨日，东方驾驶员培训学校与乙学院签订了合作协议。该校校长闵立新在协议上签字。",
        "eb_s1.txt",
        "闵立新",
        "东方驾驶员培训学校",
        id="head-of-the-school-named-before",
    ),
]


@pytest.mark.parametrize("text,name,who,org", SCHOOL_BY_ITS_KIND)
def test_probe62_the_school_named_by_its_kind_is_the_one_told_before(text, name, who, org):
    """该校校长甲: 该校 is the last body whose name ends in 校 named before it (org_generic.yaml anaphor_kinds; b62: 该校 an
    organisation of its own)."""
    facts = _facts(text, name)
    assert [(p.title, p.org) for person in facts.persons if person.name == who for p in person.posts] == [("校长", org)]
    assert all(o.name != "该校" for o in facts.organizations)


CITY_OFFICE_SHORT = [
    pytest.param(
        "发布时间：2011-11-16\n发布人：-襄阳日报\n本报讯 昨日，市运管处处长郑立华出席了全市驾培行业工作会议。",
        "eb_o1.txt",
        "郑立华",
        ("处长", "襄阳市道路运输管理处"),
        id="road-transport-office-written-short",
    ),
    pytest.param(
        "发布时间：2011-03-16\n发布人：-潍坊晚报\n本报讯 上周五，市人防办主任孙立胜任演练总指挥。昨日，市人防办主任孙立胜出席了座谈会。",
        "eb_o2.txt",
        "孙立胜",
        ("主任", "潍坊市人民防空办公室"),
        id="civil-air-defence-office-written-short",
    ),
]


@pytest.mark.parametrize("text,name,who,post", CITY_OFFICE_SHORT)
def test_probe62_a_city_office_written_short_is_named_in_full(text, name, who, post):
    """市运管处 / 市人防办: the city's 道路运输管理处 / 人民防空办公室, the written form an alias (org_generic.yaml
    local_body_short; b60's Left, b62)."""
    facts = _facts(text, name)
    assert post in {(p.title, p.org) for person in facts.persons if person.name == who for p in person.posts}


HYPHENATED_NAME = [
    pytest.param(
        "新华社北京３月４日电 国务院副总理甘志远今天会见了法国某集团总裁让－雅克·杜邦一行。",
        "pd1998_19980305-01-001.txt",
        "让－雅克·杜邦",
        id="full-width-hyphen-after-a-title",
    ),
    pytest.param(
        "新华社北京３月４日电 外交部长甘志远今天同来访的法国外长让-吕克·贝尔纳举行会谈。",
        "pd1998_19980305-01-002.txt",
        "让-吕克·贝尔纳",
        id="ascii-hyphen-in-talks",
    ),
]


@pytest.mark.parametrize("text,name,who", HYPHENATED_NAME)
def test_probe62_a_hyphenated_given_name_stays_in_the_dotted_name(text, name, who):
    """让－皮埃尔·马丁: a hyphenated first given name before the dotted ones is part of the name (mentions.TRANSLIT;
    b62: read as 皮埃尔·马丁)."""
    names = [p.name for p in _facts(text, name).persons]
    assert who in names
    assert who.split("·")[0][2:] + "·" + who.split("·")[1] not in names


FIELDS_NOT_FIRMS = [
    pytest.param(
        "新华社北京３月４日电 甘志远说，欢迎德国企业在铁路、电信、航天等领域同中国企业开展合作。",
        "pd1998_19980305-01-003.txt",
        ["铁路", "电信", "航天"],
        [],
        id="fields-listed-before-firms-are-no-firms",
    ),
    pytest.param(
        "本报讯 飞利浦、西门子、青松电器集团等３０多家企业参加了展会。",
        "pd1998_19980305-01-004.txt",
        [],
        ["飞利浦", "西门子", "青松电器集团"],
        id="firms-listed-before-their-kind-stay-firms",
    ),
]


@pytest.mark.parametrize("text,name,not_bodies,bodies", FIELDS_NOT_FIRMS)
def test_probe62_a_list_of_fields_before_firms_is_no_list_of_firms(text, name, not_bodies, bodies):
    """A、B、C等领域同…企业: the items are fields, no companies (orgs.LIST_OF_FIRMS, org_generic.yaml firm_list_not_after;
    b62: 航空, 核电 and 法国企业在船舶 read as companies)."""
    names = {o.name for o in _facts(text, name).organizations}
    assert not names & set(not_bodies)
    assert set(bodies) <= names


SINCE_BEFORE_BODY = [
    pytest.param(
        "发布时间：2011-06-15\n发布人：-洛阳晚报\n本报讯 今年以来区城管局共劝导占道经营2300余起。",
        "eb_b1.txt",
        "来区城管局",
        id="since-this-year-then-the-district-bureau",
    ),
    pytest.param(
        "发布时间：2011-06-15\n发布人：-洛阳晚报\n本报讯 去年以来市文化局共查处违规网吧30家。",
        "eb_b2.txt",
        "来市文化局",
        id="since-last-year-then-the-city-bureau-a-guard-that-passed-before",
    ),
]


@pytest.mark.parametrize("text,name,junk", SINCE_BEFORE_BODY)
def test_probe62_since_before_a_body_is_no_part_of_its_name(text, name, junk):
    """今年以来区城管局…: 以来 closes the time span, the body's name starts after it (org_boundaries.txt; b62: 来区城管局)."""
    assert all(not o.name.startswith("来") for o in _facts(text, name).organizations)
    assert junk not in {o.name for o in _facts(text, name).organizations}
