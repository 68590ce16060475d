"""What the question answerer knows of the graph: names to link, posts, and facts to find by description.

Built from the store in a few queries and kept until the graph changes (`KnowledgeGraph.generation`).
Names (the name table, names.py) go into one Aho-Corasick automaton (pyahocorasick): labels, aliases,
short forms of organisations, titles, and "organisation form + title" surfaces of every post (长治市市长);
events, agreements and articles into fact indexes (fact_index.py); the reads are in queries.py.

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> GraphIndex(KnowledgeGraph.open("memory:").store).mentions("长治市市长是谁")
    []
"""

from __future__ import annotations

import gc
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator

import ahocorasick

from ..store import GraphStore
from ..vocab import KGQA
from .fact_db import Facts
from .fact_index import FactIndex, Words, bigrams
from .forms import clean
from .name_db import DiskMap
from .names import NameTable, prefetch
from .queries import (
    Q_AGREEMENT_LINKS,
    Q_AGREEMENTS,
    Q_ARTICLE_LINKS,
    Q_ARTICLE_PAGES,
    Q_ARTICLES,
    Q_EVENT_LINKS,
    Q_EVENTS,
    Q_FACT_ARTICLES,
    Q_LOCALES,
    Q_ORG_TYPES,
    Q_PAGE_LOCALES,
    Q_PAGE_OF_GRAPH,
    Q_POSTS,
    entity_rows,
    stream,
    stream_each,
    value_rows,
)
from .refs import KIND_LETTERS, Entity, Mention, PostRef

__all__ = ["KIND_LETTERS", "Entity", "FactIndex", "GraphIndex", "Mention", "PostRef", "bigrams", "stream"]


FACT_PARTS = ("events", "agreements", "articles")  # the fact indexes: in a file of their own when saved (fact_db.py)
# the name tables that grow with the graph: in that file too once it exists (name_db.py), read key by key
NAME_PARTS = (
    "entities", "surfaces", "role_orgs", "_org_posts", "_names", "_derived", "_heads", "_oz_by_initial",
    "_oz_by_start", "titles",
)  # fmt: skip
# the name tables whose values are sets that grow with the graph, kept as rows of their members (name_db.py):
# a flush writes the members changed, never the whole set again
MEMBER_SHAPES = {
    "surfaces": "kinds", "role_orgs": "set", "_org_posts": "set", "_names": "set", "_oz_by_initial": "set",
    "_oz_by_start": "set",
}  # fmt: skip


NAME_BATCH = 5000  # ... and the names part in this many rows at a time (entities, then derived forms, then posts)
STREAM_PAGES = 500  # a build with a fact file takes the facts in this many pages at a time (as an ingest flushes)


def _batched(rows: Iterable[tuple], n: int) -> Iterator[list[tuple]]:
    """The rows in lists of `n`."""
    it = iter(rows)
    while batch := list(itertools.islice(it, n)):
        yield batch


class GraphIndex(NameTable):
    """Names, posts and facts of one graph, ready for linking questions (see module docstring).

    Built with a dozen bulk SELECTs streamed as plain strings (`stream`), no query per entity;
    everything after that is dictionary work in Python (about 2 s per million quads).
    """

    fact_file: str | None = None  # the file of its saved fact indexes (saved.py), by name in the store's directory
    fact_chunk: int = 0  # ... and the last chunk of that file it holds (the facts since are in memory)

    def __init__(self, store: GraphStore, flush: Callable[[GraphIndex], object] | None = None) -> None:
        """`flush`: the build takes the facts in page by page, STREAM_PAGES pages at a time, and calls it after
        each batch (saved.py `flush_facts`: the facts go to the fact file, the name tables to it at the first
        call), so that its memory holds the names part and one batch, not every article's words (11 GB at
        77,000 pages); without it everything is built in memory (stores without a place for files)."""
        self.stamp: str | None = None  # the store's write stamp this index is of, when known (saved.py)
        # the build makes millions of small objects that all live on: the cyclic collector would walk
        # them again and again (the build went superlinear, 8 s for the names alone at 1M quads)
        enabled = gc.isenabled()
        gc.disable()
        if flush is not None:
            self._flush_to = flush
        try:
            self._build(store)
        finally:
            self.__dict__.pop("_flush_to", None)
            if enabled:
                gc.enable()

    def _build(self, store: GraphStore) -> None:
        """Every table from the store: names, posts, then events, agreements and articles."""
        self._init_names()
        self.locales = [clean(v) for (v,) in stream(store, Q_LOCALES) if v]
        self._locale_stems = {re.sub(r"(自治区|自治州|市|县|省|区)$", "", loc) for loc in self.locales} - {""}
        flush = self.__dict__.get("_flush_to")
        if flush is not None:
            self._build_names_streamed(store, flush)
            self._build_facts_streamed(store, flush)
            return
        for iri in self._load_entities(store):
            self._derive(iri)
        self._load_posts(store)
        bodies = self._article_bodies(store)
        fact_article: dict[str, str] = dict(stream_each(store, Q_FACT_ARTICLES, "g", None))
        self.events = self._facts(Facts(), store, Q_EVENTS, Q_EVENT_LINKS, fact_article, bodies)
        self.agreements = self._facts(Facts(), store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fact_article, bodies)
        self.titles: dict[str, str] = {}  # article -> its label: sources are shown without the fact indexes
        self.articles = self._articles(Facts(), store, self._with_fact_words(store, bodies, fact_article))
        self.automaton = self._automaton(self.surfaces)
        self.delta: ahocorasick.Automaton | None = None  # names added by refreshes since the build
        self._delta_words: set[str] = set()

    def _build_names_streamed(self, store: GraphStore, flush: Callable[[GraphIndex], object]) -> None:
        """The names part as the whole build makes it (every entity's own names, then the forms derived from
        them all, then the posts), NAME_BATCH rows at a time, `flush` called after each batch: the name tables
        go to the file as they are made (name_db.py: each flush writes the keys changed since the last, and
        memory then holds none), so that the build's memory does not grow with the names (scale40's 1.37 GB at
        100,000 articles was mostly the names part built whole before its first flush).

        The same tables as the whole build: an entity's label is its first row's (kept in `entities` across
        batches), an entity whose rows fall in two batches is read again with the kinds of both (adding a
        surface, a name or a head twice changes nothing), its aliases are read with it (`value_rows` by IRI:
        the same set), the organisation types are set after all entities in the rows' order (the last row wins,
        as in `_load_entities`), the forms are derived once every own name and head is known (deriving an
        entity twice changes nothing), and the posts are added row by row (their surfaces are per post)."""
        self.events, self.agreements, self.articles = Facts(), Facts(), Facts()
        self.titles = {}
        self.drop_automata()
        for rows in _batched(entity_rows(store, None), NAME_BATCH):
            self._load_entities(store, list(dict.fromkeys(iri for iri, _, _ in rows)), rows)
            flush(self)
        for rows in _batched(value_rows(store, Q_ORG_TYPES, str(KGQA.orgType), None), NAME_BATCH):
            prefetch(self.entities, {iri for iri, _ in rows})
            for iri, org_type in rows:
                ent = self.entities.get(iri)
                if ent is not None:
                    ent.org_type = org_type
            flush(self)
        for rows in _batched(entity_rows(store, None), NAME_BATCH):
            self._derive_many(list(dict.fromkeys(iri for iri, _, _ in rows)))
            flush(self)
        for rows in _batched(
            stream(store, Q_POSTS), max(1, NAME_BATCH // 5)
        ):  # (a post is written many ways: 10+ surfaces)
            self._add_posts(rows)
            flush(self)

    def _build_facts_streamed(self, store: GraphStore, flush: Callable[[GraphIndex], object]) -> None:
        """The fact indexes taken in STREAM_PAGES pages at a time (the queries of a refresh, `add_graphs`, for
        the graphs of those pages: a page's articles always in one batch), `flush` called after each batch; no
        automaton (the names are looked up in the file once flushed, as those of an index kept by an ingest)."""
        batches = self._page_batches(store)
        first = next(batches, None)
        if first is not None and not self.on_disk():
            flush(self)  # the names part to the file first: memory then holds one batch of facts, not names too
        for graphs in itertools.chain([first] if first is not None else [], batches):
            bodies = self._article_bodies(store, graphs)
            fact_article = dict(stream_each(store, Q_FACT_ARTICLES, "g", graphs))
            self._facts(self.events, store, Q_EVENTS, Q_EVENT_LINKS, fact_article, bodies, graphs)
            self._facts(self.agreements, store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fact_article, bodies, graphs)
            self._articles(self.articles, store, self._with_fact_words(store, bodies, fact_article, graphs), graphs)
            flush(self)
        if not self.on_disk():  # no flush wrote the names (an empty graph, or a store that refused the file)
            self.automaton = self._automaton(self.surfaces)

    @staticmethod
    def _page_batches(store: GraphStore) -> Iterator[list[str]]:
        """The article graphs of the store, STREAM_PAGES pages at a time, in the store's order of their pages."""
        by_page: dict[str, list[str]] = defaultdict(list)
        for graph, page in stream(store, Q_PAGE_OF_GRAPH):
            if graph and page and graph not in by_page[page]:
                by_page[page].append(graph)
        pages = sorted(by_page)
        for n in range(0, len(pages), STREAM_PAGES):
            yield sorted(g for page in pages[n : n + STREAM_PAGES] for g in by_page[page])

    # -- refreshing after pages were added
    def add_graphs(
        self, store: GraphStore, graphs: Iterable[str], entity_iris: Iterable[str], words: Words | None = None
    ) -> bool:
        """Take in article graphs just written (and the entity nodes the write touched) without a rebuild.

        Runs the build's queries restricted to those graphs and nodes (IRIs that pass `safe_iri`,
        written as constants) and adds what they return; the names new to the index go into a
        small second automaton, merged into the main one when it grows. Returns False, changing
        nothing, when an IRI is not safe to write: the caller rebuilds instead. `words`: the bigrams of the
        graphs' texts when made ahead (by the ingest's workers, queries.py `page_words`).
        """
        from .templates import safe_iri

        graphs, entity_iris = sorted(set(graphs)), sorted(set(entity_iris))
        if not all(safe_iri(g) for g in graphs) or not all(safe_iri(e) for e in entity_iris):
            return False
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._new_surfaces, self._new_heads = set(), set()
            old_stems = set(self._locale_stems)
            known = set(self.locales)
            for (v,) in stream_each(store, Q_PAGE_LOCALES, "g", graphs):
                if v and clean(v) not in known:
                    known.add(clean(v))
                    self.locales.append(clean(v))
            self._locale_stems = {re.sub(r"(自治区|自治州|市|县|省|区)$", "", loc) for loc in self.locales} - {""}
            touched = set(entity_iris)
            forms_before = {iri: self._post_forms(iri) for iri in touched}
            loaded = self._load_entities(store, sorted(touched)) if touched else []
            for iri in sorted(self._rederived(self._locale_stems - old_stems, self._new_heads) - touched):
                forms_before[iri] = self._post_forms(iri)
                self._derive(iri)
            for iri in loaded:
                self._derive(iri)
            for org, before in forms_before.items():  # an organisation whose names changed: so do its posts'
                after = self._post_forms(org)
                if after - before:
                    self._post_surfaces_of(org, self._org_posts.get(org, ()))
                if before - after:
                    self._drop_post_forms(org, before - after, after)
            g_values = graphs
            self._load_posts(store, g_values)
            bodies = self._article_bodies(store, g_values, words)
            fact_article = dict(stream_each(store, Q_FACT_ARTICLES, "g", g_values))
            # the facts taken in are posted by the first search that needs them (fact_db.py `_Memory`), not here:
            # an ingest refreshes every 50 pages and never searches (a tenth of the refresh was this posting)
            self._facts(self.events, store, Q_EVENTS, Q_EVENT_LINKS, fact_article, bodies, g_values, words)
            self._facts(self.agreements, store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fact_article, bodies, g_values, words)
            with_facts = self._with_fact_words(store, bodies, fact_article, g_values)
            self._articles(self.articles, store, with_facts, g_values, words)
            added = {w for w in self._new_surfaces if self.automaton is None or w not in self.automaton}
            self._new_surfaces = self._new_heads = None
            if hasattr(self, "_within") and any(
                self.entities[i].kinds & {"o", "z"} for i in touched if i in self.entities
            ):
                del self._within  # organisations' containment: recomputed when next asked
            self._delta_words |= added
            if self.on_disk():  # its names are looked up in the file (`mentions`): no automaton
                self.automaton, self.delta, self._delta_words, self._stale = None, None, set(), False
            elif self.automaton is None or len(self._delta_words) > max(2000, len(self.surfaces) // 20):
                self.automaton, self.delta, self._delta_words = self._automaton(self.surfaces), None, set()
                self._stale = False
            elif added:
                self.delta = self._automaton({w: None for w in self._delta_words})
        finally:
            if enabled:
                gc.enable()
        return True

    def _article_bodies(
        self, store: GraphStore, only: list[str] | None = None, words: Words | None = None
    ) -> dict[str, tuple[str, frozenset[str]]]:
        """Each article's title and the bigrams of its title and body, computed once (or ahead: `words`)."""
        out: dict[str, tuple[str, frozenset[str]]] = {}
        for iri, title, body in stream_each(store, Q_ARTICLES, "g", only):
            prev = out.get(iri)
            grams: set[str] | frozenset[str]
            if words is None:
                grams = bigrams(title or "") | bigrams(body or "")
            else:
                grams = words.plain(title or "") | words.plain(body or "")
            out[iri] = (title or "", frozenset(grams | prev[1]) if prev else frozenset(grams))
        return out

    def _with_fact_words(
        self,
        store: GraphStore,
        bodies: dict[str, tuple[str, frozenset[str]]],
        fact_article: dict[str, str],
        only: list[str] | None = None,
    ) -> dict[str, tuple[str, frozenset[str]]]:
        """Each article's words with those of the facts told from it (their names and sentences): an article
        known only by its title and first words (an import) is still found by what its facts say. Only for
        the one article of a page: facts imported from a page of several articles say no article of theirs."""
        pages = dict(stream_each(store, Q_ARTICLE_PAGES, "g", only))
        per_page = Counter(pages.values())
        lone = {a for a, p in pages.items() if per_page[p] == 1}
        extra: dict[str, set[str]] = defaultdict(set)
        for idx in (self.events, self.agreements):
            for iri, article in fact_article.items():  # (the facts of these graphs: in memory)
                if article not in lone or article not in bodies:
                    continue
                grams = idx.own_grams(iri)
                if grams is not None and not grams <= bodies[article][1]:
                    extra[article] |= grams
        return {a: (t, g | extra[a] if a in extra else g) for a, (t, g) in bodies.items()}

    def _facts(
        self,
        idx: Facts,
        store: GraphStore,
        q_text: str,
        q_links: str,
        fact_article: dict[str, str],
        bodies: dict[str, tuple[str, frozenset[str]]],
        only: list[str] | None = None,
        words: Words | None = None,
    ) -> Facts:
        """Events or agreements (all, or of the graphs `only`): their words, linked entities and article bodies."""
        start = len(idx)
        for fact, text, name in stream_each(store, q_text, "g", only):
            idx.add_text(fact, text, name is not None, words)
        for fact, value in stream_each(store, q_links, "g", only):
            idx.add_entity(fact, value)
        for fact in idx.iris_since(start):
            article = fact_article.get(fact)
            if article in bodies:
                idx.set_body(fact, bodies[article][1])
        if only is None:  # a build: posted now (a refresh leaves it to the first search, see `add_graphs`)
            idx.freeze()
        return idx

    def _articles(
        self,
        idx: Facts,
        store: GraphStore,
        bodies: dict[str, tuple[str, frozenset[str]]],
        only: list[str] | None = None,
        words: Words | None = None,
    ) -> Facts:
        """Articles (all, or of the graphs `only`): title, body words and the entities they mention."""
        for iri, (title, grams) in bodies.items():
            idx.add_text(iri, title, words=words)
            self.titles[iri] = idx.label_of(iri) or ""
            idx.set_body(iri, grams)
        for iri, value in stream_each(store, Q_ARTICLE_LINKS, "g", only):
            idx.add_entity(iri, value)
        if only is None:
            idx.freeze()
        return idx

    @staticmethod
    def _automaton(words: Iterable[str]) -> ahocorasick.Automaton | None:
        """An Aho-Corasick automaton of the words (None when there are none)."""
        auto = ahocorasick.Automaton()
        for text in words:
            auto.add_word(text, text)
        if not len(auto):
            return None
        auto.make_automaton()
        return auto

    def drop_automata(self) -> None:
        """Forget the name automata and the names added since (`mentions` reads the tables until a refresh)."""
        self.automaton, self.delta, self._delta_words, self._stale = None, None, set(), False

    def on_disk(self) -> bool:
        """Whether its name tables are in its fact file (name_db.py) rather than whole in memory."""
        return isinstance(self.surfaces, DiskMap)

    def trim(self) -> None:
        """Between questions: the name tables forget the unchanged keys read, past a few thousand."""
        for part in NAME_PARTS:
            table = getattr(self, part, None)
            if isinstance(table, DiskMap):
                table.trim()

    def _disk_spans(self, question: str) -> list[tuple[int, str]]:
        """Leftmost-longest names of the question, its substrings looked up in the file's surfaces."""
        self.trim()
        starts: dict[str, list[int]] = defaultdict(list)
        for i in range(len(question)):
            for j in range(i + 2, min(len(question), i + 60) + 1):
                starts[question[i:j]].append(i)
        surfaces = self.surfaces
        assert isinstance(surfaces, DiskMap)  # (on_disk)
        found = sorted((i, -len(text), text) for text in surfaces.present(starts) for i in starts[text])
        spans, pos = [], 0
        for start, _, text in found:
            if start >= pos:
                spans.append((start, text))
                pos = start + len(text)
        return spans

    # -- reading
    def mentions(self, question: str) -> list[Mention]:
        """Leftmost-longest names of the graph found in a cleaned question."""
        if self.on_disk():
            spans = self._disk_spans(question)
        elif self.automaton is None and self.delta is None:
            return []
        elif self.delta is None and not self._stale and self.automaton is not None:
            spans = [(end - len(text) + 1, text) for end, text in self.automaton.iter_long(question)]
        else:  # names added since the build live in a second automaton (and some withdrawn linger in
            # the first until the next merge): leftmost-longest over both, of the names the index still has
            found = sorted(
                {
                    (end - len(text) + 1, -len(text), text)
                    for auto in (self.automaton, self.delta)
                    if auto is not None
                    for end, text in auto.iter(question)
                    if text in self.surfaces
                }
            )
            spans, pos = [], 0
            for start, _, text in found:
                if start >= pos:
                    spans.append((start, text))
                    pos = start + len(text)
        out = []
        for start, text in spans:
            refs = {k: sorted(v, key=repr) for k, v in self.surfaces.get(text, {}).items()}  # a set's order varies
            out.append(Mention(start, start + len(text), text, refs, generic=text in self.generic))
        return out

    def knows(self, iri: str) -> bool:
        """True when `iri` is a node of the graph this index was built from (entity, title, fact, article)."""
        return (
            iri in self.entities
            or iri in self.role_orgs
            or iri in self.events.by_iri
            or iri in self.agreements.by_iri
            or iri in self.articles.by_iri
        )

    def label(self, iri: str) -> str:
        """The label of a node (its IRI when it has none)."""
        ent = self.entities.get(iri)
        return ent.label if ent else iri

    def prefix(self, prefix: str, limit: int = 10) -> list[tuple[str, str, str]]:
        """Names starting with `prefix`: (surface, iri, kind letter), shortest first."""
        if not prefix or (not self.on_disk() and self.automaton is None and self.delta is None):
            return []
        out = []
        if isinstance(self.surfaces, DiskMap):
            keys = set(self.surfaces.with_prefix(clean(prefix)))
        else:
            autos = (a for a in (self.automaton, self.delta) if a is not None)
            keys = {k for auto in autos for k in auto.keys(clean(prefix)) if k in self.surfaces}
        for text in sorted(keys, key=lambda k: (len(k), k))[: limit * 3]:
            named = {
                (kind, ref.org if isinstance(ref, PostRef) else ref)
                for kind, refs in self.surfaces[text].items()
                for ref in refs
            }
            out += [(text, iri, kind) for kind, iri in sorted(named)]  # the same order from a file and from memory
        return out[: limit * 3]

    def related_orgs(self, org: str) -> list[str]:
        """The organisation and the bodies named after it (its 党工委, 管委会, 纪工委 ...)."""
        if not hasattr(self, "_within"):
            self._within = self._containment()
        return [org] + sorted(self._within.get(org, ()))

    def _containment(self) -> dict[str, set[str]]:
        """For each organisation, the other organisations whose names contain its name (one automaton pass)."""
        orgs = [e for e in self.entities.values() if e.kinds & {"o", "z"} and len(e.label) >= 3]
        if not orgs:
            return {}
        auto = ahocorasick.Automaton()
        by_label: dict[str, list[str]] = defaultdict(list)
        for e in orgs:
            by_label[e.label].append(e.iri)
            auto.add_word(e.label, e.label)
        auto.make_automaton()
        out: dict[str, set[str]] = defaultdict(set)
        for e in orgs:
            for _, label in auto.iter(e.label):
                if label != e.label:
                    for iri in by_label[label]:
                        out[iri].add(e.iri)
        return out

    def all_roles(self, role: str) -> Iterable[PostRef]:
        """Every post of a title node, as PostRefs."""
        return (PostRef(org, role, "") for org in sorted(self.role_orgs.get(role, ())))
