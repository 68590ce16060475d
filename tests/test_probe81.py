"""Rows of made-up sentences for the general patterns behind the misses of probe batch b81 (science, education and
health: universities and cities signing, institutes unveiled, hospitals breaking ground, awards and talent
programmes; bench/data/pattern_probe_b81.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _events(text: str, name: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(kind, date, sorted participants) of every event, in order."""
    return [
        (e["kind"], e.get("date"), tuple(sorted(e.get("participants") or [])))
        for e in _facts(text, name).get("events") or []
    ]


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    """(person, title, org) of every post."""
    return {(p["name"], q["title"], q.get("org")) for p in _facts(text, name).get("persons") or [] for q in p["posts"]}


EB = "eb_0000b811.txt"
XW = "xwlb_2025-12-03-005.txt"
CN = "cnews_2009-05-22-008.txt"

BEFORE_THE_EVENT = [
    pytest.param(
        "11月25日，青岚省人民政府与星河大学在甲市签署合作协议。青岚省省长蒋立峰出席签约仪式。研究院院长唐志刚介绍，"
        "研究院将开展技术攻关，三年内转化成果100项。签约前，蒋立峰会见了星河大学校长韦国华一行。",
        XW,
        ("talks", None, ("蒋立峰", "韦国华")),
        id="talks-before-the-signing-after-reported-speech",
    ),
    pytest.param(
        "新华网北京11月3日电 星河基金年度颁奖大会3日在北京举行。获奖代表、星河大学副校长周文斌在会上发言说，奖励将激励"
        "科技工作者潜心研究。颁奖大会前，全国政协副主席郑文华会见了基金理事长梁志强。",
        CN,
        ("talks", None, ("梁志强", "郑文华")),
        id="talks-before-the-award-ceremony-after-a-speaker",
    ),
    pytest.param(
        "11月27日，青岚产学研合作洽谈会在甲市举行。青岚省副省长贺晓东出席并致辞。星河大学教授冯志宏说，成果要走进"
        "生产线。洽谈会前一天，科学技术部副部长文建华来到甲市高新区，调研了芯片企业。",
        XW,
        ("inspection", "2025-11-26", ("文建华",)),
        id="inspection-the-day-before-a-fair-named-by-its-kind",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), BEFORE_THE_EVENT)
def test_what_came_right_before_the_event_is_narrative(text: str, name: str, event: tuple) -> None:
    """签约前，/颁奖大会前，/洽谈会前一天， open the narrative again after reported speech (the day before: that day)."""
    assert event in _events(text, name)


CEREMONY_PEOPLE = [
    pytest.param(
        "11月18日，青岚医院项目在甲市开工建设。项目总投资28亿元，预计2028年建成投用。甲省卫生健康委员会主任杨丽萍"
        "主持仪式。副省长罗文昌出席开工仪式并宣布项目开工。",
        XW,
        ("groundbreaking", "2025-11-18", ("杨丽萍", "罗文昌")),
        id="attend-groundbreaking-and-announce-after-host",
    ),
    pytest.param(
        "发布时间：2011-03-16\n本报讯 昨日上午，星河职业技术学院新校区在甲市开工建设。一期工程明年9月投入使用。"
        "学院院长胡立新主持仪式。常务副市长吴永健出席开工仪式并为新校区奠基。",
        EB,
        ("groundbreaking", "2011-03-15", ("吴永健", "胡立新")),
        id="attend-groundbreaking-and-lay-foundation-after-host",
    ),
]


@pytest.mark.parametrize(("text", "name", "event"), CEREMONY_PEOPLE)
def test_persons_attending_the_ceremony_told_are_its_people(text: str, name: str, event: tuple) -> None:
    """甲出席开工仪式并宣布项目开工, a few sentences after the groundbreaking told with its day: that one event."""
    assert _events(text, name) == [event]


def test_a_document_released_and_a_body_unveiled_are_two_launches() -> None:
    """会上发布了《…方案》。…甲、乙为…分院揭牌: two things started the same day, two launches."""
    text = (
        "12月3日，全国中医药推进会在甲市召开。国家中医药管理局局长聂海涛出席会议并讲话。会上发布了《中医药科技创新"
        "三年行动方案》。会议期间，国家中医药管理局与青岚省人民政府签署合作协议。聂海涛为星河中医研究院揭牌。"
    )
    launches = [e for e in _events(text, XW) if e[0] == "launch"]
    assert launches == [("launch", "2025-12-03", ()), ("launch", "2025-12-03", ("聂海涛",))]


LISTED_COMMITTEE = [
    pytest.param(
        "发布时间：2011-09-29\n本报讯 昨日上午，甲市第一人民医院新大楼奠基。副市长蒋玉琴，医院院长沈立群、党委书记"
        "周海波共同为工程奠基。",
        EB,
        ("周海波", "党委书记", "甲市第一人民医院党委"),
        id="hospital-president-then-party-secretary",
    ),
    pytest.param(
        "中新网北京5月21日电 星河制药集团有限公司总经理沈立群、党委副书记周海波出席签约仪式。",
        CN,
        ("周海波", "党委副书记", "星河制药集团有限公司党委"),
        id="company-manager-then-deputy-party-secretary",
    ),
]


@pytest.mark.parametrize(("text", "name", "post"), LISTED_COMMITTEE)
def test_bare_party_committee_after_a_body_post_is_that_bodys(text: str, name: str, post: tuple) -> None:
    """<body>院长甲、党委书记乙: 乙's committee is "<body>党委", not the city's (ruling k)."""
    assert post in _posts(text, name)
