"""Posts read off the even halves of bench/real_posts.py (branch ext77): career lines naming a grade among their posts,
dotted names cut at the dot, long transliterated names; made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


EXT77_POSTS = [
    # a grade held (工程师, 技术员, 教师) heads a career list: passed over, the posts after it read (post_rules career_grades)
    pytest.param(
        "王明先生：男，本科，曾任华北电力局通信所助理工程师、通信所所长、华东电力局计算中心主任。",
        {("王明", "所长", "通信所"), ("王明", "主任", "华东电力局计算中心")},
        id="grade-then-posts-by-dun",
    ),
    pytest.param(
        "李强，男，硕士，曾任东湖钢铁厂技术员，东湖钢铁厂副厂长，现任远东机械有限公司执行董事。",
        {("李强", "副厂长", "东湖钢铁厂"), ("李强", "执行董事", "远东机械有限公司")},
        id="grade-then-posts-by-comma",
    ),
    pytest.param(
        "赵刚，历任南湖中学教师，南湖区教育局副局长。",
        {("赵刚", "副局长", "南湖区教育局")},
        id="teacher-then-deputy-head",
    ),
    # near-misses: a grade alone is no post; a grade after the verb with no post listed gives none
    pytest.param("王明曾任某研究所工程师。", set(), id="grade-alone"),
    pytest.param("李强，历任东湖钢铁厂技术员，后来出国留学。", set(), id="grade-then-no-post"),
    # a foreign title's name: a learned name grows by the syllables typical of such names; long ones with no dot
    pytest.param(
        "俄罗斯紧急情况部部长萨伊古，外交部长出席。",
        {("萨伊古", "部长", "俄罗斯紧急情况部")},
        id="learned-name-lengthened",
    ),
    pytest.param(
        "俄罗斯国防部副部长阿列克谢卡拉什尼科夫前几天宣布称，",
        {("阿列克谢卡拉什尼科夫", "副部长", "俄罗斯国防部")},
        id="ten-character-name",
    ),
    # a dotted name the model cuts right after its dot (川·|立派): the whole name
    pytest.param("泰国总理川·立派10日主持会议。", {("川·立派", "总理", "泰国政府")}, id="dotted-name-not-cut-at-dot"),
]


@pytest.mark.parametrize(("text", "expected"), EXT77_POSTS)
def test_ext77_posts(text: str, expected: set) -> None:
    assert posts_of(text) == expected


EXT77_NOT_PERSONS = [
    pytest.param("泰国总理川·立派10日主持会议。", "川·", id="no-name-ending-in-dot"),
    pytest.param("俄罗斯国防部副部长阿列克谢卡拉什尼科夫宣布，", "阿列克", id="long-name-not-cut"),
    pytest.param("俄罗斯紧急情况部部长萨伊古，外交部长出席。", "萨伊", id="learned-name-not-cut"),
]


@pytest.mark.parametrize(("text", "word"), EXT77_NOT_PERSONS)
def test_ext77_not_persons(text: str, word: str) -> None:
    assert word not in persons_of(text)
