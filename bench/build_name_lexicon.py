#!/usr/bin/env python3
"""Build extract/data/name_chars.tsv: character statistics of Chinese personal names.

    .venv/bin/python bench/build_name_lexicon.py

Reads the TRAIN splits of ../shared/bench (CLUENER2020 `name` spans, ResumeNER `NAME`
spans) and writes only derived numbers (never any text of the datasets). Each split is cut
in three by position: the first 70% (BUILD) gives the statistics, 70-80% (TUNE) is where
`extract/names.py`'s threshold is chosen, the last 20% (TEST) is only ever reported on
(bench/ner_recall.py).

Rows of name_chars.tsv (kind, key, log-odds), all smoothed:

    S  c    log P(a name starts here | c occurs)        surname prior, per surname char
    G  c    log P(c | given-name chars) / P(c | text)     given-name character
    L  x    log P(x just before a name) / P(x | text)     left context: one char or two
    R  x    log P(x just after a name) / P(x | text)      right context: one char or two
    W  ab   log P(a name starts here | ab occurs)         a frequent two-char word (王国, 高速)
    T  c    log P(c | foreign-name chars) / P(c | text)   transliteration char (克, 斯, 尔)

`^` stands for the start of a text (L) and `$` for its end (R).
The jieba dictionary (a dependency already) adds W rows for common words that start with
a surname character and are not tagged as names, with a penalty growing with their frequency.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
CLUENER = SHARED / "cluener2020" / "train.jsonl"
RESUME = SHARED / "resume_ner" / "train.char.bmes"
OUT = ROOT / "extract" / "data" / "name_chars.tsv"

PERSON_LABELS = {"name", "NAME"}
ORG_LABELS = {"company", "government", "organization", "ORG"}

BUILD, TUNE = 0.7, 0.8


def _cjk(s: str) -> bool:
    return bool(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


def load_cluener(path: Path = CLUENER) -> list[tuple[str, dict[str, set[tuple[int, int]]]]]:
    """(text, {label: {(start, end)}}) per line; end exclusive."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans: dict[str, set[tuple[int, int]]] = {}
            for lab, ents in (rec.get("label") or {}).items():
                for _, offs in ents.items():
                    for a, b in offs:
                        spans.setdefault(lab, set()).add((a, b + 1))
            out.append((rec["text"], spans))
    return out


def load_bmes(path: Path = RESUME) -> list[tuple[str, dict[str, set[tuple[int, int]]]]]:
    """ResumeNER: one char and its B-/M-/E-/S- tag a line, sentences between blank lines."""
    out = []
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        if not chars:
            return
        spans: dict[str, set[tuple[int, int]]] = {}
        start = None
        for k, t in enumerate(tags):
            if t.startswith("S-"):
                spans.setdefault(t[2:], set()).add((k, k + 1))
                start = None
            elif t.startswith("B-"):
                start = k
            elif t.startswith("E-") and start is not None:
                spans.setdefault(t[2:], set()).add((start, k + 1))
                start = None
            elif not t.startswith("M-"):
                start = None
        out.append(("".join(chars), spans))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                flush()
                continue
            chars.append(parts[0] if len(parts) > 1 else " ")
            tags.append(parts[-1])
    flush()
    return out


def split(records: list, part: str) -> list:
    """The BUILD (first 70%), TUNE (70-80%) or TEST (last 20%) part of a split, by position."""
    n = len(records)
    a, b = {"build": (0, int(n * BUILD)), "tune": (int(n * BUILD), int(n * TUNE)), "test": (int(n * TUNE), n)}[part]
    return records[a:b]


def datasets() -> dict[str, list]:
    """The splits that exist under ../shared/bench, by name."""
    out = {}
    if CLUENER.exists():
        out["cluener"] = load_cluener()
    if RESUME.exists():
        out["resume"] = load_bmes()
    return out


def surnames() -> set[str]:
    """The family names of extract/data/surnames.txt and names_surnames.txt (read by the checked loader)."""
    from kgqa.extract.lexicon import load

    return set(load("surnames.txt")) | set(load("names_surnames.txt"))


def compounds() -> set[str]:
    return {w for w in surnames() if len(w) == 2}


def main() -> int:
    data = datasets()
    if not data:
        print("no benchmark data under", SHARED, file=sys.stderr)
        return 1
    two = compounds()
    text_c: Counter = Counter()  # chars of all text
    text_b: Counter = Counter()  # bigrams of all text
    start_c: Counter = Counter()  # first char of a name
    start_b: Counter = Counter()  # first two chars of a name
    given_c: Counter = Counter()
    left: Counter = Counter()
    right: Counter = Counter()
    translit: Counter = Counter()  # chars of foreign names (克里斯·莫瑞斯)
    n_names = 0
    fams = surnames()
    for recs in data.values():
        for text, spans in split(recs, "build"):
            padded = "^" + text + "$"
            text_c.update(padded)
            text_b.update(padded[k : k + 2] for k in range(len(padded) - 1))
            for a, b in spans.get("name", set()) | spans.get("NAME", set()):
                name = text[a:b]
                if "·" in name:
                    translit.update(c for c in name if _cjk(c))
                    continue
                s = 2 if name[:2] in two and len(name) >= 3 else 1
                # a Chinese name: a listed family name and one or two given chars, no 穆里尼奥
                if (
                    not _cjk(name)
                    or name[:s] not in fams
                    or not s + 1 <= len(name) <= s + 2
                    or text[b : b + 1] in "·-"
                    or text[a - 1 : a] in ("·", "-")
                ):
                    if _cjk(name) and len(name) >= 3:
                        translit.update(name)
                    continue
                n_names += 1
                start_c[name[0]] += 1
                start_b[name[:2]] += 1
                given_c.update(name[s:])
                pa, pb = a + 1, b + 1  # offsets in padded
                left[padded[pa - 1]] += 1
                left[padded[max(0, pa - 2) : pa]] += 1
                right[padded[pb]] += 1
                right[padded[pb : pb + 2]] += 1
    n_text = sum(text_c.values())
    n_given = sum(given_c.values())
    rows: list[tuple[str, str, float]] = []
    # surname prior: how often an occurrence of c starts a name
    for c, k in start_c.items():
        if k >= 2 and _cjk(c):
            rows.append(("S", c, math.log((k + 0.5) / (text_c[c] + 2))))
    # given-name chars: over-representation in names vs running text
    # (a char never seen in a name but frequent in text gets a row too: unknown chars are rare ones)
    for c in set(given_c) | {c for c, k in text_c.items() if k >= 20}:
        k = given_c[c]
        if _cjk(c):
            rows.append(("G", c, math.log(((k + 0.3) / n_given) / ((text_c[c] + 5) / n_text))))
    # context: log-odds of x beside a name vs anywhere (unigram over all chars, bigrams seen often)
    for name, ctr in (("L", left), ("R", right)):
        tot = sum(v for x, v in ctr.items() if len(x) == 1)
        for x in {c for c, k in text_c.items() if k >= 30} - set(ctr):
            ctr[x] = 0
        for x, k in list(ctr.items()):
            if len(x) == 1 and (k >= 3 or text_c[x] >= 30):
                rows.append((name, x, math.log(((k + 0.5) / tot) / ((text_c[x] + 5) / n_text))))
            elif len(x) == 2 and k >= 4:
                rows.append((name, x, math.log(((k + 0.5) / tot) / ((text_b[x] + 5) / n_text))))
    # frequent bigrams that start with a name start char: how often do they start a name?
    w_rows: dict[str, float] = {}
    for bg, k in text_b.items():
        if k >= 8 and bg[0] in start_c and _cjk(bg):
            w_rows[bg] = math.log((start_b[bg] + 0.2) / (k + 1))
    # common words of jieba's dictionary starting with a surname char and not tagged as names
    try:
        import jieba

        dict_path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
        with open(dict_path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3:
                    continue
                w, f, tag = parts[0], int(parts[1]), parts[2]
                if (
                    len(w) == 2
                    and _cjk(w)
                    and w[0] in fams
                    and tag not in ("nr", "nrt", "nrfg")
                    and f >= 200
                    and w not in w_rows
                    and start_b[w] == 0
                ):
                    w_rows[w] = -min(4.0, math.log(f / 100.0))
    except (ImportError, OSError):
        pass
    rows.extend(("W", bg, v) for bg, v in w_rows.items())
    # chars of transliterated names: how much more often than in text
    n_t = sum(translit.values())
    for c, k in translit.items():
        if k >= 2:
            rows.append(("T", c, math.log(((k + 0.3) / n_t) / ((text_c[c] + 5) / n_text))))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(
            "# Derived by bench/build_name_lexicon.py from benchmark TRAIN splits (first 70%) "
            "and jieba's dictionary: statistics only.\n"
            "# kind\tkey\tlog-odds (S surname start, G given-name char, L/R context, W word start)\n"
        )
        for kind, key, v in rows:
            fh.write(f"{kind}\t{key}\t{v:.2f}\n")
    kinds = Counter(r[0] for r in rows)
    print(
        f"names={n_names} rows={len(rows)} {dict(kinds)} -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
