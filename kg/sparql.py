"""SPARQL from outside: parse it (never grep it), refuse anything that is not a read-only query.

>>> check_read_only("SELECT * WHERE { ?s ?p ?o }")
'SELECT'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .results import Results


class QueryRefused(ValueError):
    """A query that kgqa will not run for a client: an update, LOAD, SERVICE, or not SPARQL at all."""


def _walk(node: Any, depth: int = 0):
    if depth > 200:  # fail closed: a SERVICE below the cut would go unseen (parsing gets this deep
        raise QueryRefused("query is nested too deeply")  # when the recursion limit is raised)
    name = getattr(node, "name", None)
    if name:
        yield name
    from pyparsing import ParseResults

    if isinstance(node, dict):
        children = list(node.values())
    elif isinstance(node, (list, tuple, ParseResults)):
        children = list(node)
    else:
        children = []
    for child in children:
        yield from _walk(child, depth + 1)


# Where rdflib (this check) and Oxigraph (which runs the query) read the same text differently, a SERVICE
# could hide from the check, and Oxigraph would fetch its URL. Two such places are refused up front:
# - \u/\U escapes of ASCII characters: rdflib expands them before parsing, Oxigraph inside strings only,
#   so 'BIND("A\u0022 ..." AS ?x) SERVICE <…> …' is a string to one and a SERVICE to the other. ASCII never
#   needs escaping; escapes of other characters cannot make quotes, brackets or comments;
# - a carriage return not followed by a line feed: it ends a # comment for Oxigraph, not for rdflib.
_ASCII_ESCAPE = re.compile(r"\\(?:u00[0-7][0-9A-Fa-f]|U000000[0-7][0-9A-Fa-f])")
_BARE_CR = re.compile(r"\r(?!\n)")


def check_read_only(text: str) -> str:
    """Parse a query; return its form (SELECT, ASK, CONSTRUCT, DESCRIBE) or raise QueryRefused."""
    return inspect_query(text).form


@dataclass(frozen=True)
class QueryInfo:
    """What the read-only check learned from the parse: the query form and whether it names its dataset."""

    form: str
    has_dataset: bool


@lru_cache(maxsize=256)  # the same text always gets the same verdict; refusals are not cached (they raise)
def inspect_query(text: str) -> QueryInfo:
    """Parse a query; its form and FROM / FROM NAMED presence, or QueryRefused."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    m = _ASCII_ESCAPE.search(text)
    if m:
        raise QueryRefused(
            f"the escape {m.group()} stands for an ASCII character: write the character itself "
            "(such escapes read differently to different SPARQL parsers)"
        )
    if _BARE_CR.search(text):
        raise QueryRefused(
            "a carriage return without a line feed: end lines with LF or CRLF "
            "(a lone CR reads differently to different SPARQL parsers)"
        )
    try:
        tree = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            raise QueryRefused(f"not a valid SPARQL query: {exc.msg} (line {exc.lineno}, column {exc.col})") from None
        raise QueryRefused(
            "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE ...) is not allowed: this endpoint is read-only"
        ) from None
    except RecursionError:
        raise QueryRefused("query is nested too deeply") from None
    names = set(_walk(tree))
    if "ServiceGraphPattern" in names:
        raise QueryRefused("SERVICE (federated query) is not allowed: the server does not fetch other endpoints")
    form = tree[1].name if len(tree) > 1 else "SelectQuery"
    return QueryInfo(
        {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}.get(
            form, form
        ),
        "DatasetClause" in names,
    )


# one token of SPARQL, roughly: an IRI, a string, a variable, a name or number, a two-character operator, or any
# other single visible character; comments are skipped. Counting needs no parse, so it is cheap on any input.
_TOKEN = re.compile(
    r"""#[^\n]*|<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[?$]\w+"""
    r"""|[\w.:-]+|\|\||&&|[!<>=]=|\^\^|\S"""
)


def count_terms(text: str) -> int:
    """How many terms and operators a query holds (comments not counted); a cheap bound before parsing."""
    return sum(1 for m in _TOKEN.finditer(text) if not m.group().startswith("#"))


def run_read_only(
    store: Any, text: str, limit: int | None, base_iri: str | None = None, dataset: Any = None
) -> Results:
    """Check, then evaluate a client's query on `store`: the service's union of graphs unless the query
    (FROM / FROM NAMED) or the protocol (`dataset`, which wins) names the dataset."""
    info = inspect_query(text)
    return store.query(text, limit=limit, union_default=not info.has_dataset, dataset=dataset, base_iri=base_iri)
