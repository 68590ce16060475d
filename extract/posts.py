"""Step `posts`: title chains -> persons with (title, org) posts.

Reads a chain leftwards from each name that follows a title:

    长治市副市长、长治高新区党工委书记、管委会主任秦苏良
    = [长治市|副市长] 、 [长治高新区党工委|书记] 、 [管委会|主任] 秦苏良

Each link is (prefix, role). The prefix is an organisation (山西鹏飞集团有限公司), a
place (长治市), a level word (市委, 党工委, 管委会, 政协) or empty (the link inherits the
organisation of the link before it: 董事局主席兼总裁). Level words resolve with the
place / zone of the chain or of the article (`orgs.canonical`). A title is written as
the text gives it with its level word (市委副书记, 党工委书记, 政协副主席).

Conventions (stable): `doc.facts.persons` is filled (one Person per name, posts without
duplicates, sources); reporters (article authors) are never made persons from a byline.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from .events import required_gate
from .facts import Person, Post, Source
from .lexicon import LexiconError, load
from .mentions import (
    LEVEL_RANK,
    NAME_STOP2,
    PUNCT,
    TRANSLIT_STOP,
    Place,
    field_joins,
    fields_ministry,
    lexicon,
    name_at,
    name_score,
    name_terminated,
    place_of,
    scan,
)
from .names import T_MIN as names_T_MIN
from .names import looks_foreign
from .names import model as names_model
from .org_registry import (
    ANAPHOR as ANAPHOR_WORD,
)
from .org_registry import (
    YOUTH_LEAGUE,
    YOUTH_SHORT,
    article_place,
    canonical,
    company_announcing,
    company_told,
    current_zone,
    discipline_of,
    expand_zone,
    gov_of,
    is_generic_zone,
    level_place,
    located,
    names_the_zone_told,
    party_of,
    party_unit_of,
    past_employer,
    place_told_again,
    register,
    registry,
    type_of,
    zone_of_committee,
)
from .orgs import tidy_org_mentions
from .pipeline import Doc, Mention, extractor
from .sentences import source_at

SEP = "、兼及和"


@cache
def post_rules() -> dict:
    """data/post_rules.yaml, with its word lists as sets and the left cut compiled."""
    rules = dict(load("post_rules.yaml"))  # a copy: the lists below are replaced by sets
    for key in ("gov_roles", "province_gov_roles", "no_org", "zone_admin_roles", "national_words", "bare_units"):
        rules[key] = set(rules.get(key) or [])
    names = sorted(rules.get("cut_before_names") or [], key=len, reverse=True)
    words = sorted((rules.get("cut_before") or []) + names, key=len, reverse=True)
    rules["cut_left"] = re.compile(r"^.*(?:" + "|".join(map(re.escape, words)) + ")")
    rules["cut_names"] = re.compile(r"^.*(?:" + "|".join(map(re.escape, names)) + ")")
    rules["former"] = sorted(rules.get("former") or [], key=len, reverse=True)
    rules["company_roles"] = set(rules.get("company_roles") or [])
    rules["board_roles"] = set(rules.get("board_roles") or [])
    rules["bare_board"] = re.compile(rules["bare_board"])
    rules["body_types"] = dict(rules.get("body_types") or {})
    rules["level_places"] = dict(rules.get("level_places") or {})
    rules["gov_role_levels"] = dict(rules.get("gov_role_levels") or {})
    adverbs = sorted(rules.get("appoint_adverbs") or [], key=len, reverse=True)
    verbs = sorted(rules.get("appoint_verbs") or [], key=len, reverse=True)
    # (a verb of two characters or more may take 了: 又兼任了甲公司总经理; 为了 is no appointment)
    verbs_le = "|".join(re.escape(v) + ("了?" if len(v) > 1 else "") for v in verbs)
    # (a time and the adverbs in either order: 甲2008年起担任…, 乙已于上月辞去…, 丙因工作调动已于上月辞去…)
    times = rules["appoint_times"] + "|" if rules.get("appoint_times") else ""
    rules["appoint"] = re.compile("(?:" + times + "|".join(map(re.escape, adverbs)) + ")*(?:" + verbs_le + ")")
    rules["not_in_names"] = set(rules.get("not_in_names") or [])
    rules["joined_not"] = tuple(rules.get("joined_not") or ())
    rules["house_ends"] = tuple(rules.get("house_ends") or ())
    for key in ("ministry_roles", "state_roles", "house_roles", "embassy_roles", "joined_after"):
        rules[key] = set(rules.get(key) or [])
    return rules


@cache
def famous_posts() -> dict[str, list[tuple[str, str]]]:
    """data/famous_persons.txt: every (title, org) a national leader is often named with."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, title, org in load("famous_persons.txt"):
        out.setdefault(name, []).append((title, org))
    return out


# words between an organisation and its title that belong to neither (a former post, a posting abroad)
GAPS = ("",) + tuple(load("post_rules.yaml")["title_gaps"])
# the field the head is in charge of, between the organisation and its title (post_rules.yaml title_gap_fields)
GAP_FIELD = re.compile(f"(?:{load('post_rules.yaml')['title_gap_fields']})$")
COPULAS = tuple(load("post_rules.yaml")["copula_verbs"])  # 甲是乙公司总经理: a post when no 的 follows
GRADE_FIELD = re.compile(load("post_rules.yaml")["grade_field"])  # 甲大学政府学教授: a discipline, then the grade
TITLE_FIELD = re.compile(load("post_rules.yaml")["title_field"])  # 甲研究所中国问题高级顾问: a field, then the title


# what may follow the last name of a list before its verb (post_rules.yaml: list_tail)
COMRADE = re.compile(load("post_rules.yaml")["list_tail"])


# "<name>(已)出任<title chain>" (data/post_rules.yaml: appoint_adverbs, appoint_verbs)
class _Appoint:
    """The compiled appointment pattern, matched right after a name."""

    def match(self, text: str, pos: int):
        comrade = COMRADE.match(text, pos)
        if comrade:  # 张三同志任市发改委主任; 递补甲、乙两同志为省委委员; 甲、乙等12人当选为副会长 (the list counted)
            pos = comrade.end()
        return post_rules()["appoint"].match(text, pos)


APPOINT = _Appoint()
# a clause that tells a career without naming its subject (此前曾担任…): the person just named
_R = load("post_rules.yaml")
CAREER = re.compile(
    rf"(?:{'|'.join(_R['career_conjunctions'])})?(?:[\u4e00-\u9fff]{{1,3}}?后)?"
    rf"(?:{'|'.join(_R['career_adverbs'])})+(?:{'|'.join(_R['career_verbs'])})"
    rf"|(?:^|(?<=[，。；：\n]))(?:{'|'.join(_R['career_openers'])})|(?:他|她)(?:{'|'.join(_R['pronoun_careers'])})"
    # 他此前任…, 她后来担任…: a pronoun, then the adverbs and verbs of a career clause
    rf"|(?:他|她)(?:{'|'.join(_R['career_adverbs'])})+(?:{'|'.join(_R['career_verbs'])})"
    # a clause opening with the time the career began (…，1992年起担任甲公司总裁): the person just named
    rf"|(?:^|(?<=[，。；：\n]))(?:{_R['appoint_times']})(?:{'|'.join(_R['career_adverbs'])})*(?:{'|'.join(_R['career_verbs'])})"
    # a clause opening with a span of years (…，最近五年历任甲公司监事): the person just named
    rf"|(?:^|(?<=[，。；：\n]))(?:{_R['career_spans']})(?:{'|'.join(_R['career_adverbs'])})*(?:{'|'.join(_R['career_verbs'])})"
)
# strings one of which each match of CAREER holds (its verbs' 任, 他原为 ...): an article without is not searched
CAREER_GATE = required_gate(CAREER.pattern)
# verbs opening a career list whose items may be joined by ， (post_rules.yaml career_list_verbs)
CAREER_LISTS = tuple(_R["career_list_verbs"])
CHAIN_END = re.compile(r"[。；！？\n]|，(?!及|和|以及|并|兼)|等职|一职|期间|以来")
# grades held in a body, no post, that a career list may name among its posts (post_rules.yaml career_grades)
CAREER_GRADES = tuple(_R["career_grades"])
GRADE_ITEM = re.compile(rf"[\u4e00-\u9fff（）()]{{0,24}}?(?:{'|'.join(CAREER_GRADES)})(?=[，、])")


def _grade_item(between: str) -> bool:
    """Is the text between a chain's titles one item that is a grade, no post (某所工程师、)?

    >>> _grade_item("某所助理工程师、"), _grade_item("某所研究、")
    (True, False)
    """
    core = between.strip("、，,")
    return (
        between.endswith("、")
        and len(core) <= 24
        and core.endswith(CAREER_GRADES)
        and not re.search(r"[为任，。；：、]", core)
    )


def ensure_zone_mentions(doc: Doc) -> None:
    """Specific zones named in each article (for 开发区/管委会 read later), once."""
    if doc.zone_mentions is not None:
        return
    out: dict[int, list] = {}
    for m in doc.mentions:
        if m.kind == "org" and m.org_type == "development_zone" and not names_the_zone_told(m.text):
            out.setdefault(m.article, []).append((m.start, expand_zone(m.text)))
        elif m.kind == "org" and not names_the_zone_told(m.text):
            zone = zone_of_committee(m.text)  # 某示范区管理委员会 named alone: its zone is named too (b65)
            if zone:
                out.setdefault(m.article, []).append((m.start, zone))
    doc.zone_mentions = out


UNIT_NAME = re.compile(r"[\u4e00-\u9fff0-9０-９]{1,4}")  # 三|车间主任, 装配|车间主任: a unit's own name


def _named_unit(text: str, rs: int, role: str, orgs_by_end: dict[int, str]) -> tuple[int, str, str] | None:
    """The link of a title naming its unit first (post_rules.yaml unit_titles) after a body and the unit's own name:
    (start, body + name + unit, the rest of the title); None when no body stands right before the name.

    >>> _named_unit("甲机床厂三车间主任", 5, "车间主任", {4: "甲机床厂"})
    (0, '甲机床厂三车间', '主任')
    """
    unit = post_rules()["unit_titles"].get(role)
    if not unit:
        return None
    for k in range(1, 5):
        known = orgs_by_end.get(rs - k)
        name = text[rs - k : rs]
        if known and UNIT_NAME.fullmatch(name) and name not in GAPS:
            return rs - k - len(known), known + name + unit, role[len(unit) :]
    return None


def _unit_of_known(link: tuple[int, str, str], orgs_by_end: dict[int, str]) -> bool:
    """Is the link's body a unit named after a body read (甲（集团）股份有限公司|三车间, `_named_unit`)?

    >>> _unit_of_known((0, "甲机床厂三车间", "主任"), {4: "甲机床厂"}), _unit_of_known((0, "甲机床厂", "主任"), {})
    (True, False)
    """
    known = next((orgs_by_end[e] for e in range(link[0] + 1, link[0] + len(link[1])) if e in orgs_by_end), "")
    rest = link[1][len(known) :]
    return bool(known) and link[1].startswith(known) and rest.endswith(tuple(post_rules()["unit_titles"].values()))


def _link_before(
    text: str, end: int, titles_by_end: dict[int, str], orgs_by_end: dict[int, str] | None = None
) -> tuple[int, str, str] | None:
    """The chain link (start, prefix, role) whose role ends at `end`, or None."""
    role = titles_by_end.get(end)
    if not role:
        return None
    rs = end - len(role)
    field = GAP_FIELD.search(text, max(0, rs - 12), rs)
    for gap in (*GAPS, field.group() if field else None):
        # 央行稳定局原局长, 驻IMF中国执行董事, 研究部的高级分析师, 赴任X任副主任: the org before the gap
        if gap is None or gap and text[rs - len(gap) : rs] != gap:
            continue
        known = (orgs_by_end or {}).get(rs - len(gap))
        if known:
            cut = post_rules()["cut_names"].match(_kept_masked(known))
            if cut and cut.end() < len(known):
                known = known[cut.end() :]
            return rs - len(gap) - len(known), known, role
    for k in range(2, 8):  # 甲大学政府学教授, 乙所中国问题顾问: the body before a field (grade_field, title_field)
        known = (orgs_by_end or {}).get(rs - k)
        if known and (GRADE_FIELD.fullmatch(text, rs - k, end) or TITLE_FIELD.fullmatch(text, rs - k, rs)):
            return rs - k - len(known), known, role
    unit = _named_unit(text, rs, role, orgs_by_end or {})
    if unit:
        return unit
    if rs > 2 and text[rs - 1] in '”"':
        q = text.rfind("“", max(0, rs - 14), rs - 1)
        if q >= 0 and q + 1 < rs - 1:  # “工总会”理事长X: the quoted name is the body
            return q + 1, text[q + 1 : rs - 1], role
    if rs > 2 and text[rs - 1] in "）)":
        q = max(text.rfind("（", max(0, rs - 24), rs - 1), text.rfind("(", max(0, rs - 24), rs - 1))
        known = (orgs_by_end or {}).get(q) if q > 0 else None
        if known and not re.search(r"[（()）]", text[q + 1 : rs - 1]):
            # 甲置业（600123）董事长, 乙委员会（议会）主席: a note in brackets between a body and its title
            return q - len(known), known, role
    p = rs
    while p > 0 and (text[p - 1] not in PUNCT and text[p - 1] not in SEP or _joined_at(text, p - 1)) and rs - p < 30:
        if titles_by_end.get(p) in post_rules()["joined_after"] and not text.startswith(post_rules()["joined_not"], p):
            break  # 县委常委政法委书记: the body of the next title begins right after 常委
        if (
            p - 1 >= 0
            and (p - 1) in titles_by_end
            and p != rs
            and titles_by_end[p - 1] not in post_rules()["joined_after"]
        ):
            break
        p -= 1
    prefix = text[p:rs]
    cut = _cut_left(prefix, {k - p for k in field_joins(text) if p <= k < rs})
    if cut and len(prefix) - cut.end() >= 0:
        prefix = prefix[cut.end() :]
    if field and prefix.endswith(field.group()):
        prefix = prefix[
            : -len(field.group())
        ]  # 某行主管零售的|副行长, 负责此事的|副市长: the field is no part of the body
        return rs - len(field.group()) - len(prefix), prefix, role
    # "一行" or a name before the prefix is not part of it
    return rs - len(prefix), prefix, role


def _appointed_in_clause(text: str, end: int, titles_by_end: dict[int, str]) -> bool:
    """Does the clause ending at `end` (where a title ends) tell an appointment: an appointing verb
    (post_rules.yaml: appoint_verbs; not 为/成为, 为全面落实…) in it, outside every title (任 of 主任 is none)?

    >>> _appointed_in_clause("甲任乙区委书记", 7, {7: "书记"}), _appointed_in_clause("管委会主任", 5, {5: "主任"})
    (True, False)
    """
    start = max(text.rfind(c, 0, end) for c in "，,。；;：:\n") + 1
    covered = {k for e, t in titles_by_end.items() if start < e <= end for k in range(e - len(t), e)}
    for verb in post_rules()["appoint_verbs"]:
        if verb in ("为", "成为"):
            continue
        k = text.find(verb, start, end)
        while k >= 0:
            if not covered.intersection(range(k, k + len(verb))):
                return True
            k = text.find(verb, k + 1, end)
    return False


def _joined_at(text: str, k: int) -> bool:
    """Is text[k] a joining word inside a name: a country's (及 of 埃及), a ministry's of fields of work (和 of
    国际贸易和工业部长, 、 of 贸易、工业和投资部长) or a kept word's (和 of 共和国)?"""
    return _in_country(text, k) or k in field_joins(text) or _in_kept(text, k) or _in_joined_name(text, k)


def _in_joined_name(text: str, k: int) -> bool:
    """Is text[k] inside a joined part of a body's name (org_joined_words.txt: 和 of 住房和城乡建设部)?

    >>> _in_joined_name("住房和城乡建设部", 2), _in_joined_name("甲和乙", 1)
    (True, False)
    """
    lo = max(0, k - 8)
    return any(lo + a <= k < lo + b for a, b, _ in scan(lexicon().joined_ac, text[lo : k + 9]))


def _in_kept(text: str, k: int) -> bool:
    """Is text[k] inside a word of post_rules.yaml cut_kept (和 of 共和国)?"""
    return any(
        text[a : a + len(w)] == w for w in post_rules()["cut_kept"] for a in range(max(0, k - len(w) + 1), k + 1)
    )


def _in_country(text: str, k: int) -> bool:
    """Is text[k] inside a country's name (及 of 埃及, 和 of 特立尼达和多巴哥)?"""
    names = country_names()
    return any(text[a : a + n] in names for n in range(2, 9) for a in range(max(0, k - n + 1), k + 1))


def _cut_left(prefix: str, joins: set[int] | frozenset[int] = frozenset()) -> re.Match | None:
    """Where the words before a chain end (…与|甲公司), not counting a cut word that ends a country's
    name (埃|及驻华大使: 及 of 埃及 is no conjunction) nor the 和 at `joins` (国际贸易和工业部长: two fields of a
    ministry)."""
    masked = "".join("\u56d7" if k in joins else c for k, c in enumerate(_kept_masked(prefix)))
    for c in countries():
        if c in masked:
            masked = masked.replace(c, "\u56d7" * len(c))  # 囗: no cut word
    return post_rules()["cut_left"].match(masked)


def _kept_masked(prefix: str) -> str:
    """The prefix with each word of post_rules.yaml cut_kept (数据 of 国家数据局: 据 there is no cut word) and each
    joined part of a body's name (org_joined_words.txt: 和 of 住房和城乡建设部) masked.

    >>> _kept_masked("住房和城乡建设部某中心")
    '囗囗囗囗囗囗囗部某中心'
    """
    for w in post_rules()["cut_kept"]:
        prefix = prefix.replace(w, "\u56d7" * len(w))  # 囗: no cut word
    for a, b, _ in scan(lexicon().joined_ac, prefix):
        prefix = prefix[:a] + "\u56d7" * (b - a) + prefix[b:]
    return prefix


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding text[hi] starts, not before lo (the words of the sentence before cut no chain:
    …在甲地召开。乙委党组成员，丙局局长X)."""
    return max([lo] + [text.rfind(c, lo, hi) + 1 for c in "。！？\n"])


def _former_word_before(text: str, s: int) -> int:
    """The length of a former- or current-post word (现任, 前任, 原) ending right before text[s], else 0."""
    return next((len(w) for w in post_rules()["former"] if text.endswith(w, 0, s)), 0)


@cache
def _no_post_roles() -> re.Pattern[str]:
    """post_rules.yaml no_post_roles, matched where it ends."""
    return re.compile(f"(?:{post_rules()['no_post_roles']})$")


def _no_post_role_before(text: str, end: int) -> int | None:
    """Where a duty that names no body (省级总河长) ends right at `end` begins, or None.

    >>> _no_post_role_before("省委书记、省级总河长周某", 10)
    5
    """
    m = _no_post_roles().search(text, max(0, end - 12), end)
    return m.start() if m else None


def _after_no_post_role(text: str, at: int, titles_by_end: dict[int, str]) -> bool:
    """Does a duty that names no body end at `at`, right after a title and a 、 (省委书记、省级总河长X)?"""
    k = _no_post_role_before(text, at)
    return k is not None and k > 0 and text[k - 1] in SEP and (k - 1) in titles_by_end


def read_chain(
    text: str, name_start: int, titles_by_end: dict[int, str], orgs_by_end: dict[int, str] | None = None
) -> list[tuple[int, str, str]]:
    """Links of the title chain ending right before a name, left to right."""
    links: list[tuple[int, str, str]] = []
    end = name_start
    second = _bracketed_title(text, end, titles_by_end, orgs_by_end)
    if second:  # 市工商联主席（总商会会长）X: the title in brackets is X's too, the chain goes on before it
        links.append(second)
        end = second[0] - 1
    while True:
        skip = _no_post_role_before(text, end)
        if skip is not None and skip > 0 and text[skip - 1] in SEP and end - skip < 12:
            end = skip - 1  # 省委书记、省级总河长X: a duty that names no body, no post; the chain goes on past it
            continue
        link = _link_before(text, end, titles_by_end, orgs_by_end)
        body = (orgs_by_end or {}).get(end) if not link and links and links[-1][1] else None
        if body and text[end : end + 1] == "兼" and body[-1] == links[-1][1][-1] and end - len(body) >= 0:
            # 甲部兼乙部高级政务部长: two bodies of one kind (部, 部) before one title, that title in both
            links.append((end - len(body), body, links[-1][2]))
            break
        if not link:
            break
        links.append(link)
        s = link[0]
        said = next((w for w in post_rules()["body_descriptions"] if text.endswith(w, 0, s)), "")
        if said and s - len(said) > 0 and text[s - len(said) - 1] in SEP:
            s -= len(said)  # 村党支部书记、村办企业甲公司董事长X: who runs the body, the chain goes on past it
        if s > 0 and text[s - 1] in SEP:
            end = s - 1
            continue
        k = _former_word_before(text, s)
        if k and s - k > 0 and text[s - k - 1] in SEP:
            end = s - k - 1  # 前任交通运输部总规划师、现任中国交通运输协会会长X: the chain goes on past 现任
            continue
        if (
            k
            and s - k > 0
            and text[s - k - 1] in "，,"
            and (s - k - 1) in titles_by_end
            and not _appointed_in_clause(text, s - k - 1, titles_by_end)
        ):
            end = s - k - 1  # 市委副书记、市长，原省水利厅副厅长X: a former post after a comma goes on the chain
            continue
        if (
            s > 0
            and text[s - 1] in "，,"
            and (s - 1) in titles_by_end
            and not _cut_left(text[_sentence_start(text, max(0, s - 40), s - 1) : s - 1])
            and not _appointed_in_clause(text, s - 1, titles_by_end)
        ):
            end = s - 1  # 市委书记，市长X; not 甲出任A主任，B总裁乙 nor 甲任A书记，B副书记乙 (A's title is 甲's)
            continue
        if link[1] == "" and s > 0 and (s in titles_by_end) or titles_by_end.get(s) in post_rules()["joined_after"]:
            end = s  # titles written with nothing between (县委常委政法委书记, 县委常委常务副县长): one chain
            continue
        break
    return links[::-1]


def _bracketed_title(
    text: str, end: int, titles_by_end: dict[int, str], orgs_by_end: dict[int, str] | None
) -> tuple[int, str, str] | None:
    """The link of a second title in brackets between a title and a name (甲会主席（乙会会长）X: 乙会会长), or None.

    >>> _bracketed_title("市工商联主席（总商会会长）王明", 13, {6: "主席", 12: "会长"}, {})
    (7, '总商会', '会长')
    """
    if end < 4 or text[end - 1] not in "）)" or (end - 1) not in titles_by_end:
        return None
    q = max(text.rfind("（", max(0, end - 16), end), text.rfind("(", max(0, end - 16), end))
    if q < 1 or q not in titles_by_end:
        return None
    link = _link_before(text, end - 1, titles_by_end, orgs_by_end)
    return link if link and link[0] == q + 1 else None


NAMED_PLACE_ENDS = (
    "省市县区镇乡村旗盟"  # a division's level word: a span ending so is a place, whoever read it as a name
)


def _after_named_holder(links: list[tuple[int, str, str]], person_by_end: dict) -> list[tuple[int, str, str]]:
    """The links of a chain after the last one whose body is a person's name read there (甲副会长和乙银行副行长丙: 甲's
    title written after the name, 甲 no body of 丙's 副会长; pd1998's 甲副总理、乙部长): the chain starts after it."""
    for k in range(len(links) - 1, -1, -1):
        start, prefix, _ = links[k]
        named = person_by_end.get(start + len(prefix)) if prefix else None
        if named is not None and named.start == start and prefix[-1] not in NAMED_PLACE_ENDS:
            return links[k + 1 :]  # (左为王庄镇副镇长甲: a town misread as a name is still the post's body)
    return links


def chain_after(
    text: str, start: int, titles_by_end: dict[int, str], orgs_by_end: dict[int, str] | None = None, limit: int = 120
) -> list[tuple[int, str, str]]:
    """Links of the title chain that starts at `start` (right after 出任/担任 ...), left to right:
    titles joined by 、/和/及/兼 (also "，及"), up to the clause's end or 等职."""
    m = CHAIN_END.search(text, start, min(len(text), start + limit))
    stop = m.start() if m else min(len(text), start + limit)
    links: list[tuple[int, str, str]] = []
    left = start
    for e in sorted(x for x in titles_by_end if start < x <= stop):
        link = _link_before(text, e, titles_by_end, orgs_by_end)
        if not link or e - len(link[2]) < left:
            continue  # a title inside the previous one's span
        if link[0] < left:
            link = (left, text[left : e - len(link[2])], link[2])
        between = text[left : link[0]]
        if not links and between in ("省", "市", "县", "区"):
            link, between = (left, between + link[1], link[2]), ""  # 任市发改委主任: the level joins the body
        if (between.strip("、和及兼，,以并与") or (not links and between)) and not _grade_item(between):
            break  # not one chain: other words between two titles (a grade held, 某所工程师、, is passed over)
        known = link[1] in (orgs_by_end or {}).values() or _unit_of_known(link, orgs_by_end or {})
        if not links and (len(link[1]) > 16 and not known or "的" in link[1] and not known):
            break  # 担任这次活动的主持人: no organisation's title
        links.append(link)
        left = e
    return links


@dataclass
class _Chain:
    """What the links of one chain share: the page, the place and zone named, the body before."""

    doc: Doc
    article: int
    place: str | None = None  # place named in the chain (曲沃县委 -> 曲沃县)
    zone: str | None = None  # zone named in the chain
    base_org: str | None = None  # org of the link before (董事局主席兼总裁)
    village: str | None = None  # village named in the chain (东河村党支部书记、村委会主任)
    country: str | None = None  # country named in the chain (新加坡副总理兼贸工部长)
    national: bool = False  # a link before was in a national body of China (国务院副总理兼外长)
    town: tuple[str, str] | None = None  # (county, town) of a town post in the chain (柏城镇党委书记兼镇长)


@dataclass
class _Link:
    """One link read: its title's level word and kind, its head (prefix less the level), the org found."""

    start: int
    prefix: str
    role: str
    level: str = ""
    kind: str = ""
    head: str = ""
    head_org: str | None = None
    written: str | None = None  # how the org was written, when a rule says so ("" for none)
    former: bool = False  # the prefix is a former-post word alone (前任发言人, 原总经理)


def resolve_chain(doc: Doc, article: int, links: list[tuple[int, str, str]], place: str | None = None) -> list[Post]:
    """Posts of a chain: each link's title as written and its organisation (rules of
    data/chain_rules.yaml, with the words of data/post_rules.yaml and data/level_prefixes.txt)."""
    return _resolve(doc, article, links, place)[0]


def _resolve(
    doc: Doc,
    article: int,
    links: list[tuple[int, str, str]],
    place: str | None = None,
    base: str | None = None,
    country: str | None = None,
) -> tuple[list[Post], _Chain]:
    """`resolve_chain`, with the chain's state after its last link (the place it named); `base`
    is the body a bare first title inherits (the chain of the name before it in a list), `country` the
    country of that chain (法国总统甲和总理乙)."""
    ch = _Chain(doc, article, place=place, base_org=base, country=country)
    posts: list[Post] = []
    groups: list[int] = []  # bare 党组 links left with no body (党组成员、副主任甲): the next title's body's group
    for start, prefix, role in links:
        again = place_told_again(doc, article, prefix, start)  # (…来到甲市，该市市长乙: 甲市's)
        ln = _read_link(ch, start, _strip_former(again or prefix), role)
        ln.former = bool(prefix) and _strip_former(prefix) == ""  # 前任发言人X: the same post held before
        title = (
            ln.level + ln.role
            if ln.level
            and ln.kind not in ("npc", "cppcc", "village", "supervision")
            and ln.level not in ("人民政府", "政府", *post_rules()["prefecture_levels"])
            else ln.role
        )
        org = None
        got = _org_of(ch, ln)
        if ln.kind == "discipline":
            title = "纪委" + ln.role  # 县纪委书记: the committee's 纪委书记
        if got is not None:
            org, title = got[0], got[1] or title
        org = _foreign_city_gov(doc, article, org)
        if org and not ch.base_org and ln.kind == "party":
            ch.base_org = org  # 区委常委、宣传部长: the next bare title is in the same committee
        posts.append(Post(title=title, org=org, org_as_written=(prefix if again else ln.prefix) or None))
        if org:
            _register_post_org(ch, ln, org)
            doc.memo.post_orgs.setdefault(article, []).append((start, ln.role, org))
            for k in groups:
                posts[k].org = register(doc, _group_of(org), typ="party_committee").name
            groups = []
        elif ln.kind == "party_group" and not ln.head:
            groups.append(len(posts) - 1)
    return posts, ch


def _group_of(org: str) -> str:
    """The leading Party group of a body (甲省财政厅 -> 甲省财政厅党组; a group stays itself)."""
    return org if org.endswith("党组") else org + "党组"


def _strip_former(prefix: str) -> str:
    """The prefix less a former-post word before or after the body (原X基金, 公司前任)."""
    rules = post_rules()
    for w in rules["former"]:
        if prefix.endswith(w) and not (len(prefix) > len(w) and _begins_with_place(prefix[-len(w) - 1 :])):
            prefix = prefix[: -len(w)]
            break
    own = prefix.startswith(tuple(rules.get("not_former") or ()))  # 原材料工业司: no former word
    for w in rules["former"]:
        if prefix.startswith(w) and len(prefix) > len(w) + 1 and not _begins_with_place(prefix) and not own:
            return prefix[len(w) :]
    lx = lexicon()
    for w in rules["former"]:  # 莱芜市原市委: the word between a place and its level word
        k = prefix.rfind(w)
        if 0 < k and prefix[k + len(w) :] in lx.levels and any(place_of(prefix[j:k]) for j in range(k - 1)):
            return prefix[:k] + prefix[k + len(w) :]
    for w in rules["former"]:  # 日本前驻华: the word between a country and the 驻 of its mission
        k = prefix.find(w + "驻")
        if 0 < k and (prefix[:k] in country_names() or prefix[:k] in post_rules()["home_words"]):
            return prefix[:k] + prefix[k + len(w) :]
    return prefix


def _written_with_level(written: str):
    """The division a prefix names with its level word (吉林市, 苏州市吴中区: the last one), or None."""
    for k in range(0, max(0, len(written) - 2)):
        p = place_of(written[k:])
        if p and p.name == written[k:] and (k == 0 or place_of(written[:k])):
            return p
    return None


def _begins_with_place(text: str) -> bool:
    """Does a division's name (原平市) begin the text?"""
    return any(place_of(text[:k]) for k in range(2, min(len(text), 6) + 1))


def _read_link(ch: _Chain, start: int, prefix: str, role: str) -> _Link:
    """Split the prefix into head and level word; the head's place or body updates the chain."""
    ln = _Link(start, prefix, role)
    lx = lexicon()
    for k in range(min(len(prefix), 6), 1, -1):
        if prefix[-k:] in lx.levels:
            ln.level, ln.kind, ln.head = prefix[-k:], lx.levels[prefix[-k:]], prefix[:-k]
            break
    else:
        ln.head = prefix
    if (
        ln.head.startswith("中共")
        and ln.kind in ("party", "body_party", "zone_party", "discipline")
        and len(ln.head) > 2
    ):
        ln.head = ln.head[2:]  # 中共江苏省委: the level word names the Party already
    head = ln.head
    if not head:
        return ln
    if "的" in head:  # 这个矿的党委: the body is 这个矿
        head = head.rstrip("的")
        head = ln.head = head[head.rfind("的") + 1 :]
        if not head:
            return ln
    bare = post_rules()["bare_levels"].get(head)
    if len(head) == 1 and ln.kind == "body_party" and ANAPHOR_WORD.match(head):
        ref = canonical(ch.doc, ch.article, head, start)  # 厂党委书记: the factory named last before
        if ref != head:
            ln.head, ln.head_org = ref, ref
            return ln
    if len(head) == 1 and ln.kind == "party_group":
        group_of = _last_of_kind(ch, head, start)  # 部党组成员: the ministry named last before
        if group_of:
            ln.head, ln.head_org = group_of, group_of
            return ln
    if head == YOUTH_LEAGUE[-1:] and YOUTH_SHORT.fullmatch(head + ln.level):
        return ln  # 团市委书记: the Youth League's committee of the level's place (_party), no verb
    lone = len(head) == 1 and not place_of(head) and head not in country_names()  # (俄外长: a country)
    if not bare and (any(c in post_rules()["not_in_names"] for c in head) or lone):
        ln.head = ""  # 听了董事长X, 的有市委书记X: a verb, no body
        return ln
    if bare:
        where = article_place(ch.doc, ch.article)
        target = level_place(where, bare) if where and place_of(where) else None
        if target and where and bare in ("县", "区") and not _at_level(where, bare):
            # 县人大常委会 in a city's dateline story (本报临沂…莒南县…): the county named last before, not the city
            target = _recent_place(ch, ln, bare)
        if target and len(head) > 1 and not target.endswith(head):
            # 自治区主席 in a story placed in 香港: the autonomous region named last before, not the article's place
            target = _recent_named_with(ch, start, head) or target
        if target:
            ch.place = target
        return ln
    # 吉林市委, 河北省委: the place is written with the level's own word (吉林市, not 吉林省)
    lead = re.match(r"自治区|[省市县区州旗盟]", ln.level)
    head_place = (
        _written_with_level(head + lead.group()) if lead and ln.kind in ("party", "gov", "discipline") else None
    )
    if head_place is None:
        head_place = place_of(head)
    if head_place is None and lead and lead.group() in "州盟" and ln.kind in ("party", "gov", "discipline"):
        head_place = place_of(head + lead.group())  # 凉山州委: 凉山州, an autonomous prefecture written short (probe75)
    if head_place is None:
        hp = re.sub(r"^.*?(省|自治区)(?=.)", "", head)
        head_place = place_of(hp) if hp != head else None
    if head_place is None:
        head_place = _last_of_places(head)  # 湖南株洲市炎陵县县长: the county, the places before it holding it
    if head_place:
        ch.place = head_place.name
        return ln
    ln.head_org = canonical(ch.doc, ch.article, head, start)
    if type_of(ln.head_org) == "development_zone" or is_generic_zone(head):
        ch.zone = (
            ln.head_org
            if not is_generic_zone(head)
            else (current_zone(ch.doc, ch.article, start, kind=head) or ln.head_org)
        )
        ln.head_org = ch.zone
    return ln


def _recent_named_with(ch: _Chain, before: int, word: str) -> str | None:
    """The place whose name ends in `word` (自治区) named last before `before` in the chain's article, or None."""
    best = None
    for m in ch.doc.mentions:
        if m.article == ch.article and m.kind == "place" and m.start < before:
            p = place_of(m.canonical or m.text)
            if p and p.name.endswith(word):
                best = p.name
    return best


def _last_of_kind(ch: _Chain, kind: str, before: int) -> str | None:
    """The organisation whose name ends in `kind` (部, 局, 厅) named last before `before` in the chain's
    article, by its canonical name, or None."""
    named = [
        x
        for x in ch.doc.mentions
        if x.article == ch.article and x.kind == "org" and x.end <= before and x.text.endswith(kind) and len(x.text) > 1
    ]
    if not named:
        return None
    last = max(named, key=lambda x: x.start)
    return canonical(ch.doc, ch.article, last.text, last.start)


def _where(ch: _Chain) -> str | None:
    """The place a level word refers to: the chain's, else the article's (not inside a zone)."""
    return ch.place or (None if ch.zone else article_place(ch.doc, ch.article))


Answer = tuple[str | None, str | None] | None  # (org, title) when a rule answers, else None


@dataclass(frozen=True)
class _Row:
    """One row of data/chain_rules.yaml: a rule and when it is tried."""

    rule: Callable[[_Chain, _Link, _Row], Answer]
    kinds: frozenset[str] | None = None
    no_level: bool = False
    roles: frozenset[str] | None = None
    body: str = ""

    def applies(self, ln: _Link) -> bool:
        """Is the rule tried for this link (its level word's kind, its level word, its title)?"""
        return (
            (self.kinds is None or ln.kind in self.kinds)
            and not (self.no_level and ln.level)
            and (self.roles is None or ln.role in self.roles)
        )


def _no_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """市领导: a group of leaders, no body."""
    return None, None


def _fixed(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """总书记, 国务院总理, 中央政治局常委: the national body of the title."""
    rules = post_rules()
    org = rules["fixed_orgs"][ln.role]
    if not ln.head or ln.head in rules["national_words"] or ln.head_org == org:
        ch.national = True
        ch.base_org = ch.base_org or org  # 副委员长兼秘书长, 国务委员兼秘书长: the next bare 秘书长 is the body's (b76)
        return org, rules["fixed_titles"].get(ln.role)
    return None


def _home_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """中国外长, 国务院副总理兼外长: a short minister's title of China (or after a national post of China in the
    chain) names the national ministry (外交部)."""
    if ch.country or not (ln.head in post_rules()["home_words"] or not ln.head and ch.national):
        return None
    ln.written = ""
    return row.body, None


def _national(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """全国人大常委会委员长, 全国政协主席: a prefix that is a national body's short form names it."""
    home = next((h for h in post_rules()["home_words"] if ln.prefix.startswith(h)), "")  # (中国全国人大常委会委员长)
    prefix = ln.prefix[len(home) :] if lexicon().abbrevs.get(ln.prefix[len(home) :]) else ln.prefix
    full = lexicon().abbrevs.get(prefix)
    if not full or not prefix.startswith(tuple(post_rules()["national_words"]) + ("全国",)):
        return None
    ln.written = ln.prefix
    if full[1] == "association" or CONGRESS.search(full[0]):
        ch.base_org = full[0]  # 全国妇联副主席、党组书记: the next bare 党组 is the federation's
    return full[0], ln.role


def _zone_posted(ch: _Chain, ln: _Link) -> str | None:
    """The zone whose 管委会 or 党工委 a post earlier in the sentence was in, when no zone is named between it and this
    link (高新区党工委书记、管委会主任甲，管委会副主任乙: 乙's is 甲's zone, not a park named before the sentence, 在某工业园启动
    …: b64)."""
    body = ch.doc.facts.articles[ch.article].body or ""
    zones = (ch.doc.zone_mentions or {}).get(ch.article, [])
    named = [s for s, _z in zones if s < ln.start]
    for start, _role, org in reversed(ch.doc.memo.post_orgs.get(ch.article, [])):
        if start >= ln.start:
            continue
        if re.search(r"[。！？\n]", body[start : ln.start]) or named and named[-1] > start:
            return None
        for head, tail in (("", "管理委员会"), ("中共", "工作委员会")):
            zone = org[len(head) : -len(tail)]
            if org.startswith(head) and org.endswith(tail) and any(zone == z for _s, z in zones):
                return zone
    return None


def _zone_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """党工委 / 管委会 / 纪工委: the body of the zone named in the chain or last in the article."""
    z = ch.zone or _zone_posted(ch, ln) or current_zone(ch.doc, ch.article, ln.start)
    if not z and ln.head.endswith("街道") and "{zone}" in row.body:
        return row.body.format(zone=ln.head), None  # 新城街道党工委: the subdistrict's
    if not z:
        return None, None
    ch.zone = z
    return row.body.format(zone=z), None


def _cppcc(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>政协: that place's CPPCC committee."""
    target = ln.head_org or ch.place or _where(ch)
    org = canonical(ch.doc, ch.article, row.body.format(place=target), ln.start) if target else None
    ch.base_org = org or ch.base_org  # 省政协副主席甲、秘书长乙: the next bare 秘书长 is the committee's
    return org, None


def _npc(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>人大常委会."""
    target = ch.place or _where(ch)
    org = row.body.format(place=target) if target else None
    ch.base_org = org or ch.base_org  # 市人大常委会副主任甲、秘书长乙: as the CPPCC's
    return org, None


def _branch(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """村党支部, 公司党总支: the branch as written."""
    head = ln.head_org or ln.head
    if head and head.endswith(("村", *COMMUNITY_WORDS)):
        ch.village = head
    return (head or "村") + ln.level, None


COMMUNITY_WORDS = ("社区",)  # an urban community, whose 居委会 is as a village's 村委会


TOWN_LEVELS = "镇乡村"  # the level characters of a town or a village (石花镇 + 镇长, 大河村 + 村主任)
# 庙头镇 (侯镇, 别力古台镇) right after 沭阳县 (阿巴嘎旗)
TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?[镇乡](?![长委政党])")
# 在沐尘畲族乡，乡党委书记…: a town written alone after 在, its county the one named last before it
TOWN_ALONE = re.compile(r"(?<=在)[\u4e00-\u9fff]{1,4}?[镇乡](?=[，,])")


def _towns_before(ch: _Chain, before: int) -> list[tuple[str, str]]:
    """(county, town) of each town named before `before` in the article, in order: written right after its county
    (沭阳县庙头镇), or alone after 在 (在沐尘畲族乡，) with the county named last before it."""
    arts = ch.doc.facts.articles
    body = (arts[ch.article].body or "") if ch.article < len(arts) else ""
    counties = _county_mentions(ch, before)
    towns = [
        (end, c, t.group()) for end, c in counties if (t := TOWN_AFTER.match(body, end))
    ]  # (position, county, town)
    for t in TOWN_ALONE.finditer(body, 0, before):
        county = [c for e, c in counties if e <= t.start()]
        if county and not any(pos == t.start() for pos, _, _ in towns):
            towns.append((t.start(), county[-1], t.group()))
    return [(c, t) for _, c, t in sorted(towns)]


def _town_party(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """孙家集镇党委, 镇党委: 中共<county><town>委员会 of the town written, else of the one named last after its county
    before the title (沭阳县庙头镇…镇党委书记) or alone after 在 (在沐尘畲族乡，乡党委书记); the county as the text
    writes it right before the town. The chain's next bare 镇长 is that town's (柏城镇党委书记兼镇长)."""
    head = ln.head or ln.prefix[: len(ln.prefix) - len(ln.level)]  # (侯镇党委: a one-character town)
    town = head + ln.level[0] if head else None
    if town and (written := _county_written(town)):
        ch.town = written  # (威县方家营乡党委 with 威县 named before: the county written once)
        return f"中共{written[0]}{written[1]}委员会", None
    found = [(c, t) for c, t in _towns_before(ch, ln.start) if t == town or town is None and len(t) > 2]
    if not found and town and len(town) > 2:
        # 在高密市召开。柏城镇党委书记…: a town written alone, in the county named last before it
        found = [(c, town) for c in _counties_before(ch, ln.start)[-1:]]
    if found:
        ch.town = found[-1]
        return f"中共{found[-1][0]}{found[-1][1]}委员会", None
    return (f"中共{town}委员会" if town else None), None


def _county_written(town: str) -> tuple[str, str] | None:
    """(county, town) of a town written after its county: 威县方家营乡 -> (威县, 方家营乡); else None."""
    for k in range(2, len(town) - 1):
        p = place_of(town[:k])
        if p is not None and p.level == "county":
            return p.name, town[k:]
    return None


def _county_mentions(ch: _Chain, before: int) -> list[tuple[int, str]]:
    """(end, name) of each county (county-level city, district) named before `before` in the article, in order."""
    out = []
    for m in sorted(ch.doc.mentions, key=lambda x: x.start):
        if m.article == ch.article and m.kind == "place" and m.start < before:
            p = place_of(m.canonical or m.text)
            if p is not None and p.level == "county":
                out.append((m.end, p.name))
    return out


def _counties_before(ch: _Chain, before: int) -> list[str]:
    """The counties (and county-level cities and districts) named before `before` in the article, in order."""
    return [name for _, name in _county_mentions(ch, before)]


def _town_gov(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """镇长, 乡长 (谷城县石花镇镇长, 柏城镇党委书记兼镇长, 在某乡，…乡长): <county><town>人民政府 of the town written
    with its county, the chain's town, or the town named last before the title (as _town_party); else no answer."""
    head = ln.head or ""
    if head and head[-1:] == ln.role[-2:-1]:
        for k in range(2, len(head) - 1):  # 谷城县石花镇: the county written before the town
            p = place_of(head[:k])
            if p is not None and p.level == "county":
                ch.town = (p.name, head[k:])
                return row.body.format(county=p.name, town=head[k:]), None
        found = [(c, t) for c, t in _towns_before(ch, ln.start) if t == head]
        found = found or [(c, head) for c in _counties_before(ch, ln.start)[-1:] if len(head) > 2]
        if not found:
            return None
        ch.town = found[-1]
    elif head:
        return None
    elif ch.town is None:
        named = [(c, t) for c, t in _towns_before(ch, ln.start) if t[-1:] == ln.role[-2:-1] and len(t) > 2]
        if not named:
            return None
        ch.town = named[-1]
    if ch.town[1][-1:] != ln.role[-2:-1]:
        return None  # 镇党委书记…乡长: not the town of the chain
    return row.body.format(county=ch.town[0], town=ch.town[1]), None


VILLAGE_AFTER_TOWN = re.compile(r"(?<=[\u4e00-\u9fff]{2}[镇乡])[\u4e00-\u9fff]{1,3}?村(?=村)")  # 石门镇清湖村村民


def _village(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """东河村村委会: as written; 村委会 alone after a village's branch in the chain: that village's; else the one
    village the article names before it right after its town (石门镇清湖村村民…村委会主任X: 清湖村)."""
    head = ln.head_org or ln.head or ch.village
    if not head:
        arts = ch.doc.facts.articles
        body = (arts[ch.article].body or "") if ch.article < len(arts) else ""
        named = {m.group() for m in VILLAGE_AFTER_TOWN.finditer(body, 0, ln.start)}
        head = named.pop() if len(named) == 1 else None
    if head and head.endswith("村"):
        ch.village = head
    return (head or "") + ln.level, None


def _body_committee(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<body>党委 / <body>党组: the body's own committee or leading group; the next bare title
    (党委书记、董事长) is the body's."""
    # with no body written, the body of the link before (董事长兼党委书记), not a Party committee
    before = ch.base_org if ch.base_org and not ch.base_org.startswith("中共") else None
    body = ln.head_org or (before if not ln.head and (ln.kind == "body_party" or ln.kind == "party_group") else None)
    if ln.kind == "party_group" and not ln.head and not body:
        body = ch.base_org
    if ln.kind == "body_party" and not ln.head and not body:
        body = _listed_before_body(ch, ln)  # 医院院长甲、党委书记乙: the hospital's committee (probe81)
    if not body:
        return None
    ch.base_org = body
    if body.endswith(COMMUNITY_WORDS):
        ch.village = body  # 黄河社区党委书记、居委会主任: the next bare 居委会 is that community's
    return body + ln.level, None


def _listed_before_body(ch: _Chain, ln: _Link) -> str | None:
    """The body of another person's post listed right before, only 、 between (甲医院院长乙、党委书记丙: 甲医院), unless
    a Party committee or a people's government (市长甲、党委书记乙 says nothing of whose)."""
    body = ch.doc.facts.articles[ch.article].body or ""
    for start, _role, org in reversed(ch.doc.memo.post_orgs.get(ch.article, [])):
        if start >= ln.start:
            continue
        if re.search(r"[，,。；;：:！？\n]", body[start : ln.start]) or "、" not in body[start : ln.start]:
            return None
        return org if org and not org.startswith("中共") and not org.endswith(("人民政府", "政府")) else None
    return None


def _party(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>委 (and 党委 with no body): 中共<place>委员会. A bare 市委/县委 after a province's title (湖北省副省长甲，
    市委书记乙) is not the province's: the chain's place above its level is left for the level's own place."""
    youth = _youth_head(ln)
    if youth is not None:  # 团市委书记, 共青团广西区委副书记: the Youth League's committee of that place
        got = _party(ch, replace(ln, head=youth), row)
        party = got[0] if got else None
        return (
            YOUTH_LEAGUE + party[2:] if party and party.startswith("中共") and party.endswith("委员会") else None
        ), None
    place = ch.place
    level = post_rules()["level_places"].get(ln.level)
    if place and not ln.head and level in BELOW_PROVINCE and place_of(place) and not _at_level(place, level):
        place = None
    target = place or (_level_where(ch, ln) if not ln.head else None) or ln.head or None
    if (
        target
        and target == ln.head
        and not place_of(target)
        and ln.level[:1] in "省市县区"
        and not target.endswith(ln.level[0])
        and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", target)
    ):
        target = ch.place = target + ln.level[0]  # 东海市委 of a place the data lacks: 东海市
    p = place_of(target) if target else None
    if p and re.search(r"特别行政区|台湾", (p.province or "") + p.name):
        return None, None  # no Party committee there: 市委书记 in a Hong Kong story names none
    return (party_of(target) if target else None), None


def _youth_head(ln: _Link) -> str | None:
    """The place head of a Youth League committee's link (团|市委: "", 共青团广西|区委: 广西); None for any other link
    (data/org_generic.yaml youth_league, youth_league_short)."""
    if (
        ln.head.endswith(YOUTH_LEAGUE[-1:])
        and YOUTH_SHORT.fullmatch(ln.head[-1:] + ln.level)
        and not ln.head.endswith(YOUTH_LEAGUE)
    ):
        return ln.head[:-1]
    if ln.head.startswith(YOUTH_LEAGUE) and len(ln.head) > len(YOUTH_LEAGUE):
        return ln.head[len(YOUTH_LEAGUE) :]
    return None


def _discipline(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>纪委: 中共<place>纪律检查委员会; a body's 纪委 (X公司纪委) as written; 纪委 bare after a Party
    committee's title in the chain (省委常委、纪委书记) that committee's, not the dateline's place's; bare after a
    body's title (X集团党委副书记、纪委书记) that body's 纪委, as written."""
    if ln.head and not ch.place and ln.level[:1] not in "省市县区州旗":
        return ln.head + ln.level, None
    if not ln.head and ln.kind == "discipline" and ln.level[:1] not in "省市县区州旗自":
        before = ch.base_org or ""
        if before.startswith("中共") and before.endswith("委员会") and "纪律检查" not in before:
            return discipline_of(before), None
        if before and not before.startswith("中共") and not before.endswith(("政府", "纪委")):
            return before + ln.level, None  # X集团党委副书记、纪委书记: the body's 纪委, as written
    got = _party(ch, ln, row)
    party = got[0] if got else None
    if party and party.endswith("委员会"):
        return discipline_of(party), None
    return ((ln.head + ln.level) if ln.head else None), None


def _party_unit(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>委政法委: `body` of 中共<place>委员会 (中共<place>委员会政法委员会); 政法委 bare after a Party committee's
    title in the chain (省委副书记、政法委书记) that committee's; a body's unit (X公司政法委) as written. The title is the
    bare role (书记), as the probes' gold writes it (b54)."""
    levels = lexicon().levels
    party_level = max((w for w, k in levels.items() if k == "party" and ln.level.startswith(w)), key=len, default="")
    party = None
    if party_level:
        got = _party(ch, replace(ln, level=party_level), row)
        party = got[0] if got else None
    elif not ln.head and ch.base_org and ch.base_org.startswith("中共") and ch.base_org.endswith("委员会"):
        party = ch.base_org
    elif ln.head:
        # (广西壮族自治区|党委政法委: the place and the committee's level written whole, a unit of that committee)
        return party_unit_of(ch.doc, ch.article, ln.head + ln.level, ln.start) or ln.head + ln.level, ln.role
    if not party or not party.endswith("委员会"):
        return None, ln.role
    return row.body.format(party=party), ln.role


def _gov(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """<place>政府: <place>人民政府; a country's 政府 as written (越南政府副总理)."""
    if ln.head in country_names():
        ln.written = ""
        return ln.head + "政府", None
    # 河北省委副书记…，衡水地区行署专员X: a prefecture's office is of the prefecture named, not the chain's province
    prefecture = None
    if ln.level in post_rules()["prefecture_levels"]:
        named = re.search(r"[\u4e00-\u9fff]{2,4}?地区$", re.sub(r"^.*?(?:省|自治区)", "", ln.head or ""))
        prefecture = named.group() if named else _recent_prefecture(ch, ln)
    where = prefecture or ch.place or (_level_where(ch, ln) if not ln.head else _where(ch))
    return (gov_of(where) if where else None), None


def _level_where(ch: _Chain, ln: _Link) -> str | None:
    """The place of a bare level word (省委, 自治区党委, 市政府) seen from the article's place: its
    province, city or county at that level, else the article's place."""
    if ln.level in post_rules()["prefecture_levels"]:
        return _recent_prefecture(ch, ln)
    where = _where(ch)
    level = post_rules()["level_places"].get(ln.level)
    if ln.level.startswith(REGION) and not ch.place:
        where = _region_named(ch, ln.start) or where  # 福建省和宁夏回族自治区…，自治区党委副书记X: 宁夏's
    if not where or not level or not place_of(where):
        return where
    if level in BELOW_PROVINCE and not _at_level(where, level):
        # 区委书记 in a city's paper: the district named last, not the city; 市委书记 in a province's paper: the
        # city named last before (as 市长 there), else none
        return _recent_place(ch, ln, level)
    return level_place(where, level)


REGION = "自治区"


def _region_named(ch: _Chain, before: int) -> str | None:
    """The autonomous region named last before `before` in the article, when the article's place is no region."""
    home = place_of(article_place(ch.doc, ch.article) or "")
    if home is not None and (home.province or home.name).endswith(REGION):
        return None
    named = [
        p.name
        for m in sorted(ch.doc.mentions, key=lambda x: x.start)
        if m.article == ch.article
        and m.kind == "place"
        and m.start < before
        and (p := place_of(m.canonical or m.text)) is not None
        and p.level == "province"
        and p.name.endswith(REGION)
    ]
    return named[-1] if named else None


def _company_board(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """X公司董事会独立董事: the board (post_rules.yaml company_boards) is no body of its own, the post is the
    company's, its title the one written after the board."""
    board = next((b for b in post_rules()["company_boards"] if ln.head.endswith(b)), None)
    body = ln.head[: -len(board)] if board else ""
    if len(body) < 2 or type_of(canonical(ch.doc, ch.article, body)) not in ("company", "bank"):
        return None
    org = canonical(ch.doc, ch.article, body, ln.start)
    ch.base_org, ln.written = org, body
    return org, None


def _company_unit(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """X基金市场部副总监: the unit joins the title, the post is the company's."""
    if not ln.head_org:
        return None
    for unit in post_rules()["company_units"]:
        body = ln.head[: -len(unit)]
        if (
            ln.head.endswith(unit)
            and len(body) >= 2
            and type_of(canonical(ch.doc, ch.article, body)) in ("company", "bank")
        ):
            org = canonical(ch.doc, ch.article, body, ln.start)
            ch.base_org, ln.written = org, body
            return org, unit + ln.role
    return None


def _bare_unit(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """公安部党委委员、政治部主任: a bare unit after a body's title is that body's unit."""
    if ln.head not in post_rules()["bare_units"] or not ch.base_org:
        return None
    if ln.head in post_rules()["bare_units_as_bodies"]:
        return ch.base_org + ln.head, ln.role  # (司法部新闻发言人、办公厅副主任: the ministry's 办公厅, ext76)
    ln.written = ""
    return ch.base_org, ln.head + ln.role


def _trip_group(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """访华团团长, 日本某府经济交流团团长: a group of one trip named by no body (event_kinds.yaml: delegations) is
    no organisation; its head holds no post of it."""
    head = ln.prefix
    group = next((g for g in load("event_kinds.yaml")["delegations"] if head.endswith(g)), None)
    if group is None or _names_a_body(head[: -len(group)]):
        return None
    return None, None


CONGRESS = re.compile(r"人民代表大会常务委员会$|人大常委会$|政治协商会议.*委员会$|政协$")


def _congress_committee(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """全国政协常委、经济委员会副主任: a committee written bare after a congress or CPPCC post is that body's (a
    工作委员会 the standing committee's, a special committee the congress's; b76).

    >>> _congress_committee(_Chain(None, 0, base_org="全国人民代表大会常务委员会"), _Link(0, "外事委员会", "主任委员"), None)
    ('全国人民代表大会外事委员会', None)
    """
    if (
        not ch.base_org
        or not CONGRESS.search(ch.base_org)
        or not re.fullmatch(r"[^省市县区人政]{2,8}委员会", ln.prefix)
    ):
        return None
    parent = ch.base_org if ln.prefix.endswith("工作委员会") else re.sub(r"常务委员会$|常委会$", "", ch.base_org)
    return parent + ln.prefix, None


def _head_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """A body named before the title (山西鹏飞集团有限公司董事长): that body."""
    if not ln.head_org:
        return None
    ch.base_org = ln.head_org
    return ln.head_org, None


def _gov_role(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """副市长, 县长, 秘书长 (自治区主席): the people's government of the place."""
    rules = post_rules()
    if ln.role in ("秘书长", "副秘书长") and ch.base_org:
        return ch.base_org, None  # 市委常委兼秘书长, 学会副理事长兼秘书长: the body the chain named before
    where = ch.place or _where(ch)
    if not where:
        return None
    p = place_of(ch.place) if ch.place else None
    if ln.role in rules["gov_roles"] or ln.role in rules["province_gov_roles"] and p and p.level == "province":
        level = next((v for k, v in rules["gov_role_levels"].items() if ln.role.endswith(k)), None)
        if level and place_of(where):
            where = level_place(where, level) if ch.place or _at_level(where, level) else _recent_place(ch, ln, level)
            if not where:  # 副省长 in a city's paper: the province's; 市长 in a province's paper: the city
                return None, None  # named last before, else none
        return gov_of(where), None
    return None


LEVEL_OF = {"省": "province", "市": "city", "县": "county", "区": "county", "州": "city", "盟": "city"}
BELOW_PROVINCE = tuple(level for level in LEVEL_OF if level != "省")  # the level words a province's place is above


def _at_level(where: str, level: str) -> bool:
    """Is the place at the level word's level or below it (县长 in a county's paper, 副省长 in a city's)?"""
    p = place_of(where)
    return p is not None and LEVEL_RANK.get(p.level, 0) >= LEVEL_RANK[LEVEL_OF.get(level, "province")]


def _recent_place(ch: _Chain, ln: _Link, level: str) -> str | None:
    """The place of the level word's level named last before the title in its article (河北省阜平县县委书记…
    县长X: 阜平县), else the article's place seen at that level when there is one."""
    want = LEVEL_OF.get(level)
    best = None
    for m in ch.doc.mentions:
        if m.article == ch.article and m.kind == "place" and m.start < ln.start:
            p = place_of(m.canonical or m.text)
            if (
                p
                and p.level == want
                and (level != "市" or not p.name.endswith("县"))
                and (level not in ("州", "盟") or p.name.endswith(level))  # 州长: an autonomous prefecture
            ):
                best = p.name
    if best:
        return best
    where = _where(ch)
    if where and level in ("县", "区"):
        return _county_named(ch.doc, ch.article, where, level)
    return level_place(where, level) if where and level in ("省", "市") else None


def _county_named(doc: Doc, article: int, where: str, level: str) -> str | None:
    """The one county (or district) of the city `where` ending in the level word that the article names
    anywhere, inside a body's name too (扬州 story: 邗江县农机站…县委书记 -> 邗江县), else None."""
    p = place_of(where)
    art = doc.facts.articles[article] if p and p.level == "city" and article < len(doc.facts.articles) else None
    if art is None or p is None:
        return None
    named = {
        q.name
        for _, _, w in scan(lexicon().place_ac, (art.title or "") + "\n" + (art.body or ""))
        if (q := place_of(w)) and q.level == "county" and q.city == p.name and q.name.endswith(level)
    }
    return named.pop() if len(named) == 1 else None


def _below_shared(prefix: str, place: str) -> bool:
    """Is a bare county or district level word (县委, 区长) below the place the name before it in a list
    holds (扬州市副市长甲、县委书记乙: the county is not 扬州市)?"""
    p = place_of(place)
    return (
        prefix[:1] in "县区"
        and prefix in lexicon().levels
        and p is not None
        and LEVEL_RANK[p.level] < LEVEL_RANK["county"]
    )


def _title_repeated(links: list[tuple[int, str, str]], before: str | None) -> bool:
    """Is the chain one bare title, the same as the last title of the chain of the name before it in a list
    (温州市副市长甲，副市长乙)?

    >>> _title_repeated([(9, "", "副市长")], "副市长"), _title_repeated([(9, "", "市长")], "副市长")
    (True, False)
    """
    return len(links) == 1 and not links[0][1] and links[0][2] == before


def _recent_prefecture(ch: _Chain, ln: _Link) -> str | None:
    """The prefecture (地区) named last before the title in its article (河南省周口地区…行署专员X: 周口地区), or the
    article's place when it is one."""
    best = None
    arts = ch.doc.facts.articles
    body = (arts[ch.article].body or "") if ch.article < len(arts) else ""
    for m in ch.doc.mentions:
        if m.article == ch.article and m.kind == "place" and m.start < ln.start:
            p = place_of(m.canonical or m.text)
            if p and p.name.endswith("地区"):
                best = p.name
            elif body.startswith(("地区", "地委"), m.end) or m.text.endswith("地区"):
                best = m.text.removesuffix("地区") + "地区"  # 周口地区, 陇南地委: a prefecture since made a city
    where = _where(ch)
    return best or (where if where and where.endswith("地区") else None)


DEPUTY = re.compile(r"^(?:常务)?副")
HELD_BEFORE = tuple(load("post_rules.yaml")["held_before"])
HELD_BEFORE_MAX = max(map(len, HELD_BEFORE))


def _sibling(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """主任X主持会议，副主任A、B出席: a bare title after a post of the same role word (its deputy or
    the same) earlier in the sentence is in that post's body."""
    if ln.head or ch.base_org:
        return None
    body = ch.doc.facts.articles[ch.article].body or ""
    base = DEPUTY.sub("", ln.role)
    for start, role, org in reversed(ch.doc.memo.post_orgs.get(ch.article, [])):
        if start >= ln.start:
            continue
        between = body[start : ln.start]
        if "\n" in between or not ln.former and re.search(r"[。！？]", between):
            return None  # 前任发言人X: the post named before in the paragraph, not only in the sentence
        if not re.search(r"[。！？]", between) and (
            DEPUTY.sub("", role) == base and role != ln.role or role == ln.role
        ):
            return org, None
        if ln.former and body[max(0, start - HELD_BEFORE_MAX) : start].endswith(HELD_BEFORE):
            continue  # 吴某曾任乙分行行长。前任行长郑某: the predecessor in the post held now
        if ln.former and (role == ln.role or role.endswith(ln.role) and not DEPUTY.match(role)):
            return org, None  # 原总经理X after 聘任甲为公司总经理 (not after 乙集团副总经理)
    return None


def _listed_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """选举甲为市人大常委会主任，乙为副主任，丙为秘书长 / 甲当选为会长，…，丙当选为秘书长: a bare title listed after
    another post of the same sentence is in that post's body (not the government's), unless that is a Party
    committee's (市委书记甲、秘书长乙 says nothing of whose). A post told in the title's own clause is the one the
    holder held before (原市工商局副局长丙当选秘书长), not a post listed before."""
    if ln.head or ch.base_org:
        return None
    body = ch.doc.facts.articles[ch.article].body or ""
    clause = max(body.rfind(c, 0, ln.start) for c in "，；：、")
    for start, _role, org in reversed(ch.doc.memo.post_orgs.get(ch.article, [])):
        if start >= ln.start or start > clause:
            continue
        if re.search(r"[。！？\n]", body[start : ln.start]):
            return None
        return (org, None) if org and not org.startswith("中共") else None
    return None


def _inherited(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """董事局主席兼总裁: a bare title is in the body of the link before (a government title after a
    Party committee's: that place's government, 市委副书记、市长)."""
    if ln.head_org or not ch.base_org:
        return None
    party = re.fullmatch(r"中共(.+)委员会", ch.base_org)
    if party and ln.role in post_rules()["gov_roles"]:
        return gov_of(party.group(1)), None
    # (甲总厂办公室主任、副厂长: the unit the title heads, not its department; post_rules.yaml unit_heads)
    unit = post_rules()["unit_heads"].get(re.sub(r"^(?:常务副|第一副|副)", "", ln.role))
    k = ch.base_org.rfind(unit) if unit and not ch.base_org.endswith(unit) else -1
    if k >= 2 and len(ch.base_org) - k > 2 and ch.base_org.endswith(tuple(post_rules()["unit_departments"])):
        return ch.base_org[: k + 1], None
    return ch.base_org, None


def _zone_head(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """In a zone's chain, 主任 heads its 管理委员会."""
    if ln.head_org or not ch.zone:
        return None
    return row.body.format(zone=ch.zone), None


def _board_company(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """随后召开的第六届董事会第一次会议选举甲为董事长: a board title given in a sentence where a board, a supervisory board
    or a shareholders' meeting is named bare (post_rules.yaml bare_board) is in the company the article's announcement
    is of (its stock code, its 公告), not in the company named last (a guest's group told just before)."""
    if ln.head or ch.base_org:
        return None
    body = ch.doc.facts.articles[ch.article].body or ""
    opened = max(body.rfind(c, 0, ln.start) for c in "。！？\n") + 1
    if not post_rules()["bare_board"].search(body[opened : ln.start]):
        return None
    written = company_announcing(ch.doc, ch.article, ln.start)
    if not written:
        return None
    org = canonical(ch.doc, ch.article, written, ln.start)
    ch.base_org, ln.written = org, ""
    return org, None


def _last_company(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """总经理X with no body written: the company named last before it in the article; far from any, the one a bare
    公司 there would stand for (the announcing one, the listed one, the last one named), else the one named most."""
    if ln.head or ch.base_org:
        return None
    index = ch.doc.memo.company_mentions
    if index is None:  # article -> (starts, names) of the companies named, in text order
        index = ch.doc.memo.company_mentions = {}
        for x in sorted(
            (x for x in ch.doc.mentions if x.kind == "org" and x.org_type in ("company", "bank")), key=lambda x: x.start
        ):
            body = ch.doc.facts.articles[x.article].body or "" if x.article < len(ch.doc.facts.articles) else ""
            if not ANAPHOR_WORD.match(x.text) and not past_employer(body, x.start):
                starts, names = index.setdefault(x.article, ([], []))
                starts.append(x.start)
                names.append(x.text)
    starts, names = index.get(ch.article, ([], []))
    k = bisect.bisect_right(starts, ln.start)
    if not k:
        return None
    body = ch.doc.facts.articles[ch.article].body or ""
    near = starts[k - 1] > ln.start - 100 and "\n" not in body[starts[k - 1] : ln.start]
    told = None if near else company_told(ch.doc, ch.article, ln.start)
    if near:
        written, at = names[k - 1], starts[k - 1]
    elif told:  # (甲股份今日公告，…聘任财务总监乙兼任董事会秘书, far from any company: the one 公司 stands for there)
        written, at = told, ln.start
    else:  # far from any: the company the article names most
        counts: dict[str, int] = {}
        for n in names:
            counts[n] = counts.get(n, 0) + 1
        written = max(names[:k], key=lambda n: (counts[n], len(n)))
        at = starts[names.index(written)]
    org = canonical(ch.doc, ch.article, written, at)
    ch.base_org, ln.written = org, ""
    return org, None


def _last_org_before(ch: _Chain, ln: _Link, fits: Callable[[Mention], bool]) -> Answer:
    """The organisation mention that `fits`, named last before the link in its article, as the chain's body."""
    if ln.head or ch.base_org:
        return None
    named = [
        x for x in ch.doc.mentions if x.article == ch.article and x.kind == "org" and x.end <= ln.start and fits(x)
    ]
    if not named:
        return None
    last = max(named, key=lambda x: x.start)
    org = canonical(ch.doc, ch.article, last.text, last.start)
    ch.base_org, ln.written = org, ""
    return org, None


def _last_association(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """大会选举X为会长, 当选为副会长 with no body written: the association named last before it in the article."""
    return _last_org_before(ch, ln, lambda x: x.org_type == "association")


def _last_named(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """总指挥X with no body written: the body ending in the row's `body` (指挥部) named last before it."""
    return _last_org_before(ch, ln, lambda x: x.text.endswith(row.body))


@cache
def countries() -> tuple[str, ...]:
    """data/countries.txt, longest first."""
    return tuple(sorted(load("countries.txt"), key=len, reverse=True))


@cache
def _countries_by_first() -> dict[str, tuple[str, ...]]:
    """`countries` by their first char, each tuple in the order of `countries` (longest first)."""
    out: dict[str, list[str]] = {}
    for c in countries():
        out.setdefault(c[:1], []).append(c)
    return {k: tuple(v) for k, v in out.items()}


@cache
def country_names() -> frozenset[str]:
    """data/countries.txt as a set, for lookups."""
    return frozenset(countries())


def _country(head: str) -> str | None:
    """The country (data/countries.txt) the head begins with."""
    return next((c for c in countries() if head.startswith(c)), None)


def _embassy(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """中国驻美国大使 -> 中国驻美国大使馆; a mission written in full before its title (韩国驻青岛总领事馆总领事) is itself."""
    if "驻" not in ln.head:
        return None
    ln.written = ln.head
    if ln.head.endswith(row.body.replace("{head}", "")):
        return ln.head, None
    return row.body.format(head=ln.head), None


def _ministry(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """俄罗斯内务部长 -> 俄罗斯内务部."""
    country = _country(ln.head)
    if not country or len(ln.head) <= len(country) or ln.head.endswith(("部", "委")):
        return None
    ch.country = country
    ln.written = ln.head
    return row.body.format(head=ln.head), None


def _state(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """日本首相 -> 日本政府; a bare one after a post of the country before it (法国总统甲和总理乙) as well."""
    country = _country(ln.head) if ln.head else ch.country
    if not country or ln.head and ln.head != country:
        return None
    ch.country = country
    ln.written = ln.head
    return row.body.format(country=country), None


def _state_body(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """法国外长 -> 法国外交部: a body of the country's government (the country is no alias of it); a bare 外长
    after a country's post in the chain (越南副总理兼外长) is that country's."""
    country = _country(ln.head) if ln.head else ch.country
    if not country or ln.head and ln.head != country:
        return None
    ch.country = country
    ln.written = ""  # registered with no alias
    return row.body.format(country=country), None


def _country_at(head: str) -> int:
    """Where the last country named in a prefix begins (会见了俄罗斯 -> 3), or -1; a country's name
    that ends a division's (蒙古 of 内蒙古自治区) names no country.

    >>> _country_at("会见了俄罗斯"), _country_at("内蒙古自治区"), _country_at("美国俄亥俄州")
    (3, -1, 0)
    """
    best, k = -1, 0
    by_first = _countries_by_first()
    while k < len(head):
        # the longest (埃塞俄比亚, not 俄)
        c = next((c for c in by_first.get(head[k], ()) if head.startswith(c, k)), None)
        if not c:
            k += 1
            continue
        placed = any(place_of(head[j : k + len(c)]) for j in range(max(0, k - 2), k))  # (蒙古 of 内蒙古)
        if not placed and not _inside_longer(head, k, c):
            best = k
        k += len(c)
    return best


@cache
def _longer_names(c: str) -> tuple[str, ...]:
    """Countries and foreign divisions whose names hold the country c (俄亥俄州 and 埃塞俄比亚 hold 俄)."""
    names = set(countries()) | set(lexicon().foreign_divisions)
    return tuple(n for n in names if c in n and n != c)


def _inside_longer(head: str, k: int, c: str) -> bool:
    """Is the country c at head[k] part of a longer country's or a foreign division's name there (俄 of 俄亥俄州)?"""
    for n in _longer_names(c):
        j = head.find(n, max(0, k - len(n) + 1))
        if 0 <= j <= k and k + len(c) <= j + len(n):
            return True
    return False


def _foreign_head(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """Words before a country in the head are no part of the body (同法国总统, 会见了越南国会主席): the
    head is cut to begin with the country. Answers nothing: the rules after it read the cut head."""
    k = _country_at(ln.head)
    if k > 0:
        ln.head = ln.head[k:]
        ln.head_org = canonical(ch.doc, ch.article, ln.head, ln.start + k)
        if not ln.level:
            ln.start, ln.prefix = ln.start + k, ln.head  # the alias is the body as written from the country on
    return None


def _country_ministry(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """新加坡副总理兼贸工部长: a field and 部长 after a country's post in the chain name that country's
    ministry (新加坡贸工部), not China's; so does a ministry named by its fields alone before 部长
    (哈萨克斯坦副总理兼贸易和一体化部部长: 哈萨克斯坦贸易和一体化部)."""
    if ch.country and fields_ministry(ln.head):
        ln.written = ""  # registered with no alias (财政部 alone is China's)
        return row.body.format(country=ch.country, field=ln.head[:-1]), None
    if not ch.country or not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", ln.head) or ln.head.endswith(("部", "委")):
        return None
    if place_of(ln.head) or _country(ln.head):
        return None
    ln.written = ""
    return row.body.format(country=ch.country, field=ln.head), None


def _field_ministry(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """外交部长, 中国财政部长: a field and 部长 name the national ministry (外交部, 财政部)."""
    field = ln.head[2:] if ln.head.startswith(("中国", "国家")) else ln.head
    if (
        not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", field)
        or field.endswith(("部", "委", "厅", "局", "办"))
        or place_of(field)
        or type_of(ln.head_org or "") in ("company", "bank")
    ):
        return None
    ln.written = ln.head
    return row.body.format(field=field), None


def _places_only(text: str) -> bool:
    """Is text made of division names only, one after another (湖南株洲市)?"""
    return not text or any(place_of(text[:k]) and _places_only(text[k:]) for k in range(min(len(text), 8), 1, -1))


def _last_of_places(head: str) -> Place | None:
    """The last division of a run of them written together, each holding the next (湖南株洲市炎陵县 -> 炎陵县), or None.

    >>> _last_of_places("湖南株洲市炎陵县").name, _last_of_places("甲乙炎陵县")
    ('炎陵县', None)
    """
    for k in range(2, len(head) - 1):
        last = place_of(head[k:])
        if last and _places_only(head[:k]):
            held = {n for n in (last.city, last.province) if n}
            if all(p is not None and p.name in held for p in map(place_of, _split_places(head[:k]))):
                return last
    return None


def _split_places(text: str) -> list[str]:
    """The division names a run of them is written with (湖南株洲市 -> 湖南, 株洲市)."""
    for k in range(min(len(text), 8), 1, -1):
        if place_of(text[:k]) and _places_only(text[k:]):
            return [text[:k], *_split_places(text[k:])]
    return []


def _written_place(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """如皋市市长, 周庄镇镇长: a place the division data lacks, written with its level, heads its
    people's government."""
    if ln.head_org != ln.head or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}?(?:市|县|区|旗|镇|乡)", ln.head or ""):
        return None
    head = _unlisted_place(ln.head)  # 江苏省如东市: the province before is no part of it
    ch.place = head
    return gov_of(head), None


def _place_party(ch: _Chain, ln: _Link, row: _Row) -> Answer:
    """崇礼县常委: a Party committee's title (the row's roles) right after a division's name with its level word, the
    committee's 委 left out, is in that division's Party committee (中共<place>委员会)."""
    head = ln.head or ""
    p = place_of(head) if re.fullmatch(r"[\u4e00-\u9fff]{1,10}[省市县区州旗盟]", head) else None
    if p is not None and p.name.endswith(head[-1]):
        where = p.name
    elif re.fullmatch(r"[\u4e00-\u9fff]{2,8}?[市县旗]", head):
        where = _unlisted_place(head)  # 张家口崇礼县: a county the division data lacks, after its city
    else:
        return None
    ch.place = where
    party = party_of(where)
    ch.base_org = party
    return party, None


def _unlisted_place(head: str) -> str:
    """A place the division data lacks written with its level word, less a listed place written before it.

    >>> _unlisted_place("江苏省如东市"), _unlisted_place("张家口崇礼县"), _unlisted_place("如东市")
    ('如东市', '崇礼县', '如东市')"""
    for k in range(min(len(head) - 2, 8), 1, -1):
        before = place_of(head[:k])
        if before and (before.name.endswith(head[k - 1]) or before.name[:-1] == head[:k]):
            return head[k:]  # (张家口崇礼县: a city written short before it too)
    return head


CHAIN_RULES: dict[str, Callable[[_Chain, _Link, _Row], Answer]] = {
    "no_body": _no_body,
    "fixed": _fixed,
    "zone_body": _zone_body,
    "cppcc": _cppcc,
    "npc": _npc,
    "sibling": _sibling,
    "village": _village,
    "branch": _branch,
    "town_party": _town_party,
    "town_gov": _town_gov,
    "body_committee": _body_committee,
    "party": _party,
    "gov": _gov,
    "discipline": _discipline,
    "party_unit": _party_unit,
    "company_board": _company_board,
    "company_unit": _company_unit,
    "bare_unit": _bare_unit,
    "embassy": _embassy,
    "ministry": _ministry,
    "state": _state,
    "state_body": _state_body,
    "head_body": _head_body,
    "congress_committee": _congress_committee,
    "trip_group": _trip_group,
    "gov_role": _gov_role,
    "inherited": _inherited,
    "listed_body": _listed_body,
    "zone_head": _zone_head,
    "board_company": _board_company,
    "last_company": _last_company,
    "last_association": _last_association,
    "last_named": _last_named,
    "national": _national,
    "home_body": _home_body,
    "foreign_head": _foreign_head,
    "country_ministry": _country_ministry,
    "field_ministry": _field_ministry,
    "written_place": _written_place,
    "place_party": _place_party,
}


def _row(i: int, spec: dict) -> _Row:
    """A row of data/chain_rules.yaml, its rule and its roles looked up."""

    def bad(problem: str) -> LexiconError:
        return LexiconError("extract/data/chain_rules.yaml", 0, f"rules[{i}]: {problem}")

    rule = CHAIN_RULES.get(spec["rule"])
    if rule is None:
        raise bad(f"unknown rule {spec['rule']!r} (the rules: {', '.join(CHAIN_RULES)})")
    roles = spec.get("roles")
    if isinstance(roles, str):
        if roles not in post_rules():
            raise bad(f"roles {roles!r} is no key of post_rules.yaml")
        roles = post_rules()[roles]
    unknown = [k for k in spec.get("kinds", []) if k not in set(lexicon().levels.values())]
    if unknown:
        raise bad(f"kind {unknown[0]!r} is no kind of data/level_prefixes.txt")
    return _Row(
        rule,
        frozenset(spec["kinds"]) if "kinds" in spec else None,
        spec.get("level") is False,
        frozenset(roles) if roles is not None else None,
        spec.get("body", ""),
    )


@cache
def chain_rules() -> tuple[tuple[_Row, ...], dict[str, str]]:
    """data/chain_rules.yaml: the rows in the order they are tried, and the alias of each level kind."""
    table = load("chain_rules.yaml")
    return tuple(_row(i, spec) for i, spec in enumerate(table["rules"])), dict(table["aliases"])


def _org_of(ch: _Chain, ln: _Link) -> Answer:
    """The first answer of the rules of data/chain_rules.yaml tried for this link, else None."""
    for row in chain_rules()[0]:
        if row.applies(ln):
            got = row.rule(ch, ln, row)
            if got is not None:
                return got
    return None


def _foreign_city_gov(doc: Doc, article: int, org: str | None) -> str | None:
    """A foreign city's government is its 市政府 as written, not a 人民政府 (韩国甲市政府…。甲市副市长乙: 甲市政府):
    a city no list holds, written after a country (data/countries.txt) in the body, or with it (日本甲市副市长).

    >>> _foreign_city_gov(None, 0, "日本某某市人民政府")
    '日本某某市政府'
    """
    head = org.removesuffix("人民政府") if org and org.endswith("市人民政府") else None
    if head is None or place_of(head) is not None:
        return org
    home = post_rules()["home_country"]
    if _country(head) not in (None, home):
        return head + "政府"
    arts = doc.facts.articles if doc is not None else []
    body = (arts[article].body or "") if article < len(arts) else ""
    abroad = [c for c in countries() if c != home]
    if any(body[: m.start()].endswith(tuple(abroad)) for m in re.finditer(re.escape(head), body)):
        return head + "政府"
    return org


def _register_post_org(ch: _Chain, ln: _Link, org: str) -> None:
    """Add a post's org to the page's registry, the prefix as written as its alias when it names it."""
    alias: str | None
    if ln.written is not None:
        alias = ln.written
    else:
        alias = {"prefix": ln.prefix, "head": ln.head, "none": None}[
            chain_rules()[1].get(ln.kind, "head") if ln.level else "prefix"
        ]
    if alias and (
        alias == org
        or re.fullmatch(
            r"[省市县区州旗]委|(?:[省市县区州旗]|自治区)?(?:(?:人民)?政府|纪委)|管委会|党工委|纪工委|党委|党组", alias
        )
        or alias in post_rules()["bare_levels"]  # 省人大常委会: the level word 省 is no alias
    ):
        alias = None
    lx = lexicon()
    bare = (
        org not in lx.abbrevs
        and org not in lx.abbrev_fulls
        and not any(e == len(org) - 1 for e, _w in lx.suffix_ac.iter(org))
        and not org.endswith("会")
    )
    typ = "company" if bare and ln.role in post_rules()["company_roles"] else None  # 东风日产总经理
    typ = post_rules()["body_types"].get(org) or typ
    register(ch.doc, org, alias=alias, typ=typ, located_in=located(ch.doc, ch.article, org))


@extractor("posts")
def posts(doc: Doc) -> None:
    """Persons and the posts their title chains give them."""
    tidy_org_mentions(doc)
    ensure_zone_mentions(doc)
    lx = lexicon()
    people: dict[str, Person] = {}
    authors = {a for art in doc.facts.articles for a in art.authors}
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        by_article.setdefault(m.article, []).append(m)
    for i, art in enumerate(doc.facts.articles):
        text = art.body or ""
        ms = by_article.get(i, [])
        titles_by_end = {m.end: m.text for m in ms if m.kind == "title"}
        orgs_by_end: dict[int, str] = {}
        for m in ms:
            if m.kind == "org" and len(m.text) > len(orgs_by_end.get(m.end, "")):
                orgs_by_end[m.end] = m.text
        ms = ms + _grammar_names(text, i, ms, authors)
        persons = sorted((m for m in ms if m.kind == "person"), key=lambda m: m.start)
        told = _Told()  # what the title chains told so far, by the end of the name given the post
        person_by_end, title_by_start, org_by_end, place_by_end = _by_offset(ms)
        for m in persons:
            name = m.canonical or m.text
            if name in lx.levels or name in lx.org_suffixes:
                continue  # 党委书记 read as a name before 书记
            if name in authors and m.start >= 2 and text[max(0, m.start - 4) : m.start].endswith(("记者", "通讯员")):
                continue
            src = source_at(doc, i, m.start)
            person = people.get(name)
            if person is None:
                person = people[name] = Person(name=name)
            if src not in person.sources and len(person.sources) < 20:
                person.sources.append(src)
            new: list[Post] = []
            if (
                m.value in ("title", "known")
                or m.value in ("learned", "names", "grammar")
                and (
                    m.start in titles_by_end
                    or _after_no_post_role(text, m.start, titles_by_end)
                    or _bracketed_title(text, m.start, titles_by_end, orgs_by_end)
                )
            ):
                new = _chain_posts(doc, i, text, m, titles_by_end, orgs_by_end, person_by_end, told)
            elif m.value == "title_after":
                t = title_by_start.get(m.end)
                if t:
                    k = m.start - 1  # before 的: the org
                    orgm = org_by_end.get(k)
                    org = canonical(doc, i, orgm.text, orgm.start) if orgm else None
                    new = [Post(title=t.text, org=org, org_as_written=orgm.text if orgm else None)]
            elif m.value == "org_member":
                # <organisation><name>表示: a person of that body, no title given (an untitled post)
                orgm = org_by_end.get(m.start)
                if orgm:
                    org = canonical(doc, i, orgm.text, orgm.start)
                    new = [Post(title="", org=org, org_as_written=orgm.text)]
            elif m.value == "famous":
                for title, org in famous_posts().get(name, []):
                    if text.startswith(title, m.end):
                        new = [Post(title=title, org=org)]
                        register(doc, org, typ=post_rules()["body_types"].get(org))
            if not new and (at := _called_title_end(text, m.start, titles_by_end, person_by_end)) is not None:
                new = resolve_chain(doc, i, read_chain(text, at, titles_by_end, orgs_by_end))
            if not new and m.end in title_by_start:  # (胡锦涛副主席: a title the famous list does not give; ext67)
                new = _title_after_name(doc, i, text, m, title_by_start[m.end], org_by_end, place_by_end)
                new += _joined_after_name(doc, i, text, m, title_by_start, org_by_end, place_by_end) if new else []
                _share_with_list(doc, i, text, m, new, person_by_end, people)
            new = _delegation(
                doc, i, text, m.end, new + _appointed(doc, i, text, m, titles_by_end, orgs_by_end, people)
            )
            for p in new:
                p.source = src
                if not any(q.title == p.title and q.org == p.org for q in person.posts):
                    person.posts.append(p)
        _career_posts(doc, i, text, persons, people, titles_by_end, orgs_by_end)
        _went_to_head(doc, i, text, persons, people, titles_by_end, orgs_by_end)
        _modifier_posts(doc, i, text, people, titles_by_end, orgs_by_end)
        _author_note(doc, i, text, art.authors, people, titles_by_end, orgs_by_end)
        _bracket_note(doc, i, text, persons, people, titles_by_end, orgs_by_end)
        _in_capacity(doc, i, text, persons, people, titles_by_end, orgs_by_end)
        _told_by_post(doc, i, text, ms, people)
    for person in people.values():
        person.posts = [p for p in person.posts if not _repeated_bare(p, person.posts) and _body_given(p)]
    doc.facts.persons = [p for p in people.values() if p.name not in authors or p.posts]


@dataclass
class _Told:
    """What an article's title chains told, by the end of the name given the post: the place named (甲区委书记张三),
    the body named last (甲银行行长张三), the country, the last title (with a place named)."""

    place: dict[int, str] = field(default_factory=dict)
    body: dict[int, str] = field(default_factory=dict)
    country: dict[int, str] = field(default_factory=dict)
    title: dict[int, str] = field(default_factory=dict)


def _by_offset(
    ms: list[Mention],
) -> tuple[dict[int, Mention], dict[int, Mention], dict[int, Mention], dict[int, Mention]]:
    """The first person mention by its end, title by its start, org and place by their ends (`posts`' look-ups)."""
    # first mention of each kind by offset, looked up instead of searched for (a run-on
    # article has tens of thousands of mentions)
    person_by_end: dict[int, Mention] = {}
    title_by_start: dict[int, Mention] = {}
    org_by_end: dict[int, Mention] = {}
    place_by_end: dict[int, Mention] = {}
    for x in ms:
        if x.kind == "place":
            place_by_end.setdefault(x.end, x)
        if x.kind == "person":
            person_by_end.setdefault(x.end, x)
        elif x.kind == "title":
            title_by_start.setdefault(x.start, x)
        elif x.kind == "org":
            org_by_end.setdefault(x.end, x)
    return person_by_end, title_by_start, org_by_end, place_by_end


def _chain_posts(
    doc: Doc,
    i: int,
    text: str,
    m: Mention,
    titles_by_end: dict[int, str],
    orgs_by_end: dict[int, str],
    person_by_end: dict[int, Mention],
    told: _Told,
) -> list[Post]:
    """The posts of a name right after a title (省委书记甲; 副局长甲、乙: the chain read back from the name), the chain
    told before it shared where the text says so (甲区委书记张三、区长李四), and what this one tells noted in `told`."""
    # a name right after a title holds it, whichever reader found the name (or after a title and a
    # duty that names no body: 省委书记、省级总河长X)
    # the name may be one of a list after a title: go back over 、-separated names
    s = m.start
    if m.value == "title" and s not in titles_by_end and (s - 1) in titles_by_end:
        s -= 1  # 部长官李揆: the title's last char glued to the next word (mentions._glued)
    while s > 0 and text[s - 1] == "、":
        prev = person_by_end.get(s - 1)
        if not prev:
            break
        s = prev.start
    # 副局长甲和乙出席: the second of a pair the mention reader took as the title's (mentions._second_of_pair)
    if s == m.start and m.value == "title" and s > 0 and text[s - 1] == "和" and s not in titles_by_end:
        prev = person_by_end.get(s - 1)
        s = prev.start if prev else s
    links = read_chain(text, s, titles_by_end, orgs_by_end)
    links = _after_named_holder(links, person_by_end)
    # 甲区委书记张三、区长李四: a chain right after the name before it shares its place
    # (and its body: 甲银行行长张三、副行长李四)
    after_name = links and text[links[0][0] - 1 : links[0][0]] in ("、", "，")
    shared = told.place.get(links[0][0] - 1) if after_name else None
    shared = None if shared and _below_shared(links[0][1], shared) else shared
    # 温州市副市长甲，副市长乙: the same bare title again is another place's (the article's), or the
    # names would share it (温州市副市长甲、乙)
    shared = None if shared and _title_repeated(links, told.title.get(links[0][0] - 1)) else shared
    # (甲论坛主席乙、总干事丙及主任丁: the last of a list joined by 及/和 shares the body too)
    listed = after_name or links and text[links[0][0] - 1 : links[0][0]] in ("和", "及")
    base = told.body.get(links[0][0] - 1) if listed and not links[0][1] else None
    joined = links and text[links[0][0] - 1 : links[0][0]] in ("、", "，", "和", "及")
    country = told.country.get(links[0][0] - 1) if joined and not links[0][1] else None
    new, ch = _resolve(doc, i, links, shared, base, country)
    if links and looks_foreign(m.canonical or m.text):
        # 副总理涅姆佐夫, 总理基里延科: a bare national title before a transliterated name is no post of
        # China's national body (as 马丁内斯总理 after the name); its body is not written. So too when
        # another title of the chain names its body (副总理兼某某部长甲: the ministry's post kept)
        fixed = post_rules()["fixed_orgs"]
        # (前总理甲: a former post's word is no body's name)
        bare = {x[2] for x in links if not x[1] or x[1] in post_rules()["former"]}
        new = [Post(title=p.title) if p.org and fixed.get(p.title) == p.org and p.title in bare else p for p in new]
    if ch.country and links:
        told.country[m.end] = ch.country
    if ch.place and links:
        told.place[m.end] = ch.place
        told.title[m.end] = links[-1][2]
    if ch.base_org and links:
        told.body[m.end] = ch.base_org
    return new


def _body_given(post: Post) -> bool:
    """False for a title that is a post only with a body of its kind (post_rules.yaml body_required) and has none.

    >>> _body_given(Post(title="院士", org="中国科学院")), _body_given(Post(title="院士")), _body_given(Post(title="市长"))
    (True, False, True)
    """
    need = post_rules().get("body_required") or {}
    return post.title not in need or bool(post.org and re.fullmatch(need[post.title], post.org))


# a person named after the post was told alone (甲敬老院的院长在会上介绍了经验，他叫乙): the name is the post's holder
CALLED = tuple(load("person_words.yaml")["called_after_post"])


def _called_title_end(text: str, start: int, titles_by_end: dict[int, str], person_by_end: dict) -> int | None:
    """Where the last title of the sentence before `，他叫<name>` ends when no name follows it (甲中心主任是一位…专家，
    他叫乙; b70): the name is its holder. None when the name is not so introduced or the title has a name after it."""
    if not text.endswith(CALLED, 0, start):
        return None
    lo = max(text.rfind(c, 0, start - 3) for c in "。；！？\n") + 1
    for end in sorted((e for e in titles_by_end if lo < e <= start - 3), reverse=True):
        if any(p.start == end for p in person_by_end.values()):
            return None  # (副局长甲说…，他叫: the title's holder is named already)
        return end
    return None


# a person told again by post alone after 该 and the level of its place (…区长甲…。在该区区长陪同下: 甲)
TOLD_BY_POST = re.compile(r"该[省市县区州旗]")


def _told_by_post(doc: Doc, i: int, text: str, ms: list, people: dict[str, Person]) -> None:
    """该区区长, 该市市长 with no name after it: a person mention of the one person of the page holding that post (the
    place the last of that level named before it), so that the events find who was there."""
    named = {m.start for m in ms if m.kind == "person"}
    for t in (m for m in ms if m.kind == "title"):
        a = t.start - 2
        if a < 0 or not TOLD_BY_POST.fullmatch(text[a : t.start]) or t.end in named:
            continue  # (该市市长乙: named)
        want = [p for p in resolve_chain(doc, i, [(a, text[a : t.start], t.text)]) if p.org]
        if not want:
            continue
        holders = [
            p.name
            for p in people.values()
            if any(q.org == want[0].org and q.title.endswith(want[0].title) for q in p.posts)
        ]
        if len(holders) == 1:
            doc.mentions.append(
                Mention(text[a : t.end], "person", i, a, t.end, canonical=holders[0], value="post_only")
            )


def _share_with_list(doc: Doc, i: int, text: str, m, new: list[Post], person_by_end: dict, people: dict) -> None:
    """甲、乙主席: the names listed with 、 right before a name and its title hold that title too."""
    s = m.start
    while new and s > 0 and text[s - 1] == "、" and (prev := person_by_end.get(s - 1)) is not None:
        person: Person | None = people.get(prev.canonical or prev.text)
        if person is not None:
            _add_copies(person, new, source_at(doc, i, prev.start))
        s = prev.start


def _add_copies(person: Person, posts: list[Post], src: Source) -> None:
    """Copies of these posts, from this source, for a person who holds none of them yet."""
    for p in posts:
        if not any(q.title == p.title and q.org == p.org for q in person.posts):
            person.posts.append(Post(title=p.title, org=p.org, org_as_written=p.org_as_written, source=src))


def _repeated_bare(post: Post, held: list[Post]) -> bool:
    """A title without its body that repeats one the person holds with a body (韩某副主任 after
    某委副主任韩某): the same post, named the short way."""
    return not post.org and not post.org_as_written and any(q.org and q.title.endswith(post.title) for q in held)


TITLE_AFTER_MIN = -2.0  # the name statistics' score a name needs to take the title after it (as LEARNED_MIN)
NAME_OPENERS = set(load("post_rules.yaml")["name_openers"])
APPOINTER = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['appointer_verbs'])})")
# 免去<name>的<chain>职务: a former post (post_rules.yaml: removal_verbs)
REMOVAL_VERBS = "|".join(load("post_rules.yaml")["removal_verbs"])
REMOVED = re.compile(rf"(?:{REMOVAL_VERBS})")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# 免去甲的X职务，乙的Y职务: a name after a removal told in full shares its verb
REMOVED_MORE = re.compile(
    rf"(?:{REMOVAL_VERBS})[^。；]{{2,50}}?"
    rf"(?:{'|'.join(load('post_rules.yaml')['removed_post_words'])})[，、]$"
)
REMOVED_ITS = re.compile(rf"(?:{REMOVAL_VERBS})其")
CLAUSE_HEAD = re.compile(r"(?:^|[，。；：！？\n])" rf"(?:{'|'.join(load('post_rules.yaml')['clause_openers'])})?")


def _grammar_names(text: str, i: int, ms: list, authors: set) -> list:
    """Names the title grammar shows that the name finder may miss: <body or place><name><title>
    (船舶公司张三总经理), <national title after a name> (，李四副总理), 聘任<name>为<title>, and
    <name>为/任<body>…<title> opening a clause."""
    have = {m.start for m in ms if m.kind == "person"}
    titles_by_end = {m.end: m.text for m in ms if m.kind == "title"}
    orgs_by_end = {m.end: m.text for m in ms if m.kind == "org"}
    ends = {m.end for m in ms if m.kind in ("org", "place")}
    org_starts = {m.start for m in ms if m.kind == "org"}
    fixed = post_rules()["fixed_orgs"]
    out = []

    lx = lexicon()

    def add(p: int, n: str) -> None:
        if any(n[:k] in lx.levels or n[:k] in lx.org_suffixes or n[:k] in lx.titles for k in (2, 3)):
            return  # 党组书记, 党工委书记: a level word, no name
        if p not in have and n not in authors and not place_of(n) and n not in countries():
            out.append(Mention(n, "person", i, p, p + len(n), canonical=n, value="grammar"))
            have.add(p)

    # (江西省冶金厅副厅长: 冶金厅 after the place 江西省 is the end of the body named, no name)
    org_spans = [(m.start, m.end) for m in ms if m.kind == "org"]
    for t in (m for m in ms if m.kind == "title"):
        for k in (3, 2):
            p = t.start - k
            opens = p == 0 or p > 0 and (text[p - 1] in PUNCT or text[p - 1] in NAME_OPENERS)
            if p < 0 or not (p in ends or opens) or any(s < p and e >= t.start for s, e in org_spans):
                continue  # (a name is read only where it may be added: after a body or place, or opening a clause)
            n = name_at(text, p)
            if n and n[-1] in TOWN_LEVELS and t.text.lstrip("常务副").startswith(n[-1]):
                continue  # 谷城县石花镇镇长X: a town before its own head's title, no name
            if n and len(n) == k and (p in ends or opens and (t.text in fixed or _opens_with_name(text, p, t))):
                add(p, n)
                break
    person_at = {m.start: m for m in ms if m.kind == "person"}
    for t in (m for m in ms if m.kind == "title"):
        if t.end >= len(text):
            continue
        link = _link_before(text, t.end, titles_by_end, orgs_by_end)
        if link and _country_at(link[1]) >= 0:
            n = _foreign_name_at(text, t.end)  # 俄罗斯内务部长库利科夫: a foreign title, a transliterated name
            if n and t.end not in have:
                add(t.end, n)
            elif n:
                _lengthen(person_at.get(t.end), n)
    for c in re.finditer(r"以(?=[\u4e00-\u9fff·]{2,8}同志为)", text):  # 以X同志为总书记的党中央
        n = name_at(text, c.end())
        if n and text.startswith("同志为", c.end() + len(n)):
            add(c.end(), n)
    for v in APPOINTER.finditer(text):
        listed, p = [], v.end()
        while n := name_at(text, p):  # 增补甲、乙两同志为…: each name of the list before the frame's verb
            listed.append((p, n))
            p += len(n)
            if APPOINT.match(text, p):
                for q, m in listed:
                    add(q, m)
                break
            if not text.startswith("、", p):
                break
            p += 1
    for v in REMOVED.finditer(text):
        n = _removed_name(text, v.end())
        if n:
            add(v.end(), n)  # 免去张三的X职务
            short = person_at.get(v.end())
            if short is not None and len(short.text) < len(n) and n.startswith(short.text):
                short.text = short.canonical = n  # the frame's 的 ends the name, whoever read it shorter
                short.end = short.start + len(n)
    for c in CLAUSE_HEAD.finditer(text):
        p = c.end()
        n = name_at(text, p)
        if not n:
            continue
        verb = APPOINT.match(text, p + len(n))
        if verb and verb.end() in org_starts and chain_after(text, verb.end(), titles_by_end, orgs_by_end):
            add(p, n)  # the verb is followed by a body's title, not just a body
    return out


def _removed_name(text: str, p: int) -> str | None:
    """The name of 免去<name>的…职务 at p: as read, or one character longer when the frame's 的 comes right
    after that character (免去甲乙才的…: a given name ending in a character that is also a word, 才 or 和)."""
    n = name_at(text, p)
    if not n or text.startswith("的", p + len(n)):
        return n
    k = p + len(n)
    if len(n) == 2 and text.startswith("的", k + 1) and CJK_CHAR.match(text, k) and text[k] not in PUNCT:
        return n + text[k]
    return None


def _opens_with_name(text: str, p: int, t) -> bool:
    """Does a clause open with a name and its title (，甲乙丙副省长讲话): the name reads as one by
    the name statistics and the title ends the words about the person (a verb, a particle or
    punctuation follows)?"""
    score = name_score(text, p, t.start)
    return score is not None and score >= TITLE_AFTER_MIN and name_terminated(text, t.end)


def _lengthen(m, name: str) -> None:
    """A name the rules read as Chinese after a foreign title, that is the start of a longer
    transliterated one (部长伊万诺|夫抵达), becomes the longer name."""
    if m is None or m.value == "famous" or len(name) <= len(m.text) or not name.startswith(m.text):
        return  # the model read a name with the words after it (克林顿|即将): its end stands
    if m.value == "learned" and not all(names_model().T.get(c, -9.0) >= names_T_MIN for c in name[len(m.text) :]):
        return  # a learned name grows only by syllables typical of such names (部长绍伊|古，)
    m.text = m.canonical = name
    m.end = m.start + len(name)


# words that end a transliterated name read after a foreign title (…总统杜邦今天表示)
FOREIGN_NAME_END = tuple(load("person_words.yaml")["foreign_name_end"])


def _foreign_name_at(text: str, p: int) -> str | None:
    """A transliterated name starting at p: 2-7 characters, most of them typical of such names, or 8-10 all typical
    (a given and a family name written with no dot, 阿列克谢卡拉什尼科夫)."""
    T = names_model().T
    q = p
    while (
        q < len(text)
        and q - p < 11
        and "\u4e00" <= text[q] <= "\u9fff"
        and text[q] not in TRANSLIT_STOP
        and text[q : q + 2] not in NAME_STOP2
        and not text.startswith(FOREIGN_NAME_END, q)
    ):
        q += 1
    n = text[p:q]
    typical = sum(T.get(c, -9.0) >= (0 if len(n) <= 7 else names_T_MIN) for c in n)
    if not 2 <= len(n) <= 10 or (2 * typical < len(n) if len(n) <= 7 else typical < len(n)) or place_of(n):
        return None
    return n


SUCCEEDS = re.compile(r"接替")
REPLACED_TOLD = re.compile(r"[\u4e00-\u9fff]{1,6}?的")  # 接替|退休的|乙: what is told of the one replaced
# <name>由<chain>调任<chain>: the verbs after the chain left (post_rules.yaml moved_from_verbs)
MOVED_VERBS = tuple(load("post_rules.yaml")["moved_from_verbs"])
HELD_BY = re.compile(r"(?:由|改由)(?:原|前任|前)?$")
SERVES = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['held_by_verbs'])})(?=[，。；、\n]|$)")
HELD_BY_NEXT = re.compile(r"(?:由|改由)")  # (<chain>由<name>担任: the chain told before its holder)
LEADER_OF = re.compile(r"同志为")
# a clause ending in a verb of holding (由甲兼任): its chain's body is the next bare title's
SERVES_BEFORE = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['held_by_verbs'])})$")


# 以<chain><name>为团长的<body>代表团: the delegation, and the body its members' bare titles are in
DELEGATION = re.compile(
    r"为(?:团长|首)的([\u4e00-\u9fff]{2,16}?)((?:议员|政府|友好|经贸|议会)?(?:代表团|访华团|考察团))"
)


FOREIGN_HOUSES = tuple(load("post_rules.yaml")["foreign_houses"])


def _names_a_body(head: str) -> bool:
    """Does a delegation's name before 代表团 end with a body (日本众议院, 马来西亚国会), not a trade or a
    sector (德国经济, 香港工商界, 经贸)?"""
    return head.endswith(lexicon().suffix_ends)


def _delegation(doc: Doc, i: int, text: str, end: int, posts: list[Post]) -> list[Post]:
    """Posts of a delegation's leader (以众议院议员甲为团长的日本众议院代表团): 团长 is the delegation's, and
    a title with no body or a body without its country (众议院) is in the country's body the delegation
    names (日本众议院; 以议长甲为团长的马来西亚国会代表团: 马来西亚国会)."""
    d = DELEGATION.match(text, end)
    if not d:
        heads = post_rules()["trip_heads"]
        return [p for p in posts if p.org or p.title not in heads]  # 访华团团长: a post of no body is none
    body, kind = d.group(1), d.group(2)
    house = next((h for h in FOREIGN_HOUSES if kind.startswith(h)), "")
    body, kind = body + house, kind[len(house) :]  # 南非国民议会代表团: the house is the body's (南非国民议会)
    country = _country(body)
    if not _names_a_body(body):
        # 以甲为团长的德国经济代表团/香港工商界考察团: a group of one trip, no body; 甲 leads it, holding no post of it
        return [p for p in posts if p.title != "团长"]
    for p in posts:
        if p.title == "团长":
            p.org = register(doc, body + kind, typ="other").name
        elif country and p.org is None and body != country and not body.endswith("议员"):
            p.org = register(doc, body, typ="government").name
        elif country and p.org and not _country(p.org) and (body.endswith(p.org) or p.org in FOREIGN_HOUSES):
            full = body if body.endswith(p.org) else country + p.org  # 参议院 of a 美国国会代表团: 美国参议院
            registry(doc).pop(p.org, None)  # 众议院 read alone: the country's, an alias of it
            doc.memo.canonical[(i, p.org)] = full
            p.org = register(doc, full, alias=p.org, typ="government").name
    return posts


def _list_appointed(text: str, end: int) -> int:
    """Where the verb of a list of names appointed together begins (甲、乙当选为副会长: after 乙, for 甲),
    else `end`; 为/成为 alone (以甲、乙为首) take no list, unless an appointing verb opens the sentence's
    choices before it (选举甲为省长，乙、丙为副省长).

    >>> _list_appointed("闵家林、易秀英当选为副会长", 3), _list_appointed("选举张三为省长，李四、王五为副省长", 10)
    (7, 13)
    """
    after = end
    for _ in range(6):
        if not text.startswith("、", after):
            break
        n = name_at(text, after + 1)
        if not n:
            break
        after += 1 + len(n)
    verb = APPOINT.match(text, after) if after > end else None
    if verb and verb.group() in ("为", "成为"):
        opened = max(text.rfind(c, 0, end) for c in "。；！？\n") + 1
        return after if APPOINTER.search(text, opened, end) else end
    return after if verb else end


# a modifier of the body a verb appoints to (当上了濒临倒闭的甲厂的厂长): a few words ending in 的, none a stop
_BODY_MODIFIER = re.compile(r"[^，。；、！？\n的]{1,8}的")


def _chain_or_modified(text: str, at: int, titles_by_end: dict, orgs_by_end: dict) -> list:
    """The title chain at `at`, or, when none starts there, the one after a modifier ending in 的 whose first
    title a body's name opens (当上了濒临倒闭的甲厂的厂长: 甲厂's 厂长)."""
    links = chain_after(text, at, titles_by_end, orgs_by_end)
    mod = None if links else _BODY_MODIFIER.match(text, at)
    if mod is None:
        return links
    links = chain_after(text, mod.end(), titles_by_end, orgs_by_end)
    return links if links and links[0][1] else []


def _listed_on(text: str, links: list, titles_by_end: dict, orgs_by_end: dict) -> list:
    """A career list's chain with the items after it joined by ， (曾任A厂厂长，B公司副总经理，…): each a chain that
    opens with its own body, starts right after the comma and fills its clause (，。； or the end after it)."""
    out = list(links)
    while out:
        s, prefix, role = out[-1]
        end = s + len(prefix) + len(role)
        more = _clause_chain(text, end + 1, titles_by_end, orgs_by_end) if text.startswith("，", end) else []
        if not more:
            break
        out += more
    return out


def _past_grades(text: str, at: int, links: list, titles_by_end: dict, orgs_by_end: dict) -> list:
    """A career list's chain when its first items are grades, no post (历任甲厂技术员，甲厂副厂长): the chain after them.

    >>> _past_grades("甲厂技术员，甲厂副厂长。", 0, [], {11: "副厂长"}, {})
    [(6, '甲厂', '副厂长')]
    """
    while not links:
        m = GRADE_ITEM.match(text, at)
        if not m or not text.startswith("，", m.end()):
            break
        at = m.end() + 1
        links = _clause_chain(text, at, titles_by_end, orgs_by_end)
    return links


def _clause_chain(text: str, at: int, titles_by_end: dict, orgs_by_end: dict, bare: bool = False) -> list:
    """The chain that opens with its own body right at `at` (or, bare, with a title) and fills its clause (，。； or the
    end after it), else []."""
    links = chain_after(text, at, titles_by_end, orgs_by_end)
    if not links or links[0][0] != at or not (links[0][1] or bare):
        return []
    s, prefix, role = links[-1]
    after = s + len(prefix) + len(role)
    return [] if after < len(text) and text[after] not in "，。；\n" else links


TOLD_AFTER_MARKS = tuple(load("post_rules.yaml")["told_after_marks"])
TOLD_AFTER_ADDRESS = tuple(load("post_rules.yaml")["told_after_address"])


def _told_after(doc: Doc, i: int, text: str, m, titles_by_end: dict, orgs_by_end: dict) -> list[Post]:
    """Posts told right after a name that opens its clause, set off by a mark of post_rules.yaml told_after_marks
    (甲：A协会副主任，B委员会秘书长): a chain that opens with its own body right after the mark and fills its clause
    (，。； or the end after it), with the items after it joined by ， as a career list's. A form of address before the
    mark (told_after_address: 甲先生：副总经理，…) is skipped, and with one a bare title filling its clause is a post too."""
    address = next((w for w in TOLD_AFTER_ADDRESS if text.startswith(w, m.end)), "")
    at = m.end + len(address)
    if at >= len(text) or not text.startswith(TOLD_AFTER_MARKS, at):
        return []
    if m.start > 0 and text[m.start - 1] not in "，。；！？\n":
        return []
    # (甲，A公司董事长乙说: the next name's, none)
    links = _clause_chain(text, at + 1, titles_by_end, orgs_by_end, bare=bool(address))
    return resolve_chain(doc, i, _listed_on(text, links, titles_by_end, orgs_by_end)) if links else []


def _appointed(doc: Doc, i: int, text: str, m, titles_by_end: dict, orgs_by_end: dict, people: dict) -> list[Post]:
    """Posts told around a name by a verb: <name>出任<chain>; <name>接替<name2>担任<chain> (both held it);
    <chain>由<name>担任 (鹏华基金总经理由张三担任); 以<name>同志为<title>的<body> (the body's title)."""
    out: list[Post] = []
    after = _list_appointed(text, m.end)
    other = None
    if text.startswith("的", after) and (
        REMOVED.search(text, max(0, m.start - 2), m.start) or REMOVED_MORE.search(text, max(0, m.start - 60), m.start)
    ):
        return resolve_chain(doc, i, chain_after(text, after + 1, titles_by_end, orgs_by_end))
    told_when = re.compile(post_rules()["appoint_times"]).match(text, after)  # (甲今年6月接替乙任…: a time first)
    after = told_when.end() if told_when and SUCCEEDS.match(text, told_when.end()) else after
    if SUCCEEDS.match(text, after):
        # 接替<name>担任: the name is the one a verb follows (2 or 3 characters, or as the name finder reads it)
        told = REPLACED_TOLD.match(text, after + 2)  # (接替退休的乙出任…: what is told of the one replaced first)
        a2 = told.end() if told and name_at(text, told.end()) else after + 2
        n2 = name_at(text, a2)
        sizes = ([len(n2)] if n2 else []) + [2, 3]
        k = next(
            (k for k in sizes if re.fullmatch(r"[\u4e00-\u9fff]+", text[a2 : a2 + k]) and APPOINT.match(text, a2 + k)),
            None,
        )
        if k:
            other, after = text[a2 : a2 + k], a2 + k
    moved = _moved_from(text, after, titles_by_end, orgs_by_end)
    if moved:  # 甲由A办公室副主任调任B镇党委书记: the post left, then the verb and the post taken up
        out += resolve_chain(doc, i, moved[0])
        after = moved[1]
    verb = APPOINT.match(text, after)
    if verb and verb.group().endswith(COPULAS) and re.match(r"[^，。；！？\n]*的", text[verb.end() :]):
        verb = None  # 甲是乙集团总经理丙的朋友: no post of 甲's (post_rules.yaml copula_verbs)
    ends_clause = verb is not None and (verb.end() >= len(text) or text[verb.end()] in "，。；、\n")
    if verb and not ends_clause:
        links = _chain_or_modified(text, verb.end(), titles_by_end, orgs_by_end)
        if verb.group().endswith(CAREER_LISTS):
            links = _past_grades(text, verb.end(), links, titles_by_end, orgs_by_end)
            links = _listed_on(text, links, titles_by_end, orgs_by_end)
        out += resolve_chain(doc, i, links)
        removed = REMOVED_ITS.search(text, verb.end(), min(len(text), verb.end() + 40))
        if removed and not re.search(r"[。；！？\n]", text[verb.end() : removed.start()]):
            # 任命甲为副省长，免去其乙市市长职务: the post 其 is removed from is a former one of 甲
            out += resolve_chain(doc, i, chain_after(text, removed.end(), titles_by_end, orgs_by_end))
    elif SERVES.match(text, m.end):
        s = m.start
        links, joined = [], []
        while s > 0 and not HELD_BY.search(text, max(0, s - 3), s):
            mod = _modifier_ending(text, s, titles_by_end, orgs_by_end)
            if mod is not None:  # (由甲集团副总裁、曾任乙局局长的张三担任: past the modifier to the chain before it)
                s = mod - 1 if mod > 0 and text[mod - 1] == "、" else mod
                if s == mod:
                    continue
            # the name's own chain (由原X基金副总经理张三担任) comes between 由 and the name
            own = read_chain(text, s, titles_by_end, orgs_by_end)
            if not own or own[0][0] >= s:
                break
            if mod is not None:
                joined = own  # (甲集团副总裁、曾任…的张三: the chain joined to the modifier is the name's too)
            s = own[0][0]
        held = HELD_BY.search(text, max(0, s - 3), s)
        if held:
            links = read_chain(text, held.start(), titles_by_end, orgs_by_end)
        out += resolve_chain(doc, i, links)
        if links:
            out += resolve_chain(doc, i, joined)
    if not out:
        out += _named_as(doc, i, text, m, titles_by_end, orgs_by_end)
    if not out:
        out += _told_after(doc, i, text, m, titles_by_end, orgs_by_end)
    if LEADER_OF.match(text, m.end):
        t_end = next(
            (
                e
                for e in titles_by_end
                if text.startswith(titles_by_end[e], m.end + 3) and e == m.end + 3 + len(titles_by_end[e])
            ),
            None,
        )
        if t_end and text.startswith("的", t_end):
            body = next((orgs_by_end[e] for e in sorted(orgs_by_end) if e - len(orgs_by_end[e]) == t_end + 1), None)
            if body:
                out += resolve_chain(doc, i, [(t_end + 1, body, titles_by_end[t_end])])
    if other and out:
        person = people.setdefault(other, Person(name=other))
        for p in out:
            if not any(q.title == p.title and q.org == p.org for q in person.posts):
                person.posts.append(Post(title=p.title, org=p.org, org_as_written=p.org_as_written))
    return out


def _moved_from(
    text: str, p: int, titles_by_end: dict, orgs_by_end: dict
) -> tuple[list[tuple[int, str, str]], int] | None:
    """The chain a name moved from (<name>由<chain><verb>…, the verb one of post_rules.yaml moved_from_verbs) and where
    the verb begins, else None.

    >>> _moved_from("甲由副主任调任书记", 1, {5: "副主任", 9: "书记"}, {})
    ([(2, '', '副主任')], 5)
    """
    if not text.startswith("由", p):
        return None
    links = chain_after(text, p + 1, titles_by_end, orgs_by_end)
    if not links or links[0][0] != p + 1:
        return None
    s, prefix, role = links[-1]
    end = s + len(prefix) + len(role)
    return (links, end) if text.startswith(MOVED_VERBS, end) else None


def _modifier_ending(text: str, s: int, titles_by_end: dict, orgs_by_end: dict) -> int | None:
    """Where a career told as the modifier of the name at `s` begins (曾任乙局局长的|张三 -> at 曾任), or None."""
    if s < 1 or text[s - 1] != "的":
        return None
    opened = max(text.rfind(c, 0, s) for c in "，。；：\n") + 1
    for c in MODIFIER.finditer(text, opened, s):
        links = chain_after(text, c.end(), titles_by_end, orgs_by_end)
        if links and links[-1][0] + len(links[-1][1]) + len(links[-1][2]) == s - 1:
            return c.start()
    return None


def _own_chain_start(text: str, s: int, titles_by_end: dict, orgs_by_end: dict) -> int:
    """Where the name at `s` begins with its own title chain and a former-post word before it
    (原甲公司总经理|张三 -> at 原)."""
    own = read_chain(text, s, titles_by_end, orgs_by_end)
    if own and own[0][0] < s:
        s = own[0][0]
    return s - _former_word_before(text, s)


def _named_as(doc: Doc, i: int, text: str, m, titles_by_end: dict, orgs_by_end: dict) -> list[Post]:
    """<chain>为<name> opening a clause (总经理为张三; 副董事长、总经理为原甲公司经理李四): the name holds the
    chain's posts; bare titles there are in the body of a clause before it that told its holder
    (集团董事长由甲兼任，总经理为乙: 乙 is the group's 总经理)."""
    if m.end < len(text) and text[m.end] not in "，。；！？\n":
        return []
    s = _own_chain_start(text, m.start, titles_by_end, orgs_by_end)
    if s < 2 or text[s - 1] != "为":
        return []
    links = read_chain(text, s - 1, titles_by_end, orgs_by_end)
    if not links or (links[0][0] > 0 and text[links[0][0] - 1] not in "，。；！？\n"):
        return []
    base = None
    if not links[0][1] and links[0][0] > 0 and SERVES_BEFORE.search(text, 0, links[0][0] - 1):
        opened = max(text.rfind(c, 0, links[0][0] - 1) for c in "，。；！？\n") + 1
        by = text.rfind("由", opened, links[0][0] - 1)
        before = read_chain(text, by, titles_by_end, orgs_by_end) if by > opened else []
        if before and before[0][1]:
            base = resolve_chain(doc, i, before[:1])[0].org
    return _resolve(doc, i, links, base=base)[0]


def _sentence_country_head(doc: Doc, i: int, text: str, m, t, org_by_end: dict) -> list[Post]:
    """<foreign name><议长> with no body before, the sentence naming one country (two characters or more) elsewhere:
    the 议长 is in the one house of that country the sentence names (甲议长…乙国议会; data: post_rules.yaml
    house_roles, house_ends); else none. (A head of state's bare title keeps none even so: the real sets' judges give
    克林顿总统…美国 null, and the country may be another person's: 甲总统同俄罗斯总统乙.)"""
    rules = post_rules()
    if t.text not in rules["house_roles"]:
        return []
    s0 = max(text.rfind(c, 0, m.start) for c in "。！？；\n") + 1
    s1 = min([e for e in (text.find(c, t.end) for c in "。！？；\n") if e >= 0], default=len(text))
    seen = {c for c in countries() if len(c) > 1 and c in text[s0:s1]}
    seen = {c for c in seen if not any(c != d and c in d for d in seen)}  # (几内亚 inside 巴布亚新几内亚)
    if len(seen) != 1:
        return []
    country = seen.pop()
    houses = {
        o.text: o
        for e, o in org_by_end.items()
        if s0 <= o.start and e <= s1 and o.text.startswith(country) and o.text.endswith(rules["house_ends"])
    }
    if len(houses) != 1:
        return []
    o = next(iter(houses.values()))
    return [Post(title=t.text, org=canonical(doc, i, o.text, o.start), org_as_written=o.text)]


def _title_after_name(doc: Doc, i: int, text: str, m, t, org_by_end: dict, place_by_end: dict) -> list[Post]:
    """<body or place><name><title> (船舶公司张三总经理, 某市李四副市长, 王五副总理): the title is the
    name's, in the body or place written right before it, or in the title's fixed body."""
    before = org_by_end.get(m.start) or place_by_end.get(m.start)
    prefix = before.text if before is not None else ""
    if before is None and t.text in post_rules()["state_roles"]:
        # 美国甲总统, 日本乙天皇: a country's name of two or more characters right before the name is the head's state
        prefix = next((c for c in countries() if len(c) > 1 and text.endswith(c, 0, m.start)), "")
        if prefix:
            posts = [p for p in resolve_chain(doc, i, [(m.start - len(prefix), prefix, t.text)]) if p.org]
            if posts:
                return posts
        prefix = ""
    if before is None and looks_foreign(m.canonical or m.text):
        posts = _sentence_country_head(doc, i, text, m, t, org_by_end)
        if posts:
            return posts
    if text.startswith(("的《", "《"), t.end):
        return []  # 甲、乙主编的《…》: the credit of a work, no post
    fixed = t.text in post_rules()["fixed_orgs"] and not looks_foreign(m.canonical or m.text)
    if not prefix and not fixed and t.text not in post_rules()["gov_roles"]:
        # 李四总统, 张三会长, 马丁内斯总理: the post, its body not written (刘某院士: none, body_required)
        return [Post(title=t.text)]
    start = before.start if before is not None else m.start
    posts = [p for p in resolve_chain(doc, i, [(start, prefix, t.text)]) if p.org]
    return posts


def _joined_after_name(
    doc: Doc, i: int, text: str, m, title_by_start: dict, org_by_end: dict, place_by_end: dict
) -> list[Post]:
    """<name><title>兼<title> (甲副董事长兼行长, 乙副市长兼秘书长): each title joined by 兼 right after the first is the
    name's too, in the same body (a title after 兼 with its own body before it is left alone)."""
    out: list[Post] = []
    t = title_by_start[m.end]
    while text.startswith("兼", t.end) and t.end + 1 in title_by_start:
        t = title_by_start[t.end + 1]
        out += _title_after_name(doc, i, text, m, t, org_by_end, place_by_end)
    return out


AUTHOR_NOTE = re.compile(r"[（(]作者(?:为|系|是|现任|任)")


def _add_new_posts(person: Person, posts: list[Post], source: Source) -> None:
    """Add to the person each post with a body it does not hold yet (same title, same body), told at `source`.

    >>> someone = Person(name="甲")
    >>> _add_new_posts(someone, [Post(title="局长", org="乙局"), Post(title="局长", org="乙局")], Source())
    >>> [(p.title, p.org) for p in someone.posts]
    [('局长', '乙局')]
    """
    for p in posts:
        p.source = source
        if p.org and not any(q.title == p.title and q.org == p.org for q in person.posts):
            person.posts.append(p)


def _chain_ends_at(links: list, end: int) -> bool:
    """Does a title chain (chain_after's links) read up to `end` exactly (甲（市经信委主任）: up to the bracket)?

    >>> _chain_ends_at([(1, "市经信委", "主任")], 7), _chain_ends_at([(1, "市经信委", "主任")], 8), _chain_ends_at([], 0)
    (True, False, False)
    """
    return bool(links) and sum(len(x) for x in links[-1][1:]) + links[-1][0] == end


def _author_note(
    doc: Doc, i: int, text: str, authors: list, people: dict, titles_by_end: dict, orgs_by_end: dict
) -> None:
    """（作者为中央党校学员、某市副市长）: the article's one author holds the posts the note gives."""
    if len(authors) != 1:
        return
    for note in AUTHOR_NOTE.finditer(text):
        posts = resolve_chain(doc, i, chain_after(text, note.end(), titles_by_end, orgs_by_end))
        if not posts:
            continue
        person = people.setdefault(authors[0], Person(name=authors[0]))
        _add_new_posts(person, posts, source_at(doc, i, note.start()))


def _bracket_note(
    doc: Doc, i: int, text: str, persons: list, people: dict, titles_by_end: dict, orgs_by_end: dict
) -> None:
    """甲（市经信委主任）, 乙（原某公司经理）: a title chain filling the brackets right after a name is that person's
    posts (甲（女）, 乙（右）: no chain, nothing; b76)."""
    for m in persons:
        person = people.get(m.canonical or m.text)
        close = text.find("）", m.end, m.end + 40)
        if person is None or not text.startswith("（", m.end) or close < 0:
            continue
        links = chain_after(text[:close], m.end + 1, titles_by_end, orgs_by_end)
        if not _chain_ends_at(links, close):
            continue
        _add_new_posts(person, resolve_chain(doc, i, links), source_at(doc, i, m.start))


IN_CAPACITY = re.compile(r"以([^，。；：]{2,30}?)身份")


def _in_capacity(
    doc: Doc, i: int, text: str, persons: list, people: dict, titles_by_end: dict, orgs_by_end: dict
) -> None:
    """甲曾于2019年以乙国副总理身份访华: the chain between 以 and 身份 is a post of the person the clause opens with
    (b76)."""
    for c in IN_CAPACITY.finditer(text):
        links = chain_after(text[: c.end(1)], c.start(1), titles_by_end, orgs_by_end)
        if not _chain_ends_at(links, c.end(1)):
            continue
        lo = max(text.rfind(x, 0, c.start()) for x in "，。；！？\n") + 1
        m = next((m for m in persons if m.start == lo), None)
        person = people.get(m.canonical or m.text) if m else None
        if person is None:
            continue
        _add_new_posts(person, resolve_chain(doc, i, links), source_at(doc, i, c.start()))


CLAUSE_OPENS = "，。；：,;:\n“（("  # what a clause opens after
MODIFIER = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['modifier_careers'])})")
SUCCEEDED_VERBS = tuple(load("post_rules.yaml")["succeeded_verbs"])


def _chain_joined_before(text: str, at: int, titles_by_end: dict, orgs_by_end: dict) -> list:
    """The chain joined by 、 to a career verb at `at` that opens a name's modifier, read from the clause's start
    (原甲市财政局局长、现任该行监事长的乙: 乙 held both); [] when none stands there."""
    if at < 1 or text[at - 1] != "、":
        return []
    links = read_chain(text, at - 1, titles_by_end, orgs_by_end)
    if not links:
        return []
    b = links[0][0] - _former_word_before(text, links[0][0])
    return links if b == 0 or text[b - 1] in CLAUSE_OPENS else []


def _modifier_posts(doc: Doc, i: int, text: str, people: dict, titles_by_end: dict, orgs_by_end: dict) -> None:
    """A career told as a name's modifier (曾任甲公司总经理的张三, 时任乙县县长的李四, 曾任甲公司总经理的乙厅副厅长丙:
    after the post held now): the chain's posts are that person's."""
    for c in MODIFIER.finditer(text):
        start = c.end()
        replaced = name_at(text, start)  # (接替甲任A、B的乙: the one replaced, then the verb of the posts taken)
        verb = next((v for v in SUCCEEDED_VERBS if replaced and text.startswith(v, start + len(replaced))), None)
        if replaced and verb:
            start += len(replaced) + len(verb)
        links = chain_after(text, start, titles_by_end, orgs_by_end)
        if not links:
            continue
        end = links[-1][0] + len(links[-1][1]) + len(links[-1][2])
        if not text.startswith("的", end):
            continue
        n = name_at(text, end + 1)
        now = chain_after(text, end + 1, titles_by_end, orgs_by_end) if not (n and n in people) else None
        if now:  # (曾任甲公司总经理的乙厅副厅长丙: the name after the post held now)
            n = name_at(text, now[-1][0] + len(now[-1][1]) + len(now[-1][2]))
        person = people.get(n) if n else None
        if person is None:
            continue
        src = source_at(doc, i, c.start())
        for p in resolve_chain(
            doc, i, _chain_joined_before(text, c.start(), titles_by_end, orgs_by_end)
        ) + resolve_chain(doc, i, links):
            p.source = src
            if not any(q.title == p.title and q.org == p.org for q in person.posts):
                person.posts.append(p)


WENT_TO = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['went_to'])})(?:[^，。；]{{0,12}}?的)?$")
HEADS_AS = re.compile(rf"(?:{'|'.join(load('post_rules.yaml')['heads_as'])})")


def _went_to_head(
    doc: Doc, i: int, text: str, persons: list, people: dict, titles_by_end: dict, orgs_by_end: dict
) -> None:
    """到(濒临破产的)<body>当/任/出任<title> (他到亏损的甲厂当厂长): the person named last before it in the
    paragraph held that post in that body."""
    starts = [m.start for m in persons]
    for e, org in orgs_by_end.items():
        s = e - len(org)
        opened = max(text.rfind(c, 0, s) for c in "，。；：\n") + 1
        verb = HEADS_AS.match(text, e)
        if not verb or not WENT_TO.search(text, opened, s):
            continue
        t_end = next((x for x in titles_by_end if x - len(titles_by_end[x]) == verb.end()), None)
        k = bisect.bisect_right(starts, opened) - 1
        if t_end is None or k < 0 or "\n" in text[persons[k].end : s] or s - persons[k].end > 200:
            continue
        person = people.get(persons[k].canonical or persons[k].text)
        if person is None:
            continue
        _add_new_posts(person, resolve_chain(doc, i, [(s, org, titles_by_end[t_end])]), source_at(doc, i, s))


# the one replaced, named after 接替/接任/继任 and what is told of him (接替退休的甲): no subject of a career told after
REPLACED_BEFORE = re.compile(
    rf"(?:{'|'.join(load('org_mention_words.yaml')['succeed_openers'])})(?:[^，。；：\n]{{0,12}}的)?$"
)


def _subject_before(text: str, persons: list, k: int) -> int:
    """The index of the person a subjectless career clause is told of: the last named before it, or the one before
    him in the same sentence when he is only the one replaced (乙接替退休的甲出任…，此前历任…: 乙).

    >>> from types import SimpleNamespace as N
    >>> t = "乙丙接替退休的甲丁出任局长，此前历任"
    >>> _subject_before(t, [N(start=0, end=2), N(start=7, end=9)], 1), _subject_before("甲丁出任局长", [N(start=0, end=2)], 0)
    (0, 0)
    """
    while k > 0 and REPLACED_BEFORE.search(text, max(0, persons[k].start - 16), persons[k].start):
        if any(c in "。；！？\n" for c in text[persons[k - 1].end : persons[k].start]):
            break
        k -= 1
    return k


BIO_TAKEN = re.compile(
    rf"(?<=[，：；])(?:{'|'.join(_R['bio_verbs'])})(?![{''.join(_R['bio_verb_not'])}])"
)  # ，任某公司董事 after a bio's clauses (`_bio_between`)
BIO_ITEM = re.compile(rf"[^，：；。！？\n]{{0,{_R['bio_item_max']}}}")


def _bio_between(text: str, a: int, b: int) -> bool:
    """Are the clauses between a name's end `a` and a clause's start `b` a bio's short items, one with a bio word?

    >>> _bio_between("甲乙，男，硕士，任丙公司董事", 2, 9), _bio_between("甲乙说，明年将扩大生产规模，任丙公司董事", 2, 15)
    (True, False)
    """
    items = re.split(r"[，：；]", text[a:b])
    return len(items) > 1 and all(BIO_ITEM.fullmatch(x) for x in items) and any(w in text[a:b] for w in _R["bio_words"])


def _career_posts(
    doc: Doc, i: int, text: str, persons: list, people: dict, titles_by_end: dict, orgs_by_end: dict
) -> None:
    """A clause telling a career without its subject (…，此前曾担任A董事总经理、B董事会秘书等职):
    the posts are those of the person named last before it in the same paragraph."""
    if not persons:
        return
    starts = [m.start for m in persons]
    gated = CAREER_GATE is not None and not CAREER_GATE.search(text)
    bio = list(BIO_TAKEN.finditer(text))
    for c in sorted([*(() if gated else CAREER.finditer(text)), *bio], key=lambda c: c.start()):
        a = c.start()
        if a > 0 and text[a - 1] not in "，。；：\n":
            continue
        k = bisect.bisect_right(starts, a) - 1
        if k < 0:
            continue
        k = _subject_before(text, persons, k)
        who = persons[k]
        if c.re is BIO_TAKEN and not _bio_between(text, who.end, a - 1):
            continue
        pronoun = text[a : a + 1] in "他她"  # 他原为…: the person named last, also in the paragraph before
        if a - who.end > (300 if pronoun else 200) or "\n" in text[who.end : a] and not pronoun:
            continue
        links = chain_after(text, c.end(), titles_by_end, orgs_by_end)
        end = links[-1][0] + len(links[-1][1]) + len(links[-1][2]) if links else c.end()
        if links and (text.startswith("的", end) or HELD_BY_NEXT.match(text, end)):
            continue  # (…，曾任甲县县长的乙; 现任董事长由乙担任: the name told after the chain holds it)
        if c.group().endswith(CAREER_LISTS):
            links = _past_grades(text, c.end(), links, titles_by_end, orgs_by_end)
            links = _listed_on(text, links, titles_by_end, orgs_by_end)
        new = resolve_chain(doc, i, links)
        person = people.get(who.canonical or who.text)
        if person is None:
            continue
        src = source_at(doc, i, a)
        for p in new:
            p.source = src
            if not any(q.title == p.title and q.org == p.org for q in person.posts):
                person.posts.append(p)
