"""Persons and the events they took part in, asked as a check or of several together: 甲参加乙会了吗 (yes: the person;
no: none), 甲和乙一起出席过什么活动 (the events both took part in), 甲、乙、丙里谁是丁市市长 (which of three or more
holds a post), as steps of engine.py's `STEPS` (the words are cues.yaml `attended`, `together` and `which_of`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .shape import Answer, counted

if TYPE_CHECKING:
    from .engine import QuestionAnswerer
    from .refs import Mention
    from .steps import Asked

JOINERS = ("和", "与", "及", "以及", "、", "跟", "同")  # between names of a list (甲、乙和丙)
_EVENTS = frozenset({"person_events"})  # templates listing a person's events
_NOT_EVENTS = frozenset({None, "person_posts"})  # what 甲干过啥 may read as when it asks what he did
_ENDS = "？?！!。.，, 呢啊呀吧"
_MEASURE = re.compile(r"^(?:至少)?\d+")  # a count's number, before its measure (2次)


def persons_opening(text: str, mentions: list[Mention], joiners: tuple[str, ...] = JOINERS) -> list[Mention]:
    """The persons opening the question one after another, joined by a word of `joiners` or side by side.

    >>> from types import SimpleNamespace as M
    >>> [m.text for m in persons_opening("甲乙、丙丁和戊己谁", [M(text=t, start=i, end=i + 2, kinds=("p",))
    ...     for t, i in (("甲乙", 0), ("丙丁", 3), ("戊己", 6))])]
    ['甲乙', '丙丁', '戊己']
    """
    chain: list[Mention] = []
    for m in mentions:
        if set(m.kinds) != {"p"} or m.start != (chain[-1].end if chain else 0) + _joined_at(text, chain, m, joiners):
            break
        chain.append(m)
    return chain


def _joined_at(text: str, chain: list[Mention], m: Mention, joiners: tuple[str, ...]) -> int:
    """How many characters join `m` to the chain before it (0: side by side or first; -1: not joined)."""
    if not chain:
        return 0
    between = text[chain[-1].end : m.start]
    return len(between) if between in ("", *joiners) else -1


def answer_which_of_many(qa: QuestionAnswerer, question: str, text: str, mentions: list[Mention]) -> Answer | None:
    """Three or more persons opening the question, a which-word (cues.yaml `which_of`: 里谁是, 中哪个是) and a post
    (甲、乙、丙里谁是丁市市长): each asked as a check (丁市市长是甲吗), the ones that hold, none when none does. None:
    not such a question (two persons are engine.py's `_answer_which_of`), or a check is not answered by post_check."""
    persons = persons_opening(text, mentions)
    if len(persons) < 3:
        return None
    last = persons[-1].end
    word = next((w for w in qa.lexicon.which_of if text.startswith(w, last)), None)
    rest = text[last + len(word) :].rstrip(_ENDS) if word else ""
    if not rest or not any({"s", "t"} & set(m.kinds) for m in mentions[len(persons) :]):
        return None
    checks = [qa.answer(f"{rest}是{p.text}吗") for p in persons]
    if any(c.template != "post_check" for c in checks):
        return None
    answers = list({a.get("iri") or a["label"]: a for c in checks for a in c.answers}.values())
    message = None if answers else "图谱里说的不是问题给出的几人之一"
    return Answer(question, "post_check", checks[0].sparql, answers=answers, message=message)


def answer_attended(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A person opening a yes/no question on taking part in an event (cues.yaml `attended`: 甲参加乙会了吗, 甲有没有出席
    乙会, 甲是否参加了乙会; 乙会有甲参加吗): the event's participants asked (乙会有哪些人参加), the person when one of them (yes), no
    answer when not. None: not that shape, or the event is not one the graph answers participants of."""
    text, mentions = asked.parsed.text, asked.parsed.mentions
    persons = [m for m in mentions if set(m.kinds) == {"p"}]
    if not persons or (persons[0].start != 0 and len(persons) != 1):
        return None
    who = persons[0]
    if who.start == 0:
        event = _attended_event(qa, text[who.end :].rstrip(_ENDS))
    else:  # 乙会有甲参加吗: the event, 有, the person, then the verb and the end
        event = text[: who.start - 1] if text[who.start - 1 : who.start] == "有" else ""
        event = event if event and _verb_ending(qa, text[who.end :].rstrip(_ENDS)) else ""
    if not event:
        return None
    got = qa.answer(f"{event}有哪些人参加")
    if got.template != "event_participants" or not got.answers:
        return None
    person = {str(r) for r in who.refs.get("p", [])}
    kept = [a for a in got.answers if a.get("iri") in person or a.get("label") == who.text]
    message = None if kept else f"图谱里没有记载{who.text}参加{event}"
    return replace(got, question=asked.question, answers=kept, message=message)


def _verb_ending(qa: QuestionAnswerer, said: str) -> bool:
    """Whether the words are a verb of taking part and a word ending a yes/no question (参加吗, 出席了没有)."""
    lex = qa.lexicon
    verb = next((w for w in lex.attended_verbs if said.startswith(w)), "")
    return bool(verb) and said[len(verb) :] in lex.attended_ends


def _attended_event(qa: QuestionAnswerer, said: str) -> str:
    """The event said after the person (有没有出席乙会 -> 乙会), when the words around it ask whether the person took
    part; "" when they do not."""
    lex = qa.lexicon
    asking = next((w for w in lex.attended_asks if said.startswith(w)), "")
    said = said[len(asking) :]
    verb = next((w for w in lex.attended_verbs if said.startswith(w)), "")
    if not verb:
        return ""
    said = said[len(verb) :]
    end = next((w for w in lex.attended_ends if said.endswith(w)), "")
    if not (asking or end):
        return ""
    event = said[: len(said) - len(end)] if end else said
    event = event[1:] if event[:1] in "了过" else event
    if len(event) < 2 or any(w in event for w in lex.attended_not):
        return ""
    return event


def answer_together(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """Two or more persons opening the question, a word of doing together (cues.yaml `together`: 一起, 一块, 都) and
    what they did (甲和乙一起出席过什么活动, 甲和乙都参加了哪些会, 甲和乙一块干过啥): the events each one's question
    lists (甲出席过什么活动), those of all of them. None: not that shape, or a person's question lists no events."""
    text, mentions = asked.parsed.text, asked.parsed.mentions
    persons = persons_opening(text, mentions, JOINERS[:-1])
    if len(persons) < 2 or any(text[a.end : b.start] == "" for a, b in zip(persons, persons[1:], strict=False)):
        return None
    last = persons[-1].end
    word = next((w for w in qa.lexicon.together_words if text.startswith(w, last)), None)
    tail = text[last + len(word) :] if word else ""
    if not tail.lstrip("曾经还也").startswith(qa.lexicon.together_does):
        return None
    got = [g for p in persons if (g := _events_of(qa, p.text, tail)) is not None]
    if len(got) < len(persons):
        return None
    (first, measure), others = got[0], [g[0] for g in got[1:]]
    shared = [a for a in first.answers if all(_holds(a, g.answers) for g in others)]
    message = None if shared else "图谱里没有这几人一起参加的活动"
    both = replace(first, question=asked.question, answers=shared, message=message)
    return counted(both, measure) if measure else both


def _events_of(qa: QuestionAnswerer, person: str, tail: str) -> tuple[Answer, str] | None:
    """The events a person's question lists (甲 + 出席过什么活动), or all the person's events when it asks another
    thing (甲干过啥: his posts) or counts them (甲参加过几次活动: listed, with the count's measure 次); None when
    neither lists events.

    >>> _MEASURE.sub("", "至少12次")
    '次'
    """
    measure = ""
    for question in (f"{person}{tail}", f"{person}参加过哪些活动"):
        got = qa.answer(question)
        if got.template not in _EVENTS:
            if got.template not in _NOT_EVENTS:
                return None  # 甲和乙都去过哪里: his places, asked of each, not events
            continue
        if any("items" in a for a in got.answers):
            measure = _MEASURE.sub("", str(got.answers[0]["label"]))
            continue
        return got, measure
    return None


def _holds(row: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
    """Whether `rows` hold the fact of `row` (by its node, or its label when it has none)."""
    return any((row.get("iri") or row.get("label")) == (r.get("iri") or r.get("label")) for r in rows)
