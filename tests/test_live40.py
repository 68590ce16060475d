"""A live question index is taken by readers only while the ingest that saved it is running (issue 13, session 40).

Found on the 77,000-page store of session 39: an ingest killed hours before had left the index of its last flush
(saved live, 34,000 pages behind the store), and `kgqa ask` answered from it silently, and would forever. Now a
live save records its writer (kg/qa/saved.py `mark_writer`: process id and start time beside the index), and a
reader takes the live index only while that process runs and has not closed the store; otherwise it builds the
index from the graph and saves it. Either way it says on stderr which index it used and how far behind it is.
The ingests run in child processes (one killed after its flush, one still running); pages are made up
(test_qa_answers._page through test_qa_saved._mapped).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import saved
from kgqa.kg.qa.index import GraphIndex
from test_qa_saved import _ingest_under_way, _mapped, _posts

from kgqa.cli import main

# an ingest in a child process: one page after the saved index, flushed (saved live), one page more; then
# killed ("exit": it never closes the store nor saves again) or left running ("wait": until its stdin closes)
INGEST = """
import os, sys
sys.path.insert(0, sys.argv[3])
from test_qa_saved import _mapped
from kgqa.kg.graph import KnowledgeGraph
kg = KnowledgeGraph.open(sys.argv[1])
kg.keep_qa()
kg.write_page(_mapped("白沙", "周文"))
kg.catch_up_qa()
assert kg.flush_qa()
kg.write_page(_mapped("翠湖", "陈立"))
kg.catch_up_qa()
kg.store.flush()
print("flushed", flush=True)
if sys.argv[2] == "wait":
    sys.stdin.read()
os._exit(0)
"""

NAMES = {"林海峰": True, "周文": True, "陈立": True}  # the first page (saved exact), the flushed one, the one after


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store holding one page (青岚市, mayor 林海峰) and its saved index."""
    path = tmp_path / "store"
    kg = KnowledgeGraph.open(str(path))
    kg.write_page(_mapped("青岚", "林海峰"))
    assert kg.save_qa()
    kg.close()
    return path


def _child(store: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", INGEST, str(store), mode, str(Path(__file__).parent)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "flushed"
    return proc


@pytest.fixture
def running(store: Path) -> Iterator[subprocess.Popen]:
    """An ingest still running on `store`, its last flush one page behind the store."""
    proc = _child(store, "wait")
    yield proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)
    assert proc.stdout is not None
    proc.stdout.close()


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the builds of the index from the whole graph (they still run)."""
    seen: list[int] = []
    real = GraphIndex._build

    def counted(self: GraphIndex, store: object, *args: object, **kwargs: object) -> None:
        seen.append(1)
        real(self, store, *args, **kwargs)

    monkeypatch.setattr(GraphIndex, "_build", counted)
    return seen


def _ask(store: Path, name: str) -> tuple[bool, str]:
    """`kgqa ask` (read-only) of the posts of `name`: whether it was answered, and what it said on stderr."""
    res = CliRunner().invoke(main, ["--store", str(store), "ask", "--json", f"{name}担任哪些职务"])
    assert res.exit_code == 0, res.output
    return '"answers": []' not in res.stdout, res.stderr


def test_an_ingest_killed_after_its_flush_leaves_no_index_that_readers_take(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ingest's process is gone: `kgqa ask` builds the index of the store (the page after the flush answered),
    says why, and saves it, so the next `kgqa ask` loads it and builds nothing."""
    proc = _child(store, "exit")
    proc.wait(timeout=60)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.close()
    proc.stdin.close()
    builds = _builds(monkeypatch)
    answered, said = _ask(store, "陈立")
    assert answered and builds == [1]
    assert "no longer running (1 page(s) behind the store)" in said
    assert _ask(store, "周文") == (True, "") and builds == [1]


def test_a_reader_beside_a_running_ingest_takes_its_last_flush_and_says_so(
    store: Path, running: subprocess.Popen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ingest runs: `kgqa ask` answers from its last flush (the page after it not yet), builds nothing, and
    says which index it used and how far behind it is."""
    builds = _builds(monkeypatch)
    answered, said = _ask(store, "陈立")
    assert not answered and builds == []
    assert f"ingest under way (pid {running.pid}): 1 page(s) behind the store" in said
    assert _ask(store, "周文")[0] and builds == []


def _closed(store: Path) -> None:
    _ingest_under_way(store).close()  # closed without its last save (a failed save on the way out)


def _old_kgqa(store: Path) -> None:
    kg = _ingest_under_way(store)
    (store / f"kgqa-{saved.WRITER}").unlink()  # a live save of a kgqa that wrote no writer file
    kg.store.close()


def _reused_pid(store: Path) -> None:
    kg = _ingest_under_way(store)
    (store / f"kgqa-{saved.WRITER}").write_text(f"kgqa-qa-writer 1\t{os.getpid()}\t1\n", encoding="utf-8")
    kg.store.close()  # its id now names another process (started at another time)


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param(_closed, id="writer-closed-without-its-last-save"),
        pytest.param(_old_kgqa, id="live-index-without-a-writer-file"),
        pytest.param(_reused_pid, id="writer-pid-reused-by-another-process"),
    ],
)
def test_a_live_index_whose_ingest_is_over_is_not_taken(store: Path, leave, capsys: pytest.CaptureFixture) -> None:
    leave(store)
    reader = KnowledgeGraph.open(str(store), read_only=True)
    assert _posts(reader, NAMES) == NAMES
    assert "no longer running" in capsys.readouterr().err
    reader.close()


def test_a_writer_that_closes_leaves_another_writers_mark(store: Path, running: subprocess.Popen) -> None:
    """A process that never saved live (a reader, or a writer that saved only exact) does not remove the mark of
    the ingest that did."""
    KnowledgeGraph.open(str(store), read_only=True).close()
    kg = KnowledgeGraph.open(str(store) + "-other")
    kg.close()
    reader = KnowledgeGraph.open(str(store), read_only=True)
    assert saved.live_writer(reader.store) == running.pid
    reader.close()
