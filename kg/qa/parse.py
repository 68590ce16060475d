"""Question parsing: a cleaned question -> the graph's names found in it, as typed mentions.

Names come from the index's automaton; then places written without their level (长治 for 长治市), dates
(2025年3月), a second title sharing the first's body (X党工委书记、管委会主任), a place before a post
(甲村村委会主任), informal post words (X老板) and a name, then a title (X新聘的总经理) are read as one mention.

    >>> [(m.text, m.refs) for m in dates("2030年3月的会议", [])]
    [('2030年3月', {'d': ['2030-03']})]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice

from ...extract.mentions import lexicon as extract_lexicon
from ...extract.mentions import place_of
from .forms import PROVINCES, clean, is_generic, org_forms, org_stems
from .index import GraphIndex
from .refs import KIND_LETTERS, Mention, PostRef
from .select import Lexicon, load_lexicon, read_evidence
from .templates import date_value

_DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")
_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})[日号]")  # a day without its year (3月24号): --03-24
LEVEL_CHARS = set("村镇乡县市区省州旗盟")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_QUALIFIER_GAP = re.compile(r"[村镇乡县市区省的]?")
_TRAILING = re.compile(
    r"[?？。.!！~～…]+$|[?？。.!！~～…]+(?=(?:[呀啊哈]|来着)+[?？。.!！~～…]*$)"
)  # 甲区重点产业？呀: the mark before a particle
# a yes-no question ending on 不 or 不是 (甲是乙市市长不, 甲是乙市市长不是) or on 么 typed for 吗 (甲是乙市市长么), not
# 什么/怎么/那么/要不 nor 是不是
_YES_NO_END = re.compile(r"(?<=[^什怎这那多要为])么$|(?<=[^不没要])不$|(?<=[^不没要是])不是$")
# spoken and traditional ways of writing what the lexicon spells one way: 啥 is 什么 (叫啥, 啥时候), corner quotes
# are quotes (「早春行」)
_SPOKEN = str.maketrans({"啥": "什么", "「": "“", "」": "”", "『": "“", "』": "”"})
_SPOKEN_WORDS = re.compile(r"甚么|干嘛|干吗")  # 甚麼 (traditional 什么), 干嘛: 干什么
# the blank of a statement to be filled in (甲市市长是__, 甲市市长是（ ）, 甲市市长是……): the question word
_BLANK = re.compile(r"_{2,}|＿+|[(（]\s*[)）]|(?<=[是为:：])\s*(…{1,2}|\.{3,6})$")
TRADITIONAL_MIN = 2  # a question with this many traditional-only characters is written in traditional ones
# dates written with Chinese numerals (二〇二五年三月二十三日) or a two-digit year (25年3月, 98年度)
_CN_DIGITS = "〇零一二三四五六七八九"
_CN_DATE = re.compile(
    rf"(?<![\d{_CN_DIGITS}十第])([{_CN_DIGITS}]{{4}}|[{_CN_DIGITS}]{{2}}|\d{{2}}|\d{{4}})年"
    rf"(?:([{_CN_DIGITS}十]{{1,3}}|\d{{1,2}})月(?:([{_CN_DIGITS}十]{{1,3}}|\d{{1,2}})([日号]))?|(?=度))"
)
# a day written with Chinese numerals and no year (三月二十三日, 十二月四号): read as 3月23日, the day in any year
_CN_DAY = re.compile(rf"(?<![\d{_CN_DIGITS}十年第])([{_CN_DIGITS}十]{{1,2}})月([{_CN_DIGITS}十]{{1,3}})([日号])")
# a day written with dots, slashes or dashes between a four-digit year, its month and day (1998.1.12, 2025/3/24)
_SEP_DATE = re.compile(r"(?<![\d.．/-])(\d{4})([.．/-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.．/-])")
CENTURY_PIVOT = 50  # a two-digit year below this is of the 2000s (11年: 2011), else of the 1900s (98年: 1998)
_COMMAS = ("，", ",")  # a pause between a body and its title (甲集团，董事长是谁)
_TITLES_JOINED = ("、", "兼", "兼任")  # X党工委书记、管委会主任 / X党工委书记兼管委会主任: one body's two titles
_THAT = "(?:那家|这家|那个|这个|那些|这些|那几家|这几家|那位|这位|那名|这名|那|这)?"  # 与甲市签约的那家企业: the phrase's head pointed at
# a relative phrase's head pointed at with no 的 before it, as said aloud (给甲贷款那家银行的行长: 给甲贷款的那家银行)
_THAT_ALONE = "(?:那家|这家|那个|这个|那几家|这几家)"
# a doer's verb phrase ending on 的 (and 那位) with no head noun, then 是 or a verb of holding a post and a question about
# a post (主持开工典礼的是什么官, 带队考察的那位是什么职务, 主持座谈会的那位担任什么职位): a person
# (还兼什么职: a filler may come before the verb)
_NO_HEAD = "的" + _THAT + "(?=(?:还|又|也|都)?(?:是|担任|现任|兼任|身兼|任|兼))"
_PRODUCT_KINDS = ("矿", "厂")  # kinds of body written after what they produce (煤矿, 纸厂)
# what question words alone after a relative phrase may ask of its answers (甲所在的单位在哪个地方: the place of
# 甲's body); a name asked (叫什么, also a person's question word) is the phrase's own answer
_HOP_ASKS = frozenset({"place", "zone"})
_ROLE_GAP = 6  # the most characters of fillers and post words read between a name and an informal post word
PhraseAnswerer = Callable[[str, str, bool], "dict[str, list] | None"]  # (phrase, answer type, of a fact) -> nodes


def _shares_name(written: str, label: str, places: Callable[[str], bool] | None = None) -> bool:
    """True when what tells a name as written from others (`_distinct`) is in the label: the label names the same
    body or one named after it (甲煤矿 and 甲矿, 外汇局 and 国家外汇管理局), never a body sharing a word with it.

    >>> _shares_name("外汇局", "国家外汇管理局"), _shares_name("东滩煤矿", "东滩矿"), _shares_name("甲盈基金", "乙实基金")
    (True, True, False)
    >>> _shares_name("乙岫集团", "甲岫集团有限公司"), _shares_name("长治乙飞集团", "长治甲安集团")
    (False, False)
    >>> _shares_name("甲岫科技集团", "甲岫集团有限公司"), _shares_name("曲沃经开区", "中共曲沃经济技术开发区工作委员会")
    (False, True)

    A name that is a place and a kind of body (长治市公安局, 曲沃县委) names that body, never another body of the place:
    its kind, written after the place, must be in the label or a way of writing it (公安局 is no 商务局, 县委 no 党工委).

    >>> _shares_name("长治市公安局", "长治市商务局"), _shares_name("曲沃县委", "中共曲沃经济技术开发区工作委员会")
    (False, False)
    >>> _shares_name("曲沃县委", "中共曲沃县委员会"), _shares_name("长治公安局", "长治市公安局")
    (True, True)
    >>> _shares_name("吉林省委", "中共吉林省委员会"), _shares_name("吉林省委", "吉林省发展改革委党组")
    (True, False)
    >>> _shares_name("白沙县委", "白沙县发展改革委党组"), _shares_name("白沙县政府", "白沙县人民政府")
    (False, True)
    """
    distinct = _distinct(written, places)
    if distinct not in label:
        return False
    tail = _kind_after_place(written, distinct, places)
    return not tail or tail in label or any(tail in form for form in org_forms(label))


def _kind_after_place(written: str, distinct: str, places: Callable[[str], bool] | None = None) -> str:
    """What a name as written says after its place when nothing else tells it from others (`_distinct` a place and
    its level words: 长治市公安局 -> 市公安局, 曲沃县委 -> 县委); "" when more tells it (长治乙飞集团).

    >>> _kind_after_place("长治市公安局", "长治市"), _kind_after_place("长治乙飞集团", "乙飞")
    ('市公安局', '')
    >>> _kind_after_place("甲乙县委", "甲乙县")
    '县委'

    """
    lx = extract_lexicon()
    is_place = places or (lambda w: w in lx.place_names or w in PROVINCES)
    if not written.startswith(distinct):
        return ""
    k = next((k for k in range(2, len(distinct) + 1) if is_place(distinct[:k]) and set(distinct[k:]) <= LEVEL_CHARS), 0)
    if not k and len(distinct) >= 3 and distinct[-1] in LEVEL_CHARS:  # 白石县: a county, whatever its name
        k = len(distinct.rstrip("".join(LEVEL_CHARS)))
    return written[k:] if k >= 2 else ""


def _abbreviates(short: str, written: str) -> bool:
    """True when `short` is `written` cut the way abbreviations cut names: from its first character on, at most one
    character left out at a time (工总会 of 工业总会, 中石化 of 中国石油化工), never a whole word (星岫集团 of 星岫科技集团).

    >>> _abbreviates("工总会", "工业总会"), _abbreviates("中石化", "中国石油化工"), _abbreviates("星岫集团", "星岫科技集团")
    (True, True, False)
    """
    if len(short) < 2 or len(short) >= len(written) or short[0] != written[0]:
        return False
    at = 0
    for ch in short:
        found = written.find(ch, at, at + 2)
        if found < 0:
            return False
        at = found + 1
    return len(written) - at <= 1


def _distinct(written: str, places: Callable[[str], bool] | None = None) -> str:
    """A body's name without the kind words it ends with (集团, 有限公司; 煤矿 and 钢厂 with the product before 矿 and
    厂) and, when two characters or more are left after it, without the place it opens with (`places`, or one of the
    divisions data: 长治乙飞集团: 乙飞; 曲沃经开区: 曲沃).

    >>> _distinct("甲岫集团有限公司"), _distinct("长治乙飞集团"), _distinct("曲沃经开区"), _distinct("东滩煤矿")
    ('甲岫', '乙飞', '曲沃', '东滩')
    """
    lx = extract_lexicon()
    stem = written
    while True:
        kind = max((k for k in lx.org_suffixes if stem.endswith(k) and len(stem) - len(k) >= 2), key=len, default="")
        if not kind:
            break
        stem = stem[: -len(kind)]
        if kind in _PRODUCT_KINDS and len(stem) >= 3:
            stem = stem[:-1]  # 东滩煤矿: the mine's product is no part of its name
    is_place = places or (lambda w: w in lx.place_names or w in PROVINCES)
    head = max((k for k in range(2, len(stem) - 1) if is_place(stem[:k])), default=0)
    return stem[head:] if head else stem


class OpenMention(Mention):
    """A mention made of two names with question words between them (长治市有哪些副市长): the words inside
    are still read as evidence, each side of where the title starts (`title_at`: 有哪些 | 市长, never 哪些市 + 长)."""

    open: bool = True
    title_at: int | None = None
    body_end: int | None = (
        None  # where the body's own name ends: words inside it are no evidence (中共甲市委员会: no 会)
    )
    former: bool = False  # a former-holder word before the title (甲行原行长: cues.yaml former_titles)


@dataclass
class Parsed:
    """A cleaned question with the graph names found in it."""

    text: str
    mentions: list[Mention]


def clean_question(question: str, explained: Callable[[str], int] | None = None) -> str:
    """The question cleaned (forms.clean), in simplified characters, spoken forms written out (啥 -> 什么),
    dates in Arabic numerals, and its trailing question marks and stops taken off. Written with a single
    traditional character, it is read simplified only when that explains more of it (`explained`: how many
    characters the graph's names and the lexicon's words cover; 甲市市長是谁 -> 甲市市长是谁, but 甲鵬是谁 stays
    when the graph names 甲鵬); without `explained`, as written.

    >>> clean_question("长治市长叫啥？"), clean_question("长治市委书记是？"), clean_question("甲市市長是誰?")
    ('长治市长叫什么', '长治市委书记是什么', '甲市市长是谁')
    >>> clean_question("甲市市长是__"), clean_question("甲市市长是（ ）"), clean_question("甲市市长是……")
    ('甲市市长是什么', '甲市市长是什么', '甲市市长是什么')
    >>> clean_question("1998.1.12开了什么会"), clean_question("2025/3/24有什么活动"), clean_question("甲投了2.5亿")
    ('1998年1月12日开了什么会', '2025年3月24日有什么活动', '甲投了2.5亿')
    >>> clean_question("甲县位于哪？")
    '甲县位于哪里'
    >>> clean_question("甲区重点产业？呀"), clean_question("甲区重点产业？啊？")
    ('甲区重点产业呀', '甲区重点产业啊')
    >>> clean_question("甲是乙市市长不？"), clean_question("甲是乙市市长么"), clean_question("甲是什么")
    ('甲是乙市市长吗', '甲是乙市市长吗', '甲是什么')
    >>> clean_question("甲是乙市市长不是"), clean_question("甲是不是乙市市长")
    ('甲是乙市市长吗', '甲是不是乙市市长')
    >>> clean_question("给甲贷款的银行，它的行长是谁"), clean_question("它的行长是谁")
    ('给甲贷款的银行的行长是谁', '它的行长是谁')
    >>> clean_question("与甲签约的企业，其总裁是谁"), clean_question("甲市的副市长，其中哪位管工业")
    ('与甲签约的企业的总裁是谁', '甲市的副市长,其中哪位管工业')

    """
    text = _BLANK.sub("什么", question if isinstance(question, str) else "")
    text = _SPOKEN_WORDS.sub(_spoken, _simplified_if_more(clean(text), explained).translate(_SPOKEN))
    text = _chatted(text)  # 小助手，…; 甲是一家单位，它在哪; 甲是干啥的捏
    text = _SEP_DATE.sub(lambda m: f"{m[1]}年{int(m[3])}月{int(m[4])}日", text)  # 1998.1.12: 1998年1月12日
    text = _TRAILING.sub("", _CN_DAY.sub(_arabic_day, _CN_DATE.sub(_arabic_date, text)))
    text = _where_end().sub(r"\1哪里", text)  # 甲县位于哪, 甲考察了哪: 哪里
    text = _YES_NO_END.sub("吗", text) if len(text) > 3 else text  # 甲是乙市市长不: 吗
    text = _it_back().sub("的", text)  # 给甲贷款的银行，它的行长是谁 / ，其行长是谁: the bank's 行长
    return text + "什么" if len(text) > 2 and text.endswith("是") else text  # 长治市委书记是？: 是什么


def _chatted(text: str) -> str:
    """The text without what chat adds around a question (cues.yaml): a name the asker calls the system by
    opening it before a comma (`vocatives`: 小助手，甲市市长是谁; 机器人你好，…), a body's kind said of it before a
    comma and a pronoun (`kind_said`: 甲是一家单位，它在哪 -> 甲在哪), a chat particle ending it (`chat_ends`:
    甲是干什么的捏 -> 甲是干什么的). Each only where it stands so: 机器人产业 and 捏合 inside a question stay.

    >>> _chatted("小助手,甲市市长是谁"), _chatted("机器人你好,甲在哪里"), _chatted("AI,甲在哪里")
    ('甲市市长是谁', '甲在哪里', '甲在哪里')
    >>> _chatted("甲是一家单位,它在哪"), _chatted("甲是一家企业,它的董事长是谁"), _chatted("甲是一家单位吗")
    ('甲在哪', '甲的董事长是谁', '甲是一家单位吗')
    >>> _chatted("甲是干什么的捏"), _chatted("甲在哪嘞~"), _chatted("甲区发展机器人产业吗"), _chatted("嘞")
    ('甲是干什么的', '甲在哪~', '甲区发展机器人产业吗', '嘞')
    """
    vocative, kind, end = _chat_patterns()
    text = vocative.sub("", text, count=1)
    text = kind.sub("", text)
    text = _said_as_first(text)
    text = _title_first(text)
    text = _reason_first(text)
    out = end.sub(lambda m: m.group(1), text)
    return out if len(out) > 2 else text


def _said_as_first(text: str) -> str:
    """A name said as what people call it before a comma and a pronoun (cues.yaml `said_as`: 大家常说的甲，它在哪 ->
    甲在哪), and a kind noun said first as the topic (`kind_first`: 职务的话，甲一共有几个 -> 甲一共有几个职务: only a
    noun of `kind_first.nouns`, and only when the rest ends in a how-many word, so that the noun names what it counts).

    >>> _said_as_first("大家常说的甲集团,它在哪儿"), _said_as_first("职务的话,甲一共有几个"), _said_as_first("大家常说的甲在哪")
    ('甲集团在哪儿', '甲一共有几个职务', '大家常说的甲在哪')
    >>> _said_as_first("职务的话,甲是谁"), _said_as_first("陈某的话,乙一共有几个")
    ('职务的话,甲是谁', '陈某的话,乙一共有几个')
    """
    said, first = _said_as_patterns()
    m = said.match(text)
    if m:
        text = m.group("name") + m.group("rest")
    m = first.match(text)
    return m.group("rest") + m.group("kind") + m.group("marks") if m else text


def _title_first(text: str) -> str:
    """A title said first as the topic before a comma (cues.yaml `title_first`), then a body and a who-word: the title
    put back after the body (局长这个职位，甲局是谁在做 -> 甲局的局长是谁在做), after a short clause said first (请问，). Only
    with a body before the who-word.

    >>> _title_first("局长这个职位,甲局是谁在做"), _title_first("董事长这一职务,乙公司由谁担任"), _title_first("局长这个职位,谁在做")
    ('甲局的局长是谁在做', '乙公司的董事长由谁担任', '局长这个职位,谁在做')
    >>> _title_first("局长这个职位,甲局有几个"), _title_first("请问,局长这个职位,甲局是谁")
    ('局长这个职位,甲局有几个', '请问,甲局的局长是谁')
    """
    m = _title_first_pattern().match(text)
    return f"{m.group('pre')}{m.group('body')}的{m.group('title')}{m.group('rest')}" if m else text


@lru_cache(maxsize=1)
def _title_first_pattern() -> re.Pattern[str]:
    lex = load_lexicon()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, words)) or "(?!)"

    return re.compile(
        rf"^\s*(?P<pre>(?:[^，,]{{1,6}}[,，])?)(?P<title>[^，,\s]{{2,12}}?)(?:{alt(lex.title_first)})\s*[,，]\s*"
        rf"(?P<body>[^，,]{{2,}}?)(?P<rest>(?:{alt(lex.title_first_asks)})[^，,]*)$"
    )


def _reason_first(text: str) -> str:
    """The asker's own purpose said before the question left out (cues.yaml `reasons`): a clause opened by one of
    `opens` before a comma (我在写报告，想知道甲市的市长是谁 -> 想知道甲市的市长是谁), a visit or call said before a
    name, a comma and a pronoun (`visits`: 我想去甲局办事，它在哪 -> 甲局在哪), how to get to a name before a comma
    (`ways`: 甲局咋个走，在哪个城市 -> 甲局在哪个城市). Only where it opens the question and something follows.

    >>> _reason_first("我在写报告,想知道甲市的市长是谁"), _reason_first("我想去甲局办事,它在哪"), _reason_first("甲局咋个走,在哪个城市")
    ('想知道甲市的市长是谁', '甲局在哪', '甲局在哪个城市')
    >>> _reason_first("我想联系甲某,他在哪个单位"), _reason_first("我在写报告"), _reason_first("甲局咋个走")
    ('甲某在哪个单位', '我在写报告', '甲局咋个走')
    >>> _reason_first("甲说我在写报告,乙是谁"), _reason_first("我想去甲局,乙在哪")
    ('甲说我在写报告,乙是谁', '我想去甲局,乙在哪')
    """
    opens, visits, ways = _reason_patterns()
    for pattern in (opens, visits, ways):
        m = pattern.match(text)
        if m:
            return m.group("name") + m.group("rest")
    return text


@lru_cache(maxsize=1)
def _reason_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"

    opens = re.compile(rf"^\s*(?:{alt(lex.reason_opens)})[^，,？?]{{0,16}}[,，]\s*(?P<name>)(?P<rest>\S.*)$")
    visits = re.compile(
        rf"^\s*(?:{alt(lex.reason_visits)})(?P<name>[^，,]{{2,}}?)(?:{alt(lex.reason_errands)})?\s*[,，]\s*"
        rf"(?:{alt(lex.pronouns)})(?P<rest>\S.*)$"
    )
    ways = re.compile(rf"^\s*(?P<name>[^，,]{{2,}}?)(?:{alt(lex.reason_ways)})\s*[,，]\s*(?P<rest>\S.*)$")
    return opens, visits, ways


@lru_cache(maxsize=1)
def _said_as_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"

    said = re.compile(
        rf"^\s*(?:{alt(lex.said_as)})(?P<name>[^，,]{{2,}}?)\s*[,，]\s*(?:{alt(lex.pronouns)})(?P<rest>\S.*)$"
    )
    first = re.compile(
        rf"^\s*(?P<kind>{alt(lex.kind_first_nouns)})(?:{alt(lex.kind_first)})\s*[,，]\s*"
        rf"(?P<rest>[^,，]+?(?:几个|几位|几项|几家|几名|几份|几次|几场|多少个|多少项|多少家|多少位))(?P<marks>[?？。.!！~～…]*)$"
    )
    return said, first


@lru_cache(maxsize=1)
def _chat_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, words)) or "(?!)"

    greet = alt(lex.greetings)
    vocative = re.compile(rf"^\s*(?:{greet})?[,，]?(?:{alt(lex.vocatives)})(?:{greet})?\s*[,，:：]\s*(?=\S)")
    kind = re.compile(rf"(?:{alt(lex.kind_said)})\s*[,，]\s*(?:{alt(lex.pronouns)})(?=\S)")
    end = re.compile(rf"(?<=\S)(?:{alt(lex.chat_ends)})+([?？。.!！~～…]*)$")
    return vocative, kind, end


@lru_cache(maxsize=1)
def _where_end() -> re.Pattern[str]:
    """A bare 哪 ending the question right after a word of cues.yaml `where_end` (甲县位于哪, 甲一行考察了哪): it asks
    where, read as 哪里."""
    words = "|".join(map(re.escape, load_lexicon().where_end)) or "(?!)"
    return re.compile(rf"({words})哪$")


@lru_cache(maxsize=1)
def _it_back() -> re.Pattern[str]:
    """A pointer after a comma to what the question says before it (cues.yaml `points_back`: 给甲贷款的银行，它的行长是谁,
    与甲签约的企业，其总裁是谁), not a word of its own opening with one (`not_pointing`: ，其中哪位)."""
    lex = load_lexicon()
    words = "|".join(map(re.escape, lex.points_back)) or "(?!)"
    own = "|".join(map(re.escape, lex.not_pointing)) or "(?!)"
    return re.compile(rf"(?<=[^\s，,])\s*[，,]\s*(?!{own})(?:{words})(?=\S)")


def _simplified_if_more(text: str, explained: Callable[[str], int] | None) -> str:
    """The text in simplified characters when written in traditional ones (`simplified`), and when it holds a
    single one, if `explained` says the simplified text has more of it explained (a name may carry it: 甲鵬).

    >>> _simplified_if_more("甲市市長是谁", lambda t: t.count("市长") * 2), _simplified_if_more("甲鵬是谁", len)
    ('甲市市长是谁', '甲鵬是谁')
    """
    text = simplified(text)
    one = simplified(text, least=1)
    if one != text and explained is not None and explained(one) > explained(text):
        return one
    return text


def _spoken(m: re.Match[str]) -> str:
    return "什么" if m.group() == "甚么" else "干什么"


@lru_cache(maxsize=1)
def _traditional() -> dict[int, str]:
    """Traditional characters -> simplified ones (traditional.txt)."""
    text = resources.files(__package__).joinpath("traditional.txt").read_text(encoding="utf-8")
    return {ord(line[0]): line[1] for line in text.splitlines() if len(line) == 2 and not line.startswith("#")}


def simplified(text: str, least: int = TRADITIONAL_MIN) -> str:
    """The text in simplified characters when it is written in traditional ones (`least` characters of
    traditional.txt or more); a single one is left as written, as a name may carry it (`clean_question` reads it
    simplified when that explains more of the question: 甲市市長是谁).

    >>> simplified("長治市市長是誰"), simplified("甲鵬是谁"), simplified("甲鵬是谁", least=1)
    ('长治市市长是谁', '甲鵬是谁', '甲鹏是谁')
    """
    table = _traditional()
    if sum(ord(c) in table for c in text) < least:
        return text
    return text.translate(table)


def cn_number(text: str) -> int:
    """A number written in Chinese numerals or digits (二十三 -> 23, 十一 -> 11, 〇五 -> 5, 12 -> 12).

    >>> cn_number("二十三"), cn_number("十"), cn_number("三十一"), cn_number("九八")
    (23, 10, 31, 98)
    """
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(max(_CN_DIGITS.index(c) - 1, 0)) for c in text))  # 〇 and 零 are both 0
    tens, _, ones = text.partition("十")
    return (cn_number(tens) if tens else 1) * 10 + (cn_number(ones) if ones else 0)


def _arabic_date(m: re.Match[str]) -> str:
    """A date written in Arabic numerals with a four-digit year (二〇二五年三月 -> 2025年3月, 11年3月 -> 2011年3月)."""
    year = cn_number(m.group(1))
    if len(m.group(1)) == 2:
        year += 2000 if year < CENTURY_PIVOT else 1900
    out = f"{year}年"
    if m.group(2):
        out += f"{cn_number(m.group(2))}月"
        if m.group(3):
            out += f"{cn_number(m.group(3))}{m.group(4)}"
    return out


def _arabic_day(m: re.Match[str]) -> str:
    """A day with no year written in Chinese numerals, in Arabic ones (十一月二十七日 -> 11月27日); as written when it
    is no day of a month (十三月, 四十日).

    >>> _CN_DAY.sub(_arabic_day, "十一月二十七日那场会议"), _CN_DAY.sub(_arabic_day, "一月一号的会和十一月份的")
    ('11月27日那场会议', '1月1号的会和十一月份的')
    >>> _CN_DAY.sub(_arabic_day, "十三月四十日")
    '十三月四十日'
    """
    month, day = cn_number(m.group(1)), cn_number(m.group(2))
    return f"{month}月{day}{m.group(3)}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group()


def dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """Dates written in the question (2025年3月, 2025年3月24日, 2025年) as date mentions of their ISO prefix; a day
    without its year (3月24号) as --03-24, the day in any year.

    >>> [m.refs["d"] for m in dates("2025年3月24号和4月1日的会", [])]
    [['2025-03-24'], ['--04-01']]
    """
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for d in _DATE.finditer(text):
        if any(s < d.end() and d.start() < e for s, e in taken):
            continue
        year, month, day = d.group(1), d.group(2), d.group(3)
        iso = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")
        if date_value(iso):
            out.append(Mention(d.start(), d.end(), d.group(), {"d": [iso]}))
            taken.append((d.start(), d.end()))
    for d in _DAY.finditer(text):
        iso = f"--{int(d.group(1)):02d}-{int(d.group(2)):02d}"
        if date_value(iso) and not any(s < d.end() and d.start() < e for s, e in taken):
            out.append(Mention(d.start(), d.end(), d.group(), {"d": [iso]}))
    return sorted(out, key=lambda m: m.start)


def without_names(parsed: Parsed) -> str:
    """The question with its names blanked out: what it says around them (哪家银行, not 交通银行)."""
    chars = list(parsed.text)
    for m in parsed.mentions:
        chars[m.start : m.end] = "\ue000" * (m.end - m.start)
    return "".join(chars)


_LEVEL_END = re.compile(r"[省市县区州]$")
NEAR_MIN = 3  # a name read one character off is this long at least (孙慧生 of 孙惠生), a person's two (张玮 of 张伟)
NEAR_LONG = (
    6  # ... and a body's or place's read with a character missing or written in besides (青岚市商局 of 青岚市商务局)
)
NEAR_PERSON = 3  # ... a person's name of at most this many characters (孙生 of 孙惠生, 张晓伟 of 张伟)
NEAR_TAIL = 64  # the last names read into the near-name table remembered to find those added after them


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")  # a Latin word of a name (BHA, DeepSeek, COP30), read in any case
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")  # bha, qfii: an abbreviation typed in lower case
_SERVING = frozenset({"当", "任", "做", "担任", "出任"})  # 在甲市委当常委的: 甲市委's 常委
_SERVE_AT = ("在", "去", "到", "来")  # 谁去甲总部当了副主任: 甲总部's 副主任 (当了: 当)
_INSIDE = ("里", "里面", "中", "内")  # 甲市政府里当副市长的: inside the body, then a verb of serving
# a verb of serving right after the body, the title then ending a doer's phrase that the question asks about (甲校当校长的
# 是谁, 甲市当副市长的是哪位): 甲's post, as with 在 before the body
_SERVED_BY = re.compile(r"的(?:那位|那个|那名|人)?(?:是|有|都有|叫)")
_WHO = re.compile(r"谁|哪位|哪一位|何人")  # 甲基金聘了谁当副总经理: who serves as 甲's 副总经理
_PARTY_GAP = re.compile(r"的?(党委|党组)")  # 甲自治区的党委书记: the 书记 of 甲's party committee (or 党组)
_PARTY_BODY = {"党委": re.compile(r"^中共(?!.*党组$)|党委$"), "党组": re.compile(r"党组$")}  # the bodies each names


def _near_kind(name: str, kinds: dict, generic: Container[str], length: bool) -> bool:
    """Whether a name of the graph may be read one character off (not generic): one character wrong, a person's
    of two characters or more, a body's, zone's or place's of `NEAR_MIN` or more; with `length` (a character
    missing or written in besides), a person's of two to `NEAR_PERSON`, the others' of `NEAR_LONG` or more.

    >>> _near_kind("张伟", {"p": {}}, set(), False), _near_kind("青岚市", {"l": {}}, set(), False)
    (True, True)
    >>> _near_kind("欧阳听松", {"p": {}}, set(), True), _near_kind("商务局", {"o": {}}, set(), True)
    (False, False)
    """
    if not kinds or name in generic:
        return False
    if "p" in kinds and len(name) >= 2 and (not length or len(name) <= NEAR_PERSON):
        return True
    return bool(kinds.keys() & set("ozl")) and len(name) >= (NEAR_LONG if length else NEAR_MIN)


def _unheld_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without a place written with its level and 长 after it (甲区长): a head of it the graph does not hold, not
    the place (甲区长是谁 is not 甲区是谁).

    >>> [m.text for m in _unheld_heads("甲区长是谁", [Mention(0, 2, "甲区", {"l": ["x"]})])]
    []
    """
    starts = {m.start for m in mentions}
    return [
        m
        for m in mentions
        if not (
            m.kinds == "l" and _LEVEL_END.search(m.text) and text[m.end : m.end + 1] == "长" and m.end not in starts
        )
    ]


_RANKS = ("常务副", "副", "常务")  # words before a title that make it another post (副市长 is no 市长)


def _unheld_ranks(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title or post with a rank word written right before it that the name read leaves out (甲市副市长 where the
    graph holds no 副市长): a post of no one, never the title without its rank (甲是甲市副市长吗 is not answered by 甲
    the 市长).

    >>> [(m.text, m.refs) for m in _unheld_ranks("甲市副市长是谁", [Mention(3, 5, "市长", {"t": ["x"]})])]
    [('副市长', {'s': []})]
    """
    out: list[Mention] = []
    for m in mentions:
        rank = next((r for r in _RANKS if text[: m.start].endswith(r)), None)
        taken = bool(out) and out[-1].end > m.start - len(rank or "")
        if rank and not taken and m.refs and set(m.refs) <= {"s", "t"} and not m.text.startswith(rank):
            m = Mention(m.start - len(rank), m.end, rank + m.text, {"s": []})
        out.append(m)
    return out


@lru_cache(maxsize=4)
def _after_link(links: tuple[str, ...]) -> str:
    """A pattern of the place right after a word of cues.yaml relative.links (甲所在单位在哪个省: 所在, no 的 before
    the head), one that never matches when there is none.

    >>> _after_link(("所在",))
    '(?<=所在)'
    """
    return "|".join(f"(?<={re.escape(w)})" for w in sorted(links, key=len, reverse=True)) or "(?!)"


class QuestionParser:
    """Finds the graph's names in questions, over one index and the cue lexicon."""

    def __init__(self, index: GraphIndex, lexicon: Lexicon, phrase: PhraseAnswerer | None = None) -> None:
        self.index = index
        self.lexicon = lexicon
        self.phrase = phrase  # answers a relative phrase as a question of its own (the engine)
        self._latin: tuple[int, dict[str, str]] = (-1, {})  # (surfaces read, folded Latin word -> the graph's casing)
        # (the name table read, the last names read of it, names with a character blanked, names with one left out)
        self._near: tuple[object, tuple[str, ...], tuple[dict[str, set[str]], dict[str, set[str]]]] = (
            None,
            (),
            ({}, {}),
        )

    def cased(self, text: str) -> str:
        """The question with its Latin words written as the graph's names write them (people type names in any
        case): a word the graph writes one way only, that way (bha航空, Bha航空 -> BHA航空; deepseek -> DeepSeek); any
        other word in lower-case letters in capitals when a name of the graph then covers it (bha公司 -> BHA公司, also
        with a name table kept on disk, which is not scanned); else as written.

        >>> from types import SimpleNamespace as N
        >>> parser = QuestionParser(N(surfaces={"BHA航空复合材料有限公司": {}, "DeepSeek": {}}), None)  # type: ignore[arg-type]
        >>> parser.cased("bha航空在哪"), parser.cased("deepseek哪年出来的")
        ('BHA航空在哪', 'DeepSeek哪年出来的')
        """
        if not _LATIN.search(text):
            return text
        folds = self._latin_folds()
        folded = _LATIN.sub(lambda m: folds.get(m.group().lower(), m.group()), text)
        capitals = _LOWER_WORD.sub(lambda m: m.group().upper(), folded)
        if capitals == folded:
            return folded
        named = [(m.start, m.end) for m in self.index.mentions(capitals)]
        return _LOWER_WORD.sub(
            lambda w: (
                capitals[w.start() : w.end()] if any(s <= w.start() and w.end() <= e for s, e in named) else w.group()
            ),
            folded,
        )

    def _latin_folds(self) -> dict[str, str]:
        """Latin words of the graph's names written one way only, by their lower case (none from a table on disk)."""
        if not isinstance(self.index.surfaces, dict):
            return {}
        if self._latin[0] != len(self.index.surfaces):
            casings: dict[str, set[str]] = {}
            for surface in self.index.surfaces:
                for word in _LATIN.findall(surface):
                    casings.setdefault(word.lower(), set()).add(word)
            self._latin = (len(self.index.surfaces), {k: next(iter(v)) for k, v in casings.items() if len(v) == 1})
        return self._latin[1]

    def explained(self, text: str) -> int:
        """How many characters of a question the graph's names and the lexicon's words cover (甲市市长是谁: all of
        them; 甲市市長是谁 with 市長 read as no title: fewer)."""
        return sum(self._covered(text, self.index.mentions(text)))

    def _covered(self, text: str, mentions: list[Mention]) -> list[bool]:
        """For each character of the question, whether a name or a lexicon word covers it."""
        covered = [False] * len(text)
        spans = [(m.start, m.end) for m in mentions] + [
            (w.start, w.end) for w in read_evidence(text, mentions, self.lexicon).words
        ]
        for start, end in spans:
            covered[start:end] = [True] * (end - start)
        return covered

    def near_named(self, text: str) -> tuple[str, str, tuple[str, ...]] | None:
        """A run of the question no name or lexicon word explains that is one character off names of the graph
        (孙慧生 of 孙惠生, 申晓锋 of 申晓峰, 孙生 of 孙惠生, 张晓伟 of 张伟): (the question with the graph's name written in,
        as written, the names that close), the question as written when several nodes have a name that close (the
        user is asked which); None when none has. One character wrong, missing or written in besides, never the
        first: a person's name of two or three characters, a body's or place's of three or more (missing or written
        in besides: of `NEAR_LONG` or more); a run that is a name itself is none. A name table kept on disk is not
        scanned."""
        if not isinstance(self.index.surfaces, dict):
            return None
        mentions = self.index.mentions(text)
        covered = self._covered(text, mentions)
        runs = []
        for run in re.finditer(r"[\u4e00-\u9fff]{2,12}", "".join(" " if c else ch for c, ch in zip(covered, text))):
            runs.append((run.start(), run.group().rstrip("".join(self.lexicon.function)), False))
            if text[run.end() : run.end() + 1] in LEVEL_CHARS and run.end() < len(text):  # 长冶市长: 市 read in 市长
                runs.append((run.start(), run.group() + text[run.end()], False))
        for start, word, window in runs + self._long_windows(text, mentions, covered):
            if len(word) < 2 or word in self.index.surfaces:
                continue
            near = {n for n in self._near_names(word) if n not in text}  # a name written right is no slip of it
            if word[-1] in LEVEL_CHARS and start + len(word) > 0 and covered[start + len(word) - 1]:
                near = {n for n in near if n[-1] == word[-1] and "p" not in self.index.surfaces.get(n, {})}
            if window:  # a stretch with names read inside: a long name of a body, zone or place only
                near = {n for n in near if len(n) >= NEAR_LONG and "p" not in self.index.surfaces.get(n, {})}
            nodes = {
                r for n in near for k in "pozl" for r in self.index.surfaces.get(n, {}).get(k, ()) if isinstance(r, str)
            }
            if not near:
                continue
            if len(near) == 1 or len(nodes) == 1:  # one name, or one node's names (a person written two ways)
                name = min(near, key=lambda n: (len(nodes) > 1 or n != self.index.label(next(iter(nodes))), n))
                return text[:start] + name + text[start + len(word) :], word, (name,)
            return text, word, tuple(sorted(near))
        return None

    def _long_windows(self, text: str, mentions: list[Mention], covered: list[bool]) -> list[tuple[int, str, bool]]:
        """Stretches of the question that may be a long name written one character off although names of the graph
        are read inside it (青岚市商局: 青岚市 read, 商局 not): from the start of a place's or body's name or of a
        character nothing explains, to the end of one, never cutting a name read, holding a character nothing explains,
        `NEAR_LONG` - 1 characters or more; longest first."""
        inside = {i for m in mentions for i in range(m.start + 1, m.end)}  # cutting a name read there
        starts = sorted(
            {m.start for m in mentions if m.refs.keys() & set("ozl")} | {i for i, c in enumerate(covered) if not c}
        )
        out = []
        for a in starts:
            for b in range(min(len(text), a + 30), a + NEAR_LONG - 2, -1):
                if b in inside or a in inside or all(covered[a:b]) or not re.fullmatch(r"[\u4e00-\u9fff]+", text[a:b]):
                    continue
                out.append((a, text[a:b], True))
        return sorted(out, key=lambda w: (-len(w[1]), w[0]))

    def _near_names(self, word: str) -> set[str]:
        """The names one character off the word, never its first (see `near_named`)."""
        table, shorter = self._near_table()
        surfaces, generic = self.index.surfaces, self.index.generic
        near = {
            n
            for i in range(1, len(word))
            for n in table.get(word[:i] + "\0" + word[i + 1 :], ())
            if not {n[i], word[i]} & LEVEL_CHARS  # 安平村 is no slip for 安平市: another place
            and _near_kind(n, surfaces.get(n, {}), generic, False)  # still a name of that kind
        }
        near |= {
            n for n in shorter.get(word, ()) if _near_kind(n, surfaces.get(n, {}), generic, True)
        }  # 孙生 of 孙惠生
        for i in range(1, len(word)):  # a character written in besides (张晓伟 of 张伟)
            n = word[:i] + word[i + 1 :]
            if word[i] not in LEVEL_CHARS and _near_kind(n, surfaces.get(n, {}), generic, True):
                near.add(n)
        if len(word) < NEAR_MIN:  # two characters: a person's name only
            near = {n for n in near if "p" in surfaces.get(n, {})}
        return near

    def _near_table(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Names keyed by each with one character after the first blanked out (孙惠生 under 孙?生 and 孙惠?), and by each
        with one such character left out (孙惠生 under 孙生 and 孙惠): persons of two or three characters, bodies and
        places of three or more (left out: of `NEAR_LONG` or more). Made once, then brought up to date with the names
        added since (a name table keeps them in the order added: those after the oldest of the `NEAR_TAIL` last read
        that is still a name; a full read again when none is); a name withdrawn or no longer of its kind stays in it,
        and `_near_names` passes over it."""
        surfaces = self.index.surfaces
        seen, last, (table, shorter) = self._near
        kept = {name for name in last if name in surfaces}  # the last names read that are still names
        if seen is not surfaces or not kept:
            table, shorter = {}, {}
            added: list[str] = list(surfaces)
        else:
            # the names from the oldest of them still there on, newest first: those added since, those withdrawn and
            # added again (a name deleted and set again moves to the end: one of the last read met first does not
            # mark where the names added since begin, so the walk goes on until it has passed every one of them),
            # and those last read, read again (at most `NEAR_TAIL`)
            added = []
            passed: set[str] = set()
            for surface in reversed(surfaces):
                added.append(surface)
                if surface in kept:
                    passed.add(surface)
                    if len(passed) == len(kept):
                        break
        for surface in added:
            kinds = surfaces[surface]
            if _near_kind(surface, kinds, (), False):
                for i in range(1, len(surface)):
                    table.setdefault(surface[:i] + "\0" + surface[i + 1 :], set()).add(surface)
            if len(surface) >= 3 and _near_kind(surface, kinds, (), True):
                for i in range(1, len(surface)):
                    if surface[i] not in LEVEL_CHARS:
                        shorter.setdefault(surface[:i] + surface[i + 1 :], set()).add(surface)
        if added or seen is not surfaces:
            self._near = (surfaces, tuple(islice(reversed(surfaces), NEAR_TAIL)), (table, shorter))
        return table, shorter

    def parse(self, text: str) -> Parsed:
        """Find the graph's names in the question (typed mentions), with places written without their
        level (长治 for 长治市), qualified posts (长治的市委书记) and informal post words (鹏飞集团老板)."""
        mentions = self._tail_names(text, self._which_kinds(text, self.index.mentions(text)))
        mentions = _unheld_ranks(text, _unheld_heads(text, dates(text, self._bare_places(text, mentions))))
        mentions = self._place_qualifier(text, self._shared_qualifier(text, mentions))
        mentions = self._relatives(text, self._province_posts(text, mentions))
        return Parsed(text, self._surname_roles(text, self._org_titles(text, self._role_posts(text, mentions))))

    def _surname_roles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A short post word right after a surname, neither read into a name (窦总: cues.yaml `surname_roles`, 总 for
        老总's titles): a mention of those titles, the surname before it narrowing their holders as before a title
        (engine.py `surname_at`); not where the word opens a longer one that is no post (陈总投资多少: 总投资)."""
        lex = self.lexicon
        if not lex.surname_roles:
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        for word, role in lex.surname_roles.items():
            for at in (m.start() for m in re.finditer(re.escape(word), text)):
                end = at + len(word)
                ends = {m.end for m in mentions}
                if at == 0 or not is_surname(self.index, lex, text, at - 1, ends) or covered & set(range(at - 1, end)):
                    continue
                if any(text.startswith(w, at) for w in lex.surname_roles_not):
                    continue
                titles = sorted({t for r in lex.roles[role] for t in self.index.surfaces.get(r, {}).get("t", ())})
                if titles:
                    added.append(Mention(at, end, word, {"t": titles}))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _which_kinds(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name opening inside a which-word (哪家基金公司总经理, 哪个委员会的主任委员) is the kind of body asked,
        no name: dropped, or cut to the title written after the which-word (总经理); other names unchanged."""
        starts = (self.lexicon.pattern.match(text, i) for i, ch in enumerate(text) if ch == "哪")
        which = [w for w in starts if w is not None and len(w.group()) > 2]
        out: list[Mention] = []
        for m in mentions:
            w = next((w for w in which if w.start() < m.start < w.end()), None)
            if w is None:
                out.append(m)
                continue
            rest = text[w.end() : m.end]
            refs = self.index.surfaces.get(rest, {})
            if m.end > w.end() and "t" in refs:
                out.append(Mention(w.end(), m.end, rest, {"t": sorted(refs["t"], key=repr)}))
            elif (
                set(m.kinds) <= {"t", "s"}
                and "t" in m.kinds
                and self._which_level(text[w.start() : m.start], w.group(), m.end > w.end())
            ):
                out.append(
                    m
                )  # 哪些市长: 哪些 + the title 市长, not 哪些市 (which cities) and a stray 长; 哪些市委常委 too
        return self._which_unheld(text, which, out)

    def _tail_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name whose tail is a name of the same node (台州路桥区: 路桥区) read with what follows it into a longer
        name of the graph (路桥区委书记: a post at 路桥区委, named without its city): one mention of the longer name,
        the part before the tail standing for where it is (台州路桥区委书记 is not 台州路桥区 and a stray 委书记)."""
        out: list[Mention] = []
        for m in mentions:
            if out and m.start < out[-1].end:
                continue  # read into the longer name before it
            own = {r for refs in m.refs.values() for r in refs} if set(m.kinds) & {"o", "l"} else set()
            for k in range(1, len(m.text) - 1):
                tail = m.text[k:]
                if not own & {r for refs in self.index.surfaces.get(tail, {}).values() for r in refs}:
                    continue
                longer = self.index.mentions(text[m.start + k :])
                if longer and longer[0].start == 0 and longer[0].end > len(tail):
                    x = longer[0]
                    end = m.start + k + x.end
                    m = Mention(m.start, end, text[m.start : end], x.refs, generic=x.generic)
                    break
            out.append(m)
        return out

    def _which_unheld(self, text: str, which: list[re.Match[str]], mentions: list[Mention]) -> list[Mention]:
        """A place-asking which-word ending on a level word with 长 right after it (甲市政府有哪些区长) that no name
        read covers: a head the graph does not hold, a post of no one (as `_unheld_heads` reads 甲区长), never
        the place asked (哪些区 answered 甲市, where the body is)."""
        out = list(mentions)
        for w in which:
            level = w.end() - 1
            if text[w.end() : w.end() + 1] != "长" or not _LEVEL_END.search(w.group()):
                continue
            if any(m.start < w.end() + 1 and m.end > level for m in mentions):
                continue  # a name read there (哪些市长 of a held 市长; 长治 after the which-word)
            if self._which_level(text[w.start() : level], w.group()):
                out.append(Mention(level, w.end() + 1, text[level : w.end() + 1], {"s": []}))
        return sorted(out, key=lambda m: m.start)

    def _which_level(self, before: str, which: str, past: bool = True) -> bool:
        """True when a which-word asking a place (哪些市, 哪个区), or a body with the title going on past it (哪些司 +
        司长, `past`; not 哪个委员会 over 委员), ends on the word a title opens with (哪些市委常委, 哪些司长), and what
        comes before that word is a which-word of its own kind (哪些, 哪个: cues.yaml which_titles)."""
        tags = self.lexicon.tags.get(which, ())
        return before in self.lexicon.which_titles and (("asks", "place") in tags or (past and ("asks", "org") in tags))

    def _relatives(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A relative phrase (与甲市签约的企业) with more of the question after it, read as one mention of the
        nodes its own question answers (the companies that signed with 甲市), with their sources as `via`."""
        if self.phrase is None:
            return mentions
        for typ, heads in self.lexicon.relative.items():
            for head in heads:
                for hit in re.finditer(
                    f"(?:的{_THAT}|{_THAT_ALONE}|{_after_link(self.lexicon.relative_links)})" + re.escape(head), text
                ):
                    span = self._relative_span(text, mentions, hit.start(), hit.end(), typ)
                    if span is None:
                        continue
                    via = self.phrase(text[span[0] : hit.start()] + "的" + head, typ, False)
                    if via:
                        inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
                        merged = Mention(
                            span[0], span[1], text[span[0] : span[1]], {KIND_LETTERS[typ]: list(via)}, via=via
                        )
                        return sorted([m for m in mentions if m not in inside] + [merged], key=lambda m: m.start)
        return self._fact_roles(text, self._partners(text, mentions))

    def _partners(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name, 的 and a noun for the other side of its facts (`relative.partners`: 甲市政府的签约企业) with more
        of the question after it, read as one mention of the nodes the phrase answers as a question of its own
        (the companies that signed with 甲市政府), with their sources as `via`."""
        assert self.phrase is not None
        for typ, nouns in self.lexicon.relative_partners.items():
            for noun in nouns:
                for hit in re.finditer("的?" + re.escape(noun), text):
                    name = next((m for m in mentions if m.end == hit.start() and m.refs.keys() & set("ozl")), None)
                    if name is None or any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                        continue
                    if not any(m.start >= hit.end() for m in mentions) and not self._says_more(text[hit.end() :]):
                        continue  # 甲市政府的签约企业是哪家: the phrase is the question itself
                    via = self.phrase(text[name.start : hit.end()], typ, False)
                    if via:
                        merged = Mention(
                            name.start, hit.end(), text[name.start : hit.end()], {KIND_LETTERS[typ]: list(via)}, via=via
                        )
                        return sorted([m for m in mentions if m is not name] + [merged], key=lambda m: m.start)
        return mentions

    def _fact_roles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A fact's description and a role noun of it opening a longer question (调度会的主持人是市里什么官), or a
        doer written as a verb phrase and 的 (主持调度会的那个人是什么职务; `relative.agents`; with no head noun when 是 and
        a question about a post follow: 主持开工典礼的是什么官), read as one mention of the nodes that phrase answers as a
        question of its own (the meeting's host)."""
        assert self.phrase is not None
        lex = self.lexicon
        nouns = [(typ, "(?:的" + _THAT + ")?" + re.escape(h)) for typ, hs in lex.relative_roles.items() for h in hs]
        nouns += [(typ, "的" + _THAT + re.escape(h)) for typ, hs in lex.relative_agents.items() for h in hs]
        nouns += [("person", _NO_HEAD)] if "person" in lex.relative_agents else []
        for typ, noun in nouns:
            for hit in re.finditer(noun, text):
                end = hit.end()
                if hit.start() == 0 or any(m.start < end < m.end for m in mentions):
                    continue
                asked = self._asked(text[end:])
                if not asked or typ in asked or (noun == _NO_HEAD and asked != {"post"}):
                    continue  # 调度会的主持人是谁: the phrase is the question itself
                via = self.phrase(text[:end], typ, True)
                if via:
                    merged = Mention(0, end, text[:end], {KIND_LETTERS[typ]: list(via)}, via=via)
                    return [merged] + [m for m in mentions if m.start >= end]
        return self._titled_doer(text, mentions)

    def _titled_doer(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A fact's doer written as a verb phrase, 的 and a title (和甲会谈的那位副行长, 主持乙会议的那位县长) opening a
        question that asks no person (还兼什么职): the phrase answered as a question for a person, read as one mention
        of them (the phrase must say its own fact: a name right before 的 is a body's post, 甲市的市长); when it names
        none, the persons it names are dropped: they are not whom the question asks about."""
        assert self.phrase is not None
        ends = {m.end for m in mentions}
        for m in mentions:
            if "p" in m.refs or not ("t" in m.refs or "s" in m.refs):
                continue
            de = re.search("的" + _THAT + "$", text[: m.start])
            if de is None or de.start() == 0 or de.start() in ends:
                continue
            asked = self._asked(text[m.end :])
            if not asked or "person" in asked:
                continue
            via = self.phrase(text[: m.end], "person", True)
            if via:
                return [Mention(0, m.end, text[: m.end], {"p": list(via)}, via=via)] + [
                    n for n in mentions if n.start >= m.end
                ]
            # none found: a person the phrase names is not the one asked about (和甲会谈的那位副市长: not 甲)
            return [n for n in mentions if n.start >= m.end or "p" not in n.refs]
        return mentions

    def _relative_span(self, text: str, mentions: list[Mention], de: int, end: int, typ: str) -> tuple[int, int] | None:
        """Where a relative phrase ending at `end` (its 的 + head at `de`, a head of answer type `typ`) starts: an
        opening word right before a name inside it; None when there is none, a name overlaps its edges or nothing of
        the question follows (question words asking where, `_HOP_ASKS`, follow a head of another type:
        甲所在的单位在哪个地方, the place of 甲's body)."""
        if any(m.start < end < m.end or m.start < de + 1 < m.end for m in mentions):
            return None
        rest = text[end:]
        where = self._asked(rest) & _HOP_ASKS - {typ}  # 甲所在的单位叫什么 (叫什么 asks a person too): the body itself
        if not any(m.start >= end for m in mentions) and not self._says_more(rest) and not where:
            return None  # 与甲市签约的企业有哪些: the phrase is the question itself
        marks = self.lexicon.relative_marks
        opens = [m.start - 1 for m in mentions if 0 < m.start and m.end <= de and text[m.start - 1] in marks]
        opens += [m.start for m in mentions if text[m.end : de] in self.lexicon.relative_links]  # 甲所在的那家银行
        if where:  # 甲的单位在哪里: a person's body right after 的, asked where (as 甲所在的单位在哪里)
            opens += [m.start for m in mentions if m.end == de and m.kinds == "p"]
        if not opens:
            return None
        start = max(opens)
        if any(m.start < start < m.end for m in mentions):
            return None
        return start, end

    def _org_titles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name, then a title with only fillers or post words between (X新聘的总经理, 曲沃县的县长) or a party word
        (X的党委书记: the title in X's party committee), or after 在 (去,
        到) with a verb of serving between (在X当常委的, 去X当了常委): the post of that title in X, a body named after X, or one
        whose name holds X (none: unchanged)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            gap = text[prev.end : m.start] if prev else ""
            serving = prev is not None and (
                (gap.removesuffix("了") in _SERVING and text[: prev.start].endswith(_SERVE_AT))
                or (gap.removesuffix("了") in _SERVING and _SERVED_BY.match(text, m.end) is not None)
                or self._who_serves(gap)
                or any(gap.removesuffix("了") == inside + verb for inside in _INSIDE for verb in _SERVING)
            )
            bare = self._charge_dropped(gap)  # 甲局管事的副局长: 甲局's 副局长, its holder in charge
            said = next((w for w in self.lexicon.before_titles if bare.endswith(w)), "")
            former = "" if said else self._former_said(bare)
            bare = bare.removesuffix(said or former)  # 甲行的新行长, 甲行原行长: 甲行's 行长 (cues.yaml before_titles)
            # 与甲签约那家企业，董事长是谁: a comma alone between a body and a title, as said aloud: the body's post
            framed = prev is not None and (
                self._only_frame(bare, asks=True)
                or serving
                or gap in _COMMAS
                or (bare[-1:] in _COMMAS and self._only_frame(bare[:-1]))  # 甲集团那家公司，董事长是谁: as 那家公司的
            )
            posts = self._posts_of(prev, m) if prev and framed else []
            party = _PARTY_GAP.fullmatch(gap)
            if prev and not framed and party:
                body = _PARTY_BODY[party[1]]
                posts = [r for r in self._posts_of(prev, m) if body.search(self.index.label(r.org))]
                framed = bool(posts)
            if prev and framed and not posts and gap not in ("", "的") and not prev.via and "t" in m.refs:
                near = self._qualified_post(text, prev, m)  # 甲煤矿由谁当矿长: the 矿长 told of with 甲煤矿 (甲矿)
                posts = [r for r in near.refs["s"] if self._names_body(prev.text, r.org)] if near else []
            if prev and posts:
                merged = OpenMention(prev.start, m.end, text[prev.start : m.end], {"s": posts}, via=prev.via)
                merged.open = not self._only_frame(bare) and not party
                merged.title_at = m.start
                merged.body_end = None if getattr(prev, "open", False) else prev.end
                # 甲局原局长乙赴任什么职务: the former post describes the person named after it, asks no holder
                merged.former = bool(former) and not any(n.start == m.end and "p" in n.refs for n in mentions)
                out[-1] = merged
                continue
            second = self._qualified(prev, m) if prev and "s" in prev.refs and gap in _TITLES_JOINED else None
            out.append(second or m)  # X的党工委书记兼管委会主任: the second title shares X too
        return out

    def _former_said(self, gap: str) -> str:
        """The former-holder word ending a gap between a body and its title (甲行原行长, 甲行的前任行长: cues.yaml
        former_titles), only frame words before it ('' for 目前: 前 ends a word of its own)."""
        return next((w for w in self.lexicon.former_titles if gap.endswith(w) and self._only_frame(gap[: -len(w)])), "")

    def _charge_dropped(self, gap: str) -> str:
        """A gap between a body and a title without the word saying its holder is in charge (管事的, 牵头的: the
        lexicon's `in_charge`), when it ends the gap, 的 or fillers after it."""
        for word in self.lexicon.in_charge:
            at = gap.rfind(word)
            if at >= 0 and self._only_frame(gap[at + len(word) :]):
                return gap[:at] + gap[at + len(word) :]
        return gap

    def _who_serves(self, gap: str) -> bool:
        """True when a gap asks who, then says serving (甲基金聘了谁当副总经理, 甲市由哪位担任市长): 甲's post.

        Only question words, fillers and post words before the verb of serving (甲市谁去当市长 is not one), only
        fillers after it (甲基金聘了谁当公司总经理)."""
        for verb in _SERVING:
            at = gap.rfind(verb)
            before, after = gap[: max(at, 0)], gap[at + len(verb) :]
            if at >= 0 and _WHO.search(before) and self._only_frame(before, asks=True) and self._only_frame(after):
                return True
        return False

    def _posts_of(self, prev: Mention, m: Mention) -> list[PostRef]:
        """The posts of the title mention `m` in the body the mention before it names."""
        if "p" in prev.refs or not ("t" in m.refs or "s" in m.refs):
            return []
        names = {prev.text} | {self.index.label(r) for k in "oz" for r in prev.refs.get(k, ())}
        roles = set(m.refs.get("t", ())) | {r.role for r in m.refs.get("s", ())}
        posts = self._posts_named(names, roles)
        orgs = [r for k in "oz" for r in prev.refs.get(k, ())]
        own = [r for r in posts if r.org in orgs]
        if own and len(own) < len(posts):  # 甲自治区现任主席: its own 主席, not its 政协's (as 甲自治区主席)
            posts = own
        if not posts and orgs and m.text in self.lexicon.roles:  # 甲基金聘谁做了副总: its 副总经理 (roles)
            posts = self._posts_by_role(orgs, self.lexicon.roles[m.text], "" if is_generic(prev.text) else prev.text)
        if "s" in m.refs and not m.generic and "t" not in m.refs:  # 甲区的乙市政协副主席: 乙市政协's, never 甲区政协's
            written = {(r.org, r.role) for r in m.refs["s"]}
            posts = [r for r in posts if (r.org, r.role) in written]
        return posts

    def _posts_named(self, names: set[str], roles: set[str]) -> list[PostRef]:
        """Posts of these title nodes in a body whose name holds one of `names` (X's own, its 党工委, ...)."""
        posts = [
            PostRef(org, role, "")
            for role in sorted(roles)
            for org in sorted(self.index.role_orgs.get(role, ()))
            if any(n and n in self.index.label(org) for n in names)
        ]
        return list(dict.fromkeys(posts))

    def _only_frame(self, gap: str, asks: bool = False) -> bool:
        """True when a gap holds only function characters, fillers and post words (新聘的, 现任), and with
        `asks` also question words (长治市有哪些副市长)."""

        def frame(word: str) -> bool:
            tags = self.lexicon.tags[word]
            if asks and (word in self.lexicon.generic or any(kind in ("asks", "count") for kind, _ in tags)):
                return True
            return bool(tags) and all(
                kind == "filler" or (kind == "cue" and name in ("post", "work")) for kind, name in tags
            )

        rest = self.lexicon.pattern.sub(lambda w: "" if frame(w.group()) else w.group(), gap)
        return all(c in self.lexicon.function for c in rest)

    def _asked(self, rest: str) -> set[str]:
        """The answer types the rest of a question asks for (有哪些职务: posts)."""
        return set(read_evidence(rest, [], self.lexicon).asks)

    def _says_more(self, rest: str) -> bool:
        """True when `rest` holds a relation cue, a role word or content beyond question words and fillers."""
        if any(kind in ("cue", "role") for w in self.lexicon.pattern.findall(rest) for kind, _ in self.lexicon.tags[w]):
            return True
        left = self.lexicon.pattern.sub("", rest)
        return any(c not in self.lexicon.function and c.isalnum() for c in left)

    def _bare_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A place written without its level word (长治 for 长治市), found in the text between names."""
        out, pos = [], 0
        for m in [*mentions, None]:
            end = m.start if m is not None else len(text)
            i = pos
            while i < end - 1:
                hit = next(
                    (
                        k
                        for k in (4, 3, 2)
                        if i + k <= end
                        and text[i + k : i + k + 1] not in LEVEL_CHARS
                        and self._place_stem(text[i : i + k])
                    ),
                    0,
                )
                if hit:
                    stem = text[i : i + hit]
                    out.append(Mention(i, i + hit, stem, {"l": self._place_stem(stem)}, generic=True))
                i += hit or 1
            if m is not None:
                out.append(m)
                pos = m.end
        return out

    def _place_stem(self, stem: str) -> list[str]:
        """The places written as the stem plus a level word (长治: 长治市), or the division the stem is a short name
        of (阿克苏: 阿克苏地区, 西藏: 西藏自治区), when the stem is a name of its own."""
        surfaces = self.index.surfaces
        if not _CJK_NAME.fullmatch(stem) or self.lexicon.pattern.match(stem):
            return []
        for level in "市县省区":
            if stem + level in surfaces and (refs := surfaces[stem + level].get("l")):
                return list(refs)
        division = place_of(stem)  # 阿克苏 of 阿克苏地区, 西藏 of 西藏自治区: the division the stem names
        if division is not None and division.name != stem and (refs := surfaces.get(division.name, {}).get("l")):
            return list(refs)
        return []

    def _role_posts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An organisation followed by an informal post word (X老板, X的一把手), or after a verb of holding (谁执掌X:
        cues.yaml `roles_before`): X's post of the first role word the lexicon gives for it that X has."""
        out: list[Mention] = []
        taken = 0  # the end of the last post read here: a role word that is a title of the graph too (副总) is in it
        titles = {m.start: m.end for m in mentions if m.refs.keys() & {"t", "s"}}
        for m in mentions:
            if m.end <= taken:
                continue
            out.append(m)
            orgs = [r for k in "oz" for r in m.refs.get(k, ())]
            places = [self.index.label(r) for r in m.refs.get("l", ())]
            if not orgs and not places:
                continue
            gap, word = self._role_after(text, m.end)
            before = next((w for w in self.lexicon.roles_before if text.endswith(w, 0, m.start)), None)
            if not word and before and not any(o.end > m.start - len(before) for o in out[:-1]):
                posts = (
                    self._posts_by_role(orgs, self.lexicon.roles[before], "" if is_generic(m.text) else m.text)
                    if orgs
                    else self._place_posts_by_role(places, self.lexicon.roles[before])
                )  # 谁执掌乙: the verb of holding before the body, 乙's post of the role
                if posts:
                    start, taken = m.start - len(before), m.end
                    out[-1] = Mention(start, m.end, text[start : m.end], {"s": posts}, via=m.via)
                continue
            if not word:
                continue
            if titles.get(m.end + gap, 0) > m.end + gap + len(word):
                continue  # 国务院那位副总理: a longer title of the graph written there (副总理), not the role word 副总
            if word in self.lexicon.in_charge and m.end + gap + len(word) in titles:
                continue  # 甲局管事的副局长: a title after it, 甲局's 副局长 (`_org_titles`), no boss word
            if orgs:  # and the bodies named by the text as written (路桥区的一把手: 路桥区委's, of 台州市路桥区)
                posts = self._posts_by_role(orgs, self.lexicon.roles[word], "" if is_generic(m.text) else m.text)
            else:
                posts = self._place_posts_by_role(places, self.lexicon.roles[word])
            # 甲银行行长, 甲局的一把手, no such post there: no one (not its deputy); a role word that is a leader word
            # too (负责人), when the body has none of its titles: its leaders, as written
            leader = ("cue", "leader") in self.lexicon.tags.get(word, ())
            if posts or (orgs and not m.via and not leader):
                end = taken = m.end + gap + len(word)
                out[-1] = Mention(m.start, end, text[m.start : end], {"s": posts}, via=m.via)
        return out

    def _role_after(self, text: str, end: int) -> tuple[int, str | None]:
        """The informal post word after a name (X老板, X的一把手, X新聘的副总: fillers and post words between, as
        `_only_frame` reads them) and the length of the gap before it; (0, None) when none follows."""
        for at in range(end, min(len(text), end + _ROLE_GAP + 1)):
            word = next((w for w in self.lexicon.roles if text.startswith(w, at)), None)
            if word and (text[end:at] in ("", "的") or self._only_frame(text[end:at])):
                return at - end, word
        return 0, None

    def _posts_by_role(self, orgs: list[str], roles: tuple[str, ...], written: str = "") -> list[PostRef]:
        """The organisations' posts of the first of the roles (title words) they have, in a body whose name holds
        one of theirs or the name as `written`."""
        names = {self.index.label(org) for org in orgs} | ({written} if len(written) >= 2 else set())
        for role in roles:
            titles = {t for t in self.index.surfaces.get(role, {}).get("t", ())}
            found = self._posts_named(names, titles)
            if found:
                return found
        return []

    def _place_posts_by_role(self, places: list[str], roles: tuple[str, ...]) -> list[PostRef]:
        """A place's own bodies' posts of the first of the roles they have (长治的一把手: 中共长治市委员会's
        书记): bodies whose bare stem is the place, not those of places inside it (长治市潞州区委)."""
        for role in roles:
            titles = set(self.index.surfaces.get(role, {}).get("t", ()))
            found = [
                PostRef(org, t, "")
                for t in sorted(titles)
                for org in sorted(self.index.role_orgs.get(t, ()))
                if set(places) & org_stems(self.index.label(org))
            ]
            if found:
                return list(dict.fromkeys(found))
        return []

    def _shared_qualifier(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """In "X党工委书记、管委会主任" (or 兼管委会主任) the second title shares X: re-read it as a post of X."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev and "s" in prev.refs and text[prev.end : m.start] in _TITLES_JOINED and "s" not in m.refs:
                merged = self._qualified(prev, m)
                if merged:
                    out.append(merged)
                    continue
            out.append(m)
        return out

    def _place_qualifier(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """In "八家户村村委会主任" the name before a post says whose post: keep the posts of bodies that
        appear in one article with that name, and read the two as one post mention (none: unchanged). An
        organisation with posts of its own right before the title (甲基金的副总) qualifies only bodies written with
        a part of its name (东滩煤矿矿长: 东滩矿's), never another of its article (乙基金's 副总)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev
                and "p" not in prev.refs
                and "s" not in prev.refs
                and ("s" in m.refs or "t" in m.refs)
                and _QUALIFIER_GAP.fullmatch(text[prev.end : m.start])
            ):
                merged = self._qualified_post(text, prev, m)
                if merged:
                    out[-1] = merged
                    continue
            out.append(m)
        return out

    def _province_posts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A province written short right before a post (甘肃的省长, 西藏党委书记) where the graph has no
        place of that name: the post kept to bodies whose name opens with it, read as one mention."""
        out: list[Mention] = []
        for m in mentions:
            before = text[out[-1].end if out else 0 : m.start]
            word = next((p for p in PROVINCES if before.removesuffix("的").endswith(p)), None)
            if word and set(m.refs) <= {"s", "t"}:  # (every holder of a title read only after a province)
                posts = list(m.refs.get("s", ())) + [r for t in m.refs.get("t", ()) for r in self.index.all_roles(t)]
                keep = [r for r in posts if self.index.label(r.org).removeprefix("中共").startswith(word)]
            else:
                keep = []
            if word and keep and set(m.refs) <= {"s", "t"}:
                start = m.start - len(before) + before.rindex(word)
                m = Mention(start, m.end, text[start : m.end], {"s": list(dict.fromkeys(keep))})
            out.append(m)
        return out

    def _qualified_post(self, text: str, prev: Mention, m: Mention) -> Mention | None:
        """The post mention `m` kept to bodies told of in one article with the name before it (one body only)."""
        near: set[int] = set()
        for kind in "ozl":
            for iri in prev.refs.get(kind, ()):
                near.update(self.index.articles.by_entity.get(iri, ()))
        if not near:
            return None
        posts, roles = list(m.refs.get("s", ())), list(m.refs.get("t", ()))
        articles, role_orgs = self.index.articles, self.index.role_orgs
        if len(near) < len(posts) + sum(len(role_orgs.get(role, ())) for role in roles):
            # 甲公司的董事长: the bodies of 甲公司's few articles, not the articles of every 董事长's body (same posts)
            linked = articles.entities_of(near)
            keep = [r for r in posts if r.org in linked] + [
                PostRef(org, role, "") for role in roles for org in sorted(linked.intersection(role_orgs.get(role, ())))
            ]
        else:
            for role in roles:
                posts += list(self.index.all_roles(role))
            keep = [r for r in posts if near & set(articles.by_entity.get(r.org, ()))]
        orgs = {r for k in "oz" for r in prev.refs.get(k, ())}
        as_place = text[prev.end : m.start].removesuffix("的") != ""  # 甲乙村主任: the village's, not 甲乙公司's
        if orgs and "l" not in prev.refs and not as_place:  # a body's post, or a body's named after it: no near name's
            keep = [r for r in keep if r.org in orgs or self._names_body(prev.text, r.org)]
        # 甲自治区的主席 (a body and a place): 甲's own, not the chair of 甲自治区政协 named after it
        own = [r for r in keep if r.org in orgs] if not as_place else []
        keep = own or keep
        if not keep or len({r.org for r in keep}) > 1:
            return None
        return Mention(prev.start, m.end, text[prev.start : m.end], {"s": keep})

    def _names_body(self, written: str, org: str) -> bool:
        """True when a body's name as written names the organisation (`_shares_name`: 甲煤矿 its 甲矿, a place of the
        graph or of the divisions data it opens with left aside) or the organisation's name abbreviates it (工总会)."""
        lx = extract_lexicon()

        def is_place(word: str) -> bool:
            return word in lx.place_names or word in PROVINCES or bool(self._place_stem(word))

        label = self.index.label(org)
        return _shares_name(written, label, is_place) or _abbreviates(label, written)

    def _qualified(self, prev: Mention, m: Mention) -> Mention | None:
        """The title `m` read with the organisation forms of the post before it (X党工委书记、管委会主任)."""
        refs: list = []
        for form in dict.fromkeys(r.form for r in prev.refs["s"] if r.form):
            refs += [r for r in self.index.surfaces.get(form + m.text, {}).get("s", ()) if r not in refs]
        if not refs and "t" in m.refs:  # X的党工委书记兼管委会主任: the bodies named after X's own stem
            stems = {s for r in prev.refs["s"] for s in org_stems(self.index.label(r.org))}
            refs = self._posts_named(stems, set(m.refs["t"]))
        return Mention(m.start, m.end, m.text, {"s": refs}) if refs else None


_SURNAME_AFTER = frozenset("的个位")  # before a rarer surname standing apart (甲公司那个宣总经理, 甲基金的先总经理)
_WORD_CHAR = re.compile(r"[\w\u3400-\u9fff]")


def is_surname(index: GraphIndex, lex: Lexicon, text: str, at: int, mention_ends: set[int]) -> bool:
    """Whether the character at `at` stands for a surname: one of cues.yaml `surnames`, or a rarer one (宣, 訾)
    standing apart (the question's start, after a mark, 的, a pointer's 个/位 or a name; no word of the lexicon
    opening with it) that opens the name of a person of the graph."""
    c = text[at]
    if c in lex.surnames:
        return True
    if not _WORD_CHAR.match(c) or c in lex.function or lex.pattern.match(text, at):
        return False
    apart = at == 0 or not _WORD_CHAR.match(text[at - 1]) or text[at - 1] in _SURNAME_AFTER or at in mention_ends
    return apart and any(kind == "p" for _, _, kind in index.prefix(c, limit=5))
