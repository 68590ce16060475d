"""Made-up person names and real stand-in places for benches that rewrite real pages (bench/scale.py,
bench/perturb.py). The rewritten pages live in memory or a temporary directory, never in the repository."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
# Syllables common in transliterated foreign names (not the extractor's own statistics).
TRANSLIT = "阿巴贝比波布达德迪多杜菲弗戈格哈赫霍基吉杰卡科克库拉莱兰里利林罗洛卢马麦曼米莫穆纳内尼诺帕佩皮萨塞斯索塔泰特托瓦维沃西希亚伊尤扎泽"
# Characters frequent in real given names though common in other words too (国, 华, 建): names built only
# from the statistics' most name-typical characters would be easier than real ones.
COMMON_GIVEN = "国华建文明平军林海英秀东志春立新金德永红光荣成福玉兰丽梅芳强伟刚勇峰涛超波辉民生安宁"
PLACE_SUFFIX = re.compile(r"^(.{2,4}?)(市|县|区|州|旗)$")


def data_lines(name: str) -> list[str]:
    """The non-comment lines of a data file of extract/data."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


@cache
def given_chars(n: int = 60) -> tuple[str, ...]:
    """The n characters most typical of given names (the project's name statistics), most typical first."""
    rows = []
    for line in data_lines("name_chars.tsv"):
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == "G" and len(parts[1]) == 1:
            rows.append((float(parts[2]), parts[1]))
    return tuple(c for _, c in sorted(rows, reverse=True)[:n])


@cache
def surnames(n: int = 60) -> tuple[str, ...]:
    """The n commonest single-character family names."""
    words = [w for line in data_lines("surnames.txt") for w in line.split()]
    return tuple([s for s in words if len(s) == 1][:n])


@cache
def all_surnames() -> frozenset[str]:
    """Every family name of surnames.txt, single and compound."""
    return frozenset(w for line in data_lines("surnames.txt") for w in line.split())


@cache
def famous_persons() -> frozenset[str]:
    """The national leaders the extractor knows by name (famous_persons.txt): kept as they are."""
    return frozenset(line.split("\t")[0] for line in data_lines("famous_persons.txt"))


def is_chinese_name(name: str) -> bool:
    """A name of 2-4 Han characters starting with a family name."""
    return 2 <= len(name) <= 4 and (name[0] in all_surnames() or name[:2] in all_surnames())


class Substitution:
    """A set of replacements applied at once, longest first, to text and to every string of a nested value."""

    def __init__(self, subs: dict[str, str]) -> None:
        self.subs = {k: v for k, v in subs.items() if k and k != v}
        keys = sorted(self.subs, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, keys))) if keys else None

    def text(self, s: str) -> str:
        """The string with every replacement made."""
        return self.pattern.sub(lambda m: self.subs[m.group(0)], s) if self.pattern else s

    def value(self, obj: Any) -> Any:
        """A copy of a nested value (dicts, lists, strings) with every string replaced."""
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, dict):
            return {k: self.value(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.value(v) for v in obj]
        return obj


class PersonNames:
    """Random made-up names: a common family name and one or two typical given-name characters."""

    def __init__(self, rng: random.Random, avoid: Iterable[str] = (), n_surnames: int = 100) -> None:
        self.rng = rng
        self.sur = surnames(n_surnames)
        self.given = tuple(dict.fromkeys(given_chars(120) + tuple(COMMON_GIVEN)))
        self.avoid = set(avoid) | famous_persons()

    def chinese(self, text: str = "") -> str:
        """A name used nowhere in text, not avoided and not given before."""
        while True:
            name = self.rng.choice(self.sur) + "".join(self.rng.choices(self.given, k=self.rng.choice((1, 2, 2))))
            if name not in self.avoid and name not in text:
                self.avoid.add(name)
                return name

    def foreign(self, length: int, text: str = "") -> str:
        """A transliterated-looking name of the given length, used nowhere in text."""
        while True:
            name = "".join(self.rng.choices(TRANSLIT, k=max(2, length)))
            if name not in self.avoid and name not in text:
                self.avoid.add(name)
                return name


@cache
def divisions() -> dict[str, tuple[str, str, str]]:
    """Real cities and counties: full name -> (level 'city'|'county', province, prefecture)."""
    out: dict[str, tuple[str, str, str]] = {}
    tree = yaml.safe_load((DATA / "divisions.yaml").read_text(encoding="utf-8"))
    for province, cities in tree.items():
        for city, counties in (cities or {}).items():
            if city != province:  # municipalities are provinces here
                out[city] = ("city", province, city)
            for county in counties or []:
                out.setdefault(county, ("county", province, city))
    for line in data_lines("counties.tsv"):
        parts = line.split("\t")
        if len(parts) == 3:
            out.setdefault(parts[0], ("county", parts[1], parts[2]))
    return {k: v for k, v in out.items() if PLACE_SUFFIX.match(k) and "自治" not in k}


def stem(place: str) -> str:
    """A division's name without its level word (长治市 -> 长治, 浦东新区 -> 浦东)."""
    if place.endswith("新区"):
        return place[:-2]
    m = PLACE_SUFFIX.match(place)
    return m.group(1) if m else place


def place_swaps(rng: random.Random, text: str, names: Iterable[str] = ()) -> dict[str, str]:
    """Each city/county written in text (with its full name) -> another real one of the same level, not written
    in text: a city in the same province, a county in the city its own city became (else the same city, else
    province); their stems likewise (长治 -> 大同)."""
    divs = divisions()
    provinces = {v[1] for v in divs.values()}
    protected = {stem(p) for p in provinces} | {p[:2] for p in provinces}
    found = sorted((d for d in divs if d in text and stem(d) not in protected), key=lambda d: (divs[d][0], d))
    subs: dict[str, str] = {}
    used = set(found)
    used_stems = {stem(d) for d in found}
    counties_of: dict[str, list[str]] = {}
    for d, (lv, _, ci) in divs.items():
        if lv == "county":
            counties_of.setdefault(ci, []).append(d)

    def room(new_city: str, old_city: str) -> bool:  # the new city has a stand-in for each county written
        written = [c for c in found if divs[c][0] == "county" and divs[c][2] == old_city]
        return all(
            sum(d[-1] == suffix for d in counties_of.get(new_city, [])) >= sum(c[-1] == suffix for c in written)
            for suffix in {c[-1] for c in written}
        )

    for place in found:  # cities first ("city" < "county")
        level, province, city = divs[place]
        pool = [
            d
            for d, (lv, pr, _) in divs.items()
            if lv == level
            and pr == province
            and d[-1] == place[-1]  # a district for a district (区委), a county for a county
            and d not in used
            and stem(d) not in text
            and stem(d) not in protected | used_stems
        ]
        if level == "city":
            pool = [d for d in pool if room(d, place)]
        near = [d for d in pool if level == "county" and divs[d][2] == subs.get(city, city)]
        if not pool or (level == "county" and city in subs and not near):
            continue
        new = rng.choice(sorted(near or pool))
        used.add(new)
        used_stems.add(stem(new))
        subs[place] = new
        if len(stem(place)) >= 2 and len(stem(new)) >= 2 and not any(stem(place) in n for n in names):
            subs[stem(place)] = stem(new)
    return subs


def person_swaps(rng: random.Random, text: str, persons: Iterable[str]) -> dict[str, str]:
    """Each person name -> a made-up one (famous national leaders kept), with surname+title forms (李总理)
    following the family name when only one person of the page has it."""
    persons = sorted(set(persons))
    gen = PersonNames(rng, avoid=persons)
    subs: dict[str, str] = {}
    for name in persons:
        if name in famous_persons() or len(name) < 2:
            continue
        if is_chinese_name(name):
            subs[name] = gen.chinese(text)
        else:
            parts = re.split("([·•])", name)
            subs[name] = "".join(p if p in "·•" else gen.foreign(len(p), text) for p in parts)
    by_surname: dict[str, list[str]] = {}
    for name in persons:
        if is_chinese_name(name):
            by_surname.setdefault(family_name(name), []).append(name)
    titles = sorted((t for t in data_lines("titles.txt") if len(t) >= 2), key=len, reverse=True)
    for sur, names in by_surname.items():
        if len(names) == 1 and names[0] in subs:
            for t in titles:
                if sur + t in text:
                    subs.setdefault(sur + t, subs[names[0]][0] + t)
    return subs


def family_name(name: str) -> str:
    """The family name of a Chinese name (compound ones when the name is long enough)."""
    return name[:2] if len(name) >= 3 and name[:2] in all_surnames() else name[0]
