"""Graph stores: one interface, implementations behind a registry.

`open_store(location)` picks the implementation from the location:

- a directory path (or `oxigraph:PATH`): the embedded persistent Oxigraph store (default);
- `memory:`: an in-memory Oxigraph store (tests, `kgqa extract`);
- `http://…` / `https://…` (or `sparql:URL`): any SPARQL 1.1 endpoint (Virtuoso, Oxigraph server,
  Fuseki); updates go to the same URL unless `update=` is given as `URL|UPDATE_URL`.

All writes of one ingest (drop the old graphs of a page, insert the new ones) are one transaction.

    >>> store = open_store("memory:")
    >>> store.query("ASK { ?s ?p ?o }").boolean
    False
"""
from __future__ import annotations

import io
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .results import Results, Term

Quad = tuple[Node, Node, Node, URIRef]


@dataclass(frozen=True)
class Dataset:
    """A query's RDF dataset by graph IRIs (SPARQL 1.1 Protocol default-graph-uri / named-graph-uri)."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] | None = None     # None: every named graph of the store


class StoreError(Exception):
    """The store cannot be opened, read or written; the message says why."""


# ---------------------------------------------------------------- term conversion
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> Any:
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def valid_iri(text: str) -> bool:
    """Whether the store accepts `text` as an absolute IRI (RFC 3987: scheme, host, port, escapes)."""
    try:
        ox.NamedNode(text)
    except (ValueError, TypeError):
        return False
    return True


def ox_to_term(term: Any) -> Term | None:
    """pyoxigraph term -> engine-neutral Term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else None
        return Term("literal", term.value, None if dt == _XSD_STRING or term.language else dt, term.language)
    return Term("literal", str(term))


def term_to_rdflib(term: Term | None) -> Node | None:
    """Engine-neutral Term -> rdflib term."""
    if term is None:
        return None
    if term.kind == "uri":
        return URIRef(term.value)
    if term.kind == "bnode":
        return BNode(term.value)
    return Literal(term.value, lang=term.lang, datatype=URIRef(term.datatype) if term.datatype else None)


# ---------------------------------------------------------------- interface
DUMP_FORMATS: dict[str, tuple[str, str]] = {   # name -> (media type, file extension)
    "turtle": ("text/turtle", "ttl"),
    "trig": ("application/trig", "trig"),
    "nt": ("application/n-triples", "nt"),
    "nquads": ("application/n-quads", "nq"),
    "jsonld": ("application/ld+json", "jsonld"),
}


OX_FORMATS: dict[str, ox.RdfFormat] = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                                        "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}


class GraphStore(ABC):
    """Where the triples live: named graphs, atomic replacement, SPARQL with bound variables."""

    location: str = ""
    persistent: bool = False

    @abstractmethod
    def replace(self, drop: Iterable[URIRef], quads: Iterable[Quad]) -> None:
        """Drop these named graphs and add these quads, all in one transaction."""

    @abstractmethod
    def query(self, sparql: str, bindings: dict[str, Node] | None = None,
              union_default: bool = True, limit: int | None = None, dataset: Dataset | None = None,
              base_iri: str | None = None) -> Results:
        """Run a SPARQL query with variables bound to terms (never pasted into the text); `dataset` (when not
        None) replaces the default union and the query's own FROM / FROM NAMED; `base_iri` resolves relative IRIs."""

    @abstractmethod
    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        """Write every quad (or, for triple formats, every triple of the union) to `out`."""

    @abstractmethod
    def quad_count(self) -> int:
        """How many quads the store holds."""

    def reader_spec(self) -> tuple[str, Any]:
        """How another process opens a read-only view of this store (picklable; see `open_reader`)."""
        return ("location", self.location)

    def stream_rows(self, sparql: str) -> Iterator[tuple[str | None, ...]]:
        """The rows of a SELECT over the union of graphs, one at a time, as tuples of plain strings (None when
        unbound) in projection order: `for label, iri in store.stream_rows(q): ...` (bulk reads such as the
        question index)."""
        res = self.query(sparql)
        for row in res.rows:
            yield tuple(None if row.get(v) is None else row[v].value for v in res.vars)

    def bulk_add(self, quads: Iterable[Quad]) -> None:
        """Add many quads fast (no transaction guarantee); for loading synthetic or dumped data."""
        self.replace([], quads)

    def close(self) -> None:
        """Flush and release the store."""


StoreFactory = Callable[[str], GraphStore]
REGISTRY: dict[str, StoreFactory] = {}


def register(scheme: str) -> Callable[[StoreFactory], StoreFactory]:
    """Register a store implementation for locations starting with `scheme:`."""

    def deco(factory: StoreFactory) -> StoreFactory:
        REGISTRY[scheme] = factory
        return factory

    return deco


def open_reader(spec: tuple[str, Any]) -> GraphStore:
    """Open the read-only view `GraphStore.reader_spec` describes (in a query worker process)."""
    kind, value = spec
    if kind == "nquads":              # an in-memory store travels as its N-Quads
        store = OxigraphStore(None)
        store._store.load(value, ox.RdfFormat.N_QUADS)   # bulk_load would reserve 200 MB up front
        return store
    return open_store(value, read_only=True)


def open_store(location: str, read_only: bool = False) -> GraphStore:
    """Open the store a location names (see module docstring).

    >>> open_store("memory:").persistent
    False
    """
    loc = str(location)
    for scheme in ("http", "https"):
        if loc.startswith(scheme + "://"):
            return REGISTRY["sparql"](loc)
    scheme, sep, rest = loc.partition(":")
    if sep and scheme in REGISTRY and not (len(scheme) == 1 and os.name == "nt"):
        return REGISTRY[scheme](rest) if scheme != "oxigraph" else OxigraphStore(rest, read_only)
    return OxigraphStore(loc, read_only)


# ---------------------------------------------------------------- Oxigraph (embedded, default)
class OxigraphStore(GraphStore):
    """The embedded Oxigraph store: persistent on disk (RocksDB), or in memory when path is None."""

    def __init__(self, path: str | None, read_only: bool = False) -> None:
        self.location = path or "memory:"
        self.persistent = path is not None
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (Path(path) / "CURRENT").is_file():
                    raise StoreError(f"no store at {path} to read")
                self._store = ox.Store.read_only(path)    # never takes the lock: readable while served
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(path)
        except OSError as exc:
            hint = " (is another kgqa process, such as `kgqa serve`, using it?)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open store {path}: {exc}{hint}") from exc

    def replace(self, drop: Iterable[URIRef], quads: Iterable[Quad]) -> None:
        update = update_text(drop, quads, self.location)
        if update:
            try:
                self._store.update(update)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"write to {self.location} failed: {exc}") from exc

    def bulk_add(self, quads: Iterable[Quad]) -> None:
        self._store.bulk_extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads)

    def reader_spec(self) -> tuple[str, Any]:
        if self.persistent:
            return ("location", self.location)
        buf = io.BytesIO()
        self._store.dump(buf, ox.RdfFormat.N_QUADS)
        return ("nquads", buf.getvalue())

    def stream_rows(self, sparql: str) -> Iterator[tuple[str | None, ...]]:
        # read straight from the engine, one solution at a time, with no per-term objects: this keeps the
        # question index build at a few seconds on a million quads
        try:
            solutions = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise ValueError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"read from {self.location} failed: {exc}") from exc
        width = len(solutions.variables)
        for solution in solutions:
            yield tuple(None if (term := solution[i]) is None else term.value for i in range(width))

    def query(self, sparql: str, bindings: dict[str, Node] | None = None,
              union_default: bool = True, limit: int | None = None, dataset: Dataset | None = None,
              base_iri: str | None = None) -> Results:
        started = time.perf_counter()
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        scope: dict[str, Any] = {"use_default_graph_as_union": union_default}
        if dataset is not None:
            scope = {"default_graph": [ox.NamedNode(g) for g in dataset.default],
                     "named_graphs": None if dataset.named is None else [ox.NamedNode(g) for g in dataset.named]}
        try:
            raw = self._store.query(sparql, substitutions=subs or None, base_iri=base_iri, **scope)
        except SyntaxError as exc:
            raise ValueError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"read from {self.location} failed: {exc}") from exc
        except RuntimeError as exc:
            if not subs or "projection" not in str(exc):
                raise ValueError(f"SPARQL evaluation error: {exc}") from exc
            # substitution reaches projected variables only: bind the others with an escaped VALUES block
            raw = self._store.query(_with_values(sparql, bindings or {}), base_iri=base_iri, **scope)
        results = _ox_results(raw, limit)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        if fmt == "jsonld":
            _dump_jsonld(self, out)
            return
        ox_fmt = OX_FORMATS[fmt]
        if ox_fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            self._store.dump(out, ox_fmt, prefixes=_prefixes() if fmt == "trig" else None)
            return
        # triple formats: the union of all graphs, each distinct triple once, streamed (see _union_triples)
        ox.serialize(self._union_triples(), out, ox_fmt, prefixes=_prefixes() if fmt == "turtle" else None)

    def _union_triples(self) -> Iterator[Any]:
        """Each distinct triple of the named graphs once, subject by subject, without holding them all.

        Held at once: the set of distinct subjects (a fraction of the triples) and the triples of one
        subject, deduplicated there (a triple held by several graphs, e.g. an entity typed in its graph and
        in articles, comes once). Each subject's triples come together, which keeps Turtle compact.
        """
        for (subject,) in self._store.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"):
            seen: set[Any] = set()
            for quad in self._store.quads_for_pattern(subject, None, None, None):
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    continue
                triple = quad.triple
                if triple not in seen:
                    seen.add(triple)
                    yield triple

    def quad_count(self) -> int:
        return len(self._store)

    def close(self) -> None:
        try:
            self._store.flush()
        except (OSError, AttributeError, RuntimeError):  # RuntimeError: read-only stores cannot flush
            pass
        del self._store


def update_text(drop: Iterable[URIRef], quads: Iterable[Quad], location: str) -> str:
    """One SPARQL update that drops these graphs and inserts these quads (terms escaped by rdflib's n3)."""
    parts = [f"DROP SILENT GRAPH <{g}>" for g in drop]
    body: dict[str, list[str]] = {}
    try:
        for s, p, o, g in quads:
            body.setdefault(str(g), []).append(f"{s.n3()} {p.n3()} {_literal_n3(o)} .")
    except Exception as exc:  # rdflib refuses to write some term (an IRI with spaces...): nothing written
        raise StoreError(f"write to {location} refused: {exc}") from exc
    if body:
        graphs = " ".join(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in body.items())
        parts.append(f"INSERT DATA {{ {graphs} }}")
    return " ;\n".join(parts)


def _literal_n3(term: Node) -> str:
    # rdflib writes long strings with triple quotes, fine for SPARQL; make sure no raw control chars slip
    return term.n3()


def _prefixes() -> dict[str, str]:
    from .vocab import PREFIXES
    return dict(PREFIXES)


def _ox_results(raw: Any, limit: int | None) -> Results:
    if isinstance(raw, ox.QueryBoolean):
        return Results("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        names = [v.value for v in raw.variables]
        rows: list[dict[str, Term | None]] = []
        truncated = False
        for solution in raw:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append({n: ox_to_term(solution[n]) for n in names})
        return Results.select(names, rows, truncated=truncated)
    triples = []
    truncated = False
    for t in raw:
        if limit is not None and len(triples) >= limit:
            truncated = True
            break
        triples.append((ox_to_term(t.subject), ox_to_term(t.predicate), ox_to_term(t.object)))
    return Results("graph", triples=triples, truncated=truncated)


def _dump_jsonld(store: GraphStore, out: IO[bytes]) -> None:
    """JSON-LD through rdflib (pyoxigraph has no JSON-LD writer): one named graph per article kept."""
    from rdflib import Dataset
    ds = Dataset()
    res = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union_default=False)
    for row in res.rows:
        ds.graph(URIRef(row["g"].value)).add(
            (term_to_rdflib(row["s"]), term_to_rdflib(row["p"]), term_to_rdflib(row["o"])))
    out.write(ds.serialize(format="json-ld", context=_prefixes(), auto_compact=True).encode("utf-8"))


@register("oxigraph")
def _oxigraph(rest: str) -> GraphStore:
    return OxigraphStore(rest)


@register("memory")
def _memory(rest: str) -> GraphStore:
    return OxigraphStore(None)


# ---------------------------------------------------------------- remote SPARQL 1.1 endpoint
class SparqlEndpointStore(GraphStore):
    """Any SPARQL 1.1 endpoint (query + update), reached with SPARQLWrapper."""

    def __init__(self, location: str) -> None:
        query_url, _, update_url = location.partition("|")
        self.location = location
        self.persistent = True
        self.query_url = query_url
        self.update_url = update_url or query_url

    def _wrapper(self, url: str) -> Any:
        from SPARQLWrapper import SPARQLWrapper
        w = SPARQLWrapper(url)
        w.setTimeout(60)
        return w

    def replace(self, drop: Iterable[URIRef], quads: Iterable[Quad]) -> None:
        from SPARQLWrapper import POST
        update = update_text(drop, quads, self.location)
        if not update:
            return
        w = self._wrapper(self.update_url)
        w.setMethod(POST)
        w.setQuery(update)
        try:
            w.query()
        except Exception as exc:  # network and HTTP errors of any kind
            raise StoreError(f"update at {self.update_url} failed: {exc}") from exc

    def query(self, sparql: str, bindings: dict[str, Node] | None = None,
              union_default: bool = True, limit: int | None = None, dataset: Dataset | None = None,
              base_iri: str | None = None) -> Results:
        from SPARQLWrapper import JSON, N3
        from SPARQLWrapper.Wrapper import QueryResult
        started = time.perf_counter()
        text = _with_values(sparql, bindings or {})
        w = self._wrapper(self.query_url)
        w.setQuery(text if base_iri is None else f"BASE <{base_iri}>\n{text}")
        for g in dataset.default if dataset else ():
            w.addDefaultGraph(g)
        for g in (dataset.named or ()) if dataset else ():
            w.addNamedGraph(g)
        kind = w.queryType
        w.setReturnFormat(N3 if kind in ("CONSTRUCT", "DESCRIBE") else JSON)
        try:
            res: QueryResult = w.query()
            converted = res.convert()
        except Exception as exc:
            raise StoreError(f"query at {self.query_url} failed: {exc}") from exc
        if kind in ("CONSTRUCT", "DESCRIBE"):
            from rdflib import Graph
            g = Graph().parse(data=converted, format="turtle")
            triples = [(_rdflib_to_term(s), _rdflib_to_term(p), _rdflib_to_term(o)) for s, p, o in g]
            out = Results("graph", triples=triples[:limit] if limit else triples,
                          truncated=bool(limit and len(triples) > limit))
        elif "boolean" in converted:
            out = Results("ask", boolean=bool(converted["boolean"]))
        else:
            names = converted["head"]["vars"]
            rows = [{n: _json_to_term(b.get(n)) for n in names} for b in converted["results"]["bindings"]]
            out = Results.select(names, rows[:limit] if limit else rows, truncated=bool(limit and len(rows) > limit))
        out.elapsed_ms = (time.perf_counter() - started) * 1000
        return out

    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        if fmt == "jsonld":
            _dump_jsonld(self, out)
            return
        res = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union_default=False)
        ds = ox.Dataset()
        for row in res.rows:
            ds.add(ox.Quad(*(to_ox(term_to_rdflib(row[k])) for k in ("s", "p", "o", "g"))))
        ox_fmt = OX_FORMATS[fmt]
        if fmt in ("turtle", "nt"):
            seen = {ox.Triple(q.subject, q.predicate, q.object) for q in ds}
            ox.serialize(sorted(seen, key=str), out, ox_fmt)
        else:
            ox.serialize(ds, out, ox_fmt)

    def quad_count(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union_default=False)
        return int(res.rows[0]["n"].value) if res.rows else 0


def _with_values(sparql: str, bindings: dict[str, Node]) -> str:
    """Bind variables for an endpoint without substitution support: a VALUES block opening the WHERE group."""
    if not bindings:
        return sparql
    import re
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(v.n3() for v in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    m = re.search(r"WHERE\s*\{", sparql, re.IGNORECASE)
    if not m:
        raise ValueError("a query with bound variables needs a WHERE clause")
    return sparql[: m.end()] + block + sparql[m.end():]


def _json_to_term(b: dict | None) -> Term | None:
    if b is None:
        return None
    kind = {"uri": "uri", "bnode": "bnode"}.get(b["type"], "literal")
    return Term(kind, b["value"], b.get("datatype"), b.get("xml:lang"))


def _rdflib_to_term(t: Node) -> Term:
    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    dt = str(t.datatype) if getattr(t, "datatype", None) else None
    return Term("literal", str(t), dt, getattr(t, "language", None))


@register("sparql")
def _sparql(rest: str) -> GraphStore:
    return SparqlEndpointStore(rest)
