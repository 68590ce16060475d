#!/usr/bin/env python3
"""Score `extract_page` (no store) on ../shared/gold and ../shared/dev: per-page sections and means.

    .venv/bin/python bench/score_extract.py [--only STEM] [--diff] [--no-name]

--diff prints, per page, what the gold has that the extraction missed (-) and what the
extraction gave that the gold does not have (+), for persons, posts, organisations
(with types) and events. --no-name leaves the source file name out of extract_page
(by default the file name is passed as `source_name`, as the ingest does).
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

KEY = ["articles", "persons", "posts", "organizations", "organization_types", "zone_industries", "agreements", "events"]


def _extract(text: str, name: str | None) -> dict:
    try:
        return extract_page(text, source_name=name).to_gold()
    except TypeError:  # an extract_page without source_name
        return extract_page(text).to_gold()


def _diff(gold: dict, pred: dict) -> None:
    orgs = score.Orgs(gold.get("organizations") or [], pred.get("organizations") or [])
    n = score.norm

    def posts(people):
        return {
            (n(p["name"]), score.role(q.get("title")), orgs(q.get("org")))
            for p in people or []
            for q in p.get("posts") or []
        }

    def events(evs):
        return {
            (str(e.get("date")), e.get("kind"), ",".join(sorted(n(x) for x in e.get("participants") or [])))
            for e in evs or []
        }

    sections = {
        "persons": (
            {n(p["name"]) for p in gold.get("persons") or []},
            {n(p["name"]) for p in pred.get("persons") or []},
        ),
        "posts": (posts(gold.get("persons")), posts(pred.get("persons"))),
        "orgs": (
            {(orgs(o["name"]), o.get("type")) for o in gold.get("organizations") or []},
            {(orgs(o["name"]), o.get("type")) for o in pred.get("organizations") or []},
        ),
        "events": (events(gold.get("events")), events(pred.get("events"))),
    }
    for name, (g, p) in sections.items():
        for x in sorted(g - p, key=str):
            print(f"    {name:8} - {x}")
        for x in sorted(p - g, key=str):
            print(f"    {name:8} + {x}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--no-name", action="store_true")
    args = ap.parse_args()
    for label, gold_dir, corpus in (
        ("gold", SHARED / "gold", SHARED / "corpus"),
        ("dev", SHARED / "dev" / "gold", SHARED / "dev" / "corpus"),
    ):
        f1s = []
        print(f"== {label}: " + " ".join(f"{k[:8]:>8}" for k in KEY) + "  fact_f1")
        for g in sorted(gold_dir.glob("*.gold.yaml")):
            if args.only and not g.name.startswith(args.only):
                continue
            gold = yaml.safe_load(g.read_text(encoding="utf-8"))
            text = (corpus / gold["document"]).read_text(encoding="utf-8")
            pred = _extract(text, None if args.no_name else gold["document"])
            res = score.score_facts(gold, pred)
            empty = score.empty_sections(gold)
            counted = [f for n, (_, _, f) in res.items() if n not in empty]
            f1 = sum(counted) / len(counted)
            f1s.append(f1)
            cells = " ".join(f"{res[k][2]:8.3f}" if k not in empty else f"{'-':>8}" for k in KEY)
            print(f"{g.name[:16]:16} {cells}  {f1:.3f}")
            if args.diff:
                _diff(gold, pred)
        if f1s:
            print(f"mean {label} fact_f1={sum(f1s) / len(f1s):.3f} pages={len(f1s)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
