"""The extraction pipeline: small named steps that each add one kind of fact to a `Doc`.

A step is a function `step(doc: Doc) -> None` registered with `@extractor("name")`;
`Pipeline` runs the named steps in order. Steps read what earlier steps left in
`doc` (articles, sentences, mentions) and add facts to `doc.facts`.

    >>> facts = extract_page("本报讯 记者张三报道：3月1日，市长李四调研。")
    >>> isinstance(facts, PageFacts)
    True
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .facts import PageFacts

Step = Callable[["Doc"], None]
REGISTRY: dict[str, Step] = {}

# The order the default pipeline runs in; each name is a registered step.
DEFAULT_STEPS: tuple[str, ...] = (
    "segment",      # page -> articles (repair broken lines, drop duplicated paragraphs, titles, bylines)
    "sentences",    # articles -> sentences with offsets
    "context",      # page locale and date; each article's date
    "mentions",     # persons, organisations, places, industries, amounts, dates
    "posts",        # title chains -> (person, title, org)
    "orgs",         # organisations with types, aliases, located_in
    "places",       # divisions, townships, villages, buildings and the place each lies in
    "zones",        # development zones, their cities and industries
    "agreements",   # who signed what with whom
    "events",       # meetings, inspections, signings, groundbreakings ...
    "resolve",      # aliases and duplicates merged within the page
)

# Modules that define the steps; imported lazily so `extract` starts fast.
STEP_MODULES: tuple[str, ...] = (
    "segment", "sentences", "context", "mentions", "posts", "orgs", "places", "zones",
    "agreements", "events", "resolve",
)


@dataclass
class Mention:
    """A span of an article's text recognised as something (person, org, place, amount, date...)."""

    text: str
    kind: str                 # person, org, place, industry, amount, date, title
    article: int
    start: int                # offsets into the article body
    end: int
    canonical: str | None = None
    org_type: str | None = None
    value: object = None      # normalised value (amount in CNY, ISO date ...)


@dataclass
class Doc:
    """The working state of one page as it passes through the pipeline."""

    text: str
    locale: str | None = None          # --locale hint (city), or None to infer
    date_hint: str | None = None       # --date hint YYYY-MM-DD, or None to infer
    source_name: str | None = None     # name of the file / record the text came from (weak date clue)
    facts: PageFacts = field(default_factory=PageFacts)
    mentions: list[Mention] = field(default_factory=list)
    scratch: dict = field(default_factory=dict)   # per-step working data shared with later steps


def extractor(name: str) -> Callable[[Step], Step]:
    """Register a pipeline step under `name`.

    >>> @extractor("noop_example")
    ... def noop(doc): pass
    >>> "noop_example" in REGISTRY
    True
    """

    def register(func: Step) -> Step:
        REGISTRY[name] = func
        return func

    return register


def _load_steps() -> None:
    for module in STEP_MODULES:
        try:
            importlib.import_module(f"{__package__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{module}":
                raise


class Pipeline:
    """Runs named steps in order over a `Doc`.

    >>> Pipeline(["segment"]).names
    ['segment']
    """

    def __init__(self, names: Iterable[str] = DEFAULT_STEPS) -> None:
        _load_steps()
        self.names = [n for n in names if n in REGISTRY]
        self.steps = [REGISTRY[n] for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        for step in self.steps:
            step(doc)
        return doc


_DEFAULT: Pipeline | None = None


def extract_page(text: str, locale: str | None = None, date: str | None = None,
                 source_name: str | None = None) -> PageFacts:
    """Extract the facts of one page (or article) of text.

    `source_name` (a file name or record id such as 2025-11-21-10 or 19980106-09-006) may
    carry a date; it is used as a weak reference date when the text gives no year.

    >>> extract_page("").articles
    []
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    doc = Doc(text=text or "", locale=locale, date_hint=date, source_name=source_name)
    _DEFAULT(doc)
    doc.facts.locale = doc.facts.locale or locale
    return doc.facts
