"""Rows of made-up sentences for the general patterns probe batch b55 left (bench/data/pattern_probe_b55.yaml's
Left: line): plans told with a future word before an organising verb, ... (issue 10, session 39 helper ext50)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

PLANNED_ORGANISING = [
    pytest.param(
        "近日，某部副部长张一明接受了本台记者专访。\n记者：下一步有哪些安排？\n张一明：今年计划新增网点300个。江西省商务厅、江西省工业和信息化厅将于下月联合召开"
        "现场推进会，部署回收体系建设。",
        "xwlb_2025-05-20-007.txt",
        id="will-jointly-convene-next-month",
    ),
    pytest.param(
        "本报讯 记者从甲市商务局获悉，甲市商务局拟与乙丙会展有限公司于9月共同举办家居用品博览会，展期三天。",
        "eb_x.txt",
        id="intends-to-co-host-an-expo",
    ),
    pytest.param(
        "中新网北京6月12日电 据了解，甲省商务厅和乙省商务厅计划在秋季联合举办农产品展销活动，届时将有200多家企业参展。",
        "cnews_x.txt",
        id="plans-to-hold-a-fair-in-autumn",
    ),
]


@pytest.mark.parametrize("text,name", PLANNED_ORGANISING)
def test_ext50_a_planned_activity_organised_is_no_event(text, name):
    """Bodies said to organise an activity with a future word before the verb in its clause (将于下月联合召开, 拟…共同
    举办, 计划…联合举办) plan it: no event held (b55 probe: an interview's plan read as a meeting of next month)."""
    assert extract_page("标题\n\n" + text, source_name=name).events == []


def test_ext50_an_activity_organised_already_is_still_an_event():
    """The guard of the rows above: bodies that held an activity together (no future word) organised it."""
    text = "本报讯 江西省商务厅和湖南省商务厅昨天在南昌联合举办了农产品展销活动，两省200多家企业参展。"
    events = extract_page("标题\n\n" + text, source_name="eb_x.txt").events
    assert events and "江西省商务厅" in events[0].organizers


EMBASSY_COUNSELLORS = [
    pytest.param(
        "新华社北京３月５日电 陈一明，男，１９５０年３月生，研究生学历，曾任中国驻德国大使馆经济商务参赞。",
        "pd1998_19980305-02-001.txt",
        ("经济商务参赞", "中国驻德国大使馆"),
        id="former-economic-and-commercial-counsellor",
    ),
    pytest.param(
        "新华社北京３月５日电 中国驻法国大使馆公使衔参赞王二林出席了签约仪式。",
        "pd1998_19980305-02-001.txt",
        ("公使衔参赞", "中国驻法国大使馆"),
        id="minister-counsellor-before-the-name",
    ),
    pytest.param(
        "本报讯 昨天，中国驻泰国大使馆科技参赞李三强一行来我市考察。",
        "eb_x.txt",
        ("科技参赞", "中国驻泰国大使馆"),
        id="science-counsellor-visits",
    ),
]


@pytest.mark.parametrize("text,name,post", EMBASSY_COUNSELLORS)
def test_ext50_a_counsellor_of_a_field_is_the_whole_embassys(text, name, post):
    """A counsellor of a field (经济商务参赞, 公使衔参赞) after 中国驻X大使馆 holds the post at the embassy named whole, as
    参赞 alone does (post_rules.yaml embassy_roles; b55 probe: 中国驻日本大使馆 cut to 日本大使馆)."""
    page = extract_page("标题\n\n" + text, source_name=name)
    posts = [(p.title, p.org) for x in page.persons for p in x.posts]
    assert post in posts
    assert post[1].removeprefix("中国驻") not in [org for _, org in posts] + [o.name for o in page.organizations]


NOTICE_DECIDED_AFTER_A_COLON = [
    pytest.param(
        "甲市人民政府关于张一明等同志职务任免的通知\n\n发布时间：2012-05-20\n发布人：-甲市日报\n"
        "市政府各部门：\n经2012年5月14日市政府第八次常务会议研究决定：\n任命张一明为甲市财政局局长；\n"
        "任命李二强为甲市审计局副局长；\n免去王三立的甲市财政局局长职务。\n特此通知。",
        "eb_1a2b3c4d.txt",
        "2012-05-14",
        id="dated-standing-meeting-then-a-list",
    ),
    pytest.param(
        "乙县人民政府关于任免干部的通知\n\n发布时间：2010-09-03\n发布人：-乙县报\n"
        "经8月30日县政府常务会议研究决定：\n任命赵四平为乙县商务局局长；\n免去孙五华的乙县商务局局长职务（退休）；\n"
        "任命周六安为乙县统计局局长。\n以上同志的任职时间从县政府常务会议研究决定之日起计算。",
        "eb_5e6f7a8b.txt",
        "2010-08-30",
        id="list-after-a-removal-line-and-a-later-mention",
    ),
]


@pytest.mark.parametrize("text,name,day", NOTICE_DECIDED_AFTER_A_COLON)
def test_ext50_a_notice_tells_the_standing_meeting_that_decided_its_list(text, name, day):
    """A line of its own ending on a colon (经…常务会议研究决定：) opens what follows, no heading (scene.mark_headings):
    its meeting is held that day, and the 任命/免去 lines listed after it are that meeting's decision, no event of their
    own (event_kinds.yaml decision_colon; b55 probe: the dated meeting missed, the list an other event)."""
    events = extract_page(text, source_name=name).events
    assert [(e.kind, e.date) for e in events] == [("meeting", day)]


FORUM_ON_A_TRIP = [
    pytest.param(
        "昨天，某局局长张一明在甲省副省长李二强陪同下，调研了乙市综合保税区和几家物流企业，并召开座谈会听取企业意见。",
        "xwlb_2025-04-15-009.txt",
        id="inspected-then-held-a-forum",
    ),
    pytest.param(
        "本报讯 前天，市长王三立到甲县考察农业产业化项目，随后主持召开座谈会，听取企业负责人的意见和建议。",
        "eb_x.txt",
        id="inspected-then-chaired-a-forum",
    ),
]


@pytest.mark.parametrize("text,name", FORUM_ON_A_TRIP)
def test_ext50_a_forum_held_on_an_inspection_in_its_sentence_is_part_of_it(text, name):
    """A 座谈会 convened in a clause opening on 并/随后 right after an inspection in the same sentence, by the same
    persons, is a stop of that inspection, no event of its own (event_kinds.yaml trip_forum; b55 probe: …调研了…，并召开
    座谈会听取企业意见 read as a meeting too)."""
    events = extract_page("标题\n\n" + text, source_name=name).events
    assert [e.kind for e in events] == ["inspection"]


def test_ext50_a_forum_in_a_sentence_of_its_own_is_still_a_meeting():
    """The guard of the rows above: a forum told in a sentence of its own after the inspection is its own meeting."""
    text = (
        "本报讯 前天，市长王三立到甲县考察农业产业化项目。当天下午，王三立在甲县主持召开座谈会，听取企业负责人的意见。"
    )
    events = extract_page("标题\n\n" + text, source_name="eb_x.txt").events
    assert sorted(e.kind for e in events) == ["inspection", "meeting"]


ITEM_HEADLINE_RETOLD = [
    pytest.param(
        "联播快讯\n\n华讯通信与绵阳市签署数字经济合作协议\n今天，华讯通信集团有限公司与绵阳市人民政府在绵阳签署了数字经济战略"
        "合作协议，华讯通信将投资20亿元。绵阳市市长张一明出席签约仪式。\n某地举行春季招聘会\n昨天，某地举行春季招聘会，提供岗位2万个。",
        "数字经济战略合作协议",
        id="first-item-headline-a-shorter-kind",
    ),
    pytest.param(
        "联播快讯\n\n某地举行春季招聘会\n昨天，某地举行春季招聘会，提供岗位2万个。\n江苏银行与扬州市签署合作协议\n今天，江苏银行与"
        "扬州市人民政府在扬州签署全面战略合作协议，江苏银行将提供100亿元授信。",
        "全面战略合作协议",
        id="second-item-headline-same-parties",
    ),
]


@pytest.mark.parametrize("text,kind", ITEM_HEADLINE_RETOLD)
def test_ext50_an_items_headline_deal_is_the_one_its_body_tells(text, kind):
    """The headline line of an item on a page of items (a line of its own with no full stop: 甲与乙签署…协议) tells
    the deal its body tells after it with a party of the headline's: one agreement, the body's (b55 probe: a 联播快讯
    item's headline deal an agreement of its own with no date)."""
    got = extract_page(text, source_name="xwlb_2025-04-15-009.txt").agreements
    assert [(a.kind, a.date) for a in got] == [(kind, "2025-04-15")]


def test_ext50_a_headline_deal_its_item_does_not_retell_stays():
    """The guard of the rows above: a headline deal whose item tells no signing after it stays an agreement."""
    text = "联播快讯\n\n江苏银行与扬州市签署全面战略合作协议\n据介绍，今后三年双方将在基础设施和科技金融领域深化合作。"
    got = extract_page(text, source_name="xwlb_2025-04-15-009.txt").agreements
    assert [a.kind for a in got] == ["全面战略合作协议"]
