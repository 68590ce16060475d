#!/usr/bin/env python3
"""Does the learned recogniser find names it never saw? Span P/R/F1 of a CRF on held-out parts, split by seen/unseen.

    .venv/bin/python bench/ner_unseen.py --model PATH [--part tune|test] [--seed 1]

PATH must be a model trained `bench/ner_train.py --tune --hold-probe --out PATH` (it never saw the parts read
here). Parts: `news` = the last 20% of MSRA val and People's Daily dev (as `ner_train.py --tune` cuts them);
`cluener` = CLUENER train 70-80% (tune) or 80-100% (test), as bench/post_probe.py cuts it. Printed per part:
  PER/ORG/LOC  span P/R/F1 of the model alone (start, end and label equal)
  PER unseen   recall of the gold persons whose name is no person of the training records (a person
               nobody here has seen, as on a user's own newspaper), and `PER seen` of the others
  renamed PER  P/R/F1 on the same sentences with every person renamed (bench/fake_names.py `PersonNames`,
               a generator apart from ner_train.py's `NamePool`, so a model trained on renamed copies is
               not graded on its own kind of fake), mean over --seeds
The NER test sets are never read here.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pycrfsuite  # noqa: E402
from fake_names import PersonNames, is_chinese_name  # noqa: E402
from kgqa.extract import ner  # noqa: E402
from ner_data import train_sets  # noqa: E402
from ner_train import IN_DOMAIN, PROBE_CUT, TUNE_PART, prf, replace_persons, split_sets  # noqa: E402

Record = tuple[str, list[tuple[int, int, str]]]


def parts(which: str) -> dict[str, list[Record]]:
    """The held-out records by part name."""
    sets = train_sets()
    news = [r for k in IN_DOMAIN for r in sets.get(k, [])[int(len(sets.get(k, [])) * TUNE_PART) :]]
    cl = sets.get("cluener_train", [])
    a, b = int(len(cl) * PROBE_CUT), int(len(cl) * 0.8)
    return {"news": news, "cluener": cl[a:b] if which == "tune" else cl[b:]}


def renamed(rec: Record, rng: random.Random) -> Record:
    """The record with each person renamed by fake_names (same name the same way), spans moved."""
    text, spans = rec
    gen = PersonNames(rng, avoid=[text[a:b] for a, b, lab in spans if lab == "PER"])
    made: dict[str, str] = {}

    def fake(w: str) -> str:
        if len(w) < 2:
            return w
        if w not in made:
            made[w] = gen.chinese(text) if is_chinese_name(w) else _foreign(w, gen, text)
        return made[w]

    return replace_persons(text, spans, fake)


def _foreign(w: str, gen: PersonNames, text: str) -> str:
    """A transliterated-looking stand-in for a foreign name, piece by piece around its dots."""
    if not all("\u4e00" <= c <= "\u9fff" or c in "·•" for c in w):
        return w
    return "".join(p if p in "·•" else gen.foreign(len(p), text) for p in re.split("([·•])", w))


def line(name: str, r: tuple[float, float, float]) -> str:
    """One P/R/F1 line."""
    return f"  {name:14} P={r[0]:.3f} R={r[1]:.3f} F1={r[2]:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--part", default="tune", choices=("tune", "test"))
    ap.add_argument("--seeds", type=int, default=1)
    args = ap.parse_args()
    train, _ = split_sets(True, 1, hold_probe=True)
    seen = {t[a:b] for t, s in train for a, b, lab in s if lab == "PER"}
    tg = pycrfsuite.Tagger()
    tg.open(args.model)

    def tag(recs: list[Record]) -> list:
        return [ner.spans_of(tg.tag(ner.features(t))) for t, _ in recs]

    for pname, recs in parts(args.part).items():
        gold = [s for _, s in recs]
        pred = tag(recs)
        print(f"{pname} ({len(recs)} sentences, {args.part})")
        for lab, r in prf(gold, pred).items():
            print(line(lab, r))
        for kind, want in (("unseen", False), ("seen", True)):
            hit = tot = 0
            for (t, g), p in zip(recs, pred):
                ps = set(p)
                for x in g:
                    if x[2] == "PER" and (t[x[0] : x[1]] in seen) == want:
                        tot += 1
                        hit += x in ps
            print(f"  PER {kind:10} R={hit / max(tot, 1):.3f} ({hit}/{tot})")
        acc = [0.0, 0.0, 0.0]
        for seed in range(1, args.seeds + 1):
            rng = random.Random(seed)
            rr = [renamed(r, rng) for r in recs]
            res = prf([s for _, s in rr], tag(rr))["PER"]
            acc = [x + y / args.seeds for x, y in zip(acc, res)]
        print(line("renamed PER", tuple(acc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
