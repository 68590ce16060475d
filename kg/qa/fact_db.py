"""The fact indexes of a saved question index, in an SQLite file kept with the store and searched where they lie.

A fact index held whole in Python (fact_index.py) costs about ten times its pickle: 2 GB at 10,000 pages,
about 20 GB at 100,000. A process that loads the saved index (`kgqa serve`, `kgqa ask`) reads instead
the few rows a question needs from this file (`DiskFacts`): the postings of the question's rarest words,
the facts linked to the entities it names, and the words of the best candidates, which are scored as
in memory (`FactIndex.score`), so a search ranks the same facts in the same order.

The file grows by chunks: an ingest appends the facts taken in since its last flush (`FactDB.append`), and
an index names the last chunk it holds (`GraphIndex.fact_chunk`): readers see that state even while a
writer appends, and a writer whose index names an older chunk than the file holds first drops the chunks of
a write cut short. Pages added to a loaded index live in memory until the next flush (`Facts`: the file's
facts, then those in memory, with ids after the file's).

    >>> facts = Facts()
    >>> facts.add_text("urn:e1", "甲市召开调度会", name=True)
    >>> facts.freeze()
    >>> [iri for _, iri in facts.search("调度会", set())]
    ['urn:e1']
"""

from __future__ import annotations

import os
import sqlite3
import threading
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from .fact_index import FactIndex, Words, bigrams, fit
from .name_db import MEMBERS_MARK, NAME_SCHEMA

SEP = "\x1f"  # between the words (and entities) of one fact in a row
KINDS = {"events": 1, "agreements": 2, "articles": 3}
_IN = 500  # ids per `IN (...)` list
_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS chunk (chunk INTEGER, kind INTEGER, n INTEGER, last INTEGER);
CREATE TABLE IF NOT EXISTS fact (id INTEGER PRIMARY KEY, kind INTEGER, chunk INTEGER, iri TEXT, label TEXT,
    named INTEGER, grams TEXT, body INTEGER, ents TEXT);
CREATE INDEX IF NOT EXISTS fact_iri ON fact (iri);
CREATE INDEX IF NOT EXISTS fact_label ON fact (kind, label);
CREATE TABLE IF NOT EXISTS body (id INTEGER PRIMARY KEY, chunk INTEGER, grams TEXT);
CREATE TABLE IF NOT EXISTS post (kind INTEGER, gram TEXT, chunk INTEGER, n INTEGER, ids BLOB);
CREATE INDEX IF NOT EXISTS post_gram ON post (kind, gram, chunk, n);
CREATE TABLE IF NOT EXISTS bpost (kind INTEGER, gram TEXT, chunk INTEGER, n INTEGER, ids BLOB);
CREATE INDEX IF NOT EXISTS bpost_gram ON bpost (kind, gram, chunk, n);
CREATE TABLE IF NOT EXISTS bfact (kind INTEGER, body INTEGER, chunk INTEGER, ids BLOB);
CREATE INDEX IF NOT EXISTS bfact_body ON bfact (kind, body);
CREATE TABLE IF NOT EXISTS ent (kind INTEGER, entity TEXT, chunk INTEGER, ids BLOB);
CREATE INDEX IF NOT EXISTS ent_entity ON ent (kind, entity);
"""
    + NAME_SCHEMA
)
_TABLES = ("chunk", "fact", "body", "post", "bpost", "bfact", "ent", "name", "member")


def _ids(blob: bytes) -> array:
    """Fact (or body) ids packed in a row."""
    out = array("q")
    out.frombytes(blob)
    return out


def _joined(rows: Iterable[tuple[bytes]]) -> list[int]:
    """The ids of every row's packed blob, rows in order (a posting split over chunks, made one)."""
    return [i for (blob,) in rows for i in _ids(blob)]


def _packed(ids: Iterable[int]) -> bytes:
    return array("q", ids).tobytes()


def _words(text: str | None) -> set[str]:
    return set(text.split(SEP)) if text else set()


def _among(grams: set[str], text: str | None) -> frozenset[str]:
    """The words of `grams` in a row's words (a non-empty row: never empty, as `fit` reads an article's words)."""
    if not text:
        return frozenset()
    padded = SEP + text + SEP
    found = frozenset(g for g in grams if SEP + g + SEP in padded)
    return found or frozenset({SEP})  # (SEP is in no description's words)


def _batches(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _IN):
        yield items[i : i + _IN]


class FactDB:
    """One SQLite file of fact indexes: opened once per process (a connection is not shared across a fork),
    queried under a lock (a search is a few short queries)."""

    def __init__(self, path: Path, create: bool = False) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        if not create and not path.is_file():
            raise FileNotFoundError(path)
        conn = self._connect()
        if create:
            with self._lock:
                conn.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        """This process's connection (opened now: a newer save that removes the file does not take it away)."""
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(str(self.path), timeout=60, check_same_thread=False, isolation_level=None)
            self._pid = os.getpid()
        return self._conn

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        """The rows of one query."""
        with self._lock:
            return self._connect().execute(sql, args).fetchall()

    def last_chunk(self) -> int:
        """The newest chunk written (0 when none)."""
        return self.rows("SELECT coalesce(max(chunk), 0) FROM chunk")[0][0]

    def append(
        self,
        parts: dict[str, FactIndex],
        after: int,
        names: Mapping[str, Iterable[tuple[str, bytes | None]]] | None = None,
        members: Mapping[str, Iterable[tuple[str, bytes | None, bytes | None]]] | None = None,
    ) -> int:
        """Write the facts of in-memory indexes ({"events": FactIndex, ...}), the changed keys of the name
        tables ({part: [(key, pickled value or None)]}, name_db.py) and the changed members of its member tables
        ({part: [(key, member, value)]}) as the chunk after `after` (the chunks past `after`, of a write cut
        short, are dropped first); the new chunk's number."""
        with self._lock:
            conn = self._connect()
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._past(conn, after):  # each DELETE scans its table (no index starts with the chunk)
                    for table in _TABLES:
                        conn.execute(f"DELETE FROM {table} WHERE chunk > ?", (after,))  # noqa: S608 - names above
                chunk = after + 1
                bodies: dict[int, int] = {}
                for name, idx in parts.items():
                    _Writer(conn, KINDS[name], chunk, bodies).write(idx)
                for part, rows in (names or {}).items():
                    conn.executemany(
                        "INSERT INTO name VALUES (?, ?, ?, ?)", ((part, key, chunk, raw) for key, raw in rows)
                    )
                written = 0  # member rows (they may come as iterators, made as they are written)
                for part, member_rows in (members or {}).items():
                    written += conn.executemany(
                        "INSERT INTO member VALUES (?, ?, ?, ?, ?)",
                        ((part, key, chunk, m, v) for key, m, v in member_rows),
                    ).rowcount
                if written > 0:  # the chunk's mark for `_past` (a small table)
                    conn.execute("INSERT INTO name VALUES (?, '', ?, NULL)", (MEMBERS_MARK, chunk))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return chunk

    @staticmethod
    def _past(conn: sqlite3.Connection, after: int) -> bool:
        """Whether the file has rows of a chunk past `after` (appended, never saved: a process killed between the
        two). A chunk of facts has its rows in `chunk` (one a kind, in the same transaction); a chunk of names only
        has them in `name` (one of members only, its mark there). Both small tables, against the fact and posting tables the DELETEs scan whole
        (none has an index that starts with the chunk): 11 ms a flush at 1,000 pages, 81 at 8,000 (bench/README.md)."""
        found = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM chunk WHERE chunk > ?) OR EXISTS (SELECT 1 FROM name WHERE chunk > ?)",
            (after, after),
        ).fetchone()
        return bool(found[0])


class _Writer:
    """Writes one in-memory fact index into the file as part of one chunk."""

    def __init__(self, conn: sqlite3.Connection, kind: int, chunk: int, bodies: dict[int, int]) -> None:
        self.conn, self.kind, self.chunk, self.bodies = conn, kind, chunk, bodies

    def write(self, idx: FactIndex) -> None:
        """Facts new to the file get ids and postings; a fact it has (a page taken in again) is merged as
        `FactIndex.merge` does (its words and entities added, its postings left)."""
        known = self._known(idx.iris)
        new: list[int] = []  # positions in idx of facts new to the file
        ids: dict[int, int] = {}  # position in idx -> id in the file
        start = self.conn.execute("SELECT coalesce(max(id), 0) FROM fact").fetchone()[0] + 1
        rows = []
        for i, iri in enumerate(idx.iris):
            if iri in known:
                ids[i] = known[iri]
                self._merge(idx, i, known[iri])
                continue
            ids[i] = start + len(new)
            new.append(i)
            rows.append(
                (ids[i], self.kind, self.chunk, iri, idx.labels[i], int(idx.is_named(i)), SEP.join(sorted(idx.grams[i])),
                 self._body(idx.body[i]), SEP.join(sorted(idx.ents[i])))
            )  # fmt: skip
        self.conn.executemany("INSERT INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        last = ids[new[-1]] if new else 0
        self.conn.execute("INSERT INTO chunk VALUES (?, ?, ?, ?)", (self.chunk, self.kind, len(new), last))
        fresh = set(new)
        posted: dict[str, list[int]] = {}
        for i in new:
            for gram in idx.grams[i]:
                posted.setdefault(gram, []).append(ids[i])
        self._postings("post", posted)
        body_facts: dict[int, list[int]] = {}
        body_grams: dict[str, list[int]] = {}
        for i in new:
            body = idx.body[i]
            if body:
                bid = self.bodies[id(body)]
                if bid not in body_facts:
                    body_facts[bid] = []
                    for gram in body:
                        body_grams.setdefault(gram, []).append(bid)
                body_facts[bid].append(ids[i])
        self._postings("bpost", body_grams)
        self.conn.executemany(
            "INSERT INTO bfact VALUES (?, ?, ?, ?)",
            ((self.kind, bid, self.chunk, _packed(f)) for bid, f in body_facts.items()),
        )
        linked: dict[str, list[int]] = {}
        for entity, positions in idx.by_entity.items():
            got = [ids[i] for i in positions if i in fresh]
            if got:
                linked[entity] = got
        self.conn.executemany(
            "INSERT INTO ent VALUES (?, ?, ?, ?)", ((self.kind, e, self.chunk, _packed(f)) for e, f in linked.items())
        )

    def _postings(self, table: str, posted: dict[str, list[int]]) -> None:
        self.conn.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)",  # noqa: S608 - one of two table names of this module
            ((self.kind, g, self.chunk, len(f), _packed(f)) for g, f in posted.items()),
        )

    def _known(self, iris: list[str]) -> dict[str, int]:
        """The facts of this kind the file already has, by IRI."""
        out: dict[str, int] = {}
        for batch in _batches(iris):
            marks = ",".join("?" * len(batch))
            for fid, iri in self.conn.execute(
                f"SELECT id, iri FROM fact WHERE kind = ? AND iri IN ({marks})",  # noqa: S608 - only ? marks
                (self.kind, *batch),
            ):
                out[iri] = fid
        return out

    def _body(self, body: frozenset[str]) -> int | None:
        """The row of an article's words (one per shared set), written when first seen."""
        if not body:
            return None
        bid = self.bodies.get(id(body))
        if bid is None:
            cur = self.conn.execute("INSERT INTO body (chunk, grams) VALUES (?, ?)", (self.chunk, SEP.join(body)))
            bid = self.bodies[id(body)] = int(cur.lastrowid or 0)
        return bid

    def _merge(self, idx: FactIndex, i: int, fid: int) -> None:
        """A fact the file has, taken in again: label, words, body and entities merged into its row."""
        label, named, grams, body, ents = self.conn.execute(
            "SELECT label, named, grams, body, ents FROM fact WHERE id = ?", (fid,)
        ).fetchone()
        if not label or (idx.is_named(i) and not named):
            label, named = idx.labels[i], int(idx.is_named(i))
        new_ents = idx.ents[i] - _words(ents)
        self.conn.execute(
            "UPDATE fact SET label = ?, named = ?, grams = ?, body = ?, ents = ? WHERE id = ?",
            (
                label,
                named,
                SEP.join(sorted(_words(grams) | idx.grams[i])),
                self._body(idx.body[i]) if idx.body[i] else body,
                SEP.join(sorted(_words(ents) | idx.ents[i])),
                fid,
            ),
        )
        self.conn.executemany(
            "INSERT INTO ent VALUES (?, ?, ?, ?)",
            ((self.kind, e, self.chunk, _packed([fid])) for e in sorted(new_ents)),
        )


class Source(Protocol):
    """What a search reads of one store of facts (the file's, or those in memory)."""

    def entity_ids(self, entity: str) -> list[int]: ...
    def dfs(self, grams: set[str]) -> dict[str, int]: ...
    def posting(self, gram: str) -> Sequence[int]: ...
    def body_dfs(self, grams: set[str]) -> dict[str, int]: ...
    def body_hits(self, gram: str) -> list[int]: ...
    def iris_of(self, ids: list[int]) -> dict[int, str]: ...
    def facts_of(
        self, ids: list[int], grams: set[str]
    ) -> dict[int, tuple[str, set[str], frozenset[str], set[str]]]: ...


class DiskFacts:
    """The facts of one kind in the file, up to one chunk: read a few rows at a time."""

    def __init__(self, db: FactDB, kind: str, chunk: int) -> None:
        self.db, self.kind, self.chunk = db, KINDS[kind], chunk
        n, last = db.rows(
            "SELECT coalesce(sum(n), 0), coalesce(max(last), 0) FROM chunk WHERE kind = ? AND chunk <= ?",
            (self.kind, chunk),
        )[0]
        self.n, self.last = int(n), int(last)  # how many facts; the largest id (ids after it are in memory)

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        return self.db.rows(sql, (self.kind, self.chunk, *args))

    def _in(self, sql: str, keys: Sequence[Any]) -> list[tuple]:
        """Rows of a query ending in `IN ({})`, for any number of keys (`+kind`: facts are read by id, not
        through the index of a kind's labels, which SQLite otherwise picks for a long list of ids)."""
        out: list[tuple] = []
        for batch in _batches(list(keys)):
            out += self._rows(sql.format(",".join("?" * len(batch))), batch)
        return out

    def _by_iri(self, iri: str) -> tuple | None:
        got = self._rows(
            "SELECT id, label, grams, body FROM fact WHERE kind = ? AND chunk <= ? AND iri = ? ORDER BY id LIMIT 1",
            (iri,),
        )
        return got[0] if got else None

    def has(self, iri: str) -> bool:
        """Whether the fact is here."""
        return self._by_iri(iri) is not None

    def id_of(self, iri: str) -> int | None:
        """The fact's id, None when it is not here."""
        got = self._by_iri(iri)
        return got[0] if got else None

    def label_of(self, iri: str) -> str | None:
        """The fact's label, None when it is not here."""
        got = self._by_iri(iri)
        return got[1] if got else None

    def words_of(self, iri: str) -> tuple[str, set[str], frozenset[str]] | None:
        """The fact's label, own words and its article's words; None when it is not here."""
        got = self._by_iri(iri)
        if got is None:
            return None
        body = self.db.rows("SELECT grams FROM body WHERE id = ?", (got[3],)) if got[3] is not None else []
        return got[1], _words(got[2]), frozenset(_words(body[0][0])) if body else frozenset()

    def sample_labels(self, n: int) -> list[str]:
        """The first `n` labels in order (what examples are made from)."""
        got = self._rows("SELECT label FROM fact WHERE kind = ? AND chunk <= ? ORDER BY label LIMIT ?", (n,))
        return [label for (label,) in got]

    def first_iri(self) -> str | None:
        got = self._rows("SELECT iri FROM fact WHERE kind = ? AND chunk <= ? ORDER BY id LIMIT 1")
        return got[0][0] if got else None

    def entity_ids(self, entity: str) -> list[int]:
        return _joined(
            self._rows("SELECT ids FROM ent WHERE kind = ? AND chunk <= ? AND entity = ? ORDER BY chunk", (entity,))
        )

    def dfs(self, grams: set[str]) -> dict[str, int]:
        q = "SELECT gram, sum(n) FROM post WHERE kind = ? AND chunk <= ? AND gram IN ({}) GROUP BY gram"
        return dict(self._in(q, sorted(grams)))  # type: ignore[arg-type]

    def posting(self, gram: str) -> list[int]:
        return _joined(
            self._rows("SELECT ids FROM post WHERE kind = ? AND chunk <= ? AND gram = ? ORDER BY chunk", (gram,))
        )

    def body_dfs(self, grams: set[str]) -> dict[str, int]:
        q = "SELECT gram, sum(n) FROM bpost WHERE kind = ? AND chunk <= ? AND gram IN ({}) GROUP BY gram"
        return dict(self._in(q, sorted(grams)))  # type: ignore[arg-type]

    def body_hits(self, gram: str) -> list[int]:
        bids = _joined(self._rows("SELECT ids FROM bpost WHERE kind = ? AND chunk <= ? AND gram = ?", (gram,)))
        return _joined(self._in("SELECT ids FROM bfact WHERE kind = ? AND chunk <= ? AND body IN ({})", bids))

    def iris_of(self, ids: list[int]) -> dict[int, str]:
        return dict(self._in("SELECT id, iri FROM fact WHERE +kind = ? AND chunk <= ? AND id IN ({})", ids))  # type: ignore[arg-type]

    def facts_of(self, ids: list[int], grams: set[str]) -> dict[int, tuple[str, set[str], frozenset[str], set[str]]]:
        """IRI, own words, the words of `grams` in its article and entities of each fact (scoring needs no more
        of an article's words, which are most of a row)."""
        rows = self._in(
            "SELECT id, iri, grams, body, ents FROM fact WHERE +kind = ? AND chunk <= ? AND id IN ({})", ids
        )
        bids = sorted({r[3] for r in rows if r[3] is not None})
        bodies: dict[int, frozenset[str]] = {}
        for batch in _batches(bids):
            for bid, text in self.db.rows(
                f"SELECT id, grams FROM body WHERE id IN ({','.join('?' * len(batch))})", batch
            ):  # noqa: S608
                bodies[bid] = _among(grams, text)
        return {
            fid: (iri, _words(own), bodies.get(body, frozenset()) if body is not None else frozenset(), _words(ents))
            for fid, iri, own, body, ents in rows
        }

    def view(self) -> Iterator[tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]]:
        """Every fact: IRI, label, own words, article's words, entities (for tests and checks)."""
        rows = self._rows("SELECT iri, label, grams, body, ents FROM fact WHERE kind = ? AND chunk <= ? ORDER BY id")
        for iri, label, grams, body, ents in rows:
            text = self.db.rows("SELECT grams FROM body WHERE id = ?", (body,))[0][0] if body is not None else None
            yield iri, label, frozenset(_words(grams)), frozenset(_words(text)), frozenset(_words(ents))


class _Memory:
    """The facts in memory as a search source, their ids moved after the file's."""

    def __init__(self, idx: FactIndex, offset: int) -> None:
        idx.freeze()  # the facts a refresh took in unposted (`GraphIndex.add_graphs`) are posted before a search
        self.idx, self.off = idx, offset

    def entity_ids(self, entity: str) -> list[int]:
        return [self.off + i for i in self.idx.by_entity.get(entity, ())]

    def dfs(self, grams: set[str]) -> dict[str, int]:
        return {g: len(self.idx.postings[g]) for g in grams if g in self.idx.postings}

    def posting(self, gram: str) -> list[int]:
        return [self.off + i for i in self.idx.postings.get(gram, ())]

    def body_dfs(self, grams: set[str]) -> dict[str, int]:
        return {g: len(self.idx.body_grams[g]) for g in grams if g in self.idx.body_grams}

    def body_hits(self, gram: str) -> list[int]:
        return [self.off + i for key in self.idx.body_grams.get(gram, ()) for i in self.idx.body_postings[key]]

    def iris_of(self, ids: list[int]) -> dict[int, str]:
        n = len(self.idx)
        return {i: self.idx.iris[i - self.off] for i in ids if 0 <= i - self.off < n}

    def facts_of(self, ids: list[int], grams: set[str]) -> dict[int, tuple[str, set[str], frozenset[str], set[str]]]:
        x, n = self.idx, len(self.idx)
        return {
            i: (x.iris[i - self.off], x.grams[i - self.off], x.body[i - self.off], x.ents[i - self.off])
            for i in ids
            if 0 <= i - self.off < n
        }


class _IriView:
    """`iri in facts.by_iri`: whether a fact is here."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and self.facts.has(iri)


class _EntityView:
    """`facts.by_entity.get(entity, ())`: the ids of the facts linked to an entity."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts

    def get(self, entity: str, default: Any = ()) -> Any:
        return [i for s in self.facts.sources() for i in s.entity_ids(entity)] or default


class Facts:
    """A fact index of the question index: the facts of the file (`base`, when loaded from it) and those taken
    in since (`mem`, a FactIndex), read and searched as one. Without a file it is its FactIndex."""

    def __init__(self, base: DiskFacts | None = None) -> None:
        self.base = base
        self.mem = FactIndex()
        self.by_iri = _IriView(self)
        self.by_entity = _EntityView(self)

    def _offset(self) -> int:
        return self.base.last + 1 if self.base is not None else 0

    def sources(self) -> list[Source]:
        """Where the facts are: the file's, then memory's."""
        mem = _Memory(self.mem, self._offset())
        return [self.base, mem] if self.base is not None else [mem]

    def __len__(self) -> int:
        return (self.base.n if self.base is not None else 0) + len(self.mem)

    # -- taking in facts (to memory)
    def add_text(self, iri: str, text: str, name: bool = False, words: Words | None = None) -> None:
        self.mem.add_text(iri, text, name, words)

    def set_body(self, iri: str, body: frozenset[str]) -> None:
        self.mem.set_body(iri, body)

    def add_entity(self, iri: str, entity: str) -> None:
        self.mem.add_entity(iri, entity)

    def freeze(self) -> None:
        self.mem.freeze()

    def iris_since(self, start: int) -> list[str]:
        """The IRIs of the facts taken in after the first `start` (those in memory)."""
        return self.mem.iris[max(0, start - (self.base.n if self.base is not None else 0)) :]

    def flushed(self, base: DiskFacts) -> None:
        """Its facts in memory were written to the file (`base` now holds them): memory starts afresh."""
        self.base, self.mem = base, FactIndex()

    # -- reading
    def entities_of(self, ids: Iterable[int]) -> set[str]:
        """The entities the facts of these ids (as `by_entity` gives them) involve: an entity is one of them exactly
        when `by_entity` of it holds one of the ids (a few facts' entities, read instead of many entities' facts)."""
        wanted = sorted(set(ids))
        return {e for s in self.sources() for _, _, _, ents in s.facts_of(wanted, set()).values() for e in ents}

    def has(self, iri: str) -> bool:
        return iri in self.mem.by_iri or (self.base is not None and self.base.has(iri))

    def label_of(self, iri: str) -> str | None:
        """The fact's label (None when it is not here)."""
        i = self.mem.by_iri.get(iri)
        if i is not None:
            return self.mem.labels[i]
        return self.base.label_of(iri) if self.base is not None else None

    def _words_of(self, iri: str) -> tuple[str, set[str], frozenset[str]] | None:
        i = self.mem.by_iri.get(iri)
        if i is not None:
            return self.mem.labels[i], self.mem.grams[i], self.mem.body[i]
        return self.base.words_of(iri) if self.base is not None else None

    def own_grams(self, iri: str) -> set[str] | None:
        """The fact's own words (None when it is not here)."""
        got = self._words_of(iri)
        return got[1] if got else None

    def text_cover(self, iri: str, text: str) -> float:
        """As `FactIndex.text_cover`."""
        got, grams = self._words_of(iri), bigrams(text)
        if got is None or not grams:
            return 0.0
        return len(grams & (got[1] | got[2])) / len(grams)

    def own_cover(self, iri: str, text: str, name_only: bool = False) -> float:
        """As `FactIndex.own_cover`."""
        got, grams = self._words_of(iri), bigrams(text)
        if got is None or not grams:
            return 0.0
        own = bigrams(got[0]) if name_only else got[1]
        return len(grams & own) / len(grams)

    def sample_labels(self, n: int) -> list[str]:
        """The first `n` labels in order."""
        mem = sorted(self.mem.labels)[:n]
        return sorted(mem + self.base.sample_labels(n))[:n] if self.base is not None else mem

    def first_iri(self) -> str | None:
        if self.base is not None and self.base.n:
            return self.base.first_iri()
        return self.mem.iris[0] if self.mem.iris else None

    def view(self) -> dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str]]]:
        """Every fact by IRI: label, own words, article's words, entities."""
        out = {}
        if self.base is not None:
            out = {iri: (label, g, b, e) for iri, label, g, b, e in self.base.view()}
        m = self.mem
        for iri, i in m.by_iri.items():
            out[iri] = (m.labels[i], frozenset(m.grams[i]), m.body[i], frozenset(m.ents[i]))
        return out

    def search(
        self, text: str, entities: set[str], limit: int = 30, names: dict[str, set[str]] | None = None
    ) -> list[tuple[float, str]]:
        """As `FactIndex.search`, over the file's facts and memory's as one index."""
        if self.base is None:
            return self.mem.search(text, entities, limit, names)
        return search(self.sources(), text, entities, limit, names)


def search(
    sources: list[Source], text: str, entities: set[str], limit: int, names: dict[str, set[str]] | None
) -> list[tuple[float, str]]:
    """`FactIndex.search` over several sources read as one index (same candidates, same scores, same order)."""
    named = [(bigrams(n), iris) for n, iris in (names or {}).items() if len(n) >= 2]
    grams = bigrams(text)
    counts: Counter[int] = Counter()
    for e in entities:
        for i in [i for s in sources for i in s.entity_ids(e)][: FactIndex.COMMON]:
            counts[i] += 3
    df: Counter[str] = Counter()
    for s in sources:
        df.update(s.dfs(grams))
    budget = FactIndex.BUDGET
    for n, g in sorted((df.get(g, 0), g) for g in grams):
        if n == 0 or (n > FactIndex.RARE and counts) or n > budget:
            continue
        for s in sources:
            counts.update(s.posting(g))
        budget -= n
    bdf: Counter[str] = Counter()
    for s in sources:
        bdf.update(s.body_dfs(grams))
    budget = FactIndex.BUDGET
    for n, g in sorted((bdf.get(g, 0), g) for g in grams):
        if n == 0 or n > min(FactIndex.RARE, budget):
            continue
        for s in sources:
            counts.update(s.body_hits(g))
        budget -= n
    top = _top(counts, limit * 2, sources)
    facts: dict[int, tuple[str, set[str], frozenset[str], set[str]]] = {}
    for s in sources:
        facts.update(s.facts_of(top, grams))
    ranked = [(fit(g, b, e, grams, entities, named), iri) for iri, g, b, e in (facts[i] for i in top if i in facts)]
    return sorted(ranked, key=lambda r: (-r[0], r[1]))[:limit]


def _top(counts: Counter[int], k: int, sources: list[Source]) -> list[int]:
    """The k facts with the most counts, ties broken by IRI (only the IRIs of the tie at the cut are read)."""
    if len(counts) <= k:
        return list(counts)
    cut = sorted(counts.values(), reverse=True)[k - 1]
    sure = [i for i, c in counts.items() if c > cut]
    tied = [i for i, c in counts.items() if c == cut]
    iris: dict[int, str] = {}
    for s in sources:
        iris.update(s.iris_of(tied))
    tied.sort(key=lambda i: (iris.get(i, ""), i))
    return sure + tied[: k - len(sure)]
