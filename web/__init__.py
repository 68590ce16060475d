"""kgqa's web front end: a Flask app factory, blueprints per page, the graph reached through `kgqa.kg`.

    >>> app = create_app({"KG_LOCATION": "memory:", "TESTING": True})
    >>> app.test_client().get("/").status_code
    200

web/ never imports rdflib or pyoxigraph: it renders `Results` and the plain dicts of `kgqa.kg.browse`.
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask, current_app

from ..settings import SETTINGS


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app; `KG` (a KnowledgeGraph) or `KG_LOCATION` in the config says which graph to serve."""
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ.get("KGQA_SECRET_KEY") or secrets.token_hex(32),
        KG=None,
        KG_LOCATION=os.environ.get("KGQA_STORE"),
        UPLOAD_TOKEN=SETTINGS["upload_token"].default,
        QUERY_TIME_LIMIT=SETTINGS["query_time_limit"].default,
        MAX_ROWS=SETTINGS["max_rows"].default,
        MAX_QUERY_BYTES=SETTINGS["max_query_bytes"].default,
        MAX_QUERY_TERMS=SETTINGS["max_query_terms"].default,
        PAGE_SIZE=SETTINGS["page_size"].default,
        RATE_LIMIT_PER_MINUTE=SETTINGS["rate_limit_per_minute"].default,
        PAGE_RATE_LIMIT_PER_MINUTE=SETTINGS["page_rate_limit_per_minute"].default,
        MAX_CONTENT_LENGTH=SETTINGS["max_upload_bytes"].default,
        QUERY_WORKERS=SETTINGS["query_workers"].default,
        QUERY_MEMORY_MB=SETTINGS["query_memory_mb"].default,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        JSON_AS_ASCII=False,
    )
    if test_config:
        app.config.update(test_config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    init_app(app)
    return app


def init_app(app: Flask) -> None:
    """Attach the graph, the query runner, security hooks, error handlers and blueprints."""
    from . import errors, security
    from .runner import QueryRunner

    if app.config.get("KG") is None:
        from ..kg.graph import KnowledgeGraph
        from ..settings import default_store_location

        app.config["KG"] = KnowledgeGraph.open(app.config.get("KG_LOCATION") or str(default_store_location()))
    app.extensions["kgqa_runner"] = QueryRunner(
        app.config["KG"], int(app.config["QUERY_WORKERS"]), int(app.config["QUERY_MEMORY_MB"])
    )
    errors.init_app(app)
    security.init_app(app)
    from .views import register

    register(app)


def get_kg() -> Any:
    """The KnowledgeGraph this app serves."""
    return current_app.config["KG"]


def compile_templates(app: Flask) -> list[str]:
    """Compile every template of the app into its Jinja cache (a server before it listens: the first request of
    a page otherwise compiles its templates, ~0.2 s of the busiest entity page's first request under load). The
    pages rendered are the same; returns the names compiled."""
    names = app.jinja_env.list_templates()
    for name in names:
        app.jinja_env.get_template(name)
    return names
