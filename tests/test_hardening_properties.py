"""Issue 6 item 7: property-based tests. The extractors, the ingest path and the question parser never
raise on any text: mixed CJK, ASCII, punctuation, emoji, control and bidi characters, news words, and
real template questions cut up and mixed with noise. Example counts are moderate for CI time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from kgqa.extract import extract_page
from kgqa.kg.graph import KnowledgeGraph

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGES = sorted((SHARED / "corpus").glob("*.txt"))

# Words that steer the extractors and the question parser into their interesting paths.
NEWS_WORDS = [
    "本报讯",
    "记者",
    "报道",
    "市长",
    "副市长",
    "书记",
    "市委",
    "常委",
    "县长",
    "区委",
    "党工委",
    "开发区",
    "高新区",
    "管委会",
    "集团",
    "有限公司",
    "签约",
    "签署",
    "协议",
    "合作",
    "项目",
    "投资",
    "亿元",
    "万元",
    "美元",
    "元",
    "月",
    "日",
    "年",
    "今年",
    "昨天",
    "元旦",
    "出席",
    "主持",
    "调研",
    "会议",
    "召开",
    "考察",
    "开工",
    "仪式",
    "长治市",
    "山西省",
    "潞州区",
    "是谁",
    "哪些",
    "多少",
    "什么时候",
    "在哪里",
    "担任",
    "的",
    "和",
    "与",
    "同",
    "及",
    "《",
    "》",
    "“",
    "”",
    "（",
    "）",
    "：",
    "，",
    "。",
    "、",
    "；",
    "——",
    "……",
    "□",
    "##",
    "\n",
    "\n\n",
    " ",
    "\u3000",
]
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.characters(min_codepoint=0x3000, max_codepoint=0x303F) | st.characters(
    min_codepoint=0xFF00, max_codepoint=0xFFEF
)
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
CONTROL = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\x07",
        "\x08",
        "\x0b",
        "\x0c",
        "\r",
        "\x1b",
        "\x7f",
        "\x85",
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2028",
        "\u2029",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2069",
        "\ufeff",
        "\ufffd",
        "\U000e0001",
    ]
)
DIGITS = st.sampled_from(list("0123456789０１２３４５６７８９零一二三四五六七八九十百千万亿两〇.%"))
ANY = st.characters(blacklist_categories=["Cs"])
PIECE = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.text(CJK, min_size=1, max_size=6),
    PUNCT,
    ASCII,
    EMOJI,
    CONTROL,
    st.text(DIGITS, min_size=1, max_size=5),
    ANY,
)
TEXT = st.lists(PIECE, max_size=80).map("".join)
ISO_DATE = st.none() | st.dates().map(lambda d: d.isoformat())
LOCALE = st.none() | st.sampled_from(["长治市", "上海市", ""]) | st.text(max_size=5)

CI = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CI
@given(text=TEXT, locale=LOCALE, date=ISO_DATE)
def test_extract_page_never_raises(text: str, locale: str | None, date: str | None) -> None:
    """extract_page returns facts that serialise to JSON, whatever the text and hints."""
    facts = extract_page(text, locale=locale, date=date, source_name="fuzz.txt")
    json.dumps(facts.to_gold(), ensure_ascii=False)


@CI
@given(text=st.text(ANY, max_size=400))
def test_extract_page_never_raises_on_any_unicode(text: str) -> None:
    """Plain arbitrary Unicode (no surrogates) is handled too."""
    json.dumps(extract_page(text).to_gold(), ensure_ascii=False)


def _mangle(page: str, data: st.DataObject) -> str:
    """A real page with a few spans deleted and noise inserted (so extraction reaches its deep paths)."""
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(page)))
        j = data.draw(st.integers(i, min(len(page), i + 200)))
        page = page[:i] + data.draw(TEXT.filter(lambda s: len(s) < 40)) + page[j:]
    return page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_extract_page_never_raises_on_mangled_real_pages(data: st.DataObject) -> None:
    """Real pages from the shared corpus, cut and spliced with noise, still extract without error."""
    if not PAGES:
        pytest.skip(f"no shared corpus at {SHARED}")
    page = data.draw(st.sampled_from(PAGES)).read_text(encoding="utf-8")
    facts = extract_page(_mangle(page, data), source_name="mangled.txt")
    json.dumps(facts.to_gold(), ensure_ascii=False)


@pytest.fixture(scope="module")
def memory_kg() -> KnowledgeGraph:
    """An in-memory graph holding the shared corpus pages (so questions can link to real entities)."""
    kg = KnowledgeGraph.open("memory:")
    for page in PAGES:
        kg.ingest_text(page.read_text(encoding="utf-8"), page.name)
    return kg


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(text=TEXT)
def test_ingest_text_never_raises_and_reingest_is_idempotent(memory_kg: KnowledgeGraph, text: str) -> None:
    """Mapping and writing any extracted text works (quotes, control characters and all), and re-ingest is idempotent."""
    before = memory_kg.store.quad_count()
    report = memory_kg.ingest_text(text, "fuzz.txt")
    after = memory_kg.store.quad_count()
    assert after >= before
    again = memory_kg.ingest_text(text, "fuzz.txt")
    assert memory_kg.store.quad_count() == after and again.triples == report.triples


def _questions() -> list[str]:
    """Every template's example questions, read from the templates at run time."""
    from kgqa.kg.qa import load_templates

    return [q for t in load_templates().values() for q in t.examples]


def _cut(q: str, data: st.DataObject) -> str:
    """A question cut, spliced with noise, or doubled."""
    i = data.draw(st.integers(0, len(q)))
    j = data.draw(st.integers(i, len(q)))
    noise = data.draw(TEXT.filter(lambda s: len(s) < 30))
    return data.draw(st.sampled_from([q[:i] + noise + q[j:], q[i:j], noise + q, q + noise, q + q, q[::-1]]))


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_ask_never_raises(memory_kg: KnowledgeGraph, data: st.DataObject) -> None:
    """KnowledgeGraph.ask answers (maybe with a message) any question, and its JSON serialises."""
    questions = _questions()
    assert questions, "no template examples found"
    kind = data.draw(st.sampled_from(["example", "cut", "text", "unicode"]))
    if kind == "example":
        q = data.draw(st.sampled_from(questions))
    elif kind == "cut":
        q = _cut(data.draw(st.sampled_from(questions)), data)
    elif kind == "text":
        q = data.draw(TEXT)
    else:
        q = data.draw(st.text(ANY, max_size=200))
    answer = memory_kg.ask(q).to_json()
    json.dumps(answer, ensure_ascii=False)
    assert isinstance(answer["answers"], list)


@pytest.fixture(scope="module")
def answerer(memory_kg: KnowledgeGraph) -> object:
    """One question answerer over the corpus graph."""
    from kgqa.kg.qa import QuestionAnswerer

    return QuestionAnswerer(memory_kg)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=TEXT)
def test_suggest_never_raises(answerer: object, prefix: str) -> None:
    """Autocomplete on any prefix returns a list of labelled suggestions."""
    for item in answerer.suggest(prefix):  # type: ignore[attr-defined]
        assert isinstance(item["label"], str)


# ------------------------------------------------------------------ the read-only check cannot be nested around
NEST = [
    ("{ ", " }"),
    ("{ ?a ?b ?c OPTIONAL { ", " } }"),
    ("{ ?a ?b ?c MINUS { ", " } }"),
    ("{ GRAPH ?g { ", " } }"),
    ("{ ?a ?b ?c FILTER EXISTS { ", " } }"),
    ("{ ?a ?b ?c FILTER (NOT EXISTS { ", " }) }"),
    ("{ SELECT * WHERE { ", " } }"),
    ("{ { ?a ?b ?c } UNION { ", " } }"),
    ("{ BIND(EXISTS { ", " } AS ?z) }"),
]
SERVICES = [
    "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "SERVICE SILENT <https://example.org/q> { ?s ?p ?o }",
    "SERVICE ?endpoint { ?s ?p ?o }",
]


def _deep(fn: object, *args: object) -> object:
    """Call fn in a thread with a large stack and a raised recursion limit (so very deep queries parse)."""
    import sys
    import threading

    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = fn(*args)  # type: ignore[operator]
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size()
    sys.setrecursionlimit(20000)
    threading.stack_size(256 * 1024 * 1024)
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if "error" in out:
        raise out["error"]  # type: ignore[misc]
    return out["value"]


@settings(max_examples=40, deadline=None)
@given(
    layers=st.integers(1, 70).flatmap(lambda n: st.lists(st.sampled_from(NEST), min_size=n, max_size=n)),
    service=st.sampled_from(SERVICES),
)
@example(layers=[NEST[1]] * 60, service=SERVICES[0])
def test_service_is_refused_at_any_nesting_depth(layers: list[tuple[str, str]], service: str) -> None:
    """SERVICE wrapped in any stack of groups, OPTIONAL, MINUS, GRAPH, EXISTS, subqueries, UNION is refused,
    even where the parser can go deeper than usual (a raised recursion limit): the check fails closed."""
    from kgqa.kg.sparql import QueryRefused, check_read_only

    def query(inner: str) -> str:
        return "SELECT * WHERE " + "".join(o for o, _ in layers) + inner + "".join(c for _, c in reversed(layers))

    try:  # the same shape with a plain pattern is a valid query (or refused only for its depth)
        assert _deep(check_read_only, query("?s ?p ?o")) == "SELECT"
    except QueryRefused as exc:
        assert "nested too deeply" in str(exc), exc
    with pytest.raises(QueryRefused, match="SERVICE|nested too deeply"):
        _deep(check_read_only, query(service))


# ------------------------------------------------------------------ the check and the engine read the same query
SERVICE_PORT_9 = "SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c }"  # port 9: Oxigraph refuses at once, no traffic
DIFFERENTIALS = {  # read-only to rdflib's parser, a SERVICE to Oxigraph's (found by the search below)
    "ascii-escape-in-string": 'SELECT * WHERE { BIND("A\\u0022 != " AS ?x) '
    + SERVICE_PORT_9
    + ' BIND(" || ?z = \\u0022D" AS ?y) }',
    "ascii-escape-long-form": 'SELECT * WHERE { BIND("A\\U00000022 != " AS ?x) '
    + SERVICE_PORT_9
    + ' BIND(" || ?z = \\U00000022D" AS ?y) }',
    "lone-cr-ends-comment": "SELECT * WHERE { BIND(1 AS ?one) # note\r " + SERVICE_PORT_9 + " \n}",
}


def _engine_runs_service(query: str) -> bool:
    """Whether Oxigraph, given this text, tries to call the SERVICE (it fails fast on port 9)."""
    import pyoxigraph as ox

    try:
        list(ox.Store().query(query))
    except OSError as exc:
        return "port 9" in str(exc)
    except (SyntaxError, ValueError):
        return False
    return False


@pytest.mark.parametrize("name", list(DIFFERENTIALS))
def test_parser_differentials_are_refused(name: str) -> None:
    """Texts the two parsers read differently are refused, not run (Oxigraph would fetch the URL)."""
    from kgqa.kg.sparql import QueryRefused, check_read_only

    query = DIFFERENTIALS[name]
    assert _engine_runs_service(query), "the engine no longer reads this as a SERVICE: update the case"
    with pytest.raises(QueryRefused):
        check_read_only(query)


TRICKY = [
    '"',
    "'",
    '"""',
    "'''",
    "#",
    "\n",
    "\r",
    "\r\n",
    "\\",
    "<",
    ">",
    "\\u0022",
    "\\u0027",
    "\\u000A",
    "\\u000D",
    "\\u0023",
    "\\u003E",
    "\\U00000022",
    "\\u4E00",
    " ",
    "x",
    "?v",
    "(",
    ")",
    "{",
    "}",
    ".",
    '\\"',
    "\\'",
    "\t",
    "\u2028",
    "\x85",
    "^^",
    "@en",
    " != ",
    " || ?z = ",
    " AS ?x) ",
    "BIND(",
]


@settings(max_examples=300, deadline=None)
@given(
    before=st.lists(st.sampled_from(TRICKY), max_size=6).map("".join),
    after=st.lists(st.sampled_from(TRICKY), max_size=6).map("".join),
    opening=st.sampled_from(["BIND(1 AS ?one) ", 'BIND(1 AS ?one) BIND("', "BIND(1 AS ?one) FILTER(", ""]),
)
def test_a_query_the_check_accepts_never_makes_the_engine_call_out(before: str, after: str, opening: str) -> None:
    """Around a SERVICE, whatever quoting, escapes, comments and line ends: accepted means no SERVICE runs."""
    from kgqa.kg.sparql import QueryRefused, check_read_only

    query = "SELECT * WHERE { " + opening + before + " " + SERVICE_PORT_9 + " " + after + " }"
    try:
        check_read_only(query)
    except QueryRefused:
        return
    assert not _engine_runs_service(query), f"accepted, yet the engine calls the SERVICE: {query!r}"
