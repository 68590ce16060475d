"""Rows of made-up sentences for general patterns left by probe batches b48, b46, b47 and b44 (helper ext43)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

BODIES_NAMED_ONLY_INSIDE_LONGER_ONES = [
    pytest.param(
        "今天（6月12日），某某产业园开园仪式在某地举行。农业农村部种业管理司司长张一明出席仪式。",
        "农业农村部",
        id="ministry-inside-its-department",
    ),
    pytest.param(
        "今天（6月12日），某某产业园开园仪式在某地举行。原甘肃省农业农村厅种子管理局局长李二强介绍了情况。",
        "甘肃省农业农村厅",
        id="province-department-inside-its-bureau",
    ),
    pytest.param(
        "今天（6月12日），某某林场植树活动在某地举行。国家林业局造林司司长赵四明出席活动。",
        "国家林业局",
        id="national-bureau-inside-its-department",
    ),
]


@pytest.mark.parametrize("text,inner", BODIES_NAMED_ONLY_INSIDE_LONGER_ONES)
def test_ext43_a_body_named_only_inside_a_longer_name_is_no_organisation_of_its_own(text, inner):
    """A body the page writes only inside the name of a longer one (农业农村部 of 农业农村部种业管理司) is no
    government body of its own, as a national bank named only inside its branch's name (b35) and as the dev gold lists
    国家统计局贵州调查总队 alone; b48 listed 农业农村部, 甘肃省农业农村厅, 国家林业局 so."""
    got = extract_page("标题\n\n" + text, source_name="xwlb_2025-06-12-003.txt").organizations
    names = [n for o in got for n in (o.name, *o.aliases)]
    assert inner not in names


BODIES_ALSO_TOLD_ALONE = [
    pytest.param(
        "今天（6月12日），某某医院新院区启用仪式在某地举行。某某大学附属医院院长王三强出席仪式。",
        "某某大学",
        id="university-inside-its-hospital-stays",
    ),
    pytest.param(
        "今天（6月12日），某某产业园开园仪式在某地举行。农业农村部种业管理司司长张一明出席仪式。农业农村部将支持产业园建设。",
        "农业农村部",
        id="ministry-also-told-alone",
    ),
    pytest.param(
        "今天（6月12日），国家林业局与某某省人民政府签署了合作协议。国家林业局造林司司长赵四明出席签约仪式。",
        "国家林业局",
        id="bureau-also-a-party",
    ),
    pytest.param(
        "今天（6月12日），某某研讨会在某地举行。机械工业部甲乙机械研究院院长王三强出席会议。",
        "机械工业部",
        id="ministry-of-a-research-institute-stays",
    ),
]


@pytest.mark.parametrize("text,inner", BODIES_ALSO_TOLD_ALONE)
def test_ext43_a_body_also_told_alone_stays(text, inner):
    """The same body told alone as well (a subject, a party) stays an organisation of the page, and so does a university
    written only inside its hospital's or college's name (dev gold: 中央财经大学 of 中央财经大学税务学院) and a ministry
    only inside its research institute's (b17: 机械工业部 of its 研究院)."""
    got = extract_page("标题\n\n" + text, source_name="xwlb_2025-06-12-003.txt").organizations
    names = [n for o in got for n in (o.name, *o.aliases)]
    assert inner in names


LOOKING_BACK_IS_NO_LAUNCH = [
    pytest.param(
        "新华网合肥3月11日电 甲乙银行安徽省分行昨日与安徽省农业委员会签署了合作协议。据介绍，该行自去年启动“丙丁惠农卡”工程以来，已向农户发放贷款300亿元。",
        "cnews_x.txt",
        id="quoted-project-started-since",
    ),
    pytest.param(
        "新华网合肥3月11日电 甲乙银行安徽省分行昨日与安徽省农业委员会签署了合作协议。该行自2008年启动农户小额信贷扶持工程以来，累计发放贷款80亿元。",
        "cnews_x.txt",
        id="long-project-name-started-since",
    ),
]


@pytest.mark.parametrize("text,name", LOOKING_BACK_IS_NO_LAUNCH)
def test_ext43_a_start_looked_back_on_is_no_launch(text, name):
    """自…启动…工程以来 looks back over what was done since a start, as 自开港以来 and 自开园以来 already: no launch, however
    long the started thing's name (event_kinds.yaml launch trigger 启动; b48 probe: a launch read from it)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert "launch" not in [e.kind for e in got]


COMMON_WORDS_NO_PERSONS = [
    pytest.param(
        "今天召开全省秋粮收购会议，要求各地敞开收购农民余粮，不准拒收。", "余粮", id="role-word-before-surplus-grain"
    ),
    pytest.param(
        "该灌区工程新建干渠２１０公里、桥闸涵１６００座，可改善灌溉面积８５万亩。",
        "桥闸涵",
        id="bridges-sluices-culverts",
    ),
]


@pytest.mark.parametrize("text,word", COMMON_WORDS_NO_PERSONS)
def test_ext43_a_common_word_is_no_person(text, word):
    """余粮 (surplus grain, after the role word 农民) and 桥闸涵 (a canal's bridges, sluices and culverts) are common
    words, no persons (name_words.yaml not_names, now also checked after a role word of person_roles.txt)."""
    got = extract_page("标题\n\n" + text, source_name="pd1998_19981012-01-001.txt").persons
    assert word not in [p.name for p in got]


def test_ext43_a_person_after_a_role_word_stays():
    """A person after a role word (农民张小明说) is still read."""
    got = extract_page(
        "标题\n\n今天召开全省会议。农民张小明说，今年收成好。", source_name="pd1998_19981012-01-001.txt"
    ).persons
    assert "张小明" in [p.name for p in got]


GRAIN_PURCHASE_IS_NO_ACQUISITION = [
    pytest.param(
        "本报某地１０月１２日讯 上月２８日，张一明在李二强陪同下考察了某县、某市的粮食收购网点。",
        id="grain-purchase-points",
    ),
    pytest.param(
        "本报某地１０月１２日讯 昨天，张一明在李二强陪同下考察了阿城市、双城市的秋粮收购工作。",
        id="autumn-grain-purchase-work",
    ),
]


@pytest.mark.parametrize("text", GRAIN_PURCHASE_IS_NO_ACQUISITION)
def test_ext43_grain_purchase_told_before_is_no_acquisition(text):
    """收购 after the grain bought (粮食收购网点, 秋粮收购) is buying from farmers, no firm acquired, as 收购…粮 already
    (event_kinds.yaml other trigger; b48 probe: an other event beside the inspection)."""
    got = extract_page("标题\n\n" + text, source_name="pd1998_19981013-01-001.txt").events
    assert [e.kind for e in got] == ["inspection"]


def test_ext43_a_report_meeting_is_no_body():
    """汇报会 (召开汇报会, 汇报会上，) is a meeting, no organisation (org_generic.yaml false_endings; b47 probe)."""
    text = "本报某地１月２０日讯 联合检查组今天在某地召开汇报会。汇报会上，甲省环保局与乙省环保局签署了协调处理协议。"
    got = extract_page("标题\n\n" + text, source_name="pd1998_19980121-01-001.txt").organizations
    assert "汇报会" not in [o.name for o in got]


def test_ext43_an_oil_administration_is_a_company():
    """A 石油管理局 (an oil field's administration) is an enterprise, typed company as a 矿务局 (b44) (org_suffixes.yaml;
    b48 probe: typed other)."""
    text = "本报某地９月６日讯 某某石油管理局局长王三强今天出席了庆祝大会。"
    got = extract_page("标题\n\n" + text, source_name="pd1998_19980907-01-001.txt").organizations
    assert ("某某石油管理局", "company") in [(o.name, o.type) for o in got]
