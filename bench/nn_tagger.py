"""A character tagger (dilated CNN over char + bigram embeddings, softmax over BIO tags) run in numpy.

The weights are a .npz written by bench/nn_train.py (which trains them with PyTorch); nothing here
imports torch. `NNTagger(path).recognise_scored(sentences)` has the interface of extract/ner.py's:
one list of (start, end, label, confidence) per sentence, the confidence the lowest probability of
the span's tags; bad input gives empty lists.

The sentences of one call are laid end to end with `pad` zero rows between them and run through
the layers together (a few matrix products per call rather than per sentence); the pad rows are
zeroed again after every layer, so each sentence is read as if alone (as in training).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from kgqa.extract.ner import NORM, spans_of  # the tagger reads text as the CRF does

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
MAX_LEN = 400


def char_marks(text: str) -> list[list[str]]:
    """The lexicon marks of extract/ner.py that each char of text carries itself (family name, name-char score,
    begin/end of a title, suffix, place, names.py candidate or jieba word), without the context strings."""
    from kgqa.extract import ner

    cm = ner._char_marks()
    fs = [list(cm.get(c, ner.NO_MARKS)[1]) for c in text]
    ner._span_marks(text, fs)
    return [[m for m in f if m[0] == "0"] for f in fs]


def _allowed() -> np.ndarray:
    """0 where tag j may follow tag i in BIO, -inf where not (an I-X only after B-X or I-X)."""
    a = np.zeros((len(TAGS), len(TAGS)), np.float32)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, u in enumerate(TAGS):
                if u[2:] != t[2:]:
                    a[i, j] = -np.inf
    return a


ALLOWED = _allowed()
START = np.array([-np.inf if t.startswith("I-") else 0.0 for t in TAGS], np.float32)


def viterbi(probs: list[np.ndarray]) -> list[np.ndarray]:
    """The tag sequence of most summed log probability that is valid BIO, for each (len, tags) array; the
    sequences are decoded side by side (one step per position of the longest)."""
    if not probs:
        return []
    n = max(len(p) for p in probs)
    lp = np.full((len(probs), n, len(TAGS)), -np.inf, np.float32)
    lp[:, :, 0] = 0.0  # past its end a sequence stays O
    for r, p in enumerate(probs):
        lp[r, : len(p)] = np.log(np.maximum(p, 1e-12))
    score = lp[:, 0] + START
    back = np.zeros((len(probs), n, len(TAGS)), np.int8)
    for k in range(1, n):
        cand = score[:, :, None] + ALLOWED  # (seqs, from, to)
        back[:, k] = cand.argmax(1)
        score = cand.max(1) + lp[:, k]
    best = score.argmax(1)
    path = np.zeros((len(probs), n), np.int64)
    path[:, -1] = best
    rows = np.arange(len(probs))
    for k in range(n - 1, 0, -1):
        path[:, k - 1] = back[rows, k, path[:, k]]
    return [path[r, : len(p)] for r, p in enumerate(probs)]


class NNTagger:
    """The numpy forward pass of the model in one .npz file."""

    def __init__(self, path: str | Path, constrained: bool = True) -> None:
        self.constrained = constrained
        z = np.load(path, allow_pickle=False)
        self.chars = {c: i for i, c in enumerate(str(z["chars"]).split("\n"))}
        bigrams = str(z["bigrams"]).split("\n")
        self.bigrams = {b: i for i, b in enumerate(bigrams)}
        self.cemb = z["cemb"].astype(np.float32)
        self.bemb = z["bemb"].astype(np.float32)
        self.layers: list[tuple[np.ndarray, np.ndarray, int]] = []
        k = 0
        while f"w{k}" in z:
            w = z[f"w{k}"].astype(np.float32)  # (out, in, 3) as torch's Conv1d
            self.layers.append(
                (
                    np.ascontiguousarray(np.concatenate([w[:, :, j].T for j in range(3)], 0)),
                    z[f"b{k}"].astype(np.float32),
                    int(z["dil"][k]),
                )
            )
            k += 1
        self.inw = z["inw"].astype(np.float32).T.copy()
        self.inb = z["inb"].astype(np.float32)
        self.outw = z["outw"].astype(np.float32).T.copy()
        self.outb = z["outb"].astype(np.float32)
        self.residual = bool(z["residual"]) if "residual" in z else False
        self.marks = {m: i for i, m in enumerate(str(z["marks"]).split("\n"))} if "marks" in z else {}
        self.markw = z["markw"].astype(np.float32).T.copy() if "markw" in z else None
        self.pad = 1 + sum(d for _, _, d in self.layers)

    def ids(self, text: str) -> tuple[list[int], list[int], list[int]]:
        """Char ids, left-bigram ids and right-bigram ids of text (0 = unknown)."""
        cs = text.translate(NORM)
        ch, bg = self.chars, self.bigrams
        c = [ch.get(x, 0) for x in cs]
        ext = "^" + cs + "$"
        b = [bg.get(ext[k : k + 2], 0) for k in range(len(ext) - 1)]
        return c, b[:-1], b[1:]

    def mark_ids(self, text: str) -> list[list[int]]:
        """The ids of the lexicon marks each char of text carries (extract/ner.py's own-char marks)."""
        return [[self.marks[m] for m in ms if m in self.marks] for ms in char_marks(text)]

    def mark_matrix(self, texts: list[str], where: list[tuple[int, int]], n: int) -> np.ndarray:
        """A (n, marks) 0/1 matrix of the marks of the texts laid at `where`."""
        rows: list[int] = []
        cols: list[int] = []
        for t, (a, _) in zip(texts, where):
            for k, ms in enumerate(self.mark_ids(t)):
                rows.extend([a + k] * len(ms))
                cols.extend(ms)
        m = np.zeros((n, len(self.marks)), np.float32)
        m[rows, cols] = 1.0
        return m

    def probs_many(self, texts: list[str]) -> list[np.ndarray]:
        """Tag probabilities (len, 7) of each text, the texts run through the layers together."""
        pad = self.pad
        cids: list[int] = []
        lids: list[int] = []
        rids: list[int] = []
        where: list[tuple[int, int]] = []
        pos = pad
        cids.extend([0] * pad)
        lids.extend([0] * pad)
        rids.extend([0] * pad)
        for t in texts:
            c, left, right = self.ids(t)
            cids.extend(c)
            lids.extend(left)
            rids.extend(right)
            where.append((pos, pos + len(t)))
            pos += len(t)
            cids.extend([0] * pad)
            lids.extend([0] * pad)
            rids.extend([0] * pad)
            pos += pad
        mask = np.zeros((len(cids), 1), np.float32)
        for a, b in where:
            mask[a:b] = 1.0
        x = np.concatenate([self.cemb[cids], self.bemb[lids], self.bemb[rids]], 1)
        h = x @ self.inw + self.inb
        if self.markw is not None:
            h += self.mark_matrix(texts, where, len(cids)) @ self.markw
        h = np.maximum(h, 0) * mask
        for w, b, d in self.layers:
            sh = np.zeros((len(h) + 2 * d, h.shape[1]), np.float32)
            sh[d : d + len(h)] = h
            y = np.concatenate([sh[: len(h)], h, sh[2 * d :]], 1) @ w + b
            y = np.maximum(y, 0)
            h = (h + y if self.residual else y) * mask
        z = h @ self.outw + self.outb
        z -= z.max(1, keepdims=True)
        e = np.exp(z)
        p = e / e.sum(1, keepdims=True)
        return [p[a:b] for a, b in where]

    def tag_scored(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        """(tag, its probability) of each char of each text, the tags the most probable valid BIO sequence."""
        pieces = [(i, t[p : p + MAX_LEN]) for i, t in enumerate(texts) for p in range(0, len(t), MAX_LEN)]
        out: list[list[tuple[str, float]]] = [[] for _ in texts]
        if not pieces:
            return out
        probs = self.probs_many([t for _, t in pieces])
        for (i, _), pr, k in zip(pieces, probs, viterbi(probs) if self.constrained else [p.argmax(1) for p in probs]):
            out[i].extend(zip([TAGS[j] for j in k], pr[np.arange(len(k)), k].tolist()))
        return out

    def recognise_scored(self, sentences) -> list[list[tuple[int, int, str, float]]]:
        """Spans (start, end, label, confidence) of persons, organisations and places in each sentence."""
        sents = list(sentences or [])
        good = [s if isinstance(s, str) else "" for s in sents]
        try:
            tagged = self.tag_scored(good)
        except Exception:  # never breaks extraction
            return [[] for _ in sents]
        out = []
        for ts in tagged:
            sp = spans_of([t for t, _ in ts])
            out.append([(a, b, lab, min(p for _, p in ts[a:b])) for a, b, lab in sp])
        return out
