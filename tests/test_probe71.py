"""Rows of made-up sentences for the general patterns behind the misses of probe batch b71 (2025 national TV news and
2009 wire copy: a relics census, Beidou abroad, marine ranching, the carbon market, the IMO, an Antarctic expedition; a
co-branded card, reinsurance, an aluminium takeover, 汽车下乡, a ship order, rice futures; bench/data/pattern_probe_b71.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.numbers import find_dates


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


WEEKDAYS = [
    pytest.param(
        "甲乙铝业股份有限公司周三下午在郑州与丙丁公司签署重组协议",
        "2009-11-19",
        "2009-11-18",
        id="wednesday-in-thursday-wire",
    ),
    pytest.param("甲乙银行星期一上午发布公告", "2009-11-19", "2009-11-16", id="monday-same-week"),
    pytest.param("周四，甲乙集团与丙丁银行签约", "2009-11-19", "2009-11-19", id="the-reference-day-itself"),
    pytest.param("周五晚间，甲乙证券发布公告", "2009-11-19", "2009-11-13", id="friday-before-a-thursday-last-week"),
]


@pytest.mark.parametrize("text,ref,want", WEEKDAYS)
def test_probe71_a_weekday_alone_is_the_latest_such_day(text, ref, want):
    """A weekday with no week word (周三下午, 星期一上午, 周四，) is the latest such day on or before the reference day
    (date_words.yaml bare_weekday_*)."""
    assert [iso for _, _, iso in find_dates(text, ref_date=ref)] == [want]


NOT_WEEKDAYS = [
    pytest.param("甲乙公司每周三下午组织职工学习", id="every-wednesday"),
    pytest.param("窗口周一至周五对外办公", id="working-days-span"),
    pytest.param("市民周一鸣在会上发言", id="a-person-surnamed-zhou"),
    pytest.param("该项目每两周一次例会", id="fortnightly"),
    pytest.param("甲乙公司周边的道路已经修好", id="surroundings"),
]


@pytest.mark.parametrize("text", NOT_WEEKDAYS)
def test_probe71_near_misses_give_no_weekday(text):
    """Near-misses: 每周三, a span 周一至周五, a name 周一鸣, 两周一次 and 周边 tell no day."""
    assert find_dates(text, ref_date="2009-11-19") == []


def test_probe71_local_time_day_opens_its_clause():
    """当地时间14日， opens its clause as a comma does (bare_day_opening_after): the 14th of the dateline's month."""
    assert [iso for _, _, iso in find_dates("当地时间14日，甲与乙在雅典签约", ref_date="2009-10-15")] == ["2009-10-14"]


def test_probe71_signing_abroad_dated_by_local_time():
    """The wire filed on the 15th tells a signing of 当地时间14日: article, agreement and event on the 14th."""
    text = (
        "中新网上海10月15日电 (记者 甲乙) 当地时间14日，甲乙造船有限公司与希腊丙丁航运公司在雅典签署了散货船"
        "建造合同，合同总金额2亿美元。"
    )
    facts = _facts(text, "cnews_2009-10-15-001.txt")
    assert facts.articles[0].date == "2009-10-14"
    assert [a.date for a in facts.agreements] == ["2009-10-14"]


def test_probe71_local_time_near_miss_keeps_the_dateline():
    """Near-miss: 当地时间 before a full time of day (当地时间14时) is no day; the dateline's day stays."""
    assert find_dates("当地时间14时，甲与乙在雅典签约", ref_date="2009-10-15") == []


def test_probe71_dotted_name_told_again_by_its_last_parts():
    """A dotted name told again by a run of its last parts (…秘书长阿尔多·贝内代蒂·索萨… 贝内代蒂·索萨一行是19日抵达…)
    is that person (resolve._part_owner): no second person, the visit names the whole name."""
    text = (
        "央视网消息（新闻联播）：10月21日，某部部长郑远航在北京会见来访的国际铁路联盟总干事阿尔多·贝内代蒂·索萨。"
        "贝内代蒂·索萨一行是19日抵达北京的。20日，贝内代蒂·索萨考察了北京丰台站。"
    )
    facts = _facts(text, "xwlb_2025-10-21-001.txt")
    names = {p.name for p in facts.persons}
    assert "贝内代蒂·索萨" not in names and "阿尔多·贝内代蒂·索萨" in names
    assert all("贝内代蒂·索萨" not in e.participants for e in facts.events)


def test_probe71_dotted_parts_out_of_order_are_another_name():
    """Near-miss: parts in another order (索萨·贝内代蒂 after 阿尔多·贝内代蒂·索萨) are no run of the whole name."""
    from kgqa.extract.resolve import _part_owner

    assert _part_owner("索萨·贝内代蒂", ["阿尔多·贝内代蒂·索萨"]) is None
    assert _part_owner("贝内代蒂·索萨", ["阿尔多·贝内代蒂·索萨"]) == "阿尔多·贝内代蒂·索萨"


def test_probe71_witnessed_signing_party_has_no_verb():
    """见证 is a boundary of a name (org_boundaries.txt): 共同见证甲局与乙组织签署 names 甲局, not 见证甲局."""
    text = (
        "央视网消息（新闻联播）：10月21日，某部部长郑远航在北京会见国际铁路联盟总干事阿尔多·索萨。会见后，两人共同"
        "见证国家铁路局与国际铁路联盟签署铁路技术合作谅解备忘录。"
    )
    facts = _facts(text, "xwlb_2025-10-21-001.txt")
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["国家铁路局", "国际铁路联盟"])]


@pytest.mark.parametrize(
    "written,body",
    [
        pytest.param("埃及旅游和文物部部长哈立德·萨米尔", "埃及旅游和文物部", id="egypt-a-ministry-of-two-fields"),
        pytest.param("埃及农业部部长哈立德·萨米尔", "埃及农业部", id="egypt-a-ministry"),
    ],
)
def test_probe71_country_ending_in_a_boundary_keeps_its_ministry(written, body):
    """及 ends 埃及 (a country's name), not a list before the body (mentions._boundary_ends_at): the post is the
    country's ministry's."""
    text = f"央视网消息（新闻联播）：9月16日，某部部长郑远航在开罗会见{written}，双方交换了意见。"
    posts = {p.name: {q.org for q in p.posts} for p in _facts(text, "xwlb_2025-09-16-001.txt").persons}
    assert posts.get("哈立德·萨米尔") == {body}


def test_probe71_list_joined_by_ji_still_splits():
    """Near-miss: 及 between two bodies still ends the first (交通运输部及农业农村部: two ministries, no joined name)."""
    text = "央视网消息（新闻联播）：9月16日，交通运输部及农业农村部在北京联合召开会议。"
    orgs = {o.name for o in _facts(text, "xwlb_2025-09-16-001.txt").organizations}
    assert not any("及" in o for o in orgs)


PARENTS = [
    pytest.param(
        "中新网郑州11月19日电 华瑞集团有限公司旗下的恒丰科技股份有限公司今日与招商银行郑州分行签署了战略合作协议。",
        {"恒丰科技股份有限公司", "招商银行郑州分行"},
        id="parent-before-its-subsidiary-signs-not",
    ),
    pytest.param(
        "中新网郑州11月19日电 招商银行郑州分行今日与华瑞集团有限公司旗下的恒丰科技股份有限公司签署了战略合作协议。",
        {"恒丰科技股份有限公司", "招商银行郑州分行"},
        id="subsidiary-after-yu",
    ),
    pytest.param(
        "中新网郑州11月19日电 华瑞集团有限公司与招商银行郑州分行签署了战略合作协议，华瑞集团有限公司旗下企业将获授信。",
        {"华瑞集团有限公司", "招商银行郑州分行"},
        id="near-miss-parent-signs-itself",
    ),
]


@pytest.mark.parametrize("text,parties", PARENTS)
def test_probe71_subsidiary_signs_for_itself(text, parties):
    """甲旗下的乙 (agreement_kinds.yaml owner_before): 乙 signs, its parent named right before it is no party; a
    parent that signs alone stays the party (near-miss)."""
    facts = _facts(text, "cnews_2009-11-19-001.txt")
    assert [set(a.parties) for a in facts.agreements] == [parties]
