"""Security hooks: response headers (CSP and friends), CSRF tokens for forms, per-client rate limits."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, current_app, request, session

from .errors import WebError

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; connect-src 'self'"
)


class RateLimiter:
    """A sliding one-minute window of request times per client key."""

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str, per_minute: int, now: float | None = None) -> bool:
        """Record one request for `key`; False when it is over `per_minute` in the last 60 s."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - 60:
                hits.popleft()
            if len(hits) >= per_minute:
                return False
            hits.append(now)
            if len(self._hits) > 10000:  # forget idle clients
                for k in [k for k, v in self._hits.items() if not v]:
                    del self._hits[k]
            return True


def client_key() -> str:
    """Who is asking: the peer address (kgqa serve listens on loopback unless told otherwise)."""
    return request.remote_addr or "-"


def rate_limited(view: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator for expensive routes: 429 with Retry-After when a client exceeds the per-minute limit."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        limit = int(current_app.config["RATE_LIMIT_PER_MINUTE"])
        if limit > 0 and not current_app.extensions["kgqa_limiter"].allow(client_key(), limit):
            raise WebError(429, f"请求过于频繁 Too many requests: at most {limit} per minute", {"Retry-After": "60"})
        return view(*args, **kwargs)

    return wrapper


def limit_pages() -> None:
    """Every page that reads the graph counts against the client's page budget (429 beyond it); static files,
    CORS preflights and unknown URLs do not. A rate limit of 0 turns both budgets off."""
    if request.endpoint in (None, "static") or request.method == "OPTIONS":
        return
    cfg = current_app.config
    limit = int(cfg.get("PAGE_RATE_LIMIT_PER_MINUTE", 0))
    if (
        limit > 0
        and int(cfg["RATE_LIMIT_PER_MINUTE"]) > 0
        and not current_app.extensions["kgqa_limiter"].allow("page " + client_key(), limit)
    ):
        raise WebError(429, f"请求过于频繁 Too many requests: at most {limit} pages per minute", {"Retry-After": "60"})


def csrf_token() -> str:
    """The form token of this browser session (created on first use)."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Refuse a form POST whose csrf_token field does not match the session's."""
    sent = request.form.get("csrf_token", "")
    have = session.get("csrf", "")
    if not have or not hmac.compare_digest(str(sent), str(have)):
        raise WebError(
            400, "表单已过期或来源无效 Form expired or not from this site (CSRF check failed); reload the page"
        )


def check_token(sent: str | None) -> None:
    """Refuse a write without the configured upload token."""
    token = current_app.config.get("UPLOAD_TOKEN")
    if not token or not sent or not hmac.compare_digest(sent.encode(), str(token).encode()):
        raise WebError(403, "令牌无效 Invalid or missing upload token")


def init_app(app: Flask) -> None:
    """Install the limiter, the CSRF template helper and the security headers."""
    app.extensions["kgqa_limiter"] = RateLimiter()
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.before_request(limit_pages)

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        resp.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.path.startswith("/sparql"):
            resp.headers.setdefault("Access-Control-Allow-Origin", "*")  # public read-only endpoint
            resp.headers.setdefault("Access-Control-Expose-Headers", "X-KGQA-Truncated, Retry-After")
            if request.method == "OPTIONS":  # CORS preflight
                resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
                resp.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
                resp.headers["Access-Control-Max-Age"] = "86400"
        return resp
