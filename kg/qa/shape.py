"""Answer shaping: the rows a template's query returned -> the answers a question asks for.

The number the question asks for (哪两家, 三大产业), the grain of a date (哪一年), places written as a
list (甲市、乙县), the current holder of a post (not 前任), the best rank, the level of a place (哪个省),
a kind of organisation (哪家银行), and a how-many question's count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ...extract.mentions import Place, place_of
from ..results import Term
from .forms import TRADE_TAILS, org_forms, org_stems
from .parse import LEVEL_CHARS
from .select import acts_asked, load_lexicon, names_kind
from .templates import Template

# how many answers the question itself expects: 哪个单位 one, 哪两家 two, 三大产业 three
_COUNT_WORD = re.compile(
    r"哪([一两二三四五六七八九十])[个家位大所座项方省市种]|([一两二三四五六七八九十])大(?:主导|重点|特色|支柱|新兴)?产业"
    r"|哪(?=[个家位所座])"
)
_PAIR = re.compile(r"(哪[个家位所座方])(?:和|与|跟|同)\1")  # 哪家和哪家签的: a pair asked
_NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a date asked to the year or the month (哪一年成立): ISO answers cut to it
_DATE_GRAIN = (
    (
        re.compile(r"哪一?个?月(?!哪?[日天号]|几[日号])|几月份|什么月份|几月(?![几\d])"),
        7,
    ),  # 哪年哪月, 哪年几月: the month (几月几号,
    # 哪年哪月哪日: the day)
    (re.compile(r"哪一?年(?!哪一?个?月)|什么年份|哪个年份|哪个年度|哪一年度"), 4),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST_SEP = re.compile(r"、|和(?!.*和)|及(?!.*及)")  # 、 and the last 和/及 of a list of places
_LIST_TAIL = re.compile(r"等(地|地区|省市|城市|省份|省|市)?$")
_ISO = re.compile(r"\d{4}-\d{2}(-\d{2})?")


@dataclass
class Answer:
    """The answer to one question: template used, SPARQL, answers with sources, or why there are none."""

    question: str
    template: str | None = None
    sparql: str | None = None
    answers: list[dict[str, Any]] = field(default_factory=list)
    message: str | None = None
    candidates: list[dict[str, str]] | None = None
    bindings: dict[str, str] | None = None
    suggestions: list[dict[str, Any]] | None = None
    truncated: bool | None = None
    related: list[dict[str, str]] | None = None  # 相关原文: source sentences near the question, not an answer
    page: dict[str, int | None] | None = None  # a page of a longer answer (`page_of`): offset, limit, total, rest, next
    parts: list[dict[str, Any]] | None = None  # two asks of one entity (two_asks.py): each ask's answer JSON, in order

    def to_json(self) -> dict[str, Any]:
        """The CLI/web shape: question, template, sparql, answers, and message/candidates (… parts) when set."""
        out: dict[str, Any] = {
            "question": self.question,
            "template": self.template,
            "sparql": self.sparql,
            "answers": self.answers,
        }
        for key in ("message", "candidates", "bindings", "suggestions", "truncated", "related", "page", "parts"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


PAGE = 50  # answers shown at once by the web server (its `limit` parameter changes it)


def page_of(got: Answer, offset: int = 0, limit: int | None = PAGE) -> Answer:
    """The answers from `offset`, at most `limit` of them (none: all), and when that is not all of them,
    `page` says how many there are in all, how many follow and where the next page starts (None: last page).

    >>> a = page_of(Answer("q", answers=[{"label": str(i)} for i in range(5)]), 2, 2)
    >>> [x["label"] for x in a.answers], a.page
    (['2', '3'], {'offset': 2, 'limit': 2, 'total': 5, 'rest': 1, 'next': 4})

    Each of `parts` (two asks: each ask's answer JSON) is paged the same way, with its own `page`:

    >>> a = page_of(Answer("q", parts=[{"answers": [{"label": "甲"}]}, {"answers": [{"label": "乙"}, {"label": "丙"}]}]), 0, 1)
    >>> [([x["label"] for x in p["answers"]], p.get("page", {}).get("total")) for p in a.parts]
    [(['甲'], None), (['乙'], 2)]
    """
    if got.parts:
        parts = [_part_page(p, offset, limit) for p in got.parts]
        if any(p is not q for p, q in zip(parts, got.parts, strict=True)):
            got = replace(got, parts=parts)
    shown, page = _page(got.answers, offset, limit)
    return got if page is None else replace(got, answers=shown, page=page)


def _part_page(part: dict[str, Any], offset: int, limit: int | None) -> dict[str, Any]:
    """One ask's answer JSON of `parts`, paged as `page_of` pages an answer (itself when it is all on the page)."""
    shown, page = _page(part.get("answers") or [], offset, limit)
    return part if page is None else {**part, "answers": shown, "page": page}


def _page(answers: list[Any], offset: int, limit: int | None) -> tuple[list[Any], dict[str, int | None] | None]:
    """The answers from `offset`, at most `limit`, and the page said (None: all of them are on it)."""
    total = len(answers)
    offset = max(0, min(offset, total))
    if offset == 0 and (not limit or total <= limit):
        return answers, None
    shown = answers[offset : offset + limit if limit else total]
    rest = total - offset - len(shown)
    page: dict[str, int | None] = {"offset": offset, "limit": limit or None, "total": total, "rest": rest}
    page["next"] = offset + len(shown) if rest else None
    return shown, page


def counted(got: Answer, measure: str) -> Answer:
    """A how-many question (几位副市长): the answers counted, those counted kept as items."""
    if not got.answers:
        return got
    n = len(got.answers)
    item = {
        "label": f"{'至少' if got.truncated else ''}{n}{measure}",
        "iri": None,
        "value": float(n),
        "items": [a["label"] for a in got.answers],
        "sources": [s for a in got.answers for s in a.get("sources", [])][:5],
    }
    got.answers = [item]
    return got


def expected_count(text: str) -> int | None:
    """How many answers the question asks for (哪个 1, 哪两家 2, 三大产业 3), None when it does not say.

    >>> expected_count("长洽经济技术开发区立足哪三大产业"), expected_count("哪些人"), expected_count("哪家和哪家签约")
    (3, None, 2)
    """
    if _PAIR.search(text):
        return 2  # 哪家和哪家: one of each side
    m = _COUNT_WORD.search(text)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    return _NUMERALS[word] if word else 1


def current(
    answers: list[dict[str, Any]], asked: str = "", post: tuple[str, str] | None = None
) -> list[dict[str, Any]]:
    """The holders a question asking for the current or new one (新聘, 已出任) means: those whose every source
    sentence says they held it before (前任总经理甲, 甲已离职), or that they have since moved to a post of
    another kind than the question `asked` names (甲司长乙已出任办公厅主任), are left out, when others remain.
    Those whose every sentence says they held the very `post` asked (its title and body) before (甲局原局长乙,
    原甲局局长乙), or that they have since moved to a post of another kind (乙赴任丁局副主任, 乙已调任…), are left
    out even when none remains; a former post of another title or body (原丙局副局长乙) is not that one.

    >>> src = lambda s: [{"sentence": s}]
    >>> [a["label"] for a in current([{"label": "甲", "sources": src("前任总经理甲离职")},
    ...                                                 {"label": "乙", "sources": src("公司聘任乙为总经理")}])]
    ['乙']
    >>> [a["label"] for a in current([{"label": "甲", "sources": src("丙局原局长甲已赴任")}], "", ("局长", "丙局"))]
    []
    >>> [a["label"] for a in current([{"label": "甲", "said": ["甲赴任丁局副主任"]}], "丙局现任局长", ("局长", "丙局"))]
    []
    """
    if post:
        forms = {f for f in org_forms(post[1]) if len(f) >= 2}
        answers = [a for a in answers if not _left_post(a, post[0], forms) and not _moved_on(a, asked)]
    kept = [a for a in answers if not _held_before(a, asked)]
    for a in answers:
        a.pop("said", None)
    return kept if kept else answers


def _said(a: dict[str, Any]) -> list[str]:
    """The source sentences of an answer (or, without them, what it was said with)."""
    return [s["sentence"] for s in a.get("sources", []) if s.get("sentence")] or a.get("said", [])


@dataclass(frozen=True)
class _Held:
    """cues.yaml `held_before` as the patterns `_held_before` and `_post_left` search a source sentence with."""

    before: str  # 前任总经理甲: a former word, then at most 12 characters, before the name
    after: str  # 甲于去年离职: at most 24 characters after the name, then a word of leaving
    moved: str  # 甲已出任乙职: right after the name, a word of moving (已, 已经, 已于 and a time before it), the post
    title: re.Pattern[str]  # 原局长甲: a former word right before the title (searched in what precedes it)


@lru_cache(maxsize=1)
def _held() -> _Held:
    """The patterns of cues.yaml `held_before`, built once."""
    words = {k: "|".join(map(re.escape, v)) for k, v in load_lexicon().held_before.items()}
    return _Held(
        before=rf"({words['before']})[^，。；,;]{{0,12}}",
        after=rf"[^，。；,;]{{0,24}}({words['after']})",
        moved=rf"({words['already']}|(?:{words['already_at']})[^，。；,;]{{0,6}})?({words['moved']})"
        r"(?P<post>[^，。；,;、]{2,16})",
        title=re.compile(rf"({words['title']})$"),
    )


@lru_cache(maxsize=1)
def _former_words() -> str:
    """cues.yaml `former_said` as one alternation, longest first (前任 before 前)."""
    return "|".join(map(re.escape, load_lexicon().former_said))


def _moved_on(a: dict[str, Any], asked: str) -> bool:
    """True when every sentence of the answer (a holder without a title of its own) writes its name right before
    a word of moving to another post (cues.yaml held_before `moved`: 赴任, 调任, 已出任 …) and a post of another
    kind than the one `asked` (乙赴任丁局副主任 when 丙局局长 is asked; not 乙出任丙局局长)."""
    said = _said(a)
    if not said or a.get("title"):
        return False
    name = re.escape(a["label"])
    for x in said:
        m = re.search(name + _held().moved, x)
        if m is None or m.group("post")[-2:] in asked:
            return False
    return True


def _left_post(a: dict[str, Any], title: str, forms: set[str]) -> bool:
    """True when every sentence of the answer writes a former word, the post's body (or nothing) and its very
    title right before the holder's name: 丙局原局长甲, 原丙局局长甲, 由原局长甲; not 原丁局副局长甲 (another title or
    body), nor 太原市长甲 (原 inside a name)."""
    said = _said(a)
    if not said or a.get("title") or not title:
        return False
    pattern = re.compile(rf"(?=({_former_words()})([^，。；,;、\s]{{0,16}}?){re.escape(a['label'])})")  # 此前原局长甲
    return all(any(_of_post(m, x, title, forms) for m in pattern.finditer(x)) for x in said)


def _of_post(m: re.Match[str], said: str, title: str, forms: set[str]) -> bool:
    """True when the match (a former word, then a gap before the holder's name) is the post's body (a form of its
    name) and title, or its title alone or the end of its body's name and its title, after the body, a joining
    character or no character of a name."""
    gap = m.group(2)
    if not gap.endswith(title):
        return False
    body = gap[: -len(title)].removesuffix("的")
    if body in forms:
        return True
    if body and (len(body) < 3 or not any(f.endswith(body) for f in forms)):
        return False
    before = said[: m.start()]  # the title alone, or the end of the body's name (稳定局): not 原 of 青原县统计局
    return (
        not before
        or not _CJK.match(before[-1])
        or before[-1] in load_lexicon().joins_before_former
        or any(before.endswith(f) for f in forms)
    )


def former(answers: list[dict[str, Any]], asked: str = "") -> list[dict[str, Any]]:
    """The holders a question asking for a former one (甲行原行长) means: those whose every source sentence says
    they held it before (`current` leaves them out); none when none is, never a present holder.

    >>> src = lambda s: [{"sentence": s}]
    >>> [a["label"] for a in former([{"label": "甲", "sources": src("原总经理甲离职")},
    ...                                                {"label": "乙", "sources": src("公司聘任乙为总经理")}], "原总经理")]
    ['甲']
    """
    kept = [a for a in answers if _held_before(a, asked)]
    for a in answers:
        a.pop("said", None)
    return kept


def _held_before(a: dict[str, Any], asked: str) -> bool:
    """True when every sentence of the answer says its holder held the post before (原总经理甲, 甲已离职, 甲已出任
    a post of another kind than the one `asked`)."""

    held = _held()

    def moved(name: str, said: str) -> bool:
        m = re.search(name + held.moved, said)
        return m is not None and m.group("post")[-2:] not in asked

    def before(label: str, said: str) -> bool:  # 原总经理甲; not 原副总经理兼总监甲 when 总经理 is asked
        m = re.search(held.before + re.escape(label), said)
        gap = m.group(0)[len(m.group(1)) : -len(label)] if m else ""
        return m is not None and (len(gap) < 2 or gap[-2:] in asked)

    said = _said(a)
    if a.get("title"):
        return bool(said) and all(_post_left(a["title"], x, asked) for x in said)
    name = re.escape(a["label"])
    return bool(said) and all(before(a["label"], x) or re.search(name + held.after, x) or moved(name, x) for x in said)


def _post_left(title: str, said: str, asked: str) -> bool:
    """True when the sentence writes the title before a name the question holds as one held before: 原局长甲,
    前任总经理甲, or 司长甲已出任主任 (the person has since moved on)."""
    held = _held()
    for m in re.finditer(re.escape(title), said):
        rest = said[m.end() :]
        for k in (2, 3, 4, 5):
            if len(rest) > k and rest[:k] in asked:
                if re.match(held.moved, rest[k:]) or held.title.search(said[: m.start()]):
                    return True
    return False


def split_lists(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A place written as a list (甲市、乙市和丙县; 甲、乙等地) answered as its items.

    >>> [a["label"] for a in split_lists([{"label": "甲市、乙县和丙镇等地"}])]
    ['甲市', '乙县', '丙镇']
    """
    out: dict[str, dict[str, Any]] = {}
    for a in answers:
        label = _LIST_TAIL.sub("", a["label"])
        items = [x for x in _LIST_SEP.split(label) if x] if "、" in label else [a["label"]]
        for item in items if len(items) > 1 else [a["label"]]:
            out.setdefault(item, {**a, "label": item} if item != a["label"] else a)
    return list(out.values())


def date_grain(answers: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """ISO date answers cut to what the question asks (哪一年: the year), the same dates merged.

    >>> [a["label"] for a in date_grain([{"label": "2030-04-02"}], "甲公司哪一年成立")]
    ['2030']
    """
    grain = next((n for pattern, n in _DATE_GRAIN if pattern.search(text)), None)
    if grain is None or not any(_ISO.fullmatch(a["label"]) for a in answers):
        return answers
    out: dict[str, dict[str, Any]] = {}
    for a in answers:
        label = a["label"][:grain] if _ISO.fullmatch(a["label"]) else a["label"]
        out.setdefault(label, {**a, "label": label})
    return list(out.values())


def bodies_merged(answers: list[dict[str, Any]], expected: int) -> list[dict[str, Any]]:
    """Answers that are one unit and the bodies named after it (甲公司, 甲公司党委) as that unit, when that
    gives the number of answers the question asks for (哪家单位: one); else unchanged.

    >>> [a["label"] for a in bodies_merged([{"label": "甲公司党委"}, {"label": "甲公司"}], 1)]
    ['甲公司']
    """
    if any(a.get("title") for a in answers):
        return answers
    heads = [a for a in answers if not any(b is not a and b["label"] in a["label"] for b in answers)]
    if len(heads) != expected:
        heads = [a for a in heads if not any(b is not a and _fuller_company(b["label"], a["label"]) for b in heads)]
    return heads if len(heads) == expected else answers


# a which-word asking a place or zone by its level (哪个区的, 哪个开发区的): its bodies answer it together
_WHICH_LEVEL = re.compile(r"哪一?[个座家](?:[^的哪]{0,3}?)[" + "".join(sorted(LEVEL_CHARS)) + r"]的?")


def _bodies_of_one_place(answers: list[dict[str, Any]], text: str, expected: int) -> bool:
    """True when one place or zone is asked by its level (甲是哪个开发区的) and the answers are bodies of one place or
    zone (its 党工委 and its 管委会: a stem of the name shared by all), which together are that one answer.

    >>> _bodies_of_one_place([{"label": "中共甲乙经济技术开发区工作委员会"}, {"label": "甲乙经济技术开发区管理委员会"}],
    ...                      "丙是哪个开发区的", 1)
    True
    >>> _bodies_of_one_place([{"label": "中共甲乙市委员会"}, {"label": "丙丁集团有限公司"}], "丙是哪个市的", 1)
    False
    >>> _bodies_of_one_place([{"label": "中共甲乙市委员会"}, {"label": "甲乙市人民政府"}], "丙是哪个单位的", 1)
    False
    """
    if expected != 1 or len(answers) < 2 or not _WHICH_LEVEL.search(text):
        return False
    if any(a.get("title") or not isinstance(a.get("label"), str) for a in answers):
        return False
    shared = set.intersection(*(org_stems(a["label"]) for a in answers))
    return bool(shared)


# the trade word a company's short name leaves out (甲乙通讯有限公司 -> 甲乙公司); never one that tells two apart (化工)
_TRADE_WORDS = frozenset(("", *TRADE_TAILS, "通讯", "通信", "电子", "电器", "电气"))
_COMPANY_END = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|公司|集团)$")


def _fuller_company(full: str, short: str) -> bool:
    """True when `short` is the company `full` written shorter (甲乙公司 of 甲乙通讯有限公司: its name's start
    with a company word), as one company written two ways is one answer."""
    a, b = _COMPANY_END.search(full), _COMPANY_END.search(short)
    if not a or not b or len(full) <= len(short):
        return False
    stem, short_stem = full[: a.start()], short[: b.start()]
    return len(short_stem) >= 3 and stem.startswith(short_stem) and stem[len(short_stem) :] in _TRADE_WORDS


def best_rank(rows: list[dict]) -> list[dict]:
    """The rows of the best (lowest) rank, when the rows have ranks; rows without one are kept."""
    ranks = [int(r["rank"].value) for r in rows if r.get("rank") is not None]
    if not ranks:
        return rows
    best = min(ranks)
    return [r for r in rows if r.get("rank") is None or int(r["rank"].value) == best]


def level_rows(template: Template, rows: list[dict], text: str) -> list[dict]:
    """Rows whose label names a place of the level the question asks (哪个省: 省 or 自治区, also 甲省乙市),
    or a place written without its level (上海); a zone given as a place (?zoned) is of no level."""
    words = next((e for word, e in template.level.items() if word in text), None)
    if not words:
        return rows
    out = []
    for r in rows:
        if r.get("label") is None or r.get("zoned") is not None:
            continue
        items = _items(r["label"].value)
        if all(_of_level(x, words) for x in items):
            out.append(r)
        elif "省" in words or "自治区" in words:  # 去了哪些省, the places a city or county: the provinces they
            # lie in (咸宁: 湖北省); 哪个自治区 only those of that level (乙县: 甲自治区, never 丙省)
            out += [
                {**r, "label": Term("literal", p), "x": None}
                for p in _provinces(items)
                if "省" in words or _of_level(p, words)
            ]
    return out


# the levels of places, the widest first: a question asking one (哪个城市) answers with a wider one only as `coarser_rows`
_LEVEL_RANKS: tuple[tuple[str, ...], ...] = (("省", "自治区"), ("市",), ("县", "旗", "区"), ("镇", "乡"))


def coarser_rows(template: Template, rows: list[dict], text: str) -> tuple[list[dict], str]:
    """For a `coarser` template asked a level (哪个城市) that no row is of: the rows of places above it (the province
    the graph places the body in) and the level asked's noun ('城市'), to answer with what the graph knows and say the
    level asked is not known; ([], '') when the level asked is not a city's.

    >>> t = Template("t", "", "t", {}, [], "", "", level={"哪个城市": ("市",)}, coarser=True)
    >>> from kgqa.kg.results import Term
    >>> rows, noun = coarser_rows(t, [{"label": Term("literal", "山西省")}], "甲在哪个城市")
    >>> [r["label"].value for r in rows], noun
    (['山西省'], '城市')
    """
    words = next((e for word, e in template.level.items() if word in text), None) if template.coarser else None
    asked = next((k for k, level in enumerate(_LEVEL_RANKS) if words and set(words) & set(level)), 0)
    if asked != 1:  # a city asked only: 哪个县 of a body known in a city keeps no answer (the county is not said)
        return [], ""
    above = [w for level in _LEVEL_RANKS[:asked] for w in level]
    kept = [
        r for r in rows if r.get("label") is not None and r.get("zoned") is None and _of_level(r["label"].value, above)
    ]
    return kept, ("城市" if "市" in words else words[0]) if kept and words else ""


def _provinces(items: list[str]) -> list[str]:
    """The provinces the places lie in (咸宁, 湖南长沙: 湖北省, 湖南省), when the divisions data knows each; else none.

    >>> _provinces(["湖北鄂州", "咸宁", "湖南长沙"]), _provinces(["咸宁", "甲乙村"])
    (['湖北省', '湖南省'], [])
    """
    found = [place_of(x) or _after_province(x) for x in items]
    if not all(d is not None and d.province for d in found):
        return []
    return list(dict.fromkeys(d.province for d in found if d is not None and d.province))


def _items(label: str) -> list[str]:
    """The places a label lists (甲市、乙县和丙镇), or the label itself."""
    listed = _LIST_TAIL.sub("", label)
    return [x for x in _LIST_SEP.split(listed) if x] if "、" in listed else [label]


def _of_level(label: str, words: Sequence[str]) -> bool:
    """True when the place's name, or the full name of the division it writes short (广州: 广州市, 湖南长沙: 长沙市),
    holds one of the level words, the division is of the level asked (喀什地区 a city, 上海市 a province too), or
    it is no division the data knows and has no level at all.

    >>> _of_level("咸宁", ["省", "自治区"]), _of_level("湖南长沙", ["省"]), _of_level("喀什", ["市"]), _of_level("上海", ["省"])
    (False, False, True, True)
    """
    division = place_of(label) or _after_province(label)
    if division is None:
        return any(w in label for w in words) or label[-1:] not in LEVEL_CHARS
    province = division.level == "province" or division.province == division.name  # a municipality is both
    return (
        any(w in division.name or w in label for w in words)
        or ("省" in words and province)
        or ("市" in words and division.level == "city")
    )


def _after_province(label: str) -> Place | None:
    """The division a name writes after its province's short name (湖南长沙: 长沙市), when the data knows both."""
    for k in (3, 2):
        head = place_of(label[:k])
        if len(label) > k + 1 and head is not None and head.level == "province":
            return place_of(label[k:])
    return None


def nth_rows(rows: list[dict], place: int) -> list[dict]:
    """The rows of the fact at `place` of the rows' order (best first), none when fewer facts or when its
    ?value ties with the fact's before or after it (第二大 is then no one fact)."""
    facts: dict[str, float] = {}
    for r in rows:
        if r.get("fact") is not None and r["fact"].value not in facts:
            facts[r["fact"].value] = float(r["value"].value) if r.get("value") is not None else float("nan")
    order = list(facts)
    if len(order) < place:
        return []
    value = facts[order[place - 1]]
    if facts[order[place - 2]] == value or (len(order) > place and facts[order[place]] == value):
        return []
    return [r for r in rows if r.get("fact") is not None and r["fact"].value == order[place - 1]]


def narrow_rows(template: Template, rows: list[dict], text: str) -> list[dict]:
    """The rows of the kind of organisation a narrowing word asks for (哪家银行: banks, or names holding 银行 that
    are not a party committee: 甲银行党委 is no bank)."""
    for word, org_type in narrowing_words(template.narrow, text).items():
        rows = [r for r in rows if _of_kind(r, word, org_type)]
    return rows


def narrowing_words(narrow: dict[str, str], text: str) -> dict[str, str]:
    """The words of the table said in the text, but one overlapping a word of another kind that reaches further
    right, or as far and is longer (几次会见: 会见, talks, not 几次会, meetings), or ending right where a word of
    another kind starts (召开了几次会谈: the head noun 会谈, talks, not the verb's 召开了几次, meetings).

    >>> narrowing_words({"几次会": "meeting", "会见": "talks", "会议": "meeting"}, "甲有几次会见")
    {'会见': 'talks'}
    >>> narrowing_words({"召开了几次": "meeting", "会谈": "talks"}, "甲召开了几次会谈")
    {'会谈': 'talks'}
    """
    said = [(m.start(), m.start() + len(w), w) for w in narrow for m in re.finditer(re.escape(w), text)]
    return {
        w: narrow[w]
        for a, b, w in said
        if not any(
            narrow[v] != narrow[w] and (c == b or (c < b and a < d and (d > b or (d == b and d - c > b - a))))
            for c, d, v in said
        )
    }


_CLAUSE_END = re.compile(r"[，。；,;：:！!？?]")


@lru_cache(maxsize=1)
def _act_words() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str] | None]:
    """The verbs of acts (cues.yaml doers: each -> its role and the act's words) and a pattern of every word of those
    roles' cue groups, longest first (主持召开 before 主持): what may be the act a name in a summary did."""
    lex = load_lexicon()
    roles = {role for role, *_ in lex.doers.values()}
    words = sorted((w for w, tags in lex.tags.items() if any(k == "cue" and g in roles for k, g in tags)), key=len)
    return lex.doers, re.compile("|".join(map(re.escape, words[::-1]))) if words else None


def doer_rows(template: Template, rows: list[dict], text: str) -> list[dict]:
    """For a template answering who did an act (a cue group of cues.yaml doers: said), the rows whose event summary
    (?name) tells the person (?label) did the act the question names: the first act word after the name, within
    its clause, says it (甲为园区揭牌: 甲 揭牌; 乙主持揭牌仪式: 乙 主持; 丙、丁致辞: both 致辞). A summary that does
    not say the act keeps all its rows (who spoke is not told: those who took part); rows without a summary are a
    role the graph records (kgqa:witness) and are kept.

    >>> t = Template("t", "", "t", {}, [], "", "", cues=(("said",),))
    >>> from kgqa.kg.results import Term
    >>> said = "甲园揭牌，柏松为园区揭牌，石远主持揭牌仪式，云鹤、江雪致词，梁木出席了揭牌仪式"
    >>> rows = [{"label": Term("literal", n), "name": Term("literal", said)} for n in ("柏松", "石远", "云鹤", "江雪", "梁木")]
    >>> [r["label"].value for r in doer_rows(t, rows, "谁揭牌")], [r["label"].value for r in doer_rows(t, rows, "谁致辞")]
    (['柏松'], ['云鹤', '江雪'])
    """
    doers, pattern = _act_words()
    roles = {g for need in template.cues for g in need} & {role for role, *_ in doers.values()}
    asked = acts_asked(text, load_lexicon(), roles)
    if not roles or pattern is None:
        return rows
    did = [r for r in rows if r.get("name") is not None and asked and _did(r, asked, pattern)]
    told = {r["name"].value for r in did} | {
        r["name"].value for r in rows if r.get("name") is not None and any(a in r["name"].value for a in asked)
    }
    # a summary that tells the act of no one (甲市召开视频会: who spoke is not said): everyone who took part, as
    # the participants' template answers; one that tells it of others (嘉宾致辞): none of them
    return [r for r in rows if r.get("name") is None or r in did or r["name"].value not in told]


def _did(row: dict, asked: set[str], pattern: re.Pattern[str]) -> bool:
    """True when the row's summary says its person did one of the acts asked (the first act word after the name)."""
    said, who = (row["name"].value if row.get("name") else ""), (row["label"].value if row.get("label") else "")
    if not said or not who:
        return False
    lex = load_lexicon()
    for at in (m.end() for m in re.finditer(re.escape(who), said)):
        clause = _CLAUSE_END.split(said[at:], maxsplit=1)[0]
        acts = (a for a in pattern.finditer(clause) if not _names_occasion(clause, a, lex))
        act = next(acts, None)
        if act and act.group() in asked:
            return True
    return False


def _names_occasion(clause: str, act: re.Match[str], lex: Any) -> bool:
    """True when the act word only names the kind of an occasion after it (出席了揭牌仪式: no 揭牌 done)."""
    return act.group() in lex.doers and names_kind(clause, act.end(), lex, lex.doers[act.group()][0])


def kind_rows(template: Template, rows: list[dict], text: str) -> list[dict]:
    """The rows of the kind of fact the question names: 签的合作协议 keeps agreements whose ?kind holds 合作.

    >>> t = Template("t", "", "t", {}, [], "", "", kinds={"合作协议": "合作"})
    >>> from kgqa.kg.results import Term
    >>> rows = [{"kind": Term("literal", "贷款")}, {"kind": Term("literal", "战略合作协议")}]
    >>> [r["kind"].value for r in kind_rows(t, rows, "甲行和谁签的合作协议")]
    ['战略合作协议']
    """
    for word, part in template.kinds.items():
        if word in text:
            rows = [r for r in rows if r.get("kind") is not None and part in r["kind"].value]
    return rows


def _of_kind(row: dict, word: str, org_type: str) -> bool:
    """True when the row's organisation is of the type, or is named with the word (its label, or a short form of
    its ?orgLabel: 甲市政协 of 中国人民政治协商会议甲市委员会) and not a committee."""
    typ = row["type"].value if row.get("type") else None
    if typ == org_type:
        return True
    named = bool(row.get("label") and word in row["label"].value) or bool(
        row.get("orgLabel") and any(word in f for f in org_forms(row["orgLabel"].value))
    )
    return named and (typ != "party_committee" or org_type == "development_zone")  # a zone's 党工委 is the zone's


def shaped(
    template: Template,
    answers: list[dict[str, Any]],
    question: str,
    text: str,
    was: bool = False,
    post: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Answers as the question asks them: dates to its grain, lists of places split, former holders left out
    (when it asks for the current one) or alone kept (`was`: it asks for a former one), a fact's summary kept
    and its short label shown; `post` (title, body label): the post asked, whose holders said former of it are
    never a current one."""
    answers = date_grain(answers, text)
    if "place" in template.asks:
        answers = split_lists(answers)
    if was:
        answers = former(answers, question)
    elif template.current and any(w in question for w in template.current):
        answers = current(answers, question, post)
    if template.label:
        for a in answers:
            a["summary"], a["label"] = a["label"], template.short_label(a["label"])
    return answers


def finished(
    out: Answer,
    template: Template,
    found: list[dict[str, Any]],
    text: str,
    truncated: bool,
    was: bool = False,
    post: tuple[str, str] | None = None,
) -> Answer:
    """The answer with its items shaped (`shaped`; `was`: a former holder asked), or candidates when their number
    is not the one the question asks for (never for a `listed` template: each one found answers), and a message
    when there are none or the template's row limit cut them."""
    answers = shaped(template, found, out.question, text, was, post)
    expected = None if template.lists_each(text) else expected_count(text)  # 甲是哪个单位的人: each of 甲's bodies
    if expected and len(answers) > expected:
        answers = bodies_merged(answers, expected)
    if expected and answers and len(answers) != expected and not _bodies_of_one_place(answers, text, expected):
        out.message = f"问题问的是{expected}个，图谱里有{len(answers)}个，请核对"
        out.candidates = [{"label": a["label"], "iri": a.get("iri") or "", "kind": "answer"} for a in answers[:20]]
        return out
    out.answers = answers
    if not answers:
        out.message = "图谱里没有这个问题的答案"
    elif truncated:
        out.truncated = True
        out.message = f"答案很多，只列出前{template.limit}条"
    return out
