"""The graph's counts (home page, `kgqa stats`) kept in a small summary graph, updated with every write.

Recounting means a pass over the whole graph (1.6 s at 10k articles, 19 s at 100k); instead each write works
out how it changes every count from the quads it drops and adds alone, with one index lookup per quad or
node touched (`GraphStore.has_quad`), and writes the new counts in the same transaction as the page. The
summary graph holds one triple per count; its own quads and triples are counted in `graphs`, `quads` and
`triples` (a dump has as many), not stored in them (the stored counts are of the rest of the store).

    >>> from kgqa.kg.store import open_store
    >>> recount(open_store("memory:"))["articles"]
    0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from .results import Results, value_of
from .store import GraphStore, Quad, term_to_rdflib
from .vocab import BASE, GRAPH, ID, KGQA, ORG, PROLOGUE, RDF, SCHEMA, XSD

SUMMARY_GRAPH = URIRef(BASE + "graph/summary")
COUNT = BASE + "ns/count#"  # count:articles ... (bookkeeping, not part of the ontology)
MENTIONS = str(SCHEMA.mentions)
TYPED = {
    "articles": str(SCHEMA.NewsArticle),
    "posts": str(ORG.Post),
    "agreements": str(KGQA.Agreement),
    "events": str(SCHEMA.Event),
}
MENTIONED = {
    "persons": str(SCHEMA.Person),
    "organizations": str(SCHEMA.Organization),
    "development_zones": str(KGQA.DevelopmentZone),
}
KEYS = (
    "articles",
    "persons",
    "organizations",
    "development_zones",
    "posts",
    "agreements",
    "events",
    "graphs",
    "quads",
    "triples",
)


# ---------------------------------------------------------------- counting everything (the reference)
def _count(res: Results, var: str = "n") -> int:
    """The integer a one-row COUNT query gave (0 when it gave none)."""
    return int(value_of(res.rows[0], var) or 0) if res.rows else 0


def recount(store: GraphStore) -> dict[str, int]:
    """Every count by a pass over the store (what the summary must always equal), the summary graph left out."""
    counts = {}
    for key, cls in TYPED.items():
        counts[key] = _count(store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <{cls}> }} }}"))
    for key, cls in MENTIONED.items():
        counts[key] = _count(
            store.query(
                PROLOGUE
                + f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{
            GRAPH ?g {{ ?a schema:mentions ?x }} ?x a <{cls}> }}"""
            )
        )
    keep = f"FILTER(?g != <{SUMMARY_GRAPH}>)"
    counts["graphs"] = _count(
        store.query(
            f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}", union_default=False
        )
    )
    counts["quads"] = _count(
        store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}", union_default=False)
    )
    counts["triples"] = _count(
        store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }} }}",
            union_default=False,
        )
    )
    return {k: counts[k] for k in KEYS}


# ---------------------------------------------------------------- the summary graph
PREDICATES = {k: URIRef(COUNT + k) for k in KEYS}


@functools.lru_cache(maxsize=4096)
def _number(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def summary_quads(counts: dict[str, int]) -> list[Quad]:
    """The summary graph's quads for these counts."""
    return [(SUMMARY_GRAPH, PREDICATES[k], _number(int(counts[k])), SUMMARY_GRAPH) for k in KEYS]


def read_summary(store: GraphStore) -> dict[str, int] | None:
    """The counts the summary graph holds, or None when there is none (a store older than it) or it is partial."""
    res = store.query("SELECT ?p ?n WHERE { GRAPH ?g { ?g ?p ?n } }", {"g": SUMMARY_GRAPH}, union_default=False)
    got = {}
    for row in res.rows:
        key = (value_of(row, "p") or "")[len(COUNT) :]
        n = value_of(row, "n")
        if key in KEYS and n is not None:
            try:
                got[key] = int(n)
            except ValueError:
                return None
    return got if len(got) == len(KEYS) else None


def reported(counts: dict[str, int]) -> dict[str, int]:
    """The counts as shown: the summary graph's own graph, quads and triples included (dumps hold them)."""
    out = dict(counts)
    out["graphs"] += 1
    out["quads"] += len(KEYS)
    out["triples"] += len(KEYS)
    return out


# ---------------------------------------------------------------- what one write changes
def _old_quads(store: GraphStore, drop: frozenset[str]) -> set[Quad]:
    """The quads of the graphs about to be dropped."""
    if not drop:
        return set()
    values = " ".join(f"<{g}>" for g in sorted(drop))
    res = store.query(
        f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}", union_default=False
    )
    return {tuple(term_to_rdflib(r[k]) for k in ("s", "p", "o", "g")) for r in res.rows}  # type: ignore[misc]


TYPE = str(RDF.type)  # plain strings: see _key
ARTICLE_GRAPHS = str(GRAPH) + "article/"


def _local_prefixes(graphs: set[str]) -> set[str]:
    """The IRIs under which the page owning these article graphs mints its own nodes (see kg.mapping: graph
    article/PID-I holds article PID-I, its facts article/PID-I/…, and page PID)."""
    out = set()
    for g in graphs:
        if g.startswith(ARTICLE_GRAPHS):
            name = g[len(ARTICLE_GRAPHS) :]
            out |= {f"{ID}article/{name}", f"{ID}page/{name.rsplit('-', 1)[0]}"}
    return out


def _key(term: Node) -> Any:
    """A plain, fast-hashing key for a term (rdflib terms hash and compare in Python)."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return ("L", str(term), str(term.datatype or ""), term.language or "")
    return ("B", str(term))


class _Change:
    """The store before a write (drop these graphs, add these quads) and after it, fact by fact; each index
    lookup made once, none for the page's own nodes. Terms are handled as plain keys (`_key`)."""

    def __init__(self, store: GraphStore, drop: Iterable[Node], quads: Iterable[Quad]) -> None:
        self.store = store
        self.drop = frozenset(str(g) for g in drop)
        self.term: dict[Any, Node] = {}
        self._by_id: dict[int, Any] = {}  # id(term) -> its key, while the quads are held (see `_keys`)
        summary = str(SUMMARY_GRAPH)
        held = list(quads)  # every term alive while keyed by its id
        self.new = {keys for keys in map(self._keys, held) if keys[3] != summary}
        self.old = {self._keys(q) for q in _old_quads(store, self.drop)}
        del self._by_id
        self.all = self.new | self.old
        self.new_triples = {q[:3] for q in self.new}
        self.new_po = {q[1:3] for q in self.new}
        self.old_triples = {q[:3] for q in self.old}
        self.seen: dict[tuple, bool] = {}
        prefixes = _local_prefixes({q[3] for q in self.new} | self.drop)
        under = tuple(x + "/" for x in prefixes)
        nodes = {t for q in self.all for t in (q[0], q[2]) if isinstance(t, str)}
        self.local = {t for t in nodes if t in prefixes or t.startswith(under)}  # a prefix, or under it

    def _keys(self, quad: Quad) -> tuple:
        """The quad's keys; each term object's key made once (a page's ~250 quads share ~150 term objects, see
        kg/ingest.py `_shared_terms`), which is safe while every quad keyed is alive (ids are not reused)."""
        out = []
        for t in quad:
            k = self._by_id.get(id(t))
            if k is None:
                k = self._by_id[id(t)] = _key(t)
                self.term.setdefault(k, t)
            out.append(k)
        return tuple(out)

    def _term(self, key: Any) -> Node:
        """The term of a key (an IRI's key is its text); `is None`, as a literal 0 or "" is falsy."""
        term = self.term.get(key)
        return URIRef(key) if term is None else term

    def has(self, s: Any, p: Any, o: Any, g: Any = None, after: bool = False) -> bool:
        """Whether the store holds a match now (or, with `after`, outside the graphs about to be dropped: the same
        lookup when none are, so it is made once; a page's first write drops none)."""
        key = (s, p, o, g, after and bool(self.drop))
        if key not in self.seen:
            ts, tp, to, tg = (None if k is None else self._term(k) for k in (s, p, o, g))
            self.seen[key] = self.store.has_quad(ts, tp, to, tg, skip=self.drop if after else frozenset())
        return self.seen[key]

    def before(self, s: Any, p: Any, o: Any) -> bool:
        if s in self.local or o in self.local:  # the page's own nodes: only in the graphs dropped
            return (s, p, o) in self.old_triples
        return self.has(s, p, o)

    def after(self, s: Any, p: Any, o: Any) -> bool:
        if (s, p, o) in self.new_triples or (s is None and (p, o) in self.new_po):
            return True
        return False if (s in self.local or o in self.local) else self.has(s, p, o, after=True)

    def flip(self, s: Any, p: Any, o: Any) -> int:
        """+1 when the triple is there after the write and was not before, -1 the other way, else 0."""
        return int(self.after(s, p, o)) - int(self.before(s, p, o))

    def graphs(self) -> int:
        new_graphs = {q[3] for q in self.new}
        delta = 0
        for g in new_graphs | self.drop:
            before = self.has(None, None, None, g)
            delta += int(g in new_graphs or (before and g not in self.drop)) - int(before)
        return delta

    def quads(self) -> int:
        fresh = {g: g in self.drop or not self.has(None, None, None, g) for g in {q[3] for q in self.new}}
        added = 0
        for q in self.new:
            if fresh[q[3]]:
                added += 1
            elif self.has(*q):
                self.seen[(*q[:3], None, False)] = True  # so the triple is there too: no second lookup
            else:
                added += 1
        return added - len(self.old)

    def triples(self) -> int:
        return sum(self.flip(s, p, o) for s, p, o in self.new_triples | self.old_triples)

    def typed(self) -> dict[str, int]:
        """The change in the number of nodes of each class (typed in any named graph)."""
        delta: dict[str, int] = {}
        for x, cls in {(q[0], q[2]) for q in self.all if q[1] == TYPE}:
            delta[cls] = delta.get(cls, 0) + self.flip(x, TYPE, cls)
        return delta

    def mentioned(self, classes: Iterable[str]) -> dict[str, int]:
        """The change in the number of nodes of each class that some article mentions."""
        classes = set(classes)
        nodes = {q[2] for q in self.all if q[1] == MENTIONS} | {
            q[0] for q in self.all if q[1] == TYPE and q[2] in classes
        }
        delta = dict.fromkeys(classes, 0)
        for x in nodes:
            was, now = self.before(None, MENTIONS, x), self.after(None, MENTIONS, x)
            if not (was or now):
                continue
            for cls in classes:
                delta[cls] += int(now and self.after(x, TYPE, cls)) - int(was and self.before(x, TYPE, cls))
        return delta


def changed(store: GraphStore, counts: dict[str, int], drop: Iterable[Node], quads: list[Quad]) -> dict[str, int]:
    """The counts after a write that drops these graphs and adds these quads (computed before it is made)."""
    c = _Change(store, drop, quads)
    out = dict(counts)
    out["quads"] += c.quads()  # first: the quads found tell which triples are there
    typed = c.typed()
    for key, cls in TYPED.items():
        out[key] += typed.get(cls, 0)
    mentioned = c.mentioned(MENTIONED.values())
    for key, cls in MENTIONED.items():
        out[key] += mentioned[cls]
    out["graphs"] += c.graphs()
    out["triples"] += c.triples()
    return out


__all__ = ["SUMMARY_GRAPH", "KEYS", "recount", "read_summary", "summary_quads", "reported", "changed"]
