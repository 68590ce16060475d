"""Issue 14: kgqa on real triple-store servers gives what the embedded store gives.

One parametrized fixture starts each backend once per session on a free 127.0.0.1 port: Oxigraph server plain
(its default graph is NOT the union), Oxigraph server with --union-default-graph, and Virtuoso 7 (digest auth,
a small row cap so that paging is exercised by small data). A backend whose server binary is absent here is
skipped with the reason; .ci/run installs both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kgqa.kg.summary import KEYS as SUMMARY_KEYS
from kgqa.kg.summary import SUMMARY_GRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent))

import servers  # noqa: E402

from kgqa.samples import sample_files  # noqa: E402

pytestmark = pytest.mark.slow
KGQA = [sys.executable, "-m", "kgqa.cli"]
BACKENDS = ["oxigraph", "oxigraph-union", "virtuoso", "oxigraph-explicit"]  # explicit: every graph named
SCOPES = {"oxigraph": "union-param", "oxigraph-union": "union", "virtuoso": "union", "oxigraph-explicit": "explicit"}
VIRTUOSO_ROWS = 500  # the fixture's Virtuoso cuts results at this many rows (as ResultSetMaxRows does)


def _missing(kind: str) -> str | None:
    """Why a backend cannot run here (None: it can). On CI the servers must be there: .ci/run installs them."""
    reason = _why_missing(kind)
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI must run every backend: {reason}")
    return reason


def _why_missing(kind: str) -> str | None:
    if kind == "virtuoso" and servers.virtuoso_binary() is None:
        return "Virtuoso (virtuoso-t, isql-vt) is not installed here: apt-get install virtuoso-opensource"
    if kind.startswith("oxigraph") and servers.oxigraph_binary() is None:
        return "the Oxigraph server is not installed here: pip install oxigraph"
    return None


@pytest.fixture(scope="session")
def server_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Backends started on first use, stopped at the end of the session."""
    import contextlib

    pool: dict[str, Any] = {}
    with contextlib.ExitStack() as stack:

        def get(kind: str) -> servers.Server:
            if kind not in pool:
                work = tmp_path_factory.mktemp(kind)
                if kind == "virtuoso":
                    srv = stack.enter_context(servers.virtuoso_server(work, max_rows=VIRTUOSO_ROWS))
                    srv.env["KGQA_STORE_MAX_ROWS"] = str(VIRTUOSO_ROWS)
                else:
                    srv = stack.enter_context(servers.oxigraph_server(work, union=kind == "oxigraph-union"))
                pool[kind] = srv
            return pool[kind]

        yield {"get": get}


@pytest.fixture(params=BACKENDS)
def remote(request: pytest.FixtureRequest, server_pool: dict[str, Any]) -> servers.Server:
    """A running backend, emptied of kgqa's graphs."""
    reason = _missing(request.param)
    if reason:
        pytest.skip(reason)
    srv = server_pool["get"](request.param.removesuffix("-explicit"))
    if request.param.endswith("-explicit"):
        srv = servers.Server(request.param, srv.location, {**srv.env, "KGQA_STORE_DATASET": "explicit"}, srv.proc)
    res = run(srv.location, srv.env, "clear", "--yes")
    assert res.returncode == 0, res.stderr
    return srv


def run(store: str, env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI on `store`, with `env` added to this environment."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("KGQA_")}
    return subprocess.run(
        [*KGQA, "--store", store, *args], capture_output=True, text=True, timeout=600, env={**full, **env}, input=stdin
    )


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The bundled samples ingested into an embedded store."""
    loc = str(tmp_path_factory.mktemp("emb") / "store")
    res = run(loc, {}, "ingest", *map(str, sample_files()))
    assert res.returncode == 0, res.stderr
    return loc


def _canon_quads(nquads: str) -> set[tuple[str, ...]]:
    """Quads with numbers compared by value (Virtuoso writes 2.0E9 where the page said 2000000000)."""
    import pyoxigraph as ox

    out = set()
    for q in ox.parse(nquads.encode("utf-8"), ox.RdfFormat.N_QUADS):
        o = q.object
        key = str(o)
        if isinstance(o, ox.Literal) and o.datatype.value.endswith(("#double", "#float", "#decimal")):
            key = f"{float(o.value)!r}^^{o.datatype.value}"
        out.add((str(q.subject), str(q.predicate), key, str(q.graph_name)))
    return out


QUESTIONS = ["晋中市市长是谁？", "太谷经济技术开发区的主导产业有哪些？", "谁见证了签约？", "哪些人参加了调研？"]


def _answers(store: str, env: dict[str, str]) -> list[tuple[str | None, frozenset[str]]]:
    res = run(store, env, "ask", "--json", stdin="\n".join(QUESTIONS) + "\n")
    assert res.returncode == 0, res.stderr
    return [
        (a["template"], frozenset(x["label"] for x in a["answers"])) for a in map(json.loads, res.stdout.splitlines())
    ]


def test_same_graph_and_answers_as_the_embedded_store(remote: servers.Server, embedded: str) -> None:
    ingest = run(remote.location, remote.env, "ingest", *map(str, sample_files()))
    assert ingest.returncode == 0, ingest.stderr
    want = json.loads(run(embedded, {}, "stats", "--json").stdout)
    got = json.loads(run(remote.location, remote.env, "stats", "--json").stdout)
    facts = ("articles", "persons", "organizations", "development_zones", "posts", "agreements", "events")
    assert {k: got[k] for k in facts} == {k: want[k] for k in facts}
    # the embedded store also keeps its counts in a summary graph (one graph, a triple per count), which its
    # stats and dump include; a remote store recounts instead: the rest is the same
    kept = {"graphs": 1, "quads": len(SUMMARY_KEYS), "triples": len(SUMMARY_KEYS)}
    assert {k: got[k] for k in kept} == {k: want[k] - n for k, n in kept.items()}
    assert run(remote.location, remote.env, "export").stdout == run(embedded, {}, "export").stdout
    want_dump = run(embedded, {}, "dump", "--format", "nquads").stdout
    got_dump = run(remote.location, remote.env, "dump", "--format", "nquads")
    assert got_dump.returncode == 0, got_dump.stderr
    summary = f"<{SUMMARY_GRAPH}>"
    assert _canon_quads(got_dump.stdout) == {q for q in _canon_quads(want_dump) if q[3] != summary}
    assert _answers(remote.location, remote.env) == _answers(embedded, {})
    q = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"  # more rows than the Virtuoso fixture's cap
    rows = json.loads(run(remote.location, remote.env, "sparql", "--format", "json", q).stdout)["results"]["bindings"]
    assert len(rows) == len([line for line in want_dump.splitlines() if not line.endswith(f"{summary} .")])


def test_reads_use_the_servers_union_when_it_has_one(remote: servers.Server, monkeypatch: pytest.MonkeyPatch) -> None:
    from kgqa.kg.store import open_store

    assert run(remote.location, remote.env, "ingest", str(sample_files()[2])).returncode == 0
    for k, v in remote.env.items():
        monkeypatch.setenv(k, v)
    store = open_store(remote.location, read_only=True)
    assert store._scope()[0] == SCOPES[remote.name]
    if remote.name == "virtuoso":  # its system graphs are left out by name
        assert any("openlinksw" in g for g in store._scope()[1])


def test_a_page_bigger_than_one_request_is_stored_whole(remote: servers.Server, embedded: str) -> None:
    env = {**remote.env, "KGQA_STORE_WRITE_CHUNK": "40"}
    page = str(sample_files()[0])
    assert run(remote.location, env, "ingest", page).returncode == 0
    again = run(remote.location, env, "ingest", page)  # a re-ingest replaces the page's graphs
    assert again.returncode == 0, again.stderr
    emb = run(
        embedded, {}, "sparql", "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    ).stdout
    one = json.loads(run(remote.location, env, "stats", "--json").stdout)
    assert one["articles"] >= 1 and 0 < one["quads"] < int(json.loads(emb)["results"]["bindings"][0]["n"]["value"])
    staged = run(
        remote.location,
        env,
        "sparql",
        "--format",
        "json",
        'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://kgqa.dev/staging/")) }',
    )
    assert staged.returncode == 0


def test_read_only_commands_write_nothing(remote: servers.Server) -> None:
    for cmd in (
        ["stats", "--json"],
        ["export"],
        ["dump", "--format", "trig"],
        ["sparql", "ASK { GRAPH ?g { ?s ?p ?o } }"],
    ):
        res = run(remote.location, remote.env, *cmd)
        assert res.returncode == 0, (cmd, res.stderr)
    res = run(remote.location, remote.env, "ask", "--json", stdin="晋中市市长是谁？\n")
    assert res.returncode == 0, res.stderr
    assert json.loads(run(remote.location, remote.env, "stats", "--json").stdout)["quads"] == 0  # not even the ontology


def test_clear_removes_only_kgqa_graphs(remote: servers.Server) -> None:
    assert run(remote.location, remote.env, "ingest", str(sample_files()[1])).returncode == 0
    assert json.loads(run(remote.location, remote.env, "stats", "--json").stdout)["articles"] >= 1
    refused = run(remote.location, remote.env, "clear")  # no terminal, no --yes: refused
    assert refused.returncode == 2 and "--yes" in refused.stderr
    res = run(remote.location, remote.env, "clear", "--yes")
    assert res.returncode == 0 and "removed" in res.stdout
    stats = json.loads(run(remote.location, remote.env, "stats", "--json").stdout)
    assert stats["quads"] == 0 and stats["graphs"] == 0


def test_wrong_password_is_one_line_and_never_shown(server_pool: dict[str, Any]) -> None:
    reason = _missing("virtuoso")
    if reason:
        pytest.skip(reason)
    srv = server_pool["get"]("virtuoso")
    secret = "not-the-password-4711"
    res = run(
        srv.location,
        {"KGQA_STORE_USER": servers.VIRTUOSO_USER, "KGQA_STORE_PASSWORD": secret},
        "ingest",
        str(sample_files()[0]),
    )
    assert res.returncode != 0 and "refused the login" in res.stderr and "Traceback" not in res.stderr
    assert secret not in res.stderr + res.stdout and len(res.stderr.strip().splitlines()) == 1
    in_url = srv.location.replace("://", f"://{servers.VIRTUOSO_USER}:{secret}@")
    res = run(in_url, {}, "stats")
    assert res.returncode != 0 and secret not in res.stderr + res.stdout and "KGQA_STORE_PASSWORD" in res.stderr


def test_unreachable_server_is_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{servers.free_port()}/query"
    res = run(url, {"KGQA_STORE_RETRIES": "1"}, "ingest", str(sample_files()[0]))
    assert res.returncode != 0 and "unreachable" in res.stderr and "127.0.0.1" in res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_refused_update_never_echoes_its_body(server_pool: dict[str, Any]) -> None:
    from kgqa.kg.store import StoreError, open_store

    reason = _missing("oxigraph")
    if reason:
        pytest.skip(reason)
    srv = server_pool["get"]("oxigraph")
    store = open_store(srv.location.replace("/query", "/update"))
    body = "INSERT DATA { GRAPH <https://kgqa.dev/graph/x> { <a:b> <c:d> " + '"x"' * 5000 + " } }"
    with pytest.raises(StoreError) as err:
        store._update(body)
    assert len(str(err.value)) < 400 and '"x""x"' not in str(err.value)


def test_killed_server_mid_ingest_leaves_whole_pages_and_the_rerun_completes(tmp_path: Path) -> None:
    reason = _missing("oxigraph")
    if reason:
        pytest.skip(reason)
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(36):  # the samples, several times under new names (enough that the kill lands mid-ingest)
        src = sample_files()[n % len(sample_files())]
        (pages / f"p{n:02d}_{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    emb = str(tmp_path / "emb")
    assert run(emb, {}, "ingest", str(pages)).returncode == 0
    want = _article_graphs(emb, {})
    port = servers.free_port()
    env = {"KGQA_STORE_WRITE_CHUNK": "25", "KGQA_STORE_RETRIES": "1"}
    with servers.oxigraph_server(tmp_path, port=port) as srv:
        env.update(srv.env)
        proc = subprocess.Popen(
            [*KGQA, "--store", srv.location, "ingest", str(pages)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **env},
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            stats = run(srv.location, env, "stats", "--json")
            if stats.returncode == 0 and json.loads(stats.stdout)["articles"] >= 1:
                break
            time.sleep(0.2)
        srv.kill()
        out, err = proc.communicate(timeout=300)
    assert proc.returncode not in (0, None), err
    assert "Traceback" not in err and f"127.0.0.1:{port}" in err and "stored before the store failed" in err
    with servers.oxigraph_server(tmp_path, port=port) as srv:  # the same database, restarted
        env.update(srv.env)
        stored = [ln for ln in err.splitlines() if "stored before" in ln][0].split(": ", 1)[1]
        _check_whole_pages(srv.location, env, want)
        rerun = run(srv.location, env, "ingest", str(pages))
        assert rerun.returncode == 0, rerun.stderr
        _check_whole_pages(srv.location, env, want)
        assert stored != "none"  # some pages were stored before the kill
        assert _article_graphs(srv.location, env) == want


def _article_graphs(store: str, env: dict[str, str]) -> dict[str, int]:
    """Quads per article graph."""
    q = (
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER(STRSTARTS(STR(?g), "https://kgqa.dev/graph/article/")) } GROUP BY ?g'
    )
    res = run(store, env, "sparql", "--format", "json", q)
    assert res.returncode == 0, res.stderr
    return {r["g"]["value"]: int(r["n"]["value"]) for r in json.loads(res.stdout)["results"]["bindings"]}


def _check_whole_pages(store: str, env: dict[str, str], want: dict[str, int]) -> None:
    """Each page in the store has all its article graphs, each whole (as the embedded store has them)."""
    got = _article_graphs(store, env)
    pages = {g.rsplit("/", 1)[1].rsplit("-", 1)[0] for g in got}
    assert got == {g: n for g, n in want.items() if g.rsplit("/", 1)[1].rsplit("-", 1)[0] in pages}


def test_a_writer_drops_staging_graphs_a_dead_ingest_left(
    remote: servers.Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kgqa.kg.store import STAGING_GRAPHS, open_store

    for k, v in remote.env.items():
        monkeypatch.setenv(k, v)
    old, young = f"{STAGING_GRAPHS}{int(time.time()) - 7200}-dead/0", f"{STAGING_GRAPHS}{int(time.time())}-busy/0"
    store = open_store(remote.location)
    store._update(
        " ; ".join(f'INSERT DATA {{ GRAPH <{g}> {{ <http://x/s> <http://x/p> "o" }} }}' for g in (old, young))
    )
    assert run(remote.location, remote.env, "ingest", str(sample_files()[3])).returncode == 0
    assert open_store(remote.location).graphs(STAGING_GRAPHS) == [young]


def test_a_result_longer_than_the_row_cap_and_the_sort_limit_comes_whole(
    server_pool: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kgqa.kg.store import open_store

    reason = _missing("virtuoso")
    if reason:
        pytest.skip(reason)
    srv = server_pool["get"]("virtuoso")  # cuts at 500 rows, and sorts at most 10,000 (MaxSortedTopRows)
    for k, v in srv.env.items():
        monkeypatch.setenv(k, v)
    store = open_store(srv.location)
    graph = "https://kgqa.dev/graph/article/cap-test-1"
    for start in range(0, 12000, 400):
        store._update(
            f"INSERT DATA {{ GRAPH <{graph}> {{ "
            + " ".join(f"<http://x/s{i}> <http://x/p> {i} ." for i in range(start, start + 400))
            + " } }"
        )
    res = store.query("SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://x/p> ?o } }")
    assert not res.truncated and sorted(int(r["o"].value) for r in res.rows) == list(range(12000))
    store._update(f"DROP SILENT GRAPH <{graph}>")


def test_a_list_about_a_busy_entity_reads_the_same_newest_facts(
    remote: servers.Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store without a timeline picks an entity's newest facts by SPARQL (kg/timeline.py newest_query): the
    same ones, so the same answers, as the embedded store's timeline (issue 13: the busiest person's posts)."""
    import test_qa_newest as made
    from kgqa.kg.graph import KnowledgeGraph
    from kgqa.kg.mapping import map_page
    from kgqa.kg.qa import QuestionAnswerer, execute

    for k, v in remote.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(execute, "NEWEST", 3)
    answers = []
    for location in (str(tmp_path / "store"), remote.location):
        kg = KnowledgeGraph.open(location)
        for n in range(made.PAGES):
            kg.write_page(map_page(made._page(n, made._day(n)), f"made-up page {n}", f"p{n}.txt"))
        assert (kg.timeline() is not None) == (location != remote.location)
        qa = QuestionAnswerer(kg)
        answers.append([qa.answer(q.values[0]).to_json() for q in made.QUESTIONS])
        kg.close()
    for got in answers:
        assert all(a["truncated"] and len(a["answers"]) == 3 for a in got)
    assert [[a["answers"] for a in got] for got in answers[1:]] == [[a["answers"] for a in answers[0]]]
