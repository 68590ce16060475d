"""Each entity's facts in date order, kept beside an embedded store, so that an entity page reads its newest
facts without sorting all of them.

An entity page shows, per section (posts held, posts in it, agreements, events, articles), the newest facts
first. The engine sorts every fact of the entity for that, reading a date per fact: about 30 us a fact, 2-3 s
for the busiest person of 100,000 pages (bench/README.md). The writer keeps here, in an SQLite file, one row
per (entity, section, fact, date, article graph), indexed by entity and section: a page of the newest facts
is a few milliseconds at any size. It keeps the articles' list the same way (table `article`, one row per
article and graph, in the order of browse.py's Q_ARTICLE_LIST): the home page's newest articles and each page of
/articles are an index range too, not a sort of every article (16.8 s for the first `/` at 100,000 articles).

The file is a cache of the store. It names the store's write stamp it is of; a process uses it only when that
is the store's current stamp (else the page falls back to SPARQL, and the next writer rebuilds it from the
store). Remote stores keep none.

    >>> from kgqa.kg.store import open_store
    >>> Timeline.open(open_store("memory:")) is None
    True
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from itertools import product
from pathlib import Path
from typing import Any, NamedTuple

from rdflib import URIRef
from rdflib.namespace import ORG, RDF

from .store import GraphStore
from .vocab import ENTITY_GRAPH, KGQA, SCHEMA, XSD

SIDECAR = "timeline.sqlite"
FORMAT = "4"  # 3: the holders section; 4: the articles' list (`article`)
TOTALS_KEPT = 10_000  # `total`s remembered per stamp (then forgotten all at once)
# section -> (the links from a fact to the entity, the fact's date)
SECTIONS: dict[str, tuple[tuple[URIRef, ...], URIRef]] = {
    "posts": ((ORG.heldBy,), KGQA.statedOn),
    "members": ((ORG.postIn,), KGQA.statedOn),
    "agreements": ((KGQA.party, KGQA.witness, KGQA.field), KGQA.signedOn),
    "events": ((SCHEMA.attendee, KGQA.host, KGQA.involves, SCHEMA.organizer, SCHEMA.location), SCHEMA.startDate),
    "articles": ((SCHEMA.mentions,), KGQA.newsDate),
}
# a post's holdings (国务院总理 held in 20,000 articles): the facts of one organisation and title, keyed `post_key`
HOLDERS = "holders"
_POST_LINKS = (str(ORG.postIn), str(ORG.role))
_SECTION_IDS = {name: i for i, name in enumerate([*SECTIONS, HOLDERS], 1)}
_LINKS = {str(p): _SECTION_IDS[name] for name, (links, _) in SECTIONS.items() for p in links}
_DATE_OF = {_SECTION_IDS[name]: str(date) for name, (_, date) in SECTIONS.items()}
_DATE_OF[_SECTION_IDS[HOLDERS]] = str(KGQA.statedOn)
_DATES = set(_DATE_OF.values())
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS term (id INTEGER PRIMARY KEY, iri TEXT UNIQUE);
CREATE TABLE IF NOT EXISTS fact (entity INTEGER, section INTEGER, date TEXT, fact INTEGER, graph INTEGER,
    UNIQUE (entity, section, date, fact, graph));
CREATE INDEX IF NOT EXISTS fact_graph ON fact (graph);
CREATE TABLE IF NOT EXISTS article (graph INTEGER, iri TEXT, date TEXT, dtype TEXT, src TEXT, pos INTEGER);
CREATE INDEX IF NOT EXISTS article_order ON article (date DESC, dtype DESC, src, pos, iri);
CREATE INDEX IF NOT EXISTS article_graph ON article (graph);
"""
# newest first, undated last (SQLite sorts NULL lowest), read backwards off the UNIQUE index: no sort, whatever the
# entity's size; a fact of two dates comes twice, and its page shows it once (as the SPARQL pages do)
_PAGE = """SELECT t.iri, f.date FROM fact f JOIN term t ON t.id = f.fact
WHERE f.entity = ? AND f.section = ? ORDER BY f.date DESC LIMIT ? OFFSET ?"""
_TOTAL = "SELECT COUNT(DISTINCT fact) FROM fact WHERE entity = ? AND section = ?"
# an entity's rows of a section newest first (undated last), off the UNIQUE index: no grouping, no sort; `newest`
# stops reading once it has its facts (a fact's first row is of its latest date)
_NEWEST = """SELECT f.fact, f.date FROM fact f WHERE f.entity = ? AND f.section = ? ORDER BY f.date DESC"""
_IRIS = "SELECT id, iri FROM term WHERE id IN ({})"
Row = tuple[str, int, "str | None", str, str]  # entity, section, date, fact, graph
# the articles' list in the order of browse.py's Q_ARTICLE_LIST (`ORDER BY DESC(?date) ?src ?pos ?a`): Oxigraph
# orders the dates (xsd:date, gYearMonth, gYear) by lexical form, then datatype IRI, undated last; the source name
# (unbound first), position and IRI ascending, as SQLite's binary collation and NULLs-first do
_ARTICLES = """SELECT iri, date, src, pos FROM article ORDER BY date DESC, dtype DESC, src, pos, iri LIMIT ? OFFSET ?"""


class ArticleRow(NamedTuple):
    """One row of the articles' list: an article in a graph, its news date (lexical form and datatype IRI), the
    source name of its page and its position in the page (None: not stated)."""

    iri: str
    graph: str
    date: str | None
    dtype: str | None
    src: str | None
    pos: int | None


class Timeline:
    """The facts of every entity, section by section, in date order (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, writable: bool) -> None:
        self._conn = conn
        self._writable = writable
        self._lock = threading.Lock()  # one connection, shared by a server's threads
        self._stamp: str | None = None  # the writer's: the stamp it last wrote
        # `total` of (entity, section) at one stamp: counting the busiest person's 30,000 posts is ~7 ms a time
        self._totals: tuple[str | None, dict[tuple[str, str], int]] = (None, {})

    @classmethod
    def open(cls, store: GraphStore, read_only: bool = False) -> Timeline | None:
        """The timeline kept with this store (None: the store has no place for one, or a reader finds none)."""
        path = store.sidecar(SIDECAR)
        if path is None:
            return None
        try:
            if read_only:
                if not path.is_file():
                    return None
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            else:
                conn = _writer_connection(path)
            return cls(conn, not read_only)
        except sqlite3.DatabaseError:
            if read_only:
                return None
        try:  # a damaged or foreign file: only a cache, made again (and rebuilt at the next write)
            for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                part.unlink(missing_ok=True)
            return cls(_writer_connection(path), True)
        except (OSError, sqlite3.Error):
            return None

    def stamp(self) -> str | None:
        """The store's write stamp this timeline is of (None: unknown, or another format)."""
        if self._writable and self._stamp is not None:  # the one writer of the store set it last
            return self._stamp
        try:
            with self._lock:
                rows = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error:
            return None
        return rows.get("stamp") if rows.get("format") == FORMAT else None

    def record(
        self, drop: Iterable[str], rows: Iterable[Row | ArticleRow], before: str | None, after: str | None
    ) -> bool:
        """After a write that took the store from stamp `before` to `after` (dropping the graphs `drop`, adding
        `rows`: `page_rows`): the same change here, when this timeline was of `before`; True when it now is of
        `after`."""
        if not self._writable or before is None or after is None or self.stamp() != before:
            return False
        with self._lock, self._conn:
            self._drop(drop)
            self._insert(rows)
            self._set_stamp(after)
        return True

    def rebuild(self, store: GraphStore) -> None:
        """Every row again from the store, marked with its current stamp (the store must not change meanwhile)."""
        stamp = store.write_stamp()
        if not self._writable or stamp is None:
            return
        self._stamp = None
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM meta WHERE key = 'stamp'")
            self._conn.execute("DROP TABLE IF EXISTS fact")  # (and its indexes: those of this format made anew)
            self._conn.execute("DROP TABLE IF EXISTS term")
            self._conn.execute("DROP TABLE IF EXISTS article")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
            for name, (links, date) in SECTIONS.items():
                self._insert(_store_rows(store, name, links, date))
            self._insert(_holder_rows(store))
            self._insert(_article_rows(store))
            self._set_stamp(stamp)

    def page(self, entity: str, section: str, page: int, per_page: int) -> list[tuple[str, str | None]]:
        """One page of an entity's facts of a section, newest first (undated last): (fact IRI, date) pairs.

        >>> tl = Timeline(_writer_connection(Path(":memory:")), True)
        >>> tl._insert([("urn:e", 1, "2024-05-01", "urn:x1", "urn:g1"), ("urn:e", 1, "2025-01-02", "urn:x2", "urn:g2")])
        >>> tl.page("urn:e", "posts", 1, 20)
        [('urn:x2', '2025-01-02'), ('urn:x1', '2024-05-01')]
        """
        with self._lock:
            eid = self._term_id(entity)
            if eid is None:
                return []
            args = (eid, _SECTION_IDS[section], int(per_page), (max(1, int(page)) - 1) * int(per_page))
            return [(iri, date) for iri, date in self._conn.execute(_PAGE, args).fetchall()]

    def total(self, entity: str, section: str) -> int:
        """How many facts of a section the entity has."""
        stamp = self.stamp()
        with self._lock:
            if self._totals[0] != stamp or stamp is None:
                self._totals = (stamp, {})
            key = (entity, section)
            if key not in self._totals[1]:
                eid = self._term_id(entity)
                n = 0 if eid is None else int(self._conn.execute(_TOTAL, (eid, _SECTION_IDS[section])).fetchone()[0])
                if len(self._totals[1]) >= TOTALS_KEPT:
                    self._totals[1].clear()
                self._totals[1][key] = n
            return self._totals[1][key]

    def newest(self, entity: str, section: str, count: int) -> list[str]:
        """The entity's `count` newest facts of a section by their latest date, ties and undated ones by IRI:
        the facts `newest_query` selects from the store.

        >>> tl = Timeline(_writer_connection(Path(":memory:")), True)
        >>> tl._insert([("urn:e", 1, "2024-05-01", "urn:x1", "urn:g1"), ("urn:e", 1, None, "urn:x0", "urn:g1"),
        ...             ("urn:e", 1, "2025-01-02", "urn:x3", "urn:g2"), ("urn:e", 1, "2025-01-02", "urn:x2", "urn:g2")])
        >>> tl.newest("urn:e", "posts", 3), tl.newest("urn:e", "posts", 9)[-1]
        (['urn:x2', 'urn:x3', 'urn:x1'], 'urn:x0')
        """
        with self._lock:
            eid = self._term_id(entity)
            if eid is None:
                return []
            latest = _latest_dates(self._conn.execute(_NEWEST, (eid, _SECTION_IDS[section])), int(count))
            iris: dict[int, str] = {}
            ids = list(latest)
            for i in range(0, len(ids), 500):
                batch = ids[i : i + 500]
                iris.update(self._conn.execute(_IRIS.format(",".join("?" * len(batch))), batch).fetchall())
        ranked = sorted(latest.items(), key=lambda kv: iris[kv[0]])  # ties by IRI (the sorts are stable) ...
        ranked.sort(key=lambda kv: kv[1] or "", reverse=True)  # ... later ISO dates first, undated last
        return [iris[fid] for fid, _ in ranked[: max(0, int(count))]]

    def articles(
        self, limit: int | None = None, offset: int = 0
    ) -> list[tuple[str, str | None, str | None, int | None]]:
        """`limit` articles (all: None) from `offset` in the order of browse.py's Q_ARTICLE_LIST, newest first:
        (IRI, date, source name, position) rows, one per article and graph as that query's.

        >>> tl = Timeline(_writer_connection(Path(":memory:")), True)
        >>> tl._insert([ArticleRow("urn:a1", "urn:g1", "2024-05-01", str(XSD.date), "p.txt", 0),
        ...             ArticleRow("urn:a2", "urn:g1", None, None, "p.txt", 1),
        ...             ArticleRow("urn:a3", "urn:g2", "2024-05", str(XSD.gYearMonth), None, 0)])
        >>> [r[0] for r in tl.articles()], tl.articles(1, 1)
        (['urn:a1', 'urn:a3', 'urn:a2'], [('urn:a3', '2024-05', None, 0)])
        """
        args = (-1 if limit is None else max(0, int(limit)), max(0, int(offset)))
        with self._lock:
            return [(iri, date, src, pos) for iri, date, src, pos in self._conn.execute(_ARTICLES, args).fetchall()]

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._conn.close()

    def _term_id(self, iri: str) -> int | None:
        row = self._conn.execute("SELECT id FROM term WHERE iri = ?", (iri,)).fetchone()
        return int(row[0]) if row else None

    def _ids(self, iris: set[str]) -> dict[str, int]:
        """The ids of these IRIs, added to the term table when new."""
        self._conn.executemany("INSERT OR IGNORE INTO term (iri) VALUES (?)", ((i,) for i in iris))
        out: dict[str, int] = {}
        listed = sorted(iris)
        for i in range(0, len(listed), 500):
            batch = listed[i : i + 500]
            marks = ",".join("?" * len(batch))
            out.update(self._conn.execute(f"SELECT iri, id FROM term WHERE iri IN ({marks})", batch).fetchall())
        return out

    def _insert(self, rows: Iterable[Row | ArticleRow]) -> None:
        batch: list[Row] = []
        articles: list[ArticleRow] = []
        for row in rows:
            if isinstance(row, ArticleRow):
                articles.append(row)
            else:
                batch.append(row)
            if len(batch) >= 5000:
                self._insert_batch(batch)
                batch = []
            if len(articles) >= 5000:
                self._insert_articles(articles)
                articles = []
        self._insert_batch(batch)
        self._insert_articles(articles)

    def _insert_articles(self, rows: list[ArticleRow]) -> None:
        if not rows:
            return
        ids = self._ids({r.graph for r in rows})
        self._conn.executemany(
            "INSERT INTO article (graph, iri, date, dtype, src, pos) VALUES (?, ?, ?, ?, ?, ?)",
            ((ids[r.graph], r.iri, r.date, r.dtype, r.src, r.pos) for r in rows),
        )

    def _insert_batch(self, rows: list[Row]) -> None:
        if not rows:
            return
        ids = self._ids({r[0] for r in rows} | {r[3] for r in rows} | {r[4] for r in rows})
        self._conn.executemany(
            "INSERT OR IGNORE INTO fact (entity, section, date, fact, graph) VALUES (?, ?, ?, ?, ?)",
            ((ids[e], s, d, ids[x], ids[g]) for e, s, d, x, g in rows),
        )

    def _drop(self, graphs: Iterable[str]) -> None:
        for g in graphs:
            gid = self._term_id(g)
            if gid is not None:
                self._conn.execute("DELETE FROM fact WHERE graph = ?", (gid,))
                self._conn.execute("DELETE FROM article WHERE graph = ?", (gid,))

    def _set_stamp(self, stamp: str) -> None:
        self._stamp = stamp
        self._conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (("stamp", stamp), ("format", FORMAT))
        )


def _latest_dates(rows: Iterable[tuple[int, str | None]], count: int) -> dict[int, str | None]:
    """Of rows (fact id, date) newest first, undated last: each fact's latest date, for the facts of the `count`
    newest, read up to the end of the last date they reach (its other facts tie with them, and the IRI decides).

    >>> _latest_dates([(1, "2025"), (2, "2025"), (1, "2024"), (3, "2024"), (4, "2024"), (5, "2023")], 3)
    {1: '2025', 2: '2025', 3: '2024', 4: '2024'}
    >>> _latest_dates([(1, "2025"), (2, None), (3, None)], 2)
    {1: '2025', 2: None, 3: None}
    """
    latest: dict[int, str | None] = {}
    last: tuple[str | None] | None = None  # the date the count was reached at
    for fact, date in rows:
        if last is not None and date != last[0]:
            break
        if fact not in latest:
            latest[fact] = date
            if len(latest) == count:
                last = (date,)
    return latest


def _writer_connection(path: Path) -> sqlite3.Connection:
    """The writer's connection: WAL (readers read while it writes), no sync per commit (a cache: a torn file
    is only rebuilt)."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(_SCHEMA)
    return conn


def post_key(org: str, role: str) -> str:
    """The timeline's entity for a post, one organisation's title (section `holders`): both IRIs.

    >>> post_key("https://kgqa.dev/id/org/a", "https://kgqa.dev/id/title/b")
    'https://kgqa.dev/id/org/a https://kgqa.dev/id/title/b'
    """
    return f"{org} {role}"


def page_rows(quads: Iterable[tuple[Any, Any, Any, Any]]) -> list[Row | ArticleRow]:
    """The timeline rows of a mapped page's quads: each link from a fact to an entity in an article graph,
    and each post's organisation and title (`post_key`), with the fact's date in that graph (of its section's
    date property); then the page's articles (`article_rows`).

    >>> from rdflib import Literal
    >>> g, x, e = URIRef("urn:g"), URIRef("urn:x"), URIRef("urn:e")
    >>> page_rows([(x, ORG.heldBy, e, g), (x, KGQA.statedOn, Literal("2025-01-02"), g)])
    [('urn:e', 1, '2025-01-02', 'urn:x', 'urn:g')]
    >>> page_rows([(x, ORG.postIn, e, g), (x, ORG.role, URIRef("urn:t"), g)])[-1]
    ('urn:e urn:t', 6, None, 'urn:x', 'urn:g')
    """
    links: list[tuple[str, int, str, str]] = []
    dates: dict[tuple[str, str, str], list[str]] = {}
    posts: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for s, p, o, g in quads:
        if g == ENTITY_GRAPH:
            continue
        pred = str(p)
        section = _LINKS.get(pred)
        if section is not None and isinstance(o, URIRef):
            links.append((str(o), section, str(s), str(g)))
        elif pred in _DATES:
            dates.setdefault((str(s), str(g), pred), []).append(str(o))
        if pred in _POST_LINKS and isinstance(o, URIRef):
            posts.setdefault((str(s), str(g)), ([], []))[_POST_LINKS.index(pred)].append(str(o))
    holders = _SECTION_IDS[HOLDERS]
    links += [(post_key(o, r), holders, x, g) for (x, g), (orgs, roles) in posts.items() for o in orgs for r in roles]
    rows: list[Row | ArticleRow] = []
    for e, section, x, g in links:
        found: list[str | None] = list(dates.get((x, g, _DATE_OF[section]), ())) or [None]
        rows.extend((e, section, d, x, g) for d in found)
    return rows + article_rows(quads)


_ARTICLE_PREDICATES = {str(p): p for p in (RDF.type, KGQA.position, SCHEMA.isPartOf, KGQA.newsDate)}
_XSD_STRING = str(XSD.string)


def _dtype(term: Any) -> str:
    """The datatype IRI of a literal as SPARQL's DATATYPE gives it (a plain literal's is xsd:string)."""
    dt = getattr(term, "datatype", None)
    if dt is not None:
        return str(dt)
    return "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if getattr(term, "language", None) else _XSD_STRING


def _position(term: Any) -> int | None:
    try:
        return int(str(term))
    except ValueError:
        return None


def article_rows(quads: Iterable[tuple[Any, Any, Any, Any]]) -> list[ArticleRow]:
    """The articles' list rows of a page's quads: what browse.py's Q_ARTICLE_LIST finds of them (an article typed
    schema:NewsArticle with a position and a page in its graph, its news date if any, its page's source name if any:
    one row per combination, as the query's solutions).

    >>> from rdflib import Literal
    >>> a, g, p = URIRef("urn:a"), URIRef("urn:g"), URIRef("urn:p")
    >>> article_rows([(a, RDF.type, SCHEMA.NewsArticle, g), (a, KGQA.position, Literal(2), g),
    ...               (a, SCHEMA.isPartOf, p, g), (p, KGQA.sourceName, Literal("x.txt"), g)])
    [ArticleRow(iri='urn:a', graph='urn:g', date=None, dtype=None, src='x.txt', pos=2)]
    """
    typed: list[tuple[str, str]] = []
    found: dict[tuple[str, str, str], list[Any]] = {}
    sources: dict[str, list[str]] = {}
    name = str(KGQA.sourceName)
    article, kinds = str(SCHEMA.NewsArticle), _ARTICLE_PREDICATES
    for s, p, o, g in quads:
        pred = str(p)
        if pred == name:
            sources.setdefault(str(s), []).append(str(o))
        elif pred in kinds and g != ENTITY_GRAPH:
            if kinds[pred] == RDF.type:
                if str(o) == article:
                    typed.append((str(s), str(g)))
            else:
                found.setdefault((str(s), str(g), pred), []).append(o)
    rows: list[ArticleRow] = []
    for a, g in dict.fromkeys(typed):
        positions = found.get((a, g, str(KGQA.position)), [])
        pages = [str(x) for x in found.get((a, g, str(SCHEMA.isPartOf)), []) if isinstance(x, URIRef)]
        dated: list[Any] = found.get((a, g, str(KGQA.newsDate)), []) or [None]
        for pos, page, d in product(positions, pages, dated):
            named: list[str | None] = list(sources.get(page, ())) or [None]
            for src in named:
                date = None if d is None else str(d)
                rows.append(ArticleRow(a, g, date, None if d is None else _dtype(d), src, _position(pos)))
    return rows


def newest_query(entity: str, section: str, count: int) -> tuple[str, str]:
    """SPARQL for a store that keeps no timeline: the entity's `count` newest facts of a section (?x, in the
    order of `Timeline.newest`: latest date as a string, newest first, undated last, ties by IRI), and how many
    facts of the section it has (?n). `entity` must be an IRI the caller checked.

    >>> q, n = newest_query("https://kgqa.dev/id/person/x", "posts", 3)
    >>> "LIMIT 3" in q, "COUNT(DISTINCT ?x)" in n
    (True, True)
    """
    if section == HOLDERS:
        org, role = entity.split(" ")
        date, link = KGQA.statedOn, f"<{ORG.postIn}> <{org}> ; <{ORG.role}> <{role}>"
    else:
        links, date = SECTIONS[section]
        link = "|".join(f"<{p}>" for p in links) + f" <{entity}>"
    where = f"WHERE {{ GRAPH ?g {{ ?x {link} }} FILTER(?g != <{ENTITY_GRAPH}>) "
    dated = f"OPTIONAL {{ GRAPH ?g {{ ?x <{date}> ?d }} }} }}"
    newest = (  # sorted outside the grouping: Virtuoso orders by no aggregate's alias
        f"SELECT ?x ?date WHERE {{ {{ SELECT ?x (MAX(STR(?d)) AS ?date) {where}{dated} GROUP BY ?x }} }} "
        f"ORDER BY (!BOUND(?date)) DESC(?date) STR(?x) LIMIT {int(count)}"
    )
    return newest, f"SELECT (COUNT(DISTINCT ?x) AS ?n) {where}}}"


def _store_rows(store: GraphStore, name: str, links: tuple[URIRef, ...], date: URIRef) -> Iterator[Row]:
    """The timeline rows of one section, read from the whole store (`rebuild`)."""
    path = "|".join(f"<{p}>" for p in links)
    sparql = (
        f"SELECT ?e ?d ?x ?g WHERE {{ GRAPH ?g {{ ?x {path} ?e OPTIONAL {{ ?x <{date}> ?d }} }} "
        f"FILTER(isIRI(?e) && ?g != <{ENTITY_GRAPH}>) }}"
    )
    section = _SECTION_IDS[name]
    for e, d, x, g in store.stream_rows(sparql):
        if e and x and g:
            yield (e, section, d, x, g)


def _article_rows(store: GraphStore) -> Iterator[ArticleRow]:
    """The articles' list rows of the whole store (`rebuild`): Q_ARTICLE_LIST's solutions, unordered."""
    sparql = (
        f"SELECT ?a ?g ?date (DATATYPE(?date) AS ?dt) ?src ?pos WHERE {{ GRAPH ?g {{ ?a a <{SCHEMA.NewsArticle}> ; "
        f"<{KGQA.position}> ?pos ; <{SCHEMA.isPartOf}> ?page OPTIONAL {{ ?a <{KGQA.newsDate}> ?date }} }} "
        f"OPTIONAL {{ ?page <{KGQA.sourceName}> ?src }} }}"
    )
    for a, g, date, dt, src, pos in store.stream_rows(sparql):
        if a and g:
            yield ArticleRow(a, g, date, dt, src, _position(pos))


def _holder_rows(store: GraphStore) -> Iterator[Row]:
    """The timeline rows of the holders section, read from the whole store (`rebuild`)."""
    sparql = (
        f"SELECT ?o ?r ?d ?x ?g WHERE {{ GRAPH ?g {{ ?x <{ORG.postIn}> ?o ; <{ORG.role}> ?r "
        f"OPTIONAL {{ ?x <{KGQA.statedOn}> ?d }} }} FILTER(isIRI(?o) && isIRI(?r) && ?g != <{ENTITY_GRAPH}>) }}"
    )
    section = _SECTION_IDS[HOLDERS]
    for o, r, d, x, g in store.stream_rows(sparql):
        if o and r and x and g:
            yield (post_key(o, r), section, d, x, g)


__all__ = ["ArticleRow", "HOLDERS", "SECTIONS", "SIDECAR", "Timeline", "newest_query", "page_rows", "post_key"]
