#!/usr/bin/env python3
"""Person-name recall/precision of `extract_page` on CLUENER2020 train (name / position labels).

    .venv/bin/python bench/person_recall.py [N]

Each line's text is extracted alone; a gold name counts as found if a person of that
name is extracted. Also reports recall of `position` labels among the title lexicon.
The dataset stays in ../shared/bench (never copied into the project).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kgqa.extract import extract_page
from kgqa.extract.mentions import lexicon

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "cluener2020" / "train.jsonl"


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    tp = fp = fn = 0
    t_hit = t_all = 0
    titles = lexicon().titles
    with open(DATA, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= n:
                break
            rec = json.loads(line)
            gold = set((rec.get("label") or {}).get("name", {}))
            pred = {p.name for p in extract_page(rec["text"]).persons}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            for pos in (rec.get("label") or {}).get("position", {}):
                t_all += 1
                t_hit += any(pos.endswith(t) for t in titles)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"lines={n} person P={p:.3f} R={r:.3f} (tp={tp} fp={fp} fn={fn}); "
        f"position labels ending in a title word: {t_hit}/{t_all} = {t_hit / max(t_all, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
