"""Related text for a question no template covers: the source sentences that share the most words with it.

Not an answer: the sentences are shown apart (相关原文) so a reader can look for the answer themselves.
Articles are ranked by the question's words and names (the index's article search), their bodies read
by IRI constant (an article node the index holds), cut into sentences, and the sentences that share
the most character bigrams with what the question says (its question words left out), each bigram
weighed by how few of the sentences hold it, are kept.

    >>> split_sentences("甲市召开会议。乙出席！丙主持")
    ['甲市召开会议。', '乙出席！', '丙主持']
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..vocab import PROLOGUE
from .index import bigrams
from .templates import safe_iri

MAX_RELATED = 3
MIN_SHARED = 2  # a sentence must share at least this many bigrams with the question
MAX_SENTENCE = 200  # longer sentences are cut for display
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
Q_BODY = (
    PROLOGUE + "SELECT ?title ?body WHERE {{ <{a}> rdfs:label ?title . OPTIONAL {{ <{a}> schema:articleBody ?body }} }}"
)


def split_sentences(text: str) -> list[str]:
    """A text cut after each sentence end (。！？；, a line break), pieces stripped, empty ones dropped."""
    return [s.strip() for s in _SENTENCE.findall(text or "") if s.strip()]


def related_sentences(index: Any, store: Any, words: str, entities: set[str]) -> list[dict[str, str]]:
    """Up to MAX_RELATED source sentences sharing the most with `words`: [{article, title, sentence}]."""
    grams = bigrams(words)
    if not grams:
        return []
    ranked = index.articles.search(words, entities, limit=5)
    found: list[tuple[int, dict[str, str], set[str]]] = []
    for rank, (_, article) in enumerate(ranked):
        if not (index.knows(article) and safe_iri(article)):
            continue
        rows = store.query(Q_BODY.format(a=article)).rows
        if not rows:
            continue
        title = rows[0]["title"].value
        body = rows[0]["body"].value if rows[0].get("body") else ""
        for sentence in split_sentences(body) or [title]:
            shared = grams & bigrams(sentence)
            if len(shared) >= MIN_SHARED:
                found.append((rank, {"article": article, "title": title, "sentence": sentence[:MAX_SENTENCE]}, shared))
    # a word the question shares with many sentences says little: weigh each by how few sentences hold it
    df = Counter(g for _, _, shared in found for g in shared)
    found.sort(key=lambda f: (-sum(1 / df[g] for g in f[2]), f[0]))
    out: list[dict[str, str]] = []
    for _, item, _ in found:
        if item["sentence"] not in {o["sentence"] for o in out}:
            out.append(item)
        if len(out) == MAX_RELATED:
            break
    return out
