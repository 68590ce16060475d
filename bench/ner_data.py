#!/usr/bin/env python3
"""The labelled NER sets of ../shared/bench as (text, [(start, end, label)]) with labels PER, ORG, LOC.

    .venv/bin/python bench/ner_data.py        # counts per set and label

TRAIN (the only sets a model may learn or be tuned on): CLUENER2020 train, ResumeNER train,
MSRA NER val, People's Daily NER dev. TEST (only ever measured): MSRA NER test, People's
Daily NER test. Read at run time, never copied into the project.

Label mapping: CLUENER name -> PER, company/government/organization -> ORG, address -> LOC;
ResumeNER NAME -> PER, ORG -> ORG, LOC -> LOC; MSRA and People's Daily keep PER/ORG/LOC.
Other labels (CLUENER position, book, game ...; ResumeNER TITLE, EDU ...) are left unlabelled.
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
Record = tuple[str, list[tuple[int, int, str]]]


def kept(fn: Callable) -> Callable:
    """`fn` run once per arguments in a process, each caller given a deep copy of its result (callers add to the
    dicts they get): the draws of bench/real_*.py call each other's chains of earlier sets many times over.

    >>> calls = []
    >>> twice = kept(lambda n: calls.append(n) or [n])
    >>> twice(2).append(3); twice(2), len(calls)
    ([2], 1)
    """
    results: dict = {}

    @functools.wraps(fn)
    def call(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in results:
            results[key] = fn(*args, **kwargs)
        return copy.deepcopy(results[key])

    return call


CLUENER_MAP = {"name": "PER", "company": "ORG", "government": "ORG", "organization": "ORG", "address": "LOC"}
RESUME_MAP = {"NAME": "PER", "ORG": "ORG", "LOC": "LOC"}


@kept
def load_cluener(path: Path) -> list[Record]:
    """CLUENER jsonl: spans [start, end] inclusive per label and mention."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans = []
            for lab, ents in (rec.get("label") or {}).items():
                if lab in CLUENER_MAP:
                    for offs in ents.values():
                        spans.extend((a, b + 1, CLUENER_MAP[lab]) for a, b in offs)
            out.append((rec["text"], sorted(spans)))
    return out


def bio_spans(tags: list[str], mapping: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Spans of a BIO or BMES tag sequence (an I/M/E after O or another type starts a span)."""
    out: list[tuple[int, int, str]] = []
    start, lab = None, None
    for k, t in enumerate(tags):
        head, _, typ = t.partition("-")
        typ = mapping.get(typ) if mapping is not None else typ
        if head == "O" or not typ:
            if start is not None:
                out.append((start, k, lab))
            start = None
            continue
        if head in ("B", "S") or start is None or typ != lab:
            if start is not None:
                out.append((start, k, lab))
            start, lab = k, typ
        if head in ("E", "S"):
            out.append((start, k + 1, lab))
            start = None
    if start is not None:
        out.append((start, len(tags), lab))
    return out


def load_char_lines(path: Path, mapping: dict[str, str] | None = None) -> list[Record]:
    """One char and its tag a line, sentences between blank lines (ResumeNER, People's Daily NER)."""
    out, chars, tags = [], [], []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            parts = line.split()
            if not parts:
                if chars:
                    out.append(("".join(chars), bio_spans(tags, mapping)))
                chars, tags = [], []
                continue
            chars.append(parts[0] if len(parts) > 1 else " ")
            tags.append(parts[-1])
    return out


def load_msra(folder: Path) -> list[Record]:
    """MSRA: sentences.txt space-separated chars, tags.txt aligned BIO tags."""
    out = []
    with open(folder / "sentences.txt", encoding="utf-8") as fs, open(folder / "tags.txt", encoding="utf-8") as ft:
        for s, t in zip(fs, ft):
            chars, tags = s.split(), t.split()
            if chars and len(chars) == len(tags):
                out.append(("".join(chars), bio_spans(tags)))
    return out


@kept
def train_sets() -> dict[str, list[Record]]:
    """The sets a model may learn from, by name (missing files are skipped)."""
    out = {}
    if (SHARED / "cluener2020/train.jsonl").exists():
        out["cluener_train"] = load_cluener(SHARED / "cluener2020/train.jsonl")
    if (SHARED / "resume_ner/train.char.bmes").exists():
        out["resume_train"] = load_char_lines(SHARED / "resume_ner/train.char.bmes", RESUME_MAP)
    if (SHARED / "msra_ner/val").exists():
        out["msra_val"] = load_msra(SHARED / "msra_ner/val")
    if (SHARED / "peoples_daily_ner/example.dev").exists():
        out["pd_dev"] = load_char_lines(SHARED / "peoples_daily_ner/example.dev")
    return out


@kept
def test_sets() -> dict[str, list[Record]]:
    """The held-out sets only ever measured on, by name."""
    out = {}
    if (SHARED / "msra_ner/test").exists():
        out["msra_test"] = load_msra(SHARED / "msra_ner/test")
    if (SHARED / "peoples_daily_ner/example.test").exists():
        out["pd_test"] = load_char_lines(SHARED / "peoples_daily_ner/example.test")
    return out


def main() -> int:
    for name, recs in {**train_sets(), **test_sets()}.items():
        c = Counter(lab for _, spans in recs for *_, lab in spans)
        chars = sum(len(t) for t, _ in recs)
        print(
            f"{name:14} {len(recs):6} sentences {chars:8} chars  " + " ".join(f"{k}={v}" for k, v in sorted(c.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
