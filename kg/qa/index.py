"""What the question answerer knows of the graph: names to link, posts, and facts to find by description.

Built from the store in a few queries and kept until the graph changes (`KnowledgeGraph.generation`).
Names go into one Aho-Corasick automaton (pyahocorasick): labels, aliases, short forms of
organisations, titles, and "organisation form + title" surfaces of every post (长治市市长).

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> GraphIndex(KnowledgeGraph.open("memory:").store).mentions("长治市市长是谁")
    []
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import ahocorasick

from ..export import PROLOGUE
from ..results import Results
from ..store import GraphStore
from .forms import GENERIC_FORMS, clean, is_generic, join_forms, org_forms, org_stems, role_word

# kind letters used in mention tokens: person, organisation, zone, place (locus), industry, title, post
KIND_LETTERS = {"person": "p", "org": "o", "zone": "z", "place": "l", "industry": "i", "title": "t", "post": "s"}

Q_ENTITIES = PROLOGUE + """
SELECT DISTINCT ?x ?type ?label WHERE {
  VALUES ?type { schema:Person schema:Organization kgqa:DevelopmentZone schema:AdministrativeArea
                 kgqa:Industry kgqa:Title }
  ?x a ?type ; rdfs:label ?label .
}"""
Q_ALIASES = PROLOGUE + "SELECT DISTINCT ?x ?alias WHERE { ?x skos:altLabel ?alias }"
Q_ORG_TYPES = PROLOGUE + "SELECT DISTINCT ?x ?t WHERE { ?x kgqa:orgType ?t }"
Q_POSTS = PROLOGUE + """
SELECT DISTINCT ?org ?role ?title ?written WHERE {
  GRAPH ?g { ?post org:postIn ?org ; org:role ?role ; kgqa:title ?title . OPTIONAL { ?post kgqa:asWritten ?written } }
}"""
Q_LOCALES = PROLOGUE + "SELECT DISTINCT ?l WHERE { ?page a kgqa:Page ; kgqa:locale ?l }"
Q_EVENTS = PROLOGUE + """
SELECT ?f ?text WHERE { GRAPH ?g { ?f a schema:Event .
  { ?f schema:name ?text } UNION { ?f kgqa:sentence ?text } } }"""
Q_CONTEXT = PROLOGUE + """
SELECT ?f ?text WHERE { GRAPH ?g { ?f a ?type ; prov:wasDerivedFrom ?a . VALUES ?type { schema:Event kgqa:Agreement }
  { ?a rdfs:label ?text } UNION { ?a schema:articleBody ?text } } }"""
Q_EVENT_LINKS = PROLOGUE + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a schema:Event ;
  schema:attendee|kgqa:host|kgqa:involves|schema:organizer|schema:location ?v } }"""
Q_AGREEMENTS = PROLOGUE + """
SELECT ?f ?text WHERE { GRAPH ?g { ?f a kgqa:Agreement .
  { ?f rdfs:label ?text } UNION { ?f kgqa:agreementKind ?text } UNION { ?f kgqa:sentence ?text } } }"""
Q_AGREEMENT_LINKS = PROLOGUE + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a kgqa:Agreement ; kgqa:party|kgqa:witness|kgqa:field ?v } }"""
Q_ARTICLES = PROLOGUE + """
SELECT ?f ?title ?body WHERE { GRAPH ?g { ?f a schema:NewsArticle ; rdfs:label ?title .
  OPTIONAL { ?f schema:articleBody ?body } } }"""
Q_ARTICLE_LINKS = PROLOGUE + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a schema:NewsArticle ; schema:mentions|schema:author ?v } }"""


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
    refs: dict[str, list] = field(default_factory=dict)     # kind letter -> [iri or PostRef]
    generic: bool = False                                    # a short form such as 市政府

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


STOP_CHARS = re.compile(r"[的了这该此本那些次个篇项份与和及、,，。“”\"'《》()（）:：]")


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text, punctuation and function characters removed.

    >>> sorted(bigrams("调度会的"))
    ['度会', '调度']
    """
    t = STOP_CHARS.sub("", clean(text))
    return {t[i:i + 2] for i in range(len(t) - 1)} if len(t) > 1 else ({t} if t else set())


class FactIndex:
    """Facts (events, agreements, articles) found by a description: bigram overlap plus linked entities."""

    COMMON = 5000            # a bigram in more facts than this does not pick candidates

    def __init__(self) -> None:
        self.iris: list[str] = []
        self.labels: list[str] = []
        self.grams: list[set[str]] = []        # bigrams of the fact's own words (name, kind, sentence)
        self.body: list[set[str]] = []         # bigrams of longer text (article bodies)
        self.ents: list[set[str]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_iri: dict[str, int] = {}
        self.by_entity: dict[str, list[int]] = defaultdict(list)

    def _slot(self, iri: str) -> int:
        if iri not in self.by_iri:
            self.by_iri[iri] = len(self.iris)
            self.iris.append(iri)
            self.labels.append("")
            self.grams.append(set())
            self.body.append(set())
            self.ents.append(set())
        return self.by_iri[iri]

    def add_text(self, iri: str, text: str, primary: bool = True) -> None:
        """Add words of a fact (its name, kind, sentence; or, not primary, a body)."""
        i = self._slot(iri)
        if primary and not self.labels[i]:
            self.labels[i] = text
        (self.grams if primary else self.body)[i].update(bigrams(text))

    def add_entity(self, iri: str, entity: str) -> None:
        """Link a fact to an entity it involves."""
        i = self._slot(iri)
        if entity not in self.ents[i]:
            self.ents[i].add(entity)
            self.by_entity[entity].append(i)

    def freeze(self) -> None:
        """Build the postings once every fact is in."""
        for i, (g, b) in enumerate(zip(self.grams, self.body)):
            for gram in g | b:
                self.postings[gram].append(i)

    def __len__(self) -> int:
        return len(self.iris)

    def score(self, i: int, grams: set[str], entities: set[str],
              names: list[tuple[set[str], set[str]]] = ()) -> float:
        """How well fact i fits a description: its own words, then its article's, then the entities it involves."""
        if not grams:
            return 0.0
        own = len(grams & self.grams[i]) / len(grams)
        cover = own
        if self.body[i]:
            cover = max(own, 0.3 * own + 0.7 * len(grams & (self.grams[i] | self.body[i])) / len(grams))
        if entities:
            cover = 0.85 * cover + 0.15 * len(entities & self.ents[i]) / len(entities)
        for name in names:
            if not (name[1] & self.ents[i]) and not name[0] <= (self.grams[i] | self.body[i]):
                cover *= 0.5          # a name the description gives is missing from this fact
        return cover

    def search(self, text: str, entities: set[str], limit: int = 60,
               names: dict[str, set[str]] | None = None) -> list[tuple[float, str]]:
        """Facts ranked by fit to a description, best first (score, iri); `names`: name -> its nodes."""
        named = [(bigrams(n), iris) for n, iris in (names or {}).items() if len(n) >= 2]
        grams = bigrams(text)
        counts: Counter[int] = Counter()
        rare = [g for g in grams if 0 < len(self.postings.get(g, ())) <= self.COMMON]
        for g in rare or grams:
            counts.update(self.postings.get(g, ())[: self.COMMON * 4])
        for e in entities:
            counts.update(self.by_entity.get(e, ())[: self.COMMON])
        ranked = [(self.score(i, grams, entities, named), self.iris[i]) for i, _ in counts.most_common(limit)]
        return sorted(ranked, key=lambda r: -r[0])


class GraphIndex:
    """Names, posts and facts of one graph, ready for linking questions (see module docstring)."""

    def __init__(self, store: GraphStore) -> None:
        self.entities: dict[str, Entity] = {}
        self.surfaces: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        self.generic: set[str] = set()
        self.role_orgs: dict[str, set[str]] = defaultdict(set)
        self.locales: list[str] = [clean(v) for v in store.query(Q_LOCALES).values("l")]
        self._locale_stems = {re.sub(r"(市|县|省|区)$", "", loc) for loc in self.locales} - {""}
        self._load_entities(store)
        self._load_posts(store)
        self._context_rows = store.query(Q_CONTEXT).rows
        self.events = self._facts(store, Q_EVENTS, Q_EVENT_LINKS)
        self.agreements = self._facts(store, Q_AGREEMENTS, Q_AGREEMENT_LINKS)
        self.articles = self._articles(store)
        del self._context_rows
        self.automaton = self._automaton()

    # -- building
    def _add_surface(self, text: str, kind: str, ref: object, generic: bool = False) -> None:
        text = clean(text)
        if len(text) < 2 or len(text) > 60:
            return
        refs = self.surfaces[text][kind]
        if ref not in refs:
            refs.append(ref)
        if generic:
            self.generic.add(text)

    def _load_entities(self, store: GraphStore) -> None:
        letter = {"Person": "p", "Organization": "o", "DevelopmentZone": "z", "AdministrativeArea": "l",
                  "Industry": "i", "Title": "t"}
        for row in store.query(Q_ENTITIES).rows:
            iri, kind = row["x"].value, letter[re.split(r"[#/]", row["type"].value)[-1]]
            ent = self.entities.setdefault(iri, Entity(iri, clean(row["label"].value)))
            ent.kinds.add(kind)
        for row in store.query(Q_ORG_TYPES).rows:
            if row["x"].value in self.entities:
                self.entities[row["x"].value].org_type = row["t"].value
        aliases: dict[str, set[str]] = defaultdict(set)
        for row in store.query(Q_ALIASES).rows:
            aliases[row["x"].value].add(clean(row["alias"].value))
        for ent in self.entities.values():
            for kind in ent.kinds:
                names = {ent.label}
                if kind in "oz":
                    names |= aliases.get(ent.iri, set()) | self._short_forms(ent.label)
                for name in names - GENERIC_FORMS:
                    self._add_surface(name, kind, ent.iri, generic=is_generic(name))
            if ent.kinds & {"o", "z"}:
                for name in self._locale_forms(ent.label):
                    self._add_surface(name, "z" if "z" in ent.kinds else "o", ent.iri, generic=True)

    @staticmethod
    def _short_forms(label: str) -> set[str]:
        """Short forms that keep the organisation's kind word (长治市政府, 长治高新区党工委), never a bare stem."""
        return org_forms(label) - org_stems(label)

    def _locale_forms(self, label: str) -> set[str]:
        """An organisation of the page's own city written without the city (市政府 in a 长治 paper)."""
        out = set()
        for form in org_forms(label):
            for k in range(1, min(len(form) - 1, 8)):
                if form[:k] in self._locale_stems and re.match(r"^(市|县|省|区)", form[k:]):
                    out.add(form[k:])
        return out

    def _load_posts(self, store: GraphStore) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)
        for text, kinds in self.surfaces.items():
            for iri in kinds.get("o", []) + kinds.get("z", []):
                self._names[iri].add(text)
        for row in store.query(Q_POSTS).rows:
            org, role, title = row["org"].value, row["role"].value, clean(row["title"].value)
            self.role_orgs[role].add(org)
            ent = self.entities.get(org)
            if ent is None:
                continue
            forms = org_forms(ent.label) | self._names.get(org, set())
            if row.get("written") is not None and not is_generic(clean(row["written"].value)):
                forms.add(clean(row["written"].value))
            for form in forms:
                for t in {title, role_word(title)}:
                    for surface in join_forms(form, t):
                        self._add_surface(surface, "s", PostRef(org, role, form), generic=is_generic(form))

    def _facts(self, store: GraphStore, q_text: str, q_links: str) -> FactIndex:
        idx = FactIndex()
        for row in store.query(q_text).rows:
            idx.add_text(row["f"].value, row["text"].value)
        for row in store.query(q_links).rows:
            idx.add_entity(row["f"].value, row["v"].value)
        for row in self._context_rows:
            if row["f"].value in idx.by_iri:
                idx.add_text(row["f"].value, row["text"].value, primary=False)
        idx.freeze()
        return idx

    def _articles(self, store: GraphStore) -> FactIndex:
        idx = FactIndex()
        for row in store.query(Q_ARTICLES).rows:
            idx.add_text(row["f"].value, row["title"].value)
            if row.get("body") is not None:
                idx.add_text(row["f"].value, row["body"].value, primary=False)
        for row in store.query(Q_ARTICLE_LINKS).rows:
            idx.add_entity(row["f"].value, row["v"].value)
        idx.freeze()
        return idx

    def _automaton(self) -> ahocorasick.Automaton | None:
        if not self.surfaces:
            return None
        auto = ahocorasick.Automaton()
        for text in self.surfaces:
            auto.add_word(text, text)
        auto.make_automaton()
        return auto

    # -- reading
    def mentions(self, question: str) -> list[Mention]:
        """Leftmost-longest names of the graph found in a cleaned question."""
        if self.automaton is None:
            return []
        out = []
        for end, text in self.automaton.iter_long(question):
            start = end - len(text) + 1
            refs = {k: list(v) for k, v in self.surfaces[text].items()}
            out.append(Mention(start, end + 1, text, refs, generic=text in self.generic))
        return out

    def label(self, iri: str) -> str:
        """The label of a node (its IRI when it has none)."""
        ent = self.entities.get(iri)
        return ent.label if ent else iri

    def prefix(self, prefix: str, limit: int = 10) -> list[tuple[str, str, str]]:
        """Names starting with `prefix`: (surface, iri, kind letter), shortest first."""
        if self.automaton is None or not prefix:
            return []
        out = []
        for text in sorted(self.automaton.keys(clean(prefix)), key=len)[: limit * 3]:
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
