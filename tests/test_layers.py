"""The one-way data flow, checked on the source: which package may import what (AGENTS design rules).

text -> extract/ -> plain facts -> kg/ (only kg/store.py talks to pyoxigraph) -> CLI and web/ render.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a Python file imports, absolute or relative (resolved against its package under root)."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _is(module: str, forbidden: str) -> bool:
    return module == forbidden or module.startswith(forbidden + ".")


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


RULES = [
    pytest.param(
        "extract", ("kg", "kgqa.kg", "web", "kgqa.web", "rdflib", "pyoxigraph"), (), id="extract-imports-no-kg"
    ),
    pytest.param("web", ("rdflib", "pyoxigraph"), (), id="web-no-rdflib-or-engine"),
    pytest.param("kg", ("pyoxigraph",), ("kg/store.py",), id="only-store-talks-to-pyoxigraph"),
    pytest.param("kg", ("web", "kgqa.web", "flask"), (), id="kg-never-imports-web"),
    pytest.param("kgqa", ("rdflib", "pyoxigraph"), (), id="cli-no-rdflib"),
]


@pytest.mark.parametrize(("folder", "forbidden", "allowed"), RULES)
def test_layer_imports(folder: str, forbidden: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    offences = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in _files(folder)
        if str(path.relative_to(ROOT)) not in allowed
        for module in sorted(imported_modules(path))
        if any(_is(module, f) for f in forbidden)
    ]
    assert not offences, "\n".join(offences)


def test_the_rule_check_sees_relative_and_nested_imports(tmp_path: Path) -> None:
    f = tmp_path / "web" / "views" / "probe.py"
    f.parent.mkdir(parents=True)
    f.write_text("from ...kg import store\ndef g():\n    import pyoxigraph as ox\n", encoding="utf-8")
    assert {"kg", "kg.store", "pyoxigraph"} <= imported_modules(f, tmp_path)
