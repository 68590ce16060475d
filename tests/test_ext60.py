"""Rows of made-up sentences for items session 42's extraction helpers left (bench/README.md, Pattern probe: probe59,
probe61, probe62 and the batches' headers), each fixed in general (session 42, ext60)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def names_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


def orgs_of(text: str) -> set[str]:
    return {o.name for o in extract_page(text).organizations}


# 1. short local bodies written after a place or a level: their full names (org_generic.yaml local_body_short; a
# short form before another one expanded too), and X管所 before its own 所长 no person's name (person_words.yaml)
LOCAL_SHORT = [
    pytest.param(
        "本报讯 昨日，市车管所所长赵明亮介绍，今年新增驾驶人两万名。",
        {("赵明亮", "所长", "市车辆管理所")},
        id="city-vehicle-office-expanded",
    ),
    pytest.param(
        "本报讯 昨日，宜昌市公安局交警支队车管所所长赵明亮介绍，今年新增驾驶人两万名。",
        {("赵明亮", "所长", "宜昌市公安局交通警察支队车辆管理所")},
        id="two-short-forms-in-one-name-both-expanded",
    ),
    pytest.param(
        "本报讯 昨日，宜昌市公安局交警支队副支队长孙大伟在会上讲话。",
        {("孙大伟", "副支队长", "宜昌市公安局交通警察支队")},
        id="traffic-police-detachment-expanded",
    ),
    pytest.param(
        "本报讯 昨日，某县公安局交警大队大队长孙大伟在会上讲话。",
        {("孙大伟", "大队长", "某县公安局交通警察大队")},
        id="traffic-police-brigade-expanded",
    ),
    # near-misses that keep working
    pytest.param(
        "本报讯 车文华所长介绍了情况。",
        {("车文华", "所长", None)},
        id="guard-a-family-name-che-still-a-person",
    ),
    pytest.param(
        "本报讯 昨日，宜昌市人社局局长钱立平说，今年将新增就业岗位。",
        {("钱立平", "局长", "宜昌市人力资源和社会保障局")},
        id="guard-an-earlier-short-form-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "want"), LOCAL_SHORT)
def test_local_short_bodies(text: str, want: set) -> None:
    assert posts_of(text) == want


NOT_PERSONS = [
    pytest.param(
        "本报讯 昨日，宜昌市公安局交警支队车管所所长赵明亮介绍了情况。", "车管所", id="vehicle-office-no-name"
    ),
    pytest.param("本报讯 昨日，区房管所所长钱立平介绍了情况。", "房管所", id="housing-office-no-name"),
]


@pytest.mark.parametrize(("text", "junk"), NOT_PERSONS)
def test_office_before_its_head_no_person(text: str, junk: str) -> None:
    assert junk not in names_of(text)


# 2. 驻<place> between a body and a title (世界银行驻中国首席代表): the body ends before 驻 (post_rules.yaml title_gaps);
# a mission named in full before its title (…驻中国代表处首席代表, 中国驻X大使) stays the body
POSTED_GAP = [
    pytest.param(
        "本报讯 亚洲开发银行驻中国首席代表约翰·史密斯出席签字仪式。",
        {("约翰·史密斯", "首席代表", "亚洲开发银行")},
        id="bank-posted-to-china-chief-representative",
    ),
    pytest.param(
        "本报讯 世界银行驻京首席代表约翰·史密斯出席签字仪式。",
        {("约翰·史密斯", "首席代表", "世界银行")},
        id="bank-posted-to-beijing-short",
    ),
    # near-misses that keep working
    pytest.param(
        "本报讯 亚洲开发银行驻中国代表处首席代表约翰·史密斯出席签字仪式。",
        {("约翰·史密斯", "首席代表", "亚洲开发银行驻中国代表处")},
        id="guard-the-office-named-in-full-the-body",
    ),
    pytest.param(
        "本报讯 中国驻法国大使王小明出席。",
        {("王小明", "大使", "中国驻法国大使馆")},
        id="guard-an-ambassador-the-embassy",
    ),
]


@pytest.mark.parametrize(("text", "want"), POSTED_GAP)
def test_posted_gap(text: str, want: set) -> None:
    assert posts_of(text) == want


def test_posted_gap_no_junk_body() -> None:
    assert "亚洲开发银行驻中国" not in orgs_of("本报讯 亚洲开发银行驻中国首席代表约翰·史密斯出席签字仪式。")
