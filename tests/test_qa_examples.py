"""Examples shown to users come from the graph being served, and every one of them gets an answer. The examples'
time budget is read on a clock that ticks once per reading here (`_ticks`), so what is made does not depend on the
machine's load: the budget is a limit on checks, asserted as one (speed targets live in bench/, issue 11)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html import unescape

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import import_facts
from kgqa.kg.qa import load_templates
from kgqa.kg.qa.examples import Examples
from test_qa_selection import FACTS

from kgqa.samples import sample_files

TICK = 0.001  # the seconds the test clock moves each time it is read


def _ticks() -> Callable[[], float]:
    """A clock moving `TICK` each time it is read (>>> c = _ticks(); c() < c() gives True)."""
    now = [0.0]

    def clock() -> float:
        now[0] += TICK
        return now[0]

    return clock


@pytest.fixture(scope="module", autouse=True)
def _ticking_clock() -> Iterator[None]:
    """Every example of this module is made on the ticking clock, whatever the load of the machine."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Examples, "clock", staticmethod(_ticks()))
        yield


@pytest.fixture(scope="module")
def demo_kg() -> KnowledgeGraph:
    """The store `kgqa demo` builds: the bundled sample pages, ingested."""
    kg = KnowledgeGraph.open("memory:")
    for path in sample_files():
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    return kg


def _chips(html: str) -> list[str]:
    return [unescape(q) for q in re.findall(r'class="chip example" href="/ask\?q=[^"]*"[^>]*>([^<]+)</a>', html)]


def test_examples_name_entities_of_this_graph_and_each_answers(demo_kg):
    examples = demo_kg.qa().examples()
    assert len(examples) >= 20, sorted(set(load_templates()) - set(examples))
    for tid, questions in examples.items():
        for q in questions:
            got = demo_kg.ask(q)
            assert got.template == tid and got.answers, (q, got.template, got.message)


def test_every_example_shown_on_the_demo_store_answers(make_app, demo_kg):
    client = make_app(KG=demo_kg).test_client()
    shown = _chips(client.get("/").data.decode())
    shown += _chips(client.get("/ask", query_string={"q": "今天天气怎么样？"}).data.decode())
    shown += [q for t in client.get("/api/templates").get_json()["templates"] for q in t["examples"]]
    assert len(shown) >= 20
    for q in shown:
        assert demo_kg.ask(q).answers, q


@pytest.mark.parametrize(
    "budget",
    [
        pytest.param(0.0, id="no-budget-no-check"),
        pytest.param(5 * TICK, id="five-readings"),
        pytest.param(40 * TICK, id="forty-readings"),
    ],
)
def test_the_budget_limits_the_checks_made(monkeypatch, budget):
    """Each question checked reads the clock first: no more are asked than the budget holds readings (made up)."""
    kg = KnowledgeGraph.open("memory:")
    import_facts(kg, FACTS, "made-up.json")
    qa = kg.qa()
    asked: list[str] = []
    real = type(qa).answer
    monkeypatch.setattr(type(qa), "answer", lambda self, q, *a, **k: asked.append(q) or real(self, q, *a, **k))
    made = qa.examples(budget=budget)
    assert len(asked) <= round(budget / TICK)
    assert sum(len(qs) for qs in made.values()) <= len(asked)
    unlimited = KnowledgeGraph.open("memory:")
    import_facts(unlimited, FACTS, "made-up.json")
    asked.clear()
    unlimited.qa().examples(budget=600.0)
    assert len(asked) > round(budget / TICK)  # the budget, not the graph, stopped the first


def test_examples_follow_the_graph(demo_kg):
    other = KnowledgeGraph.open("memory:")
    import_facts(other, FACTS, "made-up.json")
    named = {tid for tid, t in load_templates().items() if t.slots}  # a slotless form reads alike anywhere
    mine = {q for tid, qs in other.qa().examples().items() if tid in named for q in qs}
    demo = {q for tid, qs in demo_kg.qa().examples().items() if tid in named for q in qs}
    assert mine and not mine & demo
    assert any("青岚" in q or "星河" in q for q in mine)


def test_an_empty_graph_offers_no_examples(make_app):
    empty = KnowledgeGraph.open("memory:")
    assert empty.qa().examples() == {}
    assert _chips(make_app(KG=empty).test_client().get("/").data.decode()) == []


def test_suggestions_after_a_miss_are_live_examples(demo_kg):
    got = demo_kg.ask("今天天气怎么样？")
    live = {q for qs in demo_kg.qa().examples().values() for q in qs}
    assert got.suggestions and all(s["example"] in live for s in got.suggestions)


@pytest.fixture
def kept_store(tmp_path):
    """An embedded store of made-up facts whose examples one answerer made (and kept with the store)."""
    location = str(tmp_path / "store")
    kg = KnowledgeGraph.open(location)
    import_facts(kg, FACTS, "made-up.json")
    made = kg.qa().examples()
    kg.close()
    assert made
    return location, made


def _never_asked(monkeypatch):
    from kgqa.kg.qa import QuestionAnswerer

    def refuse(self, question, *args, **kwargs):
        raise AssertionError(f"asked {question}: the kept examples were not read")

    monkeypatch.setattr(QuestionAnswerer, "answer", refuse)


def test_examples_are_kept_with_the_store_for_the_next_process(kept_store, monkeypatch):
    """A one-off `kgqa ask` that finds no template suggests live examples: it reads those made before for this
    state of the store instead of asking dozens of questions (seconds on a large store)."""
    location, made = kept_store
    kg = KnowledgeGraph.open(location, read_only=True)
    _never_asked(monkeypatch)
    assert kg.qa().examples() == made


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("write", id="the-store-written-since"),
        pytest.param("code", id="made-by-other-code"),
        pytest.param("damaged", id="a-damaged-file"),
    ],
)
def test_kept_examples_of_another_state_or_code_are_made_again(kept_store, monkeypatch, change):
    from kgqa.kg.qa import examples

    location, made = kept_store
    kg = KnowledgeGraph.open(location)
    path = kg.store.sidecar(examples.SIDECAR)
    if change == "write":
        other = {**FACTS, "articles": [{**FACTS["articles"][0], "title": "青岚市另一篇虚构报道"}]}
        import_facts(kg, other, "made-up-2.json")
    elif change == "code":
        monkeypatch.setattr(examples, "examples_key", lambda: "another-version")
    else:
        path.write_text('{"code": ', encoding="utf-8")
    asked = []
    real = type(kg.qa()).answer
    monkeypatch.setattr(type(kg.qa()), "answer", lambda self, q, *a, **k: asked.append(q) or real(self, q, *a, **k))
    again = kg.qa().examples()
    assert asked and again  # made again (what the time budget allowed: not compared with the first ones)
    assert examples.load_examples(kg.store, kg.store.write_stamp(), 2) == again  # and kept for that state
    kg.close()
