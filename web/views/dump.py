"""Dumps of the whole graph, streamed: /dump.ttl, /dump.trig, /dump.nt, /dump.nq, /dump.jsonld."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, stream_with_context

from .. import get_kg
from ..errors import WebError
from ..security import rate_limited

bp = Blueprint("dump", __name__)

FORMATS = {
    "ttl": ("turtle", "text/turtle"),
    "trig": ("trig", "application/trig"),
    "nt": ("nt", "application/n-triples"),
    "nq": ("nquads", "application/n-quads"),
    "jsonld": ("jsonld", "application/ld+json"),
}
_END = object()


class _QueueWriter:
    """A file-like sink whose writes become chunks for a streamed response (bounded: the writer waits)."""

    def __init__(self) -> None:
        self.q: queue.Queue[Any] = queue.Queue(maxsize=64)
        self.closed_by_client = False
        self._buf = bytearray()

    def write(self, data: bytes) -> int:
        if self.closed_by_client:
            raise BrokenPipeError("client went away")
        self._buf += data
        if len(self._buf) >= 65536:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buf:
            chunk, self._buf = bytes(self._buf), bytearray()
            self.put(chunk)

    def put(self, item: Any) -> None:
        """Hand one item to the response, giving up when the client has gone."""
        while True:
            if self.closed_by_client:
                raise BrokenPipeError("client went away")
            try:
                self.q.put(item, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_dump(kg: Any, fmt: str) -> Iterator[bytes]:
    """Run kg.dump in a thread and yield what it writes as it comes."""
    sink = _QueueWriter()

    def produce() -> None:
        try:
            kg.dump(sink, fmt)
            sink.flush()
        except BrokenPipeError:
            pass
        except Exception as exc:  # noqa: BLE001 - the stream ends with a comment naming the failure
            try:
                sink.put(f"\n# dump failed: {type(exc).__name__}\n".encode())
            except BrokenPipeError:
                pass
        finally:
            try:
                sink.put(_END)
            except BrokenPipeError:
                pass

    threading.Thread(target=produce, daemon=True, name="kgqa-dump").start()
    try:
        while True:
            chunk = sink.q.get()
            if chunk is _END:
                return
            yield chunk
    finally:
        sink.closed_by_client = True
        while not sink.q.empty():  # unblock a producer waiting on a full queue
            sink.q.get_nowait()


@bp.get("/dump.<ext>")
@rate_limited
def dump(ext: str) -> Response:
    """The whole graph in one serialization, streamed as a download."""
    if ext not in FORMATS:
        raise WebError(404, f"unknown dump format .{ext} (ttl, trig, nt, nq, jsonld)")
    fmt, media = FORMATS[ext]
    resp = Response(stream_with_context(stream_dump(get_kg(), fmt)), content_type=f"{media}; charset=utf-8")
    resp.headers["Content-Disposition"] = f'attachment; filename="kgqa.{ext}"'
    return resp
