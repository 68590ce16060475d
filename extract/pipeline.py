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
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .facts import Agreement, Organization, PageFacts

if TYPE_CHECKING:
    from .scene import Sentence

Step = Callable[["Doc"], None]
# the divisions a page means by a name several share (江北区 of 宁波市), set by the `context` step for the page
# being extracted and read by `mentions.place_of`; a pipeline run restores it when done
PAGE_PLACES: ContextVar[dict] = ContextVar("page_places", default={})  # noqa: B039 - never mutated, only set
REGISTRY: dict[str, Step] = {}

# The order the default pipeline runs in; each name is a registered step.
DEFAULT_STEPS: tuple[str, ...] = (
    "segment",  # page -> articles (repair broken lines, drop duplicated paragraphs, titles, bylines)
    "sentences",  # articles -> sentences with offsets
    "context",  # page locale and date; each article's date
    "mentions",  # persons, organisations, places, industries, amounts, dates
    "posts",  # title chains -> (person, title, org)
    "orgs",  # organisations with types, aliases, located_in
    "places",  # divisions, townships, villages, buildings and the place each lies in
    "zones",  # development zones, their cities and industries
    "agreements",  # who signed what with whom
    "events",  # meetings, inspections, signings, groundbreakings ...
    "resolve",  # aliases and duplicates merged within the page
)

# Modules that define the steps; imported lazily so `extract` starts fast.
STEP_MODULES: tuple[str, ...] = (
    "segment",
    "sentences",
    "context",
    "mentions",
    "posts",
    "orgs",
    "places",
    "zones",
    "agreements",
    "events",
    "resolve",
)


@dataclass
class Mention:
    """A span of an article's text recognised as something (person, org, place, amount, date...)."""

    text: str
    kind: str  # person, person_ref (named, no person of the story), org, place, industry, amount, date, title
    article: int
    start: int  # offsets into the article body
    end: int
    canonical: str | None = None
    org_type: str | None = None
    value: object = None  # normalised value (amount in CNY, ISO date ...)


@dataclass
class Memo:
    """Lookups of one page built on first use and kept for the steps after (never data of their own)."""

    sent_starts: dict[int, list[int]] = field(default_factory=dict)  # article -> sentence starts
    zone_starts: dict[int, tuple] = field(default_factory=dict)  # article -> zones, count, starts
    canonical: dict[tuple[int, str], str] = field(default_factory=dict)  # (article, written) -> org
    located: dict[tuple[int, str], str | None] = field(default_factory=dict)  # (article, org) -> place
    # (article, kind word) -> ends and names of the bodies of that kind, in text order
    org_kinds: dict[tuple[int, str, bool], tuple[list[int], list[str]]] | None = None
    # article -> starts and names of the companies named, in text order
    company_mentions: dict[int, tuple[list[int], list[str]]] | None = None
    # article -> (start, title, org) of the posts resolved so far, in the order read
    post_orgs: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)


@dataclass
class Doc:
    """The working state of one page as it passes through the pipeline: the input, the facts, and
    what each step leaves for the steps after it (each field says which step writes it)."""

    text: str
    locale: str | None = None  # --locale hint (city), or None to infer
    date_hint: str | None = None  # --date hint YYYY-MM-DD, or None to infer
    source_name: str | None = None  # name of the file / record the text came from (weak date clue)
    facts: PageFacts = field(default_factory=PageFacts)
    mentions: list[Mention] = field(default_factory=list)
    # segment: per article, runs (body start, page start, length) mapping body offsets to the page
    body_maps: list[list[tuple[int, int, int]]] = field(default_factory=list)
    # sentences: per article, the (start, end) body offsets of its sentences
    sent_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    # context: the page's year; per article, the division it is about and the day relative words count from
    year: int | None = None
    article_place: list[str | None] = field(default_factory=list)
    article_ref: list[str | None] = field(default_factory=list)
    # posts, orgs, zones: the page's organisations by canonical name (orgs.registry, orgs.register)
    orgs: dict[str, Organization] = field(default_factory=dict)
    orgs_tidied: bool = False  # orgs.tidy_org_mentions ran
    # posts.ensure_zone_mentions: per article, (start, full name) of the specific zones named
    zone_mentions: dict[int, list[tuple[int, str]]] | None = None
    # scene.scenes: per article, its sentences read as scenes (built on first use)
    scenes: list[list[Sentence]] | None = None
    # agreements: (article, sentence, offset, verb, agreement) of every signing verb read, for events
    agreement_sites: list[tuple[int, int, int, str, Agreement]] = field(default_factory=list)
    memo: Memo = field(default_factory=Memo)


class StepError(ValueError):
    """A pipeline named with an unknown or repeated step, or two functions registered under one name."""


def _qualified(func: Step) -> str:
    """module.name of a step function."""
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', '?')}"


def extractor(name: str) -> Callable[[Step], Step]:
    """Register a pipeline step under `name`; a name another function holds is a StepError.

    >>> @extractor("noop_example")
    ... def noop(doc): pass
    >>> "noop_example" in REGISTRY
    True
    """

    def register(func: Step) -> Step:
        held = REGISTRY.get(name)
        if held is not None and _qualified(held) != _qualified(func):
            raise StepError(f"step {name!r} is registered twice: {_qualified(held)} and {_qualified(func)}")
        REGISTRY[name] = func
        return func

    return register


def _load_steps() -> None:
    """Import every module of STEP_MODULES (each registers its steps); a missing one is a StepError."""
    for module in STEP_MODULES:
        try:
            importlib.import_module(f"{__package__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{module}":
                raise
            raise StepError(f"step module {module!r} of STEP_MODULES does not exist") from None


def check_steps(names: list[str]) -> None:
    """Raise StepError for a name no step is registered under, or a name given twice."""
    for i, name in enumerate(names):
        if name not in REGISTRY:
            known = ", ".join(sorted(REGISTRY))
            raise StepError(f"unknown step {name!r} (the steps are: {known}; a new step's module goes in STEP_MODULES)")
        if name in names[:i]:
            raise StepError(f"step {name!r} is named twice in the pipeline")


class Pipeline:
    """Runs named steps in order over a `Doc`; an unknown or repeated step name is a StepError.

    >>> Pipeline(["segment"]).names
    ['segment']
    """

    def __init__(self, names: Iterable[str] = DEFAULT_STEPS) -> None:
        _load_steps()
        self.names = list(names)
        check_steps(self.names)
        self.steps = [REGISTRY[n] for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        token = PAGE_PLACES.set({})
        try:
            for step in self.steps:
                step(doc)
        finally:
            PAGE_PLACES.reset(token)
        return doc


_DEFAULT: Pipeline | None = None


def extract_page(
    text: str, locale: str | None = None, date: str | None = None, source_name: str | None = None
) -> PageFacts:
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
