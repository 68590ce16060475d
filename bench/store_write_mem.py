#!/usr/bin/env python3
"""Memory of the store's own write path: a finished store's named graphs written again, one atomic replace each.

    nice -n 10 .venv/bin/python bench/store_write_mem.py STORE_DIR [--every 500] [--reopen]

The graphs of STORE_DIR (an embedded store made by `kgqa ingest` or bench/writer_mem.py) are dumped to a
temporary N-Quads file and written into a fresh store through `OxigraphStore.replace` (kg/store.py: the
SPARQL update `kgqa ingest` sends per page, drop then insert), the store's buffers flushed every `--every`
graphs, as the ingest does. Printed every `--every` graphs: RSS and CPU seconds of this process, then the RSS
slope per 1,000 graphs from the second sample on. Nothing else runs in the process (no extraction, no
question index, no summary), so the slope is the store's part of the writer's growth; `--reopen` closes and
reopens the store at each flush to see whether that part is reclaimed by a reopen.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from kgqa.kg.store import OxigraphStore, ox_to_term, term_to_rdflib
from rdflib import URIRef


def rss_mb() -> float:
    """This process's resident memory in MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def graphs_of(nquads: Path) -> Iterator[tuple[str, list[ox.Quad]]]:
    """(graph IRI, its quads) in file order; a dump keeps each graph's quads together."""
    last: str | None = None
    quads: list[ox.Quad] = []
    for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        if name != last and quads:
            yield last or "", quads
            quads = []
        last = name
        quads.append(quad)
    if quads:
        yield last or "", quads


def as_rdflib(quad: ox.Quad, graph: str) -> tuple:
    """A pyoxigraph quad as the (s, p, o, g) of rdflib terms that `replace` takes."""
    s, p, o = (term_to_rdflib(ox_to_term(t)) for t in (quad.subject, quad.predicate, quad.object))
    return s, p, o, URIRef(graph)


def slope(samples: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 graphs over the samples after the first."""
    pts = samples[1:]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    var = sum((x - mx) ** 2 for x, _ in pts)
    return 1000 * sum((x - mx) * (y - my) for x, y in pts) / var if var else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path, help="a finished embedded store directory (read only)")
    ap.add_argument("--every", type=int, default=500, help="graphs between flushes and samples")
    ap.add_argument("--reopen", action="store_true", help="close and reopen the store at each flush")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kgqa-swm-") as tmp:
        dump = Path(tmp) / "all.nq"
        src = ox.Store.read_only(str(args.store))
        with dump.open("wb") as out:
            src.dump(out, ox.RdfFormat.N_QUADS)
        del src
        gc.collect()
        target = Path(tmp) / "store"
        store = OxigraphStore(str(target))
        samples: list[tuple[int, float]] = []
        start = time.process_time()
        n = 0
        for n, (graph, quads) in enumerate(graphs_of(dump), 1):
            if not graph:
                continue
            store.replace([URIRef(graph)], [as_rdflib(q, graph) for q in quads])
            if n % args.every == 0:
                store.flush()
                if args.reopen:
                    store.close()
                    store = OxigraphStore(str(target))
                samples.append((n, rss_mb()))
                print(
                    f"{n:>7} graphs  RSS {samples[-1][1]:7.0f} MB  CPU {time.process_time() - start:6.1f} s", flush=True
                )
        store.close()
        peak = max((mb for _, mb in samples), default=float("nan"))
        print(
            f"{n} graphs; RSS peak {peak:.0f} MB, slope from the second sample {slope(samples):.1f} MB per 1,000 graphs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
