#!/usr/bin/env python3
"""How extraction time grows with the length of one line of text (issue 3: linear time).

    .venv/bin/python bench/extract_scaling.py [--sizes 1,2,4,8] [--kind news|x|both]

Builds single lines of 1, 2, 4 and 8 MB (UTF-8) at run time -- `news`: the real pages of
../shared (corpus and dev corpus) with markdown heading marks and every line break removed,
repeated until long enough; `x`: one full-width letter repeated (text with no entity) -- runs
`extract_page` over each in this process, and prints the seconds per size and the ratio
time(largest)/time(smallest). Linear time gives a ratio near largest/smallest (8 for 1..8 MB);
a quadratic spot shows as a ratio far above it.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def news_base() -> str:
    """The real pages of ../shared joined as one line, heading marks dropped."""
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    texts = [re.sub(r"(?m)^\s*#+\s*", "", f.read_text(encoding="utf-8")) for f in files]
    return "".join(re.sub(r"[\r\n]+", "", t) for t in texts)


def one_line(kind: str, mb: float, base: str) -> str:
    """A single line of about mb MB of UTF-8."""
    n = int(mb * 1_000_000)
    if kind == "x":
        return "ｘ" * (n // 3)
    reps = n // max(1, len(base.encode("utf-8"))) + 1
    return (base * reps).encode("utf-8")[:n].decode("utf-8", "ignore")


def timed(text: str) -> tuple[float, int]:
    """Seconds to extract text, and the number of facts found."""
    from kgqa.extract import extract_page

    t = time.perf_counter()
    f = extract_page(text)
    secs = time.perf_counter() - t
    return secs, len(f.persons) + len(f.organizations) + len(f.agreements) + len(f.events)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB, comma separated")
    ap.add_argument("--kind", choices=["news", "x", "both"], default="news")
    args = ap.parse_args()
    sizes = [float(x) for x in args.sizes.split(",") if x.strip()]
    kinds = ["news", "x"] if args.kind == "both" else [args.kind]
    base = news_base() if "news" in kinds else ""
    if "news" in kinds and not base:
        print(f"no pages under {SHARED}", file=sys.stderr)
        return 1
    timed("本报讯 记者张三报道：3月1日，市长李四主持召开调度会，甲公司与乙银行签署合作协议5亿元。")  # warm up
    for kind in kinds:
        secs = {}
        for mb in sizes:
            s, facts = timed(one_line(kind, mb, base))
            secs[mb] = s
            print(f"{kind:5} {mb:5g} MB  {s:7.2f} s  {mb / s:5.2f} MB/s  facts={facts}", flush=True)
        lo, hi = min(sizes), max(sizes)
        print(f"{kind:5} ratio time({hi:g})/time({lo:g}) = {secs[hi] / secs[lo]:.2f}  (linear = {hi / lo:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
