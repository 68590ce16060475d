"""Settings declared as data: name, default, help. The CLI and the web app read them from here.

>>> SETTINGS["query_time_limit"].default
5.0
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One configurable value with its default and help text."""

    name: str
    default: Any
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting(
            "query_time_limit",
            5.0,
            "Seconds a SPARQL query from the web may take, waiting for a worker "
            "included; then its worker process is killed and the client gets 503.",
        ),
        Setting("max_query_bytes", 64 * 1024, "Longest SPARQL query from the web, in bytes (UTF-8); longer gets 413."),
        Setting(
            "max_query_terms",
            1000,
            "Most terms and operators (IRIs, literals, variables, ||, = ...) in a SPARQL "
            "query from the web; more gets 400 before any parsing.",
        ),
        Setting(
            "query_workers",
            4,
            "Worker processes that evaluate SPARQL from the web; one that runs past the time "
            "limit or crashes is killed and replaced.",
        ),
        Setting(
            "query_memory_mb",
            1024,
            "Heap each query worker may use (MiB); a query that needs more ends its "
            "worker (500, replaced). 0 = no cap.",
        ),
        Setting("max_rows", 1000, "Most rows a SPARQL query from the web returns; more sets 'truncated'."),
        Setting("max_upload_bytes", 8 * 1024 * 1024, "Largest request body accepted (uploads, POSTed queries)."),
        Setting("rate_limit_per_minute", 120, "Expensive requests (SPARQL, ask, dump, upload) per client per minute."),
        Setting(
            "page_rate_limit_per_minute",
            600,
            "Requests for pages that read the graph (home, articles, entities, "
            "suggestions; expensive ones too) per client per minute.",
        ),
        Setting("page_size", 50, "Rows per page in the SPARQL results table."),
        Setting(
            "ingest_worker_nice",
            5,
            "How much nicer than the writer the extraction workers of `kgqa ingest --jobs N` run (0: as "
            "nice): the writer is the one serial step, and the scheduler otherwise shares the cores evenly.",
        ),
        Setting(
            "ingest_flush_pages",
            500,
            "`kgqa ingest` writes the question index's new facts and the store's write buffers to disk every this "
            "many pages (at least 1): fewer flushes, fewer compactions of the store, more memory held between them.",
        ),
        Setting("upload_token", None, "Token that enables and guards article upload; unset means no upload routes."),
        # remote stores (--store http://...); credentials come from KGQA_STORE_USER / KGQA_STORE_PASSWORD or ~/.netrc
        Setting("store_update_url", None, "SPARQL Update URL of a remote store (default: the --store query URL)."),
        Setting(
            "store_graph_store_url",
            None,
            "Graph Store Protocol URL of a remote store; when set, the chunks of a "
            "page are POSTed there as N-Triples instead of INSERT DATA.",
        ),
        Setting("store_timeout", 120.0, "Seconds one request to a remote store may take."),
        Setting(
            "store_retries",
            3,
            "Retries (with backoff) of a request to a remote store that failed on a transient "
            "error (connection refused, HTTP 429/502/503/504).",
        ),
        Setting(
            "store_write_chunk",
            500,
            "Most quads in one update request to a remote store; a bigger page goes in "
            "chunks into staging graphs, then moves into place in one request.",
        ),
        Setting(
            "store_dataset",
            "auto",
            "How reads of a remote store reach kgqa's graphs: 'auto' (the server's union "
            "default graph when it has one, as Virtuoso and Oxigraph server do, else "
            "'explicit'), 'explicit' (every kgqa graph named in each request: exact on any "
            "server, but requests grow with the graphs) or 'union'.",
        ),
        Setting(
            "store_max_rows",
            10000,
            "A remote store's row cap (Virtuoso's ResultSetMaxRows): a result of this "
            "many rows is read again page by page.",
        ),
    ]
}


def setting(name: str) -> Any:
    """A setting's value: the environment variable KGQA_<NAME> when set (read as the default's type), else
    the default.

    >>> setting("store_write_chunk")
    500
    """
    default = SETTINGS[name].default
    raw = os.environ.get("KGQA_" + name.upper())
    if raw is None or raw == "":
        return default
    if isinstance(default, bool) or default is None or isinstance(default, str):
        return raw
    try:
        return type(default)(raw)
    except ValueError:
        raise ValueError(f"KGQA_{name.upper()}={raw!r}: expected a {type(default).__name__}") from None


def default_store_location() -> Path:
    """The default store directory under the user's data dir (XDG on Linux).

    >>> default_store_location().name
    'store'
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "kgqa" / "store"
