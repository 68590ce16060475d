"""`kgqa ingest --jobs N` (issue 13 item 2): extraction in worker processes, one writer, input order kept.

The store, the error lines, the summary and the exit code must be those of `--jobs 1`; Ctrl-C stops the
writer and its workers cleanly. Pages: the project's made-up samples, plus a few ../shared pages when present.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_qa_incremental import examples_without_deadline  # noqa: F401 - a fixture used here too

from kgqa.samples import sample_files

SHARED = Path(__file__).resolve().parents[2] / "shared"
KGQA = [sys.executable, "-m", "kgqa.cli"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def kgqa(store: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the kgqa CLI on `store` to completion."""
    return subprocess.run([*KGQA, "--store", str(store), *args], capture_output=True, text=True, timeout=timeout)


def sorted_quads(store: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines."""
    res = kgqa(store, "dump", "--format", "nquads")
    assert res.returncode == 0, res.stderr
    return sorted(res.stdout.splitlines())


def summary(out: str) -> str:
    """The summary line without its timing."""
    return re.sub(r" in \d+\.\d s", " in _ s", out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of pages in name order: the samples, up to 4 real pages, and bad files among them."""
    root = tmp_path_factory.mktemp("pages")
    real = sorted((SHARED / "dev" / "corpus").glob("*.txt"))[:4]
    for i, path in enumerate([*sample_files(), *real]):
        (root / f"p{i:02d}.txt").write_bytes(path.read_bytes())
    (root / "p03a-empty.txt").write_bytes(b"")
    (root / "p05a-image.txt").write_bytes(PNG)
    (root / "p06a-nothing.txt").write_text("\n\n   \n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def serial(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The `--jobs 1` run: its process result and its store's quads."""
    store = tmp_path_factory.mktemp("serial") / "s"
    res = kgqa(store, "ingest", "--jobs", "1", str(pages))
    return res, sorted_quads(store)


@pytest.mark.parametrize("jobs", [pytest.param("2", id="two-workers"), pytest.param("0", id="one-per-cpu")])
def test_parallel_ingest_matches_serial(
    pages: Path, serial: tuple[subprocess.CompletedProcess[str], list[str]], tmp_path: Path, jobs: str
) -> None:
    """Same quads, same error lines in the same order, same summary and exit code as --jobs 1."""
    want, want_quads = serial
    assert want.returncode == 0 and want.stderr.count("kgqa: skipped") == 3, want.stderr
    res = kgqa(tmp_path / "s", "ingest", "--jobs", jobs, str(pages))
    assert res.returncode == want.returncode
    assert res.stderr == want.stderr
    assert summary(res.stdout) == summary(want.stdout)
    quads = sorted_quads(tmp_path / "s")
    assert len(quads) > 100 and quads == want_quads


def test_parallel_ingest_of_only_bad_files_fails(tmp_path: Path) -> None:
    """Nothing ingested: exit 1 and one error line per file, as with --jobs 1."""
    bad = tmp_path / "bad.png.txt"
    bad.write_bytes(PNG)
    res = kgqa(tmp_path / "s", "ingest", "--jobs", "2", str(bad), str(tmp_path / "missing.txt"))
    assert res.returncode == 1
    assert res.stderr.splitlines() == [
        f"kgqa: skipped {bad}: binary file (a PNG image), not text",
        f"kgqa: skipped {tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_negative_jobs_is_a_usage_error(tmp_path: Path) -> None:
    """--jobs -1 is refused before anything is read (exit 2)."""
    res = kgqa(tmp_path / "s", "ingest", "--jobs", "-1", str(sample_files()[0]))
    assert res.returncode == 2 and "--jobs" in res.stderr


@pytest.mark.parametrize(
    "every", [pytest.param("1", id="every-page"), pytest.param("3", id="every-third"), pytest.param("0", id="floor")]
)
def test_the_flush_interval_changes_nothing_stored(
    pages: Path, serial: tuple[subprocess.CompletedProcess[str], list[str]], tmp_path: Path, every: str
) -> None:
    """The setting `ingest_flush_pages` (default 500, at least 1) moves only when the ingest writes its buffers
    to disk: the same quads, lines and summary as the default's run."""
    want, want_quads = serial
    env = {**os.environ, "KGQA_INGEST_FLUSH_PAGES": every}
    res = subprocess.run(
        [*KGQA, "--store", str(tmp_path / "s"), "ingest", str(pages)], capture_output=True, text=True, env=env
    )
    assert (res.returncode, res.stderr, summary(res.stdout)) == (want.returncode, want.stderr, summary(want.stdout))
    assert sorted_quads(tmp_path / "s") == want_quads


@pytest.mark.parametrize(
    "env, every",
    [
        pytest.param(None, 500, id="default"),
        pytest.param("2000", 2000, id="set"),
        pytest.param("-3", 1, id="at-least-one"),
    ],
)
def test_flush_interval_setting(monkeypatch: pytest.MonkeyPatch, env: str | None, every: int) -> None:
    """How many pages an ingest writes between its flushes (the setting `ingest_flush_pages`)."""
    from kgqa.cli import flush_every

    if env is None:
        monkeypatch.delenv("KGQA_INGEST_FLUSH_PAGES", raising=False)
    else:
        monkeypatch.setenv("KGQA_INGEST_FLUSH_PAGES", env)
    assert flush_every() == every


def test_a_bad_flush_interval_is_a_usage_error(tmp_path: Path) -> None:
    """KGQA_INGEST_FLUSH_PAGES=abc is refused before anything is read (exit 2)."""
    env = {**os.environ, "KGQA_INGEST_FLUSH_PAGES": "abc"}
    res = subprocess.run(
        [*KGQA, "--store", str(tmp_path / "s"), "ingest", str(sample_files()[0])],
        capture_output=True,
        text=True,
        env=env,
    )
    assert res.returncode == 2 and "KGQA_INGEST_FLUSH_PAGES" in res.stderr
    assert not (tmp_path / "s").exists()


def _ctrl_c_as_on_a_terminal() -> None:
    """In the child before exec: SIGINT handled by default, as for a command typed at a terminal (a test run from a
    background job inherits SIGINT ignored, and a process started ignoring it keeps ignoring it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ctrl_c_ignored() -> None:
    """In the child before exec: SIGINT ignored, as for a job started in the background or under nohup."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_past_marker(
    tmp_path: Path, store: Path, pages: int = 90, sigint: Any = signal.SIG_DFL
) -> tuple[subprocess.Popen[str], str]:
    """`ingest --jobs 2` of `pages` distinct sample pages, started in its own session, once the writer is past
    page 10 (an empty marker file reported as skipped); the process and the stderr read so far."""
    root = tmp_path / "pages"
    root.mkdir()
    samples = [p.read_text(encoding="utf-8") for p in sample_files()]
    for i in range(pages):
        (root / f"p{i:03d}.txt").write_text(f"第{i + 1}期\n" + samples[i % len(samples)], encoding="utf-8")
    (root / "p010-marker.txt").write_bytes(b"")  # reported when the writer reaches it
    proc = subprocess.Popen(
        [*KGQA, "--store", str(store), "ingest", "--jobs", "2", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_ctrl_c_as_on_a_terminal if sigint is signal.SIG_DFL else _ctrl_c_ignored,
    )
    assert proc.stderr is not None and proc.stdout is not None
    seen = ""
    while "marker" not in seen:
        line = proc.stderr.readline()
        assert line, f"ingest ended before the marker: {seen}"
        seen += line
    return proc, seen


def _descendants(pid: int) -> set[int]:
    """Live processes whose ancestry includes pid."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_bytes().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != b"Z":
                parent[int(entry)] = int(fields[1])
    return {p for p in parent if p != pid and _has_ancestor(p, pid, parent)}


def _alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def _has_ancestor(p: int, pid: int, parent: dict[int, int]) -> bool:
    while p in parent and p != pid:
        p = parent[p]
    return p == pid


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_ctrl_c_stops_writer_and_workers(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group) mid-ingest: exit 130, summary says so, no trace, no worker
    left running, and the store opens with the articles the summary counted."""
    store = tmp_path / "s"
    # 600 pages: the SIGINT must land while pages are left (with 90 a fast run could finish first)
    proc, seen = _start_past_marker(tmp_path, store, pages=600)
    workers = _descendants(proc.pid)
    assert len(workers) >= 2, workers
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    err = seen + err
    assert proc.returncode == 130, (proc.returncode, out, err)
    assert "Traceback" not in err, err
    last = out.strip().splitlines()[-1]
    assert "interrupted" in last, out
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(_alive, workers)), "workers still running after the writer stopped"
    articles = int(re.search(r"(\d+) articles", last)[1])  # type: ignore[index]
    stats = kgqa(store, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["articles"] == articles > 0, (articles, stats.stdout)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_an_ingest_started_ignoring_ctrl_c_ignores_it_throughout(tmp_path: Path) -> None:
    """A background ingest (SIGINT ignored when it started) is not stopped by SIGINTs, whether they land between
    pages or while one is written: every page stored, exit 0."""
    proc, seen = _start_past_marker(tmp_path, tmp_path / "s", pages=300, sigint=signal.SIG_IGN)
    for _ in range(20):
        if proc.poll() is not None:
            break
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.05)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, (proc.returncode, out, seen + err)
    assert "ingested 300 file(s)" in out and "interrupted" not in out, out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_a_dead_worker_is_replaced_by_inline_extraction(tmp_path: Path) -> None:
    """A worker killed mid-ingest (OOM killer, kill -9): one notice, no trace, every page still ingested."""
    proc, seen = _start_past_marker(tmp_path, tmp_path / "s")
    workers = sorted(_descendants(proc.pid))
    assert workers
    os.kill(workers[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    err = seen + err
    assert proc.returncode == 0, (out, err)
    assert "Traceback" not in err, err
    assert err.count("a worker process died") == 1, err
    assert err.count("kgqa: skipped") == 1 and "marker" in err, err
    assert "ingested 90 file(s)" in out and "; 1 skipped" in out, out


def test_results_come_back_as_short_paths_and_the_spool_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's result travels as a file path short enough for one atomic pipe write (a worker killed in the
    middle of sending a large result would hang the pool's reader); the pages come out as inline ones and the
    spool folder is removed when the ingest ends."""
    import pickle
    import select
    import tempfile

    from kgqa.kg.ingest import _prepare_spooled, _unspool, prepare_all, prepare_entry, start_workers

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    page = sample_files()[0]
    inline = prepare_entry(page)
    assert len(pickle.dumps(inline)) > select.PIPE_BUF  # a result this size could be cut by a kill
    path = _prepare_spooled(page, None, None, str(tmp_path))
    assert len(pickle.dumps(path)) < select.PIPE_BUF
    assert _unspool(path) == inline and not Path(path).exists()
    pool = start_workers(2)
    got = list(prepare_all(list(sample_files()[:3]), pool))
    assert got == [prepare_entry(p) for p in sample_files()[:3]]
    assert not list(tmp_path.glob("kgqa-ingest-*"))


_G = "https://kgqa.dev/graph/article/x-0"


@pytest.mark.parametrize(
    "term",
    [
        pytest.param(("iri", "https://kgqa.dev/id/person/张三"), id="iri"),
        pytest.param(("lit", "长治市", None, None), id="plain-literal"),
        pytest.param(("lit", "Changzhi", "en", None), id="language-tagged"),
        pytest.param(("lit", "Changzhi", "EN", None), id="language-tag-case-kept"),
        pytest.param(("lit", "2025-03-01", None, "date"), id="date"),
        pytest.param(("lit", "2025-03", None, "gYearMonth"), id="year-month"),
        pytest.param(("lit", "12.50", None, "decimal"), id="decimal-as-written"),
        pytest.param(("lit", "007", None, "integer"), id="integer-with-zeros"),
        pytest.param(("lit", "十二", None, "integer"), id="ill-typed-integer"),
        pytest.param(("lit", 'line\n"quoted"', None, None), id="escapes"),
    ],
)
def test_terms_come_back_from_a_worker_as_they_were(term: tuple) -> None:
    """A page's terms pickled the worker's way load as the very same terms: type, text, language, datatype,
    value, hash and N3 (what the writer writes)."""
    import pickle

    from kgqa.kg.ingest import Prepared, _shared_terms, _TermPickler
    from kgqa.kg.mapping import MappedPage
    from rdflib import XSD, Literal, URIRef

    made = (
        URIRef(term[1])
        if term[0] == "iri"
        else Literal(term[1], lang=term[2], datatype=XSD[term[3]] if term[3] else None)
    )
    s, p, g = URIRef("urn:s"), URIRef("urn:p"), URIRef(_G)
    page = MappedPage(
        URIRef("urn:page"), [g], [(s, p, made, g), (made, p, made, g)] if term[0] == "iri" else [(s, p, made, g)]
    )
    back = pickle.loads(_TermPickler.dumps(_shared_terms(Prepared("x", page))))
    for want, got in zip(page.quads, back.mapped.quads, strict=True):
        for a, b in zip(want, got, strict=True):
            assert type(a) is type(b) and a == b and hash(a) == hash(b) and a.n3() == b.n3()
            assert getattr(a, "value", None) == getattr(b, "value", None)
            assert (getattr(a, "language", None), getattr(a, "datatype", None)) == (
                getattr(b, "language", None),
                getattr(b, "datatype", None),
            )
            assert getattr(a, "ill_typed", None) == getattr(b, "ill_typed", None)


def test_terms_with_different_tags_stay_different() -> None:
    """Two literals rdflib calls equal (language tags differing in case) stay two terms after the sharing."""
    from kgqa.kg.ingest import Prepared, _shared_terms
    from kgqa.kg.mapping import MappedPage
    from rdflib import Literal, URIRef

    s, p, g = URIRef("urn:s"), URIRef("urn:p"), URIRef(_G)
    quads = [(s, p, Literal("a", lang="en"), g), (s, p, Literal("a", lang="EN"), g)]
    got = _shared_terms(Prepared("x", MappedPage(URIRef("urn:page"), [g], list(quads)))).mapped.quads
    assert [q[2].language for q in got] == ["en", "EN"]


@pytest.mark.parametrize(
    "kind, value",
    [
        pytest.param("iri", "urn:x", id="iri"),
        pytest.param("lit", "文本", id="text"),
        pytest.param("lit", "", id="empty-text"),
        pytest.param("lit", 0, id="integer-zero"),
        pytest.param("lit", False, id="false"),
    ],
)
def test_equal_terms_become_one_object(kind: str, value: Any) -> None:
    """Equal terms made apart (false ones too: an empty text, a zero) are one object after the sharing, so the
    page pickles each once; the quads stay as they were."""
    from kgqa.kg.ingest import Prepared, _shared_terms
    from kgqa.kg.mapping import MappedPage
    from rdflib import Literal, URIRef

    def make() -> Any:
        return URIRef(value) if kind == "iri" else Literal(value)

    s, p, g = URIRef("urn:s"), URIRef("urn:p"), URIRef(_G)
    quads = [(s, p, make(), g), (URIRef("urn:s"), p, make(), g), (s, URIRef("urn:p"), make(), g)]
    assert len({id(q[2]) for q in quads}) == 3
    got = _shared_terms(Prepared("x", MappedPage(URIRef("urn:page"), [g], list(quads)))).mapped.quads
    assert got == quads
    assert len({id(q[2]) for q in got}) == 1 and len({id(q[0]) for q in got}) == 1
    assert len({id(q[1]) for q in got}) == 1


@pytest.mark.parametrize(
    "env, nicer",
    [
        pytest.param(None, 5, id="default"),
        pytest.param("0", 0, id="as-nice"),
        pytest.param("3", 3, id="set"),
        pytest.param("40", 19, id="capped"),
        pytest.param("-5", 0, id="never-less-nice"),
    ],
)
def test_workers_run_nicer_than_the_writer(monkeypatch: pytest.MonkeyPatch, env: str | None, nicer: int) -> None:
    """The workers yield the CPU to the writer, the one serial step (the setting `ingest_worker_nice`)."""
    from kgqa.kg.ingest import start_workers

    if env is None:
        monkeypatch.delenv("KGQA_INGEST_WORKER_NICE", raising=False)
    else:
        monkeypatch.setenv("KGQA_INGEST_WORKER_NICE", env)
    pool = start_workers(2)
    try:
        got = {pool.submit(os.nice, 0).result(timeout=60) for _ in range(4)}
    finally:
        pool.shutdown()
    assert got == {min(os.nice(0) + nicer, 19)}


def test_a_page_written_with_its_insert_made_ahead_stores_the_same_quads() -> None:
    """The INSERT text, timeline rows and entities made in the worker (`made_ahead`) write what the writer would
    have made itself; a page whose quads changed after they were made has them made again."""
    from kgqa.kg.graph import KnowledgeGraph, prepare_page
    from kgqa.kg.mapping import MappedPage
    from rdflib import Literal, URIRef

    text = sample_files()[0].read_text(encoding="utf-8")
    ahead = prepare_page(text, "a.txt")
    assert ahead.insert and ahead.made_for == len(ahead.quads)
    plain = MappedPage(ahead.page, list(ahead.article_graphs), list(ahead.quads), ahead.facts)
    stores = []
    for page in (ahead, plain):
        kg = KnowledgeGraph.open("memory:")
        assert kg.write_page(page)
        stores.append(set(kg.store._store))  # type: ignore[attr-defined]
    assert stores[0] == stores[1] and len(stores[0]) > len(ahead.quads)
    extra = (URIRef("urn:x"), URIRef("urn:p"), Literal("added after"), ahead.article_graphs[0])
    changed = prepare_page(text + "\n", "b.txt")
    changed.quads.append(extra)
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(changed)
    assert kg.store.has_quad(*extra)


# ---------------------------------------------------------------- the question index's words made by the workers
def _sample_texts() -> list[tuple[str, str]]:
    """The samples, and two ../shared pages when present: (name, text)."""
    paths = [*sample_files(), *sorted((SHARED / "dev" / "corpus").glob("*.txt"))[:2]]
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def _written(words: bool) -> Any:
    """A graph of the sample pages, its answerer refreshed page by page, with or without the words made ahead."""
    from kgqa.kg.graph import KnowledgeGraph, prepare_page

    kg = KnowledgeGraph.open("memory:")
    qa = kg.qa()
    for name, text in _sample_texts():
        mapped = prepare_page(text, name)
        if not words:
            mapped.words = None
        assert kg.write_page(mapped)
        assert kg.qa() is qa, "refreshed, not rebuilt"
    return kg


@pytest.mark.usefixtures("examples_without_deadline")
def test_an_index_refreshed_with_the_words_made_ahead_is_the_one_built_without() -> None:
    """Pages whose bigrams the workers made (`page_words`) refresh the answerer into the index a refresh without them
    makes and a full build makes, and it answers alike (the facts it took in are posted at its first search)."""
    from kgqa.kg.qa import QuestionAnswerer
    from test_qa_incremental import _index_view, _questions

    ahead, plain = _written(True), _written(False)
    built = QuestionAnswerer(ahead)
    assert _index_view(ahead.qa()) == _index_view(plain.qa()) == _index_view(built)
    for q in _questions()[:40]:
        assert ahead.qa().answer(q).to_json() == built.answer(q).to_json(), q


def test_every_text_a_refresh_reads_is_made_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers make the bigrams of every text of a page the refresh reads (none left to the writer)."""
    from kgqa.kg.qa import engine
    from kgqa.kg.qa.fact_index import Words

    missed: list[str] = []

    class Counted(Words):
        def plain(self, text: str) -> Any:
            if text and text not in self.plains:
                missed.append(text)
            return super().plain(text)

        def own(self, text: str) -> Any:
            if text not in self.owns:
                missed.append(text)
            return super().own(text)

    monkeypatch.setattr(engine, "Words", Counted)
    _written(True)
    assert missed == []


_A, _S = "https://kgqa.dev/id/article/p-0", "https://kgqa.dev/graph/article/p-0"


@pytest.mark.parametrize(
    "triples,plains,owns",
    [
        pytest.param(
            [
                ("a", "type", "schema:NewsArticle"),
                ("a", "label", "甲市召开调度会"),
                ("a", "schema:articleBody", "正文"),
            ],
            {"甲市召开调度会", "正文"},
            {"甲市召开调度会"},
            id="article-title-and-body",
        ),
        pytest.param(
            [("e", "type", "schema:Event"), ("e", "schema:name", "调度会"), ("e", "kgqa:sentence", "会前甲调研")],
            set(),
            {"调度会", "会前甲调研"},
            id="event-name-and-sentence",
        ),
        pytest.param(
            [("g", "type", "kgqa:Agreement"), ("g", "label", "合作协议"), ("g", "kgqa:agreementKind", "协议")],
            set(),
            {"合作协议", "协议"},
            id="agreement-label-and-kind",
        ),
        pytest.param(
            [
                ("g", "type", "kgqa:Agreement"),
                ("g", "kgqa:field", "f"),
                ("f", "label", "新能源"),
                ("h", "label", "无关"),
            ],
            set(),
            {"新能源"},
            id="the-label-of-an-agreements-field",
        ),
        pytest.param(
            [("p", "type", "schema:Person"), ("p", "label", "张三"), ("x", "label", "无类型")],
            set(),
            set(),
            id="a-person-and-an-untyped-node-none",
        ),
    ],
)
def test_page_words_takes_the_texts_the_index_reads(triples: list, plains: set[str], owns: set[str]) -> None:
    from kgqa.kg.qa.fact_index import bigrams, own_words
    from kgqa.kg.qa.queries import page_words
    from kgqa.kg.vocab import KGQA, RDF, RDFS, SCHEMA
    from rdflib import Literal, URIRef

    names = {"type": RDF.type, "label": RDFS.label}

    def term(x: str) -> Any:
        if x in names:
            return names[x]
        if x.startswith(("schema:", "kgqa:")):
            ns, local = x.split(":")
            return (SCHEMA if ns == "schema" else KGQA)[local]
        return URIRef(f"{_A}/{x}") if x.isascii() else Literal(x)

    words = page_words([(term(s), term(p), term(o), URIRef(_S)) for s, p, o in triples])
    assert set(words.plains) == plains and set(words.owns) == owns
    assert all(words.plains[t] == bigrams(t) for t in plains)
    assert all(words.owns[t] == bigrams(own_words(t)) for t in owns)


@pytest.mark.parametrize("written", [pytest.param(True, id="a-page-written"), pytest.param(False, id="none-written")])
def test_the_graphs_of_a_page_by_index_lookup_are_those_of_the_query(written: bool) -> None:
    """`graphs_with` of the embedded store (an index range read) finds the graphs the SPARQL of the base class does."""
    from kgqa.kg.graph import KnowledgeGraph, prepare_page
    from kgqa.kg.store import GraphStore
    from kgqa.kg.vocab import SCHEMA

    kg = KnowledgeGraph.open("memory:")
    mapped = prepare_page(sample_files()[0].read_text(encoding="utf-8"), "a.txt")
    if written:
        kg.write_page(mapped)
    got = kg.store.graphs_with(str(SCHEMA.isPartOf), str(mapped.page))
    assert sorted(got) == sorted(GraphStore.graphs_with(kg.store, str(SCHEMA.isPartOf), str(mapped.page)))
    assert sorted(got) == (sorted(map(str, mapped.article_graphs)) if written else [])


def test_no_words_are_held_without_an_answerer_to_refresh() -> None:
    """A graph that keeps no answerer current does not hold the pages' words in `changes` (100 pages of them)."""
    from kgqa.kg.graph import KnowledgeGraph, prepare_page

    kg = KnowledgeGraph.open("memory:")
    name, text = _sample_texts()[0]
    assert kg.write_page(prepare_page(text, name))
    assert kg.changes[-1][5] is None
    kg.qa()
    name, text = _sample_texts()[1]
    assert kg.write_page(prepare_page(text, name))
    assert kg.changes[-1][5] is not None and kg.changes[-1][5].plains
