"""Issue 14, without a server: how a remote store reads its settings and credentials, and rewrites queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.store import (
    SparqlEndpointStore,
    StoreError,
    endpoint_config,
    has_dataset_clause,
    open_store,
    query_form,
    virtuoso_text_fix,
)

XS = "^^<http://www.w3.org/2001/XMLSchema#string>"


@pytest.mark.parametrize(
    "query, form",
    [
        pytest.param("SELECT * WHERE { ?s ?p ?o }", "SELECT", id="select"),
        pytest.param(
            "PREFIX a: <http://x/ask#> # SELECT in a comment\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "CONSTRUCT",
            id="keywords-in-iri-and-comment",
        ),
        pytest.param('ASK { ?s ?p "DESCRIBE" }', "ASK", id="ask"),
    ],
)
def test_query_form(query: str, form: str) -> None:
    assert query_form(query) == form


@pytest.mark.parametrize(
    "query, named",
    [
        pytest.param("SELECT * FROM <http://x/g> WHERE { ?s ?p ?o }", True, id="from"),
        pytest.param("SELECT * FROM NAMED ex:g WHERE { GRAPH ?g { ?s ?p ?o } }", True, id="from-named-prefixed"),
        pytest.param('SELECT * WHERE { ?s ?p "from <x>" }', False, id="in-a-string"),
        pytest.param("SELECT * WHERE { ?s ?p ?o } # FROM <x>", False, id="in-a-comment"),
    ],
)
def test_dataset_clause(query: str, named: bool) -> None:
    assert has_dataset_clause(query) is named


@pytest.mark.parametrize(
    "query, fixed",
    [
        pytest.param(
            'FILTER(CONTAINS(?n, CONCAT(?who, "主持")))',
            f'FILTER(CONTAINS(?n, CONCAT(?who, "主持"{XS})))',
            id="concat-literal-typed",
        ),
        pytest.param(
            'FILTER(CONCAT(?a, "x", "中"@zh) = ?b)',
            'FILTER(CONCAT(?a, "x", "中"@zh) = ?b)',
            id="ascii-and-tagged-untouched",
        ),
        pytest.param(
            'FILTER(REGEX(?s, "落地|落户"))', 'FILTER(REGEX(?s, "(落地|落户)"))', id="regex-alternation-grouped"
        ),
        pytest.param(
            'FILTER(REGEX(?s, "ab|cd") && REGEX(?s, "园区$"))',
            'FILTER(REGEX(?s, "ab|cd") && REGEX(?s, "园区$"))',
            id="regex-ascii-or-no-bar-untouched",
        ),
        pytest.param(
            '?s <http://x/p> "孙某" FILTER(?o = "王某")',
            '?s <http://x/p> "孙某" FILTER(?o = "王某")',
            id="outside-functions-untouched",
        ),
    ],
)
def test_virtuoso_text_fix(query: str, fixed: str) -> None:
    assert virtuoso_text_fix(query) == fixed


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGQA_STORE_USER", "alice")
    monkeypatch.setenv("KGQA_STORE_PASSWORD", "s3cret")
    monkeypatch.setenv("KGQA_STORE_UPDATE_URL", "http://h:1/update")
    cfg = endpoint_config("http://h:1/query")
    assert (cfg.user, cfg.password, cfg.update_url, cfg.server) == (
        "alice",
        "s3cret",
        "http://h:1/update",
        "http://h:1",
    )
    assert endpoint_config("http://h:1/query|http://h:1/other").update_url == "http://h:1/other"


def test_credentials_from_netrc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KGQA_STORE_USER", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text("machine store.example login bob password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    cfg = endpoint_config("https://store.example/sparql")
    assert (cfg.user, cfg.password) == ("bob", "hunter2")
    assert endpoint_config("https://other.example/sparql").user is None


def test_a_password_in_the_url_is_refused() -> None:
    with pytest.raises(StoreError) as err:
        open_store("http://alice:s3cret@h:1/sparql")
    assert "s3cret" not in str(err.value) and "KGQA_STORE_PASSWORD" in str(err.value)


def test_a_bad_setting_says_which(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGQA_STORE_WRITE_CHUNK", "lots")
    with pytest.raises(ValueError, match="KGQA_STORE_WRITE_CHUNK"):
        endpoint_config("http://h:1/q")


def test_a_read_only_remote_store_refuses_writes() -> None:
    store = open_store("http://127.0.0.1:9/sparql", read_only=True)
    assert isinstance(store, SparqlEndpointStore)
    with pytest.raises(StoreError, match="read-only"):
        store.replace([], [])


def test_clear_empties_an_embedded_store(tmp_path: Path) -> None:
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(str(tmp_path / "s"))
    kg.ingest_text("本报讯 记者王小明报道：3月1日，市长赵大山在新区调研。\n", "a.txt")
    assert kg.store.clear() >= 3 and kg.store.quad_count() == 0
    kg.close()
