"""The question index's build takes its names part in batches too (issue 13, session 41, scale43).

scale40's streamed build (`saved.build_index`: `kgqa ask` on a store without a current index,
`save_qa(build=True)`) took the facts STREAM_PAGES pages at a time but built the names part whole first (every
entity, post and surface of the store in Python memory: most of its 1.37 GB at 100,000 articles). Now the names
go to the file NAME_BATCH rows at a time (index.py `_build_names_streamed`), and the tables read back from the
saved file are those of the whole build in memory, key by key, whatever the batch. Pages are made up
(test_qa_answers._page).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import QuestionAnswerer, saved
from kgqa.kg.qa import index as index_module
from kgqa.kg.qa.index import NAME_PARTS, GraphIndex
from kgqa.kg.qa.name_db import DiskMap
from test_qa_incremental import _index_view
from test_qa_saved import _mapped, _mayor, _posts

CITIES = (("青岚", "林海峰"), ("白沙", "周文"), ("翠湖", "陈立"), ("金川", "吴江"))


def _norm(value: Any) -> Any:
    """A table's value, order aside (sets, a surface's kinds and refs), entities by their fields."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return ("entity", value.iri, value.label, frozenset(value.kinds), value.org_type)
    if isinstance(value, dict):
        return frozenset((k, _norm(v)) for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(_norm(v) for v in value)
    if isinstance(value, (list, tuple)):
        return tuple(_norm(v) for v in value)
    return value


def _table(index: GraphIndex, part: str) -> dict[str, Any]:
    """A name table as key -> value (a set table: key -> True), keys with an empty set left out."""
    table = getattr(index, part)
    items = ((k, True) for k in table) if isinstance(table, set) else table.items()
    return {k: v for k, v in ((k, _norm(v)) for k, v in items) if v != frozenset()}


def _store(path: Path, cities: tuple[tuple[str, str], ...]) -> KnowledgeGraph:
    kg = KnowledgeGraph.open(str(path))
    for city in cities:
        kg.write_page(_mapped(*city))
    return kg


@pytest.mark.parametrize(
    ("cities", "batch"),
    [
        pytest.param(CITIES, 1, id="one-row-a-batch-entities-split"),
        pytest.param(CITIES, 3, id="three-rows-a-batch"),
        pytest.param(CITIES, 7, id="seven-rows-a-batch"),
        pytest.param(CITIES, 5000, id="one-batch"),
        pytest.param(CITIES[:1], 2, id="one-page-two-rows-a-batch"),
    ],
)
def test_the_saved_name_tables_are_those_of_the_whole_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cities: tuple, batch: int
) -> None:
    monkeypatch.setattr(index_module, "NAME_BATCH", batch)
    kg = _store(tmp_path / "store", cities)
    saved.build_index(kg.store)
    loaded = saved.load_index(kg.store)  # read back from the file, as the next `kgqa ask` reads it
    whole = GraphIndex(kg.store)  # everything in memory (a store without files builds so)
    assert loaded is not None and loaded.on_disk() and not whole.on_disk()
    for part in NAME_PARTS:
        assert isinstance(getattr(loaded, part), DiskMap)
        assert _table(loaded, part) == _table(whole, part), part
    assert loaded.generic == whole.generic and loaded.locales == whole.locales
    assert _index_view(QuestionAnswerer(kg, index=loaded)) == _index_view(QuestionAnswerer(kg, index=whole))
    kg.close()


@pytest.mark.parametrize(
    ("batch", "most"),
    [
        pytest.param(1, 1, id="one-row-a-batch"),
        pytest.param(4, 4, id="four-rows-a-batch"),
    ],
)
def test_memory_holds_one_batch_of_entities_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int, most: int
) -> None:
    """At each flush of the names part, the entities held in memory are those of the batch (DiskMap keys read
    or set since the last flush), never the store's (here 40 or so)."""
    monkeypatch.setattr(index_module, "NAME_BATCH", batch)
    held: list[int] = []
    real = saved.flush_facts

    def counted(index: GraphIndex, store: object) -> bool:
        table = index.entities
        held.append(len(table._cache) if isinstance(table, DiskMap) else len(table))
        return real(index, store)

    monkeypatch.setattr(saved, "flush_facts", counted)
    kg = _store(tmp_path / "store", CITIES)
    saved.build_index(kg.store)
    entities = len(GraphIndex(kg.store).entities)
    assert entities > 8 * most and len(held) > entities // most
    assert max(held[: entities // most]) <= most  # the entities' own batches (the posts' batches read their orgs)
    kg.close()


def test_a_built_index_answers_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mayors and posts of every city, answered off the index built in batches of two rows and saved."""
    monkeypatch.setattr(index_module, "NAME_BATCH", 2)
    _store(tmp_path / "store", CITIES).close()
    kg = KnowledgeGraph.open(str(tmp_path / "store"), read_only=True)
    names = {mayor: True for _, mayor in CITIES}
    assert _posts(kg, names) == names
    assert [_mayor(kg, c) for c, _ in CITIES] == [[m] for _, m in CITIES]
    assert [_mayor(kg, c) for c in ("紫阳", "青")] == [[], []]  # near-misses: a city not written, a part of one
    kg.close()
