"""The names part of a saved question index, in the SQLite file of its facts (fact_db.py), read key by key.

Held whole in Python, the name tables (surfaces, entities, posts, titles ...) grow with the graph: about 12 MB
per 1,000 pages, over a GB at 100,000, in the ingest's writer and in every process that loads the index. Once
an index has a fact file, each big table is a `DiskMap`: a mapping whose rows are in the file's `name` table,
one row per key and chunk (the newest chunk at or below the index's chunk wins; a NULL value is a deleted
key), and whose keys read or changed since the last flush are held in memory. A flush writes the changed keys
as rows of the chunk the facts go to, in the same transaction (`FactDB.append`), and starts afresh; readers
of an older chunk still see their state. Values are pickled: the file is written and read only by kgqa,
inside the store's own directory (see saved.py).

A table whose values are sets that grow with the graph (the organisations of a title, of a first character; the
refs of a surface) is kept as rows of their members (`shape`: "set", or "kinds" for a surface's kind -> ref ->
flag): its `name` rows only say whether a key is there (an empty value; NULL: deleted), and the `member` table
holds a row per member added, changed or withdrawn (value NULL) at each chunk, read in order (a row with a NULL
member empties the key first). The values handed out record what is done to them (`_MemberSet`, `_Kinds`), so a
flush writes only the members changed since the last one, never the whole set again.

    >>> m = DiskMap("demo", set, "set")
    >>> m["a"].add(1); sorted(m.items())
    [('a', {1})]

    >>> m = DiskMap("demo", set)
    >>> m["a"].add(1); "a" in m, m.get("b"), sorted(m.items())
    (True, None, [('a', {1})])
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from .fact_db import FactDB

NAME_SCHEMA = """
CREATE TABLE IF NOT EXISTS name (part TEXT, key TEXT, chunk INTEGER, value BLOB);
CREATE INDEX IF NOT EXISTS name_key ON name (part, key, chunk);
CREATE TABLE IF NOT EXISTS member (part TEXT, key TEXT, chunk INTEGER, member BLOB, value BLOB);
CREATE INDEX IF NOT EXISTS member_key ON member (part, key, chunk);
"""
SHAPES = ("set", "kinds")  # the values kept as rows of their members (see the module docstring)
MEMBERS_MARK = "\x00members"  # the part of the `name` row that marks a chunk with member rows (fact_db.py `_past`)
_IN = 500  # keys per `IN (...)` list
_FETCH = 498  # keys per `IN (...)` list of `prefetch` (with the part and the chunk: 500 bound parameters)
_GONE = object()  # a key deleted since the last flush
_KEEP = 20_000  # keys read (unchanged) kept in memory by a process that does not flush (`trim`)


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


_DEL = object()  # in a journal: the member was withdrawn
_RESET = object()  # in a journal: the key was emptied first (its members follow)
_PRESENT = b""  # the `name` row of a key of a member table (its members are in `member`)
# what was done to a value since the last flush, in order: (member, its value or _DEL); read back in the same
# order, the same changes give the same value, the order of a dict's keys included (a kind is where its first
# ref was set, as `_folded` puts it)
Journal = list


def _noted(journal: Journal, member: Any, value: Any) -> None:
    journal.append((member, value))


def _dropped(journal: Journal, member: Any) -> None:
    journal.append((member, _DEL))


def _reset(journal: Journal, members: Iterable[tuple[Any, Any]]) -> None:
    """The key is written again whole: emptied, then its members in order."""
    journal.clear()
    journal.append((_RESET, None))
    journal.extend(members)


class _MemberSet(set):
    """A set value of a "set" table: what is added and withdrawn is noted in its key's journal."""

    __slots__ = ("_j",)

    def __init__(self, journal: Journal, items: Iterable[Any] = ()) -> None:
        set.__init__(self, items)
        self._j = journal

    def __reduce__(self) -> tuple:
        return (set, (list(self),))

    def add(self, member: Any) -> None:
        if member not in self:
            set.add(self, member)
            _noted(self._j, member, True)

    def discard(self, member: Any) -> None:
        if member in self:
            set.discard(self, member)
            _dropped(self._j, member)

    def remove(self, member: Any) -> None:
        if member not in self:
            raise KeyError(member)
        self.discard(member)

    def pop(self) -> Any:
        member = set.pop(self)
        _dropped(self._j, member)
        return member

    def clear(self) -> None:
        for member in list(self):
            self.discard(member)

    def update(self, *others: Iterable[Any]) -> None:
        for other in others:
            for member in other:
                self.add(member)

    def difference_update(self, *others: Iterable[Any]) -> None:
        for other in others:
            for member in list(other):
                self.discard(member)

    def intersection_update(self, *others: Iterable[Any]) -> None:
        keep = set(self).intersection(*others)
        self.difference_update([m for m in self if m not in keep])

    def symmetric_difference_update(self, other: Iterable[Any]) -> None:
        for member in set(other):
            (self.discard if member in self else self.add)(member)

    def __ior__(self, other: AbstractSet[Any]) -> Self:  # type: ignore[misc]
        self.update(other)
        return self

    def __isub__(self, other: AbstractSet[Any]) -> Self:  # type: ignore[misc]
        self.difference_update(other)
        return self

    def __iand__(self, other: AbstractSet[Any]) -> Self:  # type: ignore[misc]
        self.intersection_update(other)
        return self

    def __ixor__(self, other: AbstractSet[Any]) -> Self:  # type: ignore[misc]
        self.symmetric_difference_update(other)
        return self


class _NotedDict(dict):
    """A dict whose every change goes through its own __setitem__ and __delitem__ (which note it in the journal
    `_j`): pop, popitem, update and clear included (`_Refs`, `_Kinds`)."""

    __slots__ = ("_j",)

    def pop(self, key: Any, *default: Any) -> Any:
        if key not in self:
            if default:
                return default[0]
            raise KeyError(key)
        value = dict.__getitem__(self, key)
        del self[key]
        return value

    def popitem(self) -> tuple[Any, Any]:
        key = next(reversed(self))
        return key, self.pop(key)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self) -> None:
        for key in list(self):
            del self[key]


class _Refs(_NotedDict):
    """The refs of one kind of a "kinds" value (ref -> flag): each change noted as the member (kind, ref). It holds
    its value's journal, not the value (no reference cycle: a value let go is freed at once, not by the collector)."""

    __slots__ = ("_kind",)

    def __init__(self, kinds: _Kinds, kind: str) -> None:
        dict.__init__(self)
        self._j, self._kind = kinds._j, kind

    def __reduce__(self) -> tuple:
        return (dict, (dict(self),))

    def __setitem__(self, ref: Any, flag: Any) -> None:
        if ref in self and dict.__getitem__(self, ref) == flag:
            return
        dict.__setitem__(self, ref, flag)
        _noted(self._j, (self._kind, ref), flag)

    def __delitem__(self, ref: Any) -> None:
        dict.__delitem__(self, ref)
        _dropped(self._j, (self._kind, ref))

    def setdefault(self, ref: Any, flag: Any = None) -> Any:
        if ref not in self:
            self[ref] = flag
        return dict.__getitem__(self, ref)


class _Kinds(_NotedDict):
    """The value of a "kinds" table (kind -> ref -> flag): its members are (kind, ref), noted in its journal."""

    __slots__ = ()

    def __init__(self, journal: Journal) -> None:
        dict.__init__(self)
        self._j = journal

    def __reduce__(self) -> tuple:
        return (dict, ({k: dict(v) for k, v in self.items()},))

    def members(self) -> Iterator[tuple[tuple[str, Any], Any]]:
        return (((kind, ref), flag) for kind, refs in self.items() for ref, flag in refs.items())

    def __setitem__(self, kind: str, refs: Any) -> None:
        old = dict.get(self, kind)
        if old is refs:
            return
        new = _Refs(self, kind)
        dict.update(new, refs)
        dict.__setitem__(self, kind, new)
        if old is None:  # a new kind: its refs added at the end
            for ref, flag in new.items():
                _noted(self._j, (kind, ref), flag)
        else:  # another dict in the place of a kind's: the key is written again whole
            _reset(self._j, self.members())

    def __delitem__(self, kind: str) -> None:
        refs = dict.__getitem__(self, kind)
        for ref in list(refs):
            _dropped(self._j, (kind, ref))
        dict.__delitem__(self, kind)

    def setdefault(self, kind: str, refs: Any = None) -> Any:
        if kind not in self:
            self[kind] = {} if refs is None else refs
        return dict.__getitem__(self, kind)


def _members_of(shape: str, value: Any) -> Iterator[tuple[Any, Any]]:
    """A value's members in order: (member, value)."""
    if shape == "set":
        return ((m, True) for m in value)
    return (((kind, ref), flag) for kind, refs in value.items() for ref, flag in refs.items())


def _wrapped(shape: str, value: Any, journal: Journal) -> Any:
    """A value of a member table as it is handed out (its changes noted in `journal`), unnoted."""
    if shape == "set":
        return _MemberSet(journal, value)
    kinds = _Kinds(journal)
    for kind, refs in value.items():
        new = _Refs(kinds, kind)
        dict.update(new, refs)
        dict.__setitem__(kinds, kind, new)
    return kinds


def _folded(shape: str, rows: Iterable[tuple[bytes | None, bytes | None]]) -> Any:
    """A value of a member table from its rows in order (member, value): NULL member empties it, NULL value
    withdraws the member."""
    if shape == "set":
        out: set = set()
        for raw, flag in rows:
            if raw is None:
                out.clear()
            elif flag is None:
                out.discard(pickle.loads(raw))
            else:
                out.add(pickle.loads(raw))
        return out
    kinds: dict[str, dict] = {}
    for raw, flag in rows:
        if raw is None:
            kinds.clear()
            continue
        kind, ref = pickle.loads(raw)
        if flag is None:
            refs = kinds.get(kind)
            if refs is not None:
                refs.pop(ref, None)
                if not refs:
                    del kinds[kind]
        else:
            kinds.setdefault(kind, {})[ref] = pickle.loads(flag)
    return kinds


def whole_rows(shape: str, key: str, value: Any) -> list[tuple[str, bytes | None, bytes | None]]:
    """The member rows of a key written whole (a new file): (key, pickled member, pickled value)."""
    return [(key, _dumps(m), _dumps(v)) for m, v in _members_of(shape, value)]


def _journal_rows(key: str, journal: Journal) -> list[tuple[str, bytes | None, bytes | None]]:
    """The member rows of what a journal noted, in order."""
    out: list[tuple[str, bytes | None, bytes | None]] = []
    for member, value in journal:
        if member is _RESET:
            out.append((key, None, None))
        else:
            out.append((key, _dumps(member), None if value is _DEL else _dumps(value)))
    return out


class DiskMap:
    """A dict (with an optional default factory, as a defaultdict) over one part of the `name` table.

    Unbound (no file yet), every key is in memory: it is a plain dict. Bound (`bind`), the keys read or set
    since the last flush are in memory (`_cache`) with the bytes they had in the file (`_orig`), so that a
    flush writes only the keys whose value changed (values are changed in place by the index's code)."""

    def __init__(self, part: str, factory: Callable[[], Any] | None = None, shape: str | None = None) -> None:
        if shape is not None and shape not in SHAPES:
            raise ValueError(shape)
        self.part, self.factory, self.shape = part, factory, shape
        self.db: FactDB | None = None
        self.chunk = 0
        self._cache: dict[str, Any] = {}
        self._orig: dict[str, bytes | None] = {}
        self._journals: dict[str, Journal] = {}  # of a member table: what was done to each value held

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with the index: its part, factory and shape only (its rows are in the file, `bind` finds them)."""
        return {"part": self.part, "factory": self.factory, "shape": self.shape}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["part"], state["factory"], state.get("shape"))  # type: ignore[misc]

    def bind(self, db: FactDB, chunk: int) -> None:
        """Read the file's rows up to `chunk` from now on (what memory holds was written there)."""
        self.db, self.chunk = db, chunk
        self._cache, self._orig, self._journals = {}, {}, {}

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

    def _decoded(self, key: str, raw: bytes) -> Any:
        """The value of a key whose `name` row is `raw`: unpickled, or of a member table, read from its members."""
        if self.shape is None:
            return pickle.loads(raw)
        assert self.db is not None
        rows = self.db.rows(
            "SELECT member, value FROM member WHERE part = ? AND key = ? AND chunk <= ? ORDER BY chunk, rowid",
            (self.part, key, self.chunk),
        )
        return _folded(self.shape, rows)

    def _load(self, key: str) -> Any:
        """The key's value (_GONE when none), cached with the bytes it had."""
        if key in self._cache:
            return self._cache[key]
        raw = self._fetch(key)
        value = _GONE if raw is _GONE else self._decoded(key, raw)
        if self.db is not None:
            if self.shape is not None and value is not _GONE:
                value = _wrapped(self.shape, value, self._journals.setdefault(key, []))
            self._cache[key], self._orig[key] = value, None if raw is _GONE else raw
        return value

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read these keys into memory as `_load` reads them one by one, but with one query per _FETCH keys not in
        memory yet (and, of a member table, one more for their members): a build's batch of names then does not
        ask SQLite once per key (a DiskMap not bound to a file holds every key: nothing to read)."""
        if self.db is None:
            return
        todo = sorted({k for k in keys if isinstance(k, str) and k not in self._cache})
        for i in range(0, len(todo), _FETCH):
            batch = todo[i : i + _FETCH]
            marks = ",".join("?" * len(batch))
            newest: dict[str, bytes | None] = {}
            for key, raw in self.db.rows(
                f"SELECT key, value FROM name WHERE part = ? AND chunk <= ? AND key IN ({marks}) "  # noqa: S608
                "ORDER BY key, chunk",
                (self.part, self.chunk, *batch),
            ):
                newest[key] = raw  # (the newest chunk's row last)
            found = {k: raw for k, raw in newest.items() if raw is not None}
            members: dict[str, list[tuple[bytes | None, bytes | None]]] = {}
            if self.shape is not None and found:
                keys_in = sorted(found)
                for n in range(0, len(keys_in), _FETCH):
                    part = keys_in[n : n + _FETCH]
                    for key, member, value in self.db.rows(
                        f"SELECT key, member, value FROM member WHERE part = ? AND chunk <= ? "  # noqa: S608
                        f"AND key IN ({','.join('?' * len(part))}) ORDER BY key, chunk, rowid",
                        (self.part, self.chunk, *part),
                    ):
                        members.setdefault(key, []).append((member, value))
            for key in batch:
                raw = found.get(key)
                if raw is None:
                    self._cache[key], self._orig[key] = _GONE, None
                    continue
                if self.shape is None:
                    value = pickle.loads(raw)
                else:
                    value = _wrapped(
                        self.shape, _folded(self.shape, members.get(key, ())), self._journals.setdefault(key, [])
                    )
                self._cache[key], self._orig[key] = value, raw

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
                        yield last[0], self._decoded(last[0], last[1])
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
            self[key] = self.factory()
            value = self._cache[key]  # (of a member table: the value that records its changes)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._cache:
            if self.shape is None or self.db is None:
                self._load(key)
            else:  # (only whether the file has it: its old members are not read)
                raw = self._fetch(key)
                self._orig[key] = None if raw is _GONE else raw
        if self.shape is not None and self.db is not None:
            if key in self._cache and value is self._cache[key]:
                return
            journal: Journal = []
            self._journals[key] = journal
            value = _wrapped(self.shape, value, journal)
            if self._orig.get(key) is not None:  # a value the file has, replaced: emptied first
                _reset(journal, _members_of(self.shape, value))
            else:  # (a key the file has not: its members' rows were emptied when it was deleted)
                journal.extend(_members_of(self.shape, value))
        self._cache[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        value = self._load(key)
        if value is _GONE:
            self[key] = default
            value = self._cache[key]
        return value

    def __delitem__(self, key: str) -> None:
        if self._load(key) is _GONE:
            raise KeyError(key)
        if self.db is None:
            del self._cache[key]
        else:
            self._cache[key] = _GONE
            self._journals.pop(key, None)

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
        """The keys whose value differs from the file's: (key, pickled value, None when deleted); of a member
        table, the keys added (an empty value) or deleted (None): their members are `member_rows`."""
        out = []
        for key, value in self._cache.items():
            changed, raw = self._changed(key, value)
            if changed and (self.shape is None or (value is _GONE) != (self._orig.get(key) is None)):
                out.append((key, raw))
        return out

    def member_rows(self) -> list[tuple[str, bytes | None, bytes | None]]:
        """Of a member table: the rows of the members changed since the last flush, in the order they were
        (key, pickled member or None: the key emptied first, pickled value or None: the member withdrawn)."""
        out: list[tuple[str, bytes | None, bytes | None]] = []
        for key, value in self._cache.items():
            if value is _GONE:
                if self._orig.get(key) is not None:  # deleted: its members go with it
                    out.append((key, None, None))
            elif self._journals.get(key):
                out += _journal_rows(key, self._journals[key])
        return out

    def _changed(self, key: str, value: Any) -> tuple[bool, bytes | None]:
        """Whether the key's value differs from the file's (compared by value: a set unpickled in another
        process pickles in another order), and its new row value (pickled; None: deleted). Of a member table:
        whether it was added, deleted or had a member changed."""
        orig = self._orig.get(key)
        if value is _GONE:
            return orig is not None, None
        if self.shape is not None and self.db is not None:
            return orig is None or bool(self._journals.get(key)), _PRESENT
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
                self._journals.pop(key, None)
