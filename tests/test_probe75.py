"""Rows of made-up sentences for the general patterns behind the misses of probe batch b75 (relative dates, officials
at four levels, party standing meetings, bank loans, three-party pacts; bench/data/pattern_probe_b75.yaml). Each row
failed before its fix unless marked a near-miss."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _participants(text: str, name: str, kind: str) -> set[str]:
    return {p for e in _facts(text, name).get("events") or [] if e["kind"] == kind for p in e.get("participants") or []}


REPORT_HEARD = [
    pytest.param(
        "本报南昌１月１４日讯 中共青岚市委昨天召开常委会议。市委书记孟江远主持会议。会议听取了市水利局局长韩志诚关于去年防汛工作的汇报。",
        "pd1998_19980114-02-751.txt",
        "韩志诚",
        id="pd1998-standing-committee-heard-bureau-head",
    ),
    pytest.param(
        "发布时间：2011-04-13\n本报讯（记者 甲乙）昨日，星河县召开安全生产工作会议。县长方明远主持会议。会议听取了县安监局局长祁东升关于一季度安全生产情况的汇报。",
        "eb_0000b751.txt",
        "祁东升",
        id="eb-work-meeting-heard-bureau-head",
    ),
]


@pytest.mark.parametrize("text,name,who", REPORT_HEARD)
def test_probe75_one_whose_report_on_something_is_heard_is_at_the_meeting(text, name, who):
    """听取了<post><name>关于…的汇报 (event_kinds.yaml participation): the one reporting is a participant of the
    meeting, as 听取了…所作的报告."""
    assert who in _participants(text, name, "meeting")


NAME_BEFORE_GUANYU = [
    pytest.param(
        "发布时间：2011-04-13\n本报讯（记者 甲乙）昨日，星河县召开常委会议。会议听取了县住建局局长齐平关于集镇建设的汇报。",
        "eb_0000b752.txt",
        "齐平",
        id="two-character-name-then-guanyu",
    ),
    pytest.param(
        "中新网北京9月3日电 (记者 孙涛) 会议审议了司长杜明关于中小企业扶持政策的说明。",
        "cnews_2009-09-03-751.txt",
        "杜明",
        id="cnews-two-character-name-then-guanyu",
    ),
]


@pytest.mark.parametrize("text,name,who", NAME_BEFORE_GUANYU)
def test_probe75_guanyu_after_a_name_is_no_part_of_it(text, name, who):
    """<name>关于…: 关于 ends the name (person_words.yaml name_stops), 齐平 not 齐平关."""
    names = {p["name"] for p in _facts(text, name).get("persons") or []}
    assert who in names and who + "关" not in names


SOURCE_AFTER_SIGNING = [
    pytest.param(
        "本报信阳１月２３日讯 座谈会后，中国农业银行青岚省分行与星河地区行政公署签订了扶贫贷款协议。"
        "据星河县县长吕长河介绍，全县去年有３万人越过温饱线。",
        "pd1998_19980123-04-751.txt",
        "吕长河",
        id="pd1998-ju-county-head-jieshao",
    ),
    pytest.param(
        "中新网昆明7月9日电 (记者 杨帆) 甲集团与青岚省人民政府前天签署了合作协议。"
        "据协会副会长严松柏表示，行业集中度将进一步提高。",
        "cnews_2009-07-09-751.txt",
        "严松柏",
        id="cnews-ju-association-biaoshi",
    ),
]


@pytest.mark.parametrize("text,name,who", SOURCE_AFTER_SIGNING)
def test_probe75_a_source_told_by_ju_after_a_signing_is_no_participant(text, name, who):
    """据<post><name>介绍，… after a signing with no one named: the source of what follows, not one who spoke at the
    signing (event_kinds.yaml reported_lead, read in events._speakers; lead's ruling b)."""
    assert who not in _participants(text, name, "signing")


INTERVIEWED_AFTER = [
    pytest.param(
        "中新网昆明7月9日电 (记者 杨帆) 据了解，双方上月曾在北京举行高层会谈。"
        "中国某某工业协会副会长祝宏达接受采访时表示，此次重组有利于提升产业集中度。",
        "cnews_2009-07-09-752.txt",
        "祝宏达",
        "talks",
        id="cnews-interviewed-after-talks-told",
    ),
    pytest.param(
        "发布时间：2011-06-24\n本报讯（记者 方晓东）昨日，市政府与星河集团签订了合作协议。"
        "星河集团总裁韦立群在接受本报采访时说，项目年内开工。",
        "eb_0000b753.txt",
        "韦立群",
        "signing",
        id="eb-interviewed-after-signing",
    ),
]


@pytest.mark.parametrize("text,name,who,kind", INTERVIEWED_AFTER)
def test_probe75_one_who_speaks_in_an_interview_is_no_participant(text, name, who, kind):
    """<name>接受采访时表示/说: said to the press (event_kinds.yaml speaker_not 采访, as 记者), not at the event told
    before (lead's ruling b)."""
    assert who not in _participants(text, name, kind)


PREFECTURE_COMMITTEE_SHORT = [
    pytest.param(
        "央视网消息（新闻联播）：四川省委副书记、省长甲乙丙，凉山州委书记韩明远陪同调研。",
        "xwlb_2025-10-23-751.txt",
        ("韩明远", "中共凉山彝族自治州委员会"),
        id="xwlb-liangshan-zhouwei-after-province",
    ),
    pytest.param(
        "发布时间：2011-06-24\n本报讯（记者 甲乙）湖北省副省长祁连山，恩施州委书记曹文博出席开工仪式。",
        "eb_0000b754.txt",
        ("曹文博", "中共恩施土家族苗族自治州委员会"),
        id="eb-enshi-zhouwei-after-province",
    ),
    pytest.param(
        "新华社呼和浩特１月２０日电 内蒙古自治区副主席甲乙丙，锡林郭勒盟委书记朝克图出席会议。",
        "pd1998_19980121-02-751.txt",
        ("朝克图", "中共锡林郭勒盟委员会"),
        id="near-miss-pd1998-xilingol-mengwei-after-region",
    ),
]


@pytest.mark.parametrize("text,name,want", PREFECTURE_COMMITTEE_SHORT)
def test_probe75_an_autonomous_prefecture_written_short_before_its_committee(text, name, want):
    """<X>州委 / <X>盟委 with <X>州 an autonomous prefecture's short form (posts._read_link): that prefecture's committee,
    not the province's named before in the chain."""
    person, org = want
    posts = [p for q in _facts(text, name).get("persons") or [] if q["name"] == person for p in q["posts"]]
    assert org in {p["org"] for p in posts}


BOARD_MEETING_HELD = [
    pytest.param(
        "中新网昆明7月9日电 (记者 杨帆) 星河集团与青岚省人民政府前天签署重组协议。据了解，星河集团上周五已在北京召开董事会，审议通过了重组方案。",
        "cnews_2009-07-09-753.txt",
        ("2009-07-03", "meeting"),
        id="cnews-last-friday-board-meeting",
    ),
    pytest.param(
        "发布时间：2011-06-24\n本报讯（记者 甲乙）昨日，市慈善总会召开三届二次理事会，选举产生了新一届领导班子。",
        "eb_0000b755.txt",
        ("2011-06-23", "meeting"),
        id="eb-yesterday-council-meeting",
    ),
]


@pytest.mark.parametrize("text,name,want", BOARD_MEETING_HELD)
def test_probe75_a_board_or_council_meeting_held_is_a_meeting(text, name, want):
    """召开/举行…董事会/理事会/监事会 (event_kinds.yaml meeting triggers): a meeting held on its day."""
    assert want in {(e.get("date"), e["kind"]) for e in _facts(text, name).get("events") or []}


CREDIT_FIGURE_AFTER = [
    pytest.param(
        "发布时间：2011-06-24\n本报讯（记者 甲乙）昨日，星河银行青岚分行与青岚机械股份有限公司签订了合同。"
        "行长韩冬说，今年1至5月，全市金融机构新增贷款142亿元。",
        "eb_0000b756.txt",
        id="eb-city-new-loans-figure",
    ),
    pytest.param(
        "中新网南京11月5日电 (记者 甲乙) 星河银行江苏省分行与青岚港口集团有限公司昨日签署合作协议。"
        "据介绍，该行对交通基础设施的贷款余额达860亿元。",
        "cnews_2009-11-05-751.txt",
        id="cnews-bank-loan-balance-figure",
    ),
]


@pytest.mark.parametrize("text,name", CREDIT_FIGURE_AFTER)
def test_probe75_a_later_credit_figure_is_no_sum_of_the_agreement(text, name):
    """新增贷款/贷款余额 + a sum in a later sentence (agreement_kinds.yaml amount_stat_terms, read by
    agreements.amount_near for the sums named by a contract word too): a lender's or place's figure, no amount."""
    assert [a.get("amount") for a in _facts(text, name).get("agreements") or []] == [None]


def test_probe75_near_miss_a_source_named_as_the_signing_representative_stays_at_it():
    """Near-miss (passes before and after): 据<side>签约代表、<post><name>介绍 names the source as one who signed
    (event_kinds.yaml signer_label): a participant of the signing, as before."""
    text = (
        "发布时间：2011-08-04\n8月3日下午，星河代表团与青岚控股集团在荆州签订《战略合作框架协议》。"
        "据星河方签约代表、星河委员会主任委员韩东成介绍，星河方比较了多家工厂的产品。"
    )
    assert "韩东成" in _participants(text, "eb_0000b757.txt", "signing")
