"""The code stays lint-clean, formatted and typed where it is checked (configuration: pyproject.toml).

ruff (lint and format check) over the Python of the project, and mypy over every module of kg/ and extract/
(no module is exempt: pyproject.toml has no ignore_errors override).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON_DIRS = ["kg", "extract", "web", "kgqa", "ontology", "tests", "bench", "run.py"]


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: `pip install -e '.[test]'` installs it")
    return [found]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check", *PYTHON_DIRS], id="ruff-lint"),
        pytest.param(["format", "--check", *PYTHON_DIRS], id="ruff-format"),
    ],
)
def test_ruff(args: list[str]) -> None:
    done = subprocess.run([*_tool("ruff"), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_mypy(tmp_path: Path) -> None:
    done = subprocess.run(
        [*_tool("mypy"), "--cache-dir", str(tmp_path / "cache")], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
