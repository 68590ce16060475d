"""The kgqa ontology (kgqa.ttl) and its SHACL shapes (shapes.ttl), as package data.

>>> [p.name for p in ontology_files()]
['kgqa.ttl', 'shapes.ttl']
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def ontology_files(include_shapes: bool = True) -> list[Path]:
    """The Turtle files of the ontology, shapes last."""
    files = [HERE / "kgqa.ttl"]
    if include_shapes and (HERE / "shapes.ttl").exists():
        files.append(HERE / "shapes.ttl")
    return files


def shapes_file() -> Path:
    """The SHACL shapes file."""
    return HERE / "shapes.ttl"
