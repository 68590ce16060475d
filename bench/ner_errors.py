#!/usr/bin/env python3
"""Where the fused persons and organisations go wrong on the held-out TRAIN news part (issue 10).

    .venv/bin/python bench/ner_errors.py --model PATH [--label PER|ORG] [--show N] [--limit N]

PATH must be a model trained `bench/ner_train.py --tune [--hold-probe] --out PATH` (it never saw the
part read here: the last 20% of MSRA val and People's Daily dev, as bench/ner_eval.py --tune reads it).
Each gold span the fused extraction misses and each fused span no gold span equals is put in one class:
  boundary   a fused span of the label overlaps the gold one (start early/late, end early/late)
  label      only a span of another label overlaps it (an organisation read as a place ...)
  missed     nothing overlaps it: `model had it` (the CRF alone gave exactly it: fusion lost it, with the
             model's confidence) or `model none` (the CRF gave no span equal to it)
  false      a fused span overlapping no gold span of its label, by its source (learned, or the rules'
             reading: title, cue, suffix ...)
and each gold span by its shape (`shape`: transliterated, a family name alone, 4+ chars, short org ...)
to see which conventions cost most. The NER test sets are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgqa.extract import mentions as mn  # noqa: E402
from kgqa.extract import names, ner  # noqa: E402
from kgqa.extract.facts import Article  # noqa: E402
from kgqa.extract.pipeline import Doc  # noqa: E402
from ner_eval import KINDS, STEPS, held_out, outermost  # noqa: E402

Span = tuple[int, int, str]


def fused(text: str) -> dict[Span, str]:
    """The outermost person/org/place spans of extraction for one sentence -> the source of each
    (learned, or the rules' mention value)."""
    doc = Doc(text)
    doc.facts.articles = [Article(title=None, body=text)]
    STEPS(doc)
    src: dict[Span, str] = {}
    for m in doc.mentions:
        if m.kind in KINDS:
            src.setdefault((m.start, m.end, KINDS[m.kind]), str(m.value) if m.value is not None else m.kind)
    return {x: src[x] for x in outermost(src)}


def shape(text: str, g: Span) -> str:
    """A gold span's convention class: what kind of name it is."""
    w = text[g[0] : g[1]]
    lx = mn.lexicon()
    if g[2] == "PER":
        chinese = w[0] in lx.surnames or w[:2] in lx.surnames2
        if "·" in w or "•" in w or (not chinese and all(c in names.translit_chars() for c in w)):
            return "transliterated"
        if len(w) == 1:
            return "one char"
        if w[0] in "老小阿" and len(w) == 2:
            return "nickname 老/小/阿"
        if not chinese:
            return "no family name"
        return "chinese 4+" if len(w) >= 4 else "chinese 2-3"
    if g[2] == "ORG":
        suf = any(end == len(w) - 1 for end, _ in lx.suffix_ac.iter(w))
        if w in lx.abbrevs or len(w) <= 3:
            return "short (<=3)"
        head = mn.place_of(w[:2]) or mn.place_of(w[:3]) or any(w.startswith(c) for c in mn.country_names())
        return ("place-led " if head else "") + ("suffix" if suf else "no suffix")
    return g[2]


def side(f: Span, g: Span) -> str:
    """How fused span f's edges differ from gold span g's."""
    out = []
    if f[0] != g[0]:
        out.append("starts early" if f[0] < g[0] else "starts late")
    if f[1] != g[1]:
        out.append("ends late" if f[1] > g[1] else "ends early")
    return "+".join(out)


def classify(recs: list, label: str) -> tuple[Counter, dict[str, list[str]], Counter, Counter]:
    """(error class counts, examples per class, gold shape counts, missed gold shape counts)."""
    cls: Counter = Counter()
    ex: dict[str, list[str]] = defaultdict(list)
    shapes: Counter = Counter()
    miss_shapes: Counter = Counter()
    for text, gold in recs:
        f = fused(text)
        model = {(a, b, lab): p for a, b, lab, p in ner.recognise_scored([text])[0]}
        gl = {g for g in gold if g[2] == label}
        for g in gl:
            shapes[shape(text, g)] += 1
            if g in f:
                continue
            miss_shapes[shape(text, g)] += 1
            same = [x for x in f if x[2] == label and x[0] < g[1] and g[0] < x[1]]
            other = [x for x in f if x[2] != label and x[0] < g[1] and g[0] < x[1]]
            if same:
                x = same[0]
                k = f"boundary {side(x, g)} ({'learned' if f[x] == 'learned' else 'rules'})"
                got = text[x[0] : x[1]]
            elif other:
                x = other[0]
                k, got = f"label as {x[2]}", text[x[0] : x[1]]
            elif g in model:
                k, got = f"missed, model had it ({'>=0.6' if model[g] >= 0.6 else '<0.6'})", f"p={model[g]:.2f}"
            else:
                near = [x for x in model if x[2] == label and x[0] < g[1] and g[0] < x[1]]
                k = "missed, model overlapping" if near else "missed, model none"
                got = text[near[0][0] : near[0][1]] if near else ""
            cls[k] += 1
            ex[k].append(f"{text[g[0] : g[1]]} -> {got} | {text[max(0, g[0] - 8) : g[1] + 8]}")
        for x, src in f.items():
            if x[2] != label or x in gl or any(g[0] < x[1] and x[0] < g[1] for g in gl):
                continue
            k = f"false ({src if src in ('learned', 'person', 'org') else 'rules ' + src[:12]})"
            cls[k] += 1
            ex[k].append(f"{text[x[0] : x[1]]} | {text[max(0, x[0] - 8) : x[1] + 8]}")
    return cls, ex, shapes, miss_shapes


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="a model trained --tune (never saw the part read)")
    ap.add_argument("--label", default="PER,ORG")
    ap.add_argument("--show", type=int, default=0, help="examples per class")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    ner.MODEL = Path(args.model)
    ner._tagger.cache_clear()
    for name, recs in held_out().items():
        recs = recs[: args.limit] if args.limit else recs
        for label in args.label.split(","):
            cls, ex, shapes, miss = classify(recs, label)
            n = sum(shapes.values())
            print(f"{name} {label}: {n} gold, {sum(miss.values())} missed or wrong")
            for k, v in cls.most_common():
                print(f"  {v:5}  {k}")
                for e in ex[k][: args.show]:
                    print(f"           {e}")
            print("  gold shapes (missed / all):")
            for k, v in shapes.most_common():
                print(f"  {miss[k]:5} / {v:5}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
