"""Step `places`: places with the place they lie in (`doc.facts.places`).

Three rules, each reading only what the text or the division data says:

* a division known to extract/data/divisions.yaml, written alone or after its parents
  (台州市路桥区, 长治市): it lies in its nearest parent not already written in its name
  (台州市路桥区 -> 浙江省, 路桥区 -> 台州市, 长治市 -> 山西省);
* a township or village written after a chain of divisions (新疆乌鲁木齐县二宫乡八家户村): it
  lies in the chain written before it, as written (八家户村 -> 新疆乌鲁木齐县二宫乡);
* a building said to stand in a place (X大厦屹立在<place>, 位于<place>的X大厦,
  在<place>建成的X大厦): it lies in that place as written.

    >>> from kgqa.extract.pipeline import extract_page
    >>> [(p.name, p.located_in) for p in extract_page("他来自新疆乌鲁木齐县二宫乡八家户村。").places
    ...  if p.kind == "village"]
    [('八家户村', '新疆乌鲁木齐县二宫乡')]
"""

from __future__ import annotations

import re

from .facts import Place, Source
from .lexicon import load
from .mentions import place_of
from .pipeline import Doc, Mention, extractor
from .sentences import source_at

HAN = "\u4e00-\u9fff"
# a township or a village written right after a chain of divisions
TOWNSHIP = re.compile(rf"[{HAN}]{{1,4}}?(?:乡|镇|街道)(?![{HAN}]{{0,1}}(?:政府|党委|人民|干部|长|企业))")
VILLAGE = re.compile(rf"[{HAN}]{{1,4}}?村(?![{HAN}]{{0,1}}(?:委|民|干部|党|支部|办公|集体|里|口|头))")
WORDS = load("place_words.yaml")  # each list: the alternatives of a regex, in order
BUILDING = rf"[{HAN}]{{2,8}}?(?:{'|'.join(WORDS['building_suffixes'])})"
STAND = "|".join(WORDS["stand_verbs"])
BUILDING_AFTER = re.compile(rf"(?P<b>{BUILDING})(?:{STAND})(?:在|于)?$")
BUILDING_BEFORE = re.compile(
    rf"(?P<gap>(?:的)|(?:(?:{'|'.join(WORDS['built_verbs'])})[^，。；！？]{{0,12}}?的))(?P<b>{BUILDING})"
)
LEAD = re.compile(rf"(?:{'|'.join(WORDS['lies_in'])})$")
# what a building name does not start with (measure words, numbers written before it)
BUILDING_NOISE = re.compile(r"^(?:[一二三四五六七八九十两几]+[层座幢栋]|[一这那该此每]?[幢栋座层])+")


def _building(written: str) -> str | None:
    """The building's name: after the last 的, without the measure words before it."""
    name = BUILDING_NOISE.sub("", written.split("的")[-1])
    return name if len(name) >= 4 and not place_of(name) else None


def _runs(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Place mentions written next to each other, as runs (新疆|乌鲁木齐县)."""
    runs: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if runs and runs[-1][-1].end == m.start:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _parents(name: str) -> list[str]:
    """The division's parents, nearest first (路桥区 -> [台州市, 浙江省])."""
    p = place_of(name)
    if p is None:
        return []
    out = [x for x in (p.city, p.province) if x and x != p.name]
    return list(dict.fromkeys(out))


def _source(doc: Doc, article: int, text: str, pos: int) -> Source:
    """The sentence holding body offset `pos` (a bisection: linear in the number of runs)."""
    return source_at(doc, article, pos)


class _Places:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_name: dict[str, Place] = {}

    def add(self, name: str, located_in: str | None, kind: str, source: Source, alias: str | None = None) -> None:
        if not name or not located_in or name == located_in or located_in.endswith(name):
            return
        p = self.by_name.get(name)
        if p is None:
            p = self.by_name[name] = Place(name=name, located_in=located_in, kind=kind)
            self.doc.facts.places.append(p)
        if alias and alias != name and alias not in p.aliases:
            p.aliases.append(alias)
        if len(p.sources) < 3:
            p.sources.append(source)


def _division(places: _Places, run: list[Mention], source: Source) -> None:
    """The last division of a run, named with the parents written before it, in its nearest unwritten parent."""
    last = run[-1]
    parents = _parents(last.canonical or last.text)
    written = [m.canonical or m.text for m in run[:-1]]
    # keep only the written prefix that really is the division's parents (in order)
    prefix = [w for w in written if w in parents]
    if len(prefix) != len(written):
        prefix = []
    name = "".join(prefix) + (last.canonical or last.text)
    unwritten = [p for p in parents if p not in prefix]
    if not unwritten:
        return
    as_written = "".join(m.text for m in run[len(run) - 1 - len(prefix) :])
    places.add(name, unwritten[0], "division", source, alias=as_written)


@extractor("places")
def find_places(doc: Doc) -> None:
    """Divisions, townships, villages and buildings with the place each lies in."""
    places = _Places(doc)
    by_article: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.kind == "place":
            by_article.setdefault(m.article, []).append(m)
    for i, art in enumerate(doc.facts.articles):
        text = art.body
        ms = by_article.get(i, [])
        runs = _runs(ms, text)
        run_ends = {}
        for run in runs:
            src = _source(doc, i, text, run[0].start)
            _division(places, run, src)
            start, end = run[0].start, run[-1].end
            run_ends[start] = end
            # township and village written after the chain
            pos = end
            t = TOWNSHIP.match(text, pos)
            if t:
                places.add(t.group(0), text[start:pos], "township", src)
                pos = t.end()
            v = VILLAGE.match(text, pos)
            if v:
                places.add(v.group(0), text[start:pos], "village", src)
        for start, end in run_ends.items():
            where = text[start:end]
            src = _source(doc, i, text, start)
            # X大厦屹立在<place>
            b = BUILDING_AFTER.search(text[max(0, start - 16) : start])
            if b:
                name = _building(b.group("b"))
                if name:
                    places.add(name, where, "building", src)
            # 位于<place>的X大厦 / 在<place>建成的X大厦
            if LEAD.search(text[max(0, start - 3) : start]):
                b = BUILDING_BEFORE.match(text, end)
                if b:
                    name = _building(b.group("b"))
                    if name:
                        places.add(name, where, "building", src)
