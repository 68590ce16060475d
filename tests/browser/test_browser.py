"""The web UI in headless Chromium (Debian `chromium`, driven by playwright): the issue's user stories.

Each test saves a screenshot to tests/screenshots/; with KGQA_UPDATE_SCREENSHOT=1 the ask page's is also copied
to docs/screenshot.png (the README's picture), so that a test run leaves the checkout as it was.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "tests" / "screenshots"
CHROMIUM = os.environ.get("KGQA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "browser-test-token"

if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_files: list[Path]) -> Iterator[dict[str, Any]]:
    """The app over a graph of all corpus pages but the last (uploaded by a test), served by waitress."""
    from kgqa.kg.graph import KnowledgeGraph
    from kgqa.web import create_app
    from waitress.server import create_server

    kg = KnowledgeGraph.open("memory:")
    for path in corpus_files[:-1] if len(corpus_files) > 1 else corpus_files:
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    app = create_app({"KG": kg, "UPLOAD_TOKEN": TOKEN})
    port = _free_port()
    srv = create_server(app, host="127.0.0.1", port=port, threads=4)
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    yield {"url": f"http://127.0.0.1:{port}", "kg": kg, "upload": corpus_files[-1]}
    srv.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (playwright gives it a fresh temporary profile)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records script errors and dialogs (a dialog means injected script ran)."""
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True, locale="zh-CN")
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    yield pg
    assert not pg.errors, pg.errors
    ctx.close()


def shot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under tests/screenshots/."""
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _answered_question(kg: Any) -> tuple[str, dict[str, Any]]:
    for q in kg.qa().example_questions():
        a = kg.ask(q).to_json()
        if a["answers"] and a["answers"][0].get("sources"):
            return q, a
    pytest.fail("no example question gets an answer with a source")


def test_home_page(server: dict[str, Any], page: Any) -> None:
    page.goto(server["url"] + "/")
    stats = server["kg"].stats()
    assert page.locator('[data-stat="articles"]').inner_text() == str(stats["articles"])
    assert page.locator("a.example").count() > 0
    shot(page, "home")


def test_ask_free_text_shows_answer_with_source(server: dict[str, Any], page: Any) -> None:
    q, expected = _answered_question(server["kg"])
    page.goto(server["url"] + "/ask")
    box = page.locator("#q")
    box.type(q[:2], delay=30)
    page.wait_for_selector("#q-suggestions li", timeout=5000)  # suggestions as you type
    box.fill(q)
    box.press("Enter")
    page.wait_for_selector(".card")
    assert "/ask?q=" in page.url
    labels = page.locator(".answer-label").all_inner_texts()
    assert labels == [a["label"] for a in expected["answers"]]
    first = page.locator(".card").first
    src = expected["answers"][0]["sources"][0]
    assert src["sentence"] in first.locator(".source p").first.inner_text()
    assert first.locator(".source cite a").first.get_attribute("href").startswith("/id/article/")
    page.locator("details.generated summary").click()
    assert "SELECT" in page.locator(".sparql-src").inner_text()
    shot(page, "ask")
    if os.environ.get("KGQA_UPDATE_SCREENSHOT") == "1":
        shutil.copy(SHOTS / "ask.png", ROOT / "docs" / "screenshot.png")
    page.locator("text=Open in editor").click()
    page.wait_for_selector("#results")
    assert page.locator("table.rows tbody tr").count() >= 1
    page.go_back()
    page.wait_for_selector(".card")


def test_fill_a_template(server: dict[str, Any], page: Any) -> None:
    kg = server["kg"]
    from kgqa.kg import browse

    tpl = next((t for t in kg.qa().templates() if [s["type"] for s in t["slots"]] == ["person"]), None)
    assert tpl, "no template with one person slot"
    res = kg.query("""PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?post org:heldBy ?p } } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")
    person = browse.entity(kg, res.rows[0]["p"].value)["label"]
    expected = kg.qa().answer_template(tpl["id"], {tpl["slots"][0]["name"]: person}).to_json()
    page.goto(server["url"] + "/ask")
    page.locator("details.templates summary").click()
    page.select_option("#tpl-pick", tpl["id"])
    form = page.locator(f'form.tpl[data-id="{tpl["id"]}"]')
    inp = form.locator("input[data-complete]").first
    inp.type(person[:2], delay=40)  # slot autocomplete from the graph
    form.locator(".suggestions li", has_text=person).first.click()
    assert inp.input_value() == person
    form.locator("button").click()
    page.wait_for_selector("#answer")
    assert "template=" in page.url
    shot(page, "template")
    got = page.locator(".answer-label").all_inner_texts()
    assert got == [a["label"] for a in expected["answers"]]
    assert got, page.locator("#answer").inner_text()


def test_sparql_editor_run_and_download_csv(server: dict[str, Any], page: Any) -> None:
    query = (
        "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
    )
    page.goto(server["url"] + "/query")
    page.fill("#query", query)
    assert page.locator("#hl .tok-kw").count() > 3  # highlighted
    page.locator("#query").press("Control+Enter")
    page.wait_for_selector("#results")
    assert "query=" in page.url
    expected = server["kg"].query(query)
    first_cell = page.locator("table.rows tbody tr").first.locator("td").first.locator("a")
    assert first_cell.get_attribute("href").startswith("/id/person/")
    shot(page, "sparql")
    with page.expect_download() as dl:
        page.locator("#dl-csv").click()
    rows = list(csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["p", "name"] and [r[1] for r in rows[1:]] == [r["name"].value for r in expected.rows]


def test_entity_page_has_its_picture(server: dict[str, Any], page: Any) -> None:
    kg = server["kg"]
    res = kg.query("""PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?post org:heldBy ?p ; org:postIn ?o } } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")
    from kgqa.kg import browse

    iri = res.rows[0]["p"].value
    page.goto(server["url"] + browse.local_path(iri))
    svg = page.locator("svg.neighbourhood")
    box = svg.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100
    n = len(browse.neighbourhood(kg, iri)["nodes"])
    assert n > 0 and svg.locator("a").count() == n
    assert browse.entity(kg, iri)["label"] in page.locator("h1").inner_text()
    shot(page, "entity")
    svg.locator("a").first.click()
    page.wait_for_load_state()
    assert "/id/" in page.url


def test_article_page(server: dict[str, Any], page: Any) -> None:
    from kgqa.kg import browse

    best = max(browse.article_list(server["kg"]), key=lambda a: a["mentions"])
    page.goto(server["url"] + "/articles")
    page.locator(f'a[href="{browse.local_path(best["iri"])}"]').first.click()
    page.wait_for_selector(".news .body")
    assert page.locator(".news a.ent").count() > 0
    shot(page, "article")


def test_download_turtle_dump_and_parse_it(server: dict[str, Any], page: Any) -> None:
    from rdflib import Graph

    page.goto(server["url"] + "/articles")
    with page.expect_download() as dl:
        page.locator('footer a[href="/dump.ttl"]').click()
    assert dl.value.suggested_filename == "kgqa.ttl"
    g = Graph().parse(dl.value.path(), format="turtle")
    assert len(g) == server["kg"].stats()["triples"]


def test_upload_with_token_then_find_its_facts(server: dict[str, Any], page: Any) -> None:
    from kgqa.kg import browse

    path = server["upload"]
    page.goto(server["url"] + "/upload")
    page.fill('input[name="token"]', TOKEN)
    page.set_input_files('input[name="files"]', str(path))
    page.locator("#upload-form button").click()
    page.wait_for_selector("#reports")
    shot(page, "upload")
    arts = browse.articles_of_text(server["kg"], path.read_text(encoding="utf-8"))
    assert arts and page.locator(".report.ok").count() == 1
    facts = [f for a in arts for f in a["facts"]]
    assert facts
    page.locator(f'#reports a[href="{browse.local_path(facts[0]["iri"])}"]').first.click()
    page.wait_for_load_state()
    assert page.locator("h1").count() == 1 and "/id/article/" in page.url


def test_phone_width_has_no_horizontal_scroll(server: dict[str, Any], browser: Any) -> None:
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = ctx.new_page()
    for url in ("/", "/ask?q=" + "长治市市长是谁？", "/articles"):
        pg.goto(server["url"] + url)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), url
    pg.screenshot(path=str(SHOTS / "phone.png"), full_page=True)
    ctx.close()
