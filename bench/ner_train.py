#!/usr/bin/env python3
"""Train the CRF of extract/ner.py and write extract/data/ner.crfsuite.

    .venv/bin/python bench/ner_train.py [--tune] [--c1 0.2] [--c2 0.01] [--iters 150] [--out PATH]

Learns only from the TRAIN sets of bench/ner_data.py (CLUENER train, ResumeNER train,
MSRA NER val, People's Daily NER dev); the news sets (MSRA val, People's Daily dev) are
given twice, as they are the style of the pages kgqa reads. `--tune` holds out the last
20% of MSRA val and People's Daily dev, trains on the rest and prints span P/R/F1 on that
held-out part (how c1/c2/iterations were chosen); without it the model is trained on all of
the TRAIN sets and written to the package. The test sets are never read here.

The shipped model is built by the plain command (defaults: L-BFGS, c1 0.2, c2 0.01, 150
iterations, news sets twice, feature.minfreq 1, possible transitions on). Training is
deterministic: the same data files, feature code (extract/ner.py `features` and the lexicons
of extract/data/ it reads) and options give the same model. `--sets none` trains on the news
sets alone (a quick run for comparing features with `--tune`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from kgqa.extract import ner  # noqa: E402
from ner_data import train_sets  # noqa: E402

IN_DOMAIN = ("msra_val", "pd_dev")
TUNE_PART = 0.8


def bio(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of text for its labelled spans."""
    tags = ["O"] * len(text)
    for a, b, lab in spans:
        if a < b <= len(text) and all(t == "O" for t in tags[a:b]):
            tags[a] = "B-" + lab
            for k in range(a + 1, b):
                tags[k] = "I-" + lab
    return tags


def split_sets(tune: bool, dup: int, only: set[str] | None = None) -> tuple[list, list]:
    """(training records, held-out tune records)."""
    train, held = [], []
    for name, recs in train_sets().items():
        if only and name not in only and name not in IN_DOMAIN:
            continue
        if tune and name in IN_DOMAIN:
            cut = int(len(recs) * TUNE_PART)
            recs, rest = recs[:cut], recs[cut:]
            held.extend(rest)
        train.extend(recs * (dup if name in IN_DOMAIN else 1))
    return train, held


def prf(gold: list, pred: list) -> dict[str, tuple[float, float, float]]:
    """Span-level P/R/F1 per label over lists of span sets."""
    out = {}
    for lab in ner.LABELS:
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            gs = {x for x in g if x[2] == lab}
            ps = {x for x in p if x[2] == lab}
            tp += len(gs & ps)
            fp += len(ps - gs)
            fn += len(gs - ps)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[lab] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--dup", type=int, default=2)
    ap.add_argument("--minfreq", type=float, default=1)
    ap.add_argument("--out", default=str(ner.MODEL))
    ap.add_argument("--sets", default="", help="comma-separated TRAIN sets besides the news ones (default all)")
    args = ap.parse_args()
    train, held = split_sets(args.tune, args.dup, set(filter(None, args.sets.split(","))))
    if not train:
        print("no training data under ../shared/bench", file=sys.stderr)
        return 1
    out = args.out if not args.tune or args.out != str(ner.MODEL) else f"/tmp/ner_tune{os.getpid()}.crfsuite"
    t0 = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for text, spans in train:
        tr.append(ner.features(text), bio(text, spans))
    tr.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iters,
            "feature.possible_transitions": True,
            "feature.minfreq": args.minfreq,
        }
    )
    tr.train(out)
    size = Path(out).stat().st_size
    print(f"trained on {len(train)} sentences in {time.time() - t0:.0f} s -> {out} ({size / 1e6:.1f} MB)")
    if held:
        tg = pycrfsuite.Tagger()
        tg.open(out)
        pred = [ner.spans_of(tg.tag(ner.features(t))) for t, _ in held]
        for lab, (p, r, f) in prf([s for _, s in held], pred).items():
            print(f"  tune {lab}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
