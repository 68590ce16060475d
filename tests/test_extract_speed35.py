"""speed35: regular expressions that were tried at every char of a page or sentence are asked less, with the same
matches: a lookahead of the chars a match can begin with, or a gate of strings one of which every match holds
(`events.required_gate`). Each is compared with the pattern it stands for on made-up texts built of its own words."""

from __future__ import annotations

import random
import re

import pytest

REQUIRED_GATE = [
    pytest.param("(?:简称|以下称)[^，]{1,4}", "简称|以下称", id="alternatives-each-a-string"),
    pytest.param("[（(](?:以下)?简称", r"\(简称|（简称|\(以下简称|（以下简称", id="a-class-and-an-option-in-the-run"),
    pytest.param("签约(?:仪式)?|签约仪式上", "签约", id="a-string-that-holds-another-is-left-out"),
    pytest.param("签[字名]|草签", "签名|签字|草签", id="shortest-first-then-in-order"),
    pytest.param("[^，。]{2}", None, id="no-literal-no-gate"),
    pytest.param("(", None, id="a-bad-pattern-no-gate"),
]


@pytest.mark.parametrize("pattern,wanted", REQUIRED_GATE)
def test_speed35_required_gate(pattern, wanted):
    from kgqa.extract.events import required_gate

    got = required_gate(pattern)
    assert (None if got is None else got.pattern) == wanted


def _texts(words: list[str], seed: int, n: int = 3000, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _gated():
    from kgqa.extract import agreements, posts, resolve, zones

    return [
        pytest.param(
            resolve.SHORT_NAME,
            resolve.SHORT_NAME_GATE,
            "甲乙公司 （ ） ( ) 简称 下称 以下 下文 “ ” 丙 ， （简称 丙）".split(),
            id="short-name",
        ),
        pytest.param(
            zones.LIST_RE,
            zones.LIST_GATE,
            "以 甲业、 乙业、 丙业 和 等产业 为主导产业 为主的 ， 。 三大 主导产业为 围绕".split(),
            id="industry-list",
        ),
        pytest.param(
            posts.CAREER,
            posts.CAREER_GATE,
            "， 。 此前 曾 先后 担任 任 他 她 原为 现为 后 甲公司 总裁 历任".split(),
            id="career",
        ),
        pytest.param(
            agreements._patterns()["noun_first"],
            agreements._noun_first_gate(),
            "协议 合同 《 》 在 甲市 签署 签订 签字仪式 上 甲与乙 合作 的 ，".split(),
            id="agreement-named-first",
        ),
    ]


@pytest.mark.parametrize("pattern,gate,words", _gated())
def test_speed35_a_gate_lets_through_every_text_its_pattern_matches(pattern, gate, words):
    assert gate is not None  # the pattern has required strings: the gate is on
    texts = _texts(words, 35)
    matched = [t for t in texts if pattern.search(t)]
    assert [t for t in matched if not gate.search(t)] == []
    assert 30 < len(matched) < len(texts) - 30  # texts on both sides of the gate


def _guarded():
    from kgqa.extract import mentions, numbers, sentences
    from kgqa.extract.lexicon import load

    fields = load("org_mention_words.yaml")
    return [
        pytest.param(
            sentences.SENT_END,
            ["。", "！", "？", "?", "；", ";", "!", "\n", "\u3000", " ", "”", "’", "甲", "吗", "a", "\t"],
            "finditer",
            id="sentence-end",
        ),
        pytest.param(
            numbers.DATELINE,
            "1 12 2009年 月 日 电 讯 上午 专电 甲社 1月 3日电 12月2日 综合报道".split(),
            "search",
            id="dateline",
        ),
        pytest.param(
            mentions._field_join(),
            fields["ministry_fields"][:12]
            + fields["ministry_joiners"]
            + fields["ministry_endings"]
            + "、 门 甲".split(),
            "finditer",
            id="ministry-of-joined-fields",
        ),
    ]


@pytest.mark.parametrize("pattern,words,how", _guarded())
def test_speed35_a_lookahead_of_first_chars_changes_no_match(pattern, words, how):
    """The pattern without its leading lookahead of first chars matches the same, at the same places."""
    assert pattern.pattern.startswith("(?=")  # the lookahead (no group inside it) opens the pattern
    bare = re.compile(pattern.pattern[pattern.pattern.index(")") + 1 :])
    found = 0
    for t in _texts(words, 35):
        if how == "finditer":
            a, b = [m.span() for m in pattern.finditer(t)], [m.span() for m in bare.finditer(t)]
        else:
            m1, m2 = pattern.search(t), bare.search(t)
            a, b = m1 and (m1.span(), m1.groups()), m2 and (m2.span(), m2.groups())
        assert a == b, t
        found += bool(a)
    assert found > 30


ABBREV_HEADS = [
    pytest.param("人民银行甲市分行", ["人民银行"], id="a-short-form-opening-the-name"),
    pytest.param("中共中央党校甲分校", ["中共中央", "中共中央党校"], id="two-in-the-order-of-the-file"),
    pytest.param("人民银行", [], id="the-short-form-itself-is-no-head"),
    pytest.param("甲乙银行分行", [], id="no-short-form-opens-it"),
]


@pytest.mark.parametrize("written,wanted", ABBREV_HEADS)
def test_speed35_abbreviation_heads_of_a_name(written, wanted):
    """`org_registry._abbrev_heads`: the short forms of abbreviations.yaml that open a name and are shorter than it."""
    from kgqa.extract.mentions import lexicon
    from kgqa.extract.org_registry import _abbrev_heads

    assert {"人民银行", "中共中央", "中共中央党校"} <= set(lexicon().abbrevs)  # the rows the table leans on
    assert _abbrev_heads(written) == wanted


def test_speed35_abbreviation_heads_in_the_order_of_the_file():
    """Every proper prefix of a name that is a short form, in the file's order (what the loop over all tried)."""
    from kgqa.extract.mentions import lexicon
    from kgqa.extract.org_registry import _abbrev_heads

    keys = list(lexicon().abbrevs)
    for key in keys:
        for name in (key + "甲乙分行", key[:-1] + "甲分行", "甲" + key):
            wanted = [k for k in keys if name.startswith(k) and len(name) > len(k)]
            assert _abbrev_heads(name) == wanted, name


TITLE_AT = [
    pytest.param("副市长甲乙说", 0, "副市长", id="a-title-at-the-char"),
    pytest.param("甲乙副市长说", 0, None, id="no-title-at-the-char"),
    pytest.param("甲乙副市长说", 2, "副市长", id="a-title-further-on"),
    pytest.param("市", 0, None, id="one-char-left"),
]


@pytest.mark.parametrize("text,p,wanted", TITLE_AT)
def test_speed35_title_at_a_char(text, p, wanted):
    """`mentions._title_at` asks its five lengths only where the first two chars begin a title (Lex.title_heads)."""
    from kgqa.extract.mentions import _title_at, lexicon

    lx = lexicon()
    assert lx.title_heads == {t[:2] for t in lx.titles if len(t) >= 2}
    assert _title_at(text, p) == wanted


def _context_as_before(text: str, as_bytes: bool) -> list[list]:
    """The context strings and char marks of each char as `ner.features` built them before speed35 (one
    concatenation per string, the marks from a list of each char's), before the span marks are appended."""
    from kgqa.extract import ner

    hc, hl, hr, hll, hrr, hlc, hcr, hll_l, hr_rr, hlr = ner.CONTEXT_BYTES if as_bytes else ner.CONTEXT
    norm = text.translate(ner.NORM)
    cs = ["^", "^", *norm, "$", "$"] if not as_bytes else [b"^", b"^", *map(str.encode, norm), b"$", b"$"]
    bg = [a + b for a, b in zip(cs, cs[1:])]
    cm = ner._char_marks(as_bytes)
    m = [cm.get(c, ner.NO_MARKS) for c in ["", *text, ""]]
    return [
        [
            hc + c,
            hl + b,
            hr + d,
            hll + a,
            hrr + e,
            hlc + x,
            hcr + y,
            hll_l + z,
            hr_rr + v,
            hlr + b + d,
            *p[0],
            *o[1],
            *q[2],
        ]
        for a, b, c, d, e, x, y, z, v, p, o, q in zip(
            cs, cs[1:], cs[2:], cs[3:], cs[4:], bg[1:], bg[2:], bg, bg[3:], m, m[1:], m[2:]
        )
    ]


UNIT_TEXTS = [
    pytest.param("欧阳明与甲乙电子有限公司签署协议，金额１２亿元（ABC）。", id="names-fullwidth-latin"),
    pytest.param("^$ 甲\t\u3000乙^", id="the-padding-chars-written-in-the-text"),
    pytest.param("", id="empty"),
    pytest.param("王", id="one-char-with-marks"),
]


@pytest.mark.parametrize("text", UNIT_TEXTS)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_speed35_features_from_units_as_before(text, as_bytes, monkeypatch):
    """`ner.features` reads the strings of a char alone and its own marks from `_units`: the same lists, in order."""
    from kgqa.extract import ner

    unit = ner._units(as_bytes)["王"]
    assert unit[0] == ("c=王".encode() if as_bytes else "c=王") and unit[5] != ()  # a family name: marks
    monkeypatch.setattr(ner, "_span_marks", lambda *a, **k: None)
    assert ner.features(text, as_bytes=as_bytes) == _context_as_before(text, as_bytes)


def test_speed35_features_from_units_on_random_texts(monkeypatch):
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "_span_marks", lambda *a, **k: None)
    rnd = random.Random(35)
    pool = "国务院副总理王建业昨天在北京会见欧阳明与甲乙电子有限公司签署协议金额１２亿元ＡＢabc 12·—，。^$\t"
    for _ in range(300):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 60)))
        for as_bytes in (False, True):
            assert ner.features(text, as_bytes=as_bytes) == _context_as_before(text, as_bytes), text


@pytest.mark.parametrize(
    "key,words",
    [
        pytest.param(
            "history_told",
            "甲公司 成立 于2003年 2003年 3月 由甲乙 共同 在乙地 建 始建 组建 设立 创办 ， 。 厂 院".split(),
            id="founding",
        ),
        pytest.param("visited", "看望 了 原 甲乙 家中 慰问 探望 的家 走进 丙 ， 。 家里".split(), id="visited"),
    ],
)
def test_speed35_gated_finditer_finds_what_finditer_finds(key, words):
    """events.gated_finditer: the matches of finditer from any start, with no search where the gate finds nothing."""
    from kgqa.extract.events import _gate_of, _patterns, gated_finditer

    pattern = _patterns()[key]
    assert _gate_of(pattern) is not None
    found = 0
    for i, text in enumerate(_texts(words, 35)):
        pos = i % 4
        wanted = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in gated_finditer(pattern, text, pos)] == wanted, (text, pos)
        found += bool(wanted)
    assert found > 30
