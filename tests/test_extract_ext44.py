"""Rows of made-up sentences for general patterns left by probe batches b48-b51 (helper ext44)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _names(text: str, source: str = "xwlb_2025-06-12-003.txt") -> list[str]:
    got = extract_page("标题\n\n" + text, source_name=source).organizations
    return [o.name for o in got]


BANKS_NAMED_ONLY_INSIDE_AN_AUTONOMOUS_REGIONS_BRANCH = [
    pytest.param(
        "今天（6月12日），国家开发银行广西壮族自治区分行与某某市人民政府签订了贷款协议。",
        "国家开发银行",
        id="development-bank-region-branch",
    ),
    pytest.param(
        "今天（6月12日），中国工商银行宁夏回族自治区分行与某某市人民政府签订了贷款协议。",
        "中国工商银行",
        id="commercial-bank-region-branch",
    ),
    pytest.param(
        "今天（6月12日），中国农业银行延边朝鲜族自治州分行与某某县人民政府签订了贷款协议。",
        "中国农业银行",
        id="bank-autonomous-prefecture-branch",
    ),
]


@pytest.mark.parametrize("text,bank", BANKS_NAMED_ONLY_INSIDE_AN_AUTONOMOUS_REGIONS_BRANCH)
def test_ext44_a_bank_named_only_inside_its_autonomous_regions_branch_is_no_organisation(text, bank):
    """甲银行乙自治区分行: the place before 分行 runs past six characters (广西壮族自治区), and the bank was listed as an
    organisation of its own (b49, b51 listed 国家开发银行 so); a bank of a six-character place was not (b35)."""
    names = _names(text)
    assert bank not in names
    assert any(n.startswith(bank) and n.endswith("分行") for n in names)


CROWDS_COMING_TO_SEE = [
    pytest.param(
        "今天（6月12日），某某纪念馆开馆仪式在某地举行。开馆当天，有三千多名游客前来参观。",
        id="tourists-come-to-see-a-memorial-hall",
    ),
    pytest.param(
        "今天（6月12日），某某博物馆正式开馆。当天共有五千多名市民参观了展览。",
        id="citizens-saw-the-exhibition",
    ),
    pytest.param(
        "今天（6月12日），某某展览在某地开幕。开幕首日，近万名观众前来参观。",
        id="visitors-on-the-first-day",
    ),
]


@pytest.mark.parametrize("text", CROWDS_COMING_TO_SEE)
def test_ext44_a_crowd_coming_to_see_is_no_inspection(text):
    """群众前来参观 / 市民参观了展览: people of no name coming to see a place just opened, no inspection (b50 read one with
    no one in it)."""
    events = extract_page("标题\n\n" + text, source_name="xwlb_2025-06-12-003.txt").events
    assert [e for e in events if e.kind == "inspection"] == []


def test_ext44_a_leader_who_sees_a_plant_still_inspects():
    """The crowd words stop 参观 only right after them: a named leader's 参观 stays an inspection."""
    events = extract_page(
        "标题\n\n今天（6月12日），某某市副市长张三明参观了某某公司的生产车间。", source_name="xwlb_2025-06-12-003.txt"
    ).events
    assert [e.participants for e in events if e.kind == "inspection"] == [["张三明"]]


A_VISITING_GROUP_NAMED_AS_A_PARTNER = [
    pytest.param(
        "今天（6月12日），某某市人民政府与台商考察团举行项目签约仪式，共签约项目5个。",
        "signing",
        id="signing-with-the-group",
    ),
    pytest.param(
        "今天（6月12日），某某市市长张三明为某某考察团举行欢迎晚宴。",
        "meeting",
        id="banquet-for-the-group",
    ),
    pytest.param(
        "今天（6月12日），某某公司与日本经贸考察团签订了合作协议。",
        "signing",
        id="agreement-with-the-group",
    ),
]


@pytest.mark.parametrize("text,kind", A_VISITING_GROUP_NAMED_AS_A_PARTNER)
def test_ext44_a_group_named_only_as_a_partner_makes_no_inspection(text, kind):
    """考察团 is an inspection's trigger only when the group goes to see in its clause (考察团到甲县考察); named as the
    other side of a signing or a banquet (与考察团举行签约仪式, 为考察团举行欢迎晚宴) it is none (b51 read both so)."""
    events = extract_page("标题\n\n" + text, source_name="xwlb_2025-06-12-003.txt").events
    assert [e.kind for e in events] == [kind]


def test_ext44_a_groups_head_still_inspects():
    """考察团团长甲: the group's head named, the group's trip is still an inspection (as a judged real sentence)."""
    events = extract_page(
        "标题\n\n今天（6月12日），某某考察团团长张三明在某某县听取了工作汇报。", source_name="xwlb_2025-06-12-003.txt"
    ).events
    assert [e.kind for e in events] == ["inspection"]
