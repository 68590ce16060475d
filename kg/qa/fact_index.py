"""Facts (events, agreements, articles) found by a description: character bigrams and linked entities.

>>> idx = FactIndex()
>>> idx.add_text("urn:e1", "甲市召开调度会", name=True)
>>> idx.freeze()
>>> [iri for _, iri in idx.search("调度会", set())]
['urn:e1']
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .forms import clean

STOP_CHARS = re.compile(r"[的了这该此本那些次个篇项份与和及跟]")
_BREAKS = re.compile(r"[、,，。“”\"'《》()（）:：;；!！?？\s]+")  # no word runs across these


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text, function characters removed; none across punctuation (“早春行”活动 has no
    行活).

    >>> sorted(bigrams("调度会的")), sorted(bigrams("“早春行”活动"))
    (['度会', '调度'], ['早春', '春行', '活动'])
    """
    out: set[str] = set()
    for part in _BREAKS.split(clean(text)):
        t = STOP_CHARS.sub("", part)
        out.update(t[i : i + 2] for i in range(len(t) - 1))
    if not out:
        t = STOP_CHARS.sub("", _BREAKS.sub("", clean(text)))
        return {t} if t else set()
    return out


class Words:
    """Bigrams of texts made ahead of the question index's refresh (by an ingest's worker, from its page's quads,
    queries.py `page_words`): `plain(text)` is bigrams(text) (an article's title and body), `own(text)` is
    bigrams(own_words(text)) (a fact's name, kind, sentence); a text not made ahead is done when asked, so an
    index is the same with or without them.

    >>> w = Words({"调度会": frozenset({"调度", "度会"})})
    >>> sorted(w.plain("调度会")), sorted(w.own("“早春行”活动"))
    (['度会', '调度'], ['早春', '春行', '活动'])
    """

    __slots__ = ("plains", "owns")

    def __init__(self, plains: dict[str, frozenset[str]] | None = None, owns: dict[str, frozenset[str]] | None = None):
        self.plains = plains if plains is not None else {}
        self.owns = owns if owns is not None else {}

    def plain(self, text: str) -> frozenset[str] | set[str]:
        """bigrams(text)."""
        got = self.plains.get(text)
        return bigrams(text) if got is None else got

    def own(self, text: str) -> frozenset[str] | set[str]:
        """bigrams(own_words(text))."""
        got = self.owns.get(text)
        return bigrams(own_words(text)) if got is None else got

    def update(self, other: Words) -> None:
        """Take in the texts of another page."""
        self.plains.update(other.plains)
        self.owns.update(other.owns)

    def clear(self) -> None:
        """Forget every text."""
        self.plains.clear()
        self.owns.clear()

    def __reduce__(self) -> tuple:
        return (Words, (self.plains, self.owns))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.plains, self.owns) == (other.plains, other.owns)

    __hash__ = None  # type: ignore[assignment]


# a clause opening on another act as a time (签约仪式前…, 会议结束后…): that act is when it happened, not what it is
_AS_A_TIME = re.compile(
    r"(?:^|(?<=[，,。；;]))[^，,。；;]{0,10}?(?:仪式|典礼|会议|会|活动|签约|开幕式|开工)(?:结束)?(?:之前|之后|前|后|期间)(?=[^，,。；;])"
)


def own_words(text: str) -> str:
    """A fact's words without the clause openings that name another act as its time.

    >>> own_words("签约仪式前甲一行深入乙区实地考察"), own_words("甲主持召开调度会")
    ('甲一行深入乙区实地考察', '甲主持召开调度会')
    """
    return _AS_A_TIME.sub("", text)


def fit(
    own_grams: set[str],
    body: frozenset[str],
    ents: set[str],
    grams: set[str],
    entities: set[str],
    names: Sequence[tuple[set[str], set[str]]] = (),
) -> float:
    """How well a fact (its own words, its article's, its entities) fits a description's words and entities."""
    if not grams:
        return 0.0
    hit = grams & own_grams
    named = {g for name in names if name[1] & ents for g in name[0]}
    if hit - named:  # the fact says some of the description's other words: the names of its entities are its too
        hit |= grams & named
    own = len(hit) / len(grams)
    cover = own
    if body:
        either = len(hit) + len((grams - hit) & body)
        cover = max(own, 0.3 * own + 0.7 * either / len(grams))
    if entities:
        cover = 0.85 * cover + 0.15 * len(entities & ents) / len(entities)
    for name in names:
        if not (name[1] & ents) and not name[0] <= own_grams:
            cover *= 0.5  # a name the description gives is not the fact's own (at most in its article)
    return cover


class FactIndex:
    """Facts (events, agreements, articles) found by a description: bigram overlap plus linked entities.

    A fact's own words (name, kind, sentence) and the words of its article's body are kept apart;
    bodies are shared by every fact of an article (one set per article, posted once).
    """

    COMMON = 5000  # at most this many facts of one entity are candidates
    RARE = 100  # once candidates are found, words in more facts than this add none
    BUDGET = 20000  # postings read per search, at most (keeps a search under a few ms)

    def __init__(self) -> None:
        self.iris: list[str] = []
        self.labels: list[str] = []
        self._named: list[bool] = []  # the label is the fact's name (not a sentence or kind)
        self.grams: list[set[str]] = []  # bigrams of the fact's own words (name, kind, sentence)
        self.body: list[frozenset[str]] = []  # bigrams of its article's text (shared set), may be empty
        self.ents: list[set[str]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.body_postings: dict[int, list[int]] = {}  # id(body set) -> facts sharing it
        self.bodies: dict[int, frozenset[str]] = {}
        self.body_grams: dict[str, list[int]] = defaultdict(list)  # bigram -> ids of body sets
        self.by_iri: dict[str, int] = {}
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        self._frozen = 0  # facts before this one are in the postings

    _EMPTY: frozenset[str] = frozenset()

    def _slot(self, iri: str) -> int:
        """The position of a fact, added empty when new."""
        i = self.by_iri.get(iri)
        if i is None:
            i = self.by_iri[iri] = len(self.iris)
            self.iris.append(iri)
            self.labels.append("")
            self._named.append(False)
            self.grams.append(set())
            self.body.append(self._EMPTY)
            self.ents.append(set())
        return i

    def add_text(self, iri: str, text: str, name: bool = False, words: Words | None = None) -> None:
        """Add words of a fact (its name, kind, sentence); its label is its name (else the first text added).
        `words`: the text's bigrams when made ahead (`Words`)."""
        i = self._slot(iri)
        if not self.labels[i] or (name and not self._named[i]):
            self.labels[i] = text
            self._named[i] = name
        self.grams[i].update(bigrams(own_words(text)) if words is None else words.own(text))

    def is_named(self, i: int) -> bool:
        """Whether fact i's label is its name, not a sentence or kind (fact_db.py writes it as the row's `named`)."""
        return self._named[i]

    def set_body(self, iri: str, body: frozenset[str]) -> None:
        """The bigrams of the fact's article (one shared set per article)."""
        self.body[self._slot(iri)] = body

    def add_entity(self, iri: str, entity: str) -> None:
        """Link a fact to an entity it involves."""
        i = self._slot(iri)
        if entity not in self.ents[i]:
            self.ents[i].add(entity)
            self.by_entity[entity].append(i)

    def freeze(self) -> None:
        """Post the facts added since the last freeze (all of them the first time)."""
        start, self._frozen = self._frozen, len(self.iris)
        for i in range(start, len(self.iris)):
            for gram in self.grams[i]:
                self.postings[gram].append(i)
        for i in range(start, len(self.iris)):
            b = self.body[i]
            if b:
                key = id(b)
                if key not in self.bodies:
                    self.bodies[key] = b
                    self.body_postings[key] = []
                    for gram in b:
                        self.body_grams[gram].append(key)
                self.body_postings[key].append(i)

    def merge(self, other: FactIndex) -> None:
        """Take in the facts of another index (made from other article graphs) as if they had been added here."""
        for i, iri in enumerate(other.iris):
            j = self._slot(iri)
            if not self.labels[j] or (other._named[i] and not self._named[j]):
                self.labels[j], self._named[j] = other.labels[i], other._named[i]
            self.grams[j].update(other.grams[i])
            if other.body[i]:
                self.body[j] = other.body[i]
            for entity in other.ents[i]:
                self.add_entity(iri, entity)
        self.freeze()

    def __setstate__(self, state: dict) -> None:
        """Unpickled: the article bodies are new objects, so what was keyed by their id() is keyed again."""
        self.__dict__.update(state)
        key = {old: id(body) for old, body in self.bodies.items()}
        self.bodies = {key[old]: body for old, body in self.bodies.items()}
        self.body_postings = {key[old]: facts for old, facts in self.body_postings.items()}
        self.body_grams = defaultdict(list, {g: [key[old] for old in keys] for g, keys in self.body_grams.items()})

    def __len__(self) -> int:
        return len(self.iris)

    def score(
        self, i: int, grams: set[str], entities: set[str], names: Sequence[tuple[set[str], set[str]]] = ()
    ) -> float:
        """How well fact i fits a description: its own words, then its article's, then the entities it involves."""
        return fit(self.grams[i], self.body[i], self.ents[i], grams, entities, names)

    def text_cover(self, iri: str, text: str) -> float:
        """The share of a description's words found in the fact's own words or its article's (0 when not here)."""
        i = self.by_iri.get(iri)
        grams = bigrams(text)
        if i is None or not grams:
            return 0.0
        return len(grams & (self.grams[i] | self.body[i])) / len(grams)

    def own_cover(self, iri: str, text: str, name_only: bool = False) -> float:
        """The share of a description's words found in the fact's own words, or only in its name (0 when it
        is not here)."""
        i = self.by_iri.get(iri)
        grams = bigrams(text)
        if i is None or not grams:
            return 0.0
        own = bigrams(self.labels[i]) if name_only else self.grams[i]
        return len(grams & own) / len(grams)

    def search(
        self, text: str, entities: set[str], limit: int = 30, names: dict[str, set[str]] | None = None
    ) -> list[tuple[float, str]]:
        """Facts ranked by fit to a description, best first (score, iri); `names`: name -> its nodes."""
        self.freeze()  # facts a refresh took in unposted (GraphIndex.add_graphs)
        named = [(bigrams(n), iris) for n, iris in (names or {}).items() if len(n) >= 2]
        grams = bigrams(text)
        counts: Counter[int] = Counter()
        for e in entities:  # the entities named: their facts, few and exact
            for i in self.by_entity.get(e, ())[: self.COMMON]:
                counts[i] += 3
        # the description's words, rarest first: a word in thousands of facts picks nothing
        by_df = sorted((len(self.postings.get(g, ())), g) for g in grams)
        budget = self.BUDGET
        for df, g in by_df:
            if df == 0 or (df > self.RARE and counts) or df > budget:
                continue
            counts.update(self.postings[g])
            budget -= df
        budget = self.BUDGET
        for df, g in sorted((len(self.body_grams.get(g, ())), g) for g in grams):
            if df == 0 or df > min(self.RARE, budget):
                continue
            for key in self.body_grams[g]:
                counts.update(self.body_postings[key])
            budget -= df
        # ties broken by IRI, not by insertion order: an index refreshed page by page ranks as a rebuilt one
        top = heapq.nsmallest(limit * 2, counts.items(), key=lambda kv: (-kv[1], self.iris[kv[0]]))
        ranked = [(self.score(i, grams, entities, named), self.iris[i]) for i, _ in top]
        return sorted(ranked, key=lambda r: (-r[0], r[1]))[:limit]
