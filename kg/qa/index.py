"""What the question answerer knows of the graph: names to link, posts, and facts to find by description.

Built from the store in a few queries and kept until the graph changes (`KnowledgeGraph.generation`).
Names go into one Aho-Corasick automaton (pyahocorasick): labels, aliases, short forms of
organisations, titles, and "organisation form + title" surfaces of every post (长治市市长).

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> GraphIndex(KnowledgeGraph.open("memory:").store).mentions("长治市市长是谁")
    []
"""

from __future__ import annotations

import gc
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from ..store import GraphStore
from ..vocab import PROLOGUE
from .forms import GENERIC_FORMS, clean, is_generic, join_forms, org_forms, org_stems, role_word

# kind letters used in mention tokens: person, organisation, zone, place (locus), industry, title, post
KIND_LETTERS = {"person": "p", "org": "o", "zone": "z", "place": "l", "industry": "i", "title": "t", "post": "s"}

Q_ENTITIES = (
    PROLOGUE
    + """
SELECT ?x ?type ?label WHERE {
  VALUES ?type { schema:Person schema:Organization kgqa:DevelopmentZone schema:AdministrativeArea
                 kgqa:Industry kgqa:Title }
  ?x a ?type ; rdfs:label ?label .
}"""
)
Q_ALIASES = PROLOGUE + "SELECT ?x ?alias WHERE { ?x skos:altLabel ?alias }"
Q_ORG_TYPES = PROLOGUE + "SELECT ?x ?t WHERE { ?x kgqa:orgType ?t }"
Q_POSTS = (
    PROLOGUE
    + """
SELECT DISTINCT ?org ?role ?title ?written WHERE {
  GRAPH ?g { ?post org:postIn ?org ; org:role ?role ; kgqa:title ?title . OPTIONAL { ?post kgqa:asWritten ?written } }
}"""
)
Q_LOCALES = PROLOGUE + "SELECT DISTINCT ?l WHERE { ?page a kgqa:Page ; kgqa:locale ?l }"
Q_PAGE_LOCALES = PROLOGUE + "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?page a kgqa:Page ; kgqa:locale ?l } }"
Q_EVENTS = (
    PROLOGUE
    + """
SELECT ?f ?text ?name WHERE { GRAPH ?g { ?f a schema:Event .
  { ?f schema:name ?text BIND(1 AS ?name) } UNION { ?f kgqa:sentence ?text } } }"""
)
Q_FACT_ARTICLES = (
    PROLOGUE
    + """
SELECT ?f ?a WHERE { GRAPH ?g { ?f a ?type ; prov:wasDerivedFrom ?a . VALUES ?type { schema:Event kgqa:Agreement } } }"""
)
Q_EVENT_LINKS = (
    PROLOGUE
    + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a schema:Event ;
  schema:attendee|kgqa:host|kgqa:involves|schema:organizer|schema:location ?v } }"""
)
Q_AGREEMENTS = (
    PROLOGUE
    + """
SELECT ?f ?text ?name WHERE { GRAPH ?g { ?f a kgqa:Agreement .
  { ?f rdfs:label ?text BIND(1 AS ?name) } UNION { ?f kgqa:agreementKind ?text } UNION { ?f kgqa:sentence ?text } } }"""
)
Q_AGREEMENT_LINKS = (
    PROLOGUE
    + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a kgqa:Agreement ; kgqa:party|kgqa:witness|kgqa:field ?v } }"""
)
Q_ARTICLES = (
    PROLOGUE
    + """
SELECT ?f ?title ?body WHERE { GRAPH ?g { ?f a schema:NewsArticle ; rdfs:label ?title .
  OPTIONAL { ?f schema:articleBody ?body } } }"""
)
Q_ARTICLE_PAGES = PROLOGUE + "SELECT ?f ?p WHERE { GRAPH ?g { ?f a schema:NewsArticle ; schema:isPartOf ?p } }"
Q_ARTICLE_LINKS = (
    PROLOGUE
    + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a schema:NewsArticle ; schema:mentions|schema:author ?v } }"""
)


def _bound(query: str, var: str, iri: str) -> str:
    """The query with ?var written as the IRI constant (checked by `safe_iri` before it gets here): Oxigraph
    starts from a constant, while a VALUES clause is joined after the pattern was scanned whole."""
    m = re.search(r"\bWHERE\s*\{", query)
    head, body = query[: m.start()], query[m.start() :]
    head = re.sub(rf"\?{var}\b", f"(<{iri}> AS ?{var})", head, count=1)
    return head + re.sub(rf"\?{var}\b", f"<{iri}>", body)


def stream_each(store: GraphStore, sparql: str, var: str, iris: Iterable[str] | None) -> Iterator[tuple]:
    """`stream` of the query, or when `iris` is given, of the query once per IRI with ?var bound to it."""
    if iris is None:
        yield from stream(store, sparql)
        return
    for iri in iris:
        yield from stream(store, _bound(sparql, var, iri))


def stream(store: GraphStore, sparql: str) -> Iterator[tuple[str | None, ...]]:
    """The rows of a SELECT as tuples of plain strings (None when unbound), in projection order
    (`GraphStore.stream_rows`: the embedded store reads them straight from the engine)."""
    return store.stream_rows(sparql)


@dataclass(frozen=True)
class PostRef:
    """A post surface's meaning: the organisation and the title node, and the organisation form written."""

    org: str
    role: str
    form: str = ""


@dataclass
class Mention:
    """A span of the question linked to graph nodes, by kind letter."""

    start: int
    end: int
    text: str
    refs: dict[str, list] = field(default_factory=dict)  # kind letter -> [iri or PostRef]
    generic: bool = False  # a short form such as 市政府

    @property
    def kinds(self) -> str:
        """The kind letters, sorted (the token written into the question skeleton)."""
        return "".join(sorted(self.refs))


@dataclass
class Entity:
    """A node with a name: label, kind letters, organisation type."""

    iri: str
    label: str
    kinds: set[str] = field(default_factory=set)
    org_type: str | None = None


_NAME_DOT = re.compile(r"[·•・‧∙?？.．]")  # the dot between the parts of a transcribed name, as texts write it
_NAME_DOTS = ("·", "•", "・", "?", ".", "")
STOP_CHARS = re.compile(r"[的了这该此本那些次个篇项份与和及、,，。“”\"'《》()（）:：]")


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text, punctuation and function characters removed.

    >>> sorted(bigrams("调度会的"))
    ['度会', '调度']
    """
    t = STOP_CHARS.sub("", clean(text))
    return {t[i : i + 2] for i in range(len(t) - 1)} if len(t) > 1 else ({t} if t else set())


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

    def add_text(self, iri: str, text: str, name: bool = False) -> None:
        """Add words of a fact (its name, kind, sentence); its label is its name (else the first text added)."""
        i = self._slot(iri)
        if not self.labels[i] or (name and not self._named[i]):
            self.labels[i] = text
            self._named[i] = name
        self.grams[i].update(bigrams(text))

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

    def __len__(self) -> int:
        return len(self.iris)

    def score(self, i: int, grams: set[str], entities: set[str], names: list[tuple[set[str], set[str]]] = ()) -> float:
        """How well fact i fits a description: its own words, then its article's, then the entities it involves."""
        if not grams:
            return 0.0
        own_grams = self.grams[i]
        hit = grams & own_grams
        own = len(hit) / len(grams)
        cover = own
        body = self.body[i]
        if body:
            either = len(hit) + len((grams - hit) & body)
            cover = max(own, 0.3 * own + 0.7 * either / len(grams))
        if entities:
            cover = 0.85 * cover + 0.15 * len(entities & self.ents[i]) / len(entities)
        for name in names:
            if not (name[1] & self.ents[i]) and not name[0] <= own_grams:
                cover *= 0.5  # a name the description gives is not the fact's own (at most in its article)
        return cover

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


@lru_cache(maxsize=500_000)
def _short_forms(label: str) -> frozenset[str]:
    return frozenset(org_forms(label) - org_stems(label))


@lru_cache(maxsize=500_000)
def _post_surfaces(form: str, title: str) -> tuple[str, ...]:
    """How a post of an organisation form is written: 长治市 + 市长 -> 长治市市长, 长治市长 (cached across builds);
    a title that already opens with the form (乙市 + 乙市市长) is also read without it."""
    titles = {title, role_word(title)}
    if title.startswith(form) and len(title) > len(form) + 1:
        titles |= {title[len(form) :], role_word(title[len(form) :])}
    return tuple({surface for t in titles for surface in join_forms(form, t)})


class GraphIndex:
    """Names, posts and facts of one graph, ready for linking questions (see module docstring).

    Built with a dozen bulk SELECTs streamed as plain strings (`stream`), no query per entity;
    everything after that is dictionary work in Python (about 2 s per million quads).
    """

    def __init__(self, store: GraphStore) -> None:
        # the build makes millions of small objects that all live on: the cyclic collector would walk
        # them again and again (the build went superlinear, 8 s for the names alone at 1M quads)
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(store)
        finally:
            if enabled:
                gc.enable()

    def _build(self, store: GraphStore) -> None:
        self.entities: dict[str, Entity] = {}
        # surface -> kind letter -> ordered refs, each with its generic flag (a dict: thousands of cities
        # share 市政府市长); a surface is generic when one of its refs is
        self.surfaces: dict[str, dict[str, dict]] = defaultdict(lambda: defaultdict(dict))
        self.generic: set[str] = set()
        self.role_orgs: dict[str, set[str]] = defaultdict(set)
        self._org_posts: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        self._names: dict[str, set[str]] = defaultdict(set)  # organisation -> its own names (label, aliases, short)
        # organisation -> the forms derived from the rest of the graph (without the city, without the place
        # before it): they change as the graph grows, so they are kept apart to be re-derived and withdrawn
        self._derived: dict[str, frozenset[tuple[str, str]]] = {}
        self._heads: set[str] = set()  # own names of places and organisations: what may stand before a tail
        self._oz_by_initial: dict[str, set[str]] = defaultdict(set)  # organisations by first character
        self._oz_by_start: dict[str, set[str]] = defaultdict(set)  # organisations by first 2, 3 and 4 characters
        self._new_surfaces: set[str] | None = None  # while refreshing: surfaces not in the automaton
        self._new_heads: set[str] | None = None  # while refreshing: heads not known before
        self._stale = False  # the automata hold words withdrawn since
        self.locales: list[str] = [clean(v) for (v,) in stream(store, Q_LOCALES) if v]
        self._locale_stems = {re.sub(r"(市|县|省|区)$", "", loc) for loc in self.locales} - {""}
        for iri in self._load_entities(store):
            self._derive(iri)
        self._load_posts(store)
        bodies = self._article_bodies(store)
        fact_article = dict(stream(store, Q_FACT_ARTICLES))
        self.events = self._facts(FactIndex(), store, Q_EVENTS, Q_EVENT_LINKS, fact_article, bodies)
        self.agreements = self._facts(FactIndex(), store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fact_article, bodies)
        self.articles = self._articles(FactIndex(), store, self._with_fact_words(store, bodies, fact_article))
        self.automaton = self._automaton(self.surfaces)
        self.delta: ahocorasick.Automaton | None = None  # names added by refreshes since the build
        self._delta_words: set[str] = set()

    # -- refreshing after pages were added
    def add_graphs(self, store: GraphStore, graphs: Iterable[str], entity_iris: Iterable[str]) -> bool:
        """Take in article graphs just written (and the entity nodes the write touched) without a rebuild.

        Runs the build's queries restricted to those graphs and nodes (IRIs that pass `safe_iri`,
        written as constants) and adds what they return; the names new to the index go into a
        small second automaton, merged into the main one when it grows. Returns False, changing
        nothing, when an IRI is not safe to write: the caller rebuilds instead.
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
            self._locale_stems = {re.sub(r"(市|县|省|区)$", "", loc) for loc in self.locales} - {""}
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
            bodies = self._article_bodies(store, g_values)
            fact_article = dict(stream_each(store, Q_FACT_ARTICLES, "g", g_values))
            self._facts(self.events, store, Q_EVENTS, Q_EVENT_LINKS, fact_article, bodies, g_values)
            self._facts(self.agreements, store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fact_article, bodies, g_values)
            self._articles(self.articles, store, self._with_fact_words(store, bodies, fact_article, g_values), g_values)
            added = {w for w in self._new_surfaces if self.automaton is None or w not in self.automaton}
            self._new_surfaces = self._new_heads = None
            if hasattr(self, "_within") and any(
                self.entities[i].kinds & {"o", "z"} for i in touched if i in self.entities
            ):
                del self._within  # organisations' containment: recomputed when next asked
            self._delta_words |= added
            if self.automaton is None or len(self._delta_words) > max(2000, len(self.surfaces) // 20):
                self.automaton, self.delta, self._delta_words = self._automaton(self.surfaces), None, set()
                self._stale = False
            elif added:
                self.delta = self._automaton({w: None for w in self._delta_words})
        finally:
            if enabled:
                gc.enable()
        return True

    # -- building
    def _add_surface(self, text: str, kind: str, ref: object, generic: bool = False) -> None:
        """Add a (cleaned) surface; every caller passes text made of cleaned labels."""
        if len(text) < 2 or len(text) > 60:
            return
        if self._new_surfaces is not None and text not in self.surfaces:
            self._new_surfaces.add(text)
        refs = self.surfaces[text][kind]
        refs[ref] = generic or refs.get(ref, False)
        if generic:
            self.generic.add(text)

    def _drop_surface(self, text: str, kind: str, ref: object, still: bool | None = None) -> None:
        """Withdraw a ref of a surface, or with `still`, only what made it generic (it stays with that flag)."""
        kinds = self.surfaces.get(text)
        if not kinds or ref not in kinds.get(kind, ()):
            return
        if still is not None:
            kinds[kind][ref] = still
        else:
            del kinds[kind][ref]
            if not kinds[kind]:
                del kinds[kind]
        if not kinds:
            del self.surfaces[text]
            self._stale = True  # still in an automaton: `mentions` skips it until the next merge
        if not any(g for refs in kinds.values() for g in refs.values()):
            self.generic.discard(text)

    def _load_entities(self, store: GraphStore, only: list[str] | None = None) -> list[str]:
        """Names of entities (all, or only those IRIs), their own names only (see `_derive`); returns the IRIs read."""
        letter = {
            "Person": "p",
            "Organization": "o",
            "DevelopmentZone": "z",
            "AdministrativeArea": "l",
            "Industry": "i",
            "Title": "t",
        }
        loaded: dict[str, Entity] = {}
        for iri, typ, label in stream_each(store, Q_ENTITIES, "x", only):
            kind = letter[re.split(r"[#/]", typ)[-1]]
            ent = self.entities.get(iri)
            if ent is None:
                ent = self.entities[iri] = Entity(iri, clean(label))
            ent.kinds.add(kind)
            loaded[iri] = ent
        for iri, org_type in stream_each(store, Q_ORG_TYPES, "x", only):
            if iri in self.entities:
                self.entities[iri].org_type = org_type
        aliases: dict[str, set[str]] = defaultdict(set)
        for iri, alias in stream_each(store, Q_ALIASES, "x", only):
            aliases[iri].add(clean(alias))
        for ent in loaded.values():
            for kind in ent.kinds:
                names = {ent.label}
                if kind == "t":
                    names.add(role_word(ent.label))  # 市政府秘书长 is also asked as 秘书长
                if kind == "p" and _NAME_DOT.search(ent.label):
                    names |= {_NAME_DOT.sub(dot, ent.label) for dot in _NAME_DOTS}  # 甲·乙 written 甲?乙, 甲乙
                if kind in "oz":
                    names |= aliases.get(ent.iri, set()) | self._short_forms(ent.label)
                for name in names - GENERIC_FORMS:
                    self._add_surface(name, kind, ent.iri, generic=is_generic(name))
                    if kind in "oz":
                        self._names[ent.iri].add(name)
                    if kind in "loz" and name not in self._heads:
                        self._heads.add(name)
                        if self._new_heads is not None:
                            self._new_heads.add(name)
            if ent.kinds & {"o", "z"}:
                self._oz_by_initial[ent.label[:1]].add(ent.iri)
                for k in (2, 3, 4):
                    self._oz_by_start[ent.label[:k]].add(ent.iri)
                if ent.label.startswith("中共"):
                    self._oz_by_initial[ent.label[2:3]].add(ent.iri)
        return list(loaded)

    def _derive(self, iri: str) -> None:
        """(Re-)derive an organisation's forms that depend on the rest of the graph: its name without the page's
        city (`_locale_forms`) and without the place before it (`_tail_form`); forms it no longer has are withdrawn."""
        ent = self.entities[iri]
        forms: set[str] = set()
        if ent.kinds & {"o", "z"}:
            forms = self._locale_forms(ent.label)
            tail = self._tail_form(ent.label)
            if tail:
                forms |= {tail} | {f for f in self._short_forms(tail) if not is_generic(f)}
        kind = "z" if "z" in ent.kinds else "o"
        new = frozenset((form, kind) for form in forms)
        old = self._derived.get(iri, frozenset())
        if new == old:
            return
        for form, k in old - new:  # still one of its own names: the ref stays, generic as its own name is
            own = k in ent.kinds and form in self._names.get(iri, ())
            self._drop_surface(form, k, iri, still=is_generic(form) if own else None)
        for form, k in new:
            self._add_surface(form, k, iri, generic=True)
        if new:
            self._derived[iri] = new
        else:
            self._derived.pop(iri, None)

    def _rederived(self, stems: set[str], heads: set[str]) -> set[str]:
        """Organisations whose derived forms may change with new city stems or new heads."""
        out: set[str] = set()
        for stem in stems:  # a new city: its organisations also read without the city (市政府)
            out |= {
                iri
                for iri in self._oz_by_initial.get(stem[0], ())
                if self.entities[iri].label.startswith(stem) or self.entities[iri].label[2:].startswith(stem)
            }
        bare = {h[:-1] for h in heads if len(h) >= 3 and h[-1] in "省市县"}  # 山西省 also heads 山西…
        for head in heads | bare:  # a new name before which an organisation's name may be a tail
            out |= {
                iri
                for iri in self._oz_by_start.get(head[:4], ())
                if len(self.entities[iri].label) >= len(head) + 3 and self.entities[iri].label.startswith(head)
            }
        return out

    def _post_forms(self, org: str) -> set[str]:
        """The organisation forms its posts are written with: its forms, own names and derived forms."""
        ent = self.entities.get(org)
        if ent is None:
            return set()
        return org_forms(ent.label) | self._names.get(org, set()) | {f for f, _ in self._derived.get(org, ())}

    _TAIL_REFUSED = re.compile(r"^(人民|中共|党|委|政府|管委|分|支|总|办|有限|股份|集团|公司|[省市县区州乡镇村])")

    def _tail_form(self, label: str) -> str | None:
        """A name written without the place or parent before it: 临港新片区 of 上海自贸区临港新片区.

        Only when what stands before is itself a name of the graph (a place, also written without its level:
        山西 of 山西省, or an organisation) and
        the rest is a name of its own (3+ characters, not a kind word or a generic short form).
        Marked generic: several such tails give candidates, never a guess.
        """
        own = org_forms(label)  # 山西甲机电设备 is its own short form, not a name before it
        for k in range(len(label) - 3, 1, -1):
            head, tail = label[:k], label[k:]
            if head in own:
                continue
            if head in self._heads or any(head + level in self._heads for level in "省市县"):
                if tail in GENERIC_FORMS or is_generic(tail) or self._TAIL_REFUSED.match(tail):
                    return None
                return tail
        return None

    @staticmethod
    def _short_forms(label: str) -> frozenset[str]:
        """Short forms that keep the organisation's kind word (长治市政府, 长治高新区党工委), never a bare stem."""
        return _short_forms(label)

    def _locale_forms(self, label: str) -> set[str]:
        """An organisation of the page's own city written without the city (市政府 in a 长治 paper)."""
        out = set()
        if not self._locale_stems:
            return out
        for form in org_forms(label):
            for k in range(1, min(len(form) - 1, 8)):
                if form[:k] in self._locale_stems and re.match(r"^(市|县|省|区)", form[k:]):
                    out.add(form[k:])
        return out

    def _load_posts(self, store: GraphStore, only: list[str] | None = None) -> None:
        """Post surfaces (organisation form + title) of every post, or of the posts in the graphs `only` names."""
        found: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        for org, role, title, written in stream_each(store, Q_POSTS, "g", only):
            self.role_orgs[role].add(org)
            found[org].add((role, title, written))
        for org, posts in found.items():
            self._org_posts[org] |= posts
            self._post_surfaces_of(org, posts)

    def _post_surfaces_of(self, org: str, posts: Iterable[tuple[str, str, str | None]]) -> None:
        ent = self.entities.get(org)
        if ent is None:
            return
        base = self._post_forms(org)
        for role, title, written in posts:
            forms = base
            if written and not is_generic(w := clean(written)) and w not in forms:
                forms = forms | {w}
            title = clean(title)
            for form in forms:
                ref = PostRef(org, role, form)
                generic = is_generic(form)
                for surface in _post_surfaces(form, title):
                    self._add_surface(surface, "s", ref, generic=generic)

    def _drop_post_forms(self, org: str, lost: set[str], forms: set[str]) -> None:
        """Withdraw the post surfaces written with organisation forms it lost (unless a post still has them)."""
        keep: dict[tuple[str, str], set[str]] = defaultdict(set)
        drop: dict[tuple[str, str], set[str]] = defaultdict(set)
        for role, title, written in self._org_posts.get(org, ()):
            w = clean(written) if written else None
            for form in lost:
                kept = form in forms or (form == w and not is_generic(form))
                (keep if kept else drop)[(role, form)].update(_post_surfaces(form, clean(title)))
        for (role, form), surfaces in drop.items():
            for surface in surfaces - keep.get((role, form), set()):
                self._drop_surface(surface, "s", PostRef(org, role, form))

    def _article_bodies(
        self, store: GraphStore, only: list[str] | None = None
    ) -> dict[str, tuple[str, frozenset[str]]]:
        """Each article's title and the bigrams of its title and body, computed once."""
        out: dict[str, tuple[str, frozenset[str]]] = {}
        for iri, title, body in stream_each(store, Q_ARTICLES, "g", only):
            prev = out.get(iri)
            grams = bigrams(title or "") | bigrams(body or "")
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
            for iri, i in idx.by_iri.items():
                article = fact_article.get(iri)
                if article in lone and article in bodies and not idx.grams[i] <= bodies[article][1]:
                    extra[article] |= idx.grams[i]
        return {a: (t, g | extra[a] if a in extra else g) for a, (t, g) in bodies.items()}

    def _facts(
        self,
        idx: FactIndex,
        store: GraphStore,
        q_text: str,
        q_links: str,
        fact_article: dict[str, str],
        bodies: dict[str, tuple[str, frozenset[str]]],
        only: list[str] | None = None,
    ) -> FactIndex:
        start = len(idx)
        for fact, text, name in stream_each(store, q_text, "g", only):
            idx.add_text(fact, text, name is not None)
        for fact, value in stream_each(store, q_links, "g", only):
            idx.add_entity(fact, value)
        for fact in idx.iris[start:]:
            article = fact_article.get(fact)
            if article in bodies:
                idx.set_body(fact, bodies[article][1])
        idx.freeze()
        return idx

    def _articles(
        self,
        idx: FactIndex,
        store: GraphStore,
        bodies: dict[str, tuple[str, frozenset[str]]],
        only: list[str] | None = None,
    ) -> FactIndex:
        for iri, (title, grams) in bodies.items():
            idx.add_text(iri, title)
            idx.set_body(iri, grams)
        for iri, value in stream_each(store, Q_ARTICLE_LINKS, "g", only):
            idx.add_entity(iri, value)
        idx.freeze()
        return idx

    @staticmethod
    def _automaton(words: Iterable[str]) -> ahocorasick.Automaton | None:
        auto = ahocorasick.Automaton()
        for text in words:
            auto.add_word(text, text)
        if not len(auto):
            return None
        auto.make_automaton()
        return auto

    # -- reading
    def mentions(self, question: str) -> list[Mention]:
        """Leftmost-longest names of the graph found in a cleaned question."""
        if self.automaton is None and self.delta is None:
            return []
        if self.delta is None and not self._stale:
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
            refs = {k: list(v) for k, v in self.surfaces[text].items()}
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
        if (self.automaton is None and self.delta is None) or not prefix:
            return []
        out = []
        keys = {
            k
            for auto in (self.automaton, self.delta)
            if auto is not None
            for k in auto.keys(clean(prefix))
            if k in self.surfaces
        }
        for text in sorted(keys, key=lambda k: (len(k), k))[: limit * 3]:
            for kind, refs in self.surfaces[text].items():
                for ref in refs:
                    iri = ref.org if isinstance(ref, PostRef) else ref
                    out.append((text, iri, kind))
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
