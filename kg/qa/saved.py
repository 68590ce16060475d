"""The question index kept with the store: saved in a file inside an embedded store's directory, loaded at start.

Building the index reads the whole graph (tens of seconds at a few thousand articles), so a process that
starts (`kgqa ask`, `kgqa serve`) loads the one saved with the store instead, when it was made from the
store's current state: the file holds the store's write stamp (`GraphStore.write_stamp`, changed by every
write, `kgqa clear` included) and a key of the index's own code, and is used only when both match; else
the index is built from the graph and saved again. A stamp read before a build and again after it must
be the same for the build to be saved (nothing was written meanwhile). The file holds the names part of
the index (what linking a question needs) and, apart, the fact indexes as bytes unpickled when a question
first needs them (`GraphIndex.__getattr__`): most of the file, and most of the time to load it. Stores without a stamp (in
memory, remote SPARQL endpoints) build the index in each process, as before. The file is a pickle: it is
written and read only by kgqa, inside the store's own directory (whoever can write there can change the
store itself). A save writes a temporary file named with its process id and renames it; the file of a
process that died before the rename is removed by the next open or save (`remove_stale_temps`).

    >>> from kgqa.kg.store import open_store
    >>> load_index(open_store("memory:")) is None
    True
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..store import GraphStore
from .fact_index import FactIndex
from .index import FACT_PARTS, GraphIndex

SIDECAR = "qa-index"
FORMAT = 3  # bumped when the file's layout changes (the code key covers the index's own classes)
_CODE = ("index.py", "names.py", "fact_index.py", "queries.py", "refs.py", "forms.py")


@lru_cache(maxsize=1)
def code_key() -> str:
    """A digest of the modules whose code decides what the index holds: an index saved by other code is not loaded."""
    digest = hashlib.sha256(str(FORMAT).encode())
    here = Path(__file__).resolve().parent
    for name in (*_CODE, "../vocab.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def load_index(store: GraphStore) -> GraphIndex | None:
    """The index saved with the store, when it was made from the store's current state; else None."""
    stamp, path = store.write_stamp(), store.sidecar(SIDECAR)
    if path is not None:
        remove_stale_temps(path)
    if stamp is None or path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            if pickle.load(f) != (code_key(), stamp):
                return None
            names = _unpickled(f)
            files = pickle.load(f)
        if not isinstance(files, list) or not all(isinstance(n, str) and _is_part(path, n) for n in files):
            return None
        # opened now, read and unpickled when a fact index is first used (GraphIndex.__getattr__)
        blobs = [PartFile(path.parent / name) for name in files]
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache: build the index instead
        return None
    if not isinstance(names, dict) or store.write_stamp() != stamp:
        return None
    index = GraphIndex.__new__(GraphIndex)
    index.__dict__.update(names)
    index.__dict__["_facts_pickle"] = blobs
    index.__dict__["_fact_files"] = files
    index.stamp = stamp
    return index


class PartFile:
    """A fact part opened when the index is loaded and read when first needed: a save that replaces it meanwhile
    (and removes the file) does not take it from a process that has it open; read at its own offset, so that
    processes forked from this one may read it too."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("rb")

    def read(self) -> bytes:
        """The whole file."""
        fd = self.file.fileno()
        size, chunks, offset = os.fstat(fd).st_size, [], 0
        while offset < size:
            chunk = os.pread(fd, min(size - offset, 1 << 26), offset)
            if not chunk:
                break
            chunks.append(chunk)
            offset += len(chunk)
        return b"".join(chunks)

    def __del__(self) -> None:
        """Close the file with the index that held it (read or not)."""
        file = getattr(self, "file", None)
        if file is not None:
            file.close()


def _part_path(path: Path) -> Path:
    """A new file for a part of the fact indexes, named with this process's id (removed if it dies unlisted)."""
    return path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.facts")


def _is_part(path: Path, name: str) -> bool:
    """Whether `name` is the name of a fact part of the index file at `path` (never a path elsewhere)."""
    return name.startswith(path.name + ".") and name.endswith(".facts") and "/" not in name and "\\" not in name


def _write_part(path: Path, facts: dict[str, Any]) -> str:
    """Write fact indexes ({"events": FactIndex, ...}) to a part file of their own; its name."""
    part = _part_path(path)
    try:
        with part.open("wb") as f:
            pickle.dump(facts, f, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part.name


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


def remove_stale_temps(path: Path, saved: frozenset[str] | None = None) -> list[Path]:
    """Delete the leftovers of saves cut short: temporary files and fact parts that no saved index lists, of
    processes that are gone; right after this process saved (`saved`: the parts it listed), also its own
    unlisted parts (of its earlier saves). Never a file a live process may still be writing or about to list;
    the files removed."""
    removed: list[Path] = []
    try:
        leftovers = [*path.parent.glob(f"{path.name}.*.tmp"), *path.parent.glob(f"{path.name}.*.facts")]
    except OSError:
        return removed
    listed = saved
    if listed is None and any(f.name.endswith(".facts") for f in leftovers):
        listed = _listed(path)  # None: the index file cannot be read now, its parts are left alone
    for leftover in leftovers:
        pid = leftover.name[len(path.name) + 1 :].split(".", 1)[0].split("-", 1)[0]
        if not pid.isdigit() or int(pid) <= 0:
            continue
        if leftover.name.endswith(".facts"):
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
            files = pickle.load(f)
    except Exception:  # noqa: BLE001 - damaged, foreign or being replaced: say nothing about its parts
        return None
    return frozenset(n for n in files if isinstance(n, str)) if isinstance(files, list) else None


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
    index = GraphIndex(store)
    index.stamp = stamp if stamp is not None and store.write_stamp() == stamp else None
    save_index(index, store)
    return index


def open_index(store: GraphStore) -> GraphIndex:
    """The index of the store's current state: the saved one, or one built now (and saved)."""
    return load_index(store) or build_index(store)


def save_index(index: GraphIndex, store: GraphStore) -> bool:
    """Save the index with the store, under the stamp it was made at, if that is still the store's (written to a
    temporary file and renamed: readers see the old file or the new one); True when saved.

    The file holds the names part and lists the files of the fact indexes: those written by `flush_facts`
    (or loaded and not yet unpickled), and one more with the fact indexes in memory."""
    stamp, path = getattr(index, "stamp", None), store.sidecar(SIDECAR)
    if stamp is None or path is None or store.write_stamp() != stamp:
        return False
    remove_stale_temps(path)
    tmp, new_part = _temp_path(path, os.getpid()), None
    held = index.__dict__
    try:
        files = list(held.get("_fact_files", []))
        if "_facts_pickle" not in held:  # the fact indexes in memory: all of them, or those since the last flush
            facts = {name: getattr(index, name) for name in FACT_PARTS}
            if not files or any(len(f) for f in facts.values()):
                new_part = _write_part(path, facts)
                files.append(new_part)
        names = {k: v for k, v in held.items() if k not in FACT_PARTS and k not in ("_facts_pickle", "_fact_files")}
        with tmp.open("wb") as f:
            pickle.dump((code_key(), stamp), f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(files, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError):
        tmp.unlink(missing_ok=True)
        if new_part is not None:
            (path.parent / new_part).unlink(missing_ok=True)
        return False
    remove_stale_temps(path, frozenset(files))
    return True


def flush_facts(index: GraphIndex, store: GraphStore) -> bool:
    """During a long ingest: write the fact indexes taken in since the last flush to a file of their own and start
    them afresh, so that the memory they hold does not grow with the pages; `save_index` lists every such file.

    The fact indexes in memory are then those of the pages since the flush only: the index is for saving, not
    for answering, until it is saved and loaded again (`KnowledgeGraph.save_qa` drops it). True when flushed."""
    path, held = store.sidecar(SIDECAR), index.__dict__
    if path is None:
        return False
    files = list(held.get("_fact_files", []))
    if held.pop("_facts_pickle", None) is None:  # (else loaded, not unpickled: its facts are in its files)
        facts = {name: getattr(index, name) for name in FACT_PARTS}
        if any(len(f) for f in facts.values()):
            try:
                files.append(_write_part(path, facts))
            except (OSError, pickle.PicklingError, TypeError):
                return False
    held["_fact_files"] = files
    held.update({name: FactIndex() for name in FACT_PARTS})
    return True


def is_flushed(index: GraphIndex) -> bool:
    """Whether some of the index's facts are only in files written by `flush_facts` (not in memory)."""
    held = index.__dict__
    return bool(held.get("_fact_files")) and "_facts_pickle" not in held
