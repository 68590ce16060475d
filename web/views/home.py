"""Home: what is in the graph, recent articles, example questions."""

from __future__ import annotations

from flask import Blueprint, render_template

from ...kg import browse
from .. import get_kg

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    """Counts, recent articles and example questions to click."""
    kg = get_kg()
    return render_template(
        "home.html", stats=kg.stats(), recent=browse.recent_articles(kg, 8), examples=kg.qa().example_questions()[:8]
    )
