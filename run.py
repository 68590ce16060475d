#!/usr/bin/env python3
"""Bootstrap and run kgqa with nothing but Python >= 3.11: `python3 run.py demo` or `python3 run.py test`.

Creates ./.venv, installs kgqa into it (with test tools for `test`), then runs the demo or the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def sh(*cmd: str, **kw) -> None:
    """Echo and run a command in the repository; stop on failure."""
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def _fresh(stamp: Path) -> bool:
    """Whether an install stamp exists and is newer than pyproject.toml."""
    return stamp.exists() and stamp.stat().st_mtime >= (ROOT / "pyproject.toml").stat().st_mtime


def ensure_venv(extra: str = "") -> None:
    """Make ./.venv and install kgqa into it (editable, with `extra`), unless already done since pyproject changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py itself may be started by an older python3
        sys.exit(f"kgqa needs Python >= 3.11 (this is {sys.version.split()[0]})")
    if not (BIN / "python").exists():
        sh(sys.executable, "-m", "venv", str(VENV))
    stamp = VENV / f".installed{extra}"
    if _fresh(stamp) or (not extra and _fresh(VENV / ".installed[test]")):  # the test install is a superset
        return
    sh(str(BIN / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    try:
        sh(str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", f".{extra}")
    except subprocess.CalledProcessError as exc:
        sys.exit(f"run.py: installing kgqa into {VENV} failed (exit {exc.returncode}); see pip's message above")
    stamp.touch()


def ensure_browser() -> None:
    """Headless Chromium and CJK fonts for the browser tests, wrk for the load test, Virtuoso for the
    remote-store tests (Debian packages, when we may install them; each only when missing)."""
    missing = []
    if not (shutil.which("chromium") or os.environ.get("KGQA_CHROMIUM")):
        missing += ["chromium", "fonts-noto-cjk"]
    if not shutil.which("wrk"):
        missing.append("wrk")
    if not (shutil.which("virtuoso-t") and shutil.which("isql-vt")):
        missing.append("virtuoso-opensource")  # the Virtuoso server of the remote-store tests
    if missing and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False, env=env)
    if not (shutil.which("chromium") or os.environ.get("KGQA_CHROMIUM")):
        print("note: chromium not found; browser tests will be skipped", flush=True)
    if not shutil.which("wrk"):
        print("note: wrk not found; the load test will be skipped", flush=True)
    if not shutil.which("virtuoso-t"):
        print("note: virtuoso-t not found; the Virtuoso remote-store tests will be skipped", flush=True)


def main() -> int:
    """`demo` or `test`; anything else prints the usage."""
    what = sys.argv[1] if len(sys.argv) > 1 else "help"
    if what == "demo":
        ensure_venv()
        os.execv(str(BIN / "kgqa"), [str(BIN / "kgqa"), "demo", *sys.argv[2:]])
    if what == "test":
        ensure_venv("[test]")
        ensure_browser()
        # unbuffered: a CI log shows the test running when it ends, not the last full buffer; the slowest tests listed
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        pytest = [str(BIN / "python"), "-m", "pytest", "--durations=25", *sys.argv[2:]]
        return subprocess.run(pytest, cwd=ROOT, env=env).returncode
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
