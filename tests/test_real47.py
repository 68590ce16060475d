"""Posts read off the even half of bench/real_posts.py's set shape_posts (branch real47): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL47_POSTS = [
    # a profile line: a form of address between the name and the mark (post_rules.yaml told_after_address)
    pytest.param("王海明先生，公司董事，中国国籍。", {("王海明", "董事", None)}, id="profile-sir-comma-bare-company"),
    pytest.param(
        "赵丽华女士：副总经理，中国国籍。", {("赵丽华", "副总经理", None)}, id="profile-madam-colon-bare-title"
    ),
    pytest.param(
        "陈立新先生，东方重工股份有限公司独立董事。",
        {("陈立新", "独立董事", "东方重工股份有限公司")},
        id="profile-sir-comma-body-and-title",
    ),
    # 履新 takes up a post (appoint_verbs, career_openers)
    pytest.param(
        "周明远履新华东电力公司总经理。", {("周明远", "总经理", "华东电力公司")}, id="lvxin-right-after-the-name"
    ),
    pytest.param(
        "刘志强在去年被委以重任，履新南方证券董事长。",
        {("刘志强", "董事长", "南方证券")},
        id="lvxin-opening-the-next-clause",
    ),
    # a bare head's title after a post in a department of the unit it heads (unit_heads)
    pytest.param(
        "郑大为，曾任河东市钢铁总厂办公室主任、副厂长。",
        {("郑大为", "主任", "河东市钢铁总厂办公室"), ("郑大为", "副厂长", "河东市钢铁总厂")},
        id="deputy-plant-head-after-the-plant-office",
    ),
    pytest.param(
        "市卫生局办公室主任、副局长王芳出席。",
        {("王芳", "主任", "市卫生局办公室"), ("王芳", "副局长", "市卫生局")},
        id="deputy-bureau-head-after-the-bureau-office",
    ),
    pytest.param(
        "南方银行信贷部经理、副行长陈东出席。",
        {("陈东", "经理", "南方银行信贷部"), ("陈东", "副行长", "南方银行")},
        id="deputy-bank-head-after-its-credit-department",
    ),
    pytest.param(
        "城南区法院执行局局长、副院长赵强讲话。",
        {("赵强", "局长", "城南区法院执行局"), ("赵强", "副院长", "城南区法院")},
        id="deputy-court-head-after-its-enforcement-bureau",
    ),
]

REAL47_NOT = [
    pytest.param("王海明先生说，董事会已经开会。", set(), id="sir-then-a-verb-no-post"),
    pytest.param("吴建华先生，张家港人。", set(), id="sir-then-a-hometown-no-post"),
    pytest.param("钱小红，董事，", set(), id="no-address-bare-title-no-post"),
    pytest.param("李明先生，总经理王强说，市场回暖。", {("王强", "总经理", None)}, id="sir-then-the-next-names-title"),
    pytest.param("履新后，李力表示要抓好安全。", set(), id="lvxin-with-no-title-after"),
    pytest.param(
        "青山化肥厂总会计师、副厂长李东出席。",
        {("李东", "总会计师", "青山化肥厂"), ("李东", "副厂长", "青山化肥厂")},
        id="a-deputy-plant-head-after-the-plants-own-post",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL47_POSTS)
def test_real47_posts(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL47_NOT)
def test_real47_near_misses(text, expected):
    assert posts_of(text) == expected


def test_real47_a_hospital_groups_head_keeps_the_group():
    assert posts_of("省卫生厅医政处处长、东山医院集团院长李华出席。") == {
        ("李华", "处长", "省卫生厅医政处"),
        ("李华", "院长", "东山医院集团"),
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("普京总统的贺辞指出：合作前景广阔。", id="a-letter-of-congratulation-cixin"),
        pytest.param("李明市长的贺函指出，合作前景广阔。", id="a-letter-of-congratulation-han"),
    ],
)
def test_real47_a_congratulation_letter_is_no_person(text):
    assert not {p.name for p in extract_page(text).persons} & {"贺辞", "贺函"}
