#!/usr/bin/env python3
"""Score `extract_page` (no store) on ../shared/gold and ../shared/dev: per-page sections and means.

    .venv/bin/python bench/score_extract.py [--sections] [--only STEM]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import yaml

from kgqa.extract import extract_page

SHARED = Path(__file__).resolve().parents[2] / "shared"
spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

KEY = ["articles", "persons", "posts", "organizations", "organization_types", "zone_industries",
       "agreements", "events"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    args = ap.parse_args()
    for label, gold_dir, corpus in (("gold", SHARED / "gold", SHARED / "corpus"),
                                    ("dev", SHARED / "dev" / "gold", SHARED / "dev" / "corpus")):
        f1s = []
        print(f"== {label}: " + " ".join(f"{k[:8]:>8}" for k in KEY) + "  fact_f1")
        for g in sorted(gold_dir.glob("*.gold.yaml")):
            if args.only and not g.name.startswith(args.only):
                continue
            gold = yaml.safe_load(g.read_text(encoding="utf-8"))
            text = (corpus / gold["document"]).read_text(encoding="utf-8")
            pred = extract_page(text).to_gold()
            res = score.score_facts(gold, pred)
            empty = score.empty_sections(gold)
            counted = [f for n, (_, _, f) in res.items() if n not in empty]
            f1 = sum(counted) / len(counted)
            f1s.append(f1)
            cells = " ".join(f"{res[k][2]:8.3f}" if k not in empty else f"{'-':>8}" for k in KEY)
            print(f"{g.name[:16]:16} {cells}  {f1:.3f}")
        if f1s:
            print(f"mean {label} fact_f1={sum(f1s) / len(f1s):.3f} pages={len(f1s)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
