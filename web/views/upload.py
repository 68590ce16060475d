"""Upload: paste or send .txt pages to ingest; registered only when an upload token is configured."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, render_template, request

from ...kg import browse
from ...kg.ingest import InputError, decode_bytes
from .. import get_kg
from ..errors import WebError
from ..security import check_csrf, check_token, rate_limited

bp = Blueprint("upload", __name__)
MAX_FILES = 50


def _inputs() -> list[tuple[str, str]]:
    """(name, text) of everything sent: the pasted text, uploaded files, or a raw text/plain body."""
    items: list[tuple[str, str]] = []
    if request.mimetype == "text/plain":
        name = request.args.get("name", "upload.txt")[:200]
        try:
            items.append((name, decode_bytes(request.get_data(), name)))
        except InputError as exc:
            raise WebError(400, str(exc)) from None
        return items
    pasted = request.form.get("text", "")
    if pasted.strip():
        name = (request.form.get("name") or "pasted.txt")[:200]
        try:  # the same size limit and invisible-character removal as files
            items.append((name, decode_bytes(pasted.encode("utf-8", "surrogatepass"), name)))
        except InputError as exc:
            items.append((name, f"\x00error:{exc}"))
    files = [f for f in request.files.getlist("files") if f and f.filename]
    if len(files) > MAX_FILES:
        raise WebError(400, f"文件太多 At most {MAX_FILES} files per upload")
    for f in files:
        name = f.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]
        try:
            items.append((name, decode_bytes(f.read(), name)))
        except InputError as exc:
            items.append((name, f"\x00error:{exc}"))
    return items


def _ingest(items: list[tuple[str, str]]) -> list[dict[str, Any]]:
    kg = get_kg()
    reports = []
    for name, text in items:
        if text.startswith("\x00error:"):
            reports.append({"name": name, "ok": False, "error": text[7:]})
            continue
        if not text.strip():
            reports.append({"name": name, "ok": False, "error": "空文本 empty input"})
            continue
        try:
            rep = kg.ingest_text(text, name)
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the report of the others
            reports.append({"name": name, "ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        if rep.articles == 0:
            reports.append({"name": name, "ok": False, "error": "没有找到文章 no article found in the text"})
            continue
        reports.append(
            {
                "name": name,
                "ok": True,
                "articles": rep.articles,
                "facts": rep.facts,
                "triples": rep.triples,
                "seconds": round(rep.seconds, 3),
                "items": browse.articles_of_text(kg, text),
            }
        )
    return reports


@bp.route("/upload", methods=["GET", "POST"])
@rate_limited
def upload():
    """The form (GET) and the ingest of what it sends (POST: token and CSRF required)."""
    if request.method == "GET":
        return render_template("upload.html", reports=None)
    check_csrf()
    check_token(request.form.get("token"))
    items = _inputs()
    if not items:
        raise WebError(400, "没有内容 Nothing to ingest: paste text or choose .txt files")
    return render_template("upload.html", reports=_ingest(items))


@bp.post("/api/upload")
@rate_limited
def api_upload():
    """Ingest for scripts: `Authorization: Bearer TOKEN`, a text/plain body or multipart files."""
    auth = request.headers.get("Authorization", "")
    check_token(auth[7:].strip() if auth.lower().startswith("bearer ") else None)
    items = _inputs()
    if not items:
        raise WebError(400, "nothing to ingest")
    reports = _ingest(items)
    for r in reports:
        for item in r.get("items", []):
            item.pop("body", None)
    return jsonify({"ok": all(r["ok"] for r in reports), "reports": reports})
