"""Step `sentences`: each article's body -> sentences with provenance.

Conventions left for later steps (stable):

* `doc.facts.articles[i].sentences` is a list of `Source(article=i, sentence=text,
  start, end)`, `start`/`end` being offsets into the page text `doc.text`.
* `doc.sent_spans[i]` is the parallel list of `(start, end)` offsets of the
  same sentences in the article *body* (the offsets `Mention`s use).
* `source_at(doc, article, body_start, body_end)` gives the `Source` of the sentence
  holding a body span (for any fact read from it).

A sentence ends at 。！？!?； (with a closing quote kept), at a line break, or at the
double ideographic spaces that separate paragraphs in some feeds; not at a ? standing between two
Chinese characters for one a feed's encoding lost (阿卜杜?热合曼).

    >>> split_sentences("他说：“好。”我们走吧！再见")
    [(0, 7), (7, 12), (12, 14)]
"""

from __future__ import annotations

import bisect
import re

from .facts import Source
from .pipeline import Doc, extractor
from .segment import to_page_offset

# an ASCII ? between two Chinese characters (not after a question particle) is a character lost by a
# feed's encoding (吉尔拉?依沙木丁 for ·), no end of a sentence
LOST_CHAR = r"(?<=[\u4e00-\u9fff])(?<![吗呢么])\?(?=[\u4e00-\u9fff])"
# (the lookahead of the chars an end can begin with first: most positions fail at it, before the alternatives)
SENT_END = re.compile(
    rf"(?=[。！？!；;?\s])(?:(?:[。！？!；;]|(?!{LOST_CHAR})\?)+[”’」』\"']*|\n+|\u3000{{2,}}|\s{{3,}})"
)
MAX_SENT = 400  # a run-on "sentence" (10 MB of one line) is cut at commas, then hard


def _cut_long(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a too-long span at commas, and hard at MAX_SENT if it has none."""
    out: list[tuple[int, int]] = []
    while b - a > MAX_SENT:
        cut = max(text.rfind("，", a, a + MAX_SENT), text.rfind(",", a, a + MAX_SENT))
        cut = cut + 1 if cut > a + 20 else a + MAX_SENT
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a text, surrounding spaces left out."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in SENT_END.finditer(text):
        end = m.end() if not m.group().isspace() else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.extend(_cut_long(text, a, b) if b - a > MAX_SENT else [(a, b)])
    return out


def source_at(doc: Doc, article: int, start: int, end: int | None = None) -> Source:
    """The Source (sentence) of article `article` holding the body span start..end."""
    try:
        k = bisect.bisect_right(_starts(doc, article), start) - 1
        if k >= 0:
            return doc.facts.articles[article].sentences[k]
    except (KeyError, IndexError):
        pass
    return Source(article=article)


def _starts(doc: Doc, article: int) -> list[int]:
    """Body offsets where the sentences of an article start (built once per article)."""
    cache = doc.memo.sent_starts
    got = cache.get(article)
    if got is None:
        got = cache[article] = [s[0] for s in doc.sent_spans[article]]
    return got


@extractor("sentences")
def sentences(doc: Doc) -> None:
    """Cut each article body into sentences carrying article index and page offsets."""
    maps = doc.body_maps
    all_spans = []
    for i, art in enumerate(doc.facts.articles):
        runs = maps[i] if i < len(maps) else []
        spans = split_sentences(art.body or "")
        art.sentences = [
            Source(
                article=i, sentence=art.body[a:b], start=to_page_offset(runs, a), end=to_page_offset(runs, b - 1) + 1
            )
            for a, b in spans
        ]
        all_spans.append(spans)
    doc.sent_spans = all_spans
