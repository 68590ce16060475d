"""Entity pages at the entities' own paths (/id/…), with grouped facts, a neighbourhood picture, RDF."""

from __future__ import annotations

import math
from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request

from ...kg import browse
from .. import get_kg
from ..errors import WebError
from . import entity_url, int_arg, is_absolute_iri

bp = Blueprint("entities", __name__)

RDF_ALIASES = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "jsonld": "jsonld", "json-ld": "jsonld", "rdf": "xml"}


LABEL_PX = 12  # font size of a neighbour's name; CJK characters are as wide as the font is high
REL_PX = 10  # font size of the relation under it
ROW_PX = 34  # vertical room of one neighbour (name + relation)


def _fit(text: str, room: float, px: int) -> str:
    """The text cut (with …) to fit `room` pixels at `px` per character."""
    most = max(2, int(room // px))
    return text if len(text) <= most else text[: most - 1] + "…"


def layout(neigh: dict[str, Any], center_label: str, width: int = 640) -> dict[str, Any]:
    """Neighbours on the left and right arcs of an ellipse around the centre, evenly spaced in height, each
    name written outward from its node and its relations under it: no two labels overlap, however many."""
    nodes = neigh["nodes"]
    per_side = max(1, -(-len(nodes) // 2))
    height = max(300, per_side * ROW_PX + 80)
    cx, cy = width / 2, height / 2
    rx, ry = width * 0.22, (per_side * ROW_PX) / 2
    rels = {e["target"]: "、".join(e["labels"]) for e in neigh["edges"] if e["labels"]}
    dirs = {e["target"]: e["dir"] for e in neigh["edges"]}
    placed = []
    for i, n in enumerate(nodes):
        side, row = (1, i // 2) if i % 2 == 0 else (-1, i // 2)
        count = (len(nodes) + (1 if side == 1 else 0)) // 2
        y = cy - ((count - 1) / 2 - row) * ROW_PX
        dy = (y - cy) / (ry + ROW_PX)
        x = cx + side * rx * math.sqrt(max(0.0, 1 - dy * dy))
        room = (width - x - 14) if side == 1 else (x - 14)
        placed.append(
            {
                **n,
                "x": round(x, 1),
                "y": round(y, 1),
                "href": entity_url(n["iri"]),
                "anchor": "start" if side == 1 else "end",
                "tx": round(x + side * 11, 1),
                "short": _fit(n["label"], room, LABEL_PX),
                "rel": _fit(rels.get(n["iri"], ""), room, REL_PX),
                "dir": dirs.get(n["iri"], "both"),
            }
        )
    edges = [{"x1": cx, "y1": cy, "x2": n["x"], "y2": n["y"], "dir": n["dir"]} for n in placed]
    return {
        "width": width,
        "height": height,
        "cx": cx,
        "cy": cy,
        "center": _fit(center_label, rx * 1.4, 14),
        "nodes": placed,
        "edges": edges,
        "total": neigh.get("total", len(nodes)),
    }


def _rdf_format() -> str | None:
    asked = request.args.get("format", "").lower()
    if asked:
        if asked in ("html", "json", "svg"):
            return None
        if asked not in RDF_ALIASES:
            raise WebError(400, f"unsupported format {asked!r} (html, json, svg, ttl, nt, jsonld)")
        return RDF_ALIASES[asked]
    best = request.accept_mimetypes.best_match(
        ["text/html", "text/turtle", "application/ld+json", "application/n-triples"], default="text/html"
    )
    if best != "text/html" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]:
        return {"text/turtle": "turtle", "application/ld+json": "jsonld", "application/n-triples": "nt"}[best]
    return None


def show(iri: str):
    """Render one node in the negotiated representation (its facts and picture, when slow to make, are kept for
    the store's current state: `KnowledgeGraph.kept`)."""
    kg = get_kg()
    fmt = _rdf_format()
    if fmt is not None:
        body = browse.describe(kg, iri, fmt)
        if not body.strip() or body.strip() in (b"[]", b"{}"):
            raise WebError(404, f"没有这个实体 No such entity: {iri}")
        resp = Response(body, content_type=f"{browse.RDF_FORMATS[fmt]}; charset=utf-8")
        resp.headers["Vary"] = "Accept"
        return resp
    page = int_arg(request.args.get("page"), 1, 1, 10**6)
    data = kg.kept(("entity", iri, page), lambda: browse.entity(kg, iri, page=page))
    if data is None:
        raise WebError(404, f"没有这个实体 No such entity: {iri}")
    if request.args.get("format") == "json":
        return jsonify(
            {k: v for k, v in data.items() if k != "properties"}
            | {"properties": [{"p": p["p"], "o": p["o"].value, "label": p["label"]} for p in data["properties"]]}
        )
    picture = kg.kept(("picture", iri), lambda: layout(browse.neighbourhood(kg, iri), data["label"]))
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
    if (
        rest.startswith("article/")
        and rest.count("/") == 1
        and request.args.get("format") is None
        and _rdf_format() is None
    ):
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
        raise WebError(
            400,
            "需要有效的 IRI Parameter 'iri' must be an absolute IRI (scheme:…, no spaces, "
            'control characters or <>"{}|\\^`)',
        )
    return show(iri)
