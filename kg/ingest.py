"""Reading input files: paths to texts, encodings detected, bad files named with the reason.

    >>> decode_bytes("长治".encode("gb18030"), "x.txt")
    '长治'
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024       # larger files are refused, not truncated


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


def decode_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; else raise InputError."""
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


def read_path(path: Path) -> InputText:
    """Read and decode one file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: empty file (no text)")
    return InputText(str(path), text)


def expand_paths(paths: list[str]) -> Iterator[Path | InputError]:
    """Files named, and *.txt under directories (recursively, symlink loops skipped), in order."""
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield InputError(f"{raw}: no such file or directory")
        elif p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True, onerror=None):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(".txt"):
                        yield Path(root) / f
        else:
            yield p
