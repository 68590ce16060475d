"""Rows of made-up sentences for the general patterns behind the misses of probe batch b66 (People's Daily 1998 and
2011 city papers: literacy, ageing, a gold mine, stamps, metrology, dairy; funerals, a lantern fair, heating, taxis,
illegal buildings, animal epidemics; bench/data/pattern_probe_b66.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.numbers import find_dates


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


AFTER_THE_FIRST_DAY_ISSUE = [
    pytest.param(
        "本报北京３月２日讯 记者丁一报道：邮电部今天在北京举行《熊猫》特种邮票首发式。部长石立群为邮票首发揭幕。\n"
        "首发式后，邮政总局与澳门邮政厅签署了邮票联合发行协议。",
        "pd1998_19980303-05-001.txt",
        "1998-03-02",
        id="pd1998-a-deal-signed-after-the-first-day-issue-told",
    ),
    pytest.param(
        "发布时间：2011-05-12\n本报讯 昨日上午，市邮政局举行“城市印象”个性化邮票首发式。\n"
        "首发式后，市邮政局与江城文化传播有限公司签订了邮品开发合同。",
        "eb_f1.txt",
        "2011-05-11",
        id="eb-a-contract-signed-after-the-first-day-issue",
    ),
]


@pytest.mark.parametrize("text,name,day", AFTER_THE_FIRST_DAY_ISSUE)
def test_probe66_a_deal_after_a_first_day_issue_is_of_its_day(text, name, day):
    """首发式后，… opening a sentence goes on with the 首发式 told, on its day, as 开幕式后，… (event_kinds.yaml
    scene_sequel, time_break, ceremony_named)."""
    assert [e.date for e in _of_kind(text, name, "signing")] == [day]
    assert [a.date for a in _facts(text, name).agreements] == [day]


SEASONS = [
    pytest.param("昨天，甲检查了元旦春节期间的供应工作。", ["1998-01-04"], id="new-year-and-spring-festival-a-season"),
    pytest.param("甲说，元旦假期全市接待游客20万人次。", [], id="new-year-holiday-a-season"),
    pytest.param("今天，甲检查了元旦、春节期间的市场供应。", ["1998-01-05"], id="new-year-listed-with-spring-festival"),
    # near-misses: 元旦 alone is the day; 元旦前夕 stays about that day
    pytest.param("元旦，甲到车站看望职工。", ["1998-01-01"], id="new-year-alone-a-day"),
    pytest.param("元旦前夕，甲看望了职工。", ["1998-01-01"], id="new-year-eve-about-the-day"),
]


@pytest.mark.parametrize("text,want", SEASONS)
def test_probe66_a_named_day_before_a_season_word_is_no_day(text, want):
    """元旦 followed by 期间/假期/春节 (date_words.yaml named_season_after) names a season, no day."""
    assert [iso for _, _, iso in find_dates(text, ref_date="1998-01-05")] == want


CEREMONIES = [
    pytest.param(
        "发布时间：2011-02-16\n本报讯（记者 甲乙）昨晚，青秀区迎春灯会在人民公园举行亮灯仪式。副市长韦立平为灯会点亮主灯，"
        "区长莫立文主持仪式。",
        "eb_l1.txt",
        [("2011-02-15", ["莫立文", "韦立平"])],
        id="a-lighting-ceremony-held",
    ),
    pytest.param(
        "发布时间：2011-06-16\n本报讯 昨日上午，首批200辆纯电动公交车投放仪式在高新区举行。副市长郑国华出席投放仪式。",
        "eb_l2.txt",
        [("2011-06-15", ["郑国华"])],
        id="a-putting-into-service-ceremony-held",
    ),
    # near-miss: a ceremony to come is none held
    pytest.param(
        "发布时间：2011-06-16\n本报讯 据悉，首批公交车的投放仪式将于下月举行。",
        "eb_l3.txt",
        [],
        id="a-ceremony-to-come-none",
    ),
]


@pytest.mark.parametrize("text,name,want", CEREMONIES)
def test_probe66_lighting_and_putting_into_service_ceremonies_are_launches(text, name, want):
    """举行亮灯仪式, …投放仪式在某地举行, 出席投放仪式: a launch (event_kinds.yaml launch triggers)."""
    assert [(e.date, sorted(e.participants)) for e in _of_kind(text, name, "launch")] == want


NIGHT_CHECKS = [
    pytest.param(
        "发布时间：2011-11-01\n本报讯 前晚，副局长韩立新带领检查组，对城区和开发区的12座锅炉房运行情况进行了夜查。",
        "eb_n1.txt",
        [("2011-10-30", ["韩立新"])],
        id="a-night-check-done",
    ),
    # near-miss: a night check asked for is none done
    pytest.param(
        "发布时间：2011-11-01\n本报讯 市房产局要求各区今冬对供热企业开展夜查。",
        "eb_n2.txt",
        [],
        id="a-night-check-asked-for-none",
    ),
]


@pytest.mark.parametrize("text,name,want", NIGHT_CHECKS)
def test_probe66_a_night_check_done_is_an_inspection(text, name, want):
    """对…进行了夜查 (a check done at night) is an inspection (event_kinds.yaml inspection triggers)."""
    assert [(e.date, sorted(e.participants)) for e in _of_kind(text, name, "inspection")] == want


LECTURERS = [
    pytest.param(
        "发布时间：2011-04-14\n本报讯 昨日上午，全县村级防疫员培训班开班。县畜牧局局长曾立军作开班动员，"
        "副局长陈晓华、王立平分别讲授了免疫技术。",
        "eb_t1.txt",
        ["曾立军", "王立平", "陈晓华"],
        id="two-deputies-lecturing-at-a-training",
    ),
]


@pytest.mark.parametrize("text,name,want", LECTURERS)
def test_probe66_lecturers_are_at_the_training(text, name, want):
    """甲、乙分别讲授了… at a training: its participants (event_kinds.yaml speaker_verbs)."""
    assert [sorted(e.participants) for e in _of_kind(text, name, "training")] == [sorted(want)]


PLANS_GOING_ON = [
    pytest.param(
        "本报北京３月２日讯 记者丁一报道：根据协议，新方将在三年内提供５００万元，帮助建设奶牛繁育中心，并为牧民举办饲养技术培训班。",
        "pd1998_19980303-06-001.txt",
        "training",
        id="a-training-in-a-plan-going-on-with-bing",
    ),
    pytest.param(
        "本报北京３月２日讯 记者丁一报道：双方今年将联合发行一套邮票，并在两地同时举办首发活动。",
        "pd1998_19980303-05-002.txt",
        "launch",
        id="a-first-day-issue-in-a-plan-going-on-with-bing",
    ),
]


@pytest.mark.parametrize("text,name,kind", PLANS_GOING_ON)
def test_probe66_a_plan_going_on_with_bing_holds_no_event(text, name, kind):
    """…将…，并为…举办培训班: the plan of the clause before goes on (event_kinds.yaml plan_goes_on), no event held."""
    assert _of_kind(text, name, kind) == []


def test_probe66_a_training_held_after_a_plan_stays():
    """Near-miss: a training done (并举办了…) after a plan told is an event still."""
    text = "发布时间：2011-04-14\n本报讯 昨日，县畜牧局表示将加大投入，并举办了全县防疫员培训班。"
    assert len(_of_kind(text, "eb_t2.txt", "training")) == 1


def test_probe66_a_meeting_dated_after_a_draft_stays():
    """Near-miss: 拟定了 (drafted) is no plan, and a clause telling its day (并在6月11日召开的…上) is held."""
    text = "发布时间：2009-07-14\n本报讯 市发改委在6月1日初步拟定了意见的第一稿，并在6月11日召开的全市投资工作座谈会上进行了讨论。"
    assert [e.date for e in _facts(text, "eb_t3.txt").events if e.kind == "meeting"] == ["2009-06-11"]


NAMES_AND_BODIES = [
    pytest.param(
        "本报呼和浩特３月２日讯 记者丁一报道：自治区主席阿拉坦巴根出席签字仪式。",
        "pd1998_19980303-04-001.txt",
        ("阿拉坦巴根", "主席"),
        id="a-mongolian-name-of-two-parts",
    ),
    pytest.param(
        "本报呼和浩特３月２日讯 记者丁一报道：自治区副主席额尔敦巴特尔主持会议。",
        "pd1998_19980303-04-002.txt",
        ("额尔敦巴特尔", "副主席"),
        id="a-mongolian-name-of-three-and-three",
    ),
    pytest.param(
        "本报北京３月２日讯 记者丁一报道：教科文组织助理总干事卡洛斯·门德斯出席签字仪式。",
        "pd1998_19980303-04-003.txt",
        ("卡洛斯·门德斯", "助理总干事"),
        id="an-assistant-director-general",
    ),
    pytest.param(
        "发布时间：2011-08-23\n本报讯 昨日上午，郑州经开区召开推进会，经开区建设环保局局长关立明通报了进展。",
        "eb_z1.txt",
        ("关立明", "局长"),
        id="a-zones-bureau-of-building-and-environment",
    ),
]


@pytest.mark.parametrize("text,name,post", NAMES_AND_BODIES)
def test_probe66_names_and_titles_read_whole(text, name, post):
    """Mongolian names of two parts (person_words.yaml mongolian_name_parts), 助理总干事 (titles.txt), a zone's 建设环保局
    kept whole (org_mention_words.yaml verb_opener_names)."""
    persons = {p.name: [(q.title, q.org) for q in p.posts] for p in _facts(text, name).persons}
    assert post[0] in persons
    assert post[1] in [t for t, _ in persons[post[0]]]


def test_probe66_a_zones_bureau_keeps_building_in_its_name():
    text = "发布时间：2011-08-23\n本报讯 昨日上午，郑州经开区召开推进会，经开区建设环保局局长关立明通报了进展。"
    orgs = [o.name for o in _facts(text, "eb_z1.txt").organizations]
    assert any("建设环" in o for o in orgs)
    # near-miss: a zone, then the verb and a park to build: the park, no 建设
    text = "发布时间：2011-08-23\n本报讯 甲公司将在郑州经开区建设环保产业园。"
    assert not any("建设" in o for o in (x.name for x in _facts(text, "eb_z2.txt").organizations))


POST_OFFICES = [
    pytest.param("上海市邮政局与申华快递有限公司签订了合作协议。", True, id="a-city-post-office-a-party"),
    pytest.param("昨天，甲到北京市邮政局检查了邮件处理工作。", True, id="a-city-post-office-checked"),
    # near-miss: 政局 the political scene is no body
    pytest.param("甲说，当地的政局十分稳定。", False, id="the-political-scene-no-body"),
]


@pytest.mark.parametrize("sentence,found", POST_OFFICES)
def test_probe66_a_post_office_is_a_body(sentence, found):
    """…邮政局 ends a body's name (org_suffixes.yaml), though 政局 alone is a word (reject_before)."""
    text = "本报北京１月５日讯 记者丁一报道：" + sentence
    orgs = [o.name for o in _facts(text, "pd1998_19980106-05-001.txt").organizations]
    assert any(o.endswith("邮政局") for o in orgs) == found


def test_probe66_a_sum_in_new_zealand_dollars():
    """新西兰元 is a currency (amount_units.yaml)."""
    text = "本报北京１月２７日讯 记者丁一报道：新西兰农业部与中华人民共和国农业部今天签署了奶业合作协议。根据协议，新方将在三年内提供１２００万新西兰元。"
    amounts = [a.amount.as_written if a.amount else None for a in _facts(text, "pd1998_19980128-06-001.txt").agreements]
    assert amounts == ["１２００万新西兰元"]


COUNTED_VISITS = [
    pytest.param("据了解，协会去年共接待来访代表团１５个。", [], id="delegations-received-counted"),
    # near-miss: one delegation's visit told stays
    pytest.param("日本代表团今天来访，甲会见了代表团团长山田一郎。", ["visit"], id="one-delegation-visiting"),
]


@pytest.mark.parametrize("sentence,kinds", COUNTED_VISITS)
def test_probe66_delegations_counted_are_no_visit(sentence, kinds):
    """来访 before a count (来访代表团１５个) tells how many came, no visit (event_kinds.yaml visit triggers)."""
    text = "本报北京１月１６日讯 记者丁一报道：" + sentence
    assert [e.kind for e in _facts(text, "pd1998_19980117-04-001.txt").events if e.kind == "visit"] == kinds
