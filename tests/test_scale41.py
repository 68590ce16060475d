"""The articles' list (home page, /articles) read off the timeline kept with an embedded store (kg/timeline.py
`article`): an index range at any size, never a sort of every article, and exactly the list and order of the
SPARQL query (browse.py Q_ARTICLE_LIST) it replaces (issue 13: the first `/` took 16.8 s at 100,000 articles).
Every page, name and sentence here is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kgqa.extract.facts import Article, PageFacts, Person, Source
from kgqa.kg import browse
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.timeline import ArticleRow, article_rows
from kgqa.kg.vocab import KGQA, RDF, SCHEMA
from rdflib import Literal, URIRef

# (page name, [article dates]): full dates, months, years, undated, ties within and across pages
PAGES: list[tuple[str, list[str | None]]] = [
    ("b.txt", ["2024-03-05", "2024-03-05", None]),
    ("a.txt", ["2024-03-05", "2024-03", "2024"]),
    ("c.txt", [None, None]),
    ("d.txt", ["2023-12-31", "2024-03-06", "2024-03"]),
    ("e.txt", ["2024", "2025-01-01"]),
    ("f.txt", ["2024-03-05"]),
]


def _facts(name: str, dates: list[str | None], tag: str = "") -> PageFacts:
    """Made-up articles; the i-th of a page mentions i made-up persons (mention counts 0, 1, 2)."""
    return PageFacts(
        date=None,
        articles=[
            Article(title=f"虚构{name}第{i}篇{tag}", body=f"虚构{name}第{i}篇正文{tag}。", date=d)
            for i, d in enumerate(dates)
        ],
        persons=[
            Person(f"甄{'甲乙丙'[k]}{name[0]}", sources=[Source(i, f"虚构{name}第{i}篇正文{tag}。", 0, 4)])
            for i in range(len(dates))
            for k in range(i)
        ],
    )


def _write(kg: KnowledgeGraph, name: str, dates: list[str | None], tag: str = "") -> None:
    kg.write_page(map_page(_facts(name, dates, tag), f"made-up {name}{tag}", name))


def _sparql_list(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch, *args: Any) -> list[dict[str, Any]]:
    with monkeypatch.context() as m:
        m.setattr(kg, "timeline", lambda: None)
        return browse.article_list(kg, *args)


@pytest.fixture
def kg(tmp_path: Path) -> Any:
    graph = KnowledgeGraph.open(str(tmp_path / "store"))
    for name, dates in PAGES:
        _write(graph, name, dates)
    yield graph
    graph.close()


PAGING = [
    pytest.param((), id="all"),
    pytest.param((8,), id="home-page-8"),
    pytest.param((3, 0), id="first-3"),
    pytest.param((3, 3), id="second-3"),
    pytest.param((4, 12), id="last-partial"),
    pytest.param((5, 40), id="past-the-end"),
    pytest.param((100, 0), id="articles-page"),
]


@pytest.mark.parametrize("args", PAGING)
def test_list_equals_the_sparql_list(kg: Any, monkeypatch: pytest.MonkeyPatch, args: tuple[int, ...]) -> None:
    assert kg.timeline() is not None
    assert browse.article_list(kg, *args) == _sparql_list(kg, monkeypatch, *args)


def test_the_list_reads_no_sort_of_every_article(kg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    query = kg.query

    def guarded(sparql: str, *a: Any, **k: Any) -> Any:
        assert "ORDER BY" not in sparql, sparql
        return query(sparql, *a, **k)

    monkeypatch.setattr(kg, "query", guarded)
    got = browse.recent_articles(kg, 8)
    assert len(got) == 8 and got[0]["date"] == "2025-01-01"
    assert [a["date"] for a in got][:3] == ["2025-01-01", "2024-03-06", "2024-03-05"]


def test_order_of_dates_sources_and_undated(kg: Any) -> None:
    got = browse.article_list(kg)
    dates = [a["date"] for a in got]
    assert dates[:2] == ["2025-01-01", "2024-03-06"]
    assert dates[-4:] == ["2023-12-31", None, None, None]  # undated last
    ties = [(a["source"], a["position"]) for a in got if a["date"] == "2024-03-05"]
    assert ties == sorted(ties)  # a date's articles by source name, then position
    assert dates.index("2024-03") < dates.index("2024")  # a month's lexical form after its days, before its year
    assert all(a["label"] for a in got)
    assert {a["mentions"] for a in got} == {0, 1, 2}


def _old_rows(kg: KnowledgeGraph, iris: list[str]) -> dict[str, tuple[Any, int]]:
    """Labels and mention counts the way main's article_list read them (one VALUES block): the reference."""
    values = "VALUES ?a { " + " ".join(f"<{i}>" for i in iris) + " }"
    q = browse.PROLOGUE + (
        "SELECT ?a (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) WHERE { "
        + values
        + " GRAPH ?g { ?a rdfs:label ?l OPTIONAL { ?a schema:mentions ?m } } } GROUP BY ?a"
    )
    return {r["a"].value: (r["label"].value, int(r["mentions"].value)) for r in kg.query(q).rows}


def test_labels_and_mentions_as_the_values_block_read_them(kg: Any) -> None:
    got = browse.article_list(kg)
    old = _old_rows(kg, [a["iri"] for a in got])
    assert {a["iri"]: (a["label"], a["mentions"]) for a in got} == old


CHANGES = [
    pytest.param("replace", id="page-replaced"),
    pytest.param("delete", id="page-deleted"),
    pytest.param("add", id="page-added"),
]


@pytest.mark.parametrize("change", CHANGES)
def test_list_follows_writes(kg: Any, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    if change == "replace":
        page = map_page(_facts("b.txt", ["2026-02-02", None], "改"), "made-up b.txt", "b.txt")
        assert page.page == map_page(_facts("b.txt", []), "made-up b.txt", "b.txt").page
        kg.write_page(page)
    elif change == "delete":
        page = map_page(_facts("a.txt", []), "made-up a.txt", "a.txt").page
        assert kg.delete_page(str(page)) == 3
    else:
        _write(kg, "0.txt", ["2024-03-05", "2027"])
    assert kg.timeline() is not None
    assert browse.article_list(kg) == _sparql_list(kg, monkeypatch)
    assert browse.article_list(kg, 4, 2) == _sparql_list(kg, monkeypatch, 4, 2)


def test_a_timeline_of_another_state_is_not_read(kg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    kg.store.replace([], [(URIRef("urn:x:s"), RDF.type, SCHEMA.Thing, URIRef("urn:x:g"))])  # not through kg
    assert kg.timeline() is None
    assert browse.article_list(kg, 8) == _sparql_list(kg, monkeypatch, 8)


G, A, P = URIRef("urn:x:g"), URIRef("urn:x:a"), URIRef("urn:x:p")
ROWS = [
    pytest.param(
        [(A, RDF.type, SCHEMA.NewsArticle, G), (A, KGQA.position, Literal(1), G), (A, SCHEMA.isPartOf, P, G)],
        [ArticleRow("urn:x:a", "urn:x:g", None, None, None, 1)],
        id="undated-no-source",
    ),
    pytest.param(
        [
            (A, RDF.type, SCHEMA.NewsArticle, G),
            (A, KGQA.position, Literal(0), G),
            (A, SCHEMA.isPartOf, P, G),
            (A, KGQA.newsDate, Literal("2024-05", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth")), G),
            (P, KGQA.sourceName, Literal("s.txt"), URIRef("urn:x:other")),
        ],
        [ArticleRow("urn:x:a", "urn:x:g", "2024-05", "http://www.w3.org/2001/XMLSchema#gYearMonth", "s.txt", 0)],
        id="month-source-in-another-graph",
    ),
    pytest.param(  # near-misses: no position, or typed in another graph than its position and page
        [(A, RDF.type, SCHEMA.NewsArticle, G), (A, SCHEMA.isPartOf, P, G)], [], id="no-position"
    ),
    pytest.param(
        [
            (A, RDF.type, SCHEMA.NewsArticle, URIRef("urn:x:h")),
            (A, KGQA.position, Literal(0), G),
            (A, SCHEMA.isPartOf, P, G),
        ],
        [],
        id="parts-in-two-graphs",
    ),
    pytest.param(
        [(A, RDF.type, SCHEMA.Event, G), (A, KGQA.position, Literal(0), G), (A, SCHEMA.isPartOf, P, G)],
        [],
        id="not-an-article",
    ),
]


@pytest.mark.parametrize(("quads", "expected"), ROWS)
def test_article_rows_of_quads(quads: list[Any], expected: list[ArticleRow]) -> None:
    assert article_rows(quads) == expected


# ---------------------------------------------------------------- a server's head start: the saved index, never a build
def _stored(path: Path, save: bool) -> str:
    graph = KnowledgeGraph.open(str(path))
    for name, dates in PAGES[:3]:
        _write(graph, name, dates)
    if save:
        assert graph.save_qa()
    graph.close()
    return str(path)


PRELOADS = [
    pytest.param(True, True, id="index-saved-loaded-ahead"),
    pytest.param(False, False, id="no-saved-index-nothing-built"),
]


@pytest.mark.parametrize(("save", "ready"), PRELOADS)
def test_preload_takes_only_a_saved_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, save: bool, ready: bool
) -> None:
    from kgqa.kg.qa import index as qa_index

    graph = KnowledgeGraph.open(_stored(tmp_path / "store", save))
    built: list[int] = []
    monkeypatch.setattr(qa_index.GraphIndex, "_build", lambda *a, **k: built.append(1))  # never called
    try:
        assert graph.preload_qa() is ready
        assert (graph._qa is not None) is ready and not built
    finally:
        graph.close()


def test_preload_after_a_write_is_not_of_the_current_graph(tmp_path: Path) -> None:
    graph = KnowledgeGraph.open(_stored(tmp_path / "store", True))
    try:
        assert graph.preload_qa()
        graph.store.replace([], [(URIRef("urn:x:s"), RDF.type, SCHEMA.Thing, URIRef("urn:x:g"))])  # not through kg
        assert not graph.preload_qa()
    finally:
        graph.close()
