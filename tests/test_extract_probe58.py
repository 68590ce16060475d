"""Rows of made-up sentences for the general patterns behind the misses of probe batch b58 (2009 wire and finance
copy and 2011 city papers: listed companies' announcements, a bank branch and its credit, a regulator's penalty and
court rulings, land auctions, investment fairs, a water-price hearing, a grid, street news;
bench/data/pattern_probe_b58.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


REPORTED_FROM = [
    pytest.param(
        "发布时间：2011-05-18\n本报讯 记者昨日从市商务局获悉，本月10日在上海举行的投资推介会上，我市共签约项目8个。"
        "推介会上，市政府与上海华新集团有限公司签订了投资协议。",
        "eb_a1.txt",
        "2011-05-10",
        id="learnt-yesterday-from-a-bureau-then-this-months-day",
    ),
    pytest.param(
        "发布时间：2011-07-06\n本报讯 记者昨天从市发改委获悉，6月28日在深圳举行的项目推介会上，我市签约项目12个。"
        "推介会上，县政府与深圳宏远科技有限公司签订了合作协议。",
        "eb_a2.txt",
        "2011-06-28",
        id="learnt-yesterday-from-a-commission-then-a-month-and-day",
    ),
]


@pytest.mark.parametrize("text,name,day", REPORTED_FROM)
def test_probe58_a_day_things_were_learnt_from_somewhere_is_not_the_days_story(text, name, day):
    """记者昨日从…获悉，本月10日…: the day of the report told with where it came from is not what the page tells of
    when the sentence tells another day (date_words.yaml reported_from; b58 probe: the fair's signings and the page
    dated the day the reporter learnt of them)."""
    facts = _facts(text, name)
    assert facts.articles[0].date == day
    assert [a.date for a in facts.agreements] == [day]


HOLDER_BEFORE_NAME = [
    pytest.param(
        "中新网上海6月17日电 上海甲乙机械股份有限公司今日公告，公司控股股东上海丙丁实业集团有限公司15日与浙江戊己投资有限公司"
        "签订了股权转让协议，转让价款4.6亿元。",
        "cnews_h1.txt",
        {"上海丙丁实业集团有限公司", "浙江戊己投资有限公司"},
        id="company-controlling-holder-then-its-name",
    ),
    pytest.param(
        "中新网深圳3月2日电 深圳庚辛科技股份有限公司今日公告，公司大股东深圳壬癸投资有限公司1日与广东子丑创业投资有限公司"
        "签署了股权转让协议。",
        "cnews_h2.txt",
        {"深圳壬癸投资有限公司", "广东子丑创业投资有限公司"},
        id="company-major-holder-then-its-name",
    ),
]


@pytest.mark.parametrize("text,name,parties", HOLDER_BEFORE_NAME)
def test_probe58_a_holder_told_before_a_companys_name_is_no_part_of_it(text, name, parties):
    """公司控股股东甲集团有限公司 / 公司大股东乙投资有限公司: what the body is to the company (org_mention_words.yaml
    descriptors: 股东, 控股股东, 大股东) does not extend the name the learned reader starts at 公司 (b58 probe: the
    transfer's seller named 公司控股股东上海…有限公司)."""
    facts = _facts(text, name)
    assert [set(a.parties) for a in facts.agreements] == [parties]
    assert not any("股东" in o.name for o in facts.organizations)


def _posts(text: str, name: str) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(q.title, q.org) for q in p.posts} for p in _facts(text, name).persons}


SENTENCED_OFFICER = [
    pytest.param(
        "发布时间：2011-11-09\n本报讯 昨日，南昌市中级人民法院公开宣判江西甲乙投资担保有限公司集资诈骗案，"
        "以集资诈骗罪判处该公司原董事长熊一刚有期徒刑十年。",
        "eb_s1.txt",
        {"熊一刚": {("董事长", "江西甲乙投资担保有限公司")}},
        id="crime-then-panjue-then-the-company-told-back",
    ),
    pytest.param(
        "中新网长沙7月23日电 长沙市中级人民法院23日对湖南丙丁科技股份有限公司内幕交易案作出一审判决，"
        "依法判处该公司原副总经理谭二新有期徒刑三年。",
        "cnews_s2.txt",
        {"谭二新": {("副总经理", "湖南丙丁科技股份有限公司")}},
        id="lawfully-panjue-then-the-company-told-back",
    ),
]


@pytest.mark.parametrize("text,name,want", SENTENCED_OFFICER)
def test_probe58_the_sentence_passed_is_no_part_of_the_bodys_name(text, name, want):
    """以某罪判处该公司原董事长X: 判处 cuts the body's name read before the title (post_rules.yaml cut_before_names,
    as 宣判 and 审理 do; b58 probe: a body named 集资诈骗罪判处该公司)."""
    got = _posts(text, name)
    for person, posts in want.items():
        assert got.get(person) == posts


JOINED_KNOWN_BODY = [
    pytest.param(
        "发布时间：2011-04-22\n本报讯 昨日上午，长沙华景置业有限公司以12亿元竞得一宗住宅用地。当天下午，华景置业与交通银行湖南省分行"
        "签订了项目开发贷款合同，贷款8亿元。",
        "eb_j1.txt",
        {"华景置业", "交通银行湖南省分行"},
        id="short-form-and-a-known-banks-branch",
    ),
    pytest.param(
        "中新网南京5月9日电 江苏金陵置业有限公司9日以9亿元竞得一宗地块。同日，金陵置业与交通银行江苏省分行签订了项目开发贷款协议。",
        "cnews_j2.txt",
        {"金陵置业", "交通银行江苏省分行"},
        id="short-form-after-its-full-name-then-a-known-banks-branch",
    ),
]


@pytest.mark.parametrize("text,name,parties", JOINED_KNOWN_BODY)
def test_probe58_a_join_before_a_known_body_ends_the_party_before_it(text, name, parties):
    """甲置业与交通银行某分行签订…: the learned reader's one organisation over 与 is two parties when a body the
    lexicon knows by name follows the join (mentions._joined_known), the first kept when it is the short form of a
    body named before (b58 probe: 景泰置业与交通银行湖南省分行 read as one party)."""
    facts = _facts(text, name)
    assert [set(a.parties) for a in facts.agreements] == [parties]


HEARINGS = [
    pytest.param(
        "发布时间：2011-06-15\n本报讯 昨日上午，市物价局举行城市供水价格调整听证会，20名听证代表参加听证。市物价局局长彭一国主持听证会，"
        "市自来水公司总经理唐二勇介绍了调价方案。代表、月塘街道办事处主任陈三萍在听证会上表示，应同步提高补贴。",
        "eb_t1.txt",
        ("2011-06-14", {"彭一国", "唐二勇", "陈三萍"}),
        id="price-hearing-held-chaired-and-spoken-at",
    ),
    pytest.param(
        "发布时间：2011-09-08\n本报讯 昨日，市发改委召开管道燃气价格听证会。市发改委副主任吴四明主持听证会，"
        "市燃气公司副总经理郑五华在听证会上说明了成本情况。",
        "eb_t2.txt",
        ("2011-09-07", {"吴四明", "郑五华"}),
        id="gas-price-hearing-convened",
    ),
]


@pytest.mark.parametrize("text,name,want", HEARINGS)
def test_probe58_a_public_hearing_held_is_a_meeting(text, name, want):
    """举行/召开…听证会, 主持听证会, 在听证会上: a public hearing is a meeting, those who chair it and speak at it its
    participants (event_kinds.yaml meeting triggers, attend, meeting_again; b58 probe: the water-price hearing missed)."""
    day, people = want
    meetings = [e for e in _facts(text, name).events if e.kind == "meeting"]
    assert [(e.date, set(e.participants)) for e in meetings] == [(day, people)]
