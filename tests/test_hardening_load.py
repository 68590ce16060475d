"""Issue 6 item 6: load. wrk (a real load generator, Debian package) drives `kgqa serve` on loopback with
50 concurrent connections for 60 s, mixing ask pages and API, SPARQL, entity and article pages and
dumps (tests/load/mix.lua cycles the paths). Every response must be 2xx with no socket errors; p50/p99
are printed. The run is bounded (wrk -d, a subprocess timeout) and the server is stopped afterwards.

The limit on expensive requests per client (a security feature) is switched off with `--rate-limit 0`
for the load run, because every wrk connection comes from the same loopback address; a separate test
checks that the limit does apply when set.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from kgqa.kg.vocab import PREFIXES as VOCAB_PREFIXES

SHARED = Path(__file__).resolve().parents[2] / "shared"
KGQA = [sys.executable, "-m", "kgqa.cli"]
PAGES = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
LUA = Path(__file__).resolve().parent / "load" / "mix.lua"
WRK = shutil.which("wrk")
SECONDS = int(os.environ.get("KGQA_LOAD_SECONDS", "60"))
CONNECTIONS = 50

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not PAGES, reason=f"no shared corpus at {SHARED}")]

PREFIXES = "".join(f"PREFIX {k}: <{v}> " for k, v in VOCAB_PREFIXES.items())
QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?a ?title WHERE { ?a a schema:NewsArticle ; schema:headline ?title } LIMIT 50",
    "SELECT ?x ?label WHERE { ?x a schema:Person ; rdfs:label ?label } ORDER BY ?label LIMIT 100",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 20",
    "SELECT ?p ?holder WHERE { ?p org:heldBy ?h . ?h rdfs:label ?holder } LIMIT 100",
    "ASK { ?x a schema:Organization }",
    "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a schema:Organization ; rdfs:label ?l } LIMIT 200",
]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, accept: str | None = None, timeout: float = 30) -> tuple[int, bytes]:
    """GET a URL; (status, body), HTTP errors included."""
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@contextlib.contextmanager
def serving(store: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run `kgqa serve` on a free loopback port until the block ends; yield its base URL and process."""
    port = free_port()
    log = open(store.parent / f"serve-{port}.log", "w+b")
    proc = subprocess.Popen(
        [*KGQA, "--store", str(store), "serve", "--port", str(port), *options], stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"kgqa serve exited: {store.parent.joinpath(f'serve-{port}.log').read_text()}"
            try:
                if get(base + "/", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "kgqa serve did not answer within 60 s"
            time.sleep(0.2)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        log.close()
        assert "Traceback" not in output, output[-3000:]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the shared corpus."""
    path = tmp_path_factory.mktemp("load") / "store"
    res = subprocess.run(
        [*KGQA, "--store", str(path), "ingest", *map(str, PAGES)], capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stderr
    return path


def request_paths(base: str) -> list[str]:
    """The mix: ask pages and API (template example questions), SPARQL, entity/article pages, dumps."""
    from kgqa.kg.browse import local_path
    from kgqa.kg.qa import load_templates

    questions = [q for t in load_templates().values() for q in t.examples][:40]
    ask = [f"/ask?q={quote(q)}" for q in questions] + [f"/api/ask?q={quote(q)}" for q in questions]
    sparql = [f"/sparql?query={quote(PREFIXES + q)}" for q in QUERIES]
    status, body = get(
        base
        + "/sparql?query="
        + quote(PREFIXES + "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?a schema:mentions ?x } } LIMIT 60"),
        accept="application/sparql-results+json",
    )
    assert status == 200, body[:500]
    iris = [b["x"]["value"] for b in json.loads(body)["results"]["bindings"]]
    status, body = get(
        base + "/sparql?query=" + quote(PREFIXES + "SELECT ?a WHERE { ?a a schema:NewsArticle } LIMIT 20"),
        accept="application/sparql-results+json",
    )
    iris += [b["a"]["value"] for b in json.loads(body)["results"]["bindings"]]
    pages = [p for p in (local_path(i) for i in iris) if p] + ["/", "/articles"]
    assert len(pages) > 10, f"too few entity pages: {pages}"
    dumps = ["/dump.ttl", "/dump.trig", "/dump.nt", "/dump.jsonld"]
    # weights: about 35% ask, 30% SPARQL, 25% pages, 10% dumps
    n = len(ask)
    mix = (
        ask
        + sparql * max(1, round(0.3 * n / 0.35 / len(sparql)))
        + pages * max(1, round(0.25 * n / 0.35 / len(pages)))
        + dumps * max(1, round(0.1 * n / 0.35 / len(dumps)))
    )
    return mix


def test_rate_limit_applies_when_set(store: Path) -> None:
    """`--rate-limit 3`: the fourth expensive request of a client within a minute is refused with 429."""
    with serving(store, "--rate-limit", "3") as (base, _):
        statuses = [get(base + "/sparql?query=" + quote("ASK { ?s ?p ?o }"))[0] for _ in range(4)]
        assert statuses == [200, 200, 200, 429], statuses
        assert get(base + "/")[0] == 200  # pages have their own, larger budget


def test_load_with_wrk(store: Path, tmp_path: Path) -> None:
    """50 connections for 60 s over the request mix: no non-2xx responses, no socket errors; latency printed."""
    if WRK is None:
        pytest.skip("wrk is not installed (Debian package 'wrk'; run.py installs it when run as root)")
    with serving(store, "--rate-limit", "0", "--threads", "8") as (base, proc):
        paths = request_paths(base)
        for path in sorted(set(paths)):  # every path works before the load starts
            status, body = get(base + path)
            assert 200 <= status < 300, f"{path}: {status} {body[:300]!r}"
        paths_file = tmp_path / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
        started = time.perf_counter()
        res = subprocess.run(
            [
                WRK,
                "-t2",
                f"-c{CONNECTIONS}",
                f"-d{SECONDS}s",
                "--timeout",
                "10s",
                "-s",
                str(LUA),
                base,
                "--",
                str(paths_file),
            ],
            capture_output=True,
            text=True,
            timeout=SECONDS + 90,
        )
        took = time.perf_counter() - started
        assert proc.poll() is None, "kgqa serve died under load"
        assert get(base + "/")[0] == 200
    print(res.stdout)
    m = re.search(r"^KGQA-LOAD (\{.*\})$", res.stdout, re.M)
    assert res.returncode == 0 and m, (res.stdout, res.stderr)
    stats = json.loads(m[1])
    print(
        f"wrk {CONNECTIONS} connections {stats['seconds']} s over {len(set(paths))} paths: {stats['requests']} "
        f"requests ({stats['requests'] / stats['seconds']:.0f}/s), p50 {stats['p50_ms']} ms, p90 "
        f"{stats['p90_ms']} ms, p99 {stats['p99_ms']} ms, max {stats['max_ms']} ms; wall {took:.0f} s"
    )
    assert stats["requests"] >= CONNECTIONS, stats
    errors = {k: stats[k] for k in ("non2xx", "connect", "read", "write", "timeout")}
    assert errors == dict.fromkeys(errors, 0), f"{errors}; first bad responses: {stats['bad']}"
