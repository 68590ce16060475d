"""Client SPARQL runs in a small pool of worker processes that can be killed; the web process never parses
or evaluates it.

pyoxigraph cannot cancel a running query, its parser can crash on hostile input, and rdflib's parser (the
read-only check) can take minutes on a long query. So both run in a worker process with its own read-only
view of the store (`GraphStore.reader_spec` / `open_reader`):
- the request waits at most the time limit (from its arrival: waiting for a free worker counts), then the
  worker is killed and replaced, and the client gets 503;
- a worker that dies (a crash in the engine, or a query needing more heap than `query_memory_mb`) is
  replaced, and the client gets 500 with the reason;
- queries longer than `max_query_bytes` or with more than `max_query_terms` terms are refused before any
  worker sees them; rows are capped at `max_rows` (with `truncated` set);
- after a write through this process (an upload: `generation` changes) idle workers are replaced, so a
  worker never answers from an older view of the store.
The question answerer (/ask, /api/ask) parses questions and links names in the web process (its index
lives there), but its template queries run in this pool too (`run_trusted`: the server's own text with
IRIs from its index, so without the read-only check), under the same time limit: a slow template query on a
big graph cannot hold a server thread either. The pages' fixed queries, and the example questions (made once
per graph generation within a time budget), run in the web process.
Workers are started through a fork server that has already imported the query code, so a replacement is
ready in a few tens of milliseconds.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

from ..kg.results import Results
from ..kg.sparql import count_terms
from . import worker
from .errors import WebError

PRELOAD = ["kgqa.web.worker"]  # imported once by the fork server: workers start with the parser warm


@dataclass(frozen=True)
class Limits:
    """What one client query may use."""

    time_limit: float
    max_rows: int
    max_bytes: int
    max_terms: int


def _context() -> Any:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, ctx: Any, spec: tuple[str, Any], generation: int, memory_mb: int = 0) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=worker.main, args=(child, spec, memory_mb, os.getpid()), daemon=True, name="kgqa-query"
        )
        self.proc.start()
        child.close()
        self.generation = generation

    def stop(self) -> int | None:
        """Kill the process (SIGKILL: a running query cannot be stopped any other way); its exit code."""
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(2)
        self.conn.close()
        return self.proc.exitcode


class QueryRunner:
    """A pool of at most `workers` query processes over the graph `kg`, started when first needed."""

    def __init__(self, kg: Any, workers: int = 4, memory_mb: int = 0) -> None:
        self.kg = kg
        self.workers = max(1, workers)
        self.memory_mb = memory_mb
        self.timeouts = 0
        self.crashes = 0
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._live = 0
        self._lock = threading.Lock()
        self._ctx = _context()
        self._spec: tuple[int, tuple[str, Any]] | None = None
        self._all: set[_Worker] = set()
        self._spawning = threading.Lock()  # held while a worker process is being started
        self._closed = False
        weakref.finalize(self, _stop_all, self._all)  # an app dropped without close() takes its workers along

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return [w.proc.pid for w in self._all if w.proc.pid]

    def run(self, text: str, limits: Limits, base_iri: str | None = None, dataset: Any = None) -> Results:
        """Evaluate a client's query in a worker; WebError 400/413 (refused), 503 (time limit, busy), 500 (crash)."""
        _check_size(text, limits)
        return self._evaluate((text, limits.max_rows, base_iri, dataset, False), limits)

    def run_trusted(self, text: str, limits: Limits) -> Results:
        """Evaluate one of the server's own queries (a question's template query) in a worker, with the time
        limit but without the client checks: `runner.run_trusted(q, limits).rows`."""
        return self._evaluate((text, None, None, None, True), limits)

    def _evaluate(self, request: tuple, limits: Limits) -> Results:
        deadline = time.monotonic() + limits.time_limit
        worker = self._acquire(deadline, limits.time_limit)
        try:
            worker.conn.send(request)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            status, code, payload = worker.conn.recv() if ready else (None, 0, None)
        except (EOFError, OSError, BrokenPipeError):
            exitcode = self._replace(worker)
            self.crashes += 1
            why = " or needed more than query_memory_mb" if self.memory_mb > 0 else ""
            raise WebError(
                500,
                f"查询进程崩溃 The query crashed its worker process{why} (exit code {exitcode}); "
                "the worker was replaced. Simplify the query",
            ) from None
        if status is None:
            self._replace(worker)
            self.timeouts += 1
            raise WebError(
                503,
                f"查询超时 Query stopped after {limits.time_limit:g} s (time limit); "
                "add a LIMIT or narrow the patterns",
                {"Retry-After": "10"},
            )
        if code == 503:
            self._replace(worker)  # its view of the store failed: the next worker opens a fresh one
        else:
            self._idle.put(worker)
        if status != "ok":
            raise WebError(code, payload)
        return payload

    def start(self) -> None:
        """Start one worker now (and the fork server with it), so the first query does not wait for them."""
        worker = self._start_if_room()
        if worker is not None:
            self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker; start none after (a start under way is let finish first, so the fork server is
        never left holding half a request when the process exits)."""
        with self._spawning:
            self._closed = True
        with self._lock:
            self._live = 0
            _stop_all(self._all)

    # -- pool
    def _acquire(self, deadline: float, limit: float) -> _Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                worker = self._start_if_room()
                if worker is None:
                    try:
                        worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
                    except queue.Empty:
                        raise WebError(
                            503,
                            f"服务器繁忙 Busy: every query worker stayed busy for {limit:g} s; try again shortly",
                            {"Retry-After": "5"},
                        ) from None
            if worker.generation == getattr(self.kg, "generation", 0) and worker.proc.is_alive():
                return worker
            self._drop(worker)  # the graph changed since it opened its view, or it died while idle

    def _start_if_room(self) -> _Worker | None:
        with self._lock:
            if self._live >= self.workers:
                return None
            self._live += 1
        try:
            with self._spawning:
                if self._closed:
                    raise WebError(503, "服务器正在关闭 The server is shutting down", {"Retry-After": "5"})
                generation = getattr(self.kg, "generation", 0)
                worker = _Worker(self._ctx, self._reader_spec(generation), generation, self.memory_mb)
        except BaseException:
            with self._lock:
                self._live -= 1
            raise
        with self._lock:
            self._all.add(worker)
        return worker

    def _reader_spec(self, generation: int) -> tuple[str, Any]:
        spec = self._spec
        if spec is None or spec[0] != generation:
            spec = (generation, self.kg.store.reader_spec())
            self._spec = spec
        return spec[1]

    def _drop(self, worker: _Worker) -> int | None:
        with self._lock:
            if worker in self._all:
                self._all.discard(worker)
                self._live -= 1
        return worker.stop()

    def _replace(self, worker: _Worker) -> int | None:
        """Kill a worker and start its successor now, so the next query finds it ready."""
        exitcode = self._drop(worker)
        fresh = self._start_if_room()
        if fresh is not None:
            self._idle.put(fresh)
        return exitcode


def _stop_all(workers: set[_Worker]) -> None:
    """Stop and forget every worker of a set."""
    for w in list(workers):
        workers.discard(w)
        w.stop()


def _check_size(text: str, limits: Limits) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise WebError(413, f"查询太长 Query too long: {size} bytes, at most {limits.max_bytes} (max_query_bytes)")
    terms = count_terms(text)
    if terms > limits.max_terms:
        raise WebError(
            400,
            f"查询太复杂 Query too complex: {terms} terms and operators, at most {limits.max_terms} "
            "(max_query_terms); use VALUES or several queries",
        )
