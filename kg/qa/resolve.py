"""Slot resolution: a chosen template's slots -> the graph nodes that fill them, or why none can.

An entity slot takes the refs of the mention that fits it (one target, or candidates); an event,
agreement or article slot is found from the words the question uses for it (the index's fact search,
a fact that says it in its own words beating one whose article merely contains them). A slot given by
the template picker (an IRI or a name) is resolved the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .fact_db import Facts
from .forms import clean, is_generic, long_forms, one_char_parties, ordinal_forms, org_forms
from .index import GraphIndex
from .parse import Parsed, dates
from .refs import Mention, PostRef
from .select import Fit, as_party, load_lexicon
from .templates import ENTITY_TYPES, Slot, date_value

FACT_THRESHOLD = 0.6  # a description must cover this share of a fact's words
FACT_MARGIN = 0.1  # ... and beat the next fact by this much, or the candidates are returned
OWN_MARGIN = 0.3  # ... or cover it in its own words (not its article's) by this much more
OWN_FLOOR = 0.3  # several close facts none of which covers this share of a description in its own words: none,
PLAN_GAP = 10  # the most characters between a word of plan and the act it tells of (有望在8、9月正式出台)
QUOTED = 20  # ... when the description is this long (a clause of the article quoted, not a fact's name)
RUN_FLOOR = 4  # several close facts: one whose own words say a run of this many of the description's characters
RUN_LEAD = 2  # ... outside the names it gives, this many more than any other's, is the one meant
ARTICLE_THRESHOLD = 0.4  # an article is described in free words (王某的事迹, 某地的做法): a lower share will do,
ARTICLE_LEAD = 0.15  # ... when it is this far ahead of the next article
_INTERROGATIVE = re.compile(r"多少|几[个家位项次所名人条]|哪[些个家位里儿天年种]|什么|谁|何[时地处]")
_POINTING = re.compile(r"(这|该|此|本)(篇|则|条|份)")  # 这篇新华社报道: the one article, whatever it is called
_DEICTIC = re.compile(r"^(这|该|此|本|那)(些|次|个|篇|项|份|条|场)?")
# 甲那个X, 甲那七项协议: a pointing word inside a description, after the name it points from (kept: 那曲, 那坡)
_INNER_POINTING = re.compile(r"(?<=.)[这那](?:个|场|次|份|些|批|项|条)(?=.)|(?<=.)那(?=[一二两三四五六七八九十几0-9])")
GOVERNMENT_ENDS = ("人民政府", "政府")  # a place's government is named by the place and one of these
FACT_WORD = {"event": "活动", "agreement": "协议", "article": "报道", "fact": "活动或协议"}


_CN_NUM = "零〇一二两三四五六七八九十"
_MEASURED = "个家次届项位名条期批所座"  # a number before one of these counts or orders something
_CN_COUNT = re.compile(rf"[{_CN_NUM}]{{1,3}}(?=[{_MEASURED}])")
_AR_COUNT = re.compile(rf"(?<![\d.])\d{{1,2}}(?=[{_MEASURED}])")


def _cn_value(text: str) -> int | None:
    """The value of a count in Chinese numerals up to 99 (十一 -> 11, 两 -> 2); None when it is not one."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if "十" not in text:
        return digits[text] if len(text) == 1 and text in digits else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in digits) or (ones and ones not in digits):
        return None
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _cn_form(n: int) -> str:
    """A number up to 99 in Chinese numerals (11 -> 十一, 30 -> 三十)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    return ("" if n < 20 else d[n // 10]) + "十" + (d[n % 10] if n % 10 else "")


def numeral_forms(text: str) -> list[str]:
    """The text with its counts written the other way (第30次 -> 第三十次, 十一家 -> 11家), when it has any.

    >>> numeral_forms("第30次缔约方大会"), numeral_forms("上海十一家商厦"), numeral_forms("十五五规划")
    (['第三十次缔约方大会'], ['上海11家商厦'], [])
    """

    def arabic(m: re.Match[str]) -> str:
        value = _cn_value(m.group())
        return m.group() if value is None else str(value)

    out = [_AR_COUNT.sub(lambda m: _cn_form(int(m.group())), text), _CN_COUNT.sub(arabic, text)]
    return [t for t in dict.fromkeys(out) if t != text]


def _without_hui(desc: str) -> list[str]:
    """A meeting named by its act with 会 (座谈会, 恳谈会) where the text says the act alone (甲与学员座谈).

    >>> _without_hui("培训班座谈会"), _without_hui("年会")
    (['培训班座谈'], [])
    """
    return [desc[:-1]] if desc.endswith("会") and len(desc) >= 3 and desc[-2] not in "大年例全总协学" else []


def _at_it(desc: str) -> list[str]:
    """A fact asked with 上 after it, what was done at it (在揭牌仪式上致辞, 调度会上讲话): the fact without 上.

    >>> _at_it("揭牌仪式上"), _at_it("会上"), _at_it("仪式")
    (['揭牌仪式'], [], [])
    """
    return [desc[:-1]] if desc.endswith("上") and len(desc) >= 3 else []


def _occasion_left(desc: str) -> str:
    """The description without the nouns of an occasion (cues.yaml doers `kinds`) and a 上 after them: what is left
    to name a fact by.

    >>> _occasion_left("仪式上"), _occasion_left("现场"), _occasion_left("鹏飞集团仪式")
    ('', '', '鹏飞集团')
    """
    left = desc.removesuffix("上")
    for kind in _occasion_nouns():
        left = left.replace(kind, "")
    return left


@lru_cache(maxsize=1)
def _occasion_nouns() -> tuple[str, ...]:
    """The nouns of an occasion (cues.yaml doers `kinds`), longest first, read once."""
    return tuple(sorted({n for nouns in load_lexicon().doer_kinds.values() for n in nouns}, key=len, reverse=True))


def _occasion_only(text: str) -> bool:
    """Whether the description is an occasion's noun alone (仪式, 仪式上: cues.yaml doers `kinds`), naming no fact.

    >>> _occasion_only("仪式"), _occasion_only("鹏飞集团仪式"), _occasion_only("")
    (True, False, False)
    """
    desc = _INNER_POINTING.sub("", _DEICTIC.sub("", text))
    return bool(desc) and not _occasion_left(desc)


def _meeting_words(desc: str) -> list[str]:
    """A meeting called 会议 or 大会 in the question where the text calls it 甲会 (工作会议, 民营经济大会: 工作会).

    >>> _meeting_words("民营经济工作会议"), _meeting_words("民营经济大会"), _meeting_words("大会")
    (['民营经济工作会'], ['民营经济会'], [])
    """
    if desc.endswith("会议") and len(desc) >= 4:
        return [desc[:-1]]
    return [desc[:-2] + "会"] if desc.endswith("大会") and len(desc) >= 4 else []


def _topic_forms(desc: str) -> dict[str, str]:
    """A fact named by its topic (cues.yaml `topic_said`): the description without the words around the topic, then
    the topic alone when a generic noun of a fact follows it, each with what the fact's name must then hold (a
    meeting's 会; "" nothing).

    >>> _topic_forms("新能源方面的协议"), _topic_forms("外贸的会议"), _topic_forms("推进会")
    ({'新能源协议': '', '新能源': ''}, {'外贸': '会'}, {})
    """
    lex = load_lexicon()
    said = next((desc[len(w) :] for w in lex.topic_said_opens if desc.startswith(w)), desc)
    for word in lex.topic_said_joins:
        said = said.replace(word, "")
    forms = {said: ""} if said != desc else {}
    meeting = next((h for h in lex.topic_said_meetings if said.endswith(h)), "")
    head = meeting or next((h for h in lex.topic_said_heads if said.endswith(h)), "")
    topic = said[: len(said) - len(head)].rstrip("的") if head else ""
    return {**forms, topic: "会" if meeting else ""} if len(topic) >= 2 else forms


_LOWER_LATIN = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")  # qfii, bha: an abbreviation typed in lower case


def _latin_capitals(desc: str) -> list[str]:
    """A description with an abbreviation typed in lower-case letters written in capitals, as titles and names
    write one (qfii额度 of a title saying QFII额度).

    >>> _latin_capitals("qfii额度"), _latin_capitals("QFII额度"), _latin_capitals("额度")
    (['QFII额度'], [], [])
    """
    upper = _LOWER_LATIN.sub(lambda m: m.group().upper(), desc)
    return [upper] if upper != desc else []


def _own_chars(iri: str, indexes: list[Facts], desc: str) -> frozenset[int]:
    """The places of the description's characters that the fact's own words say (in one of its two-character
    words they have: 岫山钢铁项目 of 岫山钢铁产业升级项目动工, all six; of 鞍山钢铁项目开工, the last five)."""
    said = [i for i in range(len(desc) - 1) if max(idx.own_cover(iri, desc[i : i + 2]) for idx in indexes) >= 1.0]
    return frozenset(j for i in said for j in (i, i + 1))


def _longest_run(iri: str, indexes: list[Facts], desc: str, named: frozenset[int]) -> int:
    """The most characters in a row of the description, none inside a name it gives (`named`: their places),
    whose every two-character word the fact's own words say (扩建乘用车产能 asked of 甲宣布投资…的乘用车产能扩建项目:
    乘用车产能, five)."""
    best = run = 0
    for i in range(len(desc) - 1):
        said = (
            i not in named and i + 1 not in named and max(idx.own_cover(iri, desc[i : i + 2]) for idx in indexes) >= 1.0
        )
        run = (run + 1 if run else 2) if said else 0
        best = max(best, run)
    return best


def _name_places(desc: str, names: tuple[str, ...]) -> frozenset[int]:
    """The places of the description's characters inside one of the names it gives."""
    return frozenset(j for n in names if len(n) >= 2 for i in _finds(desc, n) for j in range(i, i + len(n)))


def _finds(text: str, part: str) -> list[int]:
    """Every place `part` starts at in `text`."""
    return [m.start() for m in re.finditer(re.escape(part), text)]


def _fullest(facts: list[str], indexes: list[Facts], desc: str) -> list[str]:
    """The facts without those whose own words say only part of what another's say of the description (岫山钢铁项目
    asked: not 鞍山钢铁项目's, which lacks 岫; 新材料基地项目 asked: its two phases both, each saying all of it)."""
    if len(facts) < 2:
        return facts
    chars = {iri: _own_chars(iri, indexes, desc) for iri in facts}
    return [iri for iri in facts if not any(chars[iri] < chars[other] for other in facts)]


_HEADS = ("项目", "工程", "仪式", "典礼", "活动", "会议")  # what kind of fact a description ends on


def _head_apart(desc: str) -> list[str]:
    """A description ending on the kind of fact, written apart from the words before it, which the fact may say
    further off (电缆项目 of 电缆生产厂……项目: 电缆、项目).

    >>> _head_apart("电缆项目"), _head_apart("项目"), _head_apart("电缆厂")
    (['电缆、项目'], [], [])
    """
    return [desc[:-2] + "、" + desc[-2:]] if desc.endswith(_HEADS) and len(desc) >= 4 else []


def _names_in(names: dict[str, set[str]], text: str, index: GraphIndex) -> dict[str, set[str]]:
    """The names as the text writes them: a name written short in the question, in full in the text (its
    short forms written out, or the label of the one node it names)."""
    out: dict[str, set[str]] = {}
    for name, iris in names.items():
        full = [index.label(next(iter(iris)))] if len(iris) == 1 else []
        written = [name] if name in text else [n for n in [*long_forms(name), *full] if n and n in text]
        out[written[0] if written else name] = iris
    return out


MAX_CHOICES = 5  # a name of this many targets at most is tried with each: answered when they all agree
MAX_BOUND_POSTS = 50  # a bare title asked with a fact (主持甲会议的党工委书记): its posts, at most this many, all kept


class Unresolved(Exception):
    """A slot could not be filled: no match (message) or several (candidates)."""

    def __init__(
        self, message: str, candidates: list[dict[str, str]] | None = None, choices: list[list] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.candidates = candidates
        self.choices = choices  # a name of a few targets: the refs of each, tried one by one (engine)
        self.slot: str | None = None  # the slot those choices fill
        self.values: dict[str, list] = {}  # the other slots, filled


def _quoted_as_asked(exc: Unresolved, searched: str, asked: str) -> Unresolved:
    """`exc` quoting the description as the question wrote it, not as searched (a post stood for by its holder).

    >>> _quoted_as_asked(Unresolved("图谱里找不到“乙当乙”对应的活动"), "乙当乙", "乙当甲市市长").message
    '图谱里找不到“乙当甲市市长”对应的活动'
    """
    if searched == asked or f"“{searched}”" not in exc.message:
        return exc
    told = Unresolved(exc.message.replace(f"“{searched}”", f"“{asked}”"), exc.candidates, exc.choices)
    told.slot, told.values = exc.slot, exc.values
    return told


def named_nodes(parsed: Parsed) -> frozenset[str]:
    """The nodes a question names (not its generic short forms): never its answers in `others` templates."""
    return frozenset(
        r for m in parsed.mentions if not m.generic for k in "pozl" for r in m.refs.get(k, ()) if isinstance(r, str)
    )


class SlotResolver:
    """Fills template slots with nodes of one index."""

    def __init__(
        self,
        index: GraphIndex,
        planned: tuple[str, ...] = (),
        on_day: Callable[[str, tuple[str, ...]], list[str]] | None = None,
        taken_by: Callable[[tuple[str, ...], tuple[str, ...], str], list[str]] | None = None,
        holding: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.index = index
        # the graph's facts that hold a relation (kgqa:witness) with some node: a template's `bare_holds`
        self.holding = holding
        # the graph's events of some kinds (none: all) every one of some entities took part in (a role: any, host)
        self.taken_by = taken_by
        # the graph's events of some kinds (none: all) starting on a day (2025-03-21, or --03-21 in any year)
        self.on_day = on_day
        # an act told after one of these words in its clause is a plan (有望近期出台): cues.yaml `planned`
        self._planned = (
            re.compile(f"(?:{'|'.join(map(re.escape, planned))})[^，,。；;！!？?]{{0,{PLAN_GAP}}}$")
            if planned
            else None
        )

    def slots_from_fit(
        self, f: Fit, parsed: Parsed, memo: dict, holders: dict[int, tuple[str, str]] | None = None
    ) -> dict[str, list]:
        """Each slot of a fit's template filled from the question (fact searches shared through `memo`); a post
        the description names with its one holder in `holders` is searched as that person (甲县县长主持的会议)."""
        values: dict[str, list] = {}
        pending: Unresolved | None = None  # one slot whose name has a few targets: tried one by one
        bound = any(s.is_fact for s in f.template.slots.values())  # a fact says which holder of a bare title
        for slot in f.template.slots.values():
            if slot.is_fact:
                names = {}
                description = f.description
                for i in f.described:
                    mention = parsed.mentions[i]
                    if holders and i in holders:
                        iri, label = holders[i]
                        # 甲市副市长乙参加的会谈: the post says who 乙 is, 乙 stands for it
                        said = (label in f.description) and mention.text + label in description
                        names[label] = {iri}
                        description = description.replace(mention.text, "" if said else label)
                    elif any(k in mention.refs for k in "pozl") and self._names_one(mention, parsed.text):
                        iris = {r for kind in "pozl" for r in mention.refs.get(kind, ()) if isinstance(r, str)}
                        if as_party(parsed.text, mention):  # 长治跟鹏飞签约: 长治's government signed
                            iris |= self._governments(mention.refs.get("l", ()))
                        names[mention.text] = iris | {r.org for r in mention.refs.get("s", ())}
                deictic = bool(_POINTING.search(parsed.text))
                holds = f.template.bare_holds
                key = (slot.type, description, f.template.own_names, f.verbs, deictic, f.acts, holds)
                if key not in memo:
                    try:
                        memo[key] = self.find_fact(
                            slot.type, description, names, f.template.own_names, f.verbs, deictic, f.acts, holds
                        )
                    except Unresolved as exc:
                        memo[key] = (
                            self._by_day(slot.type, description, parsed)
                            or self._by_taker(slot.type, description, names)
                            or exc
                        )
                if isinstance(memo[key], Unresolved):
                    raise _quoted_as_asked(memo[key], description, f.description)
                values[slot.name] = memo[key]
            elif slot.name in f.hops:
                continue  # filled with another template's answers (engine.hop)
            elif slot.name in f.entities:
                try:
                    values[slot.name] = self.entity_refs(slot, parsed.mentions[f.entities[slot.name]], bound)
                except Unresolved as exc:
                    if exc.choices is None or pending is not None:
                        raise
                    pending, exc.slot = exc, slot.name
            elif not slot.optional:
                raise Unresolved(f"问题里缺少{slot.name}")
        if pending is not None:
            pending.values = values
            raise pending
        return values

    def _by_day(self, kind: str, description: str, parsed: Parsed) -> list[str]:
        """An event named by a kind word alone (cues.yaml day_kinds) and the one day the question writes
        (3月21日的签约仪式, 三月二十三日那场会议): the graph's one event of that kind on that day; several are offered to
        choose from, none is no answer (Unresolved); nothing when the question names no event so."""
        word = _INNER_POINTING.sub("", _DEICTIC.sub("", description)).removeprefix("的")
        kinds = load_lexicon().day_kinds.get(word)
        days = {d for m in parsed.mentions for d in m.refs.get("d", ()) if len(d) in (7, 10) and date_value(d)}
        if kind not in ("event", "fact") or kinds is None or len(days) != 1 or self.on_day is None:
            return []
        day = next(iter(days))
        found = self.on_day(day, kinds)
        said = day.removeprefix("--")
        return self._one_event(found, f"{said}有{len(found)}个{word}", f"{said}的{word}")

    def _by_taker(self, kind: str, description: str, names: dict[str, set[str]]) -> list[str]:
        """An event named by who took part in it, a verb of cues.yaml took_part, 的 and a kind word of day_kinds
        (李某参加的那个活动, 甲集团主办的论坛): the graph's one event of that kind every person and body named took
        part in (in the verb's role); several are offered to choose from, none is no answer (Unresolved); nothing
        when the question names no event so."""
        lexicon = load_lexicon()
        # a filler before a comma is no part of it (打扰一下，李某参加的那个走访)
        rest = _INNER_POINTING.sub("", _DEICTIC.sub("", re.split("[,，]", description)[-1]))
        takers: list[str] = []
        for name in sorted(names, key=len, reverse=True):
            # a person or a body (a body's name that is also a place written as an event's venue: the body)
            iris = [i for i in names[name] if (e := self.index.entities.get(i)) is not None and e.kinds & {"p", "o"}]
            if name not in rest or len(iris) != 1:
                return []
            rest = rest.replace(name, "", 1)
            takers.append(iris[0])
        verb, _, word = rest.partition("的")
        role = lexicon.took_part.get(verb)
        kinds = lexicon.day_kinds.get(_DEICTIC.sub("", word))
        if kind not in ("event", "fact") or not takers or role is None or kinds is None or self.taken_by is None:
            return []
        found = self.taken_by(tuple(sorted(takers)), kinds, role)
        said = description.removesuffix(word).rstrip("的那这个场次")
        return self._one_event(found, f"{said}的{word}有{len(found)}个", f"{said}的{word}")

    def _one_event(self, found: list[str], several: str, named: str) -> list[str]:
        """The events found, when there is one: several are offered to choose from, none is no answer (Unresolved
        '图谱里没有' + named): _one_event([], "…有2个会议", "3月21日的会议") raises 图谱里没有3月21日的会议."""
        if len(found) > 1:
            raise Unresolved(
                f"{several}，请说明是哪一个",
                [{"label": self.fact_label(iri), "iri": iri, "kind": "event"} for iri in found[:20]],
            )
        if not found:
            raise Unresolved(f"图谱里没有{named}")
        return found

    @staticmethod
    def _names_one(mention: Mention, text: str) -> bool:
        """True for a name of its own, or a short form of one node that names no other body elsewhere written as a
        party (长治跟鹏飞集团座谈: 长治 of 长治市, 鹏飞集团; not 市政府, not the place of 到台湾)."""
        if not mention.generic:
            return True
        iris = {r for kind in "pozl" for r in mention.refs.get(kind, ()) if isinstance(r, str)}
        return len(iris) == 1 and not is_generic(mention.text) and as_party(text, mention)

    def _governments(self, places: Any) -> set[str]:
        """The governments of places a fact's description names (长治跟鹏飞签约: 长治市人民政府 signed)."""
        return {
            org
            for place in places
            if isinstance(place, str)
            for end in GOVERNMENT_ENDS
            for org in self.index.surfaces.get(self.index.label(place) + end, {}).get("o", ())
        }

    def entity_refs(self, slot: Slot, mention: Mention, bound: bool = False) -> list:
        """The refs of a mention of the slot's type (a title: every post of it), naming one target; `bound`: the
        template's fact says which holder a bare title is (主持甲会议的党工委书记), so every post of it is kept."""
        letters = ENTITY_TYPES[slot.type]
        refs: list = []
        for letter in letters:
            for ref in mention.refs.get(letter, ()):
                if slot.type == "post" and letter == "t":
                    ref_list = list(self.index.all_roles(ref))
                else:
                    ref_list = [ref]
                for r in ref_list:
                    if r not in refs:
                        refs.append(r)
            if refs and slot.type != "post":
                break
            if refs and slot.type == "post" and letter == "s":
                break
        flags = self.index.surfaces.get(mention.text, {})
        exact = [
            r for r in refs if not isinstance(r, PostRef) and any(flags.get(k, {}).get(r) is False for k in letters)
        ]
        if exact and len(exact) < len(refs):
            refs = exact  # a name's own bearer before those it is only a derived form of (甲公司 of 乙市甲公司)
        if mention.via is not None:
            return refs  # a phrase standing for every node its sub-question answers
        generic = mention.generic or (slot.type == "post" and "s" not in mention.refs)
        if bound and slot.type == "post" and "s" not in mention.refs and 0 < len(refs) <= MAX_BOUND_POSTS:
            return refs  # the fact asked of narrows them: only the holders who hosted or attended it answer
        return self._one_target(refs, generic, mention.text)

    def _one_target(self, refs: list, generic: bool, text: str) -> list:
        """Keep the refs when they name one target (one person, one organisation); else candidates."""

        def key(r: Any) -> str:
            return r.org if isinstance(r, PostRef) else r

        targets = list(dict.fromkeys(key(r) for r in refs))
        if len(targets) > 1 and generic and self.index.locales:
            local = [t for t in targets if any(self._in_locale(t, loc) for loc in self.index.locales)]
            if len(local) == 1:
                refs, targets = [r for r in refs if key(r) == local[0]], local
        if not targets:
            raise Unresolved(f"图谱里没有与“{text}”对应的对象")
        if len(targets) > 1:
            targets = sorted(targets, key=lambda t: (self.index.label(t), t))
            raise Unresolved(
                f"“{text}”可以指几个对象，请选一个",
                [{"label": self.index.label(t), "iri": t, "kind": "entity"} for t in targets[:20]],
                [[r for r in refs if key(r) == t] for t in targets] if len(targets) <= MAX_CHOICES else None,
            )
        return refs

    def _in_locale(self, iri: str, locale: str) -> bool:
        """True when the node's label holds the page's city or county (its level word aside)."""
        stem = re.sub(r"(市|县|省|区)$", "", locale)
        return bool(stem) and stem in self.index.label(iri)

    def fact_indexes(self, kind: str) -> list[Facts]:
        """The fact indexes a slot of this kind searches (a `fact` slot: events and agreements)."""
        i = self.index
        return {
            "event": [i.events],
            "agreement": [i.agreements],
            "article": [i.articles],
            "fact": [i.events, i.agreements],
        }[kind]

    def find_fact(
        self,
        kind: str,
        text: str,
        names: dict[str, set[str]],
        own_names: bool = False,
        verbs: tuple[str, ...] = (),
        deictic: bool = False,
        acts: tuple[tuple[str, ...], ...] = (),
        holds: str = "",
    ) -> list[str]:
        """The facts a description names (close ones all kept) that say the act the question names (`acts`),
        or Unresolved with why or the candidates. When none of the close ones says the act, the facts that do and
        fit the description too (`_acting`: 新材料基地项目什么时候动工, closest to the signing of that project). No
        description, several facts: the one holding the relation `holds` (the template's `bare_holds`)."""
        alone = self._act_alone(kind, text, acts, deictic)
        if alone:
            return alone
        try:
            close = self._found(kind, text, names, own_names, verbs, deictic, holds)
            try:
                found = self._doing(close, kind, text, acts)
            except Unresolved:
                found = self._acting(kind, text, names, acts, close)
                if not found:
                    raise
        except Unresolved:
            # 开工仪式是哪天: an occasion's noun alone after the act, no fact so named: those saying the act (several:
            # the user is offered them, never a guess)
            occasion = bool(acts) and not deictic and _occasion_only(text)
            found = self._saying(kind, acts) if occasion else []
            if occasion and not found:  # 揭牌仪式是哪天 with no unveiling: the other ceremonies are no candidates
                raise Unresolved(f"图谱里没有{acts[0][0].removesuffix('的')}的{FACT_WORD[kind]}") from None
            if not found:
                raise
        return self._pointed_from(found, kind, text, names)

    def _act_alone(self, kind: str, text: str, acts: tuple[tuple[str, ...], ...], deictic: bool) -> list[str]:
        """The one fact of the graph whose own words say the act a question names when nothing else describes the fact
        (出席揭牌的有几个人: the one unveiling, of several events); none when no fact or several say it (asked which)."""
        if not acts or kind == "article" or deictic or _INNER_POINTING.sub("", _DEICTIC.sub("", text)):
            return []
        saying = self._saying(kind, acts)
        return saying if len(saying) == 1 else []

    def _saying(self, kind: str, acts: tuple[tuple[str, ...], ...]) -> list[str]:
        """The facts of a kind whose own words say one of the acts, not as a plan only (none for an article)."""
        if not acts or kind == "article":
            return []
        indexes = self.fact_indexes(kind)
        saying = {
            iri
            for same in acts
            for word in same
            for _, iri in self._ranked(indexes, word, set(), {})
            if self._does(iri, indexes, acts) and not self._only_planned(iri, acts)
        }
        return sorted(saying)

    def _pointed_from(self, found: list[str], kind: str, text: str, names: dict[str, set[str]]) -> list[str]:
        """Of the agreements found, those each body or person named before a pointing word (甲集团那份协议, 乙这份合同)
        is linked to (a party, a witness): the pointing word says which of the name's agreements, never another's
        (none: Unresolved; the name is no longer dropped with the pointing word). A place names no side (长治那份协议)."""
        m = _INNER_POINTING.search(text)
        if kind != "agreement" or m is None:
            return found
        ents = self.index.entities
        named = [
            bodies
            for name, iris in names.items()
            if name in text[: m.start()] and (bodies := {i for i in iris if i in ents and ents[i].kinds & {"o", "p"}})
        ]
        if not named:
            return found
        linked = [self._linked(bodies, kind) for bodies in named]
        kept = [iri for iri in found if all(iri in facts for facts in linked)]
        if not kept:
            raise Unresolved(f"图谱里没有“{text[: m.start()]}”签的{FACT_WORD[kind]}")
        return kept

    def _linked(self, entities: set[str], kind: str) -> set[str]:
        """The facts of a kind linked to one of the entities (the index's links: an agreement's parties and
        witnesses)."""
        out: set[str] = set()
        for idx in self.fact_indexes(kind):
            for source in idx.sources():
                for entity in entities:
                    out.update(source.iris_of(source.entity_ids(entity)).values())
        return out

    def _does(self, iri: str, indexes: list[Facts], acts: tuple[tuple[str, ...], ...]) -> bool:
        """True when the fact's own words say one of the acts (开工 asked: a fact saying 动工 says it too)."""
        return any(max(idx.own_cover(iri, w) for idx in indexes for w in same) >= 1.0 for same in acts)

    def _doing(self, close: list[str], kind: str, text: str, acts: tuple[tuple[str, ...], ...]) -> list[str]:
        """Of the facts found, those whose own words say one of the acts the question names (竣工 asked: not the
        开工 of the same works), those saying it in the question's own word first (`_as_asked`); none: Unresolved,
        with the facts found as candidates."""
        if not acts or kind == "article":  # an article reports the act: its words are its title, not the act's
            return close
        indexes = self.fact_indexes(kind)
        did = [iri for iri in close if self._does(iri, indexes, acts)]
        if not did:
            raise Unresolved(
                f"图谱里没有说{f'“{text}”' if text else ''}{'、'.join(same[0].removesuffix('的') for same in acts)}"
                f"的{FACT_WORD[kind]}",  # 出席开工的有谁: no description but the act, none said
                [{"label": self.fact_label(iri), "iri": iri, "kind": kind} for iri in close[:20]],
            )
        done = [iri for iri in did if not self._only_planned(iri, acts)]
        if not done:  # 规划有望近期出台: told as a plan, the fact's date is not when it was done
            raise Unresolved(
                f"图谱里只说“{text}”将要{acts[0][0].removesuffix('的')}（计划或预期），没有说已经{acts[0][0].removesuffix('的')}",
                [{"label": self.fact_label(iri), "iri": iri, "kind": kind} for iri in did[:20]],
            )
        return self._as_asked(_fullest(done, indexes, _INNER_POINTING.sub("", _DEICTIC.sub("", text))), indexes, acts)

    def _only_planned(self, iri: str, acts: tuple[tuple[str, ...], ...]) -> bool:
        """True when each time the fact's words (its label) say an act the question names, a word of plan comes
        before it in its clause (规划基本框架已确立，有望近期出台; 项目将于明年开工), so the fact does not say it was done."""
        if self._planned is None:
            return False
        label = self.fact_label(iri)
        said = [m.start() for same in acts for w in same for m in re.finditer(re.escape(w), label)]
        return bool(said) and all(self._planned.search(label, 0, at) for at in said)

    @staticmethod
    def _as_asked(did: list[str], indexes: list[Facts], acts: tuple[tuple[str, ...], ...]) -> list[str]:
        """Of several facts saying an act, those saying it in the word the question uses (动工 asked: the works
        whose own words say 动工 before those saying 开工); of several acts asked, those saying most of them in the
        question's words (开工奠基仪式: the one saying 开工 and 奠基, not one saying 动工 and 奠基); all of them when none
        or all do."""
        if len(did) < 2:
            return did
        said = {iri: sum(max(idx.own_cover(iri, same[0]) for idx in indexes) >= 1.0 for same in acts) for iri in did}
        most = max(said.values())
        return [iri for iri in did if said[iri] == most] if most else did

    def _acting(
        self, kind: str, text: str, names: dict[str, set[str]], acts: tuple[tuple[str, ...], ...], close: list[str]
    ) -> list[str]:
        """The facts saying an act the question names that fit its description (`FACT_THRESHOLD`) and say every
        name it gives in their own words, when the facts closest to it do not say the act (新材料基地项目哪天动工:
        the signing of the project is closest, its groundbreaking fits too): the best of them within
        `FACT_MARGIN`, those saying the question's own word first; none when no such fact."""
        if not acts or kind == "article":
            return []
        indexes = self.fact_indexes(kind)
        desc = _INNER_POINTING.sub("", _DEICTIC.sub("", text))
        ents = {iri for iris in names.values() for iri in iris if len(iris) == 1}
        written = [name for name in names if len(name) >= 2]
        # the description's characters the closest fact says in its own words: a fact saying the act says them too
        asked = max((_own_chars(iri, indexes, desc) for iri in close), key=len, default=frozenset())
        acting = [
            (score, iri)
            for score, iri in self._ranked(indexes, desc, ents, names)
            if score >= FACT_THRESHOLD
            and iri not in close
            and self._does(iri, indexes, acts)
            and all(max(idx.own_cover(iri, name) for idx in indexes) >= 1.0 for name in written)
            and _own_chars(iri, indexes, desc) >= asked  # 白山钢铁项目 signed: no groundbreaking of 鞍山钢铁项目
            and not self._only_planned(iri, acts)
        ]
        if not acting:
            return []
        keep = list(dict.fromkeys(iri for score, iri in acting if score >= acting[0][0] - FACT_MARGIN))
        return self._as_asked(keep, indexes, acts)

    def _found(
        self,
        kind: str,
        text: str,
        names: dict[str, set[str]],
        own_names: bool,
        verbs: tuple[str, ...],
        deictic: bool,
        holds: str = "",
    ) -> list[str]:
        """The facts a description names (close ones all kept), or Unresolved with why or the candidates."""
        indexes = self.fact_indexes(kind)
        if _INTERROGATIVE.search(text):
            raise Unresolved("问题一次问了不止一件事，请分开问")
        desc = _INNER_POINTING.sub("", _DEICTIC.sub("", text))
        if kind == "agreement" and not _occasion_left(desc):
            desc = ""  # 签约仪式上见证的是谁: the occasion of a signing names no agreement
        ents = {iri for iris in names.values() for iri in iris if len(iris) == 1}
        ranked = self._ranked(indexes, desc, ents, names)
        others = [*numeral_forms(desc), *long_forms(desc), self._full_names(desc, names), *_without_hui(desc)]
        others += ordinal_forms(desc)  # 甲乙二厂: 甲乙第二工厂
        others += _meeting_words(desc)
        others += _at_it(desc)
        others += _head_apart(desc)
        others += _latin_capitals(desc)  # qfii额度那篇: QFII额度
        topics = _topic_forms(desc)  # 新能源方面的协议, 关于外贸的会议: by the topic (a meeting's name holding 会)
        others += list(topics)
        for other in others if not ranked or ranked[0][0] < FACT_THRESHOLD else ():
            # 第30次 written 第三十次 (or back); 经开区 or a name written short, written in full
            again = self._ranked(indexes, other, ents, _names_in(names, other, self.index))
            if topics.get(other):
                again = [r for r in again if topics[other] in self.fact_label(r[1])]
            if again and again[0][0] >= FACT_THRESHOLD:
                desc, ranked = other, again
                break
        if not ranked or ranked[0][0] < FACT_THRESHOLD:  # 闽宁协议: the parties by their one-character names
            desc, ranked = self._by_one_char_names(indexes, desc) or (desc, ranked)
        total = sum(len(idx) for idx in indexes)
        if (not ranked or ranked[0][0] < FACT_THRESHOLD) and total == 1 and (not desc or desc != text or deictic):
            return [next(iri for idx in indexes if (iri := idx.first_iri()) is not None)]
        if ranked and kind == "article" and ARTICLE_THRESHOLD <= ranked[0][0] < FACT_THRESHOLD:
            runner_up = next((score for score, iri in ranked if iri != ranked[0][1]), 0.0)
            cover = max(idx.text_cover(ranked[0][1], desc) for idx in indexes)
            if ranked[0][0] - runner_up >= ARTICLE_LEAD and cover >= ARTICLE_THRESHOLD:
                return [ranked[0][1]]
        if not desc and not deictic and total > 1 and (alone := self._doing_alone(indexes, verbs, ents, names)):
            return alone  # 谁揭的牌: the graph's one fact whose own words say that act (cues.yaml doers)
        if not desc and not deictic and total > 1 and (held := self._holding(indexes, holds)):
            return held  # 见证签约的领导有多少位: of several signings, the one that has witnesses
        if not desc and not deictic and total > 1:  # 见证签约的是谁 with several signings: never a guess
            raise Unresolved(f"问题没有说是哪个{FACT_WORD[kind]}（图谱里有{total}个），请说明是哪一个")
        if not ranked or ranked[0][0] < FACT_THRESHOLD:
            raise Unresolved(f"图谱里找不到“{text}”对应的{FACT_WORD[kind]}")
        close = list(dict.fromkeys(iri for score, iri in ranked if score >= ranked[0][0] - FACT_MARGIN))
        quoted = len(desc) >= QUOTED and len(close) > 1
        if quoted and max(idx.own_cover(iri, desc) for idx in indexes for iri in close) < OWN_FLOOR:
            # a clause of the article quoted at length that several of its facts are close to only through the
            # article's words: it tells something else (甲局推荐企业…的授信金额 is no signing's amount), never a guess
            raise Unresolved(
                f"图谱里没有专门说“{text}”的{FACT_WORD[kind]}，只有同一篇报道里的",
                [{"label": self.fact_label(iri), "iri": iri, "kind": kind} for iri in close[:20]],
            )
        close = self._narrowed(close, indexes, desc, verbs, tuple(names))
        if own_names:
            close = self._said_of(close, indexes, names, text, kind)
        return close

    def _holding(self, indexes: list[Facts], holds: str) -> list[str]:
        """The one fact of these indexes that holds the relation `holds` (a template's `bare_holds`: kgqa:witness)
        with some node; none when no relation is named, or no fact or several hold it (the user is asked which)."""
        if not holds or self.holding is None:
            return []
        held = [iri for iri in self.holding(holds) if any(idx.has(iri) for idx in indexes)]
        return held if len(held) == 1 else []

    def _by_one_char_names(self, indexes: list[Facts], desc: str) -> tuple[str, list] | None:
        """A description opening with its parties' one-character names (闽宁协议, 中韩协议) written with the
        names of the nodes they stand for (福建、宁夏、协议) and ranked again, when one fact fits it; else None."""
        got = one_char_parties(desc)
        if got is None:
            return None
        names: dict[str, set[str]] = {}
        for forms in got[0]:
            found = {form: self._opening_with(form) for form in forms}
            form = next((f for f in forms if found[f]), None)
            if form is None:  # a place or country no node is named by: not these parties
                return None
            names[form] = found[form]
        text = "、".join([*names, got[1]])
        ranked = self._ranked(indexes, text, set().union(*names.values()), names)
        return (text, ranked) if ranked and ranked[0][0] >= FACT_THRESHOLD else None

    def _opening_with(self, form: str) -> set[str]:
        """The places and bodies whose names open with a place's or country's name (韩国: 韩国商务代表团)."""
        return {e.iri for e in self.index.entities.values() if e.kinds & {"o", "z", "l"} and e.label.startswith(form)}

    def _full_names(self, desc: str, names: dict[str, set[str]]) -> str:
        """The description with each name written short (甲材料重点实验室) written as the node it names is called
        (甲材料乙省重点实验室), when it names one node."""
        for name, iris in names.items():
            label = self.index.label(next(iter(iris))) if len(iris) == 1 else ""
            if label and label != name and name in desc:
                desc = desc.replace(name, label)
        return desc

    def _doing_alone(
        self, indexes: list[Facts], verbs: tuple[str, ...], ents: set[str], names: dict[str, set[str]]
    ) -> list[str]:
        """The one fact whose own words say an act's verb the question asks who did (cues.yaml doers: 谁揭的牌), when
        the question names no fact; none when no fact or several do (the user is asked which)."""
        doers = load_lexicon().doers
        said = [v for v in verbs if v in doers]
        found = {
            iri
            for v in said
            for score, iri in self._ranked(indexes, v, ents, names)
            if score >= FACT_THRESHOLD and any(idx.own_cover(iri, w) >= 1.0 for idx in indexes for w in doers[v][1:])
        }
        return list(found) if len(found) == 1 else []

    @staticmethod
    def _ranked(indexes: list[Facts], desc: str, ents: set[str], names: dict[str, set[str]]) -> list:
        """(score, fact) of every index's search, best first."""
        return sorted((r for idx in indexes for r in idx.search(desc, ents, names=names)), key=lambda r: -r[0])

    @staticmethod
    def _narrowed(
        close: list[str], indexes: list[Facts], desc: str, verbs: tuple[str, ...], names: tuple[str, ...] = ()
    ) -> list[str]:
        """Of facts close on a description, those that say it in their own words, do what the question says
        was done, or whose name says it, far better than the others, or that say a long run of it outside the
        names it gives that no other says nearly as long (else all of them)."""
        if len(close) > 1:
            # close on the whole article, but one fact says it in its own words far better: that one
            own = {iri: max(idx.own_cover(iri, desc) for idx in indexes) for iri in close}
            best = max(own.values())
            if best >= 0.5:
                close = [iri for iri in close if own[iri] >= best - OWN_MARGIN]
        if len(close) > 1 and verbs:
            # 甲公司是哪年成立的: of the facts about 甲公司, those that say what the question says was done
            # (of those saying most of the description: 岫山钢铁项目哪天开工, not 鞍山钢铁项目's 开工 for 岫山's 动工)
            fullest = _fullest(close, indexes, desc)
            did = [iri for iri in fullest if any(max(idx.own_cover(iri, v) for idx in indexes) >= 1.0 for v in verbs)]
            close = did or close
        if len(close) > 1:
            # facts told in one sentence: the one whose name (summary) says it far better
            named = {iri: max(idx.own_cover(iri, desc, name_only=True) for idx in indexes) for iri in close}
            best = max(named.values())
            if best >= 0.5:
                close = [iri for iri in close if named[iri] >= best - OWN_MARGIN]
        if len(close) > 1:
            # 甲扩建乘用车产能 of 甲's two projects: the one saying 乘用车产能, the other only 产能 or 扩建
            places = _name_places(desc, names)
            runs = {iri: _longest_run(iri, indexes, desc, places) for iri in close}
            best = max(runs.values())
            if best >= RUN_FLOOR and all(r == best or r <= best - RUN_LEAD for r in runs.values()):
                close = [iri for iri in close if runs[iri] == best]
        return close

    def _said_of(
        self, close: list[str], indexes: list[Facts], names: dict[str, set[str]], text: str, kind: str
    ) -> list[str]:
        """The facts whose own words say every name the question gives: the total of an event that merely
        involves a school is not the school's own amount (none: Unresolved, with the facts as candidates)."""
        written = {  # a name as the question writes it, or as the one node it names is called (甲乙(集团)有限公司) or
            # written short in four characters or more (山东钢铁集团 of 山东钢铁集团有限公司, asked as 山钢)
            name: [name] + (_called(self.index.label(next(iter(iris)))) if len(iris) == 1 else [])
            for name, iris in names.items()
            if len(name) >= 2
        }
        said = [
            iri
            for iri in close
            if all(max(idx.own_cover(iri, f) for idx in indexes for f in forms) >= 1.0 for forms in written.values())
        ]
        if not said:
            raise Unresolved(
                f"图谱里没有专门说“{text}”的{FACT_WORD[kind]}，只有提到它的",
                [{"label": self.fact_label(iri), "iri": iri, "kind": kind} for iri in close[:20]],
            )
        return said

    def fact_label(self, iri: str) -> str:
        """A fact's or article's label (its IRI when the index has none)."""
        if iri in self.index.titles:  # an article: no need to load the fact indexes of a saved index
            return self.index.titles[iri] or iri
        for idx in (self.index.events, self.index.agreements, self.index.articles):
            label = idx.label_of(iri)
            if label is not None:
                return label or iri
        return iri

    def slot_from_value(self, slot: Slot, value: str) -> list:
        """A slot filled from a value the template picker gives: an IRI, a name, a description or a date."""
        if not value:
            if slot.optional and not slot.is_fact:
                return []
            if not slot.is_fact:
                raise Unresolved(f"请填写{slot.name}")
        if slot.is_fact:
            for idx in self.fact_indexes(slot.type):
                if idx.has(value):
                    return [value]
            return self.find_fact(slot.type, clean(value), {})
        if slot.type == "date":
            found = dates(clean(value), [])
            if date_value(value) or found:
                return [value] if date_value(value) else found[0].refs["d"]
            raise Unresolved(f"“{value}”不是日期（如 2025年3月 或 2025-03）")
        if value in self.index.entities:
            return [value] if slot.type != "post" else []
        mention = Mention(
            0,
            len(value),
            clean(value),
            {k: list(v) for k, v in self.index.surfaces.get(clean(value), {}).items()},
            generic=clean(value) in self.index.generic,
        )
        return self.entity_refs(slot, mention)


def _called(label: str) -> list[str]:
    """A node's label and its organisation forms of four characters or more (山东钢铁集团 of 山东钢铁集团有限公司).

    >>> "山东钢铁集团" in _called("山东钢铁集团有限公司")
    True
    """
    return [label, *sorted(f for f in org_forms(label) if len(f) >= 4 and f != label)]
