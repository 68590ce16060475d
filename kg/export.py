"""The facts view of the graph, in the gold schema's shape, read back by SPARQL over the store.

What `kgqa export` prints is what is stored: nothing here looks at extractor output.

    >>> from kgqa.kg.store import open_store
    >>> export_facts(open_store("memory:"))["persons"]
    []
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .results import Results, bound, value_of
from .store import GraphStore
from .vocab import PROLOGUE

Q_ARTICLES = (
    PROLOGUE
    + """
SELECT ?a ?title ?first ?date ?pos ?src WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; kgqa:position ?pos ; schema:isPartOf ?page .
             OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a kgqa:firstWords ?first }
             OPTIONAL { ?a kgqa:newsDate ?date } }
  OPTIONAL { ?page kgqa:sourceName ?src }
}"""
)
Q_AUTHORS = (
    PROLOGUE
    + """
SELECT ?a ?name WHERE { GRAPH ?g { ?a schema:author ?p } ?p rdfs:label ?name }"""
)
Q_LOCALE = (
    PROLOGUE
    + """
SELECT DISTINCT ?locale WHERE { ?page a kgqa:Page ; kgqa:locale ?locale }"""
)
Q_PERSONS = (
    PROLOGUE
    + """
SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { ?a schema:mentions ?p } ?p a schema:Person ; rdfs:label ?name }"""
)
Q_POSTS = (
    PROLOGUE
    + """
SELECT ?post ?p ?title ?orgName ?written WHERE {
  { GRAPH ?g { ?post a org:Post ; org:heldBy ?p ; kgqa:title ?title .
               OPTIONAL { ?post kgqa:asWritten ?written } }
    OPTIONAL { GRAPH ?g2 { ?post org:postIn ?o } ?o rdfs:label ?orgName } }
  UNION
  { GRAPH ?g { ?post a org:Membership ; org:member ?p ; org:organization ?o .
               OPTIONAL { ?post kgqa:asWritten ?written } }
    OPTIONAL { ?o rdfs:label ?orgName } }
}"""
)
Q_ORGS = (
    PROLOGUE
    + """
SELECT ?o (MIN(?label) AS ?name) (MIN(IF(?t = "other", "~other", ?t)) AS ?type) (MIN(?loc) AS ?located) WHERE {
  { SELECT DISTINCT ?o WHERE { GRAPH ?g { ?a schema:mentions ?o } ?o a schema:Organization } }
  ?o rdfs:label ?label .
  OPTIONAL { ?o kgqa:orgType ?t }
  OPTIONAL { ?o kgqa:locatedIn ?l . ?l rdfs:label ?loc .
             FILTER NOT EXISTS { ?o kgqa:locatedIn ?in . FILTER(?in != ?l) ?in kgqa:locatedIn+ ?l } }
} GROUP BY ?o"""
    # An organisation several pages place differently: the most specific place (not one another of its places lies
    # in), the first by name among those; its type: a named one before "other" (sorted after it by "~").
)
Q_ALIASES = (
    PROLOGUE
    + """
SELECT ?o ?alias WHERE { ?o a schema:Organization ; skos:altLabel ?alias }"""
)
Q_ZONES = (
    PROLOGUE
    + """
SELECT ?z ?name ?city ?industry WHERE {
  { SELECT DISTINCT ?z WHERE { GRAPH ?g { ?a schema:mentions ?z } ?z a kgqa:DevelopmentZone } }
  ?z rdfs:label ?name .
  OPTIONAL { ?z kgqa:city/rdfs:label ?city }
  OPTIONAL { ?z kgqa:industry/skos:prefLabel ?industry }
}"""
)
Q_AGREEMENTS = (
    PROLOGUE
    + """
SELECT ?x ?kind ?date ?amount WHERE {
  GRAPH ?g { ?x a kgqa:Agreement ; kgqa:agreementKind ?kind .
             OPTIONAL { ?x kgqa:signedOn ?date } OPTIONAL { ?x kgqa:amount/kgqa:asWritten ?amount } }
}"""
)
Q_AGREEMENT_LINKS = (
    PROLOGUE
    + """
SELECT ?x ?rel ?label WHERE {
  GRAPH ?g { ?x a kgqa:Agreement ; ?p ?v . VALUES (?p ?rel) { (kgqa:party "parties") (kgqa:field "fields")
                                                               (kgqa:witness "witnesses") } }
  ?v rdfs:label ?label
}"""
)
Q_EVENTS = (
    PROLOGUE
    + """
SELECT ?x ?kind ?summary ?date ?amount WHERE {
  GRAPH ?g { ?x a schema:Event ; kgqa:eventKind ?k ; schema:name ?summary .
             OPTIONAL { ?x schema:startDate ?date }
             OPTIONAL { ?x kgqa:amount/kgqa:asWritten ?amount } }
  ?k skos:notation ?kind .
}"""
)
Q_EVENT_LINKS = (
    PROLOGUE
    + """
SELECT ?x ?rel ?label WHERE {
  GRAPH ?g { ?x a schema:Event ; ?p ?v . VALUES (?p ?rel) { (schema:attendee "participants")
                                                            (kgqa:involves "organizations")
                                                            (schema:location "location") } }
  ?v rdfs:label ?label
}"""
)


_TAIL = re.compile(r"^(.*?)(\d+)$")


def _order_key(iri: str) -> tuple:
    """Sort fact nodes as written: by page, article position, then item number."""
    parts = re.split(r"[/-]", iri)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def _links(res: Results) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in res.rows:
        bucket = out[bound(row, "x").value][bound(row, "rel").value]
        if bound(row, "label").value not in bucket:
            bucket.append(bound(row, "label").value)
    for rels in out.values():  # the graph keeps no order of links: sort, so every store exports alike
        for bucket in rels.values():
            bucket.sort()
    return out


def export_facts(store: GraphStore) -> dict[str, Any]:
    """The whole graph's facts in the gold schema's shape (see ../shared/gold/README.md)."""
    return {
        "locale": next(iter(store.query(Q_LOCALE).values("locale")), None),
        "articles": _articles(store),
        "persons": _persons(store),
        "organizations": _organizations(store),
        "development_zones": _zones(store),
        "agreements": _agreements(store),
        "events": _events(store),
    }


def _articles(store: GraphStore) -> list[dict[str, Any]]:
    authors: dict[str, list[str]] = defaultdict(list)
    for row in store.query(Q_AUTHORS).rows:
        authors[bound(row, "a").value].append(bound(row, "name").value)
    rows = sorted(
        store.query(Q_ARTICLES).rows,
        key=lambda r: (value_of(r, "src") or "", bound(r, "a").value.rsplit("-", 1)[0], int(value_of(r, "pos") or 0)),
    )
    return [
        {
            "iri": bound(r, "a").value,
            "title": value_of(r, "title"),
            "first_words": value_of(r, "first") or "",
            "date": value_of(r, "date"),
            "authors": sorted(authors.get(bound(r, "a").value, [])),
        }
        for r in rows
    ]


def _persons(store: GraphStore) -> list[dict[str, Any]]:
    posts: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(store.query(Q_POSTS).rows, key=lambda r: _order_key(bound(r, "post").value)):
        post = {
            "title": value_of(row, "title"),
            "org": value_of(row, "orgName"),
            "org_as_written": value_of(row, "written"),
        }
        if post not in posts[bound(row, "p").value]:
            posts[bound(row, "p").value].append(post)
    people = sorted(store.query(Q_PERSONS).rows, key=lambda r: bound(r, "name").value)
    return [
        {"iri": bound(r, "p").value, "name": bound(r, "name").value, "posts": posts.get(bound(r, "p").value, [])}
        for r in people
    ]


def _organizations(store: GraphStore) -> list[dict[str, Any]]:
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in store.query(Q_ALIASES).rows:
        aliases[bound(row, "o").value].append(bound(row, "alias").value)
    rows = sorted(store.query(Q_ORGS).rows, key=lambda r: value_of(r, "name") or "")
    return [
        {
            "iri": bound(r, "o").value,
            "name": value_of(r, "name"),
            "type": (value_of(r, "type") or "other").lstrip("~"),
            "aliases": sorted(aliases.get(bound(r, "o").value, [])),
            "located_in": value_of(r, "located"),
        }
        for r in rows
    ]


def _zones(store: GraphStore) -> list[dict[str, Any]]:
    zones: dict[str, dict[str, Any]] = {}
    for row in store.query(Q_ZONES).rows:
        z = zones.setdefault(
            bound(row, "z").value,
            {
                "iri": bound(row, "z").value,
                "name": value_of(row, "name"),
                "city": value_of(row, "city"),
                "industries": [],
            },
        )
        ind = value_of(row, "industry")
        if ind and ind not in z["industries"]:
            z["industries"].append(ind)
    for z in zones.values():
        z["industries"].sort()
    return sorted(zones.values(), key=lambda z: z["name"] or "")


def _linked(store: GraphStore, rows: str, links: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Fact nodes in written order: `fields` from the columns of `rows`, or (when a column is missing) the sorted
    labels `links` gives under that name."""
    linked = _links(store.query(links))
    res = store.query(rows)
    out = []
    for row in sorted(res.rows, key=lambda r: _order_key(bound(r, "x").value)):
        x = bound(row, "x").value
        out.append({"iri": x, **{f: value_of(row, f) if f in res.vars else linked[x][f] for f in fields}})
    return out


def _agreements(store: GraphStore) -> list[dict[str, Any]]:
    fields = ("kind", "parties", "date", "fields", "amount", "witnesses")
    return _linked(store, Q_AGREEMENTS, Q_AGREEMENT_LINKS, fields)


def _events(store: GraphStore) -> list[dict[str, Any]]:
    fields = ("kind", "date", "summary", "participants", "organizations", "location", "amount")
    events = _linked(store, Q_EVENTS, Q_EVENT_LINKS, fields)
    for e in events:
        e["location"] = _first_named(e["location"], e["summary"] or "")
    return events


def _first_named(places: list[str], text: str) -> str | None:
    """Of an event's places (one, or several when it was held at several), the one its text names first."""
    if not places:
        return None
    return min(places, key=lambda p: (_find_place(text, p), p))


def _find_place(text: str, place: str) -> int:
    """Where a place is written in text, by its name or its name without a level suffix (湖北省 -> 湖北);
    the text's length when it is not."""
    for form in (place, re.sub(r"(?:省|市|县|区|自治区)$", "", place)):
        k = text.find(form) if form else -1
        if k >= 0:
            return k
    return len(text)
