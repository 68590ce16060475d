"""Rows of made-up sentences for the general patterns behind the misses of probe batch b55 (commerce,
telecommunications, taxation and statistics, weighted to page shapes: briefs, attendee lists, notices, interviews;
bench/data/pattern_probe_b55.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

WITNESSES_LISTED_AFTER = [
    pytest.param(
        "新华网某地5月6日电 甲市人民政府与乙丙通信集团有限公司今日签署了战略合作协议。甲市市长张一明与乙丙通信董事长李二强"
        "代表双方签字，市委书记王三立出席并见证签约。参加签约的还有副市长赵四平、孙五华，乙丙通信副总经理周六安。",
        "cnews_x.txt",
        ["王三立", "赵四平", "孙五华", "周六安"],
        id="also-present-after-a-witness",
    ),
    pytest.param(
        "本报讯 昨天，甲县人民政府与乙丙物流有限公司签订了物流园区投资协议。出席签约仪式的有县委书记钱七林，副县长吴八方。",
        "eb_x.txt",
        ["钱七林", "吴八方"],
        id="present-at-the-signing-were",
    ),
    pytest.param(
        "本报某地３月４日讯 甲省粮食局与乙丙米业集团公司今天签订了稻谷购销合同。副省长郑九成出席签字仪式。"
        "参加签字仪式的还有省粮食局局长冯十全。",
        "pd1998_19980305-02-001.txt",
        ["郑九成", "冯十全"],
        id="also-present-at-the-signing-ceremony",
    ),
]


@pytest.mark.parametrize("text,name,witnesses", WITNESSES_LISTED_AFTER)
def test_probe55_those_listed_as_present_at_a_signing_witnessed_it(text, name, witnesses):
    """Persons listed after 参加签约的还有 / 出席签约仪式的有 (the verb before the names, not after) witnessed the
    signing, as 出席签约仪式 after the names already (agreement_kinds.yaml witness_list; b55 probe: four of five
    witnesses of a cnews signing lost)."""
    got = extract_page("标题\n\n" + text, source_name=name).agreements
    assert got and got[0].witnesses == witnesses


UNNAMED_SIDES = [
    pytest.param(
        "近日，某部副部长张一明接受记者专访。张一明说，近年来，某部已与多家电商平台和家电企业签署了促消费合作备忘录，今后还将扩大合作。",
        "xwlb_2025-05-20-007.txt",
        id="minister-with-many-platforms",
    ),
    pytest.param(
        "中新网北京6月12日电 某司司长李二强此前表示，目前已有多家家电企业与各地供销社签署了下乡产品供货协议。",
        "cnews_x.txt",
        id="many-firms-with-co-ops-everywhere",
    ),
    pytest.param(
        "本报讯 市商务局局长王三立说，我局已先后与一批外贸企业签订了出口信用保险合作协议，效果良好。",
        "eb_x.txt",
        id="bureau-with-a-batch-of-firms",
    ),
]


@pytest.mark.parametrize("text,name", UNNAMED_SIDES)
def test_probe55_a_signing_with_unnamed_sides_is_no_agreement_nor_event(text, name):
    """Signings told of unnamed many (已与多家…签署了…, 已有多家…与各地…签署了…, 已先后与一批…签订了…) sum up deals done already, no
    one agreement with its sides and day (agreement_kinds.yaml unnamed_sides, as tally_before's 累计签约; b55 probe: two
    one-party agreements and signings in an interview and a figures piece)."""
    page = extract_page("标题\n\n" + text, source_name=name)
    assert page.agreements == [] and [e for e in page.events if e.kind == "signing"] == []


ITEMS_OF_A_BRIEFS_PAGE = [
    pytest.param(
        "中新网6月18日电 综合报道：■甲市人民政府与乙丙港口集团有限公司16日在甲市签订了物流园区合作协议。副市长张一明出席签约仪式。"
        "■丁戊银行与己庚钢铁股份有限公司17日签署了银企合作协议。",
        "cnews_x.txt",
        [["甲市人民政府", "乙丙港口集团有限公司"], ["丁戊银行", "己庚钢铁股份有限公司"]],
        id="black-square-items",
    ),
    pytest.param(
        "新华网某地3月2日电 ◆华兴银行江西省分行与江西省人民政府1日签署了战略合作协议。"
        "◆乙丙钢铁股份有限公司与丁戊重工集团有限公司当天签订了钢材供应合同。",
        "cnews_x.txt",
        [["华兴银行江西省分行", "江西省人民政府"], ["乙丙钢铁股份有限公司", "丁戊重工集团有限公司"]],
        id="diamond-items",
    ),
]


@pytest.mark.parametrize("text,name,parties", ITEMS_OF_A_BRIEFS_PAGE)
def test_probe55_each_item_of_a_briefs_page_is_a_paragraph_without_its_mark(text, name, parties):
    """A run-on page of short items opened by ■/◆ (财经要闻简报：■甲…。■乙…) is read as one paragraph an item, without
    its mark (segment.split_paragraphs, line_words.yaml item_marks): the mark is no part of the name after it (b55
    probe: made-up items gave ■甲市人民政府)."""
    got = extract_page("标题\n" + text, source_name=name)
    assert [a.parties for a in got.agreements] == parties
    assert not [o.name for o in got.organizations if o.name[0] in "■◆"]


AT_THE_MEETING_AFTER_ITS_SIGNINGS = [
    pytest.param(
        "今天（1月9日），全国某业工作会议在北京召开。某部部长王一明出席会议并讲话。\n"
        "会上，某部与国家开发银行签署了开发性金融合作协议；甲乙股份有限公司与丙丁联合会签署了合作框架协议。\n"
        "会议期间，某省通信管理局局长林二刚作了交流发言。",
        "xwlb_2025-01-09-003.txt",
        "林二刚",
        id="during-the-meeting-a-speech",
    ),
]


@pytest.mark.parametrize("text,name,speaker", AT_THE_MEETING_AFTER_ITS_SIGNINGS)
def test_probe55_one_who_speaks_during_a_meeting_is_at_the_meeting_not_its_signings(text, name, speaker):
    """A sentence opening 会议期间，/大会期间， after the meeting's signings (会上，甲与乙签署…) is at that meeting, as 会上，
    already (event_kinds.yaml meeting_scene; b55 probe: the speaker joined both signings, not the meeting)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert [e.kind for e in got if speaker in e.participants] == ["meeting"]


EVERY_MUNICIPALITY = [
    pytest.param(
        "今天（1月9日），全国某业工作会议在北京召开。出席会议的有某部副部长陈一立，以及各省、自治区、直辖市通信管理局局长。",
        "xwlb_2025-01-09-003.txt",
        "北京市通信管理局",
        id="provinces-regions-and-municipalities",
    ),
]


@pytest.mark.parametrize("text,name,body", EVERY_MUNICIPALITY)
def test_probe55_a_body_of_every_municipality_is_none_of_the_host_city(text, name, body):
    """直辖市…局 and 计划单列市…局 name that body of every such city, none of them (org_generic.yaml every_before, as 各市;
    b55 probe: 各省、自治区、直辖市通信管理局 became the host city's 市通信管理局)."""
    got = [o.name for o in extract_page("标题\n\n" + text, source_name=name).organizations]
    assert body not in got


def test_probe55_a_line_of_marked_headings_with_no_full_stop_stays_one_paragraph():
    """Marks inside a heading line with no full stop (甲地经济运行呈现三个特点：●产销同步增长●利润向大企业集中) open no
    items: only a marked item that tells something (a full stop in it) is a paragraph of its own (dev 33 pd1998: its
    ●-heading cut in two cost a question)."""
    from kgqa.extract.segment import split_paragraphs

    text = "甲地经济运行呈现三个特点：●产销同步增长●利润向大企业集中●亏损有所减少"
    assert [p.text for p in split_paragraphs(text)] == [text]
