#!/usr/bin/env python3
"""`kgqa ingest --jobs 1` against `--jobs N` on the same generated pages, in one run (issue 13 item 2).

    nice -n 10 .venv/bin/python bench/ingest_jobs.py [--pages 300] [--jobs 1,2] [--keep DIR]
    nice -n 10 .venv/bin/python bench/ingest_jobs.py --baseline /tmp/old/.venv/bin/python   # before -> after

Generates --pages distinct pages at run time from the real ones of ../shared (corpus and dev corpus, or
the project's own samples when ../shared is absent): copy i of a page gets a first line of its own and its
amounts and counts shifted by i, so no two copies are the same page (the same page twice would be
replaced, not added). Then ingests them with each --jobs value into a fresh store, as a user would
(`kgqa --store S ingest --jobs J DIR`), and prints for each: wall seconds (start-up, store opening and
worker start included), articles/s, MB/s of input text, peak RSS of the writer and of the writer plus
its workers (sampled from /proc every 0.1 s), the speed-up against the first --jobs value, and the
seconds the command itself reports (from listing the files to the last page written), the CPU seconds
of the command and its workers, and of the writer (the command's own process) alone.

The machine's other load counts: on 2 shared cores a busy neighbour takes the second core, and then
--jobs 2 cannot be faster whatever the code does (the load average at start and end is printed). So the
last column is what the CPU seconds allow on free cores: the --jobs 1 CPU seconds over the larger of the
writer's CPU seconds and all CPU seconds shared over min(J + 1, CPUs) cores -- an estimate, not a
measurement.

`--baseline PYTHON` also runs every --jobs value with another checkout's interpreter (its .venv's python,
whose `-m kgqa.cli` is that checkout: make one with `git worktree add /tmp/old BASE && cd /tmp/old &&
python3 run.py test --co -q`), each just before this checkout's, and prints this / baseline for articles/s
and CPU seconds. Every store is checked to hold the same quads (extraction and mapping unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PYTHON = sys.executable
# a number counting something: shifted per copy so that amounts and counts differ between copies
_COUNT = re.compile(r"(\d+(?:\.\d+)?)(?=\s*(?:万|亿|元|个|家|项|人|名|吨|平方米|公里|户|座|台|辆))")


def real_pages() -> list[Path]:
    """The real pages to copy from: ../shared corpus and dev corpus, else the project's samples."""
    pages = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    if pages:
        return pages
    from kgqa.samples import sample_files

    return sample_files()


def unique_copy(text: str, i: int) -> str:
    """Copy i of a page: its own first line, and its amounts and counts shifted by i."""
    shifted = _COUNT.sub(lambda m: _shift(m.group(1), i), text)
    return f"第{i + 1}期 综合新闻\n" + shifted


def _shift(number: str, i: int) -> str:
    if "." in number:
        whole, frac = number.split(".", 1)
        return f"{int(whole) + i % 97}.{frac}"
    return str(int(number) + i % 97)


def generate(root: Path, n: int) -> int:
    """Write n distinct pages under root (1000 per folder); return their total size in bytes."""
    pages = [p.read_text(encoding="utf-8") for p in real_pages()]
    total = 0
    for i in range(n):
        folder = root / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = unique_copy(pages[i % len(pages)], i).encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def _tree_rss(pid: int) -> tuple[int, int]:
    """RSS in bytes of a process and of it plus all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        p = int(entry)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return rss.get(pid, 0), total


def _tree_pss(pid: int) -> int:
    """PSS in bytes of a process plus all its descendants: each page shared between them (a forked worker's
    copy of the extractor its parent loaded) counted once, split between its sharers; RSS where the kernel
    gives no smaps_rollup."""
    total = 0
    for p in _tree_pids(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup", "rb") as fh:
                total += next(int(line.split()[1]) * 1024 for line in fh if line.startswith(b"Pss:"))
        except (OSError, StopIteration, ValueError):
            total += _tree_rss(p)[0]
    return total


def _tree_pids(pid: int) -> list[int]:
    """A process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                parent = int(fh.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_ingest(store: Path, pages: Path, jobs: int, python: str = PYTHON) -> dict[str, float]:
    """Ingest the pages with --jobs; wall seconds, articles, peak RSS (writer, writer + workers), CPU seconds
    (all, and the writer's own: its last sample, at most 0.1 s before it exits)."""
    peak = [0, 0]
    writer_cpu = [0.0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(
        [python, "-m", "kgqa.cli", "--store", str(store), "ingest", "--no-progress", "--jobs", str(jobs), str(pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = time.perf_counter()

    def sample() -> None:
        while proc.poll() is None:
            own, tree = _tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], own), max(peak[1], tree)
            writer_cpu[0] = _cpu_seconds(proc.pid) or writer_cpu[0]
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers are waited for by the writer: included
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        sys.exit(f"ingest --jobs {jobs} failed ({proc.returncode}): {err[-2000:]}")
    m = re.search(r"ingested (\d+) file\(s\): (\d+) articles.* in (\d+\.\d) s", out)
    assert m, out
    return {
        "seconds": seconds,
        "files": int(m[1]),
        "articles": int(m[2]),
        "own": float(m[3]),
        "cpu": cpu,
        "writer_cpu": writer_cpu[0],
        "rss": peak[0],
        "tree_rss": peak[1],
    }


def quads_digest(store: Path) -> str:
    """A digest of the store's quads, in sorted order."""
    out = subprocess.run(
        [PYTHON, "-m", "kgqa.cli", "--store", str(store), "dump", "--format", "nquads"], capture_output=True, check=True
    ).stdout
    return hashlib.sha256(b"\n".join(sorted(out.splitlines()))).hexdigest()[:16]


def free_cores_speedup(base_cpu: float, r: dict[str, float], jobs: int) -> float:
    """What the CPU seconds allow on free cores: --jobs 1 CPU over max(writer CPU, all CPU / usable cores)."""
    cores = min(jobs + 1 if jobs > 1 else 1, os.cpu_count() or 1)
    return base_cpu / max(r["writer_cpu"], r["cpu"] / cores, 1e-9)


def main() -> None:
    """Generate pages, ingest them once per --jobs value (and interpreter), print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values; the first is the baseline")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it (default: a temp dir)")
    ap.add_argument("--baseline", metavar="PYTHON", help="another checkout's python: run it too, print this / it")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    trees = [("baseline", args.baseline), ("this", PYTHON)] if args.baseline else [("this", PYTHON)]
    with tempfile.TemporaryDirectory(prefix="kgqa-jobs-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        size = generate(work / "pages", args.pages)
        load = os.getloadavg()[0]
        print(f"{args.pages} pages, {size / 1e6:.2f} MB, {os.cpu_count()} CPUs, load average {load:.2f} at start")
        print(
            f"{'tree':>8} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'MB/s':>6} {'writer RSS':>10} "
            f"{'total RSS':>10} {'speed-up':>8} {'(in-loop s)':>11} {'CPU s':>6} {'writer CPU s':>12} "
            f"{'free-core speed-up':>18}"
        )
        base: dict[str, tuple[float, float]] = {}
        got: dict[tuple[str, int], dict[str, float]] = {}
        digests = set()
        for j in jobs:
            for tree, python in trees:
                store = work / f"store-{tree}-j{j}"
                r = run_ingest(store, work / "pages", j, python)
                rate = r["articles"] / r["seconds"]
                base.setdefault(tree, (rate, r["cpu"]))
                got[tree, j] = {**r, "rate": rate}
                print(
                    f"{tree:>8} {j:>4} {r['seconds']:>8.1f} {rate:>10.1f} {size / 1e6 / r['seconds']:>6.3f} "
                    f"{r['rss'] / 2**20:>7.0f} MB {r['tree_rss'] / 2**20:>7.0f} MB {rate / base[tree][0]:>7.2f}x "
                    f"{r['own']:>11.1f} {r['cpu']:>6.1f} {r['writer_cpu']:>12.1f} "
                    f"{free_cores_speedup(base[tree][1], r, j):>17.2f}x",
                    flush=True,
                )
                digests.add(quads_digest(store))
                subprocess.run(["rm", "-rf", str(store)], check=True)
        if args.baseline:
            for j in jobs:
                new, old = got["this", j], got["baseline", j]
                print(
                    f"this / baseline, --jobs {j}: articles/s {new['rate'] / old['rate']:.2f}x, "
                    f"CPU s {new['cpu'] / old['cpu']:.2f}x, writer CPU s {new['writer_cpu'] / old['writer_cpu']:.2f}x, "
                    f"peak RSS (with workers) {old['tree_rss'] / 2**20:.0f} -> {new['tree_rss'] / 2**20:.0f} MB"
                )
        print(
            f"load average {os.getloadavg()[0]:.2f} at end; stores "
            + ("hold the same quads" if len(digests) == 1 else f"DIFFER ({len(digests)} distinct)")
        )


if __name__ == "__main__":
    main()
