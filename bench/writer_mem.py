"""Memory of the ingest writer: replay `kgqa ingest`'s writer on pages extracted once, RSS every 500 pages.

    nice -n 10 .venv/bin/python bench/writer_mem.py --pages 3000 --cache /tmp/wm/mapped.pkl --store /tmp/wm/store

The first run generates the pages with bench/scale.py's generator and extracts them (`--jobs 2`), keeping the
extracted pages in `--cache` (one pickle per page, read back one at a time, so the replay holds none of them);
later runs replay the same pages. The writer does what `kgqa ingest` does between extractions (`write_page`,
the question index kept current every QA_BATCH pages, its facts and the store's buffers flushed every ingest_flush_pages
and the store opened again there, the index saved at the end). `--walk` and `--trace` show what grew (container
lengths; tracemalloc), `--onto` writes into a copy of a big store as it is (no index saved: its build is not
measured), `--no-release` and `--trim` are the variants of bench/README.md. Printed per 500 pages: RSS, CPU seconds of the writer; then the RSS slope per
1,000 pages (least squares over the samples from 1,000 pages on), the store's size on disk, and the saved
index's answers to a few questions (to compare two versions' answers on the same store).
Numbers that do not depend on the other sessions' load: RSS, bytes, CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def rss_mb() -> float:
    """This process's resident memory in MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (f, ctypes.c_size_t)
        for f in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


def breakdown() -> str:
    """Where the RSS is: Python's small-object arenas (and the bytes used in them), glibc malloc's heap in use
    (Python's large objects and the native code's: RocksDB's caches, SQLite) and free but kept, in MB."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        m = libc.mallinfo2()
    except (OSError, AttributeError):
        return ""
    r, w = os.pipe()
    saved = os.dup(2)
    try:
        os.dup2(w, 2)
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(w)
        os.close(saved)
    with os.fdopen(r, "rb") as f:
        text = f.read().decode(errors="replace")
    arenas = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    used = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    if arenas is None or used is None:
        return ""
    mb = 2**20
    return (
        f"py arenas {int(arenas.group(1).replace(',', ''))} MB (used {int(used.group(1).replace(',', '')) / mb:.0f}), "
        f"malloc in use {m.uordblks / mb:.0f} MB, free {m.fordblks / mb:.0f} MB, mmapped {m.hblkhd / mb:.0f} MB"
    )


def make_cache(cache: Path, n: int, jobs: int) -> None:
    """Generate n pages (bench/scale.py) and extract them once into `cache`, a pickle per page."""
    from kgqa.kg.ingest import expand_paths, prepare_all, start_workers
    from scale import generate

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), n)
        entries = list(expand_paths([tmp]))
        pool = start_workers(jobs)
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            for prep in prepare_all(entries, pool):
                if prep.error is None:
                    pickle.dump(prep.mapped, f, protocol=pickle.HIGHEST_PROTOCOL)
        if pool is not None:
            pool.shutdown(wait=True)


def pages(cache: Path, n: int):
    """The cached pages, one at a time (at most n)."""
    with cache.open("rb") as f:
        for _ in range(n):
            try:
                yield pickle.load(f)
            except EOFError:
                return


def slope(samples: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 pages over the samples from 1,000 pages on."""
    pts = [(p, r) for p, r in samples if p >= 1000] or samples
    if len(pts) < 2:
        return 0.0
    mx = sum(p for p, _ in pts) / len(pts)
    my = sum(r for _, r in pts) / len(pts)
    den = sum((p - mx) ** 2 for p, _ in pts)
    return 1000 * sum((p - mx) * (r - my) for p, r in pts) / den if den else 0.0


def traced(at: frozenset[int], i: int, snaps: dict[int, object]) -> None:
    """Tracing from a flush before the first of the page counts `at` (a multiple of 500) on, a tracemalloc
    snapshot after a gc at each of them; from the second on, the top growers since the first."""
    import gc
    import tracemalloc

    if at and i == min(at) - 500:
        tracemalloc.start(4)
    if i not in at:
        return
    gc.collect()
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    if snaps:
        first = min(snaps)
        print(
            f"tracemalloc {first} -> {i} pages: traced {sum(s.size for s in snap.statistics('filename')) / 2**20:.1f} MB"
        )
        for key in ("lineno", "traceback"):
            for st in snap.compare_to(snaps[first], key)[: 25 if key == "lineno" else 8]:  # type: ignore[arg-type]
                print(f"  {st.size_diff / 2**20:+.2f} MB {st.count_diff:+d} blocks: "
                      + " <- ".join(str(f) for f in st.traceback[:6]))  # fmt: skip
    snaps[i] = snap
    if i == max(at):
        tracemalloc.stop()


def sizes(root: object, depth: int = 6) -> dict[str, int]:
    """The length of every container reachable from `root` (attributes, small dicts' and lists' items) and from
    kgqa's module globals (lru caches by their size), by path: what grows with the pages shows between samples."""
    out: dict[str, int] = {}
    seen: set[int] = set()

    def walk(obj: object, path: str, left: int) -> None:
        if id(obj) in seen or left < 0 or isinstance(obj, (str, bytes, int, float, type)):
            return
        seen.add(id(obj))
        info = getattr(obj, "cache_info", None)
        if callable(info):
            try:
                out[path] = int(info().currsize)
            except Exception:  # noqa: BLE001 - not an lru cache after all
                pass
            return
        if isinstance(obj, (dict, list, tuple, set, frozenset)):
            out[path] = len(obj)
            if isinstance(obj, dict) and len(obj) <= 64:
                for k, v in obj.items():
                    walk(v, f"{path}[{k!r}]"[:120], left - 1)
            elif isinstance(obj, (list, tuple)) and len(obj) <= 64:
                for i, v in enumerate(obj):
                    walk(v, f"{path}[{i}]", left - 1)
            return
        fields = getattr(obj, "__dict__", None)
        if isinstance(fields, dict):
            for k, v in fields.items():
                walk(v, f"{path}.{k}", left - 1)

    walk(root, "kg", depth)
    for name, mod in list(sys.modules.items()):
        if name.startswith("kgqa"):
            for k, v in list(vars(mod).items()):
                if not k.startswith("__"):
                    walk(v, f"{name}.{k}", 1)
    return out


def print_growth(grown: dict[int, dict[str, int]], top: int = 40) -> None:
    """The containers that grew most from the middle sample to the last (lengths at each sample from there)."""
    counts = sorted(grown)
    mid, last = counts[len(counts) // 2], counts[-1]
    rows = sorted(((n - grown[mid].get(path, 0), path) for path, n in grown[last].items()), reverse=True)
    print(f"containers grown from {mid} to {last} pages:")
    for diff, path in rows[:top]:
        if diff > 0:
            print(f"  +{diff}: {path} " + " ".join(str(grown[c].get(path, 0)) for c in counts if c >= mid))


def replay(
    cache: Path,
    store: Path,
    n: int,
    questions: list[str],
    trace: frozenset[int] = frozenset(),
    walk: bool = False,
    release: bool = True,
    trim: bool = False,
    onto: bool = False,
) -> dict[str, object]:
    """Write the cached pages as `kgqa ingest`'s writer does; RSS and CPU per 500 pages."""
    from kgqa.kg.graph import KnowledgeGraph

    from kgqa.cli import QA_BATCH, flush_every

    if not onto:
        shutil.rmtree(store, ignore_errors=True)
    flush_at = flush_every()
    kg = KnowledgeGraph.open(str(store))
    kg.keep_qa()
    kg.flush_qa()
    snaps: dict[int, object] = {}
    grown: dict[int, dict[str, int]] | None = {} if walk else None
    samples: list[tuple[int, float]] = []
    cpu0 = time.process_time()
    i = 0
    for i, mapped in enumerate(pages(cache, n), 1):
        kg.write_page(mapped)
        if i % flush_at == 0:
            kg.flush_qa()
            kg.store.flush(release=release)
            if trim:
                ctypes.CDLL("libc.so.6").malloc_trim(0)
        elif i % QA_BATCH == 0:
            kg.catch_up_qa()
        if i % 500 == 0:
            samples.append((i, rss_mb()))
            print(
                f"{i} pages: rss {samples[-1][1]:.0f} MB, cpu {time.process_time() - cpu0:.1f} s; {breakdown()}",
                flush=True,
            )
            traced(trace, i, snaps)
            if grown is not None:
                grown[i] = sizes(kg)
    if grown:
        print_growth(grown)
    if not onto:  # a store made before, with no index of its state: its build is not what is measured
        kg.save_qa()
    cpu = time.process_time() - cpu0
    kg.close()
    disk = {f.name: f.stat().st_size for f in store.iterdir() if f.is_file() and "qa-index" in f.name}
    total = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    return {"pages": i, "samples": samples, "slope_mb_per_1000": slope(samples), "cpu_s": cpu, "disk": total,
            "index_files": disk, "answers": answers(store, questions)}  # fmt: skip


def answers(store: Path, questions: list[str]) -> dict[str, object]:
    """The answers of a fresh process's loaded index (`kgqa ask --json`), to compare versions."""
    import subprocess

    out: dict[str, object] = {}
    for q in questions:
        t = time.perf_counter()
        res = subprocess.run(
            [sys.executable, "-m", "kgqa.cli", "--store", str(store), "ask", "--json", q],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        try:
            body = json.loads(res.stdout)
            out[q] = {"answers": body.get("answers"), "page": body.get("page"), "s": time.perf_counter() - t}
        except ValueError:
            out[q] = {"error": (res.stderr or res.stdout)[-300:]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--cache", type=Path, required=True, help="the extracted pages (made on the first run)")
    ap.add_argument("--store", type=Path, required=True, help="the store to write (removed first)")
    ap.add_argument("--jobs", type=int, default=2, help="extraction processes for the cache")
    ap.add_argument("--ask", action="append", default=[], help="a question to answer from the saved index")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--trace", default="", help="page counts (a multiple of 500) to diff tracemalloc snapshots at")
    ap.add_argument("--walk", action="store_true", help="print the containers that grew (lengths, every 500 pages)")
    ap.add_argument(
        "--no-release", action="store_true", help="keep the store open across flushes (kgqa ingest before 78ccfd6)"
    )
    ap.add_argument("--trim", action="store_true", help="glibc's malloc_trim after each flush")
    ap.add_argument("--onto", action="store_true", help="write into --store as it is (a copy of a big store)")
    ap.add_argument("--cache-only", action="store_true", help="make the cache and stop")
    args = ap.parse_args()
    if not args.cache.exists():
        make_cache(args.cache, args.pages, args.jobs)
    if args.cache_only:
        return
    trace = frozenset(int(x) for x in args.trace.split(",") if x)
    res = replay(
        args.cache, args.store, args.pages, args.ask, trace, args.walk, not args.no_release, args.trim, args.onto
    )
    print(f"slope {res['slope_mb_per_1000']:.1f} MB per 1,000 pages; cpu {res['cpu_s']:.1f} s; "
          f"disk {res['disk'] / 2**20:.0f} MB; index files {res['index_files']}")  # fmt: skip
    for q, a in dict(res["answers"]).items():  # type: ignore[call-overload]
        print(q, json.dumps(a, ensure_ascii=False)[:300])
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
