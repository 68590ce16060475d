"""Rows of made-up sentences for the general patterns behind the misses of probe batch b63 (2025 national TV news and
2009 wire and finance copy: satellite navigation, humanoid robots, the carbon market, aid to a region, drug control,
winter sports; an expo countdown, pawnshops, lotteries, coalbed methane, a trust company, a flu vaccine;
bench/data/pattern_probe_b63.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


DAY_BEFORE_THIS = [
    pytest.param(
        "中新网北京3月6日电 卫生部今日举行新闻发布会，副部长甲某出席。此前一天，工业和信息化部与华兴制药股份有限公司"
        "签订了药品储备合同，副部长乙某出席签字仪式。",
        "cnews_2009-03-06-001.txt",
        "2009-03-05",
        id="this-day-before-a-contract",
    ),
    pytest.param(
        "中新网广州5月12日电 广东省今日召开农业工作会议。此前一日，省农业厅与南粤种业有限公司签署了合作协议。",
        "cnews_2009-05-12-001.txt",
        "2009-05-11",
        id="this-day-before-written-with-ri",
    ),
]


@pytest.mark.parametrize("text,name,day", DAY_BEFORE_THIS)
def test_probe63_this_day_before_is_the_day_before(text, name, day):
    """此前一天/此前一日 opening a clause: the day before the one last told, as 前一天 (event_kinds.yaml day_before;
    b63 probe: the contract's signing had no day)."""
    got = _of_kind(text, name, "signing")
    assert [e.date for e in got] == [day]


def test_probe63_day_before_inside_a_figure_still_no_day():
    """比前一天增长 is a figure, no day told (the clause must open on the day word)."""
    text = "中新网上海4月2日电 上海证券交易所今日成交额比前一天增长两成。"
    assert [e.date for e in _facts(text, "cnews_2009-04-02-001.txt").events if e.date == "2009-04-01"] == []


LONG_SITE_ESCORT = [
    pytest.param(
        "12月3日上午，全省冬季旅游推进会在哈尔滨召开，省长高文明出席会议。\n"
        "当天下午，高文明在尚志市某某滑雪旅游度假区检查了雪季准备工作，副省长韩红梅陪同检查。",
        "xwlb_2025-12-03-001.txt",
        ["高文明", "韩红梅"],
        id="same-afternoon-resort-check-an-escort-tells",
    ),
    pytest.param(
        "5月8日，全省防汛工作会议在南昌召开，省长鲁国强出席。\n9日，鲁国强在九江市某某长江干堤加固工程现场检查了防汛物资储备，"
        "副省长汤立新陪同检查。",
        "xwlb_2025-05-08-001.txt",
        ["鲁国强", "汤立新"],
        id="next-day-levee-site-check-an-escort-tells",
    ),
]


@pytest.mark.parametrize("text,name,people", LONG_SITE_ESCORT)
def test_probe63_a_check_at_a_long_site_an_escort_tells(text, name, people):
    """甲在<city><long site>检查了…，乙陪同检查: an inspection even when the site runs past twelve characters (b61's pattern,
    its site widened to 24; b63 probe: the resort check was folded into the meeting)."""
    got = _of_kind(text, name, "inspection")
    assert [sorted(e.participants) for e in got] == [sorted(people)]


def test_probe63_a_long_site_with_no_escort_is_not_read_by_the_escort_pattern():
    """Without 陪同检查 the escort pattern reads nothing: 在…检查了 alone after a long site stays as before (no inspection
    of a clause whose object is no 情况/工作)."""
    text = "12月3日上午，全省冬季旅游推进会在哈尔滨召开，省长高文明出席会议。\n当天下午，高文明在尚志市某某滑雪旅游度假区检查了雪道。"
    assert _of_kind(text, "xwlb_2025-12-03-002.txt", "inspection") == []


ALSO_AT_A_PLACE = [
    pytest.param(
        "中新网杭州11月20日电 浙江省某某行业工作会议昨日在杭州召开，商务部某司副司长龚晓华出席会议并讲话。"
        "18日，龚晓华还在温州市调研了多家企业，省商务厅副厅长严晓明陪同调研。",
        "cnews_2009-11-20-001.txt",
        "2009-11-18",
        ["龚晓华", "严晓明"],
        id="also-in-a-city-surveyed",
    ),
    pytest.param(
        "中新网成都6月3日电 四川省金融工作会议今日在成都召开，副省长齐志斌出席。2日，齐志斌还在绵阳市考察了两家银行。",
        "cnews_2009-06-03-001.txt",
        "2009-06-02",
        ["齐志斌"],
        id="also-in-a-city-toured",
    ),
]


@pytest.mark.parametrize("text,name,day,people", ALSO_AT_A_PLACE)
def test_probe63_also_at_a_place_is_no_modal(text, name, day, people):
    """甲还在<division>调研了…: 还在 right before a place and the trigger is an "also", not "still going on" (event_kinds.yaml
    modal; b63 probe: the survey in 温州市 was lost)."""
    got = [e for e in _of_kind(text, name, "inspection") if e.date == day]
    assert [sorted(e.participants) for e in got] == [sorted(people)]


STILL_GOING = [
    pytest.param(
        "中新网北京7月1日电 两家公司还在就重组事宜进行谈判。", "cnews_2009-07-01-001.txt", id="talks-still-going"
    ),
    pytest.param(
        "中新网武汉7月1日电 武汉市还在筹划举办第二届光谷博览会。",
        "cnews_2009-07-01-002.txt",
        id="still-planning-a-fair",
    ),
]


@pytest.mark.parametrize("text,name", STILL_GOING)
def test_probe63_still_going_stays_modal(text, name):
    """还在 before what is still going on or being planned keeps it no event."""
    assert _facts(text, name).events == []


PAIR_AFTER_ONE_TITLE = [
    pytest.param("上海某某局局长洪立然、副局长蒋晓新和吴立群出席活动。", "吴立群", "副局长", id="deputy-pair-attend"),
    pytest.param("省商务厅副厅长严国明和葛志平参加会议。", "葛志平", "副厅长", id="deputy-pair-take-part"),
    pytest.param("国家能源局副局长史远明和韦立国陪同考察。", "韦立国", "副局长", id="deputy-pair-escort"),
]


@pytest.mark.parametrize("text,name,title", PAIR_AFTER_ONE_TITLE)
def test_probe63_one_title_two_names_joined_by_he(text, name, title):
    """副局长甲和乙出席: the name after 和 right before a list verb holds the title too, as 副局长甲、乙出席 (mentions.
    _second_of_pair, posts.read; b63 probe: 吴卫群 had no post)."""
    people = {p.name: p for p in _facts("中新网北京7月5日电 " + text, "cnews_2009-07-05-001.txt").persons}
    assert title in [post.title for post in people[name].posts]


PAIR_NOT_SHARED = [
    pytest.param("副省长韩立明和程建华代表双方签字。", "程建华", id="signers-of-two-sides"),
    pytest.param("市长刘志文和王强集团董事长李明出席。", "李明", id="second-has-a-body-and-title"),
    pytest.param(
        "公司董事长程建华说，…。副省长韩立明和程建华出席签约仪式。",
        "程建华",
        id="second-named-before-with-his-own-post",
    ),
]


@pytest.mark.parametrize("text,name", PAIR_NOT_SHARED)
def test_probe63_pair_that_does_not_share_the_title(text, name):
    """甲和乙代表双方签字 (no list verb right after 乙), a second with its own body and title, or one named before: the
    first's title is not given to the second."""
    people = {p.name: p for p in _facts("中新网北京7月5日电 " + text, "cnews_2009-07-05-002.txt").persons}
    assert "副省长" not in [post.title for post in people[name].posts] and "市长" not in [
        post.title for post in people[name].posts
    ]


WHOLE_BODY = [
    pytest.param(
        "11月12日，中国北斗卫星导航系统管理办公室主任宋立杰主持会议。",
        "宋立杰",
        "中国北斗卫星导航系统管理办公室",
        id="system-managing-office",
    ),
    pytest.param(
        "11月12日，国家电网调度系统管理中心主任宋立杰出席会议。",
        "宋立杰",
        "国家电网调度系统管理中心",
        id="system-managing-centre",
    ),
    pytest.param(
        "11月12日，民政部社会福利和慈善事业促进司司长汪立群回答了记者提问。",
        "汪立群",
        "社会福利和慈善事业促进司",
        id="department-of-two-fields",
    ),
]


@pytest.mark.parametrize("text,name,body", WHOLE_BODY)
def test_probe63_a_body_read_whole_over_xitong_and_he(text, name, body):
    """…系统管理办公室 / …和慈善事业促进司: 系统 right before 管理 and a ministry department's 和 are no boundary
    (org_joined_words.txt; b63 probe: 管理办公室, 慈善事业促进司)."""
    people = {p.name: p for p in _facts(text, "xwlb_2025-11-12-001.txt").persons}
    assert any(body in (post.org or "") for post in people[name].posts)


def test_probe63_a_system_of_a_body_is_still_cut_before_a_meeting():
    """全国发改委系统…会议: 系统 not before 管理+kind still cuts (no body 发改委系统管理工作会议)."""
    orgs = [
        o.name for o in _facts("11月12日，全国发改委系统投资工作会议召开。", "xwlb_2025-11-12-002.txt").organizations
    ]
    assert not any("系统" in o for o in orgs)
