"""An ingest stopped before it saved its question index, then resumed, keeps an index (issue 13, session 40).

Session 39's 100,000-article run: an ingest stopped by `--stop-at` left only the index of its last flush (older
than the store); the resumed ingest kept none and at its end built the index from the whole graph (11 GB in 2
minutes). Now a writer keeps a journal of the pages it wrote since it last saved the index (kg/qa/saved.py
`Journal`) and the next writer catches that index up from it (kg/graph.py `keep_qa`), building nothing; when the
journal cannot tell which pages the index lacks (a page replaced, a write it missed) it keeps none and says why.
Pages are made up (test_qa_answers._page and the sentences below).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import QuestionAnswerer, saved
from kgqa.kg.qa.index import GraphIndex
from rdflib import Literal, URIRef
from test_qa_incremental import _index_view
from test_qa_saved import _mapped, _mayor, _posts

from kgqa.cli import main

CITIES = (("青岚", "林海峰"), ("白沙", "周文"), ("翠湖", "陈立"), ("金川", "吴江"), ("石门", "郑远"))


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every build of the index from the whole graph, refused and recorded (a caller may swallow the error)."""
    seen: list[str] = []

    def refuse(self: GraphIndex, store: object) -> None:
        seen.append("built")
        raise AssertionError("the index was built from the whole graph")

    monkeypatch.setattr(GraphIndex, "_build", refuse)
    return seen


def _killed_ingest(path: Path, flushed: int, after: int, last=None) -> None:
    """An ingest of CITIES[:flushed + after] into a store holding CITIES[0] and its saved index: its index flushed
    (saved live) after `flushed` pages in all, then `after` pages more (and `last`), then killed: nothing saved
    at the end."""
    kg = KnowledgeGraph.open(str(path))
    kg.write_page(_mapped(*CITIES[0]))
    assert kg.save_qa()
    kg.close()
    kg = KnowledgeGraph.open(str(path))
    kg.keep_qa()
    kg.flush_qa()
    for n, city in enumerate(CITIES[1 : flushed + after], 2):
        kg.write_page(_mapped(*city))
        kg.catch_up_qa()
        if n == flushed:
            assert kg.flush_qa()
    if last is not None:
        last(kg)
    kg.store.close()  # killed: no save, the journal's file left as it was written


def _one_go(path: Path, n: int) -> KnowledgeGraph:
    """The same pages ingested by one process (its index built from them)."""
    kg = KnowledgeGraph.open(str(path))
    for city in CITIES[:n]:
        kg.write_page(_mapped(*city))
    return kg


@pytest.mark.parametrize(
    ("flushed", "after"),
    [
        pytest.param(1, 2, id="no-flush-since-the-start"),
        pytest.param(2, 1, id="one-page-after-the-flush"),
        pytest.param(2, 3, id="three-pages-after-the-flush"),
    ],
)
def test_a_resumed_ingest_catches_up_the_index_saved_before_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flushed: int, after: int
) -> None:
    store = tmp_path / "store"
    _killed_ingest(store, flushed, after)
    n = flushed + after
    builds = _builds(monkeypatch)
    kg = KnowledgeGraph.open(str(store))
    kg.keep_qa()
    assert kg._qa is not None and f"{n - flushed} page(s) behind" in (kg.qa_note or "")
    assert kg.save_qa(build=False) and builds == []
    kg.close()
    reader = KnowledgeGraph.open(str(store), read_only=True)
    names = {mayor: True for _, mayor in CITIES[:n]}
    assert _posts(reader, names) == names and builds == []
    asked = [_mayor(reader, city) for city, _ in CITIES[:n]]
    monkeypatch.undo()
    whole = _one_go(tmp_path / "one-go", n)
    assert asked == [_mayor(whole, city) for city, _ in CITIES[:n]] == [[m] for _, m in CITIES[:n]]
    assert _index_view(reader.qa()) == _index_view(QuestionAnswerer(whole, index=GraphIndex(whole.store)))
    reader.close()
    whole.close()


def _replace_page(kg: KnowledgeGraph) -> None:
    kg.write_page(_mapped("黄石", "李岩", key="page of 白沙"))


def _write_directly(kg: KnowledgeGraph) -> None:
    note = URIRef("https://kgqa.dev/id/x")
    kg.store.replace([], [(note, URIRef("https://kgqa.dev/ns#note"), Literal("x"), note)])


@pytest.mark.parametrize(
    ("then", "why"),
    [
        pytest.param(_replace_page, "replaced or deleted", id="a-page-replaced-after-the-flush"),
        pytest.param(_write_directly, "not in the journal", id="a-write-the-journal-missed"),
    ],
)
def test_a_resumed_ingest_that_cannot_tell_what_its_index_lacks_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, then, why: str
) -> None:
    store = tmp_path / "store"
    _killed_ingest(store, 2, 1, then)
    kg = KnowledgeGraph.open(str(store))
    kg.keep_qa()
    assert kg._qa is None and why in (kg.qa_note or "")
    kg.close()


def _pages(folder: Path, cities) -> list[str]:
    """Made-up text pages of city papers, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for city, mayor in cities:
        (folder / f"{city}.txt").write_text(
            f"{city}日报\n2025年3月1日\n{city}市召开经济工作会议\n"
            f"3月1日，{city}市委副书记、市长{mayor}主持召开{city}市经济工作会议，部署今年重点工作。\n",
            encoding="utf-8",
        )
    return [str(folder)]


def _ingest(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), "ingest", "--no-progress", *args], catch_exceptions=False)


def test_an_ingest_whose_stop_saved_nothing_is_resumed_without_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kgqa ingest` stopped (SIGTERM) after its flush and whose save on the way out failed, as in session 39's
    run: the next `kgqa ingest` builds no index from the whole graph, and its store answers as one ingested in
    one go."""
    monkeypatch.setenv("KGQA_INGEST_FLUSH_PAGES", "2")
    store = tmp_path / "store"
    first, second = _pages(tmp_path / "a", CITIES[:3]), _pages(tmp_path / "b", CITIES[3:])
    real_save = KnowledgeGraph.save_qa

    def stopped(self: KnowledgeGraph, build: bool = True) -> bool:
        return False  # the save on the way out did not happen

    written: list[int] = []
    real_write = KnowledgeGraph.write_page

    def write_then_stop(self: KnowledgeGraph, mapped) -> bool:
        done = real_write(self, mapped)
        written.append(1)
        if len(written) == 3:
            os.kill(os.getpid(), signal.SIGTERM)  # `--stop-at`: lands after the page is counted
        return done

    monkeypatch.setattr(KnowledgeGraph, "save_qa", stopped)
    monkeypatch.setattr(KnowledgeGraph, "write_page", write_then_stop)
    res = _ingest(store, *first)
    assert res.exit_code == 130
    monkeypatch.setattr(KnowledgeGraph, "save_qa", real_save)
    monkeypatch.setattr(KnowledgeGraph, "write_page", real_write)
    builds = _builds(monkeypatch)
    res = _ingest(store, *second)
    assert res.exit_code == 0 and builds == [], res.stderr
    assert "behind it: caught up" in res.stderr
    reader = KnowledgeGraph.open(str(store), read_only=True)
    assert saved.load_index(reader.store) is not None
    asked = {m: _mayor(reader, c) for c, m in CITIES}
    monkeypatch.undo()
    whole = tmp_path / "whole"
    assert _ingest(whole, *_pages(tmp_path / "all", CITIES)).exit_code == 0
    one_go = KnowledgeGraph.open(str(whole), read_only=True)
    assert asked == {m: _mayor(one_go, c) for c, m in CITIES}
    assert _index_view(reader.qa()) == _index_view(one_go.qa())
    one_go.close()
    reader.close()


def test_a_store_without_a_journal_file_keeps_none_and_says_so(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _killed_ingest(store, 2, 1)
    journal = store / f"kgqa-{saved.JOURNAL}"
    assert journal.is_file()
    journal.unlink()
    kg = KnowledgeGraph.open(str(store))
    kg.keep_qa()
    assert kg._qa is None and "no journal" in (kg.qa_note or "")
    kg.close()


def test_a_stopped_ingest_that_cannot_save_its_index_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stop's save of the index (`save_qa(build=False)`) used to return False and print nothing (session 39):
    now the ingest says why, here a refresh of the kept index that could not take the pages in."""
    monkeypatch.setenv("KGQA_INGEST_FLUSH_PAGES", "99")
    monkeypatch.setattr("kgqa.cli.QA_BATCH", 2)
    monkeypatch.setattr(QuestionAnswerer, "refresh", lambda self, kg: False)
    real_write = KnowledgeGraph.write_page
    written: list[int] = []

    def write_then_stop(self: KnowledgeGraph, mapped) -> bool:
        done = real_write(self, mapped)
        written.append(1)
        if len(written) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        return done

    monkeypatch.setattr(KnowledgeGraph, "write_page", write_then_stop)
    res = _ingest(tmp_path / "store", *_pages(tmp_path / "a", CITIES))
    assert res.exit_code == 130
    assert "the question index was not saved: none was kept current" in res.stderr


def test_an_ingest_that_stores_nothing_says_nothing_of_the_index(tmp_path: Path) -> None:
    """Why no index is kept is said once a page is stored: an ingest of a bad file alone into a store with pages
    and no index of its state prints its one error line only."""
    store = tmp_path / "store"
    kg = KnowledgeGraph.open(str(store))
    kg.write_page(_mapped(*CITIES[0]))  # no index saved
    kg.close()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = _ingest(store, str(empty))
    assert res.exit_code != 0 and len(res.stderr.strip().splitlines()) == 1, res.stderr
