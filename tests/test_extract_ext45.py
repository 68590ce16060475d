"""Rows of made-up sentences for general patterns left by probe batches b48-b52 (helper ext45)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, source: str = "xwlb_2025-06-12-003.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


PREFECTURES_WRITTEN_SHORT = [
    pytest.param(
        "今天（6月12日），某某省扶贫开发办公室主任、原黔东南州副州长李明华主持会议。",
        "李明华",
        "副州长",
        "黔东南苗族侗族自治州人民政府",
        "黔东南州",
        id="former-deputy-head-of-a-prefecture",
    ),
    pytest.param(
        "今天（6月12日），恩施州州长王建华会见了来访的客商。",
        "王建华",
        "州长",
        "恩施土家族苗族自治州人民政府",
        "恩施州",
        id="prefecture-head-meets-guests",
    ),
    pytest.param(
        "今天（6月12日），大理州副州长赵立新出席了签约仪式。",
        "赵立新",
        "副州长",
        "大理白族自治州人民政府",
        "大理州",
        id="deputy-head-attends-a-signing",
    ),
]


@pytest.mark.parametrize("text,person,title,org,short", PREFECTURES_WRITTEN_SHORT)
def test_ext45_an_autonomous_prefecture_written_short_is_that_prefecture(text, person, title, org, short):
    """<place>州 of an autonomous prefecture (黔东南州 of 黔东南苗族侗族自治州): its short form is the name before its peoples
    and 州 (place_words.yaml prefecture_peoples); it was no place, so 黔东南州 was an organisation of type other and the
    副州长's post went to it (b52)."""
    got = _page(text)
    posts = [(p.name, q.title, q.org) for p in got.persons for q in p.posts]
    assert (person, title, org) in posts
    assert short not in [o.name for o in got.organizations]


HANDED_OVER_FOR_USE = [
    pytest.param(
        "今天（6月12日），某某市首批经济适用房交付使用仪式在某某区举行。副省长王建华、市委书记李国强出席仪式并剪彩，市长赵明主持仪式。",
        "某某区",
        ["王建华", "李国强", "赵明"],
        id="housing-handed-over-for-use",
    ),
    pytest.param(
        "今天（6月12日），某某中学新校区交付使用典礼在某某县举行，副市长周立新出席典礼。",
        "某某县",
        ["周立新"],
        id="school-campus-handed-over-for-use",
    ),
]


@pytest.mark.parametrize("text,place,people", HANDED_OVER_FOR_USE)
def test_ext45_a_handing_over_for_use_ceremony_is_a_launch(text, place, people):
    """交付使用仪式 of a housing project or a building: a work put into use, a launch as 交付仪式 was (event_kinds.yaml;
    b52 read none)."""
    launches = [e for e in _page(text).events if e.kind == "launch"]
    assert launches and launches[0].location == place
    assert set(people) <= set(launches[0].participants)


DONATION_CEREMONIES = [
    pytest.param(
        "今天（6月12日），“某某助学”项目捐赠仪式在某某市举行。某某基金会副会长王建华、副省长李国强出席仪式并讲话，某某省慈善总会会长赵明主持仪式。",
        "某某市",
        ["王建华", "李国强", "赵明"],
        id="charity-donation-ceremony",
    ),
    pytest.param(
        "今天（6月12日），某某集团向贫困山区学校捐赠仪式在某某县举行。副县长周立新出席仪式。",
        "某某县",
        ["周立新"],
        id="company-donation-to-schools",
    ),
    pytest.param(
        "今天（6月12日），某某省慈善总会“春风行动”捐赠仪式在某某市举行，8家企业现场认捐善款2亿元。副省长李国强出席仪式。",
        "某某市",
        ["李国强"],
        id="quoted-campaign-ceremony-clause-goes-on",
    ),
]


@pytest.mark.parametrize("text,place,people", DONATION_CEREMONIES)
def test_ext45_a_donation_ceremony_held_somewhere_is_an_event_with_its_place_and_guests(text, place, people):
    """…捐赠仪式在甲地举行。: the ceremony named as its sentence's subject, an event (other, as the probe gold reads a donation) with
    its place and the guests of the next sentence (b52 read none, or only the first deal's donation)."""
    held = [e for e in _page(text).events if e.kind == "other" and e.location == place]
    assert held
    assert set(people) <= set(held[0].participants)


DONATION_SUMS_OF_A_DEAL = [
    pytest.param(
        "今天（6月12日），某某项目签约仪式在某某市举行。仪式上，甲乙集团有限公司与某某省红十字会签署了捐赠协议，捐赠资金1亿元。",
        "仪式上",
        id="donation-agreement-with-its-sum",
    ),
    pytest.param(
        "今天（6月12日），某某项目签约仪式在某某市举行。丙丁股份有限公司与某某市慈善总会签订了助学捐赠协议，捐赠善款3000万元。",
        "丙丁",
        id="second-donation-agreement-with-its-sum",
    ),
]


@pytest.mark.parametrize("text,opening", DONATION_SUMS_OF_A_DEAL)
def test_ext45_the_sum_of_a_donation_agreement_is_no_donation_of_its_own(text, opening):
    """…签署了捐赠协议，捐赠资金1亿元: the sum of the deal just signed is that signing's, no donation event (other) of its own
    (b52 read one per deal, next to the signing)."""
    got = _page(text)
    assert any(e.kind == "signing" for e in got.events)
    assert not [e for e in got.events if e.kind == "other" and e.source.sentence.startswith(opening)]


WORKING_GROUPS_LED_TO_CHECK = [
    pytest.param(
        "今天（6月12日），某部副部长王建华率救灾工作组到某某市，慰问受灾群众，检查灾民安置和救灾物资发放情况。",
        "某某市",
        id="relief-group-consoles-and-checks",
    ),
    pytest.param(
        "今天（6月12日），副省长李国强带领省政府工作组到某某县，看望一线职工，检查防汛工作。",
        "某某县",
        id="provincial-group-sees-workers-and-checks",
    ),
]


@pytest.mark.parametrize("text,place", WORKING_GROUPS_LED_TO_CHECK)
def test_ext45_a_working_group_led_to_a_place_to_check_is_an_inspection(text, place):
    """甲率工作组到乙地，慰问…，检查…情况: a group led there to check how things stand, an inspection though it consoles too
    (b52 read the 慰问 alone, a visit)."""
    kinds = [(e.kind, e.location) for e in _page(text).events]
    assert ("inspection", place) in kinds
    assert not [k for k, _ in kinds if k == "visit"]


FESTIVALS_GAMES_AND_FAIRS_HELD_SOMEWHERE = [
    pytest.param(
        "本报讯（记者 孙晓东）昨天上午，第三届牡丹文化旅游节在洛阳市开幕。副省长王建华出席开幕式。",
        "other",
        "洛阳市",
        id="festival-opens-in-a-city",
    ),
    pytest.param(
        "今天（10月28日），河南省退役军人专场招聘会在郑州举行。副省长王建华出席。",
        "meeting",
        "郑州市",
        id="job-fair-held-in-a-city",
    ),
    pytest.param(
        "本报衡阳１０月１８日讯 记者刘小华报道：湖南省第九届运动会今天晚上在株洲市体育中心开幕。副省长王建华出席开幕式。",
        "other",
        "株洲市体育中心",
        id="games-open-at-a-sports-centre",
    ),
]


@pytest.mark.parametrize("text,kind,place", FESTIVALS_GAMES_AND_FAIRS_HELD_SOMEWHERE)
def test_ext45_a_festival_games_or_fair_held_somewhere_is_a_meeting_there(text, kind, place):
    """…旅游节在乙市开幕 / 招聘会在乙市举行 / 运动会今天晚上在乙体育中心开幕: a meeting at that place, as the probe gold reads
    festivals, games and fairs (b50, b52 lost the place: no trigger, only the 开幕式 attended); a festival or games held is
    kind other by the lead's ruling (i) (ext83), a job fair stays a meeting."""
    assert (kind, place) in [(e.kind, e.location) for e in _page(text).events]


A_PARTY_SIGNING_A_DEAL_OF_ITS_OWN = [
    pytest.param(
        "今天（6月12日），某某项目推进会在郑州举行。当天下午，中华慈善总会与河南省民政厅签署了救灾捐赠协议；河南省民政厅还与郑州市人民政府签订了灾后重建协议。",
        ["中华慈善总会", "河南省民政厅"],
        ["河南省民政厅", "郑州市人民政府"],
        id="second-party-signs-with-a-third",
    ),
    pytest.param(
        "今天（6月12日），甲乙集团有限公司与河北省人民政府签署了战略合作协议；河北省人民政府还与丙丁银行签订了融资协议。",
        ["甲乙集团有限公司", "河北省人民政府"],
        ["河北省人民政府", "丙丁银行"],
        id="government-signs-again-in-its-own-clause",
    ),
]


@pytest.mark.parametrize("text,first,second", A_PARTY_SIGNING_A_DEAL_OF_ITS_OWN)
def test_ext45_a_clause_with_another_subject_after_a_semicolon_is_a_signing_of_its_own(text, first, second):
    """甲与乙签署了A；乙还与丙签订了B: the ；-clause's subject is not the first deal's, so its deal is a signing of its own
    though 乙 signs both (b52, b48 read one signing: only clauses with no body in common were apart)."""
    signings = [sorted(e.organizations) for e in _page(text).events if e.kind == "signing"]
    assert sorted(first) in signings and sorted(second) in signings


GIFTS_OF_THE_CEREMONY_TOLD = [
    pytest.param(
        "8月29日，由某某市总工会主办的“金秋助学”捐赠仪式在泸州市第一人民医院报告厅举行。甲乙公司、丙丁中学等单位为100名困难职工子女捐助助学金30万元。",
        id="gift-told-after-the-ceremony",
    ),
]


@pytest.mark.parametrize("text", GIFTS_OF_THE_CEREMONY_TOLD)
def test_ext45_the_gift_told_after_a_donation_ceremony_is_that_ceremony(text):
    """…捐赠仪式在甲地举行。乙、丙等单位捐助助学金30万元: the gift told next, with no place of its own, is the ceremony's,
    one event (event_kinds.yaml ceremony_held); without it the ceremony the b52 trigger reads and the gift were two."""
    others = [e for e in _page(text, "eb_2011-08-30.txt").events if e.kind == "other"]
    assert len(others) == 1 and others[0].location


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "为庆祝本届亚洲运动会在广州举行，某某市将今年定为“全民健身年”，推出100多项活动。",
            id="to-celebrate-the-games",
        ),
    ],
)
def test_ext45_games_held_somewhere_told_as_a_purpose_is_no_meeting(text):
    """为庆祝…运动会在甲地举行，…: what the clause is for, no meeting held (a real pd_more sentence read one with the first
    version of the festival trigger)."""
    assert "meeting" not in [e.kind for e in _page(text).events]
