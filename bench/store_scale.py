#!/usr/bin/env python3
"""One graph of >= 1M triples loaded into each store in one run: the embedded store, Oxigraph server (plain,
its default graph not the union) and Virtuoso 7, each server started here on a free 127.0.0.1 port with a
temporary database. Prints per store: load time (every page through KnowledgeGraph.write_page, the path
`kgqa ingest` takes: one atomic write per page), QA p50/p95 over questions of every template family, and
the time of a full N-Quads dump (with its quad count, which must be the same for every store).

    .venv/bin/python bench/store_scale.py [--pages 6000] [--stores embedded,oxigraph,virtuoso] [--questions 5]

Progress goes to stderr (every 500 pages, and each phase); `kill -USR1 PID` prints the stack of every thread
there (a run that seems stalled shows where it is).
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import io
import random
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import servers  # noqa: E402
from kgqa.kg.graph import KnowledgeGraph  # noqa: E402
from kgqa.kg.mapping import MappedPage, map_page  # noqa: E402
from kgqa.kg.store import NO_GRAPH  # noqa: E402
from qa_speed import Names, pct, questions, synthetic_page  # noqa: E402


class _Counter(io.RawIOBase):
    """A sink that counts lines."""

    def __init__(self) -> None:
        self.lines = 0

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.lines += bytes(b).count(b"\n")
        return len(b)


@contextlib.contextmanager
def backend(kind: str, work: Path) -> Iterator[tuple[str, servers.Server | None]]:
    """The store location of a backend and its server (started for the block; None for the embedded store)."""
    if kind == "embedded":
        yield str(work / "embedded"), None
        return
    with servers.start(kind, work) as srv, servers.environ(srv.env):
        yield srv.location, srv


def bulk_load(kg: KnowledgeGraph, srv: servers.Server | None, work: Path, pages: list[MappedPage]) -> None:
    """Every page's quads at once, by the store's own bulk path (no per-page transaction): pyoxigraph's
    bulk loader, Oxigraph server's Graph Store Protocol (POST /store), Virtuoso's bulk loader (ld_dir)."""
    if srv is None:
        kg.store.bulk_add(q for page in pages for q in page.quads)
        return
    mem = KnowledgeGraph.open("memory:").store
    mem.bulk_add(q for page in pages for q in page.quads)
    path = work / "bulk.nq"
    with open(path, "wb") as out:
        mem.dump(out, "nquads")
    if srv.name.startswith("oxigraph"):
        url = srv.location.rsplit("/", 1)[0] + "/store"
        req = urllib.request.Request(url, data=path.read_bytes(), method="POST")
        req.add_header("Content-Type", "application/n-quads")
        urllib.request.urlopen(req, timeout=7200).read()
        return
    ini = next(work.glob(f"virtuoso-{srv.location.split(':')[2].split('/')[0]}/virtuoso.ini"))
    shutil.copy(path, ini.parent / "bulk.nq")
    sql = int(re.search(r"ServerPort = 127.0.0.1:(\d+)", ini.read_text()).group(1))
    servers._isql(
        sql,
        servers.DBA_PASSWORD,
        f"ld_dir('{ini.parent}', 'bulk.nq', '{NO_GRAPH}');\nrdf_loader_run();\ncheckpoint;\n",
        timeout=7200,
    )


def run_one(kind: str, work: Path, pages: int, seed: int, per_family: int, bulk: bool = False) -> dict[str, float]:
    """Load, ask, dump on one backend."""
    with backend(kind, work) as (location, srv):
        kg = KnowledgeGraph.open(location)
        kg.store.clear()
        kg.ensure_ontology()
        rng, names = random.Random(seed), Names(random.Random(seed + 1))
        facts, triples = [], 0
        mapped_pages = []
        started = time.perf_counter()
        for n in range(pages):
            page = synthetic_page(rng, names, n)
            facts.append(page)
            mapped = map_page(page, f"synthetic page {n} {seed}", f"synthetic-{n}.txt")
            triples += len(mapped.quads)
            if bulk:
                mapped_pages.append(mapped)
                continue
            kg.write_page(mapped)
            if n and n % 500 == 0:
                print(
                    f"{kind:15} {n} pages, {triples} triples, {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
        if bulk:
            started = time.perf_counter()  # the mapping is not the store's time
            bulk_load(kg, srv, work, mapped_pages)
            kg.generation += 1
        load = time.perf_counter() - started
        print(f"{kind:15} loaded {triples} triples in {load:.1f} s", file=sys.stderr, flush=True)
        started = time.perf_counter()
        kg.ask("测试")  # builds the answerer's index
        index = time.perf_counter() - started
        print(f"{kind:15} answerer index in {index:.1f} s", file=sys.stderr, flush=True)
        qrng = random.Random(seed + 2)
        times = []
        for page in qrng.sample(facts, min(per_family, len(facts))):
            for q in questions(page).values():
                t = time.perf_counter()
                kg.ask(q)
                times.append((time.perf_counter() - t) * 1000)
        print(f"{kind:15} {len(times)} questions asked", file=sys.stderr, flush=True)
        sink = _Counter()
        started = time.perf_counter()
        kg.dump(sink, "nquads")
        dump = time.perf_counter() - started
        kg.close()
    return {
        "triples": triples,
        "load_s": load,
        "index_s": index,
        "qa_p50_ms": statistics.median(times),
        "qa_p95_ms": pct(times, 0.95),
        "dump_s": dump,
        "dump_quads": sink.lines,
        "questions": len(times),
    }


def main() -> int:
    """Run every backend asked for, print one line each."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=6000)
    ap.add_argument("--stores", default="embedded,oxigraph,virtuoso")
    ap.add_argument("--questions", type=int, default=5, help="pages whose questions (one per family) are asked")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--bulk",
        action="store_true",
        help="load by each store's bulk path instead of a write per page (the question and dump phases at size)",
    )
    args = ap.parse_args()
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # servers stopped, temporary files removed
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            r = run_one(kind, Path(tmp), args.pages, args.seed, args.questions, args.bulk)
            print(
                f"{kind:15} triples={r['triples']} load={r['load_s']:.1f}s "
                f"({r['triples'] / r['load_s']:.0f} triples/s) index={r['index_s']:.1f}s "
                f"qa p50={r['qa_p50_ms']:.1f}ms p95={r['qa_p95_ms']:.1f}ms ({r['questions']} questions) "
                f"dump={r['dump_s']:.1f}s quads={r['dump_quads']}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
