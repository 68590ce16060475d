#!/usr/bin/env python3
"""Train a small neural character tagger (the experiment of issue 10 item 1) and write it as a .npz.

    nice -n 10 .venv/bin/python bench/nn_train.py [--hidden 64] [--layers 4] [--epochs 12] [--out PATH]

Needs PyTorch (the `[train]` extra, CPU build; never needed to run kgqa). The model: char embeddings
(chars normalised as extract/ner.py does) and the embeddings of the bigram left and right of each char,
a linear layer, dilated 3-wide convolutions (dilations 1, 2, 4, 1 ...: each char reads about eight
chars either side), softmax over the BIO tags of PER/ORG/LOC. Trained on the records `bench/ner_train.py
--tune` trains on (`split_sets(tune=True, dup=2, fake_extra=1)`: CLUENER train, ResumeNER train, the
first 80% of MSRA val and People's Daily dev twice, one renamed copy of each sentence with a person),
early-stopped on the held last 20% of MSRA val and People's Daily dev (mean span F1 of PER and ORG).
The test sets are never read. One thread (torch.set_num_threads(1)): the machine is shared.
The weights are written as float16 in a .npz read by bench/nn_tagger.py (numpy only).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from ner_train import bio, prf, split_sets  # noqa: E402
from nn_tagger import NORM, TAGS, NNTagger, char_marks  # noqa: E402
from torch import nn  # noqa: E402

TAG_ID = {t: i for i, t in enumerate(TAGS)}
MAX_LEN = 200  # training records are cut into pieces of at most this many chars


class Net(nn.Module):
    """Char + bigram embeddings, a linear layer, dilated convolutions, a tag layer."""

    def __init__(
        self, nchar: int, nbig: int, cdim: int, bdim: int, hidden: int, dils: list[int], drop: float, nmark: int = 0
    ) -> None:
        super().__init__()
        self.markw = nn.Linear(nmark, hidden, bias=False) if nmark else None
        self.cemb = nn.Embedding(nchar, cdim, padding_idx=0)
        self.bemb = nn.Embedding(nbig, bdim, padding_idx=0)
        self.inp = nn.Linear(cdim + 2 * bdim, hidden)
        self.convs = nn.ModuleList(nn.Conv1d(hidden, hidden, 3, padding=d, dilation=d) for d in dils)
        self.out = nn.Linear(hidden, len(TAGS))
        self.drop = nn.Dropout(drop)
        self.dils = dils

    def forward(
        self, c: torch.Tensor, left: torch.Tensor, right: torch.Tensor, mask: torch.Tensor, marks: torch.Tensor | None
    ) -> torch.Tensor:
        """Tag scores (batch, len, tags)."""
        x = torch.cat([self.cemb(c), self.bemb(left), self.bemb(right)], -1)
        m = mask.unsqueeze(-1)
        h = self.inp(self.drop(x))
        if self.markw is not None and marks is not None:
            h = h + self.markw(marks)
        h = torch.relu(h) * m
        for conv in self.convs:
            y = torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2))
            h = (h + y) * m
        return self.out(self.drop(h))


def vocab(texts: list[str], minc: int, minb: int, maxb: int) -> tuple[list[str], list[str]]:
    """The chars seen at least minc times and the maxb most frequent bigrams seen at least minb times
    (index 0 is the unknown one)."""
    cc: Counter[str] = Counter()
    bc: Counter[str] = Counter()
    for t in texts:
        n = t.translate(NORM)
        cc.update(n)
        e = "^" + n + "$"
        bc.update(e[k : k + 2] for k in range(len(e) - 1))
    chars = ["<unk>"] + sorted(c for c, k in cc.items() if k >= minc and c != "\n")
    bigrams = ["<unk>"] + [b for b, k in bc.most_common(maxb) if k >= minb and "\n" not in b]
    return chars, bigrams


def pieces(recs: list) -> list[tuple[str, list[str]]]:
    """(text, BIO tags) of each record, cut into pieces of at most MAX_LEN chars."""
    out = []
    for text, spans in recs:
        tags = bio(text, spans)
        for p in range(0, len(text), MAX_LEN):
            out.append((text[p : p + MAX_LEN], tags[p : p + MAX_LEN]))
    return out


def batches(data: list, tagger_ids, size: int, rng: random.Random | None, unk: float, nmark: int) -> list:
    """Padded tensors (chars, left bigrams, right bigrams, tags, mask, marks) of batches of similar length;
    data holds (text, tags, mark ids of each char or None)."""
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [order[k : k + size] for k in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    out = []
    for g in groups:
        n = max(len(data[i][0]) for i in g)
        arr = np.zeros((4, len(g), n), np.int64)
        mask = np.zeros((len(g), n), np.float32)
        marks = np.zeros((len(g), n, nmark), np.float32) if nmark else None
        for r, i in enumerate(g):
            text, tags, mids = data[i]
            c, left, right = tagger_ids(text)
            if rng and unk:
                c = [0 if rng.random() < unk else x for x in c]
            m = len(text)
            arr[0, r, :m], arr[1, r, :m], arr[2, r, :m] = c, left, right
            arr[3, r, :m] = [TAG_ID[t] for t in tags]
            mask[r, :m] = 1
            if marks is not None:
                for k, ms in enumerate(mids):
                    marks[r, k, ms] = 1.0
        out.append(
            (
                *(torch.from_numpy(a) for a in arr),
                torch.from_numpy(mask),
                None if marks is None else torch.from_numpy(marks),
            )
        )
    return out


class Ids:
    """Char and bigram ids as NNTagger computes them."""

    def __init__(self, chars: list[str], bigrams: list[str]) -> None:
        self.chars = {c: i for i, c in enumerate(chars)}
        self.bigrams = {b: i for i, b in enumerate(bigrams)}

    def __call__(self, text: str) -> tuple[list[int], list[int], list[int]]:
        return NNTagger.ids(self, text)  # type: ignore[arg-type]


def export(net: Net, chars: list[str], bigrams: list[str], marks: list[str], path: str) -> None:
    """Write the weights (float16) and the vocabularies to a .npz."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays = {
        "chars": np.array("\n".join(chars)),
        "bigrams": np.array("\n".join(bigrams)),
        "cemb": sd["cemb.weight"].astype(np.float16),
        "bemb": sd["bemb.weight"].astype(np.float16),
        "inw": sd["inp.weight"].astype(np.float16),
        "inb": sd["inp.bias"].astype(np.float16),
        "outw": sd["out.weight"].astype(np.float16),
        "outb": sd["out.bias"].astype(np.float16),
        "dil": np.array(net.dils, np.int32),
        "residual": np.array(True),
    }
    if net.markw is not None:
        arrays["marks"] = np.array("\n".join(marks))
        arrays["markw"] = sd["markw.weight"].astype(np.float16)
    for k in range(len(net.dils)):
        arrays[f"w{k}"] = sd[f"convs.{k}.weight"].astype(np.float16)
        arrays[f"b{k}"] = sd[f"convs.{k}.bias"].astype(np.float16)
    np.savez_compressed(path, **arrays)


def evaluate(path: str, held: list) -> dict[str, tuple[float, float, float]]:
    """Span P/R/F1 per label of the exported model (numpy) on the held records."""
    tg = NNTagger(path)
    pred = [[(a, b, lab) for a, b, lab, _ in r] for r in tg.recognise_scored([t for t, _ in held])]
    return prf([s for _, s in held], pred)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cdim", type=int, default=64)
    ap.add_argument("--bdim", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dils", default="1,2,4,1")
    ap.add_argument("--drop", type=float, default=0.2)
    ap.add_argument("--unk", type=float, default=0.02, help="share of training chars read as unknown")
    ap.add_argument("--maxb", type=int, default=60000)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--patience", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--minutes", type=float, default=40, help="stop after this many minutes of training")
    ap.add_argument("--out", default="/tmp/nn_ner.npz")
    ap.add_argument("--frac", type=float, default=1.0, help="the first part of each training set (a quick run)")
    ap.add_argument("--marks", action="store_true", help="also read extract/ner.py's lexicon marks of each char")
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(7)
    rng = random.Random(7)
    train, held = split_sets(True, 2, None, 0, False, 1, frac=args.frac)
    chars, bigrams = vocab([t for t, _ in train], 2, 3, args.maxb)
    ids = Ids(chars, bigrams)
    data = [(t, tags, char_marks(t) if args.marks else None) for t, tags in pieces(train)]
    marks = sorted({m for _, _, ms in data if ms for f in ms for m in f})
    mark_id = {m: i for i, m in enumerate(marks)}
    data = [(t, tags, [[mark_id[m] for m in f] for f in ms] if ms else None) for t, tags, ms in data]
    print(
        f"{len(train)} records, {len(data)} pieces, {sum(len(t) for t, _, _ in data)} chars; "
        f"{len(chars)} chars, {len(bigrams)} bigrams, {len(marks)} marks; held {len(held)}",
        flush=True,
    )
    dils = [int(x) for x in args.dils.split(",")]
    net = Net(len(chars), len(bigrams), args.cdim, args.bdim, args.hidden, dils, args.drop, len(marks))
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    loss_fn = nn.CrossEntropyLoss(reduction="none")
    best, best_ep, t0 = -1.0, -1, time.time()
    tmp = args.out + ".tmp.npz"
    for ep in range(args.epochs):
        net.train()
        total = 0.0
        for c, left, right, tags, mask, mk in batches(data, ids, args.batch, rng, args.unk, len(marks)):
            opt.zero_grad()
            scores = net(c, left, right, mask, mk)
            loss = (loss_fn(scores.reshape(-1, len(TAGS)), tags.reshape(-1)) * mask.reshape(-1)).sum() / mask.sum()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        net.eval()
        export(net, chars, bigrams, marks, tmp)
        res = evaluate(tmp, held)
        score = (res["PER"][2] + res["ORG"][2]) / 2
        cells = " ".join(f"{lab} {f:.3f}" for lab, (_, _, f) in res.items())
        print(f"epoch {ep + 1}: loss {total:.1f}  held {cells}  {time.time() - t0:.0f} s", flush=True)
        if score > best:
            best, best_ep = score, ep
            Path(tmp).replace(args.out)
        elif ep - best_ep >= args.patience:
            break
        if time.time() - t0 > args.minutes * 60:
            print("time cap reached", flush=True)
            break
    size = Path(args.out).stat().st_size
    print(f"best epoch {best_ep + 1} (PER+ORG mean F1 {best:.3f}) -> {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
