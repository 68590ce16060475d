"""Blueprints, one per page family, and the template helpers they share."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from flask import Flask, url_for

from ...kg.browse import local_path, type_label, valid_iri
from ...kg.vocab import PREFIXES

DUMPS = [("ttl", "Turtle"), ("trig", "TriG"), ("nt", "N-Triples"), ("jsonld", "JSON-LD")]


def entity_url(iri: str | None) -> str:
    """The page of a node: /id/… for kgqa's own IRIs, /resource?iri=… for any other."""
    if not iri:
        return "#"
    path = local_path(iri)
    if path is not None:
        return path
    return url_for("entities.resource", iri=iri)


def compact(iri: str | None) -> str:
    """An IRI shortened with the project's prefixes (schema:Person), or percent-decoded for ids."""
    if not iri:
        return ""
    from urllib.parse import unquote

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and prefix != "id":
            return f"{prefix}:{iri[len(ns) :]}"
    if iri.startswith(PREFIXES["id"]):
        return "id:" + unquote(iri[len(PREFIXES["id"]) :])
    return iri


def register(app: Flask) -> None:
    """Register every blueprint and the Jinja helpers."""
    from . import articles, ask, dump, entities, home, sparql, upload

    for mod in (home, ask, sparql, entities, articles, dump):
        app.register_blueprint(mod.bp)
    if app.config.get("UPLOAD_TOKEN"):  # write routes exist only when a token is configured
        app.register_blueprint(upload.bp)
    app.jinja_env.globals.update(
        entity_url=entity_url,
        compact=compact,
        dumps=DUMPS,
        type_label=type_label,
        upload_enabled=bool(app.config.get("UPLOAD_TOKEN")),
    )
    app.jinja_env.filters["urlquote"] = lambda s: quote(str(s), safe="")


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f\ud800-\udfff%]|%[0-9A-Fa-f]{2})*")


def is_absolute_iri(text: str, max_len: int = 2000) -> bool:
    """True for an absolute IRI that every RDF store accepts: a scheme, no spaces, controls or <>"{}|\\^`, and
    every % starting an escape."""
    return len(text) <= max_len and _IRI.fullmatch(text) is not None and valid_iri(text)


def int_arg(value: Any, default: int, lo: int, hi: int) -> int:
    """A bounded int from a query-string value."""
    try:
        return max(lo, min(hi, int(value)))
    except (TypeError, ValueError):
        return default
