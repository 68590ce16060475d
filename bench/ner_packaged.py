#!/usr/bin/env python3
"""A packaged tagger's PER/ORG/LOC spans against kgqa's fused recogniser, same sentences, same scorer.

    .venv/bin/python bench/ner_packaged.py [--limit N] [--tune] [--python PY]

What the NER target of issue 10 (PER >= 0.90 on MSRA NER test) would take, measured on a
tagger that ships its weights inside a PyPI package: THULAC (`pip install thulac`, 53 MB wheel,
487 MB of models unpacked; its POS tags np / ni / ns read as PER / ORG / LOC). It is not a
dependency of kgqa: run it with a Python that has it (`--python`, e.g. a scratch venv), never
install it into the project. Each system reads the first `--limit` sentences of each test set
(or of the held-out TRAIN part with `--tune`); its throughput is printed as a ratio to plain
`jieba.cut` over the same sentences in the same process (the issue's speed yardstick).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

POS_LABEL = {"np": "PER", "ni": "ORG", "ns": "LOC"}

CHILD = r"""
import json, sys, time
import thulac, jieba
texts = json.load(sys.stdin)
result_fh, sys.stdout = sys.stdout, sys.stderr  # THULAC prints to stdout
tagger = thulac.thulac()
jieba.initialize()
t0 = time.process_time()
out = []
for text in texts:
    spans, i = [], 0
    for word, pos in tagger.cut(text):
        if pos in POS_LABEL:
            spans.append((i, i + len(word), POS_LABEL[pos]))
        i += len(word)
    out.append(spans)
own = time.process_time() - t0
t0 = time.process_time()
for text in texts:
    list(jieba.cut(text))
base = time.process_time() - t0
json.dump({"spans": out, "cpu": own, "jieba_cpu": base}, result_fh)
"""


def packaged(python: str, texts: list[str]) -> dict:
    """Spans of every text by THULAC, run by `python` in a child process, with CPU seconds."""
    code = f"POS_LABEL = {POS_LABEL!r}\n" + CHILD
    done = subprocess.run([python, "-c", code], input=json.dumps(texts), capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{python}: THULAC run failed: {done.stderr.strip().splitlines()[-1:]}")
    res = json.loads(done.stdout)
    res["spans"] = [[tuple(s) for s in spans] for spans in res["spans"]]
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--tune", action="store_true", help="the held-out part of the TRAIN news sets instead")
    ap.add_argument("--python", default=sys.executable, help="a Python with thulac installed")
    args = ap.parse_args()
    from ner_data import test_sets
    from ner_eval import SYSTEMS, held_out  # kgqa's recogniser, imported only here
    from ner_train import prf

    sets = held_out() if args.tune else test_sets()
    SYSTEMS["fused"]("国务院总理李鹏昨天在北京会见了客人。")  # models and lexicons loaded before any timing
    print(f"{'set':10} {'system':8} " + "  ".join(f"{lab:>20}" for lab in ("PER", "ORG", "LOC")) + "   CPU / jieba")
    for name, recs in sets.items():
        recs = recs[: args.limit]
        gold = [s for _, s in recs]
        texts = [t for t, _ in recs]
        res = packaged(args.python, texts)
        t0 = time.process_time()
        ours = [SYSTEMS["fused"](t) for t in texts]
        ours_cpu = time.process_time() - t0
        for sysname, pred, cpu in (("thulac", res["spans"], res["cpu"]), ("fused", ours, ours_cpu)):
            cells = "  ".join(f"P{p:.2f} R{r:.2f} F1 {f:.3f}" for p, r, f in prf(gold, pred).values())
            print(f"{name:10} {sysname:8} {cells}   {res['jieba_cpu'] / cpu:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
