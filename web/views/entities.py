"""Entity pages at the entities' own paths (/id/…), with grouped facts, a neighbourhood picture, RDF."""
from __future__ import annotations

import math
from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request

from ...kg import browse
from .. import get_kg
from ..errors import WebError
from . import entity_url, is_absolute_iri

bp = Blueprint("entities", __name__)

RDF_ALIASES = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "jsonld": "jsonld", "json-ld": "jsonld",
               "rdf": "xml"}


def layout(neigh: dict[str, Any], center_label: str, width: int = 640, height: int = 420) -> dict[str, Any]:
    """Place the centre in the middle and neighbours on a circle; edge label midpoints included."""
    nodes = neigh["nodes"]
    cx, cy = width / 2, height / 2
    radius = min(width, height) / 2 - 60
    placed = []
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        placed.append({**n, "x": round(cx + radius * math.cos(angle) * 1.3, 1),
                       "y": round(cy + radius * math.sin(angle), 1), "href": entity_url(n["iri"]),
                       "short": n["label"] if len(n["label"]) <= 12 else n["label"][:11] + "…"})
    where = {n["iri"]: n for n in placed}
    edges = []
    for e in neigh["edges"]:
        n = where.get(e["target"])
        if n is None:
            continue
        label = "、".join(e["labels"])[:16]
        edges.append({"x1": cx, "y1": cy, "x2": n["x"], "y2": n["y"], "dir": e["dir"], "label": label,
                      "mx": round(cx + 0.62 * (n["x"] - cx), 1), "my": round(cy + 0.62 * (n["y"] - cy) - 3, 1)})
    short = center_label if len(center_label) <= 14 else center_label[:13] + "…"
    return {"width": width, "height": height, "cx": cx, "cy": cy, "center": short, "nodes": placed, "edges": edges}


def _rdf_format() -> str | None:
    asked = request.args.get("format", "").lower()
    if asked:
        if asked in ("html", "json", "svg"):
            return None
        if asked not in RDF_ALIASES:
            raise WebError(400, f"unsupported format {asked!r} (html, json, svg, ttl, nt, jsonld)")
        return RDF_ALIASES[asked]
    best = request.accept_mimetypes.best_match(["text/html", "text/turtle", "application/ld+json",
                                                "application/n-triples"], default="text/html")
    if best != "text/html" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]:
        return {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "nt"}[best]
    return None


def show(iri: str):
    """Render one node in the negotiated representation."""
    kg = get_kg()
    fmt = _rdf_format()
    if fmt is not None:
        body = browse.describe(kg, iri, fmt)
        if not body.strip() or body.strip() in (b"[]", b"{}"):
            raise WebError(404, f"没有这个实体 No such entity: {iri}")
        resp = Response(body, content_type=f"{browse.RDF_FORMATS[fmt]}; charset=utf-8")
        resp.headers["Vary"] = "Accept"
        return resp
    data = browse.entity(kg, iri)
    if data is None:
        raise WebError(404, f"没有这个实体 No such entity: {iri}")
    if request.args.get("format") == "json":
        return jsonify({k: v for k, v in data.items() if k != "properties"} |
                       {"properties": [{"p": p["p"], "o": p["o"].value, "label": p["label"]}
                                       for p in data["properties"]]})
    neigh = browse.neighbourhood(kg, iri)
    picture = layout(neigh, data["label"])
    if request.args.get("format") == "svg":
        svg = render_template("graph.svg", g=picture)
        return Response(svg, content_type="image/svg+xml; charset=utf-8")
    resp = Response(render_template("entity.html", e=data, g=picture), content_type="text/html; charset=utf-8")
    resp.headers["Vary"] = "Accept"
    return resp


@bp.get("/id/<path:rest>")
def by_path(rest: str):
    """A node of kgqa's own namespace at the path of its IRI (articles get the article page)."""
    from .articles import show_article
    kg = get_kg()
    candidates = [iri for iri in browse.iri_from_path(rest) if is_absolute_iri(iri)]
    if not candidates:
        raise WebError(404, f"没有这个实体 No such entity: /id/{rest[:200]}")
    if rest.startswith("article/") and rest.count("/") == 1 and request.args.get("format") is None \
            and _rdf_format() is None:
        return show_article(candidates[-1])
    for iri in candidates:
        if browse.exists(kg, iri):
            return show(iri)
    raise WebError(404, f"没有这个实体 No such entity: /id/{rest}")


@bp.get("/resource")
def resource():
    """Any node by its full IRI (?iri=…)."""
    iri = request.args.get("iri", "").strip()
    if not is_absolute_iri(iri):
        raise WebError(400, "需要有效的 IRI Parameter 'iri' must be an absolute IRI (scheme:…, no spaces, "
                            "control characters or <>\"{}|\\^`)")
    return show(iri)
