#!/usr/bin/env python3
"""Which first words make the rules' organisation readings wrong: writes extract/data/org_weak_starts.tsv.

    .venv/bin/python bench/org_weak_starts.py [--max-precision 0.25] [--min-count 5] [--dry-run]

The rules read an organisation's name leftwards from its suffix to a boundary, and sometimes run
over a verb, a pronoun or a conjunction (解读|政府, 一律交|公司, 但|卫生局). This counts, on the TRAIN
news sets of bench/ner_data.py (MSRA NER val, People's Daily NER dev; never the test sets), every
organisation the rules read with the learned model off, by the jieba part of speech of the longest
dictionary word its reading begins with (readings that begin with a division's name are counted apart,
as "place", and never written), and how many of them are an ORG span of the labels exactly.
A class whose readings are right in fewer than --max-precision of at least --min-count cases is
written to the file; extract/mentions.py then drops a rules' organisation beginning with such a word
when the learned model reads no organisation over it. Deterministic: same data, rules and jieba
dictionary give the same file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgqa.extract import mentions, ner  # noqa: E402
from ner_data import train_sets  # noqa: E402
from ner_eval import by_step  # noqa: E402
from ner_train import IN_DOMAIN  # noqa: E402

OUT = Path(ner.__file__).with_name("data") / "org_weak_starts.tsv"
HEADER = """# Parts of speech (jieba's dictionary tags) of a first word that makes the rules' reading of an
# organisation's name rarely right: tag, readings that were an ORG of the labels, readings that were not.
# Written by bench/org_weak_starts.py from the TRAIN news sets (MSRA NER val, People's Daily NER dev);
# extract/mentions.py drops a rules' organisation that begins with such a word when the learned model
# reads no organisation over it (解读|政府, 一律交|公司, 但|卫生局). Do not edit by hand: rerun the script.
"""


def counts() -> tuple[Counter, Counter]:
    """(right, wrong) rules' organisation readings of the TRAIN news sets by the POS of their first word."""
    right: Counter = Counter()
    wrong: Counter = Counter()
    for name, recs in train_sets().items():
        if name not in IN_DOMAIN:
            continue
        for text, spans in recs:
            gold = {x for x in spans if x[2] == "ORG"}
            found = by_step(text, False)
            places = {x[0] for x in found if x[2] == "LOC"}
            for x in found:
                if x[2] == "ORG":
                    pos = "place" if x[0] in places else mentions.first_word_pos(text[x[0] : x[1]]) or "-"
                    (right if x in gold else wrong)[pos] += 1
    return right, wrong


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-precision", type=float, default=0.25)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = ap.parse_args()
    right, wrong = counts()
    rows = []
    for pos in sorted(set(right) | set(wrong), key=lambda p: (-(right[p] + wrong[p]), p)):
        n = right[pos] + wrong[pos]
        weak = pos not in ("-", "place") and n >= args.min_count and right[pos] / n < args.max_precision
        print(
            f"{pos:4} right {right[pos]:4} wrong {wrong[pos]:4} precision {right[pos] / n:.2f}{'  weak' if weak else ''}"
        )
        if weak:
            rows.append(f"{pos}\t{right[pos]}\t{wrong[pos]}")
    if not args.dry_run:
        OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"{len(rows)} classes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
