"""Articles: the list, and each article's text with its extracted facts highlighted."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from ...kg import browse
from .. import get_kg
from ..errors import WebError
from . import int_arg

bp = Blueprint("articles", __name__)


@bp.get("/articles")
def index() -> str:
    """Articles newest first, one page (`?page=`) of them, with how many there are in all."""
    kg = get_kg()
    total = int(kg.stats()["articles"])
    per = browse.ARTICLES_PER_PAGE
    pages = max(1, -(-total // per))
    page = int_arg(request.args.get("page"), 1, 1, pages)
    return render_template(
        "articles.html", articles=browse.article_list(kg, per, (page - 1) * per), total=total, page=page, pages=pages
    )


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
