"""The question index saved with an embedded store: loaded by the next process, never used for another state.

Each test opens and closes `KnowledgeGraph`s on one store directory the way separate processes would (a
writer holding the lock, read-only readers like `kgqa ask`). Pages are made-up (test_qa_answers._page).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import import_facts
from kgqa.kg.mapping import MappedPage, map_page
from kgqa.kg.qa import QuestionAnswerer, saved
from kgqa.kg.qa.fact_index import FactIndex
from kgqa.kg.qa.index import GraphIndex
from kgqa.kg.store import STAMP_FILE, WRITING, open_store
from test_qa_answers import _page
from test_qa_incremental import _index_view


def _mapped(city: str, mayor: str, key: str | None = None) -> MappedPage:
    """A page of a made-up city paper; pages written with the same `key` replace each other."""
    return map_page(_page(city, mayor, f"{city}书记", [f"{city}副市长"]), key or f"page of {city}", f"{city}.txt")


def _mayor(kg: KnowledgeGraph, city: str) -> list[str]:
    """The answers to "who is the mayor of city"."""
    return [a["label"] for a in kg.ask(f"{city}市市长是谁").answers]


def _posts(kg: KnowledgeGraph, names: dict[str, bool]) -> dict[str, bool]:
    """For each person's name: whether "what posts does X hold" gets answers (a name the index does not
    know gets none)."""
    return {name: bool(kg.ask(f"{name}担任哪些职务").answers) for name in names}


def _writer(store: Path) -> KnowledgeGraph:
    return KnowledgeGraph.open(str(store))


def _reader(store: Path) -> KnowledgeGraph:
    return KnowledgeGraph.open(str(store), read_only=True)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store holding one page (青岚市, mayor 林海峰) and its saved question index."""
    path = tmp_path / "store"
    kg = _writer(path)
    kg.write_page(_mapped("青岚", "林海峰"))
    assert kg.save_qa()
    kg.close()
    return path


def _no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: GraphIndex, store: object) -> None:
        raise AssertionError("the index was built, not loaded")

    monkeypatch.setattr(GraphIndex, "_build", refuse)


def test_the_next_process_loads_the_saved_index(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kgqa ask` and `kgqa serve` start from the saved index: nothing is built."""
    _no_build(monkeypatch)
    for open_ in (_reader, _writer):
        kg = open_(store)
        assert _mayor(kg, "青岚") == ["林海峰"]
        kg.close()


def _ingest_new(kg: KnowledgeGraph) -> None:
    kg.write_page(_mapped("白沙", "周文"))


def _reingest_edited(kg: KnowledgeGraph) -> None:
    # the same page corrected (as `kgqa import` of an edited export does): every count stays the same
    kg.write_page(_mapped("青岚", "林海涛", key="page of 青岚"))


def _import(kg: KnowledgeGraph) -> None:
    other = KnowledgeGraph.open("memory:")
    other.write_page(_mapped("白沙", "周文"))
    import_facts(kg, other.export(), "白沙.json")


def _delete(kg: KnowledgeGraph) -> None:
    assert kg.delete_page(str(_mapped("青岚", "林海峰").page)) > 0


def _clear(kg: KnowledgeGraph) -> None:
    assert kg.store.clear() > 0


CHANGES = [  # the change, then whose posts are answered (names new to the index must be found)
    pytest.param(_ingest_new, {"林海峰": True, "周文": True}, id="ingest-a-new-page"),
    pytest.param(_reingest_edited, {"林海峰": False, "林海涛": True}, id="page-replaced-same-counts"),
    pytest.param(_import, {"林海峰": True, "周文": True}, id="import"),
    pytest.param(_delete, {"林海峰": False}, id="delete-a-page"),
    pytest.param(_clear, {"林海峰": False}, id="clear"),
]


@pytest.mark.parametrize(("change", "expected"), CHANGES)
def test_a_write_by_another_process_makes_the_saved_index_stale(store: Path, change, expected) -> None:
    """A process that wrote without asking leaves the saved index of the old state: the next reader builds
    the index of what the store holds now, never answers from the old facts."""
    kg = _writer(store)
    change(kg)
    kg.close()
    for open_ in (_reader, _reader, _writer):  # the first reader builds and saves, the next ones load
        kg = open_(store)
        assert _posts(kg, expected) == expected
        kg.close()


@pytest.mark.parametrize(("change", "expected"), CHANGES)
def test_a_write_after_the_answerer_was_made_is_seen_and_saved(store: Path, change, expected) -> None:
    """In the writing process (an ingest, a server taking uploads) the answerer follows the writes, and the
    index it saves is that of the new state."""
    kg = _writer(store)
    kg.keep_qa()
    change(kg)
    kg.catch_up_qa()
    assert kg.save_qa()
    kg.close()
    kg = _reader(store)
    assert _posts(kg, expected) == expected
    kg.close()


def test_a_reader_opened_before_a_write_never_saves_what_it_read(store: Path) -> None:
    """A read-only process sees the store as it was when opened: its build is not saved for the new state."""
    early = _reader(store)
    writer = _writer(store)
    writer.write_page(_mapped("青岚", "林海涛", key="page of 青岚"))
    assert early.store.write_stamp() is None
    early.ask("青岚市市长是谁")
    early.close()
    writer.close()
    late = _reader(store)
    assert _posts(late, {"林海涛": True}) == {"林海涛": True}
    late.close()


def test_a_write_cut_short_leaves_no_usable_stamp(store: Path) -> None:
    """A writer killed mid-write leaves the stamp marked: readers build, and the next writer starts a new one."""
    stamp_file = store / STAMP_FILE
    before = stamp_file.read_text()
    stamp_file.write_text(WRITING + "cut-short")
    reader = open_store(str(store), read_only=True)
    assert reader.write_stamp() is None and saved.load_index(reader) is None
    reader.close()
    writer = open_store(str(store))
    assert writer.write_stamp() not in (None, before)
    writer.close()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda f: f.write_bytes(b"not a pickle"), id="damaged"),
        pytest.param(lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]), id="cut-short"),
    ],
)
def test_a_damaged_index_file_is_rebuilt(store: Path, spoil) -> None:
    spoil(store / f"kgqa-{saved.SIDECAR}")
    kg = _reader(store)
    assert _mayor(kg, "青岚") == ["林海峰"]
    kg.close()


def test_an_index_saved_by_other_code_is_not_loaded(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = open_store(str(store), read_only=True)
    assert saved.load_index(reader) is not None
    monkeypatch.setattr(saved, "code_key", lambda: "other code")
    assert saved.load_index(reader) is None
    reader.close()


@pytest.mark.parametrize("field", ["FORMAT", "INDEX_VERSION"])
def test_an_index_of_another_format_or_version_is_not_loaded(
    store: Path, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    """A bump of the file's format or of the index's content version makes every index saved before a cache
    miss (the next process builds); code that changes neither loads it (tests/test_qa_index_version.py)."""
    reader = open_store(str(store), read_only=True)
    monkeypatch.setattr(saved, field, getattr(saved, field) + 1)
    assert saved.load_index(reader) is None
    reader.close()


def test_a_loaded_index_takes_in_new_pages_like_a_rebuilt_one(store: Path) -> None:
    """A saved index loaded and refreshed page by page equals one built from the whole graph (the fact
    index's shared article bodies are keyed again after loading)."""
    kg = _writer(store)
    kg.keep_qa()
    for city, mayor in (("白沙", "周文"), ("翠湖", "陈立")):
        kg.write_page(_mapped(city, mayor))
        kg.catch_up_qa()
    full = QuestionAnswerer(kg, index=GraphIndex(kg.store))
    assert _index_view(kg.qa()) == _index_view(full)
    assert _mayor(kg, "翠湖") == ["陈立"]
    kg.close()


def test_stores_without_a_stamp_build_the_index_each_time() -> None:
    """In memory (and remote SPARQL endpoints): no stamp, no place for the file, nothing saved."""
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(_mapped("青岚", "林海峰"))
    assert kg.store.write_stamp() is None and kg.store.sidecar(saved.SIDECAR) is None
    assert not kg.save_qa()
    assert _mayor(kg, "青岚") == ["林海峰"]


def _dead_pid() -> int:
    """The id of a process that has ended (a child started and waited for)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    "name,removed",
    [
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.{_dead_pid()}.tmp", True, id="its-process-died"),
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.{os.getppid()}.tmp", False, id="its-process-is-alive"),
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.notapid.tmp", False, id="not-a-save-of-ours"),
        pytest.param(lambda: f"other-file.{_dead_pid()}.tmp", False, id="another-file"),
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.{_dead_pid()}-0a.facts.db", True, id="fact-file-nobody-names"),
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.{os.getppid()}-0a.facts.db", False, id="fact-file-being-written"),
        pytest.param(lambda: f"kgqa-{saved.SIDECAR}.{_dead_pid()}-0a.facts.db-journal", True, id="journal-of-no-file"),
    ],
)
@pytest.mark.parametrize("when", ["open", "save"])
def test_temp_files_of_dead_saves_are_removed(store: Path, name, removed: bool, when: str) -> None:
    """A process killed while saving leaves its temporary file: the next open or save removes it, but never
    the file of a save still running, nor files that are not the index's."""
    tmp = store / name()
    tmp.write_bytes(b"half a pickle")
    kg = _writer(store)
    if when == "open":
        assert _mayor(kg, "青岚") == ["林海峰"]
    else:
        kg.write_page(_mapped("白沙", "周文"))
        assert kg.save_qa()
    kg.close()
    assert tmp.exists() is not removed
    assert (store / f"kgqa-{saved.SIDECAR}").is_file()


@pytest.mark.parametrize(
    "flush_every",
    [
        pytest.param(1, id="after-every-page"),
        pytest.param(2, id="every-second-page"),
        pytest.param(99, id="never"),
    ],
)
def test_an_index_flushed_during_an_ingest_loads_like_a_rebuilt_one(store: Path, flush_every: int) -> None:
    """An ingest appends the facts it took in to the fact file as it goes (its memory stays flat) and still
    answers; the index saved at the end names that one file, and the next process loads the same index as a
    full rebuild."""
    kg = _writer(store)
    kg.keep_qa()
    kg.flush_qa()  # the facts of the page already stored stay in their file
    for n, (city, mayor) in enumerate((("白沙", "周文"), ("翠湖", "陈立"), ("金川", "吴江")), 1):
        kg.write_page(_mapped(city, mayor))
        kg.catch_up_qa()
        if n % flush_every == 0:
            assert kg.flush_qa()
            assert all(len(getattr(kg.qa().index, part).mem) == 0 for part in ("events", "articles"))
            assert _mayor(kg, city) == [mayor] and len(kg.qa().index.articles) == n + 1
    assert kg.save_qa()
    kg.close()
    files = sorted(p.name for p in store.glob(f"kgqa-{saved.SIDECAR}.*.facts.db"))
    assert len(files) == 1
    reader = open_store(str(store), read_only=True)
    loaded = saved.load_index(reader)
    assert loaded is not None and loaded.fact_file == files[0]
    full = KnowledgeGraph.open(str(store), read_only=True)
    assert _index_view(QuestionAnswerer(full, index=loaded)) == _index_view(
        QuestionAnswerer(full, index=GraphIndex(reader))
    )
    assert _mayor(full, "翠湖") == ["陈立"] and _mayor(full, "青岚") == ["林海峰"]
    full.close()
    reader.close()


def test_facts_are_searched_in_their_file_even_if_replaced_meanwhile(store: Path) -> None:
    """A process loads the names and opens the fact file; it holds no fact in memory, and a newer save that
    removed the file meanwhile does not take it away."""
    reader = open_store(str(store), read_only=True)
    loaded = saved.load_index(reader)
    assert loaded is not None
    assert all(len(getattr(loaded, part).mem) == 0 for part in ("events", "agreements", "articles"))
    for part in store.glob(f"kgqa-{saved.SIDECAR}.*.facts.db"):
        part.unlink()
    assert len(loaded.articles) == 1
    assert loaded.articles.search("青岚", set())
    reader.close()


def test_a_flush_cut_short_is_not_read(store: Path) -> None:
    """Facts appended by a process that died before it saved the index are neither read by the next one
    nor kept when that one appends its own."""
    writer = open_store(str(store))
    dead = saved.load_index(writer)
    assert dead is not None
    lost = FactIndex()
    lost.add_text("urn:lost", "白沙市召开调度会", name=True)
    lost.freeze()
    dead.events.base.db.append({"events": lost}, dead.fact_chunk)  # appended, never saved: then killed
    index = saved.load_index(writer)
    assert index is not None and not index.events.search("调度会", set())
    index.events.add_text("urn:kept", "金川市召开推进会", name=True)
    index.events.freeze()
    assert saved.flush_facts(index, writer)
    assert [iri for _, iri in index.events.search("推进会", set())] == ["urn:kept"]
    assert not index.events.search("调度会", set()) and not saved.load_index(writer).events.search("调度会", set())
    writer.close()


def _ingest_under_way(store: Path) -> KnowledgeGraph:
    """A writer in the middle of an ingest: 白沙 taken in and flushed, 翠湖 written after the last flush."""
    kg = _writer(store)
    kg.keep_qa()
    kg.flush_qa()
    kg.write_page(_mapped("白沙", "周文"))
    kg.catch_up_qa()
    assert kg.flush_qa()
    kg.write_page(_mapped("翠湖", "陈立"))
    kg.catch_up_qa()
    return kg


def test_a_reader_during_an_ingest_takes_its_last_flush(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kgqa ask` beside a long ingest: the index of the ingest's last flush, never one built from the whole
    graph; the pages since that flush are not in it yet."""
    writer = _ingest_under_way(store)
    _no_build(monkeypatch)
    reader = _reader(store)
    assert _posts(reader, {"林海峰": True, "周文": True, "陈立": False}) == {
        "林海峰": True,
        "周文": True,
        "陈立": False,
    }
    assert _mayor(reader, "白沙") == ["周文"]
    reader.close()
    writer.close()


def _all_answered_by_writer_and_reader(store: Path) -> None:
    """Every page of `_ingest_under_way` is in the index a writer and a reader open the store with."""
    expected = {"林海峰": True, "周文": True, "陈立": True}
    for open_ in (_writer, _reader):
        kg = open_(store)
        assert _posts(kg, expected) == expected
        kg.close()


def test_an_ingest_cut_short_saves_the_index_it_kept(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C or `kill` on a long ingest: the index kept current up to its last page is saved, exact, so the next
    writer or reader loads it and builds nothing, pages after the last flush included."""
    writer = _ingest_under_way(store)
    _no_build(monkeypatch)
    assert writer.save_qa(build=False)
    writer.close()
    _all_answered_by_writer_and_reader(store)


def test_a_cut_short_save_never_builds(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the kept index cannot follow the last write (a page replaced), an ingest cut short saves nothing
    rather than build the index from the whole store on its way out; the next process builds it."""
    writer = _ingest_under_way(store)
    writer.write_page(_mapped("黄石", "李岩", key="page of 翠湖"))
    _no_build(monkeypatch)
    assert not writer.save_qa(build=False)
    writer.close()
    monkeypatch.undo()
    kg = _writer(store)
    assert _posts(kg, {"李岩": True, "陈立": False}) == {"李岩": True, "陈立": False}
    kg.close()


@pytest.mark.parametrize(
    "then",
    [
        pytest.param(lambda kg: kg.save_qa(), id="ingest-finished"),
        pytest.param(lambda kg: None, id="ingest-cut-short-unsaved"),
    ],
)
def test_a_writer_never_takes_a_live_index_of_another_state(store: Path, then) -> None:
    """After the ingest the exact index is saved; an ingest cut short after its last flush leaves a live index
    that a writer takes only as of its own state, caught up from the journal of the pages written since (or built
    when there is none): every page the store holds is answered, pages after the flush too."""
    writer = _ingest_under_way(store)
    then(writer)
    writer.close()
    _all_answered_by_writer_and_reader(store)
