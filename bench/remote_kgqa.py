#!/usr/bin/env python3
"""Run kgqa against a remote store in place of the store it is given: for `run_gold.py --kgqa`.

    run_gold.py --kgqa "python bench/remote_kgqa.py"        (with KGQA_REMOTE_STORE=URL in the environment)
    python bench/run_gold_remote.py oxigraph|oxigraph-union|virtuoso|embedded   (starts the server itself)

`--store X` is replaced by $KGQA_REMOTE_STORE, and an `ingest` starts with `kgqa clear --yes`, so that each
gold page is scored alone, as run_gold.py does with a fresh temporary store per page.
"""

from __future__ import annotations

import os
import subprocess
import sys


def main(argv: list[str]) -> int:
    """Rewrite --store, clear before an ingest, run kgqa."""
    remote = os.environ["KGQA_REMOTE_STORE"]
    args = list(argv)
    if "--store" in args:
        i = args.index("--store")
        del args[i : i + 2]
    base = [sys.executable, "-m", "kgqa.cli", "--store", remote]
    if "ingest" in args:
        cleared = subprocess.run([*base, "clear", "--yes"], stdout=subprocess.DEVNULL)
        if cleared.returncode:
            return cleared.returncode
    return subprocess.run([*base, *args]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
