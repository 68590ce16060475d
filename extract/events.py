"""Step `events`: meetings, talks, inspections, signings, groundbreakings ... that happened.

Each trigger of data/event_kinds.yaml found in a narrative clause (not a quotation, not
reported speech or a directive, not a reference such as 学习…会议精神) makes an event.
Its date is the one stated before it in its sentence or carried from the sentences before
it in its paragraph; its participants are the persons next to the trigger, plus those of
the sentences that follow saying who attended (参加, 出席, 陪同) or spoke at it; its hosts
those said to 主持 it; its organisers the bodies that are the subject of 主办/承办/组织召开
(also told in a sentence of their own: A、B共同主办的…活动); its place the venue of 在X举行
(a building or an office as well as a town), else a place after 在/到. Signings
come from the agreements step. Events of one article that tell the same happening twice
are merged; "A、B、C分别召开会议" makes one event per place.

    >>> from kgqa.extract.facts import Article, Source, Person
    >>> from kgqa.extract.pipeline import Doc
    >>> text = "3月23日，市长李四主持召开调度会。副市长王五参加。"
    >>> d = Doc(text)
    >>> d.facts.articles = [Article("t", text, date="2025-03-23", sentences=[Source(0, text[:17], 0, 17), Source(0, text[17:], 17, 25)])]
    >>> d.facts.persons = [Person("李四"), Person("王五")]
    >>> events(d); e = d.facts.events[0]
    >>> e.kind, e.date, e.participants, e.hosts
    ('meeting', '2025-03-23', ['李四', '王五'], ['李四'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any, NamedTuple

import ahocorasick

from .facts import Amount, Event, Source
from .lexicon import SLOT, LexiconError, alternation, load
from .mentions import country_names, lexicon, place_of
from .numbers import find_dateline, fold
from .pipeline import Doc, extractor
from .scene import PLACE_TOKEN, Sentence, alt, place_list, scenes, speech_in

SUMMARY_MAX = 160  # characters of an event's summary
DATELINE_HEAD = 30  # characters of a sentence's head a wire dateline may end in
BYLINE = re.compile(r"^\s*(?:[（(][^）)]{0,30}[）)]|记者[^，。：:]{1,20}?报道[：:]?|[，,：:])\s*")
# a time opening a summary's sentence (3月5日上午，/ 年初以来，/ 去年底，): dropped, so the summary opens with who acted
LEADING_TIME = re.compile(
    r"^[^，,。]{0,14}(?:日|月|近日|日前|连日来|以来|年初|年底|年末|年中|初|底|近期|目前)[上下]?午?[，,]"
)
WORDS = load("event_kinds.yaml")  # its word lists: the alternatives of a regex, in order
CEREMONY_WORD = re.compile("|".join(WORDS["ceremony_words"]))
QUOTE = re.compile(r"“[^“”]{1,40}”")
CEREMONY_KINDS = ("groundbreaking", "launch", "signing", "award")  # events held as a ceremony
CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
CLOSE_GAP = 6  # triggers this close with no new name between are one event (考察，洽谈合作)
CLEFT_DAY = re.compile(WORDS["cleft_day"])  # (考察是在２１日进行的: the day of the one just told, scene._cleft_day)
DURING = re.compile("|".join(load("event_kinds.yaml")["during_words"]))  # (…外长会期间会见了: two events)
OWN_VENUE = re.compile("|".join(load("event_kinds.yaml")["own_venue"]))  # (来X考察，并出席在Y举办的…会: two events)
SPOKEN_AT = tuple(WORDS["spoken_at_kinds"])  # events whose speakers took part (a signing: who addressed it only)
SPEAKER_GAP = 3  # sentences after the event (or its last participant) a speaker may still be at it
GROUP_NOUNS = ("团", "组")
PLACE_END = re.compile(r"(?:省|市|自治区|特别行政区|县|区|旗|州|盟|镇|乡|村|地区)$")  # a division's name
PLACE_LEVEL = re.compile(r"(?:省|市|自治区|特别行政区|县|区)$")  # a place's level word (湖北省 -> 湖北)
YEAR_OPENS = re.compile(r"\s*[\d０-９]{4}年[，,]")  # a sentence opening with its year (１９８９年，…)
BOTH = re.compile(
    r"两人|二人|两位|双方|宾主|两国(?:元首|总理|总统|领导人|外长|部长)"
)  # the two persons of the event just told
# (两国总理共同出席了…签字仪式: the two attend the signing)
ATTEND_SIGNING = re.compile(alt(WORDS["attend_signing_verbs"]))
THEY = re.compile(r"(?<![其])(?:他们|她们)")  # the persons of the event just told (他们走访了…: a stop of that trip)
SEVERAL_SPEAK = re.compile(
    r"先后|分别|相继|依次|^等"
)  # a verb told of several persons listed before it (甲，乙等作发言)
LIST_GAP = re.compile(
    r"[，,、和与及](?:[^，,。；、：:“”和与及]{1,12}、)?[^，,。；、：:“”和与及]{0,12}"
)  # between two persons of a list: a title (chain) at most (甲和乙省委副书记、省长丙分别介绍)
BOTH_SIDES = re.compile(rf"[，,](?:{alt(WORDS['both_sides'])})[^，,。；]*$")  # a clause told of the two sides of talks
PRONOUN = re.compile(r"(?<![其吉利排])[他她](?![们人乡国])")  # one person (not 他们, 其他, 他人)
CEREMONY_GAP = 3  # sentences after a ceremony told with its day that may tell who attended it (出席开工仪式并…)
MERGE_WINDOW = 400  # sentences: a happening told again further on in one "article" is a new one (run-on input)
SIGNS = re.compile(alt(load("agreement_kinds.yaml")["verbs"]))  # (访问期间，双方签署了…: what the visit's scene tells)
REPORTED = re.compile(load("event_kinds.yaml")["reported_frame"])  # (…，据甲介绍，…: a source, no participant)
REPORTED_LEAD = re.compile(load("event_kinds.yaml")["reported_lead"])  # (据甲介绍，…: its source no participant)


TERMS_TOLD = re.compile(
    rf"(?:{alt(load('agreement_kinds.yaml')['named_by'])})[^，。；]{{0,24}}?(?:{alt(load('agreement_kinds.yaml')['nouns'])})[，,]"
)  # 按照合资经营合同，…: a sentence telling an agreement's terms (the kind nouns of agreement_kinds.yaml)
DECISION_TOLD = re.compile(load("event_kinds.yaml")["decision_told"])  # (宣布中共中央决定：甲任…: its subjects)
ELECTED_TOLD = re.compile(load("event_kinds.yaml")["elected_told"])  # (…，选举甲为董事长: whom it elects)
ELECTED_MORE = re.compile(load("event_kinds.yaml")["elected_more"])  # (选举甲为董事长，乙为副董事长: the list goes on)


def _told_from(text: str, lo: int, hi: int) -> int:
    """Where a clause telling whose account follows (，据甲介绍) opens between lo and hi, or a decision announced
    there is told (宣布…决定：甲任…, the persons it moves), or a clause telling whom it elects or appoints opens
    (…，甲当选为书记; 选举甲为董事长), else hi."""
    m = REPORTED.search(text, lo, hi)
    d = DECISION_TOLD.search(text, lo, hi)
    e = ELECTED_TOLD.search(text, lo, hi)
    return min(m.start() if m else hi, d.end() if d else hi, max(lo, clause_start(text, e.start())) if e else hi)


# (…，并同乙举行了会谈)
WITH_PARTNER = re.compile(rf"(?:{alt(WORDS['partner_adverbs'])})(?:{alt(WORDS['partner_joins'])})")
PRONOUN_BACK = 3  # sentences looked back for the person a pronoun stands for  # a trigger ending so names a party on an errand (考察团, 调研组)


# 在X举行/召开/签约: X is where it happens (a building or an office as well as a district)
VENUE = re.compile(
    r"(?<!正)在([^，。；、：“”《》\s\d在]{2,16}?)"  # (正在中国进行访问: being there, no venue)
    rf"(?:{'|'.join(WORDS['venue_adverbs'])})?"
    rf"(?:{'|'.join(WORDS['venue_verbs'])})"
)
# 将/将于 after the day an event is fixed for (明天下午将在X举办, 将于5月9日举行): scheduled, not a plan
SCHEDULED_MODALS = ("将",)
SCHEDULED_DAY = re.compile(r"明天|明日|后天|\d{1,2}日")
# 某某6月10日在X与Y座谈: X is where a person met others (the verbs: venue_meet_verbs)
VENUE_WITH = re.compile(
    r"在([^，。；、：“”《》\s\d在与同和跟]{2,10}?)(?:与|同|和|跟)[^，。；]{1,40}?"
    rf"(?:{'|'.join(WORDS['venue_meet_verbs'])})"
)
# what may stand between the person and 在 (a day, a time of day)
VENUE_WHEN = re.compile(
    r"(?:今天|昨天|前天|今日|昨日|当天|当日)?"
    r"[\d０-９一二三四五六七八九十]{0,4}[月日号]?[\d０-９一二三四五六七八九十]{0,3}[日号]?[上中下]?午?晚?"
)
# ... but not when X is a time, an occasion, a circumstance or a person's doing (在此期间, 在见证下, 在会上)
VENUE_NOT = re.compile(
    rf"^[{WORDS['venue_not_first']}]|[{WORDS['venue_not_last']}]$|"
    rf"{'|'.join(WORDS['venue_not_words'])}|"
    r"的[^\u4e00-\u9fff]*$"
)
VENUE_PARTNER = re.compile(WORDS["venue_partner"])
VENUE_LODGED = re.compile(WORDS["venue_lodged"])  # (在他下榻的甲旅馆: whose lodging, no part of the venue)
# 在X出席/参加: X is where it happens only when X names a building (org_generic.yaml venue_buildings: 在北京饭店出席了…招待会)
VENUE_ATTEND = re.compile(
    r"(?<!正)在([^，。；、：“”《》\s\d在]{0,14}?"
    rf"(?:{alt(load('org_generic.yaml')['venue_buildings'])}))"
    rf"(?:{'|'.join(WORDS['venue_adverbs'])})?"
    rf"(?:{'|'.join(WORDS['venue_attend_verbs'])})"
)
# 主办/承办/举办/组织召开: who organises an activity (not 主办单位, 承办方)
ORGANISE = re.compile(
    rf"(?:{'|'.join(WORDS['organise_verbs'])}|(?:{'|'.join(WORDS['organise_with_act'])})"
    rf"(?={'|'.join(WORDS['organise_acts'])}))(?!{'|'.join(WORDS['organise_not_after'])})"
)
# what an organising verb with no trigger of its own must be about to name an activity
ACTIVITY = re.compile("|".join(WORDS["activity_words"]))
# 由A(和B)(共同)召开 / 负责建设: who convenes or builds, said only after 由; a built thing named before 由
PASSIVE = re.compile(rf"由[^，。；]{{1,40}}?(?:共同|联合)?(?P<verb>{'|'.join(WORDS['organise_passive'])})")
# ... and a second body with a verb of its own after it (由甲组织建设、乙承建运营: both)
PASSIVE_MORE = re.compile(rf"[、，,][^，。；、由]{{2,30}}?(?P<verb>{'|'.join(WORDS['organise_passive'])})")
BUILT = re.compile("|".join(WORDS["built_things"]))
BUILT_KINDS = ("groundbreaking", "launch", "other")  # the events a builder is the organiser of
PLACE_LEAD = re.compile(alt(WORDS["place_leads"]))  # what opens the place of an event
# a body's name that is a zone's: the endings listed here and every development_zone suffix of org_suffixes.yaml
_ZONE_ENDINGS = sorted({*WORDS["zone_endings"], *load("org_suffixes.yaml")["development_zone"]}, key=len, reverse=True)
ZONE_END = re.compile(rf"(?:{'|'.join(_ZONE_ENDINGS)})$")
PLACE_LIST_SPAN = 40  # characters at most from 到 to the trigger for a list of places
SUBJECT_GAP = 10  # characters at most between the organising bodies and their verb (在西安, 共同)
UNNAMED_BODY = re.compile(WORDS["unnamed_bodies"])  # (…和有关国际组织联合主办: a body with no name in the list)


@dataclass
class Trigger:
    """A trigger found in a sentence."""

    start: int
    end: int
    kind: str
    merge_article: bool = False


@dataclass
class Draft:
    """An event being built, with where it was read."""

    kind: str
    article: int
    sent: int
    pos: int
    date: str | None
    source: Source
    stem: str = ""
    summary: str = ""
    participants: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    location: str | None = None
    places: list[str] = field(default_factory=list)
    amount: Amount | None = None
    merge_article: bool = False
    again: bool = False  # told only by a bare re-mention (主持会议, 出席论坛): the meeting told before
    by_group: bool = False  # its subject is only a visiting group (代表团一行参观了…)
    own_day: bool = True  # its sentence states a day (else the day is carried from one before)
    decided: bool = False  # a change of posts the meeting told decides (会议决定任命甲为…): that meeting's doing
    fair: bool = False  # a meeting whose first telling names a festival or fair held: other once merged (ruling i)
    own_clause: bool = False  # a deal told in a ；-clause with a subject of its own (…签订了A；丙与丁草签了B)

    def event(self) -> Event:
        """The finished event: the draft's fields that an Event has."""
        return Event(**{f.name: getattr(self, f.name) for f in fields(Event)})

    def add(self, attr: str, names) -> None:
        """Append names to a list field, without duplicates."""
        values = getattr(self, attr)
        for n in names:
            if n and n not in values:
                values.append(n)


def required_strings(pattern: str, most: int = 256) -> frozenset[str] | None:
    """Strings one of which every match of the regular expression holds, or None when no such set is found (a
    match may hold any text). Parts that match one of a few strings (a char, 签了?, (?:会议|论坛), [增减]) are
    joined into the strings of their run (at most `most` of them); lookarounds count as matching nothing, which
    only lets more texts through. The most selective set is kept: the longest shortest string, then the fewest.

    >>> sorted(required_strings("(?<!将)(?:赴|前往)[^，。]{1,12}?招商(?!会)"))
    ['招商']
    >>> sorted(required_strings("(?<![不未])[增减]持"))
    ['减持', '增持']
    >>> sorted(required_strings("在[^，。]{0,9}(?:调度|(?<!成立)大)会上签了?字"))
    ['大会上签了字', '大会上签字', '调度会上签了字', '调度会上签字']
    >>> sorted(required_strings("(?:始建|(?<=[厂院])建)(?=于[12])"))
    ['始建于1', '始建于2', '建于1', '建于2']
    >>> required_strings("[^，。]{2}") is None
    True
    """
    try:  # the parser of the standard library's re (private; if it is gone, no set: the gate is off)
        import re._constants as sre
        import re._parser as sre_parse
    except ImportError:
        return None

    def times(x: set[str] | None, y: set[str] | None) -> set[str] | None:
        return None if x is None or y is None or len(x) * len(y) > most else {u + v for u in x for v in y}

    def exact(op, av) -> set[str] | None:
        """The strings the part matches, when they are few."""
        if op is sre.LITERAL:
            return {chr(av)}
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return {""}
        if op is sre.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is sre.LITERAL:
                    chars.add(chr(iav))
                elif iop is sre.RANGE and iav[1] - iav[0] < 32:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    return None
            return chars
        if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            return seq_exact(av[3])
        if op is sre.BRANCH:
            alts = [seq_exact(b) for b in av[1]]
            if any(x is None for x in alts):
                return None
            out = set().union(*alts)  # type: ignore[arg-type]
            return out if len(out) <= most else None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and (av[0] == av[1] <= 3 or (av[0], av[1]) == (0, 1)):
            one = seq_exact(av[2])
            if (av[0], av[1]) == (0, 1):
                return None if one is None else one | {""}
            got: set[str] | None = {""}
            for _ in range(av[0]):
                got = times(got, one)
            return got
        return None

    def seq_exact(items) -> set[str] | None:
        got: set[str] | None = {""}
        for op, av in items:
            got = times(got, exact(op, av))
        return got

    def prefix(items) -> set[str]:
        """The strings a match of items begins with, as far as they stay few."""
        got: set[str] = {""}
        for op, av in items:
            longer = times(got, exact(op, av))
            if longer is None:
                break
            got = longer
        return got

    def best(items) -> frozenset[str] | None:
        found: list[frozenset[str]] = []
        parts = [(op, av, exact(op, av)) for op, av in items]
        for i in range(len(parts)):  # each run of parts of few strings, from each start
            got: set[str] | None = {""}
            for op, av, e in parts[i:]:
                if op is sre.ASSERT and av[0] == 1:  # a lookahead: the text holds what it reads next
                    ahead = times(got, prefix(av[1]))
                    if ahead and "" not in ahead:
                        found.append(frozenset(ahead))
                got = times(got, e)
                if got is None:
                    break
                if "" not in got:
                    found.append(frozenset(got))
        for op, av, e in parts:  # what one part of many strings requires
            sub: frozenset[str] | None = None
            if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
                sub = best(av[3])
            elif op is sre.BRANCH:
                alts = [best(b) for b in av[1]]
                sub = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
                sub = best(av[2])
            if sub:
                found.append(sub)
        return max(found, key=lambda f: (min(map(len, f)), -len(f)), default=None)

    try:
        if re.compile(pattern).flags & re.IGNORECASE:
            return None
        return best(sre_parse.parse(pattern))
    except Exception:  # an unforeseen form: no set, the gate lets every text through
        return None


def required_gate(pattern: str) -> re.Pattern[str] | None:
    """A regex of the strings one of which every match of pattern holds (`required_strings`, a string that holds
    another left out): a text it finds nothing in holds no match of pattern. None when no such set is found.

    >>> required_gate("(?:简称|以下称)[^，]{1,4}").pattern
    '简称|以下称'
    >>> required_gate("[^，。]{2}") is None
    True
    """
    req = required_strings(pattern)
    if not req:
        return None
    few = sorted((w for w in req if not any(v != w and v in w for v in req)), key=lambda w: (len(w), w))
    return re.compile("|".join(map(re.escape, few)))


@cache
def _gate_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return required_gate(pattern.pattern)


def gated_finditer(pattern: re.Pattern[str], text: str, pos: int = 0):
    """`pattern.finditer(text, pos)`, not searched when no string its every match holds is there (`required_gate`,
    asked from pos: a match begins there or later)."""
    gate = _gate_of(pattern)
    if gate is not None and gate.search(text, pos) is None:
        return iter(())
    return pattern.finditer(text, pos)


def _trigger_gate(triggers: list[str]) -> ahocorasick.Automaton | None:
    """An automaton of the required strings of every trigger (`required_strings`), each with the ranks of the
    triggers that require it: a text holding none of a trigger's strings holds no match of it, so only the
    triggers whose strings it holds are tried, and a text holding none skips the search of their alternation
    (`_patterns()["any"]`, which tries all of them at each char). None when some trigger has no such strings."""
    ranks: dict[str, list[int]] = {}
    for rank, t in enumerate(triggers):
        req = required_strings(t)
        if req is None:
            return None
        for w in req:
            ranks.setdefault(w, []).append(rank)
    ac = ahocorasick.Automaton()
    for w, rs in ranks.items():
        ac.add_word(w, tuple(rs))
    ac.make_automaton()
    return ac


def trigger_ranks(text: str, pos: int, endpos: int) -> list[int] | None:
    """The ranks (in `_patterns()["kinds"]`) of the triggers that may match in text[pos:endpos], in order: those
    whose required strings it holds (`_trigger_gate`); None when there is no gate (all of them may)."""
    gate = _patterns()["gate"]
    if gate is None:
        return None
    found: set[int] = set()
    for _, rs in gate.iter(text, max(0, pos), max(0, min(endpos, len(text)))):
        found.update(rs)
    return sorted(found)


def any_trigger(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Does text[pos:endpos] hold a trigger of any kind (a match of `_patterns()["any"]`)?"""
    pats = _patterns()
    end = len(text) if endpos is None else max(0, min(endpos, len(text)))
    gate = pats["gate"]
    if gate is not None and next(gate.iter(text, max(0, pos), end), None) is None:
        return False
    return pats["any"].search(text, pos, end) is not None


def _triggers(lex: dict) -> list[tuple[str, str, bool]]:
    """Each trigger of event_kinds.yaml, its slots filled, with its kind and merge flag: a trigger
    '(?<!{ceremony_kinds})仪式' reads '(?<!签约|签字|…)仪式'."""

    def fill(m: re.Match[str]) -> str:
        if not isinstance(lex.get(m.group(1)), list):
            raise LexiconError("extract/data/event_kinds.yaml", 0, f"a trigger's {m.group()} names no word list")
        return alternation(lex[m.group(1)])  # (as the loader fills a Slotted key's)

    return [
        (SLOT.sub(fill, t), entry["kind"], entry.get("merge") == "article")
        for entry in lex["kinds"]
        for t in entry["triggers"]
    ]


def _trigger_patterns(lex: dict) -> dict[str, Any]:
    """The triggers of event_kinds.yaml compiled, each with its kind (kinds), one search for any of them (any) and its gate."""
    triggers = _triggers(lex)
    return {
        "kinds": [(re.compile(t), kind, merge) for t, kind, merge in triggers],
        "history_told": re.compile(lex["history_told"]),
        "history_begun": re.compile(lex["history_begun"]),
        # any trigger at all: one search rules out a sentence instead of one per trigger
        "any": re.compile("|".join(f"(?:{t})" for t, _, _ in triggers)),
        # and before it, a cheaper test no sentence that search would match fails (`_trigger_gate`)
        "gate": _trigger_gate([t for t, _, _ in triggers]),
        "task": re.compile(rf"^(?:{alt(lex['task_opening'])})"),
        "clause_goes_on": re.compile(lex["own_clause"]["goes_on"]),
        "batch_items": re.compile(lex["own_clause"]["batch_items"]),
        "after_event": re.compile(lex["after_event_opening"]),
    }


def _kind_patterns(lex: dict) -> dict[str, Any]:
    """The words that tell an event's kind or act (release_stems: 发布; award_acts: 颁奖; clause_ceremonies: 签约仪式)."""
    return {
        "held_fair": re.compile(lex["held_fair"]),
        "release_stems": frozenset(lex["release_stems"]),
        "unveil_stems": frozenset(lex["unveil_stems"]),
        "opening_stems": frozenset(lex["opening_stems"]),
        "launch_acts": re.compile(alt(lex["launch_acts"])),
        "award_assembly": re.compile(alt(lex["award_assembly"])),
        "award_acts": re.compile(alt(lex["award_acts"])),
        "award_scene": re.compile(lex["award_scene"]),
        "after_talks": re.compile(lex["after_talks"]),
        "named_item": re.compile(lex["named_item"]),
        "clause_ceremonies": [(k, re.compile(v)) for k, v in lex["clause_ceremonies"].items()],
        "talks_with_staff": re.compile(lex["talks_with_staff"]),
        "ceremony_deals_within": lex["ceremony_deals_within"],
        "part_investments": tuple(lex["part_investments"]),
        "part_before": re.compile(lex["part_before"]),
        "part_list": re.compile(lex["part_list"]),
        "work_list": re.compile(lex["work_list"]),
    }


def _participant_patterns(lex: dict) -> dict[str, Any]:
    """Who takes part in an event (join: 参加; attend: 出席了会议; speaker: 甲介绍说; by_group: 代表团一行)."""
    return {
        "join": re.compile(rf"(?:{alt(lex['join_before'] + lex['join_means'])})了?$"),
        "means": re.compile(rf"(?:{alt(lex['join_means'])})了?$"),
        "current_post": re.compile(rf"^(?:{alt(lex['current_post'])})"),
        "attend": re.compile(lex["attend"]),
        "participation": re.compile(alt(lex["participation"])),
        "signers_told": re.compile(alt(lex["signers_told"])),
        "trip_and_meeting": re.compile(lex["trip_and_meeting"]),
        "trip_joined": re.compile(lex["trip_joined"]),
        "visited": re.compile(alt(lex["visited_persons"])),
        "visited_kinds": frozenset(lex["visited_kinds"]),
        "activity_joined": re.compile(lex["activity_joined"]),
        "activities_all": re.compile(lex["activities_all"]),
        "guest_met": re.compile(lex["guest_met"]),
        "delegations": frozenset(lex["delegations"]),
        "spoken_after": re.compile(lex["spoken_after"]),
        "at_signing": re.compile(lex["at_signing"]),
        "subjectless": re.compile(f"(?:{alt(lex['subjectless_openers'])})?"),
        "speaker": re.compile(rf"^(?:[^，。；“”]{{0,8}}?)(?:{alt(lex['speaker_verbs'])})"),
        "speaker_in": re.compile(rf"^(?:[^，。；“”]{{0,8}}?)(?:{alt(lex['speaker_in'])})"),
        "signer_label": re.compile(lex["signer_label"]),
        "signing_holder": lex["signing_holder"],
        "addressed": re.compile(rf"^(?:[^，。；“”]{{0,8}}?)(?:{alt(lex['ceremony_speaker_verbs'])})"),
        "not_spoken_there": re.compile(alt(lex["speaker_not"])),
        "brings": re.compile(alt(lex["signing_brings"])),
        "writer_subject": re.compile(lex["writer_subject"]),
        "writer_kinds": frozenset(lex["writer_kinds"]),
        "by_group": re.compile(
            rf"^(?:该|这个)?[^，。；]{{0,12}}?(?:{alt(lex['delegations'])})(?:一行)?(?:还|又|随后|先后|并)?$"
        ),
        # a sentence opening with the group on its way (代表团先后来到甲、乙，考察了…): its later clauses' subject
        "group_goes": re.compile(
            rf"^(?:该|这个)?[^，。；]{{0,12}}?(?:{alt(lex['delegations'])})(?:一行)?(?:还|又|随后|先后|并)?(?:来到|到|赴|前往|走进|深入)"
        ),
    }


def _place_patterns(lex: dict) -> dict[str, Any]:
    """Where an event is (there_words: 在那里; gone_to: 前往甲; visit_region: 访问中东期间; zone_seen: 参观了甲开发区)."""
    return {
        "area_kinds": frozenset(lex["area_kinds"]),
        "people_of_place": re.compile(lex["people_of_place"]),
        "body_holds": re.compile(lex["body_holds"]),
        "departed_from": re.compile(lex["departed_from"]),
        "there_words": re.compile(lex["there_words"]),
        "gone_to": re.compile(lex["gone_to"]),
        "unit_place": re.compile(rf"(?:公司|集团)([\u4e00-\u9fff]{{2,6}}?)(?:{alt(lex['unit_words'])})$"),
        "counted_places": re.compile(lex["counted_places"]),
        "visit_abroad": re.compile(alt(lex["visit_abroad"])),
        "trip_forum": re.compile(lex["trip_forum"]),
        "trip_stops": re.compile(lex["trip_stops"]),
        "accompanied": re.compile(lex["accompanied"]),
        "zone_seen": re.compile(rf"(?:{alt(lex['zone_seen'])})了?"),
        "home_visit": re.compile(lex["home_visit"]),
        "home_country": lex["home_country"],
        "short_visit": re.compile(lex["short_visit"]),
        "short_countries": lex["short_countries"],
        "visit_region": re.compile(rf"({alt(lex['visit_regions'])})(?:{lex['visit_region_end']})"),
        "visit_region_counted": re.compile(rf"({alt(lex['visit_regions'])})(?:{lex['visit_region_counted']})"),
        "visited_joins": re.compile(lex["visited_joins"]),
    }


def _narrative_patterns(lex: dict) -> dict[str, Any]:
    """Whether a trigger tells an event that happened (modal: 将; plan_going: 拟赴; ref_before: 根据; decides: 会议决定)."""
    return {
        "ref_after": re.compile(rf"^[^，。；]{{0,8}}?(?:{alt(lex['reference_after'])})"),
        "ref_before": re.compile(alt(lex["reference_before"])),
        "topic_before": re.compile(alt(lex["topic_before"])),
        "topic_after": re.compile(rf"^[^，。；]*?(?:{alt(lex['topic_after'])})"),
        "modal": re.compile(alt(lex["modal"])),
        "plan_going": re.compile(lex["plan_going"]),
        "plan_going_head": re.compile(lex["plan_going_head"]),
        "planned_kinds": frozenset(lex["planned_kinds"]),
        "planned_modals": frozenset(lex["planned_modals"]),
        "plan_goes_on": re.compile(lex["plan_goes_on"]),
        "thanks_after": re.compile(lex["thanks_after"]),
        "ribbon_after": re.compile(lex["ribbon_after"]),
        "this_before": re.compile(lex["this_before"]),
        "this_after": re.compile(lex["this_after"]),
        "topic_span": re.compile(lex["topic_span"]),
        "name_span": re.compile(lex["name_span"]),
        "name_span_trigger": re.compile(lex["name_span_trigger"]),
        "reason_before": re.compile(lex["reason_before"]),
        "absence_after": re.compile(lex["absence_after"]),
        "rumoured_after": re.compile(lex["rumoured_after"]),
        "agreed_ahead": re.compile(lex["agreed_ahead"]),
        "decided_ahead": re.compile(lex["decided_ahead"]),
        "decided_kinds_kept": frozenset(lex["decided_kinds_kept"]),
        "decides": re.compile(lex["meeting_decides"]),
        "elects": re.compile(lex["meeting_elects"]),
        "decision_carried": re.compile(lex["decision_carried"]),
        "cleft_before": re.compile(lex["cleft_before"]),
        "cleft_after": re.compile(lex["cleft_after"]),
        "ending_before": re.compile(lex["ending_before"]),
        "held_apart": re.compile(lex["held_apart"]),
    }


def _scene_patterns(lex: dict) -> dict[str, Any]:
    """The scene and time of an event told (at_scene: 在现场，; same_day_also: 当天还; held_scene: 在上午举行的会谈中)."""
    return {
        "at_scene": re.compile(rf"^(?:{alt(lex['at_scene'])})[，,]"),
        "meeting_scene": re.compile(lex["meeting_scene"]),
        "same_day_opening": re.compile(lex["same_day_opening"]),
        "same_day_also": re.compile(lex["same_day_also"]),
        "another_deal_opening": re.compile(lex["another_deal_opening"]),
        "held_then_speaks": re.compile(lex["held_then_speaks"]),
        "ceremony_held": re.compile(lex["ceremony_held"]),
        "ceremony_attended": re.compile(lex["ceremony_attended"]),
        "time_after": re.compile(lex["time_after"]),
        "time_scene": re.compile(lex["time_scene"]),
        "time_scene_when": re.compile(lex["time_scene_when"]),
        "time_scene_when_kinds": frozenset(lex["time_scene_when_kinds"]),
        "held_scene": re.compile(lex["held_scene"]),
        "held_kind": re.compile(lex["held_kind"]),
        "held_kind_kinds": frozenset(lex["held_kind_kinds"]),
        "scene_at_before": re.compile(lex["scene_at_before"]),
        "scene_at_after": re.compile(lex["scene_at_after"]),
        "again": re.compile(lex["meeting_again"]),
        "after_meeting": re.compile(lex["after_meeting"]),
        "ceremony_scene": re.compile(lex["ceremony_scene"]),
        "ceremony_told": re.compile(lex["ceremony_told"]),
        "own_time": re.compile(lex["own_time"]),
        "meeting_next": re.compile(lex["meeting_next"]),
    }


@cache
def _patterns() -> dict:
    """Compiled event patterns from event_kinds.yaml, one dict of every family's (`_trigger_patterns` …)."""
    lex = load("event_kinds.yaml")
    return {
        **_trigger_patterns(lex),
        **_kind_patterns(lex),
        **_participant_patterns(lex),
        **_place_patterns(lex),
        **_narrative_patterns(lex),
        **_scene_patterns(lex),
    }


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding pos (after the last ，。；： before it)."""
    return max(text.rfind(c, 0, pos) for c in "，。；：,;") + 1


def clause_end(text: str, pos: int) -> int:
    """End of the clause holding pos (the next ，。；： after it, else the end of the text)."""
    ends = [i for i in (text.find(c, pos) for c in "，。；：,;") if i >= 0]
    return min(ends) if ends else len(text)


def _after_clause(text: str, pos: int, limit: int) -> int:
    """The end of the clause holding pos when it ends before limit (the next trigger), else pos.

    >>> _after_clause("聘任甲为总经理，1月15日乙聘任丙", 2, 13)
    7
    """
    end = clause_end(text, pos)
    return end if end <= limit else pos


def find_triggers(sent: Sentence, alone: bool = False, parts: bool = False) -> list[Trigger]:
    """Non-overlapping triggers of a narrative sentence, in order; earlier-listed kinds win ties (`parts`: the
    sentence goes on a list of parts, see parts_lists)."""
    if sent.quoted or sent.heading or sent.speech_at == 0 or _patterns()["task"].match(sent.text):
        return []
    pats = _patterns()
    text = sent.text
    limit = sent.speech_at if sent.speech_at is not None else len(text)
    kinds = pats["kinds"]
    # a body's founding told with its year, in reported speech too (甲介绍，公司成立于2003年6月): an other event
    hits: list[tuple[int, int, int, Trigger]] = [
        (m.start(), len(kinds), m.end(), Trigger(m.start(), m.end(), "other", False))
        for m in gated_finditer(pats["history_told"], text, sent.lead_at)
    ]
    # ... and a project's start told with its year (甲介绍，该线于2007年10月开工): a groundbreaking
    hits += [
        (m.start(), len(kinds), m.end(), Trigger(m.start(), m.end(), "groundbreaking", False))
        for m in gated_finditer(pats["history_begun"], text, sent.lead_at)
    ]
    ranks = trigger_ranks(text, sent.lead_at, limit)  # the triggers that may match: none, no search at all
    if ranks == [] or (ranks is None and not any_trigger(text, sent.lead_at, limit)):
        ranks = []
        if not hits:
            return []
    for rank in range(len(kinds)) if ranks is None else ranks:
        pat, kind, merge = kinds[rank]
        for m in pat.finditer(text, sent.lead_at, limit):
            hits.append((m.start(), rank, m.end(), Trigger(m.start(), m.end(), kind, merge)))
    hits.sort(key=lambda h: (h[0], h[1]))
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
    out: list[Trigger] = []
    last_end = joined_end = -1
    for start, _, end, trig in hits:
        if start < last_end:
            continue
        # (alone: no event told before in the article, nor earlier in the sentence: 出席了会议 is that meeting)
        if start == joined_end or not is_narrative(text, trig, sent.lead_at, alone and not out, parts):
            # 陪同考察调研: a verb right after one that joins the event told joins it too
            joined_end = end if start == joined_end or joins_told(text, trig, sent.lead_at) else joined_end
            continue
        if any(a < start and end < b for a, b in quotes):  # “进一步启动民间投资”: words quoted, not told
            continue
        out.append(trig)
        last_end = end
    return _drop_award_scene(text, out)


def names_fair(text: str, trig: Trigger) -> bool:
    """Does a meeting's trigger (from its clause's start) name a festival or fair held, no meeting with it (held_fair)?
    文化节在甲市开幕 -> True; 文化节筹备工作会议, 投资论坛暨博览会在甲市开幕 -> False."""
    lo = clause_start(text, trig.start)  # (投资论坛暨博览会在甲市开幕: the trigger starts at 博览会, its name before)
    return trig.kind == "meeting" and bool(_patterns()["held_fair"].match(text, lo, trig.end))


def _drop_award_scene(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """Triggers less the meetings of a clause that names the scene of an award told after it (在甲地举行的…博览会上，
    乙获得金奖: the award, at that venue, is what is told; event_kinds.yaml award_scene).

    >>> t = [Trigger(3, 12, "meeting"), Trigger(17, 21, "award")]
    >>> [x.kind for x in _drop_award_scene("在广州举行的食品博览会上，星河公司获得金奖。", t)]
    ['award']
    """
    pat = _patterns()["award_scene"]
    drop: set[int] = set()
    for i, t in enumerate(trigs):
        if t.kind != "meeting" or not any(u.kind == "award" for u in trigs[i + 1 :]):
            continue
        m = pat.match(text, clause_start(text, t.start))
        if m and t.end <= m.end() and not any(u.kind == "award" and u.start < m.end() for u in trigs):
            drop.add(i)
    return [t for i, t in enumerate(trigs) if i not in drop]


def joins_told(text: str, trig: Trigger, lead: int = 0) -> bool:
    """Does a word before the trigger in its clause join it to the event told (陪同, 参加, 出席)?"""
    return bool(_patterns()["join"].search(text[max(lead, clause_start(text, trig.start)) : trig.start]))


def _plan_goes_on(text: str, lead: int, trig: Trigger) -> bool:
    """Does the trigger's clause go on with 并 after a clause of its sentence that plans (将, 拟, 计划: event_kinds.yaml
    plan_goes_on, planned_modals), with nothing told done in it?

    >>> t = Trigger(kind="training", start=27, end=29)
    >>> _plan_goes_on("根据协议，乙方将提供１００万元，帮助建设中心，并为牧民举办培训班。", 0, t)
    True
    >>> _plan_goes_on("根据协议，乙方提供了１００万元，帮助建设中心，并为牧民举办培训班。", 0, t)
    False
    >>> t = Trigger(kind="meeting", start=28, end=30)
    >>> _plan_goes_on("国家发改委在6月1日，就初步拟定了第一稿，并在6月11日召开的研讨班上进行讨论。", 0, t)
    False
    """
    pats = _patterns()
    at = clause_start(text, trig.start)
    if not pats["plan_goes_on"].match(text, at, clause_end(text, trig.start)):
        return False
    opening = max([lead] + [text.rfind(c, 0, at) + 1 for c in "。；;！？"])
    return any(
        m.group() in pats["planned_modals"] and text[m.end() : m.end() + 1] not in "定订"  # (拟定了…: drafted)
        for m in pats["modal"].finditer(text, opening, at)
    )


def is_narrative(text: str, trig: Trigger, lead: int = 0, alone: bool = False, parts: bool = False) -> bool:
    """Is this trigger something that happened, not a plan, a reference or a repeat? (The clause
    starts at `lead` at the earliest: after a headline and its dateline.) Attending or joining an
    event (出席了会议, 参加会见的有…) refers to the one told before; `alone`, with none told before, it is
    that event. `parts`: the sentence goes on a list of parts opened by 其中 before its ； (see parts_lists)."""
    pats = _patterns()
    head = text[max(lead, clause_start(text, trig.start)) : trig.start]
    if pats["means"].search(head):
        return False
    if trig.kind in pats["writer_kinds"] and pats["writer_subject"].match(text, lead, trig.start):
        return False  # (记者与几位同行一起，参观了…: the writer's own errand)
    # (仪式结束后，甲和乙一同参观了…: after the event told, together, an event of their own)
    after = pats["after_event"].match(text, lead)
    joined = bool(pats["attend"].match(text[trig.start : trig.end]) or (pats["join"].search(head) and not after))
    if joined and not alone:
        return False
    if text.startswith(pats["part_investments"], trig.start) and (
        pats["part_before"].search(head)
        or parts
        or pats["part_list"].search(text, lead, clause_start(text, trig.start))
    ):
        return False  # (其中配套项目投资95亿元, 一期投资12亿元, 其中：甲投资X亿元；乙投资Y亿元: a part of a total, no event)
    if pats["work_list"].match(text, trig.end):
        return False  # (参与了规划、考察、选址等全过程, 开展…咨询培训等各项工作: kinds of work listed, none held)
    topic = pats["topic_span"].search(head)  # (就如何加快…进行了座谈: the topic's words make no plan)
    # (湖南省推动…发展大会在长沙召开: a modal word opening the meeting's name right before its trigger makes no plan)
    named = pats["name_span"].search(head) if pats["name_span_trigger"].match(text, trig.start) else None
    modal = pats["modal"].search(
        head, 0, min(topic.start() if topic else len(head), named.start() if named else len(head))
    )
    if (
        modal
        and not (modal.group() in SCHEDULED_MODALS and SCHEDULED_DAY.search(head))
        and not (trig.kind in pats["planned_kinds"] and modal.group() in pats["planned_modals"])
    ):
        return False  # (明天下午将在某饭店举办…: a day fixed for it, an event scheduled, not a plan; 将与乙进行签约仪式: kept)
    if trig.kind not in pats["planned_kinds"] and _plan_goes_on(text, lead, trig):
        return False  # (…将提供…，并为牧民举办培训班: the plan of the clause before goes on)
    if pats["plan_going_head"].match(head) and plans_a_trip(text, clause_start(text, trig.start), lead):
        return False  # (他还将前往上海，出席…博览会: the trip planned goes on)
    if pats["agreed_ahead"].search(text, lead, clause_start(text, trig.start)):
        return False  # (双方还商定，今年下半年在甲地举行磋商: what they agreed to do, a plan)
    if trig.kind not in pats["decided_kinds_kept"] and pats["decided_ahead"].search(text[lead : trig.start]):
        return False  # (省教委还决定，下月召开…会议; 甲国决定加入…，并就…开始谈判: what was decided, a plan)
    dated = re.search(r"\d{4}年|\d{1,2}月|[〇一二三四五六七八九十]月", head)
    if (
        (trig.start > 0 and text[trig.start - 1] == "的" or text[trig.end : trig.end + 1] == "的")
        and not dated
        and not joined  # (参加会见的有甲、乙 told alone: those who joined it, named)
        # (甲一行是应乙邀请来华访问的。: the visit told with its reason, the 的 closing the sentence)
        and not (pats["cleft_before"].search(head) and pats["cleft_after"].match(text[trig.end :]))
        # (甲一行即将结束对乙国的访问前…: the 的 marks whose visit it is)
        and not pats["ending_before"].search(head)
        # (在上午举行的会谈中，…: told alone, the scene of what the sentence tells is that event)
        and not (alone and pats["held_scene"].search(head) and pats["time_scene"].match(text[trig.end :]))
        # (举行了亲切友好的会谈: the talks told, 的 of their kind)
        and not (trig.kind in pats["held_kind_kinds"] and pats["held_kind"].search(head))
    ):
        return False
    if pats["ref_after"].search(text[trig.end :]) and (pats["ref_before"].search(head) or trig.kind == "meeting"):
        return False
    # 了解秋粮收购情况: a topic learned about; 调任现职: a note on how someone came to the post
    if pats["topic_before"].search(head) and pats["topic_after"].search(text[trig.end :]):
        return False
    if trig.merge_article and pats["current_post"].match(text[trig.end :]):
        return False
    # 开工仪式后，… / 调研结束后，…: a time given by an event already told (told alone, 考察中，… is that inspection)
    if len(head) <= 4 and pats["time_after"].match(text[trig.end :]) and not (alone and scene_only(text, trig)):
        return False
    # 甲在奠基仪式上说: the ceremony told before, named as the scene of what is said or done
    if not alone and pats["scene_at_before"].search(head) and pats["scene_at_after"].match(text[trig.start :]):
        return False
    # 对某某一行来此考察表示欢迎: thanks for a visit, told as a reference
    if "对" in head and pats["thanks_after"].match(text[trig.end :]):
        return False
    # 这次会晤对于…必将…: an event named with a predicate about it, a reference
    if pats["this_before"].search(head) and pats["this_after"].match(text[trig.end :]):
        return False
    # 甲会见了乙考察团一行: the group met is the guest of the talks, no inspection of its own
    if text[trig.start : trig.end] in pats["delegations"] and pats["guest_met"].search(head):
        return False
    # 为大桥通车剪彩: a ribbon cut for the happening told
    if "为" in head and pats["ribbon_after"].match(text[trig.end :]):
        return False
    # 因在国外考察未能出席…: a reason told for something else (an absence), no event
    if pats["reason_before"].search(head) and pats["absence_after"].match(text[trig.end :]):
        return False
    # 甲收购乙传言遭否认: the happening named as a rumour, no event
    return not pats["rumoured_after"].match(text[trig.end :])


def scene_only(text: str, trig: Trigger) -> bool:
    """Is the trigger the scene of what its sentence tells (考察中，…; 在甲国考察期间，…), with nothing else told after it
    (no other trigger, no signing: 访问期间，双方签署了… is the signing)? Told alone, such a scene is that event itself."""
    after, pats = text[trig.end :], _patterns()
    when = trig.kind in pats["time_scene_when_kinds"] and pats["time_scene_when"].match(after)
    if not (pats["time_scene"].match(after) or when):
        return False
    rest = after[after.find("，") + 1 :] if "，" in after else after[after.find(",") + 1 :]
    return not any_trigger(rest) and not SIGNS.search(rest)


def plans_a_trip(text: str, start: int, lead: int = 0) -> bool:
    """Does the clause ending right before `start` tell a trip planned with no day fixed (还将前往上海，)?"""
    prev = text[max(lead, clause_start(text, start - 1)) : start]
    found = _patterns()["plan_going"].search(prev)
    return bool(found) and not SCHEDULED_DAY.search(prev)


def venue_of(text: str, a: int, b: int) -> tuple[str, int] | None:
    """The venue named in "在X举行/召开/签约" between a and b: X as written, when X is a place
    (a building, an office, a town) rather than a time, an occasion or a circumstance; with
    where X starts."""
    found = sorted([*VENUE.finditer(text, a, b), *VENUE_ATTEND.finditer(text, a, b)], key=lambda m: m.start())
    for m in found:
        x = m.group(1)
        partner = VENUE_PARTNER.search(x)
        x = x[: partner.start()] if partner and partner.start() >= 2 else x
        lodged = VENUE_LODGED.match(x)
        x, at = (x[lodged.end() :], m.start(1) + lodged.end()) if lodged else (x, m.start(1))
        if not VENUE_NOT.search(x) or _division_written_short(x):
            return x, at
    return None


def _division_written_short(x: str) -> bool:
    """Is x a county or a county-level city held by its full name, written without its level word (满洲里 of
    满洲里市)? Such a place is a venue even when its last character ends a time (在满洲里签订)."""
    return len(x) >= 3 and any(place_of(x + w) for w in WORDS["venue_short_levels"])


def venue_met_at(sent: Sentence, a: int, b: int) -> tuple[str, int] | None:
    """The venue of "某某(6月10日)在X与Y座谈" between a and b: X as written, with where it starts, when
    a person stands right before 在 (a day or a time of day between)."""
    for m in VENUE_WITH.finditer(sent.text, a, b):
        x, at = m.group(1), m.start()
        who = [p + len(n) for p, n in sent.persons if p + len(n) <= at]
        if who and VENUE_WHEN.fullmatch(sent.text, who[-1], at) and not VENUE_NOT.search(x):
            return x, m.start(1)
    return None


def venue_place(sent: Sentence, a: int, b: int) -> str | None:
    """The venue of `venue_of` (or `venue_met_at`), by the place's canonical name when it is just a place
    (西安 -> 西安市)."""
    found = venue_of(sent.text, a, b) or venue_met_at(sent, a, b)
    if not found:
        return None
    x, at = found
    # 在人民大会堂与巴特额尔登举行会谈: the venue stops before the partner named
    partner = [p - at - 1 for p, _ in sent.persons if at + 2 < p < at + len(x) and sent.text[p - 1] in "与同跟和"]
    # (在北京与甲矿业有限责任公司签署: nor before the partner body named)
    partner += [p - at - 1 for p, _, _ in sent.org_spans if at + 2 < p < at + len(x) and sent.text[p - 1] in "与同跟"]
    partner.sort()
    x = x[: partner[0]] if partner else x
    if _patterns()["there_words"].fullmatch(x):  # (前往甲，参加在那里举行的…: there is 甲, or no place written)
        return _gone_to_before(sent, at)
    known = sent.between("places", at, at + 1)
    return known[0] if known and x in known[0] else x


@cache
def _venue_places() -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """data/venue_places.yaml: cities abroad (longest first), one-character city names, what follows those."""
    v = load("venue_places.yaml")
    return tuple(sorted(v["foreign_cities"], key=len, reverse=True)), v["short_cities"], tuple(v["short_city_before"])


def named_city(text: str, q: int) -> str | None:
    """A city abroad (曼谷) or a one-character city name before a verb (京召开 -> 北京) at text[q], or None.

    >>> named_city("在曼谷举行", 1), named_city("在京召开", 1), named_city("在京剧院", 1)
    ('曼谷', '北京', None)
    """
    abroad, short, before = _venue_places()
    city = next((c for c in abroad if text.startswith(c, q)), None)
    if city:
        return city
    full = short.get(text[q : q + 1])
    return full if full and text.startswith(before, q + 1) else None


COUNTRIES = tuple(sorted(load("countries.txt"), key=len, reverse=True))
# a city the lexicon lacks after its country, right before what is done there (在泰国普吉出席…)
CITY_BEFORE_ACT = re.compile(rf"[\u4e00-\u9fff]{{2,3}}?(?={alt(WORDS['abroad_acts'])})")


def abroad_at(text: str, q: int) -> str | None:
    """A country at text[q] and the city written after it (泰国普吉, 泰国曼谷), or the country alone, or None.

    >>> abroad_at("在泰国普吉出席会议", 1), abroad_at("在越南举行会谈", 1), abroad_at("在京召开", 1)
    ('泰国普吉', '越南', None)
    """
    country = next((c for c in COUNTRIES if text.startswith(c, q)), None)
    if not country:
        return None
    q += len(country)
    city = named_city(text, q) or (m.group() if (m := CITY_BEFORE_ACT.match(text, q)) else None)
    return country + city if city else country


def location_of(sent: Sentence, a: int, b: int) -> str | None:
    """Where the event is: the venue of 在X举行, else a place after 在/到/深入, else the place that
    is its subject (never the dateline's: where the paper filed from, as the gold's null)."""
    text = sent.text
    venue = venue_place(sent, a, b)
    if venue:
        return venue
    # (在甲省副省长乙陪同下，来到丙县: the companion's 在 and place are no place of the event)
    aside = [(x.start(), x.end()) for x in _patterns()["accompanied"].finditer(text, a, b)]
    m = next(
        (
            x
            for x in re.finditer(
                r"(?:在|到|赴|深入到?|走进|来到|抵达|(?<=团|行|人)来)", text[a:b]
            )  # (代表团(一行)来九江考察)
            if not any(p <= a + x.start() < q for p, q in aside)
        ),
        None,
    )
    if m:
        zone = zone_at(sent, a + m.end(), b)
        if zone:
            return zone
        after = sent.between("places", a + m.end(), a + m.end() + 2)
        # (在河南省南阳市淅川县: the run as written, its first places read as governments too)
        run = place_run(sent, a + m.end())
        if after or run:
            return town_after(sent, a + m.end(), run) or run or after[0]
        city = named_city(text, a + m.end()) or (abroad_at(text, a + m.end()) if m.group() == "在" else None)
        if city:
            return city
        if m.group() == "在" and _patterns()["there_words"].match(text, a + m.end()):
            gone = _gone_to_before(sent, a + m.start())  # (离京前往甲，参加在那里举行的…: there is 甲)
            if gone:
                return gone
        tok = PLACE_TOKEN.match(text, a + m.end()) if m.group() != "来" else None  # (来我市: the paper's city)
        if (
            tok
            and tok.end() <= b
            and len(tok.group()) <= 6
            and not re.search("[对的是在和与]", tok.group())
            and not _patterns()["counted_places"].match(tok.group())  # (深入十二个市属企业)
            and tok.group() not in _patterns()["area_kinds"]
        ):
            return tok.group()
    visited = visited_country(text, a, b)
    if visited:
        return visited
    if _patterns()["home_visit"].search(text, a, b):  # (甲一行是应乙邀请来华访问的: China)
        return _patterns()["home_country"]
    for v in _patterns()["zone_seen"].finditer(text, a, b):  # (…陪同下参观了甲经济技术开发区: the zone seen)
        zone = zone_at(sent, v.end(), b)
        if zone:
            return zone
    line = find_dateline(text[:DATELINE_HEAD])
    ends = {x: y for x, y, _ in sent.place_spans}
    people = _patterns()["people_of_place"]
    told = [
        (p, n)
        for p, n in sent.places
        if a <= p < b
        and not (line and p < line[1])
        and not any(x <= p < y for x, y in aside)
        and not people.match(text[ends.get(p, p + len(n)) : b])  # (台湾学者: where people come from, no venue)
        # (甲在座谈会上说，乙地的…: a place in what is said after the event is told, ext69)
        and not (sent.speech_at is not None and a < sent.speech_at <= p)
    ]
    # (离开甲前往乙访问: where the trip leaves from is no place of the event when another place follows, ext73)
    left = _patterns()["departed_from"]
    while len(told) > 1 and left.search(text[max(0, told[0][0] - 3) : told[0][0]]):
        told = told[1:]
    # 本报南京１月１１日讯: where the paper filed from is no place of the event
    if told:
        return place_run(sent, told[0][0]) or told[0][1]
    if m is not None and m.group() == "来到":  # (走进甲集团，参观…: a stop of a tour told before, folded into it)
        return unit_place(sent, a, b) or _body_gone_to(sent, a + m.end(), b)
    return unit_place(sent, a, b)


def _gone_to_before(sent: Sentence, q: int) -> str | None:
    """The place right after the last word of going there before q (前往甲, 赴甲): a division by its name, a city or a
    country (with its city) as written; else None.

    >>> s = Sentence(0, "离京前往泰国，参加在那里举行的比赛", Source(0, "", 0, 0), 0)
    >>> _gone_to_before(s, 9)
    '泰国'
    """
    gone = list(_patterns()["gone_to"].finditer(sent.text, 0, q))
    if not gone:
        return None
    at = gone[-1].end()
    run = next((n for p, n in sent.places if p == at), None)
    return run or named_city(sent.text, at) or abroad_at(sent.text, at)


def _body_gone_to(sent: Sentence, q: int, b: int) -> str | None:
    """来到甲重型机械厂，走访…: with no place told, the body the persons came to is where the event is (as written).

    >>> s = Sentence(0, "来到甲乙机械厂，走访职工", Source(0, "", 0, 0), 0, org_spans=[(2, 7, "甲乙机械厂")])
    >>> _body_gone_to(s, 2, 12)
    '甲乙机械厂'
    """
    return next((sent.text[x:y] for x, y, _ in sent.org_spans if x == q and y <= b), None)


# 对泰国进行了正式访问; 结束对日本历时5天的正式访问, 对秘鲁的访问 (the country right before 的 or a span told with 为期/历时)
VISITED = re.compile(
    r"对([\u4e00-\u9fff]{2,8}?)(?:(?:进行|展开)了?[^，。；]{0,6}?|(?:为期|历时)[^，。；的]{0,8}的[^，。；]{0,12}?|的[^，。；]{0,12}?)访问"
)


def visited_country(text: str, a: int, b: int) -> str | None:
    """The country of 对X进行…访问 in text[a:b] (data/countries.txt), or the one named after 访问 (with its city), as written.

    >>> visited_country("副总理甲乙对泰国进行了正式访问", 0, 15), visited_country("甲乙访问英国伦敦", 0, 8)
    ('泰国', '英国伦敦')
    """
    m = VISITED.search(text, a, b)
    if m and m.group(1) in country_names():
        return m.group(1)
    # (对古巴和玻利维亚的访问: a list of countries visited on one trip, the first as the place)
    listed = _patterns()["visited_joins"].split(m.group(1)) if m else []
    if len(listed) > 1 and all(c in country_names() for c in listed):
        return listed[0]
    # (访问英国伦敦, 出访泰国: the country named after the visit, with its city; not 会见了即将访问美国的甲, who is met)
    for x in _patterns()["visit_abroad"].finditer(text, a, b):
        place = abroad_at(text, x.end())
        if place and not text.startswith("的", x.end() + len(place)):
            return place
        region = _patterns()["visit_region"].match(text, x.end())  # (在访问中东期间: a region as written)
        if region:
            return region.group(1)
    counted = _patterns()["visit_region_counted"].search(text, a, b)  # (结束南美两国访问: the region as written)
    if counted:
        return counted.group(1)
    short = _patterns()["short_visit"].search(text, a, b)  # (访奥, 访美期间: the country of the short name)
    return _patterns()["short_countries"][short.group(1)] if short else None


def unit_place(sent: Sentence, a: int, b: int) -> str | None:
    """The place in the name of a company's unit between a and b (甲有限公司太仓工厂 -> 太仓), as written.

    >>> s = Sentence(0, "甲有限公司太仓工厂奠基", Source(0, "", 0, 0), 0, org_spans=[(0, 9, "甲有限公司太仓工厂")])
    >>> unit_place(s, 0, 11)
    '太仓'
    """
    for start, end, _ in sent.org_spans:
        m = _patterns()["unit_place"].search(sent.text, start, end) if a <= start < b else None
        # (a county-level city's short form is no short place elsewhere: here, between 公司 and 工厂, it is)
        if m and (m.group(1) in lexicon().short_places or any(place_of(m.group(1) + x) for x in ("", "市", "县"))):
            return m.group(1)
    return None


def place_run(sent: Sentence, q: int) -> str | None:
    """Places written one right after another from q (湖南岳阳, 江苏无锡), as written; None for one alone.

    >>> s = Sentence(0, "在湖南岳阳调研", Source(0, "", 0, 0), 0, place_spans=[(1, 3, "湖南省"), (3, 5, "岳阳市")])
    >>> place_run(s, 1), place_run(s, 3)
    ('湖南岳阳', None)
    """
    end, count = q, 0
    # (在河南省南阳市淅川县检查 where the article names 河南省人民政府: a bare place read as its government is a place here)
    bare = [(a, b, n) for a, b, n in sent.org_spans if PLACE_END.search(sent.text, a, b) and place_of(sent.text[a:b])]
    for start, stop, _ in sorted([*sent.place_spans, *bare]):
        if start == end:
            end, count = stop, count + 1
    return sent.text[q:end] if count > 1 else None


# a town written right after its county or city, before the errand or a stop (到东莞市长安镇走访了…, 在潮阳市谷饶镇，…)
TOWN_WRITTEN = re.compile(
    r"(?!城乡)[\u4e00-\u9fff]{1,4}?[镇乡](?=[，,、]|(?:实地)?(?:走访|调研|考察|检查|视察|察看|参观|看望|慰问|举行|召开))"
)


def town_after(sent: Sentence, q: int, run: str | None) -> str | None:
    """The places written from q with the town right after them, as written (东莞市长安镇: 35_pd1998's gold keeps
    潮阳市谷饶镇), or None when no town follows.

    >>> s = Sentence(0, "到东莞市长安镇走访了", Source(0, "", 0, 0), 0, place_spans=[(1, 4, "东莞市")])
    >>> town_after(s, 1, None), town_after(s, 4, None)
    ('东莞市长安镇', None)
    """
    end = q + len(run) if run else next((b for a, b, _ in sent.place_spans if a == q), None)
    town = TOWN_WRITTEN.match(sent.text, end) if end else None
    return sent.text[q : town.end()] if town else None


def zone_at(sent: Sentence, q: int, b: int) -> str | None:
    """The development zone named from q on, before b, as written (到甲高新区调研 -> 甲高新区), or None.

    >>> s = Sentence(0, "到甲高新区调研", Source(0, "", 0, 0), 0, org_spans=[(1, 5, "甲高新技术产业开发区")])
    >>> zone_at(s, 1, 7)
    '甲高新区'
    """
    for start, end, _ in sent.org_spans:
        if start == q and end <= b and ZONE_END.search(sent.text, start, end):
            return sent.text[start:end]
    return None


def places_listed(sent: Sentence, a: int, b: int) -> list[str]:
    """The places of an event told at several (到甲省乙市、丙市等地调研, 在甲省、乙省调研, 到甲市、乙市等地，
    实地调研…): those named between 在/到/赴 and its trigger at b (or the 等地 ending their clause), when they
    are a list (、和及与 or 等地 between them, no person or body, at most PLACE_LIST_SPAN characters), else []."""
    text = sent.text
    leads = list(PLACE_LEAD.finditer(text, max(a, b - PLACE_LIST_SPAN), b))
    m = leads[-1] if leads else None  # the one nearest the trigger
    if not m or re.search(r"[。；;]", text[m.end() : b]):
        return []
    end = b
    comma = re.search(r"[，,]", text[m.end() : b])
    if comma:  # 到甲市、乙市等地，实地调研: the list is the clause that ends with 等地
        end = m.end() + comma.start()
        if not re.search(r"等地$|一带$", text[m.end() : end]):
            return []
    span = text[m.end() : end]
    named = list(dict.fromkeys(sent.between("places", m.end(), end)))
    if (
        len(named) < 2
        or len(text[m.end() : b]) > PLACE_LIST_SPAN
        or not re.search(r"[、和及与]|等地", span)
        or sent.between("persons", m.end(), end)
        or sent.between("orgs", m.end(), end)
    ):
        return []
    return named


def organizers_at(sent: Sentence, at: int) -> list[str]:
    """The bodies that are the subject of the organising verb at `at` (A、B共同主办, 由A承办,
    A在X组织召开): the organisations of its clause ending at most SUBJECT_GAP characters before
    it with no person between, and those listed with them (、和与及)."""
    text = sent.text
    if any(a <= at < b for a, b, _ in sent.org_spans):  # 组织 inside a name
        return []
    cs = clause_start(text, at)
    # (A、B在某体育中心联合举办: the body after 在 is the venue, not who organises)
    spans = [sp for sp in sent.org_spans if cs <= sp[0] and sp[1] <= at and text[sp[0] - 1 : sp[0]] != "在"]
    if not spans:
        return []
    gap = text[spans[-1][1] : at]
    unnamed = UNNAMED_BODY.match(gap)
    gap = gap[unnamed.end() :] if unnamed else gap
    if len(gap) > SUBJECT_GAP or "的" in gap or sent.between("persons", spans[-1][1], at):
        return []
    out = [spans[-1][2]]
    k = len(spans) - 1
    while k > 0 and re.fullmatch(r"[、和与及]|以及", text[spans[k - 1][1] : spans[k][0]]):
        k -= 1
        out.insert(0, spans[k][2])
    return list(dict.fromkeys(out))


def hosts_at(sent: Sentence, lo: int, hi: int) -> list[str]:
    """Who 主持 in text[lo:hi]: the persons of its clause before 主持 (X主持, 由X主持), else the
    first named right after it (主持人X)."""
    text = sent.text
    host = re.search(r"主持", text[lo:hi])
    if not host:
        return []
    at = lo + host.start()
    return (
        sent.between("persons", max(lo, clause_start(text, at)), at)[-2:]
        or sent.between("persons", lo + host.end() - 2, hi)[:1]
    )


def day_within(sent: Sentence, trig: Trigger) -> str | None:
    """A full date told inside the trigger itself (在6月11日召开的…研讨班上), else a year or month told
    inside it when none is told before it (在今年全国两会期间), or None."""
    inside = [iso for p, iso in sent.dates if trig.start <= p < trig.end]
    # (交易会今天（9月10日）在北京开幕: the day in brackets restates 今天, written as a date)
    restated = [
        iso for p, iso in sent.dates if trig.start < p < trig.end and sent.text[p - 1] in "（(" and len(iso) == 10
    ]
    full = restated or [iso for iso in inside if len(iso) == 10]
    if full:
        return full[0]
    # 在今年全国两会期间: a year or month inside, when the sentence tells no time before the trigger
    return inside[0] if inside and not any(p < trig.start for p, _ in sent.dates) else None


TITLED_YEAR = re.compile(r"((?:19|20)\d\d)年度?(?![底初末中内前后])")  # the year an honour is of (2010年度先进…)


def titled_year(words: str) -> str | None:
    """The year an honour's name gives (摘取了1997年全国…第一, 荣获2010年度…称号): an award told with no other time
    is of that year.

    >>> titled_year("摘取了１９９７年全国产量第一"), titled_year("获得全国第一")
    ('1997', None)
    """
    m = TITLED_YEAR.search(fold(words))
    return m.group(1) if m else None


def day_after(sent: Sentence, trig: Trigger) -> str | None:
    """The day told with 于 after the trigger in its clause (斥资2亿元于1996年10月建成, 成立于1993年), or None.

    >>> s = Sentence(0, "甲市投资2亿元于1996年10月建成", Source(0, "", 0, 0), 0, dates=[(8, "1996-10")])
    >>> day_after(s, Trigger(2, 4, "other"))
    '1996-10'
    """
    end = clause_end(sent.text, trig.end)
    return next((iso for p, iso in sent.dates if trig.end <= p < end and sent.text[p - 1 : p] == "于"), None)


def summary_of(text: str) -> str:
    """The sentence as a summary: leading date and byline dropped, trimmed."""
    text = text.strip()
    line = find_dateline(text[:DATELINE_HEAD])
    if line:  # 新华社某地１月２日电（记者某某）: the wire's dateline and byline are no part of what happened
        text = BYLINE.sub("", text[line[1] :]).strip()
    text = LEADING_TIME.sub("", text)
    return text[:SUMMARY_MAX]


def _came_to_attend(text: str, g: list[Trigger]) -> bool:
    """Is a group's visit an arrival (一行抵达甲市) followed by a meeting it attends (，出席…开幕的博览会), so
    that the meeting is the event told (event_kinds.yaml: arrivals, arrive_to_attend)?"""
    words = load("event_kinds.yaml")
    first = g[0]
    return (
        first.kind == "visit"
        and any(a in text[first.start : first.end + 1] for a in words["arrivals"])
        and any(t.kind == "meeting" and text.startswith(tuple(words["arrive_to_attend"]), t.start) for t in g[1:])
    )


def _own_venue(text: str, prev: Trigger, t: Trigger) -> bool:
    """Is `t` a meeting naming its own venue after a trigger of another kind (来防城港考察，并出席在东兴市举办的…会)?"""
    return t.kind == "meeting" != prev.kind and OWN_VENUE.search(text, t.start, t.end) is not None


def parts_lists(sents: list[Sentence]) -> set[int]:
    """The sentences that go on a list of parts opened by 其中 (…投资为X亿元，其中：甲投资Y亿元；乙投资Z亿元。): each
    right after a sentence of its paragraph ending with ； that opens such a list or goes on one."""
    pat, out = _patterns()["part_list"], set()
    for prev, s in zip(sents, sents[1:], strict=False):
        if (
            s.para == prev.para
            and prev.text.rstrip().endswith(("；", ";"))
            and (prev.index in out or pat.search(prev.text, prev.lead_at))
        ):
            out.add(s.index)
    return out


def _retold(sent: Sentence, group: list[Trigger], t: Trigger) -> bool:
    """Does trigger `t` tell again the event of `group`, the one just told (召开…分析会，市长某某主持会议: the bare
    会议 is that meeting)? No day or venue of its own is looked at here (see _trigger_groups)."""
    text = sent.text
    prev = group[-1]
    gap = text[prev.end : t.start]
    pats_again = _patterns()["again"]
    pats_acts = _patterns()["launch_acts"]  # the ceremony's own act (揭牌, 剪彩) retells the launch just told
    pats_award = _patterns()["award_assembly"]
    pats_award_acts = _patterns()["award_acts"]  # 授予…称号，…授牌: the award retold
    same = t.kind == prev.kind and (
        t.kind == "other"
        or text[t.start : t.start + 2] == text[prev.start : prev.start + 2]
        or text[t.start : t.end] in text[prev.start : prev.end]  # 28日在合肥揭牌成立…为集团揭牌: retold
        or t.kind == "launch"
        and pats_acts.search(text, t.start, t.end) is not None  # 挂牌成立…为集团揭牌
        or t.kind == "award"
        and pats_award_acts.search(text, t.start, t.end) is not None  # 授予甲县…称号，乙为甲县授牌
    )
    # a group named by its errand (考察团一行走进…参观) is the subject of what it does next
    party = (
        t.kind == prev.kind
        and text[prev.start : prev.end].endswith(GROUP_NOUNS)
        and not re.search("[。；]", gap)
        and not sent.between("persons", prev.end, t.start)
    )
    # 召开…分析会，市长某某主持会议: the bare 会议 is the meeting just told
    again = t.kind == prev.kind == "meeting" and pats_again.fullmatch(text[t.start : t.end])
    # 召开表彰大会，授予甲…称号，授予乙…称号: what the assembly grants is that award ceremony
    # (…表彰大会在杭州举行，新认定的128家企业受到表彰: the commended at that assembly, its trigger then a meeting's)
    granted = pats_award.search(text, group[0].start, prev.end) is not None and (
        t.kind == prev.kind == "award" or t.kind == group[0].kind == "award" and not re.search("[。；]", gap)
    )
    # 代表团一行来我市考察 / 会见了代表团，双方进行了座谈: the visit's errand, the talks' own words
    errand = (
        prev.kind == "visit"
        and t.kind in ("inspection", "talks")
        and not re.search("[。；，,]", gap)
        or t.kind == prev.kind in ("talks", "visit")
    ) and not sent.between("persons", prev.end, t.start)
    # 会见了甲一行，双方就…进行了座谈: both sides of the talks just told
    both = t.kind == prev.kind == "talks" and BOTH_SIDES.search(gap)
    # 在重庆调研加工贸易企业，先后考察了…: the stops of the inspection just told, by the same persons
    tour = (
        t.kind == prev.kind == "inspection"
        and not re.search("[。；]", gap)
        and not sent.between("persons", prev.end, t.start)
        and not sent.between("orgs", prev.end, t.start)
    )
    # 调研了甲研究院，察看了…，慰问了…: a clause opening with its verb goes on with the subject just told
    comma = max(gap.rfind("，"), gap.rfind(","))
    bare_clause = (
        {t.kind, prev.kind} <= {"inspection", "visit"}
        and comma >= 0
        and not re.search("[。；]", gap)
        and _patterns()["subjectless"].fullmatch(gap[comma + 1 :]) is not None
    )
    # 调研了甲保税区，并召开座谈会听取意见: a forum held on the inspection just told, by the same persons
    forum = (
        prev.kind == "inspection"
        and t.kind in ("meeting", "talks")
        and comma >= 0
        and not re.search("[。；]", gap)
        and _patterns()["trip_forum"].fullmatch(text, prev.end + comma + 1, t.end) is not None
    )
    return bool(
        same
        or party
        or again
        or granted
        or errand
        or both
        or tour
        or bare_clause
        or forum
        or len(gap) <= CLOSE_GAP
        and not DURING.search(gap)
        and not sent.between("persons", prev.end, t.start)
        and not sent.between("orgs", prev.end, t.start)
    )


def _trigger_groups(sent: Sentence, trigs: list[Trigger]) -> tuple[list[list[Trigger]], bool, dict[int, int]]:
    """The triggers of one sentence in groups, one event each (召开…会议，某某主持会议: one group), whether a second
    day is told in it, and where each later group's clauses start (the clause of its new day)."""
    text = sent.text
    groups: list[list[Trigger]] = []
    split_by_day = False  # two days told in the sentence: each event is summed up by its own clauses
    starts: dict[int, int] = {}  # group -> where its clauses start (the clause of its new day)
    pats_held_apart = _patterns()["held_apart"]  # (…的访问前举行的记者招待会: a happening of its own)
    for t in trigs:
        if groups:
            prev = groups[-1][-1]
            retold = _retold(sent, groups[-1], t)
            # 在甲园区奠基，这是继去年5月8日奠基乙工厂后…: a new day told between makes a new event
            prev_day = day_within(sent, prev) or sent.date_at(prev.start)
            # (斥资2亿元于1996年10月建成: a first trigger of no day of its own takes the day told later in its clause)
            days = [
                p
                for p, iso in sent.dates
                if prev.end <= p <= t.start and iso != prev_day and (prev_day or CLAUSE_BREAK.search(text, prev.end, p))
            ]
            own = day_within(sent, t)
            if not days and own and len(own) == 10 and own != prev_day:  # 并在6月11日在…研讨班上: its own day
                days = [t.start]
            # (…的访问前举行的记者招待会: an event held before or after the one just told, a happening of its own)
            new_day = bool(days) or _own_venue(text, prev, t) or pats_held_apart.match(text, prev.end) is not None
            if days:
                split_by_day = True
                starts[len(groups)] = clause_start(text, days[0])
            if not new_day and retold:
                groups[-1].append(t)
                continue
        groups.append([t])
    return groups, split_by_day, starts


def drafts_in(sent: Sentence, article: int, alone: bool = False, parts: bool = False) -> list[Draft]:
    """Events told by one sentence, names shared out between its triggers (`alone`: no event was told
    before it in its article; `parts`: it goes on a list of parts, see parts_lists)."""
    trigs = find_triggers(sent, alone, parts)
    if not trigs:
        return []
    text = sent.text
    groups, split_by_day, starts = _trigger_groups(sent, trigs)
    pats_again = _patterns()["again"]
    pats_held_apart = _patterns()["held_apart"]  # (…的访问前举行的记者招待会: a happening of its own)
    pats_elects = _patterns()["elects"]
    drafts: list[Draft] = []
    subject: list[str] = []  # the persons before the last group's first trigger
    bounds = [g[0].start for g in groups] + [len(text)]
    # a sentence whose every trigger only refers back (主持大会，…宣读了表彰决定: the assembly told before) tells no new one
    told_again = all(pats_again.fullmatch(text[g[0].start : g[-1].end]) for g in groups)
    for n, g in enumerate(groups):
        first, last = g[0], g[-1]
        lo = groups[n - 1][-1].end if n else 0
        hi = bounds[n + 1]
        # 启动调研组 / 开展培训: what is started is the event, not the starting
        # (揭牌成立: a founding unveiled is the launch still, `other` names no errand)
        kind = (
            next((t.kind for t in g if t.kind not in ("launch", "other")), first.kind)
            if first.kind == "launch"
            else "meeting"
            if _came_to_attend(text, g)
            else first.kind
        )
        d = Draft(
            kind=kind,
            article=article,
            sent=sent.index,
            pos=first.start,
            date=day_within(sent, first)
            or day_after(sent, first)  # (…，金戈壁矿业公司成立于2004年: its own time, not the one carried)
            or sent.date_at(first.start)
            or sent.date_at(last.start)
            or day_after(sent, last)
            or (titled_year(text[first.start : first.end]) if kind == "award" else None),
            source=sent.source,
            summary=summary_of(
                text
                if not split_by_day
                else text[starts.get(n, clause_start(text, first.start)) if n else 0 : clause_end(text, last.end)]
            ),
            merge_article=first.merge_article,
            stem=text[first.start : first.start + 2],
            again=told_again,
            fair=kind == "meeting" and names_fair(text, first),
            by_group=not n and by_group(text, first.start),
            own_day=bool(sent.dates),
            decided=first.merge_article
            and (meeting_decides(text, first.start) or bool(pats_elects.match(text, sent.lead_at))),
        )
        # persons before the trigger belong to it; those after only in its own clause (聘任甲为…，1月15日乙…)
        # or when no trigger follows
        own_lo = _after_clause(text, groups[n - 1][-1].end, first.start) if n else lo
        if (src := REPORTED_LEAD.match(text, sent.lead_at)) and src.end() <= first.start:
            own_lo = max(own_lo, src.end())  # (据甲介绍，…全线开工: 甲 is the source)
        if sent.speech_at and first.start >= sent.speech_at:
            own_lo = max(own_lo, sent.speech_at)  # (甲介绍，公司成立于2003年6月: 甲 tells it, no part of it)
        people = sent.between("persons", own_lo, last.end) + sent.between(
            "persons",
            last.end,
            _told_from(text, last.end, hi if n == len(groups) - 1 else _after_clause(text, last.end, hi)),
        )
        if (
            not people
            and n
            and re.match(r"^[^，。；]{0,2}[，,]?(?:并|又|还|随后|后|同时|继而)", text[lo : first.start])
        ):
            people = drafts[-1].participants
        elif (
            not people
            and n
            and drafts
            and not re.search("[。；]", text[lo : first.start])
            and first.kind in ("inspection", "visit")
            and clause_start(text, first.start) < first.start  # (an opener written: 随后/还/并…, not a bare verb)
            and _patterns()["subjectless"].fullmatch(text, clause_start(text, first.start), first.start) is not None
        ):
            people = subject  # 甲会见了乙，随后考察了…: a clause with no subject goes on with the one just told
        elif people and n and drafts and WITH_PARTNER.match(text, clause_start(text, first.start)):
            people = drafts[-1].participants[:1] + people  # 会见了甲，并同乙举行了会谈: the same subject talks with 乙
        during = bool(n and drafts and DURING.search(text, lo, first.start))
        if during:
            people = drafts[-1].participants[:1] + people  # 甲出席…会期间会见了乙: 甲 holds the talks too, there
        elif n and drafts and pats_held_apart.match(text, lo):
            people = drafts[-1].participants[:1] + people  # 甲…的访问前举行的记者招待会上说: 甲 speaks at it
        d.add("participants", people)
        subject = sent.between("persons", own_lo, first.start)  # (who the next clause with no subject goes on with)
        # 新华社北京１月１４日电: the agency a dateline names filed the story, it took no part in it
        line = find_dateline(text[:DATELINE_HEAD])
        d.add("organizations", sent.between("orgs", max(lo, line[1]) if line else lo, hi))
        d.location = location_of(sent, lo, hi) or (drafts[-1].location if during else None)
        d.places = places_listed(sent, lo, first.start)
        d.add("hosts", hosts_at(sent, lo, hi))
        for m in ORGANISE.finditer(text, lo, hi):
            d.add("organizers", organizers_at(sent, m.start()))
        d.add("organizers", passive_organizers(sent, lo, hi))
        d.add("organizations", d.organizers)
        amounts = [a for a in sent.amounts if lo <= a[0] < hi]
        d.amount = amounts[0][2] if amounts else None
        if d.merge_article and n and drafts and drafts[-1].kind == "meeting" and _elects_on(text, lo, first.start):
            d.decided = True  # (董事会今天召开第一次会议，选举甲为董事长，聘任乙为总经理: what that meeting did)
        drafts.append(d)
    return split_by_place(sent, _each_host(sent, [t for g in groups for t in g[:1]], drafts))


def _elects_on(text: str, lo: int, at: int) -> bool:
    """Do the clauses from the one after lo (a meeting's trigger) up to the change of posts at `at` open each with
    the meeting electing or appointing (，选举甲为董事长，聘任乙为总经理: event_kinds.yaml elected_told), or going on
    with the list such a clause opened (会议选举甲为董事长，乙为副董事长，聘任丙为…: elected_more), none ended by a stop?"""
    if re.search("[。；;]", text[lo:at]):
        return False
    cs = clause_start(text, at)
    starts = [m.end() for m in re.finditer("[，,]", text[lo:cs])]
    if not (cs > lo and starts):
        return False
    told = bool(ELECTED_TOLD.match(text, lo))
    for k in starts:
        if ELECTED_TOLD.match(text, lo + k):
            told = True
        elif not (told and ELECTED_MORE.match(text, lo + k)):
            return False
    return True


# (甲、乙分别在人民大会堂会见丙: each host's own talks; agreement_kinds.yaml each_words, 分别)
EACH_HOST = re.compile(rf"(?:{alt(load('agreement_kinds.yaml')['each_words'])})(?:在[^，。；]{{1,16}}?)?$")


def _each_host(sent: Sentence, firsts: list[Trigger], drafts: list[Draft]) -> list[Draft]:
    """Talks told of several hosts who each (分别) met the same guests (总理甲、委员长乙分别会见丙): one talks of each
    host with those guests."""
    out: list[Draft] = []
    for t, d in zip(firsts, drafts):
        lo = clause_start(sent.text, t.start)
        each = EACH_HOST.search(sent.text, lo, t.start) if d.kind == "talks" else None
        hosts = sent.between("persons", lo, each.start()) if each else []
        guests = [p for p in d.participants if p not in hosts]
        if len(hosts) < 2 or not guests:
            out.append(d)
            continue
        for h in hosts:
            one = replace(d, participants=[h, *guests], organizations=list(d.organizations), hosts=[h])
            out.append(one)
    return out


def by_group(text: str, pos: int) -> bool:
    """Is the subject of the trigger at pos only a visiting group: its clause opens with the group (代表团一行
    参观了…), or opens with the trigger in a sentence that opens with the group on its way (代表团先后来到甲、乙，
    考察了…)?

    >>> by_group("代表团先后来到杭州、宁波，考察了港口。", 13), by_group("市长来到杭州，考察了港口。", 7)
    (True, False)
    """
    cs = clause_start(text, pos)
    if _patterns()["by_group"].match(text[cs:pos]):
        return True
    return cs > 0 and cs == pos and bool(_patterns()["group_goes"].match(text))


def split_by_place(sent: Sentence, drafts: list[Draft]) -> list[Draft]:
    """ "A、B、C分别召开会议" / "某某在A、B分别主持召开座谈会": one event for each place listed right before
    分别 in the trigger's clause; each keeps who took part, hosted and organised (the subject before 在
    is at every one of them), and has its place as its location."""
    out = []
    for d in drafts:
        found = places_before_each(sent.text, d.pos)
        if not found:
            out.append(d)
            continue
        subject, places, rest = found
        for p in places:
            copy = replace(d, summary=f"{subject}{p}{rest}"[:SUMMARY_MAX], location=p, places=[])
            for attr in ("participants", "organizations", "hosts", "organizers"):
                setattr(copy, attr, list(getattr(d, attr)))
            out.append(copy)
    return out


def places_before_each(text: str, pos: int) -> tuple[str, list[str], str] | None:
    """For a trigger at pos after "A、B分别" in its clause: the words before the places (某某在), the places,
    and the words after 分别 up to 60 characters; None when no such list is there."""
    cs = clause_start(text, pos)
    i = text.rfind("分别", cs, pos)
    if i < 0:
        return None
    head = text[cs:i]
    at = head.rfind("在")
    subject = head[: at + 1] if at >= 0 else ""
    places = place_list(head[at + 1 :])
    return (subject, places, text[i + 2 :][:60]) if places else None


def _brought_by_later_signing(d: Draft, sents: list[Sentence], signed: dict[int, str | None]) -> bool:
    """Is d, a project settling told with no day of its own (…项目正式落户甲开发区), what a signing told in the next two
    sentences of its paragraph brings (…管委会主任与公司社长签署了投资协议)?"""
    return d.date is None and any(
        d.sent < k <= d.sent + 2 and sents[k].para == sents[d.sent].para for k in signed if k < len(sents)
    )


def _chain_start(sents: list[Sentence], k: int) -> int:
    """The first of the run of ；-clauses of one paragraph that sentence k ends (k itself when none comes before)."""
    first = k
    while first > 0 and sents[first - 1].para == sents[k].para and sents[first - 1].text.rstrip()[-1:] in "；;":
        first -= 1
    return first


def _own_clause(sents: list[Sentence], k: int, first: int) -> bool:
    """Is sentence k a clause after a ； (甲与乙签订了A；丙与丁草签了B) with a subject of its own: its clause does not
    go on with the subject before (；同时与丙签署了…), and the run of ；-clauses it ends (from sentence first,
    `_chain_start`) does not list the deals of a batch or a ceremony told before (其中，…；…, 签约仪式上，…；…)
    (event_kinds.yaml own_clause, at_signing)?"""
    pats = _patterns()
    if first == k or pats["clause_goes_on"].match(sents[k].text, sents[k].lead_at):
        return False
    opening = sents[first].text[sents[first].lead_at :]
    return not pats["batch_items"].match(opening) and not pats["at_signing"].match(opening)


def _run_of(sents: list[Sentence], k: int) -> range:
    """The sentences of the run of ；-clauses of one paragraph that sentence k is in (k alone when none)."""
    last = k
    while last + 1 < len(sents) and sents[last + 1].para == sents[k].para and sents[last].text.rstrip()[-1:] in "；;":
        last += 1
    return range(_chain_start(sents, k), last + 1)


def signing_drafts(doc: Doc, article: int, sents: list[Sentence]) -> list[Draft]:
    """A signing event for each agreement signed (签署/签订, 在…协议上签字) in the article, and for each one reached
    (达成) in a run of ；-clauses another clause of which tells a deal signed."""
    lex = load("agreement_kinds.yaml")
    # (…在兼并协议上签字: signed by putting names on it; regexes, 签了(?![字名]))
    verbs = re.compile(alt(lex["signing_verbs"] + lex["signed_on"]))
    in_run = re.compile(alt(lex["run_signing_verbs"]))
    signed = {k for i, k, _, verb, _ in doc.agreement_sites if i == article and verbs.fullmatch(verb)}
    out = []
    drafted: dict[tuple[int, int], Draft] = {}
    by_sent: dict[int, list[Draft]] = {}  # drafted's values by sentence, in drafted's order (no scan of all per site)
    for i, k, pos, verb, agr in doc.agreement_sites:
        if i != article:
            continue
        if not verbs.fullmatch(verb) and not (
            in_run.fullmatch(verb) and any(j != k and j in signed for j in _run_of(sents, k))
        ):
            continue
        if (k, pos) in drafted:  # 签订甲合同和乙合同: one signing of both
            drafted[(k, pos)].add("organizations", agr.parties)
            continue
        same = next((d for d in by_sent.get(k, ()) if agr.date and d.date == agr.date), None)
        if same is not None:  # (甲与乙签署了…，丙与丁签署了…: one sentence, one ceremony; a ceremony told after an
            # agreement's own verb, 签订了合同，签字仪式在某饭店举行, is no second agreement: agreements.named_first)
            same.add("organizations", agr.parties)
            same.amount = same.amount or agr.amount
            drafted[(k, pos)] = same
            by_sent.setdefault(k, []).append(same)
            continue
        sent = sents[k]
        d = Draft(
            kind="signing",
            article=i,
            sent=k,
            pos=pos,
            date=agr.date,
            source=sent.source,
            summary=summary_of(sent.text),
            amount=agr.amount,
        )
        first = _chain_start(sents, k)
        d.own_clause = _own_clause(sents, k, first)
        if first < k or sents[k].text.rstrip()[-1:] in "；;":
            d.add("participants", agr.witnesses)  # (甲与乙签订了…；丙与丁签署了…。戊见证签约: each clause's witnesses)
        # (…论坛8日开幕，甲、乙等出席，论坛期间，丙与丁签署…: those at the forum told before are not at the signing)
        during = [m.end() for m in DURING.finditer(sent.text, 0, pos)]
        # (她说，社区今年5月与甲签订了…: what the speaker tells, she no signer; 甲在签约仪式上说，… is there)
        said = speech_in(sent.text, sent.lead_at)
        if said is None or said.end() > pos or _patterns()["participation"].search(sent.text, 0, said.start()):
            said = None
        d.add(
            "participants",
            sent.between(
                "persons",
                max(during[-1] if during else 0, said.end() if said else 0),
                _told_from(sent.text, pos, len(sent.text)),
            ),
        )
        if (
            agr.amount
            and k + 1 < len(sents)
            and any(a[2].as_written in agr.amount.as_written for a in sents[k + 1].amounts)
        ):
            d.add("participants", sents[k + 1].between("persons", 0, len(sents[k + 1].text)))
        d.add("organizations", agr.parties)
        # (…签订了意向书，韩方将在开发区投资…; 正在中国进行正式访问的…出席: later clauses tell a plan or a guest's trip)
        # (…签订了协议，签字仪式在X举行: a venue told after it still is)
        d.location = location_of(sent, 0, clause_end(sent.text, pos)) or venue_place(sent, 0, len(sent.text))
        if (
            d.location and d.location in agr.kind
        ):  # (签署了宁波舟山港…共建协议: a place of the deal, not of the signing)
            d.location = location_of(sent, 0, pos)
        drafted[(k, pos)] = d
        by_sent.setdefault(k, []).append(d)
        out.append(d)
    return out


def kind_named(text: str) -> str | None:
    """The kind of event a sentence names anywhere (出席了今天的开工典礼 -> groundbreaking), or None."""
    for pat, kind, _ in _patterns()["kinds"]:
        if pat.search(text):
            return kind
    return None


def with_clause(summary: str, text: str) -> str:
    """A summary with the sentence saying who attended added (…开工建设；甲、乙出席了奠基仪式), while short."""
    add = summary_of(text).rstrip("。；;")
    if add in summary or len(summary) + len(add) > SUMMARY_MAX:
        return summary
    return summary.rstrip("。；;") + "；" + add


def _meeting_of_scene(s: Sentence, drafts: list[Draft], last: Draft) -> Draft | None:
    """The meeting a sentence opening with 会上， is at, when the event told last is a signing (no 会) and a meeting of
    its day was told before it (…举行部省工作会商，并签署…。会上，甲汇报了…); else None (event_kinds.yaml meeting_scene)."""
    if last.kind != "signing" or not _patterns()["meeting_scene"].match(s.text, s.lead_at):
        return None
    return next(
        (d for d in reversed(drafts) if d.kind == "meeting" and d.sent <= last.sent and d.date == last.date), None
    )


def _scene_host(sents: list[Sentence], drafts: list[Draft], last: Draft) -> Draft | None:
    """The meeting a signing was told at (its sentence opens with 会上，…: data at_scene), the meeting told
    right before it; None for a signing told by itself."""
    sent = next((s for s in sents if s.index == last.sent), None) if last.kind == "signing" else None
    if sent is None or not _patterns()["at_scene"].match(sent.text, sent.lead_at):
        return None
    # (奠基仪式上，甲与乙签订了…: at the groundbreaking told before, a ceremony of its own kind, on the signing's day,
    # whatever background was told between)
    before = [
        d
        for d in drafts
        if d.sent < last.sent and d.article == last.article and (d.kind != "other" or d.date == last.date)
    ]
    host = before[-1] if before else None
    return host if host and host.kind in ("meeting", "groundbreaking", "launch", "award") else None


def attach_people(sents: list[Sentence], drafts: list[Draft], clauses: list[Organising]) -> None:
    """Add to the event last told the persons said to attend (参加) or speak at it (会上, X表示),
    and as its hosts those said to 主持 it (X主持, 会议由X主持).

    A speaker joins only while the text is still at the event: within SPEAKER_GAP sentences of
    the event or of the last sentence naming one of its participants (a long article moves on),
    and not one commenting on it to the press (对此表示, 对记者说)."""
    pats = _patterns()
    by_sent: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sent, []).append(d)
    current: list[Draft] = []
    seen = -1  # last sentence at the current event
    back_at: Draft | None = None  # a ceremony told before that a sentence went back to by its name (在揭牌仪式上…)
    spoke: dict[int, set[str]] = {}  # id of a draft -> who joined it only by speaking after it or at its scene
    bodies = organised(clauses)  # id of a draft -> the bodies told organising it in a sentence of their own
    for s in sents:
        if s.index in by_sent:
            current = by_sent[s.index]
            newest = current[-1]  # (a ceremony of a kind told before, told again: the text went back to it)
            back_at = newest if any(d.kind == newest.kind and d.sent < s.index for d in drafts) else None
            seen = s.index
            tail = s.text[current[-1].pos :]
            if pats["participation"].search(tail):
                source_at = _told_from(s.text, current[-1].pos, len(s.text))
                current[-1].add("participants", [p for pos, p in s.persons if current[-1].pos <= pos < source_at])
            continue
        if not current:
            continue
        if s.quoted:  # a quotation (“…”), told by no one: its speaker said it at the scene told after it, or is no one
            quoted_tail = _after_quote(s)
            if quoted_tail is None or not SAID_AT_SCENE.search(quoted_tail.text):
                continue
            s = quoted_tail
        last = current[-1]
        people = [p for _, p in s.persons]
        if pats["at_scene"].search(s.text):
            seen = s.index  # (会上，乙通报了…: the text is at the event, with or without persons)
        if not people:
            continue
        if pats["participation"].search(s.text) or pats["at_scene"].search(s.text):
            current, back_at = _joined(sents, drafts, s, people, current, back_at, spoke)
            seen = s.index
            continue
        named_scene = _scene_named(s, drafts)
        if named_scene is not None:
            # (甲在推介会上说，… after a signing told later: a speaker at the 推介会 named, not at the last event)
            for pos, p in s.persons:
                m = pats["speaker"].match(s.text[pos + len(p) :])
                if m and not pats["not_spoken_there"].search(m.group()):
                    named_scene.add("participants", [p])
            continue
        seen = _speakers(sents, drafts, s, last, people, seen, back_at, spoke, bodies)


def _joined(
    sents: list[Sentence],
    drafts: list[Draft],
    s: Sentence,
    people: list[str],
    current: list[Draft],
    back_at: Draft | None,
    spoke: dict[int, set[str]],
) -> tuple[list[Draft], Draft | None]:
    """`attach_people`'s persons of a sentence told taking part in an event or at its scene (甲出席了昨日的奠基仪式,
    会上，乙通报了…), added to the event they are at (the one of the day, the kind or the trip it names, else the last
    told): the drafts current after it, and the ceremony the text went back to."""
    pats = _patterns()
    last = current[-1]
    decision = DECISION_TOLD.search(s.text)
    if decision:  # (甲宣读了任免决定：乙任…: the one who reads it out, not those it moves)
        people = [p for pos, p in s.persons if pos < decision.end()]
    # (会上，…签署了…。甲和乙代表双方签字: the signing's signers, as 签约 names it)
    named = kind_named(s.text) or ("signing" if pats["signers_told"].search(s.text) else None)
    isos = {iso for _, iso in s.dates}
    dated = [
        d for d in drafts if isos and d.sent < s.index and d.date and d.date in isos and (d.kind == named or not named)
    ]
    if dated:  # 出席了昨日的奠基仪式: the event of that day (its ceremony)
        ceremonies = [d for d in dated if d.kind in CEREMONY_KINDS]
        current = [dated[-1] if named or not ceremonies else ceremonies[0]]
    elif not named and pats["trip_joined"].search(s.text):
        # (…3日下午主持召开会议。乙、丙参加检查: the trip told before the meeting)
        back = [d for d in drafts if d.kind == "inspection" and d.sent < s.index]
        current = [back[-1]] if back else current
    elif not named and pats["activity_joined"].search(s.text):
        # (…揭牌。…主持召开座谈会。甲、乙参加活动: the article's main event, its first)
        main = [d for d in drafts if d.sent < s.index]
        if pats["activities_all"].search(s.text):  # (参加上述活动: each told before, but the signings)
            main = [d for d in main if d.kind != "signing"]
        else:
            main = [d for d in main if d.kind == main[0].kind] if main else []
        for d in main:  # (each draft of it: the headline's, the sentence's, merged after)
            d.add("participants", people)
        current = main[-1:] or current
    elif named and named != last.kind:  # 出席了开工典礼 after a side event: back to the groundbreaking
        back = [d for d in drafts if d.kind == named and d.sent < s.index]
        current = [back[-1]] if back else current
        back_at = back[-1] if back else back_at
    elif not named and CEREMONY_WORD.search(s.text):  # 出席今天典礼的还有: the article's ceremony
        back = [d for d in drafts if d.kind in CEREMONY_KINDS and d.sent < s.index]
        current = [back[0]] if back else current
    elif not named and (meeting := _meeting_of_scene(s, drafts, last)) is not None:
        current = [meeting]  # (…会商，并签署…。会上，甲汇报了…: at the meeting, not at the signing)
    elif not named and (host := _scene_host(sents, drafts, last)) is not None:
        current = [host]  # 会上，…签订了协议。副市长甲出席并讲话: at the meeting, not the signing
    last = current[-1]
    group = [d for d in current if d is last or set(d.participants) & set(last.participants)]
    if last.kind == "signing" and last.own_clause:  # (甲与乙签订了A；丙与丁签订了B。戊出席签字仪式: both)
        group += [d for d in drafts if d.kind == "signing" and _chain_start(sents, last.sent) <= d.sent < last.sent]
    for d in group:
        if not pats["participation"].search(s.text):  # (活动现场，甲…: at the scene, as one who speaks)
            spoke.setdefault(id(d), set()).update(q for q in people if q not in d.participants)
        d.add("participants", people)
    if trip_meeting := pats["trip_and_meeting"].search(s.text):  # (参加调研和座谈会: the trip and the meeting)
        # (甲陪同调研并参加座谈会，乙参加座谈会: 乙, told after, only at the meeting)
        on_trip = [p for pos, p in s.persons if pos < trip_meeting.start()] or people
        for kind in ("inspection", "meeting"):
            earlier = [d for d in drafts if d.kind == kind and d.sent < s.index]
            if earlier:
                earlier[-1].add("participants", on_trip)
    if pats["participation"].search(s.text):
        last.summary = with_clause(last.summary, s.text)
    last.add("hosts", hosts_at(s, 0, s.speech_at if s.speech_at is not None else len(s.text)))
    return current, back_at


def _speakers(
    sents: list[Sentence],
    drafts: list[Draft],
    s: Sentence,
    last: Draft,
    people: list[str],
    seen: int,
    back_at: Draft | None,
    spoke: dict[int, set[str]],
    bodies: dict[int, list[str]],
) -> int:
    """`attach_people`'s speakers of a sentence after an event (甲表示, 乙在讲话中说) added to the event still told of
    (within SPEAKER_GAP sentences, the same day, not to the press): the last sentence at the event after it."""
    pats = _patterns()
    if set(people) & set(last.participants):
        seen = s.index
    # (the days told in what the person says are not when it was said: 甲在会上说，１９９７年…)
    told = [iso for p, iso in s.dates if s.speech_at is None or p < s.speech_at]
    other_day = bool(told) and bool(last.date) and all(iso != last.date for iso in told)
    if not other_day and "记者" not in s.text:
        at = [d for d in drafts if d.sent < s.index and d.kind in SPOKEN_AT]
        if last is back_at and last.kind not in SPOKEN_AT:
            at = []  # (…在揭牌仪式上宣读…。乙在讲话中说: back at the ceremony, not at a signing told between)
        host = _scene_host(sents, drafts, at[-1]) if at else None
        spoken_in(s, [host] if host is not None else at)  # (授牌仪式上，…签订了…。甲在讲话中说: at the ceremony)
    last = _scene_host(sents, drafts, last) or last  # (…仪式上，…签订了…。甲表示: at the ceremony, not the signing)
    if (
        last.kind in SPOKEN_AT + CEREMONY_KINDS
        and "记者" not in s.text
        # (致辞 is only said at a ceremony)
        and (_sentences_since(sents, seen, s.index) <= SPEAKER_GAP or last.kind not in SPOKEN_AT)
        and not other_day
        and still_at_scene(sents, seen, s)
        and not _named_at_signing(last, spoke, sents, drafts)
        and not pats["spoken_after"].match(s.text)  # (会后，甲介绍，…: said after the meeting)
    ):  # (甲9日表示: not at the 10th's forum)
        source = REPORTED_LEAD.match(s.text, s.lead_at)  # (据甲介绍，…: a source told after it, no speaker there)
        if source and pats["signer_label"].search(source.group()):
            source = None  # (据签约代表甲介绍: the text says 甲 signed)
        for pos, p in s.persons:
            if source and pos < source.end():
                seen = s.index  # (still telling the event: who speaks next may be at it)
                continue
            # at a ceremony only who addressed it (致辞); a statement (表示) may be made to the press
            m = _spoke_at(last, s, pos, p, bodies.get(id(last), []))
            if last.kind == "inspection" and _at_other_event(p, last, drafts):
                continue  # (会议…乙出席。昨日，甲检查了…。乙表示，…: 乙 named at the meeting, not on 甲's tour)
            if m and not pats["not_spoken_there"].search(m.group()):
                several = SEVERAL_SPEAK.search(m.group())
                joined = [q for q in [*(listed_before(s, pos) if several else []), p] if q not in last.participants]
                last.add("participants", joined)
                spoke.setdefault(id(last), set()).update(joined)
                seen = s.index
    return seen


def _spoke_at(d: Draft, s: Sentence, pos: int, name: str, organisers: list[str]) -> re.Match | None:
    """The words after the person at `pos` that make the person one who spoke at d: any speech verb at the kinds of
    spoken_at_kinds (座谈会上，甲说), at a signing also of one named its signer (韩方签约代表、甲介绍; signer_label), at
    any other ceremony only addressing it or speaking at it, told so (甲致辞, 乙在签约仪式上表示); at a signing also who speaks
    in the clause right after the one telling its ceremony held (签约仪式昨日在甲地举行，乙说; held_then_speaks)."""
    pats = _patterns()
    after = s.text[pos + len(name) :]
    if d.kind in SPOKEN_AT:
        return pats["speaker"].match(after)
    cs = clause_start(s.text, pos)
    if d.kind == "signing" and (
        pats["signer_label"].search(s.text, cs, pos)
        or _holder_speaks(d, s, pos, organisers)
        or pats["held_then_speaks"].search(s.text, 0, cs)  # (签约仪式于周一在甲地举行，乙说: at the ceremony)
    ):
        return pats["speaker"].match(after)
    return pats["addressed"].match(after)


def _holder_speaks(d: Draft, s: Sentence, pos: int, organisers: list[str]) -> bool:
    """Is the person at `pos` of the body that held the signing d (甲开发区举行项目集中签约仪式。…甲开发区党工委书记乙表示:
    its head speaks for the host; signing_holder), or of one told organising it in a sentence before (甲、乙共同主办的…
    活动现场。…当日，…签署了…。甲局局长丙表示)?"""
    bodies = s.between("orgs", clause_start(s.text, pos), pos)
    held = _patterns()["signing_holder"]
    hosts = [o for o in d.organizations if re.search(re.escape(o) + held, d.source.sentence)] + organisers
    return any(b.startswith(o) or o.startswith(b) for o in hosts for b in bodies)


def _at_other_event(person: str, d: Draft, drafts: list[Draft]) -> bool:
    """Is the person named at an event of another kind told before the inspection d, and not on d? Then the person's
    words after the tour (乙表示，…) are no part of it: 乙 is one of that event's, not of the tour's (b72)."""
    if person in d.participants:
        return False
    return any(person in o.participants for o in drafts if o is not d and o.kind != d.kind and o.sent < d.sent)


def _named_at_signing(
    d: Draft, spoke: dict[int, set[str]], sents: list[Sentence] | None = None, drafts: list[Draft] | None = None
) -> bool:
    """Is d a signing with someone named at it other than by speaking after it or at its scene (活动现场，甲…): its
    signers, 乙见证签约? Then one who speaks a sentence on (丙介绍，…) comments on it, no participant (b40-b43 probes);
    a signing told with no such person takes its speakers (the seed 000 and dev 45 gold: who speaks at the scene, the
    signing representative who speaks after it). A deal told as done at the signing ceremony told before (签约仪式上，
    甲还与乙签署了…；丙与丁签订了…: data at_signing, at its run's opening) is one more deal of that ceremony: named
    when the signing told before it on its day is."""
    if d.kind != "signing":
        return False
    if set(d.participants) - spoke.get(id(d), set()):
        return True
    if not sents or not drafts or not 0 <= d.sent < len(sents):
        return False
    first = sents[_chain_start(sents, d.sent)]
    if not _patterns()["at_signing"].match(first.text, first.lead_at):
        return False
    before = [b for b in drafts if b.kind == "signing" and b.sent < first.index and b.date == d.date]
    return bool(before) and _named_at_signing(before[-1], spoke)


def _after_quote(s: Sentence) -> Sentence | None:
    """A sentence opening with a quotation as what follows its closing mark (“…，”甲在会上说。: 甲 said it at the
    meeting told), the quote blanked and only the persons after it kept, or None when no one is named after it (b68)."""
    close = s.text.find("”")
    if close < 0 or not any(p > close for p, _ in s.persons):
        return None
    return replace(
        s,
        text="\u3000" * (close + 1) + s.text[close + 1 :],
        persons=[(p, n) for p, n in s.persons if p > close],
        quoted=False,
    )


def _sentences_since(sents: list[Sentence], seen: int, k: int) -> int:
    """How many sentences from `seen` up to k, clauses ending in ； counted with the one they open (根据决定，甲任…；乙任…；
    免去丙的…职务。 is one sentence, however many changes of posts it lists)."""
    return sum(1 for s in sents[max(0, seen) : k] if s.text.rstrip()[-1:] not in "；;")


SPOKEN_SCENE = re.compile(r"在([^，。；“”]{1,12}?(?:会|仪式|典礼))上")  # (甲在推介会上说: where it was said)
SAID_AT_SCENE = re.compile(r"在[^，。；“”]{0,12}?(?:会|仪式|典礼)上")  # (“…，”甲在会上说: said at the event told)


def _scene_named(s: Sentence, drafts: list[Draft]) -> Draft | None:
    """The first event told before s whose summary names the gathering s says its speaker spoke at (甲在推介会上说,
    乙在开园仪式上表示), when that is not simply the last one told; else None."""
    m = SPOKEN_SCENE.search(s.text, 0, s.speech_at if s.speech_at is not None else len(s.text))
    before = [d for d in drafts if d.sent < s.index]
    if not m or not before:
        return None
    named = [d for d in before if m.group(1) in d.summary]  # the first to name it: where it was told
    return named[0] if named and named[0] is not before[-1] else None


# the head of a visiting group named after its visit (…交流团一行来大连考察。…交流团团长、某协会会长甲表示)
# (opening a clause: the head speaking; 会见了代表团团长甲 tells who was met, see `merge`)
GROUP_HEAD = re.compile(rf"(?:^|[，。；])(?:{alt(WORDS['delegations'])})团长(?:、[^，。；：、“”]{{1,30}}?)*$")
GROUP_VISIT = re.compile(rf"(?:{alt(WORDS['delegations'])})(?:一行)?")
GROUP_LED = "(?:为团长|为首|率领|带领|率)"  # (以甲为团长的代表团, 由甲率领的代表团, 甲率代表团)


def group_heads(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A visit of a group that names none of its members (代表团一行30人抵达昆明) is made by the one named its
    head at a clause's opening in the article's later sentences (代表团团长、某部部长甲表示)."""
    for n, d in enumerate(drafts):
        if d.kind != "visit" or d.participants or not GROUP_VISIT.search(d.summary):
            continue
        heads = [p for s in sents if s.index >= d.sent for pos, p in s.persons if GROUP_HEAD.search(s.text, 0, pos)]
        # (由甲率领的代表团一行抵达沈阳…。次日，代表团来到鞍山考察: the group led there before goes on)
        heads += [p for b in reversed(drafts[:n]) for p in b.participants if led_group(p, b.summary)]
        d.add("participants", heads[:1])


def led_group(person: str, summary: str) -> bool:
    """Does the summary tell the person leading a visiting group (以甲为团长的代表团, 由甲率领的…代表团)?"""
    return (
        re.search(re.escape(person) + GROUP_LED + rf"[^，。；]{{0,24}}?(?:{alt(WORDS['delegations'])})", summary)
        is not None
    )


MET_GROUP = re.compile(rf"会见了?[^，。；]{{0,16}}?(?:{alt(WORDS['delegations'])})(?:一行|全体成员)?(?:[，。；,]|$)")


def group_talks(drafts: list[Draft]) -> None:
    """Talks with a visiting group that name none of its members (…出席了…洽谈会。当晚，省长甲会见了代表团) are held
    with the one who led the group to the event told last before them (its first participant), there on its day."""
    for n, d in enumerate(drafts):
        if d.kind != "talks" or not MET_GROUP.search(d.summary):
            continue
        told = next((b for b in reversed(drafts[:n]) if b.participants and GROUP_VISIT.search(b.summary)), None)
        if told is None or set(told.participants) & set(d.participants) or told.date != d.date:
            continue
        heads = [p for p in told.participants if led_group(p, told.summary)]
        if heads:
            d.add("participants", heads[:1])
            # where the group's visit told before went (来防城港考察，并出席在东兴市举办的…), else where it was led to
            visit = next((b for b in reversed(drafts[:n]) if b.kind == "visit" and heads[0] in b.participants), None)
            d.location = d.location or (visit or told).location


def still_at_scene(sents: list[Sentence], seen: int, s: Sentence) -> bool:
    """Is s still at the event last seen: in that sentence's paragraph, or opening a paragraph of its own
    (甲在致词中说; “…。”甲表示: after the quotation that is his), not inside a later paragraph that moved on to
    something else first (近年来，…。市长甲表示，…)?"""
    at = sents[seen].para if 0 <= seen < len(sents) else s.para
    j = s.index - 1
    while j >= 0 and sents[j].para == s.para and sents[j].quoted:
        j -= 1
    return s.para == at or j < 0 or sents[j].para != s.para


def spoken_in(s: Sentence, told: list[Draft]) -> None:
    """Who speaks in the report made at the meeting last told (甲在主题报告中提出…) took part in it (data: speaker_in)."""
    pats = _patterns()
    for pos, p in s.persons if told else []:
        m = pats["speaker_in"].match(s.text[pos + len(p) :])
        if m and not pats["not_spoken_there"].search(m.group()):
            told[-1].add("participants", [p])


def listed_before(s: Sentence, pos: int) -> list[str]:
    """The persons listed right before the one at pos, each with at most a title between (甲，某市副市长乙):
    they share the verb that follows (先后讲话).

    >>> s = Sentence(0, "副省长甲一，副市长乙二先后讲话", Source(0, "", 0, 0), 0, persons=[(3, "甲一"), (9, "乙二")])
    >>> listed_before(s, 9)
    ['甲一']
    """
    out: list[str] = []
    for q, name in reversed([x for x in s.persons if x[0] < pos]):
        if not LIST_GAP.fullmatch(s.text, q + len(name), pos):
            break
        out.insert(0, name)
        pos = q
    return out


def _organised_one(s: Sentence, drafts: list[Draft], date: str | None, built: re.Match | None) -> list[Draft]:
    """The drafts an organising clause of s told on `date` may be about, nearest first: those of that day or undated
    (and of a built kind when what is organised is a work built, 由甲负责建设)."""
    fits = [d for d in drafts if not (date and d.date and d.date != date) and (built is None or d.kind in BUILT_KINDS)]
    return sorted(fits, key=lambda d: abs(d.sent - s.index))


class Organising(NamedTuple):
    """An organising clause of a sentence with no event of its own (甲、乙共同主办的…活动现场), with the drafts it may be
    about, nearest first (_organised_one)."""

    s: Sentence
    verb: re.Match
    bodies: list[str]
    activity: re.Match
    built: re.Match | None
    date: str | None
    near: list[Draft]


def organising_told(sents: list[Sentence], drafts: list[Draft]) -> list[Organising]:
    """The organising clauses of the sentences with no event of their own, read once a page: attach_people reads
    the bodies each adds to its draft (organised), attach_organizers adds them."""
    told = {d.sent for d in drafts}
    out: list[Organising] = []
    for s in sents:
        if s.index in told:
            continue
        for m, bodies, activity, built in organising_clauses(s):
            date = s.date_at(m.start())
            near = _organised_one(s, drafts, date, built if activity is built else None)
            out.append(Organising(s, m, bodies, activity, built, date, near))
    return out


def organised(clauses: list[Organising]) -> dict[int, list[str]]:
    """The bodies told as organising each draft in a sentence with no event of its own (甲、乙共同主办的…活动现场，…),
    by the draft's id: what attach_organizers adds to it, known already when its speakers are read."""
    out: dict[int, list[str]] = {}
    for c in clauses:
        if c.near:
            out.setdefault(id(c.near[0]), []).extend(c.bodies)
    return out


def attach_organizers(clauses: list[Organising], drafts: list[Draft], article: int) -> list[Draft]:
    """Organisers told in a sentence with no event of its own (A、B共同主办的…活动现场，…): they
    organised the event of the article on that day (the nearest one told, either undated), or,
    when the article tells no event, an activity of their own that the sentence names."""
    new: list[Draft] = []
    for s, m, bodies, activity, built, date, near in clauses:
        if near:
            near[0].add("organizers", bodies)
            near[0].add("organizations", bodies)
            near[0].summary = named_activity(s.text, m.end(), clause_end(s.text, m.end()), near[0].summary)
            # (A主办的…仪式在X举行。…: the venue of the activity they organised)
            near[0].location = near[0].location or venue_place(s, m.start(), len(s.text))
        elif not drafts and activity is not built:  # (a builder alone tells no event)
            noun = activity.group()
            kind = "meeting" if noun in ("会", "论坛") else "training" if noun in ("培训", "班") else "other"
            d = Draft(
                kind=kind,
                article=article,
                sent=s.index,
                pos=m.start(),
                date=date,
                source=s.source,
                summary=summary_of(s.text),
                stem=s.text[m.start() : m.start() + 2],
            )
            d.add("organizers", bodies)
            d.add("organizations", bodies)
            d.location = location_of(s, 0, len(s.text))
            new.append(d)
    return new


def organising_clauses(s: Sentence) -> Iterator[tuple[re.Match, list[str], re.Match, re.Match | None]]:
    """The organising clauses of a sentence told as done (A、B共同主办的…活动现场): each verb's match, the bodies that
    organise, the activity named and the built work when it is one (大桥…由甲负责建设), in order."""
    if s.quoted or not s.org_spans:
        return
    limit = s.speech_at if s.speech_at is not None else len(s.text)
    for m in organising_verbs(s.text, limit):
        passive = m.re in (PASSIVE, PASSIVE_MORE)
        at = m.start("verb") if passive else m.start()
        built = BUILT.search(s.text, 0, m.start()) if passive else None  # 大桥全长…，由甲负责建设
        if organising_planned(s.text, at):
            continue  # (甲、乙将于下月联合召开…: a plan, no event held)
        activity = (
            ACTIVITY.search(s.text, m.end(), clause_end(s.text, m.end())) or passive_activity(s.text, at) or built
        )
        bodies = organizers_at(s, at) if activity else []
        if activity is not None and bodies:
            yield m, bodies, activity, built


ACTIVITY_NAME = (4, 40)  # characters a named activity after 主办的 may have (…“春风行”招聘专场活动)


NAME_END = re.compile(r"现场|上|中|期间|[，。；,;]|$")  # what may follow an activity's name (…活动现场，)


def named_activity(text: str, start: int, end: int, summary: str) -> str:
    """The summary of an event opened by the name of the activity its organisers held it in (A主办的X活动现场，…
    当日，甲与乙签约 -> X活动，甲与乙签约): the name runs from the 的 at `start` to the last activity word
    before `end` that ends it.

    >>> named_activity("甲局主办的促进发展“春风行”推广活动现场", 4, 20, "甲与乙签约。")
    '促进发展“春风行”推广活动，甲与乙签约。'
    """
    ends = [a.end() for a in ACTIVITY.finditer(text, start, end) if NAME_END.match(text, a.end())]
    name = text[start + 1 : ends[-1]] if ends else ""
    lo, hi = ACTIVITY_NAME
    if text[start : start + 1] != "的" or not lo <= len(name) <= hi or re.search(r"[，。；,;：:]", name):
        return summary
    if name in summary or len(name) + len(summary) >= SUMMARY_MAX:
        return summary
    return name + "，" + summary


# a future word before an organising verb in its clause (将于下月联合召开, 拟…共同举办): a plan
ORGANISE_PLAN = re.compile("|".join(WORDS["organise_plan"]))


def organising_planned(text: str, at: int) -> bool:
    """Does a future word before the organising verb at `at`, in its clause, tell the activity planned (甲、乙将于下月
    联合召开…), unless 将 follows a day fixed for it (明天将在X联合举办: scheduled)?

    >>> organising_planned("甲局、乙局将于下月联合召开推进会", 9), organising_planned("甲局、乙局明天将在某地联合召开推进会", 13)
    (True, False)
    """
    head = text[clause_start(text, at) : at]
    plan = ORGANISE_PLAN.search(head)
    return plan is not None and not (plan.group() in SCHEDULED_MODALS and SCHEDULED_DAY.search(head))


def organising_verbs(text: str, limit: int) -> list[re.Match]:
    """The organising verbs of a sentence up to `limit`, in order: 主办, 承办 … (`ORGANISE`) and those said
    only after 由 (`PASSIVE`: 由农业部召开), with a second body's right after one (`PASSIVE_MORE`: 、乙承建)."""
    passive = list(PASSIVE.finditer(text, 0, limit))
    more = [x for m in passive if (x := PASSIVE_MORE.match(text, m.end(), limit))]
    found = list(ORGANISE.finditer(text, 0, limit)) + passive + more
    return sorted(found, key=lambda m: m.start())


def passive_organizers(sent: Sentence, lo: int, hi: int) -> list[str]:
    """The bodies that convene an activity named before 由 in text[lo:hi] (会议由省委、省政府召开, 大会由甲和乙召开)."""
    out: list[str] = []
    for m in PASSIVE.finditer(sent.text, lo, hi):
        at = m.start("verb")
        if passive_activity(sent.text, at):
            out += organizers_at(sent, at)
    return out


def passive_activity(text: str, at: int) -> re.Match | None:
    """The activity named before 由 in the clause of the organising verb at `at` (论坛由A主办, 本届博览会由A、B
    共同主办), or in the clause of a 由 earlier in the sentence (博览会由A主办，B承办), or None."""
    cs = clause_start(text, at)
    by = text.rfind("由", 0, at)
    return ACTIVITY.search(text, min(cs, clause_start(text, by)), by) if by >= 0 else None


def meeting_decides(text: str, at: int) -> bool:
    """Does a meeting decide the change of posts at `at`: 会议决定任命…, or that decision in the clause after
    one of the meeting's that tells on whose proposal (会议根据省长甲的提名，表决决定任命…)?"""
    decides = _patterns()["decides"]
    cs = clause_start(text, at)
    return bool(decides.fullmatch(text[cs:at]) or cs > 0 and decides.fullmatch(text[clause_start(text, cs - 1) : at]))


def production_launches(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A plant completed on a day told (竣工投产, 建成投产) with a ceremony of starting production told in its sentence or
    one after it (出席投产仪式, 为项目投产剪彩) is launched that day: its kind becomes launch."""
    lex = load("event_kinds.yaml")
    completion, ceremony = re.compile(lex["completion"]), re.compile(lex["production_ceremony"])
    by_index = {s.index: s for s in sents}
    for d in drafts:
        if d.kind != "other" or not FULL_DAY.fullmatch(d.date or "") or d.sent not in by_index:
            continue
        if not completion.search(by_index[d.sent].text, d.pos):
            continue
        if any(ceremony.search(s.text) for s in sents if s.index >= d.sent):
            d.kind = "launch"


FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def decided_after_elects(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A change of posts in a ；-clause opening on a bare decision (会议选举甲为副省长；决定任命乙为…) after a run of
    ；-clauses that opens with the meeting electing (event_kinds.yaml meeting_elects, decision_carried) is what that
    meeting decided too, as it is when the clauses are joined by ，."""
    opens = _patterns()["decision_carried"]
    by_index = {s.index: s for s in sents}
    for d in drafts:
        s = by_index.get(d.sent)
        if not d.merge_article or d.decided or s is None or not opens.match(s.text, s.lead_at):
            continue
        first = by_index.get(_chain_start(sents, d.sent))
        if first is not None and first.index < d.sent and _patterns()["elects"].match(first.text, first.lead_at):
            d.decided = True


def decided_in_turn(drafts: list[Draft]) -> None:
    """A change of posts told right after one a meeting decides, in its sentence or the next (…决定任命甲为…，免去乙
    的…职务；任命丙为…), is of that decision too."""
    for prev, d in zip(drafts, drafts[1:]):
        if prev.decided and d.merge_article and d.sent - prev.sent <= 1:
            d.decided = True


def read_at_meeting(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A change of posts in a sentence opening on the decision (根据决定，甲任…) after a meeting told before at which a
    decision was read out (…召开干部大会。组织部部长甲宣读了任免决定。) is that meeting's decision too."""
    lex = load("event_kinds.yaml")
    opens, read = re.compile(lex["decision_opens"]), re.compile(lex["decision_read"])
    by_index = {s.index: s for s in sents}
    for d in drafts:
        k = d.sent
        while (
            k - 1 in by_index
            and by_index[k - 1].para == by_index[k].para
            and by_index[k - 1].text.rstrip()[-1:] in "；;"
        ):
            k -= 1  # (根据决定，甲兼任…；乙任…: the clauses after its ； are of it too)
        s = by_index.get(k)
        if not d.merge_article or d.decided or s is None or not opens.match(s.text, s.lead_at):
            continue
        for o in drafts:
            if o.kind != "meeting" or o.sent >= d.sent or o.date and d.date and o.date != d.date:
                continue
            if any(read.search(by_index[k].text) for k in range(o.sent, d.sent) if k in by_index):
                d.decided = True
                break


def decided_after_colon(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A change of posts in a list of ；-lines right after a meeting's sentence that ends on its decision's colon (经3月
    8日市政府常务会议研究决定：\n任命甲为…；\n任命乙为…。: a 任免 notice) is that meeting's decision."""
    colon = re.compile(load("event_kinds.yaml")["decision_colon"])
    by_index = {s.index: s for s in sents}
    meetings = {o.sent for o in drafts if o.kind == "meeting"}
    for d in drafts:
        if not d.merge_article or d.decided:
            continue
        k = d.sent - 1
        while k in by_index and by_index[k].text.rstrip()[-1:] in "；;":
            k -= 1  # (the lines of the list before d's)
        if k in meetings and colon.search(by_index[k].text):
            d.decided = True


def round_appointees(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A round of appointments (甲市进行人事调整。乙任市长，丙任副市长。; …人事调整：乙出任行长；丙被任命为…): the persons
    who take a post in the sentences or ；-clauses right after it in its paragraph (event_kinds.yaml appointment_round) are
    its participants too, and an appointment told there (丁出任…) is that round, no event of its own."""
    words = load("event_kinds.yaml")["appointment_round"]
    takes = re.compile(words["takes"])
    by_index = {s.index: s for s in sents}
    for d in [d for d in drafts if d.kind == "other"]:
        s = by_index.get(d.sent)
        if s is None or words["round"] not in s.text[d.pos :]:
            continue
        k = d.sent + 1
        while k in by_index and by_index[k].para == s.para and (named := _taking(by_index[k], takes)):
            d.add("participants", named)
            for o in drafts:
                if o is not d and o.sent == k and o.kind == "other" and set(o.participants) <= set(named):
                    o.kind = ""  # (told again as one appointment of the round)
            k += 1
    drafts[:] = [o for o in drafts if o.kind]


def _taking(s: Sentence, takes: re.Pattern) -> list[str]:
    """The persons of s each right before a word of taking a post (乙任市长，丙出任副市长: 乙, 丙).

    >>> _taking(Sentence(index=0, text="乙某任市长", source=None, para=0, persons=[(0, "乙某")]), re.compile("任"))
    ['乙某']
    """
    return [p for pos, p in s.persons if takes.match(s.text, pos + len(p))]


def decided_at_meeting(d: Draft, drafts: list[Draft]) -> bool:
    """Is d a change of posts decided by a meeting told before it on its day (…会议今天闭幕。会议决定任命甲为副省长):
    what that meeting did, no event of its own?"""
    return d.decided and any(
        o.kind == "meeting" and o.sent <= d.sent and not (o.date and d.date and o.date != d.date) for o in drafts
    )


HISTORY_CAUSE = WORDS["history_cause"]  # (甲1988年访华以及乙1996年访问丙国，促进了…: history told as a cause)
_CAUSE_YEAR = re.compile(HISTORY_CAUSE["year_before"])
_CAUSE_EFFECT = re.compile(HISTORY_CAUSE["effect"])


def history_cause(sents: list[Sentence], d: Draft) -> bool:
    """Is d a visit or talks told with a year alone right before its verb and its clause followed by what it brought
    about (甲1988年访华以及乙1996年访问丙国，促进了…: event_kinds.yaml history_cause), history told as a cause?"""
    if d.kind not in HISTORY_CAUSE["kinds"] or not 0 <= d.sent < len(sents):
        return False
    text = sents[d.sent].text
    return bool(
        _CAUSE_YEAR.search(text, max(0, d.pos - 6), d.pos) and _CAUSE_EFFECT.match(text, clause_end(text, d.pos))
    )


def later_year(date: str | None, ref: str | None) -> bool:
    """Is the event's date in a year after the page's (2015年伊钢将实现…, told in 2011): a plan, not news.

    >>> later_year("2015", "2011-05-10"), later_year("2011-05-11", "2011-05-10"), later_year("2015", None)
    (True, False, False)
    """
    return bool(date and ref and date[:4].isdigit() and ref[:4].isdigit() and date[:4] > ref[:4])


def year_waiting(sents: list[Sentence], drafts: list[Draft]) -> None:
    """An undated event told right after a sentence of its paragraph that opens with a year, states no other
    time and tells no event (１９８９年，他从海外获得信息：…。他决定…办起服装厂) happened in that year."""
    told = {d.sent for d in drafts}
    for d in drafts:
        k = d.sent - 1
        if d.date or k < 0 or k in told or sents[k].para != sents[d.sent].para:
            continue
        years = {iso for _, iso in sents[k].dates}
        if len(years) == 1 and len(next(iter(years))) == 4 and YEAR_OPENS.match(sents[k].text):
            d.date = years.pop()


def resolve_both(sents: list[Sentence], drafts: list[Draft]) -> dict[int, list[str]]:
    """An event done by 两人/双方 with no one named in its clause is done by the two of the event told
    just before it (…举行会谈。会谈后，两人共同出席了论坛开幕式); one done by 他们 by the persons of that event (甲、乙来到某市
    检查…。他们走访了…: a stop of that trip, folded into it by `merge`). Returns, by sentence, the two who attend
    a signing told so (两国总理共同出席了…签字仪式): the witnesses of its agreements."""
    witnessed: dict[int, list[str]] = {}
    for n, d in enumerate(drafts):
        if not n:
            continue
        text = sents[d.sent].text
        head = text[clause_start(text, d.pos) : d.pos]
        prev = drafts[n - 1]
        # (会谈后，两国总理共同出席了…签字仪式，甲部长与乙部长签署了…: the two attend the signing of those named after)
        both = BOTH.search(text, 0, d.pos)
        if (
            d.kind == "signing"
            and both
            and ATTEND_SIGNING.search(text, both.end(), clause_end(text, both.end()))
            and not sents[d.sent].between("persons", 0, both.start())
            and len(prev.participants) == 2
            and (not prev.date or prev.date == d.date)
        ):
            d.add("participants", prev.participants)
            witnessed[d.sent] = list(prev.participants)
            continue
        if d.participants:
            continue
        if sents[d.sent].between("persons", 0, d.pos) or prev.date and d.date and prev.date != d.date:
            continue
        if BOTH.search(head) and len(prev.participants) == 2 or THEY.search(head) and len(prev.participants) >= 2:
            d.add("participants", prev.participants)
    return witnessed


def resolve_pronouns(sents: list[Sentence], drafts: list[Draft]) -> None:
    """An event done by 他/她 with no one named before it is done by the one person named last:
    in the nearest of the PRONOUN_BACK sentences before it that names persons, if it names one."""
    for d in drafts:
        s = sents[d.sent]
        if d.participants or not PRONOUN.search(s.text, 0, d.pos) or s.between("persons", 0, d.pos):
            continue
        said = speech_in(s.text, s.lead_at) if d.kind == "signing" else None
        if said is not None and said.end() <= d.pos and not PRONOUN.search(s.text, said.end(), d.pos):
            continue  # (他说，镇里去年与甲签订了…: the one who tells of the signing, no signer)
        for back in range(d.sent - 1, max(-1, d.sent - 1 - PRONOUN_BACK), -1):
            names = list(dict.fromkeys(p for _, p in sents[back].persons))
            if names:
                if len(names) == 1:
                    d.add("participants", names)
                break


PLURAL = re.compile(alt(WORDS["plural_pronouns"]))  # 他们, 她们: a group as a clause's subject
PLURAL_BACK = 6  # sentences looked back for the body 他们 stands for (a feature's paragraphs tell what "they" did)


def resolve_plural(sents: list[Sentence], drafts: list[Draft]) -> None:
    """An event done by 他们 (its clause's subject) with no one and no body named before it is done by the body
    that opens a clause of the nearest sentence before naming bodies or persons, when it names no person; that
    body organises the event when the trigger's clause names an activity (他们开展了…活动)."""
    for d in drafts:
        s = sents[d.sent]
        cs = clause_start(s.text, d.pos)
        if d.participants or d.organizations or not PLURAL.search(s.text, cs, d.pos):
            continue
        if s.between("persons", 0, d.pos) or s.between("orgs", 0, d.pos):
            continue
        for back in range(d.sent - 1, max(-1, d.sent - 1 - PLURAL_BACK), -1):
            prev = sents[back]
            if prev.persons:
                break
            subject = next((n for a, _, n in prev.org_spans if clause_start(prev.text, a) == a), None)
            if subject is None and not prev.org_spans:
                continue
            if subject is not None:
                d.add("organizations", [subject])
                if ACTIVITY.search(s.text, d.pos, clause_end(s.text, d.pos)):
                    d.add("organizers", [subject])
            break


def award_holders(sents: list[Sentence], drafts: list[Draft]) -> None:
    """An award told in a clause of its own with no one and no body before its trigger (…组成了甲公司；１９９４年荣获
    …称号) goes to the body named last before that clause, in its sentence or the one its clause goes on from (；),
    when no person is named after that body."""
    for d in drafts:
        if d.kind != "award" or d.participants:
            continue
        s = sents[d.sent]
        cs = clause_start(s.text, d.pos)
        if s.between("orgs", cs, d.pos) or s.between("persons", cs, d.pos):
            continue
        prev = sents[d.sent - 1] if d.sent else None
        if not cs and prev is not None and prev.text.rstrip().endswith(("；", ";")):
            s, cs = prev, len(prev.text)
        named = sorted((p, kind, n) for kind in ("orgs", "persons") for p, n in getattr(s, kind) if p < cs)
        if named and named[-1][1] == "orgs" and named[-1][2] not in d.organizations:
            d.organizations.insert(0, named[-1][2])


def mergeable(a: Draft, b: Draft) -> bool:
    """Do two events of one article tell the same happening?"""
    if a.merge_article and b.merge_article:
        return not (a.date and b.date and a.date != b.date)
    if {a.kind, b.kind} == {"signing", "talks"} and a.date == b.date:
        signing = a if a.kind == "signing" else b
        if signing.own_clause or _same_day_apart(a, b):
            return False  # (…会见…。同日，甲与乙签订了A；丙与丁草签了B: deals of other bodies, not the talks')
        if a.sent != b.sent and _own_time(max(a, b, key=lambda d: d.sent)):
            return False  # (…15日签署贷款协议。当天上午，甲与乙举行会谈: two happenings of that day)
        if a.sent != b.sent and _other_day_part(*sorted((a, b), key=lambda d: d.sent)):
            return False  # (甲和乙今天上午签署了…。丙今天下午会见了乙一行: two happenings of that day, b68)
        if _patterns()["after_meeting"].match(signing.summary):
            return False  # 会后，…见证了…的签署: what followed a meeting, not those talks
        if _patterns()["named_item"].match(signing.summary):
            return False  # 其中，甲与乙签署了…协议: one named item of the documents witnessed, a signing of its own
        return not _patterns()["after_talks"].match(signing.summary)  # 会谈后，…签署: what followed the talks
    if a.kind == "award" and b.kind == "meeting" and b.again and a.date == b.date:
        return True  # 表彰大会…。甲出席大会并讲话: the assembly of the award ceremony
    if (
        a.kind in ("visit", "inspection")
        and b.kind == "inspection"
        and b.by_group
        and not (a.date and b.date and a.date != b.date and b.own_day)
    ):
        return True  # 代表团来九江考察…。代表团一行参观了…: a stop of that visit (视察团一行察看了…: of that tour)
    if a.kind in ("inspection", "visit") and b.kind == "talks" and staff_talks(a, b):
        return True  # 甲在某省考察。他先后到十多家企业，同厂长、职工座谈: a stop of that inspection
    if a.kind == b.kind == "other" and a.date == b.date and abs(a.sent - b.sent) == 1:
        first, later = sorted((a, b), key=lambda d: d.sent)
        if _patterns()["ceremony_held"].search(first.source.sentence) and not later.location:
            return True  # …捐赠仪式在甲地举行。乙、丙等单位捐助助学金36万元: the gift of the ceremony told
    if _opening_retold(a, b):
        return True  # 大桥28日建成通车。甲宣布大桥通车，乙出席通车仪式: the opening told, then its ceremony
    if a.kind == b.kind == "signing" and a.date == b.date and _patterns()["at_signing"].match(b.summary):
        return True  # 签约仪式上，甲还与乙签订了…: another agreement of the ceremony told before
    if a.kind == b.kind == "signing" and a.date == b.date and _deal_of_ceremony(a, b):
        return True  # …举行了签约仪式。甲与乙签订了A；丙与丁签署了B: the deals of the ceremony told, one signing
    if a.kind == b.kind == "signing" and max(a, b, key=lambda d: d.sent).own_clause and _bodies_apart(a, b):
        return False  # 甲与乙签订了A；丙与丁草签了B: each clause's deal a signing of its own
    if a.kind == b.kind == "signing" and max(a, b, key=lambda d: d.sent).own_clause and _partner_then_subject(a, b):
        return False  # 甲与乙签订了A；乙与丙签署了B: the partner the subject of a deal of its own, another signing
    if a.kind == b.kind == "signing" and _same_day_apart(a, b):
        return False  # 甲与乙签署了A。同日，丙与丁签订了B: another signing that day (同日，双方还签订了: the same one)
    if a.kind == b.kind == "signing" and _another_deal(a, b):
        return False  # 会上，甲与乙签订了A。此外，丙与丁签订了B: another deal, a signing of its own
    if a.kind == b.kind == "signing" and a.sent != b.sent and _own_time(max(a, b, key=lambda d: d.sent)):
        return False  # 签约仪式5日举行。…当天下午，甲与乙还签订了…: a signing of its own later that day
    if (
        a.kind == b.kind in ("launch", "groundbreaking")
        and abs(a.sent - b.sent) <= 1
        and a.date
        and a.date == b.date
        and (a.participants or b.participants)
    ):
        # (…奠基。甲宣布项目开工，乙和丙共同为项目培土奠基: the acts of one ceremony, each with its own officials; two
        # launches no one attends are left to the rules below: 发布…手卡。…共同启动…基地, two things started)
        return True
    if a.kind == b.kind in ("launch", "groundbreaking") and _ceremony_attended(a, b):
        return True  # …开工建设。…预计2028年建成。甲出席开工仪式并宣布项目开工: the people of the ceremony told
    if a.kind != b.kind or a.sent == b.sent or a.kind == "other":
        return False
    if a.kind == "launch" and _released_and_unveiled(a, b):
        return False  # 会上发布了《…方案》。…甲、乙为…分院揭牌: a document released and a body unveiled, two launches
    later = max(a, b, key=lambda d: d.sent)
    if abs(a.sent - b.sent) == 1 and a.date and a.date == b.date and CLEFT_DAY.match(later.source.sentence.lstrip()):
        return True  # 此前，甲考察了…。考察是在２１日进行的，乙陪同考察: the one just told, its day and its companions (b68)
    if a.kind == "meeting" and _opens_with(max(a, b, key=lambda d: d.sent), "meeting_next"):
        return False  # 股东大会…。随后召开的董事会第一次会议选举…: a meeting of its own
    if a.date and b.date and a.date != b.date:
        return False
    if a.kind == "talks" and other_sides(a, b):
        return False
    if b.again:  # 出席论坛并致辞 after the forum was told: that forum
        return True
    if (
        bool(a.date) != bool(b.date)
        and a.kind in CEREMONY_KINDS
        and len(a.date or b.date or "") >= 7  # (…2009年开业以来: a year alone is a past happening, no lead's day)
        and not (a.participants and b.participants and not set(a.participants) & set(b.participants))
        and not _plan_of_others(a, b)
    ):
        return True  # a ceremony told first without its day (a lead), then with it
    if a.location and b.location and not same_place(a.location, b.location):
        # (甲一行先后来到A公司、B公司: the stops of the trip told, at their own places)
        if not (a.kind in ("inspection", "visit") and _patterns()["trip_stops"].match(b.summary)):
            return False
    shared = set(a.participants) & set(b.participants)
    if a.participants and b.participants and not shared:
        return False
    return bool(a.date and a.date == b.date or shared or a.stem == b.stem)


def _released_and_unveiled(a: Draft, b: Draft) -> bool:
    """Is one of two launches told by a release (发布《…》) and the other by an unveiling (揭牌)?"""
    pats = _patterns()
    return any(x.stem in pats["release_stems"] and y.stem in pats["unveil_stems"] for x, y in ((a, b), (b, a)))


def _ceremony_attended(a: Draft, b: Draft) -> bool:
    """Is the later of two drafts of a kind, a few sentences on and of no other day, told of persons attending that
    ceremony (…开工建设。…甲出席开工仪式并宣布项目开工), the earlier one told with its day?"""
    first, later = sorted((a, b), key=lambda d: d.sent)
    return (
        bool(first.date)
        and later.date in (None, first.date)
        and 0 < later.sent - first.sent <= CEREMONY_GAP
        and _patterns()["ceremony_attended"].search(later.summary) is not None
    )


def _opening_retold(a: Draft, b: Draft) -> bool:
    """Are two other drafts of one day, in sentences next to each other, one work's opening told twice (event_kinds.yaml
    opening_stems), the first with no guests? E.g. 甲桥28日建成通车。乙宣布大桥通车，丙出席仪式: one opening."""
    first, later = sorted((a, b), key=lambda d: d.sent)
    return (
        a.kind == b.kind == "other"
        and bool(a.date)
        and a.date == b.date
        and later.sent - first.sent == 1
        and a.stem == b.stem
        and a.stem in _patterns()["opening_stems"]
        and not first.participants
    )


def _plan_of_others(a: Draft, b: Draft) -> bool:
    """Is the undated one of two drafts a plan (a planned_modals word in its clause: 甲将与乙进行签约仪式) with bodies
    of its own, none of the dated one's, and the dated one bodies none of the plan's (丙与丁16日签署…; a body both name,
    甲市 of 甲市三家企业, may be shared): two signings, not one told first without its day?"""
    undated = a if not a.date else b
    pats = _patterns()
    modal = pats["modal"].search(undated.summary)
    return (
        modal is not None
        and modal.group() in pats["planned_modals"]
        and bool(set(a.organizations) - set(b.organizations))
        and bool(set(b.organizations) - set(a.organizations))
    )


def _deal_of_ceremony(a: Draft, b: Draft) -> bool:
    """Is b a deal told right after the signing ceremony a opens with, in a sentence of its own with no deal
    (…举行了签约仪式。甲与乙签订了…): event_kinds.yaml ceremony_told, ceremony_deals_within?"""
    first, later = (a, b) if a.sent <= b.sent else (b, a)
    within = _patterns()["ceremony_deals_within"]
    return (
        first.sent < later.sent <= first.sent + within
        and _patterns()["ceremony_told"].match(first.summary) is not None
        and not _own_time(later)  # (…签约仪式15日在郑州举行。…当天下午，丙与丁还签订了…: a signing of its own)
    )


def _same_day_apart(a: Draft, b: Draft) -> bool:
    """Is the later of two drafts told opening with the same day (同日，…: event_kinds.yaml same_day_opening) with bodies none of
    the other's (both named), a happening of its own that day?"""
    later = max(a, b, key=lambda d: d.sent)
    also = _patterns()["same_day_also"].match(later.source.sentence) is not None
    apart = _bodies_apart(a, b) or (also and _partners_apart(a, b))
    return a.sent != b.sent and _opens_with(later, "same_day_opening") and apart


def _another_deal(a: Draft, b: Draft) -> bool:
    """Is the later of two signings told in a sentence of its own opening with 此外/另外 (event_kinds.yaml
    another_deal_opening), its bodies none of the other's or another subject's (_bodies_apart): a deal of its own? Not
    after one told at a signing ceremony (签约仪式上，甲与乙签订了A。此外，丙与丁签订了B: the ceremony's deals, one signing)."""
    first, later = sorted((a, b), key=lambda d: d.sent)
    return (
        a.sent != b.sent
        and _opens_with(later, "another_deal_opening")
        and not _opens_with(first, "at_signing")
        and _bodies_apart(a, b)
    )


def _partners_apart(a: Draft, b: Draft) -> bool:
    """Do two drafts of two bodies or more each name a body the other lacks (甲与乙签订了A。同日，甲还与丙签署了B: the same
    subject, another partner), not one deal told again (同日，双方还签订了…)? Asked only of a sentence of its own that opens
    so and tells what the subject also signed (event_kinds.yaml same_day_also): ；同日，甲与丙签署了… of one sentence, with its
    signers told after both deals, stays one signing (b37).

    >>> x, y = Draft.__new__(Draft), Draft.__new__(Draft)
    >>> x.organizations, y.organizations = ["甲公司", "乙部"], ["甲公司", "丙银行"]
    >>> _partners_apart(x, y), _partners_apart(x, x)
    (True, False)
    """
    x, y = set(a.organizations), set(b.organizations)
    return len(x) >= 2 and len(y) >= 2 and bool(x - y) and bool(y - x)


def _bodies_apart(a: Draft, b: Draft) -> bool:
    """Are both drafts' bodies named, none of them the other's (甲与乙签订了A；丙与丁草签了B), or the later one's subject
    another than the earlier one's subject, its parties not the same (甲与乙签署了A；乙还与丙签订了B: 乙 signs a deal of
    its own)?"""
    if not (a.organizations and b.organizations):
        return False
    if not set(a.organizations) & set(b.organizations):
        return True
    first, later = sorted((a, b), key=lambda d: d.sent)
    return later.organizations[0] != first.organizations[0] and set(a.organizations) != set(b.organizations)


def _partner_then_subject(a: Draft, b: Draft) -> bool:
    """Is the later draft's first body (its clause's subject) a body of the earlier one other than its first, and the
    earlier one's first body none of the later one's (甲与乙签订了A；乙与丙签署了B)?"""
    first, later = sorted((a, b), key=lambda d: d.sent)
    x, y = first.organizations, later.organizations
    return bool(x and y) and first.sent != later.sent and y[0] in x[1:] and x[0] not in y


DAY_PART = re.compile("|".join(WORDS["day_parts"]))  # (甲今天下午会见了…: the part of the day told)


def _day_part(d: Draft) -> str | None:
    """The part of the day (上午, 下午, …) the draft's clause tells before its trigger (甲今天下午会见了…), or None."""
    text = d.source.sentence
    found = DAY_PART.findall(text, clause_start(text, d.pos), d.pos) if 0 <= d.pos <= len(text) else []
    return found[-1] if found else None


def _other_day_part(first: Draft, later: Draft) -> bool:
    """Does the later draft's clause tell a part of the day before its trigger that the first one's does not
    (…今天上午签署了…。…今天下午会见了…; …今天签署了…。…今天下午会见了…): a happening of its own that day?"""
    part = _day_part(later)
    return part is not None and part != _day_part(first)


def _own_time(d: Draft) -> bool:
    """Does the draft's telling open with a time of its own (event_kinds.yaml own_time)?"""
    return _opens_with(d, "own_time")


def _opens_with(d: Draft, pattern: str) -> bool:
    """Does the draft's telling open with the pattern of `_patterns()` so named, in its summary or in its sentence
    (昨日，甲会见了乙一行: the summary drops the day)?"""
    pat = _patterns()[pattern]
    return bool(pat.match(d.summary) or pat.match(d.source.sentence))


def other_sides(a: Draft, b: Draft) -> bool:
    """Do two talks each have someone the other lacks (甲会见乙; 丙会见了乙): talks of different hosts?"""
    x, y = set(a.participants), set(b.participants)
    return bool(x and y and not x <= y and not y <= x)


def staff_talks(trip: Draft, talks: Draft) -> bool:
    """Are the talks held with staff no one names (同厂长、职工座谈) by persons all on the trip told before?"""
    return (
        bool(talks.participants)
        and set(talks.participants) <= set(trip.participants)
        and not (trip.date and talks.date and trip.date != talks.date)
        and bool(_patterns()["talks_with_staff"].search(talks.summary))
    )


def same_place(a: str, b: str) -> bool:
    """Do two places of events name the same one, one inside the other (湖北省 / 湖北鄂州), or a building
    that names no place and a region, which may hold it (湖北省 / 东湖宾馆)?

    >>> same_place("湖北省", "湖北鄂州"), same_place("湖北省", "湖南长沙"), same_place("湖北省", "东湖宾馆")
    (True, False, True)
    """
    if bare_venue(a) != bare_venue(b):
        return True
    if "、" in a or "、" in b:  # (黑龙江哈尔滨、绥化 / 哈尔滨市双城区: a stop in one of the places of the trip)
        return any(same_place(x, y) for x in a.split("、") for y in b.split("、") if x and y)
    a, b = PLACE_LEVEL.sub("", a), PLACE_LEVEL.sub("", b)
    return a in b or b in a or _tail_opens(a, b) or _tail_opens(b, a)


def _tail_opens(a: str, b: str) -> bool:
    """Does b open with a city that ends a (黑龙江哈尔滨 / 哈尔滨双城), two characters or more?

    >>> _tail_opens("黑龙江哈尔滨", "哈尔滨双城"), _tail_opens("湖北", "湖南长沙")
    (True, False)
    """
    return any(b.startswith(a[k:]) for k in range(1, len(a) - 1))


def bare_venue(x: str) -> bool:
    """Is x a building or a room that names no place at its start nor ends in a level word (东湖宾馆, not
    武汉东湖宾馆 nor 武昌区)?

    >>> bare_venue("东湖宾馆"), bare_venue("武汉东湖宾馆"), bare_venue("武昌区")
    (True, False, False)
    """
    return not PLACE_END.search(x) and not any(place_of(x[:k]) for k in (2, 3))


def _merge_keys(d: Draft) -> list[tuple]:
    """Index keys under which a draft can be found by the drafts that may fold into it (see
    `mergeable`: every pair it accepts shares one of these keys)."""
    keys: list[tuple] = [("kind-date", d.kind, d.date), ("stem", d.kind, d.stem), ("kind", d.kind)]
    keys += [("person", d.kind, p) for p in d.participants]
    if d.kind in CEREMONY_KINDS:
        keys.append(("ceremony", d.kind))
    if d.merge_article:
        keys.append(("article",))
    return keys


def _merge_probes(d: Draft) -> list[tuple]:
    """The keys to look up for the drafts `d` may fold into."""
    probes = [k for k in _merge_keys(d) if k[0] != "kind" or d.again]
    if d.again and d.kind == "meeting":
        probes.append(("kind", "award"))
    if d.by_group and d.kind == "inspection":
        probes.append(("kind", "visit"))
        probes.append(("kind", "inspection"))  # (视察团一行察看了…: a stop of the group's tour told before)
    if d.kind in ("signing", "talks"):
        probes.append(("kind-date", "talks" if d.kind == "signing" else "signing", d.date))
    if d.kind == "talks":  # talks with staff on a trip (staff_talks)
        probes += [("person", kind, p) for kind in ("inspection", "visit") for p in d.participants]
    return probes


def merge(drafts: list[Draft]) -> list[Draft]:
    """Fold the later telling of a happening into the first.

    Each draft folds into the first earlier one it is `mergeable` with, told at most
    MERGE_WINDOW sentences before it, looked up through an index of the drafts kept (by kind
    and date, stem, participant) rather than by trying every one, so a page-long run-on
    article does not cost the square of its events."""
    out: list[Draft] = []
    order: dict[int, int] = {}  # id(draft kept) -> its place in out
    index: dict[tuple, dict[int, Draft]] = {}  # key -> {place in out: draft}

    def file(o: Draft) -> None:
        n = order[id(o)]
        for key in _merge_keys(o):
            index.setdefault(key, {})[n] = o

    for d in sorted(drafts, key=lambda x: (x.sent, x.pos)):
        seen: dict[int, Draft] = {}
        for key in _merge_probes(d):
            bucket = index.get(key)
            if not bucket:
                continue
            stale = [n for n, o in bucket.items() if d.sent - o.sent > MERGE_WINDOW]
            for n in stale:  # sentences only move on: never a candidate again
                del bucket[n]
            seen.update(bucket)
        # a bare re-mention (主持会议) is the nearest meeting told, any other telling the first
        order_seen = sorted(seen, reverse=d.again)
        # (…会见乙。会见后，两人见证了…的签署。甲与乙签署了…: a signing folds into the signing told, before the talks)
        same = [n for n in order_seen if d.kind == "signing" and seen[n].kind == d.kind]
        into = next((seen[n] for n in [*same, *order_seen] if mergeable(seen[n], d)), None)
        if into is None:
            order[id(d)] = len(out)
            out.append(d)
            file(d)
            continue
        if into.kind == "signing" and d.kind == "talks":
            into.kind = "talks"
        if d.date and not into.date:  # the dated telling sums the happening up better than a lead
            into.summary = with_clause(d.summary, into.summary)
        else:  # a later telling adds its words (…正式成立；甲为公司揭牌), while the summary is short
            into.summary = with_clause(into.summary, d.summary)
        into.date = into.date or d.date
        into.location = into.location or d.location
        into.amount = into.amount or d.amount
        for attr in ("participants", "organizations", "hosts", "organizers", "places"):
            into.add(attr, getattr(d, attr))
        file(into)  # its date, kind and participants may have grown
    return out


AMOUNT_KINDS = frozenset({"groundbreaking", "launch"})  # events of a project, which has a total investment
AMOUNT_GAP = 3  # sentences after a project's event that may give its total investment (…开工。该项目…总投资X)
# …总投资1.71亿元 / 该项目, 此次 (data: total_before, total_between, points_back)
_TOTAL_BEFORE = re.compile(rf"(?:{alt(WORDS['total_before'])})[{WORDS['total_between']}]{{0,2}}$")
_POINTS_BACK = re.compile(alt(WORDS["points_back"]))
# 合计总投资12.1亿美元: a part of a group's total (data: part_totals)
_PART = re.compile(
    rf"(?:{alt(WORDS['part_totals'])})(?:{alt(WORDS['total_before'])})[{WORDS['total_between']}]{{0,2}}$"
)
# …投入36亿元用于甲项目 (data: spent_before, spent_on)
_SPENT_BEFORE = re.compile(rf"(?:{alt(WORDS['spent_before'])})[{WORDS['total_between']}]{{0,2}}$")
_SPENT_ON = re.compile(alt(WORDS["spent_on"]))


def attach_amounts(sents: list[Sentence], drafts: list[Draft]) -> None:
    """A project's event told with no amount takes the total investment one of the next sentences gives of it,
    before another event is told, when that sentence points back at it (…开工。该项目…总投资2.5亿元; 此次改造
    总投资12亿元; 全部项目总投资120亿元 after the parts' totals, 合计总投资X, which decide nothing); the first
    sentence with a total decides (a district's total is not the project's)."""
    told = {d.sent for d in drafts}
    for d in drafts:
        if d.amount is not None or d.kind not in AMOUNT_KINDS:
            continue
        d.amount = named_total(sents, d)
        if d.amount is not None:
            continue
        for s in sents[d.sent + 1 : d.sent + 1 + AMOUNT_GAP]:
            if s.index in told:
                break
            totals = [
                a for a in s.amounts if _TOTAL_BEFORE.search(s.text, 0, a[0]) and not _PART.search(s.text, 0, a[0])
            ]
            if not totals:
                continue
            total = next((a for a in totals if _POINTS_BACK.search(s.text, 0, a[0])), None)
            if total is not None:
                d.amount = total[2]
            break


PROJECT_END = re.compile(r"(?:项目|工程)(?![\u4e00-\u9fff]{0,2}(?:项目|工程))")  # the last 项目/工程 of a name
PROJECT_MIN = 8  # characters a project's name must have to be known again by it (not 该项目, 新材料项目)


def project_name(text: str, pos: int) -> str | None:
    """The project an event at `pos` is of, as its clause names it before the trigger (甲公司年产5万吨乙工程项目
    开工 -> 甲公司年产5万吨乙工程项目), when the name is long enough to be known again; else None.

    >>> project_name("7月1日，丙丁公司年产5万吨新材料项目破土。", 19)
    '丙丁公司年产5万吨新材料项目'
    >>> project_name("7月1日，新材料项目奠基。", 10) is None
    True
    """
    cs = clause_start(text, pos)
    ends = [m.end() for m in PROJECT_END.finditer(text, cs, pos)]
    if not ends:
        return None
    name = text[cs : ends[-1]]
    return name if len(name) >= PROJECT_MIN and not _POINTS_BACK.match(name) else None


def named_total(sents: list[Sentence], d: Draft) -> Amount | None:
    """The total investment a later sentence of the article gives of the event's project named again in full
    (甲公司…工程项目破土。… 甲公司…工程项目占地X亩，计划投资Y元), or the sentence right after it pointing back
    (…项目是…。此项目计划投资Y元); the name may drop the words its clause opens with (举行了…项目开工仪式)."""
    name = project_name(sents[d.sent].text, d.pos)
    if name is None:
        return None
    forms = [name[k:] for k in range(len(name) - PROJECT_MIN + 1)]
    later = sents[d.sent + 1 :]
    for n, s in enumerate(later):
        at = next((s.text.find(f) for f in forms if f in s.text), -1)
        if at < 0:
            total = _modifier_total(s, name)
            if total is not None:
                return total
            continue
        total = _total_in(s, at) or _spent_on(s, at)
        if total is None and n + 1 < len(later) and _POINTS_BACK.match(later[n + 1].text):
            total = _total_in(later[n + 1], 0)
        if total is not None:
            return total
    return None


MODIFIED_MIN = 4  # characters of a project's name's last words told after the sum as its modifier (投资X的一期工程)


def _modifier_total(s: Sentence, name: str) -> Amount | None:
    """The sum s tells as the modifier of the project's name or its last words (投资30多亿元的一期工程, 总投资X的
    甲乙工程项目), or None."""
    for start, end, amount in s.amounts:
        if s.text[end : end + 1] != "的" or not (
            _SPENT_BEFORE.search(s.text, 0, start) or _TOTAL_BEFORE.search(s.text, 0, start)
        ):
            continue
        words = PROJECT_END.search(s.text, end + 1, end + 1 + len(name))
        tail = s.text[end + 1 : words.end()] if words else ""
        if len(tail) >= MODIFIED_MIN and name.endswith(tail):
            return amount
    return None


def _spent_on(s: Sentence, at: int) -> Amount | None:
    """The sum s tells as spent on the project named at offset `at` (投入36亿元用于甲项目), or None."""
    spent = next(
        (
            a
            for a in s.amounts
            if a[1] <= at and _SPENT_ON.fullmatch(s.text, a[1], at) and _SPENT_BEFORE.search(s.text, 0, a[0])
        ),
        None,
    )
    return spent[2] if spent else None


def _total_in(s: Sentence, after: int) -> Amount | None:
    """The first total investment told in s after offset `after` (总投资2.5亿元), or None."""
    total = next((a for a in s.amounts if a[0] > after and _TOTAL_BEFORE.search(s.text, 0, a[0])), None)
    return total[2] if total else None


def _ceremony_scene(d: Draft, sents: list[Sentence], drafts: list[Draft], signing: set[int]) -> bool:
    """Is d a ceremony named only as the scene of a signing its sentence opens with (…揭牌启用。…揭牌仪式上，甲与乙签署
    了…), one of its kind told in an earlier sentence (event_kinds.yaml ceremony_scene)? Then it is that one told again,
    the signers none of its people."""
    if d.kind not in ("launch", "groundbreaking") or d.sent not in signing or not 0 <= d.sent < len(sents):
        return False
    s = sents[d.sent]
    return (
        s.text[s.lead_at : d.pos].strip() in ("", "在")
        and _patterns()["ceremony_scene"].match(s.text, d.pos) is not None
        and any(o.kind == d.kind and o.sent < d.sent for o in drafts)
    )


def article_events(doc: Doc, article: int, sents: list[Sentence]) -> list[Event]:
    """The events of one article."""
    drafts: list[Draft] = []
    signed = signing_drafts(doc, article, sents)
    parts = parts_lists(sents)
    for s in sents:  # (alone: no event told before it, a signing of an agreement named neither)
        alone = not drafts and not any(d.sent < s.index for d in signed)
        drafts.extend(drafts_in(s, article, alone=alone, parts=s.index in parts))
    at = {d.sent for d in signed}  # a signing trigger in a sentence whose agreement is told is that signing
    drafts = [d for d in drafts if d.kind != "signing" or d.sent not in at] + signed
    brings = _patterns()["brings"]  # what a signing brings told in its sentence (签约，…项目落户X) is that signing
    signing = {d.sent for d in drafts if d.kind == "signing"}
    # (…签订合资经营合同。按照合资经营合同，双方共同投资…兴建…: the deal's terms told after it, no event of their own)
    signing |= {s.index for s in sents if s.index - 1 in signing and TERMS_TOLD.match(s.text)}
    dates = {d.sent: d.date for d in drafts if d.kind == "signing"}
    drafts = [
        d
        for d in drafts
        if d.kind == "signing"
        or not brings.match(sents[d.sent].text, d.pos)
        or d.sent not in signing
        and not _brought_by_later_signing(d, sents, dates)
    ]
    for d in drafts:
        if _ceremony_scene(d, sents, drafts, signing):  # (揭牌仪式上，甲与乙签署了…: the launch told before, its scene)
            d.participants, d.again = [], True
    drafts.sort(key=lambda d: (d.sent, d.pos))
    refs = doc.article_ref
    ref = (refs[article] if article < len(refs) else None) or doc.facts.date or doc.date_hint
    drafts = [d for d in drafts if not later_year(d.date, ref) and not history_cause(sents, d)]
    production_launches(sents, drafts)
    clause_ceremonies(sents, drafts)
    read_at_meeting(sents, drafts)
    decided_after_colon(sents, drafts)
    decided_after_elects(sents, drafts)
    decided_in_turn(drafts)
    drafts = [d for d in drafts if not decided_at_meeting(d, drafts)]
    year_waiting(sents, drafts)
    resolve_pronouns(sents, drafts)
    resolve_plural(sents, drafts)
    award_holders(sents, drafts)
    witnessed = resolve_both(sents, drafts)
    for i, k, _, _, agr in doc.agreement_sites:  # (两国总理共同出席了…签字仪式，甲与乙签署了…: its witnesses)
        if i == article and k in witnessed:
            agr.witnesses += [w for w in witnessed[k] if w not in agr.witnesses]
    clauses = organising_told(sents, drafts)  # (drafts, their dates and kinds: the same until attach_organizers)
    attach_people(sents, drafts, clauses)
    round_appointees(sents, drafts)
    visited_left_out(sents, drafts)
    attach_amounts(sents, drafts)
    drafts.extend(attach_organizers(clauses, drafts, article))
    kept = merge(drafts)
    group_heads(sents, kept)
    group_talks(kept)
    for n, d in enumerate(kept):
        d.location = d.location or acting_place(d) or talks_place(d, kept[:n]) or meeting_place(d, kept[:n], sents)
        # (a festival, fair, expo or games held, joined as a meeting by who attends its opening: other, ruling i)
        d.kind = "other" if d.kind == "meeting" and d.fair else d.kind
    return [d.event() for d in kept]


def meeting_place(d: Draft, before: list[Draft], sents: list[Sentence]) -> str | None:
    """Where an event told in a sentence opening 会上，/会议上， with no place of its own is: the place of the meeting of
    its day told before it (…大会在甲酒店召开。…。会上，乙还为…授牌: 甲酒店; ext87), else None."""
    sent = next((s for s in sents if s.index == d.sent), None)
    if sent is None or d.kind == "meeting" or not _meeting_named().match(sent.text):
        return None
    host = next((b for b in reversed(before) if b.kind == "meeting" and b.date == d.date and b.location), None)
    return host.location if host else None


@cache
def _meeting_named() -> re.Pattern:
    """event_kinds.yaml meeting_named: `会上，` opening a sentence."""
    return re.compile(load("event_kinds.yaml")["meeting_named"])


def visited_left_out(sents: list[Sentence], drafts: list[Draft]) -> None:
    """看望了原省委书记甲、原副省长乙; 走进贫困户丙家中: those called on or consoled are no participants of a visit or an
    inspection (event_kinds.yaml visited_persons, visited_kinds), unless the article names them outside such a clause
    as well."""
    pat = _patterns()["visited"]
    kinds = _patterns()["visited_kinds"]
    inside: set[str] = set()
    outside: set[str] = set()
    for s in sents:
        spans = [(m.start(), m.end()) for m in gated_finditer(pat, s.text)]
        for pos, p in s.persons:
            (inside if any(a <= pos < b for a, b in spans) else outside).add(p)
    gone = inside - outside
    for d in drafts:
        if gone and d.kind in kinds:
            d.participants = [p for p in d.participants if p not in gone]


def clause_ceremonies(sents: list[Sentence], drafts: list[Draft]) -> None:
    """甲为投产剪彩，乙、丙为二期工程奠基培土: in a sentence whose clauses tell the acts of ceremonies of different kinds
    (event_kinds.yaml clause_ceremonies), the persons of a clause are at the event of its kind told on that day in the
    sentence or before it, not at the one the sentence's trigger made (the groundbreaking)."""
    kinds = _patterns()["clause_ceremonies"]
    for d in drafts:
        s = sents[d.sent]
        clauses = [(m.start(), m.end()) for m in re.finditer(r"[^，,；;。]+", s.text)]
        told = {(a, b): next((k for k, pat in kinds if pat.search(s.text, a, b)), None) for a, b in clauses}
        if d.kind not in told.values():
            continue
        for (a, b), kind in told.items():
            other = [
                x
                for x in drafts
                if kind and kind != d.kind and x.kind == kind and x.sent <= d.sent and x.date == d.date
            ]
            if other:
                moved = s.between("persons", a, b)
                d.participants = [p for p in d.participants if p not in moved]
                other[-1].add("participants", moved)


def talks_place(d: Draft, before: list[Draft]) -> str | None:
    """Where a signing told as what followed talks (会见后，双方签署了…) happens: where those talks were; where
    talks with a visitor happen (市长会见了交流团一行): where the visit told before went; else None."""
    if d.kind == "talks":
        return next(
            (v.location for v in reversed(before) if v.kind == "visit" and set(v.participants) & set(d.participants)),
            None,
        )
    if d.kind != "signing" or not _patterns()["after_talks"].match(d.summary):
        return None
    return next((t.location for t in reversed(before) if t.kind == "talks"), None)


HELD_KINDS = ("groundbreaking", "signing", "meeting", "training", "award")  # events held somewhere by their body
HOLDS = re.compile(r"(?:[于在]?[^，。；]{0,8}?)?(?:举行|举办|召开)")  # 甲开发区(今天)举行…: the body holding the event
ACTING_WITH = re.compile(load("event_kinds.yaml")["acting_with"])  # (甲银行与乙集团签署…: one side of several)


def acting_place(d: Draft) -> str | None:
    """Where an event told with no place happens: the place of the local body its summary opens with
    (某自治区发展改革委提前下达…资金 -> that region), or None (a national body, no body)."""
    held = [o for o in d.organizations[:1] if HOLDS.match(d.summary, len(o)) and o not in d.organizers]
    people = _patterns()["people_of_place"]
    # (甲开发区举行…开工仪式。项目由乙公司投资建设: the zone holding it, a builder told after it or not)
    for org in [*held, *(d.organizers or d.organizations[:1])]:
        if not d.summary.startswith(org) or ACTING_WITH.match(d.summary, len(org)):
            continue
        if people.match(d.summary[len(org) :]):  # (甲省某学院的有关专家应邀出席会议: where its people come from, ext69)
            continue
        if ZONE_END.search(org) and d.kind in HELD_KINDS:
            return org  # 甲经济技术开发区举行开工仪式: in the zone itself (a policy it publishes lies nowhere)
        if _patterns()["body_holds"].match(d.summary, len(org)):
            continue  # 甲市某局举行新闻发布会: the body holding it gives no place (the lead's ruling, session 46)
        if any(p in d.summary[len(org) : len(org) + 12] for p in d.participants):
            continue  # 甲出版社社长乙在座谈会上说: where its speaker works, no place of the meeting (ext73)
        name = org[2:] if org.startswith("中共") else org
        for k in range(min(len(name) - 1, 9), 1, -1):
            p = place_of(name[:k])
            if p:
                return p.name
    return None


@extractor("events")
def events(doc: Doc) -> None:
    """Find the events told in each article of the page."""
    for i, sents in enumerate(scenes(doc)):
        try:
            doc.facts.events.extend(article_events(doc, i, sents))
        except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
            raise
        except Exception:  # one unreadable article must not stop the page
            continue
