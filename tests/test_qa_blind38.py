"""Questions typed the way people ask them (issue 11, the fortieth blind set); each row's id names the wording, and
near misses must not be answered otherwise: a sentence of context naming what the question is about, the question
after it asked of that topic (我在看一篇关于甲的报道，里面那个局长叫什么 / 它在哪儿 / 会是哪天开的: cues.yaml topic,
engine.py `_answer_topic`), a place said first and a body by its short form after the comma (甲市那边，市委书记是谁;
说的是甲市，市政府的市长叫啥: cues.yaml topic.place_opens/place_ends/short_bodies, engine.py `_answer_place_said`),
and a person described by a post, then 还 and a verb of holding (那个当甲局局长的人，还担任什么职务: the posts but the
one named, only when the person is described (的人, 那个人: cues.yaml described_person), never named; cues.yaml still_holds, engine.py `_other_posts`). The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, HTZ, city_page
from qa_helpers import answer_labels, imported_kg

BUREAU = "青岚市水务局"
HTZ_BOARD = "青岚高新技术产业开发区管理委员会"
MEETING = "全市防汛备汛调度会"
FACTS = city_page(
    persons=[
        {"name": "岑远舟", "posts": [{"title": "局长", "org": BUREAU}, {"title": "党组书记", "org": BUREAU}]},
        {"name": "白砚秋", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "纪听澜", "posts": [{"title": "管委会主任", "org": HTZ_BOARD}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": ["市水务局"], "located_in": "青岚市"},
        {"name": HTZ, "type": "development_zone", "aliases": ["青岚高新区"], "located_in": "青岚市"},
        {"name": HTZ_BOARD, "type": "government", "aliases": []},
    ],
    development_zones=[{"name": HTZ, "city": "青岚市", "industries": ["新材料"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": f"岑远舟主持召开{MEETING}",
            "participants": ["岑远舟", "白砚秋"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a sentence of context naming the topic, the question after it asked of the topic
        pytest.param(
            f"我在看一篇关于{BUREAU}的报道，里面那个局长叫什么", "post_holder", {"岑远舟"}, id="topic-pointer"
        ),
        pytest.param(f"看到一条关于{BUREAU}的新闻：它在哪儿", "located_in", {"青岚市"}, id="topic-pronoun"),
        pytest.param(
            f"劳驾，我在看一篇关于{MEETING}的报道，会是哪天开的", "event_date", {"2033-06-02"}, id="topic-kind"
        ),
        pytest.param(f"有一篇讲{GOV}的文章，那个市长是谁", "post_holder", {"白砚秋"}, id="topic-jiang"),
        # a place said first, then a body by its short form
        pytest.param("青岚市那边，市委书记是谁", "post_holder", {"陆听松"}, id="place-na-bian"),
        pytest.param("说的是青岚市，市政府的市长叫啥名字", "post_holder", {"白砚秋"}, id="place-shuo-de-shi"),
        pytest.param(f"{HTZ}那边，管委会主任是谁", "post_holder", {"纪听澜"}, id="place-zone"),
        # a person described by a post, then 还: the posts but the one named
        pytest.param(f"那个当{BUREAU}局长的人，还担任什么职务", "person_posts", {f"{BUREAU}党组书记"}, id="still-dang"),
        pytest.param(f"{BUREAU}的局长那个人还兼什么职", "person_posts", {f"{BUREAU}党组书记"}, id="still-jian"),
        # near misses: as before
        pytest.param(
            f"我在看一篇关于{BUREAU}的报道，{GOV}的市长是谁", "post_holder", {"白砚秋"}, id="topic-other-named"
        ),
        pytest.param(
            "岑远舟还担任什么职务", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="still-no-post-named"
        ),
        pytest.param(
            f"{BUREAU}局长还担任什么职务",
            "person_posts",
            {f"{BUREAU}局长", f"{BUREAU}党组书记"},
            id="still-post-alone",
        ),
        pytest.param(
            "局长岑远舟还兼什么职", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="still-person-named"
        ),
        pytest.param(
            "岑远舟担任什么职务", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="posts-unchanged"
        ),
        pytest.param("青岚市委书记是谁", "post_holder", {"陆听松"}, id="short-body-unchanged"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # a person before the comma is no place: the short body is not read as his
        pytest.param("岑远舟，市委书记是谁", id="place-not-a-person"),
        # the frame with no question after it asks nothing of the topic
        pytest.param(f"我在看一篇关于{BUREAU}的报道", id="topic-no-question"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert answer_labels(got) not in ({"陆听松"}, {"岑远舟"}, {"青岚市"}), (got.template, answer_labels(got))
