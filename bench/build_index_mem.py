"""The question index built from the whole graph: peak RSS and seconds, streamed against in memory (issue 13).

    nice -n 10 .venv/bin/python bench/build_index_mem.py --pages 2000,10000 --work /tmp/bim

For each N: bench/scale.py's generator writes N pages (kept in WORK/pN/pages and reused), `kgqa ingest --jobs 2`
stores them in WORK/pN/store, keeping the index as it writes (its peak RSS and seconds: the ingest-time index).
Then, each in a fresh process on the same store, opened read-only: the index built from the whole graph the way
`kgqa ask` on a store without one builds it (saved.py `build_index`: the facts taken in STREAM_PAGES pages at a
time and flushed to a fact file of its own, removed after) and, for comparison, the whole build in memory
(`GraphIndex(store)`, as before session 40); the peak RSS of each (scale.py `run`, sampled every 0.05 s) and its
seconds, and whether the streamed index answers three questions as the one the ingest kept.
Times depend on the machine's load; memory does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale  # noqa: E402 - bench/ is not a package

# Run in a fresh process: build the index of the store (read-only) one way; print the answers to questions.
CHILD = r"""
import json, sys
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import QuestionAnswerer, saved
from kgqa.kg.qa.index import GraphIndex
store, mode, questions = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
kg = KnowledgeGraph.open(store, read_only=True)
if mode == "streamed":
    index = saved.build_index(kg.store)
elif mode == "memory":
    index = GraphIndex(kg.store)
else:  # "kept": the one the ingest saved
    index = saved.load_index(kg.store)
    assert index is not None, "the ingest saved no index"
qa = QuestionAnswerer(kg, index=index)
print(json.dumps([sorted(map(str, qa.answer(q).answers)) for q in questions], ensure_ascii=False))
"""


def _aside(store: Path, keep: bool) -> list[Path]:
    """Move the saved index's files out of the store's directory (keep=False), or back (keep=True)."""
    hidden = store.parent / "index-aside"
    hidden.mkdir(exist_ok=True)
    src, dst = (hidden, store) if keep else (store, hidden)
    moved = []
    for f in sorted(src.glob("kgqa-qa-*")):
        target = dst / f.name
        f.rename(target)
        moved.append(target)
    return moved


def _clean_built(store: Path) -> None:
    """Remove the index files a build left in the store's directory (before the kept ones go back)."""
    for f in store.glob("kgqa-qa-*"):
        f.unlink()


def measure(n: int, work: Path) -> dict[str, object]:
    root = work / f"p{n}"
    pages, store = root / "pages", root / "store"
    if not pages.is_dir():
        scale.generate(pages, n)
    out: dict[str, object] = {"pages": n}
    if not store.is_dir():
        ingest = scale.kgqa(store, "ingest", "--jobs", "2", "--no-progress", str(pages))
        out["ingest"] = {k: ingest[k] for k in ("seconds", "rss", "pss")}
    top = scale.sparql_json(store, scale.Q_TOP_PERSON)[0]["name"]  # the most-mentioned person
    questions = [f"{top}担任哪些职务？", f"{top}参加了哪些活动？", "有哪些新闻？"]
    kept = scale.run([sys.executable, "-c", CHILD, str(store), "kept", json.dumps(questions)])
    out["kept"] = {"seconds": kept["seconds"], "rss": kept["rss"]}
    _aside(store, keep=False)
    try:
        for mode in ("streamed", "memory"):
            r = scale.run([sys.executable, "-c", CHILD, str(store), mode, json.dumps(questions)], timeout=7200)
            out[mode] = {"seconds": r["seconds"], "rss": r["rss"], "same": r["out"] == kept["out"]}
            _clean_built(store)
    finally:
        _aside(store, keep=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="2000,10000", help="comma-separated numbers of pages")
    ap.add_argument("--work", type=Path, required=True, help="pages and stores (kept and reused)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    results = []
    for n in (int(x) for x in args.pages.split(",")):
        r = measure(n, args.work)
        results.append(r)
        mb = lambda b: f"{b / 2**20:.0f}"  # noqa: E731
        print(
            f"{n} pages: ingest-kept index loaded {mb(r['kept']['rss'])} MB; built streamed "
            f"{r['streamed']['seconds']:.1f} s, peak {mb(r['streamed']['rss'])} MB RSS, same answers "
            f"{r['streamed']['same']}; built in memory {r['memory']['seconds']:.1f} s, peak "
            f"{mb(r['memory']['rss'])} MB RSS"
            + (
                f"; ingest {r['ingest']['seconds']:.0f} s, peak {mb(r['ingest']['rss'])} MB RSS"
                if "ingest" in r
                else ""
            ),
            flush=True,
        )
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
