"""Templates as data: parsing and validation, every example resolves to its own template, every SPARQL runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import map_facts, read_facts_file
from kgqa.kg.qa import QuestionAnswerer, TemplateError, load_templates
from kgqa.kg.qa.templates import parse_templates

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPLATES = load_templates()
GOOD = """
- id: demo
  title: 演示
  slots: {person: person}
  examples: [甲担任哪些职务？]
  asks: [post]
  also: [post]
  sparql: "SELECT ?person ?x ?label WHERE { ?x rdfs:label ?label . ?x org:heldBy ?person }"
  answer: posts
"""


def _gold_graph() -> KnowledgeGraph:
    """All gold pages (corpus and dev) mapped into one graph: the names every example uses exist."""
    kg = KnowledgeGraph.open("memory:")
    for path in sorted((SHARED / "gold").glob("*.gold.yaml")) + sorted((SHARED / "dev" / "gold").glob("*.gold.yaml")):
        page = map_facts(read_facts_file(path), path.name)
        kg.store.replace([], page.quads)
    kg.generation += 1
    return kg


@pytest.fixture(scope="module")
def gold_qa() -> QuestionAnswerer:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not beside the repository")
    return QuestionAnswerer(_gold_graph())


@pytest.fixture(scope="module")
def corpus_kg() -> KnowledgeGraph:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside the repository")
    kg = KnowledgeGraph.open("memory:")
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    return kg


def test_templates_cover_the_families():
    families = {t.family for t in TEMPLATES.values()}
    assert {
        "post_holder",
        "person_posts",
        "person_org",
        "org_members",
        "agreement_partners",
        "agreement_fields",
        "agreement_date",
        "agreement_amount",
        "agreement_witnesses",
        "zone_industries",
        "industry_zones",
        "located_in",
        "event_host",
        "event_participants",
        "event_organizers",
        "event_date",
        "event_place",
        "person_places",
        "amount",
        "source_article",
        "article_authors",
        "describe",
        "relation",
        "person_events",
    } <= families
    assert all(len(t.examples) >= 2 for t in TEMPLATES.values())


def test_a_good_file_parses():
    t = parse_templates(GOOD)["demo"]
    assert t.slots["person"].type == "person" and t.asks == ("post",) and t.also == ("post",)
    assert (
        not t.fallback
        and parse_templates(GOOD.replace("  also: [post]", "  also: [post]\n  fallback: true"))["demo"].fallback
    )


@pytest.mark.parametrize(
    "broken,problem",
    [
        pytest.param(
            GOOD.replace("  also: [post]", "  also: [post]\n  patterns: ['^x$']"),
            "unknown key 'patterns'",
            id="unknown-template-key",
        ),
        pytest.param(
            GOOD.replace("person: person", "person: {type: person, kind: x}"),
            "slot person: unknown key 'kind'",
            id="unknown-slot-key",
        ),
        pytest.param(
            GOOD.replace("person: person", "person: {type: post, binds: [org]}"), "must bind two", id="post-binds-two"
        ),
        pytest.param(GOOD.replace("  asks: [post]\n", ""), "missing asks", id="missing-asks"),
        pytest.param(
            GOOD.replace("  answer: posts", "  answer: posts\n  label: {drop: x, cut: y, pick: z}"),
            "pick needs",
            id="label-pick-group",
        ),
        (GOOD.replace("person: person", "person: robot"), "unknown type"),
        (GOOD.replace("SELECT ?person ?x", "SELECT ?x"), r"must project \?person"),
        (GOOD.replace("WHERE {", "WHERE {{"), "does not parse"),
        (GOOD.replace("  answer: posts\n", ""), "missing answer"),
        (GOOD + GOOD.replace("- id: demo", "- id: demo", 1), "appears twice"),
        ("just: text", "non-empty list"),
    ],
)
def test_a_broken_file_is_refused_by_name(broken, problem):
    with pytest.raises(TemplateError, match=problem):
        parse_templates(broken)


@pytest.mark.parametrize("tid", sorted(TEMPLATES))
def test_every_example_resolves_to_its_own_template(gold_qa, tid):
    for example in TEMPLATES[tid].examples:
        got = gold_qa.answer(example)
        assert got.template == tid, f"{example!r} went to {got.template} ({got.message})"


@pytest.mark.parametrize("tid", sorted(TEMPLATES))
def test_every_sparql_runs_on_the_corpus_graph(corpus_kg, tid):
    t = TEMPLATES[tid]
    res = corpus_kg.query(t.query)  # slots unbound: every row of the corpus graph that fits
    assert res.kind == "select" and {"x", "label"} <= set(res.vars)


def test_templates_api_lists_slots_and_examples(gold_qa):
    # examples are made within a time budget (EXAMPLE_BUDGET): made first, on an answerer of its own, with room to
    # spare, so that how many the API lists does not depend on how loaded the machine running the tests is
    gold_qa = QuestionAnswerer(gold_qa.kg, index=gold_qa.index)
    gold_qa.examples(budget=600.0)
    listed = {t["id"]: t for t in gold_qa.templates()}
    assert set(listed) == set(TEMPLATES)
    assert listed["post_holder"]["slots"][0] == {"name": "post", "type": "post", "optional": False, "label": "post"}
    assert all(t["title"] and isinstance(t["examples"], list) for t in listed.values())
    # examples are made from this graph and kept only when they answer: most templates have one here
    assert sum(bool(t["examples"]) for t in listed.values()) >= 20
    for t in listed.values():
        for q in t["examples"]:
            got = gold_qa.answer(q)
            assert got.template == t["id"] and got.answers, q


@pytest.mark.parametrize("tid", sorted(TEMPLATES))
def test_every_template_runs_with_its_slots_bound(gold_qa, tid):
    """The query actually sent (slots written as IRI constants) runs, for at least one example of each template."""
    bound = 0
    for example in TEMPLATES[tid].examples:
        got = gold_qa.answer(example)
        if got.bindings or (got.bindings is not None and not TEMPLATES[tid].slots):
            res = gold_qa.store.query(got.sparql)
            assert res.kind == "select" and {"x", "label"} <= set(res.vars)
            assert all(f"<{iri}>" in got.sparql or f'"{iri}"' in got.sparql for iri in got.bindings.values())
            bound += 1
    assert bound, f"no example of {tid} filled its slots"
