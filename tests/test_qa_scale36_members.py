"""scale36: the question index's name sets that grow with the graph are kept as rows of their members
(kg/qa/name_db.py `shape`): a flush writes only the members changed, and a value read back (by the writer after
its flush, or by another process at an older chunk) is the value memory had, in the same order."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import saved
from kgqa.kg.qa.fact_db import FactDB
from kgqa.kg.qa.index import MEMBER_SHAPES, NAME_PARTS
from kgqa.kg.qa.name_db import DiskMap
from kgqa.kg.store import open_store
from test_qa_incremental import _org_page


@pytest.fixture
def db(tmp_path: Path) -> FactDB:
    return FactDB(tmp_path / "x.facts.db", create=True)


def _flush(db: FactDB, table: DiskMap, after: int) -> int:
    """Write what changed as the chunk after `after` and read from it (as saved.py's flush does)."""
    members = table.member_rows() if table.shape else []
    chunk = db.append({}, after, {table.part: table.changed()}, {table.part: members})
    table.bind(db, chunk)
    return chunk


def _view(value: object) -> object:
    """A value with its order: a surface's kinds and refs in order, a set sorted."""
    if isinstance(value, dict):
        return [(k, list(v.items())) for k, v in value.items()]
    return sorted(value)  # type: ignore[call-overload]


def _add(t: DiskMap, key: str, kind: str, ref: str, flag: bool = False) -> None:
    """As names.py `_add_surface` does."""
    refs = t.setdefault(key, {}).setdefault(kind, {})
    refs[ref] = flag or refs.get(ref, False)


def _drop(t: DiskMap, key: str, kind: str, ref: str) -> None:
    """As names.py `_drop_surface` does."""
    kinds = t.get(key)
    del kinds[kind][ref]
    if not kinds[kind]:
        del kinds[kind]
    if not kinds:
        del t[key]


# (what is done after a first flush of 甲市长: o -> r1, r2; s -> r3 and 乙县: o -> r4) -> the rows of the second flush
KINDS_CASES = [
    pytest.param(lambda t: _add(t, "甲市长", "s", "r5"), 1, id="a-ref-added-one-row"),
    pytest.param(lambda t: _add(t, "甲市长", "o", "r5"), 1, id="a-ref-added-to-the-first-kind-keeps-its-place"),
    pytest.param(lambda t: _add(t, "甲市长", "o", "r1", True), 1, id="a-flag-set-keeps-its-place"),
    pytest.param(lambda t: _add(t, "甲市长", "o", "r1", False), 0, id="the-same-ref-again-writes-nothing"),
    pytest.param(lambda t: _drop(t, "甲市长", "o", "r1"), 1, id="a-ref-withdrawn"),
    pytest.param(
        lambda t: (_drop(t, "甲市长", "o", "r1"), _add(t, "甲市长", "o", "r1")), 2, id="withdrawn-and-back-last"
    ),
    pytest.param(
        lambda t: (_drop(t, "甲市长", "s", "r3"), _add(t, "甲市长", "s", "r3")), 2, id="a-kind-withdrawn-and-back"
    ),
    pytest.param(lambda t: _drop(t, "乙县", "o", "r4"), 1, id="a-key-withdrawn-whole"),
    pytest.param(lambda t: (_drop(t, "乙县", "o", "r4"), _add(t, "乙县", "l", "r6")), 2, id="a-key-withdrawn-and-new"),
    pytest.param(lambda t: t.__setitem__("甲市长", {"t": {"r7": True}}), 2, id="a-value-set-anew"),
    pytest.param(lambda t: t["甲市长"].__setitem__("o", {"r8": False}), 3, id="a-kind-set-anew"),
    pytest.param(lambda t: t["甲市长"].pop("o"), 2, id="a-kind-popped"),
]


@pytest.mark.parametrize(("change", "rows"), KINDS_CASES)
def test_a_surface_table_writes_its_changed_members_and_reads_back_in_order(
    db: FactDB, change: Callable[[DiskMap], object], rows: int
) -> None:
    table = DiskMap("surfaces", None, "kinds")
    table.bind(db, 0)
    for key, kind, ref in (("甲市长", "o", "r1"), ("甲市长", "o", "r2"), ("甲市长", "s", "r3"), ("乙县", "o", "r4")):
        _add(table, key, kind, ref)
    one = _flush(db, table, 0)
    model = {"甲市长": {"o": {"r1": False, "r2": False}, "s": {"r3": False}}, "乙县": {"o": {"r4": False}}}
    change(table)
    expected = {k: _view(v) for k, v in table._cache.items() if isinstance(v, dict)}
    keys = set(expected) | {k for k in model if k not in table._cache}
    assert len(table.member_rows()) == rows
    _flush(db, table, one)
    other = DiskMap("surfaces", None, "kinds")  # another process
    other.bind(db, one + 1)
    for key, view in expected.items():
        assert _view(other[key]) == view, key
    assert set(other.keys()) == keys
    old = DiskMap("surfaces", None, "kinds")  # a reader of the first chunk keeps its state
    old.bind(db, one)
    assert {k: _view(v) for k, v in old.items()} == {k: _view(v) for k, v in model.items()}


def test_a_grown_set_writes_only_its_new_member(db: FactDB) -> None:
    table = DiskMap("role_orgs", set, "set")
    table.bind(db, 0)
    for i in range(200):
        table["市长"].add(f"urn:org{i}")
    one = _flush(db, table, 0)
    table["市长"].add("urn:new")
    table["书记"] |= {"urn:org1"}
    assert table.changed() == [("书记", b"")]  # only the new key has a row of its own
    assert [key for key, _, _ in table.member_rows()] == ["市长", "书记"]
    _flush(db, table, one)
    assert len(table["市长"]) == 201 and table["书记"] == {"urn:org1"}
    assert sum(len(v) for _, v in db.rows("SELECT key, value FROM name WHERE part = 'role_orgs'")) == 0


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(12)])
def test_random_changes_over_flushes_read_back_as_a_dict_has_them(db: FactDB, seed: int) -> None:
    """Surfaces added, flagged, withdrawn and re-added over ten flushes: each chunk reads back as a plain dict
    that went through the same changes (kinds and refs in the same order)."""
    rnd = random.Random(seed)
    table = DiskMap("surfaces", None, "kinds")
    table.bind(db, 0)
    model: dict[str, dict[str, dict[str, bool]]] = {}
    chunk, states = 0, {}
    for _ in range(10):
        for _ in range(40):
            key, kind, ref = rnd.choice("甲乙丙") + "市", rnd.choice("ost"), f"r{rnd.randrange(6)}"
            if rnd.random() < 0.6:
                flag = rnd.random() < 0.3
                _add(table, key, kind, ref, flag)
                refs = model.setdefault(key, {}).setdefault(kind, {})
                refs[ref] = flag or refs.get(ref, False)
            elif ref in model.get(key, {}).get(kind, {}):
                _drop(table, key, kind, ref)
                del model[key][kind][ref]
                if not model[key][kind]:
                    del model[key][kind]
                if not model[key]:
                    del model[key]
        chunk = _flush(db, table, chunk)
        states[chunk] = {k: _view(v) for k, v in model.items()}
    for at, state in states.items():
        reader = DiskMap("surfaces", None, "kinds")
        reader.bind(db, at)
        assert {k: _view(v) for k, v in reader.items()} == state, at


def test_an_ingest_writes_a_title_s_organisations_as_members(tmp_path: Path) -> None:
    """Two flushes of an ingest: the second writes the one organisation a title gained, not the title's set."""
    path = tmp_path / "store"
    kg = KnowledgeGraph.open(str(path))
    kg.keep_qa()
    kg.write_page(map_page(_org_page([("甲市政府", "government")], [("张三", "市长", "甲市政府")]), "p0", "p0.txt"))
    assert kg.flush_qa()
    index = kg.qa().index
    assert all(getattr(index, part).shape == MEMBER_SHAPES.get(part) for part in NAME_PARTS)
    kg.write_page(map_page(_org_page([("乙市政府", "government")], [("李四", "市长", "乙市政府")]), "p1", "p1.txt"))
    assert kg.flush_qa() and kg.save_qa()
    db = index.role_orgs.db
    last = db.rows("SELECT max(chunk) FROM member")[0][0]
    added = db.rows("SELECT key, member, value FROM member WHERE part = 'role_orgs' AND chunk = ?", (last,))
    assert len(added) == 1 and added[0][2] is not None
    kg.close()
    reader = open_store(str(path), read_only=True)
    loaded = saved.load_index(reader)
    assert loaded is not None and loaded.on_disk()
    assert [len(orgs) for _, orgs in loaded.role_orgs.items()] == [2]
    assert {m.text for m in loaded.mentions("乙市政府市长是谁")} == {"乙市政府市长"}
    reader.close()


def test_values_let_go_after_a_flush_are_freed_without_the_collector(db: FactDB) -> None:
    """The values handed out hold no reference cycle: after a flush they are freed at once (an ingest's refresh runs
    with the collector off; a cycle per surface read would wait for a full collection)."""
    import gc

    table = DiskMap("surfaces", None, "kinds")
    table.bind(db, 0)
    for i in range(50):
        _add(table, f"甲{i}市", "o", f"r{i}")
        _add(table, f"甲{i}市", "s", f"r{i}")
    one = _flush(db, table, 0)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for i in range(50):
            _add(table, f"甲{i}市", "t", "r")
        _flush(db, table, one)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
