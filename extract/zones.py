"""Step `zones`: development zones with full names, city and industries.

A zone is every organisation of type development_zone (长治高新区 is read as
长治高新技术产业开发区 by `orgs.canonical`). Its industries come from
"围绕A、B、C等四大主导产业" / "立足“A、B、C”三大产业" lists in the sentences that
name it (or follow its naming), from "<zone>X产业" and from industry words in its name.
"""
from __future__ import annotations

import re

from .facts import Zone
from .mentions import lexicon, place_of, scan
from .orgs import article_place, registry
from .pipeline import Doc, extractor
from .posts import ensure_zone_mentions

LIST_RE = re.compile(r"(?:围绕|立足|聚焦|依托|主攻)[“\"「]?((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}?、){1,8}"
                     r"[\u4e00-\u9fffA-Za-z0-9]{2,12}?)[”\"」]?等?(?:[一二三四五六七八九十两\d]+大)?(?:主导|支柱|优势|特色|重点|首位)?产业")


def _items(s: str) -> list[str]:
    out = []
    for x in re.split(r"[、，,]", s):
        x = x.strip("“”\"「」 ")
        x = re.sub(r"(产业|等)$", "", x)
        if 2 <= len(x) <= 12:
            out.append(x)
    return out


@extractor("zones")
def zones(doc: Doc) -> None:
    """Development zones of the page with their city and industries."""
    ensure_zone_mentions(doc)
    lx = lexicon()
    reg = registry(doc)
    zone_orgs = [o for o in reg.values() if o.type == "development_zone"]
    found: dict[str, Zone] = {}
    for o in zone_orgs:
        city = o.located_in
        p = place_of(city) if city else None
        found[o.name] = Zone(name=o.name, city=p.name if p else city, sources=list(o.sources[:5]))
    zm = doc.scratch.get("zone_mentions", {})
    for i, art in enumerate(doc.facts.articles):
        text = art.body or ""
        mentions = [(s, z) for s, z in zm.get(i, []) if z in found]
        for m in LIST_RE.finditer(text):
            sent0 = max(text.rfind(c, 0, m.start()) for c in "。！？\n")
            before = [z for s, z in mentions if sent0 < s <= m.start()]
            z = before[0] if before else None
            if z:
                for x in _items(m.group(1)):
                    if x not in found[z].industries:
                        found[z].industries.append(x)
        for m in doc.mentions:
            if m.article != i or m.kind != "org" or m.org_type != "development_zone":
                continue
            z = m.canonical if m.canonical in found else None
            if not z:
                continue
            q = m.end
            got = []
            for s, e, w in scan(lx.industry_ac, text[q:q + 30]):
                if s != (got[-1][1] if got else 0):
                    break
                got.append((s, e, w))
            if got and re.match(r"全?产业", text[q + got[-1][1]:q + got[-1][1] + 3]):
                for _, _, w in got:
                    if w not in found[z].industries:
                        found[z].industries.append(w)
    for z in found.values():
        for w in lx.industries:
            if w + "产业" in z.name and w not in z.industries and not any(w in x for x in z.industries):
                z.industries.append(w)
                break
    doc.facts.development_zones = list(found.values())
