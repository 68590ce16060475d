"""Written forms of names: cleaning a question, short forms of organisations, role words of titles.

>>> sorted(org_forms("中共长治市委员会"))[:4]
['中共长治市委', '中共长治市委员会', '长治市', '长治市党委']
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, cast

from ...extract.lexicon import Record, Seq, Str, Words, read
from ..lru import bytes_lru

# the word lists of ways people write names short (forms.yaml), checked when read (an error names the file and line)
FORMS_FILE = Path(__file__).with_name("forms.yaml")
FORMS_SPEC = Record(
    {
        "provinces": Words(),
        "trade_tails": Words(),
        "group_trades": Words(),
        "brand_trades": Words(),
        "initial_trades": Words(),
        "short_forms": Seq(Seq(Str(), size=2)),
        "national_heads": Words(),
        "department_kinds": Words(),
        "national_kinds": Words(),
        "branch_tails": Words(),
        "one_char_names": Seq(Seq(Str(), size=2)),
        "home_names": Words(),
        "lab_words": Words(),
        "lab_kinds": Words(),
        "ordinal_kinds": Seq(Seq(Str(), size=2)),
        "unit_heads": Seq(Seq(Str(), size=2)),
        "unit_ranks": Words(),
        "lower_levels": Seq(Seq(Str(), size=2)),
    }
)
_DATA = cast(dict[str, Any], read(FORMS_FILE, FORMS_SPEC))

MAX_QUESTION = 200  # longer input is not a question; answered with a message, never parsed

_DROP = re.compile(
    r"[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202f\ue000-\uf8ff\ufeff\ud800-\udfff"
    r"\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]"
)
_SPACE = re.compile(r"\s+")
_DIRTY = re.compile(_DROP.pattern + r"|\s")


def clean(text: str) -> str:
    """NFKC-normalise, drop control/private-use characters and spaces.

    >>> clean(" 长治市 市长是谁？\\x00")
    '长治市市长是谁?'
    """
    text = str(text or "")
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _DIRTY.search(text):
        text = _SPACE.sub("", _DROP.sub("", text))
    return text


# organisation names -> shorter ways people write them; "" is the bare stem (长治市 of 长治市人民政府),
# which names the place or the zone rather than the body, except for companies (鹏飞集团有限公司 -> 鹏飞集团)
_SUFFIX_RULES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("人民政府", ("政府", ""), True),
    ("纪律检查工作委员会", ("纪工委",), True),
    ("工作委员会", ("党工委", "工委", ""), True),
    ("管理委员会", ("管委会", ""), True),
    ("人民代表大会常务委员会", ("人大常委会",), True),
    ("委员会", ("委", ""), True),
    ("党委", ("",), True),
    ("党组", ("",), True),
    ("股份有限公司", ("", "公司"), False),
    ("集团有限公司", ("集团",), False),
    ("有限责任公司", ("", "公司"), False),
    ("有限公司", ("", "公司"), False),
)
_INFIX_RULES: tuple[tuple[str, str], ...] = tuple((long, short) for long, short in _DATA["short_forms"])
_CPPCC = "中国人民政治协商会议"
CPPCC = _CPPCC  # a CPPCC committee's name opens with it


_ORDINAL_KINDS: tuple[tuple[str, str], ...] = tuple((long, short) for long, short in _DATA["ordinal_kinds"])
_UNIT_HEADS: tuple[tuple[str, str], ...] = tuple((twice, once) for twice, once in _DATA["unit_heads"])
_UNIT_RANKS: tuple[str, ...] = tuple(_DATA["unit_ranks"])  # a rank before the unit's head: no other form


def unit_head_forms(title: str) -> set[str]:
    """The title with its unit's head written the other way (forms.yaml `unit_heads`: 宣传部长 <-> 宣传部部长).

    >>> unit_head_forms("宣传部长"), unit_head_forms("公安局局长"), unit_head_forms("副部长"), unit_head_forms("宣传部副部长")
    ({'宣传部部长'}, {'公安局长'}, set(), set())
    """
    for twice, once in _UNIT_HEADS:
        for have, other in ((twice, once), (once, twice)):
            head = title[: -len(have)]
            if title.endswith(have) and len(head) >= 2:
                if any(r in head for r in _UNIT_RANKS) or head.endswith(twice[0]):
                    return set()
                return {head + other}
    return set()


def ordinal_forms(text: str) -> list[str]:
    """The text with a unit named by its number written out (forms.yaml `ordinal_kinds`: 甲乙二厂 -> 甲乙第二工厂,
    甲乙第二厂), as a fact's name writes it in full.

    >>> ordinal_forms("花溪二厂奠基"), ordinal_forms("第二厂"), ordinal_forms("甲市召开会议")
    (['花溪第二工厂奠基', '花溪第二厂奠基'], [], [])
    """
    out: list[str] = []
    for long, short in _ORDINAL_KINDS:
        pattern = re.compile(r"(?<!第)([一二三四五六七八九十]{1,2})" + re.escape(short))
        if pattern.search(text):
            out += [pattern.sub(r"第\g<1>" + long, text), pattern.sub(r"第\g<1>" + short, text)]
    return [t for t in dict.fromkeys(out) if t != text]


def long_forms(text: str) -> list[str]:
    """The text with the short forms of names written out (经开区 -> 经济技术开发区 and 经济开发区, 发改委 ->
    发展改革委): a description written short finds a title or summary written in full.

    >>> long_forms("甲县经开区电力问题"), long_forms("甲市召开会议")
    (['甲县经济技术开发区电力问题', '甲县经济开发区电力问题'], [])
    """
    out: list[str] = []
    for long, short in _INFIX_RULES:
        if short in text and long not in text and len(short) >= 3:
            out.append(text.replace(short, long))
    return [t for t in dict.fromkeys(out) if t != text]


# a zone by its place and kind alone, the words between dropped: 甲乙示范区 of 甲乙现代农业产业示范区
# a district or county named with its city first (甲市乙区人民政府): people write the district alone (乙区长, 乙区政府)
_CITY_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,3}?市(?=(?!高新|经开|开发|保税|综保)[\u4e00-\u9fff]{2,3}[区县])")
_ZONE_SHORT = re.compile(r"^(?!中共)([\u4e00-\u9fff]{2}[市县]?)[\u4e00-\u9fff]{2,10}?(示范区|开发区|试验区|合作区)")


@bytes_lru(16 * 2**20)  # ~28,500 names (an entry ~560 B); a count of 200,000 was ~110 MB by 28,000 pages
def _forms(name: str, bare: bool) -> frozenset[str]:
    name = clean(name)
    forms = {name}
    stems: set[str] = set()
    base = name[2:] if name.startswith("中共") and len(name) > 4 else name
    forms.add(base)
    if base.startswith(_CPPCC) and base.endswith("委员会"):
        place = base[len(_CPPCC) : -3]
        stems.add(place)
        forms.add(place + "政协")
        if len(place) >= 3 and place[-1] in "市县区":
            forms.add(place[:-1] + "政协")  # 辽阳政协 of 辽阳市's committee
    else:
        for suffix, shorts, is_bare in _SUFFIX_RULES:
            if base.endswith(suffix) and len(base) > len(suffix) + 1:
                stem = base[: -len(suffix)]
                forms.update(stem + s for s in shorts if s or not is_bare)
                if "" in shorts and is_bare:
                    stems.add(stem)
                break
    if name.startswith("中共") and base.endswith("委员会") and len(base) > 5 and not bare:
        forms.add(base[:-3] + "党委")  # 中共甲省委员会 -> 甲省党委 (甲省党委书记)
        forms.add("中共" + base[:-3] + "委")  # 中共甲市委 (中共甲市委书记)
    out = stems if bare else forms
    out.update(s for f in list(out) for s in _place_short(f, bare))
    if not bare:  # a national body written without 国家 (发改委运行局 of 国家发改委运行局), when enough is left
        out.update(f[2:] for f in list(out) if f.startswith("国家") and len(f) >= 7)
    if not bare and _COMPANY_END.search(base):
        out.update(s for f in list(out) for s in _unbracketed(f))
        out.update(s for f in list(out) for s in _company_short(f))
    for long, short in _INFIX_RULES:
        out.update(f.replace(long, short) for f in list(out) if long in f)
    out.update(_ZONE_SHORT.sub(r"\1\2", f) for f in list(out) if _ZONE_SHORT.match(f))
    if not bare:
        out.update(p for f in list(out) for p in _place_first(f))
        if not _COMPANY_END.search(base):  # 无锡商务局 of 无锡市商务局 (a company's: _company_short)
            out.update(s for f in list(out) for s in _city_unleveled(f, 3))
    out.update(inner for f in list(out) if (inner := _CITY_HEAD.sub("", f)) != f and not is_generic(inner))
    out.update(_LAB_PROVINCE.sub(r"\1\2", f) for f in list(out) if _LAB_PROVINCE.match(f))
    out.update(s for f in list(out) for s in _lab_short(f))
    return frozenset(f for f in out if len(f) >= 2)


_LAB_WORDS: tuple[str, ...] = tuple(_DATA["lab_words"])
_LAB_KIND = re.compile("(" + "|".join(_DATA["lab_kinds"]) + ")$")
_LAB_MIN = 4  # characters left before the kind word


def _lab_short(form: str) -> set[str]:
    """A laboratory's or research centre's name without any of the words people leave out of it (forms.yaml
    lab_words), four characters or more left before its kind word.

    >>> sorted(_lab_short("先进储能电池材料重点实验室"))[:3], _lab_short("重点实验室")
    (['储能电池实验室', '储能电池材料实验室', '储能电池材料重点实验室'], set())
    """
    kind = _LAB_KIND.search(form)
    if kind is None:
        return set()
    heads = {form[: kind.start()]}
    for word in _LAB_WORDS:
        heads |= {h.replace(word, "", 1) for h in heads if word in h}
    return {h + kind.group() for h in heads if len(h) >= _LAB_MIN} - {form}


# provincial-level places by their short names: 新疆 of 新疆维吾尔自治区, 辽宁 of 辽宁省
PROVINCES = frozenset(_DATA["provinces"])
_REGION = re.compile(r"^(内蒙古|[\u4e00-\u9fff]{2})(维吾尔|回族|壮族)?自治区(?=.)")
_LEVEL = re.compile(r"^(黑龙江|[\u4e00-\u9fff]{2})(省|市)(?!委|政府|人民政府|长|$)")
_COMPANY_END = re.compile(r"(公司|集团|厂)$")
# trade words a company's short name drops at its end (唯诺达机电 of 唯诺达机电设备有限公司)
TRADE_TAILS: tuple[str, ...] = tuple(_DATA["trade_tails"])
# a group's name with its trade words before 集团 (甲乙开发建设集团, 甲乙控股集团): people write 甲乙集团
_GROUP_TRADES = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)(?:" + "|".join(TRADE_TAILS + tuple(_DATA["group_trades"])) + r")+集团$"
)
# a provincial key laboratory named with its province inside (甲材料乙省重点实验室): written without it too
_LAB_PROVINCE = re.compile(
    r"^(.{2,}?)(?:(?:" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + r")省?|[\u4e00-\u9fff]{2}省)(重点实验室)$"
)


def _place_short(form: str, whole: bool = False) -> set[str]:
    """A provincial-level name written short at the head of a form: 新疆(自治区)党委, 辽宁发改委; `whole`: the form
    may be the place alone (a bare stem, used only to write posts: 宁夏自治区主席)."""
    m = _REGION.match(form + ("." if whole else ""))
    if m and m.group(1) in PROVINCES:
        rest = form[m.end() :]
        return {m.group(1) + "自治区" + rest} | ({m.group(1) + rest} if not rest.startswith("委") else set())
    m = _LEVEL.match(form + ("." if whole else ""))
    if m and m.group(1) in PROVINCES:
        return {m.group(1) + form[m.end() :]}
    return set()


# the legal ending of a company's name, and the trade words before it that its brand leaves out
_LEGAL_END = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|公司|集团)$")
_BRAND_TRADES = tuple(sorted(set(TRADE_TAILS) | set(_DATA["brand_trades"]), key=len, reverse=True))
# parts of speech (jieba's) a brand may have: a name, or no word at all (鹏飞, 唯诺达); never a common word
_BRAND_POS = frozenset({"nr", "nrt", "nrfg", "nz", "nt"})
# a company named by its capital letters before what it makes (ABC航空材料有限公司): people write the letters
_LATIN_BRAND = re.compile(r"([A-Z]{2,6})[\u4e00-\u9fff]{2,}")


def _brand(form: str) -> tuple[str, str] | None:
    """The brand a company goes by (鹏飞 of 山西鹏飞集团有限公司, 唯诺达 of 唯诺达机电设备有限公司): its name without
    the legal ending, the province and the trade words, when 2-4 characters are left that are no common word;
    with the province it dropped.

    >>> _brand("山西鹏飞集团有限公司"), _brand("唯诺达机电设备有限公司"), _brand("山东钢铁集团有限公司")
    (('鹏飞', '山西'), ('唯诺达', ''), None)
    >>> _brand("XYZ航空材料有限公司")
    ('XYZ', '')
    """
    f = form.replace("(集团)", "")
    end = _LEGAL_END.search(f)
    stem = f[: end.start()] if end else ""
    latin = _LATIN_BRAND.fullmatch(stem)
    if latin:
        return latin.group(1), ""  # ABC航空材料有限公司: ABC
    if not stem or not re.fullmatch(r"[\u4e00-\u9fff]+", stem) or stem.endswith(("总", "分")):
        return None
    head = next((p for p in PROVINCES if stem.startswith(p) and len(stem) - len(p) >= 2), "")
    stem = stem[len(head) :]
    cut = True
    while cut:
        cut = False
        for tail in _BRAND_TRADES:
            if stem.endswith(tail) and len(stem) - len(tail) >= 2:
                stem, cut = stem[: -len(tail)], True
                break
    if not 2 <= len(stem) <= 4 or stem in PROVINCES or stem.startswith(("中国", "国家", "全国", "中华")):
        return None
    from ...extract.ner import small_word_pos  # jieba's parts of speech in a small table, made once

    pos = small_word_pos(stem)
    if pos == "ns" and not _is_place(stem):  # a brand that reads as a place name but is none (苏宁 of 苏宁电器集团)
        return stem, head
    return (stem, head) if pos is None or pos in _BRAND_POS else None


# a place or word in brackets inside a company's name (甲乙(东湖)科技有限公司): written without the brackets
_BRACKETED = re.compile(r"\(([\u4e00-\u9fff]{2,4})\)")


def _unbracketed(form: str) -> set[str]:
    """A company's name with a bracketed part written inline and left out (甲乙(东湖)科技有限公司: 甲乙东湖科技有限公司,
    甲乙科技有限公司); (集团) is _company_short's.

    >>> sorted(_unbracketed("甲乙(东湖)科技有限公司")), _unbracketed("甲乙(集团)有限公司")
    (['甲乙东湖科技有限公司', '甲乙科技有限公司'], set())
    """
    m = _BRACKETED.search(form)
    if not m or m.group(1) == "集团" or m.start() < 2:
        return set()
    return {form[: m.start()] + m.group(1) + form[m.end() :], form[: m.start()] + form[m.end() :]}


def place_short_forms(form: str) -> set[str]:
    """A place's name with its provincial-level head written short (新疆自治区, 新疆 of 新疆维吾尔自治区)."""
    return _place_short(form, True)


# a branch's name with its place inside (交通银行白银分行): people also write the place first (白银交通银行分行)
BRANCH_TAILS: tuple[str, ...] = tuple(_DATA["branch_tails"])


def _place_first(form: str) -> set[str]:
    """A branch's name with the place written first (and without its level word): 乙甲银行分行 of 甲银行乙分行,
    when 乙 is a division.

    >>> _place_first("中国银行白银市分行"), _place_first("交通银行分行")
    ({'白银中国银行分行'}, set())
    """
    from ...extract.mentions import lexicon  # the divisions data, loaded once

    lx = lexicon()  # not place_of: a name's forms never depend on the page being read (they are cached)
    tail = next((t for t in BRANCH_TAILS if form.endswith(t)), None)
    rest = form[: -len(tail)] if tail else ""
    for k in (4, 3, 2):
        head, place = rest[:-k], rest[-k:]
        if len(head) >= 2 and (division := lx.places.get(lx.short_places.get(place, place))) is not None:
            # the place without its level word only (白银 of 白银市): 白银市… would also be read as 市… elsewhere
            stem = place[:-1] if place[-1] in "市省" and len(place) >= 3 else place
            return {stem + head + tail} if tail and len(stem) >= 2 and stem != division.name else set()
    return set()


def _company_short(form: str) -> set[str]:
    """A company's name as people shorten it: (集团) in brackets, without the province, without a trade word,
    its brand (with 公司 or 集团 after it as the name has it), without 公司 after a kind word (甲乙基金 of 甲乙基金公司).

    >>> "甲乙运输集团" in _company_short("甲乙运输(集团)总公司")
    True
    """
    out = set()
    brand = _brand(form)
    if brand:
        out |= {p + brand[0] + end for p in {"", brand[1]} for end in ("", "公司", "集团") if not end or end in form}
    if form.endswith("公司") and not _LEGAL_END.fullmatch(form[-6:]) and len(form) >= 6:
        if not form.endswith(("有限公司", "总公司", "分公司", "集团公司")):
            out.add(form[:-2])  # 甲乙基金公司 -> 甲乙基金
    if "(集团)" in form:
        out |= {form.replace("(集团)", "集团"), form.replace("(集团)", "")}
        head = form[: form.index("(集团)")]
        if len(head) >= 2:
            out.add(head + "集团")  # 甲乙运输(集团)总公司: 甲乙运输集团, the group it is called
    out |= {s for f in {form} | out for s in _city_unleveled(f)}
    for f in {form} | out:
        for p in PROVINCES:
            if f.startswith(p) and len(f) - len(p) >= 4 and f[len(p)] not in "省市区县":
                out.add(f[len(p) :])
    for f in list(out | {form}):
        for tail in TRADE_TAILS:
            if f.endswith(tail) and len(f) - len(tail) >= 4:
                out.add(f[: -len(tail)])
        m = _GROUP_TRADES.match(f)
        if m and m.group(1) not in PROVINCES and m.group(1) not in ("中国", "国家", "全国"):
            out.add(m.group(1) + "集团")  # 甲乙开发建设集团, 甲乙控股集团: 甲乙集团 (not 中国集团)
        m = _TRADE_GROUP.match(f)
        if m and m.group(1)[:2] not in ("中国", "国家", "全国", "中华"):
            out.add(m.group(1))  # 甲乙电器集团, 甲乙钢铁集团有限公司: 甲乙电器, 甲乙钢铁 (the group word left out)
            out |= _initials(m.group(1))
    return out | {s for f in out | {form} for s in _city_dropped(f)}


def _city_unleveled(form: str, least: int = 4) -> set[str]:
    """A company's name with the city it opens with written without 市 (深圳创益科技发展有限公司 of 深圳市创益…), when the
    city's name is no province's too (吉林市) and `least` characters or more follow; a city's body (least 3: 无锡商务局
    of 无锡市商务局) never when what follows opens with a level or committee word (甲市委员会, 甲市区…).

    >>> _city_unleveled("深圳市创益科技发展有限公司"), _city_unleveled("吉林市电力器材有限公司")
    ({'深圳创益科技发展有限公司'}, set())
    >>> _city_unleveled("无锡市商务局", 3), _city_unleveled("无锡市委员会", 3)
    ({'无锡商务局'}, set())
    """
    from ...extract.mentions import place_of  # the divisions data, loaded once

    for k in (2, 3):
        head = form[:k]
        if form[k + 1 : k + 2] in ("", *_PLACE_END, "委", "省", "州"):
            continue
        if form[k : k + 1] == "市" and len(form) - k - 1 >= least and head not in PROVINCES:
            city = place_of(head + "市")
            if city is not None and city.level == "city" and city.name == head + "市":
                return {head + form[k + 1 :]}
    return set()


def _initials(stem: str) -> set[str]:
    """A group named by a place and a trade of `initial_trades`, written by the first character of each (山钢 and
    山钢集团 of 山东钢铁; none when the head is no place).

    >>> sorted(_initials("山东钢铁")), _initials("鹏飞钢铁")
    (['山钢', '山钢集团'], set())
    """
    trade = next((t for t in _INITIAL_TRADES if stem.endswith(t)), None)
    head = stem[: -len(trade)] if trade else ""
    if trade is None or len(head) != 2 or not _is_place(head):
        return set()
    return {head[0] + trade[0], head[0] + trade[0] + "集团"}


def _is_place(word: str) -> bool:
    """True for a province's short name or a division's name without its level word (莆田, 山东)."""
    from ...extract.mentions import lexicon  # the divisions data, loaded once

    return word in PROVINCES or word in lexicon().short_places


def _city_dropped(form: str) -> set[str]:
    """A company's name without the city it opens with, after its province has gone (香江集团 of 莆田香江集团),
    when four characters or more are left.

    >>> _city_dropped("莆田香江集团"), _city_dropped("鹏飞集团")
    ({'香江集团'}, set())
    """
    head = form[:2]
    if len(form) - 2 >= 4 and head not in PROVINCES and _is_place(head) and form[2] not in "省市区县":
        return {form[2:]}
    return set()


# a group named by its brand and trade (甲乙电器集团, 甲乙钢铁集团有限公司): people leave out what follows the trade
_INITIAL_TRADES: tuple[str, ...] = tuple(_DATA["initial_trades"])
_TRADE_GROUP = re.compile(r"^([\u4e00-\u9fff]{2,4}(?:" + "|".join(_BRAND_TRADES) + r"))集团(?:有限公司|股份有限公司)?$")
_UPPER_LEVEL = re.compile(r"特别行政区|自治区|自治州|地区|省|市|州|盟")
_PLACE_END = "区县市旗镇乡村"


# a county's or a township's level word, and the level words of a place below it (forms.yaml lower_levels)
_LOWER_LEVELS: tuple[tuple[str, str], ...] = tuple((level, below) for level, below in _DATA["lower_levels"])


def _lower_forms(label: str) -> set[str]:
    """A place below a county written without what stands above it (forms.yaml `lower_levels`): 二宫乡八家户村 and
    八家户村 of 甲县二宫乡八家户村, each part two characters or more before its level word.

    >>> sorted(_lower_forms("新疆乌鲁木齐县二宫乡八家户村")), _lower_forms("甲乙县"), _lower_forms("甲县乡村")
    (['二宫乡八家户村', '八家户村'], set(), set())
    """
    out: set[str] = set()
    for level, below in _LOWER_LEVELS:
        for m in re.finditer(re.escape(level), label):
            head, tail = label[: m.end()], label[m.end() :]
            if len(head) >= 3 and len(tail) >= 3 and tail[-1] in below and tail[0] not in _PLACE_END:
                out.add(tail)
    return out


@bytes_lru(4 * 2**20)
def place_forms(label: str) -> frozenset[str]:
    """A place written without the places above it, as texts write it once the city is known: 潞州区 and
    长治潞州区 of 长治市潞州区, 长治市 of 山西省长治市 (never a bare level word: 市中区 of 甲市市中区 stays whole).

    >>> sorted(place_forms("山西省长治市潞州区")), sorted(place_forms("天津市塘沽区"))
    (['山西长治市潞州区', '潞州区', '长治市潞州区'], ['塘沽区', '天津塘沽区'])
    """
    label = clean(label)
    out: set[str] = _lower_forms(label)
    for m in _UPPER_LEVEL.finditer(label):
        head, tail = label[: m.start()], label[m.end() :]
        if len(head) < 2 or head[-1] in _PLACE_END or len(tail) < 2 or tail[-1] not in _PLACE_END:
            continue
        if tail[0] in _PLACE_END or tail[0] in "省州盟":
            continue
        out.update({tail} | (set() if _UPPER_LEVEL.search(head) else {head + tail}))
    return frozenset(out - {label})


def org_forms(name: str) -> set[str]:
    """Ways of writing an organisation: the name, without 中共, suffix and zone short forms, bare stems.

    >>> "长治高新区" in org_forms("长治高新技术产业开发区管理委员会")
    True
    """
    return set(_forms(name, False) | _forms(name, True))


_NATIONAL_HEADS: tuple[str, ...] = tuple(_DATA["national_heads"])
# a national body's branch (国家甲局乙省调查总队): its name from the province on, 4 characters or more
_NATIONAL_BRANCH = re.compile(
    r"^(?:"
    + "|".join(_NATIONAL_HEADS)
    + r")[\u4e00-\u9fff]{1,6}?(?:"
    + "|".join(_DATA["national_kinds"])
    + r")([\u4e00-\u9fff]{4,})$"
)
_DEPARTMENT = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?部([\u4e00-\u9fff]{2,}(?:" + "|".join(_DATA["department_kinds"]) + r"))$"
)


def body_tails(name: str) -> set[str]:
    """The ends of a national body's or a ministry department's name people write alone (never a company's), and
    a national body's branch in a province written from the province on.

    >>> body_tails("国家能源局"), "总量控制司" in body_tails("甲部污染物总量控制司"), body_tails("甲部乙丙公司")
    ({'能源局'}, True, set())
    >>> sorted(body_tails("国家调研局江西调研总队"))
    ['江西调研总队', '调研局江西调研总队']
    """
    out = {name[len(h) :] for h in _NATIONAL_HEADS if name.startswith(h) and len(name) >= len(h) + 3}
    branch = _NATIONAL_BRANCH.match(name)
    if branch and branch.group(1).startswith(tuple(PROVINCES)) and not name.endswith("公司"):
        out.add(branch.group(1))
    m = _DEPARTMENT.match(name)
    if m and not name.endswith("公司"):
        dept = m.group(1)
        out |= {dept[k:] for k in range(len(dept) - 2)}
    return out


def org_stems(name: str) -> set[str]:
    """The bare stems of an organisation's name (长治市 of 长治市人民政府): they name a place or a zone.

    >>> sorted(org_stems("中共长治高新技术产业开发区工作委员会"))
    ['长治开发区', '长治高新区', '长治高新技术产业开发区']
    """
    return set(_forms(name, True))


# titles: the level prefix a title may carry, so 市委副书记 also reads as 副书记 at 中共X市委员会
_ROLE_PREFIX = re.compile(
    r"^(中共)?((自治区|省|市|州|盟|县|区|旗)党?委|(省|市|县|区)政府|党工委|管委会|纪工委|纪委|党组|党委)+"
)


def role_word(title: str) -> str:
    """The title without its level prefix.

    >>> role_word("市委副书记"), role_word("管委会主任"), role_word("市长")
    ('副书记', '主任', '市长')
    """
    t = clean(title)
    return _ROLE_PREFIX.sub("", t) or t


# a title holding its level and the body's kind word (自治区党委书记, 省政府秘书长): also written with the kind word
# alone after the body (甲自治区党委，党委书记是谁)
_LEVEL_KIND = re.compile(r"^(?:中共)?(?:自治区|省|市|州|盟|县|区|旗)(党委|政府)(?=.{2})")


def kind_title(title: str) -> str:
    """A title with a level and the body's kind word before its role, written with the kind word alone ("": none).

    >>> kind_title("自治区党委书记"), kind_title("省政府秘书长"), kind_title("市委书记"), kind_title("党委书记")
    ('党委书记', '政府秘书长', '', '')
    """
    t = clean(title)
    m = _LEVEL_KIND.match(t)
    return m.group(1) + t[m.end() :] if m else ""


def join_forms(form: str, title: str) -> set[str]:
    """How an organisation form and a title are written together (长治市 + 市委书记 -> 长治市委书记).

    >>> sorted(join_forms("长治市", "市委书记"))
    ['长治市委书记', '长治市市委书记']
    """
    out = {form + title}
    for k in (3, 2, 1):
        if len(form) > k and len(title) > k and form.endswith(title[:k]):
            out.add(form + title[k:])
    return out


GENERIC_PREFIX = re.compile(r"^(省|市|县|区|州)")


def is_generic(form: str) -> bool:
    """A short form that names a different body in every place (市政府, 县委, 管委会).

    >>> is_generic("市政府"), is_generic("长治市政府")
    (True, False)
    """
    return form in GENERIC_FORMS or bool(GENERIC_PREFIX.match(form) and len(form) <= 4)


GENERIC_FORMS = frozenset(
    "市委 县委 区委 省委 市政府 县政府 区政府 省政府 管委会 党工委 纪工委 党委 党组 "
    "高新区 经开区 开发区 示范区 园区 政府 人民银行 政协 人大 公司 集团 委员会".split()
)


# one-character names of provinces and countries (闽 福建, 韩 韩国) and the home country's (中国), from forms.yaml
ONE_CHAR_NAMES: dict[str, tuple[str, ...]] = {}
for _char, _name in _DATA["one_char_names"]:
    ONE_CHAR_NAMES[_char] = (*ONE_CHAR_NAMES.get(_char, ()), _name)
HOME_NAMES = frozenset(_DATA["home_names"])


def one_char_parties(text: str) -> tuple[list[tuple[str, ...]], str] | None:
    """A text opening with two or more one-character names (闽宁协议): the names each may stand for, the home
    country's left out (中韩: only 韩国), and the rest of the text; None when it opens otherwise or names only home.

    >>> one_char_parties("闽宁协议"), one_char_parties("中韩框架协议"), one_char_parties("宁波协议")
    (([('福建',), ('宁夏',)], '协议'), ([('韩国',)], '框架协议'), None)
    """
    n = 0
    while n < len(text) and text[n] in ONE_CHAR_NAMES:
        n += 1
    if n < 2 or n == len(text):
        return None
    names = [tuple(f for f in ONE_CHAR_NAMES[c] if f not in HOME_NAMES) for c in text[:n]]
    if len(set(text[:n])) < n:  # 京京: no short name joins one place twice
        return None
    abroad = [forms for forms in names if forms]
    return (abroad, text[n:]) if abroad else None
