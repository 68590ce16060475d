"""Step `orgs`: organisations by their fullest name, with type, aliases and place.

The page's registry of organisations and the naming rules it keys by (`registry`, `register`,
`canonical`, `type_of`, `located`) are extract/org_registry.py; this step fills it from the org
mentions and reads it back.

Conventions (stable):

* `tidy_org_mentions(doc)` cuts the words read into org mentions before the name (据X集团), once
  per page (the `posts` step calls it first).
* Org mentions get `canonical` set here; `doc.facts.organizations` is filled.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from .lexicon import load
from .mentions import REJECT_AFTER_NOT, SIDES_CORE_ENDS, ZONE_KINDS, Place, lexicon, place_of, scan
from .org_registry import (
    ANAPHOR,
    GENERIC_NAMES,
    article_place,
    canonical,
    counted_lists,
    department_type,
    generic_rules,
    gov_of,
    government_parent,
    has_place,
    joint_body,
    kind_by_name,
    level_place,
    located,
    only_category_nouns,
    party_of,
    register,
    registry,
    shared_place,
    type_of,
    zone_of_committee,
)
from .pipeline import Doc, Mention, extractor
from .sentences import source_at
from .word_automata import word_automaton

_FIRM = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}"
# A、B、C等(10多个)(新疆)民营企业 (not 企业家: people; not A、B、C等领域同中国企业…: fields, org_generic.yaml firm_list_not_after)
LIST_OF_FIRMS = re.compile(
    rf"(?:^|[，。：；、\n])((?:{_FIRM}、){{2,20}}{_FIRM})"
    rf"等(?!{'|'.join(load('org_generic.yaml')['firm_list_not_after'])})"
    r"(?:[\d０-９]+[多余]?[家个])?[\u4e00-\u9fff]{0,8}?(?:企业|公司)(?!家)"
)
# 知名企业包括A、B、C等: the list after a kind noun and one of firm_list_verbs, ending in 等, one of its items
# read as a body already or the clause ending there (data: org_generic.yaml)
FIRMS_AFTER_VERB = re.compile(
    rf"(?:企业|公司)(?:{'|'.join(load('org_generic.yaml')['firm_list_verbs'])})((?:{_FIRM}、){{1,20}}{_FIRM}?)(?=等)"
)


LEVEL_BODY = re.compile(
    r"(?<![各全诸两三四五六七八九十多省市县区城都该])([省市县区])(?:人民)?(?:政府(?!性)|委(?![员托屈婉会]))"
)


def names_a_kind(body: str, start: int, end: int) -> bool:
    """Does the org span body[start:end] name a kind of body rather than one body?

    A stem (the part before the suffix) of category nouns only (商铺学校: shops and schools), a
    count right after it (培训中心１所), a goal to build (加快<x>消费中心建设: no place in it), an
    attributive "-性"/"-型" stem with no place (政策性担保公司, 知识型综保区), a role after 成为 (成为国际航运中心)."""
    g = generic_rules()
    name = body[start:end]
    if _city_role(name):
        return True
    verdict = kind_by_name(name)
    if verdict is not None:
        return verdict
    if g["counted"].match(body, end, min(len(body), end + 6)):
        return True
    if name.endswith(g["goal_suffix"]) and g["goal_role"].search(body, max(0, start - 2), start):
        return True  # 发展成为国际航运中心: a role the place takes
    if _placed_goal(name, body[max(0, start - 2) : start].endswith(g["goal_helpers"])):
        return True  # 帮助|内蒙古建设某某中心: a place, then a verb of building, then a goal
    return _goal(name) and bool(
        g["goal_before"].search(body, max(0, start - 4), start)
        or g["goal_after"].match(body, end, end + 4)
        or g["goal_listed"].search(body, max(0, start - 14), start)  # 建设甲和|乙中心: the list's next item
    )


def _placed_goal(name: str, helped: bool) -> bool:
    """A span of a goal's kind (…中心, …基地) opening with a word of joint work, or with a place right after a verb of
    help (`helped`), then a verb of building it, then a goal with no place and no other suffix (帮助|内蒙古建设奶牛良种
    繁育中心, 合作建设某某研发中心; not 北京市建设工程质量检测中心)."""
    g = generic_rules()
    if not name.endswith(g["goal_suffix"]):
        return False
    k = next((k for k in range(min(len(name) - 3, 9), 1, -1) if place_of(name[:k])), 0) if helped else 0
    verb = g["goal_opens"].match(name, k)
    if verb is None or (k == 0 and not name.startswith(g["goal_joint"])):
        return False
    rest = name[verb.end() :]
    suffixes = [e for e, _ in lexicon().suffix_ac.iter(rest) if e < len(rest) - 1]
    return len(rest) > 2 and _goal(rest) and not suffixes


def _trip_group(body: str, start: int, end: int) -> bool:
    """Is the org span a group of one trip named by no body (香港工商界考察团, 德国经济代表团), not signing as a
    party (韩国商务代表团与甲集团签订…: kept)?"""
    name = body[start:end]
    head = next((name[: -len(w)] for w in load("event_kinds.yaml")["delegations"] if name.endswith(w)), None)
    if head is None or head.endswith(lexicon().suffix_ends):
        return False
    return body[end : end + 1] not in "与和同跟、"


@cache
def _venue_rules() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """data/org_generic.yaml: venue_buildings, venue_before and venue_after, compiled once."""
    g = load("org_generic.yaml")
    return tuple(g["venue_buildings"]), re.compile(g["venue_before"]), re.compile(g["venue_after"])


def _venue_only(body: str, start: int, end: int) -> bool:
    """Is the org span a building named as the place an event is held (在钓鱼台国宾馆会见), no body there?"""
    buildings, before, after = _venue_rules()
    name = body[start:end]
    if not name.endswith(buildings):
        return False
    return bool(before.search(body, max(0, start - 2), start) and after.match(body, end, min(len(body), end + 8)))


SOURCE_BEFORE = re.compile(load("org_generic.yaml")["figures_source_before"])
SOURCE_AFTER = re.compile(load("org_generic.yaml")["figures_source_after"])


def _figures_source(body: str, start: int, end: int) -> bool:
    """Is the org span named only as the source of figures told after it (另据|海关|统计, 据|中国海关|统计: data
    figures_source_before/after), no body acting there?

    >>> _figures_source("另据海关统计，前5月出口下降。", 2, 4), _figures_source("海关统计显示", 0, 2)
    (True, False)"""
    return bool(SOURCE_BEFORE.search(body, max(0, start - 2), start) and SOURCE_AFTER.match(body, end))


CITY_ROLE = re.compile(rf"^(?:国际)?(?:{'|'.join(load('org_generic.yaml')['city_roles'])})中心$")


def _city_role(name: str) -> bool:
    """A role a city takes (青岛国际航运中心, 商贸中心 in 打造成国际金融、商贸中心), no body (data: city_roles).

    >>> _city_role("青岛国际航运中心"), _city_role("金融中心"), _city_role("青岛国际会议中心")
    (True, True, False)
    """
    k = max((k for k in range(2, min(len(name), 9) + 1) if place_of(name[:k])), default=0)
    return bool(CITY_ROLE.match(name[k:]))


def _goal(name: str) -> bool:
    """A name of the kind a plan sets out to build (…中心, …基地), with no place in it."""
    g = generic_rules()
    if not name.endswith(g["goal_suffix"]):
        return False
    suffix = max((x for e, x in lexicon().suffix_ac.iter(name) if e == len(name) - 1), key=len, default="")
    return not has_place(name[: len(name) - len(suffix)])


@cache
def _lead_ac() -> Any:
    """The lead words of two chars or more (org_generic.yaml lead_words) as one automaton (an ahocorasick.Automaton)."""
    return word_automaton(generic_rules()["lead_long"])


def _lead_cut(name: str) -> int:
    """Where the last lead word of two chars or more ends in name before its last char (据悉甲集团 -> 2), each word
    read at its last place; 0 without one. A lead word inside a word that joins a name (人民代表大会:
    org_joined_words.txt) cuts nothing.

    >>> _lead_cut("其中有甲乙集团"), _lead_cut("甲市人民代表大会")
    (3, 0)
    """
    last: dict[str, int] = {}  # each lead word -> where it begins last (one pass, not one rfind a word)
    for e, w in _lead_ac().iter(name, 0, len(name) - 1) if len(name) > 2 else ():
        last[w] = e - len(w) + 1
    if not last:
        return 0
    joined = [(e - len(w) + 1, e + 1) for e, w in lexicon().joined_ac.iter(name)]
    ends = [k + len(w) for w, k in last.items() if not any(a <= k and k + len(w) <= b for a, b in joined)]
    return max(ends, default=0)


def trimmed(name: str) -> str:
    """An organisation span less the words before its name (据X集团 -> X集团); "" when only a kind
    or a suffix is left."""
    g = generic_rules()
    rest = name[_lead_cut(name) :]
    if "的" in rest[:-1]:
        rest = rest[rest.rindex("的", 0, len(rest) - 1) + 1 :]  # 这个矿的党委: no name holds 的
    while len(rest) > 2 and rest[0] in g["lead_short"] and not place_of(rest[:2]) and rest[:2] not in lexicon().abbrevs:
        rest = rest[1:]
    return _after_kind(rest, g["kind_before_place"])


def _after_kind(name: str, kinds: tuple[str, ...]) -> str:
    """The name less a kind noun it was read over before a place (乡镇企业萧山甲化纤厂 -> 萧山甲化纤厂).

    >>> _after_kind("乡镇企业萧山兴围化纤厂", ("企业",)), _after_kind("中国乡镇企业协会", ("企业",))
    ('萧山兴围化纤厂', '中国乡镇企业协会')
    """
    for kind in kinds:
        k = name.find(kind, 0, len(name) - len(kind) - 3)
        if k > 0 and _opens_with_place(name[k + len(kind) :]):
            return name[k + len(kind) :]
    return name


def _opens_with_place(text: str) -> bool:
    """Does a division start the text, by its name or, for a county or district, by its name less its level
    word (萧山 of 萧山区)?"""
    if any(place_of(text[:n]) for n in range(2, 10)):
        return True
    return any(p is not None and p.level == "county" for p in (place_of(text[:2] + x) for x in "区市县"))


BRACKET = re.compile(r"([\u4e00-\u9fff]{2,16})[（(]([\u4e00-\u9fff]{2,6})[）)]$")


def _join_bracket(body: str, m) -> None:
    """品捷电子（苏州）有限公司, 华兴（集团）股份有限公司: a name read from after the bracket takes the
    part before it back (the bracket holds a place or 集团)."""
    if m.start < 4 or body[m.start - 1] not in "）)":
        return
    b = BRACKET.search(body, max(0, m.start - 26), m.start)
    if not b or not (b.group(2) == "集团" or place_of(b.group(2))):
        return
    lx = lexicon()
    head = b.group(1)
    for k in range(len(head) - 1, 0, -1):  # read leftwards to a boundary word
        if any(head[max(0, k - n) : k] in lx.boundaries for n in (1, 2, 3, 4)):
            head = head[k:]
            break
    if len(head) < 2:
        return
    start = b.end() - len(b.group()) + len(b.group(1)) - len(head)
    m.text = body[start : m.end]
    m.start = start


JOINT = re.compile(r"([省市县区])委\1(?:人民)?政府$")


def _split_joint(m) -> list:
    """X省委省政府 (市委市政府, 县委县政府): the committee and the government, two mentions; so are two
    known bodies written together (中央纪委国家监委)."""
    if m.kind != "org":
        return [m]
    lx = lexicon()
    for k in range(2, len(m.text) - 1):  # 中央纪委国家监委: two known bodies written together
        a, b = m.text[:k], m.text[k:]
        if a in lx.abbrevs and b in lx.abbrevs and not lx.abbrevs[b][0].startswith(lx.abbrevs[a][0]):
            # (国务院国资委: 国资委 is a body of 国务院, one name)
            cut = m.start + k
            return [
                Mention(a, "org", m.article, m.start, cut, org_type=lx.abbrevs[a][1]),
                Mention(b, "org", m.article, cut, m.end, org_type=lx.abbrevs[b][1]),
            ]
    j = JOINT.search(m.text)
    if not j:
        return [m]

    cut = m.start + j.start() + 2
    first = Mention(m.text[: j.start() + 2], "org", m.article, m.start, cut, org_type="party_committee")
    second = Mention(m.text[j.start() + 2 :], "org", m.article, cut, m.end, org_type="government")
    return [first, second]


def _bracket_suffixes(doc: Doc) -> list:
    """A legal ending right after a bracket (…（集团）有限公司) that no mention starts at: a mention of it,
    for `_join_bracket` to take the name before the bracket back."""
    lx = lexicon()
    starts = {(m.article, m.start) for m in doc.mentions if m.kind == "org"}
    out = []
    for i, art in enumerate(doc.facts.articles):
        body = art.body or ""
        if "（" not in body and "(" not in body:
            continue
        for b in re.finditer(r"[（(]([\u4e00-\u9fff]{2,6})[）)]", body):
            if (i, b.end()) in starts or not (b.group(1) == "集团" or place_of(b.group(1))):
                continue
            suf = max((x for x in lx.org_suffixes if len(x) >= 2 and body.startswith(x, b.end())), key=len, default="")
            if suf:
                out.append(Mention(suf, "org", i, b.end(), b.end() + len(suf), org_type=lx.org_suffixes[suf]))
    return out


NUMBERED_UNIT = re.compile(load("org_generic.yaml")["numbered_units"])


def _numbered_units(doc: Doc) -> list:
    """A body's institute known by its number (某部615所): a mention of the institute, a lab (it takes the
    place of the body's own mention, which is only part of its name)."""
    out = []
    for m in doc.mentions:
        if m.kind != "org" or m.article >= len(doc.facts.articles) or not m.text.endswith(("部", "院", "局", "公司")):
            continue
        body = doc.facts.articles[m.article].body or ""
        unit = NUMBERED_UNIT.match(body, m.end)
        if unit and body[m.start : m.end] == m.text:
            out.append(Mention(m.text + unit.group(), "org", m.article, m.start, unit.end(), org_type="lab"))
    return out


def tidy_org_mentions(doc: Doc) -> None:
    """Org mentions less the words read into them before the name (据X集团, 而X公司), once per page;
    a span left with a suffix or kind alone goes."""
    if doc.orgs_tidied:
        return
    doc.orgs_tidied = True
    lx = lexicon()
    g = generic_rules()
    keep: list[Mention] = []
    doc.mentions = [x for y in doc.mentions for x in _split_joint(y)]
    doc.mentions.extend(_bracket_suffixes(doc))
    units = _numbered_units(doc)
    parents = {(u.article, u.start) for u in units}  # 航空部 inside 航空部628所 names no body of its own there
    doc.mentions = [m for m in doc.mentions if m.kind != "org" or (m.article, m.start) not in parents] + units
    for m in doc.mentions:
        if m.kind == "org" and m.article < len(doc.facts.articles):
            _join_bracket(doc.facts.articles[m.article].body or "", m)
        body = doc.facts.articles[m.article].body or "" if m.article < len(doc.facts.articles) else ""
        if m.kind == "org" and (body[: m.start].endswith(g["every_before"]) or m.text.startswith(g["every_opens"])):
            continue  # 各商业银行, 全省各市发改委, 直辖市技术监督局: every body of the kind, none named
        if m.kind == "org" and m.text not in lx.abbrevs:
            if (
                m.text.endswith(g["false_endings"])
                or any(w in m.text[-len(w) - 2 :] for w in g["vague_words"])
                or body[m.end - 1 : m.end + 1] in g["joined_after"]
                and not REJECT_AFTER_NOT.match(body, m.end - 1)
            ):
                continue  # 产品出厂, 开好局; 国家能源局有关司: no body named
            t = trimmed(m.text)
            if t != m.text:
                if len(t) < 2 or t in lx.org_suffixes or ANAPHOR.match(t):
                    continue
                m.start += len(m.text) - len(t)
                m.text = t
        if m.kind == "org" and (m.text.startswith(SIDES_CORE_ENDS) or body[: m.start].endswith(SIDES_CORE_ENDS)):
            continue  # 分别代表两国外交部, 双方商务部门: the bodies of several sides, none named (the signers' own are read)
        if m.kind == "org" and _park_in_zone(body, m, keep, doc.mentions):
            continue  # 某高新区…工程在乙工业园启动: a park of the zone named, no zone of its own
        keep.append(m)
    doc.mentions = keep


def _park_in_zone(body: str, m: Mention, before: list[Mention], mentions: list[Mention]) -> bool:
    """Is the org span a park (org_generic.yaml park_in_zone_endings: 乙工业园) with no place in its name, after a zone
    named with its place earlier in the article (甲市高新区), that the text never names as a zone of its own (乙工业园区,
    乙工业园管委会, 丁开发区乙工业园: written right after its zone)?"""
    g = load("org_generic.yaml")
    ending = next((w for w in g["park_in_zone_endings"] if m.text.endswith(w)), None)
    if ending is None or has_place(m.text):
        return False
    places = [x.text for x in mentions if x.kind == "place" and x.article == m.article]
    if any(m.text.startswith(p.rstrip("省市县区")) for p in places if len(p.rstrip("省市县区")) >= 2):
        return False  # 晋江市和长汀县共建的晋江（长汀）工业园: a park named by a place of the article, written short
    if any(k in m.text[: -len(ending)] for k in ZONE_KINDS) or body[: m.start].endswith(ZONE_KINDS):
        return False  # 乙开发区丙工业园: the park written with its zone, named as one (dev gold 42 keeps such a park)
    if re.search(re.escape(m.text) + g["park_named_as_zone"], body):
        return False
    return any(
        x.kind == "org"
        and x.article == m.article
        and x.end <= m.start
        and x.org_type == "development_zone"
        and x.text != m.text
        and has_place(x.text)
        for x in before
    )


STATED_AT = re.compile(rf"(?:{'|'.join(load('org_generic.yaml')['location_verbs'])})$")


def stated_locations(doc: Doc) -> None:
    """An organisation written as "位于<place>的<org>" (or 地处/坐落于/设在) lies in that place as written,
    unless its own name begins with a place (which then says where it is)."""
    reg = registry(doc)
    for i, art in enumerate(doc.facts.articles):
        body = art.body or ""
        places = sorted((m for m in doc.mentions if m.kind == "place" and m.article == i), key=lambda m: m.start)
        for m in doc.mentions:
            if m.kind != "org" or m.article != i or m.start < 1 or body[m.start - 1] != "的":
                continue
            # the run of places written right before 的
            end, start = m.start - 1, m.start - 1
            for p in reversed(places):
                if p.end == start:
                    start = p.start
                elif p.end < start:
                    break
            where = body[start:end]
            if start == end:  # 落户某开发区的甲公司: a zone before 的 says where too
                zone = _zone_ending_at(doc, reg, i, end)
                start, where = (zone[0], zone[1]) if zone else (start, "")
            if not where or not STATED_AT.search(body[max(0, start - 4) : start]):
                continue
            org = reg.get(m.canonical or m.text)
            if org is None or _name_place(org.name):
                continue
            org.located_in = where


_LANDS = load("org_generic.yaml")
LANDS_BEFORE = re.compile(_LANDS["lands_before_place"])
LANDS_AFTER = re.compile(_LANDS["lands_after_place"])
LANDS_FIRST = re.compile(_LANDS["lands_verb_first"])
FOUNDED_AT = re.compile(_LANDS["founded_after_place"])


def landed_locations(doc: Doc) -> None:
    """An organisation told as landing or founded at a place or zone (甲实验室在乙开发区正式落地, 甲实验室正式落户
    乙开发区, 在乙区成立甲公司: in the title or the body) lies there: in the place, or the zone's city; a body whose
    name begins with a place only when the place it lands in lies inside that one."""
    reg = registry(doc)
    zones = {n: o for o in reg.values() if o.type == "development_zone" for n in (o.name, *o.aliases) if len(n) > 3}
    bodies = [o for o in reg.values() if o.type != "development_zone"]
    for art in doc.facts.articles:
        for text in (art.title or "", art.body or ""):
            if not LANDS_AFTER.search(text):
                continue
            for org in bodies:
                for name in {org.name, *org.aliases}:
                    for at in _occurrences(text, name):
                        where = _landed_after(zones, text, at + len(name)) or _founded_before(text, at)
                        if where and _may_lie_in(org.name, where):
                            org.located_in = where


SITED_AT = re.compile(rf"[^，。；！？\n]{{0,40}}?(?:{'|'.join(load('org_generic.yaml')['location_verbs'])})")


def sited_locations(doc: Doc) -> None:
    """A body whose name gives only its province (甲省乙公司), told by a clause that opens with its name to lie
    in a place inside that province (甲省乙公司新建项目位于丙市丁区…), lies in that place's city (丙市); when its
    clauses name two cities, it stays in the province."""
    reg = registry(doc)
    for org in reg.values():
        if org.type in ("government", "party_committee", "development_zone"):
            continue
        body = org.name[2:] if org.name.startswith("中共") else org.name
        own = next((p for k in range(min(len(body), 9), 1, -1) if (p := place_of(body[:k]))), None)
        if own is None or own.level != "province" or org.located_in != own.name:
            continue
        cities = set()
        for art in doc.facts.articles:
            text = art.body or ""
            for name in {org.name, *org.aliases}:
                for at in _occurrences(text, name) if len(name) > 3 else ():
                    verb = SITED_AT.match(text, at + len(name))
                    got = _place_at({}, text, verb.end()) if verb else None
                    inner = place_of(got[1]) if got else None
                    if inner is not None and inner.province == own.name and inner.name != own.name:
                        cities.add(inner.city if inner.level == "county" and inner.city else inner.name)
        if len(cities) == 1:
            org.located_in = cities.pop()


def committee_aliases(doc: Doc) -> None:
    """A body's Party committee (甲集团公司乙煤矿党委) is named by each other name of the body with 党委 after it too
    (乙煤矿党委, 乙矿党委: the gold's and the text's ways of writing it when the text writes 这个矿的党委)."""
    reg = registry(doc)
    for org in list(reg.values()):
        owner = reg.get(org.name[:-2]) if org.type == "party_committee" and org.name.endswith("党委") else None
        for name in owner.aliases if owner else ():
            if name not in GENERIC_NAMES:
                register(doc, org.name, alias=name + "党委")


JURISDICTION = re.compile(_LANDS["jurisdiction_after_place"])


def jurisdiction_bodies(doc: Doc) -> None:
    """Bodies named in the sentence that tells a place's jurisdiction, after it (甲区辖区内云集了…，其中乙港、丙开发区等
    都是…), lie in that place (a district with its city: 天津市塘沽区), unless their names begin with another place."""
    reg = registry(doc)
    for m in doc.mentions:
        if m.kind != "place" or m.article >= len(doc.facts.articles):
            continue
        body = doc.facts.articles[m.article].body or ""
        told = JURISDICTION.match(body, m.end)
        place = place_of(m.canonical or m.text) if told else None
        if told is None or place is None:
            continue
        stop = re.compile(r"[。！？\n]").search(body, told.end())
        end = stop.start() if stop else len(body)
        where = (
            place.city + place.name
            if place.level == "county" and place.name.endswith("区") and place.city
            else place.name
        )
        for x in doc.mentions:
            org = reg.get(x.canonical or x.text) if x.kind == "org" and x.article == m.article else None
            if org is not None and told.end() <= x.start < end and _may_lie_in(org.name, place.name):
                org.located_in = where


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` (two characters or more) is written in text."""
    return [m.start() for m in re.finditer(re.escape(name), text)] if len(name) > 1 else []


def _may_lie_in(name: str, where: str) -> bool:
    """Whether a body may be said to lie in `where`: its name begins with no place, or with one `where` lies in."""
    body = name[2:] if name.startswith("中共") else name
    own = next((p for k in range(min(len(body), 9), 1, -1) if (p := place_of(body[:k]))), None)
    if own is None:
        return True
    inner = place_of(where)
    return inner is not None and inner.name != own.name and own.name in (inner.city, inner.province)


def _landed_after(zones: dict, text: str, end: int) -> str | None:
    """Where a body named up to `end` lands (…在乙开发区正式落地, …正式落户乙开发区), or None."""
    before = LANDS_BEFORE.match(text, end)
    got = _place_at(zones, text, before.end()) if before else None
    if got and LANDS_AFTER.match(text, got[0]):
        return got[1]
    first = LANDS_FIRST.match(text, end)
    got = _place_at(zones, text, first.end()) if first else None
    return got[1] if got else None


def _founded_before(text: str, start: int) -> str | None:
    """The place of 在<place>成立 written right before a body named from `start`, or None."""
    verb = FOUNDED_AT.search(text, max(0, start - 8), start)
    at, where = (verb.start(), None) if verb else (0, None)
    while at > 1:
        k = next((k for k in range(min(at, 9), 1, -1) if place_of(text[at - k : at])), 0)
        if not k:
            break
        at, where = at - k, where or _place_name(text[at - k : at])
    return where if where and text[at - 1 : at] == "在" else None


def _place_at(zones: dict, text: str, pos: int) -> tuple[int, str] | None:
    """(end, where) of a zone or a run of places written from `pos`: the zone's city (else the zone itself), or
    the last known place of the run."""
    zone = max((n for n in zones if text.startswith(n, pos)), key=len, default=None)
    if zone:
        return pos + len(zone), zones[zone].located_in or zones[zone].name
    end, where = pos, None
    while True:
        k = next((k for k in range(9, 1, -1) if place_of(text[end : end + k])), 0)
        if not k:
            break
        end, where = end + k, _place_name(text[end : end + k])
    return (end, where) if where else None


def _place_name(written: str) -> str | None:
    """The full name of a known place (花都 -> 花都区: the name its place node has), or None."""
    p = place_of(written)
    return p.name if p else None


LIST_KINDS = load("org_generic.yaml")["list_kinds"]
_KIND_NOUN = "|".join(sorted((n for ns in LIST_KINDS.values() for n in ns), key=len, reverse=True))
# after the list: 等(6家)(民营)企业; before it: 企业有 / 巨头 (with a few words of description, or one
# name not read as a body, between)
LIST_AFTER = re.compile(
    rf"(?:等|以及其他|和其他)(?:[\d一二三四五六七八九十两几多]+[家个所])?[^，。；、]{{0,6}}?({_KIND_NOUN})"
)
LIST_BEFORE = re.compile(
    rf"({_KIND_NOUN})(?:有|包括|如|像|是|为|[:：])?[^，。；、：:有是]{{0,10}}(?:[^，。；、：:有是]{{1,8}}、)?$"
)
# after the kind noun, a join and a noun of another kind (等高校、科研机构和医疗机构): bodies of mixed kinds
LIST_MIXED = re.compile(
    rf"(?:[、和及与]|以及)[^，。；、]{{0,6}}?(?:{_KIND_NOUN}|{'|'.join(load('org_generic.yaml')['list_mixed_kinds'])})"
)
# between two listed bodies: a join, or a name not read as a body between joins (飞利浦、西门子和伊莱克斯)
LIST_JOINS = re.compile(r"(?:[、和及与]|以及)(?:[^，。；、\s]{1,8}?(?:[、和及与]|以及))?")
LIST_REACH = 24  # characters before a list its kind noun may stand in


def listed_types(doc: Doc) -> None:
    """Bodies listed under a kind noun (飞利浦、西门子和伊莱克斯等企业; 赴台的企业有甲、乙) take its type
    when their own names tell none."""
    reg = registry(doc)
    kind_of = {n: t for t, ns in LIST_KINDS.items() for n in ns}
    for i, art in enumerate(doc.facts.articles):
        body = art.body or ""
        ms = sorted((m for m in doc.mentions if m.kind == "org" and m.article == i), key=lambda m: m.start)
        for run in _org_runs(body, ms):
            noun = LIST_AFTER.match(body, run[-1].end) or (
                LIST_BEFORE.search(body[max(0, run[0].start - LIST_REACH) : run[0].start]) if len(run) > 1 else None
            )
            if not noun or LIST_MIXED.match(body, noun.end()):
                continue
            for m in run:
                org = reg.get(m.canonical or m.text)
                if org is not None and org.type == "other":
                    org.type = kind_of[noun.group(1)]
            for a, b in zip(run, run[1:]):
                _list_member(doc, i, body, a.end, b.start, kind_of[noun.group(1)])


LIST_MEMBER = re.compile(r"(?:[、和及与]|以及)([^，。；、\s和及与]{2,8}?)(?:[、和及与]|以及)")


def _list_member(doc: Doc, article: int, body: str, lo: int, hi: int, typ: str) -> None:
    """A name between two listed bodies not read as one (飞利浦、西门子和伊莱克斯等企业: 西门子) is a body of
    the list's type, unless a person or a place stands there."""
    m = LIST_MEMBER.fullmatch(body, lo, hi)
    if m is None or place_of(m.group(1)):
        return
    if any(x.article == article and x.start < m.end(1) and m.start(1) < x.end for x in doc.mentions if x.kind != "org"):
        return
    register(doc, m.group(1), alias=None, typ=typ, located_in=None, source=source_at(doc, article, m.start(1)))


def _org_runs(body: str, ms: list) -> list[list]:
    """The mentions in runs joined only by 、，和及与 (a list of bodies)."""
    runs: list[list] = []
    for m in ms:
        if runs and runs[-1][-1].end <= m.start and LIST_JOINS.fullmatch(body[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        elif not runs or runs[-1][-1].end <= m.start:
            runs.append([m])
    return runs


def _zone_ending_at(doc: Doc, reg: dict, article: int, end: int) -> tuple[int, str] | None:
    """(start, name) of a development zone's mention in the article ending at `end`, or None."""
    for z in doc.mentions:
        if z.kind == "org" and z.article == article and z.end == end:
            org = reg.get(z.canonical or z.text)
            if org is not None and org.type == "development_zone":
                return z.start, org.name
    return None


def _name_place(name: str) -> bool:
    """Whether the name begins with a place (长治市商务局, 中共长治市委员会)."""
    body = name[2:] if name.startswith("中共") else name
    return any(place_of(body[:k]) for k in range(min(len(body), 9), 1, -1))


UNRESOLVED_LEVEL = re.compile(r"^[市县区](?!场|民|域|内|区|委$|政府$)[\u4e00-\u9fff]{2,}")


def place_actors(doc: Doc) -> None:
    """被汕头市评为…, 经深圳市批准, 同甲县合作, 甲市、乙市作交流发言: a place that acts as a government is
    its 人民政府 (data: place_actor, place_partner, place_speech, place_counted, place_funds)."""
    rules = _place_actor_rules()
    places = sorted((m for m in doc.mentions if m.kind == "place"), key=lambda m: (m.article, m.start))
    for m in places:
        if m.article >= len(doc.facts.articles) or m.start < 1:
            continue
        body = doc.facts.articles[m.article].body or ""
        p = m.value if isinstance(m.value, Place) else place_of(m.text)
        if p is None:
            continue
        rest = _shared_department(body, places, m, doc.mentions)
        if rest:  # 甲市、乙市、丙市发展改革委: each place's department, no government
            written = m.text + rest
            name = canonical(doc, m.article, written, m.start)
            register(
                doc,
                name,
                alias=written,
                typ=type_of(name),
                located_in=p.name,
                source=source_at(doc, m.article, m.start),
            )
            continue
        acts = body[m.start - 1] in rules["before"] and body.startswith(rules["verbs"], m.end)
        if not acts and any(
            o.kind == "org" and o.article == m.article and o.start <= m.start < o.end for o in doc.mentions
        ):
            continue  # (江苏省发展改革委、乙市作交流发言: the place begins a body's name)
        if not (
            acts
            or _place_partner(body, places, m, rules)
            or _place_speaker(body, places, m, rules)
            or _place_counted(body, places, m, rules)
            or _place_funder(body, places, m, rules)
        ):
            continue
        name = gov_of(p.name)
        register(
            doc, name, alias=m.text, typ="government", located_in=p.name, source=source_at(doc, m.article, m.start)
        )


def _shared_department(body: str, places: list, m: Mention, mentions: list) -> str:
    """The department a list of places shares, written once after the last (甲市、乙市、丙市发展改革委: 发展改革委
    for 甲市 and 乙市), or "" when m is the last place or no department follows the list."""
    start, end = _place_run(body, places, m, "、和及")
    if end <= m.end or body[m.end : m.end + 1] not in "、和及":
        return ""
    for o in mentions:
        if o.kind == "org" and o.article == m.article and start < o.start < end < o.end:
            rest = body[end : o.end]
            return rest if type_of("某市" + rest) in ("government", "party_committee") else ""
    return ""


def _place_run(body: str, places: list, m: Mention, joins: str) -> tuple[int, int]:
    """(start, end) of the run of places m stands in: places written together (宁夏某县) or joined by one
    of the characters of joins (甲市、乙市)."""
    same = [x for x in places if x.article == m.article]
    start, end = m.start, m.end
    for x in reversed([x for x in same if x.start < m.start]):
        if x.end == start or (x.end == start - 1 and body[x.end] in joins):
            start = x.start
    for x in [x for x in same if x.start > m.start]:
        if x.start == end or (x.start == end + 1 and body[end] in joins):
            end = x.end
    return start, end


def _place_partner(body: str, places: list, m: Mention, rules: dict) -> bool:
    """同甲县合作兴建: the place after 与 and before a verb of working together (data: place_partner)."""
    start, _ = _place_run(body, places, m, "")
    return start > 0 and body[start - 1] in rules["partner_before"] and body.startswith(rules["partner_verbs"], m.end)


def _place_speaker(body: str, places: list, m: Mention, rules: dict) -> bool:
    """甲市、乙市作交流发言: places opening a clause that says they spoke (data: place_speech)."""
    if any(x.article == m.article and x.start == m.end for x in places):
        return False  # (河北保定市: only the place written last acts)
    start, end = _place_run(body, places, m, "、和及")
    return (start == 0 or body[start - 1] in "，,。：:；;\n") and bool(rules["speech"].match(body, end))


def _place_funder(body: str, places: list, m: Mention, rules: dict) -> bool:
    """甲县分别筹资: places opening a clause that raise or allot funds, the verb right after them (data: place_funds)."""
    if any(x.article == m.article and x.start == m.end for x in places):
        return False  # (河北保定市: only the place written last acts)
    start, end = _place_run(body, places, m, "、和及")
    return (start == 0 or body[start - 1] in "，,。：:；;\n") and bool(rules["funds"].match(body, end))


def _place_counted(body: str, places: list, m: Mention, rules: dict) -> bool:
    """湖南、江西两省共同出资建设: places listed and counted by their level that act together (data: place_counted)."""
    if any(x.article == m.article and x.start == m.end for x in places):
        return False  # (河北保定市: only the place written last acts)
    _, end = _place_run(body, places, m, "、和及与")
    return bool(rules["counted"].match(body, end))


@cache
def _place_actor_rules() -> dict:
    """data/org_generic.yaml place_actor, place_partner and place_speech, as sets, tuples and a regex."""
    g = load("org_generic.yaml")
    lex, partner = g["place_actor"], g["place_partner"]
    return {
        "before": set(lex.get("before") or []),
        "verbs": tuple(lex.get("verbs") or []),
        "partner_before": set(partner["before"]),
        "partner_verbs": tuple(partner["verbs"]),
        "speech": re.compile(rf"[^，。；的]{{0,60}}?(?:{'|'.join(g['place_speech'])})"),
        "counted": re.compile("|".join(g["place_counted"])),
        "funds": re.compile("|".join(g["place_funds"])),
    }


PREFECTURE_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,4}?地区)委员会")
BARE_OFFICE = re.compile(r"(?<![\u4e00-\u9fff])地委[、和与及](?:行署|行政公署)(?![\u4e00-\u9fff]{0,3}?专员)")


def prefecture_offices(doc: Doc, article: int, body: str) -> None:
    """行署 written alone right after 地委 (地委、行署要求…): the office of the prefecture whose committee that 地委
    is (中共定西地区委员会 -> 定西地区行政公署), with 行署 as its alias."""
    for mt in BARE_OFFICE.finditer(body):
        named = {m.group(1) for n in registry(doc) if (m := PREFECTURE_COMMITTEE.fullmatch(n))}
        told = [
            m.canonical or m.text
            for m in doc.mentions
            if m.article == article and m.kind == "place" and m.start < mt.start() and (m.canonical or "") in named
        ]
        prefecture = told[-1] if told else next(iter(named)) if len(named) == 1 else None
        if prefecture:
            written = mt.group()[3:]
            register(
                doc, gov_of(prefecture), alias=written, typ="government", source=source_at(doc, article, mt.start() + 3)
            )


def level_bodies(doc: Doc, article: int, body: str, mentions: list | None = None) -> None:
    """Register 省政府 / 市政府 / 县委 ... written alone in an article as the body of the article's
    place at that level (省政府 in a city paper: its province's 人民政府), when the place has
    that level; words inside a longer name or a title chain (市委书记) are left to those."""
    if not body or not LEVEL_BODY.search(body):
        return
    place = article_place(doc, article)
    if not place or not place_of(place):
        return
    ms = [m for m in doc.mentions if m.article == article] if mentions is None else mentions
    covered = [(m.start, m.end) for m in ms if m.kind in ("org", "title")]
    title_starts = {m.start for m in ms if m.kind == "title"}
    starts = sorted(covered)
    keys = [a for a, _ in starts]
    reach = []  # the furthest end of the spans starting at or before each
    far = -1
    for _, b in starts:
        far = max(far, b)
        reach.append(far)
    for mt in LEVEL_BODY.finditer(body):
        a, b = mt.span()
        k = bisect.bisect_right(keys, b - 1)
        if k and reach[k - 1] > a:  # inside (or touching into) a name or title
            continue
        if b in title_starts:  # 市委书记: the post's chain names the body
            continue
        level = mt.group(1)
        sp = shared_place(body, a, level)  # 山东省委、省政府: 山东省's government
        if sp:
            name = gov_of(sp.name) if "政府" in mt.group() else party_of(sp.name)
            register(
                doc,
                name,
                alias=mt.group(),
                typ=type_of(name),
                located_in=located(doc, article, name),
                source=source_at(doc, article, a),
            )
            continue
        target = level_place(place, level)
        p = place_of(target) if target else None
        if (
            not p
            or {"省": "province", "市": "city", "县": "county", "区": "county"}[level] != p.level
            or level in "县区"
            and not p.name.endswith(level)
        ):
            continue
        name = canonical(doc, article, mt.group(), a)
        register(
            doc,
            name,
            alias=mt.group(),  # (会议由省委、省政府召开: the events step finds the body by what the text calls it)
            typ=type_of(name),
            located_in=located(doc, article, name),
            source=source_at(doc, article, a),
        )


@cache
def _division_rule() -> re.Pattern:
    """One division's name after its body, and the word after it (data/org_generic.yaml division_*)."""
    lex = load("org_generic.yaml")
    ends, after = "|".join(lex["division_endings"]), "|".join(lex["division_after"])
    return re.compile(rf"([\u4e00-\u9fff]{{2,6}}?(?:{ends}))(?=(?:{after}))")


def divisions(doc: Doc) -> None:
    """Divisions written right after a government body (某省发展改革委社会处、民营经济处负责同志): bodies
    of their own, of type government, named with their body (the name as written is an alias)."""
    rule, vague = _division_rule(), generic_rules()["vague_words"]
    reg = registry(doc)
    for m in [m for m in doc.mentions if m.kind == "org" and m.article < len(doc.facts.articles)]:
        parent = reg.get(m.canonical or m.text)
        if parent is None or parent.type != "government":
            continue
        body, at = doc.facts.articles[m.article].body or "", m.end
        while (d := rule.match(body, at)) and not d.group(1).startswith(vague):
            name = parent.name + d.group(1)
            register(
                doc,
                name,
                alias=d.group(1),
                typ="government",
                located_in=parent.located_in,
                source=source_at(doc, m.article, d.start()),
            )
            if body[d.end() : d.end() + 1] not in "、和及与" or not body[d.end() : d.end() + 1]:
                break
            at = d.end() + 1


DEPARTMENT_ENDS = ("部", "司", "局")  # a department of a body (not its 办公室: 国务院新闻办公室 is a body of its own)


def regulators_of_departments(doc: Doc) -> None:
    """The body a department's name opens with by its short name (中国银监会银行监管二部: 中国银监会), told there
    only: an organisation of its own, by its full name, with the short one as alias."""
    lx = lexicon()
    for org in list(registry(doc).values()):
        short = government_parent(org.name) if org.type == "government" and org.name.endswith(DEPARTMENT_ENDS) else None
        if short:
            register(
                doc, lx.abbrevs[short][0], alias=short, typ="government", source=org.sources[0] if org.sources else None
            )


def park_name(written: str) -> str | None:
    """The park's own name in "<zone><park>", the name it is also known by: "某开发区光谷工业园" ->
    "光谷工业园", "某汽车城赤水园区" -> "赤水园区", "光谷工业园" -> None."""
    for k in range(len(written) - 4, 1, -1):
        head, park = written[:k], written[k:]
        if (
            head.endswith(ZONE_KINDS)
            and park.endswith(ZONE_KINDS)
            and park not in lexicon().org_suffixes
            and len(park) <= 8
        ):
            return park
    return None


def listed_firms(doc: Doc) -> None:
    """A、B、C等(新疆)民营企业, 企业包括A、B: every item of the list is a company, unless an item is an
    industry (新能源、新材料等企业: firms of those trades) or a person (甲、乙等企业负责人).

    >>> from kgqa.extract import extract_page
    >>> sorted(o.name for o in extract_page("标题\\n\\n知名企业包括青松电器集团、龙湾石化等。").organizations)
    ['青松电器集团', '龙湾石化']
    """
    lx = lexicon()
    for i, art in enumerate(doc.facts.articles):
        body = art.body or ""
        persons = [m for m in doc.mentions if m.article == i and m.kind == "person"]
        bodies = [m for m in doc.mentions if m.article == i and m.kind == "org"]
        after_verb = [
            mt
            for mt in FIRMS_AFTER_VERB.finditer(body)
            if _holds(bodies, *mt.span(1)) or body[mt.end() + 1 : mt.end() + 2] in ("，", "。", "；")
        ]  # (…等部门, …等环节: what follows 等 says what the items are)
        for mt in [*LIST_OF_FIRMS.finditer(body), *after_verb]:
            if _holds(persons, *mt.span(1)):
                continue
            items = [trimmed(x.strip()) or x.strip() for x in mt.group(1).split("、")]  # 2008年有甲、乙等企业: 甲
            if any(x in lx.industries for x in items):
                continue
            for item in items:
                if 2 <= len(item) <= 12 and not place_of(item) and not _a_kind(item):
                    register(
                        doc,
                        canonical(doc, i, item, mt.start()),
                        alias=None,
                        typ="company",
                        located_in=article_place(doc, i),
                        source=source_at(doc, i, mt.start()),
                    )


def _a_kind(item: str) -> bool:
    """Whether a listed item names a kind of firm (国有企业, 上市公司), no firm."""
    g = generic_rules()
    return bool(kind_by_name(item)) or only_category_nouns(item, g["nouns"] | g["kind_words"])


def _holds(mentions: list, lo: int, hi: int) -> bool:
    """Whether one of the mentions overlaps lo..hi (an article's span)."""
    return any(m.start < hi and lo < m.end for m in mentions)


def _counted_mentions(doc: Doc, bodies: list[str]) -> dict[tuple[int, int], list[str]]:
    """(article, start) of each org mention that lies in a body written after a count of regions (两省区交通运输厅、
    商务厅), with the regions' bodies it stands for (none when the regions are not named before)."""
    out: dict[tuple[int, int], list[str]] = {}
    for i, body in enumerate(bodies):
        spans = counted_lists(doc, i, body, 0, len(body))
        for m in doc.mentions:
            if m.kind == "org" and m.article == i:
                hit = next((names for a, b, names in spans if a <= m.start < b and m.end <= b), None)
                if hit is not None:
                    out[(i, m.start)] = hit
    return out


@extractor("orgs")
def orgs(doc: Doc) -> None:
    """Canonical names, types, aliases and places of the organisations of the page."""
    lx = lexicon()
    tidy_org_mentions(doc)
    bodies = [a.body or "" for a in doc.facts.articles]
    sources = [
        (m.article, m.start, m.end)
        for m in doc.mentions
        if m.kind == "org"
        and m.article < len(bodies)
        and bodies[m.article][m.start : m.end] == m.text
        and _figures_source(bodies[m.article], m.start, m.end)
    ]  # (据中国证券业协会统计: 中国证券 read inside it names no body either; ext67)
    doc.mentions = [
        m
        for m in doc.mentions
        if not (
            m.kind == "org"
            and m.article < len(bodies)
            and bodies[m.article][m.start : m.end] == m.text
            and (
                names_a_kind(bodies[m.article], m.start, m.end)
                or _trip_group(bodies[m.article], m.start, m.end)
                or _venue_only(bodies[m.article], m.start, m.end)
                or _figures_source(bodies[m.article], m.start, m.end)
                or any(a == m.article and s <= m.start and m.end <= e for a, s, e in sources)
            )
        )
    ]
    counted = _counted_mentions(doc, bodies)
    for m in doc.mentions:
        if m.kind != "org":
            continue
        if (m.article, m.start) in counted:  # 两省区人民政府: no body of its own, each region's
            for name in counted[(m.article, m.start)]:
                register(doc, name, typ=type_of(name), source=source_at(doc, m.article, m.start))
            continue
        name = canonical(doc, m.article, m.text, m.start)
        m.canonical = name
        if UNRESOLVED_LEVEL.match(name):
            continue  # 市发展改革委 in a province's paper: the cities' bodies, none named
        # (《甲杂志》: a publication, of the mention's type, named without its brackets)
        typ = m.org_type if name == m.text or m.text in lx.abbrevs or m.text.startswith("《") else type_of(name)
        if name != m.text and m.text not in lx.abbrevs and not m.text.startswith("《"):
            typ = type_of(name)
        typ = "other" if joint_body(name) else department_type(name) or typ
        register(
            doc,
            name,
            alias=m.text,
            typ=typ,
            located_in=located(doc, m.article, name),
            source=source_at(doc, m.article, m.start),
        )
        park = park_name(m.text) if typ == "development_zone" else None
        if park:
            register(doc, name, alias=park)
        zone = zone_of_committee(name) if typ == "government" else None
        if zone:  # 某示范区管理委员会: the zone it manages is named too (48_eb's gold)
            register(
                doc,
                zone,
                typ="development_zone",
                located_in=located(doc, m.article, zone),
                source=source_at(doc, m.article, m.start),
            )
    listed_firms(doc)
    # a place that holds a party-committee meeting: 潞州区召开区委常委会
    for i, art in enumerate(doc.facts.articles):
        for mt in re.finditer(r"([\u4e00-\u9fff]{1,8}?[县区市旗])召开\1?([县区市])委常委会", art.body or ""):
            p = place_of(mt.group(1))
            if p:
                register(
                    doc,
                    party_of(p.name),
                    typ="party_committee",
                    located_in=p.city if p.name.endswith("区") and p.city else p.name,
                    source=source_at(doc, i, mt.start()),
                )
    # a body named by its level alone (落实省政府…会议, 市委部署): the one of the article's place
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        by_article.setdefault(m.article, []).append(m)
    for i, art in enumerate(doc.facts.articles):
        level_bodies(doc, i, art.body or "", by_article.get(i, []))
        prefecture_offices(doc, i, art.body or "")
    # bylines name media that the bodies do not (新华社记者); a short form read as a whole word, not inside a longer
    # one the lexicon holds (央视网消息: 央视网, no 央视 of 中央电视台; b61)
    page = (doc.text or "")[:2000000]
    written = {w for _, _, w in scan(lx.abbrev_ac, page)}
    for short, (full, typ) in lx.abbrevs.items():
        if typ == "media" and short in written and full not in registry(doc):
            register(doc, full, alias=short, typ=typ)
    place_actors(doc)
    divisions(doc)
    regulators_of_departments(doc)
    stated_locations(doc)
    landed_locations(doc)
    sited_locations(doc)
    jurisdiction_bodies(doc)
    listed_types(doc)
    committee_aliases(doc)
    doc.facts.organizations = list(registry(doc).values())
