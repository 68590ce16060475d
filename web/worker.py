"""The query worker process: a read-only view of the store, answering one client query at a time.

Started by `runner.QueryRunner` through a fork server that imports this module once (and warms the
parser), so a new worker is ready in tens of milliseconds. It never writes: the store is opened read-only
(or, for an in-memory store, rebuilt from its N-Quads).
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from ..kg.sparql import QueryRefused, inspect_query, run_read_only
from ..kg.store import StoreError, open_reader


def main(conn: Any, spec: tuple[str, Any], memory_mb: int = 0, server_pid: int = 0) -> None:
    """A query worker: open the read-only view, then answer (text, rows, base, dataset, trusted) requests forever.
    `memory_mb` caps its heap (a query that needs more ends the worker, which is replaced)."""
    _exit_with(server_pid)
    _cap_memory(memory_mb)
    try:
        store, failure = open_reader(spec), None
    except (StoreError, OSError, ValueError) as exc:
        store, failure = None, f"cannot open the store: {exc}"
    while True:
        try:
            text, rows, base, dataset, trusted = conn.recv()
        except (EOFError, OSError):
            return
        if store is None:
            conn.send(("error", 503, failure))
            continue
        try:
            if trusted:  # the server's own template query: no read-only check to pay for
                conn.send(("ok", 200, store.query(text, limit=rows)))
            else:
                conn.send(("ok", 200, run_read_only(store, text, rows, base, dataset)))
        except QueryRefused as exc:
            conn.send(("error", 400, str(exc)))
        except ValueError as exc:
            conn.send(("error", 400, str(exc)))
        except StoreError as exc:
            conn.send(("error", 503, str(exc)))
        except RecursionError:
            conn.send(("error", 400, "query is nested too deeply"))
        except Exception as exc:  # noqa: BLE001 - the client gets a 500 naming the error, the worker lives on
            conn.send(("error", 500, f"服务器内部错误 Internal error: {type(exc).__name__}"))


def _exit_with(pid: int) -> None:
    """End this worker when process `pid` (the web server) is gone, even in the middle of a query: its parent
    is the fork server, which outlives the server while any worker lives. Evaluation releases the GIL, so a
    watcher thread runs."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # a pid taken by someone else's process: ours is gone
                os._exit(0)

    if pid > 0:
        threading.Thread(target=watch, daemon=True, name="kgqa-lifeline").start()


def _cap_memory(megabytes: int) -> None:
    if megabytes <= 0:
        return
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))  # heap and anonymous maps, not code or files
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this platform


def _warm() -> None:
    try:
        inspect_query("ASK { ?s ?p ?o FILTER(?o = 1) }")  # pyparsing builds its caches on the first parse
    except QueryRefused:
        pass


_warm()
