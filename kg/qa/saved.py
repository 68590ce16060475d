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
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..store import GraphStore
from .index import FACT_PARTS, GraphIndex

SIDECAR = "qa-index"
FORMAT = 2  # bumped when the file's layout changes (the code key covers the index's own classes)
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
            facts = pickle.load(f)  # bytes, unpickled when a fact index is first used (GraphIndex.__getattr__)
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache: build the index instead
        return None
    if not isinstance(names, dict) or not isinstance(facts, bytes) or store.write_stamp() != stamp:
        return None
    index = GraphIndex.__new__(GraphIndex)
    index.__dict__.update(names)
    index.__dict__["_facts_pickle"] = facts
    index.stamp = stamp
    return index


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


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the temporary files of saves cut short (their process died before the rename): only those whose
    process is gone, never one a live process may still be writing; the files removed."""
    removed: list[Path] = []
    try:
        temps = list(path.parent.glob(f"{path.name}.*.tmp"))
    except OSError:
        return removed
    for tmp in temps:
        pid = tmp.name[len(path.name) + 1 : -len(".tmp")]
        if not pid.isdigit() or int(pid) <= 0 or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:  # a read-only directory, or another process removed it first: only a cache's leftovers
            continue
    return removed


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
    temporary file and renamed: readers see the old file or the new one); True when saved."""
    stamp, path = getattr(index, "stamp", None), store.sidecar(SIDECAR)
    if stamp is None or path is None or store.write_stamp() != stamp:
        return False
    remove_stale_temps(path)
    tmp = _temp_path(path, os.getpid())
    try:
        facts = {name: getattr(index, name) for name in FACT_PARTS}
        names = {k: v for k, v in vars(index).items() if k not in facts and k != "_facts_pickle"}
        with tmp.open("wb") as f:
            pickle.dump((code_key(), stamp), f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError):
        tmp.unlink(missing_ok=True)
        return False
    return True
