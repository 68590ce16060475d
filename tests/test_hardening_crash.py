"""Issue 6 item 5: `kgqa ingest` killed (SIGKILL) at 20 random points, or stopped with Ctrl-C (SIGINT) or SIGTERM.

After each stop the store opens, every page in it is whole (all of its quads or none of its article
graphs, nothing else), and rerunning the same ingest ends with the same `export` and the same quads as
an uninterrupted run. Pages are generated at run time from the shared corpus (each made distinct).
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.store import open_store, ox_to_term, term_to_rdflib
from kgqa.kg.summary import SUMMARY_GRAPH, read_summary, recount
from kgqa.kg.vocab import ENTITY_GRAPH, ONTOLOGY_GRAPH

SHARED = Path(__file__).resolve().parents[2] / "shared"
KGQA = [sys.executable, "-m", "kgqa.cli"]
PAGES = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
KILLS = 20
TICK = 3  # a progress mark every TICK pages
TARGET_SECONDS = 5.0  # how long one uninterrupted ingest of the generated corpus should take
SEED = int(os.environ.get("KGQA_CRASH_SEED", "0")) or random.SystemRandom().randrange(1, 10**6)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not PAGES, reason=f"no shared corpus at {SHARED}")]


def kgqa(store: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the kgqa CLI on `store` to completion."""
    return subprocess.run([*KGQA, "--store", str(store), *args], capture_output=True, text=True, timeout=timeout)


BOOKKEEPING = {f"<{ONTOLOGY_GRAPH}>", f"<{SUMMARY_GRAPH}>"}  # loaded on every open / the counts of the rest


def parse_nquads(data: bytes) -> set[str]:
    """N-Quads bytes -> canonical quad strings of the pages' graphs (ontology and summary graphs left out)."""
    return {str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if str(q.graph_name) not in BOOKKEEPING}


def assert_summary_is_true(data: bytes, where: str) -> None:
    """The summary graph's counts equal a recount of what the store holds (written with each page, or not at all)."""
    copy = open_store("memory:")
    copy.bulk_add(
        tuple(term_to_rdflib(ox_to_term(t)) for t in (q.subject, q.predicate, q.object, q.graph_name))
        for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
    )
    stored = read_summary(copy)
    if stored is not None:
        assert stored == recount(copy), f"{where}: the summary graph's counts differ from a recount"


def store_quads(store: Path, where: str = "") -> set[str]:
    """Open the store with the CLI (as a user would after a crash) and return its pages' quads; its summary
    graph must agree with them."""
    res = subprocess.run([*KGQA, "--store", str(store), "dump", "--format", "nquads"], capture_output=True, timeout=120)
    assert res.returncode == 0, f"store does not open after the stop: {res.stderr.decode(errors='replace')}"
    assert_summary_is_true(res.stdout, where or str(store))
    return parse_nquads(res.stdout)


def build_corpus(root: Path) -> tuple[list[Path], dict[Path, set[str]]]:
    """Distinct pages made from the shared ones, and each page's own quads (ingested alone, in memory).

    Pages are added until ingesting them takes about TARGET_SECONDS, so the test stays bounded in time.
    """
    root.mkdir()
    files: list[Path] = []
    per_page: dict[Path, set[str]] = {}
    spent, i = 0.0, 0
    while (spent < TARGET_SECONDS or len(files) < 20) and len(files) < 150:
        path = root / f"p{i:03d}.txt"
        path.write_text(
            PAGES[i % len(PAGES)].read_text(encoding="utf-8") + f"\n\n（责任编辑：编号{i:03d}）\n", encoding="utf-8"
        )
        started = time.perf_counter()
        kg = KnowledgeGraph.open("memory:")
        kg.ingest_text(path.read_text(encoding="utf-8"), str(path))
        out = io.BytesIO()
        kg.dump(out, "nquads")
        kg.close()
        spent += time.perf_counter() - started
        per_page[path] = parse_nquads(out.getvalue())
        files.append(path)
        i += 1
    # progress marks: empty files, each reported as skipped when ingest reaches it (files go in name order)
    for k, at in enumerate((len(files) // 3, 2 * len(files) // 3)):
        (root / f"p{at:03d}-marker{k}.txt").write_bytes(b"")  # thirds, for Ctrl-C
    for k, at in enumerate(range(0, len(files), TICK)):  # sorts just before page `at`: ingest is about to write it
        (root / f"p{at:03d}-tick{k}.txt").write_bytes(b"")  # every TICK pages from the first, for SIGKILL
    return files, per_page


def assert_whole_pages(quads: set[str], per_page: dict[Path, set[str]], where: str) -> int:
    """Every page is all there or has no article graph; nothing is in the store that no whole page explains."""
    present = 0
    explained: set[str] = set()
    shared = f" <{ENTITY_GRAPH}>"  # entities are shared between pages; article graphs are a page's own
    for path, page in per_page.items():
        own = {q for q in page if not q.endswith(shared)}
        assert own, f"{path.name} has no article graph"
        held = own & quads
        if held:
            missing = page - quads
            assert not missing, f"{where}: {path.name} is half stored ({len(missing)} of {len(page)} quads missing)"
            explained |= page
            present += 1
    stray = quads - explained
    assert not stray, f"{where}: {len(stray)} quads belong to no whole page, e.g. {sorted(stray)[:3]}"
    return present


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The generated pages, per-page quads, and the reference (uninterrupted) store's export and quads."""
    base = tmp_path_factory.mktemp("crash")
    files, per_page = build_corpus(base / "pages")
    ref = base / "reference"
    proc = start_ingest(ref, base / "pages")
    took, stderr = page_seconds(proc)
    assert proc.returncode == 0, stderr
    quads = store_quads(ref)
    assert quads == set().union(*per_page.values()), "ingesting pages together differs from one by one"
    export = json.loads(kgqa(ref, "export").stdout)
    print(
        f"\ncrash corpus: {len(files)} pages, {len(quads)} quads, uninterrupted ingest {took:.3f} s a page, seed {SEED}"
    )
    return {
        "dir": base / "pages",
        "per_page": per_page,
        "quads": quads,
        "export": export,
        "page_seconds": took,
        "base": base,
    }


def page_seconds(proc: subprocess.Popen[str]) -> tuple[float, str]:
    """Seconds a page takes in a running ingest, from the times its progress marks are reported (the first mark
    comes before start-up ends, so the span from the second to the last), and its whole stderr once it ends."""
    lines, ticks = [], []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line)
        if "-tick" in line:
            ticks.append(time.perf_counter())
    proc.communicate()  # closes its pipes
    assert len(ticks) >= 3, "".join(lines)
    return (ticks[-1] - ticks[1]) / (TICK * (len(ticks) - 2)), "".join(lines)


def start_ingest(store: Path, pages: Path) -> subprocess.Popen[str]:
    """Start `kgqa ingest` on the pages without waiting, with Ctrl-C as a terminal gives it (a run started in the
    background by a non-interactive shell inherits SIGINT ignored, and Python then keeps it ignored)."""
    return subprocess.Popen(
        [*KGQA, "--store", str(store), "ingest", str(pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_sigkill_at_random_points(corpus: dict[str, object]) -> None:
    """20 SIGKILLs at random points: the store opens, holds whole pages only, and a rerun completes it.

    A point is a random progress mark (wall-clock time alone drifts with machine load) plus a random
    delay of up to two pages' time, so kills land in extraction, in writes and between them.
    """
    rng = random.Random(SEED)
    per_page: dict[Path, set[str]] = corpus["per_page"]  # type: ignore[assignment]
    per_page_seconds: float = corpus["page_seconds"]  # type: ignore[assignment]
    base: Path = corpus["base"]  # type: ignore[assignment]
    ticks = len(range(0, len(per_page), TICK))  # tick k is reported just before page TICK * k
    store = base / "killed"
    partial_seen = 0
    started = time.perf_counter()
    for n in range(KILLS):
        if n % 5 == 0:  # a fresh store every 5 kills, so kills also land in first writes of pages
            store = base / f"killed-{n}"
        # wait for `mark` ticks: 1 is the first page (after start-up, whose time varies with load), so a kill
        # on a fresh store lands in its first writes; the last mark leaves >= TICK pages, more than the delay
        mark = 1 if n % 5 == 0 else rng.randrange(2, max(3, ticks))
        delay = rng.uniform(0, 2 * per_page_seconds)
        proc = start_ingest(store, corpus["dir"])  # type: ignore[arg-type]
        assert proc.stderr is not None
        reached = 0
        while reached < mark:
            line = proc.stderr.readline()
            if not line:
                break
            reached += "-tick" in line
        time.sleep(delay)
        finished = proc.poll() is not None
        proc.kill()
        proc.communicate()
        where = f"kill {n + 1} at mark {mark} + {delay:.2f} s (seed {SEED})"
        present = assert_whole_pages(store_quads(store, where), per_page, where)
        partial_seen += 0 < present < len(per_page) and not finished
        if n % 5 == 4:  # the same ingest again completes it, to the same export as an uninterrupted run
            res = kgqa(store, "ingest", str(corpus["dir"]))
            assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
            assert store_quads(store) == corpus["quads"], where
            assert json.loads(kgqa(store, "export").stdout) == corpus["export"], where
    took = time.perf_counter() - started
    print(f"{KILLS} kills: {partial_seen} left a partly built store; {took:.1f} s")
    assert partial_seen >= KILLS // 2, "kills did not land inside the ingest often enough to prove anything"


def index_saved_exact(store: Path) -> bool:
    """Whether the store keeps a question index of exactly what it holds (a writer takes no other)."""
    from kgqa.kg.qa.saved import load_index

    kg = KnowledgeGraph.open(str(store))
    try:
        return load_index(kg.store) is not None
    finally:
        kg.close()


@pytest.mark.parametrize("signum", [pytest.param(signal.SIGINT, id="ctrl-c"), pytest.param(signal.SIGTERM, id="kill")])
def test_ctrl_c_stops_cleanly(corpus: dict[str, object], signum: int) -> None:
    """SIGINT or SIGTERM mid-ingest: exit 130, a summary saying so, no stack trace, whole pages only, the question
    index kept so far saved with them (the next process need not build it from the whole store); rerun completes."""
    per_page: dict[Path, set[str]] = corpus["per_page"]  # type: ignore[assignment]
    base: Path = corpus["base"]  # type: ignore[assignment]
    for n in range(2):
        store = base / f"interrupted-{signum}-{n}"
        proc = start_ingest(store, corpus["dir"])  # type: ignore[arg-type]
        assert proc.stderr is not None
        seen = ""
        while f"marker{n}" not in seen:  # wait until ingest has passed a third (two thirds) of the pages
            line = proc.stderr.readline()
            assert line, f"ingest ended before milestone {n}: {seen}"
            seen += line
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
        err = seen + err
        assert proc.returncode == 130, (proc.returncode, out, err)
        assert "Traceback" not in err, err
        assert "interrupted" in out.strip().splitlines()[-1], out
        present = assert_whole_pages(store_quads(store), per_page, f"SIGINT after milestone {n}")
        third = len(per_page) // 3
        assert (n + 1) * third <= present < len(per_page), f"SIGINT after milestone {n}: {present} pages stored"
        assert index_saved_exact(store), f"signal {signum} after milestone {n}: no question index saved"
        res = kgqa(store, "ingest", str(corpus["dir"]))
        assert res.returncode == 0, res.stderr
        assert store_quads(store) == corpus["quads"]
        assert json.loads(kgqa(store, "export").stdout) == corpus["export"]
