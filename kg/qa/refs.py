"""What a question's names link to: kind letters, post references, mentions and named entities."""

from __future__ import annotations

from dataclasses import dataclass, field

# kind letters used in mention tokens: person, organisation, zone, place (locus), industry, title, post
KIND_LETTERS = {"person": "p", "org": "o", "zone": "z", "place": "l", "industry": "i", "title": "t", "post": "s"}


@dataclass(frozen=True)
class PostRef:
    """A post surface's meaning: the organisation and the title node, and the organisation form written."""

    org: str
    role: str
    form: str = ""


@dataclass
class Mention:
    """A span of the question linked to graph nodes, by kind letter."""

    start: int
    end: int
    text: str
    refs: dict[str, list] = field(default_factory=dict)  # kind letter -> [iri or PostRef]
    generic: bool = False  # a short form such as 市政府
    via: dict[str, list] | None = None  # a phrase answered by a sub-question (与X签约的企业): node -> its sources

    @property
    def kinds(self) -> str:
        """The kind letters, sorted (the token written into the question skeleton)."""
        return "".join(sorted(self.refs))


@dataclass
class Entity:
    """A node with a name: label, kind letters, organisation type."""

    iri: str
    label: str
    kinds: set[str] = field(default_factory=set)
    org_type: str | None = None
