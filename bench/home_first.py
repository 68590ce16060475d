"""The home page's first request after `kgqa serve` starts, and the pages of /articles (issue 13: `/` <= 200 ms).

    nice -n 5 .venv/bin/python bench/home_first.py --store DIR [--kgqa PATH] [--repeat 5]

Starts `kgqa --store DIR serve` (`--kgqa`: another kgqa, e.g. main's venv, for the number before a change), waits
until it accepts connections, then times the first GET of `/`, `--repeat` more of it, and the first and last page of
/articles; prints one JSON line. Run it alone: the machine's other load is in every number.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, save: Path | None = None) -> tuple[float, int, int]:
    """Milliseconds, status and bytes of one GET (the body written to `save` when given)."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
        status = r.status
    ms = (time.perf_counter() - started) * 1000
    if save is not None:
        save.write_bytes(body)
    return ms, status, len(body)


@contextlib.contextmanager
def served(kgqa: str, store: Path) -> Iterator[tuple[str, float]]:
    """`kgqa --store STORE serve` on a free port, yielded once it accepts connections as (base URL, seconds
    it took to listen), stopped on leaving.

    >>> # with served(".venv/bin/kgqa", Path("/tmp/s")) as (base, listening_s): _get(base + "/")
    """
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [kgqa, "--store", str(store), "serve", "--port", str(port), "--rate-limit", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.perf_counter()
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - started > 900:
                    raise SystemExit("kgqa serve did not start") from None
                time.sleep(0.05)
        yield base, round(time.perf_counter() - started, 2)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--kgqa", default=str(Path(sys.executable).with_name("kgqa")), help="the kgqa to run")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--save", type=Path, help="write the bodies of the first / and /articles pages in this folder")
    args = ap.parse_args()
    out: dict[str, object] = {"store": str(args.store), "kgqa": args.kgqa, "load": os.getloadavg()[0]}
    with served(args.kgqa, args.store) as (base, listening_s):
        out["listening_s"] = listening_s
        save = args.save
        if save:
            save.mkdir(parents=True, exist_ok=True)
        ms, status, size = _get(base + "/", save and save / "home.html")
        out["home_first_ms"], out["home_status"], out["home_bytes"] = round(ms, 1), status, size
        out["home_then_ms"] = [round(_get(base + "/")[0], 1) for _ in range(args.repeat)]
        out["articles_first_page_ms"] = round(_get(base + "/articles", save and save / "articles1.html")[0], 1)
        out["articles_last_page_ms"] = round(_get(base + "/articles?page=1000000", save and save / "last.html")[0], 1)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
