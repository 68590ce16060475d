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
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from rdflib import Literal, URIRef

from .results import Results, Term
from .store import valid_iri
from .vocab import BASE, ID, PREFIXES, PROLOGUE, class_labels

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

TYPE_ORDER: tuple[str, ...] = (  # the classes a node is shown as, most specific first (labels: the ontology's)
    "https://kgqa.dev/ns#DevelopmentZone",
    "https://kgqa.dev/ns#PartyCommittee",
    "https://kgqa.dev/ns#Bank",
    "https://kgqa.dev/ns#Lab",
    "https://kgqa.dev/ns#Association",
    "https://schema.org/GovernmentOrganization",
    "https://schema.org/Corporation",
    "https://schema.org/CollegeOrUniversity",
    "https://schema.org/NewsMediaOrganization",
    "https://schema.org/Person",
    "https://schema.org/Organization",
    "https://schema.org/AdministrativeArea",
    "https://kgqa.dev/ns#Industry",
    "https://kgqa.dev/ns#Title",
    "https://kgqa.dev/ns#Agreement",
    "https://schema.org/Event",
    "http://www.w3.org/ns/org#Post",
    "https://schema.org/NewsArticle",
    "https://kgqa.dev/ns#Page",
    "https://kgqa.dev/ns#Mention",
    "https://schema.org/MonetaryAmount",
)

ENTITY_KINDS: dict[str, str] = {  # autocomplete kind -> class
    "person": "schema:Person",
    "org": "schema:Organization",
    "zone": "kgqa:DevelopmentZone",
    "industry": "kgqa:Industry",
    "place": "schema:AdministrativeArea",
    "title": "kgqa:Title",
    "event": "schema:Event",
    "agreement": "kgqa:Agreement",
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
    return iri[len(BASE) - 1 :] if iri.startswith(str(ID)) else None


def iri_from_path(rest: str) -> list[str]:
    """Candidate IRIs for a decoded /id/<rest> route: entity names re-quoted as `entity_iri` does."""
    kind, _, name = rest.partition("/")
    out = []
    if name and "/" not in kind:
        out.append(f"{ID}{kind}/{quote(name, safe='')}")
    out.append(f"{ID}{quote(rest, safe='/%-')}")
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- articles
# a page of articles first (newest first), then labels and entity counts for those alone
Q_ARTICLE_LIST = (
    PROLOGUE
    + """
SELECT ?a ?date ?pos ?src WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; kgqa:position ?pos ; schema:isPartOf ?page .
             OPTIONAL { ?a kgqa:newsDate ?date } }
  OPTIONAL { ?page kgqa:sourceName ?src }
} ORDER BY DESC(?date) ?src ?pos ?a"""
)
Q_ARTICLE_ROWS = (
    PROLOGUE
    + """
SELECT (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  GRAPH ?g { ?a rdfs:label ?l OPTIONAL { ?a schema:mentions ?m } } }"""
)
ARTICLES_PER_PAGE = 100


def article_rows(kg: KnowledgeGraph, limit: int | None = None, offset: int = 0) -> list[tuple[Any, ...]]:
    """(IRI, date, source name, position) of `limit` articles (else all) from `offset`, newest first: off the
    timeline kept with the store (kg/timeline.py: an index range) when it is current, else Q_ARTICLE_LIST (a sort
    of every article: seconds at 100,000 articles)."""
    timeline = kg.timeline() if hasattr(kg, "timeline") else None
    if timeline is not None:
        return list(timeline.articles(limit if limit else None, offset if limit else 0))
    page = f" LIMIT {int(limit)} OFFSET {max(0, int(offset))}" if limit else ""
    return [
        (_v(r["a"]) or "", _v(r.get("date")), _v(r.get("src")), _int(r.get("pos")))
        for r in kg.query(Q_ARTICLE_LIST + page).rows
    ]


def article_list(kg: KnowledgeGraph, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Articles newest first (`limit` of them from `offset`, else all): iri, label, date, source file,
    position, number of entities mentioned."""
    rows = article_rows(kg, limit, offset)
    found: dict[str, dict[str, Any]] = {}
    for iri in dict.fromkeys(r[0] for r in rows):
        if not valid_iri(iri) or ">" in iri:
            continue
        # one article at a time, its IRI written into the query (`_about`): a VALUES block of them, or the IRI bound
        # as a variable, is joined after reading every article's label and mentions in every graph (~2/3 of the home
        # page's first request at 100,000 articles; 2 ms against 410 ms an article at 1,000 pages)
        for r in _about(kg, Q_ARTICLE_ROWS, URIRef(iri), "a").rows:
            if r.get("label") is not None:
                found[iri] = {"label": _v(r.get("label")), "mentions": _int(r.get("mentions"))}
    out = []
    for iri, date, src, pos in rows:
        extra = found.get(iri, {"label": None, "mentions": 0})
        out.append(
            {
                "iri": iri,
                "label": extra["label"],
                "date": date,
                "source": src,
                "position": pos or 0,
                "mentions": extra["mentions"],
            }
        )
    return out


def recent_articles(kg: KnowledgeGraph, limit: int = 8) -> list[dict[str, Any]]:
    """The newest articles first (by news date), made once per graph generation when the graph keeps a memo."""
    memo = getattr(kg, "memo", None)
    if memo is None:
        return article_list(kg, limit)
    return memo(f"recent_articles:{int(limit)}", lambda: article_list(kg, limit))


Q_ARTICLE = (
    PROLOGUE
    + """
SELECT ?label ?headline ?body ?date ?start ?src ?page WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; rdfs:label ?label ; schema:isPartOf ?page .
             OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:articleBody ?body }
             OPTIONAL { ?a kgqa:newsDate ?date } OPTIONAL { ?a kgqa:startOffset ?start } }
  OPTIONAL { ?page kgqa:sourceName ?src }
} LIMIT 1"""
)
Q_ARTICLE_AUTHORS = (
    PROLOGUE
    + """
SELECT DISTINCT ?p ?name WHERE { GRAPH ?g { ?a schema:author ?p } ?p rdfs:label ?name }"""
)
Q_ARTICLE_ENTITIES = (
    PROLOGUE
    + """
SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
       (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts) WHERE {
  GRAPH ?g { ?a schema:mentions ?e }
  ?e rdfs:label ?l . OPTIONAL { ?e a ?t } OPTIONAL { ?e skos:altLabel ?alt }
} GROUP BY ?e ORDER BY ?label"""
)
Q_ARTICLE_FACTS = (
    PROLOGUE
    + """
SELECT ?x ?t ?label ?sentence ?start ?end WHERE {
  GRAPH ?g { ?x prov:wasDerivedFrom ?a ; a ?t . FILTER(?t != kgqa:Mention)
             OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x kgqa:sentence ?sentence }
             OPTIONAL { ?x kgqa:startOffset ?start } OPTIONAL { ?x kgqa:endOffset ?end } }
} ORDER BY ?start"""
)


def article(kg: KnowledgeGraph, iri: str) -> dict[str, Any] | None:
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
        facts.append(
            {
                "iri": _v(x["x"]),
                "type": type_label([_v(x["t"]) or ""]),
                "label": _v(x.get("label")),
                "sentence": _v(x.get("sentence")),
                "start": int(start) if (start := _v(x.get("start"))) else None,
                "end": int(end) if (end := _v(x.get("end"))) else None,
            }
        )
    return {
        "iri": iri,
        "label": _v(r["label"]),
        "headline": _v(r.get("headline")),
        "body": _v(r.get("body")) or "",
        "date": _v(r.get("date")),
        "source": _v(r.get("src")),
        "page": _v(r.get("page")),
        "start": int(_v(r.get("start")) or 0),
        "authors": authors,
        "entities": entities,
        "facts": facts,
    }


def highlight_spans(text: str, sentences: list[str], names: dict[str, str]) -> list[dict[str, Any]]:
    """Cut text into pieces: {"text", "sentence": bool, "entity": iri|None}, for escaping piece by piece.

    >>> [p["text"] for p in highlight_spans("甲说乙丁好。丙。", ["甲说乙丁好。"], {"乙丁": "x", "丙": "y"})]
    ['甲说', '乙丁', '好。', '丙。']
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
    for name in sorted(names, key=len, reverse=True):  # longest names win
        if len(name) < 2:
            continue
        start = text.find(name)
        while start >= 0:
            if all(e is None for e in entity[start : start + len(name)]):
                for i in range(start, start + len(name)):
                    entity[i] = names[name]
            start = text.find(name, start + len(name))
    pieces: list[dict[str, Any]] = []
    for i, ch in enumerate(text):
        key = (in_sentence[i], entity[i])
        same_entity_run = (
            pieces
            and (pieces[-1]["sentence"], pieces[-1]["entity"]) == key
            and (entity[i] is None or (i > 0 and entity[i - 1] == entity[i]))
        )
        if same_entity_run:
            pieces[-1]["text"] += ch
        else:
            pieces.append({"text": ch, "sentence": key[0], "entity": key[1]})
    return pieces


# ---------------------------------------------------------------- entities
PER_PAGE = 20  # facts of each kind on one page of an entity (newest first)
MAX_STATEMENTS = 100  # rows of the "all statements" table, each way


class Paged(list):
    """One page of a longer list (newest first): the items, and how many there are in all.

    >>> p = Paged(["a", "b"], total=5, page=1, per_page=2)
    >>> (list(p), p.pages, p.rest)
    (['a', 'b'], 3, 3)
    """

    def __init__(self, items: list[Any], total: int, page: int, per_page: int) -> None:
        super().__init__(items)
        self.total, self.page, self.per_page = max(total, len(items)), page, per_page

    @property
    def pages(self) -> int:
        """How many pages the whole list takes."""
        return max(1, -(-self.total // self.per_page))

    @property
    def rest(self) -> int:
        """How many items come after this page."""
        return max(0, self.total - (self.page - 1) * self.per_page - len(self))


Q_NODE = (
    PROLOGUE
    + """
SELECT ?label ?t ?alt WHERE {
  { ?e rdfs:label ?label } UNION { ?e a ?t } UNION { ?e skos:altLabel ?alt }
} LIMIT 200"""
)
# details of one page of facts (bound by a VALUES block inside the GRAPH block, before any other pattern:
# outside it, or after a pattern on ?e, Oxigraph reads every fact of the entity, or of the store, first)
# what a post's row shows besides its holder or body: the day stated, the sentence, the article it is read from
_POST_DETAILS = """
             OPTIONAL { ?post kgqa:statedOn ?date } OPTIONAL { ?post kgqa:sentence ?sentence }
             OPTIONAL { ?post prov:wasDerivedFrom ?a . ?a rdfs:label ?aLabel } }
}"""
Q_POSTS_HELD = (
    PROLOGUE
    + """
SELECT ?post ?title ?org ?date ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { %VALUES% ?post kgqa:title ?title . OPTIONAL { ?post org:postIn ?org }"""
    + _POST_DETAILS
)
# counts: one triple pattern each, read off one index range (0.3 ms for hundreds of facts; a second pattern
# joined per row made them grow with the entity: the mapping writes a post's holder and title, an event's
# kind and roles, an agreement's type and parties together, so one pattern counts the same facts)
Q_POSTS_HELD_COUNT = PROLOGUE + "SELECT (COUNT(DISTINCT ?post) AS ?n) WHERE { GRAPH ?g { ?post org:heldBy ?e } }"
Q_POSTS_IN = (
    PROLOGUE
    + """
SELECT ?post ?title ?person ?date ?sentence ?a ?aLabel WHERE {
  GRAPH ?g { %VALUES% ?post kgqa:title ?title ; org:heldBy ?person ."""
    + _POST_DETAILS
)
Q_POSTS_IN_COUNT = PROLOGUE + "SELECT (COUNT(DISTINCT ?post) AS ?n) WHERE { GRAPH ?g { ?post org:postIn ?e } }"
Q_AGREEMENTS = (
    PROLOGUE
    + """
SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) (GROUP_CONCAT(DISTINCT ?r; separator=" ") AS ?roles)
       (SAMPLE(?d) AS ?date) (SAMPLE(?m) AS ?amount) (SAMPLE(?s) AS ?sentence) (SAMPLE(?art) AS ?a)
       (SAMPLE(?artLabel) AS ?aLabel) WHERE {
  GRAPH ?g { %VALUES% ?x a kgqa:Agreement .
             OPTIONAL { ?x ?p ?e . VALUES (?p ?r) { (kgqa:party "party") (kgqa:witness "witness") (kgqa:field "field") } }
             OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x kgqa:agreementKind ?k }
             OPTIONAL { ?x kgqa:signedOn ?d } OPTIONAL { ?x kgqa:amount/kgqa:asWritten ?m }
             OPTIONAL { ?x kgqa:sentence ?s }
             OPTIONAL { ?x prov:wasDerivedFrom ?art . ?art rdfs:label ?artLabel } }
} GROUP BY ?x"""
)
Q_AGREEMENTS_COUNT = (
    PROLOGUE + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x kgqa:party|kgqa:witness|kgqa:field ?e } }"
)
Q_EVENTS = (
    PROLOGUE
    + """
SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?kx) AS ?k) (GROUP_CONCAT(DISTINCT ?r; separator=" ") AS ?roles)
       (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?sentence) (SAMPLE(?art) AS ?a) (SAMPLE(?artLabel) AS ?aLabel) WHERE {
  GRAPH ?g { %VALUES% ?x a schema:Event .
             OPTIONAL { ?x ?p ?e . VALUES (?p ?r) { (schema:attendee "participant") (kgqa:host "host")
                        (kgqa:involves "organisation") (schema:organizer "organiser") (schema:location "place") } }
             OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x schema:startDate ?d } OPTIONAL { ?x kgqa:eventKind ?kx }
             OPTIONAL { ?x kgqa:sentence ?s }
             OPTIONAL { ?x prov:wasDerivedFrom ?art . ?art rdfs:label ?artLabel } }
} GROUP BY ?x"""
)
Q_EVENTS_COUNT = (
    PROLOGUE
    + """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
  GRAPH ?g { ?x schema:attendee|kgqa:host|kgqa:involves|schema:organizer|schema:location ?e } }"""
)
# facts with many details: the page of them first (newest first), then the details of those alone. Ordered by
# date alone, with no tie-break on the IRI and no grouping: Oxigraph compares IRIs by their text (0.05 s of a
# 1,600-post person's 0.06 s); ties come in the store's index order, the same from one request to the next
# (a write may reorder them). Each query reads one index range of the entity's facts and a date per fact.
Q_POSTS_HELD_PAGE = (
    PROLOGUE
    + """SELECT ?x ?date WHERE { GRAPH ?g { ?x org:heldBy ?e OPTIONAL { ?x kgqa:statedOn ?date } } }
  ORDER BY DESC(?date)"""
)
Q_POSTS_IN_PAGE = (
    PROLOGUE
    + """SELECT ?x ?date WHERE { GRAPH ?g { ?x org:postIn ?e OPTIONAL { ?x kgqa:statedOn ?date } } }
  ORDER BY DESC(?date)"""
)
Q_EVENTS_PAGE = (
    PROLOGUE
    + """SELECT DISTINCT ?x ?date WHERE {
  GRAPH ?g { ?x schema:attendee|kgqa:host|kgqa:involves|schema:organizer|schema:location ?e
             OPTIONAL { ?x schema:startDate ?date } } } ORDER BY DESC(?date)"""
)
Q_AGREEMENTS_PAGE = (
    PROLOGUE
    + """SELECT DISTINCT ?x ?date WHERE {
  GRAPH ?g { ?x kgqa:party|kgqa:witness|kgqa:field ?e OPTIONAL { ?x kgqa:signedOn ?date } } } ORDER BY DESC(?date)"""
)
# articles: the page of articles first (newest), then their titles and sentences, for those only
Q_MENTIONS = (
    PROLOGUE
    + """
SELECT ?a ?date WHERE { GRAPH ?g { ?a schema:mentions ?e OPTIONAL { ?a kgqa:newsDate ?date } } } ORDER BY DESC(?date)"""
)
Q_MENTIONS_COUNT = PROLOGUE + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a schema:mentions ?e } }"
# (no OPTIONAL: Oxigraph evaluates an OPTIONAL's pattern alone when it cannot push the bindings in, e.g. a
# label outside the GRAPH block: 24 s for one entity page at 10k pages; labels are read apart, for one page)
Q_MENTION_SENTENCES = (
    PROLOGUE
    + """
SELECT ?a ?sentence WHERE { %VALUES% GRAPH ?g { ?m kgqa:mentionOf ?e ; prov:wasDerivedFrom ?a ;
  kgqa:sentence ?sentence } }"""
)
Q_OUT = """SELECT ?p ?o ?oLabel WHERE { ?e ?p ?o . OPTIONAL { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?oLabel } }
LIMIT """ + str(MAX_STATEMENTS)
Q_IN = """SELECT ?s ?p ?sLabel WHERE { ?s ?p ?e . OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?sLabel } }
LIMIT """ + str(MAX_STATEMENTS)


def _posts_page(
    kg: KnowledgeGraph, section: str, queries: tuple[str, str, str], other: str, e: Any, page: int, per_page: int
) -> Paged:
    """One page of an entity's posts with the node at their other end (`other`: "org" for a person's posts,
    "person" for an organisation's members) and its label: `_posts_page(kg, "posts", (…), "org", e, 1, 20)`."""
    rows, total = _two_phase(kg, section, queries, "post", e, page, per_page)
    names = node_labels(kg, [_v(r.get(other)) or "" for r in rows])
    items = [
        {
            "iri": _v(r["post"]),
            "title": _v(r["title"]),
            other: _v(r.get(other)),
            f"{other}_label": names.get(_v(r.get(other)) or ""),
            "date": _v(r.get("date")),
            "source": _source(r),
        }
        for r in rows
    ]
    return Paged(items, total, page, per_page)


def _source(r: dict[str, Term | None]) -> dict[str, Any] | None:
    if r.get("a") is None:
        return None
    return {"article": _v(r["a"]), "title": _v(r.get("aLabel")), "sentence": _v(r.get("sentence"))}


def _iri_values(var: str, iris: list[str]) -> str:
    """A VALUES block binding ?var to these IRIs (each checked by the store)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
        raise ValueError(f"bad variable name {var!r}")
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris if valid_iri(i) and ">" not in i) + " }"


def _about(kg: KnowledgeGraph, query: str, node: Any, var: str = "e") -> Results:
    """`query` about one node, ?`var` being it: its IRI written into the text when the store takes it as one
    (a substitution of a variable the query does not project makes pyoxigraph fail, and the query run again with
    the node bound by a VALUES block opening the WHERE group, which Oxigraph joins after the rest: the events of
    the busiest person's page 15 ms against 3 ms, its agreements 12 against 2), else bound as before."""
    iri = str(node)
    if isinstance(node, URIRef) and valid_iri(iri) and ">" not in iri:
        return kg.query(re.sub(rf"\?{var}\b", lambda _: f"<{iri}>", query))
    return kg.query(query, {var: node})


def _paged(kg: KnowledgeGraph, query: str, count: str, e: URIRef, page: int, per_page: int) -> tuple[list[dict], int]:
    """Rows of one page of `query` (ordered), and the count `count` gives for all of them."""
    rows = _about(kg, f"{query} LIMIT {int(per_page)} OFFSET {(int(page) - 1) * int(per_page)}", e).rows
    res = _about(kg, count, e)
    return rows, _int(res.rows[0].get("n")) if res.rows else 0


def _page_order(
    kg: KnowledgeGraph, section: str, queries: tuple[str, str], var: str, e: URIRef, page: int, per_page: int
) -> tuple[list[dict], int]:
    """One page of an entity's facts of `section`, newest first, as rows of ?`var` and ?date, and their total:
    from the timeline kept with the store (kg/timeline.py) when it is current, else by the SPARQL `queries`
    (the page, ordered; the count)."""
    timeline = kg.timeline()
    if timeline is None:
        return _paged(kg, *queries, e, page, per_page)
    rows: list[dict] = [
        {var: Term("uri", x), "date": Term("literal", d) if d is not None else None}
        for x, d in timeline.page(str(e), section, page, per_page)
    ]
    return rows, timeline.total(str(e), section)


def _two_phase(
    kg: KnowledgeGraph, section: str, queries: tuple[str, str, str], var: str, e: URIRef, page: int, per_page: int
) -> tuple[list[dict], int]:
    """One page of facts of `section` (newest first, `queries[:2]`: the page of ?x, the count), with the rows
    `queries[2]` gives for them (bound to ?`var` by a VALUES block), in that order; and their total."""
    page_q, count_q, detail_q = queries
    rows, total = _page_order(kg, section, (page_q, count_q), "x", e, page, per_page)
    order = list(dict.fromkeys(_v(r["x"]) or "" for r in rows))
    if not order:
        return [], total
    details = _about(kg, detail_q.replace("%VALUES%", _iri_values(var, order)), e).rows
    rank = {x: i for i, x in enumerate(order)}
    return sorted(details, key=lambda r: rank.get(_v(r[var]) or "", len(rank))), total


def _int(term: Term | None) -> int:
    try:
        return int(term.value) if term is not None else 0
    except ValueError:
        return 0


def _articles(kg: KnowledgeGraph, e: URIRef, page: int, per_page: int) -> Paged:
    """The articles mentioning e, newest first, one page of them with up to 3 sentences each."""
    rows, total = _page_order(kg, "articles", (Q_MENTIONS, Q_MENTIONS_COUNT), "a", e, page, per_page)
    items: dict[str, dict[str, Any]] = {
        _v(r["a"]) or "": {"iri": _v(r["a"]), "title": None, "date": _v(r.get("date")), "sentences": []} for r in rows
    }
    if items:
        titles = node_labels(kg, list(items))
        for iri, item in items.items():
            item["title"] = titles.get(iri)
        q = Q_MENTION_SENTENCES.replace("%VALUES%", _iri_values("a", list(items)))
        for r in _about(kg, q, e).rows:
            found = items.get(_v(r["a"]) or "")
            s = _v(r.get("sentence"))
            if found is not None and s and s not in found["sentences"] and len(found["sentences"]) < 3:
                found["sentences"].append(s)
    return Paged(list(items.values()), total, page, per_page)


Q_NODE_LABELS = PROLOGUE + "SELECT ?n (SAMPLE(?l) AS ?label) WHERE { %VALUES% ?n rdfs:label ?l } GROUP BY ?n"


def node_labels(kg: KnowledgeGraph, iris: list[str]) -> dict[str, str]:
    """A label of each of these nodes that has one."""
    iris = [i for i in dict.fromkeys(iris) if i]
    if not iris:
        return {}
    q = Q_NODE_LABELS.replace("%VALUES%", _iri_values("n", iris))
    return {_v(r["n"]) or "": _v(r.get("label")) or "" for r in kg.query(q).rows}


def entity(kg: KnowledgeGraph, iri: str, page: int = 1, per_page: int = PER_PAGE) -> dict[str, Any] | None:
    """One node with its facts grouped (posts, people holding posts in it, agreements, events, articles),
    each kind newest first and paged (`page` of `per_page`, a `Paged` list with the total)."""
    e = URIRef(iri)
    page, per_page = max(1, int(page)), max(1, int(per_page))
    labels: list[str] = []
    types: list[str] = []
    alts: list[str] = []
    for r in _about(kg, Q_NODE, e).rows:
        for key, acc in (("label", labels), ("t", types), ("alt", alts)):
            val = _v(r.get(key))
            if val is not None and val not in acc:
                acc.append(val)
    out_rows = _about(kg, Q_OUT, e).rows
    in_rows = _about(kg, Q_IN, e).rows
    if not (labels or types or out_rows or in_rows):
        return None
    posts = _posts_page(kg, "posts", (Q_POSTS_HELD_PAGE, Q_POSTS_HELD_COUNT, Q_POSTS_HELD), "org", e, page, per_page)
    members = _posts_page(kg, "members", (Q_POSTS_IN_PAGE, Q_POSTS_IN_COUNT, Q_POSTS_IN), "person", e, page, per_page)
    queries = (Q_AGREEMENTS_PAGE, Q_AGREEMENTS_COUNT, Q_AGREEMENTS)
    rows, total = _two_phase(kg, "agreements", queries, "x", e, page, per_page)
    agreements = Paged(_grouped(rows, ("label", "kind", "date", "amount")), total, page, per_page)
    rows, total = _two_phase(kg, "events", (Q_EVENTS_PAGE, Q_EVENTS_COUNT, Q_EVENTS), "x", e, page, per_page)
    kinds = {k: _label_zh(kg, k) for k in {_v(r.get("k")) for r in rows} if k}
    events = Paged(
        [{**item, "kind": kinds.get(_v(r.get("k")) or "")} for item, r in zip(_grouped(rows, ("label", "date")), rows)],
        total,
        page,
        per_page,
    )
    props = [{"p": _v(r["p"]), "o": r["o"], "label": _v(r.get("oLabel"))} for r in out_rows]
    incoming = [{"s": _v(r["s"]), "p": _v(r["p"]), "label": _v(r.get("sLabel"))} for r in in_rows]
    sections = {
        "posts": posts,
        "members": members,
        "agreements": agreements,
        "events": events,
        "articles": _articles(kg, e, page, per_page),
    }
    return {
        "iri": iri,
        "label": labels[0] if labels else iri.rsplit("/", 1)[-1],
        "labels": labels,
        "types": types,
        "type": type_label(types),
        "aliases": alts,
        **sections,
        "totals": {k: v.total for k, v in sections.items()},
        "page": page,
        "per_page": per_page,
        "pages": max(v.pages for v in sections.values()),
        "properties": props,
        "incoming": incoming,
        "statements_limit": MAX_STATEMENTS,
    }


# the entity's roles in a fact, in the order of the VALUES lists of Q_EVENTS and Q_AGREEMENTS (GROUP_CONCAT gives
# them in the order the engine met them, which is no order of the page: it changed with the query's plan)
ROLE_ORDER = ("participant", "host", "organisation", "organiser", "place", "party", "witness", "field")


def _roles(text: str | None) -> list[str]:
    """The roles of a GROUP_CONCAT, each once, in ROLE_ORDER (others after them, as given)."""
    roles = list(dict.fromkeys((text or "").split()))
    return sorted(roles, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else len(ROLE_ORDER))


def _grouped(rows: list[dict[str, Term | None]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """One item per fact node of rows grouped by ?x in the query (roles space-separated)."""
    return [
        {
            "iri": _v(r["x"]),
            "roles": _roles(_v(r.get("roles"))),
            "source": _source(r),
            **{k: _v(r.get(k)) for k in keys},
        }
        for r in rows
    ]


# The neighbourhood: one aggregate query per kind of link (Oxigraph evaluates a UNION of them before it
# applies the bound ?e: 0.5 s an entity page on 52 pages, each alone with ?e bound in milliseconds), each
# grouping by neighbour with the number of facts linking it (its weight) and the kinds of link; only the
# strongest neighbours are kept, and their labels (and event kinds' labels) looked up for those alone.
# Each kind reads at most NEIGHBOUR_FACTS facts of the entity (the first in the store's index order, i.e. by
# IRI, which is no particular order of time or source), so the picture of a person in thousands of articles
# costs what one in a few hundred does; weights are counted in those facts. The facts are read first and
# bound by a VALUES block inside the GRAPH block of the aggregate: as a sub-select joined to it, Oxigraph read
# that kind of link of the whole store (a person with 2 agreements: 0.5 s at 12,000 pages, growing with the
# store; 1 ms with the facts bound).
Q_LABEL_ZH = PROLOGUE + 'SELECT ?l WHERE { ?k rdfs:label ?l FILTER(LANG(?l) = "zh") } LIMIT 1'
NEIGHBOUR_PARTS = 200  # neighbours read per kind of link, strongest first
NEIGHBOUR_FACTS = 150  # facts of the entity read per kind of link, at most
_EVENT_ROLES = "schema:attendee|kgqa:host|kgqa:involves|schema:organizer"
Q_NEIGHBOURS = (
    PROLOGUE + "SELECT ?n ?dir (COUNT(*) AS ?w) "
    '(GROUP_CONCAT(DISTINCT STR(?rel); separator="\\u001f") AS ?rels) '
    '(GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds) WHERE {%PART%} '
    f"GROUP BY ?n ?dir ORDER BY DESC(?w) LIMIT {NEIGHBOUR_PARTS}"
)
# (the variable of the entity's facts, the query of them, the links through them with %VALUES% binding them)
NEIGHBOUR_KINDS: list[tuple[str | None, str, str]] = [
    (
        "post",
        "SELECT ?post WHERE { GRAPH ?g0 { ?post org:heldBy %E% } }",
        """ GRAPH ?g { %VALUES% ?post org:postIn ?n ; kgqa:title ?rel } BIND("out" AS ?dir) """,
    ),
    (
        "post",
        "SELECT ?post WHERE { GRAPH ?g0 { ?post org:postIn %E% } }",
        """ GRAPH ?g { %VALUES% ?post org:heldBy ?n ; kgqa:title ?rel } BIND("in" AS ?dir) """,
    ),
    (
        "x",
        "SELECT DISTINCT ?x WHERE { GRAPH ?g0 { ?x kgqa:party|kgqa:witness %E% } }",
        """ GRAPH ?g { %VALUES% ?x a kgqa:Agreement ; kgqa:party|kgqa:witness ?n . FILTER(?n != %E%)
               OPTIONAL { ?x kgqa:agreementKind ?rel } } BIND("both" AS ?dir) """,
    ),
    (
        "x",
        f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g0 {{ ?x {_EVENT_ROLES} %E% }} }}",
        f""" GRAPH ?g {{ %VALUES% ?x {_EVENT_ROLES} ?n ; kgqa:eventKind ?kind . FILTER(?n != %E%) }}
            BIND("both" AS ?dir) """,
    ),
    (
        None,
        "",
        """ { SELECT ?n WHERE { %E% kgqa:industry|kgqa:city|kgqa:locatedIn|kgqa:hasMember ?n } LIMIT %FACTS% }
            BIND("out" AS ?dir) OPTIONAL { %E% ?pp ?n . ?pp rdfs:label ?rel FILTER(LANG(?rel) = "zh") } """,
    ),
    (
        None,
        "",
        """ { SELECT ?n WHERE { ?n kgqa:industry|kgqa:city|kgqa:locatedIn|kgqa:hasMember %E% } LIMIT %FACTS% }
            BIND("in" AS ?dir) OPTIONAL { ?n ?pp %E% . ?pp rdfs:label ?rel FILTER(LANG(?rel) = "zh") } """,
    ),
]


def _neighbour_rows(kg: KnowledgeGraph, iri: str) -> list[dict[str, Term | None]]:
    """The aggregate rows of every kind of link of the entity (at most NEIGHBOUR_FACTS facts of each read)."""
    e, out = f"<{iri}>", []
    for var, facts_q, part in NEIGHBOUR_KINDS:
        part = part.replace("%E%", e).replace("%FACTS%", str(int(NEIGHBOUR_FACTS)))
        if var is not None:
            facts = kg.query(PROLOGUE + facts_q.replace("%E%", e) + f" LIMIT {int(NEIGHBOUR_FACTS)}").rows
            iris = [_v(r[var]) or "" for r in facts]
            if not iris:
                continue
            part = part.replace("%VALUES%", _iri_values(var, iris))
        out += kg.query(Q_NEIGHBOURS.replace("%PART%", part)).rows
    return out


def _label_zh(kg: KnowledgeGraph, iri: str) -> str | None:
    """The Chinese label of a node (an event kind), or None."""
    rows = _about(kg, Q_LABEL_ZH, URIRef(iri), "k").rows
    return _v(rows[0]["l"]) if rows else None


def neighbourhood(kg: KnowledgeGraph, iri: str, limit: int = 16) -> dict[str, Any]:
    """The `limit` strongest neighbours one fact away (through posts, agreements, events, zones): nodes
    (with their weight: the facts linking them), labelled edges, and how many neighbours there are."""
    if not valid_iri(iri) or ">" in iri:
        return {"center": iri, "nodes": [], "edges": [], "total": 0}
    rows = [r for r in _neighbour_rows(kg, iri) if _v(r["n"]) != iri]
    weight: dict[str, int] = {}
    for r in rows:
        n = _v(r["n"]) or ""
        weight[n] = weight.get(n, 0) + _int(r.get("w"))
    strongest = sorted(weight, key=lambda n: (-weight[n], n))[:limit]
    names = node_labels(kg, strongest)
    kept = [n for n in strongest if names.get(n)]
    kinds: dict[str, str | None] = {}
    edges: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        n = _v(r["n"]) or ""
        if n not in kept:
            continue
        bucket = edges.setdefault((n, _v(r.get("dir")) or "both"), [])
        rels = [s for s in (_v(r.get("rels")) or "").split("\x1f") if s]
        for k in (_v(r.get("kinds")) or "").split():
            if k not in kinds:
                kinds[k] = _label_zh(kg, k)
            rels.append(kinds[k] or "")
        for rel in rels:
            if rel and rel not in bucket and len(bucket) < 4:
                bucket.append(rel)
    return {
        "center": iri,
        "nodes": [{"iri": n, "label": names[n], "weight": weight[n]} for n in kept],
        "edges": [{"target": k[0], "dir": k[1], "labels": v} for k, v in edges.items()],
        "total": len(weight),
    }


# ---------------------------------------------------------------- autocomplete
Q_SUGGEST = (
    PROLOGUE
    + """
SELECT ?e (SAMPLE(?l) AS ?label) (MIN(?rank) AS ?r) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types)
WHERE {
  %VALUES%
  ?e rdfs:label|skos:altLabel ?l . %CLASS%
  FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?q)))
  FILTER(STRSTARTS(STR(?e), "https://kgqa.dev/id/") && !STRSTARTS(STR(?e), "https://kgqa.dev/id/article/"))
  BIND(IF(STRSTARTS(LCASE(STR(?l)), LCASE(?q)), 0, 1) AS ?rank)
  OPTIONAL { ?e a ?t }
} GROUP BY ?e ORDER BY ?r STRLEN(?label) ?label LIMIT %LIMIT%"""
)


def suggest_entities(kg: KnowledgeGraph, prefix: str, kind: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
    """Entities whose label or alias contains `prefix` (starting with it first), optionally of one kind."""
    prefix = (prefix or "").strip()[:100]
    if not prefix:
        return []
    cls = ENTITY_KINDS.get(kind or "")
    q = (
        Q_SUGGEST.replace("%VALUES%", _values("q", prefix))
        .replace("%CLASS%", f"?e a {cls} ." if cls else "")
        .replace("%LIMIT%", str(max(1, min(int(limit), 50))))
    )
    out = []
    for r in kg.query(q).rows:
        types = (_v(r.get("types")) or "").split()
        out.append({"iri": _v(r["e"]), "label": _v(r["label"]), "type": type_label(types)})
    return out


# ---------------------------------------------------------------- RDF serializations
RDF_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}


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


def describe(kg: KnowledgeGraph, iri: str, fmt: str = "turtle") -> bytes:
    """A node's triples (both directions) serialized for content negotiation."""
    return serialize_triples(kg.query(Q_DESCRIBE, {"e": URIRef(iri)}), fmt)


def sparql_prologue() -> str:
    """The PREFIX lines the editor starts with."""
    return PROLOGUE


Q_TYPES = "SELECT DISTINCT ?t WHERE { ?e a ?t }"


def node_type(kg: KnowledgeGraph, iri: str) -> dict[str, str]:
    """The most specific known type of one node."""
    return type_label(kg.query(Q_TYPES, {"e": URIRef(iri)}).values("t"))


def exists(kg: KnowledgeGraph, iri: str) -> bool:
    """Whether any triple has this IRI as subject or object."""
    return bool(kg.query("ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }", {"e": URIRef(iri)}).boolean)


Q_PAGE_ARTICLES = (
    PROLOGUE
    + """
SELECT ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:isPartOf ?page ; kgqa:position ?pos } } ORDER BY ?pos"""
)


def articles_of_text(kg: KnowledgeGraph, page_text: str) -> list[dict[str, Any]]:
    """The stored articles of a page (as ingested from exactly this text), each with its facts."""
    from .mapping import page_id

    page = ID[f"page/{page_id(page_text)}"]
    out = []
    for iri in kg.query(Q_PAGE_ARTICLES, {"page": page}).values("a"):
        item = article(kg, iri)
        if item is not None:
            out.append(item)
    return out
