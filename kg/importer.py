"""Facts in the export's JSON shape (= the gold's shape) -> PageFacts -> one page's graphs.

`kgqa export` prints the facts of a graph; a user may correct them and load them back with
`kgqa import FILE.json`; a gold file (YAML, same shape) loads the same way, which is how question
answering is measured apart from extraction (bench/qa_import.py). The whole file is one page: its
page IRI derives from the file's `document` (else its name), so importing a corrected file of the
same name replaces the earlier import. Anything not of the shape is refused with one message
naming the place (`persons[3].posts[0].title: expected text`) before anything is written.

    >>> facts = facts_from_json({"persons": [{"name": "甲", "posts": [{"title": "市长", "org": "乙市人民政府"}]}]})
    >>> facts.persons[0].posts[0].org
    '乙市人民政府'
    >>> facts_from_json({"persons": [{"posts": []}]})
    Traceback (most recent call last):
    ...
    kgqa.kg.importer.FactsError: persons[0].name: expected text
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..extract.facts import (
    Agreement,
    Amount,
    Article,
    Event,
    Organization,
    PageFacts,
    Person,
    Place,
    Post,
    Source,
    Zone,
)
from ..extract.numbers import parse_amount
from .mapping import MappedPage, map_page

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

SECTIONS = frozenset(
    {"locale", "date", "articles", "persons", "organizations", "development_zones", "agreements", "events", "places"}
)
IGNORED = frozenset({"document", "qa", "iri"})  # gold's file name and questions, export's node IRIs
MAX_ITEMS = 20_000
T = TypeVar("T")
Reader = Callable[[Any, str], Any]  # (value, where) -> the field's value; FactsError names `where`


class FactsError(ValueError):
    """The input is not facts in the export's shape; the message names where."""


def _text(value: Any, where: str, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, (datetime.date, int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise FactsError(f"{where}: expected text")
    return value.strip() or None


def _texts(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FactsError(f"{where}: expected a list of texts")
    return [t for i, v in enumerate(value) if (t := _text(v, f"{where}[{i}]"))]


def _items(data: dict, key: str) -> list[tuple[str, dict]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise FactsError(f"{key}: expected a list")
    if len(value) > MAX_ITEMS:
        raise FactsError(f"{key}: more than {MAX_ITEMS} items")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise FactsError(f"{key}[{i}]: expected an object")
    return [(f"{key}[{i}]", item) for i, item in enumerate(value)]


def _date(value: Any, where: str) -> str | None:
    got = _text(value, where)
    if got is None:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            datetime.datetime.strptime(got, fmt)
            return got
        except ValueError:
            continue
    raise FactsError(f"{where}: expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got {got!r:.40}")


def _amount(value: Any, where: str) -> Amount | None:
    written = _text(value, where)
    if written is None:
        return None
    # an amount field is money even without a currency word (总投资120亿): read as yuan then
    parsed = parse_amount(written) or (parse_amount(written + "元") if written.endswith(("万", "亿")) else None)
    return Amount(as_written=written, value=parsed.value if parsed else None)


def _articles(data: dict) -> list[Article]:
    out = []
    for w, a in _items(data, "articles"):
        title, first = _text(a.get("title"), f"{w}.title"), _text(a.get("first_words"), f"{w}.first_words") or ""
        body = "。".join(t for t in (title, first) if t)
        out.append(
            Article(
                title=title,
                body=body,
                authors=_texts(a.get("authors"), f"{w}.authors"),
                date=_date(a.get("date"), f"{w}.date"),
                first_words=first,
            )
        )
    return out or [Article(title=None, body="")]


def _name(value: Any, where: str) -> str | None:
    """Reads required text."""
    return _text(value, where, optional=False)


def _text_or(default: str) -> Reader:
    """Reads optional text, `default` when absent or blank."""
    return lambda value, where: _text(value, where) or default


def _records(data: dict, key: str, make: Callable[..., T], fields: dict[str, Reader]) -> list[T]:
    """Each object of `data[key]` made from its fields, each read by its reader (the first bad one is named)."""
    return [make(**{f: read(item.get(f), f"{w}.{f}") for f, read in fields.items()}) for w, item in _items(data, key)]


POST_FIELDS: dict[str, Reader] = {"title": _text_or(""), "org": _text, "org_as_written": _text}
ORGANIZATION_FIELDS: dict[str, Reader] = {
    "name": _name,
    "type": _text_or("other"),
    "aliases": _texts,
    "located_in": _text,
}
ZONE_FIELDS: dict[str, Reader] = {"name": _name, "city": _text, "industries": _texts, "members": _texts}
AGREEMENT_FIELDS: dict[str, Reader] = {
    "kind": _text_or("协议"),
    "parties": _texts,
    "date": _date,
    "fields": _texts,
    "amount": _amount,
    "witnesses": _texts,
}
EVENT_FIELDS: dict[str, Reader] = {
    "summary": _text_or(""),
    "kind": _text_or("other"),
    "date": _date,
    "participants": _texts,
    "organizations": _texts,
    "hosts": _texts,
    "organizers": _texts,
    "location": _text,
    "amount": _amount,
}
PLACE_FIELDS: dict[str, Reader] = {"name": _name, "located_in": _text, "kind": _text_or("division"), "aliases": _texts}


def _persons(data: dict) -> list[Person]:
    return [
        Person(posts=_records(p, "posts", Post, POST_FIELDS), name=_name(p.get("name"), f"{w}.name"))
        for w, p in _items(data, "persons")
    ]


def _organizations(data: dict) -> list[Organization]:
    return _records(data, "organizations", Organization, ORGANIZATION_FIELDS)


def _zones(data: dict) -> list[Zone]:
    return _records(data, "development_zones", Zone, ZONE_FIELDS)


def _agreements(data: dict) -> list[Agreement]:
    return _records(data, "agreements", Agreement, AGREEMENT_FIELDS)


def _events(data: dict) -> list[Event]:
    events = _records(data, "events", Event, EVENT_FIELDS)
    for e in events:
        e.source = Source(sentence=e.summary)
    return events


def _places(data: dict) -> list[Place]:
    return _records(data, "places", Place, PLACE_FIELDS)


def facts_from_json(data: Any) -> PageFacts:
    """Check a facts object of the export's shape and turn it into PageFacts (FactsError names a problem)."""
    if not isinstance(data, dict):
        raise FactsError("expected a JSON object with the export's keys (articles, persons, organizations, ...)")
    unknown = sorted(str(k) for k in data if k not in SECTIONS | IGNORED)
    if unknown:
        raise FactsError(f"unknown key {unknown[0]!r}; expected {', '.join(sorted(SECTIONS))}")
    return PageFacts(
        locale=_text(data.get("locale"), "locale"),
        date=_date(data.get("date"), "date"),
        articles=_articles(data),
        persons=_persons(data),
        organizations=_organizations(data),
        development_zones=_zones(data),
        agreements=_agreements(data),
        events=_events(data),
        places=_places(data),
    )


def read_facts_file(path: str | Path) -> dict[str, Any]:
    """A facts file as a mapping: JSON, or YAML for *.yaml/*.yml (gold files); FactsError when unreadable."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"{path}: cannot read ({exc.__class__.__name__}: {exc})") from exc
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(raw)
        else:
            data = json.loads(raw)
    except Exception as exc:  # json/yaml raise several kinds of errors: all are "not parseable"
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FactsError(
            f"{path.name}: not valid {'YAML' if path.suffix.lower() in ('.yaml', '.yml') else 'JSON'}: {first}"
        ) from exc
    return data


def map_facts(data: Any, name: str) -> MappedPage:
    """Facts of the export's shape -> the quads of one page named `name` (its `document` when it has one)."""
    facts = facts_from_json(data)
    document = data.get("document") if isinstance(data.get("document"), str) else None
    key = f"import:{document or name}"
    return map_page(facts, key, document or name)


def import_facts(kg: KnowledgeGraph, data: Any, name: str) -> MappedPage:
    """Write facts of the export's shape into `kg` as one page (replacing an earlier import of it)."""
    mapped = map_facts(data, name)
    kg.write_page(mapped)
    return mapped
