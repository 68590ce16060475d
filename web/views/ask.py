"""Ask: free text with suggestions, a template picker with slot autocomplete, answers as cards."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, render_template, request

from ...kg import browse
from .. import get_kg
from ..errors import WebError
from ..security import rate_limited
from . import int_arg
from .qa import ask as qa_ask, ask_template, enrich, example_questions, slot_kind, suggest, templates

bp = Blueprint("ask", __name__)
MAX_QUESTION = 500


def _question() -> str:
    q = request.args.get("q", "")
    if len(q) > MAX_QUESTION:
        raise WebError(400, f"问题太长 Question too long (at most {MAX_QUESTION} characters)")
    return q.strip()


def _template_request() -> tuple[str, dict[str, str]] | None:
    tid = request.args.get("template", "").strip()
    if not tid:
        return None
    slots = {k[5:]: v.strip()[:200] for k, v in request.args.items() if k.startswith("slot_") and v.strip()}
    return tid, slots


@bp.get("/ask")
@rate_limited
def ask() -> str:
    """The ask page; answers `q` (free text) or `template` + `slot_*` when given."""
    kg = get_kg()
    q = _question()
    tpl = _template_request()
    answer: dict[str, Any] | None = None
    if tpl:
        answer = ask_template(kg, *tpl)
    elif q:
        answer = qa_ask(kg, q)
    cards = enrich(kg, answer) if answer else []
    all_templates = templates(kg)
    return render_template("ask.html", q=q, answer=answer, cards=cards, templates=all_templates,
                           chosen=tpl[0] if tpl else "", slots=tpl[1] if tpl else {},
                           examples=example_questions(kg)[:10])


@bp.get("/api/ask")
@rate_limited
def api_ask():
    """The Answer JSON of `q`, or of `template` with `slot_*` values."""
    kg = get_kg()
    tpl = _template_request()
    if tpl:
        return jsonify(ask_template(kg, *tpl))
    q = _question()
    if not q:
        raise WebError(400, "缺少问题 Missing parameter q")
    return jsonify(qa_ask(kg, q))


@bp.get("/api/suggest")
def api_suggest():
    """Suggestions while typing a question: questions and entities."""
    q = request.args.get("q", "")[:100]
    return jsonify(suggest(get_kg(), q, int_arg(request.args.get("limit"), 8, 1, 20)))


@bp.get("/api/complete")
def api_complete():
    """Slot autocomplete: entities of one kind whose label contains `q`."""
    q = request.args.get("q", "")[:100]
    kind = slot_kind(request.args.get("kind", ""))
    return jsonify({"entities": browse.suggest_entities(get_kg(), q, kind,
                                                        int_arg(request.args.get("limit"), 10, 1, 30))})


@bp.get("/api/templates")
def api_templates():
    """The question templates with their slots and examples."""
    return jsonify({"templates": templates(get_kg())})
