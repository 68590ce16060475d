#!/usr/bin/env python3
"""Persons and person-post pairs of `extract_page` on real news sentences no rule was written on.

    .venv/bin/python bench/post_probe.py [--part test|tune] [--model PATH] [--limit N] [--misses N]

Sets (read from ../shared/bench at run time, never copied into the project):
  cluener  CLUENER2020 train (THUCNews 2005-2011): name, position, company/government/organization
  resume   ResumeNER train (Sina Finance résumés): NAME, TITLE, ORG
  pd       People's Daily NER dev (1998): PER, ORG only (persons and organisations, no posts)
CLUENER and ResumeNER are cut by position as bench/build_name_lexicon.py does (first 70% build,
70-80% tune, last 20% test); People's Daily dev as bench/ner_train.py --tune does (the last 20% is
test, 70-80% tune). Misses are read only on the tune part (`--misses` refuses the test part); the
numbers to report are on the test part.

Gold person-post pairs are read off the labels: a name and a position (TITLE) span that touch, or are
joined by simple glue (任/担任/出任/现任/兼任/为/是/： after the name), make a pair (记者/通讯员 are
bylines, not posts); so does a position after 任/现任/历任/曾任 in a sentence that opens with its only
full name (a résumé's subject: 某某，男，…，现任某公司董事长); a position span
written X兼Y or X、Y gives one pair per title; an organisation span ending where the position starts
is the pair's org. A predicted post matches a gold pair when the person is the same and the titles
have the same role word (../shared/eval/score.py `role`), or one is the other with a body written
before it (研究部主任 ~ 主任, not 副总经理 ~ 总经理). Printed per set: persons P/R/F1; (person, title)
P/R/F1, where a predicted post counts against precision only when its person has a gold pair in the
sentence or is no gold person at all; (person, title, org) over the gold pairs that have an org, among
predicted posts whose title matched.

The shipped CRF (extract/data/ner.crfsuite) was trained on all of these sets: its persons are seen
names. For numbers on unseen text pass `--model` a model trained without the probe's parts:
    nice .venv/bin/python bench/ner_train.py --tune --hold-probe --out /tmp/probe.crfsuite
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_name_lexicon import BUILD, TUNE, load_bmes, load_cluener  # noqa: E402
from kgqa.extract import extract_page, ner  # noqa: E402
from ner_data import load_char_lines  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
PERSON = {"name", "NAME", "PER"}
POSITION = {"position", "TITLE"}
ORG = {"company", "government", "organization", "ORG"}
GLUE_AFTER_NAME = {"", "任", "担任", "出任", "现任", "兼任", "为", "是", "："}
SERVED = re.compile(r"[现历曾兼担出]?任")  # 现任/历任/曾任 ... between a sentence's subject and its posts
GLUE_BEFORE_NAME = {"", " "}
MODIFIER_END = set("副总常务执行首席代理名誉荣誉前原")
NOT_POSTS = {"记者", "本报记者", "通讯员", "实习生", "特约记者", "见习记者"}  # a reporter is an author, not a post

Spans = dict[str, set[tuple[int, int]]]


def _scorer():
    """The shared scorer module (../shared/eval/score.py) for `norm` and `role`."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = _scorer()


@dataclass
class PRF:
    """True positives, false positives and false negatives, printed as P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __str__(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


@dataclass
class Pair:
    """A gold person-post pair of one sentence."""

    name: str
    title: str
    org: str | None = None


@dataclass
class Tally:
    """The three measures of one set, and the sentences with a miss (for --misses)."""

    persons: PRF = field(default_factory=PRF)
    titles: PRF = field(default_factory=PRF)
    orgs: PRF = field(default_factory=PRF)
    named: PRF = field(default_factory=PRF)  # organisations named (gold spans against names and aliases)
    misses: list[str] = field(default_factory=list)


def spans_of(spans: Spans, labels: set[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of these labels, sorted."""
    return sorted(x for lab, ss in spans.items() if lab in labels for x in ss)


def gold_pairs(text: str, spans: Spans) -> list[Pair]:
    """Person-post pairs the labels give (see the module docstring)."""
    names, posts, orgs = spans_of(spans, PERSON), spans_of(spans, POSITION), spans_of(spans, ORG)
    subject = _subject(text, names)
    out = []
    for pa, pb in posts:
        org = next((text[a:b] for a, b in orgs if b == pa), None)
        titles = [t for t in re.split(r"兼|、", text[pa:pb]) if t and t not in NOT_POSTS]
        for na, nb in names:
            joined = (pb <= na and text[pb:na] in GLUE_BEFORE_NAME) or (nb <= pa and text[nb:pa] in GLUE_AFTER_NAME)
            held = (na, nb) == subject and nb <= pa and bool(SERVED.search(text[nb:pa])) and "。" not in text[nb:pa]
            if joined or held:
                out.extend(Pair(text[na:nb], t, org) for t in titles)
    return out


def _subject(text: str, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name a sentence opens with, when it is the only full name in it (a résumé's subject)."""
    full = {text[a:b] for a, b in names if b - a >= 2}
    first = names[0] if names else None
    if len(full) == 1 and first and first[0] == 0 and first[1] - first[0] >= 2:
        return first
    return None


def same_title(pred: str, gold: str) -> bool:
    """The same role word, or one title is the other with a body written before it."""
    p, g = SCORE.role(pred), SCORE.role(gold)
    if p == g:
        return True
    long, short = (p, g) if len(p) > len(g) else (g, p)
    return bool(short) and long.endswith(short) and long[-len(short) - 1] not in MODIFIER_END


def same_org(post, gold: str, facts) -> bool:
    """Does the post's org (as resolved or as written, or any alias of the resolved one) name the gold org?"""
    g = SCORE.norm(gold)
    forms = {SCORE.norm(post.org), SCORE.norm(post.org_as_written)}
    for o in facts.organizations:
        if o.name == post.org:
            forms |= {SCORE.norm(a) for a in o.aliases}
    return g in forms


def _add(m: PRF, gold: set, pred: set) -> None:
    """Add one sentence's gold and predicted sets to a measure."""
    m.tp += len(gold & pred)
    m.fp += len(pred - gold)
    m.fn += len(gold - pred)


def measure(text: str, spans: Spans, tally: Tally) -> None:
    """Extract one sentence and add its persons, organisations and pairs to the tally."""
    facts = extract_page(text)
    gold_names = {text[a:b] for a, b in spans_of(spans, PERSON)}
    pred_names = {p.name for p in facts.persons}
    _add(tally.persons, gold_names, pred_names)
    gold_orgs = {text[a:b] for a, b in spans_of(spans, ORG)}
    said = {o.name: {o.name, *o.aliases} for o in facts.organizations}
    tally.named.tp += sum(1 for g in gold_orgs if any(g in forms for forms in said.values()))
    tally.named.fn += sum(1 for g in gold_orgs if not any(g in forms for forms in said.values()))
    tally.named.fp += sum(1 for forms in said.values() if not forms & gold_orgs)
    pairs = gold_pairs(text, spans)
    posted = {p.name for p in pairs}
    positions = [text[a:b] for a, b in spans_of(spans, POSITION)]
    matched: dict[int, list] = {}
    notes = []
    for person in facts.persons:
        for post in person.posts:
            hit = [k for k, g in enumerate(pairs) if g.name == person.name and same_title(post.title, g.title)]
            for k in hit:
                matched.setdefault(k, []).append(post)
            unknown = person.name in posted and any(same_title(post.title, x) for x in positions)
            if not hit and not unknown and (person.name in posted or person.name not in gold_names):
                tally.titles.fp += 1
                notes.append(f"fp post {person.name} / {post.title} @ {post.org}")
    for k, g in enumerate(pairs):
        tally.titles.tp += k in matched
        tally.titles.fn += k not in matched
        if k not in matched:
            notes.append(f"fn post {g.name} / {g.title} @ {g.org}")
        if g.org and k in matched:
            ok = any(same_org(q, g.org, facts) for q in matched[k])
            tally.orgs.tp += ok
            tally.orgs.fn += not ok
            tally.orgs.fp += not ok and any(q.org for q in matched[k])
            if not ok:
                got = "; ".join(f"{q.org_as_written}->{q.org}" for q in matched[k])
                notes.append(f"org {g.name} / {g.title}: {got} != {g.org}")
        elif g.org:
            tally.orgs.fn += 1
    notes += [f"org fn {g}" for g in sorted(gold_orgs) if not any(g in forms for forms in said.values())]
    notes += [f"org fp {n}" for n, forms in sorted(said.items()) if not forms & gold_orgs]
    notes += [f"person fn {n}" for n in sorted(gold_names - pred_names)]
    notes += [f"person fp {n}" for n in sorted(pred_names - gold_names)]
    if notes:
        tally.misses.append(text + "\n    " + "\n    ".join(notes))


def part_of(recs: list, part: str, cut: tuple[float, float, float]) -> list:
    """The tune or test part of a set, by position: tune is [cut0, cut1), test [cut2, 1)."""
    n = len(recs)
    a, b = (int(n * cut[0]), int(n * cut[1])) if part == "tune" else (int(n * cut[2]), n)
    return recs[a:b]


def load_sets() -> dict[str, tuple[list, tuple[float, float, float]]]:
    """Each set as (text, {label: {(start, end)}}) records with its cut points."""
    out: dict[str, tuple[list, tuple[float, float, float]]] = {}
    bench = SHARED / "bench"
    if (bench / "cluener2020" / "train.jsonl").exists():
        out["cluener"] = (load_cluener(), (BUILD, TUNE, TUNE))
    if (bench / "resume_ner" / "train.char.bmes").exists():
        out["resume"] = (load_bmes(), (BUILD, TUNE, TUNE))
    pd = bench / "peoples_daily_ner" / "example.dev"
    if pd.exists():
        recs = []
        for text, spans in load_char_lines(pd):
            d: Spans = {}
            for a, b, lab in spans:
                d.setdefault(lab, set()).add((a, b))
            recs.append((text, d))
        out["pd"] = (recs, (0.7, 0.8, 0.8))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=["test", "tune"])
    ap.add_argument("--model", help="a CRF other than the shipped one (ner_train.py --tune --hold-probe)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", type=int, default=0, help="print this many sentences with a miss (tune part only)")
    ap.add_argument("--only", help="one set: cluener, resume or pd")
    args = ap.parse_args()
    if args.misses and args.part != "tune":
        print("misses are read on the tune part only (--part tune)", file=sys.stderr)
        return 2
    if args.model:
        ner.MODEL = Path(args.model)
        ner._tagger.cache_clear()
    sets = load_sets()
    if not sets:
        print("no data under ../shared/bench", file=sys.stderr)
        return 1
    for name, (recs, cut) in sets.items():
        if args.only and name != args.only:
            continue
        part = part_of(recs, args.part, cut)[: args.limit or None]
        tally = Tally()
        for text, spans in part:
            measure(text, spans, tally)
        print(f"== {name} {args.part}: {len(part)} sentences")
        print(f"  persons        {tally.persons}")
        print(f"  organisations  {tally.named}")
        if name != "pd":
            print(f"  person+title   {tally.titles}")
            print(f"  person+org     {tally.orgs}")
        for m in tally.misses[: args.misses]:
            print("  " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
