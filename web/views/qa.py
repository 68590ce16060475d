"""Adapter to the question answerer of `kgqa.kg.qa`, tolerant of what it does not (yet) offer."""
from __future__ import annotations

import re
from contextlib import nullcontext
from typing import Any

from flask import current_app, has_app_context

from ...kg import browse
from ..errors import WebError
from ..runner import Limits

FALLBACK_EXAMPLES: list[str] = []     # examples come from the graph served (QuestionAnswerer.examples)


def answerer(kg: Any) -> Any | None:
    """The graph's QuestionAnswerer, or None when question answering is not available."""
    getter = getattr(kg, "qa", None)
    if callable(getter):
        try:
            return getter()
        except Exception:  # noqa: BLE001 - an answerer that cannot start means "no QA", not a crash
            return None
    try:
        from ...kg.qa import QuestionAnswerer  # type: ignore[attr-defined]
    except ImportError:
        return None
    qa = getattr(kg, "_qa", None)
    if qa is None or getattr(qa, "generation", None) != getattr(kg, "generation", None):
        try:
            qa = QuestionAnswerer(kg)
        except Exception:  # noqa: BLE001
            return None
        qa.generation = getattr(kg, "generation", 0)
        kg._qa = qa
    return qa


def _in_pool(qa: Any) -> Any:
    """A context in which the answerer's template queries run in the app's pool of killable query processes,
    with the SPARQL time limit, so a slow template query cannot hold a server thread (web/runner.py)."""
    hook = getattr(qa, "queries_run_by", None)
    if hook is None or not has_app_context() or "kgqa_runner" not in current_app.extensions:
        return nullcontext()
    runner, cfg = current_app.extensions["kgqa_runner"], current_app.config
    limits = Limits(float(cfg["QUERY_TIME_LIMIT"]), int(cfg["MAX_ROWS"]), int(cfg["MAX_QUERY_BYTES"]),
                    int(cfg["MAX_QUERY_TERMS"]))
    return hook(lambda text: runner.run_trusted(text, limits))


def _get(obj: Any, key: str, default: Any = None) -> Any:
    return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)


def templates(kg: Any) -> list[dict[str, Any]]:
    """Templates as plain dicts: id, title, slots [{name, type, label}], examples, sparql."""
    qa = answerer(kg)
    fn = getattr(qa, "templates", None) if qa is not None else None
    if fn is None:
        return []
    try:
        raw = fn() if callable(fn) else fn     # examples: the server's own queries, within a budget, once per graph
    except Exception:  # noqa: BLE001
        return []
    if isinstance(raw, dict):
        raw = list(raw.values())
    out = []
    for t in raw or []:
        slots = []
        raw_slots = _get(t, "slots", []) or []
        if isinstance(raw_slots, dict):
            raw_slots = [{"name": k, **(v if isinstance(v, dict) else {"type": v})} for k, v in raw_slots.items()]
        for s in raw_slots:
            if isinstance(s, str):
                s = {"name": s, "type": s}
            name = str(_get(s, "name", "") or "")
            if "__" in name:                     # internal repeats of a slot, filled by free text only
                continue
            slots.append({"name": name, "type": str(_get(s, "type", name) or name),
                          "optional": bool(_get(s, "optional", False)),
                          "label": str(_get(s, "label", "") or _get(s, "title", "") or name)})
        out.append({"id": str(_get(t, "id", "")), "title": str(_get(t, "title", "") or _get(t, "id", "")),
                    "slots": slots, "examples": list(_get(t, "examples", []) or []),
                    "sparql": _get(t, "sparql", None), "family": _get(t, "family", None)})
    return [t for t in out if t["id"]]


def example_questions(kg: Any) -> list[str]:
    """One example question per template, made from the graph served and checked to answer (none on an
    empty graph)."""
    seen: list[str] = []
    for t in templates(kg):
        for ex in t["examples"][:1]:
            if isinstance(ex, str) and ex not in seen:
                seen.append(ex)
    return seen or list(FALLBACK_EXAMPLES)


def _normalise(answer: Any, question: str) -> dict[str, Any]:
    data = answer.to_json() if hasattr(answer, "to_json") else dict(answer)
    data.setdefault("question", question)
    data.setdefault("answers", [])
    return data


def ask(kg: Any, question: str) -> dict[str, Any]:
    """Answer a free-text question as the Answer JSON shape; never raises."""
    try:
        qa = answerer(kg)
        if qa is None:
            return _normalise(kg.ask(question), question)
        with _in_pool(qa):
            return _normalise(qa.answer(question), question)
    except WebError:
        raise                # time limit, busy pool, crashed worker: the error handler answers 503/500
    except Exception as exc:  # noqa: BLE001 - shown as "no answer" with the reason
        return {"question": question, "template": None, "sparql": None, "answers": [],
                "message": f"问答不可用 Question answering failed: {type(exc).__name__}"}


def ask_template(kg: Any, template_id: str, slots: dict[str, str]) -> dict[str, Any]:
    """Answer a template with filled slots; never raises."""
    qa = answerer(kg)
    fn = getattr(qa, "answer_template", None) if qa is not None else None
    if fn is None:
        return {"question": "", "template": template_id, "sparql": None, "answers": [],
                "message": "模板问答不可用 Template answering is not available"}
    try:
        with _in_pool(qa):
            return _normalise(fn(template_id, slots), "")
    except WebError:
        raise
    except Exception as exc:  # noqa: BLE001
        return {"question": "", "template": template_id, "sparql": None, "answers": [],
                "message": f"模板问答失败 Template answering failed: {exc}"}


SLOT_KINDS = {"person": "person", "organisation": "org", "organization": "org", "org": "org", "zone": "zone",
              "industry": "industry", "place": "place", "locus": "place", "post": "title", "title": "title",
              "event": "event", "agreement": "agreement"}


def slot_kind(slot_type: str) -> str | None:
    """The autocomplete kind for a template slot type (None: any entity)."""
    return SLOT_KINDS.get(slot_type)


def suggest(kg: Any, prefix: str, limit: int = 8) -> dict[str, Any]:
    """Suggestions while typing: example questions of matching templates, then matching entities."""
    prefix = prefix.strip()
    if not prefix:
        return {"questions": [], "entities": []}
    questions: list[str] = []
    entities: list[dict[str, Any]] = []
    qa = answerer(kg)
    fn = getattr(qa, "suggest", None) if qa is not None else None
    if fn is not None:
        examples = {t["id"]: t["examples"] for t in templates(kg)}
        try:
            for s in fn(prefix) or []:
                if not isinstance(s, dict):
                    continue
                if s.get("kind") == "template":
                    questions.extend(q for q in examples.get(str(s.get("iri")), [])[:2] if q not in questions)
                elif s.get("iri"):
                    entities.append({"iri": s["iri"], "label": s.get("label") or s["iri"],
                                     "type": browse.node_type(kg, s["iri"])})
        except Exception:  # noqa: BLE001 - suggestions are a convenience; the entity search still runs
            pass
    questions.extend(q for q in example_questions(kg) if prefix in q and q not in questions)
    seen = {e["iri"] for e in entities}
    entities.extend(e for e in browse.suggest_entities(kg, prefix, limit=limit) if e["iri"] not in seen)
    return {"questions": questions[:limit], "entities": entities[:limit]}


def enrich(kg: Any, answer: dict[str, Any]) -> list[dict[str, Any]]:
    """Answer cards: each answer with its type and its sources cut into highlight pieces."""
    cards = []
    for a in answer.get("answers", [])[:100]:
        iri = a.get("iri")
        if not (isinstance(iri, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri)):
            iri = None        # a value answer (a date, an alias) carries the value, not an IRI: no node, no link
        node_type = browse.node_type(kg, iri) if iri else {"zh": "值", "en": "value", "iri": ""}
        label = str(a.get("label", ""))
        names = {label: iri or ""}
        for extra in (a.get("org"),):
            if isinstance(extra, str) and extra:
                names.setdefault(extra, "")
        sources = []
        for src in (a.get("sources") or [])[:5]:
            sentence = str(src.get("sentence") or "")
            sources.append({**src, "pieces": browse.highlight_spans(sentence, [], names)})
        cards.append({**a, "iri": iri, "label": label, "type": node_type, "sources": sources})
    return cards
