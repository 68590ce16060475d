"""A learned recogniser of persons, organisations and places (a linear-chain CRF over characters).

The model file data/ner.crfsuite is trained by bench/ner_train.py on public labelled sets
(CLUENER train, ResumeNER train, MSRA NER val, People's Daily NER dev; never on the sets
bench/ner_eval.py measures). It is loaded once, lazily, from the installed package.

Features of a character: the character and its neighbours (normalised: full-width to
half-width, digits to 0, Latin letters to a), character bigrams around it, and lexicon
evidence from extract/data/: a family name starts here, the name-character score of
data/name_chars.tsv, a candidate name of names.py with its score, a word of jieba's dictionary
(by class: person, place, organisation, other) begins/ends here, a title word, an organisation
suffix or a division begins/ends here. (Tried and not kept: the trigram centred on the char,
chars typical of transliterated names, country names - a retrained model gained little on the
held-out sets and cost dev facts; jieba segmentation - too slow for extraction; each char's place
(B/M/E/S, word length and class) in a forward longest-match segmentation over the same dictionary
words - `ner_train.py --tune` PER 0.852 -> 0.851, ORG 0.719 -> 0.721, LOC 0.771 -> 0.775, within
noise, not worth a new model.)

Conventions (stable):

* `recognise(sentences) -> [[(start, end, label)]]`, one list per sentence, offsets into
  that sentence, label one of PER, ORG, LOC. Bad input gives empty lists, never raises.
  `recognise_scored` adds the span's confidence (the lowest marginal probability of its tags).
* `features(text)` is shared by training and tagging.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from array import array
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).with_name("data") / "ner.crfsuite"
LABELS = ("PER", "ORG", "LOC")
MAX_LEN = 400  # longer texts are tagged in pieces of this many characters
NAME_MIN = -2.0  # names.py candidates scored at least this are marked (their score, bucketed)
ENABLED = True  # bench/ner_eval.py switches the model off to measure the rules alone


def _norm_table() -> dict[int, str]:
    """Full-width ASCII folded to half-width, digits to 0, Latin letters to a, spaces to _."""
    t: dict[int, str] = {}
    for o in range(0x21, 0x7F):
        c = chr(o)
        t[o] = "0" if c.isdigit() else "a" if c.isalpha() else c
        t[o + 0xFEE0] = t[o]
    for c in " \t\n\r\u3000\xa0":
        t[ord(c)] = "_"
    return t


NORM = _norm_table()


WORD_CLASS = {"nr": "r", "nrt": "r", "nrfg": "r", "ns": "s", "nt": "t"}


def _dictionary_rows() -> Iterator[tuple[str, str, str]]:
    """jieba's dictionary (a dependency) line by line: (word, frequency, part of speech) of its words of 1-4
    characters, in the file's order (none when jieba is missing)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("jieba")
        if spec is None or spec.origin is None:
            return
        path = Path(spec.origin).with_name("dict.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 3 and len(parts[0]) <= 4:
                    yield parts[0], parts[1], parts[2]
    except (OSError, AttributeError, TypeError):
        return


@cache
def _dictionary() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's dictionary, read once: words of 1-4 characters -> their part of speech, and words of
    2-4 characters -> their frequency. The two tables share their key strings, and equal values are one object:
    a lookup in a forked ingest worker then touches few pages of the tables the writer loaded (each object's
    reference count is written on every lookup, copying its page into the worker)."""
    import sys

    pos: dict[str, str] = {}
    freq: dict[str, int] = {}
    counts: dict[int, int] = {}
    for word, count, tag in _dictionary_rows():
        pos[word] = sys.intern(tag)
        if len(word) >= 2 and count.isdigit():
            n = int(count)
            freq[word] = counts.setdefault(n, n)
    return pos, freq


def _packed(word: str) -> int | None:
    """A word of 1-4 characters of the Basic Multilingual Plane (no NUL) as one 64-bit number, 16 bits a
    character, the first highest and a shorter word's missing characters 0 (None for any other word).

    >>> _packed("甲乙") == (ord("甲") << 48 | ord("乙") << 32), _packed("甲乙丙丁戊"), _packed("")
    (True, None, None)
    """
    if not 1 <= len(word) <= 4:
        return None
    code = 0
    for ch in word:
        o = ord(ch)
        if o == 0 or o > 0xFFFF:
            return None
        code = code << 16 | o
    return code << 16 * (4 - len(word))


@cache
def _small_pos() -> tuple[array[int], array[int], tuple[str, ...]]:
    """`word_pos`'s table in 10 bytes a word (about 3.4 MB for jieba's 342,000 words of 1-4 characters, against
    the 41 MB of `_dictionary`'s two dicts of strings): the words packed (`_packed`) and sorted, and each one's
    part of speech as an index into the tags. Read from the same file; a word written twice keeps its last tag,
    as `_dictionary` does."""
    codes, tags, names = array("Q"), array("H"), dict[str, int]()  # in the file's order
    for word, _, pos in _dictionary_rows():
        code = _packed(word)
        if code is not None:
            codes.append(code)
            tags.append(names.setdefault(pos, len(names)))
    step = 1 << 15  # sorted a slice at a time and merged: never a list of every word's number (24 MB at once)
    runs = [array("Q", sorted(codes[i : i + step])) for i in range(0, len(codes), step)]
    ordered = array("Q", (c for c, _ in itertools.groupby(heapq.merge(*runs))))
    del runs
    out = array("H", bytes(2 * len(ordered)))
    for code, index in zip(codes, tags, strict=True):  # (in the file's order: the last line of a word wins)
        out[bisect.bisect_left(ordered, code)] = index
    return ordered, out, tuple(names)


def small_word_pos(word: str) -> str | None:
    """`word_pos` (the same part of speech for every word) without the whole dictionary in memory: for a process
    that needs no extraction and asks few words (the question index's brand check, kg/qa/forms.py). When the
    process has loaded the dictionary anyway (it extracts), that is read instead."""
    if _dictionary.cache_info().currsize:
        return word_pos(word)
    code = _packed(word)
    if code is None:
        return None
    codes, tags, names = _small_pos()
    i = bisect.bisect_left(codes, code)
    return names[tags[i]] if i < len(codes) and codes[i] == code else None


def _words() -> dict[str, str]:
    """Words of 1-4 characters of jieba's dictionary -> their part of speech (jieba's tag)."""
    return _dictionary()[0]


def word_freqs() -> dict[str, int]:
    """Words of 2-4 characters of jieba's dictionary -> their frequency (empty if jieba is missing)."""
    return _dictionary()[1]


def word_class(word: str) -> str | None:
    """The class of a word of 2-4 characters of jieba's dictionary (r person-like, s place, t organisation,
    w other), or None."""
    pos = _words().get(word) if len(word) >= 2 else None
    return None if pos is None else WORD_CLASS.get(pos, "w")


def word_pos(word: str) -> str | None:
    """The part of speech jieba's dictionary gives a word of 1-4 characters (v, n, ns ...), or None."""
    return _words().get(word)


@cache
def _lex() -> tuple:
    """Lexicon pieces the features read (title, suffix and place automata; surname and name-char scores)."""
    from . import mentions, names

    lx = mentions.lexicon()
    nm = names.model()
    g = {c: max(-3, min(3, round(v))) for c, v in nm.G.items()}
    return lx.title_ac, lx.suffix_ac, lx.place_ac, set(nm.S), set(nm.compounds), g


Mark = tuple[str, str, str]  # a lexicon mark as a feature of the char before, the char, the char after


@cache
def _mark(m: str) -> Mark:
    """The three feature strings of mark m: read from the next char (-1), the char (0), the previous char (1)."""
    return ("-1" + m, "0" + m, "1" + m)


@cache
def _mark_bytes(m: str) -> tuple[bytes, bytes, bytes]:
    """`_mark` as UTF-8 bytes (what the tagger is given: see `features`)."""
    a, b, c = _mark(m)
    return (a.encode(), b.encode(), c.encode())


CharMarks = tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]  # str, or bytes (`features`)
NO_MARKS: CharMarks = ((), (), ())


@cache
def _char_marks(as_bytes: bool = False) -> dict[str, CharMarks]:
    """The marks a char carries by itself (a family name S, its name-char score G), as the features they give
    the char after it (-1), the char (0) and the char before it (1); as UTF-8 bytes with `as_bytes`."""
    _, _, _, sur, _, g = _lex()
    mark: Any = _mark_bytes if as_bytes else _mark
    out: dict[str, CharMarks] = {}
    for c in set(sur) | set(g):
        ms = [mark(m) for m in (["S"] if c in sur else []) + ([f"G{g[c]}"] if c in g else [])]
        out[c] = (tuple(m[0] for m in ms), tuple(m[1] for m in ms), tuple(m[2] for m in ms))
    return out


WordMarks = tuple[Any, Any, bool, Any, Any]  # begin and end mark (None: no word), a longer word starts so, as bytes


@cache
def _word_marks() -> dict[str, WordMarks]:
    """Each word of `_words` and each start of a longer one -> (its begin mark, its end mark, or None when
    it is no word; whether a longer word starts with it; the two marks as UTF-8 bytes)."""
    words = {w: WORD_CLASS.get(pos, "w") for w, pos in _words().items() if len(w) >= 2}
    longer = {w[:k] for w in words for k in range(2, len(w))}
    out: dict[str, WordMarks] = {}
    shared: dict[WordMarks, WordMarks] = {}
    for w in set(words) | longer:
        cls, k = words.get(w), len(w)
        value: WordMarks = (
            (
                _mark(f"D{cls}B{k}"),
                _mark(f"D{cls}E{k}"),
                w in longer,
                _mark_bytes(f"D{cls}B{k}"),
                _mark_bytes(f"D{cls}E{k}"),
            )
            if cls
            else (None, None, True, None, None)
        )
        # one tuple per distinct value (a few dozen), not one per word: 22 MB less, and a lookup in a forked
        # worker increments the count of a shared tuple instead of copying the page of a word's own
        out[w] = shared.setdefault(value, value)
    return out


def _span_marks(text: str, fs: list[list[Any]], as_bytes: bool = False) -> None:
    """Append to fs (one list per char of text) the lexicon marks of the spans found in text, as features of
    their first and last char (0) and of the neighbours (-1, 1): title/suffix/place begin (B) or end (E),
    names.py candidate, jieba word, compound family name (as UTF-8 bytes with `as_bytes`)."""
    from . import names

    title_ac, suffix_ac, place_ac, _, comp, _ = _lex()
    mark: Any = _mark_bytes if as_bytes else _mark
    padded = [[], *fs, []]  # a mark's neighbours past either end of text go to these two

    def add(i: int, m: Mark) -> None:
        padded[i].append(m[2])
        padded[i + 1].append(m[1])
        padded[i + 2].append(m[0])

    for tag, ac in (("T", title_ac), ("O", suffix_ac), ("P", place_ac)):
        mb, me = mark(tag + "B"), mark(tag + "E")
        for end, w in ac.iter(text):
            add(end - len(w) + 1, mb)
            add(end, me)
    used: set[int] = set()
    for score, p, q in names.candidates(text, threshold=NAME_MIN):
        if any(k in used for k in range(p, q)):
            continue
        used.update(range(p, q))
        b = max(-1, min(5, int(score // 2)))
        add(p, mark(f"NB{b}"))
        add(q - 1, mark(f"NE{b}"))
        for k in range(p + 1, q - 1):
            add(k, mark("NI"))
    _dictionary_marks(text, add, as_bytes)
    s2 = mark("S2")
    for m in _compound_starts().finditer(text):  # each i where text[i : i + 2] is a compound, in order
        add(m.start(), s2)


@cache
def _compound_starts() -> re.Pattern[str]:
    """Where a compound family name of two chars (names.py's compounds: 欧阳, 司马) begins: a lookahead of them all,
    found in one pass of the regex engine instead of a slice and a set lookup at every char."""
    comp = sorted(w for w in _lex()[4] if len(w) == 2)
    if not comp:
        return re.compile("(?!)")
    firsts = re.escape("".join(sorted({w[0] for w in comp})))
    # the class of their first chars first: most positions fail there, before the alternation is tried
    return re.compile(f"(?=[{firsts}])(?=(?:" + "|".join(map(re.escape, comp)) + "))")


def _dictionary_marks(text: str, add, as_bytes: bool = False) -> None:
    """Mark where each word of jieba's dictionary (2-4 chars) begins and ends, by its class."""
    wm = _word_marks()
    n = len(text)
    ib, ie = (3, 4) if as_bytes else (0, 1)
    for i in range(n - 1):
        k = 2
        hit = wm.get(text[i : i + 2])
        while hit:
            mb, me, more = hit[ib], hit[ie], hit[2]
            if mb and me:
                add(i, mb)
                add(i + k - 1, me)
            if not more or k == 4 or i + k >= n:
                break
            k += 1
            hit = wm.get(text[i : i + k])


CONTEXT = ("c=", "l=", "r=", "ll=", "rr=", "lc=", "cr=", "ll_l=", "r_rr=", "lr=")  # the context strings' heads
CONTEXT_BYTES = tuple(h.encode() for h in CONTEXT)
PAD_BEFORE, PAD_AFTER = 0, 1  # the keys of `_Units` for the padding before and after a text (no char is an int)


class _Units(dict):
    """Each char -> what `features` reads of it alone, built the first time it is asked for: its five context
    strings (as the char c=, the left l=, the right r=, the second left ll=, the second right rr=, of the
    normalised char) and its own marks as the features of the char after it, of itself and of the char before it
    (`_char_marks`). PAD_BEFORE and PAD_AFTER are the padding (^ and $, no marks). One dict each of str and bytes."""

    def __init__(self, as_bytes: bool) -> None:
        super().__init__()
        self.as_bytes = as_bytes

    def __missing__(self, c: Any) -> tuple[Any, ...]:
        heads: tuple[Any, ...] = CONTEXT_BYTES if self.as_bytes else CONTEXT
        if c in (PAD_BEFORE, PAD_AFTER):
            norm, marks = ("^" if c == PAD_BEFORE else "$"), NO_MARKS
        else:
            norm, marks = c.translate(NORM), _char_marks(self.as_bytes).get(c, NO_MARKS)
        n: Any = norm.encode() if self.as_bytes else norm
        unit = (*(h + n for h in heads[:5]), *marks)
        self[c] = unit
        return unit


@cache
def _units(as_bytes: bool) -> _Units:
    return _Units(as_bytes)


def features(text: str, as_bytes: bool = False) -> list[list[Any]]:
    """The feature strings of each character of text: the char, its neighbours, their pairs, and
    the lexicon marks of the char before (-1), the char (0) and the char after (1).

    With `as_bytes` the same strings encoded as UTF-8, each built of the encoded chars: the tagger is given
    these (python-crfsuite encodes every str it is given, 16 a char; bytes are joined faster than str too).
    The strings of a char alone and its own marks are read from `_units` (one lookup a char, in C by `map`),
    the pairs are joined here."""
    _, _, _, _, _, hlc, hcr, hll_l, hr_rr, hlr = CONTEXT_BYTES if as_bytes else CONTEXT
    norm = text.translate(NORM)
    cs: list[Any] = ["^", "^", *norm, "$", "$"] if not as_bytes else [b"^", b"^", *map(str.encode, norm), b"$", b"$"]
    bg = [a + b for a, b in zip(cs, cs[1:])]
    units = _units(as_bytes)
    pre, post = units[PAD_BEFORE], units[PAD_AFTER]
    us = [pre, pre, *map(units.__getitem__, text), post, post]
    # of the five units around a char: the second left, the left, the char, the right, the second right
    fs = [
        [
            u[0],
            ul[1],
            ur[2],
            ull[3],
            urr[4],
            hlc + x,
            hcr + y,
            hll_l + z,
            hr_rr + v,
            hlr + b + d,
            *ul[5],
            *u[6],
            *ur[7],
        ]
        for ull, ul, u, ur, urr, b, d, x, y, z, v in zip(
            us, us[1:], us[2:], us[3:], us[4:], cs[1:], cs[3:], bg[1:], bg[2:], bg, bg[3:]
        )
    ]
    _span_marks(text, fs, as_bytes)
    return fs


@cache
def _tagger():
    """The CRF tagger with the shipped model, or None when it cannot be loaded."""
    try:
        import pycrfsuite

        t = pycrfsuite.Tagger()
        t.open(str(MODEL))
        return t
    except Exception as exc:  # no model file, no library: the recogniser finds nothing, and says so once
        import warnings

        warnings.warn(
            f"kgqa: the learned name recogniser is off ({type(exc).__name__}: {exc}); extraction runs on "
            "rules alone — reinstall kgqa (`pip install -e .` or `python3 run.py test`) to get "
            "python-crfsuite and extract/data/ner.crfsuite",
            RuntimeWarning,
            stacklevel=2,
        )
        return None


def available() -> bool:
    """Is the learned model loaded (the library and the model file are there)?"""
    return _tagger() is not None


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO tag sequence."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    lab = ""
    for k, t in enumerate(tags):
        head, _, typ = t.partition("-")
        if head == "B" or head == "O" or typ != lab:
            if start is not None:
                out.append((start, k, lab))
            start, lab = (k, typ) if head != "O" and typ else (None, "")
    if start is not None:
        out.append((start, len(tags), lab))
    return out


def tag(text: str) -> list[str]:
    """BIO tags of each character of text (all O without a model)."""
    return [t for t, _ in _tag_scored(text, False)]


def _tag_scored(text: str, scored: bool = True) -> list[tuple[str, float]]:
    """(BIO tag, its marginal probability) of each character of text; the probability is only
    computed (else 1.0) when `scored` and the tag is not O."""
    t = _tagger()
    if t is None or not text:
        return [("O", 1.0)] * len(text)
    out: list[tuple[str, float]] = []
    for p in range(0, len(text), MAX_LEN):
        t.set(features(text[p : p + MAX_LEN], as_bytes=True))
        ys = t.tag()
        out.extend((y, t.marginal(y, k) if scored and y != "O" else 1.0) for k, y in enumerate(ys))
    return out


def recognise_scored(sentences) -> list[list[tuple[int, int, str, float]]]:
    """Spans (start, end, label, confidence) of persons, organisations and places in each sentence;
    the confidence is the lowest marginal probability of the span's tags."""
    out: list[list[tuple[int, int, str, float]]] = []
    for s in sentences or []:
        try:
            if not isinstance(s, str):
                out.append([])
                continue
            ts = _tag_scored(s)
            out.append([(a, b, lab, min(p for _, p in ts[a:b])) for a, b, lab in spans_of([t for t, _ in ts])])
        except Exception:  # a recogniser never breaks extraction
            out.append([])
    return out


def recognise(sentences) -> list[list[tuple[int, int, str]]]:
    """Spans (start, end, label) of persons, organisations and places in each sentence."""
    out = []
    for s in sentences or []:
        try:
            out.append(spans_of(tag(s)) if isinstance(s, str) else [])
        except Exception:  # a recogniser never breaks extraction
            out.append([])
    return out
