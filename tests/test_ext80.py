"""Names, bodies and posts left by session 48 (branch ext80): publications named in 《》 before a post's title, a career
told after 此前历任 in a sentence naming the one replaced, a workshop's head, a bare 任 after a bio, four-part dotted
names; made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


EXT80_POSTS = [
    # a paper or magazine in 《》, its kind inside the brackets or right after them, before a post's title: the body
    pytest.param(
        "《东方医学杂志》主编王明出席会议。", {("王明", "主编", "东方医学杂志")}, id="magazine-inside-brackets"
    ),
    pytest.param("《南海经济报》副总编辑李强表示，", {("李强", "副总编辑", "南海经济报")}, id="paper-inside-brackets"),
    pytest.param("《东望》新闻周刊总编辑孙立说，", {("孙立", "总编辑", "东望新闻周刊")}, id="weekly-after-brackets"),
    pytest.param(
        "会上，《南海》杂志社社长许强、《东方医学杂志》主编王明发言。",
        {("许强", "社长", "南海杂志社"), ("王明", "主编", "东方医学杂志")},
        id="magazine-listed-after-its-house",
    ),
    # near-miss: a title in 《》 with no word of a publication is no body named
    pytest.param("《东方》主编王明说，", {("王明", "主编", None)}, id="bare-title-no-body"),
    # 接替…的乙: the one replaced; the career told after 此前历任 is the subject's, who takes the post too
    pytest.param(
        "王建国接替退休的陈光辉出任市交通局局长，此前历任市公路局副局长、市港航局局长。",
        {
            ("王建国", "局长", "市交通局"),
            ("王建国", "副局长", "市公路局"),
            ("王建国", "局长", "市港航局"),
            ("陈光辉", "局长", "市交通局"),
        },
        id="career-after-the-one-replaced",
    ),
    pytest.param(
        "王建国接替陈光辉任市交通局局长，此前曾任市港航局局长。",
        {("王建国", "局长", "市交通局"), ("陈光辉", "局长", "市交通局"), ("王建国", "局长", "市港航局")},
        id="career-after-bare-replaced",
    ),
    # near-miss: with no one replaced, the career is the last person's as before
    pytest.param(
        "陈光辉退休后，王建国出任市交通局局长，此前历任市港航局局长。",
        {("王建国", "局长", "市交通局"), ("王建国", "局长", "市港航局")},
        id="career-no-one-replaced",
    ),
    # a workshop named between its body and 车间主任: the post is 主任 of the workshop, also after a 集团 in brackets
    pytest.param(
        "李强曾任东湖机床厂二车间主任、东湖机床厂副厂长。",
        {("李强", "主任", "东湖机床厂二车间"), ("李强", "副厂长", "东湖机床厂")},
        id="workshop-in-career-line",
    ),
    pytest.param(
        "王明曾任东湖重工（集团）股份有限公司三车间主任、东湖重工（集团）股份有限公司副总经理。",
        {("王明", "主任", "东湖重工（集团）股份有限公司三车间"), ("王明", "副总经理", "东湖重工（集团）股份有限公司")},
        id="workshop-after-bracketed-group",
    ),
    pytest.param(
        "东湖机床厂装配车间主任李强说，", {("李强", "主任", "东湖机床厂装配车间")}, id="workshop-named-by-work"
    ),
    # near-miss: no workshop's name, the title as before
    pytest.param("东湖机床厂车间主任李强说，", {("李强", "车间主任", "东湖机床厂")}, id="bare-workshop-title"),
    # a bare 任 after a bio's short clauses: the person's post
    pytest.param(
        "王明先生：男，1965年出生，硕士，高级经济师，任远东机械有限公司董事。",
        {("王明", "董事", "远东机械有限公司")},
        id="bio-then-bare-ren",
    ),
    pytest.param(
        "李强，女，汉族，本科学历，担任南湖纺织有限公司监事。",
        {("李强", "监事", "南湖纺织有限公司")},
        id="bio-then-danren",
    ),
    # near-misses: no bio before the verb; 任命 is no such verb
    pytest.param("王明说，明年将扩大生产规模，任远东机械有限公司董事。", set(), id="no-bio-before-ren"),
    pytest.param(
        "王明，男，硕士，任命李强为远东机械有限公司董事。",
        {("李强", "董事", "远东机械有限公司")},
        id="renming-no-bio-post",
    ),
    # a four-part dotted name read whole
    pytest.param(
        "尼泊尔副总统拉姆·昌德拉·普拉萨德·考伊拉拉出席开幕式。",
        {("拉姆·昌德拉·普拉萨德·考伊拉拉", "副总统", "尼泊尔政府")},
        id="four-part-dotted-name",
    ),
    pytest.param(
        "东南亚某国总理阿卜杜勒·拉赫曼·本·哈桑表示，",
        {("阿卜杜勒·拉赫曼·本·哈桑", "总理", "东南亚某国")},
        id="four-part-dotted-name-short-parts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT80_POSTS)
def test_ext80_posts(text: str, expected: set) -> None:
    assert posts_of(text) == expected


EXT80_TYPES = [
    pytest.param("《东方医学杂志》主编王明出席会议。", "东方医学杂志", id="magazine-is-media"),
    pytest.param("《东望》新闻周刊总编辑孙立说，", "东望新闻周刊", id="weekly-is-media"),
]


@pytest.mark.parametrize(("text", "name"), EXT80_TYPES)
def test_ext80_publication_type(text: str, name: str) -> None:
    assert {o.name: o.type for o in extract_page(text).organizations}.get(name) == "media"
