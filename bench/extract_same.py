#!/usr/bin/env python3
"""Does a speed-up change what is extracted? `kgqa extract` over the 52 pages and every probe case, compared.

    .venv/bin/python bench/extract_same.py --save /tmp/before.jsonl      # on the tree before the change
    .venv/bin/python bench/extract_same.py --against /tmp/before.jsonl   # after: exit 1 on any difference

The input is the 52 real pages of ../shared (id: the file name, the source name the ingest gives) and the text of
every case of bench/data/pattern_probe*.yaml (id: the case's source name, as bench/pattern_probe.py passes it),
one JSON line each, run through the `kgqa extract` command of this tree's venv (--jobs processes). The output
lines are compared byte for byte; each differing record is named, with the first difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def records() -> list[tuple[str, dict[str, str]]]:
    """(label, input record) of every page and probe case, in a fixed order."""
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    out = [(f.name, {"id": f.name, "text": f.read_text(encoding="utf-8")}) for f in files]
    for f in sorted((ROOT / "bench" / "data").glob("pattern_probe*.yaml")):
        for case in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            rec = {"text": case["text"]}
            if case.get("name"):
                rec["id"] = case["name"]
            out.append((f"{f.stem}:{case.get('id')}", rec))
    return out


def run(recs: list[tuple[str, dict[str, str]]], jobs: int) -> list[str]:
    """The output lines of `kgqa extract` over recs."""
    kgqa = Path(sys.executable).with_name("kgqa")
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in recs)
    done = subprocess.run(
        [str(kgqa), "extract", "--jobs", str(jobs)], input=stdin, capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    if len(lines) != len(recs):
        raise SystemExit(f"{len(lines)} output lines for {len(recs)} inputs")
    return lines


def first_difference(a: str, b: str) -> str:
    """Where two lines first differ, with some context."""
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"at char {i}: {a[max(0, i - 60) : i + 60]!r}\n    now: {b[max(0, i - 60) : i + 60]!r}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="write the output lines here")
    ap.add_argument("--against", type=Path, help="compare with the output lines saved here")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    recs = records()
    lines = run(recs, args.jobs)
    if args.save:
        args.save.write_text("".join(ln + "\n" for ln in lines), encoding="utf-8")
        print(f"{len(lines)} records saved to {args.save}")
    if args.against:
        before = args.against.read_text(encoding="utf-8").splitlines()
        if len(before) != len(lines):
            print(f"{len(before)} records saved, {len(lines)} now: a different input set")
            return 1
        diff = [(label, a, b) for (label, _), a, b in zip(recs, before, lines) if a != b]
        for label, a, b in diff:
            print(f"{label}: {first_difference(a, b)}")
        print(f"{len(lines) - len(diff)} of {len(lines)} records byte-identical, {len(diff)} differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
