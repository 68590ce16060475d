"""Template selection by evidence: the typed names a question holds, the words it asks with, its relation cues.

A question's evidence is read once: the graph names found in it (typed mentions, from the index), the
question words that say what kind of answer it wants (谁 a person, 哪家 an organisation, 哪天 a date),
and the relation cue words (主持, 签约, 职务), all from the lexicon in cues.yaml. Each template says
which slots it needs, what it answers and which cue groups it needs or allows; a template fits when
its slots can be filled and the question asks for what it answers, and is scored by the evidence it
explains minus what it leaves unexplained. The best fit wins; fits within MARGIN are all tried by the
engine and, when they disagree, offered as candidates — never a guess.

    >>> lex = load_lexicon()
    >>> ev = read_evidence("谁主持召开了经济工作会", [], lex)
    >>> sorted(ev.asks), sorted(ev.groups)
    (['person'], ['convene', 'event', 'host'])
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..vocab import EVENT_KIND_TERMS
from .refs import KIND_LETTERS
from .templates import ENTITY_TYPES, Template, TemplateError, parse_event_kinds

MARGIN = 0.5  # fits within this of the best are all tried
LEFTOVER_LIMIT = 2  # this many unexplained content characters refuse a template without a fact slot
_TRIM = set("的了是由在于被将把和与及或并有从都也")  # particles trimmed from the edges of a fact description
_TRIM_LEAD = _TRIM | {"为"}  # and at its start only (为园区揭牌: 园区; a title ending with it keeps it: 事在人为那篇)
_PAREN = re.compile(r"[(（][^()（）]{1,30}[)）]")  # a remark in brackets (含前任) explains itself
_SEPARATOR = re.compile(r"[、，,;；?？。]")
_JOINED = re.compile(r"和|及|以及")  # 多少家银行和多少家企业: two questions joined
_PAIRED = re.compile(r"和|与|跟|同")  # 谁和谁: one question word asked of both sides of a pair
_CONTENT = re.compile(r"[\w\u3400-\u9fff]")
_HOW_MANY = re.compile(r"(?<!哪)几|多少个")  # a generic question word that counts what the noun before it names
_LEXICON_KEYS = {
    "asks",
    "framed",
    "joined_asks",
    "two_asks",
    "member_check",
    "leads",
    "cues",
    "counts",
    "generic",
    "roles",
    "fillers",
    "function",
    "relative",
    "acts",
    "typos",
    "slips",
    "spoken",
    "lists",
    "either",
    "pronouns",
    "points_back",
    "not_pointing",
    "which_titles",
    "before_titles",
    "former_titles",
    "former_said",
    "joins_before_former",
    "held_before",
    "not_epithets",
    "in_charge",
    "roles_before",
    "planned",
    "measured",
    "modified",
    "surnames",
    "surname_roles",
    "where_end",
    "which_of",
    "attended",
    "together",
    "topic_said",
    "inside_names",
    "doers",
    "context",
    "apposed",
    "deputy",
    "alone",
    "question_part",
    "vague_times",
    "compare",
    "day_kinds",
    "took_part",
    "took_up",
    "legal_endings",
    "several",
    "topic",
    "still_holds",
    "described_person",
    "vocatives",
    "kind_said",
    "chat_ends",
    "said_as",
    "kind_first",
    "title_first",
    "body_words",
    "reasons",
    "event_kinds",
}


def _stopping(filler: str, body_words: list[str]) -> str:
    """A filler's pattern that does not match when its last characters open a body's word the text goes on with
    (cues.yaml body_words: 这个区 before 委常委会 is 这个 and 区委…, not 这个区 and 委…).

    >>> _stopping("这个区", ["区委", "县委"])
    '这个区(?!委)'
    """
    rests = sorted(
        {b[k:] for b in body_words for k in range(1, len(b)) if filler.endswith(b[:k])}, key=lambda r: (-len(r), r)
    )
    return re.escape(filler) + (f"(?!{'|'.join(map(re.escape, rests))})" if rests else "")


_PLACE_POINTERS = (
    "里",
    "儿",
)  # 那里, 那儿: read as 哪里 where nothing asks (那篇, 那位 point back even then: 甲那篇报道的记者)


def _is_pointer(word: str, meant: str) -> bool:
    """A typo that is a pointer written for a question word (那家 for 哪家: the same word with 那 for 哪)."""
    return word[:1] == "那" and meant == "哪" + word[1:]


@dataclass(frozen=True)
class Lexicon:
    """The cue lexicon: words -> tags (asks:TYPE, cue:GROUP, filler), roles, function characters."""

    tags: dict[str, tuple[tuple[str, str], ...]]
    describes: frozenset[str]
    roles: dict[str, tuple[str, ...]]
    function: frozenset[str]
    pattern: re.Pattern[str]
    groups: frozenset[str]
    types: frozenset[str]
    answers: dict[str, str]  # cue group -> the answer type a generic question word after it asks
    generic: frozenset[str]
    neutral: frozenset[str]  # groups that only type a generic question word after them
    ends: dict[str, str] = field(default_factory=dict)  # cue group -> the type a question ending on it asks
    relative: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer type -> head nouns of a phrase
    relative_marks: str = ""  # the words that open a relative phrase (与X签约的企业)
    relative_links: tuple[str, ...] = ()  # words after a name that open the phrase at the name (X所在的那家银行)
    relative_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer type -> a fact's role nouns
    relative_agents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer type -> nouns after 的 of a doer
    relative_partners: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer type -> X的签约企业's nouns
    acts: frozenset[str] = frozenset()  # words of one act among others: a fact answering must say it
    typos: dict[str, str] = field(default_factory=dict)  # a slip of the pen -> the word meant (那位 -> 哪位)
    typo_pattern: re.Pattern[str] | None = None
    pointer_pattern: re.Pattern[str] | None = None  # the typos that are pointers to a place (那里 for 哪里) alone
    slips: dict[str, str] = field(default_factory=dict)  # a slip that is never another word -> the word meant
    slip_pattern: re.Pattern[str] | None = None
    same_act: dict[str, tuple[str, ...]] = field(default_factory=dict)  # an act word -> the words saying it
    lists: frozenset[str] = frozenset()  # words asking for the items (列出): a 几位 after them counts nothing
    either: tuple[str, ...] = ()  # words between two names offering a choice (甲还是乙): the one that holds
    pronouns: tuple[str, ...] = ()  # words pointing back (它, 其): with nothing before them, they name nothing
    points_back: tuple[str, ...] = ()  # after a comma, the words read as 的 (甲的贷款行，它的行长; ，其总裁)
    not_pointing: tuple[str, ...] = ()  # words opening with one of those that point at nothing (其他, 其中)
    which_titles: frozenset[str] = frozenset()  # which-words before a title opening with a level (哪些 + 市长)
    before_titles: tuple[str, ...] = ()  # words between a body and its title that change nothing (甲行的新行长)
    former_titles: tuple[str, ...] = ()  # words between a body and its title asking a former holder (甲行原行长)
    former_said: tuple[str, ...] = ()  # words of a source sentence before a post held before (原甲局局长乙)
    joins_before_former: frozenset[str] = frozenset()  # characters before such a word that end no name (由原局长乙)
    held_before: dict[str, tuple[str, ...]] = field(default_factory=dict)  # what says a post was held before
    not_epithets: tuple[str, ...] = ()  # in words opening a question before a name, what says which holder or time
    leads: dict[str, str] = field(default_factory=dict)  # a lone verb of leading -> the word said in full (带: 带领)
    leads_after: tuple[str, ...] = ()  # question words the lone verb may follow (谁带的甲团)
    in_charge: tuple[str, ...] = ()  # words between a body and a title saying only that its holder is in charge
    roles_before: tuple[str, ...] = ()  # role words that are verbs written before the body (谁执掌乙: 乙's first post)
    planned: tuple[str, ...] = ()  # words before an act in its clause saying it is a plan, not done (有望, 预计)
    surnames: frozenset[str] = frozenset()  # one-character surnames: before a title, whose holder (长治的丁书记)
    surname_roles: dict[str, str] = field(default_factory=dict)  # a short post word after a surname -> its role (窦总)
    surname_roles_not: tuple[str, ...] = ()  # words such a short word opens that are no post (陈总投资: 总投资)
    surname_deputies: dict[str, str] = field(
        default_factory=dict
    )  # a short word -> the role of its deputies (王总: 副总)
    which_of: tuple[str, ...] = ()  # which-words after two persons joined (乙和丙谁是): the one of the two that holds
    attended_asks: tuple[str, ...] = ()  # words before a verb of taking part asking yes or no (甲有没有参加乙会)
    attended_verbs: tuple[str, ...] = ()  # verbs of taking part in an event (参加, 出席)
    attended_ends: tuple[str, ...] = ()  # words ending such a question (了吗, 了没有)
    attended_not: tuple[str, ...] = ()  # words in the event said that make it no event's name (哪些, 几次)
    together_words: tuple[str, ...] = ()  # words after persons joined saying they did it together (一起, 一块)
    together_does: tuple[str, ...] = ()  # verbs of doing that may follow them (参加, 出席, 干)
    topic_said_opens: tuple[str, ...] = ()  # words opening a fact named by its topic (关于甲的会议: 关于)
    topic_said_joins: tuple[str, ...] = ()  # words between a topic and the fact's noun (甲方面的协议: 方面的)
    topic_said_heads: tuple[str, ...] = ()  # generic nouns of a fact after its topic (甲的协议: 协议)
    topic_said_meetings: tuple[str, ...] = ()  # the same of a meeting, whose name then holds 会 (甲的会议: 会议)
    inside_names: tuple[str, ...] = ()  # pointer words said inside a body's name (甲鹏这家集团: 甲鹏集团)
    where_end: tuple[str, ...] = ()  # words before a bare 哪 ending the question: it asks where (甲位于哪, 考察了哪)
    vocatives: tuple[str, ...] = ()  # names the asker calls the system by, opening the question (小助手，…)
    greetings: tuple[str, ...] = ()  # greetings said with such a name (小助手你好，…)
    kind_said: tuple[str, ...] = ()  # a body's kind said of it before a comma and a pronoun (甲是一家单位，它在哪)
    chat_ends: tuple[str, ...] = ()  # chat particles ending a question (甲是干啥的捏, 甲在哪嘞)
    said_as: tuple[
        str, ...
    ] = ()  # a name said as what people call it, then a comma and a pronoun (大家常说的甲，它在哪)
    kind_first: tuple[str, ...] = ()  # after a kind noun said first as the topic (职务的话，甲一共有几个)
    kind_first_nouns: tuple[str, ...] = ()  # the kind nouns said so
    title_first: tuple[str, ...] = ()  # after a title said first as the topic (局长这个职位，甲局是谁在做)
    title_first_asks: tuple[str, ...] = ()  # the who-words after the body that follows (是谁, 由谁)
    reason_opens: tuple[str, ...] = ()  # the asker's purpose opening a clause before the question (我在写报告，…)
    reason_visits: tuple[
        str, ...
    ] = ()  # a visit or call said before a name, a comma and a pronoun (我想去甲办事，它在哪)
    reason_errands: tuple[str, ...] = ()  # words of an errand after that name (办事, 一趟)
    reason_ways: tuple[str, ...] = ()  # how to get to a name, before a comma (甲咋个走，在哪个城市)
    measured: frozenset[str] = frozenset()  # which-words of a measure alone (哪几家): ending the question after a
    measured_types: frozenset[str] = frozenset()  # noun of one of these types, they ask for it (开发区有哪几家)
    modified: re.Pattern[str] | None = None  # a which-word, a modifier, a kind noun (哪些能源企业): cues.yaml modified
    doers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # an act's verb -> (its role, the act's words)
    context_opens: tuple[str, ...] = ()  # words opening a clause of context before the question (据报道，甲…，那么…)
    apposed_opens: tuple[str, ...] = ()  # words opening an aside naming the body of a surnamed title (，就是甲局的那位)
    apposed_ends: tuple[str, ...] = ()  # words closing that aside after the body (的那位)
    framed_opens: tuple[str, ...] = ()  # words opening a frame naming the article (那篇讲…的报道里，…)
    framed_ends: tuple[str, ...] = ()  # words closing that frame (的报道里)
    framed_sources: tuple[str, ...] = ()  # an outlet named as the source before the question (人民日报报道里的…)
    framed_source_ends: tuple[str, ...] = ()  # words right after the outlet closing that frame (报道里的, 报道的那次)
    joined_asks: tuple[str, ...] = ()  # words joining a second question after a comma (，另外…): two asked at once
    two_asks_joins: tuple[str, ...] = ()  # words opening a second ask of the same one (甲是谁，另外在哪上班): left out
    two_asks_points: tuple[str, ...] = ()  # words standing for the one the first ask names (，他还有什么职务)
    two_asks_whose: tuple[str, ...] = ()  # words standing for its 的 (，其职务是什么: 甲的职务是什么)
    two_asks_ends: tuple[str, ...] = ()  # words between what the first ask names and its question word (甲在哪个单位)
    member_verbs: tuple[str, ...] = ()  # 甲还在乙任职吗 with no title: the verb of working there (任职, 上班)
    member_fillers: tuple[str, ...] = ()  # and the words around it (还, 在, 是不是, 吗): nothing else is said
    deputy_marks: tuple[str, ...] = ()  # marks of a deputy's title (副: 常务副市长 is addressed 崔市长)
    alone: dict[str, str] = field(
        default_factory=dict
    )  # a name asked alone (甲？): its kind -> the question asked ({})
    context_asks: tuple[str, ...] = ()  # words opening the clause then asked, after the context's comma (那么)
    topic_opens: tuple[str, ...] = ()  # words opening a topic frame (我在看一篇关于甲的报道，…): cues.yaml topic
    topic_ends: tuple[str, ...] = ()  # words closing it after the topic (的报道)
    topic_pointers: tuple[str, ...] = ()  # words after the frame pointing into the topic (里面那个市长: 甲的市长)
    topic_kinds: tuple[str, ...] = ()  # kind words after the frame standing for a topic ending with them (会是哪天开的)
    topic_place_opens: tuple[str, ...] = ()  # words before a place said first (说的是甲市，市政府的副市长)
    topic_place_ends: tuple[str, ...] = ()  # words after it (甲市那边，市委书记是谁)
    topic_short_bodies: tuple[str, ...] = ()  # bodies by their short form after it (市委, 管委会): the place's
    still_holds: tuple[str, ...] = ()
    described_person: tuple[
        str, ...
    ] = ()  # 的人, 那个人: a person described by the post before it (那个当甲市市长的人)  # 还 and a verb of holding (还担任): a person's posts but the ones described
    vague_times: tuple[str, ...] = ()  # times with no day (年初, 上半年): said by the fact's own sentence
    compare: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ranking words after two named facts (哪个金额大) by kind
    compare_after: tuple[str, ...] = ()  # words between the two facts and the ranking word (比, 相比)
    compare_which: tuple[str, ...] = ()  # which-words said for the ranking words' 哪个 (谁的, 哪项: 谁的投资更大)
    context_corrects: tuple[str, ...] = ()  # words doubting the claim before them, the question after (…？不对，…)
    doer_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> nouns of an occasion a verb of
    # the role right before one names (揭牌仪式), not the act asked
    question_part: re.Pattern[str] | None = None  # the question part of an asking phrase (了什么 of 发布了什么)
    day_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a kind word naming an event with its day
    # alone (3月21日的签约仪式) -> the graph's event kinds it names (none: any kind)
    took_part: dict[str, str] = field(default_factory=dict)  # a verb of taking part before 的 and a kind word
    took_up: frozenset[str] = frozenset()  # a verb of holding a post between a person and the post (丙当甲市市长)
    legal_endings: tuple[str, ...] = ()  # a company's legal ending after a name the graph leaves it out of (有限公司)
    several: frozenset[str] = frozenset()  # which-words asking for all the facts a phrase may mean (哪些协议)
    # (甲参加的那个活动, 乙主持的会议) -> the role it says: `any` (took part in any way) or `host`

    def unmodified(self, text: str, spans: list[tuple[int, int]] | None = None) -> str:
        """The text with the modifier between a which-word and its kind noun left out (哪些能源企业: 哪些企业), a
        modifier of two characters or more holding no word of the lexicon (哪些子公司, 哪些单位参加部门会议 stay).
        `spans`: the text's `modifiers` when the caller has them already (read once, not twice).

        >>> lex = load_lexicon()
        >>> lex.unmodified("哪家钢铁企业"), lex.unmodified("哪些子公司"), lex.unmodified("哪些单位参加部门会议")
        ('哪家企业', '哪些子公司', '哪些单位参加部门会议')
        """
        kept = self._kept(text, self.modifiers(text) if spans is None else spans)
        return "".join(text[at:end] for at, end in kept)

    def modifiers(self, text: str) -> list[tuple[int, int]]:
        """The spans of the modifiers `unmodified` leaves out."""
        if self.modified is None:
            return []
        return [m.span("mod") for m in self.modified.finditer(text) if not self.pattern.search(m["mod"])]

    @staticmethod
    def _kept(text: str, modifiers: list[tuple[int, int]]) -> list[tuple[int, int]]:
        spans, at = [], 0
        for start, end in modifiers:
            spans.append((at, start))
            at = end
        return [*spans, (at, len(text))]

    def led(self, text: str, named: Callable[[str], bool]) -> str:
        """The text with a lone verb of leading that opens it (after fillers and a question word of `leads.after`),
        right before a name (`named`: does the rest of the text open with one) or 的 and a name, written in full:
        带甲团来的是谁 asks the leader (带领甲团来的是谁), not all who came. The text as it is when it opens otherwise.

        >>> lex, named = load_lexicon(), lambda rest: rest.startswith("甲")
        >>> lex.led("谁带的甲团", named), lex.led("带动甲区发展的是谁", named)
        ('谁带领的甲团', '带动甲区发展的是谁')
        """
        at = 0
        while (m := self.pattern.match(text, at)) and ("filler", "") in self.tags.get(m.group(), ()):
            at = m.end()
        at += len(next((w for w in self.leads_after if text.startswith(w, at)), ""))
        verb = text[at : at + 1]
        after = at + 1 + (text.startswith("的", at + 1))
        if verb not in self.leads or not named(text[after:]):
            return text
        return text[:at] + self.leads[verb] + text[at + 1 :]

    def unslipped(self, text: str) -> str:
        """The text with the slips that are never another word written as meant (付市长 -> 副市长), before
        anything else reads it."""
        if self.slip_pattern is None:
            return text
        return self.slip_pattern.sub(lambda m: self.slips[m.group()], text)

    def repaired(self, text: str, pointers: bool = True, names: Iterable[tuple[int, int]] = ()) -> str:
        """The text with its slips of the pen (typos) written as meant; tried only when the text as written
        finds no template (那位 may be 'that one' too). Without `pointers`, a pointer is left as written (那家 is
        no slip of 哪家 in a question asking already: 给甲贷款那家银行的行长是谁). A rewrite that would change a
        character of a name the linker found (`names`: spans) is left as written (市上 in 甲市上乙区委 names 上乙区)."""
        if self.typo_pattern is None:
            return text
        spans = list(names)

        def meant(m: re.Match[str]) -> str:
            word = m.group()
            if not pointers and _is_pointer(word, self.typos[word]):
                return word
            at, end = _changed(word, self.typos[word], m.start())
            return word if any(at < e and s < end for s, e in spans) else self.typos[word]

        return self.typo_pattern.sub(meant, text)

    def pointers_asked(self, text: str) -> str:
        """The text with only its pointers written as the question words they slip for (在那里举办的: 在哪里), for a
        question that asks nothing as written (a pointer there has nothing before it to point back to)."""
        if self.pointer_pattern is None:
            return text
        return self.pointer_pattern.sub(lambda m: self.typos[m.group()], text)


@dataclass
class Word:
    """A lexicon word found in the question, with its tags."""

    start: int
    end: int
    text: str
    tags: tuple[tuple[str, str], ...]


@dataclass
class Evidence:
    """What a question says: its mentions, lexicon words, the answer types asked, the cue groups present."""

    text: str
    mentions: list[Any]
    words: list[Word]
    asks: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    count: str | None = None  # a how-many word (几位): its measure word (位)
    frame: set[int] = field(default_factory=set)  # words of the question's frame, not a fact's name
    frame_groups: set[str] = field(default_factory=set)  # cue groups of frame words and of fact-name words
    asked: list[tuple[int, int]] = field(default_factory=list)  # spans a question word asks of (哪些市领导)


def _changed(word: str, meant: str, at: int) -> tuple[int, int]:
    """The span of `word` (written at `at`) a rewrite to `meant` changes: what both open and end with left out.

    >>> _changed("市上", "市里", 5), _changed("那位", "哪位", 0), _changed("有位", "的", 3)
    ((6, 7), (0, 1), (3, 5))
    """
    head = len(os.path.commonprefix([word, meant]))
    tail = len(os.path.commonprefix([word[head:][::-1], meant[head:][::-1]]))
    return at + head, at + len(word) - tail


@dataclass
class Fit:
    """A template that fits the question: its score, the mention filling each entity slot, the fact description."""

    template: Template
    score: float
    entities: dict[str, int]
    description: str = ""
    described: list[int] = field(default_factory=list)  # mentions inside the description
    verbs: tuple[str, ...] = ()  # what the question says was done (成立, 奠基), left out of the description
    hops: dict[str, str] = field(default_factory=dict)  # slot -> the template whose answers fill it (via)
    acts: tuple[tuple[str, ...], ...] = ()  # the verbs naming one act among others, each with the words saying
    # that act (开工: 开工, 动工): the fact must say one


# Lexicon fields read as a plain list of words at a key path of cues.yaml ("a.b": key b of mapping a), by the form
# they take: longest first (`_longest`), longest first with ties last-first (`_by_length`), a tuple as written, a set
_LONGEST_FIELDS = {
    "planned": "planned",
    "which_of": "which_of",
    "attended_asks": "attended.asks",
    "attended_verbs": "attended.verbs",
    "attended_ends": "attended.ends",
    "attended_not": "attended.not",
    "together_words": "together.words",
    "together_does": "together.does",
    "topic_said_opens": "topic_said.opens",
    "topic_said_joins": "topic_said.joins",
    "topic_said_heads": "topic_said.heads",
    "topic_said_meetings": "topic_said.meetings",
    "apposed_opens": "apposed.opens",
    "apposed_ends": "apposed.ends",
    "framed_opens": "framed.opens",
    "framed_ends": "framed.ends",
    "framed_sources": "framed.sources",
    "framed_source_ends": "framed.source_ends",
    "joined_asks": "joined_asks",
    "two_asks_joins": "two_asks.joins",
    "two_asks_points": "two_asks.points",
    "two_asks_whose": "two_asks.whose",
    "two_asks_ends": "two_asks.ends",
    "member_verbs": "member_check.verbs",
    "member_fillers": "member_check.fillers",
    "topic_opens": "topic.opens",
    "topic_ends": "topic.ends",
    "topic_pointers": "topic.pointers",
    "topic_kinds": "topic.kinds",
    "topic_place_opens": "topic.place_opens",
    "topic_place_ends": "topic.place_ends",
    "topic_short_bodies": "topic.short_bodies",
    "described_person": "described_person",
    "still_holds": "still_holds",
    "context_asks": "context.asks",
    "context_corrects": "context.corrects",
    "where_end": "where_end",
    "kind_said": "kind_said",
    "chat_ends": "chat_ends",
    "said_as": "said_as",
    "compare_after": "compare.after",
    "compare_which": "compare.which",
    "vague_times": "vague_times",
    "inside_names": "inside_names",
    "pronouns": "pronouns",
    "points_back": "points_back",
    "legal_endings": "legal_endings",
    "leads_after": "leads.after",
}
_BY_LENGTH_FIELDS = {
    "vocatives": "vocatives.names",
    "greetings": "vocatives.greetings",
    "kind_first": "kind_first.after",
    "kind_first_nouns": "kind_first.nouns",
    "title_first": "title_first.after",
    "title_first_asks": "title_first.asks",
    **{f"reason_{key}": f"reasons.{key}" for key in ("opens", "visits", "errands", "ways")},
    "before_titles": "before_titles",
    "former_titles": "former_titles",
    "former_said": "former_said",
}
_TUPLE_FIELDS = {
    "relative_links": "relative.links",
    "in_charge": "in_charge",
    "either": "either",
    "surname_roles_not": "surname_roles.not",
    "context_opens": "context.opens",
    "deputy_marks": "deputy",
    "not_pointing": "not_pointing",
    "not_epithets": "not_epithets",
}
_SET_FIELDS = {
    "measured": "measured.words",
    "lists": "lists",
    "surnames": "surnames",
    "which_titles": "which_titles",
    "joins_before_former": "joins_before_former",
    "took_up": "took_up",
    "several": "several",
}


def _at(data: dict, path: str) -> Any:
    """The value at a key path of the lexicon, None when absent: _at({"a": {"b": [1]}}, "a.b") == [1]."""
    head, _, rest = path.partition(".")
    return (data.get(head) or {}).get(rest) if rest else data.get(head)


def _by_length(source: str, where: str, words: Any) -> tuple[str, ...]:
    """A word list longest first, words of one length last-first: _by_length("s", "w", ["甲", "乙", "丙丁"]) ==
    ("丙丁", "乙", "甲")."""
    return tuple(sorted(_words(source, where, words or []), key=len)[::-1])


def _listed_fields(source: str, data: dict) -> dict[str, Any]:
    """The Lexicon fields that are plain word lists of cues.yaml (the tables above): {"planned": ("将要", …), …}."""
    return {
        **{name: _longest(source, path, _at(data, path)) for name, path in _LONGEST_FIELDS.items()},
        **{name: _by_length(source, path, _at(data, path)) for name, path in _BY_LENGTH_FIELDS.items()},
        **{name: tuple(_words(source, path, _at(data, path) or [])) for name, path in _TUPLE_FIELDS.items()},
        **{name: frozenset(_words(source, path, _at(data, path) or [])) for name, path in _SET_FIELDS.items()},
    }


def _check_keys(source: str, data: Any) -> None:
    """Refuse a lexicon that is no mapping or has a key it does not know: _check_keys("s", {"asks": {}}) is None."""
    if not isinstance(data, dict):
        raise TemplateError(f"{source}: must be a mapping")
    unknown = set(data) - _LEXICON_KEYS
    if unknown:
        raise TemplateError(f"{source}: unknown key {sorted(unknown)[0]!r}")
    measured = data.get("measured") or {}
    if not isinstance(measured, dict) or set(measured) - {"words", "types"}:
        raise TemplateError(f"{source}: measured must be a mapping with words and types")
    modified = data.get("modified") or {}
    if not isinstance(modified, dict) or set(modified) - {"which", "nouns", "longest"}:
        raise TemplateError(f"{source}: modified must be a mapping with which, nouns and longest")


def _cue_groups(source: str, data: dict, tags: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """The cue groups of cues.yaml `cues`, their words tagged ("cue", group) in tags: {"describes": {"kind"},
    "neutral": …, "answers": {"held": "person"}, "ends": …}."""
    describes: set[str] = set()
    neutral: set[str] = set()
    answers: dict[str, str] = {}
    ends: dict[str, str] = {}
    for group, spec in (data.get("cues") or {}).items():
        if not isinstance(spec, dict) or set(spec) - {"words", "describes", "answers", "neutral", "ends"}:
            raise TemplateError(f"{source}: cues.{group} must be a mapping with words (describes, answers)")
        if spec.get("describes"):
            describes.add(str(group))
        if spec.get("neutral"):
            neutral.add(str(group))
        for key, found in (("answers", answers), ("ends", ends)):
            if spec.get(key) is not None:
                if spec[key] not in (data.get("asks") or {}):
                    raise TemplateError(f"{source}: cues.{group} {key} {spec[key]!r}, not a type of asks")
                found[str(group)] = str(spec[key])
        for w in _words(source, f"cues.{group}", spec.get("words")):
            tags.setdefault(w, []).append(("cue", str(group)))
    return {
        "describes": frozenset(describes),
        "neutral": frozenset(neutral),
        "answers": answers,
        "ends": ends,
        "groups": frozenset(str(g) for g in data.get("cues") or {}),
    }


def _tagged_words(source: str, data: dict) -> dict[str, Any]:
    """The words of the question the lexicon tags, with what each says, and the pattern finding them: {"tags":
    {"谁": (("asks", "person"),), …}, "pattern": re.compile("谁|…"), "roles": …, "doers": …, "generic": …}."""
    tags: dict[str, list[tuple[str, str]]] = {}
    for typ, words in (data.get("asks") or {}).items():
        for w in _words(source, f"asks.{typ}", words):
            tags.setdefault(w, []).append(("asks", str(typ)))
    groups = _cue_groups(source, data, tags)
    doers = _doers(source, data.get("doers") or {}, set(data.get("cues") or {}))
    for w, (role, *_) in doers.items():
        tags.setdefault(w, []).append(("cue", role))
    roles = {str(k): tuple(_words(source, f"roles.{k}", v)) for k, v in (data.get("roles") or {}).items()}
    for w in roles:
        tags.setdefault(w, []).extend([("role", w), ("cue", "post")])
    for typ, words in (data.get("counts") or {}).items():
        if typ not in (data.get("asks") or {}):
            raise TemplateError(f"{source}: counts.{typ} is not a type of asks")
        for w in _words(source, f"counts.{typ}", words):
            tags.setdefault(w, []).append(("count", str(typ)))
    for w in parse_event_kinds(source, data.get("event_kinds"))[1]:  # 几次签约: the events of event_kinds counted
        if ("count", "event") not in tags.setdefault(w, []):
            tags[w].append(("count", "event"))
    generic = _words(source, "generic", data.get("generic"))
    for w in generic:
        tags.setdefault(w, [])
    for w in _words(source, "fillers", data.get("fillers")):
        tags.setdefault(w, []).append(("filler", ""))
    body_words = _words(source, "body_words", data.get("body_words") or [])
    words = sorted(tags, key=lambda w: (-len(w), w))
    pattern = "|".join(_stopping(w, body_words) if ("filler", "") in tags[w] else re.escape(w) for w in words)
    return {
        **groups,
        "tags": {w: tuple(t) for w, t in tags.items()},
        "pattern": re.compile(pattern),
        "roles": roles,
        "doers": doers,
        "generic": frozenset(generic),
    }


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of the words, longest first; None for none: _alternation(["甲", "甲乙"]).pattern == "甲乙|甲"."""
    found = sorted(words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, found))) if found else None


def _modified(source: str, data: dict) -> re.Pattern[str] | None:
    """cues.yaml `modified`: a question word, a modifier and a noun (哪个新建的园区): its pattern, None without
    words: (?P<which>哪个|…)(?P<mod>…)(?P<noun>园区|…)."""
    modified = data.get("modified") or {}
    which = sorted(_words(source, "modified.which", modified.get("which") or []), key=len, reverse=True)
    nouns = sorted(_words(source, "modified.nouns", modified.get("nouns") or []), key=len, reverse=True)
    longest = modified.get("longest", 4)
    if not isinstance(longest, int) or longest < 1:
        raise TemplateError(f"{source}: modified.longest must be a positive number")
    if not (which and nouns):
        return None
    return re.compile(
        f"(?P<which>{'|'.join(map(re.escape, which))})(?P<mod>[^哪的，,、。？?！!\\s]{{2,{longest}}}?)"
        f"(?P<noun>{'|'.join(map(re.escape, nouns))})"
    )


def _relative_fields(source: str, data: dict) -> dict[str, Any]:
    """cues.yaml `relative` (a question asking of a fact by a clause, 与甲签约的公司): {"relative": …,
    "relative_marks": …, "relative_roles": …, "relative_agents": …, "relative_partners": …}."""
    raw, asks = data.get("relative"), data.get("asks") or {}
    relative, marks = _relative(source, raw, asks)
    return {
        "relative": relative,
        "relative_marks": marks,
        "relative_roles": _relative_roles(source, raw, asks),
        "relative_agents": _relative_roles(source, raw, asks, "agents"),
        "relative_partners": _relative_roles(source, raw, asks, "partners"),
    }


def _measured_types(source: str, data: dict) -> frozenset[str]:
    """cues.yaml measured.types, each a type of asks: frozenset({"amount"})."""
    types = _words(source, "measured.types", (data.get("measured") or {}).get("types") or [])
    if unknown := set(types) - set(data.get("asks") or {}):
        raise TemplateError(f"{source}: measured.types {sorted(unknown)} are not types of asks")
    return frozenset(types)


def _compare(source: str, data: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """cues.yaml `compare` but its `after`: each kind with its words, longest first: (("more", ("多于", …)), …)."""
    return tuple(
        (kind, tuple(sorted(_words(source, f"compare.{kind}", words), key=len, reverse=True)))
        for kind, words in (data.get("compare") or {}).items()
        if kind not in ("after", "which") and _compare_kind(source, kind)
    )


def _read_fields(source: str, data: dict, roles: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """The Lexicon fields each read by a reader of its own: {"typos": …, "alone": …, "leads": …, …}."""
    surname = data.get("surname_roles") or {}
    cues = set(data.get("cues") or {})
    return {
        "roles_before": _roles_before(source, data.get("roles_before") or [], roles),
        "surname_roles": _surname_roles(source, surname.get("words") or {}, roles),
        "surname_deputies": _surname_roles(source, surname.get("deputies") or {}, roles),
        "alone": _alone(source, data.get("alone") or {}),
        "question_part": _question_part(source, data.get("question_part")),
        "held_before": _held_before(source, data.get("held_before")),
        "leads": _leads(source, data.get("leads")),
        "doer_kinds": _doer_kinds(source, (data.get("doers") or {}).get("kinds") or {}, cues),
        "day_kinds": _day_kinds(source, data.get("day_kinds") or {}),
        "took_part": _took_part(source, data.get("took_part") or {}),
        "function": frozenset(str(data.get("function") or "")),
        "types": frozenset(str(t) for t in data.get("asks") or {}),
    }


def parse_lexicon(data: Any, source: str = "cues.yaml") -> Lexicon:
    """Check the lexicon's shape (unknown keys are an error) and index its words: parse_lexicon({"asks": {"person":
    ["谁"]}, "generic": [], "fillers": []}).types == frozenset({"person"})."""
    _check_keys(source, data)
    typos = {**_typos(source, data.get("typos")), **_typos(source, data.get("spoken"), "spoken")}
    slips = _typos(source, data.get("slips"), "slips")
    tagged = _tagged_words(source, data)
    same_act = _acts(source, data.get("acts") or [])
    return Lexicon(
        **tagged,
        **_relative_fields(source, data),
        **_read_fields(source, data, tagged["roles"]),
        **_listed_fields(source, data),
        acts=frozenset(same_act) & frozenset(tagged["tags"]),
        same_act=same_act,
        typos=typos,
        typo_pattern=_alternation(typos),
        pointer_pattern=_alternation(
            {k: v for k, v in typos.items() if _is_pointer(k, v) and k[1:] in _PLACE_POINTERS}
        ),
        slips=slips,
        slip_pattern=_alternation(slips),
        measured_types=_measured_types(source, data),
        modified=_modified(source, data),
        compare=_compare(source, data),
    )


def _leads(source: str, raw: Any) -> dict[str, str]:
    """The `leads` section: `words`, lone verbs of leading (one character) -> the word said in full, and `after`."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - {"words", "after"}:
        raise TemplateError(f"{source}: leads must be a mapping with words and after")
    words = _typos(source, raw.get("words"), "leads.words")
    if any(len(k) != 1 for k in words):
        raise TemplateError(f"{source}: leads.words must map single characters to words")
    return words


_HELD_BEFORE_KEYS = ("before", "title", "after", "moved", "already", "already_at")


def _held_before(source: str, raw: Any) -> dict[str, tuple[str, ...]]:
    """The `held_before` section: each of its lists of words (all of them required), longest first."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) != set(_HELD_BEFORE_KEYS):
        raise TemplateError(f"{source}: held_before must be a mapping with {', '.join(_HELD_BEFORE_KEYS)}")
    return {k: tuple(sorted(_words(source, f"held_before.{k}", raw[k]), key=len, reverse=True)) for k in raw}


def _typos(source: str, raw: Any, key: str = "typos") -> dict[str, str]:
    """The `typos` (or `slips`) section: a mapping of words as mistyped -> as meant."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and v for k, v in raw.items()
    ):
        raise TemplateError(f"{source}: {key} must be a mapping of words to words")
    return {str(k): str(v) for k, v in raw.items()}


def _relative(source: str, raw: Any, asks: dict) -> tuple[dict[str, tuple[str, ...]], str]:
    """The `relative` section: answer type -> head nouns, and `opens`: the characters that open the phrase."""
    if raw is None:
        return {}, ""
    if not isinstance(raw, dict) or not isinstance(raw.get("opens"), str) or not isinstance(raw.get("heads"), dict):
        raise TemplateError(f"{source}: relative must be a mapping with opens (characters) and heads")
    unknown = set(raw) - {"opens", "heads", "roles", "agents", "links", "partners"}
    if unknown:
        raise TemplateError(f"{source}: unknown key relative.{sorted(unknown)[0]}")
    heads: dict[str, tuple[str, ...]] = {}
    for typ, words in raw["heads"].items():
        if typ not in asks:
            raise TemplateError(f"{source}: relative.heads.{typ} is not a type of asks")
        heads[str(typ)] = tuple(_words(source, f"relative.heads.{typ}", words))
    return heads, raw["opens"]


def _relative_roles(source: str, raw: Any, asks: dict, key: str = "roles") -> dict[str, tuple[str, ...]]:
    """The `relative` section's `roles` (or `agents`, `partners`): answer type -> the nouns naming a fact's role
    (调度会的主持人; 主持调度会的那个人; 甲市的签约企业)."""
    roles = (raw or {}).get(key) or {}
    if not isinstance(roles, dict) or any(typ not in asks for typ in roles):
        raise TemplateError(f"{source}: relative.{key} must map types of asks to nouns")
    return {str(typ): tuple(_words(source, f"relative.{key}.{typ}", words)) for typ, words in roles.items()}


def _acts(source: str, raw: Any) -> dict[str, tuple[str, ...]]:
    """Each act word -> the words saying the same act, itself first (an item of the list may be a list of them).

    >>> _acts("cues.yaml", ["竣工", ["开工", "动工"]])["动工"]
    ('动工', '开工')
    """
    if not isinstance(raw, list):
        raise TemplateError(f"{source}: acts must be a list of words")
    out: dict[str, tuple[str, ...]] = {}
    for item in raw:
        same = _words(source, "acts", item if isinstance(item, list) else [item])
        for w in same:
            out[w] = (w, *(o for o in same if o != w))
    return out


def _doers(source: str, raw: Any, groups: set[str]) -> dict[str, tuple[str, ...]]:
    """Each verb of an act at an event -> (the role that answers who did it, the words saying the same act, itself
    first); the role is a cue group the verb is a word of (an item of a role's list may be a list of words: one act).

    >>> _doers("cues.yaml", {"said": ["揭牌", ["致辞", "致词"]]}, {"said"})["致词"]
    ('said', '致词', '致辞')
    """
    if not isinstance(raw, dict) or set(raw) - groups - {"kinds"}:
        raise TemplateError(f"{source}: doers must map cue groups (roles) to lists of verbs")
    out: dict[str, tuple[str, ...]] = {}
    for role, verbs in raw.items():
        if role == "kinds":
            continue
        if not isinstance(verbs, list):
            raise TemplateError(f"{source}: doers.{role} must be a list of verbs")
        for item in verbs:
            same = _words(source, f"doers.{role}", item if isinstance(item, list) else [item])
            for w in same:
                out[w] = (str(role), w, *(o for o in same if o != w))
    return out


def _day_kinds(source: str, raw: Any) -> dict[str, tuple[str, ...]]:
    """cues.yaml day_kinds (an event kind of the graph, or `any`, -> its words) as word -> the kinds it names
    (none: any kind); a word under several kinds names each.

    >>> _day_kinds("x", {"meeting": ["会议"], "talks": ["会议", "会谈"], "any": ["活动"]})
    {'会议': ('meeting', 'talks'), '会谈': ('talks',), '活动': ()}
    """
    if not isinstance(raw, dict) or set(raw) - {*EVENT_KIND_TERMS, "any"}:
        raise TemplateError(f"{source}: day_kinds must map event kinds (or any) to lists of words")
    out: dict[str, tuple[str, ...]] = {}
    for kind, words in raw.items():
        for word in _words(source, f"day_kinds.{kind}", words):
            out[word] = () if kind == "any" or out.get(word) == () else (*out.get(word, ()), kind)
    return out


def _took_part(source: str, raw: Any) -> dict[str, str]:
    """cues.yaml took_part (a role, `any` or `host`, -> its verbs) as verb -> role; a verb under both is an error.

    >>> _took_part("x", {"any": ["参加", "出席"], "host": ["主持"]})
    {'参加': 'any', '出席': 'any', '主持': 'host'}
    """
    if not isinstance(raw, dict) or set(raw) - {"any", "host"}:
        raise TemplateError(f"{source}: took_part must map any or host to lists of verbs")
    out: dict[str, str] = {}
    for role, words in raw.items():
        for word in _words(source, f"took_part.{role}", words):
            if word in out:
                raise TemplateError(f"{source}: took_part: {word} under both {out[word]} and {role}")
            out[word] = role
    return out


def _doer_kinds(source: str, raw: Any, groups: set[str]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or set(raw) - groups:
        raise TemplateError(f"{source}: doers.kinds must map roles to lists of nouns")
    return {str(role): tuple(_words(source, f"doers.kinds.{role}", nouns)) for role, nouns in raw.items()}


def _question_part(source: str, raw: Any) -> re.Pattern[str] | None:
    """cues.yaml `question_part` as one pattern: one of `before` (or none), then the longest of `words` that fits."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"before", "words"} or not raw.get("words"):
        raise TemplateError(f"{source}: question_part must be a mapping with words (and before)")
    words = sorted(_words(source, "question_part.words", raw["words"]), key=len, reverse=True)
    before = _words(source, "question_part.before", raw.get("before") or [])
    opening = f"(?:{'|'.join(map(re.escape, before))})?" if before else ""
    return re.compile(f"{opening}(?:{'|'.join(map(re.escape, words))})")


COMPARE_KINDS = ("larger", "smaller", "earlier", "later")  # cues.yaml compare: amounts, then dates


def _compare_kind(source: str, kind: str) -> bool:
    if kind not in COMPARE_KINDS:
        raise TemplateError(f"{source}: compare.{kind} is none of {', '.join(COMPARE_KINDS)} or after")
    return True


def _alone(source: str, forms: Any) -> dict[str, str]:
    """cues.yaml `alone`: a kind of name (person, org, zone) -> the question it is asked as, {} standing for it."""
    if not isinstance(forms, dict) or not all(
        k in KIND_LETTERS and isinstance(v, str) and v.count("{}") == 1 for k, v in forms.items()
    ):
        raise TemplateError(f"{source}: alone must map kinds ({', '.join(KIND_LETTERS)}) to a question with one {{}}")
    return {KIND_LETTERS[k]: v for k, v in forms.items()}


def _longest(source: str, where: str, words: Any) -> tuple[str, ...]:
    """A cue list, longest first (the longest word at a place is the one meant); absent: none."""
    return tuple(sorted(_words(source, where, words or []), key=len, reverse=True))


def _words(source: str, where: str, words: Any) -> list[str]:
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise TemplateError(f"{source}: {where} must be a list of words")
    return list(words)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The project's cue lexicon (cues.yaml), parsed once."""
    text = resources.files(__package__).joinpath("cues.yaml").read_text(encoding="utf-8")
    return parse_lexicon(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))  # libyaml: 10x


_NUMERALS = "一二三四五六七八九十"


def place_asked(text: str, lex: Lexicon | None = None) -> int:
    """The place in a ranking the question asks for, read from the words of cue groups `nth` and `least`
    (cues.yaml): the numeral in the word (第二大: 2; 1 when it has none), counted from the end for `least` (最少的:
    -1, 倒数第二: -2); 1 when the question names none.

    >>> place_asked("投资第二大的项目"), place_asked("排第三的是哪个"), place_asked("最大的项目"), place_asked("金额最少的")
    (2, 3, 1, -1)
    """
    lex = lex or load_lexicon()
    for hit in lex.pattern.finditer(text):
        groups = {name for kind, name in lex.tags[hit.group()] if kind == "cue"}
        if groups & {"nth", "least"}:
            digits = [_NUMERALS.index(c) + 1 for c in hit.group() if c in _NUMERALS]
            place = digits[0] if digits else 1
            return -place if "least" in groups else place
    return 1


def check_templates(templates: dict[str, Template], lex: Lexicon) -> None:
    """Every answer type and cue group a template names must be in the lexicon."""
    for t in templates.values():
        for typ in t.asks:
            if typ not in lex.types:
                raise TemplateError(f"template {t.id}: asks {typ!r}, which cues.yaml does not define")
        for group in [g for req in t.cues for g in req] + list(t.also):
            if group not in lex.groups:
                raise TemplateError(f"template {t.id}: cue group {group!r} is not in cues.yaml")


def _a_person(text: str, m: Any, lex: Lexicon) -> bool:
    """True when the mention is a person: a name, or a title right after a surname standing alone (杨书记)."""
    if m.kinds == "p":
        return True
    return set(m.kinds) == {"t"} and m.start == 1 and text[0] in lex.surnames


def read_evidence(text: str, mentions: list[Any], lex: Lexicon) -> Evidence:
    """The lexicon words in the gaps between mentions, the answer types asked and the cue groups present:
    read_evidence("甲市市长是谁", [甲市市长], lex).asks == {"person"}."""
    ev = Evidence(text, mentions, _question_words(text, mentions, lex))
    party_places, body_asked = _read_words(ev, lex)
    work_is_body = _work_is_body(ev)
    if body_asked:
        ev.asks.discard("organiser")  # 哪个单位是甲会的组织者: a body asked, never the person who held it
    if (
        party_places
        and ev.groups & _SIGNING
        and not any(("asks", "place") in w.tags for n, w in enumerate(ev.words) if n not in party_places)
    ):
        ev.asks = (ev.asks - {"place"}) | {"org"}
    _asks_at_end(ev, lex)
    _asked_leaders(ev, lex)
    _frame_read(ev, lex)
    if work_is_body:
        ev.frame_groups.discard("work")
    return ev


def _question_words(text: str, mentions: list[Any], lex: Lexicon) -> list[Word]:
    """The lexicon words between the mentions, and inside an open one before its title: 有哪些市长 gives 有哪些."""
    words: list[Word] = []
    pos = 0
    for m in [*mentions, None]:
        end = m.start if m is not None else len(text)
        words += _words_in(text, pos, end, lex)
        if m is not None and getattr(m, "open", False):
            at = getattr(m, "title_at", None) or m.start  # the question words, then the title (有哪些 | 市长)
            body_end = getattr(m, "body_end", None) or m.start  # not the words inside the body's name (委员会: 会)
            words += _words_in(text, body_end, at, lex) + _words_in(text, at, m.end, lex)
        pos = m.end if m is not None else end
    return words


def _read_words(ev: Evidence, lex: Lexicon) -> tuple[set[int], bool]:
    """Each word's answer types and cue groups into ev; the places asked as a signing's party (their word
    indexes) and whether a word asks a body and nothing else: 和哪个省签的 gives ({1}, False)."""
    text, words, mentions = ev.text, ev.words, ev.mentions
    party_places: set[int] = set()
    body_asked = False  # a word asks a body and nothing else (哪个单位): no organiser word then asks a person too
    for n, w in enumerate(words):
        own = _own_asks(ev, n, lex)
        if own == {"place"} and _PARTY_BEFORE.search(text, 0, w.start):
            party_places.add(n)  # 和哪个自治区签的: a place asked as a signing party, its body (once signing is said)
        elif own == {"place"} and text.endswith("的是", 0, w.start) and any(as_party(text, m) for m in mentions):
            party_places.add(n)  # 跟甲签协议的是哪个省: the other party, asked after the one named
        ev.asks |= own
        body_asked = body_asked or own == {"org"}
        ev.groups |= _cues_of(text, words, n, lex)
    return party_places, body_asked


def _own_asks(ev: Evidence, n: int, lex: Lexicon) -> set[str]:
    """The answer types word n asks, read with the words around it (a how-many word sets ev.count): 是谁主办的
    gives {"org", "organiser"}."""
    text, words, mentions, w = ev.text, ev.words, ev.mentions, ev.words[n]
    own = {name for kind, name in w.tags if kind in ("asks", "count")}
    if any(kind == "count" for kind, _ in w.tags) and not text.endswith("哪", 0, w.start):
        ev.count = _measure(w.text)  # not 哪几家单位: which ones
    if w.text in lex.generic and not own - {"info"}:
        noun = (
            _verb_after(text, words, n, lex)
            or _act_ending(text, words, n, mentions)
            or _counted_noun(text, words, n, lex)
            or _title_before(text, mentions, _after_fillers(words, n), lex)
            or _noun_after(words, n, lex)
        )  # fillers between (副市长一共有几个, 主导产业一共有哪些)
        own = {noun} if noun else own
        if noun and _HOW_MANY.search(w.text):
            ev.count = _measure(w.text)  # 主导产业有几个: the industries, counted
    elif (
        own == {"person"}
        and ("cue", "leader") not in w.tags
        and (
            "org" in (after := _noun_after(words, n, lex), _noun_before(text, words, n, lex, True))
            or _body_noun_ends(text, words, n, lex)
        )
    ):
        # 是谁主办的, 由谁印发, 主办方是谁: what organises is a body; asked by the verb (是谁举办的, not 主办单位是谁),
        # also the person the graph says held it (`organiser`: templates that answer it when no body is recorded)
        own = {"org", "organiser"} if after == "org" else {"org"}
    elif (
        w.text in lex.measured
        and _asked_at_end(ev, lex, w.end)
        and (noun := _noun_before(text, words, n, lex, True)) in lex.measured_types
    ):
        own = {noun}  # 开发区有哪几家: which zones (家 counts them too), not which bodies
    elif own == {"place"} and _title_after(text, mentions, w.end):
        own = {"org"}  # 是哪里的政协副主席: whose title, a body
    elif (
        own
        and own <= {"place", "zone"}
        and text[w.end :] == "的"
        and mentions
        and all(_a_person(text, m, lex) for m in mentions)
    ):  # 甲某是哪里的, 甲某是哪个开发区的, 甲书记是哪个区的: where a person is from, the body they serve
        own = {"org"}
    elif own == {"count"} and _title_before(text, mentions, _after_fillers(words, n), lex):
        own = {"person"}  # 副市长一共几个: the holders, counted
        ev.count = _measure(w.text)
    elif own == {"count"} and (noun := _counted_noun(text, words, n, lex)):
        own = {noun}  # 主导产业一共几个: the industries, counted
        ev.count = _measure(w.text)
    if own == {"count"} and text.endswith("哪", 0, w.start):
        own = {noun} if (noun := _noun_after(words, n, lex)) else set()  # 哪几个城市: which cities
    return own


def _work_is_body(ev: Evidence) -> bool:
    """Is the work cue a body noun asked (参加甲会的单位有哪些), not where someone works? Then it leaves ev.groups."""
    if "work" in ev.groups and not any(set(m.kinds) & {"p", "s", "t", "o"} for m in ev.mentions):
        # 参加甲会的单位有哪些: a word of work that is also a body noun (单位), with no person or title to work there
        # and no body named (甲集团是哪里的单位: where the body is), is the body asked, not where someone works
        work = [w for w in ev.words if ("cue", "work") in w.tags]
        if all(("cue", "units") in w.tags for w in work):
            ev.groups.discard("work")
            return True
    return False


def _asks_at_end(ev: Evidence, lex: Lexicon) -> None:
    """The answer types told by how the question ends, into ev.asks: 说说甲区的产业定位 asks what 定位 answers."""
    text, words, mentions = ev.text, ev.words, ev.mentions
    if (
        ev.asks == {"info"}
        and mentions
        and words
        and words[-1].end == len(text)
        and all(w.end <= mentions[0].start for w in words if ("asks", "info") in w.tags)
    ):  # 说说甲区的产业定位: an information word before any name only says "tell me"; the noun ending it asks
        tags = words[-1].tags
        ends = {lex.answers[n] for k, n in tags if k == "cue" and n in lex.answers}
        ev.asks = (ends | {lex.ends[n] for k, n in tags if k == "cue" and n in lex.ends}) or ev.asks
    if not ev.asks and (last := _ending_word(words, len(text))):
        # no question word, the question ends on a noun that says what it asks for (陈向阳的职务), fillers after it
        # only (甲区重点产业呀, 甲的职务啊)
        ev.asks |= {lex.answers[name] for kind, name in last.tags if kind == "cue" and name in lex.answers}
        ev.asks |= {lex.ends[name] for kind, name in last.tags if kind == "cue" and name in lex.ends}
    if _which_holders(text, mentions, words, lex):
        ev.asks = (ev.asks - {"event"}) | {"person"}  # 哪些市长参加了甲会: the holders who took part, not the events
    if (
        not ev.asks
        and mentions
        and mentions[-1].end == _fillers_off(words, len(text))[0]
        and {"s", "t"} & set(mentions[-1].kinds)
    ):  # no question word, the question ends on a post or title (出席签约的市长, 甲市秘书长来着): who holds it
        ev.asks.add("person")
    if ev.count and any(w.text in lex.lists for w in words):
        ev.count = None  # 请列出甲市的几位副市长: the names asked for, not how many


def _asked_leaders(ev: Evidence, lex: Lexicon) -> None:
    """The spans of leader words asked as who-words into ev.asked (哪些市领导 → its span), and a person asked."""
    text, mentions = ev.text, ev.mentions
    ev.asked = [
        (which.start(), m.end)
        for m in mentions
        if set(m.kinds) == {"t"}
        and ("cue", "leader") in lex.tags.get(m.text, ())
        and (which := _WHICH.search(text, 0, m.start))
    ]  # a leader word the graph also has as a title (哪些市领导): a generic who-word, not one title's holders
    ev.asked += [
        (m.start, m.end)
        for m in mentions
        if set(m.kinds) == {"t"}
        and ("cue", "leader") in lex.tags.get(m.text, ())
        and text.endswith("的", 0, m.start)
        and not any(o.end == m.start - 1 for o in mentions)
        and _asked_at_end(ev, lex, m.end)
    ]  # 见证签约的市领导是哪几位: the same word after a fact's description and 的, asked at the end (not 甲市的市领导)
    if not ev.asks and ev.asked:
        ev.asks.add("person")  # 哪些市领导见证了…: who


def _frame_read(ev: Evidence, lex: Lexicon) -> None:
    """The question's frame words into ev.frame and the cue groups of frame and fact-name words into
    ev.frame_groups: in 出席推进会的市长是谁, 市长 and 是谁."""
    text, words = ev.text, ev.words
    # a title asked about after 的 (推进会出席的市长是谁): the edge of what is left, as the question's end is (出席推进会的
    # 市长是谁): the cue word before that 的 frames the question, it is no part of the fact's description; so is a title
    # after a which-word (哪位书记主持了甲会): the act's verb right after it frames the question
    asked_titles = [
        (_which_start(text, m.start, lex, words), m.end)
        for m in ev.mentions
        if set(m.kinds) <= {"s", "t"}
        and (
            (text.endswith("的", 0, m.start) and _asked_at_end(ev, lex, m.end))
            or _which_start(text, m.start, lex, words)
            < m.start  # 哪位书记主持了甲会: the which-word's title, then the act
        )
    ]  # 哪些市长参加了甲会: the which-word with it (哪些 is no word of the lexicon: it would stay in the description)
    ev.frame = _frame(text, words, lex, ev.asked, asked_titles)
    # 哪位领导出席了…: a which-word for the persons who took part, not a question about a body's leaders
    which_leader = ev.groups & _TAKING_PART and any(
        ("asks", "person") in w.tags and ("cue", "leader") in w.tags and w.text.startswith("哪") for w in words
    )
    if which_leader:
        ev.groups.discard("leader")
    for n, _ in enumerate(words):
        cues = _cues_of(text, words, n, lex)
        cues -= {"leader"} if which_leader else set()
        if n in ev.frame or cues & lex.describes or ("sign" in cues and _agreement_after(text, words, n, lex)):
            ev.frame_groups |= cues


def _cues_of(text: str, words: list[Word], n: int, lex: Lexicon) -> set[str]:
    """The cue groups words[n] is evidence of; an act's verb of a role with occasions (cues.yaml doers `kinds`) is
    not the act asked, so not its role's group, when it names the event: before its kind (揭牌仪式谁主持的), right
    after a verb of taking part (出席揭牌的有几个人), or beside a verb of a role without occasions (甲揭牌是谁主持的)."""
    cues = {name for kind, name in words[n].tags if kind == "cue" and name not in lex.neutral}
    role = lex.doers[words[n].text][0] if words[n].text in lex.doers else None
    if role is None or role not in lex.doer_kinds:
        return cues
    if (
        names_kind(text, words[n].end, lex, role)
        or any(  # 出席揭牌的, 出席甲揭牌的: what was attended (参加甲会并讲话: an act of its own)
            ("cue", "participants") in w.tags and not _ALSO_DID.search(text, w.end, words[n].start) for w in words[:n]
        )
        or any(w.text in lex.doers and lex.doers[w.text][0] not in lex.doer_kinds for w in words)  # 甲揭牌是谁主持的
    ):
        cues.discard(role)
    return cues


def names_kind(text: str, at: int, lex: Lexicon, role: str) -> bool:
    """True when a noun of an occasion that a verb of the role names (cues.yaml doers `kinds`: 揭牌仪式, not 主持会议)
    is written at `at`."""
    return any(text.startswith(w, at) for w in lex.doer_kinds.get(role, ()))


def acts_asked(text: str, lex: Lexicon, roles: AbstractSet[str]) -> set[str]:
    """The words of the acts of those roles (cues.yaml doers) the question asks who did: each verb written, and the
    words saying the same act, except a verb naming the kind of an event (揭牌仪式).

    >>> sorted(acts_asked("谁在揭牌仪式上致辞", load_lexicon(), {"said"}))
    ['致词', '致辞']
    """
    return {
        f
        for w, (role, *forms) in lex.doers.items()
        if role in roles and any(not names_kind(text, m.end(), lex, role) for m in re.finditer(re.escape(w), text))
        for f in forms
    }


_ALSO_DID = re.compile(r"[并和、，,又且]")  # between a verb of taking part and an act's verb: the act is one more done


_TAKING_PART = frozenset({"participants", "host", "witness"})  # cue groups of those who took part in a fact
_WHICH = re.compile(r"(?:哪些|哪几位|哪位|哪一位|哪两位|哪三位)$")  # right before a title: which of its holders


def _frame(
    text: str,
    words: list[Word],
    lex: Lexicon,
    asked: Sequence[tuple[int, int]] = (),
    edges: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """The words that frame the question: question words, and fillers and relation cues standing at an edge
    of what is left (谁 **主持召开了** X会: the cue; 哪些人参加了 X **主持召开** 的会议: part of the event's name).
    A title asked with 哪些 before it (**哪些市领导**见证了…: `asked`) is the question word's; `edges` are spans
    that end what is left as the question's ends do (X会**出席**的市长是谁: the title asked about)."""
    dropped = [False] * len(text)
    frame: set[int] = set()
    for start, end in (*asked, *edges):
        dropped[start:end] = [True] * (end - start)
    for n, w in enumerate(words):
        if any(kind in ("asks", "role", "count") for kind, _ in w.tags) or w.text in lex.generic:
            frame.add(n)
            dropped[w.start : w.end] = [True] * (w.end - w.start)
    changed = True
    while changed:
        changed = False
        for n, w in enumerate(words):
            if n in frame or any(kind == "cue" and name in lex.describes for kind, name in w.tags):
                continue
            if _at_edge(text, dropped, w.start - 1, -1) or _at_edge(text, dropped, w.end, 1):
                frame.add(n)
                dropped[w.start : w.end] = [True] * (w.end - w.start)
                changed = True
    return frame


_QUOTED = {"《": "》", "“": "”", '"': '"'}  # a quoted name after a cue is a name, not more words (签订《甲协议》的是)


def _at_edge(text: str, dropped: list[bool], i: int, step: int) -> bool:
    trim = _TRIM_LEAD if step == -1 else _TRIM
    while 0 <= i < len(text) and not dropped[i] and (text[i] in trim or not _CONTENT.match(text[i])):
        close = text.find(_QUOTED[text[i]], i + 1) if step == 1 and text[i] in _QUOTED else -1
        i = close + 1 if close > i and not any(dropped[i:close]) else i + step
    return not 0 <= i < len(text) or dropped[i]


def _words_in(text: str, start: int, end: int, lex: Lexicon) -> list[Word]:
    """Lexicon words of text[start:end] that do not overlap: longest first, then question words (asks), then
    cue words before generic ones and fillers, then leftmost (有哪些人 reads 有 + 哪些人, asking for persons; 在哪个局
    reads 在 + 哪个局, asking for a body, not the cue 在哪个 + 局). A shorter
    word at a position stands in when the longest one there overlaps a longer one (坐落在哪个区: 坐落 + 在哪个区;
    of one character, only a cue word: 到 + 哪个自治区)."""
    found = [(-len(p.group()), 0, p.start(), p.group()) for p in _PAREN.finditer(text, start, end)]
    for i in range(start, end):
        hit = lex.pattern.match(text, i, end)
        if hit:
            longest = hit.group()
            shorter = [longest[:k] for k in range(len(longest) - 1, 0, -1) if longest[:k] in lex.tags]
            # a one-character stand-in only for a cue word (下达到哪个自治区: 到, when 到哪 overlaps 哪个自治区)
            shorter = [w for w in shorter if len(w) > 1 or any(kind == "cue" for kind, _ in lex.tags[w])]
            for w in [longest, *shorter]:
                typed = any(kind in ("asks", "cue", "count") for kind, _ in lex.tags[w]) and w not in lex.generic
                asks = typed and any(kind == "asks" for kind, _ in lex.tags[w])
                found.append((-len(w), 0 if asks else 1 if typed else 2, i, w))
    taken = [False] * (end - start)
    out = []
    for _, _, i, w in sorted(found):
        if not any(taken[i - start : i - start + len(w)]):
            taken[i - start : i - start + len(w)] = [True] * len(w)
            out.append(Word(i, i + len(w), w, lex.tags.get(w, (("filler", ""),))))
    return sorted(out, key=lambda w: w.start)


def _after_fillers(words: list[Word], n: int) -> int:
    """Where words[n] starts, or the filler words right before it (副市长一共几个: where 一共 starts)."""
    start = words[n].start
    for w in reversed(words[:n]):
        if w.end != start or any(kind != "filler" for kind, _ in w.tags):
            break
        start = w.start
    return start


def _measure(word: str) -> str:
    """The measure word of a how-many word (几位 -> 位, 多少家企业 -> 家, 多少号人 -> 人; 几大 -> 个)."""
    m = re.search(r"(?:几|多少)(?:号(?=人))?(.)", word)
    return "个" if not m or m.group(1) == "大" else m.group(1)


def _which_holders(text: str, mentions: list[Any], words: list[Word], lex: Lexicon) -> bool:
    """True when a which-word (cues.yaml which_titles: 哪些, 哪几位) or a count of persons (几位, 几名) stands right before a
    title said alone (哪些市长参加了甲会, 有几位副省长出席了甲会), and no word asks an event (哪些会议): its holders are asked.

    >>> lex = load_lexicon()
    >>> _which_holders("哪些市长参加了甲会", [type("M", (), {"start": 2, "kinds": ["t"]})()], [], lex)
    True
    """
    if any(("asks", "event") in w.tags for w in words):
        return False
    return any(
        set(m.kinds) <= {"s", "t"} and _which_start(text, m.start, lex, words) < m.start for m in mentions if m.kinds
    )


def _which_start(text: str, start: int, lex: Lexicon, words: Sequence[Word] = ()) -> int:
    """Where a which-word ending at `start` (cues.yaml which_titles, or _WHICH's) or a count of persons among `words`
    (几位, 几名) opens, else `start`: 哪些市长, 有几位市长 ask the title's holders.

    >>> _which_start("哪些市长参加了甲会", 2, load_lexicon())
    0
    """
    heads = [start - len(w) for w in lex.which_titles if text.endswith(w, 0, start)]
    heads += [w.start for w in words if w.end == start and ("count", "person") in w.tags]
    found = _WHICH.search(text, 0, start)
    return min([*heads, *([found.start()] if found else []), start])


def _title_before(text: str, mentions: list[Any], start: int, lex: Lexicon) -> str | None:
    """ "person" when a title or post is named right before `start` (副市长有哪些: persons)."""
    for m in mentions:
        if m.end <= start and set(m.kinds) & {"s", "t"} and all(c in lex.function for c in text[m.end : start]):
            return "person"
        if getattr(m, "open", False) and m.start <= start < m.end and "s" in m.kinds:
            return "person"  # 长治市有哪些副市长: the words inside a post asked about
    return None


_HOLDS = re.compile(r"的|担任|出任|兼任|任|当|做")  # 哪里的副主席, 在哪里任副局长, 在哪个市当副市长


def _title_after(text: str, mentions: list[Any], end: int) -> bool:
    """True when 的, or a verb of holding a post, and a title (not a post of a named body) follow `end` (哪里的副主席,
    在哪个市当副市长: the body holding it); a title that is also a post written the page's way (省委书记 on a page of
    甲省: 甲省委's) is a title still, a post of a body it names (乙省委书记) is not."""
    held = _HOLDS.match(text, end)
    return held is not None and any(m.start == held.end() and "t" in m.kinds for m in mentions)


def _verb_after(text: str, words: list[Word], n: int, lex: Lexicon) -> str | None:
    """The answer type of a cue word right after words[n] that ends the question with 的 (工作会是哪个主持的: who
    hosted, not which meeting)."""
    nxt = words[n + 1] if n + 1 < len(words) else None
    if nxt is None or nxt.start != words[n].end or text[nxt.end :] != "的":
        return None
    return next((lex.answers[name] for kind, name in nxt.tags if kind == "cue" and name in lex.answers), None)


def _act_ending(text: str, words: list[Word], n: int, mentions: list[Any]) -> str | None:
    """Events, when a word of an act (`VERB_GROUPS`: 签约, 开工, 考察) right after words[n] ends the question and a
    time is all it names (2011年8月有哪些签约: that month's signings, as 有哪些签约活动); with a name written the act
    asks about it (甲市政府有哪些签约: its partners)."""
    nxt = words[n + 1] if n + 1 < len(words) else None
    if nxt is None or nxt.start != words[n].end or nxt.end != len(text):
        return None
    if not mentions or any(set(m.kinds) != {"d"} for m in mentions):
        return None
    return "event" if any(kind == "cue" and name in VERB_GROUPS for kind, name in nxt.tags) else None


def _noun_after(words: list[Word], n: int, lex: Lexicon) -> str | None:
    """The answer type of a noun right after words[n], through at most one cue word (有哪些签约活动: events)."""
    end = words[n].end
    for w in words[n + 1 : n + 3]:
        if w.start != end:
            return None
        typed = next((lex.answers[name] for kind, name in w.tags if kind == "cue" and name in lex.answers), None)
        if typed:
            return typed
        end = w.end
    return None


def _body_noun_ends(text: str, words: list[Word], n: int, lex: Lexicon) -> bool:
    """True when words[n] (谁) is followed by 是 and the question ends on a cue noun of a body (谁是甲仪式的主办方: the
    body that held it, not a person)."""
    last = words[-1]
    return (
        text.startswith("是", words[n].end)
        and last.end == len(text)
        and last is not words[n]
        and any(k == "cue" and lex.answers.get(g) == "org" for k, g in last.tags)
    )


def _agreement_after(text: str, words: list[Word], n: int, lex: Lexicon) -> bool:
    """True when a party opened by 和/与/跟/同 stands before words[n] and an agreement word ends what follows it in its
    clause (和甲签订货合同的是: 签 is what was done to the 订货合同, not a word of a party's name; not 甲签订的乙合同)."""
    before = _SEPARATOR.split(text[: words[n].start])[-1]
    if not _PAIRED.search(before) or text.startswith("的", words[n].end):
        return False
    for w in words[n + 1 :]:
        if _SEPARATOR.search(text, words[n].end, w.start):
            return False
        if ("cue", "agreement") in w.tags:
            return True
    return False


def _counted_noun(text: str, words: list[Word], n: int, lex: Lexicon) -> str | None:
    """The answer type of the cue noun before a how-many word, fillers between (主导产业一共几个: industries)."""
    k = n
    while k > 0 and words[k - 1].end == words[k].start and all(kind == "filler" for kind, _ in words[k - 1].tags):
        k -= 1
    return _noun_before(text, words, k, lex)


def _noun_before(text: str, words: list[Word], n: int, lex: Lexicon, acts: bool = False) -> str | None:
    """The answer type of the cue word right before words[n] (function characters between), if it has one; with
    `acts`, only of a group that is evidence (主办方是谁, not the neutral 银行 of 甲银行哪位是副行长)."""
    if n == 0:
        return None
    prev = words[n - 1]
    if any(c not in lex.function for c in text[prev.end : words[n].start]):
        return None
    if asked := next((name for kind, name in prev.tags if kind == "asks"), None):
        return asked  # 担任的职务有几个: the noun is a question word of its own (的职务)
    return next((lex.answers[name] for kind, name in prev.tags if _typed(kind, name, lex, acts)), None)


def _typed(kind: str, name: str, lex: Lexicon, acts: bool) -> bool:
    """True for a cue group that says an answer type; with `acts`, only one that is evidence (not neutral)."""
    return kind == "cue" and name in lex.answers and not (acts and name in lex.neutral)


def leftover(ev: Evidence, lex: Lexicon, groups: AbstractSet[str] = frozenset()) -> str:
    """The content characters no mention, lexicon word or function character explains. A run written
    against a word that names a fact of a group the template explains (战略 of 战略合作协议) is part of
    that fact's name, not unexplained."""
    covered = [False] * len(ev.text)
    for m in ev.mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    for w in ev.words:
        covered[w.start : w.end] = [True] * (w.end - w.start)
    for w in ev.words:
        if any(kind == "cue" and name in lex.describes and name in groups for kind, name in w.tags):
            i = w.start
            while i > 0 and not covered[i - 1] and _CONTENT.match(ev.text[i - 1]):
                i -= 1
                covered[i] = True
    for m in ev.mentions:
        if "p" in m.kinds:
            _apposition(ev.text, covered, m.start)
    _kind_repeated(ev.text, covered, ev.mentions)
    return "".join(c for c, cov in zip(ev.text, covered) if not cov and c not in lex.function and _CONTENT.match(c))


def _kind_repeated(text: str, covered: list[bool], mentions: Sequence[Any]) -> None:
    """A noun ending the question after 的 that repeats the end of a name written before it (东滩煤矿是哪个省的煤矿:
    the mine's own kind word) is explained by that name.

    >>> from kgqa.kg.qa.refs import Mention
    >>> covered = [False] * 11
    >>> _kind_repeated("东滩煤矿是哪个省的煤矿", covered, [Mention(0, 4, "东滩煤矿")]); covered[-2:]
    [True, True]
    """
    end = len(text)
    while end > 0 and not _CONTENT.match(text[end - 1]):
        end -= 1
    for m in mentions:
        for k in range(min(len(m.text) - 1, 4), 1, -1):
            start = end - k
            if (
                start > m.end
                and text[start - 1] == "的"
                and text[start:end] == m.text[-k:]
                and not any(covered[start:end])
            ):
                covered[start:end] = [True] * k
                return


APPOSITION = 8  # at most this many characters describe a person named right after them


def _apposition(text: str, covered: list[bool], start: int) -> None:
    """Words opening the question right before a person's name describe that person (农民企业家张三在哪工作):
    explained by the name, unless they hold a 的 (the question is about someone else)."""
    i = start
    while i > 0 and _CONTENT.match(text[i - 1]) and text[i - 1] != "的":
        i -= 1
    if 0 < start - i <= APPOSITION and (i == 0 or not _CONTENT.match(text[i - 1])):
        covered[i:start] = [True] * (start - i)


def description(ev: Evidence, lex: Lexicon, entity_mentions: set[int]) -> tuple[str, list[int]]:
    """What the question calls a fact: its text without the slots' names, the days it writes (the facts found
    are narrowed to those of that day instead: execute.py) and the frame's words (question words, fillers,
    relation cues at its edges); particles trimmed from each piece's edges."""
    drop = [False] * len(ev.text)
    keep = [False] * len(ev.text)
    for i, m in enumerate(ev.mentions):
        day = any(len(d) >= 7 for d in m.refs.get("d", ()))  # 2030年6月1日, 2030年6月: not 2026年(度)
        flags = drop if i in entity_mentions or day else keep
        flags[m.start : m.end] = [True] * (m.end - m.start)
    for start, end in ev.asked:
        drop[start:end] = [True] * (end - start)
    for m in ev.mentions:  # 哪些市长参加了甲会: the which-word of a title asks, it says nothing of the fact
        if m.kinds and set(m.kinds) <= {"s", "t"}:
            start = _which_start(ev.text, m.start, lex, ev.words)
            drop[start : m.start] = [True] * (m.start - start)
    cut = [False] * len(ev.text)  # a bare verb inside (甲和乙签的协议): the words on its two sides are apart
    edges = {ev.mentions[i].start for i in entity_mentions} | {ev.mentions[i].end for i in entity_mentions}
    for n, w in enumerate(ev.words):
        beside = ("filler", "") in w.tags and (w.end in edges or w.start in edges)  # 甲会议的那位|县长: 那位
        flags = drop if n in ev.frame or beside else keep
        which = n in ev.frame and w.start > 0 and ev.text[w.start - 1] == "哪"  # 由哪几家单位: 哪 is the frame's too
        flags[w.start - which : w.end] = [True] * (w.end - w.start + which)
        if n not in ev.frame and _bare_verb(w, lex):
            cut[w.start : w.end] = [True] * (w.end - w.start)
    pieces: list[list[int]] = []  # runs of kept character positions
    cur: list[int] = []
    for n, d in enumerate(drop):
        if d:
            pieces.append(cur)
            cur = []
        else:
            cur.append(n)
    pieces.append(cur)
    text = ""
    for piece in pieces:
        while piece and not keep[piece[0]] and (_weak(ev.text[piece[0]], lex) or ev.text[piece[0]] in _TRIM_LEAD):
            piece = piece[1:]
        while piece and not keep[piece[-1]] and _weak(ev.text[piece[-1]], lex):
            piece = piece[:-1]
        text += "".join("、" if cut[n] and 0 < k < len(piece) - 1 else ev.text[n] for k, n in enumerate(piece))
    inside = [i for i, m in enumerate(ev.mentions) if i not in entity_mentions and m.text in text]
    return text, inside


def _roles_before(source: str, words: Any, roles: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """cues.yaml `roles_before`: each a word of `roles` (the posts it stands for)."""
    out = tuple(_words(source, "roles_before", words))
    for w in out:
        if w not in roles:
            raise TemplateError(f"{source}: roles_before {w} is not a word of roles")
    return out


def _surname_roles(source: str, words: Any, roles: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """cues.yaml `surname_roles.words`: short word -> a word of `roles` (the posts it stands for)."""
    if not isinstance(words, dict) or not all(
        isinstance(k, str) and k and isinstance(v, str) for k, v in words.items()
    ):
        raise TemplateError(f"{source}: surname_roles.words must map words to words of roles")
    for w, role in words.items():
        if role not in roles:
            raise TemplateError(f"{source}: surname_roles {w}: {role} is not a word of roles")
    return dict(words)


def _bare_verb(w: Word, lex: Lexicon) -> bool:
    """True for a verb cue of one character, or one with 了 (签, 签了, 开了): no fact is named by it, so the words
    on its two sides are not written together (甲和乙签的协议: 甲和乙, 协议)."""
    verb = any(kind == "cue" and name in VERB_GROUPS and name not in lex.describes for kind, name in w.tags)
    return verb and (len(w.text) == 1 or w.text.endswith("了"))


def _weak(c: str, lex: Lexicon) -> bool:
    return c in _TRIM or (not _CONTENT.match(c) and c not in "“”《》\"'")


_PARTY_BEFORE = re.compile(r"(与|和|(?<![合共协])同|跟)$")  # not the 同 of 合同 (合同在哪签的: a place)
_SIGNING = frozenset({"sign", "partner"})  # cue groups saying two bodies signed or worked together
_PARTY_AFTER = re.compile(r"^(与|和|同|跟|签)")
_WHERE_BEFORE = re.compile(r"(在|于|到|赴|去|从)$")  # 在长治签约: where it was signed


def as_party(text: str, mention: Any) -> bool:
    """True when the name is written as a signing party: after 与/和/同/跟, or before them or 签 (not after 在).

    >>> from kgqa.kg.qa.refs import Mention
    >>> as_party("和长治签约的企业", Mention(1, 3, "长治")), as_party("在长治签约的企业", Mention(1, 3, "长治"))
    (True, False)
    """
    before = text[: mention.start]
    if _WHERE_BEFORE.search(before):
        return False
    return bool(_PARTY_BEFORE.search(before) or _PARTY_AFTER.match(text[mention.end :]))


def fit(template: Template, ev: Evidence, lex: Lexicon) -> Fit | None:
    """How well `template` explains the question (None when it cannot: a slot unfilled, another answer
    type asked, a needed cue missing, or unexplained content left without a fact slot to hold it)."""
    if ev.asks and not ev.asks & set(template.asks):
        return None
    if not template.former and any(getattr(m, "former", False) for m in ev.mentions):
        return None  # 甲行原行长: a former holder asked, which only a `former` template tells from the present one
    used: dict[str, int] = {}
    hops: dict[str, str] = {}
    fact_slot = next((s for s in template.slots.values() if s.is_fact), None)
    for slot in template.slots.values():
        if slot.is_fact:
            continue
        pick, hop = _pick(slot, ev, set(used.values()))
        if pick is not None and slot.type == "post" and fact_slot is not None:
            pick, hop = _asked_pick(slot, ev, lex, set(used.values()), pick, hop)
        if pick is None:
            if not slot.optional:
                return None
            continue
        if slot.name in template.party and not as_party(ev.text, ev.mentions[pick]):
            return None  # 在长治签约的企业, 长治的企业: the place is where, or whose, not a party
        used[slot.name] = pick
        if hop:
            hops[slot.name] = hop
    if not _in_order(template, ev, used):
        return None  # 见证乙签约的甲担任哪些职务: 乙 describes 甲, it is not where 甲's posts are asked
    if fact_slot is not None and not all(
        _asked_post(ev, lex, ev.mentions[used[s.name]]) for s in _posts(template, used)
    ):
        return None  # 甲县长主持的会议有哪些人参加: the post is in the fact's description, not the one asked about
    groups = set(ev.groups if fact_slot is None else ev.frame_groups)
    rest = [i for i in range(len(ev.mentions)) if i not in used.values()]
    if any(ev.mentions[i].via for i in rest):
        return None  # a phrase standing for other names (与X签约的企业) must fill a slot
    if any(set(ev.mentions[i].kinds) == {"t"} for i in rest):
        if template.untitled:
            return None  # 甲市政府的董事长是谁: a title the body does not have is no question about all its people
        groups.add("post")  # a title named but not a slot: the question is about posts
    for need in template.cues:
        if not set(need) & groups:
            return None
    if "person" in ev.asks and groups & set(template.not_persons):
        return None  # 谁出席了甲公司的签约: those at the signing, not 甲's partners
    if not ev.asks & set(template.asks) and (fact_slot is not None or not template.cues):
        return None  # nothing in the question says it asks what this template answers
    allowed = {g for need in template.cues for g in need} | set(template.also)
    if template.strict and (groups - allowed or any(set(ev.mentions[i].kinds) != {"t"} for i in rest)):
        return None  # strict: what the template does not use refuses it
    score = template.weight + 2 * len(used) - HOP_COST * len(hops) + (3 if ev.asks & set(template.asks) else 0)
    score += 2 * len(template.cues) + sum(1 for g in template.also if g in groups)
    score -= 1.5 * len(groups - allowed)
    if fact_slot is None:
        if any(set(ev.mentions[i].kinds) == {"p"} for i in rest):
            return None  # 甲在乙园区调研了哪些园区: a person named but not used, the question is about them
        if _bare_title_of_a_body(template, ev, used, rest):
            return None  # 甲市政府的董事长是谁: not the holders of 董事长 elsewhere
        left = leftover(ev, lex, allowed)
        if len(left) >= LEFTOVER_LIMIT:
            return None
        score -= 0.5 * len(left) + sum(_unused_cost(ev.mentions[i], template) for i in rest)
        return Fit(template, score, used, hops=hops)
    text, inside = description(ev, lex, set(used.values()))
    if not text and not fact_slot.optional and not groups & set(template.bare):
        return None  # no description, and no cue naming the fact alone (见证签约的: the graph's one signing)
    verbs = tuple(
        w.text
        for n, w in enumerate(ev.words)
        if (n in ev.frame and any(kind == "cue" and name in VERB_GROUPS for kind, name in w.tags))
        or (n in ev.frame and w.text in lex.doers and any(lex.doers[w.text][0] in need for need in template.cues))
        or (len(w.text) >= 2 and w.text in text and any(kind == "cue" and name in NOUN_GROUPS for kind, name in w.tags))
    )  # what was done, and what the fact is called (座谈会, 备忘录): of close facts, those that say it
    # the acts it names, also inside its description (星岫集团新材料基地动工项目是哪天: a groundbreaking's)
    acts = tuple(dict.fromkeys(lex.same_act[w.text] for w in ev.words if w.text in lex.acts and w.text in text))
    acts = tuple(dict.fromkeys((*(lex.same_act[v] for v in verbs if v in lex.acts), *acts)))
    return Fit(template, score + (0.5 if text else 0), used, text, inside, verbs, hops, acts)


def _in_order(template: Template, ev: Evidence, used: dict[str, int]) -> bool:
    """True when the filled slots of the template's `order` are named in that order in the question.

    >>> from types import SimpleNamespace as N
    >>> t = N(order=("person", "org"))
    >>> ev = N(mentions=[N(start=0), N(start=4)])
    >>> _in_order(t, ev, {"person": 0, "org": 1}), _in_order(t, ev, {"person": 1, "org": 0})
    (True, False)
    """
    starts = [ev.mentions[used[s]].start for s in template.order if s in used]
    return starts == sorted(starts)


def _asked_pick(slot: Any, ev: Evidence, lex: Lexicon, taken: set[int], pick: int, hop: str) -> tuple[int | None, str]:
    """A later post the question asks about instead of one inside the fact's description (和甲行副行长会谈的那位副市长:
    the 副市长), when the first is not asked about."""
    mention = ev.mentions[pick]
    if any(start <= mention.start and mention.end <= end for start, end in ev.asked):
        return None, ""  # 哪些市领导见证了…: a who-word, no post's holders (agreement_witnesses answers it)
    if _asked_post(ev, lex, mention):
        return pick, hop
    later, later_hop = _pick(slot, ev, taken | {pick})
    if later is not None and _asked_post(ev, lex, ev.mentions[later]):
        return later, later_hop
    return pick, hop


def _posts(template: Template, used: dict[str, int]) -> list[Any]:
    """The template's post slots filled from the question."""
    return [s for s in template.slots.values() if s.type == "post" and s.name in used]


def _asked_post(ev: Evidence, lex: Lexicon, mention: Any) -> bool:
    """True when the question asks about this post: a which-word before it (有哪几位副市长参加), or only question
    words after it (…的副市长是谁); not a post inside a fact's description (甲县长主持的会议有哪些人参加)."""
    return _which_start(ev.text, mention.start, lex, ev.words) < mention.start or _asked_at_end(ev, lex, mention.end)


def _fillers_off(words: list[Word], end: int) -> tuple[int, int]:
    """Where the question ends without the fillers ending it, each right after the one before (甲区重点产业呀,
    甲市秘书长来着), and how many words come before that end."""
    k = len(words)
    while k > 0 and words[k - 1].end == end and all(kind == "filler" for kind, _ in words[k - 1].tags):
        end, k = words[k - 1].start, k - 1
    return end, k


def _ending_word(words: list[Word], end: int) -> Word | None:
    """The last word that is no filler, when fillers alone follow it to `end` (甲区重点产业呀: 重点产业); none when
    something else follows it or no word ends the question."""
    end, k = _fillers_off(words, end)
    return words[k - 1] if k > 0 and words[k - 1].end == end else None


def _asked_at_end(ev: Evidence, lex: Lexicon, end: int) -> bool:
    """True when only question words, fillers and function characters follow `end` (…的副市长是谁)."""
    covered = [False] * len(ev.text)
    for w in ev.words:
        if w.start >= end and (w.text in lex.generic or any(kind in ("asks", "count", "filler") for kind, _ in w.tags)):
            covered[w.start : w.end] = [True] * (w.end - w.start)
    return not any(
        not covered[i] and ev.text[i] not in lex.function and _CONTENT.match(ev.text[i])
        for i in range(end, len(ev.text))
    )


def _bare_title_of_a_body(template: Template, ev: Evidence, used: dict[str, int], rest: list[int]) -> bool:
    """True when a post slot holds a title alone while a body named is left unused: the question asks for a
    post of that body the graph does not hold (甲市政府的董事长是谁, with 董事长 only at 乙公司)."""
    bare = any(
        s.type == "post" and s.name in used and set(ev.mentions[used[s.name]].kinds) == {"t"}
        for s in template.slots.values()
    )
    return bare and any(set(ev.mentions[i].kinds) & set("oz") for i in rest)


HOP_COST = 0.5  # a slot filled through another template's answers counts less than a name of its own type


def _pick(slot: Any, ev: Evidence, taken: set[int]) -> tuple[int | None, str]:
    """The first free mention of the slot's type; else the first of a type its `via` lets fill it, with the
    template whose answers fill it (长治市市长 in a person slot: post_holder)."""
    letters = set(ENTITY_TYPES[slot.type])
    free = [i for i in range(len(ev.mentions)) if i not in taken]
    pick = next((i for i in free if set(ev.mentions[i].kinds) & letters), None)
    if pick is not None:
        return pick, ""
    for typ, tid in slot.via:
        pick = next((i for i in free if set(ev.mentions[i].kinds) & set(ENTITY_TYPES[typ])), None)
        if pick is not None:
            return pick, tid
    return None, ""


VERB_GROUPS = frozenset({"held", "sign", "visit"})  # cue groups saying what was done to a fact
NOUN_GROUPS = frozenset({"event", "agreement"})  # cue groups naming what kind of fact it is (座谈会, 备忘录)


def _unused_cost(mention: Any, template: Template) -> float:
    """What a name the template leaves unused costs it: a post named but not asked about costs most."""
    kinds = set(mention.kinds)
    if kinds == {"t"}:
        return 0.0
    if "s" in kinds and not any(s.type == "post" for s in template.slots.values()):
        return 2.5
    return 1.0


def lone_pronoun(text: str, mentions: Sequence[Any], lex: Lexicon) -> str | None:
    """A pronoun (cues.yaml `pronouns`) opening the question, after fillers only, with 的, a lexicon word or a name
    right after it: it points back to nothing (它的行长是谁), so the question names no one; None otherwise (其他副市长:
    no pronoun; 甲的贷款行，它的行长: read as 甲的贷款行的行长 before this).

    >>> lex = load_lexicon()
    >>> lone_pronoun("请问它的行长是谁", [], lex), lone_pronoun("它在哪里", [], lex), lone_pronoun("其他副市长有哪些", [], lex)
    ('它', '它', None)
    >>> lone_pronoun("他们的董事长是谁", [], lex), lone_pronoun("请问她们实地考察了哪里", [], lex)
    ('他们', '她们')
    """
    i = 0
    while (hit := lex.pattern.match(text, i)) and all(kind == "filler" for kind, _ in lex.tags[hit.group()]):
        if hit.group() in lex.pronouns:
            break  # a pronoun that is a filler after a name (郑鹏他们): opening the question, it points back
        if not lex.tags[hit.group()]:
            break
        i = hit.end()
    word = next((p for p in lex.pronouns if text.startswith(p, i)), None)
    if word is None or any(m.start <= i < m.end for m in mentions):
        return None
    end = i + len(word)
    after = text[end : end + 1] == "的" or lex.pattern.match(text, end) or any(m.start == end for m in mentions)
    return word if after else None


def asks_twice(ev: Evidence) -> bool:
    """True when the question asks two things (…有多少个项目、总投资多少): question words on both sides
    of a separator; not one word asked of a pair (谁和谁签的协议, 哪家和哪家)."""
    spots = [w for w in ev.words if any(kind in ("asks", "count") for kind, _ in w.tags)]
    if any(("asks", "article") in w.tags for w in spots):  # 介绍甲和乙的是哪篇报道: 介绍 says what the article does
        spots = [w for w in spots if ("cue", "report") not in w.tags or ("asks", "article") in w.tags]
    return any(
        (_SEPARATOR.search(ev.text, a.start, b.start) or _JOINED.search(ev.text, a.end, b.start))
        and not (a.text.endswith(b.text) and _PAIRED.fullmatch(ev.text, a.end, b.start))  # 是谁和谁
        for a, b in zip(spots, spots[1:])
    )


def rank(templates: dict[str, Template], ev: Evidence, lex: Lexicon) -> list[Fit]:
    """Every template that fits, best first (ties keep the file's order)."""
    fits = [f for t in templates.values() if (f := fit(t, ev, lex)) is not None]
    return sorted(fits, key=lambda f: -f.score)
