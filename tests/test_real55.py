"""Posts read off the even half of bench/real_posts.py's set honor_posts (branch real55): made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


REAL55_POSTS = [
    # 销售经理/销售总监 are titles, as 营销经理/营销总监 (titles.txt): 销售 is no end of the body's name
    pytest.param("某地产销售经理刘明辉", {("刘明辉", "销售经理", "某地产")}, id="sales-manager"),
    pytest.param(
        "青山置业销售总监赵海燕表示，本月成交上升。", {("赵海燕", "销售总监", "青山置业")}, id="sales-director"
    ),
    # a club written bare is a kind of body, none named (org_generic.yaml generic_names)
    pytest.param("俱乐部副主席陈大伟表示，球队将引进新人。", {("陈大伟", "副主席", None)}, id="bare-club-no-body"),
    # 报告期内 (a company report's period) between the name's clause and 任 (post_rules.yaml appoint_times)
    pytest.param(
        "张建国先生，报告期内任华东钢铁股份有限公司董事。",
        {("张建国", "董事", "华东钢铁股份有限公司")},
        id="report-period-then-appointed",
    ),
    pytest.param(
        "张建国报告期内任华东钢铁股份有限公司监事。",
        {("张建国", "监事", "华东钢铁股份有限公司")},
        id="report-period-after-name",
    ),
    # a title joined by 兼 to the title right after a name is the name's too, in the same body (posts._joined_after_name)
    pytest.param(
        "王立新副董事长兼行长表示，银行将扩大贷款。",
        {("王立新", "副董事长", None), ("王立新", "行长", None)},
        id="joined-titles-after-name",
    ),
    pytest.param(
        "华东公司王立新副总经理兼总工程师出席。",
        {("王立新", "副总经理", "华东公司"), ("王立新", "总工程师", "华东公司")},
        id="joined-titles-after-name-body",
    ),
]

REAL55_NOT = [
    pytest.param("销售经理说，本月成交上升。", set(), id="sales-manager-unnamed-no-person"),
    pytest.param("报告期内，公司董事会召开五次会议。", set(), id="report-period-no-person"),
]

REAL55_KEPT = [
    # a named club keeps its body; a plain title after a name reads as before
    pytest.param(
        "足球俱乐部副主席陈大伟表示，球队将引进新人。", {("陈大伟", "副主席", "足球俱乐部")}, id="named-club-kept"
    ),
    pytest.param("王立新董事长出席会议。", {("王立新", "董事长", None)}, id="one-title-after-name"),
    pytest.param("某地产营销经理刘明辉", {("刘明辉", "营销经理", "某地产")}, id="marketing-manager-as-before"),
]


@pytest.mark.parametrize(("text", "expected"), REAL55_POSTS)
def test_real55_posts(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL55_NOT)
def test_real55_near_misses(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REAL55_KEPT)
def test_real55_kept(text, expected):
    assert posts_of(text) == expected
