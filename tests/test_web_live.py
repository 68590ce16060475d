"""A real client against a real server: SPARQLWrapper on `kgqa serve` returns what `kgqa sparql` prints."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

KGQA = [sys.executable, "-m", "kgqa.cli"]
SELECT = """PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name ?p"""
ASK_TRUE = "ASK { ?s a <https://schema.org/NewsArticle> }"
ASK_FALSE = "ASK { ?s a <https://example.org/Nothing> }"
GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
CONSTRUCT = """PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?a rdfs:label ?t } WHERE { ?a a schema:NewsArticle ; rdfs:label ?t }"""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(store: Path, *args: str) -> str:
    """Run the kgqa command on a store and return its stdout."""
    out = subprocess.run([*KGQA, "--store", str(store), *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def served(tmp_path_factory: Any, corpus_files: list[Path]) -> Iterator[dict[str, Any]]:
    """A store built by `kgqa ingest`, the CLI's answers to the test queries, then `kgqa serve` on it."""
    store = tmp_path_factory.mktemp("live") / "store"
    cli(store, "ingest", *map(str, corpus_files))
    graphs = json.loads(cli(store, "sparql", GRAPH_SIZES, "--format", "json"))["results"]["bindings"]
    expected = {
        "graph_sizes": {b["g"]["value"]: int(b["n"]["value"]) for b in graphs},
        "select": json.loads(cli(store, "sparql", SELECT, "--format", "json")),
        "ask_true": cli(store, "sparql", ASK_TRUE).strip(),
        "ask_false": cli(store, "sparql", ASK_FALSE).strip(),
        "construct": cli(store, "sparql", CONSTRUCT, "--format", "turtle"),
    }
    port = free_port()
    proc = subprocess.Popen(
        [*KGQA, "--store", str(store), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"kgqa serve did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
            time.sleep(0.2)
    try:
        yield {"url": url, "expected": expected}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def _wrapper(url: str, query: str, method: str = "GET") -> Any:
    from SPARQLWrapper import GET, POST, SPARQLWrapper

    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setMethod(POST if method == "POST" else GET)
    return w


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_equals_cli(served: dict[str, Any], method: str) -> None:
    from SPARQLWrapper import CSV, JSON, XML

    w = _wrapper(served["url"], SELECT, method)
    w.setReturnFormat(JSON)
    got = w.query().convert()
    expected = served["expected"]["select"]
    assert got["head"]["vars"] == expected["head"]["vars"]
    assert got["results"]["bindings"] == expected["results"]["bindings"]
    assert len(got["results"]["bindings"]) > 3
    w.setReturnFormat(CSV)
    rows = w.query().convert().decode("utf-8").splitlines()
    assert len(rows) == len(expected["results"]["bindings"]) + 1
    w.setReturnFormat(XML)
    doc = w.query().convert()
    assert len(doc.getElementsByTagName("result")) == len(expected["results"]["bindings"])


def test_sparqlwrapper_ask_equals_cli(served: dict[str, Any]) -> None:
    from SPARQLWrapper import JSON

    for query, key in ((ASK_TRUE, "ask_true"), (ASK_FALSE, "ask_false")):
        w = _wrapper(served["url"], query)
        w.setReturnFormat(JSON)
        assert str(w.query().convert()["boolean"]).lower() == served["expected"][key]


def test_sparqlwrapper_construct_equals_cli(served: dict[str, Any]) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic
    from SPARQLWrapper import JSONLD, TURTLE, XML

    expected = Graph().parse(data=served["expected"]["construct"], format="turtle")
    assert len(expected) > 3
    for fmt in (TURTLE, XML, JSONLD):
        w = _wrapper(served["url"], CONSTRUCT)
        w.setReturnFormat(fmt)
        got = w.query().convert()
        if not isinstance(got, Graph):
            got = Graph().parse(data=got, format={TURTLE: "turtle", JSONLD: "json-ld"}.get(fmt, "xml"))
        assert isomorphic(got, expected), fmt


def test_rdflib_sparqlstore_graph_sizes_equal_cli(served: dict[str, Any]) -> None:
    """rdflib's SPARQLStore asks for one named graph with default-graph-uri: len() per graph as the CLI counts."""
    from rdflib import Graph, URIRef

    sizes = served["expected"]["graph_sizes"]
    assert len(sizes) > 3 and len(set(sizes.values())) > 1
    for iri, n in sorted(sizes.items())[:6]:
        g = Graph("SPARQLStore", identifier=URIRef(iri))
        g.open(served["url"] + "/sparql")
        assert len(g) == n, iri
        g.close()
    [(iri, n)] = list(sizes.items())[:1]
    w = _wrapper(served["url"], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    w.addDefaultGraph(iri)
    from SPARQLWrapper import JSON

    w.setReturnFormat(JSON)
    assert int(w.query().convert()["results"]["bindings"][0]["n"]["value"]) == n


def test_live_server_refuses_updates(served: dict[str, Any]) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    w = SPARQLWrapper(served["url"] + "/sparql")
    w.setMethod(POST)
    w.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(QueryBadFormed):
        w.query()
