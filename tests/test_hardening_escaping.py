"""Issue 6 item 3, checked independently of the web's own tests: a hostile-article corpus (script tags,
event attributes, javascript: links, quotes, template syntax, Unicode bidi and zero-width characters in
names, very long names) is ingested with `kgqa ingest`, served with `kgqa serve`, and every page reached
from it is opened in headless Chromium. On no page does injected script run or injected markup become
an element, no page scrolls sideways (at desktop and phone width), and no name's bidi override reorders
text outside the name.

Every payload element carries class "pwn" and every payload script sets window.__pwned, so a single
slip in escaping anywhere shows up as a found element, a set flag or a dialog.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from test_hardening_load import KGQA, serving  # the same `kgqa serve` runner as the load test

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = os.environ.get("KGQA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
RLO, PDF, LRI, PDI, ZWSP, ZWJ, ZWNJ, BOM = (
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u200b",
    "\u200d",
    "\u200c",
    "\ufeff",
)
LONG_CJK = "长治" + "超长名称测试" * 60 + "有限公司"
LONG_ASCII = "Zhangzhi" + "X" * 400 + "有限公司"
TEMPLATE = "{{ 7*1913 }}{{ 'EVAL' ~ 'UATED' }}${7*1913}"  # 13391 or EVALUATED on a page: it was evaluated

HOSTILE_PAGES = {
    "h1.txt": f"""<script class="pwn">window.__pwned=1</script>长治市召开"><img class="pwn" src=x onerror="window.__pwned=2">项目推进会

本报讯 记者张<b class="pwn">三</b>报道：3月1日，长治市市长王{RLO}五六主持召开项目推进会。市委书记李{ZWSP}四{ZWJ}出席会议。
长治<svg class="pwn" onload="window.__pwned=3">甲</svg>有限公司与长治市人民政府签署战略合作协议，总投资10亿元。
详情见<a class="pwn" href="javascript:window.__pwned=4">javascript:window.__pwned=4</a>。{TEMPLATE}
""",
    "h2.txt": f"""'"--></textarea></title></style></script><iframe class="pwn" srcdoc="<script>parent.__pwned=5</script>"></iframe>市领导调研开发区

本报讯 记者李{ZWNJ}华报道：3月2日，副市长赵{LRI}六{PDI}到长治高新区调研。{LONG_CJK}与长治高新区管委会签署投资协议，计划投资5亿元。
{LONG_ASCII}与长治市人民政府签署合作协议。市长{RLO}王小明出席签约仪式。
<style class="pwn">body{{display:none}}</style><object class="pwn" data="javascript:window.__pwned=6"></object>
""",
    "h3.txt": f"""{BOM}长治市举行签约仪式{RLO}

本报讯 记者 <input class="pwn" autofocus onfocus="window.__pwned=7"> 报道：3月3日，长治市举行重点项目集中签约仪式。
市委常委、常务副市长"刘{RLO}七"主持仪式，山西<math class="pwn"><mi>鹏</mi></math>集团有限公司董事长周八出席。
共签约项目12个，总投资86亿元。https://example.com/{"a" * 300}?x="><img class=pwn src=x onerror=window.__pwned=8>
""",
}
QUESTIONS = [
    '<img class="pwn" src=x onerror="window.__pwned=9">是谁？',
    '"><script>window.__pwned=10</script>长治市市长是谁？',
    f"长治市市长{RLO}是谁？",
    f"王{RLO}五六担任哪些职务？",
    TEMPLATE + "长治市人民政府与哪家企业签署了战略合作协议？",
    "长治" + "市" * 500 + "是谁？",
]
SPARQL = [
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?label WHERE { ?x rdfs:label ?label } LIMIT 500",
    'SELECT ?x WHERE { BIND("<img class=\\"pwn\\" src=x onerror=\\"window.__pwned=11\\">" AS ?x) }',
    '# </textarea><img class="pwn" src=x onerror="window.__pwned=12">\nSELECT * WHERE { ?s ?p ?o } LIMIT 5',
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x rdfs:label ?l }",
]

PROBE = """() => {
  const found = [];
  const pwn = document.querySelectorAll('.pwn, [onerror], [onload], [onfocus], iframe[srcdoc], object, embed');
  pwn.forEach((e) => found.push('element: ' + e.outerHTML.slice(0, 120)));
  document.querySelectorAll('a[href]').forEach((a) => {
    if (/^\\s*javascript:/i.test(a.getAttribute('href'))) found.push('javascript link: ' + a.outerHTML.slice(0, 120));
  });
  if (window.__pwned !== undefined) found.push('script ran: __pwned=' + window.__pwned);
  const text = document.body ? document.body.innerText : '';
  if (text.includes('13391') || text.includes('EVALUATED')) found.push('template syntax was evaluated');
  if (!document.body || getComputedStyle(document.body).display === 'none') found.push('injected style hid the page');
  return found;
}"""

OVERFLOW = """() => {
  const w = document.documentElement.clientWidth;
  const sw = document.documentElement.scrollWidth;
  if (sw <= w + 2) return null;
  let widest = null;
  document.querySelectorAll('body *').forEach((e) => {
    const r = e.getBoundingClientRect();
    if (r.right > w + 2 && (!widest || r.width > widest.w)) widest = {w: r.width, tag: e.tagName, text: (e.innerText || '').slice(0, 60)};
  });
  return {viewport: w, scrollWidth: sw, widest};
}"""

BIDI = """() => {
  const opens = /[\\u202A\\u202B\\u202D\\u202E\\u2066\\u2067\\u2068]/g, closes = /[\\u202C\\u2069]/g;
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    const o = (n.data.match(opens) || []).length, c = (n.data.match(closes) || []).length;
    if (o <= c) continue;
    let el = n.parentElement, block = null, isolated = false;
    if (!el || ['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE'].includes(el.tagName)) continue;
    while (el) {
      const cs = getComputedStyle(el);
      if (!cs.display.startsWith('inline')) { block = el; break; }   // the paragraph (blocks isolate themselves)
      if (el.tagName === 'BDI' || /isolate|plaintext/.test(cs.unicodeBidi)) { isolated = true; break; }
      el = el.parentElement;
    }
    if (isolated || !block) continue;
    const range = document.createRange();
    range.setStartAfter(n);
    range.setEnd(block, block.childNodes.length);
    const after = range.toString().trim();
    if (after) bad.push(block.tagName + ': "' + n.data.slice(0, 30) + '" reorders "' + after.slice(0, 40) + '"');
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hostile corpus ingested with the CLI and served by `kgqa serve` on loopback."""
    import subprocess

    base = tmp_path_factory.mktemp("hostile")
    pages = base / "pages"
    pages.mkdir()
    for name, text in HOSTILE_PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    res = subprocess.run(
        [*KGQA, "--store", str(base / "store"), "ingest", str(pages)], capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    with serving(base / "store", "--rate-limit", "0") as (url, _):
        yield url


class BrowserThread:
    """Headless Chromium driven from a thread of its own: playwright's sync API refuses to start where
    another sync session (such as tests/browser's, which lives for the whole pytest session) runs."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[tuple[Callable[[Any], Any], Future[Any]] | None] = queue.Queue()
        self.ready: Future[None] = Future()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.ready.result(timeout=120)

    def _run(self) -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as p:
                b = p.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
                )
                self.ready.set_result(None)
                while (job := self.jobs.get()) is not None:
                    fn, fut = job
                    try:
                        fut.set_result(fn(b))
                    except BaseException as exc:  # handed to the test thread, re-raised there
                        fut.set_exception(exc)
                b.close()
        except BaseException as exc:
            if not self.ready.done():
                self.ready.set_exception(exc)

    def run(self, fn: Callable[[Any], Any], timeout: float = 600) -> Any:
        """Call fn(browser) in the browser's thread and return its result (or raise its error)."""
        fut: Future[Any] = Future()
        self.jobs.put((fn, fut))
        return fut.result(timeout=timeout)

    def close(self) -> None:
        """Close the browser and end the thread."""
        self.jobs.put(None)
        self.thread.join(timeout=60)


@pytest.fixture(scope="module")
def browser() -> Iterator[BrowserThread]:
    """Headless Chromium (Debian package) through playwright, in its own thread."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    bt = BrowserThread()
    yield bt
    bt.close()


def fetch(url: str, accept: str) -> tuple[int, bytes, str]:
    """GET with an Accept header: status, body and content type."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


MARKERS = {  # hostile content that must reach some page as text (else the crawl proves nothing)
    "escaped markup": 'class="pwn"',
    "long CJK name": "超长名称测试" * 10,
    "long ASCII name": "X" * 100,
}
STRIPPED = {"bidi override": RLO, "zero-width": ZWSP, "zero-width joiner": ZWJ}  # never shown from articles
SEEN = """(markers) => Object.entries(markers).filter(([k, v]) => (document.body.textContent || '').includes(v))
                                      .map(([k, v]) => k)"""


class Visitor:
    """One browser tab that records dialogs and script errors and checks each page it opens."""

    def __init__(self, browser: Any, width: int) -> None:
        self.ctx = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
        self.page = self.ctx.new_page()
        self.events: list[str] = []
        self.page.on("dialog", lambda d: (self.events.append("dialog: " + d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.events.append("page error: " + str(e)))
        self.problems: dict[str, list[str]] = {}
        self.seen: set[str] = set()

    def check(self, url: str, label: str | None = None) -> None:
        """Open `url`, wait for it to settle, and record what went wrong on it."""
        self.events.clear()
        resp = self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(150)
        self.record(label or url, resp.status if resp else 0)

    def record(self, label: str, status: int = 200) -> None:
        """Collect injection, overflow and bidi findings for the page now shown."""
        found = list(self.events) + self.page.evaluate(PROBE)
        self.seen.update(self.page.evaluate(SEEN, {**MARKERS, **STRIPPED}))
        if status >= 500:
            found.append(f"HTTP {status}")
        overflow = self.page.evaluate(OVERFLOW)
        if overflow:
            found.append(f"page scrolls sideways: {overflow}")
        found += ["bidi: " + b for b in self.page.evaluate(BIDI)]
        if found:
            self.problems[label] = found

    def links(self) -> list[str]:
        """Same-site paths linked from the page now shown."""
        hrefs = self.page.eval_on_selector_all(
            "a[href]", "as => as.map(a => new URL(a.getAttribute('href'), location.href).href)"
        )
        here = urlsplit(self.page.url)
        return [h for h in hrefs if urlsplit(h).netloc == here.netloc]

    def close(self) -> None:
        """Close the tab's context."""
        self.ctx.close()


def crawl(visitor: Visitor, site: str, limit: int = 80) -> list[str]:
    """Visit /, /articles and every page linked from them and from article pages (entities), up to `limit`."""
    seen: list[str] = []
    queue = [site + "/", site + "/articles"]
    while queue and len(seen) < limit:
        url = queue.pop(0).split("#")[0]
        path = urlsplit(url).path
        if url in seen or path.startswith(("/dump.", "/static/", "/sparql")) or "format=" in urlsplit(url).query:
            continue
        seen.append(url)
        visitor.check(url)
        if path in ("/", "/articles") or path.startswith("/id/"):
            queue += [u for u in visitor.links() if u not in seen]
    return seen


@pytest.mark.parametrize("width", [1200, 390])
def test_hostile_corpus_pages(site: str, browser: BrowserThread, width: int) -> None:
    """Every page of the hostile corpus: no script runs, no markup injected, no sideways scroll, bidi contained."""

    def visit(b: Any) -> tuple[list[str], dict[str, list[str]], set[str]]:
        visitor = Visitor(b, width)
        try:
            return crawl(visitor, site), visitor.problems, visitor.seen
        finally:
            visitor.close()

    visited, problems, seen = browser.run(visit)
    entity_pages = [u for u in visited if "/id/" in u]
    assert len(entity_pages) >= 5, f"the crawl reached too few entity/article pages: {visited}"
    print(f"\n{width}px: {len(visited)} pages checked; hostile content seen: {sorted(seen)}")
    assert seen >= set(MARKERS), f"hostile content never shown: {set(MARKERS) - seen}"
    assert not seen & set(STRIPPED), "bidi/zero-width characters from articles reached a page"
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_hostile_questions_and_queries(site: str, browser: BrowserThread) -> None:
    """Hostile questions on the ask page and API, hostile SPARQL (results, echoed query, Turtle), autocomplete."""
    for text in SPARQL:
        for accept in ("text/html", "*/*"):  # the endpoint never answers a browser with HTML
            status, body, ctype = fetch(f"{site}/sparql?query={quote(text)}", accept)
            assert status == 200 and "html" not in ctype, (text, accept, status, ctype)

    def visit(b: Any) -> dict[str, list[str]]:
        visitor = Visitor(b, 1200)
        try:
            for q in QUESTIONS:
                visitor.check(f"{site}/ask?q={quote(q)}", f"ask {q[:30]!r}")
                visitor.check(f"{site}/api/ask?q={quote(q)}", f"api ask {q[:30]!r}")
            for text in SPARQL:
                visitor.check(f"{site}/query?query={quote(text)}", f"editor {text[:40]!r}")
            visitor.check(f"{site}/ask", "ask page (autocomplete)")
            box = visitor.page.locator("input[data-suggest]").first
            if box.count():
                for prefix in ("长治", "王", "<img", "Zhangzhi"):
                    box.fill(prefix)
                    visitor.page.wait_for_timeout(400)
                    visitor.record(f"autocomplete {prefix!r}")
            return visitor.problems
        finally:
            visitor.close()

    problems = browser.run(visit)
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
