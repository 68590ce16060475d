"""Persons, posts and organisations left by session 51 (branch ext86): a department that a list of places shares,
a bank's head office (总行), 限期办结's 办, a discipline
between a body and 教授/研究员 (ruling h), a second title in brackets, a\nministry's unit whose name holds 和; made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def orgs_of(text: str) -> set[str]:
    return {o.name for o in extract_page(text).organizations}


EXT86_ORGS = [
    # a list of places sharing one department written once: each place's department (was the first places' governments)
    pytest.param(
        "会上，兰州市、酒泉市、天水市发展改革委负责同志作了交流发言。",
        {"兰州市发展改革委", "酒泉市发展改革委", "天水市发展改革委"},
        id="places-share-department",
    ),
    pytest.param(
        "会上，兰州市、酒泉市和天水市商务局负责同志作了发言。",
        {"兰州市商务局", "酒泉市商务局", "天水市商务局"},
        id="places-and-share-department",
    ),
    # a verb 办 + its result (办结, 办完) ends no body (was 问题限期办, a government)
    pytest.param("各地要对问题限期办结。", set(), id="ban-jie-no-office"),
    pytest.param("群众反映的问题当日办完。", set(), id="ban-wan-no-office"),
    # a bank's head office and its department are the bank (was 总行, 总行公司)
    pytest.param("东方银行召开会议，总行公司业务部总经理李强出席。", {"东方银行"}, id="head-office-department-org"),
]


@pytest.mark.parametrize(("text", "expected"), EXT86_ORGS)
def test_ext86_orgs(text: str, expected: set[str]) -> None:
    assert orgs_of(text) == expected


EXT86_POSTS = [
    # 总行 after a bank told before, or after the bank's name: the bank (was a body 总行)
    pytest.param("东方银行召开会议，总行副行长王明出席。", {("王明", "副行长", "东方银行")}, id="head-office-anaphor"),
    pytest.param("东方银行总行副行长王明出席。", {("王明", "副行长", "东方银行")}, id="bank-head-office"),
    # a discipline between a body and an academic grade (ruling h): the body's post (was 甲大学政府学, 甲大学管理学)
    pytest.param("东湖大学政府学教授王明说，", {("王明", "教授", "东湖大学")}, id="discipline-professor"),
    pytest.param("东方研究院材料学研究员王明说，", {("王明", "研究员", "东方研究院")}, id="discipline-researcher"),
    # ... the discipline is no person either (was a person 管理学 with the post)
    pytest.param("东湖大学管理学教授王明说，", {("王明", "教授", "东湖大学")}, id="discipline-no-person"),
    # 副教授 is a grade of its own (was 教授 of a body 东湖大学副)
    pytest.param("东湖大学副教授王明说，", {("王明", "副教授", "东湖大学")}, id="associate-professor"),
    # near-miss: a family name and 学 before 教授 stays a name with no body
    pytest.param("会见了王学教授。", set(), id="name-xue-professor-kept"),
    # near-miss: a school of a university before the grade stays the school
    pytest.param("东湖大学法学院教授王明说，", {("王明", "教授", "东湖大学法学院")}, id="school-professor-kept"),
    # a second title in brackets between a title and the name: both are the person's (was no post at all)
    pytest.param(
        "市工商联主席（总商会会长）王明主持会议。",
        {("王明", "主席", "市工商联"), ("王明", "会长", "总商会")},
        id="bracketed-second-title",
    ),
    # near-miss: a note in brackets that is no title keeps the chain off the name, as before
    pytest.param("东湖集团董事长（兼总经理）王明说，", set(), id="bracketed-note-no-title"),
    # a unit of a ministry whose name holds 和 (a joined part, org_joined_words.txt): the chain's body runs over it
    # (was cut at 和: 城乡建设部…处)
    pytest.param(
        "住房和城乡建设部政策研究中心住宅研究处处长王明昨日表示，",
        {("王明", "处长", "住房和城乡建设部政策研究中心住宅研究处")},
        id="joined-ministry-unit",
    ),
    # near-miss: a 和 joining two bodies still cuts (the second body's head only)
    pytest.param("东方集团和南方公司总经理王明说，", {("王明", "总经理", "南方公司")}, id="he-between-bodies-cuts"),
    # near-miss: a branch stays the branch
    pytest.param("东方银行深圳分行行长王明说，", {("王明", "行长", "东方银行深圳分行")}, id="branch-kept"),
]


@pytest.mark.parametrize(("text", "expected"), EXT86_POSTS)
def test_ext86_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts_of(text) == expected
