"""The `kgqa` command's contract: ingest, export, extract, ask, sparql, dump, stats, demo; bad input handled."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.vocab import SCHEMA
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kgqa.cli import main
from kgqa.samples import sample_files

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))
GOLD = sorted((SHARED / "gold").glob("*.gold.yaml"))
KGQA_BIN = Path(sys.executable).parent / "kgqa"
SECTIONS = ["articles", "persons", "organizations", "development_zones", "agreements", "events"]
SAMPLE = sample_files()[0]


def run(store: Path | str, *args: str, input: bytes | str | None = None) -> Result:
    """Run `kgqa --store STORE ARGS...` in-process; stdout and stderr kept apart."""
    runner = CliRunner()
    res = runner.invoke(main, ["--store", str(store), *args], input=input, catch_exceptions=False)
    return Result(res.exit_code, res.stdout_bytes, res.stderr_bytes)


class Result:
    """Exit code, stdout and stderr of one command."""

    def __init__(self, code: int, out: bytes, err: bytes) -> None:
        self.code, self.out_bytes, self.err = code, out, err.decode("utf-8")
        self.out = out.decode("utf-8")

    def json(self) -> dict:
        """stdout as one JSON document."""
        return json.loads(self.out)


def need_corpus() -> list[Path]:
    """The real pages, or skip saying why."""
    if not CORPUS:
        pytest.skip(f"../shared/corpus not found at {SHARED / 'corpus'}")
    return CORPUS


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with ../shared/corpus ingested by `kgqa ingest`."""
    store = tmp_path_factory.mktemp("corpus") / "store"
    res = run(store, "ingest", *map(str, need_corpus()))
    assert res.code == 0, res.err
    return store


@pytest.fixture()
def sample_store(tmp_path: Path) -> Path:
    """A store with one sample page, to check that bad input leaves it alone."""
    store = tmp_path / "store"
    assert run(store, "ingest", str(SAMPLE)).code == 0
    return store


# ---------------------------------------------------------------- ingest + export
def test_ingest_prints_a_summary_line(tmp_path: Path) -> None:
    """The summary names files, articles, facts, triples and seconds; stdout is that one line."""
    res = run(tmp_path / "s", "ingest", *map(str, sample_files()))
    assert res.code == 0
    assert re.fullmatch(
        rf"ingested {len(sample_files())} file\(s\): \d+ articles, \d+ facts, \d+ triples in "
        r"[\d.]+ s\n",
        res.out,
    ), res.out


def test_export_has_the_gold_shape(corpus_store: Path) -> None:
    """`export` is valid JSON with every gold section, and every gold item key, for the real pages."""
    data = run(corpus_store, "export").json()
    for key in SECTIONS:
        assert isinstance(data[key], list), key
    assert len(data["articles"]) >= len(CORPUS)
    assert all(isinstance(p["posts"], list) for p in data["persons"])
    for gold_file in GOLD:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        assert set(SECTIONS) <= set(gold) and set(SECTIONS) <= set(data)
        for section in SECTIONS:
            if gold[section] and data[section]:
                missing = set(gold[section][0]) - set(data[section][0])
                assert not missing, f"{section} items lack {missing}"
        for person in gold["persons"]:
            for post in person.get("posts", []):
                for p in data["persons"]:
                    for q in p["posts"]:
                        assert set(post) <= set(q)


def test_export_lists_name_things_that_exist(corpus_store: Path) -> None:
    """Post orgs are organisations in the export; no event or agreement appears twice."""
    data = run(corpus_store, "export").json()
    org_names = {o["name"] for o in data["organizations"]}
    for p in data["persons"]:
        for post in p["posts"]:
            assert post["org"] is None or post["org"] in org_names, (p["name"], post)
    for section in ("events", "agreements"):
        iris = [x["iri"] for x in data[section]]
        assert len(iris) == len(set(iris)), f"duplicated {section}"


def test_ingest_is_idempotent(tmp_path: Path) -> None:
    """Ingesting the same page twice leaves the counts and the export unchanged."""
    store = tmp_path / "s"
    run(store, "ingest", str(SAMPLE))
    stats, export = run(store, "stats", "--json").json(), run(store, "export").out
    assert run(store, "ingest", str(SAMPLE)).code == 0
    assert run(store, "stats", "--json").json() == stats
    assert run(store, "export").out == export


def test_reopened_store_exports_the_same_in_a_new_process(corpus_store: Path) -> None:
    """Two separate processes (close, reopen) print byte-identical exports."""
    outs = [
        subprocess.run([str(KGQA_BIN), "--store", str(corpus_store), "export"], capture_output=True, check=True).stdout
        for _ in range(2)
    ]
    assert outs[0] == outs[1] == run(corpus_store, "export").out_bytes


# ---------------------------------------------------------------- dumps and stats
def test_turtle_dump_parses_to_the_stats_triple_count(corpus_store: Path) -> None:
    """`dump --format turtle` parses back with rdflib to as many triples as `stats` reports."""
    g = Graph().parse(data=run(corpus_store, "dump", "--format", "turtle").out, format="turtle")
    stats = run(corpus_store, "stats", "--json").json()
    assert len(g) == stats["triples"] > 0
    text = run(corpus_store, "stats").out
    assert re.search(rf"^triples\s+{stats['triples']}$", text, re.M)


def test_trig_dump_keeps_one_named_graph_per_article(corpus_store: Path, tmp_path: Path) -> None:
    """`dump --format trig -o FILE`: as many graphs holding one article each as stats counts articles."""
    out = tmp_path / "all.trig"
    assert run(corpus_store, "dump", "--format", "trig", "-o", str(out)).code == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    per_graph = [len(list(g.subjects(RDF.type, SCHEMA.NewsArticle))) for g in ds.graphs()]
    with_articles = [n for n in per_graph if n]
    assert set(with_articles) == {1}
    assert len(with_articles) == run(corpus_store, "stats", "--json").json()["articles"]
    assert not (tmp_path / "all.trig.part").exists()


@pytest.mark.parametrize("fmt,parser", [("nt", "nt"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_other_dump_formats_parse(sample_store: Path, fmt: str, parser: str) -> None:
    """N-Triples, N-Quads and JSON-LD dumps are valid."""
    ds = Dataset()
    ds.parse(data=run(sample_store, "dump", "--format", fmt).out, format=parser)
    assert len(ds) + sum(len(g) for g in ds.graphs()) > 0


def test_stats_shows_the_default_store_location(tmp_path: Path) -> None:
    """With no --store and no KGQA_STORE, the store lives under the user's data dir, and stats says so."""
    env = {k: v for k, v in os.environ.items() if k != "KGQA_STORE"}
    env.update(XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))
    res = subprocess.run([str(KGQA_BIN), "stats"], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    assert str(tmp_path / "xdg" / "kgqa" / "store") in res.stdout


def test_kgqa_store_environment_variable(tmp_path: Path) -> None:
    """KGQA_STORE picks the store when --store is absent."""
    env = dict(os.environ, KGQA_STORE=str(tmp_path / "env-store"))
    res = subprocess.run([str(KGQA_BIN), "stats", "--json"], capture_output=True, text=True, env=env)
    assert json.loads(res.stdout)["store"] == str(tmp_path / "env-store")


# ---------------------------------------------------------------- bad input
def _bad_files(d: Path) -> dict[str, Path]:
    """One file of each kind of bad input (the missing one is not created)."""
    files = {
        "empty": d / "empty.txt",
        "binary": d / "photo.txt",
        "invalid-utf8": d / "latin1.txt",
        "utf16-lookalike": d / "ff-fe.txt",
        "missing": d / "no-such-page.txt",
        "blank": d / "blank.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    files["invalid-utf8"].write_bytes("Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e\n".encode("latin-1"))
    files["utf16-lookalike"].write_bytes(b"\xff\xfe\xfd abc \x80\x81")
    files["blank"].write_text(" \n\u3000\n\t\n", encoding="utf-8")
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "invalid-utf8", "utf16-lookalike", "missing", "blank"])
def test_bad_input_alone_fails_with_one_line_naming_the_file(sample_store: Path, tmp_path: Path, kind: str) -> None:
    """Each bad file: exit code != 0 (nothing ingested), one error line naming it, store untouched."""
    path = _bad_files(tmp_path)[kind]
    before = run(sample_store, "export").out
    res = run(sample_store, "ingest", str(path))
    assert res.code != 0
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0], res.err
    assert "Traceback" not in res.err
    assert run(sample_store, "export").out == before


def test_bad_files_among_good_ones_are_skipped_and_the_rest_ingested(tmp_path: Path) -> None:
    """Exit 0 when something was ingested; one error line per bad file; only the good page stored."""
    bad = _bad_files(tmp_path)
    store = tmp_path / "s"
    res = run(store, "ingest", *map(str, bad.values()), str(SAMPLE))
    assert res.code == 0
    err_lines = res.err.strip().splitlines()
    assert len(err_lines) == len(bad)
    for path in bad.values():
        assert sum(str(path) in line for line in err_lines) == 1
    assert f"; {len(bad)} skipped" in res.out
    clean = tmp_path / "clean"
    run(clean, "ingest", str(SAMPLE))
    assert run(store, "export").out == run(clean, "export").out


def test_a_directory_is_searched_for_txt_files(tmp_path: Path) -> None:
    """A directory argument ingests every *.txt below it, recursively, and nothing else."""
    d = tmp_path / "pages" / "deeper"
    d.mkdir(parents=True)
    (d / "a.txt").write_bytes(SAMPLE.read_bytes())
    (d / "notes.md").write_text("# not a page\n", encoding="utf-8")
    res = run(tmp_path / "s", "ingest", str(tmp_path / "pages"))
    assert res.code == 0 and res.out.startswith("ingested 1 file(s)")


def test_extractor_crash_on_one_file_is_one_line_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor bug on one file is reported in one line; the other files are ingested."""
    import kgqa.kg.graph as graph_module

    real = graph_module.extract_page

    def flaky(text: str, **kw: object):
        if "CRASH" in text:
            raise ValueError("deliberate\nsecond line")
        return real(text, **kw)

    monkeypatch.setattr(graph_module, "extract_page", flaky)
    crash = tmp_path / "crash.txt"
    crash.write_text("## 标题\n\n本报讯 CRASH 正文。", encoding="utf-8")
    res = run(tmp_path / "s", "ingest", str(crash), str(SAMPLE))
    assert res.code == 0
    assert res.err.strip().count("\n") == 0 and str(crash) in res.err and "Traceback" not in res.err
    assert res.out.startswith("ingested 1 file(s)")


def test_bad_date_option_is_refused(tmp_path: Path) -> None:
    """--date must be YYYY-MM-DD."""
    res = run(tmp_path / "s", "ingest", "--date", "2025-13-01", str(SAMPLE))
    assert res.code == 2 and "--date" in res.err


# ---------------------------------------------------------------- encodings and stdin
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_chinese_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    """GBK, GB18030 and UTF-16 (with BOM) files give the same export as the UTF-8 original."""
    text = SAMPLE.read_text(encoding="utf-8")
    data = (b"\xfe\xff" + text.encode("utf-16-be")) if encoding == "utf-16-be-bom" else text.encode(encoding)
    assert data != text.encode("utf-8")
    page = tmp_path / f"page-{encoding}.txt"
    page.write_bytes(data)
    res = run(tmp_path / "enc", "ingest", str(page))
    assert res.code == 0, res.err
    ref = tmp_path / "ref"
    run(ref, "ingest", str(SAMPLE))
    got, want = run(tmp_path / "enc", "export").json(), run(ref, "export").json()
    assert [a["title"] for a in got["articles"]] == [a["title"] for a in want["articles"]]
    assert {k: v for k, v in got.items() if k != "articles"} == {k: v for k, v in want.items() if k != "articles"}


def test_gb18030_four_byte_characters_survive(tmp_path: Path) -> None:
    """A character outside GBK (four bytes in GB18030) comes through intact."""
    page = tmp_path / "rare.txt"
    page.write_bytes("## 䶮山镇召开会议\n\n本报讯 记者𠀾小川报道：6月1日，䶮山镇召开会议。".encode("gb18030"))
    assert run(tmp_path / "s", "ingest", str(page)).code == 0
    titles = [a["title"] for a in run(tmp_path / "s", "export").json()["articles"]]
    assert titles == ["䶮山镇召开会议"]


def test_stdin_is_read_with_a_dash(tmp_path: Path) -> None:
    """`ingest -` reads the page from stdin (GBK bytes too), same as from the file."""
    store, ref = tmp_path / "stdin", tmp_path / "file"
    res = run(store, "ingest", "-", input=SAMPLE.read_text(encoding="utf-8").encode("gbk"))
    assert res.code == 0 and res.out.startswith("ingested 1 file(s)"), res.err
    run(ref, "ingest", str(SAMPLE))
    strip = lambda d: {k: v for k, v in d.items() if k != "articles"}  # noqa: E731
    assert strip(run(store, "export").json()) == strip(run(ref, "export").json())


def test_empty_stdin_is_an_error_naming_stdin(tmp_path: Path) -> None:
    """Nothing on stdin: exit != 0 and one line that says so."""
    res = run(tmp_path / "s", "ingest", "-", input=b"")
    assert res.code != 0 and len(res.err.strip().splitlines()) == 1 and "-" in res.err


# ---------------------------------------------------------------- extract
def test_extract_reads_json_lines_and_writes_one_line_per_input(tmp_path: Path) -> None:
    """JSON lines in, one JSON object per input out, ids in order, with the export's sections."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "a", "text": text}, ensure_ascii=False),
        "not json",
        json.dumps({"id": 7, "text": "本报讯 记者范一舟报道：6月1日，甲县召开会议。"}, ensure_ascii=False),
        "[1, 2]",
    ]
    res = run(tmp_path / "unused", "extract", input="\n".join(lines) + "\n\n")
    out = [json.loads(ln) for ln in res.out.splitlines()]
    assert res.code == 0 and len(out) == 4
    assert [o["id"] for o in out] == ["a", None, 7, None]
    assert "error" in out[1] and "error" in out[3]
    for o in (out[0], out[2]):
        assert set(SECTIONS) <= set(o)
    assert out[0]["articles"] and out[0]["articles"][0]["title"]
    assert not (tmp_path / "unused").exists(), "extract must not touch a store"


def test_extract_takes_files_as_arguments(tmp_path: Path) -> None:
    """Files of JSON lines given as arguments are read in order."""
    f1, f2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    f1.write_text(
        json.dumps({"id": "one", "text": "本报讯 记者范一舟报道：甲县召开会议。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    f2.write_text(json.dumps({"id": "two", "text": ""}) + "\n", encoding="utf-8")
    res = run(tmp_path / "unused", "extract", str(f1), str(f2))
    assert [json.loads(ln)["id"] for ln in res.out.splitlines()] == ["one", "two"]


# ---------------------------------------------------------------- sparql
Q_SELECT = "SELECT ?a ?t WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/headline> ?t } ORDER BY ?a"


def test_sparql_formats(sample_store: Path, tmp_path: Path) -> None:
    """table, json, csv and tsv render the same rows; turtle renders a CONSTRUCT."""
    js = run(sample_store, "sparql", Q_SELECT, "--format", "json").json()
    rows = js["results"]["bindings"]
    assert js["head"]["vars"] == ["a", "t"] and rows
    titles = [r["t"]["value"] for r in rows]
    table = run(sample_store, "sparql", Q_SELECT).out
    assert table.splitlines()[-1] == f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    assert all(t[:6] in table for t in titles)
    parsed = list(csv.reader(io.StringIO(run(sample_store, "sparql", Q_SELECT, "--format", "csv").out)))
    assert parsed[0] == ["a", "t"] and [r[1] for r in parsed[1:]] == titles
    tsv = run(sample_store, "sparql", Q_SELECT, "--format", "tsv").out.splitlines()
    assert tsv[0] == "?a\t?t" and tsv[1].startswith("<https://kgqa.dev/id/article/")
    qf = tmp_path / "q.rq"
    qf.write_text(
        "CONSTRUCT { ?a <https://schema.org/headline> ?t } WHERE { ?a <https://schema.org/headline> ?t }",
        encoding="utf-8",
    )
    ttl = run(sample_store, "sparql", "-f", str(qf), "--format", "turtle").out
    assert len(Graph().parse(data=ttl, format="turtle")) == len(titles)
    ask = run(sample_store, "sparql", "ASK { ?a a <https://schema.org/NewsArticle> }")
    assert ask.out.strip() == "true"


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DROP ALL",
        "CLEAR DEFAULT",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x.ttl>",
    ],
)
def test_sparql_refuses_updates(sample_store: Path, update: str) -> None:
    """Updates are refused with exit 2 and a one-line reason; the store is unchanged."""
    before = run(sample_store, "stats", "--json").json()
    res = run(sample_store, "sparql", update)
    assert res.code == 2 and "read-only" in res.err and len(res.err.strip().splitlines()) == 1
    assert run(sample_store, "stats", "--json").json() == before


@pytest.mark.parametrize(
    "args,needle",
    [
        (["SELEC ?x"], "not a valid SPARQL"),
        ([], "QUERY"),
        ([Q_SELECT, "--format", "turtle"], "CONSTRUCT"),
        (["SELECT * WHERE { SERVICE <http://x.invalid/> { ?s ?p ?o } }"], "SERVICE"),
    ],
)
def test_sparql_errors_are_one_line(sample_store: Path, args: list[str], needle: str) -> None:
    """Syntax errors, a missing query, turtle for a SELECT and SERVICE give exit 2 and a reason."""
    res = run(sample_store, "sparql", *args)
    assert res.code == 2 and needle in res.err and "Traceback" not in res.err


# ---------------------------------------------------------------- ask
def test_ask_json_contract_holds_for_each_stdin_line(corpus_store: Path) -> None:
    """One JSON object per question, in order, with the contract's keys; never a traceback."""
    questions = ["长治市市长是谁？", "谁是不存在的职务？", ""]
    res = run(corpus_store, "ask", "--json", input="\n".join(questions) + "\n")
    assert res.code == 0 and "Traceback" not in res.err
    out = [json.loads(ln) for ln in res.out.splitlines()]
    assert [o["question"] for o in out] == questions
    for o in out:
        assert {"question", "template", "sparql", "answers"} <= set(o)
        assert isinstance(o["answers"], list)
        if not o["answers"]:
            assert o.get("message")
        for a in o["answers"]:
            assert {"label", "iri", "sources"} <= set(a)


def test_ask_limit_gives_a_page_and_the_offset_of_the_next(corpus_store: Path) -> None:
    """`--limit` shows that many answers with `page` (total, rest, next); `--offset next` goes on; without
    `--limit` every answer is shown and the JSON has no `page`."""
    kg = KnowledgeGraph.open(str(corpus_store), read_only=True)
    q = max(kg.qa().example_questions(), key=lambda x: len(kg.ask(x).answers))
    kg.close()
    whole = run(corpus_store, "ask", "--json", q).json()
    assert len(whole["answers"]) >= 2 and "page" not in whole
    first = run(corpus_store, "ask", "--json", "--limit", "1", q).json()
    assert first["answers"] == whole["answers"][:1]
    assert first["page"] == {
        "offset": 0,
        "limit": 1,
        "total": len(whole["answers"]),
        "rest": len(whole["answers"]) - 1,
        "next": 1,
    }
    rest = run(corpus_store, "ask", "--json", "--offset", "1", q).json()
    assert rest["answers"] == whole["answers"][1:] and rest["page"]["next"] is None
    text = run(corpus_store, "ask", "--limit", "1", q).out
    assert f"还有 {len(whole['answers']) - 1} 条（--offset 1）" in text


# ---------------------------------------------------------------- demo
def test_demo_builds_a_fresh_store_without_serving(tmp_path: Path) -> None:
    """`demo --no-serve` ingests every sample into a fresh store and exits."""
    store = tmp_path / "demo"
    res = run(store, "demo", "--no-serve")
    assert res.code == 0, res.err
    assert all(p.name in res.err for p in sample_files())
    stats = run(store, "stats", "--json").json()
    assert stats["articles"] >= len(sample_files())
    again = run(store, "demo", "--no-serve")
    assert again.code == 0 and run(store, "stats", "--json").json() == stats


def test_demo_never_deletes_a_store_it_did_not_make(tmp_path: Path) -> None:
    """`--store` naming a user's non-empty directory: demo refuses and leaves it alone."""
    user = tmp_path / "mine"
    user.mkdir()
    (user / "keep.txt").write_text("precious", encoding="utf-8")
    res = run(user, "demo", "--no-serve")
    assert res.code != 0 and str(user) in res.err
    assert (user / "keep.txt").read_text(encoding="utf-8") == "precious"


def test_sparql_knows_the_graph_model_prefixes(sample_store: Path) -> None:
    """schema:, rdfs:, kgqa: ... work undeclared; a query's own PREFIX wins over ours."""
    res = run(sample_store, "sparql", "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", "--format", "csv")
    assert res.code == 0 and len(res.out.splitlines()) > 1, res.err
    own = run(
        sample_store,
        "sparql",
        "PREFIX schema: <http://example.org/other#> SELECT ?p WHERE { ?p a schema:Person }",
        "--format",
        "csv",
    )
    assert own.code == 0 and own.out.splitlines() == ["p"]
    bad = run(sample_store, "sparql", "SELECT ?x WHERE {\n ?x a nope:Thing }")
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1


def test_readme_quick_start_and_every_command_documented() -> None:
    """README's quick start is exactly the two run.py lines, and every kgqa command has its usage there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    block = quick.split("```sh", 1)[1].split("```", 1)[0]
    assert [ln.strip() for ln in block.strip().splitlines()] == ["python3 run.py demo", "python3 run.py test"]
    for name in main.commands:
        assert re.search(rf"^kgqa (\[[^\]]*\] )?{name}\b", readme, re.M), f"README shows no `kgqa {name}` usage"
    assert "KGQA_STORE" in readme and "docs/screenshot.png" in readme
