"""Rows of made-up sentences for the general patterns behind the misses of probe batch b61 (2025 national TV news and
2009 wire and finance copy: large aircraft, childcare, a services fair, forest fires, cybersecurity, drug procurement;
a dairy maker, a rural credit co-op, a land auction, pork reserves, a mine flooding, appliances for the countryside;
bench/data/pattern_probe_b61.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


SPAN_NOT_CARRIED = [
    pytest.param(
        "中新网南京2月2日电 商务部1日在南京召开农村市场工作推进会，总结去年12月以来各地的经验。会上，华宇电器股份有限公司"
        "与江南供销合作总社签署了销售网络共建协议。",
        "cnews_2009-02-02-001.txt",
        "2009-02-01",
        id="month-a-span-starts-from-after-the-day-told",
    ),
    pytest.param(
        "中新网合肥6月18日电 某某银行17日在合肥召开年中工作会议，回顾今年1月以来的信贷投放。会上，某某银行与凤台县人民政府"
        "签订了合作协议。",
        "cnews_2009-06-18-001.txt",
        "2009-06-17",
        id="january-since-after-the-day-told",
    ),
]


@pytest.mark.parametrize("text,name,day", SPAN_NOT_CARRIED)
def test_probe61_a_span_start_is_no_day_carried(text, name, day):
    """…1日在南京召开…，总结去年12月以来…。会上，…签署了…: the month a span starts from (以来) is no day the narrative
    carries on; the signing 会上 is on the meeting's day (scene.build, span_from; b61 probe: the signing dated 2008-12)."""
    got = _of_kind(text, name, "signing")
    assert [e.date for e in got] == [day]


def test_probe61_a_month_told_with_no_span_is_still_carried():
    """A month told as the meeting's own time (去年12月在南京召开) is the day carried: only 以来 makes it a span."""
    text = "中新网南京2月2日电 商务部去年12月在南京召开农村市场工作推进会。会上，华宇电器股份有限公司与江南供销合作总社签署了销售网络共建协议。"
    got = _of_kind(text, "cnews_2009-02-02-002.txt", "signing")
    assert [e.date for e in got] == ["2008-12"]


DAY_BEFORE = [
    pytest.param(
        "12月2日，国家林业和草原局召开全体会议，局长韩立新主持会议。\n前一天，韩立新在北京市怀柔区检查了防火物资储备库，北京市副市长林海波陪同检查。",
        "xwlb_2025-12-02-001.txt",
        "2025-12-01",
        ["韩立新", "林海波"],
        id="day-before-a-check-an-escort-tells",
    ),
    pytest.param(
        "11月20日，国家医疗保障局在北京召开座谈会，局长韩立新主持会议。\n头一天，韩立新在天津市滨海新区检查了药品配送中心，天津市副市长林海波陪同检查。",
        "xwlb_2025-11-20-001.txt",
        "2025-11-19",
        ["韩立新", "林海波"],
        id="the-previous-day-a-check-in-a-district",
    ),
]


@pytest.mark.parametrize("text,name,day,who", DAY_BEFORE)
def test_probe61_the_day_before_is_the_day_before_the_one_told(text, name, day, who):
    """前一天，甲在某区检查了…，乙陪同检查: the day before the day told, an inspection its escort tells (event_kinds.yaml
    day_before and the inspection trigger with 陪同检查; b61 probe: the check folded into the meeting)."""
    got = _of_kind(text, name, "inspection")
    assert [(e.date, sorted(e.participants)) for e in got] == [(day, sorted(who))]


def test_probe61_a_bare_check_with_no_escort_is_no_inspection():
    """甲在某区检查了仓库。 told with no escort nor 情况: no inspection (the trigger needs 陪同检查 after it)."""
    text = "12月2日，国家林业和草原局召开全体会议，局长韩立新主持会议。\n前一天，韩立新在北京市怀柔区检查了防火物资储备库。"
    assert _of_kind(text, "xwlb_2025-12-02-002.txt", "inspection") == []


def test_probe61_the_day_before_as_a_figure_moves_no_day():
    """比前一天增长 inside a clause is a figure, no day told: the signing stays on the meeting's day."""
    text = (
        "12月2日，国家林业和草原局召开全体会议，局长韩立新主持会议。会上，国家林业和草原局与中国气象局签署了火险预警合作协议，"
        "当天监测到的火点数比前一天减少三成。"
    )
    got = _of_kind(text, "xwlb_2025-12-02-003.txt", "signing")
    assert [e.date for e in got] == ["2025-12-02"]


SIGNERS_AFTER_MEETING = [
    pytest.param(
        "12月2日，国家林业和草原局召开全体会议，局长韩立新主持会议。\n会上，国家林业和草原局与中国气象局签署了火险预警合作协议。"
        "韩立新和中国气象局副局长林海波代表双方签字。",
        "xwlb_2025-12-02-004.txt",
        ["韩立新", "林海波"],
        id="sign-for-both-sides-after-a-deal-at-a-meeting",
    ),
    pytest.param(
        "11月20日，国家医疗保障局在北京召开座谈会，局长韩立新主持会议。\n座谈会上，国家医疗保障局与国家药品监督管理局签署了"
        "合作备忘录。副局长邱振华和国家药品监督管理局副局长林海波在备忘录上签字。",
        "xwlb_2025-11-20-002.txt",
        ["邱振华", "林海波"],
        id="sign-on-the-memorandum-after-a-deal-at-a-forum",
    ),
]


@pytest.mark.parametrize("text,name,who", SIGNERS_AFTER_MEETING)
def test_probe61_signers_told_after_a_deal_at_a_meeting_sign_it(text, name, who):
    """会上，甲与乙签署了…。丙和丁代表双方签字: the signers of the signing, not persons at the meeting (event_kinds.yaml
    signers_told, as 签约 names the signing; b61 probe: 签字 left them at the meeting)."""
    signing = _of_kind(text, name, "signing")
    meeting = _of_kind(text, name, "meeting")
    assert [sorted(e.participants) for e in signing] == [sorted(who)]
    assert not set(who[1:]) & {p for e in meeting for p in e.participants}


def test_probe61_a_speaker_after_a_deal_at_a_meeting_stays_at_the_meeting():
    """会上，…签署了…。甲出席会议并讲话: no signer told, the meeting's (the _scene_host reading kept)."""
    text = (
        "12月2日，国家林业和草原局召开全体会议，局长韩立新主持会议。\n会上，国家林业和草原局与中国气象局签署了火险预警合作协议。"
        "中国气象局副局长林海波出席会议并讲话。"
    )
    meeting = _of_kind(text, "xwlb_2025-12-02-005.txt", "meeting")
    assert any("林海波" in e.participants for e in meeting)


JOINED_PARTIES = [
    pytest.param(
        "会上，华夏商飞与中国东方航空集团有限公司签署了飞机购买协议。",
        ["华夏商飞", "中国东方航空集团有限公司"],
        id="short-form-and-a-national-firm",
    ),
    pytest.param(
        "会上，恒泰置业与湖南华建建设集团有限公司签署了合作协议。",
        ["恒泰置业", "湖南华建建设集团有限公司"],
        id="short-form-and-a-provincial-firm",
    ),
]


@pytest.mark.parametrize("text,parties", JOINED_PARTIES)
def test_probe61_a_name_opening_on_a_nation_or_place_after_a_join_is_a_party_of_its_own(text, parties):
    """甲商飞与中国东方航空集团有限公司签署了…: the learned reader's span over 与 is two parties, the second opening on a
    national prefix or a place (mentions._joined_known; b61 probe: one party 甲商飞与中国东方…有限公司)."""
    page = "12月8日，推进会在上海召开。" + text
    got = _facts(page, "xwlb_2025-12-08-001.txt").agreements
    assert len(got) == 1
    assert parties[1] in got[0].parties and not any("与" in p for p in got[0].parties)


def test_probe61_fields_joined_inside_one_ministry_stay_one_name():
    """人力资源和社会保障局, 规划和土地管理局: a 和 inside one body's name (org_joined_words.txt), no two parties."""
    text = "9月7日，上海市闸北区规划和土地管理局与宏达地产集团有限公司签订了国有建设用地使用权出让合同。"
    got = _facts(text, "cnews_2009-09-08-001.txt").agreements
    assert [sorted(a.parties) for a in got] == [sorted(["上海市闸北区规划和土地管理局", "宏达地产集团有限公司"])]


OPENING_VENUE = [
    pytest.param(
        "2025年中国国际数字贸易交易会今天（9月10日）在北京开幕。副总理庞少东出席开幕式并宣布开幕。",
        "xwlb_2025-09-11-001.txt",
        "2025-09-10",
        "北京",
        id="fair-opens-today-with-the-date-in-brackets",
    ),
    pytest.param(
        "2025年国家科普宣传周开幕式15日在贵州贵阳举行。部长庞少东出席开幕式并讲话。",
        "xwlb_2025-09-16-001.txt",
        "2025-09-15",
        "贵阳",
        id="opening-ceremony-held-on-a-day-at-a-city",
    ),
]


@pytest.mark.parametrize("text,name,day,place", OPENING_VENUE)
def test_probe61_an_opening_told_with_its_day_and_city_is_a_meeting_there(text, name, day, place):
    """…交易会今天（9月10日）在北京开幕 / …开幕式15日在贵阳举行: the fair or week on the day written (the bracketed one, not
    the page's 今天) at the city (event_kinds.yaml meeting triggers; b61 probe: no location); kind other by the lead's
    ruling (i) (ext83)."""
    got = _of_kind(text, name, "other")
    assert [(e.date, place in (e.location or "")) for e in got] == [(day, True)]


MEDIA = [
    pytest.param(
        "央视网消息（新闻联播）：12月2日，国家林业和草原局召开全体会议。", "央视网", "中央电视台", id="cctv-web"
    ),
    pytest.param("中新网北京5月19日电 国家统计局今日发布数据。", "中国新闻网", "中国新闻社", id="china-news-web"),
]


@pytest.mark.parametrize("text,want,not_want", MEDIA)
def test_probe61_a_media_short_form_inside_a_longer_one_is_not_read(text, want, not_want):
    """央视网消息: 央视网 only, not 央视 of 中央电视台 inside it (orgs: bylines' media read as whole short forms)."""
    names = {o.name for o in _facts(text, "xwlb_2025-12-02-006.txt").organizations}
    assert want in names and not_want not in names


def test_probe61_a_media_short_form_alone_is_read():
    """央视记者 alone: 中央电视台 still registered from the short form."""
    text = "12月2日，国家林业和草原局召开全体会议。央视记者韩立新报道。"
    names = {o.name for o in _facts(text, "xwlb_2025-12-02-007.txt").organizations}
    assert "中央电视台" in names


NAMED_PERSONS_KEPT = [
    pytest.param("11月27日，国家卫生健康委主任雷海峰出席会议并讲话。", "雷海峰", id="chinese-name-after-title"),
    pytest.param(
        "11月27日，外交部长钱振宇同来访的新西兰外长托尼举行会谈。", "托尼", id="transliterated-two-characters"
    ),
]


@pytest.mark.parametrize("text,who", NAMED_PERSONS_KEPT)
def test_probe61_names_with_a_family_name_or_a_title_are_kept(text, who):
    """A name with a family name, or a transliterated one after its title, stays a person."""
    names = {p.name for p in _facts(text, "xwlb_2025-11-27-002.txt").persons}
    assert who in names


SAME_DAY_AFTER_SUBJECT = [
    pytest.param(
        "中新网上海9月8日电 宏达地产集团有限公司（简称宏达地产）昨日与上海市闸北区规划和土地管理局签订了土地出让合同，出让价款30亿元。"
        "据悉，宏达地产同日还与交通银行上海市分行签署了战略合作协议，交通银行上海市分行将为其提供20亿元贷款。",
        "cnews_2009-09-08-002.txt",
        id="reportedly-the-same-day-also-with-a-bank",
    ),
    pytest.param(
        "中新网石家庄3月5日电 华北乳业有限公司（下称华北乳业）4日与河北燕赵牧业有限公司签署了收购协议。"
        "华北乳业当天还与中国农业银行河北省分行签订了银企合作协议，获得10亿元授信。",
        "cnews_2009-03-05-001.txt",
        id="subject-that-day-also-with-a-bank",
    ),
]


@pytest.mark.parametrize("text,name", SAME_DAY_AFTER_SUBJECT)
def test_probe61_a_deal_told_with_the_same_day_after_its_subject_is_a_signing_of_its_own(text, name):
    """据悉，甲同日还与丙签署了… / 甲当天还与丙签订了…: the same day told after the subject, another partner: a signing of its
    own (event_kinds.yaml same_day_opening, same_day_also; b61 probe: the two signings merged)."""
    got = _of_kind(text, name, "signing")
    assert len(got) == 2 and all(e.date for e in got)


def test_probe61_the_same_deal_told_again_the_same_day_stays_one_signing():
    """据悉，双方同日还签订了… with no other partner named: the same parties, one signing."""
    text = (
        "中新网石家庄3月5日电 华北乳业有限公司（下称华北乳业）4日与河北燕赵牧业有限公司签署了收购协议。"
        "据悉，双方同日还签订了补充协议。"
    )
    assert len(_of_kind(text, "cnews_2009-03-05-002.txt", "signing")) == 1
