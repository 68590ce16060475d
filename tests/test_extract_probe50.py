"""Rows of made-up sentences for the general patterns behind the misses of probe batch b50 (science, education, health,
culture, tourism and the environment; bench/data/pattern_probe_b50.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _events(text, name):
    return [(e.kind, e.date, e.participants) for e in extract_page("标题\n\n" + text, source_name=name).events]


OPENINGS_AND_FOUNDINGS = [
    pytest.param(
        "新华社某地５月６日电 （记者甲乙）某某民俗博物馆今天在某地建成开馆。副省长陈一新出席开馆仪式并剪彩。",
        "pd1998_19980507-02-004.txt",
        ("launch", "1998-05-06", ["陈一新"]),
        id="museum-opened-on-a-day",
    ),
    pytest.param(
        "本报讯 昨天上午，某市科技馆正式开馆。市委书记王大成出席仪式并剪彩。",
        "eb_1a2b3c4d.txt",
        ("launch", None, ["王大成"]),
        id="science-hall-opened-no-dateline",
    ),
    pytest.param(
        "今天（3月4日），某某医疗集团成立暨门诊大楼启用仪式在某地举行。国家卫生健康委副主任刘一平宣布集团成立，副省长张二强出席仪式。",
        "xwlb_2025-03-04-002.txt",
        ("launch", "2025-03-04", ["刘一平", "张二强"]),
        id="building-into-use-ceremony-as-subject",
    ),
]


@pytest.mark.parametrize("text,name,wanted", OPENINGS_AND_FOUNDINGS)
def test_probe50_a_museum_opened_or_a_building_put_into_use_is_a_launch(text, name, wanted):
    """A museum opened (建成开馆, as 开园 and 开港) and a ceremony of a building put into use named as its sentence's
    subject (…成立暨大楼启用仪式在甲地举行, as 并网发电仪式) are launches (event_kinds.yaml launch triggers; b50 probe: the
    museum's launch missed, the hospital group's read as an other event)."""
    got = _events(text, name)
    if wanted[1] is None:
        assert (wanted[0], wanted[2]) in [(k, p) for k, _, p in got]
    else:
        assert wanted in got


NO_OPENING = [
    pytest.param("本报讯 该馆自开馆以来，累计接待观众３０万人次。", "pd1998_19980507-02-004.txt", id="since-opening"),
    pytest.param("本报讯 博物馆开馆后将常年举办文物精品展。", "pd1998_19980507-02-004.txt", id="after-opening-plan"),
    pytest.param("本报讯 图书馆闭馆时间调整为晚上九点。", "pd1998_19980507-02-004.txt", id="closing-time"),
]


@pytest.mark.parametrize("text,name", NO_OPENING)
def test_probe50_opening_words_of_no_opening_are_no_launch(text, name):
    """开馆 looking back (自开馆以来), ahead (开馆后) and 闭馆 tell no opening held."""
    assert "launch" not in [k for k, _, _ in _events(text, name)]


TEAMS_COMING_HERE = [
    pytest.param(
        "本报讯（记者 王某）昨天，省卫生厅副厅长刘一强率检查组来我市检查医改工作。市长张大华陪同检查。",
        "eb_1a2b3c4d.txt",
        ("inspection", ["刘一强", "张大华"]),
        id="team-comes-to-our-city",
    ),
    pytest.param(
        "新华网某地8月6日电 省环保厅厅长王一平率督查组昨日来某市检查污染减排工作，市长李二国陪同。",
        "cnews_x.txt",
        ("inspection", ["王一平", "李二国"]),
        id="team-comes-to-a-named-city",
    ),
]


@pytest.mark.parametrize("text,name,wanted", TEAMS_COMING_HERE)
def test_probe50_a_team_led_here_to_check_is_an_inspection(text, name, wanted):
    """A 检查组 someone leads here (率检查组来我市检查…) is an inspection, as one led to a place (率检查组到…, b48)
    (event_kinds.yaml inspection triggers; b50 probe: the health department's inspection missed)."""
    assert wanted in [(k, p) for k, _, p in _events(text, name)]


AFTER_AN_INSPECTION = [
    pytest.param(
        "本报讯 昨天，省卫生厅副厅长刘一强率检查组来我市检查医改工作。\n检查结束后，市卫生局与某银行某分行签署了医疗卫生融资协议。刘一强出席签字仪式。",
        "发布时间：2011-06-22\n",
        "2011-06-21",
        id="check-ended-new-paragraph",
    ),
    pytest.param(
        "本报讯 前天，副市长王一平到某县调研农村饮水安全工作。\n调研结束后，某县人民政府与某水务有限公司签订了供水工程合作协议。",
        "发布时间：2011-04-12\n",
        "2011-04-10",
        id="survey-ended-new-paragraph",
    ),
]


@pytest.mark.parametrize("text,head,day", AFTER_AN_INSPECTION)
def test_probe50_a_deal_after_an_inspection_ended_has_its_day(text, head, day):
    """A paragraph opening after the inspection told (检查结束后，/调研结束后，) goes on with its day, as 仪式结束后，
    (event_kinds.yaml scene_sequel; b50 probe: both deals after the health inspection had no day)."""
    page = extract_page("标题\n\n" + head + text, source_name="eb_1a2b3c4d.txt")
    assert [a.date for a in page.agreements] == [day]


SHORT_NAMES_WITH_A_CUT_FORM_NAMED = [
    pytest.param(
        "本报讯 昨天，某州市人民政府与河南华丰文旅投资集团有限公司签署了古镇建设协议。华丰文旅董事长、党委书记孙一庆介绍了项目。",
        [("董事长", "河南华丰文旅投资集团有限公司"), ("党委书记", "河南华丰文旅投资集团有限公司党委")],
        id="investment-group-short-name-and-committee",
    ),
    pytest.param(
        "本报讯 昨天，某县人民政府与江西恒达旅游开发集团有限公司签订了景区开发合同。恒达旅游总经理兼党委书记刘一新介绍了项目。",
        [("总经理", "江西恒达旅游开发集团有限公司"), ("党委书记", "江西恒达旅游开发集团有限公司党委")],
        id="development-group-short-name-and-committee",
    ),
]


@pytest.mark.parametrize("text,posts", SHORT_NAMES_WITH_A_CUT_FORM_NAMED)
def test_probe50_a_short_name_is_the_company_even_with_its_cut_form_named(text, posts):
    """A short name (华丰文旅) of a company whose full name and its 集团 cut form are both among the names
    (河南华丰文旅投资集团有限公司, 河南华丰文旅投资集团) is that one company, and its 党委 that company's committee
    (resolve.py _firm_of_bare_name; b50 probe: 中原文旅党委 left as a body of its own)."""
    got = extract_page("标题\n\n发布时间：2011-05-13\n发布人：-某某日报\n" + text, source_name="eb_x.txt")
    assert [(q.title, q.org) for p in got.persons for q in p.posts] == posts


WITNESSES_AFTER_THE_DEALS = [
    pytest.param(
        "今天（7月8日），某某医院集团成立仪式在某地举行。副主任李一远宣布集团成立，副省长杨二明出席仪式并致辞。\n"
        "仪式上，某某医院集团与某州人民政府签署了医疗中心建设协议；与某银行某分行签订了融资协议。李一远、杨二明见证签约。",
        "xwlb_2025-07-08-005.txt",
        ["李一远", "杨二明"],
        id="announcer-and-speaker-both-witness",
    ),
    pytest.param(
        "本报讯 前天上午，某湿地公园开园仪式在某县举行。局长王一龙，市委书记周二明，市长黄三勇出席仪式并剪彩。\n"
        "开园仪式上，某县人民政府与某旅游发展有限公司签订了旅游开发协议；某银行某支行与某县林业局签署了贷款合作协议。王一龙、周二明见证签约。",
        "eb_x.txt",
        ["王一龙", "周二明"],
        id="ribbon-cutting-mayor-no-witness",
    ),
]


@pytest.mark.parametrize("text,name,witnesses", WITNESSES_AFTER_THE_DEALS)
def test_probe50_the_first_deal_of_a_scene_paragraph_has_the_witnesses_named_after_it(text, name, witnesses):
    """A paragraph opening at the ceremony told (仪式上，A与B签署…；…。乙、丙见证签约。) names the witnesses of its first
    deal after the deals, not in the paragraph before that told who attended the ceremony (agreements.py
    witnesses_of; b50 probe and b48 Left: a 宣布 vice-minister lost, a 剪彩 mayor added)."""
    if name.startswith("eb"):
        text = "发布时间：2011-04-12\n发布人：-某某日报\n" + text
    got = extract_page("标题\n\n" + text, source_name=name).agreements
    assert got and got[0].witnesses == witnesses
