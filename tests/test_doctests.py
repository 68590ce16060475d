"""Every docstring example in kgqa runs and prints what it says (the examples are the API's documentation)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ["kgqa", "kgqa.kg", "kgqa.kg.qa", "kgqa.extract", "kgqa.web", "kgqa.ontology"]  # pyproject's packages


def _modules() -> list[str]:
    """Every module of kgqa's packages (their folders are mapped one by one, so each is walked on its own)."""
    names = []
    for package in PACKAGES:
        path = importlib.import_module(package).__path__
        names += [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules(path) if not m.ispkg]
    return sorted(set(names))


def test_every_package_has_modules() -> None:
    assert {"kgqa.kg.store", "kgqa.extract.pipeline", "kgqa.kg.qa.templates", "kgqa.web.security"} <= set(_modules())


@pytest.mark.parametrize("name", _modules())
def test_the_examples_of_a_module_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples fail (-s shows them)"
