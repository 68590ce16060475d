"""Articles: the list, and each article's text with its extracted facts highlighted."""
from __future__ import annotations

from flask import Blueprint, render_template

from ...kg import browse
from .. import get_kg
from ..errors import WebError

bp = Blueprint("articles", __name__)


@bp.get("/articles")
def index() -> str:
    """Every article, newest first."""
    return render_template("articles.html", articles=browse.article_list(get_kg()))


def show_article(iri: str) -> str:
    """One article: text cut into escaped pieces, fact sentences and entity names marked."""
    data = browse.article(get_kg(), iri)
    if data is None:
        raise WebError(404, f"没有这篇文章 No such article: {iri}")
    names: dict[str, str] = {}
    for ent in data["entities"]:
        for form in [ent["label"], *ent["aliases"]]:
            if form:
                names.setdefault(form, ent["iri"])
    sentences = [f["sentence"] for f in data["facts"] if f.get("sentence")]
    paragraphs = [browse.highlight_spans(p, sentences, names) for p in data["body"].split("\n") if p.strip()]
    return render_template("article.html", a=data, paragraphs=paragraphs)
