"""Plain facts -> quads on the ontology: one named graph per article, entities in a shared graph.

Article graph IRIs derive from the page's content and the article's position in it, so
re-ingesting the same page replaces its graphs. Entity IRIs derive from canonical names, so
the same person or organisation from two pages is one node.

    >>> from kgqa.extract.facts import PageFacts, Article
    >>> page = map_page(PageFacts(articles=[Article(title="标题", body="正文")]), "正文", "x.txt")
    >>> len(page.article_graphs)
    1
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..extract.facts import Amount, PageFacts, Post, Source
from ..extract.mentions import place_of
from .store import Quad
from .vocab import (
    ENTITY_GRAPH,
    EVENT_KIND_TERMS,
    GRAPH,
    ID,
    KGQA,
    ORG,
    ORG_TYPE_CLASSES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    entity_iri,
)


@dataclass
class MappedPage:
    """The quads of one page, ready for one atomic write."""

    page: URIRef
    article_graphs: list[URIRef] = field(default_factory=list)
    quads: list[Quad] = field(default_factory=list)
    facts: int = 0
    # what the write needs of `quads`, made before it (`kg.graph.prepare_page`, in an ingest's worker processes)
    # so that the one writer only writes: the INSERT DATA text (kg.store.data_block), the timeline rows
    # (kg.timeline.page_rows), the entity IRIs written and the bigrams of the texts the question index reads
    # (kg.qa.queries.page_words); `made_for` is len(quads) when they were made (a page whose quads changed since
    # has them made again by the writer)
    insert: str | None = None
    rows: list[Any] | None = None
    entities: frozenset[str] | None = None
    words: Any = None
    made_for: int = -1


def page_id(text: str) -> str:
    """A stable id for a page from its content.

    >>> page_id("abc")
    'a9993e364706816a'
    """
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def _date(value: str | None) -> Literal | None:
    """An ISO date as xsd:date, or a date known only to the month or year as xsd:gYearMonth / xsd:gYear.

    >>> _date("1996-11").datatype == XSD.gYearMonth
    True
    """
    if not value:
        return None
    value = str(value)
    try:
        Date.fromisoformat(value)
        return Literal(value, datatype=XSD.date)
    except ValueError:
        pass
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def text(value: str) -> Literal:
    """A plain literal with control characters and lone surrogates removed."""
    return Literal(_CONTROL.sub("", str(value)))


# entity kind -> (class, concept scheme or None)
ENTITY_KINDS: dict[str, tuple[URIRef, URIRef | None]] = {
    "person": (SCHEMA.Person, None),
    "org": (SCHEMA.Organization, None),
    "place": (SCHEMA.AdministrativeArea, None),
    "industry": (KGQA.Industry, KGQA.Industries),
    "title": (KGQA.Title, KGQA.Titles),
}


def _division_chain(name: str) -> tuple[str, str] | None:
    """A place written as a division after its parent (天津市塘沽区, 湖北荆州): (the parent's full name, the last
    division as written); None for anything else."""
    for i in range(2, len(name) - 1):
        last, head = place_of(name[i:]), place_of(name[:i])
        if last is not None and head is not None and head.name in (last.city, last.province) and head != last:
            return head.name, name[i:]
    return None


class _Writer:
    """Collects quads for one page; knows the entity graph and each article's graph."""

    def __init__(self, facts: PageFacts, page_text: str, source_name: str) -> None:
        self.facts = facts
        self.pid = page_id(page_text)
        self.page = ID[f"page/{self.pid}"]
        self.quads: list[Quad] = []
        self.graphs = [GRAPH[f"article/{self.pid}-{i}"] for i in range(len(facts.articles))]
        self.articles = [ID[f"article/{self.pid}-{i}"] for i in range(len(facts.articles))]
        self.source_name = source_name
        self.entities_seen: set[tuple[URIRef, URIRef, Node]] = set()
        self.mentions_seen: set[tuple[int, URIRef]] = set()
        self.org_names = self._org_index()
        self.place_names: dict[str, URIRef] = {}
        self.fact_count = 0

    # -- helpers
    def add(self, s: Node, p: Node, o: Node | None, g: URIRef) -> None:
        if o is not None:
            self.quads.append((s, p, o, g))

    def ent(self, s: URIRef, p: URIRef, o: Node | None) -> None:
        if o is not None and (s, p, o) not in self.entities_seen:
            self.entities_seen.add((s, p, o))
            self.quads.append((s, p, o, ENTITY_GRAPH))

    def article_index(self, source: Source | None) -> int:
        i = source.article if source else 0
        return i if 0 <= i < len(self.graphs) else 0

    def article_date(self, i: int) -> str | None:
        if 0 <= i < len(self.facts.articles):
            return self.facts.articles[i].date or self.facts.date
        return self.facts.date

    def _org_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for org in self.facts.organizations:
            for form in [org.name, *org.aliases]:
                index.setdefault(form.strip(), org.name.strip())
        return index

    # -- entities
    def entity(self, kind: str, name: str) -> URIRef:
        """The IRI of an entity of this kind, with its type, label (and scheme) in the entity graph."""
        name = name.strip()
        if kind == "org":
            name = self.org_names.get(name, name).strip()
        iri = entity_iri(kind, name)
        cls, scheme = ENTITY_KINDS[kind]
        self.ent(iri, RDF.type, cls)
        self.ent(iri, RDFS.label, text(name))
        if scheme is not None:
            self.ent(iri, SKOS.prefLabel, text(name))
            self.ent(iri, SKOS.inScheme, scheme)
        return iri

    def person(self, name: str) -> URIRef:
        return self.entity("person", name)

    def org(self, name: str) -> URIRef:
        return self.entity("org", name)

    def place(self, name: str) -> URIRef:
        iri = self.place_names[name.strip()] = self.entity("place", name)
        return iri

    def industry(self, name: str) -> URIRef:
        return self.entity("industry", name)

    def title(self, name: str) -> URIRef:
        return self.entity("title", name)

    def mention(self, entity: URIRef, source: Source | None) -> None:
        i = self.article_index(source)
        if (i, entity) in self.mentions_seen:
            return
        self.mentions_seen.add((i, entity))
        g, art = self.graphs[i], self.articles[i]
        self.add(art, SCHEMA.mentions, entity, g)
        m = URIRef(f"{art}/mention/{len(self.mentions_seen)}")
        self.add(m, RDF.type, KGQA.Mention, g)
        self.add(m, KGQA.mentionOf, entity, g)
        self.add(m, PROV.wasDerivedFrom, art, g)
        if source and source.sentence:
            self.add(m, KGQA.sentence, text(source.sentence), g)

    def provenance(self, node: URIRef, source: Source | None, g: URIRef, i: int) -> None:
        self.add(node, PROV.wasDerivedFrom, self.articles[i], g)
        if source and source.sentence:
            self.add(node, KGQA.sentence, text(source.sentence), g)
        if source and source.start >= 0:
            self.add(node, KGQA.startOffset, Literal(source.start), g)
            self.add(node, KGQA.endOffset, Literal(source.end), g)

    def amount(self, owner: URIRef, amount: Amount | None, g: URIRef) -> None:
        if amount is None:
            return
        node = URIRef(f"{owner}/amount")
        self.add(owner, KGQA.amount, node, g)
        self.add(node, RDF.type, SCHEMA.MonetaryAmount, g)
        self.add(node, KGQA.asWritten, text(amount.as_written), g)
        self.add(node, RDFS.label, text(amount.as_written), g)
        if amount.value is not None:
            self.add(node, SCHEMA.value, Literal(float(amount.value), datatype=XSD.double), g)
        self.add(node, SCHEMA.currency, text(amount.unit or "CNY"), g)

    # -- sections
    def write_articles(self) -> None:
        f = self.facts
        if not self.graphs:
            return
        g0 = self.graphs[0]
        self.add(self.page, RDF.type, KGQA.Page, g0)
        self.add(self.page, KGQA.sourceName, text(self.source_name), g0)
        if f.locale:
            self.add(self.page, KGQA.locale, text(f.locale), g0)
        self.add(self.page, SCHEMA.datePublished, _date(f.date), g0)
        for i, (a, art, g) in enumerate(zip(f.articles, self.articles, self.graphs)):
            self.add(art, RDF.type, SCHEMA.NewsArticle, g)
            self.add(art, SCHEMA.isPartOf, self.page, g)
            self.add(art, KGQA.position, Literal(i), g)
            if a.title:
                self.add(art, SCHEMA.headline, text(a.title), g)
                self.add(art, RDFS.label, text(a.title), g)
            else:
                self.add(art, RDFS.label, text((a.first_words or a.body[:20]).strip()), g)
            self.add(art, KGQA.firstWords, text(a.first_words), g)
            self.add(art, KGQA.newsDate, _date(a.date), g)
            self.add(art, SCHEMA.articleBody, text(a.body), g)
            self.add(art, KGQA.startOffset, Literal(a.start), g)
            self.add(art, KGQA.endOffset, Literal(a.end), g)
            for n, author in enumerate(a.authors):
                self.add(art, SCHEMA.author, self.person(author), g)
            self.fact_count += 1

    def write_orgs(self) -> None:
        for org in self.facts.organizations:
            iri = self.org(org.name)
            self.ent(iri, RDF.type, ORG_TYPE_CLASSES.get(org.type, SCHEMA.Organization))
            self.ent(iri, KGQA.orgType, Literal(org.type if org.type in ORG_TYPE_CLASSES else "other"))
            for alias in org.aliases:
                if alias and alias != org.name:
                    self.ent(iri, SKOS.altLabel, text(alias))
            if org.located_in:
                self.ent(iri, KGQA.locatedIn, self.place(org.located_in))
            for src in org.sources or [None]:
                self.mention(iri, src)
            self.fact_count += 1

    def write_places(self) -> None:
        """Places with the place each lies in (kgqa:locatedIn between places), in the entity graph."""
        for place in getattr(self.facts, "places", None) or []:
            if not place.name or not place.located_in:
                continue
            iri = self.place(place.name)
            self.ent(iri, KGQA.locatedIn, self.place(place.located_in))
            for alias in place.aliases:
                if alias and alias != place.name:
                    self.ent(iri, SKOS.altLabel, text(alias))
            for src in place.sources or [None]:
                self.mention(iri, src)

    def write_division_parents(self) -> None:
        """A known division named anywhere in the facts (运城, 沁源县) and not placed by them lies in its nearest
        parent division (运城 -> 山西省, 沁源县 -> 长治市 -> 山西省): world knowledge of extract/data/divisions.yaml."""
        placed = {s for s, p, _ in self.entities_seen if p == KGQA.locatedIn}
        pending = list(self.place_names.items())
        while pending:
            name, iri = pending.pop()
            division, parent = place_of(name), None
            if iri in placed:
                continue
            if division is not None:
                parent = next((x for x in (division.city, division.province) if x and x != division.name), None)
            elif chain := _division_chain(name):
                parent, last = chain
                self.ent(iri, SKOS.altLabel, text(last))
            if parent:
                placed.add(iri)
                new = parent not in self.place_names
                self.ent(iri, KGQA.locatedIn, self.place(parent))
                if new:
                    pending.append((parent, self.place_names[parent]))

    def write_zones(self) -> None:
        for zone in self.facts.development_zones:
            iri = self.org(zone.name)
            self.ent(iri, RDF.type, KGQA.DevelopmentZone)
            self.ent(iri, KGQA.orgType, Literal("development_zone"))
            if zone.city:
                self.ent(iri, KGQA.city, self.place(zone.city))
            src = zone.sources[0] if zone.sources else None
            i = self.article_index(src)
            self.mention(iri, src)
            for ind in zone.industries:
                self.add(iri, KGQA.industry, self.industry(ind), self.graphs[i])
            for member in zone.members:
                self.add(iri, KGQA.hasMember, self.org(member), self.graphs[i])
            self.fact_count += 1 + len(zone.industries)

    def write_persons(self) -> None:
        for person in self.facts.persons:
            iri = self.person(person.name)
            for src in person.sources or [None]:
                self.mention(iri, src)
            for n, post in enumerate(person.posts):
                i = self.article_index(post.source)
                g = self.graphs[i]
                self.mention(iri, post.source)
                if not (post.title or "").strip():
                    self.write_membership(iri, person.name, post, g, i)
                    continue
                node = URIRef(f"{self.articles[i]}/post/{_slug(person.name, post.title, post.org or '')}")
                self.add(node, RDF.type, ORG.Post, g)
                self.add(node, ORG.heldBy, iri, g)
                self.add(iri, ORG.holds, node, g)
                self.add(node, KGQA.title, text(post.title), g)
                self.add(node, RDFS.label, text(post.title), g)
                self.add(node, ORG.role, self.title(post.title), g)
                if post.org:
                    self.add(node, ORG.postIn, self.org(post.org), g)
                if post.org_as_written:
                    self.add(node, KGQA.asWritten, text(post.org_as_written), g)
                self.add(node, KGQA.statedOn, _date(self.article_date(i)), g)
                self.provenance(node, post.source, g, i)
                self.fact_count += 1

    def write_membership(self, person: URIRef, name: str, post: Post, g: URIRef, i: int) -> None:
        """A person of an organisation with no title given (摩根大通X表示): an org:Membership."""
        if not post.org:
            return
        org = self.org(post.org)
        node = URIRef(f"{self.articles[i]}/membership/{_slug(name, post.org)}")
        self.add(node, RDF.type, ORG.Membership, g)
        self.add(node, ORG.member, person, g)
        self.add(node, ORG.organization, org, g)
        self.add(node, RDFS.label, text(post.org), g)
        self.add(person, ORG.memberOf, org, g)
        if post.org_as_written:
            self.add(node, KGQA.asWritten, text(post.org_as_written), g)
        self.add(node, KGQA.statedOn, _date(self.article_date(i)), g)
        self.provenance(node, post.source, g, i)
        self.fact_count += 1

    def fact_node(self, kind: str, n: int, source: Source | None, cls: URIRef) -> tuple[URIRef, URIRef, int]:
        """The node of the n-th fact of a kind, typed in the graph of the article it was read from."""
        i = self.article_index(source)
        node = URIRef(f"{self.articles[i]}/{kind}/{n}")
        self.add(node, RDF.type, cls, self.graphs[i])
        return node, self.graphs[i], i

    def write_agreements(self) -> None:
        for n, agr in enumerate(self.facts.agreements):
            node, g, i = self.fact_node("agreement", n, agr.source, KGQA.Agreement)
            self.add(node, KGQA.agreementKind, text(agr.kind), g)
            label = "与".join(agr.parties) + agr.kind if agr.parties else agr.kind
            self.add(node, RDFS.label, text(label), g)
            for party in agr.parties:
                self.add(node, KGQA.party, self.org(party), g)
            self.add(node, KGQA.signedOn, _date(agr.date), g)
            for fld in agr.fields:
                self.add(node, KGQA.field, self.industry(fld), g)
            for w in agr.witnesses:
                self.add(node, KGQA.witness, self.person(w), g)
            self.amount(node, agr.amount, g)
            self.provenance(node, agr.source, g, i)
            self.fact_count += 1

    def write_events(self) -> None:
        for n, ev in enumerate(self.facts.events):
            node, g, i = self.fact_node("event", n, ev.source, SCHEMA.Event)
            self.add(node, KGQA.eventKind, EVENT_KIND_TERMS.get(ev.kind, KGQA.OtherEvent), g)
            self.add(node, SCHEMA.name, text(ev.summary), g)
            self.add(node, RDFS.label, text(ev.summary), g)
            self.add(node, SCHEMA.startDate, _date(ev.date), g)
            for p in ev.participants:
                self.add(node, SCHEMA.attendee, self.person(p), g)
            for h in ev.hosts:
                self.add(node, KGQA.host, self.person(h), g)
            for o in ev.organizations:
                self.add(node, KGQA.involves, self.org(o), g)
            for o in ev.organizers:
                self.add(node, SCHEMA.organizer, self.org(o), g)
            for place in dict.fromkeys(p for p in (ev.location, *ev.places) if p):
                self.add(node, SCHEMA.location, self.place(place), g)
            self.amount(node, ev.amount, g)
            self.provenance(node, ev.source, g, i)
            self.fact_count += 1


def _slug(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def map_page(facts: PageFacts, page_text: str, source_name: str) -> MappedPage:
    """Map one page's facts to quads (article graphs + entity graph)."""
    w = _Writer(facts, page_text, source_name)
    if not w.graphs:
        return MappedPage(page=w.page)
    w.write_articles()
    w.write_orgs()
    w.write_places()
    w.write_zones()
    w.write_persons()
    w.write_agreements()
    w.write_events()
    w.write_division_parents()
    return MappedPage(page=w.page, article_graphs=list(w.graphs), quads=w.quads, facts=w.fact_count)


def iter_ontology_quads() -> Iterator[Quad]:
    """The ontology's triples, for its own named graph."""
    from rdflib import Graph

    from ..ontology import ontology_files
    from .vocab import ONTOLOGY_GRAPH

    g = Graph()
    for path in ontology_files(include_shapes=False):
        g.parse(path, format="turtle")
    for s, p, o in g:
        yield s, p, o, ONTOLOGY_GRAPH
