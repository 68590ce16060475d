"""The question index's bulk reads: the SPARQL it builds from, streamed as rows of plain strings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import URIRef

from ..store import GraphStore
from ..vocab import KGQA, PROLOGUE, RDF, RDFS, SCHEMA
from .fact_index import Words, bigrams, own_words

_TYPE = str(RDF.type)

Q_ENTITIES = (
    PROLOGUE
    + """
SELECT ?x ?type ?label WHERE {
  VALUES ?type { schema:Person schema:Organization kgqa:DevelopmentZone schema:AdministrativeArea
                 kgqa:Industry kgqa:Title }
  ?x a ?type ; rdfs:label ?label .
}"""
)
ENTITY_TYPES = frozenset(
    map(
        str,
        (
            SCHEMA.Person,
            SCHEMA.Organization,
            KGQA.DevelopmentZone,
            SCHEMA.AdministrativeArea,
            KGQA.Industry,
            KGQA.Title,
        ),
    )
)  # the VALUES of Q_ENTITIES
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
SELECT ?f ?text ?name WHERE {
  { GRAPH ?g { ?f a kgqa:Agreement .
    { ?f rdfs:label ?text BIND(1 AS ?name) } UNION { ?f kgqa:agreementKind ?text } UNION { ?f kgqa:sentence ?text } } }
  UNION { GRAPH ?g { ?f a kgqa:Agreement ; kgqa:field ?field } ?field rdfs:label ?text } }"""
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
Q_PAGE_OF_GRAPH = PROLOGUE + "SELECT ?g ?p WHERE { GRAPH ?g { ?f a schema:NewsArticle ; schema:isPartOf ?p } }"
Q_ARTICLE_LINKS = (
    PROLOGUE
    + """
SELECT ?f ?v WHERE { GRAPH ?g { ?f a schema:NewsArticle ; schema:mentions|schema:author ?v } }"""
)


def _bound(query: str, var: str, iri: str) -> str:
    """The query with ?var written as the IRI constant (checked by `safe_iri` before it gets here): Oxigraph
    starts from a constant, while a VALUES clause is joined after the pattern was scanned whole."""
    m = re.search(r"\bWHERE\s*\{", query)
    assert m is not None, "every query of the index has a WHERE clause"
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


def entity_rows(store: GraphStore, only: list[str] | None) -> Iterator[tuple[str, str, str]]:
    """The rows of Q_ENTITIES (x, type, label): all, or of the entities `only` read by index lookups (a refresh
    reads a few thousand entities every 50 pages: a query each was about half of its time)."""
    if only is None:
        yield from stream(store, Q_ENTITIES)  # type: ignore[misc]
        return
    for x in only:
        types = [t for t in store.values(x, str(RDF.type)) if t in ENTITY_TYPES]
        labels = store.values(x, str(RDFS.label)) if types else []
        yield from ((x, t, label) for t in types for label in labels)


def value_rows(store: GraphStore, sparql: str, predicate: str, only: list[str] | None) -> Iterator[tuple]:
    """The rows (x, value) of a query `SELECT ?x ?v WHERE { ?x <predicate> ?v }` (Q_ORG_TYPES, Q_ALIASES): all, or
    of the IRIs `only` by index lookups."""
    if only is None:
        yield from stream(store, sparql)
        return
    for x in only:
        yield from ((x, v) for v in store.values(x, predicate))


_PLAIN_OF = {str(SCHEMA.NewsArticle): frozenset(map(str, (RDFS.label, SCHEMA.articleBody)))}  # Q_ARTICLES
_OWN_OF = {  # Q_ARTICLES' titles as a fact's (`_articles`), Q_EVENTS, Q_AGREEMENTS
    str(SCHEMA.NewsArticle): frozenset({str(RDFS.label)}),
    str(SCHEMA.Event): frozenset(map(str, (SCHEMA.name, KGQA.sentence))),
    str(KGQA.Agreement): frozenset(map(str, (RDFS.label, KGQA.agreementKind, KGQA.sentence))),
    str(KGQA.field): frozenset({str(RDFS.label)}),  # (the label of an agreement's field, see `page_words`)
}
_FIELD, _LABEL = str(KGQA.field), str(RDFS.label)


def page_words(quads: Iterable[tuple]) -> Words:
    """The bigrams of the texts a refresh of the index reads of these quads (one page's), made ahead: in an ingest's
    workers, so that the one writer does not (`GraphIndex.add_graphs`). Texts of articles, events and agreements
    by the predicates the queries above read them with; any other text the refresh reads is done then."""
    quads = list(quads)
    types: dict[str, set[str]] = {}
    fields: set[str] = set()  # an agreement's fields: their labels are its words too (Q_AGREEMENTS)
    for s, p, o, _ in quads:
        if str(p) == _TYPE:
            types.setdefault(str(s), set()).add(str(o))
        elif str(p) == _FIELD:
            fields.add(str(o))
    plains: dict[str, frozenset[str]] = {}
    owns: dict[str, frozenset[str]] = {}
    for s, p, o, _ in quads:
        kinds = types.get(str(s))
        if str(s) in fields and str(p) == _LABEL:
            kinds = {_FIELD}
        if not kinds or isinstance(o, URIRef):
            continue
        pred, text = str(p), str(o)
        if text not in plains and any(pred in _PLAIN_OF.get(k, ()) for k in kinds):
            plains[text] = frozenset(bigrams(text))
        if text not in owns and any(pred in _OWN_OF.get(k, ()) for k in kinds):
            owns[text] = frozenset(bigrams(own_words(text)))
    return Words(plains, owns)
