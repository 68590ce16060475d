"""Ask page and API against the question answerer; upload only with a token, CSRF on the form; escaping."""

from __future__ import annotations

import re
from typing import Any

import pytest
from kgqa.kg import browse


def _first_answered(kg: Any) -> tuple[str, dict[str, Any]]:
    for q in kg.qa().example_questions():
        a = kg.ask(q).to_json()
        if a["answers"]:
            return q, a
    pytest.fail("no example question of the templates gets an answer on the corpus graph")


def test_ask_page_shows_the_answers_of_kg_ask_with_sources(client: Any, corpus_kg: Any) -> None:
    q, expected = _first_answered(corpus_kg)
    r = client.get("/ask", query_string={"q": q})
    html = r.data.decode()
    assert r.status_code == 200
    labels = re.findall(r'class="answer-label"[^>]*>([^<]+)<', html)
    assert labels == [a["label"] for a in expected["answers"]][:100]
    first = expected["answers"][0]
    if first.get("iri"):
        assert f'href="{browse.local_path(first["iri"])}"' in html
    src = first["sources"][0]
    assert f'href="{browse.local_path(src["article"])}"' in html
    assert f"<mark>{first['label']}</mark>" in html or first["label"] not in src["sentence"]
    assert "Open in editor" in html and "/query?query=" in html


def test_api_ask_is_the_answer_json(client: Any, corpus_kg: Any) -> None:
    q, expected = _first_answered(corpus_kg)
    got = client.get("/api/ask", query_string={"q": q}).get_json()
    assert got["answers"] == expected["answers"] and got["template"] == expected["template"]


def test_no_answer_page_suggests_questions(client: Any) -> None:
    html = client.get("/ask", query_string={"q": "今天天气怎么样？"}).data.decode()
    assert "没有找到答案" in html
    assert re.search(r'class="chip example" href="/ask\?q=', html)


@pytest.mark.parametrize("q", ["<script>alert(1)</script>谁", '"}} DROP ALL', "😀" * 50, "{{7*7}}"])
def test_hostile_questions_are_escaped(client: Any, q: str) -> None:
    r = client.get("/ask", query_string={"q": q})
    assert r.status_code == 200
    assert "<script>alert" not in r.data.decode() and "49" not in re.findall(r'value="([^"]*)"', r.data.decode())


def test_template_picker_answers_like_the_free_text(client: Any, corpus_kg: Any) -> None:
    tpls = {t["id"]: t for t in corpus_kg.qa().templates()}
    assert tpls, "no templates"
    html = client.get("/ask").data.decode()
    for tid in tpls:
        assert f'data-id="{tid}"' in html
    a = corpus_kg.ask("陈向阳担任哪些职务？").to_json()
    assert a["answers"] and a["template"] in tpls, a  # the seed page names this person's posts
    slots = {k: v for k, v in (a.get("bindings") or {}).items()}
    via = corpus_kg.qa().answer_template(a["template"], slots).to_json()
    got = client.get("/ask", query_string={"template": a["template"], **{f"slot_{k}": v for k, v in slots.items()}})
    labels = re.findall(r'class="answer-label"[^>]*>([^<]+)<', got.data.decode())
    assert labels == [x["label"] for x in via["answers"]] and labels


def test_upload_routes_do_not_exist_without_a_token(client: Any) -> None:
    assert client.get("/upload").status_code == 404
    assert client.post("/upload", data={"text": "x"}).status_code == 404
    assert client.post("/api/upload", data="x", content_type="text/plain").status_code == 404
    assert "/upload" not in client.get("/").data.decode()


def _csrf(client: Any) -> str:
    html = client.get("/upload").data.decode()
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_upload_needs_token_and_csrf_then_ingests_and_shows_facts(
    make_app: Any, fresh_kg: Any, corpus_files: Any
) -> None:
    app = make_app(KG=fresh_kg, UPLOAD_TOKEN="s3cret")
    client = app.test_client()
    text = corpus_files[0].read_text(encoding="utf-8")
    token = _csrf(client)
    assert client.post("/upload", data={"text": text, "token": "wrong", "csrf_token": token}).status_code == 403
    assert client.post("/upload", data={"text": text, "token": "s3cret"}).status_code == 400  # no CSRF
    assert client.post("/upload", data={"text": text, "token": "s3cret", "csrf_token": "forged"}).status_code == 400
    assert fresh_kg.stats()["articles"] == 0
    r = client.post(
        "/upload", data={"text": text, "token": "s3cret", "csrf_token": token, "name": corpus_files[0].name}
    )
    assert r.status_code == 200
    html = r.data.decode()
    arts = browse.article_list(fresh_kg)
    assert len(arts) == fresh_kg.stats()["articles"] > 0
    for a in arts:
        assert f'href="{browse.local_path(a["iri"])}"' in html
    facts = [f for a in arts for f in browse.article(fresh_kg, a["iri"])["facts"]]
    assert facts and all(f'href="{browse.local_path(f["iri"])}"' in html for f in facts[:20])


def test_api_upload_with_bearer_token_and_bad_files(make_app: Any, fresh_kg: Any, corpus_files: Any) -> None:
    client = make_app(KG=fresh_kg, UPLOAD_TOKEN="s3cret").test_client()
    body = corpus_files[-1].read_bytes()
    assert client.post("/api/upload", data=body, content_type="text/plain").status_code == 403
    r = client.post("/api/upload", data=body, content_type="text/plain", headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.get_json()["ok"] is True
    assert r.get_json()["reports"][0]["articles"] == fresh_kg.stats()["articles"] > 0
    import io

    r = client.post(
        "/api/upload",
        headers={"Authorization": "Bearer s3cret"},
        content_type="multipart/form-data",
        data={"files": [(io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(100)), "x.txt"), (io.BytesIO(b"   "), "blank.txt")]},
    )
    reports = r.get_json()["reports"]
    assert [x["ok"] for x in reports] == [False, False] and "PNG" in reports[0]["error"]


HOSTILE = """<script>window.__pwned=1</script>本报讯 记者<img src=x onerror=alert(1)>报道：3月1日，长治市市长"><b>陈某某</b>调研。
市委书记‮李四‬会见了<a href="javascript:alert(1)">甲公司</a>董事长王五，双方签署战略合作协议。"""


def test_article_text_from_hostile_pages_is_escaped_everywhere(make_app: Any, fresh_kg: Any) -> None:
    fresh_kg.ingest_text(HOSTILE, "hostile.txt")
    client = make_app(KG=fresh_kg).test_client()
    urls = ["/", "/articles"] + [browse.local_path(a["iri"]) for a in browse.article_list(fresh_kg)]
    for e in browse.suggest_entities(fresh_kg, "王") + browse.suggest_entities(fresh_kg, "李"):
        urls.append(browse.local_path(e["iri"]))
    for url in urls:
        html = client.get(url).data.decode()
        assert "<script>window" not in html and "<img src=x" not in html and 'href="javascript:' not in html, url


def test_template_questions_run_in_the_query_pool(
    make_app: Any, corpus_kg: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kgqa.web.runner import QueryRunner

    q, expected = _first_answered(corpus_kg)
    pooled: list[str] = []
    real = QueryRunner.run_trusted

    def counting(self: QueryRunner, text: str, limits: Any) -> Any:
        pooled.append(text)
        return real(self, text, limits)

    monkeypatch.setattr(QueryRunner, "run_trusted", counting)
    corpus_kg.qa().pages.clear()  # an answer kept by an earlier request (slow to make) runs no query
    app = make_app()
    got = app.test_client().get("/api/ask", query_string={"q": q}).get_json()
    assert got["answers"] == expected["answers"]
    assert pooled and app.extensions["kgqa_runner"].pids()  # answered by a worker process
    assert corpus_kg.ask(q).to_json()["answers"] == expected["answers"]  # outside a request: the store itself


def test_a_template_question_over_the_time_limit_gets_503_json(make_app: Any, corpus_kg: Any) -> None:
    q, _ = _first_answered(corpus_kg)
    corpus_kg.qa().pages.clear()
    client = make_app(QUERY_TIME_LIMIT=0.000001).test_client()
    r = client.get("/api/ask", query_string={"q": q})
    assert r.status_code == 503
    assert r.get_json()["ok"] is False and "time limit" in r.get_json()["error"]
    assert client.get("/api/ask", query_string={"q": q}).status_code == 503  # still up, still bounded


def _most_answered(kg: Any) -> tuple[str, list[dict[str, Any]]]:
    """The example question with the most answers (at least three)."""
    got = max(((q, kg.ask(q).to_json()["answers"]) for q in kg.qa().example_questions()), key=lambda x: len(x[1]))
    assert len(got[1]) >= 3, "no example question of the corpus graph has three answers"
    return got


@pytest.mark.parametrize("limit", [1, 2])
def test_api_ask_gives_a_big_answer_a_page_at_a_time(client: Any, corpus_kg: Any, limit: int) -> None:
    """A page holds `limit` answers and says how many there are, how many follow and where the next page is;
    the pages followed to the end are the whole answer, in order."""
    q, expected = _most_answered(corpus_kg)
    got = client.get("/api/ask", query_string={"q": q, "limit": limit}).get_json()
    pages = [got]
    while got["page"]["next"] is not None:
        got = client.get(got["page"]["next_url"]).get_json()
        pages.append(got)
    assert [a for p in pages for a in p["answers"]] == expected
    assert [p["page"]["offset"] for p in pages] == list(range(0, len(expected), limit))
    assert all(p["page"]["total"] == len(expected) for p in pages)
    assert [p["page"]["rest"] for p in pages] == [
        max(0, len(expected) - o - limit) for o in range(0, len(expected), limit)
    ]
    whole = client.get("/api/ask", query_string={"q": q, "limit": len(expected)}).get_json()
    assert whole["answers"] == expected and "page" not in whole


def test_ask_page_links_the_next_page(client: Any, corpus_kg: Any) -> None:
    q, expected = _most_answered(corpus_kg)
    html = client.get("/ask", query_string={"q": q, "limit": 1}).data.decode()
    assert re.findall(r'class="answer-label"[^>]*>([^<]+)<', html) == [expected[0]["label"]]
    assert f"共 {len(expected)} 条" in html and re.search(r'rel="next" href="/ask\?[^"]*offset=1', html)
