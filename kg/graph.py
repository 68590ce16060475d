"""`KnowledgeGraph`: the one interface to the graph that the CLI and the web front end use.

    >>> kg = KnowledgeGraph.open("memory:")
    >>> kg.ingest_text("本报讯 记者张三报道：3月1日，市长李四调研。", "demo.txt").articles >= 1
    True
"""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from typing import IO, Any

from rdflib import URIRef
from rdflib.term import Node

from ..extract import extract_page
from .export import export_facts
from .vocab import PROLOGUE
from .mapping import MappedPage, iter_ontology_quads, map_page, page_id
from .results import Results
from .store import GraphStore, StoreError, open_store
from .vocab import ENTITY_GRAPH, ID, ONTOLOGY_GRAPH


@dataclass
class IngestReport:
    """What one ingest added: articles, facts and triples written, and seconds taken."""

    name: str
    articles: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0


JSONLD_CACHE_BYTES = 64 * 1024 * 1024

Q_PAGE_GRAPHS = PROLOGUE + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a schema:isPartOf ?page } }"


def prepare_page(text: str, name: str = "-", locale: str | None = None, date: str | None = None) -> MappedPage:
    """Extract and map one page without touching a store (what `ingest --jobs N` runs in worker processes)."""
    facts = extract_page(text, locale=locale, date=date, source_name=name)
    return map_page(facts, text, name.rsplit("/", 1)[-1])


class KnowledgeGraph:
    """A store plus what kgqa knows how to do with it: ingest, export, query, dump, stats, ask."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._qa: Any = None
        self._jsonld_cache: tuple[tuple[str, int], bytes] | None = None
        self.generation = 0          # bumps on every write (caches built from the graph refresh)
        # what each recent ingest changed, for caches that refresh only that part (the QA index):
        # (generation after the write, graphs dropped, article graphs written, entity IRIs written)
        self.changes: list[tuple[int, tuple[str, ...], tuple[str, ...], frozenset[str]]] = []

    @classmethod
    def open(cls, location: str, read_only: bool = False, ontology: bool = True) -> "KnowledgeGraph":
        """Open (creating if needed) the store at `location`, with the ontology loaded unless `read_only` or
        not `ontology` (then nothing is written)."""
        kg = cls(open_store(location, read_only=read_only))
        if not read_only and ontology:
            kg.ensure_ontology()
        return kg

    def ensure_ontology(self) -> None:
        """Load the ontology into its own named graph, replacing an older copy."""
        quads = list(iter_ontology_quads())
        have = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                {"g": ONTOLOGY_GRAPH}, union_default=False)
        if have.rows and int(have.rows[0]["n"].value) == len(quads):
            return
        self.store.replace([ONTOLOGY_GRAPH], quads)

    # -- writing
    def ingest_text(self, text: str, name: str = "-", locale: str | None = None,
                    date: str | None = None) -> IngestReport:
        """Extract one page and store it, replacing an earlier ingest of the same page (one transaction)."""
        started = time.perf_counter()
        mapped = prepare_page(text, name, locale=locale, date=date)
        self.write_page(mapped)
        return IngestReport(name, len(mapped.article_graphs), mapped.facts, len(mapped.quads),
                            time.perf_counter() - started)

    def write_page(self, mapped: MappedPage) -> None:
        """Store a mapped page, replacing the graphs of an earlier copy of it (one transaction), and record
        what changed in `changes`."""
        old = self.store.query(Q_PAGE_GRAPHS, {"page": mapped.page}).values("g")
        self.store.replace([URIRef(g) for g in old], mapped.quads)
        self.generation += 1
        entities = frozenset(str(q[0]) for q in mapped.quads if q[3] == ENTITY_GRAPH)
        self.changes = self.changes[-99:] + [(self.generation, tuple(old), tuple(map(str, mapped.article_graphs)),
                                              entities)]

    # -- reading
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, limit: int | None = None) -> Results:
        """Run SPARQL over the union of all graphs (GRAPH ?g reaches each article's own)."""
        return self.store.query(sparql, bindings, limit=limit)

    def export(self) -> dict[str, Any]:
        """The facts view of the whole graph, in the gold schema's shape."""
        return export_facts(self.store)

    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        """Serialize the whole store to `out` (turtle, trig, nt, nquads, jsonld)."""
        if fmt != "jsonld":
            self.store.dump(out, fmt)
            return
        # JSON-LD goes through rdflib and costs ~100x the native formats: keep the last one
        # (per graph generation) when it is small enough to hold in memory
        key = (self.store.location, self.generation)
        if self._jsonld_cache and self._jsonld_cache[0] == key:
            out.write(self._jsonld_cache[1])
            return
        buf = io.BytesIO()
        self.store.dump(buf, "jsonld")
        data = buf.getvalue()
        if len(data) <= JSONLD_CACHE_BYTES:
            self._jsonld_cache = (key, data)
        out.write(data)

    def stats(self) -> dict[str, Any]:
        """Counts of what is in the graph, and where it lives."""
        q = PROLOGUE + """SELECT
          (COUNT(DISTINCT ?article) AS ?articles) WHERE { GRAPH ?g { ?article a schema:NewsArticle } }"""
        counts = {"articles": _count(self.store.query(q), "articles")}
        for key, cls in (("persons", "schema:Person"), ("organizations", "schema:Organization"),
                         ("development_zones", "kgqa:DevelopmentZone")):
            counts[key] = _count(self.store.query(PROLOGUE + f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{
                GRAPH ?g {{ ?a schema:mentions ?x }} ?x a {cls} }}"""), "n")
        for key, cls in (("posts", "org:Post"), ("agreements", "kgqa:Agreement"), ("events", "schema:Event")):
            counts[key] = _count(self.store.query(PROLOGUE + f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{
                GRAPH ?g {{ ?x a {cls} }} }}"""), "n")
        graphs = _count(self.store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                         union_default=False), "n")
        triples = _count(self.store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
                                          "{ GRAPH ?g { ?s ?p ?o } } }", union_default=False), "n")
        counts.update({"graphs": graphs, "quads": self.store.quad_count(), "triples": triples,
                       "store": self.store.location, "persistent": self.store.persistent})
        return counts

    def qa(self) -> Any:
        """The question answerer of the current graph: refreshed for the pages ingested since it was built
        (`changes`), rebuilt when the graph changed some other way."""
        from .qa import QuestionAnswerer
        if self._qa is None or (self._qa.generation != self.generation and not self._qa.refresh(self)):
            self._qa = QuestionAnswerer(self)
            self._qa.generation = self.generation
        return self._qa

    def ask(self, question: str) -> Any:
        """Answer a Chinese question with a template (see kgqa.kg.qa)."""
        return self.qa().answer(question)

    def close(self) -> None:
        """Release the store."""
        self.store.close()


def _count(res: Results, var: str) -> int:
    return int(res.rows[0][var].value) if res.rows and res.rows[0].get(var) else 0


__all__ = ["KnowledgeGraph", "IngestReport", "StoreError", "ID", "page_id"]
