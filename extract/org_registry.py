"""The page's organisation registry, and how a name as written becomes the name it is kept under.

Conventions (stable):

* `registry(doc)` is the page's `{canonical name: Organization}` (in `doc.orgs`); the steps
  `posts`, `orgs` and `zones` add to it with `register`.
* `canonical(doc, article, written, pos)` turns a name as written into the page's
  canonical name, using the article's place and the zone last named before `pos`:
  市委 -> 中共<city>委员会, 市政府 -> <city>人民政府, 市商务局 -> <city>商务局,
  <city>高新区 -> <city>高新技术产业开发区, 管委会 -> <zone>管理委员会, 新华社 -> 新华通讯社.
* `type_of(name)` is an organisation's type by its name; `located(doc, article, name)` the place
  it is in.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from .facts import Organization
from .lexicon import load
from .mentions import ANAPHOR_BRANCH, ZONE_KINDS, Place, branch_type, lexicon, place_of, unlisted_place_body
from .pipeline import Doc

ZONE_SHORT = list(load("zone_names.yaml")["short_forms"].items())
GENERIC_ZONE = tuple(load("zone_names.yaml")["generic"])
# a zone kind written alone and the endings of the zones it may stand for (高新区: 高新技术产业开发区 or 某高新区)
ZONE_KIND_NAMES = {short: (short, full) for short, full in ZONE_SHORT}
_GOVERNMENT_ENDINGS = tuple(load("org_generic.yaml")["government_endings"])
_NOT_LEVEL_WORDS = tuple(load("org_generic.yaml")["not_level_words"])
_NATIONAL_PREFIXES = tuple(load("org_generic.yaml")["national_prefixes"])
_JOINT_SIDES = frozenset(load("org_generic.yaml")["side_countries"])
_JOINT_FIRST = _JOINT_SIDES | {"中"}  # the first of the two: China written 中 too
_JOINT_ENDS = tuple(load("org_generic.yaml")["joint_body_ends"])
_JOINT_NOT = tuple(load("org_generic.yaml")["joint_body_not"])
_PEOPLE_SHORT = load("org_generic.yaml")["people_body_short"]
_LOCAL_SHORT = load("org_generic.yaml")["local_body_short"]
YOUTH_LEAGUE = load("org_generic.yaml")["youth_league"]
HOME_NAMES = tuple(sorted(load("post_rules.yaml")["home_words"], key=len, reverse=True))  # 中国, 我国 …
YOUTH_SHORT = re.compile(load("org_generic.yaml")["youth_league_short"])


def people_body_full(name: str) -> str:
    """A people's body written by its short form after its place (or alone with its 党组): its full name
    (data/org_generic.yaml people_body_short); any other name as it is.

    >>> people_body_full("芜湖市残联党组"), people_body_full("某省妇联"), people_body_full("妇联")
    ('芜湖市残疾人联合会党组', '某省妇女联合会', '妇联')

    Government departments likewise (data/org_generic.yaml local_body_short):

    >>> people_body_full("某某市人社局"), people_body_full("某某省外办"), people_body_full("国务院侨办")
    ('某某市人力资源和社会保障局', '某某省人民政府外事办公室', '国务院侨务办公室')
    """
    tail = "党组" if name.endswith("党组") else ""
    core = name[: len(name) - len(tail)]
    for short, full in _PEOPLE_SHORT.items():
        if core.endswith(short) and len(core) > len(short):
            return core[: -len(short)] + full + tail
    for short, full in sorted(_LOCAL_SHORT.items(), key=lambda kv: -len(kv[0])):
        if core.endswith(short) and len(core) > len(short):
            head = core[: -len(short)]
            head = people_body_full(head) if len(head) > 1 else head  # (市公安局交警支队车管所: both short)
            if full.startswith("人民政府") and (head.endswith(("政府", "国务院")) or not _place_head(head)):
                full = full[len("人民政府") :]  # (国务院侨办: 国务院侨务办公室)
            return head + full + tail
    return name


def _place_head(head: str) -> bool:
    """Does a body's name begin with a place that is all of head (宜昌市, 江苏省, 杭州市江干区)?"""
    return (
        place_of(head) is not None
        or re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:省|市|县|区|自治区|自治州)", head) is not None
    )


@cache
def generic_rules() -> dict:
    """Compiled rules of data/org_generic.yaml."""
    lex = load("org_generic.yaml")
    digits = "0-9０-９一二三四五六七八九十两几数多百"
    return {
        "nouns": set(lex.get("category_nouns") or []),
        "counted": re.compile(rf"\s*[{digits}]+\s*[{lex.get('counters', '')}](?=[，。；、,;和及与）)]|$)"),
        "goal_suffix": tuple(lex.get("goal_suffixes") or []),
        "goal_before": re.compile(rf"(?:{'|'.join(map(re.escape, lex.get('goal_verbs') or []))})$"),
        "goal_after": re.compile(rf"(?:{'|'.join(map(re.escape, lex.get('goal_after') or []))})"),
        "goal_joint": tuple(lex.get("goal_joint") or []),
        "goal_helpers": tuple(lex.get("goal_helpers") or []),
        "goal_listed": re.compile(
            rf"(?:{'|'.join(map(re.escape, lex.get('goal_verbs') or []))})[^，。；：、和与及\s]{{1,10}}[和及、]$"
        ),
        "goal_opens": re.compile(
            rf"(?:{'|'.join(map(re.escape, lex.get('goal_joint') or []))})?"
            rf"(?:{'|'.join(map(re.escape, lex.get('goal_verbs') or []))})"
        ),
        "goal_role": re.compile(rf"(?:{'|'.join(map(re.escape, lex.get('goal_roles') or []))})$"),
        "attributive": re.compile(rf"^(?:{lex['attributive']})"),
        "lead_long": sorted((w for w in lex.get("lead_words") or [] if len(w) > 1), key=len, reverse=True),
        "lead_short": {w for w in lex.get("lead_words") or [] if len(w) == 1},
        "kind_before_place": tuple(lex.get("kind_before_place") or []),
        "kind_words": set(lex.get("kind_words") or []),
        "suffix_kinds": {k: set(v) for k, v in (lex.get("suffix_kinds") or {}).items()},
        "described": re.compile("|".join(lex.get("description_marks") or ["(?!)"])),
        "false_endings": tuple(lex.get("false_endings") or []),
        "vague_words": tuple(lex.get("vague_words") or []),
        "every_before": tuple(lex.get("every_before") or []),
        "every_opens": tuple(lex.get("every_opens") or []),
        "joined_after": set(lex.get("joined_after") or []),
    }


def only_category_nouns(stem: str, nouns: set[str]) -> bool:
    """Is stem a run of category nouns (商铺, 企业学校)?"""
    ok = [True] + [False] * len(stem)
    for i in range(1, len(stem) + 1):
        ok[i] = any(ok[j] and stem[j:i] in nouns for j in range(max(0, i - 4), i))
    return bool(stem) and ok[len(stem)]


def has_place(stem: str) -> bool:
    """Does a place name start the stem (长治市…, 沁河镇 is no division and does not count)?"""
    return any(place_of(stem[:k]) for k in range(2, min(len(stem), 9) + 1))


@lru_cache(maxsize=1 << 16)
def kind_by_name(name: str) -> bool | None:
    """What the name alone says: True (a kind), False (a body), None (its context decides)."""
    g = generic_rules()
    suffix = max((x for e, x in lexicon().suffix_ac.iter(name) if e == len(name) - 1), key=len, default="")
    stem = name[: len(name) - len(suffix)]
    if not suffix or not stem or name in lexicon().abbrevs:
        return False
    if only_category_nouns(stem, g["nouns"] | g["kind_words"]):
        return True
    if stem in g["suffix_kinds"].get(suffix, ()):
        return True  # 农业合作社: a trade before the suffix, no body named
    if lexicon().org_suffixes.get(suffix) == "development_zone" and _industry_only(stem, g):
        return True  # 建设新能源产业园: a park of a trade to be built, none named
    if g["described"].search(stem):
        return True  # 本省第二大钢铁公司: a rank or a count describes, it names none
    if has_place(stem):
        return None  # a count after it may still make it a kind
    if g["attributive"].match(stem):
        return True
    return None


def _industry_only(stem: str, g: dict) -> bool:
    """Is a zone's stem a verb of building it and an industry word alone (建设|新能源: data/industries.txt)? (A park
    of a trade written alone may be one of a zone's parks: 在环保产业园、甲公司调研.)"""
    verb = re.match(g["goal_before"].pattern.removesuffix("$"), stem)
    return verb is not None and stem[verb.end() :] in _industry_words()


@cache
def _industry_words() -> frozenset[str]:
    """data/industries.txt as a set."""
    return frozenset(lexicon().industries)


def registry(doc: Doc) -> dict[str, Organization]:
    """The page's organisations by canonical name."""
    return doc.orgs


_PARTY_SCHOOLS = ("党校",)  # a school of the Party, typed by its suffix


_PUBLICATIONS = tuple(load("org_mention_words.yaml")["titled_publications"])
_ARMED = tuple(load("org_generic.yaml")["armed_openers"])


@lru_cache(maxsize=1 << 16)
def type_of(name: str) -> str:
    """Type of an organisation from its (canonical) name."""
    lx = lexicon()
    if name in lx.abbrevs:
        return lx.abbrevs[name][1]
    for full, typ in lx.abbrevs.values():
        if full == name:
            return typ
    suf = max((s for s in lx.org_suffixes if name.endswith(s)), key=len, default="")
    if name.startswith(("中共", "中国共产党")) and suf in _PARTY_SCHOOLS:
        return lx.org_suffixes[suf]  # 中共沭阳县委党校: a school (as 中共中央党校), no committee
    if name.startswith(YOUTH_LEAGUE):
        return "association"  # 共青团某市委员会: a people's body, no party committee
    if (
        name.startswith("中共")
        or name.startswith("中国共产党")
        or re.search(r"(党委|党工委|纪工委|党组|党总支|党支部|[省市县区]委)$", name)
    ):
        return "party_committee"
    if "政治协商会议" in name or name.endswith("政协"):
        return "other"
    if name.startswith(_ARMED) and lx.org_suffixes.get(suf, "government") == "government":
        return "other"  # 武警交通第二总队: an armed police unit, as the army's 军区 (org_generic.yaml armed_openers)
    if foreign_division(name):
        return "government"  # 日本某某府, 某某州: a foreign prefecture or state governs itself
    if joint_body(name):
        return "other"
    dept = department_type(name)
    if dept:
        return dept
    if name.endswith(_GOVERNMENT_ENDINGS):
        return "government"
    if not suf and name.endswith(_PUBLICATIONS):
        return "media"  # 东方医学杂志, 东望新闻周刊: a paper or magazine (mentions._titled_publications)
    return branch_type(name) or lx.org_suffixes.get(suf, "other")  # (甲科学院乙分院: a lab, as its academy)


def joint_body(name: str) -> bool:
    """Is the name a body of two countries written by their one-character names (中哈合作委员会), which is no
    government's body (data/org_generic.yaml: side_countries, joint_body_ends, joint_body_not)?

    >>> joint_body("中哈合作委员会"), joint_body("中新天津生态城管理委员会"), joint_body("中央军事委员会")
    (True, False, False)
    """
    return (
        len(name) > 5
        and name[0] in _JOINT_FIRST
        and name[1] in _JOINT_SIDES
        and name.endswith(_JOINT_ENDS)
        and not name.endswith(_JOINT_NOT)
    )


def foreign_division(name: str) -> bool:
    """Is the name a foreign first-level division (data/foreign_divisions.yaml), alone or after its country
    (日本爱知县, 爱知县)?"""
    divisions = lexicon().foreign_divisions
    if name in divisions:
        return True
    return any(name.startswith(c) and divisions.get(name[len(c) :]) == c for c in set(divisions.values()))


_BANK_ENDS = ("银行", "分行", "支行")
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,10}?(司|局|部|厅|总部|处|室)$")
PARTY_PART = re.compile(r"党委|党组|党工委|纪委|党总支|党支部")


@lru_cache(maxsize=1 << 16)
def department_type(name: str) -> str | None:
    """A department of a bank, a company or a government body (央行国际司, X公司市场部, X发展改革委社会处)
    is of its body's type; a research unit of a government or finance body (央行货币研究所) is other."""
    lx = lexicon()
    if _policy_research(name):
        return "other"
    gov = government_parent(name)
    if gov:
        return "government"  # 中国银监会银行监管二部: a regulator's department, whatever words its own name holds
    for k in range(len(name) - 1, 1, -1):
        parent, rest = name[:k], name[k:]
        if not DEPARTMENT.fullmatch(rest) or PARTY_PART.search(rest):
            continue  # X银行党委组织部: a department of its party committee, typed by its suffix
        if parent.endswith("公司") and parent[:-2].endswith(_BANK_ENDS):
            continue  # X银行甲分行公司业务部: a bank's department of its corporate business, no 公司
        typ = (
            lx.abbrevs[parent][1]
            if parent in lx.abbrevs
            else ("bank" if parent.endswith("银行") else "company" if parent.endswith(("公司", "集团")) else None)
        )
        if typ in ("bank", "company"):
            return typ
        if rest.endswith("处") and type_of(parent) == "government":
            return "government"  # 处 is no government suffix of its own (到处, 好处)
    return None


def government_parent(name: str) -> str | None:
    """The known government body (by its short name, data/abbreviations.yaml) a department's name opens with,
    the rest being one department (司, 局, 部 …): "中国证监会上市公司监管部" -> "中国证监会"; else None."""
    lx = lexicon()
    for k in range(len(name) - 2, 1, -1):
        parent, rest = name[:k], name[k:]
        if parent in lx.abbrevs and lx.abbrevs[parent][1] == "government" and DEPARTMENT.fullmatch(rest):
            return None if PARTY_PART.search(rest) else parent
    return None


_RESEARCH = load("org_generic.yaml")["policy_research"]


def _policy_research(name: str) -> bool:
    """Whether the name is a policy research unit of a government body or a bank (by its field), a finance
    firm's, or one of no body studying policy: "央行货币研究所" -> True, "中国科学院海洋研究所" -> False (an
    academy's), "某部第二研究所" -> False, "中国区域经济研究院" -> True, "江南新材料研究院" -> False."""
    lx = lexicon()
    ending = next((e for e in _RESEARCH["endings"] if name.endswith(e)), None)
    if ending is None:
        return False
    for k in range(len(name) - len(ending), 1, -1):
        body = name[:k]
        if k == 2 and body not in lx.abbrevs:
            break  # 西部: no body of two characters but a known short name (央行)
        if body.endswith(tuple(_RESEARCH["body_endings"])):
            return True
        suf = max((s for s in lx.org_suffixes if body.endswith(s)), key=len, default="")
        typ = lx.abbrevs[body][1] if body in lx.abbrevs else lx.org_suffixes.get(suf)
        if typ is not None:
            field = name[k : len(name) - len(ending)]
            return typ in _RESEARCH["body_types"] and any(t in field for t in _RESEARCH["topics"])
    # a unit of no body: a think tank by its field (中国区域经济研究院), else a lab (某某材料研究院)
    return any(t in name[: len(name) - len(ending)] for t in _RESEARCH["own_topics"])


@lru_cache(maxsize=1 << 12)
def formal_names(name: str) -> tuple[str, ...]:
    """Longer official names of a body known by a shorter one (国务院: 中华人民共和国国务院)."""
    return tuple(k for k, (full, _t) in lexicon().abbrevs.items() if full == name and len(k) > len(name))


def register(
    doc: Doc, name: str, alias: str | None = None, typ: str | None = None, located_in: str | None = None, source=None
) -> Organization:
    """Add (or find) an organisation of the page, with one more alias and source."""
    reg = registry(doc)
    org = reg.get(name)
    if org is None:
        org = Organization(name=name, type=typ or type_of(name), located_in=located_in)
        org.aliases.extend(formal_names(name))
        reg[name] = org
    if alias and alias != name and alias not in org.aliases and not _determined_kind(alias):
        org.aliases.append(alias)
    if located_in and not org.located_in:
        org.located_in = located_in
    if source is not None and source not in org.sources and len(org.sources) < 20:
        org.sources.append(source)
    return org


def article_place(doc: Doc, article: int) -> str | None:
    """The place (city or county) an article reports from: its own, or the page's locale."""
    places = doc.article_place
    return (places[article] if article < len(places) else None) or doc.facts.locale or doc.locale


def place_full(short: str) -> str:
    """Full name of a place written short (长治 -> 长治市)."""
    p = place_of(short)
    return p.name if p else short


def party_of(place: str) -> str:
    """中共<place>委员会, a district under its city (中共长治市潞州区委员会)."""
    p = place_of(place)
    if p and p.level == "county" and p.name.endswith("区") and p.city:
        return f"中共{p.city}{p.name}委员会"
    return f"中共{p.name if p else place}委员会"


def discipline_of(party: str) -> str:
    """The discipline commission of a Party committee named in full.

    >>> discipline_of("中共太谷县委员会")
    '中共太谷县纪律检查委员会'"""
    return party.removesuffix("委员会") + "纪律检查委员会"


def gov_of(place: str) -> str:
    """<place>人民政府, a district under its city (广州市花都区人民政府), as `party_of`; a prefecture's (地区)
    行政公署 (周口地区行政公署), a league's (盟) too."""
    p = place_of(place)
    if (p.name if p else place).endswith("地区") or (p and p.name.endswith("盟")):
        return f"{p.name if p else place}行政公署"
    if p and p.level == "county" and p.name.endswith("区") and p.city:
        return f"{p.city}{p.name}人民政府"
    if p and (p.province or p.name).endswith("特别行政区"):
        return f"{p.province or p.name}政府"  # 香港特别行政区政府
    return f"{p.name if p else place}人民政府"


def current_zone(doc: Doc, article: int, pos: int, kind: str | None = None) -> str | None:
    """The specific development zone last named in the article before pos (or first after); of that kind when
    one is named (高新区党工委 after a 产业园 and a 高新技术产业开发区: the latter)."""
    zones = (doc.zone_mentions or {}).get(article, [])
    if not zones:
        return None
    if kind and kind in ZONE_KIND_NAMES:
        ends = ZONE_KIND_NAMES[kind]
        of_kind = [(s, z) for s, z in zones if z.endswith(ends) and z not in ends]
        if of_kind and len(of_kind) < len(zones):
            before = [z for s, z in of_kind if s <= pos]
            return before[-1] if before else of_kind[0][1]
    cache = doc.memo.zone_starts
    starts = cache.get(article)
    if starts is None or starts[0] is not zones or starts[1] != len(zones):
        keys = [s for s, _ in zones]
        starts = cache[article] = (zones, len(zones), keys if keys == sorted(keys) else None)
    keys = starts[2]
    if keys is None:  # not in text order: the last one listed before pos
        before = [z for s, z in zones if s <= pos]
        return before[-1] if before else zones[0][1]
    k = bisect.bisect_right(keys, pos)
    return zones[k - 1][1] if k else zones[0][1]


def expand_zone(written: str) -> str:
    """Full name of a zone written short (长治高新区 -> 长治高新技术产业开发区)."""
    for short, full in ZONE_SHORT:
        if written.endswith(short) and len(written) > len(short):
            return written[: -len(short)] + full
    return written


def zone_of_committee(name: str) -> str | None:
    """The zone a zone's managing committee is named after (黄河三角洲农业高新技术产业示范区管理委员会, 某新城管委会 ->
    the zone, in full), or None: the committee names its zone (as 48_eb's gold keeps it: 甲新城 of 甲新城管委会).

    >>> zone_of_committee("青岚石化新城管委会"), zone_of_committee("中国证券监督管理委员会"), zone_of_committee("综合保税区管委会")
    ('青岚石化新城', None, None)"""
    head = re.sub(r"(?:管理委员会|管委会?)$", "", name)
    if head == name or len(head) < 4 or is_generic_zone(head) or names_the_zone_told(head):
        return None
    kind = next((k for k in ZONE_KINDS if head.endswith(k)), "")
    if len(head) - len(kind) < 2 or place_of(head):
        return None  # 综合保税区管委会: the zone told, by its kind alone; 沈北新区管委会: a district's, a place
    return expand_zone(head) if type_of(head) == "development_zone" else None


def is_generic_zone(written: str) -> bool:
    return written in GENERIC_ZONE


def names_the_zone_told(written: str) -> bool:
    """Whether the name starts with a zone kind standing for the zone told before it: "开发区" -> True,
    "高新区西固园区" -> True (a park of that zone), "兰州高新区" -> False."""
    return written.startswith(GENERIC_ZONE)


def canonical(doc: Doc, article: int, written: str, pos: int = 0) -> str:
    """The page's canonical name of an organisation as written in an article.

    Only a kind alone (该公司) or a generic zone word (开发区, 管委会 after it) depends on where
    it is written; every other name is worked out once per article."""
    w = written.strip()
    own = _zone_of_place_told(doc, article, w, pos)
    if own:
        return own
    bare = w[:-2] if w.endswith("党组") and len(w) > 4 else w
    alone = BARE_PREFECTURE_PARTY.fullmatch(w)
    prefecture = _prefecture_before(doc, article, pos) if alone else None
    if alone and prefecture:
        return f"中共{prefecture}委员会{alone.group(1)}"  # 铜仁地委书记甲，地委副书记乙: 中共铜仁地区委员会
    if (
        ANAPHOR.match(bare)
        or ANAPHOR_UNIT.match(w)
        or ANAPHOR_BRANCH.fullmatch(w)
        or bare.startswith(GENERIC_ZONE)
        or BARE_LEVEL.match(w)
    ):
        return people_body_full(_canonical(doc, article, written, pos))
    cache = doc.memo.canonical
    key = (article, written)
    if key not in cache:
        cache[key] = people_body_full(_canonical(doc, article, written, pos))
    return cache[key]


# a prefecture's Party committee written with no place (地委副书记): that of the prefecture named last before it
BARE_PREFECTURE_PARTY = re.compile(r"地委([\u4e00-\u9fff]{0,6})")


def _prefecture_before(doc: Doc, article: int, pos: int) -> str | None:
    """The prefecture (地区) named last before pos in the article: a place written as <name>地区 or followed by
    地委/行署 (铜仁地委书记: 铜仁地区), or None."""
    if article >= len(doc.facts.articles):
        return None
    body = doc.facts.articles[article].body or ""
    best = None
    for m in sorted(doc.mentions, key=lambda x: x.end):
        if m.article != article or m.kind != "place" or m.end > pos:
            continue
        if m.text.endswith("地区"):
            best = m.text
        elif body.startswith(("地区", "地委", "行署"), m.end):
            best = m.text + "地区"
    return best


# a place told before, named again by its level alone (进入该市高新技术开发区: the city named last)
PLACE_TOLD = re.compile(r"(?:该|本)([市县])$")


def _zone_of_place_told(doc: Doc, article: int, w: str, pos: int) -> str | None:
    """A zone written by its kind alone after 该市/本县 (该市高新技术开发区): the zone of the place of that level named
    last before it (深圳市高新技术开发区), or None."""
    if pos < 2 or article >= len(doc.facts.articles) or has_place(w) or type_of(w) != "development_zone":
        return None
    told = PLACE_TOLD.search((doc.facts.articles[article].body or "")[max(0, pos - 2) : pos])
    if told is None:
        return None
    names = [
        x.canonical or x.text
        for x in sorted(doc.mentions, key=lambda x: x.end)
        if x.kind == "place" and x.article == article and x.end <= pos - 2
    ]
    last = next((n for n in reversed(names) if n.endswith(told.group(1))), None)
    return last + w if last else None


# a place named again by its level after 该 as a post's prefix (…来到甲市，该市市长乙…: the city named last)
PLACE_AGAIN = re.compile(r"该([省市县区州])")


def place_told_again(doc: Doc, article: int, written: str, pos: int) -> str | None:
    """The place a prefix 该市/该省/该县 written at pos of the article stands for: the last place of that level named
    before it in the article (as its canonical name), or None."""
    told = PLACE_AGAIN.fullmatch(written)
    if told is None:
        return None
    names = [
        x.canonical or x.text
        for x in sorted(doc.mentions, key=lambda x: x.end)
        if x.kind == "place" and x.article == article and x.end <= pos
    ]
    return next((n for n in reversed(names) if n.endswith(told.group(1))), None)


# the term of a people's congress or CPPCC written inside its name (湖北省八届人大常委会, 第十届全国政协)
TITLED_HEAD = re.compile(r"^《([\u4e00-\u9fff]+)》")  # 《求是》杂志社 (mentions.TITLED_PART)
TERM = re.compile(r"(?:(?<=[省市县区州旗])|^)第?[一二三四五六七八九十]+届(?=全国)?(?=全国|人大|人民代表大会|政协)")
# the term written after it (全国政协第七届委员: 全国政协第七届 is 全国政协)
TERM_AFTER = re.compile(r"(?<=政协|人大)第?[一二三四五六七八九十]+届$")


# the Party committee of a place written in full, with or without its term (中国共产党甘肃省第十四届委员会; with the
# short form before the term: 中共湖南省委第七届委员会)
PARTY_IN_FULL = re.compile(r"(?:中国共产党|中共)(.{2,10}?)(?:委?第?[一二三四五六七八九十]+届)?委员会")
# ... or in short (中共宿迁市委)
PARTY_SHORT = re.compile(r"中共(.{2,10}?[省市县区州旗])委")
# a level's Party school (县委党校): the school of that place's committee
PARTY_SCHOOL = re.compile(r"(.{0,8}?)([省市县区])委党校")

# a former-post word between a place and its level word (莱芜市原市委)
FORMER_IN = re.compile(r"(?<=[省市县区州旗])(?:原|前)(?=(?:省|市|县|区|州|旗|自治区)(?:党?委|政府|人大|政协))")


@cache
def _abbrev_rank() -> dict[str, int]:
    """Each short form of abbreviations.yaml -> its place in the file (`lexicon().abbrevs`' order)."""
    return {key: r for r, key in enumerate(lexicon().abbrevs)}


def _abbrev_heads(w: str) -> list[str]:
    """The short forms that begin w and are shorter than it, in the order of abbreviations.yaml (the order
    `_canonical` tried all of them in: a few slices of w looked up, instead of 111 `startswith`)."""
    rank = _abbrev_rank()
    return sorted((w[:k] for k in range(1, len(w)) if w[:k] in rank), key=rank.__getitem__)


def _short_form(w: str) -> bool:
    """Is w a short form abbreviations.yaml gives another full name (全国人大: yes; 商务部, 国务院: no)?

    >>> _short_form("全国人大"), _short_form("商务部"), _short_form("科学院")
    (True, False, False)
    """
    full = lexicon().abbrevs.get(w)
    return full is not None and full[0] != w


def _canonical(doc: Doc, article: int, written: str, pos: int = 0) -> str:
    """`canonical` worked out."""
    lx = lexicon()
    w = TERM_AFTER.sub("", TERM.sub("", written.strip()))  # 湖北省八届人大常委会: the body, whatever its term
    w = TITLED_HEAD.sub(r"\1", w)  # 《求是》杂志社: the magazine's body named without its title's brackets (b74)
    w = FORMER_IN.sub("", w)  # 莱芜市原市委: the committee, whoever held a post in it before
    if w.endswith("党组") and len(w) > 4:
        w = w[:-2]
    if w in lx.abbrevs:
        return lx.abbrevs[w][0]
    home = next((h for h in HOME_NAMES if w.startswith(h) and _short_form(w[len(h) :])), "")
    if home and len(w) - len(home) >= 3:  # 中国全国人大, 中国全国政协: the nation's body by its short form (ext82; the
        # formal name of one written in full, 中华人民共和国商务部, stays)
        return lx.abbrevs[w[len(home) :]][0]
    for key in _abbrev_heads(w):
        full = lx.abbrevs[key][0]
        if re.match(r"[\u4e00-\u9fff]{1,6}(分行|支行|总部|分公司)$", w[len(key) :]) and key not in ("央行",):
            return full + w[len(key) :]
    got = _by_reference(doc, article, w, pos)
    if got is not None:
        return got
    place = article_place(doc, article)
    youth = YOUTH_SHORT.fullmatch(w)
    lvl = youth.group(1) if youth else ""
    target = (
        (_below_level(doc, article, pos, place, lvl) if lvl in "县区" else level_place(place, lvl))
        if youth and place
        else None
    )
    if target:
        return f"{YOUTH_LEAGUE}{_with_city(target)}委员会"  # 团市委: the Youth League's committee of the city, no Party one
    if w.startswith(YOUTH_LEAGUE) and w.endswith("委") and len(w) > len(YOUTH_LEAGUE) + 2:
        party = _canonical(
            doc, article, w[len(YOUTH_LEAGUE) :], pos
        )  # 共青团广西区委: as the Party's 广西区委 is named
        if party.startswith("中共") and party.endswith("委员会"):
            return YOUTH_LEAGUE + party[2:]
    # generic zone words at the start stand for the zone in the text
    for g in sorted(GENERIC_ZONE, key=len, reverse=True):
        if w.startswith(g) and (w == g or not w[len(g) :].startswith(("区", "园"))):
            z = current_zone(doc, article, pos, kind=g)
            if z and w != g:
                return z + w[len(g) :]
            if z and w == g:
                return z
            break
    w = expand_zone(w)
    if re.fullmatch(
        r"[\u4e00-\u9fff]{2,12}?管委会?|[\u4e00-\u9fff]{2,4}（[\u4e00-\u9fff]{2,8}）[\u4e00-\u9fff]{2,12}?管委会?", w
    ) and not w.startswith(GENERIC_ZONE):
        # 某某石化新城管委(会); 中国（湖北）自由贸易试验区管委会: a place in brackets inside the zone's name
        return expand_zone(re.sub(r"管委会?$", "", w)) + "管理委员会"
    got = _named_place_body(doc, article, w, pos)
    if got is not None:
        return got
    got = _level_word_body(doc, article, w, pos, place)
    return w if got is None else got


def _by_reference(doc: Doc, article: int, w: str, pos: int) -> str | None:
    """`_canonical` of a body the text refers back to (该行长沙分行, 该公司研究所, 日方公司, 轴承厂 after its full name), or None."""
    head = HEAD_OFFICE.fullmatch(w)
    ref = (head.group(1) or _anaphor(doc, article, "行", pos)) if head else None
    if ref:
        return canonical(doc, article, ref, pos)  # 甲银行总行, 总行公司业务部: the bank
    told = ANAPHOR_BRANCH.fullmatch(w)
    ref = _anaphor(doc, article, told.group(1), pos) if told and place_of(told.group(2)) else None
    if told and ref:
        return _branch_parent(canonical(doc, article, ref, pos)) + told.group(2) + told.group(3)  # 该行长沙分行
    ref = _anaphor(doc, article, w, pos) or _side_of(doc, article, w, pos) or _end_of_one(doc, article, w, pos)
    if ref:
        return canonical(doc, article, ref, pos)
    unit = ANAPHOR_UNIT.match(w)
    ref = _anaphor(doc, article, unit.group(1), pos) if unit else None
    if unit and ref:
        return canonical(doc, article, ref, pos) + unit.group(2)  # 该公司研究所: the company's institute
    return None


def _named_place_body(doc: Doc, article: int, w: str, pos: int) -> str | None:
    """`_canonical` of a body written with its place (周口地区行署, 湖北省委政法委, 政协湖北省第八届委员会), or None."""
    m = re.fullmatch(r"(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?([\u4e00-\u9fff]{2,4}?)地区行署", w)
    if m:
        return f"{m.group(1)}地区行政公署"  # 周口地区行署: a prefecture's administrative office
    m = re.match(
        r"^(?:中共)?(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?([\u4e00-\u9fff]{2,4}?)地委([\u4e00-\u9fff]{0,6})$", w
    )
    if m:
        return f"中共{m.group(1)}地区委员会{m.group(2)}"  # (中共)运城地委(组织部): a prefecture's committee
    committee_unit = party_unit_of(doc, article, w, pos)
    if committee_unit:
        return committee_unit  # 湖北省委政法委: 中共湖北省委员会政法委员会, as the post chain names it (b44, b54)
    inner = _inner_place_body(w)
    if inner:
        return canonical(doc, article, inner, pos)  # 天津市塘沽区委: 塘沽区委 of 天津市
    m = PARTY_IN_FULL.fullmatch(w) or PARTY_SHORT.fullmatch(w)
    if m and place_of(m.group(1)):  # 中国共产党甘肃省第十四届委员会: the province's committee, whatever its term
        return party_of(place_full(m.group(1)))
    m = re.fullmatch(r"(?:中国人民政治协商会议|政协)(.{2,10}?)(?:第?[一二三四五六七八九十]+届)?委员会", w)
    cppcc = place_of(m.group(1)) if m else None
    if cppcc:  # 政协湖北省第八届委员会, 中国人民政治协商会议宜春市第十二届委员会: the committee, whatever its term
        return f"中国人民政治协商会议{cppcc.name}委员会"
    m = re.match(r"^(.*?)(政协)$", w)
    if m and m.group(1):
        p = place_of(m.group(1)) or place_of(re.sub(r"^.*?(省|自治区)", "", m.group(1)))
        return f"中国人民政治协商会议{p.name if p else m.group(1)}委员会"
    return None


def _level_word_body(doc: Doc, article: int, w: str, pos: int, place: str | None) -> str | None:
    """`_canonical` of a body written with a level word for a place (山东省委、省政府; 县委 in a county's story; 区经贸局),
    or None."""
    m = BARE_LEVEL.match(w)
    body = doc.facts.articles[article].body or "" if article < len(doc.facts.articles) else ""
    shared = shared_place(body, pos, m.group(1)) if m and pos else None
    if m and shared:  # 山东省委、省政府: 山东省's
        return _level_body(shared.name, m.group(2))
    if m and place:
        # 县委 in a story told from a city (泗洪县在深圳…县委书记): the county named last, not the city
        lvl = m.group(1)
        target = _below_level(doc, article, pos, place, lvl) if lvl in "县区" else level_place(place, lvl)
        if target:
            return _level_body(target, m.group(2))
    m = re.match(r"^(.{2,12}?)(政府|人民政府)$", w)
    if m and place_of(m.group(1)):
        return gov_of(m.group(1))
    m = re.match(r"^(.{2,12}?)[省市县区]?委$", w)
    if m and (place_of(m.group(1)) or place_of(w[:-1])) and not w.endswith("党委"):
        return party_of(place_full(m.group(1)) if not place_of(w[:-1]) else w[:-1])
    m = re.match(r"^(.{2,12}?)党委$", w)
    if m and place_of(m.group(1)):
        return party_of(m.group(1))
    m = unlisted_place_body(w, whole=True)
    if m:  # 葛川市委 of a city no list holds (one renamed or merged since, a new one): its Party committee
        return f"中共{m.group(1)}委员会" if m.group(2) == "委" else f"{m.group(1)}人民政府"
    m = re.match(r"^([市县区])委(.{1,8}?)委(员会)?$", w)
    target = level_place(place, m.group(1)) if m and place else None
    if m and target:
        return f"中共{target}委{m.group(2)}委员会"
    target = _party_school_place(doc, article, pos, w, place)
    if target:
        return f"中共{target}委党校"  # 县委党校, 宿迁市委党校: 中共<place>委党校
    m = re.match(r"^([县区])委(办公室|组织部|宣传部|统战部)$", w)
    target = _below_level(doc, article, pos, place, m.group(1)) if m else None
    if m and target:
        return f"{party_of(target)}{m.group(2)}"  # 县委办公室: 中共<county>委员会办公室
    region = level_place(place, "省") if place and REGION_BODY.fullmatch(w) else None
    if region and region.endswith("自治区"):
        return region + w[3:]  # 自治区财政厅 in a region's story: that region's, as 省财政厅 is the province's
    level_word = not w.startswith(_NOT_LEVEL_WORDS) or w[1:] in lexicon().org_suffixes  # 市民政局: 市|民政局
    if place and len(w) >= 3 and w[0] in "市县省区" and level_word and w[1] not in "委长":
        target = _below_level(doc, article, pos, place, w[0]) if w[0] in "县区" else level_place(place, w[0])
        if target and w[1:] not in ("委", "政府"):
            return _with_city(target) + w[1:]  # 区经贸局: 福州市鼓楼区经贸局
    return None


# a region's department written with the level word alone (自治区财政厅: org_generic.yaml region_department)
REGION_BODY = re.compile(load("org_generic.yaml")["region_department"])


def _with_city(place: str) -> str:
    """A district's name with its city's before it (鼓楼区 -> 福州市鼓楼区, as `gov_of`); other places as they are."""
    p = place_of(place)
    return p.city + p.name if p and p.level == "county" and p.name.endswith("区") and p.city else place


def _party_school_place(doc: Doc, article: int, pos: int, w: str, place: str | None) -> str | None:
    """The place whose committee's school w is (宿迁市委党校 -> 宿迁市; 县委党校 -> the county told), or None."""
    m = PARTY_SCHOOL.fullmatch(w)
    if not m:
        return None
    if m.group(1):
        named = m.group(1) + m.group(2)
        return place_full(named) if place_of(named) else None
    if not place:
        return None
    lvl = m.group(2)
    return _below_level(doc, article, pos, place, lvl) if lvl in "县区" else level_place(place, lvl)


def _below_level(doc: Doc, article: int, pos: int, place: str | None, level: str) -> str | None:
    """The county (or district) a level word 县/区 names: the article's place when it is one, else the
    division of that level named last before pos in the article (本报石家庄讯 平山县委书记…县民政局)."""
    p = place_of(place) if place else None
    if p and p.level == "county":
        return level_place(place or "", level)
    best = None
    for m in doc.mentions:
        if m.article == article and m.kind == "place" and m.start < pos:
            q = place_of(m.canonical or m.text)
            if q and q.level == "county" and q.name.endswith(level):
                best = q.name
    return best


def _inner_place_body(w: str) -> str | None:
    """A name opening with a place and then one of its divisions (天津市塘沽区委, 广州市花都区政府):
    the part from the division on, or None."""
    for k in range(min(len(w) - 3, 8), 1, -1):
        outer = place_of(w[:k])
        if not outer:
            continue
        rest = w[k:]
        for j in range(min(len(rest) - 1, 8), 1, -1):
            p = place_of(rest[:j])
            if (
                p
                and outer.name in (p.city, p.province)
                and p.name != outer.name
                and re.search(r"(委|政府|人民政府|政协|人大常委会)$", rest)
            ):
                return rest
        return None
    return None


SIDES: dict[str, str] = load("org_generic.yaml")["side_countries"]
SIDE = re.compile(rf"^([{''.join(SIDES)}])方(?:公司|企业|集团|银行|厂)$")  # 日方公司: the Japanese party


def _side_of(doc: Doc, article: int, written: str, pos: int) -> str | None:
    """A party of a joint venture named by its country's side (日方公司, 美方企业): the body of that kind named
    last before pos whose name begins with the country (日本丸山机电株式会社), else None."""
    m = SIDE.match(written)
    if not m:
        return None
    country = SIDES[m.group(1)]
    found = [
        x
        for x in doc.mentions
        if x.kind == "org" and x.article == article and x.end <= pos and x.text.startswith(country)
    ]
    return max(found, key=lambda x: x.end).text if found else None


def party_unit_of(doc: Doc, article: int, w: str, pos: int) -> str | None:
    """A unit of a Party committee written with its place and the committee's level (湖北省委政法委, 宜昌市委政法委:
    level_prefixes.txt party_unit words that open with a party level): the committee's unit named in full
    (中共湖北省委员会政法委员会), as the post chain names it when a title follows (posts._party_unit), or None."""
    levels = lexicon().levels
    for k, kind in levels.items():
        if kind != "party_unit" or len(w) <= len(k) or not w.endswith(k):
            continue
        lvl = max((x for x, y in levels.items() if y == "party" and k.startswith(x)), key=len, default="")
        unit = k[len(lvl) :]
        if not lvl or not unit.endswith("委"):
            continue
        party = canonical(doc, article, w[: -len(k)] + lvl, pos)
        if party.startswith("中共") and party.endswith("委员会"):
            return party + unit + "员会"
    return None


def _determined_kind(written: str) -> bool:
    """Is the name a kind after a determiner (该公司, 新集团) or a side (日方公司), a pointer to a body, never one of
    its names?

    >>> _determined_kind("新集团"), _determined_kind("集团"), _determined_kind("新华集团")
    (True, False, False)"""
    m = ANAPHOR.match(written)
    told = ANAPHOR_BRANCH.fullmatch(written)  # 该行长沙分行: a pointer and a branch of what it points to
    return m is not None and len(m.group(1)) < len(written) or SIDE.match(written) is not None or told is not None


# 该公司, 这所学校: a body named by its kind (data/org_generic.yaml: anaphor_determiners, anaphor_kinds)
HEAD_OFFICE = re.compile(load("org_generic.yaml")["head_office"])
_KINDS = "|".join(load("org_generic.yaml")["anaphor_kinds"])
ANAPHOR = re.compile(rf"^(?:{'|'.join(load('org_generic.yaml')['anaphor_determiners'])})?({_KINDS})$")
ANAPHOR_KIND = re.compile(rf"({_KINDS})$")
ANAPHOR_KINDS = tuple(load("org_generic.yaml")["anaphor_kinds"])
GENERIC_NAMES = frozenset(load("org_generic.yaml")["generic_names"])
END_KINDS = tuple(load("org_generic.yaml")["end_anaphor_kinds"])
ANAPHOR_ALSO: dict[str, list[str]] = load("org_generic.yaml")["anaphor_kinds_also"]
# a unit of a body named by its kind (该公司研究所, 集团党委): the unit of the body that kind stands for
ANAPHOR_UNIT = re.compile(
    rf"^((?:{'|'.join(load('org_generic.yaml')['anaphor_determiners'])})?"
    rf"(?:{'|'.join(load('org_generic.yaml')['anaphor_unit_kinds'])}))"
    rf"({'|'.join(load('org_generic.yaml')['anaphor_units'])})$"
)


# words before a body held in the past (曾任甲公司…, 原乙集团…, 此前担任丙集团…): it is no antecedent of 该公司
PAST_POST = tuple(load("post_rules.yaml")["past_post_before"])


def past_employer(body: str, start: int) -> bool:
    """Is the body named at `start` one held in the past (曾任|甲公司, 此前担任|乙集团)?

    >>> past_employer("此前担任平和保险集团副总经理", 4), past_employer("出任平和保险集团总经理", 2)
    (True, False)
    """
    return body[max(0, start - 4) : start].endswith(PAST_POST)


def _any_suffix(name: str) -> bool:
    """Does an organisation suffix of any type end the name (甲药业: none; 甲中心: 中心)?

    >>> _any_suffix("华普药业"), _any_suffix("华普研究中心")
    (False, True)
    """
    return name.endswith(lexicon().suffix_ends)


# <company>(（简称…）)(今日|昨日…)公告: the company that makes the announcement
ANNOUNCES = re.compile(r"(?:[（(][^）)]{1,16}[）)])?(?:今日|今天|昨日|昨天|日前|近日|\d{1,2}日)?(?:发布)?(?:公告|宣布)")


def _announcer(doc: Doc, article: int, pos: int) -> str | None:
    """The company whose announcement the article reports (甲公司今日公告，公司董事长X…: 公司 is 甲公司),
    when it is named before pos and no other body of the article announces anything (发布…); else None."""
    body = doc.facts.articles[article].body or "" if article < len(doc.facts.articles) else ""
    found = {
        x.text
        for x in doc.mentions
        if x.kind == "org"
        and x.article == article
        and x.org_type != "media"
        and (ANNOUNCES.match(body, x.end) or body.startswith("发布", x.end))
        and not ANAPHOR.match(x.text)
    }
    if len(found) != 1:
        return None
    first = min(
        (x for x in doc.mentions if x.kind == "org" and x.article == article and x.text in found), key=lambda x: x.start
    )
    return first.text if first.end <= pos and ANNOUNCES.match(body, first.end) else None


def company_announcing(doc: Doc, article: int, pos: int) -> str | None:
    """The company whose announcement the article reports, or the one it names with its stock code, when named
    before pos (甲股份有限公司（600123）今日公告…第六届董事会选举乙为董事长: 乙's board is 甲's), else None."""
    return _announcer(doc, article, pos) or _listed_subject(doc, article, pos)


def company_told(doc: Doc, article: int, pos: int) -> str | None:
    """The company a bare 公司 written at pos stands for (`_anaphor`: the one whose announcement the article reports,
    the one named with its stock code, else the company named last before), or None."""
    return _anaphor(doc, article, "公司", pos)


# a listed company's stock code in brackets after its name (甲股份有限公司（下称甲，002318）, 乙公司（600897）)
STOCK_CODE = re.compile(r"[（(](?:(?:以下)?(?:简称|下称)[^，,）)]{1,12}[，,])?(?:股票代码[：:])?[0-9０-９]{6}[）)]")


def _listed_subject(doc: Doc, article: int, pos: int) -> str | None:
    """The one company of the article named with its stock code (甲股份有限公司（下称甲，002318）今日挂牌上市…
    公司副总经理X): what a bare 公司 after it stands for, not the company named last; None when there are several."""
    body = doc.facts.articles[article].body or "" if article < len(doc.facts.articles) else ""
    listed = [
        x
        for x in doc.mentions
        if x.kind == "org" and x.article == article and x.org_type == "company" and STOCK_CODE.match(body, x.end)
    ]
    names = {x.text for x in listed}
    return listed[0].text if len(names) == 1 and listed[0].end <= pos else None


# a body named as the owner of one of its units (甲集团的一家工厂, 乙公司的一个车间)
OWNER_OF_ONE = re.compile(load("org_generic.yaml")["anaphor_owner_of"])


def _anaphor(doc: Doc, article: int, written: str, pos: int) -> str | None:
    """A body named by its kind alone (医院院长, 该公司) is the last one of that kind named before."""
    m = ANAPHOR.match(written)
    if not m:
        return None
    kind = m.group(1)
    if written == "公司":
        announcer = _announcer(doc, article, pos) or _listed_subject(doc, article, pos)
        if announcer:
            return announcer
    bodies = [a.body or "" for a in doc.facts.articles]
    # 原联社主任: the former body written by its kind, a past employer named before may be it
    body = bodies[article] if article < len(bodies) else ""
    former = past_employer(body, pos) or any(body.startswith(w + written, pos) for w in PAST_POST)
    index = doc.memo.org_kinds
    if index is None:  # (article, kind) -> ends and names of the bodies of that kind, in order, past ones marked
        index = doc.memo.org_kinds = {}
        for x in sorted((x for x in doc.mentions if x.kind == "org"), key=lambda x: x.end):
            if ANAPHOR.match(x.text) or kind_by_name(x.text):
                continue  # 该公司 never stands for a kind (文明矿, 知名大公司)
            # 曾任甲公司副总经理的乙出任公司总经理: a past employer is not the company spoken of
            past = past_employer(bodies[x.article] if x.article < len(bodies) else "", x.start)
            if OWNER_OF_ONE.match(bodies[x.article] if x.article < len(bodies) else "", x.end):
                continue  # 在甲集团的一家工厂借了…: the owner of a unit spoken of, not the company
            k = ANAPHOR_KIND.search(x.text)
            kinds = {k.group()} if k and len(x.text) > len(k.group()) else set()
            if k and k.group()[-1] in "院所" and len(k.group()) > 1:
                kinds.add(k.group()[-1])  # 该院 after a 研究院, 该所 after a 研究所
            if k and len(x.text) > len(k.group()):
                kinds.update(K for K in ANAPHOR_KINDS if k.group().endswith(K))  # 厂长 after a 总厂
                kinds.update(ANAPHOR_ALSO.get(k.group(), ()))  # 该校 after a 中学 or a 大学
            if x.org_type == "company" and "集团" in x.text[2:]:
                kinds.update(("集团", "集团公司"))  # 集团党委 after 甲集团有限公司: the group company
            if x.org_type == "company" or x.org_type == "other" and not _any_suffix(x.text):
                kinds.add("公司")  # 该公司 after a company not named …公司 (X基金, X证券), or a bare name (甲药业)
            if x.org_type == "bank":
                kinds.add("行")  # 该行: the bank named last
            for each in kinds:
                ends, names = index.setdefault((x.article, each, past), ([], []))
                ends.append(x.end)
                names.append(x.text)
    found = []
    for past in (False, True) if former else (False,):
        ends, names = index.get((article, kind, past), ([], []))
        before = bisect.bisect_right(ends, pos)  # bodies of that kind told before pos
        if before:
            found.append((ends[before - 1], names[before - 1]))
    if not found:
        return None
    end, name = max(found)
    if written != kind:
        # 该行由甲银行发起设立。该行董事长…: a body named in a sentence that the same anaphor opens is no new topic,
        # the anaphor after it still stands for the one that anaphor did
        opened = max(body.rfind(c, 0, end - len(name)) for c in "。！？\n") + 1
        again = body.rfind(written, opened, end - len(name))
        if again >= 0 and again < pos:
            return _anaphor(doc, article, written, again) or name
    return name


_COUNTED = load("org_generic.yaml")
COUNTED_BODY = re.compile(_COUNTED["counted_body"])
COUNTED_MORE = re.compile(_COUNTED["counted_body_more"])


def _region_level(p: Place) -> str:
    """A region's level as counted: a municipality (重庆市, its own province) is a province."""
    return "province" if p.level == "city" and p.province == p.name else p.level


def counted_bodies(doc: Doc, article: int, count: str, level: str, body: str, pos: int, text: str = "") -> list[str]:
    """The bodies a count of regions before a body stands for (两省区人民政府 -> 贵州省人民政府, 广西壮族自治区人民政府):
    each region's, the regions those of the persons named before it in its clause when they tell them (`_signers_regions`),
    else the last ones of the level named before pos in the article, in the order named; none when fewer are named than
    the count says (org_generic.yaml counted_body)."""
    n, levels = _COUNTED["counted_numbers"].get(count, 0), _COUNTED["counted_levels"].get(level, [])
    named = _signers_regions(doc, article, text, pos, levels, n) if text else []
    if named:  # (甲与乙代表两省人民政府签署: the provinces 甲 and 乙 hold their posts in, not the last ones named)
        return _bodies_of(named, body)
    for x in sorted(doc.mentions, key=lambda x: x.end, reverse=True):
        if x.kind != "place" or x.article != article or x.end > pos:
            continue
        p = x.value if isinstance(x.value, Place) else place_of(x.canonical or x.text)
        if p is not None and _region_level(p) in levels and p.name not in named:
            named.append(p.name)
            if len(named) == n:
                break
    if not n or len(named) < n:
        return []
    return _bodies_of(list(reversed(named)), body)


def _bodies_of(regions: list[str], body: str) -> list[str]:
    """Each region's body of the kind written after the count (人民政府, 党委, 商务厅)."""
    if body in ("人民政府", "政府"):
        return [gov_of(r) for r in regions]
    return [party_of(r) if body == "党委" else r + body for r in regions]


def _signers_regions(doc: Doc, article: int, text: str, pos: int, levels: list[str], n: int) -> list[str]:
    """The regions of the persons named in the clause before a count of regions (刘某与陈某代表两省人民政府): each
    person's one region of the level counted, read off the governments and Party committees of his posts; none
    unless there are as many persons as the count, each with one region, all different."""
    start = max(text.rfind(c, 0, pos) for c in "，。；：") + 1
    names = [
        x.text
        for x in sorted(doc.mentions, key=lambda x: x.start)
        if x.kind == "person" and x.article == article and start <= x.start and x.end <= pos
    ]
    if not n or len(names) != n:
        return []
    out: list[str] = []
    for name in names:
        person = next((p for p in doc.facts.persons if p.name == name), None)
        regions = set()
        for post in person.posts if person else ():
            org = post.org or ""
            head = re.fullmatch(r"中共(.+)委员会", org)
            place = place_of(head.group(1) if head else org.removesuffix("人民政府"))
            if (
                place is not None
                and _region_level(place) in levels
                and org in (gov_of(place.name), party_of(place.name))
            ):
                regions.add(place.name)
        if len(regions) != 1 or regions <= set(out):
            return []
        out += regions
    return out


def counted_lists(doc: Doc, article: int, text: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """Each body written after a count of regions in text[lo:hi] (两省区交通运输厅、商务厅), with those listed right
    after it, as (start, end, the regions' bodies)."""
    out = []
    listed = {x.end for x in doc.mentions if x.kind == "place" and x.article == article}
    for m in COUNTED_BODY.finditer(text, lo, hi):
        if m.start() in listed:
            continue  # 与长沙、株洲、湘潭三市人民政府: the places listed right before it (agreements: counted_governments)
        items, end = [(m.start(), m.end(), m["body"])], m.end()
        while (more := COUNTED_MORE.match(text, end, hi)) is not None:
            items.append((more.start("body"), more.end(), more["body"]))
            end = more.end()
        for a, b, body in items:
            out.append((a, b, counted_bodies(doc, article, m["count"], m["level"], body, m.start(), text)))
    return out


def _branch_parent(name: str) -> str:
    """The body a branch named by its place belongs to (甲银行杭州分行 -> 甲银行); any other name itself.

    >>> _branch_parent("泰和银行杭州分行"), _branch_parent("泰和银行")
    ('泰和银行', '泰和银行')
    """
    for end in ANAPHOR_BRANCH_ENDS:
        if name.endswith(end):
            head = name[: -len(end)]
            k = next((k for k in range(6, 1, -1) if len(head) > k + 1 and place_of(head[-k:])), 0)
            if k:
                return head[:-k]
    return name


ANAPHOR_BRANCH_ENDS = tuple(load("org_generic.yaml")["anaphor_branches"])


def _end_of_one(doc: Doc, article: int, written: str, pos: int) -> str | None:
    """A body written by the end of its name, its trade and kind (轴承厂厂长 after 沈阳市第五轴承厂): the one body
    named before pos whose name ends so, or None."""
    if len(written) < 3 or not written.endswith(END_KINDS) or has_place(written) or written in GENERIC_NAMES:
        return None
    named = {
        x.text
        for x in doc.mentions
        if x.kind == "org"
        and x.article == article
        and x.end <= pos
        and len(x.text) > len(written)
        and (x.text.endswith(written) or _trade_elided(x.text, written))
    }
    longest = max(named, key=len, default=None)
    # (甲集团公司乙煤矿 and 乙煤矿 written after it: one body, by its longest name)
    return longest if longest and all(longest.endswith(n) for n in named) else None


def _trade_elided(name: str, written: str) -> bool:
    """Whether `written` is the end of `name` less a trade word of one or two characters before its kind (甲乙矿
    for …甲乙煤矿, 甲乙厂 for …甲乙钢铁厂), its own words before the kind two characters or more."""
    stem, kind = written[:-1], written[-1]
    return len(stem) >= 2 and any(
        name.endswith(stem + name[-1 - k : -1] + kind) and CJK_ONLY.fullmatch(name[-1 - k : -1]) for k in (1, 2)
    )


CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def level_place(place: str, level: str) -> str | None:
    """The place of a level word (市, 县, 省) seen from the article's place."""
    p = place_of(place)
    if not p:
        return place
    if level == "省":
        return p.province or p.name
    if level in ("市", "州", "盟") and p.level == "province" and p.city != p.name:
        return None
    if level in ("州", "盟"):  # an autonomous prefecture or league: the county's city-level division
        return p.city if p.level == "county" and p.city else p.name
    if level == "市":
        if p.level == "county" and p.name.endswith("市"):
            return p.name
        return p.city if p.level == "county" and p.city else p.name
    return p.name


def located(doc: Doc, article: int, name: str) -> str | None:
    """Where an organisation is: the place its name begins with, or the article's place."""
    cache = doc.memo.located
    key = (article, name)
    if key not in cache:
        cache[key] = _located(doc, article, name)
    return cache[key]


def _located(doc: Doc, article: int, name: str) -> str | None:
    """`located` worked out."""
    lx = lexicon()
    for k in range(min(len(name), 9), 1, -1):
        head = name[:k]
        if head.startswith("中共"):
            head = name[2 : 2 + k]
        p = place_of(head)
        if p:
            return p.name
    body = name[2:] if name.startswith("中共") else name
    for k in range(min(len(body), 9), 1, -1):
        p = place_of(body[:k])
        if p:
            return p.name
    if name.startswith(lx.abbrev_fulls) or name.startswith(_NATIONAL_PREFIXES):
        return _branch_place(name)
    return article_place(doc, article)


def _branch_place(name: str) -> str | None:
    """The place a national body's branch is named by, right after the body (国家统计局贵州调查总队 ->
    贵州省, 中国建设银行某市分行 -> 某市), or None (a national body itself lies nowhere in particular)."""
    suffixes = lexicon().suffix_ends
    for i in range(3, len(name) - 2):
        if not name[:i].endswith(suffixes):
            continue
        for k in range(min(len(name) - i - 1, 9), 1, -1):
            p = place_of(name[i : i + k])
            if p:
                return p.name
    return None


BARE_LEVEL = re.compile(r"^([省市县区])(政府|人民政府|委|纪委|纪律检查委员会|监委|监察委员会)$")


def _level_body(place: str, word: str) -> str:
    """The body of a place a bare level word names (县政府, 县委, 县纪委 / 县纪律检查委员会, 县监委: the county's)."""
    if word in ("纪委", "纪律检查委员会"):
        return discipline_of(party_of(place))
    if word in ("监委", "监察委员会"):
        return place + "监察委员会"
    return party_of(place) if word == "委" else gov_of(place)


def shared_place(body: str, at: int, level: str):
    """The place of a body of the same level written right before (X省委、省政府 -> X省), or None."""
    if at < 3 or body[at - 1] not in "、和及与":
        return None
    before = re.sub(r"(?:委|人民政府|政府)$", "", body[max(0, at - 14) : at - 1])
    if len(before) == len(body[max(0, at - 14) : at - 1]):
        return None
    for k in range(2, min(len(before), 8) + 1):
        p = place_of(before[-k:])
        if p and before.endswith(level):
            return p
    return None
