"""The project's own sample articles (written for kgqa, in the style of city newspaper pages).

>>> len(sample_files()) >= 1
True
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def sample_files() -> list[Path]:
    """The sample pages, in name order."""
    return sorted(HERE.glob("*.txt"))
