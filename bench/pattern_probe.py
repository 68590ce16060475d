#!/usr/bin/env python3
"""Held-out probe of the agreement, event and date families on MADE-UP mini-articles (issue 10).

    .venv/bin/python bench/pattern_probe.py [--data bench/data/pattern_probe.yaml] [--only ID] [--misses]

Each case of the data file (see its header) is extracted with `extract_page` (source name given, as the
ingest does) and compared with its expected facts, as ../shared/eval/score.py compares pages: agreements
paired by parties (Jaccard >= 0.5 over organisation keys), events by date, kind and participants
(similarity >= 0.5). Printed per source and overall:

  agree   F1 of agreements found (cases that list `agreements`)
  a_det   share of expected agreement details right (kind, date, amount, fields, witnesses as given)
  events  F1 of events found (cases that list `events`)
  e_det   share of expected event details right (participants, location, organizations as given)
  date    share of article dates right (cases that give `date`)
  persons F1 of person names (cases that list `persons`: every named person who is not only an author)
  posts   F1 of (person, role word of title, organisation) (same cases; as score.py's posts)
  orgs    F1 of organisations by name or alias (cases that list `organizations`: every one the text names)
  o_type  F1 of (organisation, type) (same cases)
  zones   F1 of (development zone, industry) pairs (cases that list `zones`)
  probe   mean of the columns a run has

The set was written before any rule was changed for it: its first run is the honest held-out figure.
At 2c5a1c7 (main, before any change for it; first 81 cases): agree 0.794, a_det 0.723, events 0.913, e_det 0.816,
date 0.987, probe 0.847 (xwlb 0.801, pd1998 0.826, cnews 0.898, eb 0.866).
A third batch (ids b3-, 19 cases) was written after the first fixes and run before any change for it, at
846c798: probe 0.865 on it (agree 0.933, a_det 0.882, events 0.857, e_det 0.706, date 0.944).
A fourth batch (bench/data/pattern_probe_b4.yaml, 64 cases) adds persons, posts, organisations and zones;
its first run, at 90b0a44 before any change for it (`--data bench/data/pattern_probe_b4.yaml`): probe 0.756
(xwlb 0.790, pd1998 0.802, cnews 0.574, eb 0.838; agree 0.882, a_det 0.778, events 0.812, e_det 0.667,
date 0.763, persons 0.986, posts 0.803, orgs 0.897, o_type 0.854, zones 0.118); 0.767 once 12 expectations that
broke gold conventions were corrected (listed in the file's header); fitted after the fixes it led to: 0.910.
A fifth batch (bench/data/pattern_probe_b5.yaml, 16 cases) was written after those fixes and run before any
change for it: probe 0.856 (main 90b0a44 code: 0.791; agree 1.000, posts 0.784, orgs 0.864, zones 0.500);
after the fixes it then led to (dateline with a year, 关于…的协定, 中心 anaphor, 原 before a level word): 0.913.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from kgqa.extract import extract_page

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "bench" / "data" / "pattern_probe.yaml"
COLUMNS = ["agree", "a_det", "events", "e_det", "date", "persons", "posts", "orgs", "o_type", "zones"]


def load_scorer():
    """The shared scorer module (../shared/eval/score.py)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_orgs(case: dict) -> list[dict]:
    """The case's organisations, plus each expected 人民政府 party with its place and 政府 forms as aliases."""
    expect = case.get("expect") or {}
    orgs = [dict(o) for o in [*(expect.get("organizations") or []), *(expect.get("orgs") or [])]]
    known = {o["name"] for o in orgs}
    for agr in (case.get("expect") or {}).get("agreements") or []:
        for party in agr.get("parties") or []:
            if party.endswith("人民政府") and party not in known:
                place = party[: -len("人民政府")]
                orgs.append({"name": party, "aliases": [place, place + "政府"]})
                known.add(party)
    return orgs


class Tally:
    """Counts per (source, column): tp/pred/gold for F1 columns, right/total for share columns."""

    def __init__(self) -> None:
        self.f1: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        self.share: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add_f1(self, source: str, col: str, tp: int, n_pred: int, n_gold: int) -> None:
        for key in ((source, col), ("all", col)):
            cell = self.f1[key]
            cell[0] += tp
            cell[1] += n_pred
            cell[2] += n_gold

    def add_check(self, source: str, col: str, ok: bool) -> None:
        for key in ((source, col), ("all", col)):
            self.share[key][0] += ok
            self.share[key][1] += 1

    def value(self, source: str, col: str) -> float | None:
        if (source, col) in self.f1:
            tp, n_pred, n_gold = self.f1[(source, col)]
            if not n_pred and not n_gold:
                return 1.0
            p = tp / n_pred if n_pred else 0.0
            r = tp / n_gold if n_gold else 0.0
            return 2 * p * r / (p + r) if p + r else 0.0
        if (source, col) in self.share:
            ok, n = self.share[(source, col)]
            return ok / n if n else None
        return None


def same_place(want: str, got: str | None, norm) -> bool:
    """A location matches when one written form contains the other (郑州 / 郑州市)."""
    a, b = norm(want), norm(got)
    return bool(b) and (a in b or b in a)


def check_agreements(score, case, pred, orgs, tally, misses) -> None:
    """Pair expected and found agreements; count them and their details."""
    src, want = case["source"], case["expect"]["agreements"]
    got = pred.get("agreements") or []

    def parties(a):
        return {orgs(x) for x in a.get("parties") or []}

    pairs = score.match_greedy(want, got, lambda g, p: score.jaccard(parties(g), parties(p)), 0.5)
    tally.add_f1(src, "agree", len(pairs), len(got), len(want))
    paired = {id(g): p for g, p in pairs}
    for g in want:
        p = paired.get(id(g))
        if p is None:
            misses.append(f"agreement missed: {g}")
        for key in ("kind", "date", "amount", "fields", "witnesses"):
            if key not in g:
                continue
            if key in ("fields", "witnesses"):
                ok = p is not None and {score.norm(x) for x in g[key] or []} == {
                    score.norm(x) for x in p.get(key) or []
                }
            else:
                ok = p is not None and score.norm(g[key]) == score.norm(p.get(key))
            tally.add_check(src, "a_det", ok)
            if p is not None and not ok:
                misses.append(f"agreement {key}: want {g[key]!r} got {p.get(key)!r}  ({'/'.join(g['parties'])})")
    for p in got:
        if not any(p is q for _, q in pairs):
            misses.append(f"agreement extra: {p['kind']} {p['parties']} {p['date']}")


def check_events(score, case, pred, orgs, tally, misses) -> None:
    """Pair expected and found events (as score.py does); count them and their details."""
    src, want = case["source"], case["expect"]["events"]
    got = pred.get("events") or []

    def people(e):
        return {score.norm(x) for x in e.get("participants") or []}

    def sim(g, p):
        if str(g.get("date")) != str(p.get("date")):
            return 0.0
        return 0.5 * (g.get("kind") == p.get("kind")) + 0.5 * score.jaccard(people(g), people(p))

    pairs = score.match_greedy(want, got, sim, 0.5)
    tally.add_f1(src, "events", len(pairs), len(got), len(want))
    paired = {id(g): p for g, p in pairs}
    for g in want:
        p = paired.get(id(g))
        if p is None:
            misses.append(f"event missed: {g['kind']} {g.get('date')} {g.get('participants')}")
        checks = [
            (
                "participants",
                g.get("participants"),
                p and p.get("participants"),
                p is not None and people(g) == people(p),
            )
        ]
        if p is not None and p.get("kind") != g.get("kind"):
            misses.append(f"event kind: want {g['kind']} got {p.get('kind')} ({g.get('date')})")
        if "location" in g:
            got_at = p and p.get("location")
            checks.append(
                ("location", g["location"], got_at, p is not None and same_place(g["location"], got_at, score.norm))
            )
        for org in g.get("organizations") or []:
            found = (p or {}).get("organizations") or []
            checks.append(("organization", org, found, orgs(org) in {orgs(x) for x in found}))
        for what, want_v, got_v, ok in checks:
            tally.add_check(src, "e_det", ok)
            if p is not None and not ok:
                misses.append(f"event {what}: want {want_v!r} got {got_v!r} ({g['kind']})")
    for p in got:
        if not any(p is q for _, q in pairs):
            misses.append(f"event extra: {p['kind']} {p['date']} {p['participants']} | {p['summary'][:40]}")


def check_set(tally, src: str, col: str, want: set, got: set, what: str, misses: list[str]) -> None:
    """Count one set section (as score.py's set_score) and note what was missed or extra."""
    tally.add_f1(src, col, len(want & got), len(got), len(want))
    misses += [f"{what} missed: {'/'.join(x) if isinstance(x, tuple) else x}" for x in sorted(want - got)]
    misses += [f"{what} extra: {'/'.join(x) if isinstance(x, tuple) else x}" for x in sorted(got - want)]


def check_persons(score, case, pred, orgs, tally, misses) -> None:
    """Persons by name, posts by (person, role word of the title, organisation key), as score.py."""
    src, want = case["source"], case["expect"]["persons"] or []
    got = pred.get("persons") or []

    def posts(people):
        return {
            (score.norm(p.get("name")), score.role(q.get("title")), orgs(q.get("org")))
            for p in people
            for q in p.get("posts") or []
        }

    names = {score.norm(p["name"]) for p in want}
    check_set(tally, src, "persons", names, {score.norm(p.get("name")) for p in got}, "person", misses)
    check_set(tally, src, "posts", posts(want), posts(got), "post", misses)


def check_orgs(score, case, pred, orgs, tally, misses) -> None:
    """Organisations by key (name or any alias) and by (key, type), as score.py."""
    src, want = case["source"], case["expect"]["organizations"] or []
    got = pred.get("organizations") or []
    check_set(tally, src, "orgs", {orgs(o["name"]) for o in want}, {orgs(o.get("name")) for o in got}, "org", misses)
    typed_w = {(orgs(o["name"]), o.get("type") or "") for o in want}
    typed_g = {(orgs(o.get("name")), o.get("type") or "") for o in got}
    tally.add_f1(src, "o_type", len(typed_w & typed_g), len(typed_g), len(typed_w))
    found = {k for k, _ in typed_g}
    misses += [f"org type: want {k}/{t}" for k, t in sorted(typed_w - typed_g) if k in found]


def check_zones(score, case, pred, orgs, tally, misses) -> None:
    """(zone, industry) pairs, as score.py's zone_industries."""

    def pairs(zones):
        return {(orgs(z.get("name")), score.norm(i)) for z in zones or [] for i in z.get("industries") or []}

    want, got = pairs(case["expect"]["zones"]), pairs(pred.get("development_zones"))
    check_set(tally, case["source"], "zones", want, got, "zone industry", misses)


def run_case(score, case: dict, tally: Tally) -> list[str]:
    """Extract one case and count its checks; returns what went wrong."""
    pred = extract_page(case["text"], source_name=case.get("name")).to_gold()
    orgs = score.Orgs(gold_orgs(case), pred.get("organizations") or [])
    expect, misses = case.get("expect") or {}, []
    if "date" in expect:
        got = (pred.get("articles") or [{}])[0].get("date")
        ok = str(expect["date"]) == str(got)
        tally.add_check(case["source"], "date", ok)
        if not ok:
            misses.append(f"article date: want {expect['date']} got {got}")
    if "agreements" in expect:
        check_agreements(score, case, pred, orgs, tally, misses)
    if "events" in expect:
        check_events(score, case, pred, orgs, tally, misses)
    for key, check in (("persons", check_persons), ("organizations", check_orgs), ("zones", check_zones)):
        if key in expect:
            check(score, case, pred, orgs, tally, misses)
    return misses


def fmt(x: float | None) -> str:
    return f"{'-':>7}" if x is None else f"{x:7.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", help="run only cases whose id starts with this")
    ap.add_argument("--misses", action="store_true", help="print what each case got wrong")
    args = ap.parse_args()
    score = load_scorer()
    cases = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    tally, sources = Tally(), []
    for case in cases:
        if args.only and not case["id"].startswith(args.only):
            continue
        sources += [case["source"]] if case["source"] not in sources else []
        misses = run_case(score, case, tally)
        if args.misses and misses:
            print(f"{case['id']}")
            for m in misses:
                print(f"    {m}")
    print(f"\n{'source':8} " + " ".join(f"{c:>7}" for c in COLUMNS) + "   probe")
    for src in sources + ["all"]:
        vals = [tally.value(src, c) for c in COLUMNS]
        got = [v for v in vals if v is not None]
        print(f"{src:8} " + " ".join(fmt(v) for v in vals) + " " + fmt(sum(got) / len(got) if got else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
