"""The SPARQL endpoint and editor: protocol formats, read-only refusal, row cap, time limit, busy pool."""

from __future__ import annotations

import csv
import io
import os
import signal
import threading
import time
from typing import Any

import pytest

PEOPLE = """PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"""
# A query that runs a few seconds (3.4 s here) on the small store of _slow_app: long enough to hit the
# time limits below (its worker process is then killed).
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g <http://p> ?i . "
    "FILTER(STRLEN(STR(?i)) = 3) FILTER(STR(?c) < STR(?i)) }"
)


def test_select_in_every_result_format(client: Any, corpus_kg: Any) -> None:
    expected = corpus_kg.query(PEOPLE)
    assert len(expected) > 3
    names = [r["name"].value for r in expected.rows]
    j = client.get("/sparql", query_string={"query": PEOPLE}, headers={"Accept": "application/sparql-results+json"})
    assert j.mimetype == "application/sparql-results+json"
    assert [b["name"]["value"] for b in j.get_json()["results"]["bindings"]] == names
    x = client.get("/sparql", query_string={"query": PEOPLE}, headers={"Accept": "application/sparql-results+xml"})
    assert x.mimetype == "application/sparql-results+xml" and names[0] in x.data.decode()
    c = client.post("/sparql", data={"query": PEOPLE, "format": "csv"})
    assert c.mimetype == "text/csv"
    assert [row[1] for row in csv.reader(io.StringIO(c.data.decode()))][1:] == names
    t = client.post(
        "/sparql",
        data=PEOPLE.encode(),
        content_type="application/sparql-query",
        headers={"Accept": "text/tab-separated-values"},
    )
    assert t.mimetype == "text/tab-separated-values" and t.data.decode().splitlines()[0] == "?p\t?name"


def test_ask_and_construct(client: Any, corpus_kg: Any) -> None:
    r = client.get("/sparql", query_string={"query": "ASK { ?s a <https://schema.org/Person> }"})
    assert r.get_json()["boolean"] is True
    q = "CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n } WHERE { ?p a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
    from rdflib import Graph

    for accept, fmt, media in (
        ("text/turtle", "turtle", "text/turtle"),
        ("application/n-triples", "nt", "application/n-triples"),
        ("application/ld+json", "json-ld", "application/ld+json"),
    ):
        r = client.get("/sparql", query_string={"query": q}, headers={"Accept": accept})
        assert r.mimetype == media
        g = Graph().parse(data=r.data.decode(), format=fmt)
        assert len(g) == len(corpus_kg.query(q))


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://a>",
        "CREATE GRAPH <http://a>",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p }",
    ],
)
def test_updates_load_service_and_garbage_are_refused_before_evaluation(
    client: Any, corpus_kg: Any, query: str
) -> None:
    before = corpus_kg.store.quad_count()
    for r in (
        client.get("/sparql", query_string={"query": query}),
        client.post("/sparql", data={"query": query}),
        client.post("/sparql", data={"update": query}),
    ):
        assert r.status_code == 400
        body = r.get_json()
        assert body["ok"] is False and body["status"] == 400 and body["error"]
    assert corpus_kg.store.quad_count() == before
    page = client.get("/query", query_string={"query": query})
    assert page.status_code == 400 and 'id="query-error"' in page.data.decode()


def test_missing_query_and_bad_format(client: Any) -> None:
    assert client.get("/sparql").status_code == 400
    r = client.get("/sparql", query_string={"query": PEOPLE, "format": "exe"})
    assert r.status_code == 400 and "unsupported format" in r.get_json()["error"]


def test_row_cap_sets_truncated(make_app: Any, corpus_kg: Any) -> None:
    client = make_app(MAX_ROWS=5).test_client()
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    data = r.get_json()
    assert len(data["results"]["bindings"]) == 5 and data["truncated"] is True
    assert r.headers["X-KGQA-Truncated"] == "true"
    page = client.get("/query", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"}).data.decode()
    assert "truncated" in page


def test_editor_pages_results_and_links_iris(make_app: Any, corpus_kg: Any) -> None:
    client = make_app(PAGE_SIZE=3).test_client()
    rows = corpus_kg.query(PEOPLE).rows
    page2 = client.get("/query", query_string={"query": PEOPLE, "page": 2}).data.decode()
    from kgqa.kg.browse import local_path

    shown = [r for r in rows[3:6]]
    for r in shown:
        assert f'href="{local_path(r["p"].value)}"' in page2
    assert f'href="{local_path(rows[0]["p"].value)}"' not in page2
    assert "第 2 /" in page2 and "dl-csv" in page2


def _slow_kg() -> Any:
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open("memory:")
    from rdflib import Literal, URIRef

    kg.store.bulk_add(
        (URIRef(f"http://x/{i}"), URIRef("http://p"), Literal(str(i)), URIRef("http://g")) for i in range(400)
    )
    return kg


def _slow_app(make_app: Any, **cfg: Any) -> Any:
    return make_app(KG=_slow_kg(), **cfg)


def test_time_limit_kills_the_worker_and_the_next_query_runs_at_once(make_app: Any) -> None:
    app = _slow_app(make_app, QUERY_TIME_LIMIT=1.0, QUERY_WORKERS=1)
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    runner = app.extensions["kgqa_runner"]
    before = runner.pids()
    started = time.perf_counter()
    r = client.get("/sparql", query_string={"query": SLOW})
    waited = time.perf_counter() - started
    assert r.status_code == 503 and "time limit" in r.get_json()["error"]
    assert waited < 2.0
    assert runner.pids() and runner.pids() != before  # killed and replaced
    t0 = time.perf_counter()
    assert client.get("/articles").status_code == 200
    ask = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert ask.status_code == 200 and ask.get_json()["boolean"] is True
    assert time.perf_counter() - t0 < 1.0


def test_a_crashed_worker_is_a_500_and_is_replaced(make_app: Any) -> None:
    app = _slow_app(make_app, QUERY_TIME_LIMIT=20, QUERY_WORKERS=1)
    client = app.test_client()
    runner = app.extensions["kgqa_runner"]
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    [pid] = runner.pids()
    threading.Timer(0.5, os.kill, (pid, signal.SIGSEGV)).start()  # as if the engine crashed mid-query
    started = time.perf_counter()
    r = client.get("/sparql", query_string={"query": SLOW})
    assert time.perf_counter() - started < 5
    assert r.status_code == 500 and r.get_json()["ok"] is False and "worker" in r.get_json()["error"]
    assert runner.pids() and runner.pids() != [pid]
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).get_json()["boolean"] is True


@pytest.mark.slow
def test_a_query_needing_more_memory_than_the_cap_ends_its_worker_only(make_app: Any) -> None:
    app = _slow_app(make_app, QUERY_TIME_LIMIT=20, QUERY_WORKERS=1, QUERY_MEMORY_MB=180)
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200  # the cap fits a worker
    hog = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
    started = time.perf_counter()
    r = client.get("/sparql", query_string={"query": hog})
    assert r.status_code == 500 and "query_memory_mb" in r.get_json()["error"]
    assert time.perf_counter() - started < 15
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).get_json()["boolean"] is True


def test_a_full_pool_answers_busy_within_the_time_limit() -> None:
    from kgqa.web.errors import WebError
    from kgqa.web.runner import Limits, QueryRunner

    runner = QueryRunner(_slow_kg(), workers=1)
    try:
        slow = threading.Thread(target=lambda: pytest.raises(WebError, runner.run, SLOW, Limits(1.5, 10, 10**5, 1000)))
        slow.start()
        time.sleep(0.3)
        t0 = time.perf_counter()
        with pytest.raises(WebError) as busy:
            runner.run("ASK {}", Limits(0.5, 10, 10**5, 1000))
        assert busy.value.status == 503 and "Busy" in busy.value.message
        assert 0.4 < time.perf_counter() - t0 < 1.5
        slow.join(10)
    finally:
        runner.close()


@pytest.mark.parametrize(
    "query,status,needle",
    [
        pytest.param("SELECT * WHERE { ?s ?p ?o } #" + "x" * 70000, 413, "max_query_bytes", id="bytes"),
        pytest.param(
            "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(f"?o = {i}" for i in range(400)) + ") }",
            400,
            "max_query_terms",
            id="terms",
        ),
    ],
)
def test_query_size_and_term_limits_refuse_before_any_worker(
    make_app: Any, query: str, status: int, needle: str
) -> None:
    app = make_app(MAX_QUERY_TERMS=1000)
    t0 = time.perf_counter()
    r = app.test_client().post("/sparql", data=query.encode(), content_type="application/sparql-query")
    assert r.status_code == status and needle in r.get_json()["error"]
    assert time.perf_counter() - t0 < 0.5 and app.extensions["kgqa_runner"].pids() == []


def test_slow_query_does_not_block_a_concurrent_fast_one(make_app: Any) -> None:
    app = _slow_app(make_app, QUERY_TIME_LIMIT=2, QUERY_WORKERS=2)
    results: dict[str, Any] = {}

    def slow() -> None:
        results["slow"] = app.test_client().get("/sparql", query_string={"query": SLOW}).status_code

    th = threading.Thread(target=slow)
    th.start()
    time.sleep(0.2)
    t0 = time.perf_counter()
    fast = app.test_client().get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    fast_s = time.perf_counter() - t0
    th.join(30)
    assert fast.get_json()["boolean"] is True
    assert fast_s < 1.0, f"fast query waited {fast_s:.2f} s behind the slow one"


def test_rate_limit_on_expensive_routes(make_app: Any) -> None:
    client = make_app(RATE_LIMIT_PER_MINUTE=3).test_client()
    codes = [client.get("/sparql", query_string={"query": "ASK {}"}).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    r = client.get("/ask", query_string={"q": "x"})
    assert r.status_code == 429 and r.headers["Retry-After"] == "60"
    assert client.get("/articles").status_code == 200  # pages have their own, larger budget


def test_request_size_limit(make_app: Any) -> None:
    client = make_app(MAX_CONTENT_LENGTH=1000).test_client()
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    r = client.post("/sparql", data=big.encode(), content_type="application/sparql-query")
    assert r.status_code == 413 and r.get_json()["status"] == 413


@pytest.mark.parametrize("location", ["memory:", "disk"])
def test_workers_see_what_was_written_after_they_started(make_app: Any, tmp_path: Any, location: str) -> None:
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(str(tmp_path / "store") if location == "disk" else location)
    client = make_app(KG=kg).test_client()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"

    def n():
        return int(
            client.get("/sparql", query_string={"query": count}).get_json()["results"]["bindings"][0]["n"]["value"]
        )  # noqa: E731

    assert n() == 0
    kg.ingest_text("本报讯 记者王小明报道：3月1日，市长赵大山在新区调研。\n", "a.txt")
    assert n() == 1
    kg.close()


def test_a_worker_that_cannot_read_the_store_is_a_503_and_is_replaced(make_app: Any, tmp_path: Any) -> None:
    from kgqa.kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open("memory:")
    kg.store.reader_spec = lambda: ("location", str(tmp_path / "gone"))  # as if the store vanished
    app = make_app(KG=kg, QUERY_WORKERS=1)
    r = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert r.status_code == 503 and "cannot open the store" in r.get_json()["error"]
    first = app.extensions["kgqa_runner"].pids()
    app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert app.extensions["kgqa_runner"].pids() != first
