"""The busiest person's entity page, first request after `kgqa serve` starts (issue 13: <= 500 ms, <= 500 KB).

    nice -n 5 .venv/bin/python bench/entity_first.py --store DIR [--kgqa PATH] [--repeat 5] [--save FILE]

Finds the person mentioned in most articles (bench/scale.py's Q_TOP_PERSON, a one-off query before the server
starts), starts `kgqa --store DIR serve` (`--kgqa`: another kgqa, e.g. a checkout before a change), waits until it
accepts connections, then times the first GET of that person's page and `--repeat` more (kept pages), and prints
one JSON line; `--save` writes the first body (to compare two versions byte for byte). Run it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from home_first import _get, served  # noqa: E402
from scale import Q_TOP_PERSON, sparql_json  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--kgqa", default=str(Path(sys.executable).with_name("kgqa")), help="the kgqa to run")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--save", type=Path, help="write the body of the first request to this file")
    args = ap.parse_args()
    top = sparql_json(args.store, Q_TOP_PERSON)[0]
    out: dict[str, object] = {"store": str(args.store), "kgqa": args.kgqa, "load": os.getloadavg()[0]}
    out["person_articles"] = int(top["n"])
    with served(args.kgqa, args.store) as (base, listening_s):
        out["listening_s"] = listening_s
        url = base + str(top["p"]).replace("https://kgqa.dev", "")
        ms, status, size = _get(url, args.save)
        out["first_ms"], out["status"], out["bytes"] = round(ms, 1), status, size
        out["then_ms"] = [round(_get(url)[0], 1) for _ in range(args.repeat)]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
