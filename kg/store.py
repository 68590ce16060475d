"""Graph stores: one interface, implementations behind a registry.

`open_store(location)` picks the implementation from the location:

- a directory path (or `oxigraph:PATH`): the embedded persistent Oxigraph store (default);
- `memory:`: an in-memory Oxigraph store (tests, `kgqa extract`);
- `http://…` / `https://…` (or `sparql:URL`): any SPARQL 1.1 endpoint (Virtuoso, Oxigraph server,
  Fuseki); updates go to the same URL unless given as `QUERY_URL|UPDATE_URL` or by the store_update_url
  setting (KGQA_STORE_UPDATE_URL); credentials from KGQA_STORE_USER / KGQA_STORE_PASSWORD or ~/.netrc.

All writes of one ingest (drop the old graphs of a page, insert the new ones) are one transaction.

A persistent embedded store also keeps a write stamp (`GraphStore.write_stamp`): a token in a file inside
its directory that every write changes, marked "being written" (and synced) before the write and given a
new value after it, so that caches kept with the store (`GraphStore.sidecar`: the question index) are
used only for the exact state they were made from. Other stores have no stamp: their caches are rebuilt.

    >>> store = open_store("memory:")
    >>> store.query("ASK { ?s ?p ?o }").boolean
    False
"""

from __future__ import annotations

import functools
import io
import os
import sys
import time
import uuid
from abc import ABC, abstractmethod
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, overload

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .results import Results, Term, bound, value_of

Quad = tuple[Node, Node, Node, URIRef]
Made = tuple[int, str]  # (n, text): the INSERT DATA text of the first n quads of a write, made beforehand


@dataclass(frozen=True)
class Dataset:
    """A query's RDF dataset by graph IRIs (SPARQL 1.1 Protocol default-graph-uri / named-graph-uri)."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] | None = None  # None: every named graph of the store


@dataclass(frozen=True)
class QueryOptions:
    """How `GraphStore.query` runs a query: variables bound to terms, the default graph, a row cap, a dataset
    and a base IRI."""

    bindings: dict[str, Node]
    union_default: bool = True
    limit: int | None = None
    dataset: Dataset | None = None
    base_iri: str | None = None


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


@functools.lru_cache(maxsize=65536)
def _ox_cached(term: Node) -> Any:
    """to_ox for lookups, remembered (the same entities and predicates come again and again)."""
    return to_ox(term)


def valid_iri(text: str) -> bool:
    """Whether the store accepts `text` as an absolute IRI (RFC 3987: scheme, host, port, escapes)."""
    try:
        ox.NamedNode(text)
    except (ValueError, TypeError):
        return False
    return True


@overload
def ox_to_term(term: None) -> None: ...
@overload
def ox_to_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Term: ...
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


def term_to_ox(term: Term) -> Any:
    """Engine-neutral Term -> pyoxigraph term, the lexical form kept as it is (rdflib would normalise numbers)."""
    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


@overload
def term_to_rdflib(term: Term) -> Node: ...
@overload
def term_to_rdflib(term: None) -> None: ...
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
DUMP_FORMATS: dict[str, tuple[str, str]] = {  # name -> (media type, file extension)
    "turtle": ("text/turtle", "ttl"),
    "trig": ("application/trig", "trig"),
    "nt": ("application/n-triples", "nt"),
    "nquads": ("application/n-quads", "nq"),
    "jsonld": ("application/ld+json", "jsonld"),
}


OX_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}


class GraphStore(ABC):
    """Where the triples live: named graphs, atomic replacement, SPARQL with bound variables."""

    location: str = ""
    persistent: bool = False
    keeps_summary: bool = True  # counts kept in a summary graph at each write (kg/summary.py): fast lookups

    @abstractmethod
    def replace(
        self, drop: Iterable[URIRef], quads: Iterable[Quad], remove: Iterable[Quad] = (), made: Made | None = None
    ) -> None:
        """Drop these named graphs, remove these quads (those the store holds) and add these quads, all in one
        transaction. `made`: (n, text), the INSERT DATA text of the first n quads (`data_block`), made beforehand
        (by an ingest worker); stores that write SPARQL use it instead of writing those quads again."""

    def query(
        self,
        sparql: str,
        bindings: dict[str, Node] | None = None,
        union_default: bool = True,
        limit: int | None = None,
        dataset: Dataset | None = None,
        base_iri: str | None = None,
    ) -> Results:
        """Run a SPARQL query with variables bound to terms (never pasted into the text); `dataset` (when not
        None) replaces the default union and the query's own FROM / FROM NAMED; `base_iri` resolves relative IRIs."""
        started = time.perf_counter()
        results = self.run_query(sparql, QueryOptions(bindings or {}, union_default, limit, dataset, base_iri))
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    @abstractmethod
    def run_query(self, sparql: str, opts: QueryOptions) -> Results:
        """The backend's part of `query` (which times it): run the query as `opts` says."""

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
            yield tuple(value_of(row, v) for v in res.vars)

    def values(self, subject: str, predicate: str) -> list[str]:
        """The values (IRIs, literals' lexical forms) of `predicate` on the IRI `subject` in the union of the
        graphs, in the store's order: what `SELECT ?o WHERE { <subject> <predicate> ?o }` streams (the IRIs are
        checked by the caller)."""
        return [v for (v,) in self.stream_rows(f"SELECT ?o WHERE {{ <{subject}> <{predicate}> ?o }}") if v is not None]

    def graphs_with(self, predicate: str, obj: str) -> list[str]:
        """The named graphs holding a quad `?s <predicate> <obj>` (both IRIs), each once, in no particular order."""
        found = self.query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"p": URIRef(predicate), "o": URIRef(obj)}
        )
        return [str(g) for g in found.values("g")]

    def has_quad(
        self, s: Node | None, p: Node | None, o: Node | None, g: Node | None = None, skip: frozenset[str] = frozenset()
    ) -> bool:
        """Whether a quad matches (None matches any term) in a named graph other than those in `skip`."""
        bound = {k: v for k, v in (("s", s), ("p", p), ("o", o), ("g", g)) if v is not None}
        skipped = ", ".join(f"<{x}>" for x in sorted(skip))
        where = "GRAPH ?g { ?s ?p ?o }" + (f" FILTER(?g NOT IN ({skipped}))" if skip else "")
        return bool(self.query(f"ASK {{ {where} }}", bound, union_default=False).boolean)

    def bulk_add(self, quads: Iterable[Quad]) -> None:
        """Add many quads fast (no transaction guarantee); for loading synthetic or dumped data."""
        self.replace([], quads)

    def clear(self) -> int:
        """Remove kgqa's graphs (everything under https://kgqa.dev/graph/ and leftover staging graphs); how
        many graphs were removed."""
        raise StoreError(f"{self.location}: this store cannot be cleared")

    def write_stamp(self) -> str | None:
        """A token naming the store's current state, changed by every write (None: unknown, or a write under
        way); a cache made from the store is used again only under the stamp it was made at."""
        return None

    def sidecar(self, name: str) -> Path | None:
        """Where a cache kept with the store (such as the question index) lives; None when it has no place."""
        return None

    def flush(self, release: bool = False) -> None:
        """Write what the store holds in memory for writes to disk (during a long ingest); a no-op where none.
        With `release`, also let go of what the store keeps for reads (caches), where it can."""

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


@functools.lru_cache(maxsize=1)
def _empty() -> ox.Store:
    return ox.Store()


def check_syntax(sparql: str) -> None:
    """Raise ValueError when a SPARQL query does not parse (the embedded engine's parser, on an empty store)."""
    try:
        _empty().query(sparql)
    except SyntaxError as exc:
        raise ValueError(str(exc)) from exc


def open_reader(spec: tuple[str, Any]) -> GraphStore:
    """Open the read-only view `GraphStore.reader_spec` describes (in a query worker process)."""
    kind, value = spec
    if kind == "nquads":  # an in-memory store travels as its N-Quads
        store = OxigraphStore(None)
        store._store.load(value, ox.RdfFormat.N_QUADS)  # bulk_load would reserve 200 MB up front
        return store
    return open_store(value, read_only=True)


def open_store(location: str, read_only: bool = False) -> GraphStore:
    """Open the store a location names (see module docstring).

    >>> open_store("memory:").persistent
    False
    """
    loc = str(location)
    if loc.startswith(("http://", "https://")):
        return SparqlEndpointStore(loc, read_only)
    scheme, sep, rest = loc.partition(":")
    if sep and scheme in REGISTRY and not (len(scheme) == 1 and os.name == "nt"):
        if scheme == "oxigraph":
            return OxigraphStore(rest, read_only)
        return SparqlEndpointStore(rest, read_only) if scheme == "sparql" else REGISTRY[scheme](rest)
    return OxigraphStore(loc, read_only)


# ---------------------------------------------------------------- Oxigraph (embedded, default)
STAMP_FILE = "kgqa-write-stamp"  # inside the store's directory (RocksDB leaves files it did not make alone)
WRITING = "writing-"  # the stamp while a write is under way (and after one cut short, until the next open)
STAMP_WIDTH = len(WRITING) + 32  # the stamp file's size: tokens are 32 hex digits, padded with spaces


READ_ONLY_TRIES = 6  # a read-only open that races the writer's compaction is tried again (0.05 s, then doubling)


def _open_read_only(path: str) -> ox.Store:
    """A read-only view of the store at path, tried again while the serving writer's compaction removes a file
    the open was about to read (RocksDB: "No such file ... MANIFEST may be corrupted"); StoreError after that.

    >>> _open_read_only("/nonexistent/kgqa-store")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kgqa.kg.store.StoreError: cannot open store /nonexistent/kgqa-store: ...
    """
    for attempt in range(READ_ONLY_TRIES):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError) as exc:
            raced = "No such file" in str(exc) and Path(path, "CURRENT").is_file()
            if not raced or attempt == READ_ONLY_TRIES - 1:
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


class OxigraphStore(GraphStore):
    """The embedded Oxigraph store: persistent on disk (RocksDB), or in memory when path is None."""

    def __init__(self, path: str | None, read_only: bool = False) -> None:
        self.location = path or "memory:"
        self.persistent = path is not None
        self.read_only = read_only
        self._stamp_file = Path(path) / STAMP_FILE if path is not None else None
        self._opened_at: str | None = None  # a read-only store: the stamp of the state it sees
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (Path(path) / "CURRENT").is_file():
                    raise StoreError(f"no store at {path} to read")
                self._opened_at = self._read_stamp()  # before opening: the snapshot is at least this new
                self._store = _open_read_only(path)  # never takes the lock: readable while served
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(path)
                if self._read_stamp() is None:  # new, made before stamps, or a write cut short: a fresh one
                    self._write_stamp_file(uuid.uuid4().hex)
        except OSError as exc:
            hint = " (is another kgqa process, such as `kgqa serve`, using it?)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open store {path}: {exc}{hint}") from exc

    def _read_stamp(self) -> str | None:
        """The stamp file's token; None when there is none, it cannot be read or a write is under way."""
        try:
            text = self._stamp_file.read_text(encoding="ascii").strip() if self._stamp_file else ""
        except (OSError, UnicodeDecodeError):
            return None
        return text if text and not text.startswith(WRITING) else None

    def _write_stamp_file(self, token: str, sync: bool = False) -> None:
        """Write the stamp file in place (synced to disk when `sync`: the mark must be there before the write is).

        Overwritten, padded to one width, never truncated: on ext4 a truncation of a file just written starts
        its writeback and waits for it (about 3.5 ms a call, two calls a page: 12% of an ingest's writer,
        bench/README.md); a file of a fixed size needs only its data synced."""
        if self._stamp_file is None:
            return
        data = token.encode("ascii").ljust(STAMP_WIDTH)
        fd = os.open(self._stamp_file, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            os.pwrite(fd, data, 0)
            if os.fstat(fd).st_size > len(data):  # a longer file of before: cut once
                os.ftruncate(fd, len(data))
            if sync:
                os.fdatasync(fd)
        finally:
            os.close(fd)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Around a write of a persistent store: the stamp marked as being written, then a new one."""
        if self._stamp_file is None or self.read_only:
            yield
            return
        self._write_stamp_file(WRITING + uuid.uuid4().hex, sync=True)
        self._wrote = True
        yield
        self._write_stamp_file(uuid.uuid4().hex)

    def write_stamp(self) -> str | None:
        if not self.persistent:
            return None
        now = self._read_stamp()
        if self.read_only:  # it reads the state it was opened on: that state's stamp, if nothing was written since
            return now if now is not None and now == self._opened_at else None
        return now

    def sidecar(self, name: str) -> Path | None:
        return Path(self.location) / f"kgqa-{name}" if self.persistent else None

    def replace(
        self, drop: Iterable[URIRef], quads: Iterable[Quad], remove: Iterable[Quad] = (), made: Made | None = None
    ) -> None:
        update = update_text(drop, quads, self.location, remove, made)
        if update:
            try:
                with self._writing():
                    self._store.update(update)
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"write to {self.location} failed: {exc}") from exc

    def has_quad(
        self, s: Node | None, p: Node | None, o: Node | None, g: Node | None = None, skip: frozenset[str] = frozenset()
    ) -> bool:
        if s is not None and p is not None and o is not None and g is not None and not skip:
            return ox.Quad(_ox_cached(s), _ox_cached(p), _ox_cached(o), _ox_cached(g)) in self._store  # no iterator
        for quad in self._store.quads_for_pattern(*(None if t is None else _ox_cached(t) for t in (s, p, o, g))):
            name = quad.graph_name
            if not isinstance(name, ox.DefaultGraph) and name.value not in skip:
                return True
        return False

    def values(self, subject: str, predicate: str) -> list[str]:
        # one index range read, no SPARQL parsed and planned: a refresh of the question index reads three of
        # these for each of ~15 entities a page (0.15-0.35 ms a query, about half of its time; bench/README.md)
        # (the union default graph of Oxigraph's queries is every graph, duplicates kept: so is this)
        found = self._store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, None)
        return [q.object.value for q in found if not isinstance(q.object, ox.Triple)]  # (kgqa writes no RDF-star)

    def graphs_with(self, predicate: str, obj: str) -> list[str]:
        # one index range read instead of a query parsed and planned for every page an ingest writes
        found = self._store.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(obj), None)
        names = (q.graph_name for q in found)
        return list(dict.fromkeys(n.value for n in names if not isinstance(n, ox.DefaultGraph)))

    def bulk_add(self, quads: Iterable[Quad]) -> None:
        with self._writing():
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
        solutions = self._ox_query(sparql, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValueError("stream_rows reads the rows of a SELECT query")
        width = len(solutions.variables)
        for solution in solutions:
            yield tuple(None if (term := solution[i]) is None else term.value for i in range(width))

    def _ox_query(self, sparql: str, **kw: Any) -> Any:
        """pyoxigraph's query, its syntax errors as ValueError and I/O errors as StoreError."""
        try:
            return self._store.query(sparql, **kw)
        except SyntaxError as exc:
            raise ValueError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"read from {self.location} failed: {exc}") from exc

    def run_query(self, sparql: str, opts: QueryOptions) -> Results:
        subs = {ox.Variable(k): to_ox(v) for k, v in opts.bindings.items()}
        scope: dict[str, Any] = {"use_default_graph_as_union": opts.union_default}
        if (dataset := opts.dataset) is not None:
            scope = {
                "default_graph": [ox.NamedNode(g) for g in dataset.default],
                "named_graphs": None if dataset.named is None else [ox.NamedNode(g) for g in dataset.named],
            }
        try:
            raw = self._ox_query(sparql, substitutions=subs or None, base_iri=opts.base_iri, **scope)
        except RuntimeError as exc:
            if not subs or "projection" not in str(exc):
                raise ValueError(f"SPARQL evaluation error: {exc}") from exc
            # substitution reaches projected variables only: bind the others with an escaped VALUES block
            raw = self._ox_query(_with_values(sparql, opts.bindings), base_iri=opts.base_iri, **scope)
        return _ox_results(raw, opts.limit)

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
        """Each distinct triple of the named graphs once, in one pass over the store, holding neither every triple
        nor every subject (`UnionPass`).

        The pass reads the store in its own order: graph by graph, each subject's triples together (compact
        Turtle). A triple can repeat only under a subject that is in more than one graph (entities: typed in the
        entity graph, named again by articles). Each (graph, subject) group is written when its subject's bucket
        (a hash of the subject, one of `UnionPass.BUCKETS`) is met for the first time; a later group of a bucket
        already met is held back, its subject noted, and each noted subject's triples are read at the end and
        written deduplicated, less those of the one group of it already written. Held in memory: the bucket array
        (4 bytes a bucket), the graphs' order, and the noted subjects (those in several graphs, 151,585 of 100,000
        pages, and those sharing a bucket). Before this, one grouping query found the repeated subjects first: it
        held every subject of the store with its graphs (1.2 GB at 100,000 pages, bench/README.md); a store in
        memory still does that (`_union_triples_grouped`): its quads do not come graph by graph, and it is small."""
        if not self.persistent:
            yield from self._union_triples_grouped()
            return
        union = UnionPass()
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, ox.DefaultGraph) and union.written(quad.graph_name, quad.subject):
                yield quad.triple
        for subject in union.noted:
            quads = [q for q in self._store.quads_for_pattern(subject, None, None, None) if q.graph_name in union.order]
            done = union.written_group(subject, [q.graph_name for q in quads])
            seen = {q.triple for q in quads if q.graph_name == done}
            for quad in quads:
                if quad.triple not in seen:
                    seen.add(quad.triple)
                    yield quad.triple

    def _union_triples_grouped(self) -> Iterator[Any]:
        """Each distinct triple of the named graphs once: the subjects in more than one graph found first by one
        grouping query (it holds every subject), their triples read subject by subject, the rest in one pass."""
        shared = self._store.query(
            "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1)"
        )
        assert isinstance(shared, ox.QuerySolutions)  # a SELECT gives solutions
        repeated = {subject for (subject,) in shared}
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, ox.DefaultGraph) and quad.subject not in repeated:
                yield quad.triple
        for subject in repeated:
            seen: set[Any] = set()
            for quad in self._store.quads_for_pattern(subject, None, None, None):
                if not isinstance(quad.graph_name, ox.DefaultGraph) and quad.triple not in seen:
                    seen.add(quad.triple)
                    yield quad.triple

    def quad_count(self) -> int:
        return len(self._store)

    def clear(self) -> int:
        graphs = [g for g in self._store.named_graphs() if g.value.startswith((KGQA_GRAPHS, STAGING_GRAPHS))]
        with self._writing():
            for g in graphs:
                self._store.remove_graph(g)
        return len(graphs)

    def flush(self, release: bool = False) -> None:
        """RocksDB's write buffers to disk: an ingest that never flushed them grew by about 0.2 MB a page (their
        memory, not released until they fill), 500 pages: 328 -> 257 MB RSS, CPU 11.0 -> 11.7 s (bench/README.md).
        With `release`, the store is then closed and opened again: RocksDB's block caches and table readers, which
        pyoxigraph sizes with no option to bound them, start empty (an ingest's reads refill only what they use)."""
        if self.persistent and not self.read_only:
            try:
                self._store.flush()
            except (OSError, RuntimeError):  # the writes are in its log: they stay in memory until the next flush
                return
            if release and sys.getrefcount(self._store) == 2:  # only this attribute holds it (and the call's argument)
                del self._store  # closes it: RocksDB lets one handle of a process hold the store's lock
                try:
                    self._store = ox.Store(self.location)
                except OSError as exc:  # another process took the lock meanwhile: what was written is on disk
                    raise StoreError(f"cannot open store {self.location} again after a flush: {exc}") from exc

    def close(self) -> None:
        try:
            self._store.flush()
        except (OSError, AttributeError, RuntimeError):  # RuntimeError: read-only stores cannot flush
            pass
        del self._store
        if getattr(self, "_wrote", False):
            self._wrote = False
            self._drop_old_logs()

    def _drop_old_logs(self) -> None:
        """After a write: open the store once more and close it. RocksDB deletes the write-ahead logs its flush
        made obsolete only when it next opens the store (pyoxigraph 0.5 has no call for it; `optimize` does not):
        after a 1,000-page ingest they were 180 of the store's 261 MB on disk (bench/README.md, item 6)."""
        if self.location == "memory:":
            return
        try:
            ox.Store(self.location)  # dropped at once; fails harmlessly if another handle keeps the lock
        except OSError:
            pass


def update_text(
    drop: Iterable[URIRef], quads: Iterable[Quad], location: str, remove: Iterable[Quad] = (), made: Made | None = None
) -> str:
    """One SPARQL update that drops these graphs, deletes the quads of `remove` and inserts these quads (terms
    escaped by rdflib's n3; the first n of them by the text of `made` = (n, text) when given, see `data_block`).

    Quads known to be there go by DELETE DATA rather than a DROP of their graph: an Oxigraph update that
    drops a graph and inserts takes about twice as long as the insert alone; one that deletes known quads
    no longer (measured on a page's ~130 quads plus the 10 of the summary graph).
    """
    parts = [f"DROP SILENT GRAPH <{g}>" for g in drop]
    ahead = ""
    if made is not None:
        quads = list(quads)
        ahead, quads = made[1], quads[made[0] :]
    for op, data, before in (("DELETE DATA", remove, ""), ("INSERT DATA", quads, ahead)):
        block = " ".join(b for b in (before, _data_block(data, location)) if b)
        if block:
            parts.append(f"{op} {{ {block} }}")
    return " ;\n".join(parts)


def data_block(quads: Iterable[Quad]) -> str | None:
    """The quads as the GRAPH blocks of an INSERT DATA, as `update_text` writes them (None when some term cannot be
    written): an ingest worker makes it, so that the writer does not (`replace`'s `made`).

    >>> from rdflib import Literal
    >>> print(data_block([(URIRef("urn:s"), URIRef("urn:p"), Literal("x"), URIRef("urn:g"))]))
    GRAPH <urn:g> {
    <urn:s> <urn:p> "x" .
    }
    """
    try:
        return _data_block(quads, "")
    except StoreError:
        return None


def _data_block(quads: Iterable[Quad], location: str) -> str:
    """The quads as GRAPH blocks of a DELETE DATA / INSERT DATA (empty when there are none)."""
    body: dict[str, list[str]] = {}
    try:
        for s, p, o, g in quads:
            body.setdefault(str(g), []).append(f"{s.n3()} {p.n3()} {_literal_n3(o)} .")
    except Exception as exc:  # rdflib refuses to write some term (an IRI with spaces...): nothing written
        raise StoreError(f"write to {location} refused: {exc}") from exc
    return " ".join(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}" for g, lines in body.items())


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
    triples: list[tuple[Term, Term, Term]] = []
    truncated = False
    for t in raw:
        if limit is not None and len(triples) >= limit:
            truncated = True
            break
        triples.append((ox_to_term(t.subject), ox_to_term(t.predicate), ox_to_term(t.object)))
    return Results("graph", triples=triples, truncated=truncated)


class UnionPass:
    """The bookkeeping of `OxigraphStore._union_triples`: which (graph, subject) groups of one pass over the store
    were written, in bounded memory.

    >>> u = UnionPass(buckets=1 << 20)
    >>> [u.written("g1", "a"), u.written("g1", "a"), u.written("g2", "a"), u.written("g2", "a")]
    [True, True, False, False]
    >>> sorted(u.noted), u.written_group("a", ["g2", "g1"])
    (['a'], 'g1')
    """

    BUCKETS = 1 << 25  # 128 MB of buckets; at 2.6M subjects (100,000 pages) ~8% of them share a bucket

    def __init__(self, buckets: int = 0) -> None:
        self.buckets = buckets or self.BUCKETS
        self.first = array("I", [0]) * self.buckets  # bucket -> the place of the graph it was first met in (0: never)
        self.order: dict[Any, int] = {}  # graph -> its place in the pass, from 1
        self.noted: set[Any] = set()  # subjects of groups held back
        self.clashes: set[tuple[Any, Any]] = set()  # (graph, subject) held back in the graph its bucket was met in
        self._group: tuple[Any, Any] | None = None
        self._write = False
        self._seen_here: set[Any] = set()  # the subjects of the current graph (the order checked)

    def written(self, graph: Any, subject: Any) -> bool:
        """Whether to write a quad of this graph and subject now (quads come graph by graph, subject by subject)."""
        if (graph, subject) == self._group:
            return self._write
        if self._group is None or graph != self._group[0]:
            if graph in self.order:
                raise StoreError("the store's quads did not come graph by graph: cannot dump the union")
            self.order[graph] = len(self.order) + 1
            self._seen_here = set()
        if subject in self._seen_here:
            raise StoreError("the store's quads did not come subject by subject: cannot dump the union")
        self._seen_here.add(subject)
        self._group = (graph, subject)
        place, bucket = self.order[graph], hash(subject) % self.buckets
        self._write = self.first[bucket] == 0
        if self._write:
            self.first[bucket] = place
        else:
            self.noted.add(subject)
            if self.first[bucket] == place:
                self.clashes.add((graph, subject))
        return self._write

    def written_group(self, subject: Any, graphs: list[Any]) -> Any | None:
        """Of a noted subject in these graphs: the graph whose group of it was written in the pass (or None)."""
        if not graphs:
            return None
        first = min(graphs, key=self.order.__getitem__)
        if self.first[hash(subject) % self.buckets] == self.order[first] and (first, subject) not in self.clashes:
            return first
        return None


def _dump_jsonld(store: GraphStore, out: IO[bytes]) -> None:
    """JSON-LD through rdflib (pyoxigraph has no JSON-LD writer): one named graph per article kept."""
    from rdflib import Dataset

    ds = Dataset()
    res = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union_default=False)
    for row in res.rows:
        ds.graph(URIRef(bound(row, "g").value)).add(
            (term_to_rdflib(bound(row, "s")), term_to_rdflib(bound(row, "p")), term_to_rdflib(bound(row, "o")))
        )
    out.write(ds.serialize(format="json-ld", context=_prefixes(), auto_compact=True).encode("utf-8"))


@register("oxigraph")
def _oxigraph(rest: str) -> GraphStore:
    return OxigraphStore(rest)


@register("memory")
def _memory(rest: str) -> GraphStore:
    return OxigraphStore(None)


# ---------------------------------------------------------------- remote SPARQL 1.1 endpoint
KGQA_GRAPHS = "https://kgqa.dev/graph/"  # every graph kgqa writes lives under this prefix
STAGING_GRAPHS = "https://kgqa.dev/staging/"  # chunks of a page on their way in (never read)
NO_GRAPH = "https://kgqa.dev/graph/-none-"  # names an empty dataset (a store without kgqa's graphs)
_TRANSIENT_STATUS = {429, 502, 503, 504}
_RESULTS_JSON = "application/sparql-results+json"
_RDF_ACCEPT = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"


class StoreUnavailable(StoreError):
    """A remote store cannot be reached, refused the login, or kept failing: no later write can succeed."""


@dataclass(frozen=True)
class EndpointConfig:
    """Where and how a remote store is reached (URLs hold no credentials)."""

    query_url: str
    update_url: str
    graph_store_url: str | None
    user: str | None
    password: str | None
    timeout: float
    retries: int
    write_chunk: int
    max_rows: int

    @property
    def server(self) -> str:
        """The server as it is named in messages: scheme://host:port."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.query_url)
        return f"{parts.scheme}://{parts.netloc}"


def endpoint_config(location: str) -> EndpointConfig:
    """The remote store's configuration: URLs from the location and the settings, credentials from
    KGQA_STORE_USER / KGQA_STORE_PASSWORD or the netrc entry of the query URL's host."""
    from urllib.parse import urlsplit

    from ..settings import setting

    query_url, _, update_url = location.partition("|")
    for url in (query_url, update_url):
        if url and urlsplit(url).password is not None:
            raise StoreError(
                f"{urlsplit(url).hostname}: put the store's password in KGQA_STORE_PASSWORD or ~/.netrc, not in the URL"
            )
    user, password = os.environ.get("KGQA_STORE_USER") or None, os.environ.get("KGQA_STORE_PASSWORD") or None
    if user is None:
        user, password = _netrc_login(urlsplit(query_url).hostname or "")
    return EndpointConfig(
        query_url,
        update_url or setting("store_update_url") or query_url,
        setting("store_graph_store_url"),
        user,
        password,
        float(setting("store_timeout")),
        int(setting("store_retries")),
        max(1, int(setting("store_write_chunk"))),
        int(setting("store_max_rows")),
    )


def _netrc_login(host: str) -> tuple[str | None, str | None]:
    import netrc

    try:
        entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except (OSError, netrc.NetrcParseError):
        return None, None
    return (entry[0], entry[2]) if entry else (None, None)


class _Http:
    """POSTs to a remote store: basic or digest auth, retries with backoff, one-line errors naming the server."""

    def __init__(self, cfg: EndpointConfig) -> None:
        import urllib.request

        self.cfg = cfg
        handlers: list[Any] = []
        if cfg.user is not None:
            pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {cfg.query_url, cfg.update_url, cfg.graph_store_url} - {None}:
                pm.add_password(None, url or "", cfg.user, cfg.password or "")
            handlers = [urllib.request.HTTPBasicAuthHandler(pm), _PreemptiveDigest(pm)]
        self.opener = urllib.request.build_opener(*handlers)
        self.software: str | None = None  # the server's Server header, once it answered

    def post(
        self, url: str, body: bytes, content_type: str, accept: str, write: bool = False, query: str = ""
    ) -> tuple[bytes, dict[str, str]]:
        """POST `body` to `url` (with `?query` appended); the response body and headers. Transient failures are
        retried (a write only when nothing reached the server); the error names the server, never the body."""
        import urllib.error
        import urllib.request

        target = url + (("&" if "?" in url else "?") + query if query else "")
        delay = 0.5
        for attempt in range(self.cfg.retries + 1):
            req = urllib.request.Request(
                target, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept}
            )
            try:
                with self.opener.open(req, timeout=self.cfg.timeout) as resp:
                    self.software = resp.headers.get("Server", "")
                    return resp.read(), {k.lower(): v for k, v in resp.headers.items()}
            except urllib.error.HTTPError as exc:
                detail = _first_line(exc.read())
                if exc.code in (401, 403):
                    who = f"as {self.cfg.user}" if self.cfg.user else "without credentials"
                    raise StoreUnavailable(
                        f"{self.cfg.server} refused the login {who} (HTTP {exc.code}); set KGQA_STORE_USER / "
                        "KGQA_STORE_PASSWORD or a ~/.netrc entry for a user allowed to "
                        + ("update" if write else "query")
                    ) from None
                if exc.code not in _TRANSIENT_STATUS or attempt == self.cfg.retries:
                    cls = StoreUnavailable if exc.code in _TRANSIENT_STATUS else _HttpRefused
                    raise cls(f"{self.cfg.server} answered HTTP {exc.code}: {detail}", exc.code) from None
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                refused = isinstance(reason, ConnectionRefusedError)
                if attempt == self.cfg.retries or (write and not refused):
                    raise StoreUnavailable(f"{self.cfg.server} unreachable: {_reason(reason)}") from None
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")


class _PreemptiveDigest:
    """Digest auth that answers the server's last challenge up front, so that each request after the first
    goes once (urllib's own handler waits for a 401 every time: two round trips, the body sent twice)."""

    def __new__(cls, pm: Any) -> Any:
        import urllib.request
        from urllib.request import parse_http_list, parse_keqv_list

        class Handler(urllib.request.HTTPDigestAuthHandler):
            challenge: dict[str, str] | None = None

            def retry_http_digest_auth(self, req: Any, auth: str) -> Any:
                kind, _, rest = auth.partition(" ")
                if kind.lower() == "digest":
                    self.challenge = parse_keqv_list([x for x in parse_http_list(rest) if x])
                return super().retry_http_digest_auth(req, auth)

            def http_request(self, req: Any) -> Any:
                if self.challenge and not req.has_header("Authorization"):
                    value = self.get_authorization(req, self.challenge)
                    if value:
                        req.add_unredirected_header("Authorization", f"Digest {value}")
                return req

            https_request = http_request

        return Handler(pm)


class _HttpRefused(StoreError):
    """The server answered the request with an error status (a bad query or update, not a dead server)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _first_line(raw: bytes) -> str:
    """The first non-empty line of an error body, short (servers echo the whole query or update after it)."""
    text = raw.decode("utf-8", "replace")
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "(no message)")
    return line if len(line) <= 200 else line[:200] + "…"


def _reason(reason: Any) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, ConnectionResetError):
        return "connection reset (did the server stop?)"
    if isinstance(reason, TimeoutError):
        return "no answer in time"
    return str(reason) or type(reason).__name__


_FORM_RE = None


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword outside IRIs, strings and comments."""
    import re

    global _FORM_RE
    if _FORM_RE is None:
        _FORM_RE = re.compile(
            r"<[^<>\s]*>|'''.*?'''|\"\"\".*?\"\"\"|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|#[^\n]*"
            r"|\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
            re.IGNORECASE | re.DOTALL,
        )
    for m in _FORM_RE.finditer(sparql):
        if m.group(1):
            return m.group(1).upper()
    return "SELECT"


def has_dataset_clause(sparql: str) -> bool:
    """Whether a query names its own dataset (FROM / FROM NAMED), outside IRIs, strings and comments."""
    import re

    cleaned = re.sub(
        r"<[^<>\s]*>|'''.*?'''|\"\"\".*?\"\"\"|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|#[^\n]*",
        " <> ",
        sparql,
        flags=re.DOTALL,
    )
    return re.search(r"\bFROM\s+(NAMED\s+)?(<>|[\w.-]*:)", cleaned, re.IGNORECASE) is not None


_TOKEN_RE = None
_XSD_STRING_IRI = "<http://www.w3.org/2001/XMLSchema#string>"


def virtuoso_text_fix(sparql: str) -> str:
    """The query with two Virtuoso 7 text bugs stepped around, meaning unchanged: a non-ASCII string literal
    inside CONCAT gets ^^xsd:string (else Virtuoso garbles the bound values it joins it with), and a
    non-ASCII REGEX pattern with a top-level `|` is wrapped in a group (else it never matches)."""
    import re

    global _TOKEN_RE
    if _TOKEN_RE is None:
        _TOKEN_RE = re.compile(
            r"(?P<iri><[^<>\s]*>)|(?P<str>'''.*?'''|\"\"\".*?\"\"\"|'(?:\\.|[^'\\\n])*'"
            r"|\"(?:\\.|[^\"\\\n])*\")|(?P<comment>#[^\n]*)|(?P<name>[A-Za-z_]\w*)\s*(?=\()"
            r"|(?P<open>\()|(?P<close>\))|(?P<comma>,)",
            re.DOTALL,
        )
    out: list[str] = []
    pos = 0
    stack: list[list[Any]] = []  # [function name, index of the argument being read]
    pending: str | None = None
    for m in _TOKEN_RE.finditer(sparql):
        kind = m.lastgroup
        if kind == "name":
            pending = m.group("name").upper()
            continue
        if kind == "open":
            stack.append([pending or "", 0])
        elif kind == "close" and stack:
            stack.pop()
        elif kind == "comma" and stack:
            stack[-1][1] += 1
        elif (
            kind == "str"
            and stack
            and not sparql[m.end() : m.end() + 2].startswith(("@", "^^"))
            and not m.group().isascii()
        ):
            fn, arg = stack[-1]
            lit = m.group()
            q = 3 if lit[:3] in ("'''", '"""') else 1
            if fn == "CONCAT":
                out.append(sparql[pos : m.end()] + "^^" + _XSD_STRING_IRI)
                pos = m.end()
            elif fn == "REGEX" and arg == 1 and "|" in lit:
                out.append(sparql[pos : m.start()] + lit[:q] + "(" + lit[q:-q] + ")" + lit[-q:])
                pos = m.end()
        pending = None
    out.append(sparql[pos:])
    return "".join(out)


class SparqlEndpointStore(GraphStore):
    """Any SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, Fuseki, GraphDB), over plain HTTP.

    Reads see kgqa's own graphs only (https://kgqa.dev/graph/…), named in the request's dataset, so they
    work the same whether or not the server's default graph is the union of its graphs, and a server's own
    graphs never show. A page is written whole or not at all: small pages in one update; bigger ones in
    chunks into staging graphs, then moved into place by one update.
    """

    keeps_summary = False  # one HTTP request per lookup: counts are recounted instead

    def __init__(self, location: str, read_only: bool = False) -> None:
        self.cfg = endpoint_config(location)
        self.location = location
        self.persistent = True
        self.read_only = read_only
        self._http = _Http(self.cfg)
        self._graph_list: tuple[float, list[str]] | None = None
        self._mode: tuple[str, list[str], float] | None = None  # see _scope
        self._swept = False  # stale staging graphs dropped (by the first write)

    # -- graphs
    def graphs(self, prefix: str = KGQA_GRAPHS, fresh: bool = False) -> list[str]:
        """The named graphs under `prefix` (kgqa's own by default), sorted; paged, so never cut by a row cap."""
        if prefix == KGQA_GRAPHS and not fresh and self._graph_list and time.monotonic() < self._graph_list[0]:
            return self._graph_list[1]
        started = time.monotonic()
        out = self._list_graphs(f"STRSTARTS(STR(?g), {_lit(prefix)})")
        if prefix == KGQA_GRAPHS:
            self._graph_list = (_fresh_until(started), out)
        return out

    def _list_graphs(self, condition: str) -> list[str]:
        """The named graphs that meet a FILTER condition on ?g, sorted, keyset-paged."""
        out: list[str] = []
        page = max(1, min(self.cfg.max_rows, 5000))
        while True:
            q = (
                f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(({condition}) && "
                f"STR(?g) > {_lit(out[-1] if out else '')}) }} ORDER BY STR(?g) LIMIT {page}"
            )
            rows = self._select(q, [])[1]
            out.extend(bound(r, "g").value for r in rows if r.get("g"))
            if len(rows) < page:
                return out

    def _scope(self) -> tuple[str, list[str]]:
        """How reads reach kgqa's graphs, found once the store holds one, unless the store_dataset setting
        names it: ('union', graphs to exclude) when the server's default graph is the union of its graphs
        (Virtuoso; oxigraph serve --union-default-graph), ('union-param', []) when the union is asked per
        request (Oxigraph server's union-default-graph parameter), else ('explicit', []): every kgqa graph
        named in each request (exact on any SPARQL 1.1 server, but each request grows with the graphs)."""
        from ..settings import setting

        forced = str(setting("store_dataset"))
        if forced == "explicit":
            return "explicit", []
        if self._mode is None or (self._mode[0] == "union" and time.monotonic() > self._mode[2]):
            started = time.monotonic()
            mode = self._mode[0] if self._mode else self._detect_union() if forced != "union" else "union"
            if mode is None:
                return "explicit", []  # nothing of kgqa's stored yet: nothing to probe
            others: list[str] = []
            if mode != "explicit":
                others = self._list_graphs(f"!STRSTARTS(STR(?g), {_lit(KGQA_GRAPHS)})")
                foreign = [g for g in others if not g.startswith(STAGING_GRAPHS)]
                if foreign and not self._virtuoso() and forced != "union":
                    mode = "explicit"  # graphs of other tools, and no way to leave them out
            self._mode = (mode, others if self._virtuoso() else [], _fresh_until(started))
        return self._mode[0], self._mode[1]

    def _detect_union(self) -> str | None:
        """'union', 'union-param' or 'explicit', from whether a triple of a kgqa graph is in the default graph;
        None while there is no kgqa graph."""
        q = (
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && isIRI(?o) && STRSTARTS(STR(?g), "
            f"{_lit(KGQA_GRAPHS)})) }} LIMIT 1"
        )
        rows = self._select(q, [])[1]
        if not rows:
            return None
        probe = "ASK { " + " ".join(term_to_rdflib(bound(rows[0], v)).n3() for v in "spo") + " }"
        for mode, params in (("union", []), ("union-param", [("union-default-graph", "")])):
            try:
                if bound(self._select(probe, params)[1][0], "__ask__").value == "true":
                    return mode
            except (ValueError, KeyError, IndexError):
                pass
        return "explicit"

    def _virtuoso(self) -> bool:
        return "virtuoso" in (self._http.software or "").lower()

    def _dataset_params(self, sparql: str, union_default: bool, dataset: Dataset | None) -> list[tuple[str, str]]:
        """The protocol dataset of a query: kgqa's graphs as the default (union) and named graphs, narrowed by
        `dataset`; nothing when the query names its own dataset (FROM / FROM NAMED) and no `dataset` is given.
        On a union server (see `_scope`) no list is sent."""
        if dataset is None and not union_default and has_dataset_clause(sparql):
            return []
        if dataset is None:
            mode = self._scope()[0]
            if mode == "union":
                return []
            if mode == "union-param":
                return [("union-default-graph", "")] if union_default else []
        mine = self.graphs()
        keep = set(mine)
        if dataset is not None:
            default = [g for g in dataset.default if g in keep]
            named = mine if dataset.named is None else [g for g in dataset.named if g in keep]
        else:
            default, named = (mine if union_default else []), mine
        return [("default-graph-uri", g) for g in default or [NO_GRAPH]] + [
            ("named-graph-uri", g) for g in named or [NO_GRAPH]
        ]

    def _pragmas(self, params: list[tuple[str, str]]) -> str:
        """Virtuoso pragmas that leave the server's own graphs (and staging graphs) out of a union read."""
        if params or not self._virtuoso() or self._mode is None:
            return ""
        return "".join(
            f"define input:default-graph-exclude <{g}>\ndefine input:named-graph-exclude <{g}>\n" for g in self._mode[1]
        )

    # -- reading
    def _send_query(self, text: str, params: list[tuple[str, str]], accept: str) -> tuple[bytes, dict[str, str]]:
        from urllib.parse import urlencode

        body = urlencode([("query", text), *params]).encode("utf-8")
        try:
            return self._http.post(self.cfg.query_url, body, "application/x-www-form-urlencoded", accept)
        except _HttpRefused as exc:
            if exc.status in (400, 500):
                raise ValueError(f"SPARQL error from {self.cfg.server}: {str(exc).split(': ', 1)[-1]}") from None
            raise

    def _select(self, text: str, params: list[tuple[str, str]]) -> tuple[list[str], list[dict[str, Term | None]], bool]:
        """Run a SELECT/ASK; (variables, rows, whether the server said it cut the result)."""
        import json

        raw, headers = self._send_query(text, params, _RESULTS_JSON)
        try:
            data = json.loads(raw)
        except ValueError:
            raise StoreError(f"{self.cfg.server} sent a result that is not SPARQL JSON: {_first_line(raw)}") from None
        if "boolean" in data:
            return [], [{"__ask__": Term("literal", "true" if data["boolean"] else "false")}], False
        names = data["head"].get("vars", [])
        rows = [{n: _json_to_term(b.get(n)) for n in names} for b in data["results"]["bindings"]]
        return names, rows, "x-sparql-maxrows" in headers

    def run_query(self, sparql: str, opts: QueryOptions) -> Results:
        text = _with_values(sparql, opts.bindings)
        if opts.base_iri is not None:
            text = f"BASE <{opts.base_iri}>\n{text}"
        params = self._dataset_params(text, opts.union_default, opts.dataset)
        if self._virtuoso():
            text = self._pragmas(params) + virtuoso_text_fix(text)
        form = query_form(text)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return self._graph_query(text, params, opts.limit)
        names, rows, capped = self._select(text, params)
        if form == "ASK" and rows and "__ask__" in rows[0]:
            return Results("ask", boolean=bound(rows[0], "__ask__").value == "true")
        if capped or (self.cfg.max_rows and len(rows) == self.cfg.max_rows):
            split = None if opts.bindings or opts.dataset or opts.base_iri else graph_split(sparql)
            if split is not None:
                rows, capped = list(self._by_graph(split, opts.union_default, self.graphs())), False
            else:
                rows, capped = self._paged(text, params, names, rows)
        limit = opts.limit
        truncated = capped or bool(limit is not None and len(rows) > limit)
        return Results.select(names, rows[:limit] if limit is not None else rows, truncated=truncated)

    def _by_graph(
        self,
        split: tuple[str, str, bool],
        union_default: bool,
        graphs: list[str],
        one: Callable[[str], Iterable[dict[str, Term | None]]] | None = None,
    ) -> Iterator[dict[str, Term | None]]:
        """The rows of a query that reads one `GRAPH ?g { … }` (see `graph_split`), read for batches of graphs
        bound by VALUES, a batch halved while it still fills the row cap: each request reads its graphs only,
        where LIMIT/OFFSET pages make the server compute, sort and skip the whole result once per page. A
        single graph that fills the cap is read by `one(graph)` (default: the query bound to it, paged)."""
        head, body, distinct = split
        seen: set[tuple[Term | None, ...]] = set()
        todo = [graphs[i : i + _GRAPH_BATCH] for i in range(0, len(graphs), _GRAPH_BATCH)][::-1]
        while todo:
            batch = todo.pop()
            query = f"{head} VALUES ?g {{ {' '.join(f'<{g}>' for g in batch)} }} {body}"
            rows: Iterable[dict[str, Term | None]]
            if len(batch) == 1 and one is not None:
                rows = one(batch[0])
            elif len(batch) == 1:
                rows = self.query(query, union_default=union_default).rows
            else:
                params = self._dataset_params(query, union_default, None)
                text = self._pragmas(params) + virtuoso_text_fix(query) if self._virtuoso() else query
                _, got, capped = self._select(text, params)
                if capped or (self.cfg.max_rows and len(got) == self.cfg.max_rows):
                    half = len(batch) // 2
                    todo += [batch[half:], batch[:half]]
                    continue
                rows = got
            for row in rows:
                if distinct:
                    key = tuple(row.values())
                    if key in seen:
                        continue
                    seen.add(key)
                yield row

    def _paged(
        self, text: str, params: list[tuple[str, str]], names: list[str], first: list[dict[str, Term | None]]
    ) -> tuple[list[dict[str, Term | None]], bool]:
        """Read a result the server cut at its row cap again, page by page: over a stable order (every
        projected variable), or, when the server will not sort that deep (Virtuoso's MaxSortedTopRows), in
        the server's own order with the total checked by a COUNT; (rows, still cut)."""
        prologue, body = _split_prologue(text)
        order = " ".join(f"?{n}" for n in names)
        try:
            return self._pages(f"{prologue}SELECT * WHERE {{ {body}\n}} ORDER BY {order}", params), False
        except ValueError:
            pass
        try:
            rows = self._pages(f"{prologue}SELECT * WHERE {{ {body}\n}}", params)
            res = self._select(f"{prologue}SELECT (COUNT(*) AS ?n) WHERE {{ {body}\n}}", params)[1]
            total = int(bound(res[0], "n").value) if res and res[0].get("n") else -1
            if total == len(rows):
                return rows, False
            reason = f"{len(rows)} rows read in pages, {total} counted"
        except ValueError as exc:
            reason = str(exc)
        _warn(
            f"{self.cfg.server} cut a result at {len(first)} rows and could not be paged ({reason}); "
            "the result is truncated"
        )
        return first, True

    def _pages(self, query: str, params: list[tuple[str, str]]) -> list[dict[str, Term | None]]:
        """Every row of a query, read LIMIT/OFFSET page by page (ValueError when the server refuses a page)."""
        page = self.cfg.max_rows
        rows: list[dict[str, Term | None]] = []
        while True:
            got = self._select(f"{query} LIMIT {page} OFFSET {len(rows)}", params)[1]
            rows.extend(got)
            if len(got) < page:
                return rows

    def _graph_query(self, text: str, params: list[tuple[str, str]], limit: int | None) -> Results:
        from rdflib import Graph

        raw, headers = self._send_query(text, params, _RDF_ACCEPT)
        ctype = headers.get("content-type", "").split(";")[0].strip()
        fmt = {
            "application/n-triples": "nt",
            "text/plain": "nt",
            "application/rdf+xml": "xml",
            "application/ld+json": "json-ld",
        }.get(ctype, "turtle")
        try:
            g = Graph().parse(data=raw.decode("utf-8"), format=fmt)
        except Exception as exc:  # a server's malformed or unexpected RDF
            raise StoreError(f"{self.cfg.server} sent RDF that does not parse as {fmt}: {exc}") from None
        triples = [(_rdflib_to_term(s), _rdflib_to_term(p), _rdflib_to_term(o)) for s, p, o in g]
        return Results(
            "graph",
            triples=triples[:limit] if limit else triples,
            truncated=bool(limit and len(triples) > limit) or "x-sparql-maxrows" in headers,
        )

    def _graph_quads(self, graph: str) -> Iterator[tuple[Term, Term, Term]]:
        """The triples of one graph, page by page in subject order (a subject cut by a page comes again whole)."""
        page = max(2, min(self.cfg.max_rows, 5000))
        last = ""
        while True:
            q = (
                f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER(STR(?s) > {_lit(last)}) }} "
                f"ORDER BY STR(?s) LIMIT {page}"
            )
            rows = self._select(q, [("named-graph-uri", graph)])[1]
            if len(rows) < page:
                for r in rows:
                    yield bound(r, "s"), bound(r, "p"), bound(r, "o")
                return
            cut = bound(rows[-1], "s").value
            whole = [r for r in rows if bound(r, "s").value != cut]
            if not whole:  # one subject with a page of triples or more: read it by predicate and object
                yield from self._subject_triples(graph, bound(rows[-1], "s"))
            for r in whole:
                yield bound(r, "s"), bound(r, "p"), bound(r, "o")
            last = bound(whole[-1], "s").value if whole else cut

    def _subject_triples(self, graph: str, subject: Term) -> Iterator[tuple[Term, Term, Term]]:
        offset, page = 0, max(2, min(self.cfg.max_rows, 5000))
        s = term_to_rdflib(subject).n3()
        while True:
            q = f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ {s} ?p ?o }} }} ORDER BY ?p ?o LIMIT {page} OFFSET {offset}"
            rows = self._select(q, [("named-graph-uri", graph)])[1]
            for r in rows:
                yield subject, bound(r, "p"), bound(r, "o")
            if len(rows) < page:
                return
            offset += page

    def iter_quads(self) -> Iterator[tuple[Term, Term, Term, str]]:
        """Every quad of kgqa's graphs, a batch of graphs per request (see `_by_graph`); a graph that fills the
        row cap alone is read subject by subject (`_graph_quads`)."""

        def one(graph: str) -> Iterator[dict[str, Term | None]]:
            for s, p, o in self._graph_quads(graph):
                yield {"s": s, "p": p, "o": o, "g": Term("uri", graph)}

        split = graph_split("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert split is not None
        for row in self._by_graph(split, False, self.graphs(fresh=True), one):
            s, p, o, g = (bound(row, v) for v in ("s", "p", "o", "g"))
            yield s, p, o, g.value

    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        if fmt == "jsonld":
            _dump_jsonld(self, out)
            return
        ox_fmt = OX_FORMATS[fmt]

        def quads() -> Iterator[Any]:
            for s, p, o, g in self.iter_quads():
                yield ox.Quad(term_to_ox(s), term_to_ox(p), term_to_ox(o), ox.NamedNode(g))

        if fmt in ("trig", "nquads"):
            ox.serialize(quads(), out, ox_fmt, prefixes=_prefixes() if fmt == "trig" else None)
            return
        seen = {q.triple for q in quads()}
        ox.serialize(sorted(seen, key=str), out, ox_fmt, prefixes=_prefixes() if fmt == "turtle" else None)

    def quad_count(self) -> int:
        graphs = self.graphs(fresh=True)
        if not graphs:
            return 0
        res = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_lit(KGQA_GRAPHS)})) }}",
            union_default=False,
        )
        return int(bound(res.rows[0], "n").value) if res.rows and res.rows[0].get("n") else 0

    # -- writing
    def _update(self, text: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.cfg.server}: the store was opened read-only")
        from urllib.parse import urlencode

        body = urlencode([("update", text)]).encode("utf-8")
        try:
            self._http.post(self.cfg.update_url, body, "application/x-www-form-urlencoded", "*/*", write=True)
        except _HttpRefused as exc:
            raise StoreError(f"write to {self.cfg.server} refused: {str(exc).split(': ', 1)[-1]}") from None

    def replace(
        self, drop: Iterable[URIRef], quads: Iterable[Quad], remove: Iterable[Quad] = (), made: Made | None = None
    ) -> None:
        if self.read_only:
            raise StoreError(f"{self.cfg.server}: the store was opened read-only")
        if not self._swept:
            self._swept = True
            self._drop_stale_staging()
        drop = [URIRef(g) for g in drop]
        quads, remove = list(quads), list(remove)
        by_graph: dict[str, list[Quad]] = {}
        for q in quads:
            by_graph.setdefault(str(q[3]), []).append(q)
        if len(quads) + len(remove) <= self.cfg.write_chunk:
            update = update_text(drop, quads, self.location, remove, made)
            if update:
                self._update(update)
        else:
            self._replace_staged(drop, by_graph, remove)
        if self._graph_list is not None:
            kept = set(self._graph_list[1]) - {str(g) for g in drop}
            self._graph_list = (self._graph_list[0], sorted(kept | {g for g in by_graph if g.startswith(KGQA_GRAPHS)}))

    def _replace_staged(self, drop: list[URIRef], by_graph: dict[str, list[Quad]], remove: list[Quad]) -> None:
        """Chunks into one staging graph per target graph, then one update: drop the old graphs, delete the
        quads of `remove`, add each staging graph to its target (replacing article graphs, adding to shared
        ones), drop the staging."""
        import uuid

        run = f"{STAGING_GRAPHS}{int(time.time())}-{uuid.uuid4().hex}/"
        staging = {g: URIRef(f"{run}{n}") for n, g in enumerate(by_graph)}
        staged = [(s, p, o, staging[str(g)]) for g, qs in by_graph.items() for s, p, o, g in qs]
        try:
            for i in range(0, len(staged), self.cfg.write_chunk):
                self._write_chunk(staged[i : i + self.cfg.write_chunk])
            ops = [
                f"DROP SILENT GRAPH <{g}>"
                for g in dict.fromkeys([*map(str, drop), *(g for g in by_graph if _replaced(g))])
            ]
            deleted = update_text([], [], self.location, remove)
            ops += [deleted] if deleted else []
            ops += [f"ADD SILENT GRAPH <{st}> TO GRAPH <{g}>" for g, st in staging.items()]
            ops += [f"DROP SILENT GRAPH <{st}>" for st in staging.values()]
            self._update(" ;\n".join(ops))
        except StoreError:
            self._drop_quietly(list(staging.values()))
            raise

    def _drop_stale_staging(self, max_age: float = 3600) -> None:
        """Drop staging graphs an ingest left more than `max_age` seconds ago (it died between its chunks and
        its final update); younger ones may belong to an ingest still running elsewhere."""
        stale = []
        for g in self.graphs(STAGING_GRAPHS):
            stamp = g[len(STAGING_GRAPHS) :].split("-", 1)[0]
            if not stamp.isdigit() or time.time() - int(stamp) > max_age:
                stale.append(URIRef(g))
        if stale:
            self._drop_quietly(stale)

    def _write_chunk(self, quads: list[Quad]) -> None:
        if self.cfg.graph_store_url and len({q[3] for q in quads}) == 1:
            self._gsp_post(str(quads[0][3]), quads)
        else:
            self._update(update_text([], quads, self.location))

    def _gsp_post(self, graph: str, quads: list[Quad]) -> None:
        """Add triples to a graph with the Graph Store Protocol (POST N-Triples)."""
        from urllib.parse import urlencode

        if self.read_only:
            raise StoreError(f"{self.cfg.server}: the store was opened read-only")
        body = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o, _ in quads).encode("utf-8")
        try:
            self._http.post(
                self.cfg.graph_store_url or "",
                body,
                "application/n-triples",
                "*/*",
                write=True,
                query=urlencode([("graph", graph)]),
            )
        except _HttpRefused as exc:
            raise StoreError(f"write to {self.cfg.server} refused: {str(exc).split(': ', 1)[-1]}") from None

    def _drop_quietly(self, graphs: list[URIRef]) -> None:
        try:
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
        except StoreError:
            pass  # `kgqa clear` removes leftover staging graphs

    def clear(self) -> int:
        """Drop kgqa's graphs (and leftover staging graphs); how many graphs were dropped."""
        graphs = self.graphs(fresh=True) + self.graphs(STAGING_GRAPHS)
        for i in range(0, len(graphs), 200):
            self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[i : i + 200]))
        self._graph_list = None
        return len(graphs)


def _fresh_until(started: float) -> float:
    """When a graph list read from `started` until now goes stale: after 5 s, or 20 times as long as the
    listing took (it scans every quad: at a million quads a listing every 5 s would be most of the work)."""
    now = time.monotonic()
    return now + max(5.0, 20 * (now - started))


def _replaced(graph: str) -> bool:
    """Whether a page's quads replace the graph (its article graphs) or add to it (the shared entity graph)."""
    from .vocab import ENTITY_GRAPH

    return graph != str(ENTITY_GRAPH)


def _lit(text: str) -> str:
    """A SPARQL string literal."""
    return Literal(text).n3()


_GRAPH_BATCH = 256  # graphs per request when a long result is read graph by graph


def graph_split(sparql: str) -> tuple[str, str, bool] | None:
    """(text up to the WHERE group's brace, the rest, whether DISTINCT) of a plain SELECT whose WHERE group is
    one `GRAPH ?g { … }` (no aggregates, grouping, order or slices): its rows are the union of its rows per
    graph, so a `VALUES ?g { … }` put at the head of the group reads some graphs only. None for any other.

    >>> graph_split("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")[2]
    False
    >>> graph_split("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") is None
    True
    """
    import re

    m = re.match(r"(?is)(.*?\bSELECT\s+(DISTINCT\s+)?(?:\?\w+\s*)+WHERE\s*\{)(\s*GRAPH\s+\?g\s*\{.*)$", sparql)
    if not m or re.search(r"(?i)\b(GROUP|ORDER)\s+BY\b|\bLIMIT\b|\bOFFSET\b|\bHAVING\b|\bSERVICE\b", sparql):
        return None
    body = m.group(3)
    depth, end = 0, -1
    for i, ch in enumerate(
        re.sub(r'<[^<>\s]*>|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', lambda t: "_" * len(t.group()), body)
    ):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                end = i
                break
    if end < 0 or body[end + 1 :].strip() != "}":
        return None
    return m.group(1), body, m.group(2) is not None


def _split_prologue(text: str) -> tuple[str, str]:
    """(BASE/PREFIX lines, the rest) of a query."""
    import re

    m = re.match(
        r"(\s*(?:(?:#[^\n]*\n)|(?:define\s+\S+\s+<[^>]*>)|(?:BASE\s*<[^>]*>)"
        r"|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>)|\s+)*)",
        text,
        re.I,
    )
    end = m.end() if m else 0
    return text[:end], text[end:]


def _warn(message: str) -> None:
    import sys

    print(f"kgqa: warning: {message}", file=sys.stderr)


def _json_to_term(b: dict | None) -> Term | None:
    if b is None:
        return None
    kind = {"uri": "uri", "bnode": "bnode"}.get(b["type"], "literal")
    dt = b.get("datatype")
    return Term(kind, b["value"], None if dt == _XSD_STRING else dt, b.get("xml:lang"))


def _rdflib_to_term(t: Node) -> Term:
    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    datatype = getattr(t, "datatype", None)
    dt = str(datatype) if datatype else None
    return Term("literal", str(t), None if dt == _XSD_STRING else dt, getattr(t, "language", None))


@register("sparql")
def _sparql(rest: str) -> GraphStore:
    return SparqlEndpointStore(rest)


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
    return sparql[: m.end()] + block + sparql[m.end() :]
