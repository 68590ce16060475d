"""What the question index's name tables wrote at each flush, and their disk, from a store's fact file.

    .venv/bin/python bench/name_rows.py STORE [--every 4]

Reads the newest `*.facts.db` of the store's `qa-index` (kg/qa/saved.py, name_db.py) read-only: per chunk (one
ingest flush) the rows and bytes (key + value, + member of the `member` table) written to the `name` and `member`
tables, then the totals, and the pages SQLite gives each table and its index (`dbstat`, when the build has it).
Made for scale36 (session 35): the bytes a flush writes, before and after the name sets became rows of members.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path


def fact_file(store: Path) -> Path:
    """The newest fact file of the store's saved question index."""
    files = sorted(store.rglob("*.facts.db"), key=lambda p: p.stat().st_mtime)
    if not files:
        raise SystemExit(f"no *.facts.db under {store}")
    return files[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path, help="the store's directory (or a .facts.db file)")
    ap.add_argument("--every", type=int, default=4, help="print every N-th chunk (and the last)")
    args = ap.parse_args()
    path = args.store if args.store.is_file() else fact_file(args.store)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    per: dict[int, list[float]] = {}
    for chunk, n, size in conn.execute(
        "SELECT chunk, count(*), coalesce(sum(length(key) + coalesce(length(value), 0)), 0) FROM name GROUP BY chunk"
    ):
        per.setdefault(chunk, [0, 0, 0, 0])[:2] = [n, size]
    if "member" in tables:
        for chunk, n, size in conn.execute(
            "SELECT chunk, count(*), coalesce(sum(length(key) + coalesce(length(member), 0) + "
            "coalesce(length(value), 0)), 0) FROM member GROUP BY chunk"
        ):
            per.setdefault(chunk, [0, 0, 0, 0])[2:] = [n, size]
    print(f"{path}\nchunk\tname rows\tname MB\tmember rows\tmember MB\tMB written")
    chunks = sorted(per)
    for i, chunk in enumerate(chunks):
        if i % args.every == 0 or chunk == chunks[-1]:
            n, size, m, msize = per[chunk]
            print(f"{chunk}\t{n}\t{size / 2**20:.2f}\t{m}\t{msize / 2**20:.2f}\t{(size + msize) / 2**20:.2f}")
    total = [sum(v[i] for v in per.values()) for i in range(4)]
    print(
        f"all\t{total[0]}\t{total[1] / 2**20:.1f}\t{total[2]}\t{total[3] / 2**20:.1f}\t{(total[1] + total[3]) / 2**20:.1f}"
    )
    try:
        pages = dict(
            conn.execute(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name IN ('name', 'name_key', 'member', 'member_key') "
                "GROUP BY name"
            ).fetchall()
        )
        disk = sum(pages.values())
        print(
            f"disk (dbstat): {', '.join(f'{k} {v / 2**20:.1f} MB' for k, v in sorted(pages.items()))}; "
            f"together {disk / 2**20:.1f} MB of the file's {path.stat().st_size / 2**20:.1f} MB"
        )
    except sqlite3.OperationalError as e:  # a build without dbstat
        print(f"disk: dbstat unavailable ({e}); file {path.stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
