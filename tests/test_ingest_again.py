"""Ingesting a page the store already holds as is writes nothing (issue 13): a folder ingested again after a few
files were added leaves the store's stamp, its question index and its timeline as they are, instead of replacing
every page (a page replaced cannot be refreshed into the question index: it is rebuilt from the whole graph,
ten minutes and 5 GB at 28,000 pages). A page whose stored copy differs in any way is written again."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph, prepare_page
from rdflib import Literal, URIRef

from kgqa.samples import sample_files

KGQA = [sys.executable, "-m", "kgqa.cli"]


def _kgqa(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KGQA, "--store", str(store), *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def page_text() -> str:
    return sample_files()[0].read_text(encoding="utf-8")


@pytest.fixture
def kg(tmp_path: Path, page_text: str) -> KnowledgeGraph:
    graph = KnowledgeGraph.open(str(tmp_path / "store"))
    assert graph.write_page(prepare_page(page_text, "a.txt"))
    yield graph
    graph.close()


def test_the_same_page_again_writes_nothing(kg: KnowledgeGraph, page_text: str) -> None:
    stamp, generation = kg.store.write_stamp(), kg.generation
    assert kg.write_page(prepare_page(page_text, "a.txt")) is False
    assert (kg.store.write_stamp(), kg.generation) == (stamp, generation)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("extra-quad", id="its-graph-holds-a-quad-more"),
        pytest.param("lost-quad", id="its-graph-lost-a-quad"),
        pytest.param("other-date", id="extracted-otherwise"),
    ],
)
def test_a_page_stored_otherwise_is_written_again(kg: KnowledgeGraph, page_text: str, change: str) -> None:
    mapped = prepare_page(page_text, "a.txt")
    graph = mapped.article_graphs[0]
    if change == "extra-quad":
        kg.store.replace(
            [], [(URIRef("https://kgqa.dev/id/x"), URIRef("https://kgqa.dev/ns#note"), Literal("x"), graph)]
        )
    elif change == "lost-quad":
        s, p, o, g = next(q for q in mapped.quads if q[3] == graph and q[1] != URIRef("https://schema.org/isPartOf"))
        kg.store.replace([], [], remove=[(s, p, o, g)])
    else:
        mapped = prepare_page(page_text, "a.txt", date="1999-09-09")
    stamp = kg.store.write_stamp()
    assert kg.write_page(mapped) is True
    assert kg.store.write_stamp() != stamp
    assert kg.write_page(mapped) is False  # and now it is stored as is


def test_a_folder_ingested_again_keeps_the_question_index(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for path in sample_files()[:2]:
        (pages / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    first = _kgqa(store, "ingest", "--no-progress", str(pages))
    assert first.returncode == 0, first.stderr
    stamp = (store / "kgqa-write-stamp").read_text().strip()
    assert _index_made_at(store) == (stamp, False)
    again = _kgqa(store, "ingest", "--no-progress", str(pages))
    assert again.returncode == 0, again.stderr
    assert "2 already stored as is" in again.stdout and again.stdout.startswith("ingested 2 file(s)")
    assert (store / "kgqa-write-stamp").read_text().strip() == stamp  # nothing written
    assert _index_made_at(store) == (stamp, False)  # the saved index is still that of this state


def _index_made_at(store: Path) -> tuple[str, bool]:
    """The state of the store the saved question index was made at, and whether it was saved during an ingest."""
    with (store / "kgqa-qa-index").open("rb") as f:
        _, stamp, live = pickle.load(f)
    return stamp, live
