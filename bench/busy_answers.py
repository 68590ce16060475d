#!/usr/bin/env python3
"""The first answer of a list question about the busiest entity, read whole vs its newest facts, in one run.

    .venv/bin/python bench/busy_answers.py [--pages 8000] [--repeat 3] [--store DIR]

Writes N made-up pages (mapped facts, no extraction) into an embedded store: one person in every page,
chairman of one of 500 firms and at one meeting, on a date of its own, so that the person holds N posts
and attends N events, and chairs a group that has a new deputy manager named in every page (2N posts in it,
one post held N times), as the busiest person of a year's papers does (30,000 posts at 100,000 pages,
bench/README.md). Then asks `newest` templates' questions (person_posts, person_events, org_members,
post_holder) with a fresh answerer each time: read whole (`NEWEST` above N) vs the newest 200 (the
timeline's, and the same by SPARQL as a store without a timeline does). Prints seconds per first answer and the ratio to whole.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from kgqa.extract.facts import Article, Event, Organization, PageFacts, Person, Post, Source
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer, execute

STAR = "甄一鸣"  # made up
GROUP = "虚构总部控股集团"  # made up: every page names one more of its deputy managers
FIRMS = 500
DIGITS = "零一二三四五六七八九"


def firm(n: int) -> str:
    """The made-up firm of page n (one of FIRMS): 虚构一二三重工有限公司."""
    return "虚构" + "".join(DIGITS[int(c)] for c in str(n % FIRMS)) + "重工有限公司"


def deputy(n: int) -> str:
    """The made-up deputy manager of page n: 甄 and two or three characters of n."""
    return "甄" + "".join("伟芳娜敏静丽强磊军洋"[int(c)] for c in str(n))


def page(n: int) -> PageFacts:
    """Page n: the star chairs firm n and the group and attends meeting n, and a deputy manager of the group of
    its own is named, on day n // 3 after 2020-01-01."""
    day = (dt.date(2020, 1, 1) + dt.timedelta(days=n // 3)).isoformat()
    src = Source(0, f"{STAR}任{firm(n)}董事长，出席座谈会，{GROUP}副总经理{deputy(n)}陪同。", 0, 8)
    return PageFacts(
        date=day,
        articles=[Article(title=f"虚构报道{n}", body=src.sentence, date=day)],
        persons=[
            Person(STAR, posts=[Post("董事长", firm(n), source=src), Post("董事长", GROUP, source=src)], sources=[src]),
            Person(deputy(n), posts=[Post("副总经理", GROUP, source=src)], sources=[src]),
        ],
        organizations=[Organization(firm(n), "company", sources=[src]), Organization(GROUP, "company", sources=[src])],
        events=[Event("meeting", f"第{n}次虚构座谈会", day, participants=[STAR], organizations=[firm(n)], source=src)],
    )


QUESTIONS = [
    f"{STAR}担任哪些职务？",
    f"{STAR}参加了哪些活动？",
    f"{GROUP}有哪些人任职？",
    f"{GROUP}董事长是谁？",
    f"{GROUP}副总经理有哪些人？",
]


def first_answer(kg: KnowledgeGraph, question: str, newest: int, timeline: bool) -> tuple[float, Any]:
    """Seconds of one answer by a fresh answerer (its index loaded first, not timed), and the answer."""
    saved_newest, saved_timeline = execute.NEWEST, kg.timeline
    execute.NEWEST = newest
    if not timeline:
        kg.timeline = lambda: None  # type: ignore[method-assign]
    try:
        qa = QuestionAnswerer(kg)
        started = time.perf_counter()
        got = qa.answer(question)
        return time.perf_counter() - started, got
    finally:
        execute.NEWEST, kg.timeline = saved_newest, saved_timeline  # type: ignore[method-assign]


def median_of(repeat: int, run: Callable[[], tuple[float, Any]]) -> tuple[float, Any]:
    """The median seconds of `repeat` runs, and the last answer."""
    times, got = [], None
    for _ in range(repeat):
        seconds, got = run()
        times.append(seconds)
    return statistics.median(times), got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=8000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--store", help="a directory for the store (default: a temporary one)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        kg = KnowledgeGraph.open(args.store or f"{tmp}/store")
        started = time.perf_counter()
        for n in range(args.pages):
            kg.write_page(map_page(page(n), f"made-up page {n}", f"p{n}.txt"))
        print(
            f"{args.pages} pages written in {time.perf_counter() - started:.1f} s; timeline current: "
            f"{kg.timeline() is not None}"
        )
        QuestionAnswerer(kg)  # the index built once and saved: every answerer below loads it
        print(
            "| question | template | answers whole / newest | whole s | newest (timeline) s | ratio | "
            "newest (SPARQL) s | ratio |"
        )
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for question in QUESTIONS:
            whole_s, whole = median_of(args.repeat, lambda: first_answer(kg, question, 10**9, True))
            tl_s, bounded = median_of(args.repeat, lambda: first_answer(kg, question, execute.NEWEST, True))
            sp_s, same = median_of(args.repeat, lambda: first_answer(kg, question, execute.NEWEST, False))
            agree = "" if bounded.answers == same.answers else " (timeline and SPARQL differ!)"
            print(
                f"| {question} | {whole.template} | {len(whole.answers)} / {len(bounded.answers)} | {whole_s:.3f} | "
                f"{tl_s:.3f} | {tl_s / whole_s:.2f}x | {sp_s:.3f} | {sp_s / whole_s:.2f}x |{agree}"
            )
        kg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
