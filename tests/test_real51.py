"""Posts read off the even half of bench/real_posts.py's set head_posts (branch real51): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


REAL51_POSTS = [
    # a request to the person (请, 有请) opens no body's name (post_rules.yaml cut_before_names)
    pytest.param(
        "一会儿请某某网地产频道主编王一鸣给我们介绍一下。",
        {("王一鸣", "主编", "某某网地产频道")},
        id="request-opens-no-body",
    ),
    pytest.param(
        "有请河北某某县副县长李国强先生，有请。",  # (a county the division data lacks: its province written before
        {("李国强", "副县长", "某某县人民政府")},  # it is no part of its government's name, as 江苏省如东市; ext84)
        id="invitation-opens-no-body",
    ),
    pytest.param("下面请市商务局局长赵明华发言。", {("赵明华", "局长", "市商务局")}, id="please-speak-body-after"),
    # 地委 with no place written is no body of its own (org_generic.yaml generic_names), as 区委
    pytest.param(
        "地委书记王明华、行署专员李国强等领导出席。",
        {("王明华", "书记", None), ("李国强", "专员", None)},
        id="prefecture-committee-bare-null",
    ),
    # a count after a name read of three characters is no part of it (person_words.yaml count_numerals/count_measures)
    pytest.param("原某某副县长王震六次给他送钱。", {("王震", "副县长", "某某")}, id="count-after-a-name-former-post"),
    pytest.param("副市长刘海五次到现场。", {("刘海", "副市长", None)}, id="count-after-a-name"),
]

REAL51_NOT = [
    pytest.param("申请人王明华提交了材料。", set(), id="applicant-no-post"),
    pytest.param("他向上级请示了三次。", set(), id="request-verb-no-post"),
]

REAL51_PERSONS = [
    pytest.param("县长王小三发言。", {"王小三"}, id="numeral-ends-a-name-before-a-verb"),
    pytest.param("董事长刘三表示满意。", {"刘三"}, id="numeral-a-two-character-name"),
    pytest.param("原某某副县长王震六次给他送钱。", {"王震"}, id="count-no-part-of-the-name"),
]


@pytest.mark.parametrize(("text", "expected"), REAL51_POSTS)
def test_real51_posts(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL51_NOT)
def test_real51_near_misses(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL51_PERSONS)
def test_real51_persons(text, expected):
    assert persons_of(text) == expected
