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

from .results import Results
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
SELECT ?o (SAMPLE(?label) AS ?name) (SAMPLE(?t) AS ?type) (SAMPLE(?loc) AS ?located) WHERE {
  { SELECT DISTINCT ?o WHERE { GRAPH ?g { ?a schema:mentions ?o } ?o a schema:Organization } }
  ?o rdfs:label ?label .
  OPTIONAL { ?o kgqa:orgType ?t }
  OPTIONAL { ?o kgqa:locatedIn/rdfs:label ?loc }
} GROUP BY ?o"""
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
SELECT ?x ?kind ?summary ?date ?location ?amount WHERE {
  GRAPH ?g { ?x a schema:Event ; kgqa:eventKind ?k ; schema:name ?summary .
             OPTIONAL { ?x schema:startDate ?date }
             OPTIONAL { ?x kgqa:amount/kgqa:asWritten ?amount } }
  ?k skos:notation ?kind .
  OPTIONAL { ?x schema:location ?l . ?l rdfs:label ?location }
}"""
)
Q_EVENT_LINKS = (
    PROLOGUE
    + """
SELECT ?x ?rel ?label WHERE {
  GRAPH ?g { ?x a schema:Event ; ?p ?v . VALUES (?p ?rel) { (schema:attendee "participants")
                                                            (kgqa:involves "organizations") } }
  ?v rdfs:label ?label
}"""
)


def _v(row: dict, key: str) -> str | None:
    term = row.get(key)
    return term.value if term is not None else None


_TAIL = re.compile(r"^(.*?)(\d+)$")


def _order_key(iri: str) -> tuple:
    """Sort fact nodes as written: by page, article position, then item number."""
    parts = re.split(r"[/-]", iri)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def _links(res: Results) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in res.rows:
        bucket = out[row["x"].value][row["rel"].value]
        if row["label"].value not in bucket:
            bucket.append(row["label"].value)
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
        authors[row["a"].value].append(row["name"].value)
    rows = sorted(
        store.query(Q_ARTICLES).rows,
        key=lambda r: (_v(r, "src") or "", r["a"].value.rsplit("-", 1)[0], int(_v(r, "pos") or 0)),
    )
    return [
        {
            "iri": r["a"].value,
            "title": _v(r, "title"),
            "first_words": _v(r, "first") or "",
            "date": _v(r, "date"),
            "authors": sorted(authors.get(r["a"].value, [])),
        }
        for r in rows
    ]


def _persons(store: GraphStore) -> list[dict[str, Any]]:
    posts: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(store.query(Q_POSTS).rows, key=lambda r: _order_key(r["post"].value)):
        post = {"title": _v(row, "title"), "org": _v(row, "orgName"), "org_as_written": _v(row, "written")}
        if post not in posts[row["p"].value]:
            posts[row["p"].value].append(post)
    people = sorted(store.query(Q_PERSONS).rows, key=lambda r: r["name"].value)
    return [{"iri": r["p"].value, "name": r["name"].value, "posts": posts.get(r["p"].value, [])} for r in people]


def _organizations(store: GraphStore) -> list[dict[str, Any]]:
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in store.query(Q_ALIASES).rows:
        aliases[row["o"].value].append(row["alias"].value)
    rows = sorted(store.query(Q_ORGS).rows, key=lambda r: _v(r, "name") or "")
    return [
        {
            "iri": r["o"].value,
            "name": _v(r, "name"),
            "type": _v(r, "type") or "other",
            "aliases": sorted(aliases.get(r["o"].value, [])),
            "located_in": _v(r, "located"),
        }
        for r in rows
    ]


def _zones(store: GraphStore) -> list[dict[str, Any]]:
    zones: dict[str, dict[str, Any]] = {}
    for row in store.query(Q_ZONES).rows:
        z = zones.setdefault(
            row["z"].value, {"iri": row["z"].value, "name": _v(row, "name"), "city": _v(row, "city"), "industries": []}
        )
        ind = _v(row, "industry")
        if ind and ind not in z["industries"]:
            z["industries"].append(ind)
    for z in zones.values():
        z["industries"].sort()
    return sorted(zones.values(), key=lambda z: z["name"] or "")


def _agreements(store: GraphStore) -> list[dict[str, Any]]:
    links = _links(store.query(Q_AGREEMENT_LINKS))
    out = []
    for row in sorted(store.query(Q_AGREEMENTS).rows, key=lambda r: _order_key(r["x"].value)):
        x = row["x"].value
        out.append(
            {
                "iri": x,
                "kind": _v(row, "kind"),
                "parties": links[x]["parties"],
                "date": _v(row, "date"),
                "fields": links[x]["fields"],
                "amount": _v(row, "amount"),
                "witnesses": links[x]["witnesses"],
            }
        )
    return out


def _events(store: GraphStore) -> list[dict[str, Any]]:
    links = _links(store.query(Q_EVENT_LINKS))
    out = []
    for row in sorted(store.query(Q_EVENTS).rows, key=lambda r: _order_key(r["x"].value)):
        x = row["x"].value
        out.append(
            {
                "iri": x,
                "kind": _v(row, "kind"),
                "date": _v(row, "date"),
                "summary": _v(row, "summary"),
                "participants": links[x]["participants"],
                "organizations": links[x]["organizations"],
                "location": _v(row, "location"),
                "amount": _v(row, "amount"),
            }
        )
    return out
