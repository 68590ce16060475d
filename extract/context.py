"""Step `context`: the page's locale and year, each article's place and date.

Conventions (stable):

* `doc.facts.locale`: the city (or province) the publication reports from, inferred
  from how often each division is named (长治 / 长治市, 来长投资 style abbreviations
  count via the short form) when one clearly dominates; `doc.locale` overrides.
* `doc.facts.date`: the page's date: `doc.date_hint`, else the 发布时间 line of the page
  (`Article.published` when the segment step gives it), else the date in `doc.source_name`
  (file name / record id: 2025-11-21, 20251121, 2025_11_21, `date_from_name`), else None.
  `doc.year`: its year, else the most written year of the page (ignoring
  到2030年-style targets). The source's date gives the year even when the text names plans
  for other years (2026年度重点工作 on a 2025 page).
* `doc.article_ref[i]`: the day article i counts relative words from (今天, 昨日):
  its dateline (新华社北京１月２７日电, 本报X月X日讯, 2月15日综合报道), else its 发布时间 line
  (a portal publishes a day or two after the story was filed), else the page date.
  A month written without a year more than half a year after that day is last year's.
* `doc.article_place[i]`: the division article i is about (its title's
  first place, else the page locale, else its body's most named place).
* `Article.date`: date of the article's main event (first full date of its first sentences,
  the dateline's own day only when no other is told).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicon import LexiconError, load
from .mentions import lexicon, page_districts, place_of, scan, unlisted_place_body
from .numbers import find_dateline, find_dates, small_int
from .pipeline import PAGE_PLACES, Doc, extractor

YEAR = re.compile(r"(?<![\d０-９])([12][09]\d\d|[１２][０９][０-９][０-９])(?![\d０-９])")
TARGET = re.compile(r"(到|至|—|-|～|~)$")
OPENING_YEAR = re.compile(r"党的(十[一-九]|二十)大[^。]{0,20}开局之年")
PLENUM = re.compile(r"(十[七八九]|二十)届([一二三四五六七])中全会")
# the year each plenary session of a Central Committee met (its "spirit" is studied that year)
PLENUM_YEAR = load("party_congresses.yaml")["plenums"]
CONGRESS = load("party_congresses.yaml")["congresses"]
SESSION_YEAR = load("party_congresses.yaml")["sessions"]
ANNIVERSARY = load("party_congresses.yaml")["anniversaries"]
_TERM = "(十[一二三四]?|[六七八九])"
# 全国政协十一届二次会议 / 十一届全国人大二次会议: a national congress's session names its year
SESSION = re.compile(
    rf"(?:(?:全国人大|全国政协){_TERM}届(?:全国委员会)?|{_TERM}届(?:全国人大|全国政协|全国人民代表大会))"
    r"(?:常委会)?第?([一二三四五])次(?:会议|全会)"
)
ANNIVERSARY_RE = re.compile(
    "("
    + "|".join(sorted(map(re.escape, ANNIVERSARY), key=len, reverse=True))
    + r")([\d０-９]{1,3}|[一二三四五六七八九十百]{1,4})周年"
)
# 1900年前 (before that year, years ago) is no time of the page, 2009年前三季度 / 前10个月 / 前半年 is
YEARS_AGO = re.compile(r"年前(?![一二三四五六七八九十两半\d０-９])")
LAST_YEAR_MIN = 2  # times a page must say 去年 before its most written year may be last year
PLAN_WORDS = tuple(load("date_words.yaml")["plan_words"])
DATELINE_SPAN = 200  # characters from a page's start its dateline is looked for in
ANCHOR_WEIGHT = 3  # a year named by the session or anniversary a page reports outweighs years it recalls


NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_name(name: str | None) -> str | None:
    """ISO date written in a file name or record id (YYYY-MM-DD, YYYYMMDD, YYYY_MM_DD), or None.

    >>> date_from_name("09_pd1998_19980106-09-006.txt"), date_from_name("06_xwlb_2025-11-21-10-i3.txt")
    ('1998-01-06', '2025-11-21')
    """
    if not name:
        return None
    base = re.split(r"[\\/]", str(name))[-1]
    for m in NAME_DATE.finditer(base):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1949 <= y <= 2100:
            try:
                import datetime

                datetime.date(y, mo, d)
            except ValueError:
                continue
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


_FULL_DIGITS = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULL_DIGIT = re.compile("[\uff10-\uff19]")


def _fold(s: str) -> str:
    """Full-width digits to plain ones (the text itself when it has none: no copy made)."""
    return s.translate(_FULL_DIGITS) if _FULL_DIGIT.search(s) else s


def page_year(text: str) -> int | None:
    """The year most of the page is written in."""
    counts: Counter = Counter()
    for m in YEAR.finditer(text):
        y = int(_fold(m.group(1)))
        if not 1949 <= y <= 2100:
            continue
        before = text[max(0, m.start() - 1) : m.start()]
        after = text[m.end() : m.end() + 3]
        if TARGET.search(before) or after.startswith("年代") or YEARS_AGO.match(after):
            continue
        counts[y] += 1
    opening = OPENING_YEAR.search(text)
    if opening and opening.group(1) in CONGRESS:
        counts[CONGRESS[opening.group(1)] + 1] += 2
    for m in PLENUM.finditer(text):
        y = PLENUM_YEAR.get(m.group(1), {}).get(m.group(2))
        if y:
            counts[y] += 1
    for y in anchor_years(text):
        counts[y] += ANCHOR_WEIGHT
    lined = dateline_year(text)
    if lined:
        counts[lined] += (
            ANCHOR_WEIGHT  # (新华社北京2009年3月5日电 …。2005年，…: the page's own year, not one it recalls)
        )
    if not counts:
        return None
    best = max(counts.values())
    year = min(y for y, c in counts.items() if c == best)
    return year + 1 if _told_as_last_year(text, year, counts[year]) else year


def dateline_year(text: str) -> int | None:
    """The year written in the page's dateline (新华社北京2009年3月5日电), or None.

    >>> dateline_year("新华社北京2009年3月5日电 某某今天会见了某某。2005年，…"), dateline_year("新华社北京3月5日电 …")
    (2009, None)
    """
    head = text[:DATELINE_SPAN]
    line = find_dateline(head)
    if not line or line[0] < 5:
        return None
    m = YEAR.fullmatch(head[line[0] - 5 : line[0] - 1])
    return int(_fold(m.group(1))) if m and head[line[0] - 1] == "年" else None


def anchor_years(text: str) -> list[int]:
    """Years named by a national congress's session (全国政协十一届二次会议: 2009) or an anniversary
    (新中国成立60周年: 2009) the page tells of."""
    years = []
    for m in SESSION.finditer(text):
        first = SESSION_YEAR.get(m.group(1) or m.group(2))
        if first:
            years.append(first + "一二三四五".index(m.group(3)))
    for m in ANNIVERSARY_RE.finditer(text):
        n = small_int(_fold(m.group(2)))
        if n:
            years.append(ANNIVERSARY[m.group(1)] + n)
    return [y for y in years if 1949 <= y <= 2100]


SESSION_MONTH = 3  # the month the national people's congress and the CPPCC meet in each year
TOLD_AT = 30  # characters at most from a relative day (昨日) to the session it is told at


def session_month(art) -> str | None:
    """The month of the national session an undated article tells something of as done a day ago or today
    (甲今天在出席全国人大十二届三次会议时说: 2015-03), or None.

    >>> from types import SimpleNamespace as NS
    >>> session_month(NS(title="", body="某某昨日在出席全国人大十二届三次会议时说。"))
    '2015-03'
    """
    head = _fold((art.body or "")[:600])
    days = "|".join(load("date_words.yaml")["days"])
    for m in SESSION.finditer(head):
        first = SESSION_YEAR.get(m.group(1) or m.group(2))
        told = re.search(rf"(?:{days})[^。；]{{0,{TOLD_AT}}}$", head[max(0, m.start() - TOLD_AT - 4) : m.start()])
        if first and told:
            return f"{first + '一二三四五'.index(m.group(3)):04d}-{SESSION_MONTH:02d}"
    return None


def _told_as_last_year(text: str, year: int, written: int) -> bool:
    """Does the page call its most written year 去年 at least as often as it writes it? A writer names
    the past year by number and by 去年 alike; the current one is 今年 (an undated page of 2009 that
    looks back on 2008)."""
    last, folded = text.count("去年"), _fold(text)
    if last < LAST_YEAR_MIN or last < written or str(year) in re.findall(r"今年[^。]{0,6}?(\d{4})", folded):
        return False
    # a year told with a plan (2025年，全区计划…) is this year or a later one
    return not re.search(rf"{year}年[^。；]{{0,20}}?(?:{'|'.join(PLAN_WORDS)})", folded)


def dates_in(text: str, year: int | None, ref_date: str | None = None) -> list[tuple[int, int, str]]:
    """Dates in text as (start, end, ISO), years from context (none when the text cannot be read)."""
    try:
        return find_dates(text, ref_year=year, ref_date=ref_date)
    except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
        raise
    except Exception:  # noqa: BLE001 - a date that cannot be read is no date; extraction goes on
        return []


def infer_locale(doc: Doc, found: list[tuple[int, int, str]] | None = None) -> str | None:
    """The division the page reports from, when one dominates the page (`found`: the places of its first
    200,000 chars, `scan` of the place automaton, when the caller has them)."""
    lx = lexicon()
    counts: Counter = Counter()
    text = doc.text[:200000]
    before: tuple[int, str] | None = None  # the place named last: (where it ends, its city)
    for s, e, w in scan(lx.place_ac, text) if found is None else found:
        p = place_of(w)
        if not p:
            continue
        city = p.name if p.level != "county" else (p.city or p.name)
        # 郴州在深圳举办…: a venue away, after another place in its clause, is where a trip went
        away = before is not None and before[1] != city and not re.search(r"[，。；！？\n]", text[before[0] : s])
        before = (e, city)
        if not _group_origin(text, e) and not (away and _venue_away(text, s, e)) and not _posted_to(text, s):
            counts[city] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1] if rest else 0
    total = sum(counts.values())
    own = len(re.findall(r"本报|我市|市委|市政府|全市", text))
    if n >= 3 and (n >= 2 * second or (own >= 2 and n > second)) and n >= 0.4 * total:
        return top
    return None


POSTED_TO = tuple(load("place_words.yaml")["posted_to"])


def _posted_to(text: str, s: int) -> bool:
    """Is the place starting at s where a body is posted (德国驻上海总领事馆: place_words.yaml posted_to)?

    >>> _posted_to("德国驻上海总领事馆", 3), _posted_to("上海总领事馆", 0)
    (True, False)
    """
    return text[:s].endswith(POSTED_TO)


def _venue_away(text: str, s: int, e: int) -> bool:
    """Is the place at text[s:e] told as where something was held (郴州在深圳举办…说明会, 郴州市（深圳）投资环境说明会): after 在
    and before a verb of holding (event_kinds.yaml venue_verbs), or in brackets right after another place? After
    another place in its clause, such a place says where a trip went, not where the paper reports from.

    >>> t = "郴州在深圳举办说明会，郴州市（深圳）说明会"
    >>> _venue_away(t, 3, 5), _venue_away(t, 15, 17), _venue_away(t, 0, 2)
    (True, True, False)
    """
    if text[s - 1 : s] in "(（" and text[e : e + 1] in ")）" and s > 1:
        return True
    return text[s - 1 : s] == "在" and s > 0 and _holding().match(text, e) is not None


@cache
def _holding() -> re.Pattern[str]:
    """Adverbs then a verb of holding right after a venue (隆重举办, 召开): `_venue_away`'s test."""
    lex = load("event_kinds.yaml")
    return re.compile(rf"(?:{'|'.join(lex['venue_adverbs'])})?(?:{'|'.join(lex['venue_verbs'])})")


PUBLISHED = re.compile(r"发布时间[：:]\s*((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
DATELINE_SPAN = 80  # characters of an article's head a dateline may sit in
# 日前, 近日 after a dateline (本报石家庄１月２１日讯 …书记日前…): the story's day is not told (date_words.yaml:no_day)
NO_DAY = re.compile(rf"(?<![0-9０-９〇一二三四五六七八九十])(?:{'|'.join(load('date_words.yaml')['no_day'])})")


def _iso_day(y: int, mo: int, d: int) -> str | None:
    """ISO date of y-mo-d, or None when it is no date."""
    import datetime

    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def published_of(art) -> str | None:
    """The date on the 发布时间 line of an article (the segment step's field, else its head)."""
    given = getattr(art, "published", None)
    if given:
        return str(given)[:10]
    m = PUBLISHED.search((art.title or "") + "\n" + (art.body or "")[:300])
    return _iso_day(int(m[1]), int(m[2]), int(m[3])) if m else None


def year_before(year: int, month: int, ref: str | None) -> int:
    """The year of a month written without one: the reference's, or the one before when the month
    would lie more than half a year after the reference (a January page telling of 12月)."""
    if ref and len(ref) >= 7 and int(ref[:4]) == year and month - int(ref[5:7]) > 6:
        return year - 1
    return year


def dateline_of(art, year: int | None, ref: str | None) -> str | None:
    """The date of the article's dateline (新华社北京１月２７日电, 本报X月X日讯), with the page's year."""
    if year is None:
        return None
    found = find_dateline((art.body or "")[:DATELINE_SPAN])
    if not found:
        return None
    mo, d = found[2], found[3]
    return _iso_day(year_before(year, mo, ref), mo, d)


# what may stand before a month that opens a clause (今年3月，… / 记者获悉，上月底…)
CLAUSE_START = re.compile(r"(?:^|[，,：:；;]\s*|\s)$")


def month_opening(art, year: int | None, ref: str | None) -> str | None:
    """The year-month that opens a clause of the article's first sentence (今年3月，/ 上月底，/ 去年11月，),
    for an article that names no day there."""
    first = art.sentences[0].sentence if art.sentences else ""
    months = [(s, iso) for s, e, iso in dates_in(first, year, ref) if len(iso) == 7 and CLAUSE_START.search(first[:s])]
    months = [(s, iso) for s, iso in months if not _background_month(iso, ref)]
    return months[0][1] if months else None


def _background_month(iso: str, ref: str | None) -> bool:
    """Is a year-month more than a year before the page's date: the background of a feature, not its news?

    >>> _background_month("1995-10", "1998-01-21"), _background_month("1997-04", "1998-01-21")
    (True, False)
    """
    if not ref or len(ref) < 7:
        return False
    return (int(ref[:4]) - int(iso[:4])) * 12 + int(ref[5:7]) - int(iso[5:7]) > 12


REPORTED_ON = re.compile(
    rf"[上下]?午?(?:(?:{'|'.join(load('date_words.yaml')['reported_from'])})[^，。；！？、]{{1,16}}?)?"
    rf"(?:{'|'.join(load('date_words.yaml')['reported_on'])})"
)


def _past_the_report(head: str, days: list[tuple[int, int, str]]) -> list[str]:
    """The days told, less a first one on which something was only reported when its sentence tells another
    day (甲公司今日公告，公司于24日与乙签署…: the 24th).

    >>> _past_the_report("甲今日公告，公司于24日签约。", [(1, 3, "2011-08-25"), (9, 12, "2011-08-24")])
    ['2011-08-24']
    >>> _past_the_report("记者昨日从市商务局获悉，本月10日举行的推介会上", [(2, 4, "2011-05-17"), (12, 17, "2011-05-10")])
    ['2011-05-10']
    """
    if len(days) > 1:
        (_, e, _), (s2, _, _) = days[0], days[1]
        if REPORTED_ON.match(head, e) and not re.search("[。！？]", head[e:s2]):
            days = days[1:]
    return [iso for _, _, iso in days]


def untold_day(text: str) -> bool:
    """Whether the first sentence after a dateline says the day is not told (日前, 近日).

    >>> untold_day("记者报道：省委书记某某日前来到两县。"), untold_day("会议今天开幕，１月１日前完成。")
    (True, False)
    """
    return bool(NO_DAY.search(re.split(r"[。！？]", text, maxsplit=1)[0]))


def source_year(name: str | None) -> int | None:
    """The year of a source whose names carry no date (date_words.yaml source_years), or None.

    >>> source_year("14_cnews_cnews_test_416.txt"), source_year("xwlb_2025-11-21-001.txt")
    (2009, None)
    """
    years = load("date_words.yaml")["source_years"]
    parts = re.split(r"[\\/_.\-]", str(name or ""))
    return next((years[p] for p in parts if p in years), None)


def page_reference(doc: Doc) -> tuple[str | None, int | None]:
    """The page's date and year: the caller's hint, the 发布时间 line, the date in the source's name;
    else no date and the source's year, or the year most written on the page."""
    for date in [doc.date_hint] + [published_of(a) for a in doc.facts.articles[:3]] + [date_from_name(doc.source_name)]:
        if date:
            m = re.match(r"(\d{4})", str(date))
            if m:
                return str(date), int(m[1])
    return None, source_year(doc.source_name) or page_year(doc.text[:500000])


PAPER_ENDINGS = tuple(load("org_mention_words.yaml")["paper_endings"])


def publisher_place(publisher: str | None) -> str | None:
    """The city or county whose own paper a 发布人 line names (-中山日报, -大洋网-广州日报: its last outlet, a
    division's name then a paper's ending of org_mention_words.yaml paper_endings): the place a city paper's
    市委, 市政府 and 我市 are, whichever place its story names most (a visiting delegation's home). A province's
    paper (-宁夏日报) and a portal (-新华网) give none.

    >>> publisher_place("-大洋网-广州日报"), publisher_place("-中山日报"), publisher_place("宁夏日报"), publisher_place("-新华网")
    ('广州市', '中山市', None, None)
    """
    outlet = re.split(r"[-－—]", publisher or "")[-1].strip()
    ending = next((w for w in sorted(PAPER_ENDINGS, key=len, reverse=True) if outlet.endswith(w)), None)
    head = outlet[: -len(ending)] if ending else ""
    places = lexicon().places
    # the paper's head is the place's full or short name (中山日报: 中山市, a short name no list reads alone)
    p = place_of(head) if head else None
    p = p or next((places[head + u] for u in ("市", "县") if head and head + u in places), None)
    return p.name if p and p.level in ("city", "county") else None


def _group_origin(text: str, end: int) -> bool:
    """Does the place ending at `end` name where a visiting group comes from (香港工商界考察团来肇庆, 台湾精密机械
    考察团一行30人来漳州): a delegation word follows it in its phrase, and the group comes (来, 抵), so the story is
    not there (江西省党政代表团赴浙江: the group goes out from its home, the story's place)."""
    return _group_comes().match(text[end : end + 30]) is not None


@cache
def _group_comes() -> re.Pattern[str]:
    """A delegation word within the phrase, then the group coming (…工商界考察团一行30人来): `_group_origin`'s test."""
    words = "|".join(load("event_kinds.yaml")["delegations"])
    return re.compile(rf"[^，。；、,\s]{{0,10}}?(?:{words})(?:一行)?[^，。；、,\s]{{0,6}}?[来抵]")


@extractor("context")
def context(doc: Doc) -> None:
    """Locale, page year, each article's place, reference date and date."""
    lx = lexicon()
    found = scan(lx.place_ac, doc.text[:200000])  # the page's places, read once for the two below
    PAGE_PLACES.set(page_districts(doc.text[:200000], found))  # 南昌市西湖区: this page's 西湖区 is 南昌's
    doc.facts.locale = doc.locale or infer_locale(doc, found)
    doc.facts.date, year = page_reference(doc)
    doc.year = year
    places, refs = [], []
    for art in doc.facts.articles:
        place = (None if doc.locale else publisher_place(art.publisher)) or doc.facts.locale
        for s, e, w in scan(lx.place_ac, art.title or "") if place is None else []:
            p = place_of(w)
            if p and not _group_origin(art.title or "", e):
                place = p.name
                break
        if place is None:
            body = (art.body or "")[:3000]
            c = Counter(p.name for s, e, w in scan(lx.place_ac, body) if (p := place_of(w)) and not _posted_to(body, s))
            place = c.most_common(1)[0][0] if c else None
        unlisted = unlisted_place_body((art.title or "") + "\n" + (art.body or "")[:3000]) if place is None else None
        places.append(unlisted.group(1) if unlisted else place)  # 葛川市委…: a city no list holds
        published = published_of(art)
        ref = (
            dateline_of(art, int(published[:4]) if published else year, published or doc.facts.date)
            or published
            or doc.facts.date
        )
        ref = ref or session_month(art)
        refs.append(ref)
        ref_year = int(ref[:4]) if ref else year
        art.date = None
        head = " ".join(s.sentence for s in art.sentences[:3])[:600]
        line = find_dateline(head[: DATELINE_SPAN * 2])
        days = [(s, e, iso) for s, e, iso in dates_in(head, ref_year, ref) if len(iso) == 10]
        # the day told (今天, 昨天, 3月2日) before the day the dateline (with its year or not) was filed
        told = _past_the_report(head, [(s, e, iso) for s, e, iso in days if not (line and s < line[1] and line[0] < e)])
        art.date = next(iter(told or [iso for s, e, iso in days]), None) or month_opening(art, ref_year, ref)
        if not told and line and untold_day(head[line[1] :]):
            art.date = None
    doc.article_place = places
    doc.article_ref = refs
