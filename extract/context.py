"""Step `context`: the page's locale and year, each article's place and date.

Conventions (stable):

* `doc.facts.locale`: the city (or province) the publication reports from, inferred
  from how often each division is named (长治 / 长治市, 来长投资 style abbreviations
  count via the short form) when one clearly dominates; `doc.locale` overrides.
* `doc.facts.date`: `doc.date_hint`, else None; `doc.scratch["year"]`: the page's year
  (hint, else the most written year of the page, ignoring 到2030年-style targets).
* `doc.scratch["article_place"][i]`: the division article i is about (its title's
  first place, else the page locale, else its body's most named place).
* `Article.date`: date of the article's main event (first date of its first sentences).
* `doc.source_name` (file name / record id) may hold a date (2025-11-21, 20251121,
  2025_11_21): `date_from_name`. It is a weak clue: it gives the page year only when the
  text names none, and becomes `doc.facts.date` (the reference for 昨天 / 3月24日) only
  when the text names no year or the same year; `doc.date_hint` always wins.
"""
from __future__ import annotations

import re
from collections import Counter

from .mentions import lexicon, place_of, scan
from .pipeline import Doc, extractor

try:   # E2's normaliser (full-width digits, 元旦, 昨天 ...)
    from .numbers import find_dates as _find_dates
except ImportError:   # pragma: no cover - fallback while numbers.py does not exist
    _find_dates = None

YEAR = re.compile(r"(?<![\d０-９])([12][09]\d\d|[１２][０９][０-９][０-９])(?![\d０-９])")
TARGET = re.compile(r"(到|至|—|-|～|~)$")
OPENING_YEAR = re.compile(r"党的(十[一-九]|二十)大[^。]{0,20}开局之年")
PLENUM = re.compile(r"(十[七八九]|二十)届([一二三四五六七])中全会")
# the year each plenary session of a Central Committee met (its "spirit" is studied that year)
PLENUM_YEAR = {"十八": dict(zip("一二三四五六七", (2012, 2013, 2013, 2014, 2015, 2016, 2017))),
               "十九": dict(zip("一二三四五六七", (2017, 2018, 2018, 2019, 2020, 2021, 2022))),
               "二十": dict(zip("一二三四五六七", (2022, 2023, 2024, 2025, 2026, 2027, 2027)))}
CONGRESS = {"十五": 1997, "十六": 2002, "十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}


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


def _fold(s: str) -> str:
    return s.translate({0xFF10 + i: ord("0") + i for i in range(10)})


def page_year(text: str) -> int | None:
    """The year most of the page is written in."""
    counts: Counter = Counter()
    for m in YEAR.finditer(text):
        y = int(_fold(m.group(1)))
        if not 1949 <= y <= 2100:
            continue
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 2]
        if TARGET.search(before) or after.startswith(("年代", "年前")):
            continue
        counts[y] += 1
    m = OPENING_YEAR.search(text)
    if m and m.group(1) in CONGRESS:
        counts[CONGRESS[m.group(1)] + 1] += 2
    for m in PLENUM.finditer(text):
        y = PLENUM_YEAR.get(m.group(1), {}).get(m.group(2))
        if y:
            counts[y] += 1
    if not counts:
        return None
    best = max(counts.values())
    return min(y for y, c in counts.items() if c == best)


def dates_in(text: str, year: int | None, ref_date: str | None = None) -> list[tuple[int, int, str]]:
    """Dates in text as (start, end, ISO), years from context."""
    if _find_dates is not None:
        try:
            return _find_dates(text, ref_year=year, ref_date=ref_date)
        except Exception:
            return []
    out = []
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", _fold(text)):
        y = int(m.group(1)) if m.group(1) else year
        if y:
            out.append((m.start(), m.end(), f"{y:04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"))
    return out


def infer_locale(doc: Doc) -> str | None:
    """The division the page reports from, when one dominates the page."""
    lx = lexicon()
    counts: Counter = Counter()
    text = doc.text[:200000]
    for s, e, w in scan(lx.place_ac, text):
        p = place_of(w)
        if p:
            counts[p.name if p.level != "county" else (p.city or p.name)] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1] if rest else 0
    total = sum(counts.values())
    own = len(re.findall(r"本报|我市|市委|市政府|全市", text))
    if n >= 3 and (n >= 2 * second or (own >= 2 and n > second)) and n >= 0.4 * total:
        return top
    return None


@extractor("context")
def context(doc: Doc) -> None:
    """Locale, page year, each article's place and date."""
    lx = lexicon()
    doc.facts.locale = doc.locale or infer_locale(doc)
    doc.facts.date = doc.date_hint
    year = None
    if doc.date_hint:
        m = re.match(r"(\d{4})", doc.date_hint)
        year = int(m.group(1)) if m else None
    published = next((a.published for a in doc.facts.articles if a.published), None)
    if year is None and published:        # a 发布时间 line: the reference for 昨日 and for years left out
        year, doc.facts.date = int(published[:4]), published
    if year is None:
        year = page_year(doc.text[:500000])
        named = date_from_name(doc.source_name)
        if named and (year is None or year == int(named[:4])):
            year = int(named[:4])
            doc.facts.date = named
    doc.scratch["year"] = year
    places = []
    for art in doc.facts.articles:
        place = doc.facts.locale
        for s, e, w in scan(lx.place_ac, art.title or "") if place is None else []:
            p = place_of(w)
            if p:
                place = p.name
                break
        if place is None:
            c = Counter(place_of(w).name for s, e, w in scan(lx.place_ac, (art.body or "")[:3000]) if place_of(w))
            place = c.most_common(1)[0][0] if c else None
        places.append(place)
        art.date = None
        head = " ".join(s.sentence for s in art.sentences[:3])[:600]
        for s, e, iso in dates_in(head, year, doc.date_hint or art.published):
            if len(iso) == 10:
                art.date = iso
                break
    doc.scratch["article_place"] = places
