"""Two asks of one entity in one question (issue 11, session 46, job qa66): 甲担任什么职务，在哪个单位 / 甲会是哪天开的，
谁参加了 / 甲的乙是谁，他还有什么职务 are cut into their asks (kg/qa/two_asks.py, cues.yaml two_asks), the entity the
first names carried into the second; the answer is the first ask's, both asks' answers in `parts` (the CLI's JSON, its
text and the web page show each). A second ask naming something else, or none a template fits, keeps the message asking
them one at a time. The people, bodies and events are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from qa_fact_pages import CO, CPC, GOV, city_page
from qa_helpers import imported_kg

from kgqa.cli import _render_answer, main

ASKS_TWO = "问题一次问了不止一件事，请分开问"
MAYOR_POSTS = {f"{CPC}市委副书记", f"{GOV}市长"}


@pytest.fixture(scope="module")
def page(mayor_page: Any) -> dict[str, Any]:
    return mayor_page()


@pytest.fixture(scope="module")
def kg(page: dict[str, Any]) -> Any:
    return imported_kg((page, "made-up.json"))


def _labels(answer: dict[str, Any]) -> set[str]:
    return {str(a["label"]) for a in answer["answers"]}


@pytest.mark.parametrize(
    "question,first,second",
    [
        pytest.param(
            "顾远山担任什么职务，在哪个单位",
            ("person_posts", {f"{CO}董事长"}),
            ("person_org", {CO}),
            id="posts-then-org",
        ),
        pytest.param(
            "顾远山在哪个单位，是什么职务",
            ("person_org", {CO}),
            ("person_posts", {f"{CO}董事长"}),
            id="org-then-posts",
        ),
        pytest.param(
            "顾远山担任什么职务？在哪个单位？",
            ("person_posts", {f"{CO}董事长"}),
            ("person_org", {CO}),
            id="question-marks",
        ),
        pytest.param(
            "青岚市营商环境推进会是哪天开的，谁参加了",
            ("event_date", {"2033-06-02"}),
            ("event_participants", {"沈砚秋", "陆听松"}),
            id="meeting-date-then-participants",
        ),
        pytest.param(
            "青岚市人民政府的市长是谁，他还有什么职务",
            ("post_holder", {"沈砚秋"}),
            ("person_posts", MAYOR_POSTS),
            id="holder-then-his-posts",
        ),
        pytest.param(
            "星岫集团的董事长是谁，另外他在哪个单位",
            ("post_holder", {"顾远山"}),
            ("person_org", {CO}),
            id="joined-by-lingwai-and-pronoun",
        ),
        pytest.param(
            "沈砚秋担任什么职务，沈砚秋在哪个单位",
            ("person_posts", MAYOR_POSTS),
            ("person_org", {CPC, GOV}),  # two bodies for one asked: each listed (qa67, templates.yaml `listed`)
            id="name-said-again",
        ),
    ],
)
def test_two_asks_of_one_entity_answer_both(kg: Any, question: str, first: tuple, second: tuple) -> None:
    got = kg.ask(question).to_json()
    assert got["question"] == question and got.get("message") != ASKS_TWO
    assert (got["template"], _labels(got)) == first  # the existing keys: the first ask's answer
    assert [(p["template"], _labels(p)) for p in got["parts"]] == [first, second]


@pytest.mark.parametrize(
    "question",
    [
        # the second ask names another entity: two things asked, as before
        pytest.param("沈砚秋担任什么职务，顾远山在哪个单位", id="another-person"),
        pytest.param("青岚市市长是谁，另外星岫集团董事长是谁", id="another-body-joined"),
        pytest.param("青岚市人民政府的市长是谁，市委书记是谁", id="another-post"),
    ],
)
def test_asks_of_two_entities_keep_the_message(kg: Any, question: str) -> None:
    got = kg.ask(question)
    assert got.message == ASKS_TWO and not got.answers and got.parts is None


@pytest.mark.parametrize(
    "question,template",
    [
        # one ask: no parts (a question that fits as a whole is answered as before)
        pytest.param("顾远山担任什么职务", "person_posts", id="one-ask"),
        pytest.param("沈砚秋有几个职务，分别是什么", "person_posts", id="count-then-which-one-ask"),
        pytest.param("青岚市营商环境推进会是哪天开的，在哪开的", "event_place", id="fits-whole"),
    ],
)
def test_one_ask_has_no_parts(kg: Any, question: str, template: str) -> None:
    got = kg.ask(question)
    assert got.template == template and got.parts is None and "parts" not in got.to_json()


def test_cli_text_shows_both_asks(kg: Any) -> None:
    text = _render_answer(kg.ask("顾远山担任什么职务，在哪个单位").to_json())
    assert text.splitlines()[0] == "问：顾远山担任什么职务，在哪个单位"
    assert "（1）顾远山担任什么职务" in text and "（2）顾远山在哪个单位" in text
    assert f"- {CO}董事长" in text and f"- {CO}\n" in text + "\n"


def test_cli_json_has_parts(tmp_path: Path, page: dict[str, Any]) -> None:
    facts = tmp_path / "made-up.json"
    facts.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "import", str(facts)]).exit_code == 0
    res = runner.invoke(main, ["--store", str(store), "ask", "--json", "青岚市营商环境推进会是哪天开的，谁参加了"])
    got = json.loads(res.stdout)
    assert got["template"] == "event_date" and [a["label"] for a in got["answers"]] == ["2033-06-02"]
    assert [p["question"] for p in got["parts"]] == ["青岚市营商环境推进会是哪天开的", "青岚市营商环境推进会谁参加了"]
    assert {a["label"] for a in got["parts"][1]["answers"]} == {"沈砚秋", "陆听松"}


def test_web_page_shows_both_answers_escaped(kg: Any, make_app: Any) -> None:
    client = make_app(KG=kg, QUERY_TIME_LIMIT=120).test_client()  # the pool's first worker starts slowly under load
    html = client.get("/ask", query_string={"q": "顾远山担任什么职务，在哪个单位"}).data.decode()
    assert "1. 顾远山担任什么职务" in html and "2. 顾远山在哪个单位" in html
    assert html.count('class="answer-part"') == 2
    assert f"{CO}董事长" in html and f">{CO}<" in html
    hostile = client.get("/ask", query_string={"q": "顾远山担任什么职务，<i>在哪个单位"}).data.decode()
    assert "2. 顾远山&lt;i&gt;在哪个单位" in hostile and "<i>在" not in hostile  # the ask as written, escaped
    api = client.get("/api/ask", query_string={"q": "顾远山在哪个单位，是什么职务"}).get_json()
    assert [p["template"] for p in api["parts"]] == ["person_org", "person_posts"]


# held_elsewhere (kg/qa/amends.py) beyond post_holder: a post asked of a person (post_check) or of those at an event
# (event_post_holder) with a place right before a title whose posts are all another place's: no yes, no holder
ELSEWHERE = city_page(
    persons=[{"name": "沈砚秋", "posts": [{"title": "市长", "org": GOV}]}],
    organizations=[{"name": "白川市人民政府", "type": "government", "aliases": ["白川市政府"], "located_in": "白川市"}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "沈砚秋出席青岚市营商环境推进会",
            "participants": ["沈砚秋"],
            "organizations": [GOV],
        },
        {
            "kind": "meeting",
            "date": "2033-06-09",
            "summary": "白川市招商推介会在白川市举行，沈砚秋出席",
            "participants": ["沈砚秋"],
            "organizations": ["白川市人民政府"],
            "location": "白川市",
        },
    ],
)
UNHELD = "图谱里没有白川市的市长（市长是青岚市人民政府的），问题的前提不成立"


@pytest.fixture(scope="module")
def elsewhere() -> Any:
    return imported_kg((ELSEWHERE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected,message",
    [
        pytest.param("沈砚秋是白川市市长吗", "post_check", set(), UNHELD, id="check-other-place"),
        pytest.param(
            "参加青岚市营商环境推进会的白川市市长是谁", "event_post_holder", set(), UNHELD, id="event-other-place"
        ),
        # near misses: the place that holds it, no place, the event's own place not before the title
        pytest.param("沈砚秋是青岚市市长吗", "post_check", {"沈砚秋"}, None, id="check-own-place"),
        pytest.param("沈砚秋是市长吗", "post_check", {"沈砚秋"}, None, id="check-bare-title"),
        pytest.param(
            "参加白川市招商推介会的市长是谁", "event_post_holder", {"沈砚秋"}, None, id="event-named-by-place"
        ),
        pytest.param(
            "参加青岚市营商环境推进会的青岚市市长是谁", "event_post_holder", {"沈砚秋"}, None, id="event-own-place"
        ),
    ],
)
def test_held_elsewhere_of_a_person_or_event(
    elsewhere: Any, question: str, template: str, expected: set[str], message: str | None
) -> None:
    got = elsewhere.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected)
    assert got.message == message or message is None
