"""Checks with no title, the bodies of a person of several, two asks opening with their question word (issue 11,
session 47, job qa67). 甲还在乙任职吗 / 甲是不是在乙工作 / 甲在乙上班吗 with no title is a yes (the person, with the titles
held there) or a no (kg/qa/amends.py answer_member_check, cues.yaml member_check); a title named stays post_check's.
甲是哪个单位的人 of a person with posts in several bodies lists each body with its titles (templates.yaml person_org
`listed`), where a question asking one post's holder keeps "asked one, found several". 谁是甲市市长，他还有什么职务 and
哪天开的甲会，谁参加了 answer both asks (kg/qa/two_asks.py), and `--limit` pages each ask. A surname before a title held
only in another place (白川市的韩副市长是谁) answers nothing (amends.py answer_held_elsewhere). The people, bodies and
events are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

from typing import Any

import pytest
from kgqa.kg.qa.shape import page_of
from qa_fact_pages import CO, CPC, GOV
from qa_helpers import imported_kg

from kgqa.cli import _render_answer

ASKS_TWO = "问题一次问了不止一件事，请分开问"


@pytest.fixture(scope="module")
def kg(mayor_page: Any) -> Any:
    page = mayor_page(
        persons=[
            {"name": "韩听雪", "posts": [{"title": "副市长", "org": GOV}]},
            {"name": "林照月", "posts": [{"title": "副市长", "org": GOV}]},
            {"name": "程望舒", "posts": [{"title": "总经理", "org": CO}, {"title": "党委书记", "org": f"{CO}党委"}]},
        ],
        organizations=[
            {"name": "白川市人民政府", "type": "government", "aliases": ["白川市政府"], "located_in": "白川市"},
            {"name": f"{CO}党委", "type": "party_committee", "aliases": []},
        ],
    )
    return imported_kg((page, "made-up.json"))


def _labels(answer: Any) -> set[str]:
    return {str(a["label"]) for a in answer.answers}


@pytest.mark.parametrize(
    "question,expected,held",
    [
        pytest.param("沈砚秋还在青岚市人民政府任职吗", {"沈砚秋"}, ["市长"], id="hai-zai-ren-zhi"),
        pytest.param("沈砚秋是不是在青岚市委工作", {"沈砚秋"}, ["市委副书记"], id="shi-bu-shi-zai-gong-zuo"),
        pytest.param("顾远山在星岫集团上班吗", {"顾远山"}, ["董事长"], id="zai-shang-ban-ma"),
        pytest.param("顾远山现在仍在星岫集团有限公司供职吗？", {"顾远山"}, ["董事长"], id="reng-zai-gong-zhi"),
        pytest.param("顾远山还在青岚市政府任职吗", set(), None, id="no-other-body"),
    ],
)
def test_member_check_without_a_title(kg: Any, question: str, expected: set[str], held: list[str] | None) -> None:
    got = kg.ask(question)
    assert _labels(got) == expected
    if expected:
        assert got.answers[0]["held"] == held and got.answers[0]["sources"]
    else:
        assert got.message == f"图谱里顾远山不在青岚市政府任职（{CO}）"


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a title named: post_check's, a yes only for the post named
        pytest.param("沈砚秋是青岚市人民政府的副市长吗", "post_check", set(), id="title-named-not-held"),
        pytest.param("沈砚秋还在青岚市人民政府当副市长吗", "post_check", set(), id="dang-title-not-held"),
        pytest.param("沈砚秋是青岚市人民政府的市长吗", "post_check", {"沈砚秋"}, id="title-named-held"),
        # a word of its own beside the verb, or no verb of working: not this check
        pytest.param("沈砚秋还在青岚市人民政府兼职吗", None, set(), id="jian-zhi-not-a-verb-of-it"),
        pytest.param("沈砚秋还在青岚市人民政府吗", None, set(), id="no-verb"),
    ],
)
def test_member_check_near_misses(kg: Any, question: str, template: str | None, expected: set[str]) -> None:
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("沈砚秋是哪个单位的人啊", id="shi-na-ge-dan-wei-de-ren"),
        pytest.param("烦请告知沈砚秋供职于哪个单位", id="gong-zhi-yu-na-ge-dan-wei"),
        pytest.param("沈砚秋在哪个单位任职", id="zai-na-ge-dan-wei-ren-zhi"),
    ],
)
def test_which_body_of_a_person_of_several_lists_each(kg: Any, question: str) -> None:
    got = kg.ask(question)
    assert got.template == "person_org" and not got.message
    assert {a["label"]: a.get("held") for a in got.answers} == {CPC: ["市委副书记"], GOV: ["市长"]}
    assert f"- {GOV}（市长）" in _render_answer(got.to_json())


@pytest.mark.parametrize(
    "question,template,expected,message",
    [
        pytest.param("顾远山是哪个单位的人啊", "person_org", {CO}, None, id="one-body-as-before"),
        # 哪家公司 asks one of a kind: a unit and its party body merged, as before; 哪个单位: each body
        pytest.param("程望舒是哪家公司的", "person_org", {CO}, None, id="which-company-merges-its-party-body"),
        # one post's holder asked by 哪位 with two holders: still asked back
        pytest.param(
            "青岚市人民政府的副市长是哪位",
            "post_holder",
            set(),
            "问题问的是1个，图谱里有2个，请核对",
            id="which-holder-of-two-asked-back",
        ),
    ],
)
def test_which_one_near_misses(kg: Any, question: str, template: str, expected: set[str], message: str | None) -> None:
    got = kg.ask(question)
    assert (got.template, _labels(got), got.message) == (template, expected, message)
    assert all("held" not in a for a in got.answers)


@pytest.mark.parametrize(
    "question,first,second",
    [
        pytest.param(
            "谁是青岚市市长，他还有什么职务",
            ("post_holder", {"沈砚秋"}),
            ("person_posts", {f"{CPC}市委副书记", f"{GOV}市长"}),
            id="shui-shi-then-his-posts",
        ),
        pytest.param(
            "哪天开的青岚市营商环境推进会，谁参加了",
            ("event_date", {"2033-06-02"}),
            ("event_participants", {"沈砚秋", "陆听松"}),
            id="na-tian-then-who-took-part",
        ),
        pytest.param(
            "谁是星岫集团的董事长？他在哪个单位",
            ("post_holder", {"顾远山"}),
            ("person_org", {CO}),
            id="shui-shi-then-his-body",
        ),
    ],
)
def test_first_ask_opening_with_its_question_word(kg: Any, question: str, first: tuple, second: tuple) -> None:
    got = kg.ask(question).to_json()
    assert got.get("message") != ASKS_TWO
    assert [(p["template"], {a["label"] for a in p["answers"]}) for p in got["parts"]] == [first, second]


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("谁是青岚市市长，星岫集团的董事长是谁", id="another-post"),
        pytest.param("谁是青岚市市长，顾远山在哪个单位", id="another-person"),
    ],
)
def test_first_ask_opening_with_its_question_word_two_entities_refused(kg: Any, question: str) -> None:
    got = kg.ask(question)
    assert got.message == ASKS_TWO and got.parts is None


def test_limit_pages_each_ask(kg: Any) -> None:
    got = page_of(kg.ask("哪天开的青岚市营商环境推进会，谁参加了"), 0, 1)
    assert got.parts is not None
    date, people = got.parts
    assert [a["label"] for a in date["answers"]] == ["2033-06-02"] and "page" not in date
    assert len(people["answers"]) == 1 and people["page"] == {"offset": 0, "limit": 1, "total": 2, "rest": 1, "next": 1}
    rest = page_of(kg.ask("哪天开的青岚市营商环境推进会，谁参加了"), 1, 1).parts
    assert rest is not None and rest[0]["answers"] == [] and len(rest[1]["answers"]) == 1
    assert "还有 1 条" in _render_answer(got.to_json())


@pytest.mark.parametrize(
    "question,expected,message",
    [
        pytest.param(
            "白川市的韩副市长是谁",
            set(),
            "图谱里没有白川市的副市长（副市长是青岚市人民政府的），问题的前提不成立",
            id="surnamed-title-of-another-place",
        ),
        pytest.param("青岚市的韩副市长是谁", {"韩听雪"}, None, id="surnamed-title-of-its-place"),
        pytest.param("青岚的林副市长叫什么", {"林照月"}, None, id="surnamed-short-place-name"),
    ],
)
def test_surnamed_title_held_elsewhere(kg: Any, question: str, expected: set[str], message: str | None) -> None:
    got = kg.ask(question)
    assert (got.template, _labels(got), got.message) == ("post_holder", expected, message)


def test_which_body_lists_a_unit_and_its_party_body(kg: Any) -> None:
    got = kg.ask("程望舒是哪个单位的")
    assert {a["label"]: a.get("held") for a in got.answers} == {CO: ["总经理"], f"{CO}党委": ["党委书记"]}
