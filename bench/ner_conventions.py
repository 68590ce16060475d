#!/usr/bin/env python3
"""How much of the fused ORG gap on the NER sets is their labelling convention rather than a miss (issue 10).

    .venv/bin/python bench/ner_conventions.py --model PATH          # the held-out TRAIN news part
    .venv/bin/python bench/ner_conventions.py --part test           # the test sets, shipped model (measure only)
    .venv/bin/python bench/ner_conventions.py --model PATH --system model   # the CRF alone, classed the same way

Each gold ORG span and each fused ORG span (bench/ner_errors.py `fused`) is put in a convention class where
MSRA / People's Daily label otherwise than ../shared/dev gold and kgqa's facts:
  government   a fused X政府 / X当局 no gold span covers (the sets never put 政府 in an ORG span: the country
               or city is a LOC; dev gold lists 长治市人民政府, 省政府 as bodies)
  nested       a gold span and a fused one of the same start, one longer (gold 中共中央政治局 where dev gold
               writes org 中共中央 + title 政治局委员; also the rules running past a name's end)
  congress     a party congress by its count (十五大: an event in kgqa, never an org)
  team         a division or country as ORG (a province or nation for its team in sport results)
and the ORG F1 is printed with each class, then all of them, left out of gold and prediction. Only counts:
no rule is chosen on the test part.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgqa.extract import mentions as mn  # noqa: E402
from kgqa.extract import ner  # noqa: E402
from ner_data import test_sets  # noqa: E402
from ner_errors import fused  # noqa: E402
from ner_eval import held_out, outermost  # noqa: E402
from ner_train import prf  # noqa: E402

Span = tuple[int, int, str]
CLASSES = ("government", "nested", "congress", "team")


def gold_class(text: str, g: Span, pred: list[Span]) -> str | None:
    """The convention class of a gold ORG span, or None.

    >>> gold_class("第一轮甲省对乙省", (3, 5, "ORG"), []) is None
    True"""
    w = text[g[0] : g[1]]
    if mn.place_of(w) or w in mn.country_names():
        return "team"
    if w[0] in mn.NUMERALS and w.endswith("大"):
        return "congress"
    if g not in pred and any(x[0] == g[0] and x[1] != g[1] for x in pred):
        return "nested"
    return None


def pred_class(text: str, x: Span, gold: list[Span], classed: dict[Span, str | None]) -> str | None:
    """The convention class of a fused ORG span: a government no gold span covers, or the class of the gold
    span it overlaps."""
    if text[x[0] : x[1]].endswith(("政府", "当局")) and not any(g[0] <= x[0] and x[1] <= g[1] for g in gold):
        return "government"
    return next((c for g, c in classed.items() if c and x[0] < g[1] and g[0] < x[1]), None)


def model_spans(text: str) -> list[Span]:
    """The CRF alone's outermost spans of one sentence (as bench/ner_eval.py `model`)."""
    return outermost(ner.recognise([text])[0])


def measure(recs: list, system: str = "fused") -> None:
    """Print the ORG F1 of `system` (fused or the CRF alone: model) with each convention class left out, and
    with all of them left out."""
    spans_of = fused if system == "fused" else model_spans
    gold_all: list[list[Span]] = []
    pred_all: list[list[Span]] = []
    gold_cls: list[dict[Span, str | None]] = []
    pred_cls: list[dict[Span, str | None]] = []
    for text, spans in recs:
        gold = [g for g in spans if g[2] == "ORG"]
        pred = [x for x in spans_of(text) if x[2] == "ORG"]
        gc = {g: gold_class(text, g, pred) for g in gold}
        gold_all.append(gold)
        pred_all.append(pred)
        gold_cls.append(gc)
        pred_cls.append({x: pred_class(text, x, gold, gc) for x in pred})
    p, r, f = prf(gold_all, pred_all)["ORG"]
    print(f"  {system} ORG P{p:.3f} R{r:.3f} F1 {f:.3f}, {sum(map(len, gold_all))} gold")
    for out in [(c,) for c in CLASSES] + [CLASSES]:
        g2 = [[g for g in gs if gc[g] not in out] for gs, gc in zip(gold_all, gold_cls)]
        p2 = [[x for x in ps if pc[x] not in out] for ps, pc in zip(pred_all, pred_cls)]
        ng = sum(len(a) - len(b) for a, b in zip(gold_all, g2))
        np_ = sum(len(a) - len(b) for a, b in zip(pred_all, p2))
        name = "all four" if len(out) > 1 else out[0]
        print(f"  without {name:10} (gold {ng:4}, {system} {np_:4}): ORG F1 {prf(g2, p2)['ORG'][2]:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", help="a model trained --tune (never saw the held part); the shipped one if omitted")
    ap.add_argument("--part", choices=["tune", "test"], default="tune")
    ap.add_argument("--system", choices=["fused", "model"], default="fused", help="fused extraction or the CRF alone")
    args = ap.parse_args()
    if args.model:
        ner.MODEL = Path(args.model)
        ner._tagger.cache_clear()
    sets = held_out() if args.part == "tune" else test_sets()
    for name, recs in sets.items():
        print(name)
        measure(recs, args.system)
    return 0


if __name__ == "__main__":
    sys.exit(main())
