"""Two asks of one entity in one question (甲担任什么职务，在哪个单位; 甲会是哪天开的，谁参加了; 甲的乙是谁，他还有什么
职务): the whole reads as asking two things, so it is cut at a mark into its asks, the entity the first names carried
into the second (for a word of cues.yaml `two_asks.points`, 他, or its 的 for one of `whose`, 其, or before it when
nothing stands for it), and each asked through `QuestionAnswerer.answer`. The answer is the first ask's, with both in
`parts` (the CLI's JSON key; the CLI text and the web page show each). A second ask naming something else, or one no
template fits, is left to the message asking them one at a time (engine.py's `asks_two`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import QuestionAnswerer
    from .parse import Parsed
    from .select import Evidence, Fit
    from .shape import Answer
    from .steps import Asked, Reading

_MARKS = re.compile(r"[，,；;？?。、]")  # where one ask ends and the next begins
_LEAD = "，,；;？?。、：: "  # marks and spaces opening the second ask


def answer_two_asks(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """Both asks of a question asking two things of one entity, the first's answer on top, both in `parts`. None: not
    cut into two asks that each fit a template, or the second names something of its own."""
    text = asked.text
    for mark in _MARKS.finditer(text):
        first, rest = text[: mark.start()], text[mark.end() :].lstrip(_LEAD)
        if not first or not rest.rstrip("？?。！!~ "):
            continue
        reading = qa.read(first)  # read once: to find what it names, then to answer it
        then = _second_ask(qa, reading, rest)
        if then is None:
            continue
        got = qa.answer_read(first, reading)
        return replace(got, question=asked.question, parts=[got.to_json(), then.to_json()])
    return None


def _second_ask(qa: QuestionAnswerer, first: Reading, rest: str) -> Answer | None:
    """The answer of the second ask written out with the entity the first names (`first`: the first ask as read; the
    first way a template fits that answers, else the first way one fits), or None: a template fits no way, or not the
    first ask."""
    parsed, evidence, fits, _ = first
    if not fits:
        return None
    lex = qa.lexicon
    said = _said(parsed, evidence, lex.two_asks_ends, fits[0])
    if not said:
        return None
    join = next((w for w in lex.two_asks_joins if rest.startswith(w)), "")
    rest = rest[len(join) :].lstrip(_LEAD)
    own = qa.parse(rest).mentions
    if own and all(m.text in said for m in own):  # 甲担任什么职务，甲在哪个单位: said again, asked as written
        written = [rest]
    elif own:
        return None  # another entity's ask: two things asked
    elif point := next((w for w in lex.two_asks_points if rest.startswith(w)), ""):
        written = [said + rest[len(point) :]]
    elif whose := next((w for w in lex.two_asks_whose if rest.startswith(w)), ""):
        tail = rest[len(whose) :]
        written = [said + ("" if tail.startswith("的") else "的") + tail]
    else:  # nothing stands for it: before the ask (甲在哪个单位), or after it (谁参加了甲会)
        written = [said + rest, rest.rstrip("？?。！!~ ") + said]
    fitting = [qa.answer_read(w, read) for w in written if (read := qa.read(w))[2]]  # each read once
    return next((a for a in fitting if a.answers), fitting[0] if fitting else None)


def _said(parsed: Parsed, evidence: Evidence, ends: tuple[str, ...], fit: Fit) -> str:
    """What the first ask names: its words before its first question word (甲担任什么职务: 甲; 甲会是哪天开的: 甲会),
    without a word of cues.yaml `two_asks.ends` ending them (是, 在); when it opens with the question word (谁是甲市市长,
    哪天开的甲会), what its best fit reads: its fact's description (甲会), else the words its slots' names span (甲市
    市长); "" when neither."""
    inside = {i for m in parsed.mentions for i in range(m.start, m.end)}
    asking = [
        w.start
        for w in evidence.words
        if w.start not in inside and any(kind in ("asks", "count") for kind, _ in w.tags)
    ]
    said = parsed.text[: min(asking)] if asking else ""
    while end := next((e for e in ends if said.endswith(e)), ""):
        said = said[: -len(end)]
    if said or not asking:
        return said
    if fit.description:
        return fit.description
    named = [parsed.mentions[i] for i in fit.entities.values()]
    return parsed.text[min(m.start for m in named) : max(m.end for m in named)] if named else ""
