"""Step `zones`: development zones with full names, city and industries.

A zone is every organisation of type development_zone (长治高新区 is read as
长治高新技术产业开发区 by `orgs.canonical`). Its industries come from
"围绕A、B、C等四大主导产业" / "立足“A、B、C”三大产业" lists in the sentences that
name it (or follow its naming), from "<zone>X产业", from industry words in its name, and from
what the text does to an industry (研究X产业化, 打造X产业集群, 发展X产业) in a sentence naming the
zone, or anywhere in an article that names only that zone.
"""

from __future__ import annotations

import re

from .events import required_gate
from .facts import Zone
from .lexicon import load
from .mentions import ZONE_KINDS, lexicon, place_of, scan
from .org_registry import registry
from .pipeline import Doc, extractor
from .posts import ensure_zone_mentions

WORDS = load("zone_words.yaml")  # each list: the alternatives of a regex, in order
_LIST = r"[“\"「]?((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}?、){1,8}[\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"」]?"
LIST_RE = re.compile(
    # (a list ending 的 describes what the 产业 word sums up: 形成了覆盖A、B和C的产业集群, no industries)
    rf"(?:{'|'.join(WORDS['list_lead'])}){_LIST}等?(?:[一二三四五六七八九十两\d]+大|多种|多个|各类)?"
    r"(?<!的)(?:主导|支柱|优势|特色|重点|首位)?产业"
    rf"|以{_LIST}等?(?:{'|'.join(WORDS['list_as'])})"
    # two taken as its own joined by 和 (以A和B为主导产业): no 、 needed
    rf"|以((?:[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)(?:{'|'.join(WORDS['list_last_joiners'])})[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)"
    rf"(?:{'|'.join(WORDS['list_as'])})"
    # a clause opening with the list (，A、B和C三大主导产业实现产值…): its numbered kind says what it is
    rf"|(?:(?<=[，。；：])|^)(?![^、，。；]*?(?:{'|'.join(WORDS['list_lead'])}|以)){_LIST}"
    r"等?[一二三四五六七八九十两\d]+大(?:主导|支柱|优势|特色|重点|首位)产业"
    # the kind told first (主导产业为A、B和C): the list up to the end of its clause
    rf"|(?:{'|'.join(WORDS['list_told'])}){_LIST}(?=[，。；]|$)"
)
# strings one of which each match of LIST_RE holds (产业 or 主的): an article with none of them is not searched
LIST_GATE = required_gate(LIST_RE.pattern)
LAST_JOINER = re.compile("|".join(WORDS["list_last_joiners"]))
# what follows an industry word in a zone's name that makes the zone named by it (X产业园, X开发区)
NAMED_BY = re.compile(r"^(?:产业|(?:高新技术|经济技术)?(?:开发区|园区|工业园|新区|示范区|基地))")
# a title that names a development zone: the article is about the first zone its body names
ZONE_TITLE = re.compile("|".join(WORDS["zone_titles"]))


# an industry named by what is done to it (研究氢能产业化, 打造高端制造产业集群, 发展X产业)
INDIRECT = re.compile(
    rf"(?:{'|'.join(WORDS['indirect_verbs'])})"
    r"([\u4e00-\u9fffA-Za-z]{2,10}?)(?:全?产业链|产业化|产业集群|产业基地|产业园|产业)"
)
# an unlisted word that names an industry by its ending (储能, 新材料, 智能制造 ...)
INDUSTRY_END = re.compile(r"^[\u4e00-\u9fff]{0,6}" rf"(?:{'|'.join(WORDS['industry_endings'])})$")
NOT_INDUSTRY = re.compile(rf"^(?:{'|'.join(WORDS['not_industry'])})")


def _indirect(x: str, lx) -> str | None:
    """x as an industry (a lexicon word, or a word with an industry's ending), or None."""
    if NOT_INDUSTRY.match(x):
        return None
    if x in lx.industries or INDUSTRY_END.match(x):
        return x
    return None


# a zone named by its kind (知识型综合保税区, 综合性园区): an attribute, no place, no name
KIND_OF_ZONE = re.compile(r"^[\u4e00-\u9fff]{1,4}[型性](?:综合保税区|保税区|开发区|产业园区?|园区|示范区|新区)$")
# a sentence whose subject is "this" (这是, 该区, 该保税港区, 其): the zone the article is about
THIS = re.compile(rf"\s*(?:{'|'.join(WORDS['this_zone'])})")
# a zone right after a verb saying where the sentence's subject lies (…位于甲高新区): not the subject
LOCATED = re.compile(rf"(?:{'|'.join(WORDS['located_verbs'])})$")
# a clause of the list's sentence opening with "this zone" (…位于乙开发区，该区以A为主导产业): the zone named last before it
THIS_CLAUSE = re.compile(rf"\s*(?:{'|'.join(WORDS['this_zone_clause'])})")


SHORT_FORMS: dict[str, str] = {
    **load("zone_names.yaml")["short_forms"],  # 高新区 -> 高新技术产业开发区
    **WORDS["kind_back_refs"],  # 试验区 -> (a zone ending with) 试验区
}
# a sentence or clause opening with a zone's kind (该保税港区…, 综合保税区将…): the zone of that kind named last
KIND_OPENS = re.compile(rf"\s*该?({'|'.join(sorted({*ZONE_KINDS, *WORDS['kind_back_refs']}, key=len, reverse=True))})")


def _of_kind(text: str, sent0: int, mentions: list[tuple[int, str]], end: int | None = None) -> str | None:
    """The last zone named before sent0 whose kind opens the sentence (该保税港区 -> 钦州保税港区), or with `end` (the
    list's start) one of its clauses before it (甲介绍，试验区涵盖…，重点发展… -> 中国（广西）自由贸易试验区)."""
    m = KIND_OPENS.match(text, sent0 + 1)
    if not m and end is not None:
        starts = (i + 1 for i in range(sent0 + 1, end) if text[i] in "，：,:")
        m = next((x for x in (KIND_OPENS.match(text, i) for i in starts) if x), None)
    if not m:
        return None
    kind = SHORT_FORMS.get(m.group(1), m.group(1))
    named = [z for s, z in mentions if s <= sent0 and z.endswith(kind)]
    return named[-1] if named else None


COUNTED = re.compile(r"([一二三四五六七八九十两\d]+)大")
NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _counted(told: str) -> int | None:
    """The count a list's match tells (四大主导产业 -> 4), or None."""
    m = COUNTED.search(told)
    if not m:
        return None
    n = m.group(1)
    return int(n) if n.isdigit() else NUMERALS.get(n) if len(n) == 1 else None


def _items(s: str, count: int | None = None) -> list[str]:
    """The items of a list; its last part split at 和/及 only when the count told does not already hold it whole
    (A、B、机器人和智能制造三大产业: three, the last one whole).

    >>> _items("A甲甲、B乙乙、机器人和智能制造", 3), _items("A甲甲、B乙乙和智能制造")
    (['A甲甲', 'B乙乙', '机器人和智能制造'], ['A甲甲', 'B乙乙', '智能制造'])
    """
    out = []
    # 研发设计等新兴: what follows 等 sums the list up; a kind of industry (知识密集型) is one itself
    tail = re.search(r"等([^、，,]*)$", s)
    s = s[: tail.start()] if tail else s
    extra = [tail.group(1) + "产业"] if tail and tail.group(1).endswith("型") and len(tail.group(1)) >= 3 else []
    parts = re.split(r"[、，,]", s)
    last = [y for y in LAST_JOINER.split(parts[-1]) if y] if count != len(parts) else parts[-1:]
    for x in parts[:-1] + (last if len(last) == 2 else parts[-1:]):
        x = x.strip('“”"「」 ')
        x = re.sub(r"(产业|等)$", "", x)
        if 2 <= len(x) <= 12:
            out.append(x)
    return out + extra


@extractor("zones")
def zones(doc: Doc) -> None:
    """Development zones of the page with their city and industries."""
    ensure_zone_mentions(doc)
    lx = lexicon()
    reg = registry(doc)
    zone_orgs = [o for o in reg.values() if o.type == "development_zone"]
    found: dict[str, Zone] = {}
    for o in zone_orgs:
        if KIND_OF_ZONE.match(o.name):
            continue
        city = o.located_in
        p = place_of(city) if city else None
        found[o.name] = Zone(name=o.name, city=p.name if p else city, sources=list(o.sources[:5]))
    zm = doc.zone_mentions or {}
    for i, art in enumerate(doc.facts.articles):
        text = art.body or ""
        z: str | None  # the zone a list of industries belongs to
        mentions = [(s, z) for s, z in zm.get(i, []) if z in found]
        first = mentions[0][1] if mentions else None
        gated = LIST_GATE is not None and not LIST_GATE.search(text)
        for m in () if gated else LIST_RE.finditer(text):
            sent0 = max(text.rfind(c, 0, m.start()) for c in "。！？\n")
            named_in = [(s, z) for s, z in mentions if sent0 < s <= m.start()]
            before = [z for _, z in named_in]
            z = before[0] if before else None
            if first and (THIS.match(text, sent0 + 1) or not z and ZONE_TITLE.search(art.title or "")):
                z = first  # 这是…首个综保区，…重点围绕A、B等产业: the zone the article is about
            if first and sent0 > 0 and THIS_CLAUSE.match(text, sent0 + 1):
                prev0 = max(text.rfind(c, 0, sent0) for c in "。！？\n")
                # …考察了丙投资区。该区已形成A、B三大产业: the one zone the sentence before names
                zones_before = {y for s, y in mentions if prev0 < s <= sent0}
                if len(zones_before) == 1:
                    z = zones_before.pop()
            clause0 = max(text.rfind(c, sent0 + 1, m.start()) for c in "，,；;")
            earlier = [y for s, y in mentions if sent0 < s <= clause0]
            this = THIS_CLAUSE.match(text, clause0 + 1)
            if earlier and this:
                # 甲公司位于A新区，乙公司位于B开发区，该区以…为主导产业: B, not A; 考察了A开发区的B产业园，该区以…: a 区, not
                # the 园 inside it
                of_kind = [y for y in earlier if y.endswith(this.group().strip()[-1])]
                z = (of_kind or earlier)[-1]
            if z is None and not before:
                # 甲介绍，A开发区以…为主导产业: a zone written in the list's clause that no mention of it recorded there
                written = [(text.rfind(y, sent0 + 1, m.start()), y) for y in found if y in text[sent0 + 1 : m.start()]]
                z = max(written)[1] if written else None
            z = (None if before else _of_kind(text, sent0, mentions, m.start())) or z
            opener = _of_kind(text, sent0, mentions) if before else None
            if opener and opener not in before and all(LOCATED.search(text, max(0, s - 4), s) for s, _ in named_in):
                z = opener  # 产业园位于甲高新区，以…为主导产业: the park's list, not the zone it lies in
            if z:
                for x in _items(next(g for g in m.groups() if g), _counted(text[m.start() : m.end()])):
                    if x not in found[z].industries:
                        found[z].industries.append(x)
        # the zone the article is about, when it names only one
        named = {z for _, z in mentions}
        only = next(iter(named)) if len(named) == 1 else None
        for m in INDIRECT.finditer(text):
            told = _indirect(m.group(1), lx)
            if not told:
                continue
            sent0 = max(text.rfind(c, 0, m.start()) for c in "。！？\n")
            before = [z for s, z in mentions if sent0 < s <= m.start()]
            z = before[-1] if before else only
            if z and told not in found[z].industries and not any(told in y for y in found[z].industries):
                found[z].industries.append(told)
        for men in doc.mentions:
            if men.article != i or men.kind != "org" or men.org_type != "development_zone":
                continue
            z = men.canonical if men.canonical in found else None
            if not z:
                continue
            q = men.end
            got: list[tuple[int, int, str]] = []
            for s, e, w in scan(lx.industry_ac, text[q : q + 30]):
                if s != (got[-1][1] if got else 0):
                    break
                got.append((s, e, w))
            if got and re.match(r"全?产业", text[q + got[-1][1] : q + got[-1][1] + 3]):
                for _, _, w in got:
                    if w not in found[z].industries:
                        found[z].industries.append(w)
    _members(doc, found, reg)
    for zone in found.values():
        if zone.industries:
            continue  # 低空经济产业示范区，以无人机…为主导产业: the text's own list, not the name's word
        for w in lx.industries:
            if (
                NAMED_BY.search(zone.name.split(w, 1)[1] if w in zone.name else "")
                and w not in zone.industries
                and not any(w in x for x in zone.industries)
            ):
                zone.industries.append(w)
                break
    doc.facts.development_zones = list(found.values())


# "<company>…落户于<zone>" / "入驻<zone>": the company is inside the zone
SETTLE = re.compile(rf"(?:{'|'.join(WORDS['settle_verbs'])})" r"(?:于|在|到)?$")
# "在<zone>调研/考察…": the bodies visited next (在A、B、C / 走访A、B) are inside it
VISIT_IN = re.compile(rf"(?:{'|'.join(WORDS['visit_verbs'])})")
VISITED = re.compile(rf"(?:{'|'.join(WORDS['visited_before'])})$")


def _members(doc: Doc, found: dict, reg: dict) -> None:
    """Companies and parks inside a zone: those said to settle there, those visited on a tour of it."""
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        if m.kind == "org":
            by_article.setdefault(m.article, []).append(m)
    for i, art in enumerate(doc.facts.articles):
        text = art.body or ""
        orgs = sorted(by_article.get(i, []), key=lambda m: m.start)
        zones_here = [(m, m.canonical) for m in orgs if m.canonical in found]

        def add(zone: str, m) -> None:
            name = m.canonical or m.text
            if (
                name != zone
                and name in reg
                and name not in found[zone].members
                and reg[name].type in ("company", "development_zone", "lab", "other", "bank")
            ):
                found[zone].members.append(name)

        for zm, zone in zones_here:
            before = text[max(0, zm.start - 6) : zm.start]
            if SETTLE.search(before):
                # the subject: the last organisation named before the verb in the same sentence
                sent0 = max(text.rfind(c, 0, zm.start) for c in "。！？\n")
                subj = [
                    m
                    for m in orgs
                    if sent0 < m.start
                    and m.end <= zm.start - 2
                    and m.canonical != zone
                    and m.org_type != "development_zone"
                ]
                if subj:
                    add(zone, subj[-1])
            if text[zm.start - 1 : zm.start] == "在" and VISIT_IN.match(text, zm.end):
                for m in orgs:
                    if zm.end < m.start <= zm.end + 300 and m.canonical != zone:
                        lead = text[max(0, m.start - 4) : m.start]
                        if VISITED.search(lead) or (text[m.start - 1 : m.start] == "、" and _listed(text, m, orgs)):
                            add(zone, m)


def _listed(text: str, m, orgs: list) -> bool:
    """Is m in a 、-list whose first item follows 在/走访 (在A、B、C)?"""
    p = m.start
    while p > 0 and text[p - 1] == "、":
        prev = [o for o in orgs if o.end == p - 1]
        if not prev:
            return False
        p = prev[0].start
    return bool(VISITED.search(text[max(0, p - 4) : p]))
