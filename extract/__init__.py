"""Article text -> plain fact objects. Never imports `kgqa.kg`.

>>> from kgqa.extract import extract_page
>>> extract_page("").persons
[]
"""

from .facts import Agreement, Amount, Article, Event, Organization, PageFacts, Person, Post, Source, Zone
from .pipeline import DEFAULT_STEPS, Doc, Mention, Pipeline, StepError, extract_page, extractor

__all__ = [
    "Agreement",
    "Amount",
    "Article",
    "Event",
    "Organization",
    "PageFacts",
    "Person",
    "Post",
    "Source",
    "Zone",
    "DEFAULT_STEPS",
    "Doc",
    "Mention",
    "Pipeline",
    "StepError",
    "extract_page",
    "extractor",
]
