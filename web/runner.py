"""Read-only SPARQL for clients: refused before evaluation unless a query, run with a deadline and a row cap.

pyoxigraph has no query timeout and evaluation cannot be interrupted from Python. What we do:
- `check_read_only` parses the query first: updates, LOAD/CLEAR/DROP/CREATE and SERVICE never run;
- evaluation runs in a bounded pool of worker threads (pyoxigraph releases the GIL while evaluating),
  so a slow query never blocks the request threads serving pages;
- the request waits at most the time limit, then answers 503; rows are capped (streaming queries
  stop reading at the cap, with `truncated` set);
- what this cannot do: stop a query that is already running. A timed-out query keeps its worker
  until the engine finishes; while every worker is taken, new queries get 503 "busy" at once
  instead of queueing, and pages that do not run client SPARQL keep working.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from typing import Any

from ..kg.results import Results
from ..kg.sparql import QueryRefused, check_read_only
from .errors import WebError


class QueryRunner:
    """A bounded pool that runs client queries with a deadline; refuses work when it is full."""

    def __init__(self, workers: int = 4) -> None:
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="kgqa-sparql")
        self._slots = threading.BoundedSemaphore(self.workers)
        self.timeouts = 0

    def run(self, kg: Any, text: str, time_limit: float, max_rows: int) -> Results:
        """Check, then evaluate `text` on `kg`; WebError 400 (refused/invalid) or 503 (timeout, busy)."""
        try:
            check_read_only(text)
        except QueryRefused as exc:
            raise WebError(400, str(exc)) from None
        if not self._slots.acquire(blocking=False):
            raise WebError(503, "服务器繁忙 Busy: every query worker is running a query; try again shortly",
                           {"Retry-After": "5"})
        try:
            future = self._pool.submit(self._evaluate, kg, text, max_rows)
        except RuntimeError:
            self._slots.release()
            raise WebError(503, "server is shutting down") from None
        try:
            return future.result(timeout=time_limit)
        except FutureTimeout:
            self.timeouts += 1
            raise WebError(503, f"查询超时 Query stopped waiting after {time_limit:g} s (time limit); "
                                "add a LIMIT or narrow the patterns", {"Retry-After": "10"}) from None
        except ValueError as exc:
            raise WebError(400, str(exc)) from None

    def _evaluate(self, kg: Any, text: str, max_rows: int) -> Results:
        try:
            return kg.query(text, limit=max_rows)
        finally:
            self._slots.release()
