#!/usr/bin/env python3
"""Generalisation probe: does extraction hold when the names of a page are ones nobody tuned a rule on?

    .venv/bin/python bench/perturb.py [--seeds N] [--only STEM] [--set gold|dev] [--no-places] [--quiet]

For every page of ../shared/gold and ../shared/dev, and every seed, a variant is made in memory (never
written anywhere): every person of the gold (persons, authors, participants, witnesses) gets a made-up
name (a common family name of extract/data/surnames.txt and one or two typical given-name characters,
used nowhere in the page; transliterated-looking syllables for foreign names; the national leaders of
extract/data/famous_persons.txt kept), surname+title forms (李总理) follow, and every city or county
written in the page is swapped for another real one of the same level and province (their stems too,
长治 -> 大同), unless --no-places. The same replacements are made in every string of the gold. Both the
original and the variant are ingested, exported and scored as bench/score_all.py does (same code, same
../shared/eval/score.py). Printed: per page and per source, fact_f1 and qa_acc original vs perturbed
(mean over seeds), the gold facts found in the original but lost in a variant (a rule that leans on
a known name or a lexicon), with the name they had in the variant (LOST), those found only in a variant
(GAINED), and the persons, posts and organisations wrongly given for a variant only (WRONG).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_names import Substitution, person_swaps, place_swaps  # noqa: E402
from score_all import gold_pages, load_scorer, mean, score_text, source_of  # noqa: E402


def gold_persons(gold: dict) -> set[str]:
    """Every person the gold names: persons, authors, event participants, agreement witnesses."""
    names = {p["name"] for p in gold.get("persons") or [] if p.get("name")}
    names |= {a for art in gold.get("articles") or [] for a in art.get("authors") or []}
    names |= {x for e in gold.get("events") or [] for x in e.get("participants") or []}
    names |= {x for a in gold.get("agreements") or [] for x in a.get("witnesses") or []}
    return {n for n in names if isinstance(n, str)}


def perturb(gold: dict, text: str, key: str, places: bool = True) -> tuple[dict, str, Substitution]:
    """A variant of a page and its gold with persons (and cities/counties) replaced; deterministic in key."""
    rng = random.Random(key)
    persons = gold_persons(gold)
    subs = person_swaps(rng, text, persons)
    if places:
        subs |= {k: v for k, v in place_swaps(rng, text, persons).items() if k not in subs}
    sub = Substitution(subs)
    return sub.value(gold), sub.text(text), sub


def found_facts(score, gold: dict, pred: dict) -> dict[tuple, str]:
    """The gold facts the export finds, keyed by their place in the gold (so variants compare), with a label."""
    orgs = score.Orgs(gold.get("organizations") or [], pred.get("organizations") or [])
    n, role = score.norm, score.role
    out: dict[tuple, str] = {}
    titles = {n(a.get("title")) for a in pred.get("articles") or []}
    for i, a in enumerate(gold.get("articles") or []):
        if n(a["title"]) in titles:
            out[("article", i)] = a["title"]
    people = {n(p.get("name")) for p in pred.get("persons") or []}
    posts = {
        (n(p.get("name")), role(q.get("title")), orgs(q.get("org")))
        for p in pred.get("persons") or []
        for q in p.get("posts") or []
    }
    for i, p in enumerate(gold.get("persons") or []):
        if n(p["name"]) in people:
            out[("person", i)] = p["name"]
        for j, q in enumerate(p.get("posts") or []):
            if (n(p["name"]), role(q.get("title")), orgs(q.get("org"))) in posts:
                out[("post", i, j)] = f"{p['name']} {q.get('title')} @ {q.get('org')}"
    p_orgs = {orgs(o.get("name")): o.get("type") for o in pred.get("organizations") or []}
    for i, o in enumerate(gold.get("organizations") or []):
        if orgs(o["name"]) in p_orgs:
            out[("org", i)] = o["name"]
            if p_orgs[orgs(o["name"])] == o.get("type"):
                out[("org_type", i)] = f"{o['name']} ({o.get('type')})"
    out |= paired(score, orgs, gold, pred)
    return out


def wrong_facts(score, gold: dict, pred: dict) -> set[str]:
    """Persons, posts and organisations of the export that the gold does not have, as labels."""
    orgs = score.Orgs(gold.get("organizations") or [], pred.get("organizations") or [])
    n, role = score.norm, score.role
    g_people = {n(p["name"]) for p in gold.get("persons") or []}
    g_posts = {
        (n(p["name"]), role(q.get("title")), orgs(q.get("org")))
        for p in gold.get("persons") or []
        for q in p.get("posts") or []
    }
    g_orgs = {orgs(o["name"]) for o in gold.get("organizations") or []}
    out = set()
    for p in pred.get("persons") or []:
        if n(p.get("name")) not in g_people:
            out.add(f"person {p.get('name')}")
        for q in p.get("posts") or []:
            if (n(p.get("name")), role(q.get("title")), orgs(q.get("org"))) not in g_posts:
                out.add(f"post {p.get('name')} {q.get('title')} @ {q.get('org')}")
    out |= {f"org {o.get('name')}" for o in pred.get("organizations") or [] if orgs(o.get("name")) not in g_orgs}
    return out


def paired(score, orgs, gold: dict, pred: dict) -> dict[tuple, str]:
    """Gold agreements and events paired with an exported one, as the scorer pairs them."""
    n, out = score.norm, {}

    def parties(a: dict) -> set:
        return {orgs(x) for x in a.get("parties") or []}

    def people(e: dict) -> set:
        return {n(x) for x in e.get("participants") or []}

    def event_sim(g: dict, p: dict) -> float:
        if str(g.get("date")) != str(p.get("date")):
            return 0.0
        return 0.5 * (g.get("kind") == p.get("kind")) + 0.5 * score.jaccard(people(g), people(p))

    g_agr, g_ev = gold.get("agreements") or [], gold.get("events") or []
    index = {id(g): i for i, g in enumerate(g_agr + g_ev)}
    for g, _ in score.match_greedy(
        g_agr, pred.get("agreements") or [], lambda g, p: score.jaccard(parties(g), parties(p)), 0.5
    ):
        out[("agreement", index[id(g)])] = f"{g.get('kind')} {'+'.join(g.get('parties') or [])}"
    for g, _ in score.match_greedy(g_ev, pred.get("events") or [], event_sim, 0.5):
        out[("event", index[id(g)] - len(g_agr))] = f"{g.get('date')} {g.get('kind')} {g.get('summary') or ''}"[:80]
    return out


def probe_page(score, gold: dict, text: str, stem: str, seeds: int, places: bool) -> dict:
    """The original's scores and, per seed, the variant's scores and the facts it lost."""
    base = score_text(score, gold, text)
    found = found_facts(score, gold, base["pred"])
    wrong = wrong_facts(score, gold, base["pred"])
    runs = []
    for seed in range(seeds):
        g2, t2, sub = perturb(gold, text, f"{seed}:{stem}", places)
        r = score_text(score, g2, t2)
        found2 = found_facts(score, g2, r["pred"])
        lost = [
            f"{found[k]}" + (f"  [as {sub.text(found[k])}]" if sub.text(found[k]) != found[k] else "")
            for k in sorted(found.keys() - found2.keys(), key=str)
        ]
        gained = [found2[k] for k in sorted(found2.keys() - found.keys(), key=str)]
        added = sorted(wrong_facts(score, g2, r["pred"]) - {sub.text(w) for w in wrong})
        moved = [
            f"{k} {v:.2f}->{r['sections'].get(k, 0.0):.2f}"
            for k, v in base["sections"].items()
            if abs(r["sections"].get(k, 0.0) - v) >= 0.005
        ]
        runs.append(
            {
                "fact_f1": r["fact_f1"],
                "qa_acc": r["qa_acc"],
                "lost": lost,
                "gained": gained,
                "added": added,
                "moved": moved,
            }
        )
    return {
        "fact_f1": base["fact_f1"],
        "qa_acc": base["qa_acc"],
        "p_fact_f1": mean([r["fact_f1"] for r in runs]),
        "p_qa_acc": mean([r["qa_acc"] for r in runs]),
        "runs": runs,
    }


def fmt(x: float | None) -> str:
    return "     -" if x is None else f"{x:6.3f}"


def report(results: dict[str, dict], quiet: bool) -> None:
    """Per page (largest loss first), the lost facts, then means per source and overall."""
    print(f"{'page':30} {'fact':>6} {'pert':>6} {'delta':>6}   {'qa':>6} {'pert':>6}")
    order = sorted(results, key=lambda s: results[s]["p_fact_f1"] - results[s]["fact_f1"])
    for stem in order:
        r = results[stem]
        d = r["p_fact_f1"] - r["fact_f1"]
        print(
            f"{stem[:30]:30} {fmt(r['fact_f1'])} {fmt(r['p_fact_f1'])} {d:+6.3f}   {fmt(r['qa_acc'])} {fmt(r['p_qa_acc'])}"
        )
        if quiet:
            continue
        for seed, run in enumerate(r["runs"]):
            if run["moved"]:
                print(f"      seed {seed} fact_f1 {run['fact_f1']:.3f}: {', '.join(run['moved'])}")
            for fact in run["lost"]:
                print(f"      seed {seed} LOST   {fact}")
            for fact in run["gained"]:
                print(f"      seed {seed} GAINED {fact}")
            for fact in run["added"]:
                print(f"      seed {seed} WRONG  {fact}")
    groups: dict[str, list[str]] = {}
    for stem in results:
        groups.setdefault(source_of(stem), []).append(stem)
        groups.setdefault("all", []).append(stem)
    print()
    for name in sorted(groups, key=lambda g: (g == "all", g)):
        st = groups[name]
        a, b = mean([results[s]["fact_f1"] for s in st]), mean([results[s]["p_fact_f1"] for s in st])
        qa, qb = mean([results[s]["qa_acc"] for s in st]), mean([results[s]["p_qa_acc"] for s in st])
        lost = sum(len(run["lost"]) for s in st for run in results[s]["runs"])
        wrong = sum(len(run["added"]) for s in st for run in results[s]["runs"])
        print(
            f"{'mean ' + name + f' ({len(st)})':30} {fmt(a)} {fmt(b)} {b - a:+6.3f}   {fmt(qa)} {fmt(qb)}"
            f"  lost {lost}, wrong {wrong}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=1, help="variants per page (default 1)")
    ap.add_argument("--only", help="probe only pages whose file name starts with this")
    ap.add_argument("--set", choices=["gold", "dev"], help="probe only this set")
    ap.add_argument("--no-places", action="store_true", help="replace persons only, keep cities and counties")
    ap.add_argument("--quiet", action="store_true", help="numbers only, no lost facts")
    args = ap.parse_args()
    score = load_scorer()
    results: dict[str, dict] = {}
    for _set_name, stem, gold_path, corpus in gold_pages(args.set, args.only):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        text = (corpus / gold["document"]).read_text(encoding="utf-8")
        results[stem] = probe_page(score, gold, text, stem, args.seeds, not args.no_places)
    report(results, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
