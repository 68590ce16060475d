"""What session 41's scale helpers left (issue 13, session 42, scale44).

1. The question index's build reads a batch's name keys from its file with one `IN (...)` a few hundred keys
   (name_db.py `DiskMap.prefetch`), not one query a key: the same values, the same saved tables.
2. The brand check of kg/qa/forms.py asks a small table of jieba's parts of speech (extract/ner.py
   `small_word_pos`), not the 41 MB dictionary: the same part of speech for every word, the same forms.
3. A writer's open (`kgqa serve`) builds a timeline of another format or state again beside the server
   (kg/graph.py `refresh_timeline`), then reads it; pages read SPARQL meanwhile, never wait for it.

Every page, name and sentence here is made up.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from kgqa.extract import ner
from kgqa.kg import browse
from kgqa.kg import timeline as timeline_module
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import forms, saved
from kgqa.kg.qa import index as index_module
from kgqa.kg.qa.fact_db import FactDB
from kgqa.kg.qa.index import NAME_PARTS, GraphIndex
from kgqa.kg.qa.name_db import DiskMap
from kgqa.kg.timeline import SIDECAR, Timeline
from test_qa_scale36_members import _add, _drop, _flush, _view
from test_scale41 import PAGES, _sparql_list, _write
from test_scale43 import CITIES, _store, _table


# ---------------------------------------------------------------- 1. a batch's keys in one query
@pytest.fixture
def db(tmp_path: Path) -> FactDB:
    return FactDB(tmp_path / "x.facts.db", create=True)


def _counted(db: FactDB, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the file answers from now on."""
    seen: list[str] = []
    rows = db.rows

    def counting(sql: str, args: Any = ()) -> list[tuple]:
        seen.append(sql)
        return rows(sql, args)

    monkeypatch.setattr(db, "rows", counting)
    return seen


def _plain(db: FactDB) -> tuple[DiskMap, int]:
    """A plain table over two chunks: a key kept, one changed, one deleted, one added in the second."""
    table = DiskMap("entities", None)
    table.bind(db, 0)
    table["甲市"], table["乙县"], table["丙镇"] = {"x": 1}, [1, 2], "旧"
    one = _flush(db, table, 0)
    table["乙县"] = [3]
    del table["丙镇"]
    table["丁村"] = ("新",)
    return table, _flush(db, table, one)


def _kinds(db: FactDB) -> tuple[DiskMap, int]:
    """A surface table (members as rows) over two chunks: refs added, withdrawn, a key withdrawn whole, set anew."""
    table = DiskMap("surfaces", None, "kinds")
    table.bind(db, 0)
    for key, kind, ref in (("甲市长", "o", "r1"), ("甲市长", "s", "r2"), ("乙县", "o", "r3"), ("丙镇", "l", "r4")):
        _add(table, key, kind, ref)
    one = _flush(db, table, 0)
    _add(table, "甲市长", "o", "r5", True)
    _drop(table, "乙县", "o", "r3")
    table["丙镇"] = {"t": {"r6": False}}
    _add(table, "丁村", "l", "r7")
    return table, _flush(db, table, one)


MAPS = [pytest.param(_plain, id="plain-values"), pytest.param(_kinds, id="member-rows")]
KEYS = ["甲市长", "乙县", "丙镇", "丁村", "甲市", "戊乡", "没有的键"]


@pytest.mark.parametrize("made", MAPS)
def test_prefetched_keys_are_those_read_one_by_one(
    db: FactDB, monkeypatch: pytest.MonkeyPatch, made: Callable[[FactDB], tuple[DiskMap, int]]
) -> None:
    table, chunk = made(db)
    one_by_one, fetched = DiskMap(table.part, None, table.shape), DiskMap(table.part, None, table.shape)
    one_by_one.bind(db, chunk)
    fetched.bind(db, chunk)
    expected = {k: one_by_one.get(k) for k in KEYS}
    queries = _counted(db, monkeypatch)
    fetched.prefetch(KEYS)
    assert len(queries) == (2 if table.shape else 1)  # the keys, then (of a member table) their members
    got = {k: fetched.get(k) for k in KEYS}
    assert len(queries) == (2 if table.shape else 1)  # every key read from memory since, those missing too
    assert {k: v if v is None or not table.shape else _view(v) for k, v in got.items()} == {
        k: v if v is None or not table.shape else _view(v) for k, v in expected.items()
    }


@pytest.mark.parametrize("made", MAPS)
def test_an_older_chunk_is_read_as_it_was(db: FactDB, made: Callable[[FactDB], tuple[DiskMap, int]]) -> None:
    table, chunk = made(db)
    old, fetched = DiskMap(table.part, None, table.shape), DiskMap(table.part, None, table.shape)
    old.bind(db, chunk - 1)
    fetched.bind(db, chunk - 1)
    fetched.prefetch(KEYS)
    view = (lambda v: v) if table.shape is None else (lambda v: None if v is None else _view(v))
    assert {k: view(fetched.get(k)) for k in KEYS} == {k: view(old.get(k)) for k in KEYS}


def test_a_prefetched_value_changed_is_flushed_as_one_read_alone(db: FactDB) -> None:
    table, chunk = _kinds(db)
    table.prefetch(["甲市长", "丙镇", "戊乡"])
    _add(table, "甲市长", "s", "r8")
    _drop(table, "丙镇", "t", "r6")
    _add(table, "戊乡", "l", "r9")
    _flush(db, table, chunk)
    reader = DiskMap("surfaces", None, "kinds")
    reader.bind(db, chunk + 1)
    assert _view(reader["甲市长"]) == [("o", [("r1", False), ("r5", True)]), ("s", [("r2", False), ("r8", False)])]
    assert reader.get("丙镇") is None and _view(reader["戊乡"]) == [("l", [("r9", False)])]


def test_keys_past_500_bound_parameters_go_in_several_queries(db: FactDB, monkeypatch: pytest.MonkeyPatch) -> None:
    table = DiskMap("_heads", None)
    table.bind(db, 0)
    for i in range(1200):
        table[f"地名{i}"] = True
    chunk = _flush(db, table, 0)
    reader = DiskMap("_heads", None)
    reader.bind(db, chunk)
    queries = _counted(db, monkeypatch)
    reader.prefetch([f"地名{i}" for i in range(0, 2400, 2)])  # 1,200 keys, half of them missing
    assert len(queries) == 3 and all(q.count("?") <= 500 for q in queries)
    assert sum(f"地名{i}" in reader for i in range(0, 2400, 2)) == 600 and len(queries) == 3


def test_an_unbound_map_holds_every_key_and_reads_nothing() -> None:
    table = DiskMap("entities", None)
    table["甲市"] = 1
    table.prefetch(["甲市", "乙县"])
    assert table.get("甲市") == 1 and table.get("乙县") is None


@pytest.mark.parametrize(
    "batch",
    [
        pytest.param(1, id="one-row-a-batch"),
        pytest.param(4, id="four-rows-a-batch"),
        pytest.param(5000, id="one-batch"),
    ],
)
def test_the_build_reads_derived_forms_and_posts_in_batches_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(index_module, "NAME_BATCH", batch)
    kg = _store(tmp_path / "store", CITIES)
    single: list[str] = []
    derive, add_posts = GraphIndex._derive_many, GraphIndex._add_posts
    rows = FactDB.rows
    phase = {"on": False}

    def counting(self: FactDB, sql: str, args: Any = ()) -> list[tuple]:
        if phase["on"] and "key = ?" in sql:
            single.append(sql)
        return rows(self, sql, args)

    def watched(method: Callable[..., None]) -> Callable[..., None]:
        def run(self: GraphIndex, *a: Any) -> None:
            phase["on"] = True
            try:
                method(self, *a)
            finally:
                phase["on"] = False

        return run

    monkeypatch.setattr(FactDB, "rows", counting)
    monkeypatch.setattr(GraphIndex, "_derive_many", watched(derive))
    monkeypatch.setattr(GraphIndex, "_add_posts", watched(add_posts))
    saved.build_index(kg.store)
    assert single == []  # no key of a derived form or a post read alone
    monkeypatch.setattr(FactDB, "rows", rows)
    loaded, whole = saved.load_index(kg.store), GraphIndex(kg.store)
    assert loaded is not None and loaded.on_disk()
    for part in NAME_PARTS:
        assert _table(loaded, part) == _table(whole, part), part
    kg.close()


# ---------------------------------------------------------------- 2. the brand check's small table
def test_the_small_table_gives_every_word_its_part_of_speech() -> None:
    whole, _ = ner._dictionary()
    assert whole  # (jieba is a dependency)
    small = [w for w in whole if ner._packed(w) is not None]
    assert len(small) == len(whole)
    codes, tags, names = ner._small_pos()
    for word, pos in whole.items():
        i = __import__("bisect").bisect_left(codes, ner._packed(word))
        assert names[tags[i]] == pos, word


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("", id="empty"),
        pytest.param("甲乙丙丁戊", id="five-characters"),
        pytest.param("\U00020000甲", id="outside-the-plane"),
        pytest.param("甲\x00", id="a-nul"),
        pytest.param("嗯呐哒", id="made-up-no-word"),
    ],
)
def test_words_of_no_entry_have_none(word: str) -> None:
    assert ner.word_pos(word) is None
    ner._dictionary.cache_clear()  # (the small table is read, not the dictionary another test loaded)
    assert ner.small_word_pos(word) is None and ner._dictionary.cache_info().currsize == 0


COMPANIES = [
    pytest.param("山西鹏飞集团有限公司", id="a-name-brand-with-its-province"),
    pytest.param("唯诺达机电设备有限公司", id="no-word-brand"),
    pytest.param("山东钢铁集团有限公司", id="a-province-is-no-brand"),
    pytest.param("江苏发展建设集团有限公司", id="a-common-word-is-no-brand"),
    pytest.param("苏宁电器集团", id="a-place-like-name-brand"),
    pytest.param("河北长江实业有限公司", id="a-place-word-that-is-a-place"),
    pytest.param("XYZ航空材料有限公司", id="capital-letters"),
    pytest.param("甲乙丙丁科技股份有限公司", id="four-made-up-characters"),
]


@pytest.mark.parametrize("name", COMPANIES)
def test_the_brand_and_forms_are_those_of_the_whole_dictionary(name: str) -> None:
    forms._forms.cache_clear()
    ner._dictionary.cache_clear()
    small = (forms._brand(name), forms.org_forms(name))
    assert ner._dictionary.cache_info().currsize == 0  # the brand check did not load the dictionary
    forms._forms.cache_clear()
    ner._dictionary()
    assert (forms._brand(name), forms.org_forms(name)) == small
    forms._forms.cache_clear()


def test_a_reader_building_names_holds_no_dictionary() -> None:
    code = (
        "from kgqa.kg.qa import forms; from kgqa.extract import ner\n"
        "got = forms.org_forms('山西鹏飞集团有限公司')\n"
        "assert '鹏飞' in got or '鹏飞集团' in got, got\n"
        "print(ner._dictionary.cache_info().currsize, ner._small_pos.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["0", "1"]


# ---------------------------------------------------------------- 3. the timeline rebuilt beside the server
def _pages(tmp_path: Path) -> Path:
    """A store of made-up pages, its timeline current, closed."""
    where = tmp_path / "store"
    kg = KnowledgeGraph.open(str(where))
    for name, dates in PAGES:
        _write(kg, name, dates)
    assert kg.timeline() is not None
    kg.close()
    return where


def _removed(path: Path) -> None:
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        part.unlink(missing_ok=True)


def _older_format(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'format'")
    conn.close()


def _older_state(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'a-stamp-of-long-ago' WHERE key = 'stamp'")
    conn.close()


OUTDATED = [
    pytest.param(_removed, id="timeline-removed"),
    pytest.param(_older_format, id="older-format"),
    pytest.param(_older_state, id="older-state"),
]


def _sidecar(where: Path) -> Path:
    return where / f"kgqa-{SIDECAR}"


@pytest.mark.parametrize("spoil", OUTDATED)
def test_a_writer_builds_an_outdated_timeline_again_then_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[Path], None]
) -> None:
    where = _pages(tmp_path)
    assert _sidecar(where).is_file()
    spoil(_sidecar(where))
    kg = KnowledgeGraph.open(str(where))
    assert kg.timeline() is None  # the pages read SPARQL
    before = browse.article_list(kg)
    assert kg.refresh_timeline()
    assert kg.timeline() is not None
    assert browse.article_list(kg) == before == _sparql_list(kg, monkeypatch)
    _write(kg, "g.txt", ["2026-01-01"])  # the next write follows it as before (no rebuild)
    assert kg.timeline() is not None and browse.article_list(kg)[0]["date"] == "2026-01-01"
    kg.close()


def test_a_current_timeline_is_left_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kg = KnowledgeGraph.open(str(_pages(tmp_path)))
    monkeypatch.setattr(Timeline, "rebuild", lambda *a: pytest.fail("rebuilt"))
    assert kg.refresh_timeline() and kg.timeline() is not None
    kg.close()


def test_a_reader_builds_none(tmp_path: Path) -> None:
    where = _pages(tmp_path)
    _older_format(_sidecar(where))
    kg = KnowledgeGraph.open(str(where), read_only=True)
    assert not kg.refresh_timeline() and kg.timeline() is None
    kg.close()


def test_pages_never_wait_for_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = _pages(tmp_path)
    _older_format(_sidecar(where))
    kg = KnowledgeGraph.open(str(where))
    expected = _sparql_list(kg, monkeypatch)
    started, go_on = threading.Event(), threading.Event()
    articles = timeline_module._article_rows

    def held(store: Any) -> Any:
        started.set()
        assert go_on.wait(30)  # the build's transaction open: its tables dropped, half of its rows written
        yield from articles(store)

    monkeypatch.setattr(timeline_module, "_article_rows", held)
    done: list[bool] = []
    thread = threading.Thread(target=lambda: done.append(kg.refresh_timeline()))
    thread.start()
    assert started.wait(30)
    assert kg.timeline() is None and browse.article_list(kg) == expected  # SPARQL meanwhile, at once
    go_on.set()
    thread.join(30)
    assert done == [True] and kg.timeline() is not None and browse.article_list(kg) == expected
    kg.close()


def test_a_write_during_the_build_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = _pages(tmp_path)
    _removed(_sidecar(where))
    kg = KnowledgeGraph.open(str(where))
    rebuild, calls = Timeline.rebuild, []

    def with_a_write(self: Timeline, store: Any) -> None:
        rebuild(self, store)
        calls.append(1)
        if len(calls) == 1:  # a page uploaded while the first build ran: its timeline left to the build
            _write(kg, "h.txt", ["2027-07-07"])

    monkeypatch.setattr(Timeline, "rebuild", with_a_write)
    assert kg.refresh_timeline()
    assert len(calls) == 2 and kg.timeline() is not None
    got = browse.article_list(kg)
    assert got[0]["date"] == "2027-07-07" and got == _sparql_list(kg, monkeypatch)
    kg.close()


def test_writes_all_through_the_tries_leave_it_to_the_next_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = _pages(tmp_path)
    _removed(_sidecar(where))
    kg = KnowledgeGraph.open(str(where))
    rebuild, calls = Timeline.rebuild, []

    def always_a_write(self: Timeline, store: Any) -> None:
        rebuild(self, store)
        calls.append(1)
        _write(kg, f"w{len(calls)}.txt", ["2028-01-0" + str(len(calls))])

    monkeypatch.setattr(Timeline, "rebuild", always_a_write)
    assert not kg.refresh_timeline(tries=2) and len(calls) == 2 and kg.timeline() is None
    monkeypatch.setattr(Timeline, "rebuild", rebuild)
    _write(kg, "z.txt", ["2029-01-01"])  # no build under way: the write rebuilds it, as before
    assert kg.timeline() is not None and browse.article_list(kg) == _sparql_list(kg, monkeypatch)
    kg.close()


def test_serve_builds_it_beside_the_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kgqa import cli

    where = _pages(tmp_path)
    _older_format(_sidecar(where))
    kg = KnowledgeGraph.open(str(where))
    cli._refresh_timeline(kg)
    assert kg.timeline() is not None
    assert "the timeline was built again" in capsys.readouterr().err
    cli._refresh_timeline(kg)  # current: nothing done, nothing said
    assert capsys.readouterr().err == ""
    kg.close()


def test_serve_starts_the_build_in_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from kgqa import cli

    started: list[str] = []

    class Thread:
        def __init__(self, target: Any, args: tuple, name: str, daemon: bool) -> None:
            self.target, self.name = target, name

        def start(self) -> None:
            started.append(self.name)

    class App:
        extensions = {"kgqa_runner": type("Runner", (), {"start": lambda self: None})()}

    monkeypatch.setattr(cli.threading, "Thread", Thread)
    monkeypatch.setattr(cli.signal, "signal", lambda *a: None)
    monkeypatch.setattr("waitress.serve", lambda *a, **k: None)
    monkeypatch.setattr("kgqa.web.create_app", lambda config: App())
    monkeypatch.setattr("kgqa.web.compile_templates", lambda app: None)
    kg = KnowledgeGraph.open("memory:")
    cli._serve(kg, "127.0.0.1", 0, None, 1)
    assert "kgqa-timeline" in started and "kgqa-preload" in started
