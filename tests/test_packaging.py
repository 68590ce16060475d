"""A built wheel holds every data file kgqa reads at run time (a plain `pip install`, not only the editable one).

The files expected are read off the source tree (the folders pyproject.toml maps into `kgqa`), so a new lexicon,
template file or page template left out of the package data fails here, not on a user's machine.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# source folder -> its place in the wheel, and the data files of it that must ship (globs of pyproject's package-data)
DATA = [
    ("extract/data", "kgqa/extract/data", ["*"]),
    ("kg/qa", "kgqa/kg/qa", ["*.yaml", "*.txt"]),
    ("web/templates", "kgqa/web/templates", ["**/*"]),
    ("web/static", "kgqa/web/static", ["**/*"]),
    ("ontology", "kgqa/ontology", ["*.ttl"]),
    ("kgqa/samples", "kgqa/samples", ["*.txt"]),
]


def _expected() -> set[str]:
    """The wheel paths of the source tree's data files (Python files and caches left out)."""
    paths = set()
    for source, target, globs in DATA:
        for pattern in globs:
            for path in (ROOT / source).glob(pattern):
                if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts:
                    paths.add(f"{target}/{path.relative_to(ROOT / source).as_posix()}")
    return paths


@pytest.mark.slow
def test_the_wheel_holds_every_data_file(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    assert "would be ignored" not in built.stderr, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("kgqa-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _expected()
    assert len(expected) > 40  # the lexicons, templates, pages and ontology are all found in the tree
    assert expected - names == set()
    assert {"kgqa/cli.py", "kgqa/extract/pipeline.py", "kgqa/kg/store.py", "kgqa/web/__init__.py"} <= names
