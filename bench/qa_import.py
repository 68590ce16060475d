#!/usr/bin/env python3
"""The question parser's own accuracy: a graph built from each gold file (not from extraction), asked its questions.

    .venv/bin/python bench/qa_import.py [--only STEM] [--set gold|dev] [--misses] [--kinds]

Each gold file of ../shared/gold and ../shared/dev/gold is loaded through the importer (`kgqa import`'s
code: kg/importer.py) into a fresh in-memory store, as one page, and that file's questions are asked
(as `kgqa ask --json`). Answers are judged with ../shared/eval/score.py's `qa_correct`. Prints qa_acc
(template kinds) per page, the mean per set, and precision (of the non-empty answers, the share exactly
right). Since the facts are the gold's own, every miss is the parser's (linking, template choice,
query): that is the number this measures. --kinds adds accuracy per question kind.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import import_facts

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer():
    """The shared scorer module (../shared/eval/score.py)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_page(score, gold_path: Path) -> list[dict]:
    """Import one gold file into a fresh store and ask its questions; one record per question."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    kg = KnowledgeGraph.open("memory:")
    import_facts(kg, gold, gold_path.name)
    out = ask_gold(score, kg, gold, gold.get("organizations") or [])
    kg.close()
    return out


def ask_gold(score, kg: KnowledgeGraph, gold: dict, orgs: list) -> list[dict]:
    """Ask the gold's questions of a graph and judge each with the scorer (`orgs`: the graph's organizations,
    for the scorer's name matching); one record per question."""
    matcher = score.Orgs(gold.get("organizations") or [], orgs)
    out = []
    for item in gold.get("qa") or []:
        got = kg.ask(item["q"]).to_json()
        answers = got.get("answers") or []
        out.append(
            {
                "q": item["q"],
                "kind": item.get("kind", "other"),
                "want": item["a"],
                "got": [score.answer_label(a) for a in answers],
                "template": got.get("template"),
                "message": got.get("message"),
                "nonempty": bool(answers),
                "ok": score.qa_correct(item["a"], answers, matcher),
            }
        )
    return out


def acc(records: list[dict]) -> float | None:
    """Share of template-kind questions answered exactly (None when there are none)."""
    templated = [r for r in records if r["kind"] != "other"]
    return sum(r["ok"] for r in templated) / len(templated) if templated else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="only pages whose file name starts with this")
    ap.add_argument("--set", choices=["gold", "dev"], help="only this set")
    ap.add_argument(
        "--misses",
        action="store_true",
        help="list the template-kind questions answered wrongly, and every wrong non-empty answer",
    )
    ap.add_argument("--kinds", action="store_true", help="accuracy per question kind")
    args = ap.parse_args()
    score = load_scorer()
    started = time.perf_counter()
    per_set: dict[str, dict[str, list[dict]]] = defaultdict(dict)
    for set_name, gold_dir in (("gold", SHARED / "gold"), ("dev", SHARED / "dev" / "gold")):
        if args.set and args.set != set_name:
            continue
        for path in sorted(gold_dir.glob("*.gold.yaml")):
            stem = path.name[: -len(".gold.yaml")]
            if not args.only or stem.startswith(args.only):
                per_set[set_name][stem] = run_page(score, path)
    for set_name, pages in per_set.items():
        for stem, records in pages.items():
            a = acc(records)
            print(f"{set_name:4} {stem[:30]:30} qa_acc {'-' if a is None else f'{a:.3f}'}")
            if args.misses:
                for r in records:
                    if not r["ok"] and (r["kind"] != "other" or r["nonempty"]):
                        print(
                            f"      MISS [{r['kind']} -> {r['template']}] {r['q']}  want={r['want']} got={r['got']}"
                            + (f"  ({r['message']})" if not r["nonempty"] else "")
                        )
    print()
    for set_name, pages in per_set.items():
        page_accs = [a for recs in pages.values() if (a := acc(recs)) is not None]
        records = [r for recs in pages.values() for r in recs]
        nonempty = [r for r in records if r["nonempty"]]
        prec = sum(r["ok"] for r in nonempty) / len(nonempty) if nonempty else 1.0
        templated = [r for r in records if r["kind"] != "other"]
        print(
            f"{set_name:4} pages={len(pages)} qa_acc(mean of pages)={sum(page_accs) / max(len(page_accs), 1):.3f} "
            f"right={sum(r['ok'] for r in templated)}/{len(templated)} precision={prec:.3f} "
            f"({sum(r['ok'] for r in nonempty)}/{len(nonempty)} non-empty)"
        )
        if args.kinds:
            kinds: dict[str, list[dict]] = defaultdict(list)
            for r in records:
                kinds[r["kind"]].append(r)
            for kind, recs in sorted(kinds.items()):
                print(f"     {kind:22} {sum(r['ok'] for r in recs)}/{len(recs)}")
    print(f"\n{sum(len(p) for p in per_set.values())} pages in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
