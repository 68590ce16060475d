#!/usr/bin/env python3
"""The gold's "other" questions (kind other: counted by score.py in qa_all only), what kgqa answers and why.

    .venv/bin/python bench/qa_other.py [--set gold|dev] [--only STEM] [--list]

Each page is ingested into a fresh in-memory store as bench/score_all.py does and every question of kind
"other" is asked. Each is judged right, wrong (a non-empty answer that is not exactly right) or empty, and
put in a class by where its gold answer stands in the page's gold facts:

  a  every gold answer is a value of the page's gold fact sections that a template family reads: a
     participant (person or body) of a gold event, an agreement's party, an event's or agreement's date,
     place or amount, a zone's industry, a person's post; or a number that counts the participants of one
     type (persons, or bodies of one organization type) of a gold event;
  b  not in the gold facts, but every gold answer is a name (a person or body of the gold, or a word ending
     in a body's or place's suffix), a date or a quantity (digits or a Chinese numeral with a measure word):
     a fact kgqa could extract but does not (a founding date, a project's output, a body's parent...);
  c  the rest: phrases (a theme, a slogan, a list of measures) that need reading comprehension.

The class is computed from the gold, not from kgqa's answer, so it does not move when kgqa changes. The
question shape is the question's wh-word and what it asks of (哪些+body, 多少+measure, 谁, 何时/哪天...).
Prints counts by class x verdict and by shape x class; --list prints every question with its class, shape,
verdict and template (the gold's text is read at run time, never stored in the project).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter

import yaml
from kgqa.kg.graph import KnowledgeGraph
from score_all import SHARED, gold_pages, load_scorer, source_of

NUM = re.compile(
    r"^[约近超过逾]*[\d.,，．]+(余|多)?[%％]?[个家名人户所条项份场天台位岁万亿千百元美吨公里平方米立方亩摄氏度秒年月日号]*"
    r"(余|多|以上)?[个家名人户所条项份场天台位岁万亿千百元美吨公里平方米立方亩]*$"
)
CN_NUM = re.compile(r"^(第)?[一二两三四五六七八九十百千万]+(个|家|所|项|位|条|名|车道|方面)?(以上)?$")
DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$|^\d{1,2}月\d{1,2}日$|^\d{4}年(\d{1,2}月)?$")
NAME_END = re.compile(
    r"(公司|集团|银行|部|委|局|厅|署|院|所|大学|学院|中学|医院|处|司|会|区|市|县|村|省|社|网站|班|中心|园|站|基地|厂|城)$"
)
SHAPES = [  # (shape, pattern): the first that matches the question names its shape
    ("count 几家/多少个 …参加", r"(几|多少)(家|个|位|名|所).{0,12}(参加|出席|参会|与会)"),
    (
        "amount 投资/资金 多少",
        r"(投资|投入|资金|金额|花了|钱|成交额|总额|收入|利润|创汇|作价|引资).{0,12}多少|多少.{0,4}(钱|资金)",
    ),
    ("count/quantity 多少/几", r"(多少|几|多大|多长|第几)"),
    ("when 何时/哪天/哪一年", r"(何时|哪天|哪一年|什么时候|哪年)"),
    (
        "which bodies/places 哪些/哪家/哪个 + body",
        r"(哪些|哪家|哪个|哪所|哪两家|哪几家)(单位|部门|企业|公司|银行|市|县|区|机构|司局|处室|院校|大学|集团|研究所)",
    ),
    ("who 谁/哪位/哪些人", r"(谁|哪位|哪两位|哪些人)"),
    ("which (other) 哪些/哪个/哪", r"哪"),
    ("what 什么", r"(什么|怎样|如何)"),
]


def norm(text) -> str:
    return re.sub(r"[\s“”\"'《》（）()]", "", unicodedata.normalize("NFKC", str(text)))


def shape_of(question: str) -> str:
    return next((name for name, pattern in SHAPES if re.search(pattern, question)), "other")


def fact_values(gold: dict) -> tuple[set[str], set[int]]:
    """Values of the gold's fact sections a template family reads, and the counts of each gold event's
    participants by kind (persons; bodies of each organization type; all bodies)."""
    values: set[str] = set()
    otype = {o["name"]: o.get("type") for o in gold.get("organizations") or []}
    counts: set[int] = set()
    for e in gold.get("events") or []:
        people, bodies = e.get("participants") or [], e.get("organizations") or []
        values.update(people)
        values.update(bodies)
        values.update(str(e[k]) for k in ("date", "location", "amount") if e.get(k))
        counts.update({len(people), len(bodies)})
        counts.update(Counter(otype.get(b) for b in bodies).values())
    for a in gold.get("agreements") or []:
        for key, value in a.items():
            if key in ("parties", "partners", "signers", "witnesses", "fields", "date", "amount", "place"):
                values.update(map(str, value) if isinstance(value, list) else [str(value)] if value else [])
    for z in gold.get("development_zones") or []:
        values.update(map(str, z.get("industries") or []))
    for p in gold.get("persons") or []:
        for post in p.get("posts") or []:
            values.add(f"{post.get('org') or ''}{post.get('title')}")
    return {norm(v) for v in values}, {c for c in counts if c}


def alternatives(answer) -> list[str]:
    return [str(x) for x in ([answer] if not isinstance(answer, list) else answer)]


def count_of(alts: list[str]) -> int | None:
    for x in alts:
        m = re.match(r"^(\d+)(个|家|位|名|所)?$", norm(x))
        if m:
            return int(m.group(1))
    return None


def class_of(gold: dict, answers: list) -> str:
    values, counts = fact_values(gold)
    groups = [alternatives(a) for a in answers]
    if all(any(norm(x) in values for x in alts) or count_of(alts) in counts for alts in groups):
        return "a"
    if all(any(NUM.match(norm(x)) or CN_NUM.match(norm(x)) or DATE.match(norm(x)) for x in alts) for alts in groups):
        return "b"
    text_names = {norm(o["name"]) for o in gold.get("organizations") or []} | {
        norm(p["name"]) for p in gold.get("persons") or []
    }
    if all(any(norm(x) in text_names or NAME_END.search(norm(x)) for x in alts) for alts in groups):
        return "b"
    return "c"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["gold", "dev"], help="only this set")
    ap.add_argument("--only", help="only pages whose file name starts with this")
    ap.add_argument("--list", action="store_true", help="print every question")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"qa_other: ../shared not found at {SHARED}")
    score = load_scorer()
    rows = []
    for set_name, stem, gold_path, corpus in gold_pages(args.set, args.only):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        kg = KnowledgeGraph.open("memory:")
        kg.ingest_text((corpus / gold["document"]).read_text(encoding="utf-8"), gold["document"])
        orgs = score.Orgs(gold.get("organizations") or [], kg.export().get("organizations") or [])
        for item in gold.get("qa") or []:
            if item.get("kind", "other") != "other":
                continue
            result = kg.ask(item["q"]).to_json()
            got = result.get("answers") or []
            ok = score.qa_correct(item["a"], got, orgs)
            verdict = "right" if ok else ("wrong" if got else "empty")
            rows.append(
                {
                    "set": set_name,
                    "page": stem,
                    "source": source_of(stem),
                    "class": class_of(gold, item["a"]),
                    "shape": shape_of(item["q"]),
                    "verdict": verdict,
                    "template": result.get("template") or "-",
                    "q": item["q"],
                    "got": [score.answer_label(a) for a in got],
                }
            )
        kg.close()
    if args.list:
        for r in rows:
            print(
                f"{r['page'][:24]:24} {r['class']} {r['verdict']:5} {r['template'][:22]:22} {r['shape'][:14]:14} {r['q']}"
            )
            if r["verdict"] == "wrong":
                print(f"{'':24}   got={r['got']}")
    for set_name in sorted({r["set"] for r in rows}):
        part = [r for r in rows if r["set"] == set_name]
        verdicts = Counter(r["verdict"] for r in part)
        print(
            f"\n{set_name}: {len(part)} other questions: "
            + ", ".join(f"{k} {verdicts[k]}" for k in ("right", "wrong", "empty"))
        )
        print("class  n  right wrong empty")
        for c in "abc":
            sub = [r for r in part if r["class"] == c]
            v = Counter(r["verdict"] for r in sub)
            print(f"  {c} {len(sub):4} {v['right']:5} {v['wrong']:5} {v['empty']:5}")
    print("\nshape                                       a    b    c  (pages of class a: sources)")
    for shape in [s for s, _ in SHAPES] + ["other"]:
        sub = [r for r in rows if r["shape"] == shape]
        if not sub:
            continue
        by = Counter(r["class"] for r in sub)
        a_pages = sorted({r["page"] for r in sub if r["class"] == "a"})
        a_sources = sorted({r["source"] for r in sub if r["class"] == "a"})
        print(f"  {shape[:40]:40} {by['a']:4} {by['b']:4} {by['c']:4}  ({len(a_pages)}: {','.join(a_sources)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
