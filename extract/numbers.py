"""Amounts of money and dates in Chinese news text, normalised.

    >>> parse_amount("28.88亿元")
    Amount(as_written='28.88亿元', value=2888000000.0, unit='CNY')
    >>> parse_amount("三千万元").value
    30000000.0
    >>> parse_date("3月24日", ref_year=2025)
    '2025-03-24'
    >>> parse_date("１９９８年１月５日上午")
    '1998-01-05'
    >>> parse_date("昨天", ref_date="2025-11-21")
    '2025-11-20'

Offsets returned by `find_amounts` and `find_dates` index the text as given: full-width
digits and traditional numerals are folded one character for one, so spans never shift.
Nothing here raises on bad input; what cannot be read is left out (or None).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache

import cn2an
from lunardate import LunarDate

from .facts import Amount
from .lexicon import LexiconError, load

# One character for one: full-width digits and punctuation, traditional numerals and units.
_FOLD = {0xFF10 + i: ord("0") + i for i in range(10)}
_FOLD.update(
    {
        ord("．"): ord("."),
        ord("，"): ord(","),
        ord("萬"): ord("万"),
        ord("億"): ord("亿"),
        ord("兩"): ord("两"),
        ord("圓"): ord("元"),
        ord("貳"): ord("二"),
        ord("參"): ord("三"),
        ord("○"): ord("〇"),
        ord("Ｏ"): ord("〇"),
        ord("－"): ord("-"),
        ord("號"): ord("号"),
        ord("幣"): ord("币"),
        ord("歐"): ord("欧"),
        ord("韓"): ord("韩"),
        ord("鎊"): ord("镑"),
    }
)


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


def fold(text: str) -> str:
    """Full-width digits and traditional numerals to their plain forms, same length."""
    return _translated(text) if _FOLDABLE.search(text) else text


@lru_cache(maxsize=256)
def _translated(text: str) -> str:
    """`fold` of a text with something to fold, kept for the last texts (a sentence's dates, its dateline and its
    amounts each fold it)."""
    return text.translate(_FOLD)


def _with_folded(chars: Iterable[str]) -> str:
    """The characters and every character that folds to one of them, as a regex class body."""
    wanted = set(chars)
    wanted |= {chr(k) for k, v in _FOLD.items() if chr(v) in wanted}
    return "".join(re.escape(c) for c in sorted(wanted))


def _alt(words) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alt_guarded(words, not_before: dict) -> str:
    """A regex alternation of words, longest first, each never right before what not_before lists for it."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        guard = "".join(f"(?!{re.escape(x)})" for x in not_before.get(w) or [])
        out.append(re.escape(w) + guard)
    return "|".join(out)


_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUM = f"[{_CN_DIGITS}十][{_CN_DIGITS}十百千]*(?:点[{_CN_DIGITS}]+)?"
_AR_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"


@cache
def _amount_re() -> re.Pattern:
    """The compiled amount pattern, built from amount_units.yaml."""
    lex = load("amount_units.yaml")
    cur, mag = _alt(lex["currencies"]), _alt(lex["magnitudes"])
    approx, vague = "".join(lex["approximate"]), "".join(lex["vague"])
    return re.compile(
        rf"(?P<num>(?<![\d.]){_AR_NUM}|(?<![{_CN_DIGITS}十百千]){_CN_NUM}|(?P<vague>[{vague}])(?=[十百千万亿]))"
        rf"(?P<a1>[{approx}])?(?P<mag>{mag})?(?P<a2>[{approx}])?(?P<cur>{cur})"
    )


def _number(num: str) -> float | None:
    """Arabic or Chinese numeral to a float, or None."""
    num = num.replace(",", "")
    try:
        return float(num)
    except ValueError:
        pass
    try:
        return float(cn2an.cn2an(num, "smart"))
    except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
        raise
    except Exception:  # cn2an raises its own ValueError subclasses and others
        return None


def _amount_from(m: re.Match, text: str) -> Amount | None:
    """An Amount from a match of the amount pattern over folded text."""
    lex = load("amount_units.yaml")
    unit = lex["currencies"][m["cur"]]
    factor = lex["magnitudes"].get(m["mag"], 1) if m["mag"] else 1
    if m["vague"]:
        if not m["mag"]:
            return None
        value = None
    else:
        base = _number(m["num"])
        value = None if base is None else round(float(base * factor), 4)
    return Amount(as_written=text[m.start() : m.end()], value=value, unit=unit)


@cache
def _bare_re() -> re.Pattern:
    """A sum with no currency after an investment word (总投资120亿，), from amount_units.yaml's bare_* keys."""
    lex = load("amount_units.yaml")
    mag, approx = _alt(lex["magnitudes"]), "".join(lex["approximate"])
    after, end = "|".join(lex["bare_after"]), "|".join(lex["bare_end"])
    return re.compile(
        rf"(?:{after})(?:[将达为约近超过逾共计]{{0,4}})?"
        rf"(?P<num>(?<![\d.]){_AR_NUM}|(?<![{_CN_DIGITS}十百千]){_CN_NUM})(?P<a1>[{approx}])?(?P<mag>{mag})(?P<a2>[{approx}])?"
        rf"(?=(?:{end}))"
    )


def _bare_amounts(folded: str, text: str) -> list[tuple[int, int, Amount]]:
    """Sums in yuan written with no currency after an investment word (投资120亿，-> 120亿, CNY)."""
    out = []
    for m in _bare_re().finditer(folded):
        base = _number(m["num"])
        value = None if base is None else round(float(base * load("amount_units.yaml")["magnitudes"][m["mag"]]), 4)
        start, end = m.start("num"), m.end()
        out.append((start, end, Amount(as_written=text[start:end], value=value, unit="CNY")))
    return out


@cache
def _currency_hint() -> re.Pattern:
    """A character every sum of money holds (the last one of its currency word), as written."""
    return re.compile(f"[{_with_folded({c[-1] for c in load('amount_units.yaml')['currencies']})}]")


def _hedge_start(text: str, start: int) -> int:
    """Where a sum starting at `start` starts with the hedge word before it (近5亿元, 约420亿元), else `start`."""
    hedges, hedge_words = _hedges()
    for word in hedges:
        s = start - len(word)
        if s >= 0 and text[s:start] == word:
            if s > 0 and text[s - 1 : s + 1] in hedge_words:
                return start  # 签约5亿元: 约 ends another word
            return s
    return start


@cache
def _hedges() -> tuple[list[str], frozenset[str]]:
    """The hedge words of amount_units.yaml, longest first, and the words that end in one (签约: 约 is no hedge)."""
    lex = load("amount_units.yaml")
    return sorted(lex["hedges"], key=len, reverse=True), frozenset(lex["hedge_words"])


def _hedged(found: tuple[int, int, Amount], text: str) -> tuple[int, int, Amount]:
    """A found sum with the hedge word before it kept in its written form (value and unit unchanged)."""
    start, end, amount = found
    s = _hedge_start(text, start)
    if s == start:
        return found
    return s, end, Amount(as_written=text[s:start] + amount.as_written, value=amount.value, unit=amount.unit)


def find_amounts(text: str) -> list[tuple[int, int, Amount]]:
    """Every sum of money in text, as (start, end, Amount), in order; a hedge before it (近, 约, 逾) kept."""
    if not text or not _currency_hint().search(text) and "投资" not in text:
        return []
    folded = fold(text)
    out = []
    for m in _amount_re().finditer(folded):
        amount = _amount_from(m, text)
        if amount is not None:
            out.append((m.start(), m.end(), amount))
    if "投资" in text:
        out = sorted(out + _bare_amounts(folded, text))
    return [_hedged(f, text) for f in out]


def parse_amount(text: str) -> Amount | None:
    """The first sum of money in text (28.88亿元 -> 2888000000.0 CNY), or None."""
    found = find_amounts(text or "")
    return found[0][2] if found else None


# ---------------------------------------------------------------- dates

_CN_YEAR = f"[{_CN_DIGITS}]{{4}}"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]|(?<![万亿千百十元])元"
_CN_DAY = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_LUNAR_DAY = "初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]|三十"


@cache
def _date_re() -> re.Pattern:
    """The compiled date pattern: absolute dates, named days and relative words."""
    words = load("date_words.yaml")
    rel = _alt_guarded(list(words["days"]) + list(words["years"]), words.get("day_not_before") or {})
    named = _alt(words["named"])
    lead = "".join(sorted({w[0] for w in _lead_words(words)}))
    # every date starts with one of the lead chars: the lookahead guards all the alternatives, so that a
    # position no date can start at fails at once
    return re.compile(
        rf"(?=[\d{_CN_DIGITS}十元{lead}])(?:"
        rf"(?P<lu>(?P<lm>[{''.join(words['lunar_months'])}])月(?P<ld>{_LUNAR_DAY})"
        rf"|(?P<ln>十[一二]|[二三四五六七八九十])月(?P<lf>初[一二三四五六七八九十]))(?![日号])|"
        rf"(?P<rw>{_alt(words['weeks'])})(?P<wd>{_alt(words['weekdays'])})|"
        rf"(?<![{re.escape(words['bare_weekday_not_after'])}])(?:{_alt(words['bare_weekday_words'])})"
        rf"(?P<bw>{_alt(words['weekdays'])})(?={_alt(words['bare_weekday_before'])})|"
        rf"(?:(?P<rm>{_alt(words['months'])})(?:(?P<rmd>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号])?"
        rf"|今[（(](?P<td>3[01]|[12]\d|0?[1-9])[）)]日)|"
        rf"(?:(?<!\d)(?P<y>\d{{4}}|{_CN_YEAR})年(?!代|度?以[来前后]|级|生)"
        rf"|(?P<ry>{_alt(list(words['years']) + list(words['same_year']))}))?"
        rf"(?:(?P<named>{named})"
        rf"|(?<![\d\-—~至到{_CN_DIGITS}十])(?P<m>1[0-2]|0?[1-9]|{_CN_MONTH}) ?月(?!份?[至到\-—~]\d)"
        rf"(?: ?(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY}) ?[日号])?)?"  # (4 月 13 日: web copy spaces its digits)
        rf"|(?P<rd>{rel}))"
    )


@cache
def _date_hint() -> re.Pattern:
    """A character every date starts with (a digit, a numeral, the first of a date word), as written."""
    words = load("date_words.yaml")
    lead = {w[0] for w in _lead_words(words)}
    return re.compile(rf"[\d{_with_folded(set(_CN_DIGITS + '十元') | lead)}]")


def _lead_words(words: dict) -> list[str]:
    """Every date word of date_words.yaml (the first characters a date may start with), and 今（15）日."""
    told = list(words["days"]) + list(words["years"]) + list(words["named"]) + list(words["months"])
    told += list(words["same_year"]) + list(words["lunar_months"])
    return told + list(words["weeks"]) + list(words["bare_weekday_words"]) + ["今"]


def small_int(num: str) -> int | None:
    """A small Arabic or Chinese integer (year digits read one by one), or None."""
    if num.isdigit():
        return int(num)
    if num == "元":
        return 1
    if len(num) == 4 and "十" not in num:
        num = "".join(str("〇一二三四五六七八九".find(c)) if c != "零" else "0" for c in num)
        return int(num) if num.isdigit() else None
    value = _number(num)
    return int(value) if value is not None else None


def _ref(ref_year: int | None, ref_date: str | None) -> tuple[int | None, _dt.date | None]:
    """Reference year and date from what the caller knows."""
    day = None
    if ref_date:
        try:
            day = _dt.date.fromisoformat(str(ref_date)[:10])
        except ValueError:
            day = None
        if day is None and not ref_year:
            m = re.match(r"(\d{4})", str(ref_date))
            ref_year = int(m[1]) if m else None
    if day is not None and not ref_year:
        ref_year = day.year
    return ref_year, day


def _ref_month(ref_date: str | None) -> _dt.date | None:
    """The first day of a reference known to the month only ("2009-03"), else None.

    >>> _ref_month("2009-03"), _ref_month("2009-03-10"), _ref_month(None)
    (datetime.date(2009, 3, 1), None, None)
    """
    m = re.fullmatch(r"(\d{4})-(\d{2})", str(ref_date or ""))
    return _dt.date(int(m[1]), int(m[2]), 1) if m and 1 <= int(m[2]) <= 12 else None


def _iso(
    m: re.Match,
    ref_year: int | None,
    day: _dt.date | None,
    month: _dt.date | None = None,
    last_year: int | None = None,
    last_month: str | None = None,
) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of one date match, or None; `month` is a reference known to the
    month only (its first day): 本月9日 is a day of it, 昨天 only the month; `last_year` the year of the date
    told last before it (同年6月), `last_month` that date when it gives a month (去年10月，当月: 10月 of last year)."""
    words = load("date_words.yaml")
    if m["lu"]:
        mo = words["lunar_months"][m["lm"]] if m["lm"] else small_int(m["ln"])
        return _lunar_day(mo, _lunar_day_number(m["ld"] or m["lf"]), day)
    if m["rw"]:
        return _week_day(words["weeks"][m["rw"]], words["weekdays"][m["wd"]], day)
    if m["bw"]:
        return _last_weekday(words["weekdays"][m["bw"]], day)
    if m["rm"] in words["same_month"] and last_month:
        return _ymd(int(last_month[:4]), int(last_month[5:7]), small_int(m["rmd"]) if m["rmd"] else None)
    if m["rm"] or m["td"]:
        return _month_relative(m, words, day or month)
    if m["rd"]:
        w = m["rd"]
        if w in words["days"]:
            if day is None:
                return month.isoformat()[:7] if month else None
            return (day + _dt.timedelta(days=words["days"][w])).isoformat()
        return str(ref_year + words["years"][w]) if ref_year else None
    year = small_int(m["y"]) if m["y"] else None
    if m["ry"] in words["same_year"]:
        if last_year is None or not (m["m"] or m["named"]):
            return None  # 同年 with no year told before it, or alone: no date
        year = last_year
    elif m["ry"]:
        year = ref_year + words["years"][m["ry"]] if ref_year else None
    if year is not None and not 1800 <= year <= 2200:
        return None
    if m["named"]:
        mo, d = words["named"][m["named"]]
    elif m["m"]:
        mo = small_int(m["m"])
        d = small_int(m["d"]) if m["d"] else None
    else:
        return str(year) if year else None
    if year is None or mo is None or not 1 <= mo <= 12:
        if year is not None or ref_year is None or mo is None or not 1 <= mo <= 12:
            return None
        year = ref_year
        # a month more than half a year after the reference day is last year's (a January page's 12月)
        if day is not None and day.year == year and mo - day.month > 6:
            year -= 1
    return _ymd(year, mo, d)


def _week_day(weeks: int, weekday: int, day: _dt.date | None) -> str | None:
    """ISO date of a weekday some weeks from the reference day's week: `_week_day(-1, 4, 2011-11-21)` (上周五 on
    a Monday) -> 2011-11-18; None without a reference day."""
    if day is None:
        return None
    return (day - _dt.timedelta(days=day.weekday()) + _dt.timedelta(weeks=weeks, days=weekday)).isoformat()


def _last_weekday(weekday: int, day: _dt.date | None) -> str | None:
    """ISO date of the latest given weekday on or before the reference day: `_last_weekday(2, 2009-11-19)` (周三 in a
    Thursday wire) -> 2009-11-18; None without a reference day."""
    if day is None:
        return None
    return (day - _dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


def _ymd(year: int, month: int, day: int | None) -> str | None:
    """2025-03 for a month, 2025-03-24 for a day, None for a day that does not exist: `_ymd(2025, 2, 30)`."""
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_relative(m: re.Match, words: dict, day: _dt.date | None) -> str | None:
    """ISO date of 上月28日 / 本月 / 今（15）日, counted from the reference day, or None without one."""
    if day is None:
        return None
    if m["td"]:
        mo, y, d = day.month, day.year, small_int(m["td"])
    else:
        total = day.year * 12 + day.month - 1 + words["months"][m["rm"]]
        y, mo = divmod(total, 12)
        mo += 1
        d = small_int(m["rmd"]) if m["rmd"] else None
    return _ymd(y, mo, d)


def find_dates(text: str, ref_year: int | None = None, ref_date: str | None = None) -> list[tuple[int, int, str]]:
    """Every date in text that can be placed, as (start, end, ISO), in order.

    ISO is YYYY-MM-DD, or YYYY-MM / YYYY when the text gives no day / month; a date
    without a year takes ref_year (or ref_date's year); relative words need the reference.
    """
    if not text or not _date_hint().search(text):
        return []
    ref_year, day = _ref(ref_year, ref_date)
    month = _ref_month(ref_date) if day is None else None
    folded = fold(text)
    out: list[tuple[int, int, str]] = []
    for m in _date_re().finditer(folded):
        if m.end() == m.start():
            continue
        if not (
            m["y"] or m["ry"] or m["named"] or m["m"] or m["rd"] or m["rm"] or m["td"] or m["rw"] or m["bw"] or m["lu"]
        ):
            continue
        if m["rd"] and (
            _name_before_no_day(folded, m.start(), m.end())
            or _word_across_day(folded, m.start(), m.end())
            or _day_in_name(folded, m.start(), m.end())
        ):
            continue
        if not m["rd"] and deadline_after(folded, m.end()):
            continue  # 要在4月底前完成, 6月30日前建成: a time limit set, no day anything happened (请于明日前: tomorrow)
        if m["named"] and any(folded.startswith(w, m.end()) for w in load("date_words.yaml")["named_season_after"]):
            continue  # 元旦春节期间, 元旦假期: a season, no day
        last = out[-1][2] if out else None
        iso = _iso(m, ref_year, day, month, int(last[:4]) if last else None, last if last and len(last) >= 7 else None)
        if iso:
            out.append((m.start(), m.end(), iso))
    if day is not None and "日" in folded:
        out = sorted(out + _bare_days(folded, day, out))
    return out


def _lunar_day_number(w: str) -> int | None:
    """The day of a lunar month written 初三, 十五, 廿八 or 二十八.

    >>> _lunar_day_number("初三"), _lunar_day_number("初十"), _lunar_day_number("廿八"), _lunar_day_number("二十八")
    (3, 10, 28, 28)
    """
    if w.startswith("初"):
        return small_int(w[1:])
    if w.startswith("廿"):
        n = small_int(w[1:])
        return 20 + n if n is not None else None
    return small_int(w)


def _lunar_day(month: int | None, d: int | None, day: _dt.date | None) -> str | None:
    """The solar ISO day of a lunar month's day, in the lunar year (the page's or the one before) whose solar day lies
    nearest the page's day; None with no page day or no such day.

    >>> _lunar_day(1, 3, _dt.date(2011, 2, 8)), _lunar_day(12, 28, _dt.date(1998, 1, 27)), _lunar_day(1, 3, None)
    ('2011-02-05', '1998-01-26', None)
    """
    if day is None or month is None or d is None:
        return None
    found = []
    for y in (day.year - 1, day.year):
        try:
            found.append(LunarDate(y, month, d).to_solar_date())
        except ValueError:
            continue
    return min(found, key=lambda x: abs((x - day).days)).isoformat() if found else None


def deadline_after(text: str, end: int) -> bool:
    """Do words right after a date make it a time limit (4月底前, 6月30日以前, 年底前), not a verb opening with 前
    (3月前往北京), nor a time about it (1月8日前夕)?

    >>> deadline_after("4月底前完成", 2), deadline_after("6月30日前建成", 5), deadline_after("3月前往北京", 2)
    (True, True, False)
    >>> deadline_after("1月8日前夕", 4)
    False
    """
    words = load("date_words.yaml")
    if any(text.startswith(w, end) for w in words["day_then_verb"] + words["deadline_not"]):
        return False
    return any(text.startswith(w, end) for w in words["deadline_after"])


def _word_across_day(text: str, start: int, end: int) -> bool:
    """Do words hold a day word's characters on both sides (目前|天然气, 此前|日方, 如今|日本: no 前天, 前日, 今日)?

    >>> _word_across_day("目前天然气", 1, 3), _word_across_day("项目前天开工", 1, 3), _word_across_day("截至今日", 2, 4)
    (True, False, False)
    """
    words = load("date_words.yaml")
    return (
        start > 0
        and text[start - 1 : start + 1] in words["day_word_joins"]
        and text[end - 1 : end + 1] in words["day_word_goes_on"]
    )


def _day_in_name(text: str, start: int, end: int) -> bool:
    """Is a day word (今日, 明日, 昨日) part of a name of a festival or a paper (青岚明日国际马戏节, 今日某报)?

    >>> _day_in_name("在青岚明日国际马戏节上", 3, 5), _day_in_name("今日举办音乐节", 0, 2)
    (True, False)
    """
    if not text[start:end].endswith("日"):
        return False
    return _day_in_name_re().match(text[end:]) is not None


@cache
def _day_in_name_re() -> re.Pattern:
    """date_words.yaml day_in_name, compiled."""
    return re.compile(load("date_words.yaml")["day_in_name"])


def _name_before_no_day(text: str, start: int, end: int) -> bool:
    """Is a day word's 日 the first of a no-day word (日前) and its first character the end of a name before it
    (市长章建明日前率团: 章建明 日前, no 明日), not a day word after a preposition (于明日前)?

    >>> _name_before_no_day("市长章建明日前率团", 4, 6), _name_before_no_day("请于明日前报名", 2, 4)
    (True, False)
    """
    words = load("date_words.yaml")
    if not any(text.startswith(w, end - 1) for w in words["no_day"]) or start == 0:
        return False
    if any(text.startswith(w, end) for w in words["day_then_verb"]):
        return False  # 他明日前往: tomorrow
    return bool(re.match(r"[\u4e00-\u9fff]", text[start - 1])) and not text[:start].endswith(
        tuple(words["day_before_no_day"])
    )


@cache
def _bare_day_re() -> re.Pattern:
    """A day of the month written alone before what happened on it (李某19日在京会见, 央行9日发布), or opening its
    clause as its time (…6月12日至19日…。14日，推介会在首尔举行)."""
    words = load("date_words.yaml")
    not_before = words.get("bare_day_before_not") or {}
    after = _alt_guarded(words["bare_day_before"], not_before)
    trip = _alt_guarded(words.get("bare_day_trip") or [], not_before)
    opening = "|".join(f"(?<={re.escape(w)})" for w in words.get("bare_day_opening_after") or [])
    return re.compile(
        rf"(?<![\d月号年.\-—~至到第每前后近])(3[01]|[12]\d|0?[1-9])日(?=[上下]午|{after})"
        rf"|(?:^|(?<=[，,。；;：:])|{opening})(3[01]|[12]\d|0?[1-9])日(?=[，,])"
        rf"|(?<![\d月号年.\-—~至到第每前后近])(?<!将于)(?<!将)(3[01]|[12]\d|0?[1-9])日(?={trip})"
    )


def _bare_days(folded: str, day: _dt.date, found: list) -> list[tuple[int, int, str]]:
    """Bare days (19日) as dates of the reference day's month, or of the month before when the day is
    more than a few days after the reference day (a wire filed on the 2nd telling of the 30th; the 16th
    told on the 15th is tomorrow)."""
    out = []
    for m in _bare_day_re().finditer(folded):
        if any(a <= m.start() < b for a, b, _ in found):
            continue
        d = int(m[1] or m[2] or m[3])
        y, mo = day.year, day.month
        if d > day.day + 3:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        try:
            out.append((m.start(), m.end(), _dt.date(y, mo, d).isoformat()))
        except ValueError:
            continue
    return out


# a dateline: 新华社北京１月２７日电, 本报上海３月２日讯, 2月15日综合报道
# (the lookahead first: most positions fail at it, before the two lookbehinds are tried)
DATELINE = re.compile(
    r"(?=\d{1,2}月)(?:(?<=\d{4}年)|(?<![\d年]))(\d{1,2})月(\d{1,2})日(?:[上下]午|晚|早)?(?:专电|电|讯|综合报道|消息)"
)  # 新华网某地2009年10月13日电: a year may stand before it


def find_dateline(text: str) -> tuple[int, int, int, int] | None:
    """The first dateline in text (新华社北京１月２７日电) as (start, end, month, day), or None."""
    m = DATELINE.search(fold(text or ""))
    if not m or not (1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31):
        return None
    return m.start(), m.end(), int(m[1]), int(m[2])


def parse_date(text: str, ref_year: int | None = None, ref_date: str | None = None) -> str | None:
    """The first date in text as ISO (3月24日 + ref_year 2025 -> 2025-03-24), or None."""
    found = find_dates(text or "", ref_year=ref_year, ref_date=ref_date)
    return found[0][2] if found else None
