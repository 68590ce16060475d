"""Person names found by what they look like: a family name, a given name, the words around them.

Used by the `mentions` step as one more source of persons, besides the names that follow a
title, a role word or a cue (those are read by rules in `mentions`). Here a candidate is a
family name (single, or compound such as 欧阳) followed by one or two given-name characters,
and it is scored by statistics in data/name_chars.tsv (built by bench/build_name_lexicon.py
from benchmark TRAIN splits; log-odds, see there):

    score = S(family name) + G(each given char) + L(text before) + R(text after)
            + W(first two chars, if a common word such as 王国 / 高速) + length bias

A candidate is taken when its score reaches THRESHOLD (chosen on the TUNE part of the
splits, never on the part bench/ner_recall.py reports). Overlapping candidates keep the
best; spans the caller already took (places, organisations, titles) are never entered.

Conventions (stable):

* `find_names(text, taken=()) -> [(start, end, name)]`, offsets into `text`, sorted; `taken`
  holds character offsets a name must not cover.
* Plain functions over strings, no pipeline state; the lexicon loads once (`model()`).

    >>> [n for _, _, n in find_names("王建国表示，今年要抓好项目建设。")]
    ['王建国']
    >>> find_names("王国的黄金时代")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import load

THRESHOLD = 3.0
LEN_BIAS = {2: 0.0, 3: 0.0, 4: -1.0}  # by length of the whole name
S_DEFAULT = -2.5  # a listed family name the statistics never saw start a name
S_COMPOUND = -0.5  # 欧阳, 司马 ...
G_UNKNOWN = 0.0  # a char rare in text and never seen in a name
CTX_DEFAULT = -0.3  # a neighbour never seen beside a name
SPLIT_PENALTY = 6.0  # a three-char name whose last char starts a common word (see `word_starts`)
# Chars that never continue a given name however the statistics read (particles, numerals).
NOT_GIVEN = set(load("name_words.yaml")["not_given"])
# Words that are no persons whatever comes around them.
NOT_NAMES = set(load("name_words.yaml")["not_names"])
SEP = set("，。、；：:;,.！？!?“”\"'‘’《》（）()[]【】—-/ \t\n\u3000…|")


@dataclass
class Model:
    """The statistics of data/name_chars.tsv."""

    S: dict[str, float] = field(default_factory=dict)
    G: dict[str, float] = field(default_factory=dict)
    L: dict[str, float] = field(default_factory=dict)
    R: dict[str, float] = field(default_factory=dict)
    W: dict[str, float] = field(default_factory=dict)
    T: dict[str, float] = field(default_factory=dict)
    compounds: set[str] = field(default_factory=set)
    pattern: re.Pattern = re.compile("(?!)")  # matches nothing until model() compiles the real one


@cache
def model() -> Model:
    """The name statistics and the candidate pattern, loaded once."""
    m = Model()
    for kind, key, value in load("name_chars.tsv"):
        getattr(m, kind)[key] = float(value)
    learned, m.S = m.S, {}
    for w in load("surnames.txt") + load("names_surnames.txt"):
        if len(w) == 1:
            m.S[w] = learned.get(w, S_DEFAULT)
        elif len(w) == 2:
            m.compounds.add(w)
    for c in NOT_GIVEN:
        m.G[c] = -9.0
    fams = "".join(sorted(m.S))
    comp = "|".join(sorted(m.compounds))
    # a family name then a plausible given-name char (a CJK char not listed as impossible)
    m.pattern = re.compile(f"(?=((?:{comp})|[{re.escape(fams)}])[\u4e00-\u9fff])")
    return m


def _ctx_left(m: Model, text: str, p: int) -> float:
    if p == 0 or text[p - 1] == "\n":
        return m.L.get("^", CTX_DEFAULT)
    v = m.L.get(text[p - 2 : p]) if p >= 2 else None
    return v if v is not None else m.L.get(text[p - 1], CTX_DEFAULT)


def _ctx_right(m: Model, text: str, q: int) -> float:
    if q >= len(text) or text[q] == "\n":
        return m.R.get("$", CTX_DEFAULT)
    v = m.R.get(text[q : q + 2])
    return v if v is not None else m.R.get(text[q], CTX_DEFAULT)


def candidates(text: str, threshold: float | None = None) -> list[tuple[float, int, int]]:
    """Every scored candidate (score, start, end) at or above the threshold, best first."""
    m = model()
    th = THRESHOLD if threshold is None else threshold
    out: list[tuple[float, int, int]] = []
    n = len(text)
    G, W = m.G, m.W
    for hit in m.pattern.finditer(text):
        p = hit.start()
        fam = hit.group(1)
        s = len(fam)
        sv = S_COMPOUND if s == 2 else m.S[fam]
        if p > 0 and (text[p - 1] == fam or text[p - 1] in "·-"):  # 王王; 安迪·沃霍尔
            continue
        if text.startswith(HONORIFIC, p + s):  # 李女士, 王总: no given name written
            continue
        if s == 1 and text[p : p + 2] in NOT_NAMES:  # 张开双臂, 李子树: a word, then more
            continue
        if s == 1 and text[p + 1 : p + 2] == fam:  # 殷殷嘱托: a doubled word, no family name
            continue
        lv = _ctx_left(m, text, p)
        g = 0.0
        for k in (1, 2):
            q = p + s + k
            if q > n:
                break
            c = text[q - 1]
            if c in SEP or not "\u4e00" <= c <= "\u9fff":
                break
            g += G.get(c, G_UNKNOWN)
            if g < -6:
                break
            name = text[p:q]
            if name in NOT_NAMES or text[q : q + 1] in ("·", "-"):
                continue
            score = sv + g + lv + _ctx_right(m, text, q) + LEN_BIAS.get(q - p, -2.0)
            if k == 2 and q < n and text[q] not in SEP and word_starts(text, q - 1):
                score -= SPLIT_PENALTY  # 甲乙首先: 甲乙 and a word, hardly 甲乙首
            if s == 1:  # 王国 alone is a word; in 王国庆 it is less of one
                score += W.get(text[p : p + 2], 0.0) * (1.0 if q - p == 2 else 0.5)
            if score >= th:
                out.append((score, p, q))
    out.sort(key=lambda x: -x[0])
    return out


DOT = re.compile("[·•]")
EDGE_MIN = 0.5  # a neighbour seen beside names more than elsewhere (家, 说); else a truncation
T_MIN = 0.5  # a char of a transliterated name (data/name_chars.tsv rows T)


@cache
def translit_chars() -> frozenset[str]:
    """Chars typical of a transliterated name (score T at least T_MIN)."""
    return frozenset(c for c, v in model().T.items() if v >= T_MIN)


FOREIGN_S_MAX = -1.5  # a first char of at most this family-name score starts no Chinese name of translit chars


def looks_foreign(name: str) -> bool:
    """A transliterated name: dotted, or every char typical of such names after no common family
    name (克雷蒂安, 安南; not 刘秀清, 王克)."""
    if DOT.search(name):
        return True
    T = translit_chars()
    if model().S.get(name[0], -9.0) > FOREIGN_S_MAX:
        return False
    if len(name) >= 2 and all(c in T for c in name):
        return True
    # 基里延科, 库马拉通加: four or more chars of the transliteration tables (some the statistics lack), not two
    # Tibetan or Mongolian name parts (扎西顿珠, 阿拉坦巴根)
    if len(name) >= 4:
        return all(c in T or c in _long_translit()[0] for c in name) and not _two_parts(name)
    # 差瓦立: three such chars after a first char that is never a family name (ext74; 王克, 刘秀清 open with one)
    return (
        len(name) == 3
        and name[0] not in model().S
        and all(c in T or c in _long_translit()[0] for c in name)
        and not _two_parts(name)
    )


@cache
def _long_translit() -> tuple[frozenset[str], frozenset[str]]:
    """Chars of transliterated names of 4+ chars the statistics lack, and Tibetan and Mongolian name parts
    (data/person_words.yaml)."""
    w = load("person_words.yaml")
    return frozenset(w["translit_chars_long"]), frozenset(w["tibetan_name_parts"]) | frozenset(
        w["mongolian_name_parts"]
    )


def _two_parts(name: str) -> bool:
    """Is name two Tibetan or Mongolian name parts run together?"""
    parts = _long_translit()[1]
    return any(name[:k] in parts and name[k:] in parts for k in range(2, len(name) - 1))


def foreign_names(text: str) -> list[tuple[int, int]]:
    """Transliterated names written with a middle dot (克里斯·莫瑞斯, 艾尔肯·吐尼亚孜):
    the dotted run of characters typical of such names, read outwards from each dot."""
    if "·" not in text and "•" not in text:
        return []
    mo = model()
    T = mo.T

    def ok(c: str) -> bool:  # typical of such names, or a rare char the statistics never saw
        return T.get(c, -9.0) >= T_MIN

    def edge(c: str, side: dict) -> bool:  # what may stand beside such a name: no name char
        return not "\u4e00" <= c <= "\u9fff" or side.get(c, -9.0) >= EDGE_MIN

    out: list[tuple[int, int]] = []
    for m in DOT.finditer(text):
        a = m.start()
        if out and out[-1][1] > a:
            continue
        while a > 0 and m.start() - a < 6 and ok(text[a - 1]):
            a -= 1
        b = m.end()
        while True:
            e = b
            while e < len(text) and e - b < 8 and ok(text[e]):
                e += 1
            if e == b:
                break
            b = e
            if b < len(text) - 1 and text[b] in "·•" and ok(text[b + 1]):
                b += 1
                continue
            break
        if (
            m.start() - a >= 1
            and b - m.end() >= 1
            and b - a >= 4
            and (a == 0 or edge(text[a - 1], mo.L))
            and (b == len(text) or edge(text[b], mo.R))
        ):
            out.append((a, b))
    return out


def find_names(text: str, taken=(), threshold: float | None = None) -> list[tuple[int, int, str]]:
    """Names in text as (start, end, name), best-scoring of overlapping candidates, none
    covering an offset in `taken`."""
    if not text:
        return []
    used = set(taken)
    out = []
    for p, q in foreign_names(text):
        if not any(k in used for k in range(p, q)):
            used.update(range(p, q))
            out.append((p, q, text[p:q]))
    for _, p, q in candidates(text, threshold):
        if any(k in used for k in range(p, q)):
            continue
        used.update(range(p, q))
        out.append((p, q, text[p:q]))
    out.sort()
    return out


HONORIFIC = tuple(load("name_words.yaml")["honorifics"])


def person_mentions(text: str, article: int, mentions=(), authors=()) -> list:
    """`Mention`s of kind person (value "names") for the names of `text` that no mention in
    `mentions` overlaps and that are not authors of the page (the `mentions` step's hook)."""
    from .pipeline import Mention

    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.start, m.end))
    return [
        Mention(n, "person", article, a, b, canonical=n, value="names")
        for a, b, n in find_names(text, taken)
        if n not in authors
    ]


@cache
def _freqs() -> dict[str, int]:
    """Frequencies of the 2-4 character words of jieba's dictionary (a dependency); empty if it is missing."""
    from .ner import word_freqs

    return word_freqs()


WORD_RATIO = 3  # how much commoner the word at a name's last char must be than the one after it
WORD_MIN = 300  # ... and how common it must be at least (首先 9248, 满怀 491; 明解 2)


def dictionary_count(word: str) -> int:
    """How often jieba's dictionary counts the word (0 if it is none of its words)."""
    return _freqs().get(word, 0)


def word_freq(text: str, q: int) -> int:
    """The frequency of the commonest dictionary word (2-4 chars) starting at text[q] (0 if none)."""
    f, n, best = _freqs(), len(text), 0
    for k in (2, 3, 4):
        if q + k > n:
            break
        v = f.get(text[q : q + k], 0)
        if v > best:
            best = v
    return best


COMMON_WORD = 1000  # a two-char dictionary word this frequent, of no person-like class, is no name


def common_word(word: str) -> bool:
    """Is word a common word of jieba's dictionary that is no person's name (任职, 方面; not 高峰, 文明)?"""
    from . import ner

    return _freqs().get(word, 0) >= COMMON_WORD and ner.word_class(word) == "w"


def word_starts(text: str, q: int) -> bool:
    """Does a dictionary word start at q that is much commoner than any starting at q + 1 (首先 against
    先代: in 甲乙首先 the 首 begins the next word, it ends no name)?"""
    here = word_freq(text, q)
    return here >= WORD_MIN and here > WORD_RATIO * word_freq(text, q + 1)
