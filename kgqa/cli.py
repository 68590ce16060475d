"""The `kgqa` command: ingest, export, extract, ask, sparql, dump, stats, serve, demo.

The flags and JSON shapes are a contract used by evaluation scripts (issue #2): extend, never change.

    $ kgqa --store /tmp/s ingest ../shared/corpus/*.txt
    $ kgqa --store /tmp/s ask "长治市市长是谁？" --json
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .settings import default_store_location

QA_BATCH = 50  # an ingest refreshes the question index every this many pages (KnowledgeGraph.changes keeps 100)


def flush_every() -> int:
    """Pages between an ingest's flushes of the facts it took in and of the store's write buffers (the setting
    `ingest_flush_pages`, at least 1)."""
    from .settings import setting

    return max(1, int(setting("ingest_flush_pages")))


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"kgqa: {message}", err=True)
    sys.exit(code)


def _open(ctx: click.Context, read_only: bool = False, ontology: bool = True) -> Any:
    """The graph of --store; `read_only` opens it without its lock (readable while served) and never writes:
    a location with no store yet reads as an empty graph, and nothing is created there."""
    from .kg.graph import KnowledgeGraph
    from .kg.store import StoreError, open_store

    if ctx.obj.get("kg") is None:
        try:
            try:
                ctx.obj["kg"] = KnowledgeGraph.open(ctx.obj["store"], read_only=read_only, ontology=ontology)
            except StoreError as exc:
                if not (read_only and str(exc).startswith("no store at")):
                    raise
                empty = open_store("memory:")  # nothing to read there yet: an empty graph, nothing written
                empty.location = ctx.obj["store"]
                ctx.obj["kg"] = KnowledgeGraph(empty)
        except StoreError as exc:
            _fail(str(exc))
        except ValueError as exc:  # a bad store setting (KGQA_STORE_TIMEOUT=abc ...)
            _fail(str(exc), 2)
        ctx.call_on_close(ctx.obj["kg"].close)
    return ctx.obj["kg"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store",
    envvar="KGQA_STORE",
    default=None,
    metavar="LOCATION",
    help="Store location: a directory (embedded Oxigraph, default under the user data dir), "
    "'memory:', or a SPARQL 1.1 endpoint URL (QUERY_URL|UPDATE_URL). Env: KGQA_STORE.",
)
@click.version_option(__version__, prog_name="kgqa")
@click.pass_context
def main(ctx: click.Context, store: str | None) -> None:
    """kgqa: build a knowledge graph from Chinese news and ask it questions."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store or str(default_store_location())
    ctx.obj["kg"] = None


# ---------------------------------------------------------------- ingest
@contextlib.contextmanager
def _interrupt_after() -> Iterator[None]:
    """Hold Ctrl-C back until the block ends, so that what the block stored is also counted in the summary.

    (A handler, not a signal mask: the mask is per thread, and the worker pool's threads would take it.) A signal
    the process was started ignoring (SIGINT of a job run in the background, nohup) stays ignored here too.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = tuple(s for s in (signal.SIGINT, signal.SIGTERM) if signal.getsignal(s) is not signal.SIG_IGN)
    old = {signum: signal.signal(signum, lambda signum, frame: caught.append(signum)) for signum in held}
    try:
        yield
    finally:
        for signum in held:
            fallback = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
            signal.signal(signum, old[signum] if old[signum] is not None else fallback)
        if caught:
            raise KeyboardInterrupt


def _raise_interrupt(signum: int, frame: Any) -> None:
    """A SIGTERM handler: stop as Ctrl-C does (`kill PID` on a long ingest keeps its whole pages and index)."""
    raise KeyboardInterrupt


def _term_as_interrupt() -> Any:
    """Make SIGTERM stop this process as Ctrl-C does; returns the handler to put back (None off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_interrupt)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--locale", metavar="CITY", help="The city the pages report from (else inferred), e.g. 长治市.")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="The pages' date (else inferred from the text).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@click.option(
    "--jobs",
    "-j",
    "jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    metavar="N",
    help="Extract in N worker processes (0: one per CPU); pages are still written one at a time, "
    "in input order, each in one transaction.",
)
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[str, ...], locale: str | None, date: str | None, progress: bool | None, jobs: int
) -> None:
    """Extract facts from text files, directories (*.txt, recursively) or '-' (stdin) into the store."""
    from .kg.ingest import (
        InputError,
        InputText,
        decode_bytes,
        expand_paths,
        extraction_failed,
        prepare_all,
        read_limited,
        start_workers,
    )
    from .kg.store import StoreError, StoreUnavailable

    if date:
        try:
            import datetime

            datetime.date.fromisoformat(date)
        except ValueError:
            _fail(f"--date {date!r}: expected YYYY-MM-DD", 2)
    try:
        every = flush_every()
    except ValueError as exc:  # KGQA_INGEST_FLUSH_PAGES=abc
        _fail(str(exc), 2)
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    started = time.perf_counter()
    totals = {"files": 0, "articles": 0, "facts": 0, "triples": 0, "errors": 0, "unchanged": 0}

    def items():
        for raw in paths:
            if raw == "-":
                try:
                    yield InputText("-", decode_bytes(read_limited(sys.stdin.buffer, "<stdin>"), "<stdin>"))
                except InputError as exc:
                    yield exc
            else:
                yield from expand_paths([raw])

    interrupted, pool, stored, down, old_term, kept_note = False, None, [], None, None, None
    try:
        pool = start_workers(jobs)  # before the store is opened: workers are forked from a plain process
        old_term = _term_as_interrupt()  # after the fork: `kill` reaches the writer, which stops the workers
        kg = _open(ctx)
        kg.keep_qa()  # the question index saved with the store, kept current as pages come in
        kept_note = kg.qa_note  # caught up from an older one, or none kept: said once a page is stored
        kg.flush_qa()  # its facts so far stay in their files: the ingest holds only those of its own pages
        entries = list(items())
    except KeyboardInterrupt:  # Ctrl-C while opening the store or listing directories: nothing written
        interrupted, entries = True, []
    show = sys.stderr.isatty() if progress is None else progress
    bar = (
        click.progressbar(length=len(entries), label="ingesting", file=sys.stderr)
        if show and len(entries) > 1
        else None
    )
    try:
        if bar is not None:
            bar.__enter__()
        for prep in prepare_all(entries, pool, locale, date, lambda msg: click.echo(f"kgqa: {msg}", err=True)):
            try:
                if prep.error is not None:
                    raise InputError(prep.error)
                with _interrupt_after():  # a Ctrl-C during the write lands after the page is counted
                    if not kg.write_page(prep.mapped):  # the store holds it as is: nothing written
                        totals["unchanged"] += 1
                    if not prep.mapped.article_graphs:
                        raise InputError(f"{prep.name}: no article found in the text")
                    totals["files"] += 1
                    totals["articles"] += len(prep.mapped.article_graphs)
                    totals["facts"] += prep.mapped.facts
                    totals["triples"] += len(prep.mapped.quads)
                    stored.append(prep.name)
            except StoreUnavailable as exc:  # the store is gone or refuses us: no later page can be written
                down = exc
                break
            except (InputError, StoreError) as exc:
                totals["errors"] += 1
                click.echo(f"kgqa: skipped {exc}", err=True)
            except Exception as exc:  # a bug writing one file must not abort the batch nor print a trace
                totals["errors"] += 1
                click.echo(f"kgqa: skipped {extraction_failed(prep.name, exc)}", err=True)
            # a Ctrl-C or `kill` during a refresh or a flush of the index lands after it: one cut half-way would
            # leave the index kept unusable, and the stop could not save it
            if stored and len(stored) % every == 0:
                with _interrupt_after():
                    kg.flush_qa()
                    # and the store's write buffers, whose memory grew with the pages too; its read caches start
                    # empty again (RocksDB's, which grew with the store: bench/README.md, session 18)
                    kg.store.flush(release=True)
            elif stored and len(stored) % QA_BATCH == 0:
                with _interrupt_after():
                    kg.catch_up_qa()
            if bar is not None:
                bar.update(1)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        if pool is not None:  # an interrupted run: pages in flight finish in their worker, unwritten
            pool.shutdown(wait=True, cancel_futures=True)
    try:
        if stored and kept_note:  # how the index kept began (none kept: built now, from the whole graph)
            click.echo(f"kgqa: {kept_note}", err=True)
        if stored and down is None:  # cut short: the index kept current so far, never one built from the whole store
            _save_qa(kg, build=not interrupted)
    except KeyboardInterrupt:  # a second Ctrl-C while saving: the pages are stored, the next ingest catches up
        interrupted = True  # the index saved last from its journal (kg/graph.py `keep_qa`), else it is built
        click.echo("kgqa: the question index was not saved: interrupted while saving", err=True)
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
    seconds = time.perf_counter() - started
    if down is not None:
        click.echo(f"kgqa: {down}", err=True)
        click.echo(
            "kgqa: stored before the store failed (each whole): " + (", ".join(stored) if stored else "none"), err=True
        )
    click.echo(
        f"ingested {totals['files']} file(s): {totals['articles']} articles, {totals['facts']} facts, "
        f"{totals['triples']} triples in {seconds:.1f} s"
        + (f"; {totals['unchanged']} already stored as is" if totals["unchanged"] else "")
        + (f"; {totals['errors']} skipped" if totals["errors"] else "")
        + ("; interrupted (every stored page is whole)" if interrupted else "")
    )
    if interrupted:
        sys.exit(130)
    if down is not None:
        sys.exit(3)
    if totals["files"] == 0:
        sys.exit(1)


def _save_qa(kg: Any, build: bool = True) -> None:
    """Save the question index with the store (see `KnowledgeGraph.save_qa`); a failure costs only the cache."""
    try:
        if not kg.save_qa(build=build) and kg.qa_note:
            click.echo(f"kgqa: the question index was not saved: {kg.qa_note}", err=True)
    except Exception as exc:  # noqa: BLE001 - the pages are stored; the index is built again when next needed
        click.echo(f"kgqa: the question index was not saved: {type(exc).__name__}: {exc}", err=True)


# ---------------------------------------------------------------- import
@main.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.pass_context
def import_(ctx: click.Context, path: str) -> None:
    """Load facts in the export's JSON shape (or a gold YAML file) as one page, replacing an earlier import of it."""
    from .kg.importer import FactsError, import_facts, map_facts, read_facts_file
    from .kg.store import StoreError

    started = time.perf_counter()
    try:
        data = read_facts_file(path)
        map_facts(data, Path(path).name)  # checked whole before the store is opened or written
        kg = _open(ctx)
        kg.keep_qa()
        mapped = import_facts(kg, data, Path(path).name)
        _save_qa(kg)
    except FactsError as exc:
        _fail(f"{Path(path).name}: not imported, the store is unchanged: {exc}", 2)
    except StoreError as exc:
        _fail(str(exc))
    click.echo(
        f"imported {Path(path).name}: {len(mapped.article_graphs)} articles, {mapped.facts} facts, "
        f"{len(mapped.quads)} triples in {time.perf_counter() - started:.1f} s"
    )


# ---------------------------------------------------------------- export / extract
@main.command()
@click.option("--indent", type=int, default=None, help="Pretty-print with this indent.")
@click.pass_context
def export(ctx: click.Context, indent: int | None) -> None:
    """Print the facts of the whole graph as one JSON object (the gold schema's shape)."""
    click.echo(json.dumps(_open(ctx, read_only=True).export(), ensure_ascii=False, indent=indent))


def _extract_line(line: str) -> str:
    from .extract import extract_page

    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        return json.dumps({"id": None, "error": f"bad input line: {exc}"}, ensure_ascii=False)
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    try:
        facts = extract_page(
            text,
            locale=record.get("locale"),
            date=record.get("date"),
            source_name=record.get("id") if isinstance(record.get("id"), str) else None,
        )
    except Exception as exc:  # one JSON line per input, even when the extractor fails on it
        return json.dumps(
            {"id": record.get("id"), "error": f"extraction failed: {type(exc).__name__}: {exc}"}, ensure_ascii=False
        )
    return json.dumps({"id": record.get("id"), **facts.to_gold()}, ensure_ascii=False)


@main.command()
@click.argument("files", nargs=-1, type=click.File("r", encoding="utf-8"))
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Worker processes (0 = one per CPU).")
def extract(files: tuple[Any, ...], jobs: int) -> None:
    """Extract facts without a store: JSON lines {"id", "text"} in, one JSON line of facts out per input."""
    streams = files or (sys.stdin,)
    lines = (ln for stream in streams for ln in stream if ln.strip())
    if jobs == 1:
        for ln in lines:
            click.echo(_extract_line(ln))
        return
    from multiprocessing import Pool

    with Pool(jobs or os.cpu_count()) as pool:
        for out in pool.imap(_extract_line, lines, chunksize=4):
            click.echo(out)


# ---------------------------------------------------------------- ask
@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@click.option("--limit", type=int, default=0, help="Show at most this many answers (0: all); `page` tells the rest.")
@click.option("--offset", type=int, default=0, help="Start at this answer (the `next` of the page before).")
@click.pass_context
def ask(ctx: click.Context, question: str | None, as_json: bool, limit: int, offset: int) -> None:
    """Answer a Chinese question (or one per line from stdin)."""
    from .kg.qa.shape import page_of

    kg = _open(ctx, read_only=True)
    questions = [question] if question is not None else [ln.rstrip("\n") for ln in sys.stdin]
    for q in questions:
        try:
            answer = page_of(kg.ask(q), max(0, offset), max(0, limit)).to_json()
        except Exception as exc:  # never a stack trace: an empty answer with the reason
            answer = {
                "question": q,
                "template": None,
                "sparql": None,
                "answers": [],
                "message": f"internal error: {type(exc).__name__}: {exc}",
            }
        if as_json:
            click.echo(json.dumps(answer, ensure_ascii=False))
        else:
            click.echo(_render_answer(answer))


def _render_answer(answer: dict[str, Any]) -> str:
    lines = [f"问：{answer['question']}"]
    if answer.get("parts"):  # two asks of one entity: each with its answers
        for i, part in enumerate(answer["parts"], 1):
            lines.append(f"  （{i}）" + _render_answer(part).replace("\n", "\n  ")[len("问：") :])
        return "\n".join(lines)
    if not answer["answers"]:
        lines.append(f"  （无答案）{answer.get('message') or ''}")
    for a in answer["answers"]:
        held = f"（{'、'.join(a['held'])}）" if a.get("held") else ""  # 甲是哪个单位的人: each body's posts
        lines.append(f"  - {a['label']}{held}")
        for src in a.get("sources", [])[:1]:
            lines.append(f"      来源：《{src.get('title') or src.get('article')}》 {src.get('sentence', '')}")
    page = answer.get("page")
    if page and page.get("rest"):
        lines.append(f"  ……共 {page['total']} 条，还有 {page['rest']} 条（--offset {page['next']}）")
    if answer.get("candidates"):
        lines.append("  可选：" + "；".join(str(c.get("label")) for c in answer["candidates"][:10]))
    if answer.get("related"):
        lines.append("  相关原文（不是答案）：")
        for r in answer["related"]:
            lines.append(f"    《{r.get('title') or r.get('article')}》 {r.get('sentence', '')}")
    return "\n".join(lines)


# ---------------------------------------------------------------- sparql / dump / stats
def _format_option(choices: list[str], help: str) -> Callable[[Any], Any]:
    """A command's --format option (passed as `fmt`): one of `choices`, the first by default."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True, help=help)


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@_format_option(["table", "json", "csv", "tsv", "turtle"], "Output format.")
@click.pass_context
def sparql(ctx: click.Context, query: str | None, query_file: Any, fmt: str) -> None:
    """Run a read-only SPARQL query over the store."""
    from .kg.sparql import QueryRefused, check_read_only

    text = query_file.read() if query_file else query
    if not text:
        _fail("give a QUERY or -f FILE", 2)
    try:
        check_read_only(text)  # the user's text as written (rdflib's parser trips on SERVICE after '#>' prefixes)
        res = _open(ctx, read_only=True).query(_with_prefixes(text))
    except (QueryRefused, ValueError) as exc:
        _fail(" ".join(str(exc).split()), 2)  # one line, however the parser wraps its message
    click.echo(_render_results(res, fmt), nl=False)


def _with_prefixes(text: str) -> str:
    """The query with the graph model's PREFIX lines (kgqa:, schema:, org: ...) that it does not declare itself."""
    import re

    from .kg.vocab import PREFIXES

    declared = set(re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*|):", text))
    # one line, no newline: an error's line number still points into the user's query
    return "".join(f"PREFIX {k}: <{v}> " for k, v in PREFIXES.items() if k not in declared) + text


def _render_results(res: Any, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(res.to_json(), ensure_ascii=False) + "\n"
    if fmt == "csv":
        return res.to_csv()
    if fmt == "tsv":
        return res.to_tsv()
    if fmt == "turtle":
        from .kg.vocab import PREFIXES

        try:
            return res.to_turtle(PREFIXES)
        except ValueError:
            _fail("--format turtle needs a CONSTRUCT or DESCRIBE query", 2)
    return res.to_table()


@main.command()
@_format_option(["turtle", "trig", "nt", "nquads", "jsonld"], "Serialization.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file.")
@click.pass_context
def dump(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Dump the whole graph (TriG and N-Quads keep one named graph per article)."""
    kg = _open(ctx, read_only=True)
    if output:
        tmp = Path(output + ".part")
        with open(tmp, "wb") as fh:
            kg.dump(fh, fmt)
        tmp.replace(output)
    else:
        kg.dump(sys.stdout.buffer, fmt)
        sys.stdout.flush()


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """What is in the graph, and where the store lives."""
    counts = _open(ctx, read_only=True).stats()
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False))
        return
    for key, value in counts.items():
        click.echo(f"{key:18} {value}")


@main.command()
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def clear(ctx: click.Context, yes: bool) -> None:
    """Remove kgqa's graphs (every article, the entities and the ontology) from the store."""
    from .kg.store import StoreError, open_store

    location = ctx.obj["store"]
    if not yes:
        if not sys.stdin.isatty():
            _fail(f"clear removes every kgqa graph from {location}: confirm with --yes", 2)
        click.confirm(f"Remove every kgqa graph from {location}?", abort=True, err=True)
    try:
        store = open_store(location)
        try:
            dropped = store.clear()
        finally:
            store.close()
    except StoreError as exc:
        _fail(str(exc))
    click.echo(f"cleared {location}: {dropped} graph(s) removed")


# ---------------------------------------------------------------- serve / demo
@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--token", envvar="KGQA_TOKEN", default=None, help="Enable uploads, requiring this token. Env: KGQA_TOKEN."
)
@click.option("--threads", default=8, show_default=True, type=int, help="Worker threads.")
@click.option(
    "--rate-limit",
    "rate_limit",
    type=click.IntRange(min=0),
    envvar="KGQA_RATE_LIMIT",
    default=None,
    metavar="N",
    help="Expensive requests (SPARQL, ask, dump, upload) per client per minute; 0 = no limit "
    "(pages too) "
    "(default: the rate_limit_per_minute setting). Env: KGQA_RATE_LIMIT.",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None, threads: int, rate_limit: int | None) -> None:
    """Serve the web UI and the SPARQL endpoint (waitress)."""
    # without a token nothing is uploaded and nothing is written: a remote store is opened read-only; an
    # embedded one keeps its lock (so that an ingest elsewhere cannot change it under the server)
    remote = ctx.obj["store"].startswith(("http:", "https:", "sparql:"))
    kg = _open(ctx, read_only=token is None and remote, ontology=token is not None)
    _serve(kg, host, port, token, threads, rate_limit)


def _serve(kg: Any, host: str, port: int, token: str | None, threads: int, rate_limit: int | None = None) -> None:
    from waitress import serve as waitress_serve

    try:
        from .web import create_app
    except ImportError as exc:  # a build without the web front end: say so, no traceback
        _fail(f"the web UI cannot start: {exc}")
    # client SPARQL runs in the query worker processes (the query_workers setting); request threads only wait
    config: dict[str, Any] = {"KG": kg, "UPLOAD_TOKEN": token}
    if rate_limit is not None:
        config["RATE_LIMIT_PER_MINUTE"] = rate_limit
    app = create_app(config)
    runner = app.extensions["kgqa_runner"]
    runner.start()

    def stop(signum: int, frame: Any) -> None:
        # SIGTERM: stop the query workers first (a worker start under way finishes), then exit; dying at once
        # could cut the fork server off mid-request, and it would print a traceback into the server's log
        runner.close()
        _save_qa(kg, build=False)  # pages uploaded since start: the next start loads their index
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    # the saved question index and the home page's examples made beside the listening server (never a build):
    # made before it listened, they held back every first request by up to the examples' budget (5 s)
    threading.Thread(target=_preload_qa, args=(kg,), name="kgqa-preload", daemon=True).start()
    # a timeline of another format or state: built again beside the listening server, then read (until then the
    # entity pages and the articles' list use SPARQL, as they did until the next write rebuilt it)
    threading.Thread(target=_refresh_timeline, args=(kg,), name="kgqa-timeline", daemon=True).start()
    from .web import compile_templates

    compile_templates(app)  # the first request of each page then renders at once (same pages)
    click.echo(f"kgqa serving {kg.store.location} on http://{host}:{port}/", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="kgqa")


def _preload_qa(kg: Any) -> None:
    """`kg.preload_qa()` as a head start: a failure is one line on stderr (the first request makes them as before)."""
    try:
        kg.preload_qa()
    except Exception as exc:  # noqa: BLE001 - only a head start
        click.echo(f"kgqa: the question index was not loaded ahead ({type(exc).__name__}: {exc})", err=True)


def _refresh_timeline(kg: Any) -> None:
    """`kg.refresh_timeline()` beside the server (a writer's open): a failure is one line on stderr (the pages
    read SPARQL, as before)."""
    refresh = getattr(kg, "refresh_timeline", None)
    if refresh is None or getattr(kg, "read_only", True):
        return
    try:
        started = time.perf_counter()
        if kg.timeline() is None and refresh():
            click.echo(
                f"kgqa: the timeline was built again from the store ({time.perf_counter() - started:.1f} s)", err=True
            )
    except Exception as exc:  # noqa: BLE001 - only a cache
        click.echo(f"kgqa: the timeline was not built again ({type(exc).__name__}: {exc})", err=True)


DEMO_MARKER = ".kgqa-demo"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--no-serve", is_flag=True, help="Only build the demo store, do not serve it.")
@click.pass_context
def demo(ctx: click.Context, host: str, port: int, no_serve: bool) -> None:
    """Ingest the bundled sample articles into a fresh store and serve the web UI."""
    from .kg.graph import KnowledgeGraph
    from .samples import sample_files

    default_demo = default_store_location().parent / "demo-store"
    location = ctx.obj["store"] if ctx.parent and ctx.parent.params.get("store") else str(default_demo)
    if not location.startswith(("memory:", "http:", "https:")):
        where = Path(location)
        if where.exists():
            # only ever wipe a store that demo itself made: never a user's store named by --store/KGQA_STORE
            if (
                where.resolve() != default_demo.resolve()
                and not (where / DEMO_MARKER).exists()
                and (not where.is_dir() or any(where.iterdir()))
            ):
                _fail(
                    f"{location}: not a demo store and not empty; demo builds a fresh store, "
                    "so give it an unused --store (or none)",
                    2,
                )
            shutil.rmtree(where)
        where.mkdir(parents=True)
        (where / DEMO_MARKER).write_text("made by `kgqa demo`; demo may delete this store\n")
    kg = KnowledgeGraph.open(location)
    ctx.call_on_close(kg.close)
    for path in sample_files():
        report = kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
        click.echo(f"  {path.name}: {report.articles} articles, {report.facts} facts", err=True)
    if not no_serve:
        _serve(kg, host, port, None, 8)


if __name__ == "__main__":
    main()
