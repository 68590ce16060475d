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
from functools import lru_cache

from .facts import Agreement, Amount
from .pipeline import Doc, extractor
from .scene import Sentence, alt, lexicon, scenes

MAX_KIND = 24


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    """Compiled agreement patterns from agreement_kinds.yaml."""
    lex = lexicon("agreement_kinds.yaml")
    verbs, nouns = alt(lex["verbs"]), alt(lex["nouns"])
    return {
        "sign": re.compile(rf"(?P<verb>{verbs})(?P<obj>[^，。；！？、]{{0,{MAX_KIND}}}?(?:{nouns}))"),
        "drop": re.compile(rf"^(?:{alt(lex['kind_prefix_drop'])})+"),
        "loan": [(re.compile(x["pattern"]), x["kind"]) for x in lex["loans"]],
        "fields": re.compile(lex["fields_pattern"]),
        "witness": re.compile(alt(lex["witness_verbs"])),
        "term": re.compile(rf"(?:{alt(lex['amount_terms'])})$"),
    }


def clean_kind(obj: str) -> str:
    """The kind as written: the agreement noun phrase without articles, counts or years."""
    obj = re.sub(r"[《》“”\"]", "", obj)
    if "的" in obj:
        obj = obj.rsplit("的", 1)[1]
    obj = re.sub(r"^[\d０-９]{2,4}年(?:度)?", "", obj)
    obj = _patterns()["drop"].sub("", obj)
    return obj


def split_list(text: str) -> list[str]:
    """Items of an enumeration (A、B和C) with the last 等 dropped."""
    items = re.split(r"[、，,]|和|及|与|以及", text)
    return [x.strip() for x in items if 1 < len(x.strip()) <= 12]


def fields_near(sents: list[Sentence], k: int) -> list[str]:
    """Fields of cooperation stated in the agreement's sentence or the rest of its article."""
    pat = _patterns()["fields"]
    for s in sents[k:]:
        m = pat.search(s.text)
        if m:
            return split_list(m["list"])
    return []


def amount_near(sents: list[Sentence], k: int, after: int) -> Amount | None:
    """The sum of the agreement: in its sentence after the verb, else in the next two of its paragraph."""
    term = _patterns()["term"]
    sent = sents[k]
    candidates = [(a, sent) for a in sent.amounts if a[0] >= after]
    if not candidates:
        for s in sents[k + 1:k + 3]:
            if s.para != sent.para or _patterns()["sign"].search(s.text):
                break
            if s.amounts:
                candidates = [(s.amounts[0], s)]
                break
    if not candidates:
        return None
    (a, b, amount), s = candidates[0]
    m = term.search(s.text[max(0, a - 6):a])
    if m:
        amount = Amount(as_written=m.group() + amount.as_written, value=amount.value, unit=amount.unit)
    return amount


def parties_before(sent: Sentence, pos: int) -> list[str]:
    """Organisations named in the clause before the verb (甲与乙签署), deduplicated."""
    clause_start = max(sent.text.rfind(c, 0, pos) for c in "，。；：") + 1
    out: list[str] = []
    for name in sent.between("orgs", clause_start, pos):
        if name not in out:
            out.append(name)
    return out


def witnesses_of(sents: list[Sentence], k: int) -> list[str]:
    """Persons who witnessed the signing: the subject of a 见证 clause near the agreement."""
    pat = _patterns()["witness"]
    for s in sents[max(0, k - 1):k + 3]:
        m = pat.search(s.text)
        if not m:
            continue
        subject_end = min([i for i in (s.text.find("与", 0, m.start()), s.text.find("和", 0, m.start()))
                           if i >= 0] or [m.start()])
        names = s.between("persons", 0, subject_end) or s.between("persons", 0, m.start())
        return list(dict.fromkeys(names))
    return []


def signed_in(sents: list[Sentence], k: int) -> list[tuple[Agreement, int, str]]:
    """Agreements signed in sentence k, each with the position of its verb and the verb."""
    sent = sents[k]
    out = []
    if sent.quoted:
        return out
    for m in _patterns()["sign"].finditer(sent.text):
        obj = m["obj"]
        if obj.startswith("的") or m.start() > 0 and sent.text[m.start() - 1] == "的":
            continue
        kind = clean_kind(obj)
        if not kind:
            continue
        date = sent.date_at(m.start())
        agr = Agreement(kind=kind, parties=parties_before(sent, m.start()), date=date,
                        fields=fields_near(sents, k), amount=amount_near(sents, k, m.start()),
                        witnesses=witnesses_of(sents, k), source=sent.source)
        out.append((agr, m.start(), m["verb"]))
    return out


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
        others = [o for o in orgs if "银行" not in o and o.endswith(("公司", "集团", "厂", "企业"))]
        if not others and k + 1 < len(sents):
            others = [o for o in dict.fromkeys(sents[k + 1].between("orgs", 0, len(sents[k + 1].text)))
                      if "银行" not in o and o.endswith(("公司", "集团", "厂", "企业"))]
        if banks and others:
            out.append(Agreement(kind=kind, parties=[banks[0], others[0]], source=sent.source))
    return out


def article_agreements(sents: list[Sentence]) -> list[tuple[Agreement, int, int, str]]:
    """Every agreement of one article, with its sentence index, verb position and verb."""
    found: list[tuple[Agreement, int, int, str]] = []
    for k in range(len(sents)):
        for agr, pos, verb in signed_in(sents, k):
            found.append((agr, k, pos, verb))
        if not any(f[1] == k for f in found):
            for agr in loans_in(sents, k):
                found.append((agr, k, 0, ""))
    return found


@extractor("agreements")
def agreements(doc: Doc) -> None:
    """Find the agreements signed in each article of the page."""
    doc.scratch["agreement_sites"] = []
    for i, sents in enumerate(scenes(doc)):
        try:
            found = article_agreements(sents)
        except Exception:  # one unreadable article must not stop the page
            continue
        for agr, k, pos, verb in found:
            agr.source.article = i
            doc.facts.agreements.append(agr)
            doc.scratch["agreement_sites"].append((i, k, pos, verb, agr))
