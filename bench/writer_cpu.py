#!/usr/bin/env python3
"""Where the CPU of `kgqa ingest`'s writer goes, stage by stage (issue 13 item 2).

    nice -n 5 .venv/bin/python bench/writer_cpu.py [--pages 1000] [--every 1000] [--keep DIR]
    nice -n 5 PYTHON bench/writer_cpu.py --prepared DIR      # replay the pages a --keep DIR run prepared

Generates --pages pages as bench/ingest_jobs.py does, prepares them in two worker processes as
`ingest --jobs 2` does (read, extracted, mapped, pickled the workers' way), then replays the writer alone
on them in this process, as `kgqa ingest` writes (`write_page`, the question index refreshed every
QA_BATCH pages and flushed every ingest_flush_pages), into a fresh store. Prints the writer's thread CPU per
--every pages and per stage (each stage timed by wrapping its function: inclusive, so they overlap), and
the process's CPU (RocksDB's own threads included). No worker runs during the replay: the numbers are
the writer's alone, whatever the other load on the machine (which still inflates CPU seconds a little).

`--base STORE` replays into a copy of STORE (a store an ingest made: its saved question index and timeline are
of its state, so the replay refreshes them as an ingest into it would) instead of a fresh store, and `--from DIR`
prepares the pages under DIR instead of generating them (pages the base does not hold: new pages, not
replacements): how the writer's CPU a page grows with the store (bench/README.md, session 33). `--json FILE`
appends the run's numbers (ms a page, by stage) as one line; `--summary FILE` prints the median of each stage
over the lines of each base (run the bases interleaved, several rounds).

`--drain` flushes at the end, as the ingest's end does, and waits for the compactions the run's flushes set off
before reading the process CPU (they run on RocksDB's thread, whenever it gets to them); the flush interval is the
setting `ingest_flush_pages` (`KGQA_INGEST_FLUSH_PAGES=1000 ... --drain`: bench/README.md, session 34).

`--keep DIR` also keeps the prepared pages (DIR/prepared, in input order); `--prepared DIR` replays copies of
them without generating or preparing anything, so that two checkouts (each its own PYTHON, run interleaved)
replay the very same pages: their difference is then the writer's alone. Compare such runs only side by side:
on this shared machine the same code's ms a page moved 10% between two replays a minute apart (load 13).
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ingest_jobs import generate  # noqa: E402
from kgqa.kg import graph, store, timeline  # noqa: E402
from kgqa.kg.ingest import _prepare_spooled, _unspool, _warm_up, expand_paths, start_workers  # noqa: E402
from kgqa.kg.qa import index as qa_index  # noqa: E402
from kgqa.kg.qa import saved as qa_saved  # noqa: E402

from kgqa.cli import QA_BATCH, flush_every  # noqa: E402

STAGES: list[tuple[Any, str]] = [
    (graph.KnowledgeGraph, "write_page"),
    (graph.KnowledgeGraph, "_write"),
    (store.OxigraphStore, "replace"),
    (store, "update_text"),
    (graph, "changed"),
    (graph.KnowledgeGraph, "_follow_timeline"),
    (graph.KnowledgeGraph, "catch_up_qa"),
    (graph.KnowledgeGraph, "flush_qa"),
    (store.OxigraphStore, "flush"),
    (store.OxigraphStore, "_write_stamp_file"),
    # finer parts (session 33): inside the summary, the refresh and the flush
    (graph.KnowledgeGraph, "_stored_as_is"),
    (store.OxigraphStore, "graphs_with"),
    (timeline.Timeline, "record"),
    (qa_index.GraphIndex, "add_graphs"),
    (qa_index.GraphIndex, "_load_entities"),
    (qa_index.GraphIndex, "_rederived"),
    (qa_index.GraphIndex, "_derive"),
    (qa_index.GraphIndex, "_load_posts"),
    (qa_index.GraphIndex, "_post_surfaces_of"),
    (qa_index.GraphIndex, "_article_bodies"),
    (qa_index.GraphIndex, "_facts"),
    (qa_index.GraphIndex, "_with_fact_words"),
    (qa_index.GraphIndex, "_articles"),
    (qa_index.GraphIndex, "_automaton"),
    (qa_saved, "save_index"),
    (qa_saved, "flush_facts"),
]


def timed(spent: Counter[str], owner: Any, name: str) -> None:
    """Wrap owner.name so that its thread CPU (outermost call only) adds up in spent[name]."""
    inner: Callable[..., Any] = getattr(owner, name)
    depth = [0]

    @functools.wraps(inner)
    def wrapper(*args: Any, **kw: Any) -> Any:
        if depth[0]:
            return inner(*args, **kw)
        depth[0] += 1
        started = time.thread_time()
        try:
            return inner(*args, **kw)
        finally:
            spent[name] += time.thread_time() - started
            depth[0] -= 1

    static = isinstance(inspect.getattr_static(owner, name), staticmethod)
    setattr(owner, name, staticmethod(wrapper) if static else wrapper)


def prepare(pages: Path, spool: Path) -> list[str]:
    """Every page prepared by two workers into the spool, in input order: the spooled files' paths."""
    pool = start_workers(2)
    try:
        futures = [pool.submit(_prepare_spooled, p, None, None, str(spool)) for p in expand_paths([str(pages)])]
        return [f.result() for f in futures]
    finally:
        pool.shutdown()


def process_cpu() -> float:
    """User + system CPU seconds of this process so far, every thread."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def thread_cpu() -> Counter[str]:
    """CPU seconds of this process's threads but the main one so far, summed by thread name (RocksDB names its
    background threads: rocksdb:low compacts, rocksdb:high flushes the write buffers); ended threads not counted."""
    out: Counter[str] = Counter()
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path("/proc/self/task").glob("*"):
        if task.name == str(os.getpid()):
            continue
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] += (int(fields[11]) + int(fields[12])) / tick
    return out


def drained(idle: float = 3.0, most: float = 120.0) -> float:
    """Wait until RocksDB's compaction thread has used no CPU for `idle` seconds (at most `most`): the seconds
    waited. What the flushes of a replay set off is then counted in its process CPU, whenever it runs."""
    began = last_change = time.perf_counter()
    seen = thread_cpu()["rocksdb:low"]
    while time.perf_counter() - last_change < idle and time.perf_counter() - began < most:
        time.sleep(0.5)
        now = thread_cpu()["rocksdb:low"]
        if now != seen:
            seen, last_change = now, time.perf_counter()
    return time.perf_counter() - began


def replay(spooled: list[str], where: Path, every: int, drain: bool = False) -> dict[str, Any]:
    """Write the spooled pages as `kgqa ingest` does; print the CPU per window of `every` pages and per stage;
    return the ms a page (writer thread, process, each stage). With `drain`, flush at the end (as the ingest's
    end does) and wait for the compactions the flushes set off before reading the process CPU."""
    spent: Counter[str] = Counter()
    for owner, name in STAGES:
        timed(spent, owner, name)
    _warm_up()  # the extractor's tables, loaded before the fork in `kgqa ingest` (the refresh's org forms use them)
    kg = graph.KnowledgeGraph.open(str(where))
    kg.keep_qa()
    kept = kg._qa is not None
    kg.flush_qa()
    lived = kg.timeline() is not None
    spent.clear()
    flush_at = flush_every()
    start, start_process, stored = time.thread_time(), process_cpu(), 0
    threads_before = thread_cpu()
    mark, mark_process, seen = start, start_process, Counter[str]()
    for path in spooled:
        began = time.thread_time()
        prep = _unspool(path)
        spent["load the page"] += time.thread_time() - began
        if prep.error is not None or not kg.write_page(prep.mapped):
            continue
        stored += 1
        if stored % flush_at == 0:
            kg.flush_qa()
            kg.store.flush(release=True)
        elif stored % QA_BATCH == 0:
            kg.catch_up_qa()
        if stored % every == 0:
            now, now_process = time.thread_time(), process_cpu()
            parts = ", ".join(f"{k} {spent[k] - seen[k]:.2f}" for k, _ in spent.most_common(6))
            print(
                f"pages {stored}: {now - mark:.2f} s (process {now_process - mark_process:.2f} s); {parts}", flush=True
            )
            mark, mark_process, seen = now, now_process, Counter(spent)
    total = time.thread_time() - start
    if drain:
        if stored % flush_at:  # the last flush, as the ingest's end does
            kg.flush_qa()
            kg.store.flush(release=True)
        spent["drain (s, wall)"] = drained()
    print(
        f"{stored} pages: writer thread {total:.1f} s CPU, {1000 * total / max(stored, 1):.1f} ms a page; "
        f"process (RocksDB's threads too) {1000 * (process_cpu() - start_process) / max(stored, 1):.1f} ms a page"
    )
    print(f"  (question index kept current: {kept}; timeline of the store's state: {lived})")
    threads = thread_cpu()
    threads.subtract(threads_before)
    for name in sorted(threads):
        if threads[name] > 0:
            spent[f"thread {name}"] = threads[name]
    for name, seconds in spent.most_common():
        print(f"  {name:20s} {seconds:7.2f} s {1000 * seconds / max(stored, 1):6.2f} ms a page")
    out = {"pages": stored, "writer": 1000 * total / max(stored, 1)}
    out["process"] = 1000 * (process_cpu() - start_process) / max(stored, 1)
    out["flush every"] = flush_at
    out["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.update({name: 1000 * seconds / max(stored, 1) for name, seconds in spent.items()})
    kg.close()
    return out


def summary(path: Path) -> None:
    """The median ms a page of each stage over the --json lines of each base, side by side."""
    runs: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        runs.setdefault(row["base"], []).append(row)
    bases = list(runs)
    stages = sorted(
        {k for rows in runs.values() for r in rows for k in r["ms"]}, key=lambda k: -runs[bases[0]][0]["ms"].get(k, 0)
    )
    print("| ms a page (median of " + ", ".join(f"{len(runs[b])}" for b in bases) + ") | " + " | ".join(bases) + " |")
    print("|---|" + "---:|" * len(bases))
    for k in stages:
        cells = [f"{statistics.median(r['ms'].get(k, 0.0) for r in runs[b]):.2f}" for b in bases]
        print(f"| {k} | " + " | ".join(cells) + " |")


def main() -> None:
    """Generate, prepare, replay."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--every", type=int, default=1000, help="print a line every this many pages")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it (default: a temp dir)")
    ap.add_argument("--prepared", type=Path, help="replay the pages a --keep DIR run prepared (DIR/prepared)")
    ap.add_argument("--from", dest="source", type=Path, help="prepare the pages under this directory (no generating)")
    ap.add_argument("--base", type=Path, help="replay into a copy of this store (default: a fresh store)")
    ap.add_argument("--json", type=Path, help="append the run's ms a page (by stage) to this file, one line")
    ap.add_argument(
        "--drain", action="store_true", help="flush at the end and count the compactions set off (wait for them)"
    )
    ap.add_argument("--summary", type=Path, help="print the median of each stage per base of a --json file; no run")
    args = ap.parse_args()
    if args.summary:
        summary(args.summary)
        return
    with tempfile.TemporaryDirectory(prefix="kgqa-writer-") as tmp:
        work = args.keep or Path(tmp)
        (work / "spool").mkdir(parents=True, exist_ok=True)
        if args.prepared:
            spooled = copied(kept(args.prepared), work / "spool")
            print(f"{len(spooled)} pages prepared before, from {args.prepared / 'prepared'}", flush=True)
        else:
            if args.source is None:
                generate(work / "pages", args.pages)
            began = time.perf_counter()
            spooled = prepare(args.source or work / "pages", work / "spool")
            print(f"{len(spooled)} pages prepared in {time.perf_counter() - began:.0f} s", flush=True)
            if args.keep:
                shutil.rmtree(work / "prepared", ignore_errors=True)
                (work / "prepared").mkdir()
                copied(spooled, work / "prepared")
        shutil.rmtree(work / "store", ignore_errors=True)
        if args.base:
            shutil.copytree(args.base, work / "store", symlinks=True)
        load = os.getloadavg()[0]
        ms = replay(spooled, work / "store", args.every, args.drain)
        if args.json:
            row = {
                "base": str(args.base or "fresh") + (f" flush {ms['flush every']}" if args.drain else ""),
                "load": [load, os.getloadavg()[0]],
                "ms": ms,
            }
            with args.json.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")


def kept(work: Path) -> list[str]:
    """The pages a --keep run prepared, in input order."""
    found = sorted((work / "prepared").glob("*.pickle"))
    if not found:
        sys.exit(f"no prepared pages in {work / 'prepared'} (make them with --keep {work})")
    return [str(p) for p in found]


def copied(spooled: list[str], into: Path) -> list[str]:
    """Copies of the spooled pages in `into`, named in input order (the replay removes what it reads)."""
    out = []
    for i, path in enumerate(spooled):
        target = into / f"{i:07d}.pickle"
        shutil.copyfile(path, target)
        out.append(str(target))
    return out


if __name__ == "__main__":
    main()
