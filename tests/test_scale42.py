"""The entity page's queries with the entity's IRI written into their text (kg/browse.py `_about`), the roles of a
fact in one fixed order, and the templates compiled before a server listens (web `compile_templates`): the same
page as with the entity bound as a variable (issue 13: the busiest person's first request). Every page, name and
sentence here is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kgqa.extract.facts import Agreement, Article, Event, PageFacts, Person, Post, Source
from kgqa.kg import browse
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.vocab import ID
from kgqa.web import compile_templates, create_app
from rdflib import URIRef

HOST, GUEST, WITNESS = "甄甲", "贾乙", "甄丙"
ORG = "虚构市发展委员会"


def _page(n: int) -> PageFacts:
    """A made-up page: HOST hosts and attends an event, GUEST attends; HOST is party and GUEST witness to an
    agreement; HOST holds a post in ORG; the page's date moves with n (so the facts have an order)."""
    body = f"虚构新闻第{n}篇：{HOST}主持会议，{GUEST}出席；{HOST}与{ORG}签约，{WITNESS}见证。"
    src = Source(0, body, 0, 2)
    return PageFacts(
        articles=[Article(title=f"虚构新闻第{n}篇", body=body, date=f"2024-0{1 + n % 9}-1{n % 10}")],
        persons=[
            Person(HOST, posts=[Post(f"主任{n}", ORG, source=src)], sources=[src]),
            Person(GUEST, sources=[src]),
            Person(WITNESS, sources=[src]),
        ],
        events=[
            Event(
                kind="meeting",
                summary=f"虚构会议{n}",
                date=f"2024-0{1 + n % 9}-1{n % 10}",
                participants=[GUEST, HOST],
                hosts=[HOST],
                organizers=[ORG],
                source=src,
            )
        ],
        agreements=[
            Agreement(
                kind="framework",
                parties=[HOST, ORG],
                witnesses=[WITNESS],
                date=f"2024-0{1 + n % 9}-1{n % 10}",
                source=src,
            )
        ],
    )


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Any:
    graph = KnowledgeGraph.open(str(tmp_path_factory.mktemp("s42") / "store"))
    for n in range(7):
        graph.write_page(map_page(_page(n), f"made-up page {n}", f"p{n}.txt"))
    yield graph
    graph.close()


def _bound(kg: KnowledgeGraph, query: str, node: Any, var: str = "e") -> Any:
    """The way before: the node bound as a variable (the store's substitution, or its VALUES fallback)."""
    return kg.query(query, {var: node})


def _iri(kind: str, name: str) -> str:
    from kgqa.kg.vocab import entity_iri

    return str(entity_iri(kind, name))


ENTITIES = [
    pytest.param("person", HOST, 1, 20, id="host-page-1"),
    pytest.param("person", HOST, 2, 3, id="host-page-2-of-3"),
    pytest.param("person", GUEST, 1, 20, id="guest"),
    pytest.param("person", WITNESS, 1, 4, id="witness"),
    pytest.param("org", ORG, 1, 20, id="org-members"),
    pytest.param("org", ORG, 3, 2, id="org-page-3-of-2"),
]


@pytest.mark.parametrize("timeline", [pytest.param(True, id="timeline"), pytest.param(False, id="sparql")])
@pytest.mark.parametrize(("kind", "name", "page", "per_page"), ENTITIES)
def test_entity_same_as_bound(
    kg: Any, monkeypatch: pytest.MonkeyPatch, timeline: bool, kind: str, name: str, page: int, per_page: int
) -> None:
    iri = _iri(kind, name)
    with monkeypatch.context() as m:
        if not timeline:
            m.setattr(kg, "timeline", lambda: None)
        inlined = browse.entity(kg, iri, page=page, per_page=per_page)
        m.setattr(browse, "_about", _bound)
        bound = browse.entity(kg, iri, page=page, per_page=per_page)
    assert inlined is not None
    assert inlined == bound


@pytest.mark.parametrize(
    ("kind", "name"), [pytest.param("person", HOST, id="host"), pytest.param("org", ORG, id="org")]
)
def test_neighbourhood_same_as_bound(kg: Any, monkeypatch: pytest.MonkeyPatch, kind: str, name: str) -> None:
    iri = _iri(kind, name)
    inlined = browse.neighbourhood(kg, iri)
    with monkeypatch.context() as m:
        m.setattr(browse, "_about", _bound)
        assert browse.neighbourhood(kg, iri) == inlined
    assert inlined["nodes"]


def test_event_roles_in_fixed_order(kg: Any) -> None:
    data = browse.entity(kg, _iri("person", HOST))
    assert data is not None and data["events"]
    assert all(item["roles"] == ["participant", "host"] for item in data["events"])
    assert all(item["roles"] == ["party"] for item in data["agreements"])


ROLES = [
    pytest.param("host participant", ["participant", "host"], id="host-first-as-met"),
    pytest.param("participant host", ["participant", "host"], id="already-in-order"),
    pytest.param("place organiser host", ["host", "organiser", "place"], id="three"),
    pytest.param("witness party", ["party", "witness"], id="agreement"),
    pytest.param("field witness party", ["party", "witness", "field"], id="agreement-three"),
    pytest.param("speaker host", ["host", "speaker"], id="unknown-after"),
    pytest.param("host host", ["host"], id="once"),
    pytest.param("", [], id="none"),
    pytest.param(None, [], id="unbound"),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str | None, expected: list[str]) -> None:
    assert browse._roles(text) == expected


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def query(self, sparql: str, bindings: Any = None) -> Any:
        self.calls.append((sparql, bindings))
        return None


ABOUT = [
    pytest.param(
        "SELECT ?p WHERE { ?e ?p ?o }",
        "https://kgqa.dev/id/person/x",
        "SELECT ?p WHERE { <https://kgqa.dev/id/person/x> ?p ?o }",
        id="subject",
    ),
    pytest.param(
        "SELECT ?entity ?e2 WHERE { ?entity ?p ?e . ?e2 ?q ?e }",
        "https://kgqa.dev/id/org/y",
        "SELECT ?entity ?e2 WHERE { ?entity ?p <https://kgqa.dev/id/org/y> . ?e2 ?q <https://kgqa.dev/id/org/y> }",
        id="other-variables-untouched",
    ),
    pytest.param(
        "SELECT ?x WHERE { ?x ?p ?e }",
        "https://kgqa.dev/id/person/%E7%94%B2",
        "SELECT ?x WHERE { ?x ?p <https://kgqa.dev/id/person/%E7%94%B2> }",
        id="escaped",
    ),
]


@pytest.mark.parametrize(("query", "iri", "expected"), ABOUT)
def test_about_writes_the_iri(query: str, iri: str, expected: str) -> None:
    rec = _Recorder()
    browse._about(rec, query, URIRef(iri))  # type: ignore[arg-type]
    assert rec.calls == [(expected, None)]


BOUND = [
    pytest.param("https://kgqa.dev/id/a b", id="space"),
    pytest.param("https://kgqa.dev/id/a>b", id="angle"),
    pytest.param("not an iri", id="no-scheme"),
]


@pytest.mark.parametrize("iri", BOUND)
def test_about_binds_what_is_no_iri(iri: str) -> None:
    rec = _Recorder()
    browse._about(rec, "SELECT ?p WHERE { ?e ?p ?o }", URIRef(iri))  # type: ignore[arg-type]
    assert rec.calls == [("SELECT ?p WHERE { ?e ?p ?o }", {"e": URIRef(iri)})]


def test_about_binds_a_literal() -> None:
    from rdflib import Literal

    rec = _Recorder()
    browse._about(rec, "SELECT ?p WHERE { ?s ?p ?e }", Literal("甲"))  # type: ignore[arg-type]
    assert rec.calls == [("SELECT ?p WHERE { ?s ?p ?e }", {"e": Literal("甲")})]


def test_entity_of_nothing(kg: Any) -> None:
    assert browse.entity(kg, str(ID["person/nobody"])) is None


def test_compile_templates_same_pages(kg: Any, tmp_path: Path) -> None:
    path = _iri("person", HOST).replace("https://kgqa.dev", "")
    plain = create_app({"KG": kg, "TESTING": True, "RATE_LIMIT_PER_MINUTE": 0})
    compiled = create_app({"KG": kg, "TESTING": True, "RATE_LIMIT_PER_MINUTE": 0})
    names = compile_templates(compiled)
    assert {"base.html", "entity.html", "home.html", "graph.svg"} <= set(names)
    cache = compiled.jinja_env.cache
    assert cache is not None and len(cache) >= len(names)
    for url in (path, path + "?format=svg", "/", "/articles"):
        a, b = plain.test_client().get(url), compiled.test_client().get(url)
        assert a.status_code == b.status_code == 200
        assert a.data == b.data


# ---------------------------------------------------------------- the name tables written as the file takes them
def _file_rows(path: Path) -> dict[str, list[tuple]]:
    """Every table of a fact file, its rows sorted (the body's words and pickled sets come in a set's order)."""
    import sqlite3

    from kgqa.kg.qa.fact_db import _TABLES

    with sqlite3.connect(path) as conn:
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in _TABLES if t not in ("body",)}  # type: ignore[misc]


def _written(kg: Any, folder: Path, listed: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Path]:
    from kgqa.kg.qa import saved
    from kgqa.kg.qa.index import GraphIndex

    index = GraphIndex(kg.store)
    folder.mkdir()
    with monkeypatch.context() as m:
        if listed:  # the way before: every row listed before the file takes them
            whole = saved._whole_rows
            m.setattr(saved, "_whole_rows", lambda *a, **k: list(whole(*a, **k)))
        saved._write_facts(index, folder / "kgqa-qa-index")
    return index, folder / str(index.fact_file)


def test_name_rows_made_as_written_same_file(kg: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, made = _written(kg, tmp_path / "made", False, monkeypatch)
    _, listed = _written(kg, tmp_path / "listed", True, monkeypatch)
    a, b = _file_rows(made), _file_rows(listed)
    assert a["name"] and a["member"]
    assert a == b


def test_name_rows_are_iterators_for_tables_in_memory(kg: Any) -> None:
    from collections.abc import Iterator

    from kgqa.kg.qa import saved
    from kgqa.kg.qa.index import GraphIndex

    names, members = saved._name_rows(GraphIndex(kg.store), fresh=True)
    assert names and members
    assert all(isinstance(rows, Iterator) for rows in (*names.values(), *members.values()))


def test_members_mark_once_a_chunk(kg: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from kgqa.kg.qa.name_db import MEMBERS_MARK

    _, made = _written(kg, tmp_path / "made", False, monkeypatch)
    with sqlite3.connect(made) as conn:
        marks = conn.execute("SELECT chunk FROM name WHERE part = ?", (MEMBERS_MARK,)).fetchall()
    assert marks == [(1,)]


MEMBER_ROWS = [
    pytest.param({}, 0, id="no-tables"),
    pytest.param({"surfaces": iter(())}, 0, id="an-empty-iterator"),
    pytest.param({"surfaces": iter([("甲", b"x", b"y")])}, 1, id="one-row-from-an-iterator"),
    pytest.param({"surfaces": [("甲", b"x", b"y"), ("乙", b"x", None)]}, 1, id="a-list"),
]


@pytest.mark.parametrize(("members", "marks"), MEMBER_ROWS)
def test_members_mark_only_with_member_rows(tmp_path: Path, members: dict[str, Any], marks: int) -> None:
    import sqlite3

    from kgqa.kg.qa.fact_db import FactDB
    from kgqa.kg.qa.name_db import MEMBERS_MARK

    db = FactDB(tmp_path / "f.facts.db", create=True)
    db.append({}, 0, {"names": iter([("甲", b"")])}, members)
    with sqlite3.connect(tmp_path / "f.facts.db") as conn:
        found = conn.execute("SELECT COUNT(*) FROM name WHERE part = ?", (MEMBERS_MARK,)).fetchone()[0]
    assert found == marks
