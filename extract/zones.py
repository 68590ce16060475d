"""Step `zones`: development zones with full names, city and industries.

A zone is every organisation of type development_zone (长治高新区 is read as
长治高新技术产业开发区 by `orgs.canonical`). Its industries come from
"围绕A、B、C等四大主导产业" / "立足“A、B、C”三大产业" lists in the sentences that
name it (or follow its naming), from "<zone>X产业" and from industry words in its name.
"""
from __future__ import annotations

import re

from .facts import Zone
from .mentions import lexicon, place_of
from .orgs import article_place, registry
from .pipeline import Doc, extractor
from .posts import ensure_zone_mentions

LIST_RE = re.compile(r"(?:围绕|立足|聚焦|依托|主攻|做强|发展|打造|形成)[“\"「]?((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}[、，,和及与]){1,8}"
                     r"[\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?等?(?:[一二三四五六七八九十两\d]+大)?(?:主导|支柱|优势|特色|重点|首位)?产业")


def _items(s: str) -> list[str]:
    out = []
    for x in re.split(r"[、，,]|和|及|与", s):
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
            before = [z for s, z in mentions if s <= m.start()]
            z = before[-1] if before else (mentions[0][1] if mentions else None)
            if z:
                for x in _items(m.group(1)):
                    if x not in found[z].industries:
                        found[z].industries.append(x)
        for s, z in mentions:
            tail = text[s:s + len(z) + 20]
            for w in lx.industries:
                k = tail.find(w)
                if 0 < k <= len(z) + 6 and re.match(r"(全?产业|产业)", tail[k + len(w):]) and w not in found[z].industries:
                    found[z].industries.append(w)
    for z in found.values():
        for w in lx.industries:
            if w in z.name and w not in z.industries and not any(w in x for x in z.industries):
                z.industries.append(w)
                break
    doc.facts.development_zones = list(found.values())
