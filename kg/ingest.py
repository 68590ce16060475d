"""Reading input files: paths to texts, encodings detected, bad files named with the reason.

    >>> decode_bytes("长治".encode("gb18030"), "x.txt")
    '长治'
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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
            kind = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP/Office file",
                    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "an executable",
                    b"\xd0\xcf\x11\xe0": "an old Office file"}[magic]
            return f"binary file ({kind}), not text"
    sample = data[:65536]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes), not text"
    return None


def _cjk_share(text: str) -> float:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 1.0
    cjk = sum(1 for c in non_ascii if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"
              or "\u2000" <= c <= "\u206f")
    return cjk / len(non_ascii)


# Invisible characters removed from every decoded input: bidi embeddings, overrides, isolates and marks
# (one in a name reorders the text after it wherever the name is shown -- pages, terminals, dumps; the
# "Trojan Source" trick) and zero-width characters (they make names that look the same different
# entities). Chinese news has no use for either.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                     "\u2060\u2066\u2067\u2068\u2069\ufeff"))


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
    return (f"{name}: file too large ({got}; the limit is {MAX_BYTES // 1048576} MiB per page, "
            "split it into one file per page)")


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
        if not stat.S_ISREG(st.st_mode):      # a FIFO would block forever, a device would never end
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
