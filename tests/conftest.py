"""Shared fixtures: the real corpus from ../shared, a graph built from it, and the Flask app over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    """The real newspaper pages of ../shared/corpus (skips when that folder is absent)."""
    files = sorted((SHARED / "corpus").glob("*.txt"))
    if not files:
        pytest.skip("../shared/corpus is not available")
    return files


def build_kg(files: list[Path], location: str = "memory:") -> Any:
    """A KnowledgeGraph at `location` with `files` ingested."""
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(location)
    for path in files:
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    return kg


@pytest.fixture(scope="session")
def corpus_kg(corpus_files: list[Path]) -> Any:
    """An in-memory graph of the corpus, shared by read-only tests (do not write to it)."""
    return build_kg(corpus_files)


@pytest.fixture
def make_app(corpus_kg: Any) -> Callable[..., Any]:
    """Build a test app: make_app(KG=..., UPLOAD_TOKEN=..., ...) over the corpus graph by default."""

    def make(**config: Any) -> Any:
        from kgqa.web import create_app

        return create_app({"TESTING": True, "KG": corpus_kg, **config})

    return make


@pytest.fixture
def app(make_app: Callable[..., Any]) -> Any:
    """The web app over the corpus graph, uploads disabled."""
    return make_app()


@pytest.fixture
def client(app: Any) -> Any:
    """A Flask test client of `app`."""
    return app.test_client()


@pytest.fixture
def runner(app: Any) -> Any:
    """A Flask CLI runner of `app`."""
    return app.test_cli_runner()


@pytest.fixture
def fresh_kg() -> Iterator[Any]:
    """An empty in-memory graph a test may write to."""
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open("memory:")
    yield kg
    kg.close()
