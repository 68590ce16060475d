#!/usr/bin/env python3
"""Person and organisation P/R/F1 on the held-out part of public NER benchmarks' TRAIN splits.

    .venv/bin/python bench/ner_recall.py [--part test|tune] [--sweep] [--limit N]

Datasets (read from ../shared/bench at run time, never copied): CLUENER2020 train
(name; company, government, organization) and ResumeNER train (NAME; ORG). Each is cut
by position as bench/build_name_lexicon.py does: statistics come from the first 70%, the
threshold of extract/names.py was chosen on 70-80% (`--part tune`), and the numbers to
report are on the last 20% (`--part test`, the default).

Per dataset, each line (sentence) is extracted alone with `extract_page`; a gold name counts
as found if a person of that name is extracted, a gold organisation if an extracted
organisation has it as name or alias. Also shown: `names.find_names` alone on the raw text
(the recogniser without the pipeline). `--sweep` prints the recogniser's P/R over thresholds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_name_lexicon import datasets, split  # noqa: E402
from kgqa.extract import (
    extract_page,  # noqa: E402
    names,  # noqa: E402
)

PERSON = {"name", "NAME"}
ORG = {"company", "government", "organization", "ORG"}


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def __str__(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def gold_of(text: str, spans: dict, labels: set) -> set[str]:
    return {text[a:b] for lab, ss in spans.items() if lab in labels for a, b in ss}


def sweep(recs: list) -> None:
    for th in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0):
        m = PRF()
        for text, spans in recs:
            m.add(gold_of(text, spans, PERSON), {n for _, _, n in names.find_names(text, threshold=th)})
        print(f"  threshold {th:4.1f}: {m}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=["test", "tune"])
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    data = datasets()
    if not data:
        print("no data under ../shared/bench", file=sys.stderr)
        return 1
    for name, recs in data.items():
        part = split(recs, args.part)
        if args.limit:
            part = part[: args.limit]
        print(f"== {name} {args.part}: {len(part)} lines")
        if args.sweep:
            sweep(part)
            continue
        alone, person, org = PRF(), PRF(), PRF()
        org_by_label: dict[str, list[int]] = {}
        for text, spans in part:
            gp = gold_of(text, spans, PERSON)
            alone.add(gp, {n for _, _, n in names.find_names(text)})
            facts = extract_page(text)
            person.add(gp, {p.name for p in facts.persons})
            go = gold_of(text, spans, ORG)
            said = {w for o in facts.organizations for w in [o.name, *o.aliases]}
            hit = go & said
            org.tp += len(hit)
            org.fn += len(go - said)
            org.fp += sum(1 for o in facts.organizations if not ({o.name, *o.aliases} & go))
            for lab, ss in spans.items():
                if lab in ORG:
                    for a, b in ss:
                        c = org_by_label.setdefault(lab, [0, 0])
                        c[0] += text[a:b] in said
                        c[1] += 1
        print(f"  person (names.find_names alone): {alone}")
        print(f"  person (extract_page):           {person}")
        print(f"  org    (extract_page):           {org}")
        print(
            "  org recall by label: "
            + ", ".join(f"{k} {v[0]}/{v[1]}={v[0] / max(v[1], 1):.3f}" for k, v in sorted(org_by_label.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
