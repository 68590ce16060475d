"""Question templates as data: read templates.yaml, check every entry, compile its patterns.

    >>> t = load_templates()["person_posts"]
    >>> t.slots["person"].type, t.family
    ('person', 'person_posts')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..export import PROLOGUE

# entity slot type -> the mention kind letters it accepts (see index.KIND_LETTERS)
ENTITY_TYPES: dict[str, str] = {
    "person": "p", "organisation": "oz", "zone": "zo", "place": "l", "industry": "i",
    "post": "st", "locus": "ozl", "entity": "pozli", "title": "t",
}
FACT_TYPES = frozenset({"event", "agreement", "fact", "article"})
# An IRI written into a query as a constant: http(s), a plain host, then path/query/fragment made only
# of RFC 3987 ASCII characters and %XX escapes (none of <>"{}|^`, backslash, brackets, spaces,
# controls). The graph's IRIs are percent-encoded (kg.vocab.entity_iri), so every node the index holds
# passes; anything else is refused.
_IRI_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_SAFE_IRI = re.compile(rf"https?://[A-Za-z0-9\-.]+(?::[0-9]{{1,5}})?(?:/{_IRI_CHAR}*)*"
                       rf"(?:\?(?:{_IRI_CHAR}|[/?])*)?(?:#(?:{_IRI_CHAR}|[/?])*)?")


def safe_iri(iri: object) -> bool:
    """True when `iri` can be written between <> in SPARQL without changing the query.

    >>> safe_iri("https://kgqa.dev/id/org/%E9%95%BF"), safe_iri("https://x/> } DROP ALL { <y")
    (True, False)
    >>> safe_iri("https://kgqa.dev/id/org/长治"), safe_iri("https://x/a" + chr(10))
    (False, False)
    """
    return isinstance(iri, str) and len(iri) <= 2000 and _SAFE_IRI.fullmatch(iri) is not None
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")
_PROJECTION = re.compile(r"SELECT\s+(DISTINCT\s+)?(.*?)\s+WHERE", re.S | re.I)


class TemplateError(ValueError):
    """templates.yaml has a problem; the message names the template and what is wrong."""


@dataclass(frozen=True)
class Slot:
    """One slot of a template: its name, type, and whether a question may leave it out."""

    name: str
    type: str
    optional: bool = False

    @property
    def is_fact(self) -> bool:
        """True when the slot is found from a description (event, agreement, fact, article)."""
        return self.type in FACT_TYPES


@dataclass
class Template:
    """One question template: patterns that recognise it and the SPARQL that answers it."""

    id: str
    title: str
    family: str
    slots: dict[str, Slot]
    examples: list[str]
    patterns: list[re.Pattern[str]]
    sparql: str
    answer: str
    narrow: dict[str, str] = field(default_factory=dict)
    expand: dict[str, str] = field(default_factory=dict)
    limit: int | None = None
    own_names: bool = False       # a name in a fact description must be in the fact's own words
    label: str | None = None      # how answer labels are shortened: "event_name" (the meeting held)

    @property
    def query(self) -> str:
        """The SPARQL with the project's prefixes (and LIMIT limit+1 when the template caps its rows)."""
        cap = f"\nLIMIT {self.limit + 1}" if self.limit else ""
        return PROLOGUE + self.sparql.rstrip() + cap

    def bind(self, bindings: dict[str, str]) -> str:
        """The query with each bound variable written as an IRI constant (IRIs from the graph, checked).

        Oxigraph evaluates a substituted variable as a join after the fact, which scans whole
        predicates; a constant lets it start from the node (0.3 ms instead of 50 ms on 100k quads).
        Only IRIs that pass `safe_iri` are written (ValueError otherwise); the engine also only
        passes IRIs the graph index holds, so no user text can reach the query.

        >>> load_templates()["zone_industries"].bind({"zone": "https://kgqa.dev/id/org/x"}).count("<https://kgqa.dev/id/org/x>")
        2
        """
        head, body = _split_where(self.query)
        for name, iri in bindings.items():
            if not safe_iri(iri):
                raise ValueError(f"not a safe IRI for ?{name}: {iri[:80]!r}")
            head = re.sub(rf"\?{name}\b", f"(<{iri}> AS ?{name})", head, count=1)
            body = re.sub(rf"\?{name}\b", f"<{iri}>", body)
        return head + body

    def describe(self) -> dict[str, Any]:
        """What the web front end shows in the template picker."""
        return {"id": self.id, "title": self.title, "family": self.family,
                "slots": [{"name": s.name, "type": s.type, "optional": s.optional}
                          for s in self.slots.values() if "__" not in s.name],
                "examples": list(self.examples)}


def _split_where(query: str) -> tuple[str, str]:
    m = re.search(r"\bWHERE\s*\{", query)
    if not m:
        raise ValueError("a template query needs a WHERE clause")
    return query[: m.start()], query[m.start():]


def slot_regex(slot: Slot) -> str:
    """The regex a slot stands for in a pattern: a mention token of the right kind, or free text.

    >>> slot_regex(Slot("person", "person"))
    '(?P<person>\\ue000[a-z]*[p][a-z]*\\\\d+\\ue001)'
    """
    if slot.is_fact:
        return f"(?P<{slot.name}>.+?)"
    letters = ENTITY_TYPES[slot.type]
    return f"(?P<{slot.name}>\ue000[a-z]*[{letters}][a-z]*\\d+\ue001)"


def bound_vars(slot: Slot) -> tuple[str, ...]:
    """The SPARQL variables a slot binds: its name, or ?org and ?role for a post; none for a "__" extension.

    >>> bound_vars(Slot("post2", "post"))
    ('org', 'role')
    """
    if "__" in slot.name:
        return ()
    return ("org", "role") if slot.type == "post" else (slot.name,)


def _parse_slots(tid: str, raw: Any) -> dict[str, Slot]:
    if not isinstance(raw, dict):
        raise TemplateError(f"template {tid}: slots must be a mapping name -> type")
    slots = {}
    for name, typ in raw.items():
        typ = str(typ)
        optional = typ.endswith("?")
        typ = typ.rstrip("?")
        if typ not in ENTITY_TYPES and typ not in FACT_TYPES:
            raise TemplateError(f"template {tid}: slot {name} has unknown type {typ!r}")
        slots[str(name)] = Slot(str(name), typ, optional)
    return slots


def _compile(tid: str, pattern: str, slots: dict[str, Slot]) -> re.Pattern[str]:
    for name in _PLACEHOLDER.findall(pattern):
        if name not in slots:
            raise TemplateError(f"template {tid}: pattern {pattern!r} uses unknown slot {{{name}}}")
    text = _PLACEHOLDER.sub(lambda m: slot_regex(slots[m.group(1)]), pattern)
    try:
        return re.compile(text)
    except re.error as exc:
        raise TemplateError(f"template {tid}: pattern {pattern!r} is not a valid regex: {exc}") from exc


def _check_sparql(tid: str, sparql: str, slots: dict[str, Slot]) -> None:
    m = _PROJECTION.search(sparql)
    if not m:
        raise TemplateError(f"template {tid}: sparql must be a SELECT … WHERE query")
    projected = set(re.findall(r"\?(\w+)", m.group(2)))
    needed = {"x", "label"} | {v for s in slots.values() for v in bound_vars(s)}
    missing = needed - projected
    if missing:
        raise TemplateError(f"template {tid}: sparql must project ?{', ?'.join(sorted(missing))}")
    from rdflib.plugins.sparql import prepareQuery
    try:
        prepareQuery(PROLOGUE + sparql)
    except Exception as exc:  # rdflib raises pyparsing errors of several kinds
        raise TemplateError(f"template {tid}: sparql does not parse: {exc}") from exc


def parse_template(raw: dict[str, Any]) -> Template:
    """Check one YAML entry and build its Template (raises TemplateError naming the problem)."""
    tid = str(raw.get("id") or "")
    if not re.fullmatch(r"[a-z_]+", tid):
        raise TemplateError(f"template id {tid!r} must be lower-case letters and underscores")
    for key in ("title", "slots", "examples", "patterns", "sparql", "answer"):
        if not raw.get(key):
            raise TemplateError(f"template {tid}: missing {key}")
    slots = _parse_slots(tid, raw["slots"])
    _check_sparql(tid, str(raw["sparql"]), slots)
    patterns = [_compile(tid, str(p), slots) for p in raw["patterns"]]
    return Template(id=tid, title=str(raw["title"]), family=str(raw.get("family") or tid), slots=slots,
                    examples=[str(e) for e in raw["examples"]], patterns=patterns, sparql=str(raw["sparql"]),
                    answer=str(raw["answer"]), narrow=dict(raw.get("narrow") or {}),
                    expand=dict(raw.get("expand") or {}), limit=_limit(tid, raw.get("limit")),
                    own_names=bool(raw.get("own_names")), label=_label(tid, raw.get("label")))


LABELS = ("event_name",)


def _label(tid: str, value: Any) -> str | None:
    if value is not None and value not in LABELS:
        raise TemplateError(f"template {tid}: label must be one of {', '.join(LABELS)}")
    return value


def _limit(tid: str, value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000:
        raise TemplateError(f"template {tid}: limit must be a whole number from 1 to 10000")
    return value


def parse_templates(text: str, source: str = "templates.yaml") -> dict[str, Template]:
    """Parse a whole templates file; ids must be unique."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TemplateError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, list) or not data:
        raise TemplateError(f"{source}: must be a non-empty list of templates")
    out: dict[str, Template] = {}
    for raw in data:
        if not isinstance(raw, dict):
            raise TemplateError(f"{source}: every entry must be a mapping, got {raw!r:.60}")
        t = parse_template(raw)
        if t.id in out:
            raise TemplateError(f"{source}: template id {t.id} appears twice")
        out[t.id] = t
    return out


@lru_cache(maxsize=4)
def load_templates(path: str | None = None) -> dict[str, Template]:
    """The project's templates (or those of `path`), parsed once."""
    if path:
        return parse_templates(Path(path).read_text(encoding="utf-8"), path)
    text = resources.files(__package__).joinpath("templates.yaml").read_text(encoding="utf-8")
    return parse_templates(text)
