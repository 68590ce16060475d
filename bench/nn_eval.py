#!/usr/bin/env python3
"""The neural character tagger of bench/nn_train.py against the shipped CRF, alone and fused (issue 10).

    OPENBLAS_NUM_THREADS=1 nice -n 5 .venv/bin/python bench/nn_eval.py --nn PATH [--tune --crf PATH] [--only ...]

Span P/R/F1 (bench/ner_eval.py's scoring: outermost spans, start, end and label equal) on MSRA NER test
and People's Daily NER test (`--tune`: the held last 20% of MSRA val / People's Daily dev), for:

  crf        the shipped CRF alone (extract/ner.py)
  nn         the neural tagger alone (bench/nn_tagger.py, numpy; the most probable valid BIO sequence of
             its tag probabilities, or with `--argmax` each char's most probable tag)
  avg        both: each char's tag probabilities averaged (CRF marginals, NN softmax), decoded as nn
  fused-crf  extraction's steps as kgqa runs them (the shipped fusion of rules and CRF)
  fused-nn   the same with the neural tagger in the CRF's place (`ner.recognise_scored` replaced)
  fused-avg  the same with the averaged tagger beside the CRF

and the CPU seconds (process time, one thread) that each recogniser takes per 1,000 chars of the test
sentences, given in groups of 20 sentences as extract/mentions.py gives an article's sentences.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from kgqa.extract import ner  # noqa: E402
from ner_data import test_sets  # noqa: E402
from ner_eval import by_step, held_out, outermost  # noqa: E402
from ner_train import prf  # noqa: E402
from nn_tagger import TAGS, NNTagger, spans_of, viterbi  # noqa: E402

Scored = list[list[tuple[int, int, str, float]]]


def crf_probs(text: str) -> np.ndarray:
    """The CRF's marginal probability of each tag (TAGS order) at each char of text."""
    t = ner._tagger()
    out = np.zeros((len(text), len(TAGS)), np.float32)
    known = set(t.labels())
    for p in range(0, len(text), ner.MAX_LEN):
        piece = text[p : p + ner.MAX_LEN]
        t.set(ner.features(piece))
        t.tag()
        for j, y in enumerate(TAGS):
            if y in known:
                out[p : p + len(piece), j] = [t.marginal(y, k) for k in range(len(piece))]
    return out


def averaged(nn: NNTagger) -> Callable[[list], Scored]:
    """A recognise_scored whose tag probabilities are the mean of the CRF's and the network's."""

    def recognise_scored(sentences) -> Scored:
        sents = [s if isinstance(s, str) else "" for s in sentences or []]
        ps = [(crf_probs(s) + pn) / 2 for s, pn in zip(sents, nn.probs_many(sents))]
        out: Scored = []
        for p, k in zip(ps, viterbi(ps)):
            conf = p[np.arange(len(k)), k]
            out.append([(a, b, lab, float(conf[a:b].min())) for a, b, lab in spans_of([TAGS[j] for j in k])])
        return out

    return recognise_scored


def alone(rec: Callable[[list], Scored]) -> Callable[[str], list]:
    """Outermost spans of one sentence by a recognise_scored."""
    return lambda t: outermost((a, b, lab) for a, b, lab, _ in rec([t])[0])


def fused(rec: Callable[[list], Scored]) -> Callable[[str], list]:
    """Extraction's fused spans of one sentence with `rec` as the learned recogniser."""

    def run(t: str) -> list:
        keep = ner.recognise_scored
        ner.recognise_scored = rec
        try:
            return by_step(t, True)
        finally:
            ner.recognise_scored = keep

    return run


def cpu_per_kchar(rec: Callable[[list], Scored], texts: list[str], group: int = 20) -> float:
    """Process CPU seconds of rec per 1,000 chars, the texts given `group` at a time."""
    t0 = time.process_time()
    for k in range(0, len(texts), group):
        rec(texts[k : k + group])
    return (time.process_time() - t0) / sum(map(len, texts)) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nn", required=True, help="the .npz of bench/nn_train.py")
    ap.add_argument("--tune", action="store_true", help="the held part of MSRA val / PD dev instead of the tests")
    ap.add_argument("--only", default="crf,nn,avg,fused-crf,fused-nn,fused-avg,cpu")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--argmax", action="store_true", help="each char's most probable tag (no BIO decoding)")
    ap.add_argument("--crf", help="a CRF model file other than the shipped one (`ner_train.py --tune --out PATH`)")
    args = ap.parse_args()
    if args.crf:
        ner.MODEL = Path(args.crf)
        ner._tagger.cache_clear()
    nn = NNTagger(args.nn, constrained=not args.argmax)
    systems = {
        "crf": alone(ner.recognise_scored),
        "nn": alone(nn.recognise_scored),
        "avg": alone(averaged(nn)),
        "fused-crf": fused(ner.recognise_scored),
        "fused-nn": fused(nn.recognise_scored),
        "fused-avg": fused(averaged(nn)),
    }
    only = args.only.split(",")
    sets = held_out() if args.tune else test_sets()
    print(f"{'set':10} {'system':9} " + "  ".join(f"{lab:>20}" for lab in ner.LABELS) + "   seconds")
    for name, recs in sets.items():
        recs = recs[: args.limit] if args.limit else recs
        gold = [s for _, s in recs]
        for sysname, fn in systems.items():
            if sysname not in only:
                continue
            t0 = time.time()
            res = prf(gold, [fn(t) for t, _ in recs])
            cells = "  ".join(f"P{p:.2f} R{r:.2f} F1 {f:.3f}" for p, r, f in res.values())
            print(f"{name:10} {sysname:9} {cells}   {time.time() - t0:6.1f}", flush=True)
        if "cpu" in only:
            texts = [t for t, _ in recs]
            for _ in range(2):  # interleaved, twice
                c = cpu_per_kchar(ner.recognise_scored, texts)
                n = cpu_per_kchar(nn.recognise_scored, texts)
                print(f"{name:10} CPU s per 1,000 chars: crf {c:.4f}  nn {n:.4f}  (nn/crf {n / c:.2f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
