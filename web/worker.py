"""The query worker process: a read-only view of the store, answering one client query at a time.

Started by `runner.QueryRunner` through a fork server that imports this module once (and warms the
parser), so a new worker is ready in tens of milliseconds. It never writes: the store is opened read-only
(or, for an in-memory store, rebuilt from its N-Quads).
"""
from __future__ import annotations

from typing import Any

from ..kg.sparql import QueryRefused, inspect_query, run_read_only
from ..kg.store import StoreError, open_reader


def main(conn: Any, spec: tuple[str, Any]) -> None:
    """A query worker: open the read-only view, then answer (text, rows, base, dataset) requests forever."""
    try:
        store, failure = open_reader(spec), None
    except (StoreError, OSError, ValueError) as exc:
        store, failure = None, f"cannot open the store: {exc}"
    while True:
        try:
            text, rows, base, dataset = conn.recv()
        except (EOFError, OSError):
            return
        if store is None:
            conn.send(("error", 503, failure))
            continue
        try:
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


def _warm() -> None:
    try:
        inspect_query("ASK { ?s ?p ?o FILTER(?o = 1) }")   # pyparsing builds its caches on the first parse
    except QueryRefused:
        pass


_warm()
