"""The counts of the home page and `kgqa stats` are kept by every write, not recounted per request, and stay
equal to a full recount through ingest, re-ingest (replace) and delete of pages (issue 13 item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kgqa.extract.facts import Agreement, Article, Event, Organization, PageFacts, Person, Post, Source, Zone
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import MappedPage, map_page, page_id
from kgqa.kg.summary import recount, reported
from kgqa.kg.vocab import ENTITY_GRAPH, ID
from rdflib import Literal, URIRef


def _page(city: str, mayor: str, others: list[str], zone: str | None = None, signed: bool = False) -> PageFacts:
    """A made-up page: the mayor of a city, people attending a meeting, maybe a zone and an agreement."""
    src = Source(0, f"{mayor}出席会议。", 0, 6)
    gov = f"{city}人民政府"
    return PageFacts(
        date="2024-05-06",
        articles=[Article(title=f"{city}召开会议", body=f"{mayor}出席会议。", date="2024-05-06", authors=["记者甲乙"])],
        persons=[
            Person(mayor, posts=[Post("市长", gov, source=src)], sources=[src]),
            *[Person(o, sources=[src]) for o in others],
        ],
        organizations=[Organization(gov, "government", sources=[src])],
        development_zones=[Zone(zone, city, ["新材料"], sources=[src])] if zone else [],
        agreements=[Agreement("合作协议", [gov, "虚构科技公司"], source=src)] if signed else [],
        events=[Event("meeting", f"{city}会议", "2024-05-06", participants=[mayor, *others], source=src)],
    )


def _write(kg: Any, name: str, facts: PageFacts) -> str:
    kg.write_page(map_page(facts, name, f"{name}.txt"))
    return str(ID[f"page/{page_id(name)}"])


def _check(kg: Any) -> dict[str, Any]:
    """kgqa's counts equal a full recount (with the summary graph's own quads) and the store's quad count."""
    got = kg.stats()
    want = reported(recount(kg.store))
    assert {k: got[k] for k in want} == want
    assert got["quads"] == kg.store.quad_count()
    return got


STEPS = [
    pytest.param(
        [("a", ("甲城", "张虚一", ["李虚二"]))], {"articles": 1, "persons": 2, "events": 1, "posts": 1}, id="one-page"
    ),
    pytest.param(
        [("a", ("甲城", "张虚一", ["李虚二"])), ("b", ("乙城", "王虚三", ["李虚二"]))],
        {"articles": 2, "persons": 3, "organizations": 2},
        id="a-person-on-two-pages-counts-once",
    ),
    pytest.param(
        [("a", ("甲城", "张虚一", ["李虚二"])), ("a", ("甲城", "赵虚四", []))],
        {"articles": 1, "persons": 1, "posts": 1},
        id="same-page-again-replaces",
    ),
    pytest.param(
        [("a", ("甲城", "张虚一", ["李虚二"])), ("b", ("乙城", "王虚三", [])), ("-a", None)],
        {"articles": 1, "persons": 1, "organizations": 1, "events": 1},
        id="delete-a-page",
    ),
    pytest.param(
        [("a", ("甲城", "张虚一", [], "甲城开发区", True)), ("b", ("乙城", "王虚三", [], "甲城开发区")), ("-a", None)],
        {"articles": 1, "development_zones": 1, "agreements": 0},
        id="zone-still-mentioned",
    ),
    pytest.param(
        [("a", ("甲城", "张虚一", [], "甲城开发区", True)), ("-a", None), ("a", ("甲城", "张虚一", []))],
        {"articles": 1, "development_zones": 0, "agreements": 0, "persons": 1},
        id="delete-then-again",
    ),
]


@pytest.mark.parametrize("steps,expected", STEPS)
def test_counts_follow_writes(steps: list, expected: dict[str, int]) -> None:
    kg = KnowledgeGraph.open("memory:")
    _check(kg)
    pages: dict[str, str] = {}
    for name, args in steps:
        if name.startswith("-"):
            assert kg.delete_page(pages[name[1:]]) > 0
        else:
            pages[name] = _write(kg, name, _page(*args))
        got = _check(kg)
    assert {k: got[k] for k in expected} == expected


def test_counts_are_read_not_recounted(monkeypatch: pytest.MonkeyPatch) -> None:
    kg = KnowledgeGraph.open("memory:")
    _write(kg, "a", _page("甲城", "张虚一", ["李虚二"]))
    import kgqa.kg.graph as graph

    monkeypatch.setattr(graph, "recount", lambda store: pytest.fail("recounted"))
    assert kg.stats()["persons"] == 2
    _write(kg, "b", _page("乙城", "王虚三", []))
    assert kg.stats()["persons"] == 3


def test_summary_survives_reopening_and_is_read_by_a_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = str(tmp_path / "s")
    kg = KnowledgeGraph.open(where)
    _write(kg, "a", _page("甲城", "张虚一", ["李虚二"]))
    want = _check(kg)
    kg.close()
    import kgqa.kg.graph as graph

    monkeypatch.setattr(graph, "recount", lambda store: pytest.fail("recounted"))
    reader = KnowledgeGraph.open(where, read_only=True)
    assert reader.stats() == want
    reader.close()


def test_a_store_without_summary_gets_one_when_opened_for_writing(tmp_path: Path) -> None:
    where = str(tmp_path / "s")
    kg = KnowledgeGraph.open(where)
    _write(kg, "a", _page("甲城", "张虚一", ["李虚二"]))
    from kgqa.kg.summary import SUMMARY_GRAPH

    kg.store.replace([SUMMARY_GRAPH], [])  # as a store made before the summary existed
    kg.close()
    reader = KnowledgeGraph.open(where, read_only=True)
    assert reader.stats()["persons"] == 2  # recounted: nothing to read
    reader.close()
    kg = KnowledgeGraph.open(where)
    assert _check(kg)["persons"] == 2
    assert kg.store.has_quad(SUMMARY_GRAPH, None, None, SUMMARY_GRAPH)
    kg.close()


def test_a_write_around_the_summary_is_recounted_when_the_generation_says_so() -> None:
    kg = KnowledgeGraph.open("memory:")
    _write(kg, "a", _page("甲城", "张虚一", []))
    assert kg.stats()["persons"] == 1
    kg.store.replace([], map_page(_page("乙城", "王虚三", []), "b", "b.txt").quads)  # not through kgqa
    kg.generation += 1  # as such writers must
    assert kg.stats()["persons"] == 2
    _write(kg, "c", _page("丙城", "周虚五", []))
    assert _check(kg)["persons"] == 3


@pytest.mark.parametrize(
    "value", [pytest.param(Literal(0), id="literal-zero"), pytest.param(Literal(""), id="empty-string")]
)
def test_a_falsy_literal_in_a_shared_graph_is_counted(value: Literal) -> None:
    """Terms looked up in the store are found by key, not by truth value (a literal 0 is falsy in rdflib)."""
    kg = KnowledgeGraph.open("memory:")
    _write(kg, "a", _page("甲城", "张虚一", []))
    quad = (URIRef(str(ID) + "person/张虚一"), URIRef(str(ID) + "ns/made-up"), value, ENTITY_GRAPH)
    for _ in range(2):  # new, then already there
        kg.write_page(MappedPage(URIRef(str(ID) + "page/made-up"), quads=[quad]))
        _check(kg)


def _fresh(quads: list) -> Any:
    """The quads again, every term a new object made as it is read (freed after: their ids are used again)."""
    for q in quads:
        yield tuple(
            Literal(str(t), lang=t.language, datatype=t.datatype) if isinstance(t, Literal) else URIRef(str(t))
            for t in q
        )


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param([("a", ("甲城", "张虚一", ["李虚二"]))], id="into-an-empty-graph"),
        pytest.param(
            [("a", ("甲城", "张虚一", ["李虚二"])), ("b", ("乙城", "王虚三", ["李虚二"]))], id="a-person-seen"
        ),
    ],
)
def test_counts_of_terms_made_as_they_are_read_are_those_of_a_list(steps: list) -> None:
    """`changed` keys each term object once (by its id): quads whose terms are made as they are read, and freed, give
    the counts of the same quads held in a list."""
    from kgqa.kg.summary import changed

    kg = KnowledgeGraph.open("memory:")
    for name, args in steps[:-1]:
        _write(kg, name, _page(*args))
    name, args = steps[-1]
    quads = map_page(_page(*args), name, f"{name}.txt").quads
    before = kg._current_counts()
    assert changed(kg.store, before, [], _fresh(quads)) == changed(kg.store, before, [], list(quads))
    kg.write_page(MappedPage(URIRef(str(ID) + f"page/{page_id(name)}"), quads=list(quads)))
    assert _check(kg)["persons"] >= 1


@pytest.mark.parametrize("steps,expected", STEPS)
def test_no_lookup_is_made_twice_in_one_write(steps: list, expected: dict[str, int]) -> None:
    """Each write's counts ask the store each question once: a lookup `after` the write is the lookup before it when
    the write drops no graph (a page's first write), and the counts still equal a recount after every step."""
    kg = KnowledgeGraph.open("memory:")
    asked: list[tuple] = []
    has_quad = kg.store.has_quad

    def counted(s: Any, p: Any, o: Any, g: Any = None, skip: frozenset[str] = frozenset()) -> bool:
        asked.append((s, p, o, g, skip))
        return has_quad(s, p, o, g, skip=skip)

    kg.store.has_quad = counted  # type: ignore[method-assign]
    pages: dict[str, str] = {}
    for name, args in steps:
        asked.clear()
        if name.startswith("-"):
            assert kg.delete_page(pages[name[1:]]) > 0
        else:
            pages[name] = _write(kg, name, _page(*args))
        assert len(asked) == len(set(asked)), [q for q in asked if asked.count(q) > 1]
        got = _check(kg)
    assert {k: got[k] for k in expected} == expected
