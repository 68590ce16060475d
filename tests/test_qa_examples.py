"""Examples shown to users come from the graph being served, and every one of them gets an answer."""

from __future__ import annotations

import re
from html import unescape

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import import_facts
from kgqa.kg.qa import load_templates
from test_qa_selection import FACTS

from kgqa.samples import sample_files


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
