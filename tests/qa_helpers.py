"""Graphs of made-up facts for question tests, loaded through the importer (the export's JSON shape)."""

from __future__ import annotations

from typing import Any

from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import import_facts


def imported_kg(*pages: tuple[dict[str, Any], str]) -> KnowledgeGraph:
    """An in-memory graph with each (facts, file name) page imported as one page's graphs.

    >>> imported_kg(({"persons": [{"name": "甲乙"}]}, "made-up.json")).ask("甲乙是谁")  # doctest: +SKIP
    """
    graph = KnowledgeGraph.open("memory:")
    for facts, name in pages:
        import_facts(graph, facts, name)
    return graph


def answer_labels(answer: Any) -> set[str]:
    """The labels of an answer's rows, as a set.

    >>> answer_labels(type("A", (), {"answers": [{"label": "甲乙"}]})())
    {'甲乙'}
    """
    return {row["label"] for row in answer.answers}
