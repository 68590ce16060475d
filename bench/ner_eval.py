#!/usr/bin/env python3
"""Span-level P/R/F1 of PER, ORG, LOC on the held-out NER sets (MSRA NER test, People's Daily NER test).

    .venv/bin/python bench/ner_eval.py [--limit N] [--only rules|model|fused] [--tune] [--model PATH]

Three recognisers, each sentence read alone:
  rules  extraction (steps sentences, context, mentions, posts) with the learned model switched
         off (title chains, role words, lexicons, data/name_chars.tsv statistics): person, org
         and place mentions
  model  extract/ner.py alone (the CRF of data/ner.crfsuite, trained by bench/ner_train.py
         on other sets, never on these)
  fused  the same steps as kgqa runs them (rules and model fused, extract/mentions.py `fuse`);
         its persons include the person_ref mentions (a name in a reporter's credit or a
         doctrine's name: recognised, but no person fact of the page)
A predicted span counts when its start, end and label equal a gold span's. Of nested spans
of one label only the outermost is kept (the step also gives the shorter names inside an
organisation's full name). The sets stay in ../shared/bench, read at run time.

`--tune` measures instead on the held-out part of the TRAIN news sets (the last 20% of MSRA
val and People's Daily dev, as `bench/ner_train.py --tune` splits them), with `--model` a
model trained by `ner_train.py --tune --out PATH` that never saw that part: fusion rules are
chosen there, never on the test sets. Reading kgqa's output on the test sentences to find
rules is tuning on them too: probe extraction with the `--tune` part or CLUENER/Resume text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgqa.extract import ner  # noqa: E402
from kgqa.extract.facts import Article  # noqa: E402
from kgqa.extract.pipeline import Doc, Pipeline  # noqa: E402
from ner_data import test_sets, train_sets  # noqa: E402
from ner_train import IN_DOMAIN, TUNE_PART, prf  # noqa: E402

KINDS = {"person": "PER", "person_ref": "PER", "org": "ORG", "place": "LOC"}


def outermost(spans) -> list[tuple[int, int, str]]:
    """Spans not strictly inside another span of the same label."""
    s = set(spans)
    return sorted(x for x in s if not any(y != x and y[2] == x[2] and y[0] <= x[0] and x[1] <= y[1] for y in s))


STEPS = Pipeline(["sentences", "context", "mentions", "posts"])


def by_step(text: str, use_model: bool) -> list[tuple[int, int, str]]:
    """Person/org/place spans that extraction gives for one sentence read as an article: the
    mentions after the `posts` step (which adds the persons its title grammar reads)."""
    doc = Doc(text)
    doc.facts.articles = [Article(title=None, body=text)]
    ner.ENABLED = use_model
    try:
        STEPS(doc)
    finally:
        ner.ENABLED = True
    return outermost((m.start, m.end, KINDS[m.kind]) for m in doc.mentions if m.kind in KINDS)


SYSTEMS = {
    "rules": lambda t: by_step(t, False),
    "model": lambda t: outermost(ner.recognise([t])[0]),
    "fused": lambda t: by_step(t, True),
}


def held_out() -> dict[str, list]:
    """The part of each TRAIN news set that `ner_train.py --tune` holds out."""
    return {f"{k}_held": v[int(len(v) * TUNE_PART) :] for k, v in train_sets().items() if k in IN_DOMAIN}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", choices=list(SYSTEMS))
    ap.add_argument("--tune", action="store_true", help="the held-out part of the TRAIN news sets instead")
    ap.add_argument("--model", help="a model file other than the shipped one")
    args = ap.parse_args()
    if args.model:
        ner.MODEL = Path(args.model)
        ner._tagger.cache_clear()
    sets = held_out() if args.tune else test_sets()
    if not sets:
        print("no data under ../shared/bench", file=sys.stderr)
        return 1
    if not ner.available():
        print("warning: the learned model is not available", file=sys.stderr)
    print(f"{'set':10} {'system':6} " + "  ".join(f"{lab:>20}" for lab in ner.LABELS) + "   seconds")
    for name, recs in sets.items():
        if args.limit:
            recs = recs[: args.limit]
        gold = [s for _, s in recs]
        for sysname, fn in SYSTEMS.items():
            if args.only and sysname != args.only:
                continue
            t0 = time.time()
            pred = [fn(t) for t, _ in recs]
            res = prf(gold, pred)
            cells = "  ".join(f"P{p:.2f} R{r:.2f} F1 {f:.3f}" for p, r, f in res.values())
            print(f"{name:10} {sysname:6} {cells}   {time.time() - t0:6.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
