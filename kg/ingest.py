"""Reading input files: paths to texts, encodings detected, bad files named with the reason.

>>> decode_bytes("长治".encode("gb18030"), "x.txt")
'长治'
"""

from __future__ import annotations

import errno
import io
import os
import pickle
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

# Size policy: one input is one page. A news page is 5-50 KB (the largest in ../shared is 16 KB), and
# extraction takes about 2 s per MiB on one core (bench/page_size.py; it grew faster than linearly in
# earlier versions), so an input above MAX_BYTES -- 20x the largest page -- is refused with an error
# naming it and the limit, checked before it is read (stdin and uploads are read only up to the limit),
# never truncated or split: split a dump into one file per page.
MAX_BYTES = 1024 * 1024


class InputError(Exception):
    """A file that cannot be read as news text; the message names the file and the problem."""


@dataclass
class InputText:
    """One decoded input: its name (path or "-") and text."""

    name: str
    text: str


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\xd0\xcf\x11\xe0")


def _looks_binary(data: bytes) -> str | None:
    for magic in _BINARY_MAGIC:
        if data.startswith(magic):
            kind = {
                b"%PDF": "a PDF",
                b"\x89PNG": "a PNG image",
                b"PK\x03\x04": "a ZIP/Office file",
                b"\xff\xd8\xff": "a JPEG image",
                b"GIF8": "a GIF image",
                b"\x7fELF": "an executable",
                b"\xd0\xcf\x11\xe0": "an old Office file",
            }[magic]
            return f"binary file ({kind}), not text"
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes), not text"
    return None


def _cjk_share(text: str) -> float:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    cjk = sum(
        1 for c in non_ascii if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" or "\u2000" <= c <= "\u206f"
    )
    return cjk / len(non_ascii)


# Invisible characters removed from every decoded input: bidi embeddings, overrides, isolates and marks
# (one in a name reorders the text after it wherever the name is shown -- pages, terminals, dumps; the
# "Trojan Source" trick) and zero-width characters (they make names that look the same different
# entities). Chinese news has no use for either.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")
)


def clean_text(text: str) -> str:
    """Text without bidi-control and zero-width characters.

    >>> clean_text("王\u202e五\u200b六")
    '王五六'
    """
    return text.translate(_INVISIBLE)


def decode_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, then clean_text; else InputError.

    Inputs above MAX_BYTES are refused here too, so every way in (files, stdin, uploads) has the limit.
    """
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name, len(data)))
    return clean_text(_decode(data, name))


def _decode(data: bytes, name: str) -> str:
    """Decode the bytes of one input (see decode_bytes)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text ({exc.reason} at byte {exc.start})") from exc
        if _cjk_share(text) < 0.9 or any(c < " " and c not in "\t\n\r" for c in text):
            # bytes that merely start like a UTF-16 byte-order mark: not text in any encoding we read
            raise InputError(f"{name}: invalid UTF-8 (starts like UTF-16 but does not decode to text)")
        return text
    reason = _looks_binary(data)
    if reason:
        raise InputError(f"{name}: {reason}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start} and not GB18030/GBK text"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(f"{name}: {utf8_error}") from None
    if _cjk_share(text) < 0.9:
        raise InputError(f"{name}: {utf8_error}")
    return text


def _too_large(name: str, size: int | None) -> str:
    """The one-line message for an input above MAX_BYTES."""
    got = f"{size / 1048576:.1f} MiB" if size is not None else "more than that"
    return (
        f"{name}: file too large ({got}; the limit is {MAX_BYTES // 1048576} MiB per page, "
        "split it into one file per page)"
    )


def read_limited(stream: BinaryIO, name: str) -> bytes:
    """Read at most MAX_BYTES from a stream; raise InputError if there is more."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name, None))
    return data


def _link_problem(name: str) -> str:
    """Why a path that does not resolve cannot be read: a symlink loop, a dangling link, or nothing there."""
    try:
        os.stat(name)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{name}: symbolic link loop (too many levels of symbolic links)"
        if os.path.islink(name):
            return f"{name}: broken symbolic link (its target does not exist)"
        if exc.errno == errno.EACCES:
            return f"{name}: permission denied"
    return f"{name}: no such file or directory"


def read_path(path: Path) -> InputText:
    """Read and decode one regular file of at most MAX_BYTES."""
    name = str(path)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block forever, a device would never end
            raise InputError(f"{name}: not a regular file (a pipe, socket or device)")
        if st.st_size > MAX_BYTES:
            raise InputError(_too_large(name, st.st_size))
        with open(path, "rb") as fh:
            data = read_limited(fh, name)
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except FileNotFoundError:
        raise InputError(_link_problem(name)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(_link_problem(name)) from None
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty file (no text)")
    return InputText(name, text)


def _walk_error(exc: OSError) -> InputError:
    """A directory that cannot be listed, as a one-line input error."""
    where = exc.filename or "?"
    if isinstance(exc, PermissionError):
        return InputError(f"{where}: permission denied (cannot list the directory)")
    return InputError(f"{where}: cannot list the directory ({exc.strerror or exc})")


def expand_paths(paths: list[str]) -> Iterator[Path | InputError]:
    """Files named, and *.txt under directories (recursively, symlink loops skipped), in order.

    Directories that cannot be listed come out as InputError, in walk order.
    """
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield InputError(_link_problem(raw))
        elif p.is_dir():
            seen: set[tuple[int, int]] = set()
            errors: list[OSError] = []
            for root, dirs, files in os.walk(p, followlinks=True, onerror=errors.append):
                while errors:
                    yield _walk_error(errors.pop(0))
                try:
                    st = os.stat(root)
                except OSError as exc:
                    yield _walk_error(exc)
                    dirs[:] = []
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(".txt"):
                        yield Path(root) / f
            while errors:
                yield _walk_error(errors.pop(0))
        else:
            yield p


# ---------------------------------------------------------------- extraction in worker processes
# `kgqa ingest --jobs N`: pages are read, extracted and mapped to quads (pure CPU, no store) in N worker
# processes; the calling process is the one writer and commits each page (one transaction) in input order.
# At most WINDOW_PER_JOB pages per worker are in flight, so memory stays flat however many files are named.
WINDOW_PER_JOB = 4
# Workers run nicer than the writer (the setting `ingest_worker_nice`): the writer is the one serial step, and
# with N workers on N cores the scheduler otherwise shares the cores evenly, the writer getting a part of one
# while its pages queue up. Its spare time still goes to the workers. See bench/README.md ("The writer of
# `ingest --jobs 2`, again", 2026-12-02) for what was and was not measured.


@dataclass
class Prepared:
    """One input ready to write: its name and mapped quads, or the one-line reason it is skipped."""

    name: str
    mapped: object = None  # kg.mapping.MappedPage
    error: str | None = None


def prepare_entry(entry: Path | InputText | InputError, locale: str | None = None, date: str | None = None) -> Prepared:
    """Read, extract and map one input; bad input and extractor bugs come back as `error`, never raised."""
    from .graph import prepare_page

    name = entry.name if isinstance(entry, InputText) else str(entry)
    try:
        if isinstance(entry, InputError):
            raise entry
        item = entry if isinstance(entry, InputText) else read_path(entry)
        if not item.text.strip():
            raise InputError(f"{item.name}: empty input (no text)")
        return Prepared(item.name, prepare_page(item.text, item.name, locale=locale, date=date))
    except InputError as exc:
        return Prepared(name, error=str(exc))
    except Exception as exc:  # an extractor bug on one file must not abort the batch nor print a trace
        return Prepared(name, error=extraction_failed(name, exc))


def extraction_failed(name: str, exc: BaseException) -> str:
    """The one-line message for an input whose extraction (or write) raised an unexpected error."""
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return f"{name}: extraction failed ({type(exc).__name__}: {detail}); nothing of it was stored"


def _worker_init() -> None:
    """Ignore Ctrl-C (the writer handles it), yield the CPU to the writer (`worker_nice`), end with the writer, and
    load the extractor once, up front."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.nice(worker_nice())
    except (AttributeError, OSError):  # no nice on the platform: the writer shares the CPU evenly
        pass
    parent = os.getppid()

    def watch() -> None:  # a writer killed outright (SIGKILL) leaves no one to close the pool: go too
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    _warm_up()


def worker_nice() -> int:
    """How much nicer than the writer the workers run (the setting `ingest_worker_nice`, 0 to 19)."""
    from ..settings import setting

    return max(0, min(19, int(setting("ingest_worker_nice"))))


def _warm_up() -> None:
    """Extract one sample page: pipeline steps imported, lexicons, tables and the name recogniser loaded."""
    from ..samples import sample_files
    from .graph import prepare_page

    for path in sample_files()[:1]:
        prepare_page(path.read_text(encoding="utf-8"), path.name)


def _prepare_spooled(entry: Path | InputText, locale: str | None, date: str | None, spool: str) -> str:
    """In a worker: prepare `entry` and pickle the result into a new file of `spool`; that file's path.

    The pipe back to the writer then carries only a short path, written in one atomic write: a worker killed
    while a large result was half-sent would leave the pool's reader waiting forever for the rest (a killed
    worker is detected only between messages), so no result travels through the pipe.
    """
    import pickle
    import tempfile

    prepared = prepare_entry(entry, locale, date)
    fd, path = tempfile.mkstemp(dir=spool, suffix=".pickle")
    with os.fdopen(fd, "wb") as out:
        try:
            data = _TermPickler.dumps(_shared_terms(prepared))
        except Exception:  # noqa: BLE001 - a term the fast way cannot take: the plain pickle (slower to load)
            data = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(data)
    return path


def _shared_terms(prepared: Prepared) -> Prepared:
    """The page with each distinct term of its quads one object, so that it is pickled and loaded once (a page's
    ~1,100 terms are ~270 objects of ~160 distinct terms: the key is made once per object, `_term_key`)."""
    mapped = prepared.mapped
    if mapped is None:
        return prepared
    from rdflib import Literal

    by_id: dict[int, Any] = {}  # safe while the quads are alive: no id is reused meanwhile
    by_key: dict[tuple, Any] = {}

    def first(term: Any) -> Any:
        by_id[id(term)] = one = by_key.setdefault(_term_key(term, Literal), term)
        return one

    get = by_id.get  # (a false term, an empty text or a literal 0, is looked up again: the same term)
    quads = [tuple([get(id(t)) or first(t) for t in quad]) for quad in mapped.quads]  # type: ignore[attr-defined]
    mapped.quads = quads  # type: ignore[attr-defined]
    return prepared


def _term_key(term: Any, literal: Any) -> tuple:
    """A key that only the very same term has (rdflib's == takes some different literals as equal)."""
    if isinstance(term, literal):
        return (literal, str(term), term.language, term.datatype)
    return (type(term), str(term))


class _TermPickler(pickle.Pickler):
    """Pickles a prepared page with its rdflib terms as what they are made of, loaded without rdflib checking
    and converting each again: loading the pages was the writer's largest part that needs no store (1.3 of its
    ~14 ms a page, bench/README.md)."""

    def __init__(self, file: BinaryIO) -> None:
        from rdflib import Literal, URIRef

        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._uri, self._lit = URIRef, Literal  # (imported once a page, not once a term)

    def reducer_override(self, obj: Any) -> Any:
        """How a term is pickled: a URIRef as its text, a Literal as its text, language, datatype and value."""
        kind = type(obj)
        if kind is self._uri:
            return (str.__new__, (kind, str(obj)))
        if kind is self._lit:
            return (_literal, (str(obj), obj.language, obj.datatype, obj.value, obj.ill_typed))
        return NotImplemented

    @classmethod
    def dumps(cls, obj: Any) -> bytes:
        """`obj` pickled, URIRefs and Literals in the short form (`reducer_override`)."""
        buf = io.BytesIO()
        cls(buf).dump(obj)
        return buf.getvalue()


def _literal(text: str, language: str | None, datatype: Any, value: Any, ill_typed: bool | None) -> Any:
    """The Literal `_TermPickler` pickled, as it was (rdflib's Literal() would parse and check the text again)."""
    from rdflib import Literal

    term = str.__new__(Literal, text)
    term._language, term._datatype, term._value, term._ill_typed = language, datatype, value, ill_typed
    return term


def _unspool(path: str) -> Prepared:
    """The prepared page a worker left at `path` (the file removed)."""
    import pickle

    try:
        with open(path, "rb") as src:
            prepared: Prepared = pickle.load(src)
    finally:
        os.unlink(path)
    return prepared


def _no_op() -> None:
    """A first task, so that the workers start at once."""


def start_workers(jobs: int) -> Any:
    """A pool of `jobs` extraction processes (None for jobs <= 1); start it before the store is opened.

    Workers are forked where the platform allows (spawned elsewhere) and start with SIGINT blocked, so a
    Ctrl-C on the terminal reaches only the writer, which stops and shuts the pool down.
    """
    if jobs <= 1:
        return None
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":  # load the extractor once, here: forked workers share it instead of each loading it
        _warm_up()
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_worker_init)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") else None
    try:
        pool.submit(_no_op)  # with fork, the first task starts every worker (before any store thread)
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
    return pool


def prepare_all(
    entries: list[Path | InputText | InputError],
    pool: Any = None,
    locale: str | None = None,
    date: str | None = None,
    notice: Callable[[str], None] | None = None,
) -> Iterator[Prepared]:
    """Prepared inputs in input order: inline without a pool, else extracted by the pool's workers.

    At most WINDOW_PER_JOB pages per worker are in flight; the pool is shut down when this ends. If a worker
    dies (killed, out of memory), `notice` is told and the rest is prepared inline, in order.
    """
    if pool is None:
        for entry in entries:
            yield prepare_entry(entry, locale, date)
        return
    import shutil
    import tempfile
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    window = pool._max_workers * WINDOW_PER_JOB
    spool = tempfile.mkdtemp(prefix="kgqa-ingest-")
    pending: deque[list[Any]] = deque()  # [entry, future or Prepared]
    todo = iter(entries)
    try:
        while True:
            try:
                for entry in todo:
                    pending.append([entry, None])
                    pending[-1][1] = (
                        Prepared("", error=str(entry))
                        if isinstance(entry, InputError)
                        else pool.submit(_prepare_spooled, entry, locale, date, spool)
                    )
                    if len(pending) >= window:
                        break
                if not pending:
                    return
                head = pending[0][1]
                result = head if isinstance(head, Prepared) else _result(pending[0][0], head)
            except BrokenProcessPool as exc:
                if notice is not None:
                    notice(f"a worker process died ({exc}); extracting the rest in this process")
                pool.shutdown(wait=False, cancel_futures=True)
                for entry in [e for e, _ in pending] + list(todo):
                    yield prepare_entry(entry, locale, date)
                return
            pending.popleft()
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(spool, ignore_errors=True)


def _result(entry: Path | InputText, future: Any) -> Prepared:
    """The worker's result, or an extraction failure if it cannot come back (a result that does not pickle).

    A dead worker (BrokenProcessPool) is raised: the caller goes on without the pool.
    """
    from concurrent.futures.process import BrokenProcessPool

    try:
        return _unspool(future.result())
    except BrokenProcessPool:
        raise
    except Exception as exc:
        name = entry.name if isinstance(entry, InputText) else str(entry)
        return Prepared(name, error=extraction_failed(name, exc))
