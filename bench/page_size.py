"""How extraction time grows with the size of one input: the measurement behind MAX_BYTES (kg/ingest.py).

    .venv/bin/python bench/page_size.py [--shared ../shared] [--sizes 64,256,512,1024,2048]

Builds inputs of each size (KiB) in memory from the shared corpus pages (numbered so that no paragraph
repeats), as ordinary pages and as one line without newlines, and prints seconds per input and per MiB.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from kgqa.extract import extract_page


def corpus_pages(shared: Path) -> list[str]:
    """The texts of the shared corpus pages."""
    files = sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "dev" / "corpus").glob("*.txt"))
    if not files:
        raise SystemExit(f"no pages under {shared}")
    return [f.read_text(encoding="utf-8") for f in files]


def text_of_size(pages: list[str], size: int, one_line: bool) -> str:
    """About `size` bytes of page text, each copy numbered so that no paragraph is an exact repeat."""
    parts, total, i = [], 0, 0
    while total < size:
        page = re.sub(r"\d+", lambda m: str(int(m.group()) + i), pages[i % len(pages)])
        page = f"（第{i}部分）" + (page.replace("\n", "") if one_line else page)
        parts.append(page)
        total += len(page.encode("utf-8"))
        i += 1
    return "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def main() -> None:
    """Time extract_page over inputs of growing size and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--sizes", default="64,256,512,1024,2048", help="sizes in KiB, comma-separated")
    args = ap.parse_args()
    pages = corpus_pages(args.shared)
    extract_page(pages[0])  # load lexicons once, outside the timings
    print(f"{'KiB':>6} {'shape':>9} {'seconds':>8} {'s/MiB':>7} {'articles':>8}")
    for kib in (int(s) for s in args.sizes.split(",")):
        for one_line in (False, True):
            text = text_of_size(pages, kib * 1024, one_line)
            started = time.perf_counter()
            facts = extract_page(text)
            took = time.perf_counter() - started
            print(
                f"{kib:>6} {'one line' if one_line else 'pages':>9} {took:>8.2f} {took / (kib / 1024):>7.2f} "
                f"{len(facts.articles):>8}",
                flush=True,
            )


if __name__ == "__main__":
    main()
