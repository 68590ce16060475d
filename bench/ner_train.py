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
iterations, news sets twice, one renamed copy of every sentence with a person (`--fake-extra 1`),
feature.minfreq 1, possible transitions on). Training is
deterministic: the same data files, feature code (extract/ner.py `features` and the lexicons
of extract/data/ it reads) and options give the same model. `--sets none` trains on the news
sets alone (a quick run for comparing features with `--tune`). `--tune --hold-probe --out PATH` also leaves
out the last 30% of CLUENER and ResumeNER train: a model for `bench/post_probe.py --model PATH`, which
reads those parts and the last 20% of People's Daily dev (the shipped model has seen them all).

`--fake K` renames the persons of K of the `--dup` copies of each news set (`rename_persons`:
each name replaced by a made-up one of the same shape, family name + given chars drawn by their
frequency among the labelled persons), to make the model read context and name shape rather
than remember names. Measured with `--tune` (2026-11-30) and not kept: `--fake 1` (one of the two
copies renamed) PER F1 0.852 -> 0.835, ORG 0.719 -> 0.717, LOC 0.771 -> 0.764 (the held-out news
repeats the names of the same papers and years, which the plain copy remembers).

`--fake-extra K` (default 1, the shipped recipe since 2026-12-01) ADDS K renamed copies of every
training sentence with a person, of every set, the real ones kept: the model must read a name's
shape (family name, given-name chars) and its context, not remember the name. Chosen on names no
training record labels (bench/ner_unseen.py, models `--tune --hold-probe`, news / cluener tune part):
PER F1 0.839 -> 0.848 / 0.738 -> 0.744, recall of unseen names 0.763 -> 0.813 / 0.620 -> 0.676,
ORG 0.712 -> 0.723, LOC 0.780 -> 0.789. Not kept: `--fake-extra 2` (unseen 0.793 / 0.657),
`--fake-whole` (given names drawn whole from real ones: unseen 0.783 / 0.667), the jieba
person-name words (class r) left out of the features (PER 0.836, unseen 0.798 / 0.671). The
renamed model is bolder on surname-led words, hence extract/mentions.py PER_FLOOR 0.6.

`--fake-org K` (default 0) adds K copies of every training sentence with an organisation shaped place +
middle + suffix (`OrgPool`), each such name made up from other names' parts. Measured with `--tune --hold-probe`
(2026-12-03, bench/README.md "Renamed organisations in training") and not kept: the CRF alone PER 0.858 -> 0.841,
ORG 0.706 -> 0.721, LOC 0.784 -> 0.777; fused (`ner_eval.py --tune`) PER 0.873 / 0.855 -> 0.867 / 0.848, ORG
0.718 / 0.642 -> 0.716 / 0.652 (MSRA val / PD dev held).

Also measured with `--tune` (2026-11-30) and not kept: `--c1 0.05` PER 0.852 -> 0.850, ORG 0.719 ->
0.713, LOC 0.771 -> 0.748 (8.7 MB model, 21 min at load 5-6); `--dup 3` (news sets three times) PER
0.852 -> 0.849, ORG 0.719 -> 0.715, LOC 0.771 -> 0.771.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
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


PROBE_SETS = ("cluener_train", "resume_train")  # bench/post_probe.py reads their last 30% (tune + test parts)
PROBE_CUT = 0.7


def split_sets(
    tune: bool,
    dup: int,
    only: set[str] | None = None,
    fake: int = 0,
    hold_probe: bool = False,
    extra: int = 0,
    whole: bool = False,
    frac: float = 1.0,
    org_extra: int = 0,
) -> tuple[list, list]:
    """(training records, held-out tune records). Of the `dup` copies of a news set, `fake` have
    their persons renamed (`rename_persons`); `extra` more renamed copies of every set's sentences
    with a person are added; `hold_probe` leaves out the parts bench/post_probe.py reads; `frac` keeps
    only the first part of each set's training records (a learning curve); `org_extra` renamed copies are added of
    every sentence with an organisation `OrgPool` can rename (`rename_orgs`)."""
    train, held = [], []
    sets = train_sets()
    if hold_probe:
        sets = {k: v[: int(len(v) * PROBE_CUT)] if k in PROBE_SETS else v for k, v in sets.items()}
    cut_of = {k: int(len(v) * TUNE_PART) if tune and k in IN_DOMAIN else len(v) for k, v in sets.items()}
    seen = [r for k, recs in sets.items() for r in recs[: cut_of[k]]]
    pool = NamePool(seen, whole)  # never the held-out names
    orgs = OrgPool(seen) if org_extra else None
    rng = random.Random(7)
    for name, recs in sets.items():
        if only and name not in only and name not in IN_DOMAIN:
            continue
        if tune and name in IN_DOMAIN:
            cut = int(len(recs) * TUNE_PART)
            recs, rest = recs[:cut], recs[cut:]
            held.extend(rest)
        recs = recs[: int(len(recs) * frac)]
        copies = dup if name in IN_DOMAIN else 1
        for k in range(copies):
            renamed = k >= copies - fake
            train.extend(rename_persons(t, s, pool, rng) if renamed else (t, s) for t, s in recs)
        with_person = [(t, s) for t, s in recs if any(lab == "PER" for *_, lab in s)]
        for _ in range(extra):
            train.extend(rename_persons(t, s, pool, rng) for t, s in with_person)
        if orgs is not None:
            with_org = [(t, s) for t, s in recs if any(orgs.shape(t[a:b]) for a, b, lab in s if lab == "ORG")]
            for _ in range(org_extra):
                train.extend(rename_orgs(t, s, orgs, rng) for t, s in with_org)
    return train, held


def _chinese_name(n: str, surnames: set[str]) -> bool:
    """A 2-4 Han char name starting with a family name of the project's list."""
    return 2 <= len(n) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in n) and (n[0] in surnames or n[:2] in surnames)


class NamePool:
    """The family names, given-name chars and transliteration chars of the labelled persons, counted,
    to draw made-up names from with the same shape and the same character frequencies."""

    def __init__(self, recs: list, whole: bool = False) -> None:
        from kgqa.extract import mentions

        self.whole = whole  # given names drawn whole (real ones, another family name) rather than char by char

        self.surnames = set(mentions.lexicon().surnames) | set(mentions.lexicon().surnames2)
        sur, given, foreign, names = Counter(), Counter(), Counter(), Counter()
        for text, spans in recs:
            for a, b, lab in spans:
                n = text[a:b]
                if lab != "PER":
                    continue
                if _chinese_name(n, self.surnames):
                    k = 2 if len(n) >= 3 and n[:2] in self.surnames else 1
                    sur[n[:k]] += 1
                    given.update(n[k:])
                    names[n[k:]] += 1
                elif all("\u4e00" <= c <= "\u9fff" or c in "·•" for c in n):
                    foreign.update(c for c in n if c not in "·•")
        self.sur = (list(sur), list(sur.values()))
        self.given = (list(given), list(given.values()))
        self.names = {
            k: ([g for g in names if len(g) == k], [c for g, c in names.items() if len(g) == k]) for k in (1, 2)
        }
        self.foreign = (list(foreign), list(foreign.values()))

    def fake(self, n: str, rng: random.Random) -> str:
        """A made-up name shaped like n (family name + as many given chars; a foreign one char for char)."""
        if len(n) == 1 and n in self.surnames:  # a family name alone (老王, 王某)
            return rng.choices(*self.sur)[0][0]
        if _chinese_name(n, self.surnames):
            k = 2 if len(n) >= 3 and n[:2] in self.surnames else 1
            s = rng.choices(*self.sur)[0]
            if self.whole and self.names.get(len(n) - k, ([], []))[0]:
                return s + rng.choices(*self.names[len(n) - k])[0]
            return s + "".join(rng.choices(*self.given, k=len(n) - k))
        if self.foreign[0] and all("\u4e00" <= c <= "\u9fff" or c in "·•" for c in n):
            return "".join(c if c in "·•" else rng.choices(*self.foreign)[0] for c in n)
        return n


def rename_persons(text: str, spans: list, pool: NamePool, rng: random.Random) -> tuple[str, list]:
    """The record with every person renamed by `pool` (the same name the same way) and the spans moved."""
    if not any(lab == "PER" for _, _, lab in spans):
        return text, spans
    return replace_persons(text, spans, lambda w: pool.fake(w, rng))


class OrgPool:
    """The parts of the labelled organisations, counted: a leading place (a division's name of the project's
    lexicon), a middle, and an organisation's suffix (data/org_suffixes.yaml) ending the name, to make up names
    of the same shape (place + middle + suffix) from other names' parts."""

    def __init__(self, recs: list) -> None:
        from kgqa.extract import mentions

        lx = mentions.lexicon()
        self.places_known, self.suffixes = lx.place_names, lx.org_suffixes
        places: Counter[str] = Counter()
        middles: dict[int, Counter[str]] = {}
        for text, spans in recs:
            for a, b, lab in spans:
                parts = self.shape(text[a:b]) if lab == "ORG" else None
                if parts:
                    if parts[0]:
                        places[parts[0]] += 1
                    middles.setdefault(len(parts[1]), Counter())[parts[1]] += 1
        self.places = (list(places), list(places.values()))
        self.middles = {k: (list(c), list(c.values())) for k, c in middles.items()}

    def shape(self, n: str) -> tuple[str, str, str] | None:
        """(place, middle, suffix) of an organisation's name: the longest suffix of the lexicon ending it, the
        longest place starting it (or none), a middle of 1-6 Han chars between; None for other shapes."""
        suf = next((n[k:] for k in range(1, len(n)) if n[k:] in self.suffixes), "")
        if not suf:
            return None
        head = n[: len(n) - len(suf)]
        place = next((head[:k] for k in range(len(head) - 1, 1, -1) if head[:k] in self.places_known), "")
        mid = head[len(place) :]
        if not 1 <= len(mid) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in mid):
            return None
        return place, mid, suf

    def fake(self, n: str, rng: random.Random) -> str:
        """A made-up name shaped like n: another place if n starts with one, another middle of the same length,
        the same suffix; n itself when its shape is not place + middle + suffix."""
        parts = self.shape(n)
        if parts is None or len(parts[1]) not in self.middles:
            return n
        place = rng.choices(*self.places)[0] if parts[0] and self.places[0] else ""
        return place + rng.choices(*self.middles[len(parts[1])])[0] + parts[2]


def rename_orgs(text: str, spans: list, pool: OrgPool, rng: random.Random) -> tuple[str, list]:
    """The record with every organisation renamed by `pool` (the same name the same way) and the spans moved."""
    return replace_spans(text, spans, lambda w: pool.fake(w, rng), "ORG")


def replace_persons(text: str, spans: list, fake: Callable[[str], str]) -> tuple[str, list]:
    """The text with each person span written as `fake` gives it (same name, same stand-in), the spans moved.

    >>> replace_persons("张三说", [(0, 2, "PER")], lambda w: "李四五")
    ('李四五说', [(0, 3, 'PER')])"""
    return replace_spans(text, spans, fake, "PER")


def replace_spans(text: str, spans: list, fake: Callable[[str], str], label: str) -> tuple[str, list]:
    """The text with each span of `label` written as `fake` gives it (same name, same stand-in), the spans moved."""
    new: dict[str, str] = {}
    out, moved, shift, last = [], [], 0, 0
    for a, b, lab in sorted(spans):
        if a < last:
            continue
        w = text[a:b]
        if lab == label:
            w = new.setdefault(w, fake(w))
        out.append(text[last:a] + w)
        moved.append((a + shift, a + shift + len(w), lab))
        shift += len(w) - (b - a)
        last = b
    out.append(text[last:])
    return "".join(out), moved


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
    ap.add_argument("--fake", type=int, default=0, help="of the --dup copies of a news set, this many renamed")
    ap.add_argument("--fake-extra", type=int, default=1, help="renamed copies added of every sentence with a person")
    ap.add_argument("--fake-whole", action="store_true", help="made-up names take a real given name whole")
    ap.add_argument("--fake-org", type=int, default=0, help="renamed copies added of every sentence with an org")
    ap.add_argument("--out", default=str(ner.MODEL))
    ap.add_argument("--hold-probe", action="store_true", help="leave out the parts bench/post_probe.py reads")
    ap.add_argument("--frac", type=float, default=1.0, help="train on this first part of each set (learning curve)")
    ap.add_argument("--sets", default="", help="comma-separated TRAIN sets besides the news ones (default all)")
    args = ap.parse_args()
    train, held = split_sets(
        args.tune,
        args.dup,
        set(filter(None, args.sets.split(","))),
        args.fake,
        args.hold_probe,
        args.fake_extra,
        args.fake_whole,
        args.frac,
        args.fake_org,
    )
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
