"""Turtle and N-Triples dumps of the union are streamed subject by subject (issue 13 item 7) and still hold
each distinct triple exactly once, whichever graphs repeat it."""

from __future__ import annotations

import io

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.store import open_store
from kgqa.kg.vocab import SCHEMA
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kgqa.samples import sample_files

EX = "http://example.org/"
G1, G2, G3 = URIRef(EX + "g1"), URIRef(EX + "g2"), URIRef(EX + "g3")
WANG, LI = URIRef(EX + "王小明"), URIRef(EX + "李大力")


def nt_lines(kg: KnowledgeGraph) -> list[str]:
    """The N-Triples dump as its non-empty lines."""
    buf = io.BytesIO()
    kg.dump(buf, "nt")
    return [ln for ln in buf.getvalue().decode("utf-8").splitlines() if ln.strip()]


@pytest.mark.parametrize(
    "quads,expected",
    [
        pytest.param([(WANG, RDF.type, SCHEMA.Person, G1)], 1, id="one-triple"),
        pytest.param(
            [
                (WANG, RDF.type, SCHEMA.Person, G1),
                (WANG, RDF.type, SCHEMA.Person, G2),
                (WANG, RDF.type, SCHEMA.Person, G3),
            ],
            1,
            id="same-triple-in-three-graphs",
        ),
        pytest.param(
            [
                (WANG, SCHEMA.name, Literal("王小明"), G1),
                (WANG, RDF.type, SCHEMA.Person, G2),
                (WANG, SCHEMA.name, Literal("王小明"), G2),
                (LI, SCHEMA.name, Literal("李大力"), G1),
                (LI, SCHEMA.name, Literal("李大力"), G3),
            ],
            3,
            id="repeats-among-others",
        ),
        pytest.param(
            [(WANG, SCHEMA.name, Literal("王小明"), G1), (WANG, SCHEMA.name, Literal("王小明", lang="zh"), G2)],
            2,
            id="different-literals-kept",
        ),
        pytest.param(
            [
                (WANG, SCHEMA.name, Literal("王小明"), G1),
                (WANG, RDF.type, SCHEMA.Person, G2),
                (LI, SCHEMA.name, Literal("李大力"), G1),
                (LI, RDF.type, SCHEMA.Person, G1),
            ],
            4,
            id="a-subject-in-two-graphs-and-one-in-one",
        ),
    ],
)
def test_each_distinct_triple_once(quads: list, expected: int) -> None:
    """The triple dump has one line per distinct triple of the named graphs."""
    kg = KnowledgeGraph(open_store("memory:"))  # no ontology: only these quads
    kg.store.replace([], quads)
    lines = nt_lines(kg)
    assert len(lines) == len(set(lines)) == expected, lines


def test_sample_dump_matches_stats_and_turtle(tmp_path) -> None:
    """Samples on disk: N-Triples lines are distinct and as many as stats' triples; Turtle parses to the same."""
    kg = KnowledgeGraph.open(str(tmp_path / "s"))
    for path in sample_files():
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    lines = nt_lines(kg)
    assert len(lines) == len(set(lines)) == kg.stats()["triples"] > 100
    buf = io.BytesIO()
    kg.dump(buf, "turtle")
    assert set(Graph().parse(data=buf.getvalue().decode("utf-8"), format="turtle")) == set(
        Graph().parse(data="\n".join(lines), format="nt")
    )
    kg.close()
