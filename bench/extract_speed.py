#!/usr/bin/env python3
"""Extraction throughput against plain `jieba.cut` over the same text, in the same run.

    .venv/bin/python bench/extract_speed.py [--mb 20] [--jobs N] [--seed 1] [--cpu]

Assembles at least --mb MB (UTF-8) of pages by repeating and shuffling the real pages of
../shared (corpus and dev corpus, read at run time), runs `extract_page` over them across
--jobs processes, then `jieba.cut` (one process, the baseline of issue 3) over the same
pages, and prints MB/s of each and their ratio (target >= 0.25, issue 10; the learned recogniser tags every sentence).
With --cpu both run in this one process and are timed in CPU seconds, not wall time: on a machine other work
loads, the ratio then moves with the code rather than with the load (see bench/README.md, extraction speed).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from multiprocessing import Pool
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def load_pages() -> list[str]:
    """The real pages of ../shared, one string each."""
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    pages = [f.read_text(encoding="utf-8") for f in files]
    return [p for p in pages if p.strip()]


def assemble(pages: list[str], mb: float, seed: int) -> list[str]:
    """Pages repeated and shuffled until they hold at least mb MB of UTF-8."""
    rng = random.Random(seed)
    out, size, target = [], 0, int(mb * 1_000_000)
    while size < target:
        batch = pages[:]
        rng.shuffle(batch)
        for p in batch:
            out.append(p)
            size += len(p.encode("utf-8"))
            if size >= target:
                break
    return out


def _extract(page: str) -> int:
    """Extract one page; the number of facts found (so the work cannot be skipped)."""
    from kgqa.extract import extract_page

    f = extract_page(page)
    return len(f.persons) + len(f.organizations) + len(f.agreements) + len(f.events)


def _warm(_: int) -> None:
    """Load lexicons and compile patterns in a worker before the clock starts."""
    _extract("本报讯 记者张三报道：3月1日，市长李四主持召开调度会，甲公司与乙银行签署合作协议5亿元。")


def run_extract(pages: list[str], jobs: int, clock=time.perf_counter) -> tuple[float, int]:
    """Seconds (of clock) to extract every page across jobs processes, and the facts found."""
    if jobs <= 1:
        _warm(0)
        t = clock()
        n = sum(_extract(p) for p in pages)
        return clock() - t, n
    with Pool(jobs) as pool:
        pool.map(_warm, range(jobs))
        t = time.perf_counter()
        n = sum(pool.imap_unordered(_extract, pages, chunksize=8))
        return time.perf_counter() - t, n


def run_jieba(pages: list[str], clock=time.perf_counter) -> tuple[float, int]:
    """Seconds (of clock) for plain jieba.cut over every page in one process, and the tokens made."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t = clock()
    n = 0
    for p in pages:
        for _ in jieba.cut(p):
            n += 1
    return clock() - t, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="MB of text to assemble (default 20)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="extraction processes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cpu", action="store_true", help="both in this process, timed in CPU seconds (implies --jobs 1)")
    args = ap.parse_args()
    if args.cpu:
        args.jobs = 1
    clock = time.process_time if args.cpu else time.perf_counter
    unit = "CPU s" if args.cpu else "s"
    pages = load_pages()
    if not pages:
        print(f"no pages under {SHARED}", file=sys.stderr)
        return 1
    text = assemble(pages, args.mb, args.seed)
    mb = sum(len(p.encode("utf-8")) for p in text) / 1_000_000
    print(f"text: {mb:.1f} MB in {len(text)} pages (from {len(pages)} real pages)")
    ex_s, facts = run_extract(text, args.jobs, clock)
    jb_s, tokens = run_jieba(text, clock)
    ex, jb = mb / ex_s, mb / jb_s
    print(f"extract ({args.jobs} jobs): {ex:6.2f} MB/s  ({ex_s:.1f} {unit}, {facts} facts)")
    print(f"jieba.cut (1 process): {jb:6.2f} MB/s  ({jb_s:.1f} {unit}, {tokens} tokens)")
    print(f"ratio extract/jieba: {ex / jb:.2f}  (target >= 0.25, issue 10: the learned recogniser tags every sentence)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
