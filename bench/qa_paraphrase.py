#!/usr/bin/env python3
"""Questions about the seed pages in wordings that are in no gold file: how well the parser generalises.

    .venv/bin/python bench/qa_paraphrase.py [--misses]

bench/data/seed_paraphrases.yaml holds our own rewordings of the seed pages' questions (the facts are the
gold's, the wording is not). Each page's questions are asked twice: on a graph imported from the page's gold
(`kgqa import`'s code: every miss is the parser's) and on the graph extracted from the page (end to end).
Answers are judged with ../shared/eval/score.py's `qa_correct`. Prints accuracy per page and mode, and per
template family; `--misses` lists the wrong answers.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_import import SHARED, load_scorer  # noqa: E402

from kgqa.kg.graph import KnowledgeGraph  # noqa: E402
from kgqa.kg.importer import import_facts  # noqa: E402

PARAPHRASES = Path(__file__).resolve().parent / "data" / "seed_paraphrases.yaml"


def graphs(stem: str) -> dict[str, KnowledgeGraph]:
    """The page's graph two ways: imported from its gold, and extracted from its text."""
    gold = yaml.safe_load((SHARED / "gold" / f"{stem}.gold.yaml").read_text(encoding="utf-8"))
    imported = KnowledgeGraph.open("memory:")
    import_facts(imported, gold, f"{stem}.gold.yaml")
    extracted = KnowledgeGraph.open("memory:")
    extracted.ingest_text((SHARED / "corpus" / gold["document"]).read_text(encoding="utf-8"), gold["document"])
    return {"import": imported, "e2e": extracted}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    args = ap.parse_args()
    score = load_scorer()
    started = time.perf_counter()
    right: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for page in yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8")):
        for mode, kg in graphs(page["page"]).items():
            orgs = score.Orgs([], kg.export().get("organizations") or [])
            for item in page["questions"]:
                got = kg.ask(item["q"]).to_json()
                ok = score.qa_correct(item["a"], got.get("answers") or [], orgs)
                right[(mode, item["kind"])].append(ok)
                if args.misses and not ok:
                    print(f"{mode:6} MISS [{item['kind']} -> {got.get('template')}] {item['q']}  want={item['a']} "
                          f"got={[score.answer_label(a) for a in got.get('answers') or []]}"
                          + ("" if got.get("answers") else f"  ({got.get('message')})"))
            kg.close()
    kinds = sorted({k for _, k in right})
    print(f"\n{'family':22} {'import':>10} {'e2e':>10}")
    for kind in kinds:
        cells = [f"{sum(right[(m, kind)])}/{len(right[(m, kind)])}" for m in ("import", "e2e")]
        print(f"{kind:22} {cells[0]:>10} {cells[1]:>10}")
    for mode in ("import", "e2e"):
        oks = [ok for (m, _), v in right.items() if m == mode for ok in v]
        print(f"{mode:6} accuracy {sum(oks) / len(oks):.3f} ({sum(oks)}/{len(oks)})")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
