"""`KnowledgeGraph`: the one interface to the graph that the CLI and the web front end use.

>>> kg = KnowledgeGraph.open("memory:")
>>> kg.ingest_text("本报讯 记者张三报道：3月1日，市长李四调研。", "demo.txt").articles >= 1
True
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, cast

from rdflib import URIRef
from rdflib.term import Node

from ..extract import extract_page
from .export import export_facts
from .lru import SlowResults
from .mapping import MappedPage, iter_ontology_quads, map_page, page_id
from .results import Results
from .store import GraphStore, Made, Quad, StoreError, data_block, open_store
from .summary import SUMMARY_GRAPH, changed, read_summary, recount, reported, summary_quads
from .timeline import Timeline, page_rows
from .vocab import ENTITY_GRAPH, ID, ONTOLOGY_GRAPH, PROLOGUE, SCHEMA


@dataclass
class IngestReport:
    """What one ingest added: articles, facts and triples written, and seconds taken."""

    name: str
    articles: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0


DUMP_CACHE_BYTES = 64 * 1024 * 1024  # the dumps of the store's current state kept in memory, all formats together
SLOW_PAGE = 0.05  # seconds: a page model made slower than this is kept (`KnowledgeGraph.kept`) ...
SLOW_KEPT = 32  # ... the last this many of them
# an index saved before the last writes, caught up from the journal (`keep_qa`): this many pages a refresh, as an
# ingest refreshes (cli.py QA_BATCH), and the facts taken in flushed to the fact file every this many refreshes
CATCH_UP_PAGES, CATCH_UP_FLUSH = 50, 10

Q_PAGE_GRAPHS = PROLOGUE + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a schema:isPartOf ?page } }"


def prepare_page(text: str, name: str = "-", locale: str | None = None, date: str | None = None) -> MappedPage:
    """Extract and map one page without touching a store (what `ingest --jobs N` runs in worker processes)."""
    facts = extract_page(text, locale=locale, date=date, source_name=name)
    return made_ahead(map_page(facts, text, name.rsplit("/", 1)[-1]))


def made_ahead(mapped: MappedPage) -> MappedPage:
    """The page with what its write needs of its quads made now (MappedPage.insert, rows, entities): in an ingest's
    worker, so that the writer does not."""
    from .qa.queries import page_words  # (not at import: `kgqa stats` and the like need none of the answerer)

    mapped.insert = data_block(mapped.quads)
    mapped.rows = page_rows(mapped.quads)
    mapped.entities = _entities(mapped.quads)
    mapped.words = page_words(mapped.quads)
    mapped.made_for = len(mapped.quads)
    return mapped


def _entities(quads: list[Quad]) -> frozenset[str]:
    """The IRIs of the nodes these quads describe in the entity graph."""
    return frozenset(str(q[0]) for q in quads if q[3] == ENTITY_GRAPH)


class _KeepingWriter:
    """A binary sink that writes through to `out` and keeps a copy while the copy stays within `limit` bytes.

    >>> import io
    >>> out = io.BytesIO(); w = _KeepingWriter(out, 4); _ = w.write(b"abc"); w.kept(), out.getvalue()
    (b'abc', b'abc')
    >>> _ = w.write(b"de"); w.kept(), out.getvalue()
    (None, b'abcde')
    """

    def __init__(self, out: IO[bytes], limit: int) -> None:
        self.out = out
        self.limit = limit
        self._copy: io.BytesIO | None = io.BytesIO() if limit > 0 else None

    def write(self, data: bytes) -> int:
        self.out.write(data)
        if self._copy is not None:
            if self._copy.tell() + len(data) > self.limit:
                self._copy = None
            else:
                self._copy.write(data)
        return len(data)

    def flush(self) -> None:
        flush = getattr(self.out, "flush", None)
        if flush is not None:
            flush()

    def kept(self) -> bytes | None:
        """Everything written, or None when it went past the limit."""
        return self._copy.getvalue() if self._copy is not None else None


class KnowledgeGraph:
    """A store plus what kgqa knows how to do with it: ingest, export, query, dump, stats, ask."""

    def __init__(self, store: GraphStore, read_only: bool = False) -> None:
        self.store = store
        self.read_only = read_only
        self._counts: tuple[int, dict[str, int]] | None = None  # (generation, counts without the summary)
        self._summary_held = -1  # the generation at which the summary graph is known to hold exactly _counts
        self._memo: dict[str, tuple[int, Any]] = {}
        self._slow = SlowResults(SLOW_KEPT, SLOW_PAGE)  # `kept`
        self._qa: Any = None
        self._live_saved = False  # this writer saved a live index (`flush_qa`): `close` says its ingest is over
        self.qa_note: str | None = None  # why the question index could not be kept or saved (`keep_qa`, `save_qa`)
        self._journal: Any = None  # the writes since this process last saved the index (kg/qa/saved.py `Journal`)
        self._dumps: dict[str, tuple[tuple[int, str | None], bytes]] = {}  # `dump`: format -> (state, bytes)
        self._timeline: Timeline | bool | None = None  # opened when first needed; False: the store keeps none
        self._timeline_lock = threading.Lock()  # a write's change of the timeline against `refresh_timeline`'s switch
        self._timeline_building = False  # `refresh_timeline` is building it: a write leaves the rebuild to it
        self.generation = 0  # bumps on every write (caches built from the graph refresh)
        # what each recent ingest changed, for caches that refresh only that part (the QA index): (generation
        # after the write, graphs dropped, article graphs written, entity IRIs written, the store's write stamp
        # after it, the bigrams of its texts made ahead or None: kg.qa.queries.page_words)
        self.changes: list[tuple[int, tuple[str, ...], tuple[str, ...], frozenset[str], str | None, Any]] = []

    @classmethod
    def open(cls, location: str, read_only: bool = False, ontology: bool = True) -> KnowledgeGraph:
        """Open (creating if needed) the store at `location`, with the ontology loaded unless `read_only` or
        not `ontology` (then nothing is written)."""
        kg = cls(open_store(location, read_only=read_only), read_only)
        if not read_only and ontology:
            kg.ensure_ontology()
        return kg

    def ensure_ontology(self) -> None:
        """Load the ontology into its own named graph, replacing an older copy; start the summary graph of
        counts when the store has none (a store made before it: one recount)."""
        quads = list(iter_ontology_quads())
        have = self.store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ONTOLOGY_GRAPH}, union_default=False
        )
        count = have.rows[0].get("n") if have.rows else None
        if count is not None and int(count.value) == len(quads):
            if self.store.keeps_summary and read_summary(self.store) is None:
                self.store.replace([SUMMARY_GRAPH], summary_quads(recount(self.store)))
            return
        self._write([ONTOLOGY_GRAPH], quads)

    # -- writing
    def ingest_text(
        self, text: str, name: str = "-", locale: str | None = None, date: str | None = None
    ) -> IngestReport:
        """Extract one page and store it, replacing an earlier ingest of the same page (one transaction)."""
        started = time.perf_counter()
        mapped = prepare_page(text, name, locale=locale, date=date)
        self.write_page(mapped)
        return IngestReport(
            name, len(mapped.article_graphs), mapped.facts, len(mapped.quads), time.perf_counter() - started
        )

    def write_page(self, mapped: MappedPage) -> bool:
        """Store a mapped page, replacing the graphs of an earlier copy of it (one transaction), and record
        what changed in `changes`; False when the store already holds exactly these quads (nothing written)."""
        old = self.store.graphs_with(str(SCHEMA.isPartOf), str(mapped.page))  # Q_PAGE_GRAPHS, as an index lookup
        if old and self._stored_as_is(old, mapped):
            return False
        if mapped.made_for != len(mapped.quads):
            made_ahead(mapped)
        before = self.store.write_stamp()
        made = (len(mapped.quads), mapped.insert) if mapped.insert is not None else None
        self._write([URIRef(g) for g in old], mapped.quads, made)
        self._bump()
        self._follow_timeline(old, mapped.rows or [], before)
        entities = mapped.entities or frozenset()
        graphs = tuple(map(str, mapped.article_graphs))
        words = mapped.words if self._qa is not None else None  # only an answerer kept current takes them in
        self.changes = self.changes[-99:] + [
            (self.generation, tuple(old), graphs, entities, self.store.write_stamp(), words)
        ]
        self._journal_add(before, graphs, entities, dropped=bool(old))
        return True

    def _journal_add(self, before: str | None, graphs: tuple[str, ...], entities: Any, dropped: bool) -> None:
        """After a write: its line in the journal kept since the last save of the index, if one is kept."""
        if self._journal is not None and not self._journal.add(
            before, self.store.write_stamp(), graphs, entities, dropped
        ):
            self._journal = None

    def _stored_as_is(self, old: list[str], mapped: MappedPage) -> bool:
        """True when an embedded store already holds the page exactly as mapped: the same article graphs, every
        quad (those of the entity graph too) and no other in those graphs. Ingesting a folder again then writes
        nothing, so the caches kept with the store (the question index: a page replaced cannot be refreshed
        into it, only rebuilt from the whole graph, ten minutes at 28,000 pages) stay as they are."""
        graphs = set(map(str, mapped.article_graphs))
        if self.store.write_stamp() is None or set(old) != graphs:
            return False
        quads = set(mapped.quads)
        if not all(self.store.has_quad(*q) for q in quads):
            return False
        values = " ".join(f"<{g}>" for g in sorted(graphs))
        found = self.store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        count = found.rows[0].get("n") if found.rows else None
        return count is not None and int(count.value) == sum(1 for q in quads if str(q[3]) in graphs)

    def delete_page(self, page: str) -> int:
        """Remove a page (its IRI, id/page/…) and its articles' graphs (one transaction); how many graphs went.
        The entities they named stay in the entity graph, no longer mentioned by them."""
        old = self.store.query(Q_PAGE_GRAPHS, {"page": URIRef(page)}).values("g")
        if not old:
            return 0
        before = self.store.write_stamp()
        self._write([URIRef(g) for g in old], [])
        self._bump()
        self._follow_timeline(old, [], before)
        self.changes = self.changes[-99:] + [
            (self.generation, tuple(old), (), frozenset(), self.store.write_stamp(), None)
        ]
        self._journal_add(before, (), (), dropped=True)
        return len(old)

    def timeline(self) -> Timeline | None:
        """The entities' facts in date order kept with the store (kg/timeline.py), when it is of the store's
        current state; else None (the entity pages sort in SPARQL)."""
        if self._timeline is None:
            self._timeline = Timeline.open(self.store, read_only=self.read_only) or False
        if not isinstance(self._timeline, Timeline):
            return None
        stamp = self.store.write_stamp()
        return self._timeline if stamp is not None and self._timeline.stamp() == stamp else None

    def _follow_timeline(self, dropped: list[str], rows: list[Any], before: str | None) -> None:
        """After a write: the same change in the timeline, or the timeline rebuilt from the store when it was not
        of the state before the write (first write, a write it missed, a process killed between the two); while
        `refresh_timeline` builds it, nothing (that build sees the store moved and builds again)."""
        with self._timeline_lock:
            if self._timeline is None:
                self._timeline = Timeline.open(self.store) or False
            if not isinstance(self._timeline, Timeline) or self._timeline_building:
                return
            try:
                if not self._timeline.record(dropped, rows, before, self.store.write_stamp()):
                    self._timeline.rebuild(self.store)
            except Exception:  # noqa: BLE001 - only a cache: unusable (its stamp is not the store's), pages use SPARQL
                pass

    def refresh_timeline(self, tries: int = 3) -> bool:
        """A writer's open (`kgqa serve`, in a thread beside the listening server): when the timeline kept with the
        store is not of its current state (another FORMAT, a write it missed, none yet), build it again from the
        store, then switch to it; True when the timeline is current. Until then the pages read SPARQL, as before:
        it is built on a connection of its own, so that they never wait for it (one transaction: the file they
        read holds the old rows until it commits). Writes meanwhile leave the timeline to it (`_follow_timeline`)
        and it builds again when the store moved during a build, up to `tries` times."""
        if self.read_only or self.timeline() is not None:
            return not self.read_only
        with self._timeline_lock:
            if self._timeline_building:
                return False
            self._timeline_building = True
        try:
            for _ in range(tries):
                stamp = self.store.write_stamp()
                fresh = Timeline.open(self.store) if stamp is not None else None
                if fresh is None:
                    return False
                try:
                    fresh.rebuild(self.store)
                except Exception:  # noqa: BLE001 - only a cache: pages go on reading SPARQL
                    fresh.close()
                    return False
                with self._timeline_lock:
                    if fresh.stamp() == stamp and self.store.write_stamp() == stamp:
                        old, self._timeline = self._timeline, fresh
                        self._timeline_building = False
                        if isinstance(old, Timeline):
                            old.close()
                        return True
                fresh.close()  # the store moved during the build: its rows may be of either state
            return False
        finally:
            with self._timeline_lock:
                self._timeline_building = False

    def _bump(self) -> None:
        """A new graph generation after a write through `_write` (the counts and the summary follow it)."""
        self.generation += 1
        if self._counts is not None:
            self._counts = (self.generation, self._counts[1])
        if self._summary_held == self.generation - 1:
            self._summary_held = self.generation

    def _write(self, drop: list[URIRef], quads: list[Quad], made: Made | None = None) -> None:
        """Drop graphs and add quads in one transaction, with the summary graph's counts brought up to date (`made`:
        the INSERT DATA text of the quads, made beforehand, see `GraphStore.replace`)."""
        if not self.store.keeps_summary:
            self.store.replace(drop, quads, made=made)
            return
        before = self._current_counts()
        counts = changed(self.store, before, drop, quads)
        if self._summary_held == self.generation:  # the summary graph holds `before`: delete just those quads
            self.store.replace(drop, [*quads, *summary_quads(counts)], remove=summary_quads(before), made=made)
        else:
            self.store.replace([*drop, SUMMARY_GRAPH], [*quads, *summary_quads(counts)], made=made)
        self._counts = (self.generation, counts)
        self._summary_held = self.generation

    def _current_counts(self) -> dict[str, int]:
        """The counts of the graph (the summary graph left out): kept in memory per graph generation, read from
        the summary graph once, recounted when the summary is missing or a write did not keep it (a generation
        bumped by hand after writing to the store directly)."""
        if self._counts is not None and self._counts[0] == self.generation:
            return self._counts[1]
        found = read_summary(self.store) if self._counts is None and self.store.keeps_summary else None
        counts = found if found is not None else recount(self.store)
        self._counts = (self.generation, counts)
        self._summary_held = self.generation if found is not None else -1
        return counts

    # -- reading
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, limit: int | None = None) -> Results:
        """Run SPARQL over the union of all graphs (GRAPH ?g reaches each article's own)."""
        return self.store.query(sparql, bindings, limit=limit)

    def export(self) -> dict[str, Any]:
        """The facts view of the whole graph, in the gold schema's shape."""
        return export_facts(self.store)

    def dump(self, out: IO[bytes], fmt: str = "trig") -> None:
        """Serialize the whole store to `out` (turtle, trig, nt, nquads, jsonld). The last dump of each format is
        kept for the store's current state (`_state`) when all of them together fit in DUMP_CACHE_BYTES: a
        server asked for /dump.nt again writes the bytes instead of serializing (hundreds of ms holding the
        interpreter, which every other request of the server waits on); a bigger dump streams as it is made."""
        state = self._state()
        hit = self._dumps.get(fmt)
        if state is not None and hit is not None and hit[0] == state:
            out.write(hit[1])
            return
        tee = _KeepingWriter(out, DUMP_CACHE_BYTES if state is not None else 0)
        self.store.dump(cast(IO[bytes], tee), fmt)  # the stores only call write (and flush)
        kept = tee.kept()
        if kept is None or state is None or self._state() != state:
            return
        others = sum(len(data) for f, (at, data) in self._dumps.items() if f != fmt and at == state)
        self._dumps = {f: v for f, v in self._dumps.items() if v[0] == state}  # dumps of an older state go
        if others + len(kept) <= DUMP_CACHE_BYTES:
            self._dumps[fmt] = (state, kept)

    def _state(self) -> tuple[int, str | None] | None:
        """The store's current state for the caches made from it: (graph generation, write stamp), or None when
        it is unknown (a persistent store whose stamp is unknown: a write under way, or one by another process
        since this one opened it)."""
        stamp = self.store.write_stamp()
        if stamp is None and self.store.persistent:
            return None
        return (self.generation, stamp)

    def kept(self, key: Any, make: Callable[[], Any]) -> Any:
        """`make()`, kept for the store's current state when it took more than SLOW_PAGE seconds (the busiest
        person's entity page at 100,000 pages: ~130 ms of queries). A persistent store whose write stamp is unknown
        (a write under way, or written by another process since this one opened it) keeps nothing."""
        state = self._state()
        if state is None:
            return make()
        return self._slow.get(key, state, make)

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()`, made once per graph generation (read models of the whole graph, e.g. the newest articles)."""
        hit = self._memo.get(key)
        if hit is not None and hit[0] == self.generation:
            return hit[1]
        generation, value = self.generation, make()
        self._memo[key] = (generation, value)
        return value

    def stats(self) -> dict[str, Any]:
        """Counts of what is in the graph (kept up to date by every write, not recounted), and where it lives."""
        counts = self._current_counts()
        if self.store.keeps_summary and self.store.has_quad(SUMMARY_GRAPH, None, None, SUMMARY_GRAPH):
            counts = reported(counts)
        return {**counts, "store": self.store.location, "persistent": self.store.persistent}

    def qa(self) -> Any:
        """The question answerer of the current graph: refreshed for the pages ingested since it was built
        (`changes`), rebuilt when the graph changed some other way; its index is the one saved with the store
        when that is of the current graph (kg/qa/saved.py), else built from the graph and saved."""
        if self._qa is not None and self._qa.generation != self.generation and not self._qa.refresh(self):
            self._qa = None
        if self._qa is None or self._qa_outdated():
            return self._answerer()
        return self._qa

    def _qa_outdated(self) -> bool:
        """The store was written other than through this graph (`store.clear()`, a direct write): its write stamp
        is no longer the one the answerer's index was made at (stores without stamps cannot tell)."""
        known = self._qa.index.stamp if self._qa is not None else None
        now = self.store.write_stamp() if known is not None else None
        return now is not None and now != known

    def keep_qa(self) -> None:
        """Before a long write (an ingest): keep the question answerer current as pages come in (`catch_up_qa`)
        when that is cheap: the one saved with the store is of the current graph, or the graph has no article
        yet, or the one saved is older and the journal of the writes since (kg/qa/saved.py `Journal`: an
        ingest stopped before it saved again) says which pages it lacks: it takes those in first. Otherwise it
        is built once, after the write (`save_qa`), and `qa_note` says why; a store without a write stamp keeps
        none."""
        if self._qa is not None or self.store.write_stamp() is None:
            return
        from .qa.saved import load_index

        index = load_index(self.store)
        if index is not None:
            self._answerer(index)
        elif self._current_counts().get("articles", 0) == 0:
            self.qa()
        else:
            self._catch_up_saved()

    def preload_qa(self) -> bool:
        """Load the question index saved with the store when it is of the store's current state, and make the
        examples of the home page from it (a server before it listens: its first `/` then waits for neither,
        about 1 s at 1,000 pages under load); never builds an index (that waits for the first question, as
        before). True when the answerer is ready."""
        if self._qa is None and self.store.write_stamp() is not None:
            from .qa.saved import load_index

            index = load_index(self.store)
            if index is not None:
                self._answerer(index)
        if self._qa is None or self._qa.generation != self.generation or self._qa_outdated():
            return False
        self._qa.example_questions()
        return True

    def _catch_up_saved(self) -> None:
        """The index saved with the store before its last writes, with the pages of the journal taken in (in
        batches, its facts flushed to the fact file as an ingest does); none when that cannot be told."""
        from .qa.saved import flush_facts, load_index, read_journal

        index = load_index(self.store, behind=True)
        if index is None:
            self.qa_note = "no question index of this code is saved with the store: it is built after the write"
            return
        now = self.store.write_stamp()
        steps = read_journal(self.store, index.stamp, now)
        if isinstance(steps, str):
            self.qa_note = (
                f"the question index saved with the store is older than it and {steps}: it is built after the write"
            )
            return
        try:
            for n in range(0, len(steps), CATCH_UP_PAGES):
                batch = steps[n : n + CATCH_UP_PAGES]
                graphs = [g for gs, _ in batch for g in gs]
                entities = {e for _, es in batch for e in es}
                if not index.add_graphs(self.store, graphs, entities):
                    self.qa_note = "the question index saved with the store could not take in the pages written since: it is built after the write"
                    return
                if (n // CATCH_UP_PAGES) % CATCH_UP_FLUSH == CATCH_UP_FLUSH - 1:
                    flush_facts(index, self.store)
        except Exception as exc:  # noqa: BLE001 - only a cache: built after the write instead
            self.qa_note = f"the question index saved with the store could not catch up ({type(exc).__name__}: {exc}): it is built after the write"
            return
        if self.store.write_stamp() != now:
            self.qa_note = "the store was written while its question index caught up: it is built after the write"
            return
        index.stamp = now
        self._answerer(index)
        self.qa_note = (
            f"the question index saved with the store was {len(steps)} page(s) behind it: caught up from its journal"
        )

    def catch_up_qa(self) -> None:
        """During a long write: refresh the answerer for the pages written since, or drop it when it cannot be
        refreshed (a page replaced or deleted): `qa()` then builds it once, from the whole graph."""
        try:
            if self._qa is not None and self._qa.generation != self.generation and not self._qa.refresh(self):
                self._qa = None
                self.qa_note = "a page was replaced or deleted, or a written name cannot be taken in"
        except BaseException as exc:  # a refresh cut half-way (Ctrl-C too): build the answerer when needed
            self._qa = None
            self.qa_note = f"its refresh failed half-way ({type(exc).__name__}: {exc})"
            if not isinstance(exc, Exception):
                raise

    def save_qa(self, build: bool = True) -> bool:
        """Save the question index of the current graph with the store, for the next process to load (embedded
        stores only); with `build` False only an answerer kept current is saved, never one built now (an ingest
        cut short saves what it kept). True when saved."""
        self.qa_note = None
        if self.store.write_stamp() is None:
            return False
        from .qa.saved import save_index

        if build:
            return self._saved(save_index(self.qa().index, self.store))
        self.catch_up_qa()
        if self._qa is None:
            self.qa_note = f"none was kept current during the write ({self.qa_note or 'none was kept'})"
            return False
        if self._qa.generation != self.generation or self._qa_outdated():
            self.qa_note = "the one kept is not of the store's current state (a write it did not follow)"
            return False
        return self._saved(save_index(self._qa.index, self.store))

    def _saved(self, done: bool) -> bool:
        """After a save of the index: the journal of the writes starts again from it (or says why it failed)."""
        from .qa.saved import Journal

        if not done:
            self.qa_note = "its files could not be written (the store's directory, or its stamp changed meanwhile)"
            return False
        if self._journal is not None:
            self._journal.close()
        self._journal = None if self.read_only else Journal.start(self.store, self.store.write_stamp())
        return True

    def flush_qa(self) -> bool:
        """During a long write (an ingest): append the question index's facts taken in so far to its fact file
        kept with the store and drop them from memory (kg/qa/saved.py `flush_facts`), so that memory does not
        grow with the pages, and save the index of this state marked live, for read-only processes that open
        the store meanwhile; `save_qa` at the end saves the exact one. True when flushed."""
        if self._qa is None or self.store.write_stamp() is None:
            return False
        from .qa.saved import flush_facts, save_index

        self.catch_up_qa()
        if self._qa is None:
            return False
        if save_index(self._qa.index, self.store, live=True):
            self._live_saved = True
            return self._saved(True)
        return flush_facts(self._qa.index, self.store)

    def _answerer(self, index: Any = None) -> Any:
        """A new question answerer of the current graph (over `index`, else the saved one or one built now)."""
        from .qa import QuestionAnswerer

        self._qa = QuestionAnswerer(self, index=index)
        self._qa.generation = self.generation
        return self._qa

    def ask(self, question: str) -> Any:
        """Answer a Chinese question with a template (see kgqa.kg.qa)."""
        return self.qa().answer(question)

    def close(self) -> None:
        """Release the store (and its timeline); a writer's live index is no longer taken by readers (its
        ingest is over: kg/qa/saved.py `unmark_writer`)."""
        if self._live_saved:
            from .qa.saved import unmark_writer

            unmark_writer(self.store)
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if isinstance(self._timeline, Timeline):
            self._timeline.close()
        self.store.close()


__all__ = ["KnowledgeGraph", "IngestReport", "StoreError", "ID", "page_id"]
