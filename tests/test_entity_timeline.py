"""Entity pages read the newest facts from the timeline kept with an embedded store (kg/timeline.py), never by
sorting all of an entity's facts in SPARQL, and show exactly what the SPARQL pages show (issue 13 item 5).
The graph is made up: one person and one company in every article, on a date of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from kgqa.extract.facts import Agreement, Article, Event, Organization, PageFacts, Person, Post, Source
from kgqa.kg import browse
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.timeline import SIDECAR, page_rows
from kgqa.kg.vocab import entity_iri

PAGES = 120
STAR, FIRM = "甄一鸣", "虚构重工有限公司"  # invented: in every article
SECTIONS = ("posts", "members", "agreements", "events", "articles")


def _page(n: int, tag: str = "") -> PageFacts:
    """Article n, dated n days after 2020-01-01 (undated agreements every 7th): the star heads the firm,
    attends an event, and the firm signs an agreement with a city."""
    day = (dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat()
    src = Source(0, f"第{n}句{tag}：{STAR}出席。", 0, 8)
    return PageFacts(
        date=day,
        articles=[Article(title=f"虚构报道第{n}号{tag}", body=f"第{n}句{tag}：{STAR}出席。", date=day)],
        persons=[Person(STAR, posts=[Post(f"第{n % 9}任董事长", FIRM, source=src)], sources=[src])],
        organizations=[Organization(FIRM, "company", sources=[src])],
        events=[Event("meeting", f"第{n}次虚构会议{tag}", day, participants=[STAR], organizations=[FIRM], source=src)],
        agreements=[
            Agreement("cooperation", [FIRM, f"虚构{n % 5}市"], None if n % 7 == 0 else day, source=src),
        ],
    )


def _write(kg: KnowledgeGraph, n: int, tag: str = "") -> None:
    kg.write_page(map_page(_page(n, tag), f"made-up page {n}", f"p{n}.txt"))


def _pages(kg: KnowledgeGraph, iri: str, per_page: int) -> dict[str, Any]:
    """Every page of every section of the entity: totals, the dates in page order, the facts seen."""
    first = browse.entity(kg, iri, page=1, per_page=per_page)
    out: dict[str, Any] = {"totals": first["totals"]}
    for section in SECTIONS:
        dates, facts = [], []
        for page in range(1, first["pages"] + 2):
            items = browse.entity(kg, iri, page=page, per_page=per_page)[section]
            dates += [item.get("date") for item in items]
            facts += [item["iri"] for item in items]
        out[section] = (dates, sorted(facts), len(facts))
    return out


def _sparql_pages(kg: KnowledgeGraph, iri: str, per_page: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    with monkeypatch.context() as m:
        m.setattr(kg, "timeline", lambda: None)
        return _pages(kg, iri, per_page)


@pytest.fixture
def kg(tmp_path: Path) -> Any:
    graph = KnowledgeGraph.open(str(tmp_path / "store"))
    for n in range(PAGES):
        _write(graph, n)
    yield graph
    graph.close()


ENTITIES = [
    pytest.param(str(entity_iri("person", STAR)), id="person"),
    pytest.param(str(entity_iri("org", FIRM)), id="company"),
]


@pytest.mark.parametrize("iri", ENTITIES)
@pytest.mark.parametrize("per_page", [pytest.param(7, id="7-a-page"), pytest.param(50, id="50-a-page")])
def test_timeline_pages_show_what_sparql_pages_show(kg: Any, iri: str, per_page: int, monkeypatch) -> None:
    assert kg.timeline() is not None
    got = _pages(kg, iri, per_page)
    assert got == _sparql_pages(kg, iri, per_page, monkeypatch)
    assert got["totals"]["events"] == got["totals"]["articles"] == PAGES


def test_timeline_follows_pages_replaced_and_deleted(kg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(kg, 5, tag="更正")  # the same page again, with other facts
    _write(kg, PAGES + 3)
    assert kg.delete_page(str(map_page(_page(9), "made-up page 9", "p9.txt").page)) > 0
    assert kg.timeline() is not None
    iri = str(entity_iri("person", STAR))
    got = _pages(kg, iri, 10)
    assert got == _sparql_pages(kg, iri, 10, monkeypatch)
    assert got["totals"]["events"] == PAGES  # one added, one deleted, one replaced


def test_an_entity_page_sorts_nothing_in_sparql(kg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the timeline current, no query orders an entity's facts: the page costs the same at any size."""
    seen: list[str] = []
    query = kg.query

    def spy(sparql: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(sparql)
        return query(sparql, *args, **kwargs)

    monkeypatch.setattr(kg, "query", spy)
    browse.entity(kg, str(entity_iri("person", STAR)), page=2, per_page=20)
    assert seen and not [q for q in seen if "ORDER BY" in q or "COUNT(" in q]


def test_a_reader_uses_it_only_for_the_state_it_reads(kg: Any, tmp_path: Path) -> None:
    reader = KnowledgeGraph.open(str(tmp_path / "store"), read_only=True)
    assert reader.timeline() is not None
    _write(kg, PAGES + 1)  # the writer goes on: the reader's snapshot is older than the timeline
    assert reader.timeline() is None
    assert browse.entity(reader, str(entity_iri("person", STAR)))["totals"]["events"] == PAGES
    reader.close()


def test_a_timeline_left_behind_is_not_used_then_rebuilt(kg: Any, tmp_path: Path, monkeypatch) -> None:
    """A write the timeline missed (a process killed between the store's write and its own, a write that
    went round the graph): pages fall back to SPARQL until the next write rebuilds it from the store."""
    page = map_page(_page(PAGES + 2), "made-up page x", "px.txt")
    kg.store.replace([], page.quads)  # round the graph: the store's stamp moves on alone
    assert kg.timeline() is None
    iri = str(entity_iri("person", STAR))
    assert browse.entity(kg, iri)["totals"]["events"] == PAGES + 1
    _write(kg, PAGES + 4)
    assert kg.timeline() is not None
    assert _pages(kg, iri, 25) == _sparql_pages(kg, iri, 25, monkeypatch)


def test_a_damaged_file_is_made_again(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg = KnowledgeGraph.open(str(store))
    _write(kg, 1)
    kg.close()
    (store / f"kgqa-{SIDECAR}").write_bytes(b"not a database" * 100)
    kg = KnowledgeGraph.open(str(store))
    _write(kg, 2)  # made again, from the store
    assert kg.timeline() is not None
    assert browse.entity(kg, str(entity_iri("person", STAR)))["totals"]["events"] == 2
    kg.close()


def test_memory_stores_keep_none() -> None:
    kg = KnowledgeGraph.open("memory:")
    _write(kg, 1)
    assert kg.timeline() is None
    assert browse.entity(kg, str(entity_iri("person", STAR)))["totals"]["events"] == 1


@pytest.mark.parametrize(
    "n,section,count",
    [
        pytest.param(3, 1, 1, id="post-held"),
        pytest.param(3, 2, 1, id="post-in"),
        pytest.param(3, 3, 2, id="agreement-parties"),
        pytest.param(3, 4, 2, id="event-participant-and-organisation"),
        pytest.param(3, 5, 2, id="article-mentions-of-the-named"),
        pytest.param(3, 6, 1, id="a-posts-holdings"),
    ],
)
def test_page_rows_take_each_link_with_its_date(n: int, section: int, count: int) -> None:
    rows = [r for r in page_rows(map_page(_page(n), "k", "p.txt").quads) if r[1] == section]
    assert len({r[0] for r in rows}) == count, rows
    assert {r[2] for r in rows} == {"2020-01-04"}


def _all_rows(kg: KnowledgeGraph) -> list[tuple]:
    timeline = kg.timeline()
    assert timeline is not None
    query = """SELECT e.iri, f.section, f.date, x.iri, g.iri FROM fact f JOIN term e ON e.id = f.entity
    JOIN term x ON x.id = f.fact JOIN term g ON g.id = f.graph"""
    return sorted(timeline._conn.execute(query).fetchall(), key=str)


def test_rows_kept_page_by_page_are_those_a_rebuild_reads(kg: Any) -> None:
    """What the writer records at each page (page_rows) is what a rebuild reads from the whole store, every
    section, the posts' holdings (organisation and title) too."""
    kept = _all_rows(kg)
    timeline = kg.timeline()
    timeline.rebuild(kg.store)
    assert _all_rows(kg) == kept
    assert {row[1] for row in kept} == {1, 2, 3, 4, 5, 6}


def test_a_file_of_another_format_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeline written by another version (its tables and indexes) is not read, and the next write rebuilds it
    with this version's tables."""
    import sqlite3

    store = tmp_path / "store"
    kg = KnowledgeGraph.open(str(store))
    _write(kg, 1)
    kg.close()
    old = sqlite3.connect(store / f"kgqa-{SIDECAR}")
    with old:
        old.execute("UPDATE meta SET value = 'older' WHERE key = 'format'")
    old.close()
    kg = KnowledgeGraph.open(str(store))
    assert kg.timeline() is None
    _write(kg, 2)
    assert kg.timeline() is not None
    assert browse.entity(kg, str(entity_iri("person", STAR)))["totals"]["events"] == 2
    kg.close()


def _reference_newest(rows: list[tuple[str, str | None]], count: int) -> list[str]:
    """Each fact's latest date, newest first, undated last, ties by IRI: what `Timeline.newest` must give."""
    latest: dict[str, str | None] = {}
    for fact, date in rows:
        if fact not in latest or (date is not None and (latest[fact] is None or date > str(latest[fact]))):
            latest[fact] = date
    dated = sorted(
        (f for f, d in latest.items() if d is not None), key=lambda f: (str(latest[f]), _neg(f)), reverse=True
    )
    return (dated + sorted(f for f, d in latest.items() if d is None))[:count]


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text) + (-1,)  # reversed with the dates: IRIs of one date stay ascending


NEWEST_ROWS = [  # (fact, date) rows of one entity and section, each in its own article graph
    pytest.param([("urn:b", "2024-05-01"), ("urn:a", "2024-05-01"), ("urn:c", "2024-04-30")], id="tie-by-iri"),
    pytest.param([("urn:a", "2023-01-01"), ("urn:a", "2025-01-01"), ("urn:b", "2024-01-01")], id="two-dates-latest"),
    pytest.param([("urn:a", None), ("urn:b", "2020-01-01"), ("urn:c", None)], id="undated-last"),
    pytest.param([("urn:a", None), ("urn:a", "2021-02-03"), ("urn:b", "2021-02-03")], id="dated-once-is-dated"),
    pytest.param([("urn:a", "2024-05"), ("urn:b", "2024-05-01"), ("urn:c", "2024")], id="month-and-year-dates"),
    pytest.param([(f"urn:x{i % 7}", f"2024-0{1 + i % 5}-01") for i in range(30)], id="many-repeats"),
    pytest.param([(f"urn:y{i}", "2024-01-01") for i in range(12)], id="all-one-day"),
]


@pytest.mark.parametrize("rows", NEWEST_ROWS)
def test_newest_reads_the_latest_facts_in_order(rows: list[tuple[str, str | None]]) -> None:
    """`newest` stops reading at the end of the last date it needs: the same facts, in the same order, as
    grouping every row by fact (ties by IRI, undated last) for every count."""
    from kgqa.kg.timeline import Timeline, _writer_connection

    tl = Timeline(_writer_connection(Path(":memory:")), True)
    tl._insert([("urn:e", 1, d, f, f"urn:g{i}") for i, (f, d) in enumerate(rows)])
    for count in range(1, len({f for f, _ in rows}) + 2):
        assert tl.newest("urn:e", "posts", count) == _reference_newest(rows, count)


def test_a_total_is_counted_again_after_a_write(tmp_path: Path) -> None:
    """A section's count is remembered for one stamp of the store: a page added changes it."""
    graph = KnowledgeGraph.open(str(tmp_path / "counted"))
    try:
        for n in range(3):
            graph.write_page(map_page(_page(n), f"made-up page {n}", f"p{n}.txt"))
        star = str(entity_iri("person", STAR))
        timeline = graph.timeline()
        assert timeline is not None and timeline.total(star, "events") == 3
        graph.write_page(map_page(_page(3), "made-up page 3", "p3.txt"))
        timeline = graph.timeline()
        assert timeline is not None and timeline.total(star, "events") == 4
    finally:
        graph.close()
