"""Questions in the wordings of the forty-second blind set (issue 11, blind40); each row's id names the wording, and
near misses must not be answered otherwise: English words for a post or an author (甲的position是什么:
cues.yaml spoken; 甲市政府的mayor是谁: cues.yaml roles; 《甲》的author是谁: cues.yaml slips), a formal frame (请问贵系统
能否告知甲目前所任职务: cues.yaml fillers and asks.post), a name said as what people call it and a pronoun
(大家常说的甲，它在哪儿呢: cues.yaml said_as) and a kind noun said first as the topic (职务的话，甲一共有几个: cues.yaml
kind_first; both in parse.py `_said_as_first`). The people, bodies and articles are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import answer_labels, imported_kg

BUREAU = "青岚市水务局"
FIRM = "青岚澄波机器人有限公司"
GOV = "青岚市人民政府"
TITLE = "青岚市水务局召开防汛工作推进会"
FACTS = city_page(
    articles=[{"title": TITLE, "first_words": "本报讯", "date": "2033-05-09", "authors": ["柳映川"]}],
    persons=[
        {"name": "岑远舟", "posts": [{"title": "局长", "org": BUREAU}, {"title": "党组书记", "org": BUREAU}]},
        {"name": "闻溪亭", "posts": [{"title": "董事长", "org": FIRM}]},
        {"name": "贺临川", "posts": [{"title": "市长", "org": GOV}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": ["市水务局"], "located_in": "青岚市"},
        {"name": FIRM, "type": "company", "aliases": ["澄波机器人"], "located_in": "青岚市"},
    ],
)
POSTS = {f"{BUREAU}局长", f"{BUREAU}党组书记"}


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # English words
        pytest.param("岑远舟的position是什么", "person_posts", POSTS, id="english-position"),
        pytest.param(f"{GOV}的mayor是谁", "post_holder", {"贺临川"}, id="english-mayor"),
        pytest.param(f"《{TITLE}》的author是谁", "article_authors", {"柳映川"}, id="english-author"),
        # a formal frame
        pytest.param("请问贵系统能否告知岑远舟目前所任职务", "person_posts", POSTS, id="formal-posts"),
        pytest.param(f"请问能否告知{FIRM}坐落于何处", "located_in", {"青岚市"}, id="formal-place"),
        # a name said as what people call it, then a pronoun
        pytest.param("大家常说的澄波机器人，它在哪儿呢", "located_in", {"青岚市"}, id="said-as"),
        # a kind noun first as the topic
        pytest.param("职务的话，岑远舟一共有几个", "person_posts", {"2个"}, id="kind-first-count"),
        # near misses: as before
        pytest.param(f"岑远舟是{BUREAU}的局长吗", "post_check", {"岑远舟"}, id="post-check-kept"),
        pytest.param(f"闻溪亭是{BUREAU}的局长吗", "post_check", set(), id="post-check-no-kept"),
        pytest.param("岑远舟在哪工作", "person_org", {BUREAU}, id="plain-body"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # the topic is a name, not a kind noun: never read after the rest
        pytest.param("岑远舟的话，青岚市一共有几个", id="kind-first-name"),
        # said_as with no comma and pronoun after the name is left as written
        pytest.param("大家常说的澄波机器人在哪个行业", id="said-as-no-pronoun"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert answer_labels(got) not in ({"2个"}, {"青岚市"}), (got.template, answer_labels(got))
