"""Ask: free text with suggestions, a template picker with slot autocomplete, answers as cards.

The answerer is the graph's own (`KnowledgeGraph.qa()`); its template queries run in the app's pool of
killable query processes (`in_pool`), and any error reaches the one error handler.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from typing import Any

from flask import Blueprint, current_app, jsonify, render_template, request, url_for

from ...kg import browse
from ...kg.qa.shape import PAGE
from .. import get_kg
from ..errors import WebError
from ..runner import Limits
from ..security import rate_limited
from . import int_arg

bp = Blueprint("ask", __name__)
MAX_QUESTION = 500
MAX_PAGE = 500  # answers in one page at most
CARDS = 100  # ... of the ask page (cards)


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


SLOT_KINDS = {
    "person": "person",
    "organisation": "org",
    "zone": "zone",
    "industry": "industry",
    "locus": "place",
    "post": "title",
    "event": "event",
    "agreement": "agreement",
}  # template slot type -> autocomplete kind


def in_pool(qa: Any) -> AbstractContextManager[None]:
    """A block in which the answerer's template queries run in the app's query pool, under the SPARQL time
    limit, so a slow template query cannot hold a server thread (web/runner.py)."""
    runner, cfg = current_app.extensions["kgqa_runner"], current_app.config
    limits = Limits(
        float(cfg["QUERY_TIME_LIMIT"]), int(cfg["MAX_ROWS"]), int(cfg["MAX_QUERY_BYTES"]), int(cfg["MAX_QUERY_TERMS"])
    )
    return qa.queries_run_by(lambda text: runner.run_trusted(text, limits))


def _page() -> tuple[int, int]:
    """The answers asked for: from `offset`, at most `limit` (a big answer comes a page at a time)."""
    return int_arg(request.args.get("offset"), 0, 0, 10**7), int_arg(request.args.get("limit"), PAGE, 1, MAX_PAGE)


def answer_question(kg: Any, question: str, offset: int = 0, limit: int = PAGE) -> dict[str, Any]:
    """The Answer JSON of a free-text question (a page of it: `page` says what follows)."""
    qa = kg.qa()
    with in_pool(qa):
        return qa.pages.answer(question, offset, limit).to_json()


def answer_template(
    kg: Any, template_id: str, slots: dict[str, str], offset: int = 0, limit: int = PAGE
) -> dict[str, Any]:
    """The Answer JSON of a template with its slots filled (names or IRIs), a page of it."""
    qa = kg.qa()
    with in_pool(qa):
        return qa.pages.answer_template(template_id, slots, offset, limit).to_json()


def _with_next(answer: dict[str, Any], endpoint: str) -> dict[str, Any]:
    """The answer with the address of its next page in `page.next_url` (when there is one)."""
    page = answer.get("page")
    if page and page.get("next") is not None:
        args: dict[str, Any] = {k: v for k, v in request.args.items() if k not in ("offset", "limit")}
        args.update(offset=page["next"], limit=page["limit"])
        page["next_url"] = url_for(endpoint, **args)
    return answer


def suggest(kg: Any, prefix: str, limit: int = 8) -> dict[str, Any]:
    """Suggestions while typing: example questions of matching templates, then matching entities."""
    prefix = prefix.strip()
    if not prefix:
        return {"questions": [], "entities": []}
    qa = kg.qa()
    examples = qa.examples()
    questions: list[str] = []
    entities: list[dict[str, Any]] = []
    for s in qa.suggest(prefix):
        if s["kind"] == "template":
            questions.extend(q for q in examples.get(s["iri"], [])[:2] if q not in questions)
        else:
            entities.append({"iri": s["iri"], "label": s["label"] or s["iri"], "type": browse.node_type(kg, s["iri"])})
    questions.extend(q for q in qa.example_questions() if prefix in q and q not in questions)
    seen = {e["iri"] for e in entities}
    entities.extend(e for e in browse.suggest_entities(kg, prefix, limit=limit) if e["iri"] not in seen)
    return {"questions": questions[:limit], "entities": entities[:limit]}


def answer_cards(kg: Any, answer: dict[str, Any]) -> list[dict[str, Any]]:
    """Answer cards: each answer with its type and its sources cut into highlight pieces."""
    cards = []
    for a in answer.get("answers", [])[:CARDS]:
        iri = a.get("iri")
        if not (isinstance(iri, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri)):
            iri = None  # a value answer (a date, an alias) carries the value, not an IRI: no node, no link
        node_type = browse.node_type(kg, iri) if iri else {"zh": "值", "en": "value", "iri": ""}
        label = str(a.get("label", ""))
        names = {label: iri or ""}
        if isinstance(a.get("org"), str) and a["org"]:
            names.setdefault(a["org"], "")
        sources = [
            {**src, "pieces": browse.highlight_spans(str(src.get("sentence") or ""), [], names)}
            for src in (a.get("sources") or [])[:5]
        ]
        cards.append({**a, "iri": iri, "label": label, "type": node_type, "sources": sources})
    return cards


@bp.get("/ask")
@rate_limited
def ask() -> str:
    """The ask page; answers `q` (free text) or `template` + `slot_*` when given."""
    kg = get_kg()
    q = _question()
    tpl = _template_request()
    answer: dict[str, Any] | None = None
    offset, limit = _page()
    limit = min(limit, CARDS)
    if tpl:
        answer = answer_template(kg, *tpl, offset, limit)
    elif q:
        answer = answer_question(kg, q, offset, limit)
    if answer:
        answer = _with_next(answer, "ask.ask")
    cards = answer_cards(kg, answer) if answer else []
    parts = [(p, answer_cards(kg, p)) for p in (answer or {}).get("parts") or []]  # two asks: each with its cards
    qa = kg.qa()
    return render_template(
        "ask.html",
        q=q,
        answer=answer,
        cards=cards,
        parts=parts,
        templates=qa.templates(),
        chosen=tpl[0] if tpl else "",
        slots=tpl[1] if tpl else {},
        examples=qa.example_questions()[:10],
    )


@bp.get("/api/ask")
@rate_limited
def api_ask():
    """The Answer JSON of `q`, or of `template` with `slot_*` values; a big answer a page at a time (`offset`,
    `limit`: `page` gives the total, how many follow and `next_url`)."""
    kg = get_kg()
    tpl = _template_request()
    offset, limit = _page()
    if tpl:
        return jsonify(_with_next(answer_template(kg, *tpl, offset, limit), "ask.api_ask"))
    q = _question()
    if not q:
        raise WebError(400, "缺少问题 Missing parameter q")
    return jsonify(_with_next(answer_question(kg, q, offset, limit), "ask.api_ask"))


@bp.get("/api/suggest")
def api_suggest():
    """Suggestions while typing a question: questions and entities."""
    q = request.args.get("q", "")[:100]
    return jsonify(suggest(get_kg(), q, int_arg(request.args.get("limit"), 8, 1, 20)))


@bp.get("/api/complete")
def api_complete():
    """Slot autocomplete: entities of one kind whose label contains `q`."""
    q = request.args.get("q", "")[:100]
    kind = SLOT_KINDS.get(request.args.get("kind", ""))
    return jsonify(
        {"entities": browse.suggest_entities(get_kg(), q, kind, int_arg(request.args.get("limit"), 10, 1, 30))}
    )


@bp.get("/api/templates")
def api_templates():
    """The question templates with their slots and examples."""
    return jsonify({"templates": get_kg().qa().templates()})
