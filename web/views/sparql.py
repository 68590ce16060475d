"""SPARQL: the 1.1 Protocol endpoint `/sparql` and the editor page `/query` (query kept in the URL)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for

from ...kg.browse import RDF_FORMATS, serialize_triples, sparql_prologue
from ...kg.results import Results
from ...kg.store import Dataset
from .. import get_kg
from ..errors import WebError
from ..runner import Limits
from ..security import rate_limited
from . import int_arg, is_absolute_iri

bp = Blueprint("sparql", __name__)

TABLE_TYPES = {  # format name -> media type, for SELECT and ASK
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
FORMAT_ALIASES = {
    "json": "json",
    "srj": "json",
    "application/sparql-results+json": "json",
    "application/json": "json",
    "xml": "xml",
    "srx": "xml",
    "application/sparql-results+xml": "xml",
    "csv": "csv",
    "text/csv": "csv",
    "tsv": "tsv",
    "text/tab-separated-values": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "n3": "turtle",
    "text/turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "application/n-triples": "nt",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "application/ld+json": "jsonld",
    "rdf": "xml",
    "rdfxml": "xml",
    "rdf+xml": "xml",
    "application/rdf+xml": "xml",
}
EXTENSIONS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "ttl", "nt": "nt", "jsonld": "jsonld"}


FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE_REFUSED = "SPARQL Update is not allowed: this endpoint is read-only"


def _one(values: list[str], name: str) -> str | None:
    """The single value of a protocol parameter; two or more are a client error (SPARQL 1.1 Protocol 2.1)."""
    if len(values) > 1:
        raise WebError(400, f"参数重复 Parameter '{name}' given {len(values)} times; the protocol allows one")
    return values[0] if values else None


def _query_text() -> str:
    """The query of a protocol request: ?query=, a URL-encoded form field, or an application/sparql-query body."""
    if request.method == "POST":
        ctype = (request.mimetype or "").lower()
        charset = (request.mimetype_params.get("charset") or "utf-8").lower()
        if ctype == "application/sparql-update" or (ctype == FORM and "update" in request.form):
            raise WebError(400, UPDATE_REFUSED)
        if ctype not in (FORM, DIRECT):
            raise WebError(
                415,
                f"不支持的类型 Unsupported Content-Type {ctype or '(none)'!r}: send {FORM} or {DIRECT}",
                {"Accept-Post": f"{FORM}, {DIRECT}"},
            )
        if charset not in ("utf-8", "utf8"):
            raise WebError(415, f"不支持的编码 Unsupported charset {charset!r}: queries are UTF-8")
        if ctype == DIRECT:
            if "query" in request.args:
                raise WebError(400, "a query both in the body and in the URL")
            try:
                text: str | None = request.get_data().decode("utf-8")
            except UnicodeDecodeError:
                raise WebError(400, "查询不是 UTF-8 The query body is not valid UTF-8") from None
        else:
            if "query" in request.args:
                raise WebError(400, "a query both in the body and in the URL")
            text = _one(request.form.getlist("query"), "query")
    else:
        if "update" in request.args:
            raise WebError(400, UPDATE_REFUSED)
        text = _one(request.args.getlist("query"), "query")
    if not text or not text.strip():
        raise WebError(400, "缺少查询 Missing parameter 'query'")
    return text


def _dataset() -> Dataset | None:
    """The protocol's dataset (default-graph-uri / named-graph-uri, URL or form), or None when not given."""
    source = request.form if request.method == "POST" and request.mimetype == FORM else request.args
    default = request.args.getlist("default-graph-uri") + (
        source.getlist("default-graph-uri") if source is not request.args else []
    )
    named = request.args.getlist("named-graph-uri") + (
        source.getlist("named-graph-uri") if source is not request.args else []
    )
    if not default and not named:
        return None
    for iri in default + named:
        if not is_absolute_iri(iri):
            raise WebError(400, f"not an absolute IRI: {iri[:200]!r}")
    return Dataset(tuple(default), tuple(named))


def run_client_query(text: str, dataset: Dataset | None = None) -> Results:
    """Run a client's query read-only in a query worker, within the limits; relative IRIs resolve against
    the endpoint's URL."""
    cfg = current_app.config
    limits = Limits(
        float(cfg["QUERY_TIME_LIMIT"]), int(cfg["MAX_ROWS"]), int(cfg["MAX_QUERY_BYTES"]), int(cfg["MAX_QUERY_TERMS"])
    )
    base = request.host_url.rstrip("/") + url_for("sparql.endpoint")
    return current_app.extensions["kgqa_runner"].run(text, limits, base if is_absolute_iri(base) else None, dataset)


def _negotiate(kind: str) -> str:
    """The result format from ?format= (or output=) or the Accept header, given the result kind."""
    asked = (request.values.get("format") or request.values.get("output") or "").strip().lower()
    graph = kind == "graph"
    if asked:
        fmt = FORMAT_ALIASES.get(asked)
        if graph and fmt == "json":
            fmt = "jsonld"
        if fmt is None or (graph and fmt not in RDF_FORMATS) or (not graph and fmt not in TABLE_TYPES):
            raise WebError(400, f"unsupported format {asked!r} for this query")
        return fmt
    offers = (
        list(RDF_FORMATS.values()) + ["application/json", "text/plain"]
        if graph
        else list(TABLE_TYPES.values()) + ["application/json", "application/xml", "text/xml", "text/plain"]
    )
    best = request.accept_mimetypes.best_match(offers, default=offers[0])
    if graph:
        return {"application/json": "jsonld", "text/plain": "nt"}.get(best, FORMAT_ALIASES.get(best, "turtle"))
    return {"application/xml": "xml", "text/xml": "xml", "text/plain": "json"}.get(
        best, FORMAT_ALIASES.get(best, "json")
    )


def render_results(res: Results, fmt: str) -> tuple[bytes, str]:
    """Serialize results in a format; returns (body, media type)."""
    if res.kind == "graph":
        return serialize_triples(res, fmt), RDF_FORMATS[fmt]
    if fmt == "json":
        import json

        return json.dumps(res.to_json(), ensure_ascii=False).encode("utf-8"), TABLE_TYPES["json"]
    body = {"xml": res.to_xml, "csv": res.to_csv, "tsv": res.to_tsv}[fmt]()
    return body.encode("utf-8"), TABLE_TYPES[fmt]


@bp.route("/sparql", methods=["GET", "POST"])
@rate_limited
def endpoint() -> Response:
    """SPARQL 1.1 Protocol query endpoint (read-only)."""
    text = _query_text()
    res = run_client_query(text, _dataset())
    fmt = _negotiate(res.kind)
    body, media = render_results(res, fmt)
    resp = Response(body, content_type=f"{media}; charset=utf-8")
    resp.headers["Vary"] = "Accept"
    if res.truncated:
        resp.headers["X-KGQA-Truncated"] = "true"
    if request.values.get("download"):
        resp.headers["Content-Disposition"] = f'attachment; filename="kgqa-results.{EXTENSIONS[fmt]}"'
    return resp


EXAMPLE_QUERIES = [
    (
        "各类实体数量 Entities by class",
        """SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  GRAPH ?g { ?a schema:mentions ?x } ?x a ?class
} GROUP BY ?class ORDER BY DESC(?n)""",
    ),
    (
        "人物与职务 Persons and posts",
        """SELECT ?person ?name ?title ?org ?orgName WHERE {
  GRAPH ?g { ?post org:heldBy ?person ; kgqa:title ?title . OPTIONAL { ?post org:postIn ?org } }
  ?person rdfs:label ?name . OPTIONAL { ?org rdfs:label ?orgName }
} ORDER BY ?name LIMIT 100""",
    ),
    (
        "协议 Agreements",
        """SELECT ?agreement ?kind ?party ?date WHERE {
  GRAPH ?g { ?agreement a kgqa:Agreement ; kgqa:agreementKind ?kind ; kgqa:party ?p .
             OPTIONAL { ?agreement kgqa:signedOn ?date } }
  ?p rdfs:label ?party
} ORDER BY ?date""",
    ),
    (
        "文章 Articles",
        """SELECT ?article ?title ?date WHERE {
  GRAPH ?g { ?article a schema:NewsArticle ; rdfs:label ?title . OPTIONAL { ?article kgqa:newsDate ?date } }
} ORDER BY DESC(?date) LIMIT 50""",
    ),
    (
        "开发区与产业 Zones (CONSTRUCT)",
        """CONSTRUCT { ?zone kgqa:industry ?industry . ?industry rdfs:label ?name }
WHERE { ?zone kgqa:industry ?industry . ?industry rdfs:label ?name }""",
    ),
]


def _examples() -> list[dict[str, str]]:
    out = [{"title": t, "query": sparql_prologue() + q} for t, q in EXAMPLE_QUERIES]
    for t in get_kg().qa().templates():
        text = t["sparql"] if "PREFIX" in t["sparql"].upper() else sparql_prologue() + t["sparql"]
        out.append({"title": f"模板 Template: {t['title']}", "query": text})
    return out


@bp.get("/query")
@rate_limited
def editor() -> str:
    """The editor; with ?query= it runs the query and shows one page of results."""
    text = request.args.get("query", "")
    page = int_arg(request.args.get("page"), 1, 1, 100000)
    size = int(current_app.config["PAGE_SIZE"])
    res: Results | None = None
    error: str | None = None
    status = 200
    turtle = None
    if text.strip():
        try:
            res = run_client_query(text)
            if res.kind == "graph":
                turtle = serialize_triples(res, "turtle").decode("utf-8")
        except WebError as exc:
            error, status = exc.message, exc.status
    rows: list[Any] = []
    pages = 1
    if res is not None and res.kind != "ask":
        vars_, all_rows = res.table()
        pages = max(1, -(-len(all_rows) // size))
        page = min(page, pages)
        rows = all_rows[(page - 1) * size : page * size]
    return render_template(
        "sparql.html",
        query=text or sparql_prologue() + EXAMPLE_QUERIES[0][1],
        ran=bool(text.strip()),
        res=res,
        rows=rows,
        vars=res.table()[0] if res is not None and res.kind != "ask" else [],
        page=page,
        pages=pages,
        error=error,
        turtle=turtle,
        examples=_examples(),
        total=len(res) if res is not None else 0,
    ), status
