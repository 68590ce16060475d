"""One error type and one handler: an HTML page with the reason, or {"ok": false, "error", "status"} JSON."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException


class WebError(Exception):
    """An error to show to the client with an HTTP status and a reason in plain words."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def wants_json() -> bool:
    """True when the client asked for JSON (API paths, ?format=json, or an Accept header preferring it)."""
    if request.path.startswith(("/api/", "/sparql")):
        return True
    if request.args.get("format") == "json":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return (
        best == "application/json"
        and request.accept_mimetypes["application/json"] > request.accept_mimetypes["text/html"]
    )


def _respond(status: int, message: str, headers: dict[str, str] | None = None):
    if wants_json():
        resp = jsonify({"ok": False, "error": message, "status": status})
    else:
        resp = render_template("error.html", status=status, message=message)
    return resp, status, headers or {}


def init_app(app: Flask) -> None:
    """Register the single handler for WebError, HTTP errors and anything unexpected."""

    @app.errorhandler(WebError)
    def _web_error(exc: WebError):
        return _respond(exc.status, exc.message, exc.headers)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        messages = {
            404: "页面不存在 Not found",
            405: "不支持的请求方法 Method not allowed",
            413: "请求太大 Request too large",
            400: "请求无效 Bad request",
        }
        allow = getattr(exc, "valid_methods", None)  # a 405 says which methods the URL takes
        return _respond(
            exc.code or 500,
            messages.get(exc.code or 500, exc.description or exc.name),
            {"Allow": ", ".join(allow)} if allow else None,
        )

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        app.logger.exception("unexpected error")
        return _respond(500, f"服务器内部错误 Internal error: {type(exc).__name__}")
