"""What blind34, qa55 and qa56 left, in other made-up wordings (issue 11, session 41, job qa57): a noun asked with a
particle after it (甲区重点产业呀, 甲区重点产业？呀, 甲市副市长？来着: select.py `_ending_word`, `_fillers_off`, parse.py
`_TRAILING`), 诶 a filler; spoken forms read
again as written out when nothing fits (cues.yaml `spoken`): 归哪儿管 (located_in), 之间是个什么协议 / 签了个啥 / 签的啥
(agreement_kind), 都有谁去了 (event_participants), 出了什么事 (a day's events), 涉及几块 (how many fields), 县上 as
县里 (a region word before the question), 一共提到几个人 (how many people a body has); the
opening 想打听下 a filler. The people, bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, meeting_page
from qa_helpers import imported_kg

PAGE = meeting_page(
    {"name": "崔映川", "posts": [{"title": "市长", "org": GOV}]},
    {"name": "于清禾", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "钟望岳", "posts": [{"title": "县长", "org": "曲岭县人民政府"}]},
)
PAGE["organizations"].append(
    {"name": "曲岭县人民政府", "type": "government", "aliases": ["曲岭县政府"], "located_in": "曲岭县"}
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


def _labels(got) -> set[str]:
    return {a["label"] for a in got.answers}


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚高新区重点产业呀", "zone_industries", {"氢能", "新材料"}, id="noun-then-ya"),
        pytest.param("青岚高新区重点产业？呀", "zone_industries", {"氢能", "新材料"}, id="noun-mark-then-ya"),
        pytest.param("青岚高新区的主导产业啊", "zone_industries", {"氢能", "新材料"}, id="noun-then-a"),
        pytest.param("顾远山的职务呀", "person_posts", {"星岫集团有限公司董事长"}, id="posts-noun-then-ya"),
        pytest.param("青岚市市长是谁？啊", "post_holder", {"崔映川"}, id="mark-then-a-after-who"),
        pytest.param("青岚市政府副市长？来着", "post_holder", {"于清禾"}, id="post-mark-then-lai-zhe"),
        pytest.param("青岚市政府副市长来着", "post_holder", {"于清禾"}, id="post-then-lai-zhe"),
        pytest.param("诶，青岚高新区主要搞啥产业", "zone_industries", {"氢能", "新材料"}, id="opening-ei"),
        # near misses: the noun alone as before; a particle after a name alone is no noun asked
        pytest.param("青岚高新区重点产业", "zone_industries", {"氢能", "新材料"}, id="noun-alone-still"),
        pytest.param("顾远山的老婆呀", None, set(), id="no-cue-noun-then-ya"),
        pytest.param("顾远山？来着", "person_posts", {"星岫集团有限公司董事长"}, id="name-alone-lai-zhe-still"),
        pytest.param("青岚市？来着", None, set(), id="place-alone-lai-zhe-not-asked"),
    ],
)
def test_noun_then_particle(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message
