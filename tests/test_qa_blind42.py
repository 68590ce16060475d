"""Questions in the wordings of the forty-fourth blind set (issue 11, blind42); each row's id names the wording, and
near misses must not be answered otherwise: a title said first as the topic (局长这个职位，甲局是谁在做: cues.yaml
`title_first`, parse.py `_title_first`), a place noun then a bare 哪 (甲局的所在地是哪: cues.yaml where_end), a count
asked in the imperative (数数甲有几个乙: fillers), a day's 动态 (cues.yaml asks.event) and an agreement's other side
with its head noun left unsaid (跟甲签协议的那家，董事长是谁: cues.yaml spoken). The people, bodies and events are made
up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, city_page, meeting_page
from qa_helpers import answer_labels, imported_kg

BUREAU = "青岚市水务局"
FIRM = "青岚澄波机器人有限公司"
MEETING = "全市防汛工作推进会"
FACTS = city_page(
    persons=[
        {"name": "岑远舟", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "柏青禾", "posts": [{"title": "副局长", "org": BUREAU}]},
        {"name": "庄墨", "posts": [{"title": "副局长", "org": BUREAU}]},
        {"name": "闻溪亭", "posts": [{"title": "董事长", "org": FIRM}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": ["市水务局"], "located_in": "青岚市"},
        {"name": FIRM, "type": "company", "aliases": ["澄波机器人"], "located_in": "青岚市"},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-09",
            "summary": f"{BUREAU}召开{MEETING}",
            "participants": ["岑远舟"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.fixture(scope="module")
def signed_kg():
    return imported_kg((meeting_page(), "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a title said first as the topic, then the body and a who-word
        pytest.param(f"局长这个职位，{BUREAU}是谁在做", "post_holder", {"岑远舟"}, id="title-first-doing"),
        pytest.param(f"董事长这一职务，{FIRM}由谁担任", "post_holder", {"闻溪亭"}, id="title-first-held-by"),
        pytest.param(f"请问，副局长这个职位，{BUREAU}是谁", "post_holder", {"柏青禾", "庄墨"}, id="title-first-polite"),
        pytest.param(f"局长这一职务，{BUREAU}姓甚名谁", "post_holder", {"岑远舟"}, id="title-first-name"),
        # a place noun, then a bare 哪
        pytest.param(f"{BUREAU}的所在地是哪", "located_in", {"青岚市"}, id="seat-is-where"),
        pytest.param(f"{FIRM}所在地是哪", "located_in", {"青岚市"}, id="seat-no-de"),
        # a count asked in the imperative
        pytest.param(f"数数{BUREAU}有几个副局长", "post_holder", {"2个"}, id="count-imperative"),
        pytest.param(f"数一数{BUREAU}有几个副局长", "post_holder", {"2个"}, id="count-once-over"),
        # a day's 动态: its events
        pytest.param("5月9日有哪些动态", "events_in_period", {MEETING}, id="day-news-which"),
        pytest.param("2033年5月9日那一天有哪些动态", "events_in_period", {MEETING}, id="day-news-that-day"),
        pytest.param("5月9日有啥动态", "events_in_period", {MEETING}, id="day-news-spoken"),
        # near misses: as before
        pytest.param(f"{BUREAU}的局长是谁", "post_holder", {"岑远舟"}, id="plain-holder"),
        pytest.param(f"{BUREAU}所在地是哪个城市", "located_in", {"青岚市"}, id="plain-seat-city"),
        pytest.param("5月9日有哪些活动", "events_in_period", {MEETING}, id="plain-day"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # the other side of an agreement, its head noun left unsaid, then a title of it
        pytest.param(f"跟{GOV}签战略合作协议的那家，董事长是谁", "post_holder", {"顾远山"}, id="that-one-comma"),
        pytest.param(f"跟{GOV}签战略合作协议的那家的董事长是谁", "post_holder", {"顾远山"}, id="that-one-de"),
        # near misses: the other side itself, and the head said
        pytest.param(
            f"跟{GOV}签战略合作协议的那家是哪家", "agreement_partners", {"星岫集团有限公司"}, id="that-one-asked"
        ),
        pytest.param(f"跟{GOV}签战略合作协议的企业，董事长是谁", "post_holder", {"顾远山"}, id="plain-head"),
    ],
)
def test_hop_wordings(signed_kg, question, template, expected):
    got = signed_kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # a title said first with no who-word after the body: not read as its holder
        pytest.param(f"局长这个职位，{BUREAU}有几个", id="title-first-count"),
        # a title said first with no body: nothing to put it after
        pytest.param("局长这个职位，很重要吗", id="title-first-no-body"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert answer_labels(got) != {"岑远舟"}, (got.template, answer_labels(got))
