#!/usr/bin/env python3
"""What running the learned recogniser only on the clauses with a cue would save and cost (issue 10).

    .venv/bin/python bench/ner_windows.py [--variant NAME ...] [--rounds 2] [--no-ner]

extract/mentions.py tags every sentence with the CRF of extract/ner.py (about half of extraction's CPU). Here, in
this process only, `mentions.learned_spans` is replaced by a version that tags only the clauses (cut at ，；：。！？,
or whole sentences) holding a cue char, each run of such clauses with two chars of context either side, and keeps
the spans inside the run. For each variant it prints the share of the chars of the 52 pages of ../shared that are
tagged, extraction CPU seconds over those pages against tagging everything (interleaved, same process), how many
of the pages and probe cases (bench/data/pattern_probe*.yaml) extract differently, and fused PER/ORG F1 on the
NER test sets (as bench/ner_eval.py --only fused). Cues:

  names     a names.py candidate scored at least -3, two chars of a transliterated name or a middle dot, an
            organisation's suffix, any person, organisation, title or place the rules read
  dict      also a jieba word classed as a person, place, organisation, other proper name or abbreviation
            (nr, nrt, nrfg, ns, nt, nz, j)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import SHARED  # noqa: E402
from kgqa.extract import extract_page, mentions, names, ner  # noqa: E402
from kgqa.extract.pipeline import Doc, Mention  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CLAUSE_END = re.compile(r"[，；：。！？,;:!?]")
MARGIN = 2  # chars of context tagged either side of a run of clauses (the model reads two chars around each)
RULE_KINDS = ("person", "org", "title", "place")
DICT_POS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"})
VARIANTS = {
    "clause": (True, False),
    "clause+dict": (True, True),
    "sentence": (False, False),
    "sentence+dict": (False, True),
}


@cache
def _dict_automaton():
    """An automaton over the jieba words (2-4 chars) of the DICT_POS classes."""
    import ahocorasick

    ac = ahocorasick.Automaton()
    for w, pos in ner._words().items():
        if len(w) >= 2 and pos in DICT_POS:
            ac.add_word(w, len(w))
    ac.make_automaton()
    return ac


def cue_chars(text: str, ms: Sequence[Mention], use_dict: bool) -> bytearray:
    """1 at each char of text that makes its clause worth tagging (see the module docstring)."""
    cue = bytearray(len(text) + 1)
    for _, p, _ in names.candidates(text, threshold=-3.0):
        cue[p] = 1
    tr = names.translit_chars()
    for k in range(len(text) - 1):
        if text[k] in tr and text[k + 1] in tr or text[k] in "·•":
            cue[k] = 1
    for end, _ in mentions.lexicon().suffix_ac.iter(text):
        cue[end] = 1
    if use_dict:
        for end, k in _dict_automaton().iter(text):
            cue[end - k + 1] = 1
    for m in ms:
        if m.kind in RULE_KINDS:
            cue[m.start : m.end] = b"\x01" * (m.end - m.start)
    return cue


def windows(
    text: str, sents: Sequence[tuple[int, int]], ms: Sequence[Mention], by_clause: bool, use_dict: bool
) -> list[tuple[int, int, int, int]]:
    """(start, end, run start, run end) of each run of clauses with a cue, with MARGIN chars of context."""
    cue = cue_chars(text, ms, use_dict)
    out: list[tuple[int, int, int, int]] = []
    for a, b in sents:
        cuts = [a, *(m.end() for m in CLAUSE_END.finditer(text, a, b)), b] if by_clause else [a, b]
        runs: list[list[int]] = []
        for p, q in zip(cuts, cuts[1:]):
            if q > p and 1 in cue[p:q]:
                if runs and runs[-1][1] >= p - 2 * MARGIN:
                    runs[-1][1] = q
                else:
                    runs.append([p, q])
        out.extend((max(a, p - MARGIN), min(b, q + MARGIN), p, q) for p, q in runs)
    return out


class Deferred:
    """The article whose learned spans `fuse` computes once it has the rules' mentions."""

    def __init__(self, doc: Doc, i: int) -> None:
        self.doc, self.i = doc, i


TAGGED = [0, 0]  # chars tagged in windowed mode, chars of the sentences


def install(variant: str | None) -> None:
    """Tag only the cue clauses of `variant` (None: every sentence, as shipped)."""
    mentions.learned_spans = ORIGINAL[0]
    mentions.fuse = ORIGINAL[1]
    if variant is None:
        return
    by_clause, use_dict = VARIANTS[variant]

    def learned_spans(doc: Doc, i: int, text: str):
        return Deferred(doc, i) if ner.ENABLED and ner.available() else None

    def fuse(text: str, i: int, ms, learned, authors):
        if isinstance(learned, Deferred):
            spans = learned.doc.sent_spans
            sents = spans[i] if i < len(spans) else mentions.split_sentences(text)
            wins = windows(text, sents, ms, by_clause, use_dict)
            TAGGED[0] += sum(b - a for a, b, _, _ in wins)
            TAGGED[1] += sum(b - a for a, b in sents)
            learned = [
                (a + s, a + e, lab, c)
                for (a, _, p, q), found in zip(wins, ner.recognise_scored([text[a:b] for a, b, _, _ in wins]))
                for s, e, lab, c in found
                if p <= a + s and a + e <= q
            ]
        return ORIGINAL[1](text, i, ms, learned, authors)

    mentions.learned_spans = learned_spans
    mentions.fuse = fuse


ORIGINAL: list[Callable] = [mentions.learned_spans, mentions.fuse]


def pages() -> list[str]:
    """The 52 pages of ../shared."""
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def outputs() -> list[str]:
    """The extraction (gold format) of every page and probe case, one JSON string each."""
    items = [(p, None) for p in pages()]
    for f in sorted((ROOT / "bench" / "data").glob("pattern_probe*.yaml")):
        items += [(c["text"], c.get("name")) for c in yaml.safe_load(f.read_text(encoding="utf-8"))]
    return [json.dumps(extract_page(t, source_name=n).to_gold(), ensure_ascii=False, sort_keys=True) for t, n in items]


def cpu(variant: str | None, texts: list[str]) -> float:
    """CPU seconds to extract texts with `variant` installed."""
    install(variant)
    t = time.process_time()
    for p in texts:
        extract_page(p)
    return time.process_time() - t


def ner_f1() -> str:
    """Fused PER and ORG F1 on the NER test sets."""
    from ner_data import test_sets
    from ner_eval import by_step
    from ner_train import prf

    out = []
    for name, recs in test_sets().items():
        res = prf([s for _, s in recs], [by_step(t, True) for t, _ in recs])
        out.append(f"{name} PER {res['PER'][2]:.3f} ORG {res['ORG'][2]:.3f}")
    return "; ".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", choices=list(VARIANTS))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-ner", action="store_true", help="skip the NER test sets")
    args = ap.parse_args()
    texts = pages()
    extract_page(texts[0])
    install(None)
    base = outputs()
    if not args.no_ner:
        print(f"every sentence: {ner_f1()}")
    for v in args.variant or list(VARIANTS):
        install(v)
        TAGGED[:] = [0, 0]
        for p in texts:
            extract_page(p)
        share = TAGGED[0] / max(1, TAGGED[1])
        changed = sum(a != b for a, b in zip(base, outputs()))
        times = [(cpu(None, texts), cpu(v, texts)) for _ in range(args.rounds)]
        cpus = ", ".join(f"{a:.2f} -> {b:.2f}" for a, b in times)
        line = (
            f"{v}: tagged {share:.2f} of the sentence chars; CPU s over the 52 pages (every sentence -> {v}) {cpus}; "
        )
        line += f"{changed} of {len(base)} pages and probe cases extract differently"
        if not args.no_ner:
            line += f"; {ner_f1()}"
        print(line, flush=True)
    install(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
