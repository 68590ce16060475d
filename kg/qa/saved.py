"""The question index kept with the store: saved in a file inside an embedded store's directory, loaded at start.

Building the index reads the whole graph (tens of seconds at a few thousand articles), so a process that
starts (`kgqa ask`, `kgqa serve`) loads the one saved with the store instead, when it was made from the
store's current state: the file holds the store's write stamp (`GraphStore.write_stamp`, changed by every
write, `kgqa clear` included) and the key of the index's file format and content version (`code_key`:
code that makes the same index from the same graph reuses it across upgrades), and is used only when both match; else
the index is built from the graph and saved again. A stamp read before a build and again after it must
be the same for the build to be saved (nothing was written meanwhile). The file holds the small part of
the index and names the SQLite file of its fact indexes and name tables and the chunk of it the index holds
(fact_db.py, name_db.py): facts are searched and names looked up where they lie, never loaded whole. Stores without a stamp (in
memory, remote SPARQL endpoints) build the index in each process, as before. The file is a pickle: it is
written and read only by kgqa, inside the store's own directory (whoever can write there can change the
store itself). A save writes a temporary file named with its process id and renames it; the file of a
process that died before the rename, and fact files no saved index names, are removed by the next open or
save (`remove_stale_temps`). An ingest appends the facts it took in to the fact file as it goes
(`flush_facts`), so that its memory does not grow with the pages, and saves the index at each of those flushes
marked live (`save_index(live=True)`): a read-only process that opens the store while the ingest goes on
(`kgqa ask` beside a long `kgqa ingest`) takes the index of the ingest's last flush, at most one flush window
of pages behind what it reads, instead of building one from the whole graph (minutes and gigabytes at tens of
thousands of pages). Writers take a saved index of an older state only with the journal of the writes since
(`Journal`, kept by the writer that saved it: an ingest stopped before it saved again) and catch it up from the
journal's pages; without one they build, and the index saved at the end of an ingest is the exact one.

A live index is taken by a reader only while the ingest that saved it is still running: a live save also writes
the writer's process id and start time beside the index (`kgqa-qa-writer`, `mark_writer`; removed when the
writer closes the store), and a reader checks that process (`live_writer`). An ingest that was killed, or closed
without its last save, leaves a live index that falls further behind the store with every later write: a
reader then treats the store as having no current index and builds it (streamed, `build_index`), saved when
nothing is written meanwhile, the store's stamp is known (not left marked as being written by a write a
SIGKILL cut short) and the directory is writable, so the next reader loads it. Either way the reader
says on stderr which index it used and how many pages it is behind (the journal's lines since it was saved,
when the journal starts at it). An index saved live by an older kgqa has no writer file and is not taken.
`kgqa serve` opens an embedded store with its lock, as a writer: it takes only the exact index, else builds and
saves it at start; `kgqa stats` reads kept counts and never the index.

    >>> from kgqa.kg.store import open_store
    >>> load_index(open_store("memory:")) is None
    True
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..store import GraphStore
from .fact_db import DiskFacts, FactDB, Facts
from .index import FACT_PARTS, MEMBER_SHAPES, NAME_PARTS, GraphIndex
from .name_db import DiskMap, whole_rows

SIDECAR = "qa-index"
FORMAT = 6  # bumped when the file's layout changes
# bumped when what the index holds for a graph changes, so that an upgrade which leaves the index alone reuses
# a saved one: tests/test_qa_index_version.py fails on any change to INDEX_CODE until this version is bumped
# (what it holds changed) or the change is recorded under the same version (it did not)
INDEX_VERSION = 12
# the modules whose code decides what the index holds, and the data files they read (forms.yaml: how names are
# written short, which the names part stores)
INDEX_CODE = (
    *("index.py", "names.py", "name_db.py", "fact_index.py", "fact_db.py", "queries.py", "refs.py", "forms.py"),
    "forms.yaml", "../vocab.py",
)  # fmt: skip


def code_key() -> str:
    """The key of the index this code makes: an index saved by code of another format or content is not loaded."""
    return f"{FORMAT}.{INDEX_VERSION}"


def code_digest() -> str:
    """A digest of INDEX_CODE, which tests/test_qa_index_version.py compares with the one recorded for the version."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in INDEX_CODE:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()[:16]


def load_index(store: GraphStore, behind: bool = False) -> GraphIndex | None:
    """The index saved with the store, when it was made from the store's current state (or, for a read-only
    process, by an ingest under way: its last flush); else None. With `behind` (a writer about to catch it up
    from the journal, `read_journal`): the saved index of this code whatever state it is of, its `stamp` the
    one it was saved at."""
    stamp, path = store.write_stamp(), store.sidecar(SIDECAR)
    if path is not None:
        remove_stale_temps(path)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            key, saved_at, live = pickle.load(f)
            exact = stamp is not None and saved_at == stamp
            older = behind and not exact and isinstance(saved_at, str)
            trailing = not exact and live is True and getattr(store, "read_only", False) and key == code_key()
            if trailing:
                trailing = _taken_live(store, saved_at)
            if key != code_key() or not (exact or trailing or older):
                return None
            names = _unpickled(f)
            name, chunk = pickle.load(f)
        if not isinstance(name, str) or not _is_part(path, name) or not isinstance(chunk, int):
            return None
        db = FactDB(path.parent / name)  # opened now: a newer save that removes the file does not take it away
        facts = {part: Facts(DiskFacts(db, part, chunk)) for part in FACT_PARTS}
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache: build the index instead
        return None
    if not isinstance(names, dict) or (exact and store.write_stamp() != stamp):
        return None
    return _index_of(names, facts, db, name, chunk, stamp if exact else saved_at if older else store.write_stamp())


def _index_of(names: dict, facts: dict, db: FactDB, name: str, chunk: int, stamp: str | None) -> GraphIndex | None:
    """The loaded index: its names and facts read from the fact file `name` up to `chunk`, at `stamp` (the
    state of the store the loading process reads, which a live index is behind of)."""
    index = GraphIndex.__new__(GraphIndex)
    index.__dict__.update(names)
    index.__dict__.update(facts)
    for part in NAME_PARTS:  # the name tables: read from the fact file, key by key (name_db.py)
        table = getattr(index, part, None)
        if not isinstance(table, DiskMap):
            return None
        table.bind(db, chunk)
    index.fact_file, index.fact_chunk = name, chunk
    index.stamp = stamp
    return index


def _part_path(path: Path) -> Path:
    """A new fact file, named with this process's id (removed if it dies before an index names it)."""
    return path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.facts.db")


def _is_part(path: Path, name: str) -> bool:
    """Whether `name` is the name of a fact file of the index file at `path` (never a path elsewhere)."""
    return name.startswith(path.name + ".") and name.endswith(".facts.db") and "/" not in name and "\\" not in name


def _name_rows(index: GraphIndex, fresh: bool) -> tuple[dict[str, Iterable[tuple]], dict[str, Iterable[tuple]]]:
    """The rows of the name tables to write: every key of a new file, else the keys changed since the last;
    and those of their members (the tables of MEMBER_SHAPES: every member, else the members changed). The rows of
    a table held in memory are made as the file takes them (`_whole_rows`), not listed first: at the first
    flush of a build every name of the store was listed at once (45 MB of 282 MB at 4,862 articles)."""
    out: dict[str, Iterable[tuple]] = {}
    members: dict[str, Iterable[tuple]] = {}
    for part in NAME_PARTS:
        table, shape = getattr(index, part), MEMBER_SHAPES.get(part)
        if isinstance(table, DiskMap) and not fresh:
            rows, kept = table.changed(), table.member_rows() if shape else []
            if rows:
                out[part] = rows
            if kept:
                members[part] = kept
        elif isinstance(table, DiskMap):  # every key of a table read from a file (into a new one): listed first
            rows, kept = list(_whole_rows(table, shape, True)), list(_whole_rows(table, shape, False)) if shape else []
            if rows:
                out[part] = rows
            if kept:
                members[part] = kept
        elif len(table):  # a key's row (its value pickled, or b"" when its members are rows of their own)
            out[part] = _whole_rows(table, shape, keys=True)
            if shape:
                members[part] = _whole_rows(table, shape, keys=False)
    return out, members


def _whole_rows(table: Any, shape: str | None, keys: bool) -> Iterator[tuple]:
    """The rows of a table written whole, made one at a time: `keys`, one a key ((key, pickled value), or
    (key, b"") for a table of MEMBER_SHAPES); else the (key, member, value) rows of its members."""
    items = ((k, True) for k in table) if isinstance(table, set) else table.items()
    for k, v in items:
        if not keys:
            yield from whole_rows(shape or "", k, v)
        elif shape:
            yield (k, b"")
        else:
            yield (k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL))


def _names_written(index: GraphIndex, db: FactDB, chunk: int) -> None:
    """After a write: the name tables are read from the file (up to `chunk`), memory holds none of them."""
    for part in NAME_PARTS:
        table = getattr(index, part)
        if not isinstance(table, DiskMap):
            factory = table.default_factory if isinstance(table, defaultdict) else None
            table = DiskMap(part, factory, MEMBER_SHAPES.get(part))
            setattr(index, part, table)
        table.bind(db, chunk)
    index.drop_automata()


def _write_facts(index: GraphIndex, path: Path) -> None:
    """Append the facts and names the index holds in memory to its fact file (a new file when it has none);
    after this every fact and name of the index is in the file, and memory holds none."""
    parts: dict[str, Facts] = {name: getattr(index, name) for name in FACT_PARTS}
    fresh = index.fact_file is None or any(p.base is None for p in parts.values())
    names, members = _name_rows(index, fresh)
    if not fresh and not names and not members and not any(len(p.mem) for p in parts.values()) and index.on_disk():
        return
    if fresh:
        file, after = _part_path(path), 0  # (a built index: every fact is in memory)
        db = FactDB(file, create=True)
    else:
        db = next(p.base for p in parts.values() if p.base is not None).db
        file, after = db.path, index.fact_chunk
    try:
        chunk = db.append({name: p.mem for name, p in parts.items()}, after, names, members)
    except BaseException:
        if after == 0:
            file.unlink(missing_ok=True)
        raise
    for name, p in parts.items():
        p.flushed(DiskFacts(db, name, chunk))
    _names_written(index, db, chunk)
    index.fact_file, index.fact_chunk = file.name, chunk


def _temp_path(path: Path, pid: int) -> Path:
    """The temporary file process `pid` writes the index to before renaming it to `path`."""
    return path.with_name(f"{path.name}.{pid}.tmp")


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (one of another user counts: it is not known to be gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


WRITER = "qa-writer"  # the process whose ingest saved the live index (`mark_writer`), in the store's directory
_WRITER_HEAD = "kgqa-qa-writer 1"


def _started(pid: int) -> str | None:
    """When process `pid` started (Linux: /proc's start time in clock ticks since boot), to tell a process
    from a later one given the same id; None where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[-1].split()
    except OSError:
        return None
    return fields[19] if len(fields) > 19 else None


def mark_writer(store: GraphStore) -> bool:
    """Record beside the index that this process (its id and start time) is the ingest saving it live; True when
    written."""
    path = store.sidecar(WRITER)
    if path is None:
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(f"{_WRITER_HEAD}\t{os.getpid()}\t{_started(os.getpid()) or '-'}\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def unmark_writer(store: GraphStore) -> None:
    """This process's ingest is over (it closes the store): a live index it saved is no longer taken by readers."""
    path = store.sidecar(WRITER)
    if path is not None and _writer_of(path) == (os.getpid(), _started(os.getpid()) or "-"):
        try:
            path.unlink()
        except OSError:
            pass


def _writer_of(path: Path) -> tuple[int, str] | None:
    """The process id and start time the writer file at `path` names; None when there is none or it cannot be read."""
    try:
        fields = path.read_text(encoding="utf-8").rstrip("\n").split("\t")
    except (OSError, UnicodeDecodeError):
        return None
    if len(fields) != 3 or fields[0] != _WRITER_HEAD or not fields[1].isdigit() or int(fields[1]) <= 0:
        return None
    return int(fields[1]), fields[2]


def live_writer(store: GraphStore) -> int | None:
    """The id of the process that saved the store's live index when it is still running (the same process:
    its start time matches where it can be read); None when it is gone or not known."""
    path = store.sidecar(WRITER)
    writer = _writer_of(path) if path is not None else None
    if writer is None or not _alive(writer[0]):
        return None
    now = _started(writer[0])
    return writer[0] if writer[1] == "-" or now is None or now == writer[1] else None


def pages_behind(store: GraphStore, saved_at: str) -> int | None:
    """How many pages were written since the index saved at `saved_at` (the lines of the writer's journal,
    when it starts there); None when that cannot be told."""
    path = store.sidecar(JOURNAL)
    try:
        lines = path.read_text(encoding="utf-8").split("\n") if path is not None else []
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0] != f"{_JOURNAL_HEAD}\t{saved_at}":
        return None
    return sum(1 for line in lines[1:] if line)


def _taken_live(store: GraphStore, saved_at: Any) -> bool:
    """Whether a reader takes the live index saved at `saved_at`: only while its ingest runs; says on stderr
    which index it uses and how far behind the store it is."""
    import sys

    writer = live_writer(store)
    behind = pages_behind(store, saved_at) if isinstance(saved_at, str) else None
    far = "how far behind the store is not known" if behind is None else f"{behind} page(s) behind the store"
    if writer is not None:
        print(f"kgqa: answering from the question index of the ingest under way (pid {writer}): {far}", file=sys.stderr)
        return True
    print(
        f"kgqa: the question index saved with the store was left by an ingest that is no longer running ({far}):"
        " building it from the graph",
        file=sys.stderr,
    )
    return False


def remove_stale_temps(path: Path, saved: frozenset[str] | None = None) -> list[Path]:
    """Delete the leftovers of saves cut short: temporary files and fact parts that no saved index lists, of
    processes that are gone; right after this process saved (`saved`: the parts it listed), also its own
    unlisted parts (of its earlier saves). Never a file a live process may still be writing or about to list;
    the files removed."""
    removed: list[Path] = []
    try:
        leftovers = [
            *path.parent.glob(f"{path.name}.*.tmp"),
            *path.parent.glob(f"{path.name}.*.facts.db"),
            *path.parent.glob(f"{path.name}.*.facts"),  # the pickled parts of an older kgqa
            *path.parent.glob(f"{path.name}.*.facts.db-journal"),
        ]
    except OSError:
        return removed
    listed = saved
    if listed is None and any(not f.name.endswith(".tmp") for f in leftovers):
        listed = _listed(path)  # None: the index file cannot be read now, its parts are left alone
    for leftover in leftovers:
        pid = leftover.name[len(path.name) + 1 :].split(".", 1)[0].split("-", 1)[0]
        if not pid.isdigit() or int(pid) <= 0:
            continue
        if leftover.name.endswith("-journal"):
            if leftover.with_name(leftover.name[: -len("-journal")]).exists():
                continue  # SQLite's own: it rolls a write cut short back when the file is next opened
        elif not leftover.name.endswith(".tmp"):
            if listed is None or leftover.name in listed:
                continue
            mine = int(pid) == os.getpid()
            if (mine and saved is None) or (not mine and _alive(int(pid))):
                continue
        elif int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:  # a read-only directory, or another process removed it first: only a cache's leftovers
            continue
    return removed


def _listed(path: Path) -> frozenset[str] | None:
    """The fact parts the index file at `path` lists (none when there is no file); None when it cannot be read."""
    if not path.exists():
        return frozenset()
    try:
        with path.open("rb") as f:
            pickle.load(f)
            _unpickled(f)
            facts = pickle.load(f)
    except Exception:  # noqa: BLE001 - damaged, foreign or being replaced: say nothing about its parts
        return None
    if isinstance(facts, tuple) and facts and isinstance(facts[0], str):
        return frozenset({facts[0]})
    return frozenset(n for n in facts if isinstance(n, str)) if isinstance(facts, list) else None


def _unpickled(f: Any) -> Any:
    """The pickled index, read with the cyclic collector off (millions of objects that all live on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        if enabled:
            gc.enable()


def build_index(store: GraphStore) -> GraphIndex:
    """The index built from the store, saved with it when nothing was written during the build."""
    stamp = store.write_stamp()
    streamed = stamp is not None and store.sidecar(SIDECAR) is not None  # its facts flushed to the file as it goes
    index = GraphIndex(store, (lambda built: flush_facts(built, store)) if streamed else None)
    index.stamp = stamp if stamp is not None and store.write_stamp() == stamp else None
    save_index(index, store)
    return index


def open_index(store: GraphStore) -> GraphIndex:
    """The index of the store's current state: the saved one, or one built now (and saved)."""
    return load_index(store) or build_index(store)


def save_index(index: GraphIndex, store: GraphStore, live: bool = False) -> bool:
    """Save the index with the store, under the stamp it was made at, if that is still the store's (written to a
    temporary file and renamed: readers see the old file or the new one); True when saved. `live`: saved
    during an ingest that goes on (read-only processes may take it while the store moves past it).

    The file holds the names part and names the fact file, into which the facts in memory are written first."""
    stamp, path = getattr(index, "stamp", None), store.sidecar(SIDECAR)
    if stamp is None or path is None or store.write_stamp() != stamp:
        return False
    remove_stale_temps(path)
    tmp = _temp_path(path, os.getpid())
    try:
        _write_facts(index, path)
        names = {
            k: v for k, v in index.__dict__.items() if k not in FACT_PARTS and k not in ("fact_file", "fact_chunk")
        }
        if live:
            mark_writer(store)  # before the index: a reader never sees this save without its writer
        with tmp.open("wb") as f:
            pickle.dump((code_key(), stamp, live), f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump((index.fact_file, index.fact_chunk), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error, pickle.PicklingError, TypeError):
        tmp.unlink(missing_ok=True)
        return False
    remove_stale_temps(path, frozenset({index.fact_file or ""}))
    return True


JOURNAL = "qa-journal"  # the writes since the last index saved (`Journal`), in the store's directory
_JOURNAL_HEAD = "kgqa-qa-journal 1"


class Journal:
    """What a writer wrote since it last saved the question index, one line a write, so that the next writer
    can catch that index up (`read_journal`) when the process stopped before it saved again (killed, or its
    save failed): the store's write stamp before and after the write, the article graphs it added and the
    entity nodes it touched; a write that dropped graphs (a page replaced or deleted) is written as such and
    cannot be caught up. A write the journal missed (another process, a write cut short) breaks the chain of
    stamps, and then too the index is built instead. Started again at each save (`start`)."""

    def __init__(self, store: GraphStore, stamp: str) -> None:
        path = store.sidecar(JOURNAL)
        if path is None:
            raise OSError("the store keeps no files")
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(f"{_JOURNAL_HEAD}\t{stamp}\n", encoding="utf-8")
        os.replace(tmp, path)
        self._path: Path | None = path

    @classmethod
    def start(cls, store: GraphStore, stamp: str | None) -> Journal | None:
        """A new journal from the index saved at `stamp` (None when it cannot be written)."""
        if stamp is None:
            return None
        try:
            return cls(store, stamp)
        except OSError:
            return None

    def add(self, before: str | None, after: str | None, graphs: Any, entities: Any, dropped: bool) -> bool:
        """One write; False when it cannot be written (the journal is then closed: the chain ends there)."""
        fields = (before or "-", after or "-", "-" if dropped else " ".join(graphs), " ".join(sorted(entities)))
        if any("\t" in f or "\n" in f for f in fields):
            fields = (*fields[:2], "-", "")
        if self._path is None:
            return False
        try:  # opened for each line: nothing is held open between writes (a process killed loses no line)
            with self._path.open("a", encoding="utf-8") as f:
                f.write("\t".join(fields) + "\n")
        except OSError:
            self.close()
            return False
        return True

    def close(self) -> None:
        """No line is written any more (the chain of stamps ends here)."""
        self._path = None


def read_journal(store: GraphStore, since: str | None, until: str | None) -> list[tuple[list[str], list[str]]] | str:
    """The writes from the state `since` (an index saved then) to `until` (the store's now), as (article graphs
    added, entity nodes touched) in order; or why they cannot be told (a string)."""
    path = store.sidecar(JOURNAL)
    if path is None or since is None or until is None:
        return "the store keeps no journal of its writes"
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return "no journal of the writes since it was saved"
    head = lines[0].split("\t")
    if len(head) != 2 or head[0] != _JOURNAL_HEAD or head[1] != since:
        return "the journal of writes does not start at it"
    out, at = [], since
    for line in lines[1:]:
        if at == until:
            break
        fields = line.split("\t")
        if len(fields) != 4 or fields[0] != at:
            return "a write since it was saved is not in the journal"
        if fields[2] == "-":
            return "a page was replaced or deleted since it was saved"
        out.append((fields[2].split(), fields[3].split()))
        at = fields[1]
    if at != until:
        return "a write since it was saved is not in the journal"
    return out


def flush_facts(index: GraphIndex, store: GraphStore) -> bool:
    """During a long ingest: append the facts taken in since the last flush to the fact file and drop them from
    memory, so that the memory they hold does not grow with the pages (the index still answers: it searches
    the file). True when flushed."""
    path = store.sidecar(SIDECAR)
    if path is None:
        return False
    try:
        _write_facts(index, path)
    except (OSError, sqlite3.Error):
        return False
    return True
