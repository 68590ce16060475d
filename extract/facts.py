"""Plain fact objects: what `extract` finds in a page, with no RDF in sight.

These dataclasses are the contract between `kgqa.extract` (which fills them) and
`kgqa.kg` (which maps them onto the ontology). Their fields mirror the gold
schema of ../shared/gold/README.md, plus provenance (which article of the page,
which sentence, character offsets into the original page text).

    >>> Person(name="陈向阳", posts=[Post(title="市长", org="长治市人民政府")]).name
    '陈向阳'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """Where a fact was read: article index within the page, the sentence, offsets into the page text."""

    article: int = 0
    sentence: str = ""
    start: int = -1
    end: int = -1


@dataclass
class Article:
    """One news item of a page: title, byline authors, date of its main event, body text."""

    title: str | None
    body: str
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date of the main event, or None
    published: str | None = None  # ISO date of a 发布时间 line heading the item (portal pages), or None
    publisher: str | None = None  # the outlet of a 发布人/来源 line as written (-大洋网-广州日报), or None
    first_words: str = ""
    start: int = 0  # offsets of the item in the original page text
    end: int = 0
    sentences: list[Source] = field(default_factory=list)


@dataclass
class Post:
    """A post a person holds: title as written with its level prefix (市委副书记), resolved org."""

    title: str
    org: str | None = None
    org_as_written: str | None = None
    source: Source = field(default_factory=Source)


@dataclass
class Person:
    """A named person who is not only an author of an article."""

    name: str
    posts: list[Post] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


ORG_TYPES = (
    "government",
    "party_committee",
    "company",
    "bank",
    "development_zone",
    "university",
    "lab",
    "media",
    "association",
    "other",
)


@dataclass
class Organization:
    """An organisation by its fullest name, with type, aliases and where it is located."""

    name: str
    type: str = "other"
    aliases: list[str] = field(default_factory=list)
    located_in: str | None = None
    sources: list[Source] = field(default_factory=list)


@dataclass
class Zone:
    """A development zone (also listed among organizations) with its city and industries."""

    name: str
    city: str | None = None
    industries: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # companies and parks inside it
    sources: list[Source] = field(default_factory=list)


@dataclass
class Place:
    """A place (division, township, village or building) and the place it lies in, as the text or
    the division data gives it (八家户村 in 新疆乌鲁木齐县二宫乡; 台州市路桥区 in 浙江省)."""

    name: str
    located_in: str | None = None
    kind: str = "division"  # division, township, village, building
    aliases: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Amount:
    """A sum of money as written (28.88亿元) and normalised (2888000000.0, CNY)."""

    as_written: str
    value: float | None = None
    unit: str = "CNY"


@dataclass
class Agreement:
    """An agreement, contract, loan or credit actually signed."""

    kind: str
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    fields: list[str] = field(default_factory=list)
    amount: Amount | None = None
    witnesses: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)


EVENT_KINDS = (
    "signing",
    "talks",
    "meeting",
    "inspection",
    "visit",
    "groundbreaking",
    "training",
    "award",
    "launch",
    "other",
)


@dataclass
class Event:
    """Something that happened: kind, date, who took part, who hosted or organised it, where."""

    kind: str
    summary: str
    date: str | None = None
    participants: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)  # persons who 主持 it
    organizers: list[str] = field(default_factory=list)  # bodies that 主办/承办 it
    location: str | None = None
    amount: Amount | None = None
    source: Source = field(default_factory=Source)
    places: list[str] = field(default_factory=list)  # every place, when it names several (到甲省乙市、丙市调研)


@dataclass
class PageFacts:
    """Everything extracted from one page (or one article given alone)."""

    locale: str | None = None
    date: str | None = None  # the page's date, if known
    articles: list[Article] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    development_zones: list[Zone] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)  # not a gold section: feeds located_in answers

    def to_gold(self) -> dict[str, Any]:
        """The facts in the gold schema's shape (no provenance), as `kgqa extract` prints them."""
        return {
            "locale": self.locale,
            "articles": [
                {"title": a.title, "first_words": a.first_words, "date": a.date, "authors": list(a.authors)}
                for a in self.articles
            ],
            "persons": [
                {
                    "name": p.name,
                    "posts": [{"title": q.title, "org": q.org, "org_as_written": q.org_as_written} for q in p.posts],
                }
                for p in self.persons
            ],
            "organizations": [
                {"name": o.name, "type": o.type, "aliases": list(o.aliases), "located_in": o.located_in}
                for o in self.organizations
            ],
            "development_zones": [
                {"name": z.name, "city": z.city, "industries": list(z.industries)} for z in self.development_zones
            ],
            "agreements": [
                {
                    "kind": a.kind,
                    "parties": list(a.parties),
                    "date": a.date,
                    "fields": list(a.fields),
                    "amount": a.amount.as_written if a.amount else None,
                    "witnesses": list(a.witnesses),
                }
                for a in self.agreements
            ],
            "events": [
                {
                    "kind": e.kind,
                    "date": e.date,
                    "summary": e.summary,
                    "participants": list(e.participants),
                    "organizations": list(e.organizations),
                    "location": e.location,
                    "amount": e.amount.as_written if e.amount else None,
                }
                for e in self.events
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        """Every field, provenance included (for debugging and JSON round trips)."""
        return asdict(self)
