"""The name tables of a saved question index in its fact file (kg/qa/name_db.py): read key by key, written per chunk."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import saved
from kgqa.kg.qa.fact_db import FactDB
from kgqa.kg.qa.index import NAME_PARTS, GraphIndex
from kgqa.kg.qa.name_db import DiskMap
from kgqa.kg.store import open_store
from test_qa_incremental import _org_page


def _flushed(db: FactDB, table: DiskMap, after: int) -> int:
    """Write the table's changed keys as the chunk after `after` and read from it (as a flush does)."""
    chunk = db.append({}, after, {table.part: table.changed()})
    table.bind(db, chunk)
    return chunk


@pytest.fixture
def db(tmp_path: Path) -> FactDB:
    return FactDB(tmp_path / "x.facts.db", create=True)


def test_a_table_reads_its_newest_row_up_to_its_chunk(db: FactDB) -> None:
    """Keys set, changed in place and deleted are read back as of each chunk; an older reader keeps its state."""
    table = DiskMap("surfaces", set)
    table.bind(db, 0)
    table["甲市"].add("a")
    table["甲市长"].add("b")
    one = _flushed(db, table, 0)
    assert table._cache == {} and sorted(table.items()) == [("甲市", {"a"}), ("甲市长", {"b"})]
    table["甲市"].add("c")  # changed in place
    del table["甲市长"]
    table["乙县"] = {"d"}
    two = _flushed(db, table, one)
    assert sorted(table.items()) == [("乙县", {"d"}), ("甲市", {"a", "c"})]
    assert "甲市长" not in table and table.get("甲市长") is None
    old = DiskMap("surfaces", set)
    old.bind(db, one)
    assert sorted(old.items()) == [("甲市", {"a"}), ("甲市长", {"b"})]
    assert old.present(["甲市", "甲市长", "乙县", "丙"]) == {"甲市", "甲市长"}
    assert table.present(["甲市", "甲市长", "乙县", "丙"]) == {"甲市", "乙县"}
    assert table.with_prefix("甲") == ["甲市"] and old.with_prefix("甲") == ["甲市", "甲市长"]
    assert two == one + 1


@pytest.mark.parametrize(
    ("change", "written"),
    [
        pytest.param(lambda t: t.get("甲"), [], id="read-only"),
        pytest.param(lambda t: t["甲"].add("y"), ["甲"], id="changed-in-place"),
        pytest.param(lambda t: t.pop("甲"), ["甲"], id="deleted"),
        pytest.param(lambda t: t.setdefault("乙", set()), ["乙"], id="new-key"),
        pytest.param(lambda t: t.__setitem__("甲", {"x"}), [], id="set-to-the-same-value"),
    ],
)
def test_only_changed_keys_are_written(db: FactDB, change, written: list[str]) -> None:
    table = DiskMap("role_orgs", set)
    table.bind(db, 0)
    table["甲"] = {"x"}
    _flushed(db, table, 0)
    change(table)
    assert [k for k, _ in table.changed()] == written


def test_trim_forgets_what_was_read_and_keeps_what_changed(db: FactDB, monkeypatch: pytest.MonkeyPatch) -> None:
    table = DiskMap("titles")
    table.bind(db, 0)
    for i in range(5):
        table[f"a{i}"] = "t"
    _flushed(db, table, 0)
    monkeypatch.setattr("kgqa.kg.qa.name_db._KEEP", 2)
    for i in range(4):
        table.get(f"a{i}")
    table["a4"] = "changed"
    table.trim()
    assert list(table._cache) == ["a4"] and table.get("a0") == "t"


def test_a_flushed_index_holds_no_name_table_and_withdraws_names_in_its_file(tmp_path: Path) -> None:
    """An ingest's flushes move the name tables to the fact file; a name withdrawn after a flush (a tail read
    otherwise once a longer name stands before it) is gone for the next process, as in a rebuilt index."""
    path = tmp_path / "store"
    kg = KnowledgeGraph.open(str(path))
    kg.keep_qa()
    page = _org_page(
        [("甲乙港务局", "government"), ("甲乙港务局星辰码头管理处", "other")],
        [("张三", "主任", "甲乙港务局星辰码头管理处")],
    )
    kg.write_page(map_page(page, "p0", "p0.txt"))
    assert kg.flush_qa()
    index = kg.qa().index
    assert index.on_disk() and index.automaton is None
    assert all(getattr(index, part)._cache == {} for part in NAME_PARTS)
    assert "星辰码头管理处主任" in index.surfaces
    kg.write_page(map_page(_org_page([("甲乙港务局星辰码头", "development_zone")], []), "p1", "p1.txt"))
    assert kg.flush_qa() and kg.save_qa()
    kg.close()
    reader = open_store(str(path), read_only=True)
    loaded = saved.load_index(reader)
    assert loaded is not None and loaded.on_disk()
    assert "星辰码头管理处主任" not in loaded.surfaces and "管理处主任" in loaded.surfaces
    assert [m.text for m in loaded.mentions("甲乙港务局星辰码头管理处主任是谁")] == ["甲乙港务局星辰码头管理处主任"]
    assert [m.text for m in loaded.mentions("管理处主任是谁")] == ["管理处主任"]
    built = GraphIndex(reader)  # in memory, with its automaton
    assert not built.on_disk() and built.automaton is not None
    for prefix in ("管理处", "甲乙", "星辰"):
        assert loaded.prefix(prefix) == built.prefix(prefix), prefix
    for question in ("甲乙港务局星辰码头管理处主任是谁", "管理处主任张三", "星辰码头在哪"):
        assert loaded.mentions(question) == built.mentions(question), question
    reader.close()
