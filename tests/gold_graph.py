"""Test helper, not shipped: gold YAML -> plain facts, to measure question answering apart from extraction.

A graph built from a gold file is what perfect extraction would store; asking the gold
questions of it shows what the templates and the linker get right on their own.

    >>> facts_from_gold({"articles": [{"title": "标题", "first_words": "本报讯"}]}).articles[0].title
    '标题'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from kgqa.extract.facts import Agreement, Amount, Article, Event, Organization, PageFacts, Person, Post, Source, Zone


def _amount(value: Any) -> Amount | None:
    return Amount(as_written=str(value)) if value else None


def facts_from_gold(gold: dict[str, Any]) -> PageFacts:
    """Turn one gold mapping into PageFacts (no sentences: gold has none).

    >>> facts_from_gold({"persons": [{"name": "甲", "posts": [{"title": "市长"}]}]}).persons[0].posts[0].title
    '市长'
    """
    arts = [
        Article(
            title=a.get("title"),
            body=a.get("first_words") or "",
            authors=list(a.get("authors") or []),
            date=_iso(a.get("date")),
            first_words=a.get("first_words") or "",
        )
        for a in gold.get("articles") or []
    ] or [Article(title=None, body="")]
    persons = [
        Person(
            name=p["name"],
            posts=[
                Post(title=q["title"], org=q.get("org"), org_as_written=q.get("org_as_written"))
                for q in p.get("posts") or []
                if q.get("title")
            ],
        )
        for p in gold.get("persons") or []
    ]
    orgs = [
        Organization(
            name=o["name"],
            type=o.get("type") or "other",
            aliases=list(o.get("aliases") or []),
            located_in=o.get("located_in"),
        )
        for o in gold.get("organizations") or []
    ]
    zones = [
        Zone(name=z["name"], city=z.get("city"), industries=list(z.get("industries") or []))
        for z in gold.get("development_zones") or []
    ]
    agreements = [
        Agreement(
            kind=a.get("kind") or "协议",
            parties=list(a.get("parties") or []),
            date=_iso(a.get("date")),
            fields=list(a.get("fields") or []),
            amount=_amount(a.get("amount")),
            witnesses=list(a.get("witnesses") or []),
        )
        for a in gold.get("agreements") or []
    ]
    events = [
        Event(
            kind=e.get("kind") or "other",
            summary=e.get("summary") or "",
            date=_iso(e.get("date")),
            participants=list(e.get("participants") or []),
            organizations=list(e.get("organizations") or []),
            location=e.get("location"),
            amount=_amount(e.get("amount")),
            source=Source(),
        )
        for e in gold.get("events") or []
    ]
    return PageFacts(
        locale=gold.get("locale"),
        articles=arts,
        persons=persons,
        organizations=orgs,
        development_zones=zones,
        agreements=agreements,
        events=events,
    )


def _iso(value: Any) -> str | None:
    return str(value) if value else None


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold YAML file."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
