"""Step `agreements`: agreements, contracts, loans and credit actually signed.

A signing verb (签署, 签订, 达成 ...) followed in its clause by a noun phrase ending in an
agreement noun (协议, 合同, 备忘录 ...) makes one `Agreement`: kind as written, parties (the
organisations before the verb), date, amount (in the sentence or the next ones of its
paragraph), the fields of cooperation (围绕A、B等产业开展合作) and witnesses (见证).
Loans granted (落实贷款) make an agreement between the bank and the company nearby.
Lexicons and patterns: data/agreement_kinds.yaml.

    >>> from kgqa.extract.facts import Article, Source, Organization
    >>> from kgqa.extract.pipeline import Doc
    >>> text = "3月2日，甲市政府与乙集团有限公司签署战略合作协议。"
    >>> d = Doc(text)
    >>> d.facts.articles = [Article("t", text, date="2025-03-02", sentences=[Source(0, text, 0, len(text))])]
    >>> d.facts.organizations = [Organization("甲市政府"), Organization("乙集团有限公司")]
    >>> agreements(d); a = d.facts.agreements[0]
    >>> a.kind, a.parties, a.date
    ('战略合作协议', ['甲市政府', '乙集团有限公司'], '2025-03-02')
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .events import clause_start, required_gate
from .facts import Agreement, Amount
from .lexicon import LexiconError, load
from .mentions import SIDES_CORE_ENDS, place_of
from .org_registry import foreign_division, gov_of, register, registry
from .pipeline import Doc, extractor
from .scene import Sentence, alt, scenes

MAX_KIND = 24
MAX_TITLE = 60  # characters of an agreement's title in 《》 (its parties may be written in it)
SIGNED = "签署"  # the verb of an agreement told by its signing ceremony
# an agreement told in a sentence: (agreement, verb position, verb, done, sited: a signing told there, not an item of
# a deal told as an item of a signing told before, 其中，甲公司投资…)
Told = tuple[Agreement, int, str, bool, bool]
# an agreement of an article: (agreement, sentence index, verb position, verb, done, sited)
Found = tuple[Agreement, int, int, str, bool, bool]


def _sign_patterns(lex: dict) -> dict[str, Any]:
    """The signing and its kind (sign: 签署了甲协议; noun_first: 甲协议签约; list_next: 》、《乙协议》; loan: 贷款)."""
    verbs, nouns = alt(lex["verbs"]), alt(lex["nouns"])
    # a kind in title brackets, one of a list (》、《甲协议》: list_next, list_first)
    titled = rf"《(?P<obj>[^《》，。；！？]{{2,{MAX_TITLE}}}?(?:{nouns}))(?!{lex['noun_not_before']})》"
    return {
        "sign": re.compile(
            # (签订合同意向书: nouns right after one another are one kind, the last one's)
            rf"(?P<verb>{verbs})(?:{lex['list_opener']})?(?P<obj>[^，。；！？]{{0,{MAX_KIND}}}?(?:{nouns})+"
            # (签署了《甲部与乙部关于…的谅解备忘录》: a title in brackets, however long, ends at its bracket)
            rf"|了?《[^《》，。；！？]{{1,{MAX_TITLE}}}?(?:{nouns})》)"
            rf"(?!{lex['noun_not_before']})"
        ),
        "joined_kind": re.compile(
            rf"(?:{alt(lex['kind_joins'])})(?P<obj>[^，。；！？、和及与]{{2,{MAX_KIND}}}?(?:{nouns}))(?!{lex['noun_not_before']})"
        ),
        "list_next": re.compile(rf"》?(?:{lex['list_item']}){titled}"),
        "again": re.compile(lex["same_occasion_again"]),
        "countries_kind": re.compile(lex["countries_kind"]),
        "list_head": re.compile(rf"(?:{verbs}){lex['list_opener']}"),
        "list_first": re.compile(rf"(?:{lex['list_item']}){titled}"),
        "named_by": re.compile(rf"(?:{alt(lex['named_by'])})(?P<kind>[^，。；！？]{{1,{MAX_KIND}}}?(?:{nouns}))[，,]"),
        "noun_first": re.compile(
            rf"(?P<obj>[^，。；！？、]{{0,{MAX_KIND}}}?(?:{nouns}))(?!{lex['noun_not_before']}){lex['noun_first_gap']}"
            rf"(?:(?P<verb>{alt(lex['signing_verbs'])})|(?P<ceremony>{lex['noun_first_ceremony']}))(?=[。，；！？,;]|$)"
        ),
        "verb_in": re.compile(rf"(?:{alt(lex['signing_verbs'])})"),
        "signed_on": re.compile(
            rf"在(?P<obj>[^，。；！？、在]{{0,{MAX_KIND}}}?(?:{nouns}))(?!{lex['noun_not_before']})上(?P<verb>{alt(lex['signed_on'])})"
        ),
        "nouns": re.compile(rf"(?:{nouns})$"),
        "project": re.compile(
            rf"(?P<verb>{alt(lex['signing_verbs'])})的(?P<obj>[^，。；！？的]{{2,{MAX_KIND}}}?(?:{alt(lex['signed_projects'])})"
            rf"|[^，。；！？的]{{0,{MAX_KIND}}}?(?:{nouns})(?!{lex['noun_not_before']}))"
        ),
        "unsigned": re.compile(alt(lex["not_signed_before"])),
        "required": re.compile(alt(lex["required_before"])),
        "drop": re.compile(rf"^(?:{alt(lex['kind_prefix_drop'])})+"),
        "batch": re.compile(lex["kind_batch"]),
        "batch_unnamed": re.compile(lex["batch_unnamed"]),
        "pledges": tuple(lex["pledge_kinds"]),
        "loan": [(re.compile(x["pattern"]), x["kind"]) for x in lex["loans"]],
    }


def _party_patterns(lex: dict) -> dict[str, Any]:
    """The parties of an agreement (signer_gov: 甲市政府; nation_abbr: 中美两国; each: 双方各; list_tail: 等单位)."""
    return {
        "title_govs": re.compile(lex["title_governments"]),
        "carried": re.compile(lex["carried_subject"]),
        "carried_across": re.compile(lex["carried_across"]),
        "signer_gov": re.compile(lex["signer_as_government"]),
        "signer_body": re.compile(lex["signer_as_body"]),
        "grant_govs": re.compile(lex["grant_governments"]),
        "tally": re.compile(lex["tally_before"]),
        "unnamed_sides": re.compile(alt(lex["unnamed_sides"])),
        "tally_after": re.compile(lex["tally_after"]),
        "nations": re.compile(alt(lex["nation_parties"])),
        "party_join": re.compile(alt(lex["party_joins"])),
        "back": re.compile(alt(lex["parties_back"])),
        "split": re.compile(lex["party_split"]),
        "province": re.compile(
            rf"(?P<abbr>[{''.join(lex['province_abbrevs'])}]{{2,6}})(?P<count>{lex['province_count']})"
        ),
        "provinces": lex["province_abbrevs"],
        "nation_not": re.compile(lex["nation_not_before"]),
        "nation_abbr": re.compile(
            rf"(?<![\u4e00-\u9fff])(?P<abbr>[{''.join(lex['nation_abbrevs'])}]{{2,5}})(?P<count>{lex['nation_count']})"
        ),
        "province_counts": lex["province_counts"],
        "local_body": re.compile(lex["local_bodies"]),
        "anaphor_party": re.compile(lex["anaphor_parties"]),
        "anaphor_party_far": tuple(lex["anaphor_parties_far"]),
        "anaphor_partner": re.compile(lex["anaphor_partners"]),
        "level_party": re.compile(lex["level_parties"]),
        "level_bodies": {level: re.compile(x) for level, x in lex["level_bodies"].items()},
        "group": re.compile(lex["group_party"]),
        "group_time": re.compile(lex["group_party_time"]),
        "counted": re.compile(lex["counted_parties"]),
        "syndicate": re.compile(lex["syndicate_party"]),
        "counted_govs": re.compile(lex["counted_governments"]),
        "each": re.compile(rf"(?:{alt(lex['each_words'])})(?:{alt(lex['each_joins'])})"),
        "paired": re.compile(rf"(?:{alt(lex['each_words'])})(?:{alt(lex['each_adverbs'])})?$"),
        "subject_end": re.compile(rf"[，,；]|{alt(lex['subject_ends'])}"),
        "place_verb": re.compile(rf"(?:{alt(lex['place_verb_gap'])})*签"),
        "list_tail": re.compile(
            rf"(?:{lex['listed_honorific']})?(?:{lex['listed_more']}(?:{alt(lex['listed_more_words'])})?)?"
        ),
    }


def _field_patterns(lex: dict) -> dict[str, Any]:
    """The fields and amounts of an agreement (fields: 在甲、乙等领域; term: 投资; qualifier: 全面; each_prices)."""
    return {
        "before_fields": [re.compile(x) for x in lex["fields_before_verb"]],
        "fields": re.compile(lex["fields_pattern"]),
        "kind_fields": re.compile(lex["kind_fields"]),
        "term": re.compile(rf"(?:{alt(lex['amount_terms'])})$"),
        "kept_term": re.compile(rf"(?:{alt(lex['amount_kept_terms'])})$"),
        "stat_term": re.compile(rf"(?:{alt(lex['amount_stat_terms'])})[^，。；\d]{{0,4}}$"),
        "unit_price": re.compile(lex["unit_price_before"]),
        "local_fields": [re.compile(x) for x in lex["fields_local"]],
        "refers_back": re.compile(rf"^(?:{alt(lex['refers_back'])})"),
        "not_field": re.compile(rf"(?:{alt(lex['not_a_field'])})+"),
        "qualifier": re.compile(rf"^(?:{alt(lex['qualifiers'])})+"),
        "financing": re.compile(rf"^(?:(?:{alt(lex['financing'])})[及和与、]?)+$"),
        "each_amounts": re.compile(rf"(?:{alt(lex['each_words'])})(?:{alt(lex['each_amount_verbs'])})"),
        "each_prices": re.compile(
            rf"(?:{alt(lex['each_price_opens'])})([^，。；]{{2,40}}?)(?:{alt(lex['each_price_ends'])})"
        ),
    }


def _witness_patterns(lex: dict) -> dict[str, Any]:
    """The witnesses and signers of a signing (witness: 见证; witness_both: 共同见证; signers: 代表双方签约，)."""
    return {
        "witness": re.compile(alt(lex["witness_verbs"])),
        "witness_bare": re.compile(alt(lex["witness_bare"])),
        "witness_list": re.compile(alt(lex["witness_list"])),
        "witness_cut": re.compile(alt(lex["witness_cut_verbs"])),
        "witness_both": re.compile(lex["witness_both"]),
        "witness_both_met": re.compile(lex["witness_both_met"]),
        "signers": re.compile(rf"(?:{alt(lex['signer_acts'])})[^，。；]*?[，,；;]"),
        "signer_act": re.compile(alt(lex["signer_acts"])),
    }


@cache
def _patterns() -> dict[str, Any]:
    """Compiled agreement patterns from agreement_kinds.yaml, one dict of every family's (`_sign_patterns` …)."""
    lex = load("agreement_kinds.yaml")
    return {**_sign_patterns(lex), **_party_patterns(lex), **_field_patterns(lex), **_witness_patterns(lex)}


def clean_kind(obj: str) -> str:
    """The kind as written: the agreement noun phrase without articles, counts or years."""
    obj = re.sub(r"[《》“”\"]", "", obj)
    if "的" in obj:
        obj = obj.rsplit("的", 1)[1]
    obj = re.sub(r"^[\d０-９]{2,4}年(?:度)?", "", obj)
    obj = _patterns()["drop"].sub("", obj)
    listed = _patterns()["kind_fields"].match(obj)
    return _patterns()["drop"].sub("", obj[listed.end() :]) if listed else obj


def split_list(text: str) -> list[str]:
    """Items of an enumeration (A、B和C) with the last 等 dropped."""
    items = re.split(r"[、，,]|和|及|与|以及", text)
    return [x.strip() for x in items if 1 < len(x.strip()) <= 12]


def field_items(text: str) -> list[str]:
    """Fields of an enumeration, without the words that say how rather than in what (全面, 战略)."""
    pats = _patterns()
    out = []
    for item in split_list(text):
        item = pats["qualifier"].sub("", item.strip('“”"《》'))
        if pats["not_field"].fullmatch(item):
            continue
        if 1 < len(item) <= 12 and item not in out:
            out.append(item)
    return out


def kind_field(obj: str) -> list[str]:
    """The field a kind names by itself (房屋承包合同 -> 房屋承包, 长期订货合同 -> 订货), if any.

    What is written before the kind counts too (轧钢厂1998年的承包合同 -> 轧钢厂承包); kinds that
    only say how parties work together (战略合作协议) or that are financing (授信及贷款协议) have none.
    """
    lex = load("agreement_kinds.yaml")
    obj = re.sub(r"[《》“”\"]", "", obj)
    obj = re.sub(r"[\d０-９]{2,4}年(?:度)?的?", "", obj)
    obj = _patterns()["drop"].sub("", obj)
    listed = _patterns()["kind_fields"].match(obj)
    if listed:
        return field_items(listed["list"])
    about = re.search(r"关于(.{2,16}?)的[^的]+$", obj)
    if about:  # 两国关于边境口岸管理的协定: what it is about
        return field_items(about.group(1))
    if "的" in obj:
        obj = obj.rsplit("的", 1)[1]
    stem = re.sub(rf"(?:{alt(lex['nouns'])})$", "", obj)
    if _patterns()["financing"].match(stem):
        return []
    stem = _patterns()["qualifier"].sub("", stem)
    if _patterns()["not_field"].fullmatch(stem):
        return []
    return [stem] if 2 <= len(stem) <= 10 else []


def fields_ahead(sents: list[Sentence]) -> list[re.Match | None]:
    """For each sentence k, the first 围绕…等产业开展合作 match in sentences k, k+1, ... of the
    article (None if there is none): every sentence is searched once, not once per agreement."""
    pat = _patterns()["fields"]
    out: list[re.Match | None] = [None] * len(sents)
    nxt = None
    for k in range(len(sents) - 1, -1, -1):
        m = pat.search(sents[k].text)
        nxt = m if m else nxt
        out[k] = nxt
    return out


def fields_near(
    sents: list[Sentence],
    k: int,
    after: int = 0,
    obj: str = "",
    ahead: list[re.Match | None] | None = None,
    verb_at: int | None = None,
) -> list[str]:
    """Fields of the agreement: 围绕…等产业开展合作 in its sentence or the rest of its article,
    else 在…方面 / 涉及…领域 / 开展…合作 / 等…产品 in its own sentence (after the verb) or in a
    following one that refers back to it (根据协议, 双方将), else 就…签署 right before the verb
    (`verb_at`), else the field its kind names.

    `ahead` is `fields_ahead(sents)` when the caller has it (one scan per article)."""
    pats = _patterns()
    if ahead is None:
        ahead = fields_ahead(sents)
    m = ahead[k] if k < len(ahead) else None
    if m:
        return split_list(m["list"])
    texts = [sents[k].text[after:]]
    for s in sents[k + 1 : k + 3]:
        if s.para != sents[k].para or not pats["refers_back"].match(s.text):
            break
        texts.append(s.text)
    found: list[str] = []
    for text in texts:
        for pat in pats["local_fields"]:
            for m in pat.finditer(text):
                found += [f for f in field_items(m["list"]) if f not in found]
    if not found and verb_at is not None:
        head = sents[k].text[: verb_at + 2]
        for pat in pats["before_fields"]:
            for m in pat.finditer(head):
                found += [f for f in field_items(m["list"]) if f not in found]
    return found or kind_field(obj)


def amount_near(sents: list[Sentence], k: int, after: int) -> Amount | None:
    """The sum of the agreement: in its sentence after the verb, else in the next two of its
    paragraph, else one named by a contract word (年租金3万元) in the next three sentences."""
    pats = _patterns()
    term = pats["term"]
    sent = sents[k]
    nxt = pats["sign"].search(sent.text, after + 2)  # (…签署了甲备忘录，乙与丙签署了金额为3亿美元的…: the next one's)
    upto = nxt.start() if nxt else len(sent.text)
    candidates = [(a, sent) for a in sent.amounts if after <= a[0] < upto and not unit_price(sent.text, a[0])]
    if not candidates:
        for s in sents[k + 1 : k + 3]:
            # (…签署了协议。\n根据协议，甲将安排专项资金2亿元: a next paragraph opening on the agreement still tells it)
            if s.para != sent.para and not pats["refers_back"].match(s.text) or pats["sign"].search(s.text):
                break
            priced = [
                a
                for a in s.amounts
                if not unit_price(s.text, a[0]) and not pats["stat_term"].search(s.text[max(0, a[0] - 12) : a[0]])
            ]
            if priced:
                candidates = [(priced[0], s)]
                break
    if not candidates:
        for s in sents[k + 1 : k + 4]:
            if any(not m["obj"].startswith("的") for m in pats["sign"].finditer(s.text)):
                break
            named = [
                a
                for a in s.amounts
                if term.search(s.text[max(0, a[0] - 6) : a[0]])
                and not pats["stat_term"].search(s.text[max(0, a[0] - 12) : a[0]])  # (全市新增贷款142亿元: a figure)
            ]
            if named:
                candidates = [(named[0], s)]
                break
    if not candidates:
        return None
    (a, b, amount), s = candidates[0]
    m = pats["kept_term"].search(s.text[max(0, a - 6) : a])
    if m:
        amount = Amount(as_written=m.group() + amount.as_written, value=amount.value, unit=amount.unit)
    return amount


def respective_amounts(sent: Sentence, after: int, n: int) -> list[Amount] | None:
    """甲分别与乙、丙签订了A和B，投资额分别为X和Y: the sums told after 分别 in the verb's clause, one for each of
    its n agreements in the order written, or None when there are not as many."""
    if n < 2:
        return None
    nxt = _patterns()["sign"].search(sent.text, after + 2)
    upto = nxt.start() if nxt else len(sent.text)
    each = _patterns()["each_amounts"].search(sent.text, after, upto)
    if each:
        ends = [q for q in (sent.text.find(c, each.end(), upto) for c in "；。") if q >= 0]
        lo, end = each.end(), min(ends, default=upto)
    elif prices := _patterns()["each_prices"].search(sent.text, after, upto):
        lo, end = prices.start(1), prices.end(1)  # (…协议，以X和Y的价格分别收购A和B: the sums before 分别)
    else:
        return None
    sums = [a for start, _, a in sent.amounts if lo <= start < end and not unit_price(sent.text, start)]
    return sums if len(sums) == n else None


def tally(text: str, at: int) -> bool:
    """Does the verb at `at` count deals (共签订合同120项) rather than sign one?"""
    return bool(_patterns()["tally"].search(text[max(0, at - 6) : at]))


def unit_price(text: str, at: int) -> bool:
    """Is the sum at `at` a price per unit (每股0.5元), not the deal's sum?"""
    return bool(_patterns()["unit_price"].search(text[max(0, at - 6) : at]))


def province_parties(text: str) -> list[str]:
    """Provinces written by their one-character short names before a count (闽宁两省区)."""
    pats = _patterns()
    out: list[str] = []
    for m in pats["province"].finditer(text):
        names = [pats["provinces"][c] for c in m["abbr"]]
        count = m["count"][0]
        wanted = pats["province_counts"].get(count)
        if wanted == len(names):
            out += [n for n in names if n not in out]
    return out


def nation_abbrev_parties(text: str) -> list[str]:
    """Countries written by one character each before a count of sides (中英双方, 中美两国): each its party.

    >>> nation_abbrev_parties("同年6月，中英双方"), nation_abbrev_parties("其中两国")
    (['中华人民共和国', '英国政府'], [])
    """
    pats = _patterns()
    names = load("agreement_kinds.yaml")["nation_abbrevs"]
    out: list[str] = []
    for m in pats["nation_abbr"].finditer(text):
        if pats["province_counts"].get(m["count"][0]) == len(m["abbr"]):
            out += [names[c] for c in m["abbr"] if names[c] not in out]
    return out


def shared_prefix(before: str, body: str) -> str:
    """A body written by its level only right after one of the same level (甲区委、区政府) shares
    its place: 甲区政府."""
    m = re.search(r"([\u4e00-\u9fff]{2,8}?)" + body[0] + r"(?:委|人民政府|政府)[、和及与]$", before)
    return m.group(1) + body if m else body


def parties_before(sent: Sentence, pos: int, resolve=None) -> list[str]:
    """Organisations named in the clause before the verb (甲与乙签署), deduplicated.

    A body named only by its level (市政府, 县委) is resolved by `resolve(written, position)`;
    provinces may be written by their short names (闽宁两省区); a place after 在 is where the
    signing happened, not a party."""
    start = max(max(sent.text.rfind(c, 0, pos) for c in "，。；：") + 1, sent.lead_at if sent.lead_at < pos else 0)
    clause = sent.text[start:pos]
    ends = {a: b for a, b, _ in sent.org_spans}
    found = _bodies_named(sent, start, pos, ends)
    _places_joined(sent, start, pos, found)
    if resolve is not None:
        _bodies_referred(sent, start, clause, found, resolve)
    found = _groups_told(sent, (start, pos), clause, found, resolve)
    found = [(p, _prefecture_after(sent, p, name)) for p, name in found]
    found.sort()
    named = found  # every body named, the parents too (no nation read inside one: 中国铝业公司旗下的…)
    out = [name for _, name in _without_parents(sent, found, ends)]
    out += province_parties(clause)
    out += [n for n in nation_abbrev_parties(clause) if n not in out]
    out += _nations_named(clause, start, named)
    out += foreign_parties(clause, [(p - start, n) for p, n in named])
    return list(dict.fromkeys(out))


def _bodies_named(sent: Sentence, start: int, pos: int, ends: dict[int, int]) -> list[tuple[int, str]]:
    """The bodies named in sent.text[start:pos], not as a venue (在甲), each at its position; a party committee whose
    secretary signs as the head of its government or body stands for that one (省委副书记、省长甲与乙签署)."""
    found: list[tuple[int, str]] = []
    for p, name in sent.orgs:
        if sent.text[:p].endswith(SIDES_CORE_ENDS):
            continue  # (分别代表两国外交部签署: the bodies of several sides, none named; the sides are read back)
        if start <= p < pos and not re.search(r"(?:在|于)$", sent.text[max(0, p - 1) : p]):
            party = re.fullmatch(r"中共(.+)委员会", name)
            if party and p in ends and _patterns()["signer_gov"].match(sent.text, ends[p]):
                name = gov_of(party.group(1))  # (省委副书记、省长甲与乙签署: 甲 signs as 省长, for the government)
            elif name.endswith("党委") and p in ends and _patterns()["signer_body"].match(sent.text, ends[p]):
                name = name[: -len("党委")]  # (甲农场党委书记兼场长乙与丙签字: 乙 signs as 场长, for the farm)
            found.append((p, name))
    return found


def _places_joined(sent: Sentence, start: int, pos: int, found: list[tuple[int, str]]) -> None:
    """The places of sent.text[start:pos] that sign, added to `found`: joined to another party or to the verb
    (甲市与乙公司签署), not a venue (在福州与甲签订) nor inside a body found."""
    text = sent.text
    for p, name in sent.places:
        # a place signs when joined to another party or to the verb (甲市与乙公司签署), not as a venue
        end = text.find(name, p, pos)
        end = p + len(name) if end < 0 else end + len(name)
        written = next((b for a, b, _ in sent.place_spans if a == p), None)
        end = written if written is not None and text.find(name, p, pos) < 0 else end  # (长沙 of 长沙市: as written)
        if (
            start <= p < pos
            and not any(p <= q < end for q, _ in found)
            and not re.search(r"(?:在|于)$", text[max(0, p - 1) : p])  # (在福州与甲签订: the venue)
            and (
                re.match(r"[与和同、及跟]", text[end : end + 1])
                or re.search(r"[与和同、及跟]$", text[max(0, p - 1) : p])
                and (
                    _patterns()["place_verb"].match(text, end)
                    or _patterns()["counted_govs"].match(text, end) is not None  # (与甲、乙两市人民政府签订: each)
                    or (m := PREFECTURE.match(text, end)) is not None
                    and _joined_after(text, m.end())  # (与宁夏回族自治区固原地区签订: the prefecture signs)
                )
            )
        ):
            found.append((p, name))


def _bodies_referred(sent: Sentence, start: int, clause: str, found: list[tuple[int, str]], resolve) -> None:
    """The bodies the clause refers to, named by `resolve` and added to `found`: by their level (我市, 市政府), or
    back to the one named last (该公司, 与该行, 该乡)."""
    for m in _patterns()["local_body"].finditer(clause):
        written = m.group()
        if written[0] in "我本":  # 我市, 本县: the paper's own place, by its government
            written = written[1] + "政府"
        name = resolve(shared_prefix(clause[: m.start()], written), start + m.start())
        if name and name != m.group():
            found.append((start + m.start(), name))
    for m in _patterns()["anaphor_party"].finditer(clause):
        name = resolve(m.group(), start + m.start())  # 公司已于…与甲签署: the company named last
        told = sent.text.find(name or "", 0, start)  # (only a body named in the sentence before: 该公司 across
        if (
            name
            and name != m.group()
            and (0 <= told or m.group() in _patterns()["anaphor_party_far"])
            and name not in [n for _, n in found]
        ):  # sentences may mean another)
            found.append((start + m.start(), name))
    for m in _patterns()["anaphor_partner"].finditer(clause):
        # 甲、乙分别与该行签订: the bank named last, in this sentence or before (not a branch: it or its bank?)
        name = resolve(m.group(), start + m.start())
        branch = name and name.endswith(tuple(load("agreement_kinds.yaml")["anaphor_partner_branches"]))
        if name and name != m.group() and not branch and name not in [n for _, n in found]:
            found.append((start + m.start(), name))
    for m in _patterns()["level_party"].finditer(clause) if hasattr(resolve, "named_back") else ():
        name = resolve.named_back(m["a"] or m["b"] or m["c"], start + m.start())  # 该乡与甲签署: the town named last
        if name and name not in [n for _, n in found]:
            found.append((start + m.start(), name))


def _groups_told(
    sent: Sentence, span: tuple[int, int], clause: str, found: list[tuple[int, str]], resolve
) -> list[tuple[int, str]]:
    """`found` with the groups of the clause (甲代表团同乙签署), the members of a syndicate told before it, and the
    bodies a counted name stands for (两省区人民政府: each region's, by `resolve.counted`); `span`: the clause's."""
    start, pos = span
    for m in _patterns()["group"].finditer(clause):
        if "的" in m["name"]:  # (中国派出的代表团同美方签署: a group told by who sent it, its sender signs)
            continue
        name = _patterns()["group_time"].sub("", m["name"])
        at = start + m.start() + len(m["name"]) - len(name)
        if len(name) > 3 and not any(p <= at < p + len(n) or at <= p < at + len(name) for p, n in found):
            found.append((at, name))
    lenders = _patterns()["syndicate"].search(sent.text, sent.lead_at if sent.lead_at < start else 0, start)
    if lenders:  # (由甲牵头，乙、丙等6家银行组成的银团，…与丁签订: 甲, 乙 and 丙 sign)
        found += [(p, name) for p, name in sent.orgs if lenders.start("members") <= p < lenders.end("members")]
    counted = getattr(resolve, "counted", None)
    for a, b, names in counted(start, pos) if counted else ():
        found = [(p, name) for p, name in found if not a <= p < b]  # (no body 两省区人民政府 of its own)
        found += [(a, name) for name in names]  # 代表两省区人民政府签署: each region's government
    return found


def _without_parents(sent: Sentence, found: list[tuple[int, str]], ends: dict[int, int]) -> list[tuple[int, str]]:
    """`found` without a parent named before its own body (甲集团旗下的乙公司与丙签署: 乙 signs, 甲 is no party)."""
    owned = tuple(load("agreement_kinds.yaml")["owner_before"])
    return [
        (p, name)
        for p, name in found
        if not (
            p in ends
            and (w := next((w for w in owned if sent.text.startswith(w, ends[p])), None))
            and any(q == ends[p] + len(w) for q, _ in found)
        )
    ]


def _nations_named(clause: str, start: int, named: list[tuple[int, str]]) -> list[str]:
    """The nations the clause names as parties (中国与东盟签署, 我国与43个国家签署), none inside a body named (中国人民银行)
    nor before the people of it (和中国企业家签署)."""
    nations = load("agreement_kinds.yaml")["nation_parties"]
    out: list[str] = []
    for m in _patterns()["nations"].finditer(clause):
        at = start + m.start()
        inside = any(p <= at < p + len(n) for p, n in named)
        word_start = not re.search(r"[\u4e00-\u9fff]$", clause[: m.start()]) or re.search(
            r"[与和同、及跟]$", clause[: m.start()]
        )
        whose = _patterns()["nation_not"].match(clause, m.end())  # (和中国企业家签署: people, not the nation)
        if not inside and word_start and not whose:
            out.append(nations[m.group()])  # 中国与东盟签署, 我国与43个国家签署 (not 中国人民银行)
    return out


PREFECTURE = re.compile(r"([\u4e00-\u9fff]{2,4}?)地区")


def _prefecture_after(sent: Sentence, p: int, name: str) -> str:
    """A party written as a province and a prefecture of it (与宁夏回族自治区固原地区签订, a prefecture since made a city): the
    prefecture's 行政公署, not the province's government. Any other party as it is.

    >>> from kgqa.extract.facts import Source
    >>> s = Sentence(0, "甲省乙丙地区与丁市签订协议", Source(0, "", 0, 0), 0, org_spans=[(0, 2, "甲省人民政府")])
    >>> _prefecture_after(s, 0, "甲省人民政府")
    '甲省人民政府'
    """
    end = next((b for a, b, _ in sent.org_spans if a == p), None)
    if end is None:
        end = next((b for a, b, _ in sent.place_spans if a == p), p)
    m = PREFECTURE.match(sent.text, end) if end > p else None
    city = place_of(m.group(1)) if m else None
    if m is None or city is None or city.level != "city" or not _joined_after(sent.text, m.end()):
        return name
    owner = place_of(sent.text[p:end])
    if owner is not None and owner.name != city.name and owner.name != city.province:
        return name
    return gov_of(m.group(1) + "地区")


def _joined_after(text: str, q: int) -> bool:
    """Does a party's name end at q: another party or the verb follows (与, 和, 签订 …)?"""
    return re.match(r"[与和同、及跟]|(?:[^，。；]{0,12}?)签", text[q:]) is not None


@cache
def _foreign() -> re.Pattern[str]:
    """Countries of data/countries.txt other than the nation_parties, longest first."""
    ours = set(load("agreement_kinds.yaml")["nation_parties"])
    names = sorted((c for c in load("countries.txt") if c not in ours), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


FOREIGN_AFTER = re.compile(
    r"等?(?:[两三四五六七八九十]国|双方)|(?:政府)?(?:[与和同及跟在]|、(?![\u4e00-\u9fff]{2,4}(?:企业|公司|客商))|(?:正式|共同)?签)"
)


@cache
def _divisions() -> re.Pattern[str]:
    """Foreign first-level divisions (data/foreign_divisions.yaml), each alone or after its country, longest first."""
    table = load("foreign_divisions.yaml")
    divisions = sorted({d for ds in table.values() for d in ds}, key=len, reverse=True)
    countries = sorted(table, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, countries))})?(?P<div>{'|'.join(map(re.escape, divisions))})")


def foreign_parties(clause: str, found: list[tuple[int, str]]) -> list[str]:
    """Countries that sign as themselves in the clause (中国和巴西两国政府签署, 中国与巴西签署): each by
    its government (巴西政府), when the name starts a word and is joined to another party or the verb
    (not 在巴西利亚, 美国通用公司: inside a found body). A foreign first-level division that signs so (与泰国清迈府签署)
    is a party as itself, as its head's post names it (b36).

    >>> foreign_parties("中国和巴西两国政府在巴西利亚签署", []), foreign_parties("在巴西利亚签署", [])
    (['巴西政府'], [])
    >>> foreign_parties("昆明市与泰国清莱府签署", []), foreign_parties("在泰国清莱府签署", [])
    (['清莱府'], [])
    """
    out = []
    taken = []
    for m in _divisions().finditer(clause):
        if any(p <= m.start() < p + len(n) for p, n in found):
            continue
        before = clause[: m.start()]
        if re.search(r"[\u4e00-\u9fff]$", before) and not re.search(r"[与和同、及跟]$", before):
            continue
        if m.end() == len(clause) or FOREIGN_AFTER.match(clause, m.end()):  # (the clause ends at the verb)
            out.append(m["div"])
            taken.append((m.start(), m.end()))
    for m in _foreign().finditer(clause):
        if any(p <= m.start() < p + len(n) for p, n in found) or any(a <= m.start() < b for a, b in taken):
            continue
        before = clause[: m.start()]
        joined = re.search(r"[与和同、及跟]$", before)
        if re.search(r"[\u4e00-\u9fff]$", before) and not joined:
            continue
        if FOREIGN_AFTER.match(clause, m.end()):
            out.append(m.group() + "政府")
    return out


def title_parties(sent: Sentence, lo: int, hi: int) -> list[str]:
    """The bodies named in an agreement's 《…》 title before what it is about (签署了《甲部与乙部关于…的备忘录》), two
    at least, when the clause before the verb names no party.

    >>> from kgqa.extract.facts import Source
    >>> t = "双方签署了《甲部与乙部关于合作的备忘录》"
    >>> s = Sentence(0, t, Source(0, "", 0, 0), 0, org_spans=[(6, 8, "甲部"), (9, 11, "乙部")])
    >>> title_parties(s, 4, len(t))
    ['甲部', '乙部']
    """
    start = sent.text.find("《", lo, hi)
    if start < 0:
        return []
    about = sent.text.find("关于", start, hi)
    end = about if about >= 0 else hi
    named = list(dict.fromkeys(n for a, b, n in sorted(sent.org_spans) if start < a and b <= end))
    return named if len(named) >= 2 else []


def subject_parties(sent: Sentence, pos: int, resolve=None) -> list[str]:
    """When the verb's clause names no party, the bodies the sentence opens with (甲区委、区政府负责同志
    …，与一些单位…，签署了七项协议): the parties of its first clause."""
    m = _patterns()["subject_end"].search(sent.text, sent.lead_at, pos)
    first = m.start() if m else pos
    return parties_before(sent, first, resolve) if first < pos else []


def clause_parties(sent: Sentence, pos: int, resolve=None) -> list[list[str]]:
    """The parties of each clause of the sentence before `pos`, nearest clause first."""
    out = []
    end = pos
    while end > sent.lead_at:
        start = max(sent.text.rfind(c, 0, end) for c in "，。；：,;")
        if start < sent.lead_at:
            break
        end = start
        out.append(parties_before(sent, end, resolve))
    return out


def counted_parties(sents: list[Sentence], k: int, pos: int) -> list[str]:
    """The bodies a count and a kind opening the verb's clause stand for (…，两厂签订合并协议): the last ones named
    before the verb in the article whose written names end like that kind, as many as the count says, in the
    order named; none unless all are found.

    >>> from kgqa.extract.facts import Source
    >>> t = "甲机床厂和乙锻压厂同在太原，两厂签订合并协议"
    >>> s = Sentence(0, t, Source(0, "", 0, 0), 0, org_spans=[(0, 4, "甲机床厂"), (5, 9, "乙锻压厂")])
    >>> counted_parties([s], 0, t.index("签"))
    ['甲机床厂', '乙锻压厂']
    """
    sent, lex = sents[k], load("agreement_kinds.yaml")
    start = max(sent.text.rfind(c, 0, pos) for c in "，。；：,;") + 1
    m = _patterns()["counted"].match(sent.text, start)  # (its lookahead reads the verb: not cut at pos)
    if m is None or m.end() > pos:
        return []
    count, endings = lex["province_counts"].get(m["count"], 0), tuple(lex["counted_kinds"].get(m["kind"], ()))
    found: list[str] = []
    for j in range(k, max(-1, k - 4), -1):
        s = sents[j]
        for a, b, name in sorted(s.org_spans, reverse=True):
            if j == k and b > start:
                continue
            if (s.text[a:b].endswith(endings) or name.endswith(endings)) and name not in found:
                found.insert(0, name)
                if len(found) == count:
                    return found
    return []


def back_parties(sents: list[Sentence], k: int, pos: int, resolve=None) -> list[str]:
    """When the verb's clause names no party: the bodies a count and a kind opening it stand for (两厂签订);
    else the two or more of the nearest clause before it in the sentence (甲与乙举行签约仪式，正式签订…); when it
    refers back (双方就…达成), those of the sentence before in its paragraph."""
    sent = sents[k]
    counted = counted_parties(sents, k, pos)
    if counted:
        return counted
    before = clause_parties(sent, pos, resolve)
    for found in before:
        if len(found) >= 2:
            return found
    start = max(sent.text.rfind(c, 0, pos) for c in "，。；：,;") + 1
    back = _patterns()["back"].search(sent.text, max(start, sent.lead_at), pos)
    if not back:
        return []
    level = load("agreement_kinds.yaml")["parties_back_levels"].get(back.group())
    places = _places_back(sents, k, back.start(), level) if level else []
    if places:  # (甲省和乙省…会议今天召开。会上，两省签订…: the two provinces named last)
        return places
    for found in before:  # 甲部部长某某与来访的乙国部长会谈，双方签署…: the one body named
        if found:
            return found
    named: list[list[str]] = []
    for prev in reversed(sents[max(0, k - 3) : k]):  # (双方 are two: the nearest sentence naming two, else one)
        if prev.para != sent.para:
            break
        if _patterns()["witness"].search(prev.text):
            continue  # (…签字，副省长甲、乙国大使乙出席签字仪式。双方去年…草签了意向书: the witnesses' bodies are no sides)
        lists = [parties_before(prev, len(prev.text), resolve)] + clause_parties(prev, len(prev.text), resolve)
        named += [found for found in lists if found]
        two = next((found for found in lists if len(found) >= 2), None)
        if two:
            return two
    return named[0] if named else []


def _places_back(sents: list[Sentence], k: int, pos: int, level: str) -> list[str]:
    """The last two places of `level` (province, city, county) named before `pos` in the sentence and the two
    before it of its paragraph (两省签订…: the two provinces named last, each signing by its government as
    `party_body` has it), in the order named; none unless two are found."""
    found: list[str] = []
    for j in range(k, max(-1, k - 3), -1):
        s = sents[j]
        if s.para != sents[k].para:
            break
        for p, name in sorted(s.places, reverse=True):
            place = place_of(name)
            if (j < k or p < pos) and place is not None and place.level == level:
                if place.name not in found:
                    found.insert(0, place.name)
                if len(found) == 2:
                    return found
    return []


def split_parties(parties: list[str]) -> list[str]:
    """Parties with two bodies read as one name split (甲市人民政府同乙集团 -> 甲市人民政府, 乙集团)."""
    out: list[str] = []
    for party in parties:
        cuts = [m.start("join") for m in _patterns()["split"].finditer(party)]
        pieces = [party[a + (a > 0) : b] for a, b in zip([0] + cuts, cuts + [len(party)])]
        out += [p for p in pieces if p and p not in out]
    return out


def witnesses_of(sents: list[Sentence], k: int) -> list[str]:
    """Persons who witnessed the signing: the subject of a 见证 clause near the agreement."""
    pat = _patterns()["witness"]
    # (…签订协议。根据协议，…。\n甲与乙分别代表双方签约。丙、丁出席签约仪式: the paragraph of the signers goes on with it)
    # (…签订协议。…。\n背景…。\n甲和乙在协议上签字，丙出席签字仪式: the signers' sentence a few paragraphs on, before any
    # other signing, tells the same signing)
    signers = 0
    for j in range(k + 1, min(k + 6, len(sents))):
        if _patterns()["signer_act"].search(sents[j].text):
            signers = j if j < k + 3 or sents[j].para != sents[j - 1].para else 0
            break
        if _patterns()["sign"].search(sents[j].text):
            break
    later = _later_in_paragraph(sents, signers, signers + 1) if signers and sents[signers].para != sents[k].para else []
    later = [sents[signers], *later] if signers >= k + 3 else later
    # (the sentence before last: 甲出席签字仪式。乙与丙签订…; not before the clauses after, whose 见证签约 is this deal's,
    # not a ceremony of another kind told before: 甲出席仪式并致辞。仪式上，乙与丙签署…；丁与戊签订…。甲、己见证签约;
    # 甲出席仪式并剪彩。\n仪式上，A与B签署…；与C签订…。乙、丙见证签约: the witnesses named after the deals are theirs)
    for s in sents[k : k + 3] + _later_in_paragraph(sents, k, k + 3) + later + sents[max(0, k - 1) : k]:
        m = pat.search(s.text)
        if not m:
            continue
        joins = [i for i in (s.text.find("与", 0, m.start()), s.text.find("和", 0, m.start())) if i >= 0]
        subject_end = min(joins or [m.start()])
        if joins and not _patterns()["witness_cut"].search(s.text, subject_end, m.start()):
            subject_end = m.start()  # 甲和乙出席签字仪式: both witnessed it
        signed = [x.end() for x in _patterns()["signers"].finditer(s.text, 0, m.start())]
        lo = signed[-1] if signed else 0  # (甲、乙在合同上签字，丙出席签字仪式: the signers witnessed nothing)
        lo = _own_act_before(s, lo, subject_end)
        names = s.between("persons", lo, subject_end) or s.between("persons", lo, m.start())
        met = _met_persons(s, lo, m.start())
        names = [n for n in names if n not in met] or names
        if not names and _patterns()["witness_both"].search(s.text, clause_start(s.text, m.start()), m.start()):
            names = _both_of_talks(sents, s)  # (会见后，两人共同见证了…的签署: the two who met)
        return list(dict.fromkeys(names + _listed_witnesses(sents, s, m.start())))
    return next((w for s in sents[k : k + 2] + _later_in_paragraph(sents, k, k + 2) if (w := _bare_witnesses(s))), [])


def _met_persons(s: Sentence, lo: int, hi: int) -> set[str]:
    """Persons a meeting verb's subject met, in the rest of its clause before `hi` (甲会见了乙，并见证丙与丁签署…: 乙 was
    met, no witness unless the text says so: 并与乙共同见证); none when no person comes before the verb (双方座谈后，甲和乙见证…)."""
    out: set[str] = set()
    for c in _patterns()["witness_cut"].finditer(s.text, lo, hi):
        if not s.between("persons", lo, c.start()):
            continue
        stop = min([i for i in (s.text.find(x, c.end(), hi) for x in "，,；;") if i >= 0] or [hi])
        again = set(s.between("persons", stop, hi))  # (…，并与乙共同见证: said so)
        out |= set(s.between("persons", c.end(), stop)) - again
    return out


def _both_of_talks(sents: list[Sentence], s: Sentence) -> list[str]:
    """The first two persons of the last sentence up to three before s that tells talks (会见, 会谈) with two persons or
    more: the two sides a witness clause names by a word (两人, 双方), or none."""
    k = next((i for i, x in enumerate(sents) if x is s), 0)
    for x in reversed(sents[max(0, k - 3) : k]):
        names = list(dict.fromkeys(n for _, n in x.persons))
        if len(names) >= 2 and _patterns()["witness_both_met"].search(x.text):
            return names[:2]
    return []


def _listed_witnesses(sents: list[Sentence], s: Sentence, at: int) -> list[str]:
    """Persons listed after the verb (出席签约仪式的有甲、乙 from `at` in the witnesses' sentence; 参加签约的还有甲、乙 opening
    the next sentence of its paragraph): witnesses too."""
    pat = _patterns()["witness_list"]
    out = []
    if m := pat.match(s.text, at):
        out += s.between("persons", m.end(), len(s.text))
    k = next((j for j, x in enumerate(sents) if x is s), len(sents))
    nxt = sents[k + 1] if k + 1 < len(sents) else None
    if nxt is not None and nxt.para == s.para and (m := pat.match(nxt.text, nxt.lead_at)):
        out += nxt.between("persons", m.end(), len(nxt.text))
    return out


def _own_act_before(s: Sentence, lo: int, hi: int) -> int:
    """Where the witnesses' subject starts: past each clause before `hi` whose last person does something of
    their own before its comma (甲作推介，乙主持说明会并见证签约: 甲 witnessed nothing), not past a list of
    officials joined by commas (书记甲，市长乙出席签约仪式)."""
    for c in re.finditer(r"[，,]", s.text[lo:hi]):
        comma = lo + c.start()
        last = [(p, n) for p, n in s.persons if lo <= p < comma]
        if last and not _patterns()["list_tail"].fullmatch(s.text[last[-1][0] + len(last[-1][1]) : comma]):
            lo = comma + 1
    return lo


def _later_in_paragraph(sents: list[Sentence], k: int, first: int, reach: int = 2) -> list[Sentence]:
    """Up to `reach` sentences from index `first` on, in sentence k's paragraph, before another agreement is
    signed (…签订协议。根据协议，…。此前，…。甲、乙代表双方签字，丙到会祝贺。): where its signing may still be told."""
    out = []
    for s in sents[first : first + reach]:
        if s.para != sents[k].para or _patterns()["sign"].search(s.text):
            break
        out.append(s)
    return out


def _bare_witnesses(s: Sentence) -> list[str]:
    """…在协议上签字，副省长X出席。: the persons of a clause ending in 出席 after the signing told in the
    same sentence."""
    m = _patterns()["witness_bare"].search(s.text)
    sign = s.text.rfind("签", 0, m.start()) if m else -1
    if not m or sign < 0:
        return []
    start = max(s.text.rfind(c, 0, m.start()) for c in "，,；;")
    if start < sign:
        return []
    return list(dict.fromkeys(s.between("persons", start, m.start())))


def signed_in(
    sents: list[Sentence], k: int, resolve=None, ahead: list[re.Match | None] | None = None
) -> list[tuple[Agreement, int, str, bool]]:
    """Agreements signed in sentence k, each with the position of its verb, the verb, and whether it
    is done (not planned: 将签署); one required or wished (要求…签订) is none."""
    sent = sents[k]
    out: list[tuple[Agreement, int, str, bool]] = []
    if sent.quoted:
        return out
    for m in _patterns()["sign"].finditer(sent.text):
        obj = m["obj"]
        if obj.startswith("的") or m.start() > 0 and sent.text[m.start() - 1] == "的":
            continue
        kind = clean_kind(obj)
        if not kind:
            continue
        if _patterns()["required"].search(sent.text, sent.lead_at, m.start()) or tally(sent.text, m.start()):
            continue
        if _patterns()["tally_after"].match(sent.text, m.end("obj")):
            continue  # (签了…合同的有2409户: those who signed, counted)
        lo = max(sent.lead_at, max(sent.text.rfind(c, 0, m.start()) for c in "，。；,;") + 1)
        if _patterns()["unnamed_sides"].search(sent.text, lo, m.start()):
            continue  # (已与多家…签署了…, 已有多家…与各地…签署了…: deals summed up, no sides named)
        done = not _patterns()["unsigned"].search(sent.text, sent.lead_at, m.start())
        date = sent.date_at(m.start())
        parties = parties_before(sent, m.start(), resolve)
        inside, rest = ([], 0) if parties else parties_in_kind(sent, m.start("obj"), m.end("obj"))
        if inside and clean_kind(sent.text[rest : m.end("obj")]):
            parties, kind = inside, clean_kind(sent.text[rest : m.end("obj")])
        govs = None if parties else _patterns()["title_govs"].match(sent.text, m.start("obj") + (obj[:1] == "了"))
        if govs and clean_kind(sent.text[govs.end() : m.end("obj")]):  # (《甲国政府与乙国政府…协定》: as written)
            parties, kind = [govs["a"], govs["b"]], clean_kind(sent.text[govs.end() : m.end("obj")])
        grant = _patterns()["grant_govs"].match(sent.text, m.start("obj") + (obj[:1] == "了"))
        if grant and clean_kind(sent.text[grant.end() : m.end("obj")]):  # (签署了甲国政府向乙国政府提供…的协定)
            parties, kind = [grant["a"], grant["b"]], clean_kind(sent.text[grant.end() : m.end("obj")])
        parties = (
            parties
            or title_parties(sent, m.start("obj"), m.end("obj"))
            or subject_parties(sent, m.start(), resolve)
            or back_parties(sents, k, m.start(), resolve)
        )
        parties = split_parties(parties)
        head = _patterns()["drop"].sub("", obj.lstrip("了《“"))
        nations = _patterns()["countries_kind"].match(head)
        if nations and clean_kind(head[nations.end() :]):  # (签订了两国政府关于…协定: the signers' governments)
            govs_of = country_governments(sent, m.start(), parties)
            home = load("agreement_kinds.yaml")["nation_parties"]["中国"]
            if nations["count"] in "两双" and len(govs_of) == 1 and govs_of[0] != home:
                # (甲与乙国外交部长丙签署两国政府…协定: 甲, named by no body, signs for the home nation)
                govs_of = [home, *govs_of]
            if len(govs_of) == load("agreement_kinds.yaml")["province_counts"].get(nations["count"], 0):
                parties, kind = govs_of, clean_kind(head[nations.end() :])
        if not parties and _unnamed_batch(obj, kind):
            done = False  # 见证签署10余项双边合作文件: a batch of unnamed documents, the signing an event only
        if kind.endswith(_patterns()["pledges"]):
            done = False  # (与26家中介签订了承诺书: a pledge signed, an event only)
        fields = fields_near(sents, k, m.end(), obj, ahead, m.start())
        amount, witnesses = amount_near(sents, k, m.start()), witnesses_of(sents, k)
        kinds = [(kind, m.end()), *joined_kinds(sent.text, m.end())]  # (one verb, one site)
        groups = each_partner(sent, m.start(), parties, resolve)
        carried = carried_subject(sents, k, m.start(), resolve) if parties else None
        if carried and carried not in parties:  # (…；同时与丙、丁分别签署了B: the subject before signs with each)
            lo = max(sent.text.rfind(c, 0, m.start()) for c in "，；") + 1
            each = _patterns()["paired"].search(sent.text, lo, m.start()) or _patterns()["each"].search(
                sent.text, lo, m.start()
            )
            groups = [[carried, p] for p in parties] if each else [[carried, *parties]]
        counted = counted_groups(sent, m.start(), resolve)
        if len(counted) == len(kinds) > 1 and _patterns()["paired"].search(sent.text, 0, m.start()):
            groups = counted  # (两省区交通运输厅、商务厅分别签署了A和B: the two 交通运输厅 sign A, the two 商务厅 B)
        first = len(out)
        for n, (kind_k, at) in enumerate(kinds):
            own = amount_named(sents, k, kind_k)
            if at != m.end():
                fields = fields_near(sents, k, at, kind_k, ahead, m.start())
            # (甲分别与乙、丙签署了A协议和B协议: as many kinds as partners, each with its own, in the order written)
            respectively = len(kinds) == len(groups) > 1
            for group in [groups[n]] if respectively else groups:
                agr = Agreement(
                    kind=kind_k,
                    parties=group,
                    date=date,
                    fields=list(fields),
                    amount=own or amount,
                    witnesses=list(witnesses),
                    source=sent.source,
                )
                out.append((agr, m.start(), m["verb"], done))
        sums = respective_amounts(sent, m.end(), len(out) - first)
        for (agr, *_), sum_n in zip(out[first:], sums or [], strict=False):
            agr.amount = sum_n
    out += named_first(sents, k, {pos for _, pos, _, _ in out}, resolve, ahead)
    return out or signed_projects(sents, k, resolve)


def country_governments(sent: Sentence, pos: int, parties: list[str]) -> list[str]:
    """The governments of the countries of the clause before the verb at pos, in the order written: each country named
    (not a venue after 在/于), and the country of each party (its name's opening; none: the home nation).

    >>> from kgqa.extract.facts import Source
    >>> t = "甲部部长和德国经济部长签署了两国政府协定"
    >>> s = Sentence(0, t, Source(0, "", 0, 0), 0, org_spans=[(0, 2, "甲部")])
    >>> country_governments(s, t.index("签"), ["甲部"])
    ['中华人民共和国', '德国政府']
    """
    nations = load("agreement_kinds.yaml")["nation_parties"]
    venues = load("agreement_kinds.yaml")["venue_prepositions"]  # (在德国签署: a venue, no signer)
    start = max(max(sent.text.rfind(c, 0, pos) for c in "，。；：") + 1, sent.lead_at if sent.lead_at < pos else 0)
    found: list[tuple[int, str]] = []
    for party in parties:
        written = [a for a, _, n in sent.org_spans if n == party and start <= a < pos]
        at = (
            written[0]
            if written
            else pos
            if sent.text.find(party, start, pos) < 0
            else sent.text.find(party, start, pos)
        )
        if party in nations.values() or party.endswith("政府") and _foreign().fullmatch(party[:-2]):
            found.append((at, party))
            continue
        own = _foreign().match(party) or _patterns()["nations"].match(party)
        home = nations["中国"]
        found.append((at, (nations.get(own.group()) or own.group() + "政府") if own else home))
    for pat, named in ((_foreign(), lambda c: c + "政府"), (_patterns()["nations"], nations.get)):
        for m in pat.finditer(sent.text, start, pos):
            if sent.text[m.start() - 1 : m.start()] not in venues or m.start() == 0:
                found.append((m.start(), named(m.group())))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def parties_in_kind(sent: Sentence, a: int, b: int) -> tuple[list[str], int]:
    """The bodies, two or more joined by party_joins, that open the agreement's name in sent.text[a:b] (签署了甲集团与乙
    公司合作协议), and where the rest of the name starts; ([], 0) when it opens with no such bodies.

    >>> from kgqa.extract.facts import Source
    >>> from kgqa.extract.scene import Sentence
    >>> s = Sentence(0, "签署了甲集团与乙公司合作协议", Source(0, "", 0, 0), 0, org_spans=[(3, 6, "甲集团"), (7, 10, "乙公司")])
    >>> parties_in_kind(s, 3, 14)
    (['甲集团', '乙公司'], 10)
    """
    head = sent.text[a:b]
    dropped = _patterns()["drop"].match(head)
    q = a + (dropped.end() if dropped else 0)
    q = b - len(sent.text[q:b].lstrip('《“"'))
    names: list[str] = []
    for x, y, name in sorted(sent.org_spans):
        if x < q:
            continue
        if x != q or y > b:
            break
        names.append(name)
        join = _patterns()["party_join"].match(sent.text, y)
        if not join:
            return (names, y) if len(names) > 1 else ([], 0)
        q = join.end()
    return [], 0


def _unnamed_batch(obj: str, kind: str) -> bool:
    """Is the object a count of documents of no kind named (10余项双边合作文件), not one agreement?"""
    return bool(_patterns()["batch"].search(obj[: len(obj) - len(kind)]) and _patterns()["batch_unnamed"].search(kind))


def signed_projects(sents: list[Sentence], k: int, resolve=None) -> list[tuple[Agreement, int, str, bool]]:
    """A project two parties signed for, no agreement noun written (甲公司与乙管委会签订的年产5万吨…项目投资最大):
    the project its kind, with the parties before the verb (two at least), in a sentence that tells no other. An
    agreement told in passing the same way (履行甲国政府与乙组织签署的协议) is one too, when both sides are named and the
    signing is not planned (将要签署的协议); `article_agreements` drops it when the article told it signed already."""
    sent = sents[k]
    out: list[tuple[Agreement, int, str, bool]] = []
    for m in _patterns()["project"].finditer(sent.text):
        parties = split_parties(parties_before(sent, m.start(), resolve))
        kind = clean_kind(m["obj"])
        if len(parties) < 2 or not kind or _patterns()["required"].search(sent.text, sent.lead_at, m.start()):
            continue
        if _patterns()["unsigned"].search(sent.text, sent.lead_at, m.start()):
            continue
        agr = Agreement(
            kind=kind,
            parties=parties,
            date=sent.date_at(m.start()),
            fields=[],  # (the project's name is no field of work)
            amount=amount_near(sents, k, m.start()),
            witnesses=witnesses_of(sents, k),
            source=sent.source,
        )
        out.append((agr, m.start(), m["verb"], True))
    return out


def joined_kinds(text: str, end: int) -> list[tuple[str, int]]:
    """Further agreements signed by the same verb, joined to the kind ending at `end` (签订合资经营合同和技术许可合同):
    each kind as written, with where it ends."""
    out = []
    m = _patterns()["joined_kind"].match(text, end)
    while m:
        kind = clean_kind(m["obj"])
        if kind:
            out.append((kind, m.end()))
        m = _patterns()["joined_kind"].match(text, m.end())
    m = _patterns()["list_next"].match(text, end) if not out else None
    while m:  # (签署了：1．《…》；2．《…》: each item listed)
        kind = clean_kind(m["obj"])
        if kind:
            out.append((kind, m.end() - 1))
        m = _patterns()["list_next"].match(text, m.end() - 1)
    return out


def amount_named(sents: list[Sentence], k: int, kind: str) -> Amount | None:
    """The sum of a clause that names the agreement by its kind (按照技术许可合同，日方将以８００万美元…; 根据投资协议，…投资45亿元)
    in the agreement's sentence or the next two of its paragraph: the agreement's own when one signing has several."""
    for s in sents[k : k + 3]:
        if s.para != sents[k].para:
            break
        for m in _patterns()["named_by"].finditer(s.text):
            if not kind.endswith(m["kind"]) or m["kind"] in ("协议", "合同"):
                continue
            stop = min([i for i in (s.text.find(c, m.end()) for c in "；;。") if i >= 0] or [len(s.text)])
            sums = [a for a in s.amounts if m.end() <= a[0] < stop and not unit_price(s.text, a[0])]
            if sums:
                return sums[0][2]
    return None


@cache
def _noun_first_gate() -> re.Pattern[str] | None:
    """The strings one of which each match of noun_first holds (its verbs, 签字仪式): a sentence without is not
    searched (`events.required_gate`)."""
    return required_gate(_patterns()["noun_first"].pattern)


def named_first(
    sents: list[Sentence], k: int, taken: set[int], resolve=None, ahead: list[re.Match | None] | None = None
) -> list[tuple[Agreement, int, str, bool]]:
    """Agreements named before their verb (《…协议》在西安签署 / 合资建设…的合同，今天在上海签订): parties
    in the sentence before the kind, else the bodies of a next sentence whose people attend the signing.

    An agreement told again as it is read is none of its own, nor is its signing: a ceremony after the one its verb told
    in the sentence (甲与乙签订了合同，签字仪式在某饭店举行), a ceremony named by it after one told in the paragraph
    (…签署了合作协议。在合作协议签字仪式上), a bare kind signed on after one told in the article (_signed_on). These
    read the words as written; resolve._restated_agreements drops a later retelling by its resolved parties."""
    sent, pats = sents[k], _patterns()
    out: list[tuple[Agreement, int, str, bool]] = []
    gate = _noun_first_gate()  # (noun_first tries its kinds at every char of every sentence: most hold no verb of it)
    named = pats["noun_first"].finditer(sent.text) if gate is None or gate.search(sent.text) else ()
    for m in [*named, *_signed_on(sents, k)]:
        verb_at = m.start("verb") if m["verb"] else m.start("ceremony")
        lo, hi = m.span("obj")
        # the kind starts after the last body named in the phrase (甲与乙合作协议) or its last 的
        ends = [b for a, b, _ in sent.org_spans if lo <= a and b <= hi]
        ends += [p + len(n) for p, n in sent.places if lo <= p and p + len(n) <= hi]
        kind_at = max([lo + m["obj"].rfind("的") + 1, *ends])
        # (在甲与乙合作协议签约仪式上: 在 opens no venue; _signed_on's matches have no ceremony)
        on_stage = (m.groupdict().get("ceremony") or "").endswith("上")
        if on_stage:
            name_at = lo + m["obj"].rfind("的") + 1
            name_at += sent.text.startswith("在", name_at)
            inside, rest = parties_in_kind(sent, name_at, hi)  # (the bodies opening its name sign it)
            kind_at = rest or max(name_at, kind_at)
        if pats["verb_in"].search(sent.text, kind_at, hi):
            continue  # (甲市与乙市缔结友好城市关系协议书签字仪式在X举行: read by its verb, 缔结 no part of the kind)
        obj = sent.text[kind_at:hi]
        kind = clean_kind(obj)
        if verb_at in taken or not kind or pats["required"].search(sent.text, sent.lead_at, verb_at):
            continue
        if any(lo <= p < hi for p in taken):
            continue  # (甲与乙签订了合同，签字仪式在某饭店举行: the ceremony of the agreement its verb told, no other)
        if on_stage:
            told = any(s.para == sent.para and pats["sign"].search(s.text) for s in sents[max(0, k - 3) : k + 1])
            if told and not inside:
                continue  # (…签署了合作协议。在合作协议签字仪式上，…: the one told)
            parties = inside
        else:
            parties = parties_before(sent, kind_at, resolve) or back_parties(sents, k, kind_at, resolve)
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        if not parties and nxt is not None and nxt.para == sent.para:
            w = pats["witness"].search(nxt.text)
            parties = parties_before(nxt, w.start(), resolve) if w else []
        done = not pats["unsigned"].search(sent.text, sent.lead_at, verb_at)
        agr = Agreement(
            kind=kind,
            parties=split_parties(parties),
            date=sent.date_at(verb_at),
            fields=fields_near(sents, k, m.end(), obj, ahead, verb_at),
            amount=amount_near(sents, k, m.start("obj")),
            witnesses=witnesses_of(sents, k),
            source=sent.source,
        )
        out.append((agr, verb_at, m["verb"] or SIGNED, done))
    return out


def _signed_on(sents: list[Sentence], k: int) -> list[re.Match]:
    """甲厂厂长A与乙厂厂长B在兼并协议上签字: the agreement signed by putting names on it, when no sentence of the paragraph
    up to this one tells an agreement signed and its kind says more than a bare noun (协议), or none of the article before
    it does (甲、乙分别在协议上签了字 told alone)."""
    pats = _patterns()
    sent = sents[k]
    found = list(pats["signed_on"].finditer(sent.text))
    if not found:  # (most sentences: neither the sentences before it nor the article before it are read)
        return []
    told = any(s.para == sent.para and pats["sign"].search(s.text) for s in sents[max(0, k - 3) : k + 1])
    if told:
        return []
    # (a bare 协议 signed on: none told before it, by its verb or named first, 甲与乙协议签字仪式在X举行)
    bare = not any(pats["sign"].search(s.text) or pats["noun_first"].search(s.text) for s in sents[:k])
    return [m for m in found if bare or not pats["nouns"].fullmatch(m["obj"])]


def listed_pairs(sent: Sentence, start: int, pos: int, parties: list[str]) -> list[list[str]] | None:
    """甲与乙、丙与丁分别签订了投资合同: the pairs listed before 分别 and the verb (甲+乙, 丙+丁), or None: each body of the
    clause is one party, the first of each pair after 、 and the second after 与/和/同."""
    if not _patterns()["paired"].search(sent.text, start, pos) or len(parties) < 4 or len(parties) % 2:
        return None
    at = [p for p, _ in sent.orgs if start <= p < pos]
    # (南京市与商洛地区、无锡市与榆林地区分别签订: places that sign, by their governments, outside any body's name)
    at = sorted(
        {*at, *(p for p, _ in sent.places if start <= p < pos and not any(a <= p < b for a, b, _ in sent.org_spans))}
    )
    if len(at) != len(parties):
        return None
    for i, p in enumerate(at[1:], 1):
        if sent.text[p - 1 : p] not in ("与和同" if i % 2 else "、，"):
            return None
    return [parties[i : i + 2] for i in range(0, len(parties), 2)]


def _one_with_each(sent: Sentence, start: int, pos: int, parties: list[str]) -> list[list[str]]:
    """甲与乙、丙分别签订了…: one agreement of the first body with each of the others listed after its 与 (甲+乙,
    甲+丙), when 分别 comes right before the verb; else the parties as one."""
    at = sorted(p for p, _ in sent.orgs if start <= p < pos)
    if not _patterns()["paired"].search(sent.text, start, pos) or len(parties) < 3 or len(at) != len(parties):
        return [parties]
    joins = [sent.text[p - 1 : p] for p in at[1:]]
    if joins[0] not in load("agreement_kinds.yaml")["each_joins"] or any(j != "、" for j in joins[1:]):
        return [parties]
    return [[parties[0], p] for p in parties[1:]]


def carried_subject(sents: list[Sentence], k: int, pos: int, resolve=None) -> str | None:
    """甲与乙签订了A；同时与丙签署了B: the subject of the clause before (甲), in the sentence or in the one before that
    ；ends (or any, after a same-day opener: 。同日还与丙签订了B, carried_across), when the verb's clause opens with 与 and no body of its own before it (agreement_kinds.yaml carried_subject)
    and that clause names two parties joined by 与; else None."""
    sent = sents[k]
    start = max(max(sent.text.rfind(c, 0, pos) for c in "，。；：,;") + 1, sent.lead_at)
    opened = _patterns()["carried"].match(sent.text, start)
    if opened is None or opened.end() >= pos:
        return None
    joins = "".join(load("agreement_kinds.yaml")["each_joins"])
    across = any(  # (…。同日还与丙签订了B; …。当天，还与丙签订了B: the opener before the verb's clause)
        _patterns()["carried_across"].match(sent.text, at) is not None for at in (start, sent.lead_at)
    )
    end = start - 1
    while True:
        if end <= sent.lead_at:  # (the sentence before, when a ；ends it in the same paragraph)
            if k == 0 or sents[k - 1].para != sent.para:
                return None
            if not across and not sents[k - 1].text.rstrip().endswith(("；", ";")):
                return None
            across = False  # (one sentence back at most)
            k -= 1
            sent = sents[k]
            end = len(sent.text.rstrip()) - 1
        lo = max(max(sent.text.rfind(c, 0, end) for c in "，。；：,;") + 1, sent.lead_at)
        found = parties_before(sent, end, resolve)
        if len(found) == 2 and re.search(f"[{joins}]", sent.text[lo:end]):
            return found[0]
        if found:
            return None
        end = lo - 1


def each_partner(sent: Sentence, pos: int, parties: list[str], resolve=None) -> list[list[str]]:
    """甲分别与乙、丙签署协议: one agreement with each partner (甲+乙, 甲+丙); 甲、乙分别与丙: one of each with 丙;
    甲与乙、丙与丁分别签订: one for each pair; else the parties as one."""
    start = max(sent.text.rfind(c, 0, pos) for c in "，。；：") + 1
    pairs = listed_pairs(sent, start, pos, parties)
    if pairs:
        return pairs
    each = None
    for each in _patterns()["each"].finditer(sent.text, start, pos):
        pass
    if each is None:
        return _one_with_each(sent, start, pos, parties)
    subject = [p for p in parties_before(sent, each.start(), resolve) if p in parties]
    partners = [p for p in parties if p not in subject]
    if len(subject) > 1 and len(partners) == 1:
        return [[p, partners[0]] for p in subject]  # (甲、乙分别与丙签订了授信协议: 甲+丙, 乙+丙)
    if not subject or len(partners) < 2:
        return [parties]
    return [subject + [p] for p in partners]


def loans_in(sents: list[Sentence], k: int) -> list[Agreement]:
    """Loans granted (落实贷款): bank in the sentence, company in it or the next one."""
    sent = sents[k]
    out = []
    for pat, kind in _patterns()["loan"]:
        m = pat.search(sent.text)
        if not m:
            continue
        orgs = list(dict.fromkeys(sent.between("orgs", 0, len(sent.text))))
        banks = [o for o in orgs if "银行" in o]
        borrowers = tuple(load("agreement_kinds.yaml")["borrower_endings"])
        others = [o for o in orgs if "银行" not in o and o.endswith(borrowers)]
        if not others and k + 1 < len(sents):
            others = [
                o
                for o in dict.fromkeys(sents[k + 1].between("orgs", 0, len(sents[k + 1].text)))
                if "银行" not in o and o.endswith(borrowers)
            ]
        if banks and others:
            amounts = [a for a in sent.amounts if a[0] >= m.start() - 12]
            out.append(
                Agreement(
                    kind=kind,
                    parties=[banks[0], others[0]],
                    date=sent.date_at(m.start()),
                    amount=amounts[0][2] if amounts else None,
                    source=sent.source,
                )
            )
    return out


def listed_items(sents: list[Sentence], k: int, found: list[Found]) -> list[Told]:
    """A sentence that is the next item of a list of documents signed (…签署了：1．《…》；|2．《…》): an agreement of
    the same signing as the one found in the sentence before, its parties the governments its title opens with, else
    that one's."""
    sent, pats = sents[k], _patterns()
    m = pats["list_first"].match(sent.text, sent.lead_at)
    if m is None or not found or found[-1][1] != k - 1 or sents[k - 1].para != sent.para:
        return []
    prev = sents[k - 1]
    if not (pats["list_head"].search(prev.text) or pats["list_first"].match(prev.text, prev.lead_at)):
        return []
    agr, _, _, verb, done, sited = found[-1]
    govs = pats["title_govs"].match(sent.text, m.start("obj") - 1)
    kind = clean_kind(sent.text[govs.end() : m.end("obj")]) if govs else clean_kind(m["obj"])
    if not kind:
        return []
    new = Agreement(
        kind=kind,
        parties=[govs["a"], govs["b"]] if govs else list(agr.parties),
        date=agr.date,
        source=sent.source,
    )
    return [(new, m.start(), verb, done, sited)]


@cache
def _deal_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled patterns of deals told item by item (agreement_kinds.yaml `deal_*`)."""
    lex = load("agreement_kinds.yaml")
    return {
        k: re.compile(lex[f"deal_{k}"])
        for k in ("scene", "opener", "gap", "host", "at_after", "project_after", "signer")
    }


DEAL_VERB = "投资"  # the verb of a deal told as an item (甲公司投资5亿元…): the word deal_gap ends in
RUN_SIGNS = re.compile(r"签约|签订|签署|签字")


def _deal_host(sent: Sentence, p: int, at: tuple[int, int] | None, scene: list[Sentence]) -> str | None:
    """The body an item's deal is made with: a zone or government after 在 in the item, else the first one named in
    the signing's sentences (`scene`: the one before the items' run when it tells the signing, the run's), else in the
    item's own before it."""
    pats = _deal_patterns()
    if at:
        inside = [n for q, n in sent.orgs if at[0] <= q < at[1] and pats["host"].search(n)]
        if inside:
            return inside[0]
    for s in scene:
        named = [n for _, n in s.orgs if pats["host"].search(n)]
        if named and (s is not scene[0] or pats["scene"].search(s.text)):
            return named[0]
    named = [n for q, n in sent.orgs if q < p and pats["host"].search(n)]
    return named[0] if named else None


def _signer_body(sent: Sentence, at: int) -> str | None:
    """The government whose leader signs an item's deal, told in its clause after the sum (deal_signer): …投资3亿元在甲园区
    建设…，由乙市副市长丙与丁签约 -> 乙市人民政府."""
    stop = next((i for i in range(at, len(sent.text)) if sent.text[i] in "；;。"), len(sent.text))
    m = _deal_patterns()["signer"].search(sent.text, at, stop)
    return m["place"] + "人民政府" if m else None


def _deal_run(sents: list[Sentence], k: int) -> int | None:
    """The first sentence of the run of ；-clauses holding sentence k whose first opens with a deal opener (其中,
    签约项目中 …), or None."""
    opener = _deal_patterns()["opener"]
    while True:
        if opener.match(sents[k].text, sents[k].lead_at):
            return k
        if k == 0 or sents[k - 1].para != sents[k].para or not sents[k - 1].text.rstrip().endswith(("；", ";")):
            return None
        k -= 1


def deal_items(sents: list[Sentence], k: int, found: list[Found]) -> list[Told]:
    """Deals of one signing told item by item after 其中/签约项目中/签约仪式上 (甲公司投资5亿元建设…，乙公司将在丙区投资3亿
    元…; a run of ；-clauses too): each company with its sum an agreement with the host, unless a found one of its run
    has it already.

    Returns (agreement, position, verb, done, sited) as `listed_items`: an item of a signing told before (or tallied:
    现场签约项目8个。其中，…) has no signing of its own, one whose run of sentences tells a signing (…签订…合同，投资18亿元；
    乙公司投资…; 甲公司…，甲和乙代表双方签约) has."""
    pats, sent = _deal_patterns(), sents[k]
    first = _deal_run(sents, k)
    if first is None:
        return []
    before = [sents[first - 1]] if first > 0 and sents[first - 1].para == sent.para else []
    scene = before + sents[first:k]
    if not pats["scene"].search("".join(s.text for s in scene) + sent.text):
        return []
    m = pats["opener"].match(sent.text, sent.lead_at)
    opened = m.end() if m else sent.lead_at
    ends = {a: b for a, b, _ in sent.org_spans}
    have = {p for a, j, *_ in found if first - 1 <= j <= k for p in a.parties}
    out = []
    sited = any(RUN_SIGNS.search(s.text) for s in sents[first : k + 1])
    verb = "签约" if sited else DEAL_VERB
    for p, name in sent.orgs:
        if p < opened or p != opened and sent.text[p - 1] not in "，；,;" or pats["host"].search(name):
            continue
        end = ends.get(p, p + len(name))
        amt = next(((a, b, x) for a, b, x in sent.amounts if end <= a <= end + 48), None)
        if amt is None or any(name in h or h in name for h in have):
            continue  # (甲与美联电器集团有限公司签订…，美联电器将在乙区投资…: that deal's sum, told after it)
        gap = pats["gap"].match(sent.text[end : amt[0]])
        if not gap:
            continue
        after = pats["at_after"].match(sent.text, amt[1])
        at = (end + gap.start("at"), end + gap.end("at")) if gap["at"] else after.span("at") if after else None
        host = _signer_body(sent, amt[1]) or _deal_host(sent, p, at, scene)
        if not host:
            continue
        proj = pats["project_after"].search(sent.text, amt[1], min(len(sent.text), amt[1] + 24))
        agr = Agreement(
            kind=proj.group(1) if proj else "项目",
            parties=[name, host],
            date=sent.date_at(p),
            amount=amt[2],
            source=sent.source,
        )
        out.append((agr, p, verb, True, sited))
    return out


def article_agreements(sents: list[Sentence], resolve=None) -> list[Found]:
    """Every agreement of one article, with its sentence index, verb position, verb and whether it is
    done (a planned signing is an event still, not an agreement) and whether a signing is told there.

    `resolve(written, k, position)` names a body written by its level only (市政府)."""
    found: list[Found] = []
    ahead = fields_ahead(sents)
    for k in range(len(sents)):
        res = _AtSentence(resolve, sents[k].start) if resolve else None
        signed = [(a, p, v, d, True) for a, p, v, d in signed_in(sents, k, res, ahead)] or listed_items(sents, k, found)
        signed = signed + deal_items(sents, k, found + [(a, k, p, v, d, s) for a, p, v, d, s in signed])
        for agr, pos, verb, done, sited in signed:
            if _told_in_passing(sents[k], pos, verb) and any(set(agr.parties) == set(a.parties) for a, *_ in found):
                continue  # (甲与乙签署的协议 after the article told them sign it: the same one)
            found.append((agr, k, pos, verb, done, sited))
        if not signed:
            for agr in loans_in(sents, k):
                found.append((agr, k, 0, "", True, True))
    _same_occasion(sents, found)
    return [f for f in found if not _headline_retold(sents, f, found)]


def _headline_retold(sents: list[Sentence], f: Found, found: list[Found]) -> bool:
    """Is f told by an item's headline (a line of its own with no full stop: 甲与乙签署…协议) whose body, before the next
    headline, tells a deal with a party of its own after it: the same deal, the body's told in full?"""
    agr, k = f[0], f[1]
    if not sents[k].heading:
        return False
    for other, j, *_ in found:
        if j <= k or any(sents[i].heading for i in range(k + 1, j + 1)):
            continue
        if set(agr.parties) & set(other.parties):
            return True
    return False


def _told_in_passing(sent: Sentence, pos: int, verb: str) -> bool:
    """Is the signing verb at pos followed by 的 (甲与乙签署的协议: an agreement told in passing, no signing told)?"""
    return sent.text.startswith("的", pos + len(verb))


def _same_occasion(sents: list[Sentence], found: list[Found]) -> None:
    """An agreement told with no date after one of the same parties in its paragraph (同时，双方还签署了…) was
    signed that day."""
    dated: dict[tuple[int, frozenset[str]], Agreement] = {}  # the last dated one so far of a paragraph and parties
    last: dict[int, Agreement] = {}  # the last dated one so far of a paragraph
    for agr, k, *_ in found:
        key = (sents[k].para, frozenset(agr.parties))
        if agr.date is None and key in dated:
            agr.date = dated[key].date
        before = last.get(sents[k].para)
        if (
            agr.date is None
            and before is not None
            and any(x.startswith(y) or y.startswith(x) for x in agr.parties for y in before.parties)
            and _patterns()["again"].match(sents[k].text)
        ):
            # (甲公司…签订了租赁合同。同时，甲还与丙签订了贷款协议: that day's too; 甲 as written)
            agr.date = before.date
        if agr.date:
            dated[key] = agr
            last[sents[k].para] = agr


def _resolver(doc: Doc, article: int):
    """Names a body written by its level only (市政府) from the article's place, as the orgs step does."""
    try:
        from .org_registry import canonical, counted_lists
    except ImportError:  # without the orgs step such names stay unresolved
        return None
    return _Resolver(doc, article, canonical, counted_lists)


class _Resolver:
    """Names a body written by its level only (市政府) at a position of the article's body, as the orgs step does, and
    the regions' bodies each body written after a count of regions in a span of it stands for (两省区人民政府)."""

    def __init__(self, doc: Doc, article: int, canonical, counted) -> None:
        self.doc, self.article, self._canonical, self._counted = doc, article, canonical, counted

    def __call__(self, written: str, pos: int) -> str:
        return self._canonical(self.doc, self.article, written, pos)

    def named_back(self, level: str, pos: int) -> str | None:
        return level_body(self.doc, self.article, level, pos)

    def counted(self, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
        body = self.doc.facts.articles[self.article].body or ""
        return self._counted(self.doc, self.article, body, lo, hi)


def level_body(doc: Doc, article: int, level: str, pos: int) -> str | None:
    """The body a town, village or community named back by its level stands for (该乡, 镇里, 社区 before 与): of the
    page's bodies of that level (中共甲县乙乡委员会, 乙乡人民政府, 丙社区居委会), the one whose place the article writes
    last before pos (in full, or after a division: 乙乡 of 甲县乙乡), named as `level_party` says; None when none is."""
    if article >= len(doc.facts.articles):
        return None
    body = doc.facts.articles[article].body or ""
    pat, named = _patterns()["level_bodies"].get(level), load("agreement_kinds.yaml")["level_party"].get(level)
    if pat is None or named is None:
        return None
    best: tuple[int, str | None] = (-1, None)
    for name in list(registry(doc)):
        m = pat.fullmatch(name)
        if m is None:
            continue
        place = m["place"]
        tails = [place] + [place[k:] for k in range(2, len(place) - 1) if place_of(place[:k]) is not None]
        at = max(body.rfind(t, 0, pos) for t in tails)
        if at > best[0]:
            best = (at, named.format(place=place))
    return best[1]


class _AtSentence:
    """A resolver of names written at positions of one sentence (`start`: where it begins in the article's body)."""

    def __init__(self, resolve, start: int) -> None:
        self.resolve, self.start = resolve, start

    def __call__(self, written: str, pos: int) -> str:
        return self.resolve(written, self.start + pos)

    def named_back(self, level: str, pos: int) -> str | None:
        inner = getattr(self.resolve, "named_back", None)
        return inner(level, self.start + pos) if inner is not None else None

    def counted(self, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
        counted = getattr(self.resolve, "counted", None)
        found = counted(self.start + lo, self.start + hi) if counted else []
        return [(a - self.start, b - self.start, names) for a, b, names in found]


def counted_groups(sent: Sentence, pos: int, resolve=None) -> list[list[str]]:
    """The regions' bodies of each body written after a count of regions in the clause before pos (两省区交通运输厅、
    商务厅分别签署了…: the two 交通运输厅, the two 商务厅), those whose regions are named before."""
    counted = getattr(resolve, "counted", None)
    if counted is None:
        return []
    start = max(max(sent.text.rfind(c, 0, pos) for c in "，。；：") + 1, sent.lead_at if sent.lead_at < pos else 0)
    return [names for _, _, names in counted(start, pos) if names]


def party_body(doc: Doc, party: str, source: Any = None) -> str:
    """The organisation a party is: a place that signs (福建、宁夏签订协议书; 甲市与乙公司签约) is its
    人民政府, registered with the place as written for an alias; any other party as it is."""
    if party in registry(doc):
        return party
    if foreign_division(party):  # (与泰国清迈府签署: the division governs itself)
        return register(doc, party, typ="government", source=source).name
    p = place_of(party)
    if p is None:
        return party
    return register(doc, gov_of(p.name), alias=party, typ="government", located_in=p.name, source=source).name


@extractor("agreements")
def agreements(doc: Doc) -> None:
    """Find the agreements signed in each article of the page."""
    doc.agreement_sites = []
    for i, sents in enumerate(scenes(doc)):
        try:
            found = article_agreements(sents, _resolver(doc, i))
        except LexiconError:  # a broken data file is the installation's fault: say so, never degrade quietly
            raise
        except Exception:  # one unreadable article must not stop the page
            continue
        for agr, k, pos, verb, done, sited in found:
            agr.source.article = i
            told = _told_in_passing(sents[k], pos, verb) and _patterns()["nouns"].search(agr.kind)
            if done:
                agr.parties = [party_body(doc, p, agr.source) for p in agr.parties]
                doc.facts.agreements.append(agr)
            if not told and sited:  # (甲与乙签署的协议: an agreement told in passing, no signing told)
                doc.agreement_sites.append((i, k, pos, verb, agr))
