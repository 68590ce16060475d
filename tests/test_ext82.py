"""Persons and posts left by session 49 (branch ext82): 院士 of a named academy (the lead's ruling d), academic
grades with no body, Yi names of four characters, a firm's short name before its head's title and name, a time
before 接替, 自 before a time after a name; made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


EXT82_POSTS = [
    # 院士 of a named academy is a post of the academy (ruling d), also after another post and 、
    pytest.param("中国科学院院士王明出席会议。", {("王明", "院士", "中国科学院")}, id="academy-member"),
    pytest.param(
        "东方大学教授、中国工程院院士李强说，",
        {("李强", "教授", "东方大学"), ("李强", "院士", "中国工程院")},
        id="academy-member-after-another-post",
    ),
    pytest.param(
        "所长、中国科学院院士王明说，",
        {("王明", "所长", None), ("王明", "院士", "中国科学院")},
        id="academy-member-after-bare-title",
    ),
    # near-misses: a bare 院士 or 两院院士 is no post
    pytest.param("两院院士王明出席会议。", set(), id="both-academies-no-post"),
    pytest.param("王明院士出席会议。", set(), id="bare-academy-member-no-post"),
    # a Yi name of four characters (a two-character clan name) read whole after a title
    pytest.param("州长吉克阿牛表示，", {("吉克阿牛", "州长", None)}, id="yi-name-after-title"),
    pytest.param(
        "县委书记曲比阿果、县长吉伍木呷出席。",
        {("曲比阿果", "县委书记", None), ("吉伍木呷", "县长", None)},
        id="yi-names-listed",
    ),
    # a firm's short name of two characters before its head's title and full name: the firm, not a person
    pytest.param("武钢总经理刘国华表示，", {("刘国华", "总经理", "武钢")}, id="short-firm-before-title-and-name"),
    # an academic grade with no body written is no post; with its body it is
    pytest.param("王明教授说，", set(), id="bare-professor-no-post"),
    pytest.param("研究员王明说，", set(), id="bare-researcher-no-post"),
    pytest.param("东方大学教授王明说，", {("王明", "教授", "东方大学")}, id="professor-of-a-university"),
    # a time between the name and 接替: both hold the post
    pytest.param(
        "王明今年6月接替李强任东湖市市长。",
        {("王明", "市长", "东湖市人民政府"), ("李强", "市长", "东湖市人民政府")},
        id="time-before-succeeds",
    ),
    # 自 opening a time after a two-character given name ends the name
    pytest.param("张建自去年起任东湖市市长。", {("张建", "市长", "东湖市人民政府")}, id="since-after-two-char-name"),
    pytest.param("王明自今年10月任东湖市委书记。", {("王明", "市委书记", "中共东湖市委员会")}, id="since-this-year"),
    # near-miss: 自 inside a given name with no time after it stays
    pytest.param("市长李自成出席。", {("李自成", "市长", None)}, id="zi-inside-name"),
    # China's name before a national body's short form: the body's post
    pytest.param(
        "中国全国人大常委会委员长王明会见越南国会主席。",
        {("王明", "委员长", "全国人民代表大会常务委员会")},
        id="home-word-before-national-body",
    ),
    # near-miss: persons before their titles, joined by 、, keep their posts
    pytest.param(
        "李鹏总理、朱镕基副总理出席。",
        {("李鹏", "总理", "国务院"), ("朱镕基", "副总理", "国务院")},
        id="names-before-titles-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT82_POSTS)
def test_ext82_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts_of(text) == expected


def test_yi_name_alone_is_read_whole() -> None:
    assert [p.name for p in extract_page("吉克阿牛说，").persons] == ["吉克阿牛"]


EXT82_PARTIES = [
    # China's name before a national body's short form: the body by its full name, a party of the pact
    pytest.param(
        "两国领导人见证了中国全国人大与越南国会合作备忘录的签署。",
        {"全国人民代表大会", "越南国会"},
        id="home-word-congress-party",
    ),
    pytest.param(
        "中国全国政协与越南国会签署合作协议。",
        {"中国人民政治协商会议全国委员会", "越南国会"},
        id="home-word-cppcc-party",
    ),
    # near-miss: a body whose own name opens with 中国 stays
    pytest.param(
        "中国人民银行与东湖市政府签署合作协议。", {"中国人民银行", "东湖市人民政府"}, id="own-name-with-china"
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT82_PARTIES)
def test_ext82_parties(text: str, expected: set[str]) -> None:
    assert {p for a in extract_page(text).agreements for p in a.parties} == expected
