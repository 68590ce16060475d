"""The memory of one `kgqa ingest --jobs N` as the store grows: writer and workers apart, sampled from outside.

    nice -n 15 .venv/bin/python bench/ingest_mem.py --pages-dir /tmp/p --store /tmp/s --jobs 2 --every 30 \\
        --out /tmp/ingest_mem.tsv

Runs `kgqa ingest` (the installed code, a fresh process) on a folder of pages (bench/scale.py's generator:
`--generate N` writes N of them into --pages-dir first). The only change to the process: a counter of the pages
written, and at each flush (every `ingest_flush_pages`) one line of the writer's own view of its memory
(Python's small-object arenas and the bytes used in them, glibc malloc's heap in use and free but kept, its
mmapped blocks, the sizes of kgqa's bounded caches), appended to OUT.flushes. Every --every seconds this script
reads /proc/PID/smaps_rollup of the writer and of each worker (RSS, PSS, anonymous, file-backed) and writes a
line to OUT: wall seconds, pages written, and those numbers in MB. At the end it prints the peaks and the
writer's RSS slope per 1,000 pages (least squares over the samples past --slope-from pages).
Memory does not depend on the machine's load; times do.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Run inside the ingest process: count pages, and at each flush note the writer's memory as it sees it.
SHIM = r"""
import os, sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from kgqa.kg import graph as _g
from kgqa.kg import store as _s
import writer_mem as _wm

_count_file = Path({count!r})
_flush_file = Path({flushes!r})
_n = [0]
_write, _flush, _flush_qa = _g.KnowledgeGraph.write_page, _s.OxigraphStore.flush, _g.KnowledgeGraph.flush_qa


def _caches():
    from kgqa.kg.qa import forms, names
    out = {{"ox_terms": _s._ox_cached.cache_info().currsize}}
    for name, f in (("forms", forms._forms), ("place_forms", forms.place_forms),
                    ("post_surfaces", names._post_surfaces), ("short_forms", names._short_forms)):
        out[name] = round(f.cache_info().bytes / 2**20, 1)
    return out


def _arenas():
    # glibc's malloc_info per arena: the main one (brk heap: the main thread's, Python's large objects) and those of
    # other threads (RocksDB's flush and compaction): MB held from the system / MB of it free
    import ctypes, re, tempfile
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    with tempfile.NamedTemporaryFile(suffix=".xml") as tmp:
        fp = libc.fopen(tmp.name.encode(), b"w")
        libc.malloc_info(0, fp)
        libc.fclose(fp)
        text = Path(tmp.name).read_text()
    out = []
    for heap in re.findall(r'<heap nr="(\d+)">(.*?)</heap>', text, re.S):
        free = sum(int(x) for x in re.findall(r'<total type="(?:fast|rest)" count="\d+" size="(\d+)"', heap[1]))
        cur = re.search(r'<system type="current" size="(\d+)"', heap[1])
        out.append(f"{{heap[0]}}:{{int(cur.group(1)) / 2**20 if cur else 0:.0f}}/{{free / 2**20:.0f}}")
    return " ".join(out)


def write_page(self, mapped):
    r = _write(self, mapped)
    _n[0] += 1
    if _n[0] % 100 == 0:
        _count_file.write_text(str(_n[0]))
    return r


def _held(kg):
    # what the question index holds in memory before its flush: per name table the keys read or changed since
    # the last flush and the pickled bytes they had in the file (KB), and the facts taken in
    qa = getattr(kg, "_qa", None)
    if qa is None:
        return {{}}
    from kgqa.kg.qa.index import FACT_PARTS, NAME_PARTS
    out = {{}}
    for part in NAME_PARTS:
        t = getattr(qa.index, part, None)
        if hasattr(t, "_orig"):
            out[part] = (len(t._cache), sum(len(v) for v in t._orig.values() if v) // 1024)
    out["facts"] = sum(len(getattr(qa.index, p).mem) for p in FACT_PARTS)
    return out


def flush_qa(self):
    self.catch_up_qa()  # as flush_qa does first (then a no-op there): what the flush is about to write
    held, before = _held(self), _wm.rss_mb()
    r = _flush_qa(self)
    with _flush_file.open("a") as fh:
        fh.write(f"{{_n[0]}}\tflush_qa\tRSS {{before:.0f}} -> {{_wm.rss_mb():.0f}}\t{{held}}\n")
    return r


def flush(self, release=False):
    held = sys.getrefcount(self._store) if hasattr(self, "_store") else 0  # 2: only the attribute (and the call)
    _flush(self, release)
    if release:
        reopened = held == 2
        with _flush_file.open("a") as fh:
            fh.write(f"{{_n[0]}}\t{{_wm.rss_mb():.0f}}\t{{_wm.breakdown()}}\t{{_caches()}}\treopened={{reopened}}\tarenas {{_arenas()}}\n")


_g.KnowledgeGraph.write_page = write_page
_s.OxigraphStore.flush = flush
_g.KnowledgeGraph.flush_qa = flush_qa
from kgqa.cli import main
sys.argv = ["kgqa"] + sys.argv[1:]
main()
"""

FIELDS = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Anonymous")


def rollup(pid: int) -> dict[str, float] | None:
    """smaps_rollup of one process in MB (None once it is gone)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    out = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in FIELDS:
            out[key] = int(rest.split()[0]) / 1024
    return out


def children(pid: int) -> list[int]:
    """The direct children of a process."""
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(b")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return sorted(kids)


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 pages."""
    if len(points) < 2:
        return float("nan")
    n = len(points)
    mx = sum(p for p, _ in points) / n
    my = sum(v for _, v in points) / n
    var = sum((p - mx) ** 2 for p, _ in points)
    return 1000 * sum((p - mx) * (v - my) for p, v in points) / var if var else float("nan")


def stop_time(hhmm: str, now: float) -> float:
    """The first moment at or after `now` (seconds since the epoch) whose UTC clock reads `hhmm` (HH:MM): a stop
    time past midnight is tomorrow's, not one already passed today (tests/test_bench_scale38.py)."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    day = now - now % 86400
    at = day + hours * 3600 + minutes * 60
    return at if at >= now - now % 60 else at + 86400


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages-dir", type=Path, nargs="+", required=True, help="folders (or files) of pages")
    ap.add_argument("--generate", type=int, default=0, help="first write this many generated pages (the first folder)")
    ap.add_argument("--base-pages", type=int, default=0, help="pages the store holds already (added to the counts)")
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    ap.add_argument("--out", type=Path, required=True, help="the samples (TSV); OUT.flushes the writer's own lines")
    ap.add_argument("--slope-from", type=int, default=5000, help="pages from which the slope is fitted")
    ap.add_argument("--stop-at", help="UTC HH:MM at which to stop the ingest (SIGTERM: it keeps whole pages)")
    args = ap.parse_args()
    if args.generate:
        import scale

        scale.generate(args.pages_dir[0], args.generate)
    count, flushes = Path(f"{args.out}.count"), Path(f"{args.out}.flushes")
    for f in (count, flushes):
        f.unlink(missing_ok=True)
    shim = SHIM.format(bench=str(HERE), count=str(count), flushes=str(flushes))
    cmd = [sys.executable, "-c", shim, "--store", str(args.store), "ingest", "--jobs", str(args.jobs), "--no-progress"]
    started = time.time()
    stop = stop_time(args.stop_at, started) if args.stop_at else None
    proc = subprocess.Popen([*cmd, *map(str, args.pages_dir)], stderr=subprocess.PIPE, text=True)
    head = (
        "seconds\tpages\twriter_rss\twriter_pss\twriter_anon\twriter_file\tworkers_rss\tworkers_pss\tall_rss\tall_pss"
    )
    samples: list[dict[str, float]] = []
    with args.out.open("w") as out:
        out.write(head + "\n")
        while proc.poll() is None:
            if stop is not None and time.time() >= stop:
                proc.terminate()
            w = rollup(proc.pid)
            ws = [r for r in (rollup(k) for k in children(proc.pid)) if r]
            if w and "Rss" in w:
                pages = args.base_pages + (int(count.read_text()) if count.exists() else 0)
                s = {
                    "seconds": time.time() - started,
                    "pages": pages,
                    "writer_rss": w["Rss"],
                    "writer_pss": w["Pss"],
                    "writer_anon": w.get("Pss_Anon", 0.0),
                    "writer_file": w.get("Pss_File", 0.0),
                    "workers_rss": sum(r["Rss"] for r in ws),
                    "workers_pss": sum(r["Pss"] for r in ws),
                }
                s["all_rss"] = s["writer_rss"] + s["workers_rss"]
                s["all_pss"] = s["writer_pss"] + s["workers_pss"]
                samples.append(s)
                out.write("\t".join(f"{s[k]:.0f}" for k in head.split("\t")) + "\n")
                out.flush()
            deadline = time.time() + args.every
            while proc.poll() is None and time.time() < deadline:
                time.sleep(0.5)
    err = proc.stderr.read() if proc.stderr else ""
    print(err[-2000:], file=sys.stderr)
    if not samples:
        return
    for key in ("writer_rss", "writer_pss", "workers_pss", "all_rss", "all_pss"):
        peak = max(samples, key=lambda s: s[key])
        print(f"peak {key}: {peak[key]:.0f} MB at {peak['pages']} pages")
    pts = [(int(s["pages"]), s["writer_rss"]) for s in samples if s["pages"] >= args.slope_from]
    print(f"writer RSS slope from {args.slope_from} pages: {slope(pts):.1f} MB per 1,000 pages ({len(pts)} samples)")
    pts = [(int(s["pages"]), s["all_pss"]) for s in samples if s["pages"] >= args.slope_from]
    print(f"all PSS slope from {args.slope_from} pages: {slope(pts):.1f} MB per 1,000 pages")


if __name__ == "__main__":
    main()
