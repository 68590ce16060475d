"""Questions opened by a frame of context (cues.yaml context, framed, topic): a clause of context before the question
(据报道，…，那么…), the article named (那篇讲甲会的报道里，…), its outlet (人民日报报道里的…), a sentence naming the
topic (我在看一篇关于甲的报道，…) or a place said first (长治市那边，市委书记是谁): each read for the question it
frames, asked again through `QuestionAnswerer.answer` (the steps of engine.py's `STEPS` that call these)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import QuestionAnswerer
    from .shape import Answer
    from .steps import Asked

_TOPIC_MARK = re.compile(r"[，,：:]")  # where a topic frame ends (我在看一篇关于甲的报道，…)
_CLAUSE_MARK = re.compile(r"[，,；;。：:]")  # where a clause of context ends (据报道，…，那么…; 看到一条消息：…。那么…)


def answer_context(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """A clause of context before the question (据报道，甲市和乙集团签了协议，那么甲市的市长是哪位: cues.yaml context),
    whose reading as a whole answered nothing: the clause asked (`context_clause`) alone, and when that answers
    nothing after an asking word, the whole without the opening and asking words (那么他的职务是什么: the context's
    person's); with no asking word after any comma, stop or colon, the last clause alone (朋友转给我一篇文章，讲…，
    甲市市长是谁). None: no such clauses, or nothing answers."""
    found = context_clause(qa, text)
    if found is None:
        return None
    lead, clause, asked = found
    got = qa.answer(text[asked:])
    if not got.answers and asked > clause:  # 那么他的职务是什么: whose, the context says (read without 据报道 and 那么)
        got = qa.answer(text[lead:clause].lstrip("，,；;。：: ") + text[asked:])
    return replace(got, question=question) if got.answers else None


def answer_framed(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """The article named before the question (那篇讲甲会的报道里，甲市的市长是谁: cues.yaml framed), the whole fitting
    no template: the question after the frame asked alone, when it names something. None: not so framed, or the
    question alone answers nothing.

    >>> from types import SimpleNamespace as N
    >>> qa = N(lexicon=N(framed_opens=("那篇讲",), framed_ends=("的报道里",)), answer=lambda t: N(answers=[t]))
    >>> framed_rest(qa, "那篇讲甲会的报道里，乙是谁"), framed_rest(qa, "乙是谁")
    ('乙是谁', None)
    """
    rest = framed_rest(qa, text)
    if not rest or not qa.parse(rest).mentions:
        return None
    got = qa.answer(rest)
    return replace(got, question=question) if got.answers else None


def answer_topic(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """A sentence of context naming what the question is about (我在看一篇关于甲的报道，里面那个市长叫什么:
    cues.yaml topic): the question after it asked of the topic (`topic_asked`), then alone. None: no such
    frame, or nothing answers."""
    found = topic_asked(qa, text)
    if found is None:
        return None
    for asked in found:
        got = qa.answer(asked)
        if got.answers:
            return replace(got, question=question)
    return None


def topic_asked(qa: QuestionAnswerer, text: str) -> list[str] | None:
    """The questions a topic frame (`answer_topic`) is read as, in the order tried: the question after it with
    its opening pronoun, pointer or kind word standing for the topic, then the question alone. None: no frame.

    >>> from types import SimpleNamespace as N
    >>> from kgqa.kg.qa.select import load_lexicon
    >>> qa = N(lexicon=load_lexicon())
    >>> topic_asked(qa, "我在看一篇关于甲局的报道，里面那个局长叫什么")
    ['甲局的局长叫什么', '里面那个局长叫什么']
    >>> topic_asked(qa, "劳驾，我在看一篇关于甲局的报道，它在哪儿")
    ['甲局在哪儿', '它在哪儿']
    >>> topic_asked(qa, "看到一条关于甲会的新闻：会是哪天开的")
    ['甲会是哪天开的', '会是哪天开的']
    >>> topic_asked(qa, "我在看一篇关于甲局的报道"), topic_asked(qa, "甲局在哪")
    (None, None)
    """
    lex = qa.lexicon
    at = 0  # past fillers and marks (劳驾，我在看一篇关于…)
    while True:
        hit = lex.pattern.match(text, at)
        if hit and ("filler", "") in lex.tags.get(hit.group(), ()) and not text.startswith(lex.topic_opens, at):
            at = hit.end()
        elif text[at : at + 1] in ("，", ",", " "):
            at += 1
        else:
            break
    lead = next((w for w in lex.topic_opens if text.startswith(w, at)), None)
    if lead is None:
        return None
    start = at + len(lead)
    for m in _TOPIC_MARK.finditer(text, start + 1):
        end = next((e for e in lex.topic_ends if text.endswith(e, 0, m.start())), None)
        topic = end and text[start : m.start() - len(end)]
        rest = text[m.end() :].strip()
        if not topic or not rest:
            continue
        out = []
        pronoun = next((p for p in lex.pronouns if rest.startswith(p)), None)
        pointer = next((p for p in lex.topic_pointers if rest.startswith(p)), None)
        kind = next((k for k in lex.topic_kinds if rest.startswith(k) and topic.endswith(k)), None)
        if pronoun:
            out.append(topic + rest[len(pronoun) :])
        elif pointer:
            out.append(topic + "的" + rest[len(pointer) :])
        elif kind:
            out.append(topic + rest[len(kind) :])
        return [*out, rest]
    return None


def answer_place_said(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """A place or body said first, then after a comma a body by its short form (长治市那边，市委书记是谁; 说的是甲市，
    市政府的副市长叫啥: cues.yaml topic.place_opens, place_ends, short_bodies): asked as the place's body
    (`place_said`). None: not such a question, or nothing answers."""
    asked = place_said(qa, text)
    if asked is None:
        return None
    got = qa.answer(asked)
    return replace(got, question=question) if got.answers else None


def place_said(qa: QuestionAnswerer, text: str) -> str | None:
    """The question `answer_place_said` asks: the place before the short body, its level word said once (甲市 +
    市委书记: 甲市委书记). None: no comma, no short body right after it, or what comes before is no one name of
    the graph's places, bodies or zones."""
    lex = qa.lexicon
    m = _TOPIC_MARK.search(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    short = next((b for b in lex.topic_short_bodies if rest.startswith(b)), None)
    place = text[: m.start()].strip()
    place = place[len(next((w for w in lex.topic_place_opens if place.startswith(w)), "")) :]
    place = place[: len(place) - len(next((w for w in lex.topic_place_ends if place.endswith(w)), ""))]
    if short is None or len(place) < 2:
        return None
    mentions = qa.parse(place).mentions
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(place)):
        return None
    if not set(mentions[0].kinds) & set("loz"):
        return None
    return (place[:-1] if place.endswith(short[0]) else place) + rest


def answer_sourced(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """An outlet named as the source right before the question (人民日报报道里的甲是什么职位, 新华社报道的那次甲会是
    哪天: cues.yaml framed.sources and source_ends): the question after it asked alone, when it answers. None: no
    such opening, or nothing answers."""
    lex = qa.lexicon
    outlet = next((w for w in lex.framed_sources if text.startswith(w)), None)
    close = outlet and next((e for e in lex.framed_source_ends if text.startswith(e, len(outlet))), None)
    if not outlet or not close:
        return None
    rest = text[len(outlet) + len(close) :].lstrip("，,：: ")
    if len(rest) < 4:
        return None
    got = qa.answer(rest)
    return replace(got, question=question) if got.answers else None


def framed_rest(qa: QuestionAnswerer, text: str) -> str | None:
    """What follows a frame naming the article (`answer_framed`); None: no frame, or nothing after it."""
    lex = qa.lexicon
    lead = next((w for w in lex.framed_opens if text.startswith(w)), None)
    if lead is None:
        return None
    ends = [(text.find(e, len(lead) + 1), e) for e in lex.framed_ends if text.find(e, len(lead) + 1) > 0]
    if not ends:
        return None
    at, end = min(ends, key=lambda x: (x[0], -len(x[1])))
    return text[at + len(end) :].lstrip("，,：: ") or None


def asked_clause(qa: QuestionAnswerer, text: str) -> int | None:
    """Where the words asked start in a question opened by a clause of context (`context_clause`). None: no
    such clause."""
    found = context_clause(qa, text)
    return None if found is None else found[2]


def context_clause(qa: QuestionAnswerer, text: str) -> tuple[int, int, int] | None:
    """A question opened by a clause of context (cues.yaml context.opens): where the context starts past its
    opening word, where the clause asked starts and where its words start past an asking word (那么, 请问). The
    clause asked follows the last comma, stop or colon followed by an asking word; with no asking word after any,
    the last of two marks or more. None: not so opened, no such clause, or an asking word with nothing after it
    (one rule for `answer_context` and `answer_context_over`).

    >>> from types import SimpleNamespace as N
    >>> qa = N(lexicon=N(context_opens=("据报道",), context_asks=("那么",)))
    >>> context_clause(qa, "据报道，甲签了协议，那么乙是谁")
    (3, 10, 12)
    >>> context_clause(qa, "据报道，甲签了协议，丙到场，乙是谁")
    (3, 14, 14)
    >>> context_clause(qa, "据报道，甲签了协议，那么"), context_clause(qa, "甲是谁")
    (None, None)
    """
    lex = qa.lexicon
    lead = next((w for w in lex.context_opens if text.startswith(w)), None)
    if lead is None:
        return None
    marks = list(_CLAUSE_MARK.finditer(text, len(lead) + 1))
    for m in reversed(marks):
        word = next((w for w in lex.context_asks if text.startswith(w, m.end())), None)
        if word is not None:
            at = m.end() + len(word)
            return (len(lead), m.end(), at) if text[at:].strip() else None
    if len(marks) >= 2 and text[marks[-1].end() :].strip():
        return len(lead), marks[-1].end(), marks[-1].end()
    return None


def answer_context_over(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A clause of context before a question the whole also fits, the best fit reading names of both the context
    and the clause asked (看到一条消息：甲市与乙集团签约。那么丁某在哪个单位上班 read as one agreement's parties): the
    clause asked alone, when it names something and is answered by another template. None: not such a question,
    or the clause alone answers nothing or the same way (据报道，甲与乙签约，那么甲的签约金额是多少: the whole)."""
    parsed, fits = asked.parsed, asked.fits or []
    start = asked_clause(qa, parsed.text)
    if start is None or not fits:
        return None
    read = {*fits[0].entities.values(), *fits[0].described}
    sides = {parsed.mentions[i].start >= start for i in read if 0 <= i < len(parsed.mentions)}
    if sides != {True, False}:  # the fit reads one side only: the whole is asked as written
        return None
    got = qa.answer(parsed.text[start:])
    if not got.answers or got.template == fits[0].template.id:
        return None
    return replace(got, question=asked.question)
