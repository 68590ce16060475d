"""Read models for browsing the graph: article lists, entity pages, neighbourhoods, autocomplete.

Everything here is SPARQL over the store with user input bound as variables (or, inside FILTER,
as an escaped VALUES block), returning plain dicts the web front end renders without RDF libraries.

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.open("memory:")
    >>> recent_articles(kg)
    []
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from rdflib import Literal, URIRef

from .vocab import PROLOGUE
from .results import Results, Term
from .store import valid_iri
from .vocab import BASE, ID, PREFIXES, class_labels

TYPE_ORDER: tuple[str, ...] = (   # the classes a node is shown as, most specific first (labels: the ontology's)
    "https://kgqa.dev/ns#DevelopmentZone", "https://kgqa.dev/ns#PartyCommittee", "https://kgqa.dev/ns#Bank",
    "https://kgqa.dev/ns#Lab", "https://kgqa.dev/ns#Association", "https://schema.org/GovernmentOrganization",
    "https://schema.org/Corporation", "https://schema.org/CollegeOrUniversity",
    "https://schema.org/NewsMediaOrganization", "https://schema.org/Person", "https://schema.org/Organization",
    "https://schema.org/AdministrativeArea", "https://kgqa.dev/ns#Industry", "https://kgqa.dev/ns#Title",
    "https://kgqa.dev/ns#Agreement", "https://schema.org/Event", "http://www.w3.org/ns/org#Post",
    "https://schema.org/NewsArticle", "https://kgqa.dev/ns#Page", "https://kgqa.dev/ns#Mention",
    "https://schema.org/MonetaryAmount",
)

ENTITY_KINDS: dict[str, str] = {   # autocomplete kind -> class
    "person": "schema:Person", "org": "schema:Organization", "zone": "kgqa:DevelopmentZone",
    "industry": "kgqa:Industry", "place": "schema:AdministrativeArea", "title": "kgqa:Title",
    "event": "schema:Event", "agreement": "kgqa:Agreement",
}


def _v(term: Term | None) -> str | None:
    return term.value if term is not None else None


def _values(var: str, value: str) -> str:
    """An escaped one-row VALUES block binding ?var to a plain literal (for use inside FILTERs)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
        raise ValueError(f"bad variable name {var!r}")
    return f"VALUES ?{var} {{ {Literal(value).n3()} }}"


def type_label(types: list[str]) -> dict[str, str]:
    """The most specific known type of a node as {"zh", "en", "iri"}."""
    labels = class_labels()
    for iri in TYPE_ORDER:
        if iri in types and iri in labels:
            return {**labels[iri], "iri": iri}
    return {"zh": "资源", "en": "resource", "iri": types[0] if types else ""}


def local_path(iri: str) -> str | None:
    """The path of an IRI minted by kgqa under /id/ (as a web route serves it), else None."""
    return iri[len(BASE) - 1:] if iri.startswith(str(ID)) else None


def iri_from_path(rest: str) -> list[str]:
    """Candidate IRIs for a decoded /id/<rest> route: entity names re-quoted as `entity_iri` does."""
    kind, _, name = rest.partition("/")
    out = []
    if name and "/" not in kind:
        out.append(f"{ID}{kind}/{quote(name, safe='')}")
    out.append(f"{ID}{quote(rest, safe='/%-')}")
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- articles
Q_ARTICLE_LIST = PROLOGUE + """
SELECT ?a ?label ?date ?pos ?src ?page (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; rdfs:label ?label ; kgqa:position ?pos ; schema:isPartOf ?page .
             OPTIONAL { ?a kgqa:newsDate ?date } OPTIONAL { ?a schema:mentions ?m } }
  OPTIONAL { ?page kgqa:sourceName ?src }
} GROUP BY ?a ?label ?date ?pos ?src ?page ORDER BY DESC(?date) ?src ?pos"""


def article_list(kg: Any, limit: int | None = None) -> list[dict[str, Any]]:
    """Every article: iri, label, date, source file, position, number of entities mentioned."""
    res = kg.query(Q_ARTICLE_LIST + (f" LIMIT {int(limit)}" if limit else ""))
    return [{"iri": _v(r["a"]), "label": _v(r["label"]), "date": _v(r.get("date")), "source": _v(r.get("src")),
             "position": int(r["pos"].value) if r.get("pos") else 0,
             "mentions": int(r["mentions"].value) if r.get("mentions") else 0} for r in res.rows]


def recent_articles(kg: Any, limit: int = 8) -> list[dict[str, Any]]:
    """The newest articles first (by news date)."""
    return article_list(kg, limit)


Q_ARTICLE = PROLOGUE + """
SELECT ?label ?headline ?body ?date ?start ?src ?page WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; rdfs:label ?label ; schema:isPartOf ?page .
             OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:articleBody ?body }
             OPTIONAL { ?a kgqa:newsDate ?date } OPTIONAL { ?a kgqa:startOffset ?start } }
  OPTIONAL { ?page kgqa:sourceName ?src }
} LIMIT 1"""
Q_ARTICLE_AUTHORS = PROLOGUE + """
SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { ?a schema:author ?p } ?p rdfs:label ?name }"""
Q_ARTICLE_ENTITIES = PROLOGUE + """
SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts) WHERE {
  GRAPH ?g { ?a schema:mentions ?e }
  ?e rdfs:label ?l . OPTIONAL { ?e a ?t } OPTIONAL { ?e skos:altLabel ?alt }
} GROUP BY ?e ORDER BY ?label"""
Q_ARTICLE_FACTS = PROLOGUE + """
SELECT ?x ?t ?label ?sentence ?start ?end WHERE {
  GRAPH ?g { ?x prov:wasDerivedFrom ?a ; a ?t . FILTER(?t != kgqa:Mention)
             OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x kgqa:sentence ?sentence }
             OPTIONAL { ?x kgqa:startOffset ?start } OPTIONAL { ?x kgqa:endOffset ?end } }
} ORDER BY ?start"""


def article(kg: Any, iri: str) -> dict[str, Any] | None:
    """One article with its text, authors, mentioned entities and facts (with sentences and offsets)."""
    a = URIRef(iri)
    res = kg.query(Q_ARTICLE, {"a": a})
    if not res.rows:
        return None
    r = res.rows[0]
    authors = [{"iri": _v(x["p"]), "label": _v(x["name"])} for x in kg.query(Q_ARTICLE_AUTHORS, {"a": a}).rows]
    entities = []
    for x in kg.query(Q_ARTICLE_ENTITIES, {"a": a}).rows:
        types = (_v(x.get("types")) or "").split()
        alts = [s for s in (_v(x.get("alts")) or "").split("\x1f") if s]
        entities.append({"iri": _v(x["e"]), "label": _v(x["label"]), "type": type_label(types), "aliases": alts})
    facts = []
    for x in kg.query(Q_ARTICLE_FACTS, {"a": a}).rows:
        facts.append({"iri": _v(x["x"]), "type": type_label([_v(x["t"]) or ""]), "label": _v(x.get("label")),
                      "sentence": _v(x.get("sentence")),
                      "start": int(x["start"].value) if x.get("start") else None,
                      "end": int(x["end"].value) if x.get("end") else None})
    return {"iri": iri, "label": _v(r["label"]), "headline": _v(r.get("headline")), "body": _v(r.get("body")) or "",
            "date": _v(r.get("date")), "source": _v(r.get("src")), "page": _v(r.get("page")),
            "start": int(r["start"].value) if r.get("start") else 0,
            "authors": authors, "entities": entities, "facts": facts}


def highlight_spans(text: str, sentences: list[str], names: dict[str, str]) -> list[dict[str, Any]]:
    """Cut text into pieces: {"text", "sentence": bool, "entity": iri|None}, for escaping piece by piece.

    >>> [p["text"] for p in highlight_spans("甲说乙好。丙。", ["甲说乙好。"], {"乙": "x"})]
    ['甲说', '乙', '好。', '丙。']
    """
    n = len(text)
    in_sentence = [False] * n
    for s in sentences:
        s = (s or "").strip()
        if not s:
            continue
        start = text.find(s)
        while start >= 0:
            for i in range(start, start + len(s)):
                in_sentence[i] = True
            start = text.find(s, start + len(s))
    entity: list[str | None] = [None] * n
    for name in sorted(names, key=len, reverse=True):     # longest names win
        if len(name) < 2:
            continue
        start = text.find(name)
        while start >= 0:
            if all(e is None for e in entity[start:start + len(name)]):
                for i in range(start, start + len(name)):
                    entity[i] = names[name]
            start = text.find(name, start + len(name))
    pieces: list[dict[str, Any]] = []
    for i, ch in enumerate(text):
        key = (in_sentence[i], entity[i])
        same_entity_run = pieces and (pieces[-1]["sentence"], pieces[-1]["entity"]) == key and (
            entity[i] is None or (i > 0 and entity[i - 1] == entity[i]))
        if same_entity_run:
            pieces[-1]["text"] += ch
        else:
            pieces.append({"text": ch, "sentence": key[0], "entity": key[1]})
    return pieces


# ---------------------------------------------------------------- entities
Q_NODE = PROLOGUE + """
SELECT ?label ?t ?alt WHERE {
  { ?e rdfs:label ?label } UNION { ?e a ?t } UNION { ?e skos:altLabel ?alt }
}"""
Q_POSTS_HELD = PROLOGUE + """
SELECT ?post ?title ?org ?orgLabel ?date ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { ?post org:heldBy ?e ; kgqa:title ?title . OPTIONAL { ?post org:postIn ?org }
             OPTIONAL { ?post kgqa:statedOn ?date } OPTIONAL { ?post kgqa:sentence ?sentence }
             OPTIONAL { ?post prov:wasDerivedFrom ?a . ?a rdfs:label ?aLabel } }
  OPTIONAL { ?org rdfs:label ?orgLabel }
} ORDER BY DESC(?date) ?title"""
Q_POSTS_IN = PROLOGUE + """
SELECT ?post ?title ?person ?personLabel ?date ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { ?post org:postIn ?e ; kgqa:title ?title ; org:heldBy ?person .
             OPTIONAL { ?post kgqa:statedOn ?date } OPTIONAL { ?post kgqa:sentence ?sentence }
             OPTIONAL { ?post prov:wasDerivedFrom ?a . ?a rdfs:label ?aLabel } }
  OPTIONAL { ?person rdfs:label ?personLabel }
} ORDER BY DESC(?date) ?title"""
Q_AGREEMENTS = PROLOGUE + """
SELECT ?x ?label ?kind ?role ?date ?amount ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { ?x a kgqa:Agreement ; ?p ?e . VALUES (?p ?role) { (kgqa:party "party") (kgqa:witness "witness")
                                                              (kgqa:field "field") }
             OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x kgqa:agreementKind ?kind }
             OPTIONAL { ?x kgqa:signedOn ?date } OPTIONAL { ?x kgqa:amount/kgqa:asWritten ?amount }
             OPTIONAL { ?x kgqa:sentence ?sentence }
             OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a rdfs:label ?aLabel } }
} ORDER BY DESC(?date)"""
Q_EVENTS = PROLOGUE + """
SELECT ?x ?label ?kind ?role ?date ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { ?x a schema:Event ; ?p ?e . VALUES (?p ?role) { (schema:attendee "participant") (kgqa:host "host")
                (kgqa:involves "organisation") (schema:organizer "organiser") (schema:location "place") }
             OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x schema:startDate ?date }
             OPTIONAL { ?x kgqa:sentence ?sentence }
             OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a rdfs:label ?aLabel } }
  OPTIONAL { ?x kgqa:eventKind/rdfs:label ?kind FILTER(LANG(?kind) = "zh") }
} ORDER BY DESC(?date)"""
Q_MENTIONS = PROLOGUE + """
SELECT ?a ?aLabel ?date ?sentence WHERE {
  GRAPH ?g { ?a schema:mentions ?e ; rdfs:label ?aLabel . OPTIONAL { ?a kgqa:newsDate ?date }
             OPTIONAL { ?m kgqa:mentionOf ?e ; prov:wasDerivedFrom ?a ; kgqa:sentence ?sentence } }
} ORDER BY DESC(?date)"""
Q_OUT = """SELECT ?p ?o ?oLabel WHERE { ?e ?p ?o . OPTIONAL { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?oLabel } }
LIMIT 500"""
Q_IN = """SELECT ?s ?p ?sLabel WHERE { ?s ?p ?e . OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?sLabel } }
LIMIT 500"""


def _source(r: dict[str, Term | None]) -> dict[str, Any] | None:
    if r.get("a") is None:
        return None
    return {"article": _v(r["a"]), "title": _v(r.get("aLabel")), "sentence": _v(r.get("sentence"))}


def entity(kg: Any, iri: str) -> dict[str, Any] | None:
    """One node with its facts grouped: posts, people holding posts in it, agreements, events, articles."""
    e = URIRef(iri)
    labels, types, alts = [], [], []
    for r in kg.query(Q_NODE, {"e": e}).rows:
        for key, acc in (("label", labels), ("t", types), ("alt", alts)):
            val = _v(r.get(key))
            if val is not None and val not in acc:
                acc.append(val)
    out_rows = kg.query(Q_OUT, {"e": e}).rows
    in_rows = kg.query(Q_IN, {"e": e}).rows
    if not (labels or types or out_rows or in_rows):
        return None
    posts = [{"iri": _v(r["post"]), "title": _v(r["title"]), "org": _v(r.get("org")),
              "org_label": _v(r.get("orgLabel")), "date": _v(r.get("date")), "source": _source(r)}
             for r in kg.query(Q_POSTS_HELD, {"e": e}).rows]
    members = [{"iri": _v(r["post"]), "title": _v(r["title"]), "person": _v(r["person"]),
                "person_label": _v(r.get("personLabel")), "date": _v(r.get("date")), "source": _source(r)}
               for r in kg.query(Q_POSTS_IN, {"e": e}).rows]
    agreements = _grouped(kg.query(Q_AGREEMENTS, {"e": e}), ("label", "kind", "date", "amount"))
    events = _grouped(kg.query(Q_EVENTS, {"e": e}), ("label", "kind", "date"))
    articles: dict[str, dict[str, Any]] = {}
    for r in kg.query(Q_MENTIONS, {"e": e}).rows:
        item = articles.setdefault(_v(r["a"]) or "", {"iri": _v(r["a"]), "title": _v(r["aLabel"]),
                                                       "date": _v(r.get("date")), "sentences": []})
        s = _v(r.get("sentence"))
        if s and s not in item["sentences"]:
            item["sentences"].append(s)
    props = [{"p": _v(r["p"]), "o": r["o"], "label": _v(r.get("oLabel"))} for r in out_rows]
    incoming = [{"s": _v(r["s"]), "p": _v(r["p"]), "label": _v(r.get("sLabel"))} for r in in_rows]
    return {"iri": iri, "label": labels[0] if labels else iri.rsplit("/", 1)[-1], "labels": labels,
            "types": types, "type": type_label(types), "aliases": alts, "posts": posts, "members": members,
            "agreements": agreements, "events": events, "articles": list(articles.values()),
            "properties": props, "incoming": incoming}


def _grouped(res: Results, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for r in res.rows:
        x = _v(r["x"]) or ""
        item = items.setdefault(x, {"iri": x, "roles": [], "source": _source(r), **{k: _v(r.get(k)) for k in keys}})
        role = _v(r.get("role"))
        if role and role not in item["roles"]:
            item["roles"].append(role)
    return list(items.values())


# One query per kind of link: Oxigraph evaluates a UNION of them before it applies the bound ?e
# (0.5 s an entity page on 52 pages), each alone with ?e bound in milliseconds. An event kind's label is
# looked up apart (joined in the query, Oxigraph reads every event's kind label first).
Q_LABEL_ZH = PROLOGUE + 'SELECT ?l WHERE { ?k rdfs:label ?l FILTER(LANG(?l) = "zh") } LIMIT 1'
Q_NEIGHBOURS_PARTS = [PROLOGUE + "SELECT DISTINCT ?n ?nLabel ?rel ?kind ?dir WHERE {" + part + " ?n rdfs:label ?nLabel . }"
                      for part in (
    """ GRAPH ?g { ?post org:heldBy ?e ; org:postIn ?n ; kgqa:title ?rel } BIND("out" AS ?dir) """,
    """ GRAPH ?g { ?post org:postIn ?e ; org:heldBy ?n ; kgqa:title ?rel } BIND("in" AS ?dir) """,
    """ GRAPH ?g { ?x a kgqa:Agreement ; ?p1 ?e ; ?p2 ?n . FILTER(?n != ?e)
               VALUES ?p1 { kgqa:party kgqa:witness } VALUES ?p2 { kgqa:party kgqa:witness }
               OPTIONAL { ?x kgqa:agreementKind ?rel } } BIND("both" AS ?dir) """,
    """ GRAPH ?g { ?x schema:attendee|kgqa:host|kgqa:involves|schema:organizer ?e . ?x a schema:Event ;
                  schema:attendee|kgqa:host|kgqa:involves|schema:organizer ?n . FILTER(?n != ?e)
               OPTIONAL { ?x kgqa:eventKind ?kind } } BIND("both" AS ?dir) """,
    """ ?e kgqa:industry|kgqa:city|kgqa:locatedIn|kgqa:hasMember ?n . BIND("out" AS ?dir)
    OPTIONAL { ?e ?pp ?n . ?pp rdfs:label ?rel FILTER(LANG(?rel) = "zh") } """,
    """ ?n kgqa:industry|kgqa:city|kgqa:locatedIn|kgqa:hasMember ?e . BIND("in" AS ?dir)
    OPTIONAL { ?n ?pp ?e . ?pp rdfs:label ?rel FILTER(LANG(?rel) = "zh") } """)]



def _label_zh(kg: Any, iri: str) -> str | None:
    """The Chinese label of a node (an event kind), or None."""
    rows = kg.query(Q_LABEL_ZH, {"k": URIRef(iri)}).rows
    return _v(rows[0]["l"]) if rows else None


def neighbourhood(kg: Any, iri: str, limit: int = 24) -> dict[str, Any]:
    """Entities one fact away (through posts, agreements, events, zones): nodes and labelled edges."""
    rows = [r for q in Q_NEIGHBOURS_PARTS for r in kg.query(q, {"e": URIRef(iri)}).rows]
    kinds = {k: _label_zh(kg, k) for k in {_v(r.get("kind")) for r in rows} if k}
    nodes: dict[str, str] = {}
    edges: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        n = _v(r["n"]) or ""
        if n == iri:
            continue
        if n not in nodes:
            if len(nodes) >= limit:
                continue
            nodes[n] = _v(r["nLabel"]) or n
        key = (n, _v(r.get("dir")) or "both")
        rel = _v(r.get("rel")) or kinds.get(_v(r.get("kind")) or "")
        bucket = edges.setdefault(key, [])
        if rel and rel not in bucket:
            bucket.append(rel)
    return {"center": iri, "nodes": [{"iri": k, "label": v} for k, v in nodes.items()],
            "edges": [{"target": k[0], "dir": k[1], "labels": v} for k, v in edges.items()]}


# ---------------------------------------------------------------- autocomplete
Q_SUGGEST = PROLOGUE + """
SELECT ?e (SAMPLE(?l) AS ?label) (MIN(?rank) AS ?r) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
WHERE {
  %VALUES%
  ?e rdfs:label|skos:altLabel ?l . %CLASS%
  FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?q)))
  FILTER(STRSTARTS(STR(?e), "https://kgqa.dev/id/") && !STRSTARTS(STR(?e), "https://kgqa.dev/id/article/"))
  BIND(IF(STRSTARTS(LCASE(STR(?l)), LCASE(?q)), 0, 1) AS ?rank)
  OPTIONAL { ?e a ?t }
} GROUP BY ?e ORDER BY ?r STRLEN(?label) ?label LIMIT %LIMIT%"""


def suggest_entities(kg: Any, prefix: str, kind: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
    """Entities whose label or alias contains `prefix` (starting with it first), optionally of one kind."""
    prefix = (prefix or "").strip()[:100]
    if not prefix:
        return []
    cls = ENTITY_KINDS.get(kind or "")
    q = (Q_SUGGEST.replace("%VALUES%", _values("q", prefix))
         .replace("%CLASS%", f"?e a {cls} ." if cls else "")
         .replace("%LIMIT%", str(max(1, min(int(limit), 50)))))
    out = []
    for r in kg.query(q).rows:
        types = (_v(r.get("types")) or "").split()
        out.append({"iri": _v(r["e"]), "label": _v(r["label"]), "type": type_label(types)})
    return out


# ---------------------------------------------------------------- RDF serializations
RDF_FORMATS: dict[str, str] = {"turtle": "text/turtle", "nt": "application/n-triples",
                               "jsonld": "application/ld+json", "xml": "application/rdf+xml"}


def serialize_triples(res: Results, fmt: str) -> bytes:
    """The triples of a CONSTRUCT/DESCRIBE result as Turtle, N-Triples or JSON-LD (UTF-8 bytes)."""
    if fmt == "nt":
        return res.to_ntriples().encode("utf-8")
    from rdflib import Graph
    g = Graph()
    for k, v in PREFIXES.items():
        g.bind(k, v)
    g.parse(data=res.to_ntriples(), format="nt")
    if fmt == "jsonld":
        return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True).encode("utf-8")
    if fmt == "xml":
        return g.serialize(format="xml").encode("utf-8")
    return g.serialize(format="turtle").encode("utf-8")


Q_DESCRIBE = """CONSTRUCT { ?e ?p ?o . ?s ?q ?e } WHERE { { ?e ?p ?o } UNION { ?s ?q ?e } }"""


def describe(kg: Any, iri: str, fmt: str = "turtle") -> bytes:
    """A node's triples (both directions) serialized for content negotiation."""
    return serialize_triples(kg.query(Q_DESCRIBE, {"e": URIRef(iri)}), fmt)


def sparql_prologue() -> str:
    """The PREFIX lines the editor starts with."""
    return PROLOGUE


Q_TYPES = "SELECT DISTINCT ?t WHERE { ?e a ?t }"


def node_type(kg: Any, iri: str) -> dict[str, str]:
    """The most specific known type of one node."""
    return type_label(kg.query(Q_TYPES, {"e": URIRef(iri)}).values("t"))


def exists(kg: Any, iri: str) -> bool:
    """Whether any triple has this IRI as subject or object."""
    return bool(kg.query("ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }", {"e": URIRef(iri)}).boolean)


Q_PAGE_ARTICLES = PROLOGUE + """
SELECT ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:isPartOf ?page ; kgqa:position ?pos } } ORDER BY ?pos"""


def articles_of_text(kg: Any, page_text: str) -> list[dict[str, Any]]:
    """The stored articles of a page (as ingested from exactly this text), each with its facts."""
    from .mapping import page_id
    page = ID[f"page/{page_id(page_text)}"]
    out = []
    for iri in kg.query(Q_PAGE_ARTICLES, {"page": page}).values("a"):
        item = article(kg, iri)
        if item is not None:
            out.append(item)
    return out
