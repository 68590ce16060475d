"""Hand-built pages for testing one extraction step without the steps before it."""

from __future__ import annotations

import re

from kgqa.extract.facts import Article, Organization, Person, Source
from kgqa.extract.pipeline import Doc, Mention


def make_doc(body: str, persons=(), orgs=(), places=(), date: str | None = None) -> Doc:
    """A one-article Doc with sentences, persons, organisations ({name: [aliases]}) and places."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^。！？\n]+[。！？]?[”]?", body) if m.group().strip()]
    doc = Doc(body)
    art = Article(title="标题", body=body, date=date, sentences=[Source(0, body[a:b], a, b) for a, b in spans])
    doc.facts.articles = [art]
    doc.sent_spans = [spans]
    doc.facts.persons = [Person(p) for p in persons]
    orgs = orgs if isinstance(orgs, dict) else {o: [] for o in orgs}
    doc.facts.organizations = [Organization(n, aliases=list(a)) for n, a in orgs.items()]
    for p in places:
        for m in re.finditer(re.escape(p), body):
            doc.mentions.append(Mention(p, "place", 0, m.start(), m.end(), canonical=p))
    return doc
