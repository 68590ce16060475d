#!/usr/bin/env python3
"""Score every page of ../shared/gold and ../shared/dev end to end, in one process: per-article sections, worst first.

    .venv/bin/python bench/score_all.py [--only STEM] [--set gold|dev] [--misses] [--save] [--no-diff]

Each page is ingested into a fresh in-memory store (as `kgqa ingest` does), exported (as `kgqa export`)
and asked its gold questions (as `kgqa ask --json`), then scored with ../shared/eval/score.py. The table
lists each page's section F1s, fact_f1, qa_acc (template-kind questions) and qa_all (all questions, the
"other" ones included, as score.py's qa_all), sorted worst first, with the means per source
(xwlb, pd1998, cnews, eb, seed) and per set. The run is compared with the last saved one
(bench/results/last.json): pages whose fact_f1, qa_acc or qa_all moved at all (at 3 decimals: the scores are
deterministic) are listed with the change, and a drop of more than 0.05 on any page is flagged. `--save` makes this run the new reference.
The numbers equal `../shared/eval/run_gold.py`'s (same scorer, same ingest/export/ask code), minus
the process start-ups, so a whole run takes seconds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import yaml
from kgqa.kg.graph import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "last.json"
SECTIONS = [
    "articles",
    "persons",
    "posts",
    "organizations",
    "organization_types",
    "zone_industries",
    "agreements",
    "events",
]
SHORT = ["art", "pers", "posts", "orgs", "otype", "zones", "agree", "events"]


def load_scorer():
    """The shared scorer module (../shared/eval/score.py)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_of(stem: str) -> str:
    """The source a dev page comes from, by its file name: '27_pd1998_…' -> 'pd1998'; seed pages -> 'seed'."""
    parts = stem.split("_")
    return parts[1] if len(parts) > 2 and parts[0].isdigit() and len(parts[0]) == 2 else "seed"


def score_page(score, gold_path: Path, corpus: Path) -> dict:
    """Ingest, export, ask and score one gold page; returns sections, fact_f1, qa_acc and misses."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    return score_text(score, gold, (corpus / gold["document"]).read_text(encoding="utf-8"))


def score_text(score, gold: dict, text: str) -> dict:
    """Ingest, export, ask and score a page's text against its gold; also returns the export as `pred`."""
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text(text, gold["document"])
    pred = json.loads(json.dumps(kg.export(), ensure_ascii=False, default=str))
    sections = score.score_facts(gold, pred)
    empty = score.empty_sections(gold)
    counted = [f for name, (_, _, f) in sections.items() if name not in empty]
    orgs = score.Orgs(gold.get("organizations") or [], pred.get("organizations") or [])
    oks, alls, misses = [], [], []
    for item in gold.get("qa") or []:
        got = kg.ask(item["q"]).to_json().get("answers") or []
        ok = score.qa_correct(item["a"], got, orgs)
        alls.append(ok)
        if item.get("kind", "other") != "other":
            oks.append(ok)
        if not ok:
            misses.append(
                {
                    "q": item["q"],
                    "kind": item.get("kind", "other"),
                    "want": item["a"],
                    "got": [score.answer_label(a) for a in got],
                }
            )
    return {
        "sections": {k: v[2] for k, v in sections.items() if k not in empty},
        "fact_f1": sum(counted) / len(counted),
        "qa_acc": sum(oks) / len(oks) if oks else None,
        "qa_all": sum(alls) / len(alls) if alls else None,
        "misses": misses,
        "pred": pred,
    }


def mean(values: list[float | None]) -> float | None:
    """Mean of the values that are not None (None when there are none)."""
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def fmt(x: float | None, width: int = 6) -> str:
    return f"{'-':>{width}}" if x is None else f"{x:{width}.3f}"


def print_table(results: dict[str, dict], show_misses: bool) -> None:
    """Pages worst first, then means per source and per set."""
    print(f"{'page':28} " + " ".join(f"{s:>6}" for s in SHORT) + "  fact_f1 qa_acc qa_all")
    order = sorted(results, key=lambda s: (results[s]["fact_f1"], results[s]["qa_acc"] or 0.0))
    for stem in order:
        r = results[stem]
        cells = " ".join(fmt(r["sections"].get(k)) for k in SECTIONS)
        print(f"{stem[:28]:28} {cells}   {fmt(r['fact_f1'])} {fmt(r['qa_acc'])} {fmt(r.get('qa_all'))}")
        if show_misses:
            for m in r["misses"]:
                print(f"      MISS [{m['kind']}] {m['q']}  want={m['want']}  got={m['got']}")
    groups: dict[str, list[str]] = {}
    for stem, r in results.items():
        groups.setdefault(r["set"] + ":" + source_of(stem), []).append(stem)
        groups.setdefault(r["set"] + ":all", []).append(stem)
    print()
    for name in sorted(groups):
        stems = groups[name]
        secs = " ".join(fmt(mean([results[s]["sections"].get(k) for s in stems])) for k in SECTIONS)
        print(
            f"{'mean ' + name + f' ({len(stems)})':28} {secs}   "
            f"{fmt(mean([results[s]['fact_f1'] for s in stems]))} {fmt(mean([results[s]['qa_acc'] for s in stems]))} "
            f"{fmt(mean([results[s].get('qa_all') for s in stems]))}"
        )


def print_diff(results: dict[str, dict], last: dict[str, dict]) -> int:
    """Pages that moved since the saved run; returns how many dropped by more than 0.05."""
    moved, big_drops = [], 0
    for stem, r in sorted(results.items()):
        old = last.get(stem)
        if not old:
            continue
        for key in ("fact_f1", "qa_acc", "qa_all"):
            a, b = old.get(key), r.get(key)
            # (a save older than qa_all has no such key: not compared; scores are deterministic: any move shows)
            if a is None or b is None or round(a, 3) == round(b, 3):
                continue
            flag = "  <-- DROP > 0.05" if b < a - 0.05 else ""
            big_drops += bool(flag)
            moved.append(f"  {stem[:28]:28} {key:8} {a:.3f} -> {b:.3f} ({b - a:+.3f}){flag}")
    print(f"\nagainst {RESULTS.relative_to(ROOT)}: {len(moved)} change(s)" + ("" if moved else " (none)"))
    print("\n".join(moved))
    return big_drops


def gold_pages(set_only: str | None = None, only: str | None = None) -> Iterator[tuple[str, str, Path, Path]]:
    """(set name, stem, gold file, corpus folder) of every gold page of ../shared, seeds first:
    `for set_name, stem, gold_path, corpus in gold_pages("dev", "27_")`."""
    for set_name, gold_dir, corpus in (
        ("gold", SHARED / "gold", SHARED / "corpus"),
        ("dev", SHARED / "dev" / "gold", SHARED / "dev" / "corpus"),
    ):
        if set_only and set_only != set_name:
            continue
        for gold_path in sorted(gold_dir.glob("*.gold.yaml")):
            stem = gold_path.name[: -len(".gold.yaml")]
            if not only or stem.startswith(only):
                yield set_name, stem, gold_path, corpus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="score only pages whose file name starts with this")
    ap.add_argument("--set", choices=["gold", "dev"], help="score only this set")
    ap.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    ap.add_argument("--save", action="store_true", help=f"save this run as {RESULTS.relative_to(ROOT)}")
    ap.add_argument("--no-diff", action="store_true", help="do not compare with the saved run")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"score_all: ../shared not found at {SHARED}")
    score = load_scorer()
    started = time.perf_counter()
    results: dict[str, dict] = {}
    for set_name, stem, gold_path, corpus in gold_pages(args.set, args.only):
        results[stem] = {**score_page(score, gold_path, corpus), "set": set_name}
    print_table(results, args.misses)
    print(f"\n{len(results)} pages in {time.perf_counter() - started:.1f} s")
    if RESULTS.exists() and not args.no_diff:
        last = json.loads(RESULTS.read_text(encoding="utf-8"))
        drops = print_diff(results, last)
        if drops:
            print(f"{drops} page score(s) dropped by more than 0.05: a change that costs pages needs a reason")
    if args.save:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        keep = {s: {k: r[k] for k in ("set", "fact_f1", "qa_acc", "qa_all", "sections")} for s, r in results.items()}
        if RESULTS.exists() and (args.only or args.set):  # a partial run updates only its pages
            keep = {**json.loads(RESULTS.read_text(encoding="utf-8")), **keep}
        RESULTS.write_text(json.dumps(keep, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
