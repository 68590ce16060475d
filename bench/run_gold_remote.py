#!/usr/bin/env python3
"""../shared/eval/run_gold.py with the store on a real server: Oxigraph server (plain or with
--union-default-graph) or Virtuoso, each started here on a free 127.0.0.1 port and stopped after; or the
embedded store, for comparison. Prints run_gold.py's output (its last line has fact_f1 and qa_acc).

    .venv/bin/python bench/run_gold_remote.py oxigraph [--corpus DIR --gold DIR]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import servers  # noqa: E402

RUN_GOLD = ROOT.parent / "shared" / "eval" / "run_gold.py"


def main(argv: list[str]) -> int:
    """Start the named backend, run run_gold.py against it."""
    if not argv or argv[0] not in ("embedded", "oxigraph", "oxigraph-union", "virtuoso"):
        print(__doc__)
        return 2
    kind, rest = argv[0], argv[1:]
    if kind == "embedded":
        return subprocess.run(
            [sys.executable, str(RUN_GOLD), "--kgqa", f"{sys.executable} -m kgqa.cli", *rest]
        ).returncode
    with tempfile.TemporaryDirectory() as tmp, servers.start(kind, Path(tmp)) as srv:
        env = {**os.environ, **srv.env, "KGQA_REMOTE_STORE": srv.location}
        wrapper = f"{sys.executable} {ROOT / 'bench' / 'remote_kgqa.py'}"
        return subprocess.run([sys.executable, str(RUN_GOLD), "--kgqa", wrapper, *rest], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
