"""Posts read off the even half of bench/real_posts.py's set left_posts (branch real49): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


REAL49_POSTS = [
    # titles.txt: a sales head (营销经理, as 营销总监) and a deputy's deputy of a foreign ministry (副部长帮办)
    pytest.param("东方置业营销经理王芳说，市场回暖。", {("王芳", "营销经理", "东方置业")}, id="sales-manager-a-title"),
    pytest.param(
        "美国商务部副部长帮办约翰·史密斯日前访华。",
        {("约翰·史密斯", "副部长帮办", "美国商务部")},
        id="deputy-under-secretary-a-title",
    ),
    # the field a head is in charge of between the body and the title (post_rules.yaml title_gap_fields)
    pytest.param(
        "美国商务部负责贸易的副部长帮办约翰·史密斯曾表示，",
        {("约翰·史密斯", "副部长帮办", "美国商务部")},
        id="field-in-charge-of-between-body-and-title",
    ),
    pytest.param("国防部负责政策的副部长李明说。", {("李明", "副部长", "国防部")}, id="ministry-deputy-for-policy"),
    pytest.param("负责此事的副市长王大明表示，", {("王大明", "副市长", None)}, id="field-with-no-body-before"),
    # a particle opens no dotted name (name_at), and 接任 tells a career as the name's modifier (modifier_careers)
    pytest.param(
        "刚接任微软总裁的史蒂夫·鲍尔默日前表示，公司运转正常。",
        {("史蒂夫·鲍尔默", "总裁", "微软")},
        id="took-over-as-head-modifier-dotted-name",
    ),
    pytest.param("接任市长的王小明表示，", {("王小明", "市长", None)}, id="took-over-no-body-of-jieren"),
    # a span of years opening a career clause (post_rules.yaml career_spans)
    pytest.param(
        "王晓东，男，最近五年历任东山化工股份有限公司监事。",
        {("王晓东", "监事", "东山化工股份有限公司")},
        id="career-in-the-last-five-years",
    ),
    pytest.param(
        "刘海，近三年历任南城电力有限公司总经理、北城热力有限公司董事。",
        {("刘海", "总经理", "南城电力有限公司"), ("刘海", "董事", "北城热力有限公司")},
        id="career-in-the-last-three-years-a-list",
    ),
]

REAL49_NOT = [
    pytest.param("他会见了来访的史蒂夫·鲍尔默。", set(), id="dotted-name-after-de-no-post"),
    pytest.param(
        "他负责招商工作。副市长王大明表示，", {("王大明", "副市长", None)}, id="in-charge-in-another-sentence"
    ),
    pytest.param("他帮办了许多实事。", set(), id="bangban-a-verb-no-title"),
    pytest.param("最近五年，全市经济稳步增长。", set(), id="span-of-years-no-career"),
]

REAL49_PERSONS = [
    pytest.param("刚上任的史蒂夫·鲍尔默表示，", {"史蒂夫·鲍尔默"}, id="no-de-in-a-dotted-name"),
    pytest.param("总裁的约翰·史密斯说，", {"约翰·史密斯"}, id="no-de-after-a-title"),
]


@pytest.mark.parametrize(("text", "expected"), REAL49_POSTS)
def test_real49_posts(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL49_NOT)
def test_real49_near_misses(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL49_PERSONS)
def test_real49_persons(text, expected):
    assert persons_of(text) == expected
