"""Questions typed the way people chat (issue 11, the forty-first blind set); each row's id names the wording, and
near misses must not be answered otherwise: a name the asker calls the system by opening the question (小助手，…,
机器人你好，…: cues.yaml vocatives), a body's kind said of it before a comma and a pronoun (甲是一家单位，它在哪:
cues.yaml kind_said), chat particles ending it (捏, 嘞: cues.yaml chat_ends; all three in parse.py `_chatted`),
homophones typed in a common word (职物, 做者, 单为: cues.yaml slips and typos), search-box keywords with the
question word last (甲 职务 啥), a fact restated and its holder asked (甲局有一位局长，叫什么名字), the answer type as a
noun (甲的头衔列表, 甲的职务数量, 甲的工作单位名称: cues.yaml spoken) and a body, a colon and its title (甲局：局长是谁:
cues.yaml typos). The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import ROBOTS, WATER
from qa_helpers import answer_labels, imported_kg

BUREAU, FIRM = WATER, ROBOTS  # tests/conftest.py bureau_page's
POSTS = {f"{BUREAU}局长", f"{BUREAU}党组书记"}


@pytest.fixture(scope="module")
def kg(bureau_page):
    return imported_kg((bureau_page(["党组书记"]), "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a vocative first
        pytest.param(f"小助手，{BUREAU}的局长是谁", "post_holder", {"岑远舟"}, id="vocative"),
        pytest.param(f"机器人你好，{FIRM}在哪里", "located_in", {"青岚市"}, id="vocative-greeting"),
        pytest.param(f"AI，{BUREAU}在哪里", "located_in", {"青岚市"}, id="vocative-latin"),
        # a body's kind said of it, then a pronoun
        pytest.param(f"{BUREAU}是一家单位，它在哪", "located_in", {"青岚市"}, id="kind-said"),
        pytest.param(f"{FIRM}是一家企业，它的董事长是谁", "post_holder", {"闻溪亭"}, id="kind-said-its"),
        # chat particles ending the question
        pytest.param("岑远舟是干啥滴捏", "person_posts", POSTS, id="chat-nie"),
        pytest.param(f"{FIRM}在哪嘞~", "located_in", {"青岚市"}, id="chat-lei"),
        # homophones in a common word
        pytest.param("岑远舟担任什么职物", "person_posts", POSTS, id="typo-zhiwu"),
        pytest.param("闻溪亭在哪个单为工作", "person_org", {FIRM}, id="typo-danwei"),
        pytest.param(f"{BUREAU}的局长事谁呀", "post_holder", {"岑远舟"}, id="typo-shishui"),
        # keywords, the question word last
        pytest.param("岑远舟 职务 啥", "person_posts", POSTS, id="keywords"),
        # a fact restated, its holder asked
        pytest.param(f"{BUREAU}有一位局长，叫什么名字", "post_holder", {"岑远舟"}, id="restated-holder"),
        # the answer type as a noun
        pytest.param("岑远舟的头衔列表", "person_posts", POSTS, id="noun-list"),
        pytest.param("岑远舟的职位全称是", "person_posts", POSTS, id="noun-full-title"),
        pytest.param("岑远舟的职务数量", "person_posts", {"2个"}, id="noun-count"),
        pytest.param("闻溪亭的工作单位名称", "person_org", {FIRM}, id="noun-body"),
        pytest.param(f"{FIRM}的所在地名称", "located_in", {"青岚市"}, id="noun-place"),
        # a body, a colon and its title
        pytest.param(f"{BUREAU}：局长是谁", "post_holder", {"岑远舟"}, id="colon-title"),
        # near misses: as before
        pytest.param(f"{BUREAU}的局长是谁", "post_holder", {"岑远舟"}, id="plain-holder"),
        pytest.param("局长：岑远舟，他在哪个单位", "person_org", {BUREAU}, id="colon-person-first"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        # a vocative's word inside a name or after the opening is the name's own
        pytest.param(f"{FIRM}的董事长是谁", {"闻溪亭"}, id="robot-in-name"),
        pytest.param("澄波机器人的董事长是谁", {"闻溪亭"}, id="robot-short-name"),
    ],
)
def test_names_kept(kg, question, expected):
    assert answer_labels(kg.ask(question)) == expected


@pytest.mark.parametrize(
    "question",
    [
        # the kind said with no pronoun after it is a question of its own (a check), not a place asked
        pytest.param(f"{BUREAU}是一家单位吗", id="kind-said-check"),
        # a vocative alone asks nothing
        pytest.param("小助手，", id="vocative-alone"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert answer_labels(got) not in ({"青岚市"}, {"岑远舟"}), (got.template, answer_labels(got))
