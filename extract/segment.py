"""Step `segment`: a page of text -> news items (`doc.facts.articles`).

Conventions left for later steps (stable):

* `doc.facts.articles[i]` is an `Article` with `title` (None for an untitled photo
  caption), `authors` (reporters / photographers, never officials), `body` (the item's
  paragraphs after repair, joined by "\\n", bylines that stand on their own line left
  out), `first_words`, and `start`/`end` offsets of the item in `doc.text`.
* `doc.body_maps[i]` maps body offsets of article i back to `doc.text`
  offsets: a list of `(body_start, text_start, length)` runs; use `to_page_offset`.

What it handles: `## `/`### ` headings of converted PDF pages, `title\\n\\nbody`
articles, lines broken in the middle of a word across blank lines, paragraphs
duplicated by the layout, titles split over two lines (also in reversed order),
bylines (本报讯 记者X报道, □本报记者 X, 本刊讯 ... (X), 新华社记者, 记者 X at the
end, 本报记者 X 摄 under a photo caption).

    >>> from kgqa.extract.pipeline import Doc
    >>> d = Doc("标题\\n\\n本报讯 记者张三报道：3月1日，会议召开。")
    >>> segment(d); d.facts.articles[0].title, d.facts.articles[0].authors
    ('标题', ['张三'])
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .facts import Article
from .lexicon import LexiconError, load
from .pipeline import Doc, extractor

TERMINAL = "。！？!?；;：:…—”’」』）)】>"
HAN = r"[\u4e00-\u9fff]"
NAME = r"[\u4e00-\u9fff·]{2,4}"
SP = r"[ \t\u3000]*"  # spaces within a line, the ideographic one too
NAMES = rf"{NAME}(?:[ \t\u3000、，,]+{NAME})*"
REPORTER = r"(?:记者|通讯员)"
WIRE_REPORTER = rf"(?:(?:新华社|本报|本刊|特约)?(?:见习|特约|首席)?{REPORTER})"  # 新华社记者, 本报见习记者
DATELINES = rf"本报讯|本刊讯|本报{HAN}{{2,6}}电|新华社{HAN}{{2,6}}电"  # alternatives: 本报讯, 本报北京电

# A standalone byline line: □本报记者 X / 本报见习记者 X / 本报记者X / 新华社记者 / (X) / 记者 X.
BYLINE_LINE = re.compile(
    rf"^[□■◇◆\s]*(?:本报|本刊|特约|新华社|人民日报|中新社)?(?:见习|特约|首席)?{REPORTER}{SP}(?P<names>{NAMES})?{SP}$"
)
PAREN_AUTHOR = re.compile(rf"^{SP}[(（]{SP}(?P<names>{NAMES}){SP}[)）]{SP}$")
PHOTO_CREDIT = re.compile(rf"^[□\s]*(?:本报|本刊|新华社)?(?:见习)?{REPORTER}?{SP}(?P<names>{NAMES}){SP}摄(?:影)?{SP}$")
# Inline byline at the head of the first paragraph: 本报讯 记者X 赵Y报道：
INLINE_BYLINE = re.compile(
    rf"^{SP}(?:{DATELINES})?{SP}[（(]?(?:本报|特约)?(?:见习)?{REPORTER}{SP}"
    rf"(?P<names>{NAME}(?:[ \t\u3000、，,]+(?:(?:见习)?{REPORTER})?{SP}{NAME})*){SP}(?:报道|[)）])"
)
ITEM_OPENER = re.compile(rf"^{SP}(?:{DATELINES}|□)")
HEADING = re.compile(rf"^{SP}(#{{1,6}})[ \t\u3000]+(.*)$")
TAIL_AUTHOR = re.compile(rf"[。！？”]{SP}[(（]?(?:本报)?记者[ \t\u3000]+(?P<names>{NAMES})[)）]?{SP}$")
PAREN_CREDIT = re.compile(rf"[(（](?P<names>{NAMES}){SP}摄(?:影)?[)）]")
# Wire-style datelines and bylines at the head of one of an item's first paragraphs:
# 据新华社上海1月27日电（记者甲、乙）/ 本报天津1月24日电记者甲、乙报道：/ 本报北京1月12日讯新华社记者甲、本报记者乙报道：
# / 某某报 (记者 甲) — the names may run together without a separator (本报记者甲乙).
WIRE_BYLINE = re.compile(
    rf"^{SP}据?(?:本报讯|本刊讯|(?:本报|本刊|新华社|中新社|中新网|{HAN}{{2,6}}(?:报|社|网))"
    rf"(?:[^\s，。：:（()）]{{1,14}}?(?:电|讯))?)?{SP}(?P<open>[（(])?{SP}"
    rf"(?P<names>{WIRE_REPORTER}{SP}[\u4e00-\u9fff·]{{2,12}}(?:[ \t\u3000、，,]+{WIRE_REPORTER}?"
    rf"{SP}[\u4e00-\u9fff·]{{2,12}})*?){SP}(?(open)[)）]|(?:报道|[)）]))"
)
# A publication line of portal pages: 发布时间：2011-03-29 / 发布人：-新华网 (the outlet, not a person).
PUBLISHED_LINE = re.compile(
    rf"^{SP}发布时间{SP}[：:]{SP}(?P<y>\d{{4}})[-/.年](?P<m>\d{{1,2}})[-/.月](?P<d>\d{{1,2}})日?"
)
PUBLISHER_LINE = re.compile(rf"^{SP}(?:发布人|来源|发布单位){SP}[：:]")
# Names in parentheses closing an item's last paragraph: …锦旗和牌匾。（甲乙）
TAIL_PAREN = re.compile(rf"[。！？”]{SP}[（(]{SP}(?P<names>[\u4e00-\u9fff·、 \t\u3000]{{2,14}}){SP}[)）]{SP}$")
MOVE_ON = re.compile(r"^[（(]?(?:下转|上接|转第|接第)")
ITEM_MARKS = "".join(load("line_words.yaml")["item_marks"])
# an item's mark after a sentence's end, a colon or a space inside a line (…讲话。■乙… / 综合报道：■甲… / …电 ◆甲…): a cut
# before the item
ITEM_AFTER_END = re.compile(rf"(?:(?<=[。！？”：:])|(?<=[ \t\u3000])){SP}[{ITEM_MARKS}]")
VERB_START = re.compile(rf"^(?:{'|'.join(load('line_words.yaml')['verbs_after_names'])})")
NAME_END = re.compile(rf"(?:{'|'.join(load('line_words.yaml')['title_endings'])})" r"[\u4e00-\u9fff]{2,3}$")


@dataclass
class Para:
    """A paragraph: its text and the runs of page text it was read from."""

    text: str
    runs: list[tuple[int, int, int]] = field(default_factory=list)  # (para_offset, page_offset, length)
    kind: str = "body"  # h2, h3, byline, paren_author, photo_credit, short, body, move_on, meta, names

    @property
    def start(self) -> int:
        return self.runs[0][1] if self.runs else 0

    @property
    def end(self) -> int:
        return self.runs[-1][1] + self.runs[-1][2] if self.runs else 0


def split_paragraphs(text: str) -> list[Para]:
    """Non-blank lines of the page with their offsets (stripped of surrounding spaces); a run-on line of short items
    (财经要闻简报：■甲…。■乙…) read as one paragraph an item, each without its mark (line_words.yaml item_marks)."""
    out: list[Para] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        marks = [i.end() for i in ITEM_AFTER_END.finditer(line)]
        # (an item tells something, a full stop in it before the next mark: 运作呈现五个特点：●产销…●盈利… is a heading)
        cuts = [0, *(a for a, b in zip(marks, [*marks[1:], len(line)]) if "。" in line[a:b]), len(line)]
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b].rstrip(ITEM_MARKS) if b < len(line) else line[a:b]
            lead = len(piece) - len(piece.lstrip(" \t\u3000\r\ufeff"))
            body = piece.strip(" \t\u3000\r\ufeff")
            if body:
                out.append(Para(body, [(0, m.start() + a + lead, len(body))]))
    return out


def classify(p: Para) -> str:
    """Kind of a paragraph from its own text."""
    t = p.text
    h = HEADING.match(t)
    if h:
        return "h2" if len(h.group(1)) <= 2 else "h3"
    if len(t) <= 60 and (PUBLISHED_LINE.match(t) or PUBLISHER_LINE.match(t)):
        return "meta"
    if len(t) <= 40:
        if PHOTO_CREDIT.match(t):
            return "photo_credit"
        if PAREN_AUTHOR.match(t):
            return "paren_author"
        if BYLINE_LINE.match(t):
            return "byline"
        if MOVE_ON.match(t):
            return "move_on"
    if len(t) <= 40 and t[-1] in "）)" and not re.search(r"[。！？，]", t):
        return "short"  # a headline with a parenthesised note: 标题（附图片2张）
    if t[-1] in TERMINAL or t[-1] in "，,；;、：:" or len(t) > 90 or re.search(r"[。！？]", t[:-1]):
        return "body"
    return "short"


def _is_unfinished_body(p: Para) -> bool:
    """A body paragraph cut in the middle of a sentence by the layout."""
    t = p.text
    if p.kind not in ("body", "short") or t[-1] in TERMINAL:
        return False
    return len(t) >= 60 or (len(t) >= 12 and ("。" in t or "，" in t))


def _can_continue(p: Para) -> bool:
    return p.kind in ("body", "short") and not ITEM_OPENER.match(p.text)


def repair(paras: list[Para]) -> list[Para]:
    """Join paragraphs broken mid-sentence, drop paragraphs duplicated by the layout."""
    joined: list[Para] = []
    for p in paras:
        at_item_start = len(joined) < 2 or joined[-2].kind in ("paren_author", "photo_credit")
        if (
            joined
            and _is_unfinished_body(joined[-1])
            and _can_continue(p)
            and not (at_item_start and len(joined[-1].text) < 60 and "。" not in joined[-1].text)
        ):
            prev = joined[-1]
            off = len(prev.text)
            prev.runs.extend((off + a, b, n) for a, b, n in p.runs)
            prev.text += p.text
            prev.kind = "body"
            continue
        joined.append(p)
    out: list[Para] = []
    dropped_prev = False
    for i, p in enumerate(joined):
        dup = False
        if p.kind == "body" and (len(p.text) >= 20 or (len(p.text) >= 3 and p.text[-1] in "。！？")):
            window = joined[max(0, i - 40) : i] + joined[i + 1 : i + 40]
            dup = any(
                q is not p
                and q.kind == "body"
                and p.text in q.text
                and (len(q.text) > len(p.text) or joined.index(q) < i)
                for q in window
            )
        elif (
            p.kind in ("paren_author", "byline")
            and dropped_prev
            and out
            and out[-1].kind == p.kind
            and out[-1].text == p.text
        ):
            dup = True
        dropped_prev = dup
        if not dup:
            out.append(p)
    return out


# What a byline name cannot hold or end with (data/byline_words.yaml).
NOT_GIVEN_BYLINE = set(load("byline_words.yaml")["not_given"])
BODY_ENDINGS = set(load("byline_words.yaml")["body_endings"])
ROLE_PREFIX = re.compile(r"^(?:新华社|本报|本刊|特约)?(?:见习|特约|首席)?(?:记者|通讯员)")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names, single and compound, as the name recogniser reads them (names.model())."""
    from .names import model

    m = model()
    return frozenset(m.S) | frozenset(m.compounds)


def _plausible_name(s: str) -> bool:
    """A 2-4 character string that reads as a person's name: a family name, then given characters."""
    from .names import NOT_NAMES

    if not 2 <= len(s) <= 4 or s in NOT_NAMES or not re.fullmatch(r"[\u4e00-\u9fff]+", s):
        return False
    fam = 2 if s[:2] in surnames() else 1 if s[0] in surnames() else 0
    return (
        fam > 0
        and 1 <= len(s) - fam <= 2
        and not any(c in NOT_GIVEN_BYLINE for c in s[fam:])
        and s[-1] not in BODY_ENDINGS
    )


TIE_MARGIN = 1.0  # how much better by the name statistics a split must read to break a tie


def _name_score(name: str) -> float:
    """How much a string reads as a name by the statistics of names.py (family name + given chars)."""
    from .names import G_UNKNOWN, S_COMPOUND, model

    m = model()
    fam = 2 if name[:2] in m.compounds else 1
    return (S_COMPOUND if fam == 2 else m.S.get(name[0], -9.0)) + sum(m.G.get(c, G_UNKNOWN) for c in name[fam:])


def _splits(run: str) -> list[list[str]]:
    """Every way of reading run as plausible names one after another."""
    if not run:
        return [[]]
    out = []
    for size in (2, 3, 4):
        if size <= len(run) and _plausible_name(run[:size]):
            out += [[run[:size], *rest] for rest in _splits(run[size:])]
    return out


def split_name_run(run: str) -> list[str] | None:
    """Names written one after another with no separator (甲乙丙丁戊己 -> [甲乙丙, 丁戊己]), or None.

    Each name is a family name and one or two given characters; of the splits that read so, the
    one with the most three-character names wins (the common length), then the one that reads
    clearly best by the name statistics (孙哲|王荣霞 before 孙哲王|荣霞); a tie still -> None.

        >>> split_name_run("王小明李大华")
        ['王小明', '李大华']
    """
    if len(run) > 16:
        return None
    options = [(sum(len(n) == 3 for n in ns), sum(map(_name_score, ns)), ns) for ns in _splits(run)]
    if not options:
        return None
    top = max(o[0] for o in options)
    ranked = sorted((o for o in options if o[0] == top), key=lambda o: -o[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < TIE_MARGIN:
        return None
    return ranked[0][2]


def _names(s: str | None) -> list[str]:
    """Reporters' names from a byline's name part (separated, role-prefixed or run together)."""
    if not s:
        return []
    out: list[str] = []
    for part in re.split(r"[ \t\u3000、，,]+", s):
        part = ROLE_PREFIX.sub("", part)
        if len(part) <= 4:
            out += [part] if part else []
        else:
            out += split_name_run(part) or []
    return out


def name_line(text: str) -> list[str] | None:
    """The names of a line that holds nothing but reporters' names (甲乙丙丁戊, 本报记者甲乙), else None."""
    text = ROLE_PREFIX.sub("", text.lstrip("□■◇◆ \t\u3000"))
    if not re.fullmatch(r"[\u4e00-\u9fff·、 \t\u3000]{2,16}", text):
        return None
    names: list[str] = []
    for part in re.split(r"[ \t\u3000、]+", text):
        got = [part] if len(part) <= 4 and _plausible_name(part) else split_name_run(part) if len(part) > 4 else None
        if not got:
            return None
        names += got
    return names


def _title_from_lines(lines: list[str]) -> str | None:
    """One title from the short lines heading an item (reversed pair put right)."""
    lines = [HEADING.sub(r"\2", x).strip() for x in lines if x.strip()]
    if not lines:
        return None
    if len(lines) == 2 and VERB_START.match(lines[0]) and NAME_END.search(lines[1]):
        lines = [lines[1], lines[0]]
    return "".join(lines) if all(len(x) < 25 for x in lines[:-1]) and len(lines) <= 3 else lines[0]


def _items_markdown(paras: list[Para]) -> list[dict]:
    """Items of a page whose titles are marked `## `: kickers/subtitles around each heading."""
    items: list[dict] = []
    cur: dict | None = None
    n = len(paras)
    i = 0
    while i < n:
        p = paras[i]
        if p.kind == "h2":
            # kickers just before the heading belong to the new item's header, not to the old body
            if cur is not None:
                while cur["paras"] and cur["paras"][-1].kind in ("h3", "short"):
                    cur["paras"].pop()
            heading = HEADING.match(p.text)
            cur = {
                "title": (heading.group(2) if heading else p.text).strip(),
                "paras": [],
                "authors": [],
                "start": p.start,
                "end": p.end,
            }
            items.append(cur)
            i += 1
            while i < n and paras[i].kind in ("short", "h3") and i + 1 < n and paras[i + 1].kind != "h2":
                # subtitle lines right after the heading (not a section heading followed by body)
                if paras[i].kind == "h3" and paras[i + 1].kind == "body":
                    break
                if paras[i].kind == "short" and paras[i + 1].kind == "body" and len(paras[i].text) > 30:
                    break
                i += 1
            continue
        if cur is None:
            cur = {"title": None, "paras": [], "authors": [], "start": p.start, "end": p.end}
            items.append(cur)
        cur["paras"].append(p)
        i += 1
    return items


def _items_plain(paras: list[Para]) -> list[dict]:
    """Items of a page without heading marks: a new item after each closing byline."""
    items: list[dict] = []
    cur: dict | None = None
    for p in paras:
        if cur is None or cur.get("closed"):
            cur = {"title_lines": [], "paras": [], "authors": [], "start": p.start, "end": p.end}
            items.append(cur)
        if (
            not cur["paras"]
            and p.kind in ("short", "h2", "h3")
            and len(cur["title_lines"]) < 3
            and not ITEM_OPENER.match(p.text)
        ):
            cur["title_lines"].append(p.text)
            continue
        cur["paras"].append(p)
        if p.kind == "paren_author":
            cur["closed"] = True
    for it in items:
        it["title"] = _title_from_lines(it.pop("title_lines"))
    return items


def _split_photo_captions(items: list[dict]) -> list[dict]:
    """A `X 摄` credit closes an untitled photo item made of the paragraph just before it."""
    out: list[dict] = []
    for it in items:
        paras = it["paras"]
        k = next((j for j, p in enumerate(paras) if p.kind == "photo_credit"), None)
        while k is not None:
            cap_start = k - 1 if k >= 1 and paras[k - 1].kind == "body" else k
            if cap_start > 0 and any(p.kind == "body" for p in paras[:cap_start]):
                out.append({**it, "paras": paras[:cap_start]})
                it = {"title": None, "paras": paras[cap_start:], "authors": [], "start": paras[cap_start].start}
            paras = it["paras"]
            k2 = next((j for j, p in enumerate(paras) if p.kind == "photo_credit"), None)
            if k2 is None:
                break
            # credit belongs to this item: next item starts after it
            if k2 + 1 < len(paras):
                out.append({**it, "paras": paras[: k2 + 1]})
                it = {"title": None, "paras": paras[k2 + 1 :], "authors": [], "start": paras[k2 + 1].start}
                paras = it["paras"]
                k = next((j for j, p in enumerate(paras) if p.kind == "photo_credit"), None)
            else:
                k = None
        out.append(it)
    return out


def _make_article(it: dict) -> tuple[Article, list[tuple[int, int, int]]] | None:
    authors: list[str] = list(it.get("authors") or [])
    kept: list[Para] = []
    meta: list[str] = []
    paras = it["paras"]
    for k, p in enumerate(paras):
        if (k <= 3 or k == len(paras) - 1) and p.kind in ("short", "body") and name_line(p.text):
            authors.extend(name_line(p.text) or [])  # a line of nothing but reporters' names
            continue
        if p.kind == "meta":  # 发布时间 / 发布人 lines: the item's publication, not its text
            meta.append(p.text)
            continue
        if p.kind in ("byline", "paren_author", "photo_credit"):
            m = (
                BYLINE_LINE if p.kind == "byline" else PAREN_AUTHOR if p.kind == "paren_author" else PHOTO_CREDIT
            ).match(p.text)
            authors.extend(_names(m.group("names")) if m else [])
            continue
        if p.kind in ("h3", "move_on"):
            continue
        kept.append(p)
    if not kept and not it.get("title"):
        return None
    body_parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    off = 0
    for p in kept:
        if body_parts:
            off += 1
        runs.extend((off + a, b, n) for a, b, n in p.runs)
        body_parts.append(p.text)
        off += len(p.text)
    body = "\n".join(body_parts)
    if kept:
        authors.extend(_head_byline(kept))
        m = TAIL_AUTHOR.search(kept[-1].text[-30:])
        if m:
            authors.extend(_names(m.group("names")))
        m = TAIL_PAREN.search(kept[-1].text[-30:])
        if m and not authors:
            authors.extend(name_line(m.group("names")) or [])
        for p in kept:
            for m in PAREN_CREDIT.finditer(p.text):
                authors.extend(_names(m.group("names")))
    authors = list(dict.fromkeys(a for a in authors if len(a) >= 2))  # each once, in order
    start = min([it.get("start", 0)] + [p.start for p in kept])
    end = max([it.get("end", 0)] + [p.end for p in kept])
    fw = re.sub(r"\s+", " ", body[:40]).strip()
    published = next((_iso(m) for t in meta if (m := PUBLISHED_LINE.match(t))), None)
    publisher = next(
        (PUBLISHER_LINE.sub("", t).strip(" -\t\u3000") or None for t in meta if PUBLISHER_LINE.match(t)), None
    )
    art = Article(
        title=it.get("title") or None,
        body=body,
        authors=authors,
        first_words=fw[:20],
        start=start,
        end=end,
        published=published,
        publisher=publisher,
    )
    return art, runs


def _iso(m: re.Match) -> str | None:
    """ISO date of a PUBLISHED_LINE match, None when it is no calendar date."""
    import datetime

    try:
        return datetime.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def _head_byline(kept: list[Para]) -> list[str]:
    """Reporters named by a dateline/byline at the head of one of the item's first paragraphs."""
    for p in kept[:3]:
        m = INLINE_BYLINE.match(p.text) or WIRE_BYLINE.match(p.text)
        if m:
            return _names(m.group("names"))
    return []


def to_page_offset(runs: list[tuple[int, int, int]], body_offset: int) -> int:
    """Offset in the page text of a body offset, given the article's runs."""
    if not runs:
        return body_offset
    k = bisect.bisect_right([r[0] for r in runs], body_offset) - 1
    a, b, n = runs[max(k, 0)]
    return b + min(max(body_offset - a, 0), n)


def is_record(text: str, paras: list[Para]) -> bool:
    """Whether the page is one record: a title line, a blank line, then paragraphs one per line.

    That is how news records are kept (a title field, a body field): the first line is the whole
    title, however it ends, and what follows is the body, subtitles and bylines included.
    """
    if (
        len(paras) < 2
        or paras[0].kind in ("h2", "h3")
        or len(paras[0].text) > 80
        or ITEM_OPENER.match(paras[0].text)
        or paras[0].text[-1] in "，,；;、"
    ):
        return False
    gaps = [text[a.end : b.start].count("\n") for a, b in zip(paras, paras[1:])]
    return gaps[0] >= 2 and all(g == 1 for g in gaps[1:])


def segment_text(text: str) -> tuple[list[Article], list[list[tuple[int, int, int]]]]:
    """Articles of a page and, for each, its body-to-page offset runs."""
    paras = split_paragraphs(text)
    for p in paras:
        p.kind = classify(p)
    if is_record(text, paras):
        items = [
            {"title": paras[0].text, "paras": paras[1:], "authors": [], "start": paras[0].start, "end": paras[-1].end}
        ]
    else:
        paras = repair(paras)
        if len(paras) == 1 and paras[0].kind == "short":
            paras[0].kind = "body"  # a one-line input (a sentence, a record) is text to read, not a headline
        if any(p.kind == "h2" for p in paras):
            items = _items_markdown(paras)
        else:
            items = _items_plain(paras)
        items = _split_photo_captions(items)
    arts, maps = [], []
    for it in items:
        made = _make_article(it)
        if made:
            arts.append(made[0])
            maps.append(made[1])
    return arts, maps


@extractor("segment")
def segment(doc: Doc) -> None:
    """Split the page into articles with titles, authors, bodies and offsets."""
    try:
        arts, maps = segment_text(doc.text or "")
    except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
        raise
    except Exception:  # never let a layout oddity stop the pipeline
        arts, maps = (
            ([Article(title=None, body=doc.text, start=0, end=len(doc.text))], [[(0, 0, len(doc.text))]])
            if (doc.text or "").strip()
            else ([], [])
        )
    doc.facts.articles = arts
    doc.body_maps = maps
