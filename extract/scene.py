"""The scene of each sentence, shared by the `agreements` and `events` steps.

For every sentence of every article: its paragraph, the dates it states (and the date in
force from the sentences before it in its paragraph), the persons, organisations and places
named in it (from the mentions and facts of earlier steps), its sums of money, and where
reported speech starts. Built once per page and kept in `doc.scenes`.

    >>> from kgqa.extract.facts import Article, Source, Person
    >>> from kgqa.extract.pipeline import Doc
    >>> d = Doc("x")
    >>> d.facts.articles = [Article(title="t", body="3月2日，张三出席。", date="2025-03-02",
    ...     sentences=[Source(0, "3月2日，张三出席。", 0, 10)])]
    >>> d.facts.persons = [Person("张三")]
    >>> s = scenes(d)[0][0]
    >>> s.date_at(5), [p for _, p in s.persons]
    ('2025-03-02', ['张三'])
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from .context import untold_day
from .facts import Amount, Article, Source
from .lexicon import LexiconError, load
from .mentions import lexicon
from .numbers import deadline_after, find_amounts, find_dateline, find_dates, fold
from .pipeline import Doc

PARA_BREAK = re.compile(r"\n|\u3000{2,}|\s{3,}")
YEAR = re.compile(r"(?<![\d—\-至到~])((?:19|20)\d\d)年(?!度|代)")
NOT_A_NAME = re.compile(
    "|".join(load("event_kinds.yaml")["glued_to_names"])
)  # verbs glued to a name by an earlier step
QUOTED = re.compile(r"“[^“”]{1,30}”")
BOOK_TITLE = re.compile(r"《[^《》]{1,40}》")
CLAUSE_BREAK = re.compile(r"[，。；：,;:“”]")
CLAUSE_DATE_REACH = 16  # characters at most from a fact's word to a day its clause states after it
SPEECH_RUN = 3  # sentences after "他强调，" still read as reported speech in that paragraph
HEADING_MAX = 40  # characters at most of a line that is a heading (a paragraph of its own with no full stop)
SENTENCE_END = re.compile(r"[。！？!?；;…][”’」』）)]*\s*$")
PLACE_TOKEN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|特别行政区|省|市|县|区|旗|州|盟|镇|乡)")


def alt(words) -> str:
    """A regex alternation of the given patterns, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    """Compiled scene patterns from event_kinds.yaml."""
    lex = load("event_kinds.yaml")
    return {
        "speech": re.compile(
            rf"(?<!部署)(?<!有关)(?<!的)(?:{alt(lex['speech_verbs'])})(?:[，：:,]|(?<=要求|强调|指出))"
        ),
        "frame": re.compile(rf"(?:{alt(lex['speech_frames'])})[^，。；：,;:]*$"),
        "break": re.compile(alt(lex["time_break"])),
        "break_clause": re.compile(lex["time_break_clause"]),
        "sequel": re.compile(rf"^\s*(?:{alt(lex['scene_sequel'])})"),
        "same_day": re.compile(alt(lex["same_day"])),
        "since": re.compile(alt(lex["span_from"])),
        "next_day": re.compile(alt(lex["next_day"])),
        "day_before": re.compile(alt(lex["day_before"])),
        "goes": re.compile(alt(lex["narrative_moves"])),
        "again": re.compile(lex["narrative_again"]),
        "ref_person": re.compile(rf"(?:{alt(lex['reference_before'])})[^，。；]{{0,6}}$"),
        "absent": re.compile(
            rf"(?:(?!{alt(lex['absent_readers'])})[^，。；：]){{0,16}}?(?:{alt(lex['absent_verbs'])})"
        ),
        "absent_before": re.compile(lex["absent_before_person"]),
        "gone_after": re.compile(lex["gone_after_person"]),
        "named_for": re.compile(lex["named_for_person"]),
        "speaker_label": re.compile(lex["speaker_label"]),
        "speaker_label_self": re.compile(lex["speaker_label_self"]),
        "ceremony_named": re.compile(lex["ceremony_named"]),
        "meeting_named": re.compile(lex["meeting_named"]),
        "meeting_told": re.compile(lex["meeting_told"]),
        "day_opening": re.compile(lex["day_opening"]),
        "ceremony_day_after": re.compile(lex["ceremony_day_after"]),
        "ceremony_day_deal": re.compile(lex["ceremony_day_deal"]),
        "cleft_day": re.compile(lex["cleft_day"]),
    }


def day_after_iso(day: str | None, days: int = 1) -> str | None:
    """The ISO day that many days after a full ISO day (-1: the day before), else None.

    >>> day_after_iso("2011-10-31"), day_after_iso("2011-10"), day_after_iso("2025-12-01", -1)
    ('2011-11-01', None, '2025-11-30')
    """
    try:
        return (_dt.date.fromisoformat(day) + _dt.timedelta(days=days)).isoformat() if day and len(day) == 10 else None
    except ValueError:
        return None


def speech_in(text: str, start: int = 0) -> re.Match | None:
    """Where reported speech starts in text (他强调，), skipping a speech verb used as a noun in a
    phrase like 根据…要求，."""
    pats = _patterns()
    for m in pats["speech"].finditer(text, start):
        if not pats["frame"].search(text, start, m.start()):
            return m
    return None


@dataclass
class Sentence:
    """One sentence with what it names and when it happens."""

    index: int
    text: str
    source: Source
    para: int
    start: int = 0  # body offset
    dates: list[tuple[int, str]] = field(default_factory=list)  # (position, ISO) stated here
    carry: str | None = None  # date in force from earlier sentences
    persons: list[tuple[int, str]] = field(default_factory=list)
    orgs: list[tuple[int, str]] = field(default_factory=list)
    org_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, canonical)
    place_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, canonical)
    places: list[tuple[int, str]] = field(default_factory=list)
    amounts: list[tuple[int, int, Amount]] = field(default_factory=list)
    speech_at: int | None = None  # where reported speech starts
    quoted: bool = False  # the sentence is a quotation
    heading: bool = False  # a line of its own with no full stop: a heading (●出口稳中有升●新品陆续面市), no narrative
    lead_at: int = 0  # where the news starts (after a headline + dateline)

    def date_at(self, pos: int) -> str | None:
        """The date in force at a position: the last one stated before it (after the dateline), else one its
        clause states after it (…协议签字仪式昨天在定西举行), else the dateline's or the carried one."""
        before = [(p, iso) for p, iso in self.dates if p <= pos]
        if before and before[-1][0] >= self.lead_at:
            return before[-1][1]
        # only the dateline's day before it (本报兰州１月２６日讯 …仪式昨天在定西举行): its clause's own day first
        later = self.clause_date_after(pos)
        return later or (before[-1][1] if before else self.carry)

    def clause_date_after(self, pos: int) -> str | None:
        """A day or month stated later in the clause that holds pos, its subject told first (仪式昨天在…举行)."""
        for p, iso in self.dates:
            if p > pos and len(iso) >= 7 and p - pos <= CLAUSE_DATE_REACH:
                return None if CLAUSE_BREAK.search(self.text, pos, p) else iso
        return None

    def between(self, kind: str, a: int, b: int) -> list[str]:
        """Names of one kind (persons, orgs, places) found between two positions, in order."""
        return [n for p, n in getattr(self, kind) if a <= p < b]


YEAR_OCCASION = re.compile(r"[^，。；,;的]{1,12}?(?:期间|之际)[，,]")


def year_as_time(text: str, p: int, e: int) -> bool:
    """Is the year text[p:e] the time of what is told (１９８５年，… / 于１９９３年成立), not a
    modifier (１９９８年的合同, 2026年中央资金) nor a relative year (今年)?"""
    before, after = text[max(0, p - 1) : p], text[e : e + 3]
    lex = load("event_kinds.yaml")
    adverb = next((w for w in lex["year_adverbs_before_verb"] if text.startswith(w, e)), "")
    verb = text[e + len(adverb) : e + len(adverb) + 1]  # (园区去年正式揭牌: the verb after the adverb)
    if YEAR_OCCASION.match(text, e):  # 今年全国两会期间，…: the year of the occasion the clause opens with
        return True
    if re.search(lex["year_after_day"], text[max(0, p - 8) : p]):
        return False  # (11月28日，2025年某某推介会在…举行: the edition's year; the day before is the time)
    if not fold(text[p:e])[:4].isdigit():  # 去年初，… / 今年，…: a relative year as the time of its clause
        if re.match(r"(?:年?(?:初|底|末)|[上下]半年)?[，,]", after):  # 今年年初，
            return True
        # read as a year written in digits is (the same words, the same way): after a time preposition (于去年),
        # with the part of the year it tells (去年底签署, 今年年初揭牌: the year alone), or after its subject, or
        # opening its clause, followed by what the subject did or underwent (甲开发区去年被…批准为…, 双方去年在…签署)
        if before and before in load("event_kinds.yaml")["time_prepositions"] and not re.match(r"[的各]", after):
            return True  # (在今年的…上, 在今年各地考察时: the year qualifies what follows, no time of a deed)
        if re.match(r"年?(?:初|底|末)(?!前)|年中|[上下]半年(?!前)", after):
            return True
        return bool(
            (not before or re.match(r"[\u4e00-\u9fff]", before) or before in "，。；：,;")
            and verb
            and verb in lex["year_verbs_after_subject"]
        )
    if (
        before
        and before in load("event_kinds.yaml")["time_prepositions"]
        or after[:1] in "，,"
        or re.match(r"(?:底|初|末|[上下]半年)(?!前)", after)
    ):
        return True
    # after its subject and followed by what the subject did (村民甘某１９９４年用积蓄开了…)
    if before and re.match(r"[\u4e00-\u9fff]", before) and verb in lex["year_verbs_after_subject"]:
        return True
    # opening its clause and followed by a verb, not by a noun it qualifies (１９９４年荣获… vs 2026年中央资金)
    return (p == 0 or before in "，。；：,;") and not re.match(
        r"[的度第中全各上下前后底初末以]|[一二三四五六七八九十\d]", after
    )


@cache
def _year_part_re() -> re.Pattern:
    """A part of a year written with no year word before it (年初, 年底: date_words.yaml year_parts)."""
    words = load("date_words.yaml")
    return re.compile(rf"(?<![\d０-９{re.escape(words['year_part_not_after'])}])(?:{alt(words['year_parts'])})")


def year_parts(text: str, year: str | None) -> list[tuple[int, str]]:
    """Bare parts of a year (年初，… / 甲与乙年底签署…) that are the time of what is told, each as (position, year):
    the year given (the one in force there), when a year word there would be a time (year_as_time), not a deadline
    (年底前).

    >>> year_parts("年初，甲市与乙公司签署了协议。", "2011"), year_parts("贷款比年初增长两成，年底前完工。", "2011")
    ([(0, '2011')], [])
    """
    if not year:
        return []
    folded = fold(text)
    return [
        (m.start(), year)
        for m in _year_part_re().finditer(text)
        if not deadline_after(folded, m.end()) and year_as_time(text, m.start(), m.end())
    ]


def goes_on(s: Sentence) -> bool:
    """Does a sentence open with a person who goes somewhere or does something (某某先后到…, 某某考察了…):
    the narrative again after a run of reported speech?"""
    first = s.persons[0] if s.persons else None
    return bool(first and first[0] == 0 and _patterns()["goes"].match(s.text, len(first[1])))


def _ref_year(doc: Doc, body: str, art_date: str | None) -> int | None:
    """The year that dates without one take: the article's, the page's, else the most named."""
    for d in (art_date, doc.facts.date, doc.date_hint):
        if d and str(d)[:4].isdigit():
            return int(str(d)[:4])
    years = YEAR.findall(fold(body[:20000])) or YEAR.findall(fold(doc.text[:50000]))
    if not years:
        return None
    counts = Counter(years)
    best = max(counts.values())
    return int(next(y for y in years if counts[y] == best))


def _automaton(doc: Doc) -> ahocorasick.Automaton | None:
    """One automaton over every person, organisation and place name known for the page."""
    auto = ahocorasick.Automaton()
    authors = {a for art in doc.facts.articles for a in art.authors}
    entries: dict[str, tuple[str, str]] = {}

    def add(text: str | None, kind: str, canonical: str | None) -> None:
        if not text or len(text) < 2 or (kind == "person" and text in authors):
            return
        if kind != "person" and NOT_A_NAME.search(text):
            return
        if text not in entries or (entries[text][0] != "person" and kind == "person"):
            entries[text] = (kind, canonical or text)

    for o in doc.facts.organizations:
        add(o.name, "org", o.name)
        for a in o.aliases:
            add(a, "org", o.name)
    for m in doc.mentions:
        if m.kind in ("org", "place"):
            add(m.text, m.kind, m.canonical)
    for p in doc.facts.persons:
        add(p.name, "person", p.name)
    for m in doc.mentions:
        if m.kind == "person":
            add(m.text, "person", m.canonical)
    for short, whole in _surname_titles(doc.facts.persons).items():
        if short not in entries:  # 隋局长在闭幕式上作了总结讲话 after 国家商检局局长隋建华: that person (b68)
            add(short, "person", whole)
    for part, whole in _dotted_parts(doc.facts.persons).items():
        if part not in entries:  # 与巴特额尔登举行会谈 after 总理桑吉·巴特额尔登: that person
            add(part, "person", whole)
    if not entries:
        return None
    for text, value in entries.items():
        auto.add_word(text, (len(text), value[0], value[1]))
    auto.make_automaton()
    return auto


def _surname_titles(persons) -> dict[str, str]:
    """Each family name + title (role word) that one person of the page alone has, with its name: the second mention of
    a person by surname and title (隋局长, 欧阳局长, 邵副市长).

    >>> from types import SimpleNamespace as P, SimpleNamespace as Post
    >>> sorted(_surname_titles([P(name="隋建华", posts=[Post(title="局长")]), P(name="隋立新", posts=[Post(title="处长")])]))
    ['隋处长', '隋局长']
    """
    lx = lexicon()
    owners: dict[str, set[str]] = {}
    for p in persons:
        name = p.name or ""
        k = 2 if name[:2] in lx.surnames2 else 1 if name[:1] in lx.surnames else 0
        if not k or "·" in name or len(name) < k + 1:
            continue
        for post in p.posts or []:
            title = post.title or ""
            for i in range(len(title)):
                if title[i:] in lx.titles and len(title) - i >= 2:
                    owners.setdefault(name[:k] + title[i:], set()).add(name)
    return {short: next(iter(names)) for short, names in owners.items() if len(names) == 1}


def _dotted_parts(persons) -> dict[str, str]:
    """Each part (two characters at least) of a dotted name that no other dotted name on the page has, with its name.

    >>> from types import SimpleNamespace as P
    >>> _dotted_parts([P(name="桑吉·巴特额尔登"), P(name="巴雅尔·道尔吉"), P(name="王克明")])["巴特额尔登"]
    '桑吉·巴特额尔登'
    """
    owners: dict[str, set[str]] = {}
    for p in persons:
        parts = re.split(r"[·•]", p.name)
        for part in parts if len(parts) > 1 else []:
            if len(part) >= 2:
                owners.setdefault(part, set()).add(p.name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}


def _names(auto, text: str, local: dict[str, str]) -> dict[str, list]:
    """Leftmost-longest names in text, by kind, as (position, canonical); "org_spans" and "place_spans"
    also give where each organisation's or place's name ends, as (start, end, canonical)."""
    out: dict[str, list] = {"person": [], "org": [], "place": [], "org_spans": [], "place_spans": []}
    if auto is None:
        return out
    hits = sorted(
        ((end - n + 1, end + 1, kind, canon) for end, (n, kind, canon) in auto.iter(text)),
        key=lambda h: (h[0], -(h[1] - h[0])),
    )
    last = -1
    for a, b, kind, canon in hits:
        if a < last:
            continue
        if kind == "org":
            canon = local.get(text[a:b], canon)
            out["org_spans"].append((a, b, canon))
        if kind == "place":
            out["place_spans"].append((a, b, canon))
        out[kind].append((a, canon))
        last = b
    return out


def _paragraph_ids(body: str, spans: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence span, counting breaks between spans."""
    ids, para, prev_end = [], 0, None
    for a, b in spans:
        if prev_end is not None and PARA_BREAK.search(body, prev_end, a):
            para += 1
        ids.append(para)
        prev_end = b
    return ids


def _spans(doc: Doc, i: int, art) -> list[tuple[int, int]]:
    """Body offsets of the sentences of article i (from the sentences step, else searched)."""
    spans = doc.sent_spans
    if i < len(spans) and len(spans[i]) == len(art.sentences):
        return list(spans[i])
    out, pos = [], 0
    for s in art.sentences:
        a = art.body.find(s.sentence, pos)
        a = pos if a < 0 else a
        out.append((a, a + len(s.sentence)))
        pos = a + len(s.sentence)
    return out


def _drop_reference_persons(sent: Sentence) -> None:
    """Leave out persons named only as the source of what is studied (学习…总书记…精神)."""
    pat = _patterns()["ref_person"]
    text = sent.text
    sent.persons = [
        (p, n)
        for p, n in sent.persons
        if not (pat.search(text, max(0, p - 12), p) and re.search("精神|讲话|指示|论述|嘱托|思想", text[p : p + 60]))
    ]


def _drop_absent_persons(sent: Sentence) -> None:
    """Leave out persons who only send an inscription or a letter (李某为会议题了词, 王某发来贺信), whom their
    clause calls absent (因…未能出席仪式的集团董事长甲), or who are told dead (纪念甲逝世十周年): not there."""
    pat, before = _patterns()["absent"], _patterns()["absent_before"]
    text = sent.text
    starts = sorted(p for p, _ in sent.persons)

    def sends(p: int, n: str) -> bool:
        """The verb is this person's: no other person stands between them unless listed with him (甲、乙发来贺信);
        甲宣读了副总理乙发来的贺信 is 乙's letter, read by 甲 who is there."""
        m = pat.match(text, p + len(n))
        if not m:
            return False
        others = [q for q in starts if p + len(n) <= q < m.end()]
        return not others or any(c in "、和与及" for c in text[p + len(n) : others[0]])

    # (纪念甲烈士牺牲50周年的大会上，当年掩护甲的乙…: told dead once, no one at the event at any mention in the sentence)
    gone = {n for p, n in sent.persons if _patterns()["gone_after"].match(text, p + len(n))}
    sent.persons = [
        (p, n)
        for p, n in sent.persons
        if not sends(p, n)
        and not before.search(text, max(text.rfind(c, 0, p) for c in "，。；：,;") + 1, p)
        and n not in gone
    ]


def _drop_label_speaker(sent: Sentence) -> None:
    """Leave out the speaker's label opening the sentence (甲：乙队和丙签订了续约合同): who reports, not who takes part,
    unless the speech tells the speaker's own (甲：我们和乙签了协议)."""
    label = _patterns()["speaker_label"].match(sent.text)
    if not label or _patterns()["speaker_label_self"].search(sent.text, label.end()):
        return
    sent.persons = [(p, n) for p, n in sent.persons if p + len(n) != label.end()]


def _drop_quoted_persons(sent: Sentence) -> None:
    """Leave out names inside a short quotation or a book's title (“有事找海娇”, 《甲文选》) and names a thing is named
    for (甲学术讲座, 乙文学奖): titles, slogans and things, not people."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(sent.text)]
    spans += [(m.start(), m.end()) for m in BOOK_TITLE.finditer(sent.text)]
    named_for = _patterns()["named_for"]
    sent.persons = [
        (p, n)
        for p, n in sent.persons
        if not any(a < p < b for a, b in spans) and not named_for.match(sent.text, p + len(n))
    ]


def _named_day(sents: list[Sentence], text: str, para: int | None = None, main: str | None = None) -> str | None:
    """The day of the ceremony a sequel names (并网仪式上，… after 机组18日并网发电 and a background sentence telling
    the plant's 2005年11月开工建设): the last day told in a clause naming its word, of the last sentence before with
    one (从开工到投产仅用了17个月 after 去年3月签约，同年6月开工建设 names it with no day), in the sequel's paragraph
    when `para` is given (a ceremony of that word told paragraphs before is another one), or None.

    >>> a = Sentence(index=0, text="机组18日并网发电。", source=None, para=0)
    >>> b = Sentence(index=1, text="电站2005年11月开工建设。", source=None, para=0)
    >>> a.dates, b.dates = [(2, "2009-12-18")], [(2, "2005-11")]
    >>> _named_day([a, b], "并网仪式上，甲与乙签订了合同。"), _named_day([a, b], "仪式上，甲讲话。")
    ('2009-12-18', None)
    >>> _named_day([a, b], "并网仪式上，甲讲话。", para=1)  # the sequel in another paragraph
    >>> c = Sentence(index=2, text="去年3月签约，同年6月开工，到并网仅用了一年。", source=None, para=0)
    >>> c.dates = [(2, "2008-03"), (9, "2008-06")]
    >>> _named_day([a, c], "并网仪式上，甲与乙签订了合同。")
    '2009-12-18'

    A sentence opening on its day alone (昨天下午，甲与乙…签字仪式在某地举行) gives that day to the clause naming the
    word; a ceremony told paragraphs before is the one named when its day is the article's (`main`: the main event's),
    over a background paragraph between (去年5月，…), when no day is told in the sequel's paragraph before it (4月10日，乙项目
    动工。在奠基仪式上，… is at that one, not at the article's 奠基仪式 told paragraphs before):

    >>> d = Sentence(index=0, text="昨天下午，甲与乙签字仪式在市行政中心举行。", source=None, para=0)
    >>> e = Sentence(index=1, text="去年5月，甲曾派出代表团。", source=None, para=1)
    >>> d.dates, e.dates = [(0, "2011-09-14")], [(0, "2010-05")]
    >>> _named_day([d, e], "签字仪式后，丙与丁签订了协议。", para=2, main="2011-09-14")
    '2011-09-14'
    >>> _named_day([d, e], "签字仪式后，丙与丁签订了协议。", para=2) is None
    True
    >>> f = Sentence(index=2, text="4月10日，乙项目动工。", source=None, para=2)
    >>> f.dates = [(0, "2011-04-10")]
    >>> _named_day([d, e, f], "签字仪式后，丙与丁签订了协议。", para=2, main="2011-09-14") is None
    True
    """
    m = _patterns()["ceremony_named"].match(text)
    told = None  # (会上，… with no meeting named: the last one told, 召开…会议: event_kinds.yaml meeting_named)
    if not m:
        if not _patterns()["meeting_named"].match(text):
            return None
        told = _patterns()["meeting_told"]
    word = m.group(1) if m else ""
    dated_here = False  # (a day told in the sequel's paragraph before it: the ceremony is of that paragraph)
    for s in reversed(sents):
        other = para is not None and s.para != para
        if other and (main is None or dated_here):
            break
        # (会上，… after a dated sentence telling no meeting (上周五，甲与乙签订…。会上，…): the meeting told before it)
        dated_here = dated_here or (not other and bool(s.dates) and not (told and not told.search(s.text)))
        clauses = [
            (c.start(), c.end())
            for c in re.finditer(r"[^，。；]+", s.text)
            if (told.search(c.group()) if told else word in c.group())
        ]
        days = [iso for p, iso in s.dates if len(iso) >= 7 and any(a <= p < b for a, b in clauses)]
        opening = _patterns()["day_opening"].match(s.text)
        if not days and clauses and opening:  # (昨天下午，…签字仪式在某地举行: the day of the sentence's opening)
            days = [iso for p, iso in s.dates if len(iso) >= 7 and p < opening.end()]
        if days and (not other or days[-1] == main):
            return days[-1]
    return None


def build(doc: Doc) -> list[list[Sentence]]:
    """The scenes of every article of the page: each article's sentences with their days, names and speech."""
    auto, local_orgs, pats = _automaton(doc), _local_orgs(doc), _patterns()
    return [_article_scene(doc, i, art, auto, local_orgs.get(i, {}), pats) for i, art in enumerate(doc.facts.articles)]


def _local_orgs(doc: Doc) -> dict[int, dict[str, str]]:
    """Each article's bodies as written -> their canonical names (甲公司 -> 甲有限公司, of its org mentions)."""
    local_orgs: dict[int, dict[str, str]] = {}
    for m in doc.mentions:
        if m.kind == "org" and m.canonical:
            local_orgs.setdefault(m.article, {})[m.text] = m.canonical
    return local_orgs


def _article_scene(
    doc: Doc, i: int, art: Article, auto: ahocorasick.Automaton | None, local: dict[str, str], pats: dict
) -> list[Sentence]:
    """The sentences of the page's article `i`, read in order: the day each tells or carries on, its names, its
    speech (the narrative's state, 当天 or 次日 read from the day last told, runs over them)."""
    body = art.body or ""
    refs = doc.article_ref
    ref_day = (refs[i] if i < len(refs) else None) or doc.facts.date or doc.date_hint
    ref_year = int(ref_day[:4]) if ref_day and ref_day[:4].isdigit() else _ref_year(doc, body, art.date)
    spans = _spans(doc, i, art)
    paras = _paragraph_ids(body, spans)
    sents: list[Sentence] = []
    last_date: str | None = None
    told_day: str | None = None  # the day of the narrative last told (see _day_told)
    speech_para, speech_sent = -1, -1
    prev_para = -1
    carry: str | None = None
    year_told: str | None = None  # the year of the last date told in the paragraph (2009年，…。年初，…)
    month_told: str | None = None  # the last date with a month told in the paragraph (去年10月…。当月，…)
    quoting = 0  # quotation marks open at the sentence's start (a quote may run over sentences)
    for k, (src, (a, b), para) in enumerate(zip(art.sentences, spans, paras)):
        text = src.sentence
        s = Sentence(index=k, text=text, source=src, para=para, start=a)
        if para != prev_para:
            carry, quoting, year_told, month_told = None, 0, None, None
        if pats["sequel"].match(text):  # (会见后，… / 签约仪式前，…: the day of the event told)
            # (并网仪式上，…: the day of the sentence naming that ceremony, over a background day told since)
            named = _named_day(sents, text, para, art.date)
            # (…成立于2004年3月。签约仪式上，…: a month looked back to is no day of the ceremony told)
            back = bool(carry and len(carry) == 7 and last_date and len(last_date) == 10 and carry < last_date[:7])
            carry = named or (told_day or last_date if carry is None or back else carry)
        same_day = told_day or last_date or art.date  # what 当天/同日 stand for here
        line = find_dateline(text)
        _add_dates(s, line, quoting, (ref_year, ref_day), (same_day, last_date, year_told, month_told), pats)
        lead = line[1] if line and line[0] < DATELINE_HEAD_CHARS else 0
        _cleft_day(s, lead, sents[-1] if sents and sents[-1].para == para else None, pats["cleft_day"])
        if s.dates:
            year_told = s.dates[-1][1][:4]
        month_told = next((iso for _, iso in reversed(s.dates) if len(iso) >= 7), month_told)
        if not s.dates and pats["break"].search(text[:12]) or _rough_first(s, pats["break_clause"]):
            carry = None
        s.carry = carry
        _read_names(s, auto, local)
        if line and line[0] > 0:  # 标题……新华社北京1月2日电 正文: the headline is no narrative
            s.lead_at = line[1]
        speech_para, speech_sent = _mark_speech(s, k, (speech_para, speech_sent), pats["again"])
        clause_on = text.rstrip().endswith(("；", ";"))
        if s.dates:
            carry, last_date = _carried_on(s, ref_day, clause_on, last_date, pats["since"])
        elif carry and len(carry) == 4 and not clause_on:
            carry = None
        told_day = _day_told(s, told_day, last_date, art.date)
        prev_para = para
        quoting = max(0, quoting + text.count("“") - text.count("”"))
        sents.append(s)
    _ceremony_day_back(sents)
    mark_headings(sents)
    return sents


def _mark_speech(s: Sentence, k: int, last: tuple[int, int], again: re.Pattern) -> tuple[int, int]:
    """Where the sentence's reported speech starts (s.speech_at; 0: a sentence of the run of speech of its paragraph,
    他强调，… then …), and the (paragraph, sentence) reported speech was last found in, for the next sentence."""
    speech_para, speech_sent = last
    speech = speech_in(s.text, s.lead_at)
    if (
        s.para == speech_para
        and k - speech_sent <= SPEECH_RUN
        and not s.dates
        and not goes_on(s)
        and not again.match(s.text)
    ):
        s.speech_at = 0  # (a sentence that tells a day is the narrative again)
    elif speech:
        s.speech_at = speech.start()
        speech_para, speech_sent = s.para, k
    return speech_para, speech_sent


def _add_dates(
    s: Sentence,
    line: tuple[int, ...] | None,
    quoting: int,
    refs: tuple[int | None, str | None],
    told: tuple[str | None, str | None, str | None, str | None],
    pats: dict,
) -> None:
    """The days the sentence tells, each at its position, sorted: `refs` (year, day) read its dates, `told` (what
    当天 stands for, the day last told for 次日 and 前一天, the paragraph's year for 年底, its last month for 当月) its
    relative ones."""
    text = s.text
    ref_year, ref_day = refs
    same_day, last_date, year_told, month_told = told
    filed_only = bool(line and untold_day(text[line[1] :]))
    for p, e, iso in find_dates(text, ref_year=ref_year, ref_date=ref_day):
        if filed_only and line and p < line[1] and line[0] < e:  # …１月２日讯 某某日前来到…: no day told
            continue
        if in_quote(text, p, quoting) and not re.search(r"[\d０-９]", text[p:e]):
            continue  # (“今天开工的每一个项目…”: a quote's 今天 is the day it was said, told before)
        if pats["same_day"].fullmatch(text[p:e]):  # (7日抵达上海，当天下午…: the day its sentence told first)
            earlier = [d for q, d in s.dates if q < p and len(d) >= 7]
            day = earlier[-1] if earlier else same_day
        else:
            day = _same_month(text[p:e], month_told, bool(s.dates)) or iso
        if day and (len(day) >= 7 or len(day) == 4 and year_as_time(text, p, e)):
            s.dates.append((p, day))
    for p, year in year_parts(text, year_told or (str(ref_year) if ref_year else None)):
        earlier = [iso for q, iso in s.dates if q < p]  # (…2009年，…；年底，…: the year its sentence told)
        if not any(q == p for q, _ in s.dates):
            s.dates.append((p, earlier[-1][:4] if earlier else year))
    for said in pats["same_day"].finditer(text):
        if not any(p == said.start() for p, _ in s.dates) and same_day:
            s.dates.append((said.start(), same_day))
    for said in pats["next_day"].finditer(text):  # 次日, 第二天: the day after the one last told
        after = day_after_iso(last_date)
        if after and not any(p == said.start() for p, _ in s.dates):
            s.dates.append((said.start(), after))
    for said in pats["day_before"].finditer(text):  # 前一天: the day before the one last told
        before = day_after_iso(last_date, -1)
        if before and not any(p == said.start() for p, _ in s.dates):
            s.dates.append((said.start(), before))
    s.dates.sort()


def _read_names(s: Sentence, auto: ahocorasick.Automaton | None, local: dict[str, str]) -> None:
    """The sentence's persons, bodies and places (those only referred to, absent, quoted or a speaker's label
    dropped), its amounts and whether it opens a quote."""
    text = s.text
    names = _names(auto, text, local)
    s.persons, s.orgs, s.places = names["person"], names["org"], names["place"]
    s.org_spans, s.place_spans = names["org_spans"], names["place_spans"]
    _drop_reference_persons(s)
    _drop_absent_persons(s)
    _drop_quoted_persons(s)
    _drop_label_speaker(s)
    s.amounts = find_amounts(text)
    s.quoted = text.lstrip().startswith(("“", '"', "「", "‘"))


def _carried_on(
    s: Sentence, ref_day: str | None, clause_on: bool, last_date: str | None, since: re.Pattern
) -> tuple[str | None, str | None]:
    """Of a sentence telling days: the day carried on to the next sentences (None: none) and the last day told as
    narrative (`last_date` when it tells none: 计划明年9月建成 is a day to come)."""
    text = s.text
    # a year alone stays in its sentence (and the clauses after its ；), and so does a day to come
    # (…计划明年4月开工。签约仪式上，…签订了…: the signing is no later than the page)
    # (…1日在南京召开…推进会，总结去年12月以来…: a day a span starts from is no day carried on either)
    span_starts = {p for p, _ in s.dates if since.match(text, _date_end(text, p))}
    last = next((iso for p, iso in reversed(s.dates) if p not in span_starts), s.dates[-1][1])
    to_come = ref_day is not None and last > ref_day[: len(last)]
    carry = last if (len(last) >= 7 or clause_on) and not to_come else None
    # a year alone is no day 当天 or 次日 can stand for (…成立于2004年。当天上午，…)
    told = [
        iso
        for p, iso in s.dates
        if len(iso) >= 7
        and not re.search(r"[至到—\-~]$", text[max(0, p - 2) : p])
        and p not in span_starts
        and not (ref_day and iso > ref_day[: len(iso)])  # (计划明年9月建成: a day to come, no narrative)
        # (a month before the day told: 今天…开港。码头于2022年3月开工。 looks back, the narrative stays)
        and not (len(iso) == 7 and last_date and len(last_date) == 10 and iso < last_date[:7])
    ]
    return carry, (told[-1] if told else last_date)


def _ceremony_day_back(sents: list[Sentence]) -> None:
    """A sentence opening on the signing ceremony and its day (签约仪式于本周一在甲地举行) gives that day to the deal told
    in the sentence right before it, in its paragraph, when that one tells no day before its signing verb
    (event_kinds.yaml ceremony_day_after, ceremony_day_deal)."""
    pats = _patterns()
    for prev, s in zip(sents, sents[1:]):
        opening = pats["ceremony_day_after"].match(s.text)
        if not opening or prev.para != s.para:
            continue
        comma = re.search(r"[，,。；]", s.text)
        end = comma.start() if comma else len(s.text)
        day = next((iso for p, iso in s.dates if p < end and len(iso) == 10), None)
        deal = pats["ceremony_day_deal"].search(prev.text, prev.lead_at)
        if day is None or deal is None or any(p <= deal.start() for p, _ in prev.dates):
            continue
        prev.dates.append((prev.lead_at, day))
        prev.dates.sort()


DATE_RUN = re.compile(r"[\d０-９〇零一二三四五六七八九十两去今明前本上中下]{0,8}[年月日旬号](?:[初底末]|[上中下]旬)?")


DATELINE_HEAD_CHARS = 40  # characters of a sentence's head a dateline may end in (新华社某地１月２日电 （记者某某）)


def _cleft_day(s: Sentence, lead: int, prev: Sentence | None, cleft: re.Pattern) -> None:
    """A clause restating the day of what was just told (考察是在２１日进行的, 启用仪式是１７日举行的): the sentence's
    earlier clauses, when none tells a day, or else the sentence before (in its paragraph) when the clause opens the
    sentence and that one tells no day, take that day (event_kinds.yaml cleft_day)."""
    for m in cleft.finditer(s.text):
        iso = next((d for p, d in s.dates if m.start("day") <= p < m.end("day") and len(d) == 10), None)
        if iso is None:
            continue
        if m.start() > lead and not any(lead <= p < m.start() for p, _ in s.dates):  # (a dateline's day is no telling)
            s.dates.append((lead, iso))  # (…已投入使用，启用仪式是１７日举行的)
            s.dates.sort()
        elif m.start() == lead and prev is not None and not prev.heading:
            if not any(p >= prev.lead_at for p, _ in prev.dates):
                prev.dates.append((prev.lead_at, iso))  # (…考察了…。考察是在２１日进行的)
                prev.dates.sort()
        return


def _same_month(said: str, month_told: str | None, earlier: bool) -> str | None:
    """The month a bare 当月 opening its sentence's dates stands for: that of the date told last in the paragraph.

    >>> _same_month("当月", "2008-10", False), _same_month("当月", "2008-10", True), _same_month("本月", "2008-10", False)
    ('2008-10', None, None)
    """
    if earlier or not month_told or said not in load("date_words.yaml")["same_month"]:
        return None
    return month_told[:7]


def _rough_first(s: Sentence, pat: re.Pattern) -> bool:
    """Whether s's first clause tells a rough time (近日, 日前) past its first words, with no date before it.

    >>> t = "该方案由甲部、乙委员会等单位近日联合印发，提出到2027年建成10个"
    >>> _rough_first(Sentence(index=0, text=t, source=None, para=0), _patterns()["break_clause"])
    True
    """
    m = pat.match(s.text)
    return m is not None and not any(p < m.end() for p, _ in s.dates)


def _date_end(text: str, pos: int) -> int:
    """Where the date written at pos ends: its run of parts, each a number or relative word then 年, 月, 日 or 旬
    (去年12月以来 ends after 12月, not after 去年).

    >>> t = "总结去年12月以来的经验"
    >>> t[_date_end(t, 2) :]
    '以来的经验'
    """
    end = pos
    while m := DATE_RUN.match(text, end):
        if m.end() == end:
            break
        end = m.end()
    return end


def _day_told(s: Sentence, told: str | None, last_date: str | None, art_date: str | None) -> str | None:
    """The day of the narrative after sentence s: the last day it tells (not one a span starts from: 7月下旬以来),
    else, when it tells someone acting with no day (在省委书记甲陪同下，乙先后来到…), the day in force there (the one
    carried in its paragraph, else the article's): what a later 当晚 or 仪式后 stands for, not a day of background
    told before it (１月１０日，…发生地震。[¶] 在…陪同下，甲来到…。[¶] 当晚，甲主持召开…: the article's day)."""
    if s.dates:
        return last_date if last_date and any(iso == last_date for _, iso in s.dates) else told
    if s.persons and s.speech_at != 0 and not s.heading and (s.speech_at is None or s.persons[0][0] < s.speech_at):
        if s.carry and len(s.carry) == 7 and told and len(told) == 10 and s.carry < told[:7]:
            return told  # (今天…开港。码头于2022年3月开工。甲在开港仪式上介绍，…: a month looked back to, not the narrative's)
        return s.carry if s.carry and len(s.carry) >= 7 else art_date
    return told


def in_quote(text: str, pos: int, open_before: int = 0) -> bool:
    """Is text[pos] inside a quotation, with open_before quotes still open at the text's start?

    >>> in_quote("他说：“今天开工。”昨天", 5), in_quote("他说：“今天开工。”昨天", 10), in_quote("今天开工。”", 0, 1)
    (True, False, True)
    """
    return open_before + text.count("“", 0, pos) - text.count("”", 0, pos) > 0


def mark_headings(sents: list[Sentence]) -> None:
    """Mark the sentences that are a paragraph of their own, at most HEADING_MAX characters, with no
    full stop at their end: a feature's subheading (●出口稳中有升●新品陆续面市), no narrative. One ending with a
    comma (甲在视察乙厂时说，) is a sentence cut short, not a heading: no heading ends mid-sentence. The only sentence
    of its article (a one-line input: a headline read alone, 甲委员会举行…会议) is what is told, as segment.py reads a
    one-line input as text, not a headline.

    >>> sents = [Sentence(0, "●出口稳中有升●新品陆续面市", Source(0, "", 0, 0), 0), Sentence(1, "甲公司成立。", Source(0, "", 0, 0), 1)]
    >>> mark_headings(sents); [s.heading for s in sents]
    [True, False]
    """
    if len(sents) == 1:
        return
    for k, s in enumerate(sents):
        alone = (k == 0 or sents[k - 1].para != s.para) and (k + 1 == len(sents) or sents[k + 1].para != s.para)
        text = s.text.strip()
        s.heading = (
            alone and 0 < len(text) <= HEADING_MAX and not SENTENCE_END.search(text) and text[-1] not in "，,、：:"
        )


def scenes(doc: Doc) -> list[list[Sentence]]:
    """The scenes of the page, built on first use and kept in doc.scenes."""
    if doc.scenes is None:
        try:
            doc.scenes = build(doc)
        except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
            raise
        except Exception:  # a scene that cannot be read must not stop the page
            doc.scenes = [[] for _ in doc.facts.articles]
    return doc.scenes


def place_list(text: str) -> list[str]:
    """Places listed with 、 in a clause (潞州区、上党区、沁县)."""
    parts = re.split(r"[、和及与]", text)
    out = [p for p in (PLACE_TOKEN.fullmatch(x.strip()) for x in parts) if p]
    return [m.group() for m in out] if len(out) == len(parts) and len(out) > 1 else []
