"""The store behind `KnowledgeGraph`: persistence, idempotent ingest, atomic writes, dumps, bound queries."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.store import StoreError, open_store
from kgqa.kg.vocab import ENTITY_GRAPH, GRAPH, ONTOLOGY_GRAPH, SCHEMA
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kgqa.samples import sample_files

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))


def pages() -> list[Path]:
    """The real pages if ../shared is there, else the project's own samples."""
    return CORPUS or sample_files()


def build(location: str, paths: list[Path]) -> KnowledgeGraph:
    """Open a store at `location` and ingest the given pages."""
    kg = KnowledgeGraph.open(location)
    for p in paths:
        kg.ingest_text(p.read_text(encoding="utf-8"), p.name)
    return kg


def dumped(kg: KnowledgeGraph, fmt: str) -> bytes:
    """The store serialized in `fmt`."""
    buf = io.BytesIO()
    kg.dump(buf, fmt)
    return buf.getvalue()


@pytest.fixture()
def disk(tmp_path: Path) -> KnowledgeGraph:
    """A persistent store with the pages ingested; closed afterwards."""
    kg = build(str(tmp_path / "store"), pages())
    yield kg
    try:
        kg.close()
    except AttributeError:  # already closed by the test
        pass


def test_real_pages_needed_for_full_coverage() -> None:
    """Say plainly when the real pages are missing (the other tests then run on the samples)."""
    if not CORPUS:
        pytest.skip(f"../shared/corpus not found at {SHARED / 'corpus'}; store tests ran on kgqa/samples")


def test_reopened_store_answers_as_before(tmp_path: Path) -> None:
    """Close and reopen a persistent store: same export, same stats, same query answers."""
    loc = str(tmp_path / "store")
    kg = build(loc, pages())
    q = "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> } ORDER BY ?a"
    before = (kg.export(), kg.stats(), kg.query(q).values("a"))
    kg.close()
    kg2 = KnowledgeGraph.open(loc)
    after = (kg2.export(), kg2.stats(), kg2.query(q).values("a"))
    kg2.close()
    assert before[0]["articles"], "nothing was ingested"
    assert after == before


def test_read_only_open_sees_the_same_graph(tmp_path: Path) -> None:
    """A store opened read-only (as a second process would) answers like the writer left it."""
    loc = str(tmp_path / "store")
    kg = build(loc, pages())
    export = kg.export()
    kg.close()
    ro = KnowledgeGraph.open(loc, read_only=True)
    assert ro.export() == export
    ro.close()


RACED = "Corruption: IO error: No such file or directory: While open a file for random read: 000013.sst"


@pytest.mark.parametrize(
    "failures,opens",
    [
        pytest.param(1, True, id="a-compaction-raced-once-is-tried-again"),
        pytest.param(3, True, id="raced-three-times-still-opens"),
        pytest.param(99, False, id="raced-every-time-is-a-store-error"),
    ],
)
def test_a_read_only_open_racing_the_writers_compaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failures: int, opens: bool
) -> None:
    """A reader (a query worker of `kgqa serve`) opening while the writer compacts is tried again, never crashes."""
    from kgqa.kg import store as store_module

    loc = str(tmp_path / "store")
    build(loc, pages()[:1]).close()
    real, calls = store_module.ox.Store.read_only, []

    def flaky(path: str):
        calls.append(path)
        if len(calls) <= failures:
            raise RuntimeError(RACED)
        return real(path)

    monkeypatch.setattr(store_module.ox.Store, "read_only", flaky)
    monkeypatch.setattr(store_module.time, "sleep", lambda s: None)
    if opens:
        open_store(loc, read_only=True).close()
        assert len(calls) == failures + 1
    else:
        with pytest.raises(StoreError, match="cannot open store"):
            open_store(loc, read_only=True)
        assert len(calls) == store_module.READ_ONLY_TRIES


def test_ingesting_the_same_page_twice_changes_nothing(disk: KnowledgeGraph) -> None:
    """Re-ingesting a page replaces its graphs: counts and export unchanged."""
    stats, export, quads = disk.stats(), disk.export(), disk.store.quad_count()
    for p in pages():
        disk.ingest_text(p.read_text(encoding="utf-8"), p.name)
    assert disk.store.quad_count() == quads
    assert disk.stats() == stats
    assert disk.export() == export


def test_same_entity_from_two_pages_is_one_node(tmp_path: Path) -> None:
    """An author named on two pages is one person node in the entity graph."""
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text("## 甲县召开会议\n\n本报讯 记者范一舟报道：6月1日，甲县召开会议。", "a.txt")
    kg.ingest_text("## 乙县召开会议\n\n本报讯 记者范一舟报道：6月2日，乙县召开会议。", "b.txt")
    people = kg.query(
        "SELECT DISTINCT ?p WHERE { ?a <https://schema.org/author> ?p . "
        '?p <http://www.w3.org/2000/01/rdf-schema#label> "范一舟" }'
    ).values("p")
    assert len(people) == 1
    articles = kg.query("SELECT ?a WHERE { ?a <https://schema.org/author> ?p }", {"p": URIRef(people[0])})
    assert len(articles) == 2
    kg.close()


def test_trig_keeps_one_named_graph_per_article(disk: KnowledgeGraph) -> None:
    """TriG: each article in its own named graph, plus the entity and ontology graphs."""
    ds = Dataset()
    ds.parse(data=dumped(disk, "trig").decode("utf-8"), format="trig")
    article_graphs = {}
    for g in ds.graphs():
        arts = list(g.subjects(RDF.type, SCHEMA.NewsArticle))
        if arts:
            assert len(arts) == 1, f"{g.identifier} holds {len(arts)} articles"
            article_graphs[g.identifier] = arts[0]
    assert len(article_graphs) == disk.stats()["articles"] > 0
    for gid, art in article_graphs.items():
        assert str(gid).startswith(str(GRAPH["article/"]))
        assert str(gid).rsplit("/", 1)[1] == str(art).rsplit("/", 1)[1], "graph IRI follows the article IRI"
    names = {g.identifier for g in ds.graphs()}
    assert ENTITY_GRAPH in names and ONTOLOGY_GRAPH in names


@pytest.mark.parametrize("fmt,rdflib_fmt", [("turtle", "turtle"), ("nt", "nt")])
def test_triple_dumps_parse_back_to_the_stats_triple_count(disk: KnowledgeGraph, fmt: str, rdflib_fmt: str) -> None:
    """Turtle and N-Triples dumps hold the union of all graphs: as many triples as stats reports."""
    g = Graph().parse(data=dumped(disk, fmt).decode("utf-8"), format=rdflib_fmt)
    assert len(g) == disk.stats()["triples"] > 0


@pytest.mark.parametrize("fmt,rdflib_fmt", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_quad_dumps_parse_back_to_the_quad_count(disk: KnowledgeGraph, fmt: str, rdflib_fmt: str) -> None:
    """N-Quads, TriG and JSON-LD keep every quad."""
    ds = Dataset()
    ds.parse(data=dumped(disk, fmt).decode("utf-8"), format=rdflib_fmt)
    n = sum(len(g) for g in ds.graphs() if g.identifier != ds.default_graph.identifier)
    assert n == disk.store.quad_count() > 0


def test_a_failed_write_leaves_the_store_as_it_was(disk: KnowledgeGraph) -> None:
    """replace() is one transaction: a bad quad after good ones writes nothing and drops nothing."""
    export, quads = disk.export(), disk.store.quad_count()
    victim = URIRef(
        disk.store.query(
            "SELECT ?g WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } } LIMIT 1", union_default=False
        ).values("g")[0]
    )
    good = (URIRef("https://kgqa.dev/id/x"), RDF.type, SCHEMA.Thing, URIRef("https://kgqa.dev/graph/x"))
    gx = URIRef("https://kgqa.dev/graph/x")
    for bad in [
        (Literal("a literal cannot be a subject"), RDF.type, SCHEMA.Thing, gx),  # the store refuses
        (URIRef("https://kgqa.dev/id/bad iri>"), RDF.type, SCHEMA.Thing, gx),
    ]:  # rdflib refuses
        with pytest.raises(StoreError):
            disk.store.replace([victim], [good, bad])
        assert disk.store.quad_count() == quads
        assert disk.export() == export


G1, G2 = URIRef("https://kgqa.dev/graph/t1"), URIRef("https://kgqa.dev/graph/t2")
X, Y = URIRef("https://kgqa.dev/id/x"), URIRef("https://kgqa.dev/id/y")
OLD = [(X, SCHEMA.name, Literal("甲"), G1), (Y, SCHEMA.name, Literal("乙"), G2)]


@pytest.mark.parametrize(
    "drop,remove,add,left",
    [
        pytest.param([], OLD[:1], [], OLD[1:], id="remove-one-quad"),
        pytest.param(
            [],
            OLD[:1],
            [(X, SCHEMA.name, Literal("丙"), G1)],
            [(X, SCHEMA.name, Literal("丙"), G1), OLD[1]],
            id="remove-then-add-in-its-graph",
        ),
        pytest.param([], OLD, OLD[:1], OLD[:1], id="removed-and-added-stays"),
        pytest.param([G2], [(X, SCHEMA.name, Literal("丁"), G1)], [], OLD[:1], id="removing-an-absent-quad-is-a-no-op"),
    ],
)
def test_replace_removes_given_quads_drops_graphs_and_adds(drop: list, remove: list, add: list, left: list) -> None:
    store = open_store("memory:")
    store.replace([], OLD)
    store.replace(drop, add, remove=remove)
    rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union_default=False).rows
    got = {tuple(r[k].value for k in ("s", "p", "o", "g")) for r in rows}
    assert got == {tuple(str(t) for t in q) for q in left}


@pytest.mark.parametrize(
    "quads",
    [
        pytest.param([], id="none"),
        pytest.param(OLD, id="one-value"),
        pytest.param([*OLD, (X, SCHEMA.name, Literal("甲"), G2)], id="same-value-in-two-graphs"),
        pytest.param([*OLD, (X, SCHEMA.name, Literal("戊"), G2), (X, SCHEMA.name, X, G1)], id="values-and-an-iri"),
        pytest.param([(X, SCHEMA.description, Literal("甲"), G1)], id="other-predicate-only"),
    ],
)
def test_values_of_a_subject_are_what_the_union_query_streams(quads: list) -> None:
    """`values` (an index read on the embedded store) gives the rows of the SPARQL it stands for, in order."""
    store = open_store("memory:")
    store.replace([], quads)
    query = f"SELECT ?o WHERE {{ <{X}> <{SCHEMA.name}> ?o }}"
    assert store.values(str(X), str(SCHEMA.name)) == [v for (v,) in store.stream_rows(query)]
    assert sorted(store.values(str(X), str(SCHEMA.name))) == sorted(
        str(q[2]) for q in quads if q[:2] == (X, SCHEMA.name)
    )


def test_a_failed_write_removes_nothing() -> None:
    store = open_store("memory:")
    store.replace([], OLD)
    with pytest.raises(StoreError):
        store.replace([], [(URIRef("https://kgqa.dev/id/bad iri>"), RDF.type, SCHEMA.Thing, G1)], remove=OLD)
    assert store.quad_count() == len(OLD)


def test_an_extractor_crash_leaves_the_store_as_it_was(disk: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    """If extraction raises, nothing of the page is stored."""
    import kgqa.kg.graph as graph_module

    quads = disk.store.quad_count()

    def boom(*args: object, **kw: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(graph_module, "extract_page", boom)
    with pytest.raises(RuntimeError):
        disk.ingest_text("## 标题\n\n本报讯 记者甲乙报道：正文。", "x.txt")
    assert disk.store.quad_count() == quads


def test_bound_variables_are_never_pasted_into_the_query(disk: KnowledgeGraph) -> None:
    """A hostile literal bound to a variable is a value, not SPARQL: no match, store unchanged."""
    quads = disk.store.quad_count()
    hostile = Literal('x" } ; DROP ALL ; SELECT * WHERE { ?s ?p "')
    res = disk.query("SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }", {"name": hostile})
    assert len(res) == 0
    assert disk.store.quad_count() == quads


def test_query_limit_truncates_and_says_so(disk: KnowledgeGraph) -> None:
    """limit= caps rows and sets truncated."""
    res = disk.query("SELECT ?s WHERE { ?s ?p ?o }", limit=3)
    assert len(res) == 3 and res.truncated


def test_memory_and_disk_stores_give_the_same_export(disk: KnowledgeGraph) -> None:
    """The in-memory store and the on-disk one build the same facts from the same pages."""
    mem = build("memory:", pages())
    assert mem.export() == disk.export()
    mem.close()


def test_control_characters_and_lone_surrogates_are_stored_safely() -> None:
    """Odd characters in the text neither break the write nor the dumps."""
    kg = KnowledgeGraph.open("memory:")
    rep = kg.ingest_text("## 标题\x07测试\n\n本报讯 记者\ud800甲报道：正文\x00内容。", "odd.txt")
    assert rep.articles >= 1
    Graph().parse(data=dumped(kg, "turtle").decode("utf-8"), format="turtle")
    kg.close()


def test_unopenable_location_is_a_store_error(tmp_path: Path) -> None:
    """A store location that is a regular file gives StoreError with the path, not a traceback."""
    f = tmp_path / "not-a-dir"
    f.write_text("x")
    with pytest.raises(StoreError, match="not-a-dir"):
        open_store(str(f))


def test_a_locked_store_names_the_likely_holder(tmp_path: Path) -> None:
    """Opening a store another writer holds fails with a hint, not a crash."""
    loc = str(tmp_path / "store")
    kg = KnowledgeGraph.open(loc)
    try:
        with pytest.raises(StoreError, match="store"):
            KnowledgeGraph.open(loc)
    finally:
        kg.close()
