"""Shared fixtures: the real corpus from ../shared, a graph built from it, and the Flask app over it; made-up pages
several test files build on (mayor_page, bureau_page)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from qa_fact_pages import CPC, GOV, ROBOTS, WATER, city_page

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


@pytest.fixture(scope="session")
def mayor_page() -> Callable[..., dict[str, Any]]:
    """Builds the city page with its mayor 沈砚秋 (also 市委副书记) and the business meeting he chaired, then `persons` and
    `organizations` (tests/test_qa66.py, test_qa67.py): mayor_page(persons=[{"name": "韩听雪", ...}])."""

    def make(persons: Sequence[dict[str, Any]] = (), organizations: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
        mayor = {"name": "沈砚秋", "posts": [{"title": "市长", "org": GOV}, {"title": "市委副书记", "org": CPC}]}
        meeting = {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "沈砚秋主持召开青岚市营商环境推进会",
            "participants": ["沈砚秋", "陆听松"],
            "organizations": [GOV],
            "location": "青岚市",
        }
        return city_page(persons=[mayor, *persons], organizations=list(organizations), events=[meeting])

    return make


@pytest.fixture(scope="session")
def bureau_page() -> Callable[..., dict[str, Any]]:
    """Builds the city page with its water bureau WATER (局长 岑远舟, with `head_posts` of it besides) and the robot maker
    ROBOTS (董事长 闻溪亭), then `events` (tests/test_qa_blind39.py, test_qa_blind41.py): bureau_page(["党组书记"])."""

    def make(head_posts: Sequence[str] = (), events: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
        return city_page(
            persons=[
                {"name": "岑远舟", "posts": [{"title": t, "org": WATER} for t in ("局长", *head_posts)]},
                {"name": "闻溪亭", "posts": [{"title": "董事长", "org": ROBOTS}]},
            ],
            organizations=[
                {"name": WATER, "type": "government", "aliases": ["市水务局"], "located_in": "青岚市"},
                {"name": ROBOTS, "type": "company", "aliases": ["澄波机器人"], "located_in": "青岚市"},
            ],
            events=list(events),
        )

    return make
