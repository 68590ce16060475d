#!/usr/bin/env python3
"""kgqa at corpus scale: generated pages ingested, served and queried at several sizes (issue 13 item 1).

    nice -n 10 .venv/bin/python bench/scale.py [--sizes 1000,10000] [--jobs 1,2] [--readme] [--keep DIR]

For each size N it generates N pages in a temporary directory (never in the repository) from the real
pages of ../shared (corpus and dev corpus, else the project's samples). Copy i of a page is made its own:
a first line of its own, amounts and counts shifted, and every person and city/county name the extractor
finds in the page replaced by a generated one. Replacement names are drawn so that entity counts grow like a
real corpus: half of the person slots take a name from a recurring pool (Zipf-weighted, pool size N/10, so
the most-mentioned person has hundreds of mentions at 1k and thousands at 10k), the rest a name never used
before; places likewise from a pool of N/20 + 20 made-up names. Then, as a user would:

- `kgqa ingest --jobs J DIR` into a fresh store for each J: articles/s, MB/s of text, peak RSS of the
  command and its workers (the first J's store is the one measured below), disk size of the store;
- one-off `kgqa stats` and `kgqa ask QUESTION` (wall seconds, peak RSS);
- `kgqa serve`: seconds from start to the first answer of /api/ask, idle RSS (server and its query
  workers); then sequential requests: p50/p99 of `/`, the entity page of the most-mentioned person (and its
  size in KB), an article page, /api/ask and a small /sparql query;
- `wrk -t2 -c20 -d30s` (`--wrk SECONDS`) on `/`, that entity page, /api/ask and /sparql: requests/s,
  errors, requests over wrk's 2 s timeout, the slowest answer, the server's peak RSS meanwhile;
- `kgqa dump --format turtle` against pyoxigraph's own N-Quads dump of the same store (the baseline, run
  in the same way: a fresh process), seconds and peak RSS.

Peak memory of the ingest is printed twice: RSS summed over the writer and its workers, which counts the
extractor the writer loads before forking them once per process, and PSS, which counts each shared page
once (the memory the ingest takes from the machine). `--store DIR --pages N` measures the steps after the
ingest on an existing store (an ingest cut short and resumed, or one kept with --keep).

It prints one table (metrics down, sizes across). `--readme` writes the table into bench/README.md and,
when matplotlib is installed, bench/scale.png (time and memory against size). Timings are of this machine
under its other load (the load average is printed): compare sizes and runs of the same table only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from fake_names import PLACE_SUFFIX, Substitution, given_chars, surnames  # noqa: E402
from ingest_jobs import _COUNT, _shift, _tree_pss, _tree_rss, real_pages  # noqa: E402

KGQA = [sys.executable, "-m", "kgqa.cli"]
README = ROOT / "bench" / "README.md"
PLOT = ROOT / "bench" / "scale.png"
PLACE_CHARS = "安宁平阳山河东西南北清泉兴隆永嘉临川新华长乐明德丰泽云溪青石金桥福源广济华容汉江"
PERSON_POOL_SHARE = 0.5


# ---------------------------------------------------------------- generating pages
class Names:
    """Made-up names: the k-th person name and place stem are distinct for distinct k."""

    def __init__(self) -> None:
        self.sur, self.given = list(surnames()), list(given_chars())

    def person(self, k: int) -> str:
        sur, g = self.sur[k % len(self.sur)], len(self.given)
        k //= len(self.sur)
        extra = "" if k < g * g else self.given[(k // g // g) % g]
        return sur + self.given[k % g] + self.given[(k // g) % g] + extra

    def place(self, k: int) -> str:
        n = len(PLACE_CHARS)
        return (
            PLACE_CHARS[k % n] + PLACE_CHARS[(k // n + 7) % n] + ("" if k < n * n else PLACE_CHARS[(k // n // n) % n])
        )


def page_names(text: str) -> tuple[list[str], list[str]]:
    """The person names and city/county stems the extractor finds in a page (longest first)."""
    from kgqa.extract import extract_page

    facts = extract_page(text)
    persons = {p.name for p in facts.persons if len(p.name) >= 2}
    persons |= {a for art in facts.articles for a in art.authors if len(a) >= 2}
    stems = set()
    for place in [*(p.name for p in facts.places), *(p.located_in or "" for p in facts.places)]:
        m = PLACE_SUFFIX.match(place or "")
        if m:
            stems.add(m.group(1))
    by_len = lambda s: (-len(s), s)  # noqa: E731
    return sorted(persons, key=by_len), sorted(stems, key=by_len)


class Generator:
    """Unique copies of the real pages with names and places drawn as in a growing corpus."""

    def __init__(self, n: int, seed: int = 13) -> None:
        self.pages = [p.read_text(encoding="utf-8") for p in real_pages()]
        self.found = [page_names(t) for t in self.pages]
        self.names = Names()
        self.rng = random.Random(seed)
        self.person_pool = max(20, n // 10)
        self.place_pool = max(20, n // 20 + 20)
        self.person_weights = [1 / (r + 1) ** 1.1 for r in range(self.person_pool)]
        self.place_weights = [1 / (r + 1) for r in range(self.place_pool)]
        self.fresh = self.person_pool  # names past the pool are used once each

    def person(self) -> str:
        if self.rng.random() < PERSON_POOL_SHARE:
            return self.names.person(self.rng.choices(range(self.person_pool), self.person_weights)[0])
        self.fresh += 1
        return self.names.person(self.fresh)

    def copy(self, i: int) -> str:
        """Copy i: its own first line, names and places replaced, amounts and counts shifted."""
        text = self.pages[i % len(self.pages)]
        persons, stems = self.found[i % len(self.pages)]
        subs = {name: self.person() for name in persons}
        subs |= {s: self.names.place(self.rng.choices(range(self.place_pool), self.place_weights)[0]) for s in stems}
        text = Substitution(subs).text(text)
        text = _COUNT.sub(lambda m: _shift(m.group(1), i), text)
        return f"第{i + 1}期 综合新闻\n" + text


def generate(root: Path, n: int) -> int:
    """Write n pages under root (1000 per folder); their total size in bytes."""
    gen, total = Generator(n), 0
    for i in range(n):
        folder = root / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = gen.copy(i).encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


# ---------------------------------------------------------------- running commands
def run(cmd: list[str], timeout: float = 3600) -> dict[str, object]:
    """Run a command: wall seconds, peak RSS of it and its children (sampled every 0.05 s), their peak PSS
    (every 0.5 s: pages shared by a forked worker and its parent counted once), stdout."""
    peak = [0, 0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        tick = 0
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid)[1])
            if tick % 10 == 0:
                peak[1] = max(peak[1], _tree_pss(proc.pid))
            tick += 1
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=timeout)
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:])} failed ({proc.returncode}): {err[-1500:]}")
    return {"seconds": seconds, "rss": peak[0], "pss": peak[1], "out": out}


def kgqa(store: Path, *args: str) -> dict[str, object]:
    """One kgqa command on the store."""
    return run([*KGQA, "--store", str(store), *args])


def disk_bytes(path: Path) -> int:
    """Bytes of the files under path."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def sparql_json(store: Path, query: str) -> list[dict[str, str]]:
    """Rows of a read-only SPARQL query through `kgqa sparql` (values as strings)."""
    out = json.loads(str(kgqa(store, "sparql", "--format", "json", query)["out"]))
    return [{k: v["value"] for k, v in b.items()} for b in out["results"]["bindings"]]


Q_TOP_PERSON = """SELECT ?p ?name (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a schema:mentions ?p } ?p a schema:Person ;
 rdfs:label ?name } GROUP BY ?p ?name ORDER BY DESC(?n) LIMIT 1"""
Q_ONE_ARTICLE = "SELECT ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle } } LIMIT 1"
Q_CHEAP = "SELECT ?s WHERE { ?s a <https://schema.org/Person> } LIMIT 10"


# ---------------------------------------------------------------- serving
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 120) -> tuple[float, int, int]:
    """Seconds, status and body bytes of one GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read()
            return time.perf_counter() - started, resp.status, len(body)
    except urllib.error.HTTPError as exc:
        return time.perf_counter() - started, exc.code, len(exc.read())
    except (urllib.error.URLError, OSError):
        return time.perf_counter() - started, 0, 0


def timings(url: str, n: int, budget: float) -> dict[str, float]:
    """p50/p99 milliseconds of n sequential GETs after one warm-up (fewer when over budget seconds)."""
    fetch(url)
    times, sizes, statuses, started = [], [], set(), time.perf_counter()
    for _ in range(n):
        t, status, size = fetch(url)
        times.append(t * 1000)
        sizes.append(size)
        statuses.add(status)
        if time.perf_counter() - started > budget and len(times) >= 3:
            break
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    return {
        "p50": statistics.median(times),
        "p99": p99,
        "kb": max(sizes) / 1024,
        "n": len(times),
        "ok": statuses == {200},
    }


_WRK_TIME = re.compile(r"([\d.]+)(us|ms|s|m)\b")
_WRK_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}
WRK_SECONDS = [30]  # --wrk: seconds of each `wrk -t2 -c20` run (0: none)


def _wrk_ms(text: str) -> float:
    """Milliseconds of one of wrk's durations (850.00us, 12.5ms, 1.02s, 1.5m)."""
    m = _WRK_TIME.fullmatch(text)
    return float(m[1]) * _WRK_UNIT[m[2]] if m else float("nan")


def wrk_load(url: str, seconds: int, server_pid: int) -> dict[str, object]:
    """`wrk -t2 -c20 -d{seconds}s` on url (wrk's 2 s timeout: a timeout is a request over 2 s): requests/s,
    errors (socket errors and non-2xx/3xx answers), timeouts, the slowest answer, the server's peak RSS."""
    peak = [0]
    proc = subprocess.Popen(
        ["wrk", "-t2", "-c20", f"-d{seconds}s", "--timeout", "2s", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    while proc.poll() is None:
        peak[0] = max(peak[0], _tree_rss(server_pid)[1])
        time.sleep(0.2)
    out = proc.communicate()[0]
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    latency = re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    counts = [int(x) for x in socket_errors.groups()] if socket_errors else [0, 0, 0, 0]
    return {
        "rps": float(rps[1]) if rps else 0.0,
        "errors": sum(counts[:3]) + (int(non_2xx[1]) if non_2xx else 0),
        "timeouts": counts[3],
        "max_ms": _wrk_ms(latency[1]) if latency else float("nan"),
        "rss": peak[0],
    }


def serve_metrics(
    store: Path, person: str, person_iri: str, article_iri: str, question: str, wrk_seconds: int = 0
) -> dict[str, object]:
    """Start `kgqa serve`, time its first answer, idle RSS, per-page request timings, then wrk on each page."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [*KGQA, "--store", str(store), "serve", "--port", str(port), "--rate-limit", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.perf_counter()
    ask_url = f"{base}/api/ask?q={urllib.parse.quote(question)}"
    out: dict[str, object] = {}
    try:
        while True:
            _, status, _ = fetch(ask_url, timeout=600)
            if status == 200:
                break
            if proc.poll() is not None or time.perf_counter() - started > 900:
                raise RuntimeError("kgqa serve did not answer")
            time.sleep(0.1)
        out["first_answer_s"] = time.perf_counter() - started
        time.sleep(3)
        out["idle_rss"] = _tree_rss(proc.pid)[1]
        path = lambda iri: iri.replace("https://kgqa.dev", "")  # noqa: E731
        pages = {
            "home": (f"{base}/", 20),
            "entity": (base + path(person_iri), 10),
            "article": (base + path(article_iri), 20),
            "ask": (ask_url, 50),
            "sparql": (f"{base}/sparql?query={urllib.parse.quote(Q_CHEAP)}", 50),
        }
        for key, (url, n) in pages.items():
            out[key] = timings(url, n, budget=90)
        out["served_rss"] = _tree_rss(proc.pid)[1]
        if wrk_seconds > 0 and shutil.which("wrk"):
            out["wrk"] = {
                key: wrk_load(pages[key][0], wrk_seconds, proc.pid) for key in ("home", "entity", "ask", "sparql")
            }
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return out


# ---------------------------------------------------------------- one size
OX_DUMP = (
    "import sys, pyoxigraph as ox; s = ox.Store.read_only(sys.argv[1]); "
    "s.dump(open(sys.argv[2], 'wb'), ox.RdfFormat.N_QUADS)"
)


def measure(n: int, jobs: list[int], work: Path, save: Any = lambda r: None) -> dict[str, object]:
    """Every metric of the table for n generated pages (`save` gets the results so far after each step)."""
    pages = work / f"pages-{n}"
    size = generate(pages, n)
    r: dict[str, object] = {"pages": n, "mb": size / 1e6, "load_start": os.getloadavg()[0]}
    for j in jobs:
        res = kgqa(work / f"store-{n}-j{j}", "ingest", "--no-progress", "--jobs", str(j), str(pages))
        m = re.search(r"ingested (\d+) file\(s\): (\d+) articles, (\d+) facts, (\d+) triples", str(res["out"]))
        assert m, res["out"]
        r[f"ingest_j{j}"] = {
            "seconds": res["seconds"],
            "articles": int(m[2]),
            "rss": res["rss"],
            "pss": res["pss"],
            "articles_s": int(m[2]) / float(res["seconds"]),
            "mb_s": size / 1e6 / float(res["seconds"]),
        }
        print(f"  ingest --jobs {j}: {res['seconds']:.1f} s, {m[2]} articles", file=sys.stderr, flush=True)
        save(r)
    store = work / f"store-{n}-j{jobs[0]}"
    for j in jobs[1:]:
        subprocess.run(["rm", "-rf", str(work / f"store-{n}-j{j}")], check=True)
    return measure_store(store, work, r, save)


def measure_store(store: Path, work: Path, r: dict[str, object], save: Any = lambda r: None) -> dict[str, object]:
    """The metrics after the ingest (disk, stats, ask, serve, wrk, dump) of one store, added to r."""
    r["disk"] = disk_bytes(store)
    top = sparql_json(store, Q_TOP_PERSON)[0]
    article_iri = sparql_json(store, Q_ONE_ARTICLE)[0]["a"]
    question = f"{top['name']}担任哪些职务？"
    r["top_person"] = {"name": top["name"], "mentions": int(top["n"])}
    stats = kgqa(store, "stats", "--json")
    r["stats"] = {"seconds": stats["seconds"], "rss": stats["rss"], "counts": json.loads(str(stats["out"]))}
    ask = kgqa(store, "ask", question)
    r["ask"] = {"seconds": ask["seconds"], "rss": ask["rss"]}
    save(r)
    print(f"  stats {stats['seconds']:.1f} s, ask {ask['seconds']:.1f} s", file=sys.stderr, flush=True)
    r["serve"] = serve_metrics(store, top["name"], top["p"], article_iri, question, WRK_SECONDS[0])
    save(r)
    print(f"  serve first answer {r['serve']['first_answer_s']:.1f} s", file=sys.stderr, flush=True)
    dump = kgqa(store, "dump", "--format", "turtle", "-o", str(work / "dump.ttl"))
    own = run([sys.executable, "-c", OX_DUMP, str(store), str(work / "dump.nq")])
    r["dump"] = {
        "seconds": dump["seconds"],
        "rss": dump["rss"],
        "ox_seconds": own["seconds"],
        "ox_rss": own["rss"],
        "mb": (work / "dump.ttl").stat().st_size / 1e6,
    }
    for f in ("dump.ttl", "dump.nq"):
        (work / f).unlink()
    r["load_end"] = os.getloadavg()[0]
    return r


# ---------------------------------------------------------------- the table
def _mb(b: object) -> str:
    return f"{float(b) / 2**20:,.0f} MB"  # type: ignore[arg-type]


def rows(results: list[dict], jobs: list[int]) -> list[tuple[str, list[str]]]:
    """(metric, one cell per size) rows of the table."""

    def get(f: Any) -> list[str]:
        out = []
        for r in results:
            try:
                out.append(f(r))
            except (KeyError, ZeroDivisionError, TypeError):
                out.append("–")  # not measured at this size (e.g. one --jobs value only)
        return out

    out = [
        (
            "pages / articles / MB of text",
            get(lambda r: f"{r['pages']:,} / {r[f'ingest_j{jobs[0]}']['articles']:,} / {r['mb']:.1f}"),
        )
    ]
    for j in jobs:
        out.append(
            (
                f"ingest --jobs {j}: articles/s, MB/s",
                get(lambda r, j=j: f"{r[f'ingest_j{j}']['articles_s']:.0f}, {r[f'ingest_j{j}']['mb_s']:.2f}"),
            )
        )
    if len(jobs) > 1:
        out.append(
            (
                f"ingest --jobs {jobs[-1]} / --jobs {jobs[0]}",
                get(lambda r: f"{r[f'ingest_j{jobs[-1]}']['articles_s'] / r[f'ingest_j{jobs[0]}']['articles_s']:.2f}x"),
            )
        )
    for j in jobs:
        out.append((f"ingest --jobs {j} peak RSS (with workers)", get(lambda r, j=j: _mb(r[f"ingest_j{j}"]["rss"]))))
        out.append(
            (
                f"ingest --jobs {j} peak PSS (with workers, shared pages once)",
                get(lambda r, j=j: _mb(r[f"ingest_j{j}"]["pss"])),
            )
        )

    def ms(key):
        return get(
            lambda r: (
                f"{r['serve'][key]['p50']:.0f} / {r['serve'][key]['p99']:.0f}"  # noqa: E731
                + ("" if r["serve"][key]["ok"] else " (errors)")
            )
        )

    out += [
        ("store on disk", get(lambda r: _mb(r["disk"]))),
        (
            "triples / persons",
            get(lambda r: f"{r['stats']['counts'].get('triples', 0):,} / {r['stats']['counts'].get('persons', 0):,}"),
        ),
        ("most-mentioned person: articles", get(lambda r: f"{r['top_person']['mentions']:,}")),
        ("serve: first answer after start", get(lambda r: f"{r['serve']['first_answer_s']:.1f} s")),
        ("serve: idle RSS (with query workers)", get(lambda r: _mb(r["serve"]["idle_rss"]))),
        ("serve: RSS after the requests", get(lambda r: _mb(r["serve"]["served_rss"]))),
        ("/ p50 / p99 ms", ms("home")),
        ("entity page of that person p50 / p99 ms", ms("entity")),
        ("entity page of that person size", get(lambda r: f"{r['serve']['entity']['kb']:,.0f} KB")),
        ("article page p50 / p99 ms", ms("article")),
        ("/api/ask p50 / p99 ms", ms("ask")),
        ("/sparql (10 persons) p50 / p99 ms", ms("sparql")),
        ("one-off `kgqa ask`: s, peak RSS", get(lambda r: f"{r['ask']['seconds']:.1f} s, {_mb(r['ask']['rss'])}")),
        (
            "one-off `kgqa stats`: s, peak RSS",
            get(lambda r: f"{r['stats']['seconds']:.1f} s, {_mb(r['stats']['rss'])}"),
        ),
        ("dump turtle: s, peak RSS", get(lambda r: f"{r['dump']['seconds']:.1f} s, {_mb(r['dump']['rss'])}")),
        (
            "pyoxigraph's own N-Quads dump: s, peak RSS",
            get(lambda r: f"{r['dump']['ox_seconds']:.1f} s, {_mb(r['dump']['ox_rss'])}"),
        ),
        (
            "dump turtle / pyoxigraph's dump (time)",
            get(lambda r: f"{r['dump']['seconds'] / r['dump']['ox_seconds']:.2f}x"),
        ),
        *wrk_rows(get),
        ("load average at start / end", get(lambda r: f"{r['load_start']:.1f} / {r['load_end']:.1f}")),
    ]
    return out


def wrk_rows(get: Any) -> list[tuple[str, list[str]]]:
    """Rows of the wrk runs: requests/s, errors, answers over 2 s, the slowest, the server's peak RSS."""
    names = {"home": "/", "entity": "busiest entity page", "ask": "/api/ask", "sparql": "/sparql"}

    def cell(w: dict) -> str:
        return (
            f"{w['rps']:.0f} req/s, {w['errors']} errors, {w['timeouts']} over 2 s, "
            f"slowest {w['max_ms']:,.0f} ms, RSS {_mb(w['rss'])}"
        )

    return [
        (f"wrk -t2 -c20 on {label}", get(lambda r, key=key: cell(r["serve"]["wrk"][key])))
        for key, label in names.items()
    ]


def table(results: list[dict], jobs: list[int]) -> str:
    """The markdown table: metrics down, sizes across."""
    head = "| metric | " + " | ".join(f"{r['pages']:,} pages" for r in results) + " |"
    lines = [head, "|---|" + "---:|" * len(results)]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows(results, jobs)]
    return "\n".join(lines)


def plot(results: list[dict], jobs: list[int]) -> str:
    """bench/scale.png: seconds and MB against pages; a sentence saying what was written."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "No plot: matplotlib is not installed (`pip install matplotlib` in the venv, then --readme again)."
    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4.2))

    def line(ax: Any, label: str, value: Any, scale: float = 1.0) -> None:
        points = []
        for r in results:
            try:
                points.append((r["pages"], value(r) * scale))
            except (KeyError, TypeError):
                continue  # not measured at this size
        if points:
            ax.plot(*zip(*points), marker="o", label=label)

    j = f"ingest_j{jobs[0]}"
    line(a, f"ingest --jobs {jobs[0]} (s)", lambda r: r[j]["seconds"])
    line(a, "serve: first answer (s)", lambda r: r["serve"]["first_answer_s"])
    line(a, "/ p50 (s)", lambda r: r["serve"]["home"]["p50"], 1e-3)
    line(a, "busiest entity page p50 (s)", lambda r: r["serve"]["entity"]["p50"], 1e-3)
    line(a, "/api/ask p50 (s)", lambda r: r["serve"]["ask"]["p50"], 1e-3)
    line(a, "kgqa ask (s)", lambda r: r["ask"]["seconds"])
    line(a, "kgqa stats (s)", lambda r: r["stats"]["seconds"])
    line(a, "dump turtle (s)", lambda r: r["dump"]["seconds"])
    mb = 1 / 2**20
    line(b, f"ingest --jobs {jobs[0]} peak", lambda r: r[j]["rss"], mb)
    line(b, "serve idle", lambda r: r["serve"]["idle_rss"], mb)
    line(b, "serve after requests", lambda r: r["serve"]["served_rss"], mb)
    line(b, "kgqa ask peak", lambda r: r["ask"]["rss"], mb)
    line(b, "store on disk", lambda r: r["disk"], mb)
    for ax, title in ((a, "time"), (b, "memory (MB)")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("pages")
        ax.set_title(title)
        ax.legend(fontsize=7)
        ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(PLOT, dpi=90)
    return f"![time and memory against size]({PLOT.name})"


def write_readme(text: str) -> None:
    """Replace the table section of bench/README.md (between its markers)."""
    begin, end = "<!-- scale:begin -->", "<!-- scale:end -->"
    old = README.read_text(encoding="utf-8") if README.exists() else f"# bench\n\n{begin}\n{end}\n"
    head, _, rest = old.partition(begin)
    _, _, tail = rest.partition(end)
    README.write_text(f"{head}{begin}\n{text}\n{end}{tail}", encoding="utf-8")


def main() -> None:
    """Measure each size, print the table (and write it into bench/README.md with --readme)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of pages")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values; the first is the baseline")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--readme", action="store_true", help="write the table (and plot) into bench/README.md")
    ap.add_argument(
        "--render",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="measure nothing: make the table from the --json files of earlier runs",
    )
    ap.add_argument(
        "--store",
        type=Path,
        help="generate and ingest nothing: measure the steps after the ingest on this existing store "
        "(one made by an earlier --keep run, or an ingest cut short and resumed)",
    )
    ap.add_argument("--pages", type=int, default=0, help="with --store: the pages it holds (the table's column)")
    ap.add_argument("--wrk", type=int, default=30, help="seconds of each wrk -t2 -c20 run on four pages (0: none)")
    args = ap.parse_args()
    WRK_SECONDS[0] = args.wrk
    jobs = [int(j) for j in args.jobs.split(",")]
    if args.store:
        measure_existing(args.store, args.pages, args.keep, args.json, jobs, args.readme)
        return
    if args.render:
        results = sorted(
            (r for f in args.render for r in json.loads(f.read_text(encoding="utf-8"))), key=lambda r: r["pages"]
        )
        report(results, jobs, f"`bench/scale.py` runs {', '.join(f.name for f in args.render)}", args.readme)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="kgqa-scale-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            print(f"{n} pages ...", file=sys.stderr, flush=True)

            def save(partial: dict, done: list = list(results)) -> None:
                if args.json:
                    args.json.write_text(json.dumps(done + [partial], ensure_ascii=False, indent=1), encoding="utf-8")

            results.append(measure(n, jobs, work, save))
            save(results[-1], results[:-1])
    report(results, jobs, f"`bench/scale.py --sizes {args.sizes} --jobs {args.jobs}`", args.readme)


def measure_existing(
    store: Path, pages: int, keep: Path | None, out: Path | None, jobs: list[int], readme: bool
) -> None:
    """The steps after the ingest on an existing store (its ingest measured elsewhere), then the table."""
    r: dict[str, object] = {"pages": pages, "mb": 0.0, "load_start": os.getloadavg()[0]}

    def save(partial: dict) -> None:
        if out:
            out.write_text(json.dumps([partial], ensure_ascii=False, indent=1), encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="kgqa-scale-") as tmp:
        results = [measure_store(store, keep or Path(tmp), r, save)]
    save(results[0])
    report(results, jobs, f"`bench/scale.py --store` (a store of {pages:,} pages ingested earlier)", readme)


def report(results: list[dict], jobs: list[int], how: str, readme: bool) -> None:
    """Print the table (and write it, with the plot, into bench/README.md when asked)."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h"], capture_output=True, text=True
    ).stdout.strip()
    text = f"{how} at {commit}, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}:\n\n" + table(results, jobs)
    print(text)
    if readme:
        write_readme(text + "\n\n" + plot(results, jobs))


if __name__ == "__main__":
    main()
