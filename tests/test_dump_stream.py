"""Turtle and N-Triples dumps of the union are streamed subject by subject (issue 13 item 7) and still hold
each distinct triple exactly once, whichever graphs repeat it."""

from __future__ import annotations

import io

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.store import StoreError, UnionPass, open_store
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
@pytest.mark.parametrize(
    "where, buckets",
    [
        pytest.param("memory", 0, id="memory"),
        pytest.param("disk", UnionPass.BUCKETS, id="disk"),
        pytest.param("disk", 1, id="disk-one-bucket"),  # every subject shares a bucket: all held back and read again
        pytest.param("disk", 3, id="disk-three-buckets"),
    ],
)
def test_each_distinct_triple_once(quads: list, expected: int, where: str, buckets: int, tmp_path, monkeypatch) -> None:
    """The triple dump has one line per distinct triple of the named graphs: in memory (grouped first), and on
    disk (one pass, `UnionPass`), also when subjects share the pass's buckets."""
    monkeypatch.setattr(UnionPass, "BUCKETS", buckets or UnionPass.BUCKETS)
    kg = KnowledgeGraph(open_store("memory:" if where == "memory" else str(tmp_path / "s")))  # only these quads
    kg.store.replace([], quads)
    lines = nt_lines(kg)
    assert len(lines) == len(set(lines)) == expected, lines
    assert set(lines) == {f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o, _ in quads}
    kg.close()


def test_a_dump_in_a_store_order_it_cannot_read_fails_cleanly() -> None:
    """The one pass needs the quads graph by graph and subject by subject; told otherwise it stops, never
    writing a triple twice."""
    # subjects are small ints here: their hash is themselves, so they fall in buckets 1, 2, 3 whatever the
    # process's string hash seed (two strings could share one of 16 buckets and the first group be held back)
    union = UnionPass(buckets=16)
    assert union.written("g1", 1) and union.written("g2", 2)
    with pytest.raises(StoreError, match="graph by graph"):
        union.written("g1", 3)
    union = UnionPass(buckets=16)
    assert union.written("g1", 1) and union.written("g1", 2)
    with pytest.raises(StoreError, match="subject by subject"):
        union.written("g1", 1)


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
