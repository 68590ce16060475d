"""Rows of made-up sentences for the general patterns behind the misses of probe batch b46 (companies, banks and
markets; bench/data/pattern_probe_b46.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

BOARD_MEETINGS_AFTER_THE_SHAREHOLDERS = [
    pytest.param(
        "本报讯（记者 周一）昨天，甲乙精工股份有限公司召开年度股东大会，选举产生了新一届董事会。"
        "随后召开的董事会第一次会议选举张一华为董事长，刘一杰为副董事长，聘任陈一新为总经理。",
        "eb_x.txt",
        [("meeting", "2011-05-12", []), ("meeting", "2011-05-12", [])],
        id="the-board-elects-a-chair-and-a-vice-chair-then-appoints",
    ),
    pytest.param(
        "本报哈尔滨４月２日讯 甲乙药业股份有限公司昨天召开创立大会，副省长于一胜出席大会并讲话。"
        "随后召开的董事会第一次会议选举原甲乙制药厂厂长孟一荣为董事长，省医药管理局副局长韩一刚为副董事长，聘任王一林为总经理。",
        "pd1998_19980402-02-005.txt",
        [("meeting", "1998-04-01", ["于一胜"]), ("meeting", "1998-04-01", [])],
        id="the-elided-list-names-each-with-a-long-title-before",
    ),
]


@pytest.mark.parametrize("text,name,wanted", BOARD_MEETINGS_AFTER_THE_SHAREHOLDERS)
def test_probe46_a_board_meeting_held_next_electing_a_list_is_a_meeting_of_its_own(text, name, wanted):
    """A board's first meeting told as held next (随后召开的董事会第一次会议…) is a meeting of its own, not the shareholders'
    one told before (event_kinds.yaml own_time); whom it elects in a list whose verb is left out after the first
    (选举甲为董事长，乙为副董事长，聘任丙为总经理: elected_more) is what it did, no appointment event (b46 probe: an other
    event of 乙 and 丙, the board meeting merged into the shareholders')."""
    if name.startswith("eb"):
        text = "发布时间：2011-05-13\n发布人：-某某日报\n" + text
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert [(e.kind, e.date, e.participants) for e in got] == wanted


DEALS_AT_THE_CEREMONY_AFTER_A_FOUNDING_MONTH = [
    pytest.param(
        "新华网某地11月5日电 甲乙乳业股份有限公司昨日与丙丁投资控股有限公司在某地签署股权转让协议。"
        "甲乙乳业董事长张一山与丙丁投资执行董事陈二水代表双方签字，副主席白三林出席签约仪式。"
        "据介绍，戊己牧业有限公司成立于2004年3月，现有牧场12座。"
        "签约仪式上，甲乙乳业还与中国农业银行某分行签订了综合授信协议。",
        "cnews_x.txt",
        "2009-11-04",
        id="a-founding-month-told-between-is-no-day-of-the-ceremony",
    ),
]


@pytest.mark.parametrize("text,name,day", DEALS_AT_THE_CEREMONY_AFTER_A_FOUNDING_MONTH)
def test_probe46_a_deal_told_at_the_ceremony_keeps_its_day_over_a_month_looked_back_to(text, name, day):
    """A deal told 签约仪式上， after a sentence looking back to a month before the story's day (…成立于2004年3月) is signed
    on the ceremony's day, not in that month (scene.py: the month is carried no further into a sequel; b46 probe: the
    credit agreement dated 2004-03 and its signing split from the ceremony's)."""
    got = extract_page("标题\n\n" + text, source_name=name)
    assert [a.date for a in got.agreements] == [day, day]
    assert [e.date for e in got.events if e.kind == "signing"] == [day]


FIELDS_BEFORE_THE_FIRMS_OF_THEM = [
    pytest.param(
        "今天（12月18日），甲省工商业联合会与中国银行甲省分行签署了战略合作协议，该行将在未来三年提供2000亿元意向性授信，"
        "重点支持制造业、跨境电商和绿色低碳领域的民营企业。",
        ["制造业", "跨境电商", "绿色低碳"],
        id="fields-before-the-firms-the-credit-goes-to",
    ),
    pytest.param(
        "今天（12月18日），甲市人民政府与乙银行签署了金融合作协议，乙银行将重点支持新材料和生物医药产业的中小企业。",
        ["新材料", "生物医药"],
        id="industries-before-the-small-firms",
    ),
]


@pytest.mark.parametrize("text,fields", FIELDS_BEFORE_THE_FIRMS_OF_THEM)
def test_probe46_fields_the_money_goes_to_end_before_the_firms_in_them(text, fields):
    """重点支持A、B和C领域的民营企业: the fields are A, B and C, not C's words run on to the firms (agreement_kinds.yaml
    fields_local; b46 probe: 绿色低碳领域的民营企业 as a field)."""
    got = extract_page("标题\n\n" + text, source_name="xwlb_2025-12-18-001.txt").agreements
    assert [a.fields for a in got] == [fields]
