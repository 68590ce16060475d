"""The names part of a saved question index, in the SQLite file of its facts (fact_db.py), read key by key.

Held whole in Python, the name tables (surfaces, entities, posts, titles ...) grow with the graph: about 12 MB
per 1,000 pages, over a GB at 100,000, in the ingest's writer and in every process that loads the index. Once
an index has a fact file, each big table is a `DiskMap`: a mapping whose rows are in the file's `name` table,
one row per key and chunk (the newest chunk at or below the index's chunk wins; a NULL value is a deleted
key), and whose keys read or changed since the last flush are held in memory. A flush writes the changed keys
as rows of the chunk the facts go to, in the same transaction (`FactDB.append`), and starts afresh; readers
of an older chunk still see their state. Values are pickled: the file is written and read only by kgqa,
inside the store's own directory (see saved.py).

    >>> m = DiskMap("demo", set)
    >>> m["a"].add(1); "a" in m, m.get("b"), sorted(m.items())
    (True, None, [('a', {1})])
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fact_db import FactDB

NAME_SCHEMA = """
CREATE TABLE IF NOT EXISTS name (part TEXT, key TEXT, chunk INTEGER, value BLOB);
CREATE INDEX IF NOT EXISTS name_key ON name (part, key, chunk);
"""
_IN = 500  # keys per `IN (...)` list
_GONE = object()  # a key deleted since the last flush
_KEEP = 20_000  # keys read (unchanged) kept in memory by a process that does not flush (`trim`)


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class DiskMap:
    """A dict (with an optional default factory, as a defaultdict) over one part of the `name` table.

    Unbound (no file yet), every key is in memory: it is a plain dict. Bound (`bind`), the keys read or set
    since the last flush are in memory (`_cache`) with the bytes they had in the file (`_orig`), so that a
    flush writes only the keys whose value changed (values are changed in place by the index's code)."""

    def __init__(self, part: str, factory: Callable[[], Any] | None = None) -> None:
        self.part, self.factory = part, factory
        self.db: FactDB | None = None
        self.chunk = 0
        self._cache: dict[str, Any] = {}
        self._orig: dict[str, bytes | None] = {}

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with the index: its part and factory only (its rows are in the file, `bind` finds them)."""
        return {"part": self.part, "factory": self.factory}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["part"], state["factory"])  # type: ignore[misc]

    def bind(self, db: FactDB, chunk: int) -> None:
        """Read the file's rows up to `chunk` from now on (what memory holds was written there)."""
        self.db, self.chunk = db, chunk
        self._cache, self._orig = {}, {}

    # -- reading the file
    def _fetch(self, key: str) -> Any:
        """The key's value in the file (_GONE when it has none), not cached."""
        if self.db is None:
            return _GONE
        rows = self.db.rows(
            "SELECT value FROM name WHERE part = ? AND key = ? AND chunk <= ? ORDER BY chunk DESC LIMIT 1",
            (self.part, key, self.chunk),
        )
        return _GONE if not rows or rows[0][0] is None else rows[0][0]

    def _load(self, key: str) -> Any:
        """The key's value (_GONE when none), cached with the bytes it had."""
        if key in self._cache:
            return self._cache[key]
        raw = self._fetch(key)
        value = _GONE if raw is _GONE else pickle.loads(raw)
        if self.db is not None:
            self._cache[key], self._orig[key] = value, None if raw is _GONE else raw
        return value

    def present(self, keys: Iterable[str]) -> set[str]:
        """Which of the keys the map has (one query per 500 keys not in memory)."""
        keys = set(keys)
        out = {k for k in keys if k in self._cache and self._cache[k] is not _GONE}
        todo = sorted(k for k in keys if k not in self._cache)
        if self.db is None:
            return out
        for i in range(0, len(todo), _IN):
            batch = todo[i : i + _IN]
            newest: dict[str, bool] = {}
            for key, gone in self.db.rows(
                f"SELECT key, value IS NULL FROM name WHERE part = ? AND chunk <= ? AND key IN ({','.join('?' * len(batch))}) "  # noqa: S608
                "ORDER BY key, chunk",
                (self.part, self.chunk, *batch),
            ):
                newest[key] = not gone
            out |= {k for k, has in newest.items() if has}
        return out

    def with_prefix(self, prefix: str) -> list[str]:
        """The keys starting with `prefix`, sorted."""
        found = {k for k, v in self._cache.items() if k.startswith(prefix) and v is not _GONE}
        if self.db is not None and prefix:
            rows = self.db.rows(
                "SELECT DISTINCT key FROM name WHERE part = ? AND key >= ? AND key < ? AND chunk <= ?",
                (self.part, prefix, prefix + "\U0010ffff", self.chunk),
            )
            found |= self.present(k for (k,) in rows if k not in self._cache)
        return sorted(found)

    def items(self) -> Iterator[tuple[str, Any]]:
        """Every key and value, the file's in key order, then those only in memory (the values are not cached)."""
        seen: set[str] = set()
        if self.db is not None:
            last: tuple[str, bytes | None] | None = None
            rows = self.db.rows(
                "SELECT key, value FROM name WHERE part = ? AND chunk <= ? ORDER BY key, chunk", (self.part, self.chunk)
            )
            for key, raw in [*rows, (None, None)]:
                if last is not None and key != last[0]:
                    seen.add(last[0])
                    if last[0] in self._cache:
                        if self._cache[last[0]] is not _GONE:
                            yield last[0], self._cache[last[0]]
                    elif last[1] is not None:
                        yield last[0], pickle.loads(last[1])
                last = (key, raw)
        for key, value in list(self._cache.items()):
            if key not in seen and value is not _GONE:
                yield key, value

    def keys(self) -> Iterator[str]:
        return (k for k, _ in self.items())

    def values(self) -> Iterator[Any]:
        return (v for _, v in self.items())

    __iter__ = keys

    def __len__(self) -> int:
        return sum(1 for _ in self.items())

    # -- the dict interface the index uses
    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._load(key) is not _GONE

    def get(self, key: str, default: Any = None) -> Any:
        value = self._load(key)
        return default if value is _GONE else value

    def __getitem__(self, key: str) -> Any:
        value = self._load(key)
        if value is _GONE:
            if self.factory is None:
                raise KeyError(key)
            value = self[key] = self.factory()
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._cache:
            self._load(key)
        self._cache[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        value = self._load(key)
        if value is _GONE:
            self[key] = value = default
        return value

    def __delitem__(self, key: str) -> None:
        if self._load(key) is _GONE:
            raise KeyError(key)
        if self.db is None:
            del self._cache[key]
        else:
            self._cache[key] = _GONE

    def pop(self, key: str, default: Any = None) -> Any:
        value = self._load(key)
        if value is _GONE:
            return default
        del self[key]
        return value

    def add(self, key: str) -> None:
        """As a set: the key is in it (its value True)."""
        self[key] = True

    # -- writing
    def changed(self) -> list[tuple[str, bytes | None]]:
        """The keys whose value differs from the file's: (key, pickled value, None when deleted)."""
        out = []
        for key, value in self._cache.items():
            changed, raw = self._changed(key, value)
            if changed:
                out.append((key, raw))
        return out

    def _changed(self, key: str, value: Any) -> tuple[bool, bytes | None]:
        """Whether the key's value differs from the file's (compared by value: a set unpickled in another
        process pickles in another order), and its new row value (pickled; None: deleted)."""
        orig = self._orig.get(key)
        if value is _GONE:
            return orig is not None, None
        raw = _dumps(value)
        return orig is None or (raw != orig and pickle.loads(orig) != value), raw

    def trim(self) -> None:
        """In a process that reads many keys and writes none (a server): forget the unchanged keys read, past
        a few thousand. Only between operations: a value held by a caller would be changed unseen."""
        if self.db is None or len(self._cache) <= _KEEP:
            return
        for key, value in list(self._cache.items()):
            if not self._changed(key, value)[0]:  # (pop: a server's other thread may have trimmed it)
                self._cache.pop(key, None)
                self._orig.pop(key, None)
