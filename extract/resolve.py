"""Step `resolve`: aliases and duplicates merged within the page.

* An organisation whose name is another's plus a legal or branch ending
  (山西鹏飞集团 / 山西鹏飞集团有限公司, 交通银行 / 交通银行长治分行) or whose core
  (name without leading place and legal ending) is another's (鹏飞集团) is merged
  into the fuller one, its names kept as aliases.
* A department written without its body (国际司) merges into the one name on the page that is
  a named body plus it (央行国际司, when 央行 is on the page too).
* 经开区 short forms merge into the page's 经济开发区 of the same place.
* Posts, persons and zones are rewritten to the merged names; every person and
  organisation keeps its sources.
"""

from __future__ import annotations

import re
from typing import Any

from .events import required_gate
from .lexicon import load
from .mentions import ZONE_KINDS, lexicon, place_of
from .org_registry import ANAPHOR, registry
from .pipeline import Doc, extractor

LEGAL = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|公司)$")
_BRANCHES = "|".join(load("org_generic.yaml")["branch_endings"])  # 分行, 分公司, 分院 ...
BRANCH = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{0,6}}|[\u4e00-\u9fff]{{2,7}}自治[区州县])({_BRANCHES}|有限公司|股份有限公司|有限责任公司|集团有限公司)$"
)
BRANCH_ONLY = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,6}}|[\u4e00-\u9fff]{{2,7}}自治[区州县])({_BRANCHES})$")
# (甲银行|上海分行: a branch, not the body; a place of up to six characters, or an autonomous one of more: 甲乙族自治区分行)
FULL_LEGAL = re.compile(r"(股份有限公司|有限责任公司|有限公司)$")  # a company's registered name ends so
OWN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,5}(公司|有限公司|股份有限公司|有限责任公司)$")
# what a company's name adds to a bare short name of it (宝钢 -> 宝钢集团, 苏宁 -> 苏宁电器集团)
FIRM_REST = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(集团|公司|有限公司|股份有限公司|有限责任公司|集团有限公司|集团公司|株式会社)$"
)
GENERIC = set(load("org_generic.yaml")["generic_names"])
OWN_UNITS = tuple(load("org_generic.yaml")["unlisted_parent_endings"])  # 甲部乙司: the 部 no body of the page
DISTINCT_ENDINGS = load("org_generic.yaml")["distinct_legal_endings"]  # 甲集团公司 and 甲股份有限公司: two companies
COUNTRIES = frozenset(load("countries.txt"))
# 俄罗斯 before 俄, 印度尼西亚 before 印度
COUNTRIES_LONGEST_FIRST = tuple(sorted(COUNTRIES, key=lambda c: (-len(c), c)))


def _core(name: str) -> str:
    """The name without its leading place and legal ending (山西鹏飞集团有限公司 -> 鹏飞集团)."""
    return LEGAL.sub("", name)[len(_lead_place(name)) :]


def _lead_place(name: str) -> str:
    """The place the name (without its legal ending) begins with, as written, or ''."""
    lx = lexicon()
    core = LEGAL.sub("", name)
    for k in range(min(len(core) - 2, 9), 1, -1):
        head = core[:k]
        if head in lx.place_names and (place_of(head) or head in lx.short_places):
            return head
    return ""


def _other_places(a: str, b: str) -> bool:
    """Do both names begin with a place, and not the same one (福建省人民政府, 宁夏回族自治区人民政府)?"""
    pa, pb = _lead_place(a), _lead_place(b)
    if not pa or not pb:
        return False
    da, db = place_of(pa), place_of(pb)
    return (da.name if da else pa) != (db.name if db else pb)


def _is_place(name: str) -> bool:
    """A division by its name or short name (抚顺, 长治市): what it prefixes is no department of it."""
    return bool(place_of(name)) or name in lexicon().short_places


def _merge_target(
    a: str, names: list[str], bodies: frozenset[str] = frozenset(), cores: dict[str, str] | None = None
) -> str | None:
    """The fuller organisation a name is another way of writing (`bodies`: every name and alias on the
    page), or None. `cores`: `_core` of the names met so far on this page (filled in; the page's places are
    fixed while it is resolved, so each name's core is too)."""
    cores = {} if cores is None else cores

    def core_of(name: str) -> str:
        c = cores.get(name)
        if c is None:
            c = cores[name] = _core(name)
        return c

    for b in names:
        if b == a or len(b) <= len(a):
            continue
        if b.startswith(a) and BRANCH.match(b[len(a) :]):
            return b
        if FULL_LEGAL.search(a) and FULL_LEGAL.search(b):
            continue  # two registered names (甲燃气有限公司, 乙市甲燃气有限公司): two companies
        if _distinct_legal(a, b):
            continue  # a group and its listed arm (甲集团公司, 甲股份有限公司): two companies
        ca, cb = core_of(a), core_of(b)
        if (
            len(ca) >= 3
            and (ca == cb or (LEGAL.sub("", b) == a) or (cb.startswith(ca) and LEGAL.match(cb[len(ca) :] or "x")))
            and not _other_places(a, b)
        ):
            return b
        if a.endswith("经济技术开发区") and b.endswith("经济开发区") and a[:-7] == b[:-5]:
            return b
    # 东风日产 and 东风日产乘用车公司: a short name before a few words and a legal ending, the only such (not a zone
    # before a firm of it: 甲保税区 and 甲保税区乙实业总公司, probe78)
    if len(a) >= 4 and not LEGAL.search(a) and not place_of(a) and not a.endswith(ZONE_KINDS):
        longer = [b for b in names if b.startswith(a) and OWN_NAME.match(b[len(a) :])]
        if len(longer) == 1:
            return longer[0]
    # 宝钢 and 宝钢集团, 苏宁 and 苏宁电器集团: a bare name (no ending) that begins one company's name only
    firm = _firm_of_bare_name(a, names) or _group_of_cut_form(a, names) or _firm_of_cut_name(a, names)
    if firm:
        return firm
    # 中石油集团(公司) and 中国石油天然气集团公司: a known short form before a legal ending, the body's full name
    lx = lexicon()
    for k in range(min(len(a) - 1, 6), 1, -1):
        if a[:k] in lx.abbrevs and re.fullmatch(r"(集团)?(公司|有限公司|股份有限公司|集团公司)?", a[k:]):
            core = _core(lx.abbrevs[a[:k]][0])
            full = [b for b in names if b != a and len(b) > len(a) and core_of(b) == core]
            if full:
                return max(full, key=len)  # the others of that core merge into the longest too
            break
    # 国际司 after 央行国际司 (央行 itself named): the department of that body, written without it
    if len(a) >= 3 and a not in GENERIC and not place_of(a) and not FULL_LEGAL.search(a):
        tails = [
            b
            for b in names
            if len(b) > len(a)
            and b.endswith(a)
            and b[: -len(a)] in (bodies or names)
            and not _is_place(b[: -len(a)])
            and b[: -len(a)] not in COUNTRIES  # 越南外交部 and 外交部: a country's ministry, and the nation's
        ]
        if len(tails) == 1:
            return tails[0]
    if a.endswith("经济技术开发区"):
        for b in names:
            if b.endswith("经济开发区") and a[:-7] == b[:-5]:
                return b
    # 港口物流园区 after 江苏连云港港口物流园区: a zone written without the places its full name opens with
    if a.endswith(ZONE_KINDS) and a not in GENERIC and not _lead_place(a):
        full = [b for b in names if len(b) > len(a) and b.endswith(a) and _places_only(b[: -len(a)])]
        if len(full) == 1:
            return full[0]
    return None


def _distinct_legal(a: str, b: str) -> bool:
    """Do the two names end in legal endings of two different companies of one core (org_generic.yaml
    distinct_legal_endings)?

    >>> _distinct_legal("甲乙集团公司", "甲乙股份有限公司"), _distinct_legal("甲乙公司", "甲乙股份有限公司")
    (True, False)
    """
    return any(a.endswith(e) and b.endswith(tuple(others)) for e, others in DISTINCT_ENDINGS.items())


def _places_only(s: str) -> bool:
    """Is s one division's name or several run together (江苏连云港: 江苏 and 连云港)?"""
    while s:
        k = next((k for k in range(len(s), 1, -1) if _is_place(s[:k])), 0)
        if not k:
            return False
        s = s[k:]
    return True


def _told_first(body: Any, branch: Any) -> bool:
    """Is a body written whole before any mention of its branch (经甲银行批准 … 甲银行乙分行)? Written after it (甲银行乙分行
    … 甲银行的服务), or short (人民银行 before 人民银行甲市分行), it is the branch named short."""
    told = [(s.article, s.start) for s in body.sources if s.start >= 0 and body.name in s.sentence]
    branch_told = [(s.article, s.start) for s in branch.sources if s.start >= 0]
    return bool(told) and bool(branch_told) and min(told) < min(branch_told)


def _branch_of(branch: str, body: str) -> bool:
    """Is `branch` a branch (分行, 支行, 分公司, 分局) of `body`, named as body + place + ending?

    >>> _branch_of("华信银行上海分行", "华信银行"), _branch_of("华信银行股份有限公司", "华信银行")
    (True, False)
    """
    return branch.startswith(body) and BRANCH_ONLY.match(branch[len(body) :]) is not None


OWN_COMMITTEES = ("党委", "党组")  # a body's own committees, named "<body>党委" (posts.py body_committee)
CUT_GROUP = re.compile(r"([\u4e00-\u9fff]{2,4})集团")


def _group_of_cut_form(a: str, names: list[str]) -> str | None:
    """The one group whose name, without its place and legal ending, holds the characters of a short 集团 name in
    their order (港航集团 of 辽宁港航发展集团有限公司, 航投集团 of 安徽省航运投资集团有限公司), or None.

    >>> _group_of_cut_form("航投集团", ["安徽省航运投资集团有限公司", "安徽省人民政府"])
    '安徽省航运投资集团有限公司'
    >>> _group_of_cut_form("中纺集团", ["中国中纺集团公司", "中国华纺实业集团公司"])
    '中国中纺集团公司'
    """
    m = CUT_GROUP.fullmatch(a)
    if not m or a in GENERIC or _is_place(m.group(1)) or _lead_place(a):
        return None
    found: dict[str, list[str]] = {}  # by stem: 甲集团 and 甲集团有限公司 are one group written two ways
    for b in names:
        stem = _core(b).removesuffix("集团")  # the legal ending may take 集团 with it (集团有限公司)
        group = "集团" in b and (b.endswith("集团") or LEGAL.search(b))  # (甲集团党委: the group's committee, no group)
        if len(b) > len(a) and group and len(stem) > len(m.group(1)) and _in_order(m.group(1), stem):
            found.setdefault(stem, []).append(b)
    if len(found) > 1:  # (中纺集团 of 中国中纺集团公司, not of 中国华纺实业集团公司: the one holding them together)
        found = {stem: bs for stem, bs in found.items() if m.group(1) in stem}
    return max(next(iter(found.values())), key=len) if len(found) == 1 else None


def _firm_of_cut_name(a: str, names: list[str]) -> str | None:
    """The one company whose name, without its place and legal ending, opens with the first two characters of a
    four-character short name and ends with its last two, a word left out between (滇铁物流 of 云南滇铁国际物流有限公司),
    or None.

    >>> _firm_of_cut_name("滇铁物流", ["云南滇铁国际物流有限公司", "云南省人民政府"])
    '云南滇铁国际物流有限公司'
    >>> _firm_of_cut_name("滇铁物流", ["云南滇铁国际物流有限公司", "滇铁快运物流有限公司"]) is None
    True
    """
    lx = lexicon()
    if len(a) != 4 or a in GENERIC or a in lx.abbrevs or _is_place(a) or _lead_place(a) or a.endswith(lx.suffix_ends):
        return None
    found = []
    for b in names:
        core = _core(b)
        if LEGAL.search(b) and len(core) > len(a) and core.startswith(a[:2]) and core.endswith(a[2:]):
            found.append(b)
    return found[0] if len(found) == 1 else None


def _last_name(renamed: dict[str, str], name: str) -> str | None:
    """The name a body was renamed to last, following the renamings in turn (星河集团 -> 江苏星河集团 -> 江苏星河集团有限
    公司), or None when it was not renamed.

    >>> _last_name({"星河集团": "江苏星河集团", "江苏星河集团": "江苏星河集团有限公司"}, "星河集团")
    '江苏星河集团有限公司'
    >>> _last_name({"甲": "乙", "乙": "甲"}, "丙") is None
    True
    """
    seen = {name}
    while name in renamed and renamed[name] not in seen:
        name = renamed[name]
        seen.add(name)
    return name if len(seen) > 1 else None


def _in_order(chars: str, word: str) -> bool:
    """Are the characters all in word, in their order (航投 in 航运投资)?"""
    rest = iter(word)
    return all(c in rest for c in chars)


def _firm_of_bare_name(a: str, names: list[str]) -> str | None:
    """The one company whose name is a bare name plus a few words and a company ending, or None.

    >>> _firm_of_bare_name("宝钢", ["宝钢集团", "首钢"]), _firm_of_bare_name("三丸精密", ["日本三丸精密株式会社"])
    ('宝钢集团', '日本三丸精密株式会社')
    >>> _firm_of_bare_name("冀丰农业", ["河北冀丰农业开发有限公司", "武邑县人民政府"])
    '河北冀丰农业开发有限公司'
    >>> _firm_of_bare_name("华丰文旅", ["河南华丰文旅投资集团有限公司", "河南华丰文旅投资集团"])
    '河南华丰文旅投资集团有限公司'
    """
    lx = lexicon()
    if len(a) < 2 or a in GENERIC or a in lx.abbrevs or _is_place(a) or a.endswith(lx.suffix_ends):
        return None
    # (a in b first: the name without its country, or without the place it opens with (河北冀丰农业开发有限公司 of
    # 冀丰农业), can begin with a only then, and the country or place is sought only then)
    longer = [
        b
        for b in names
        if len(b) > len(a)
        and a in b
        and any(
            x.startswith(a) and FIRM_REST.match(x.removeprefix(a) or "-")
            for x in (_abroad(b), b[len(_lead_place(b)) :])
        )
    ]
    # (河南中原文旅投资集团有限公司 and its cut form 河南中原文旅投资集团 both named: one company, its full name)
    longer = [b for b in longer if not any(c != b and c.startswith(b) for c in longer)]
    return longer[0] if len(longer) == 1 else None


def _abroad(name: str) -> str:
    """A company's name without the country it opens with (日本三丸精密株式会社 -> 三丸精密株式会社); the longest country
    that opens it, whatever the order of a set (俄罗斯 before 俄).

    >>> _abroad("日本三丸精密株式会社"), _abroad("俄罗斯北方钢铁公司"), _abroad("印度尼西亚海岛矿业公司")
    ('三丸精密株式会社', '北方钢铁公司', '海岛矿业公司')
    """
    country = next((c for c in COUNTRIES_LONGEST_FIRST if name.startswith(c) and len(name) > len(c) + 2), "")
    return name[len(country) :]


# 首钢伊犁钢铁公司(下称“伊钢”), 中国远洋运输（集团）总公司（简称中远集团）: a short name the text defines
SHORT_NAME = re.compile(
    r"([\u4e00-\u9fff（）()]{2,30}?)[（(](?:以下|下文)?(?:简称|下称|以下称)[“\"「]?([^”\"」）)，,]{1,10})[”\"」]?[）)]"
)
# strings one of which each match of SHORT_NAME holds: a page with none of them is not searched (SHORT_NAME tries up
# to 30 chars at every char)
SHORT_NAME_GATE = required_gate(SHORT_NAME.pattern)


def short_names(doc: Doc) -> list[tuple[str, str]]:
    """(name as written, short name) for each short name the page defines after a body's name; the
    written name is the registered body's name or alias it ends with."""
    reg = registry(doc)
    forms = sorted({f for o in reg.values() for f in (o.name, *o.aliases) if len(f) >= 2}, key=len, reverse=True)
    out = []
    text = doc.text or ""
    gated = SHORT_NAME_GATE is not None and not SHORT_NAME_GATE.search(text)
    for m in () if gated else SHORT_NAME.finditer(text):
        written = next((f for f in forms if m.group(1).endswith(f)), None)
        if written:
            out.append((written, m.group(2)))
    return out


@extractor("resolve")
def resolve(doc: Doc) -> None:
    """Merge aliases and duplicates of organisations, persons and zones."""
    reg = registry(doc)
    vague = {n for n in reg if n in GENERIC or len(n) < 2 or _pointer_alone(n)}
    for name in vague:
        reg.pop(name)
    _unheld(doc, vague)
    names = sorted(reg, key=len, reverse=True)
    bodies = frozenset(reg) | {x for o in reg.values() for x in o.aliases}
    defined = short_names(doc)
    owner = {f: o.name for o in reg.values() for f in (o.name, *o.aliases)}
    short_of = {short: owner[written] for written, short in defined if owner.get(written) not in (None, short)}
    for short, full in short_of.items():
        if short not in reg[full].aliases:
            reg[full].aliases.append(short)
    for short, full in list(short_of.items()):
        # (省能源集团 (下称) read again as 安徽省能源集团: the body the short name was defined for)
        for o in reg.values():
            if o.name != full and short in o.aliases:
                short_of.setdefault(o.name, full)
    renamed: dict[str, str] = {}
    cores: dict[str, str] = {}
    held = {q.org for p in doc.facts.persons for q in p.posts}
    for a in sorted(reg, key=len):
        t = short_of.get(a) or _merge_target(a, [n for n in names if n in reg and n != a], bodies, cores)
        if t and a in held and _branch_of(t, a):
            continue  # 甲银行副行长X … 甲银行乙分行行长Y: the bank has officers of its own, it is no branch's alias
        if t and t in reg and a in reg and _branch_of(t, a) and _told_first(reg[a], reg[t]):
            continue  # 经中国人民银行批准 … 中国人民银行甲省分行行长: the bank itself, told before its branch
        if t and t in reg and a in reg:
            src, dst = reg.pop(a), reg[t]
            for x in [src.name, *src.aliases]:
                if x != dst.name and x not in dst.aliases:
                    dst.aliases.append(x)
            dst.sources.extend(s for s in src.sources if s not in dst.sources)
            if dst.type == "other" and src.type != "other":
                dst.type = src.type
            renamed[a] = t
    for n in list(reg):  # 中纺集团党委 after 中纺集团 became 中国中纺集团公司: that company's committee
        body, suffix = next(((n[: -len(x)], x) for x in OWN_COMMITTEES if n.endswith(x)), (n, ""))
        owner_now = _last_name(renamed, body)
        if suffix and owner_now and owner_now + suffix not in reg:
            o = reg.pop(n)
            o.aliases.append(o.name)
            o.name = owner_now + suffix
            reg[o.name] = o
            renamed[n] = o.name
    for o in reg.values():
        o.aliases = [x for x in o.aliases if x != o.name]
    gone = _named_only_inside(doc, reg)
    for n in gone:
        reg.pop(n)
    for e in doc.facts.events:
        e.organizations = [x for x in e.organizations if x not in gone]
    doc.facts.organizations = list(reg.values())
    for p in doc.facts.persons:
        for q in p.posts:
            if q.org in renamed:
                q.org = renamed[q.org]
        first: dict[tuple, Any] = {}
        for q in p.posts:
            first.setdefault((q.title, q.org), q)  # each post once, the first telling kept
        p.posts = list(first.values())
    merged: dict = {}
    for z in doc.facts.development_zones:
        name = renamed.get(z.name, z.name)
        if name not in reg:
            continue
        if name in merged:
            both = merged[name].industries + [x for x in z.industries if x not in merged[name].industries]
            # 物流 (the name's word of a zone the text lists none for) beside 冷链物流 (listed for its short form): the list's
            merged[name].industries = [x for x in both if not any(x != y and x in y for y in both)]
        else:
            z.name = name
            merged[name] = z
    doc.facts.development_zones = list(merged.values())
    _restated_agreements(doc, reg)
    shorts = {short for _, short in defined}
    doc.facts.persons = [p for p in doc.facts.persons if p.name not in shorts or p.posts]
    _dotted_parts(doc)
    _addressed_by_title(doc)
    person_names = {p.name for p in doc.facts.persons}
    doc.facts.persons = [
        p
        for p in doc.facts.persons
        if not any(n != p.name and n.startswith(p.name) and not p.posts for n in person_names)
    ]


def _pointer_alone(name: str) -> bool:
    """Is the name a kind after a determiner (该公司, 这家银行, 本公司) that no body named before it in the page
    resolved (org_registry.canonical keeps it as written then): it names no body of the page.

    >>> _pointer_alone("该公司"), _pointer_alone("公司"), _pointer_alone("新华集团")
    (True, False, False)"""
    m = ANAPHOR.match(name)
    return m is not None and len(m.group(1)) < len(name)


def _unheld(doc: Doc, vague: set[str]) -> None:
    """Posts and events rid of the bodies no organisation of the page (a bare generic noun: 博物馆馆长, 警备区司令员; a
    determiner with nothing before it to stand for: 该公司董事长): the post's body is unknown (null), as the judged
    real sets write it (bench/data/real_posts_judged.yaml, field_posts and group_posts)."""
    for p in doc.facts.persons:
        for q in p.posts:
            if q.org in vague:
                q.org = None
    for e in doc.facts.events:
        e.organizations = [x for x in e.organizations if x not in vague]


def _named_only_inside(doc: Doc, reg: dict) -> set[str]:
    """Government bodies the page writes only inside the name of a department, office, centre or hospital of theirs
    (农业农村部 of 农业农村部种业管理司, 甲省农业农村厅 of 甲省农业农村厅种子管理局; org_generic.yaml
    unlisted_parent_endings): no organisation of their own, as a national bank named only inside its branch's name
    (b35) and as the dev gold lists 国家发展改革委运行局 and 国家统计局贵州调查总队 with no parent. A university, a
    company or a party committee so written stays (dev gold: 中央财经大学 of its 税务学院, a group of its mine, 地委 of
    its 组织部), and so does one a post, an agreement or a zone names."""
    spans: dict[str, list[tuple[int, int, int, str]]] = {}
    owner = {f: o.name for o in reg.values() for f in (o.name, *o.aliases)}
    for m in doc.mentions:
        if m.kind == "org":
            name = owner.get(m.canonical or "") or owner.get(m.text)
            if name:
                spans.setdefault(name, []).append((m.article, m.start, m.end, m.text))
    every = [s for v in spans.values() for s in v]
    used = {q.org for p in doc.facts.persons for q in p.posts}
    used |= {x for a in doc.facts.agreements for x in a.parties}
    used |= {z.name for z in doc.facts.development_zones}
    return {
        name
        for name, own in spans.items()
        if name not in used and reg[name].type == "government" and all(any(_holds(x, y) for x in every) for y in own)
    }


def _holds(outer: tuple[int, int, int, str], inner: tuple[int, int, int, str]) -> bool:
    """Does the mention `outer`, the name of a government body's own unit (org_generic.yaml unlisted_parent_endings),
    hold the shorter mention `inner` in the same article?"""
    a, s, e, w = outer
    b, t, u, _ = inner
    return a == b and s <= t and u <= e and u - t < e - s and w.endswith(OWN_UNITS)


BARE_KINDS = frozenset(load("agreement_kinds.yaml")["nouns"])  # 协议, 合同 ...: a kind word alone, no object named


def _restated_agreements(doc: Doc, reg: dict) -> None:
    """An agreement told again by its kind word alone (甲董事长与乙总经理代表双方签署协议 after 甲与乙签订股权转让协议),
    with the same parties in the same article, no amount and no other day, is the one told first: dropped, its
    witnesses given to the first.

    Unlike agreements.named_first, which leaves out a retelling it can tell by the words as it reads them (a ceremony
    or a signing-on of the agreement told), this compares parties once they are resolved (甲集团 and its short name
    (下称) one party), whatever the wording and distance, and keeps what the retelling adds (its witnesses)."""
    owner = {f: o.name for o in reg.values() for f in (o.name, *o.aliases)}
    kept: list[Any] = []
    for a in doc.facts.agreements:
        seen: dict[str, str] = {}
        for p in a.parties:
            seen.setdefault(owner.get(p, p), p)  # (甲集团 and its short name 省甲集团 (下称) listed both: one party)
        a.parties = list(seen.values())
        parties = frozenset(seen)
        first = next(
            (
                b
                for b in kept
                if b.source.article == a.source.article and frozenset(owner.get(p, p) for p in b.parties) == parties
            ),
            None,
        )
        if first and len(parties) >= 2 and a.kind in BARE_KINDS and a.amount is None and a.date in (None, first.date):
            first.witnesses += [w for w in a.witnesses if w not in first.witnesses]
            continue
        kept.append(a)
    doc.facts.agreements = kept


def _part_owner(part: str, dotted: list[str]) -> str | None:
    """The one dotted name on the page of which `part` is a whole part (卡德卡 of 苏林德拉·卡德卡), or a run of whole
    parts in order (门德斯·罗沙 of 卡洛斯·门德斯·罗沙, probe71), else None."""
    bits = re.split(r"[·•]", part)

    def holds(n: str) -> bool:
        parts = re.split(r"[·•]", n)
        return n != part and any(parts[i : i + len(bits)] == bits for i in range(len(parts) - len(bits) + 1))

    owners = [n for n in dotted if holds(n)]
    return owners[0] if len(owners) == 1 else None


ADDRESSED = load("name_words.yaml")["addressed_titles"]  # 总 -> 总经理, 总裁, ... (王总 for a 总裁 王某)


def _title_owner(name: str, persons: list) -> str | None:
    """The one person of the page a family name + an address for a title names (王总 -> the 总裁 王建伟), else None.

    >>> from types import SimpleNamespace as P, SimpleNamespace as Q
    >>> _title_owner("王总", [P(name="王建伟", posts=[Q(title="总裁")]), P(name="王总", posts=[])])
    '王建伟'
    """
    lx = lexicon()
    k = 2 if name[:2] in lx.surnames2 else 1 if name[:1] in lx.surnames else 0
    words = ADDRESSED.get(name[k:]) if k else None
    if not words:
        return None
    owners = {
        p.name
        for p in persons
        if p.name != name
        and p.name.startswith(name[:k])
        and len(p.name) > k
        and "·" not in p.name
        and any(w in (q.title or "") for q in p.posts for w in words)
    }
    return owners.pop() if len(owners) == 1 else None


def _rename_persons(doc: Doc, whole: dict[str, str]) -> None:
    """Drop the persons named by the keys of `whole` and name its value in every event and agreement that named them
    (`_rename_persons(doc, {"王总": "王建伟"})`)."""
    doc.facts.persons = [p for p in doc.facts.persons if p.name not in whole]
    for e in doc.facts.events:
        e.participants = list(dict.fromkeys(whole.get(n, n) for n in e.participants))
    for a in doc.facts.agreements:
        a.witnesses = list(dict.fromkeys(whole.get(n, n) for n in a.witnesses))


def _addressed_by_title(doc: Doc) -> None:
    """A person with no post named by family name + an address for a title (王总在签约后表示 after 集团总裁王建伟) is the one
    person of that family name holding such a title: dropped, and the events and agreements naming it name that person."""
    whole = {
        p.name: o
        for p in doc.facts.persons
        if not p.posts and (o := _title_owner(p.name, doc.facts.persons)) is not None
    }
    if not whole:
        return
    _rename_persons(doc, whole)


def _dotted_parts(doc: Doc) -> None:
    """A person named by one part of a dotted name told on the page (…苏林德拉·卡德卡一行… 会见了卡德卡一行), with no
    post or only titles the whole name holds (彼得罗维奇就任总理以来 after 塞尔维亚总理米洛什·彼得罗维奇), is that person:
    dropped, and the events and agreements naming the part name the whole."""
    people = {p.name: p for p in doc.facts.persons}
    dotted = [n for n in people if "·" in n or "•" in n]
    if not dotted:
        return

    def titles(name: str) -> set[str | None]:
        return {q.title for q in people[name].posts}

    whole = {
        p.name: o
        for p in doc.facts.persons
        if len(p.name) >= 2 and (o := _part_owner(p.name, dotted)) is not None and titles(p.name) <= titles(o)
    }
    if not whole:
        return
    _rename_persons(doc, whole)
