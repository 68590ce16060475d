#!/usr/bin/env python3
"""Precision of question answering on the gold and dev pages: of the non-empty answers, how many are exactly right.

    .venv/bin/python bench/qa_precision.py [--shared ../shared] [--show wrong|miss|all] [--only STEM]

Each gold page (../shared/gold and ../shared/dev/gold) is ingested into a fresh in-memory store, as
../shared/eval/run_gold.py does with the CLI (one store per page, the page text read like `kgqa
ingest` reads it), and every gold question is asked. Answers are judged with the shared scorer's
`qa_correct` (score.py imported by path at run time, never copied). Prints, per set and overall:
questions, non-empty answers, exactly right among them, precision (target >= 95%), and qa_acc over
template kinds. With --show, lists the wrong non-empty answers (wrong), the template-kind misses
(miss) or every question (all), each with its kind and the template used.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import yaml
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.ingest import read_path
from qa_import import ask_gold

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(shared: Path):
    """The shared scorer module, imported from its file."""
    spec = importlib.util.spec_from_file_location("kgqa_shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def run_page(score, corpus: Path, gold_path: Path) -> list[dict]:
    """Ask one page's gold questions of a fresh store built from the page; one record per question."""
    stem = gold_path.name[: -len(".gold.yaml")]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    kg = KnowledgeGraph.open("memory:")
    item = read_path(corpus / f"{stem}.txt")
    kg.ingest_text(item.text, item.name)
    out = [{"page": stem, **r} for r in ask_gold(score, kg, gold, kg.export().get("organizations") or [])]
    kg.close()
    return out


def summary(name: str, records: list[dict]) -> dict:
    nonempty = [r for r in records if r["nonempty"]]
    right = [r for r in nonempty if r["ok"]]
    templated = [r for r in records if r["kind"] != "other"]
    pages = sorted({r["page"] for r in records})
    acc_by_page = [
        sum(r["ok"] for r in templated if r["page"] == p) / n
        for p in pages
        if (n := sum(1 for r in templated if r["page"] == p))
    ]
    prec = len(right) / len(nonempty) if nonempty else 1.0
    print(
        f"{name:8} questions={len(records)} non_empty={len(nonempty)} exactly_right={len(right)} "
        f"precision={prec:.3f} qa_acc(mean of pages)={sum(acc_by_page) / max(len(acc_by_page), 1):.3f} "
        f"template_kind_right={sum(r['ok'] for r in templated)}/{len(templated)}"
    )
    return {"non_empty": len(nonempty), "right": len(right)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", choices=["wrong", "miss", "all"])
    ap.add_argument("--only", help="only pages whose stem starts with this")
    args = ap.parse_args()
    shared = Path(args.shared)
    score = load_scorer(shared)
    sets = {"gold": (shared / "corpus", shared / "gold"), "dev": (shared / "dev" / "corpus", shared / "dev" / "gold")}
    everything: list[dict] = []
    results = {}
    for name, (corpus, gold_dir) in sets.items():
        records = []
        for gold_path in sorted(gold_dir.glob("*.gold.yaml")):
            if args.only and not gold_path.name.startswith(args.only):
                continue
            records += run_page(score, corpus, gold_path)
        results[name] = records
        everything += records
    for name, records in results.items():
        for r in records:
            show = (
                args.show == "all"
                or (args.show == "wrong" and r["nonempty"] and not r["ok"])
                or (args.show == "miss" and r["kind"] != "other" and not r["ok"])
            )
            if show:
                mark = "ok " if r["ok"] else ("WRONG" if r["nonempty"] else "empty")
                print(
                    f"{mark:5} [{name} {r['page'][:6]} {r['kind']} -> {r['template']}] {r['q']}  "
                    f"want={r['want']} got={r['got']}" + (f"  ({r['message']})" if not r["nonempty"] else "")
                )
    for name, records in results.items():
        summary(name, records)
    total = summary("all", everything)
    return 0 if total["non_empty"] == 0 or total["right"] / total["non_empty"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
