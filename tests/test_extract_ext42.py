"""Rows of made-up sentences for general patterns behind leftovers of probe batches b46 and b47 (ext42;
bench/data/pattern_probe_b46.yaml and _b47.yaml, their Left lists)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

COOPERATIVE_UNIONS = [
    pytest.param(
        "本报济南２月１０日讯 会议期间，莱阳市供销合作社联合社与甲乙面粉有限公司签订了购销合同。",
        [("购销合同", ["莱阳市供销合作社联合社", "甲乙面粉有限公司"])],
        {"莱阳市供销合作社联合社", "甲乙面粉有限公司"},
        id="a-union-of-cooperatives-signs",
    ),
    pytest.param(
        "本报济南２月１０日讯 栖霞市供销合作社联合社昨天召开社员代表大会。"
        "会后，栖霞市供销合作社联合社与中国农业发展银行栖霞市支行签署了收购贷款协议。",
        [("收购贷款协议", ["栖霞市供销合作社联合社", "中国农业发展银行栖霞市支行"])],
        {"栖霞市供销合作社联合社", "中国农业发展银行栖霞市支行"},
        id="the-union-holds-a-congress-then-borrows",
    ),
]


@pytest.mark.parametrize("text,deals,orgs", COOPERATIVE_UNIONS)
def test_ext42_a_union_of_cooperatives_is_one_body(text, deals, orgs):
    """…供销合作社联合社 is one body (org_suffixes.yaml 联合社, 合作社联合社: the 合作社 inside it ends no name), not
    …供销合作社 cut before 联合社 beside it (b46 probe: the union's deals, posts and founding given the cut name)."""
    got = extract_page("标题\n\n" + text, source_name="pd1998_19980210-02-004.txt")
    assert [(a.kind, a.parties) for a in got.agreements] == deals
    assert {o.name for o in got.organizations} == orgs


COOPERATIVE_BOARD_HEADS = [
    pytest.param(
        "本报济南２月１０日讯 莱阳市供销合作社联合社昨天召开第三届社员代表大会，张一明当选为理事会主任，王二兰当选为监事会主任。",
        [("张一明", "理事会主任", "莱阳市供销合作社联合社"), ("王二兰", "监事会主任", "莱阳市供销合作社联合社")],
        id="the-union-elects-its-board-heads",
    ),
    pytest.param(
        "本报讯 甲乙蔬菜专业合作社昨天召开成员大会，选举赵一民为理事会副主任，孙丽芳为监事会副主任。",
        [("赵一民", "理事会副主任", "甲乙蔬菜专业合作社"), ("孙丽芳", "监事会副主任", "甲乙蔬菜专业合作社")],
        id="a-cooperative-elects-deputies",
    ),
]


@pytest.mark.parametrize("text,posts", COOPERATIVE_BOARD_HEADS)
def test_ext42_a_cooperatives_board_heads_are_titles_of_it(text, posts):
    """理事会主任/监事会主任 (and their 副) are titles (titles.txt), in the cooperative named last before
    (chain_rules.yaml last_named), not 主任 of a body 理事会 or 监事 of none (b46 probe)."""
    got = extract_page("标题\n\n" + text, source_name="pd1998_19980210-02-004.txt")
    assert [(p.name, q.title, q.org) for p in got.persons for q in p.posts] == posts


MEETINGS_NAMED_BY_THEIR_AIM = [
    pytest.param(
        "今天（12月16日），湖南省推动民营企业高质量发展大会在长沙召开。",
        [("meeting", "2025-12-16", "长沙市")],
        id="a-conference-named-push-for-held-in-a-city",
    ),
    pytest.param(
        "今天（12月16日），全省加快乡村振兴工作会议在岳阳举行。",
        [("meeting", "2025-12-16", "岳阳市")],
        id="a-work-meeting-named-speed-up-held-in-a-city",
    ),
    pytest.param(
        "今天（12月16日），甲省要推动民营企业发展大会在长沙召开。",
        [],
        id="a-plan-to-hold-it-stays-a-plan",
    ),
]


@pytest.mark.parametrize("text,wanted", MEETINGS_NAMED_BY_THEIR_AIM)
def test_ext42_a_meeting_named_by_its_aim_is_held(text, wanted):
    """…推动…大会在长沙召开: the modal word opens the meeting's name right before its trigger (event_kinds.yaml name_span,
    name_span_trigger), no plan; a modal word before the name (要推动…) still is (b46 probe: the conference missed, and so
    its place 长沙)."""
    got = extract_page("标题\n\n" + text, source_name="xwlb_2025-12-16-005.txt").events
    assert [(e.kind, e.date, e.location) for e in got] == wanted


KINDS_OF_BODY_NAMED_BY_GRADE = [
    pytest.param(
        "本报讯 甲乙市人民医院院长张一明说，医院将力争三年内建成三级甲等综合医院。",
        "综合医院",
        id="a-general-hospital-to-be-built",
    ),
    pytest.param(
        "本报讯 甲乙中学校长王一华说，学校将努力办成当地一流的完全中学。",
        "完全中学",
        id="a-full-middle-school-to-become",
    ),
]


@pytest.mark.parametrize("text,kind", KINDS_OF_BODY_NAMED_BY_GRADE)
def test_ext42_a_grade_of_hospital_or_school_names_no_body(text, kind):
    """综合医院, 完全中学: the stem says only what grade of hospital or school it is (org_generic.yaml suffix_kinds), no
    body (b47 probe: junk bodies 综合医院 and 完全中学)."""
    got = extract_page("标题\n\n" + text, source_name="eb_x.txt")
    assert kind not in {o.name for o in got.organizations}


def test_ext42_a_union_of_credit_cooperatives_is_a_bank():
    """…信用合作社联合社 is a bank (org_suffixes.yaml: the longest suffix wins over 合作社联合社, other)."""
    got = extract_page(
        "标题\n\n本报济南２月１０日讯 会议期间，莱阳市农村信用合作社联合社与甲乙面粉有限公司签订了贷款合同。",
        source_name="pd1998_19980210-02-004.txt",
    )
    assert {o.name: o.type for o in got.organizations}.get("莱阳市农村信用合作社联合社") == "bank"
