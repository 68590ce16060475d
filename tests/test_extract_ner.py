"""extract/ner.py: the learned recogniser loads from the installed package, finds persons and
organisations in made-up sentences, and never raises on bad input."""

from __future__ import annotations

from importlib import resources

import pytest
from kgqa.extract import ner


def found(text: str, label: str) -> list[str]:
    return [text[a:b] for a, b, lab in ner.recognise([text])[0] if lab == label]


def test_model_ships_in_the_package():
    path = resources.files("kgqa.extract") / "data" / "ner.crfsuite"
    assert path.is_file()
    assert path.stat().st_size < 8_000_000  # a few MB at most
    assert ner.available()


@pytest.mark.parametrize(
    "text,label,expected",
    [
        pytest.param("国务院副总理韩建业昨天在北京会见了代表团。", "PER", ["韩建业"], id="title-before"),
        pytest.param("钟小玲说，今年的收成比去年好。", "PER", ["钟小玲"], id="speech-verb"),
        pytest.param("会议由方德明主持，吕新华、邵建平出席。", "PER", ["方德明", "吕新华", "邵建平"], id="list"),
        pytest.param("他在华润达电子有限公司工作了十年。", "ORG", ["华润达电子有限公司"], id="company"),
        pytest.param("青山县人民政府与该集团签署协议。", "ORG", ["青山县人民政府"], id="government"),
        pytest.param("今天天气很好，大家都出门了。", "PER", [], id="no-name"),
    ],
)
def test_recognise(text, label, expected):
    assert found(text, label) == expected


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(None, id="none"),
        pytest.param([None, 5, b"bytes", ""], id="not-strings"),
        pytest.param(["\x00\ufffd\ud800" * 50], id="control-and-surrogates"),
        pytest.param(["王" * 5000], id="long-run"),
        pytest.param(["，。、" * 300 + "１２３ＡＢＣ"], id="punctuation-fullwidth"),
    ],
)
def test_bad_input_never_raises(bad):
    for out in (ner.recognise(bad), ner.recognise_scored(bad)):
        assert isinstance(out, list)
        assert all(isinstance(x, list) for x in out)


def test_scored_spans_are_the_spans_with_a_confidence():
    text = "国务院副总理韩建业昨天在北京会见了代表团。"
    scored = ner.recognise_scored([text])[0]
    assert [x[:3] for x in scored] == ner.recognise([text])[0]
    assert scored and all(0.0 < x[3] <= 1.0 for x in scored)


def test_offsets_cover_long_text_in_pieces():
    text = "。".join(["记者从会上获悉"] * 80) + "。钟小玲说，很好。"
    spans = ner.recognise([text])[0]
    assert any(text[a:b] == "钟小玲" for a, b, lab in spans if lab == "PER")


# speed30: the tagger is given the feature strings as UTF-8 bytes (features(text, as_bytes=True)), built of
# the encoded chars and marks; they must be the str features of training, encoded, item for item and in order
AS_BYTES_TEXTS = [
    pytest.param("国务院副总理韩建业昨天在北京会见了代表团。", id="title-name-place"),
    pytest.param("欧阳明与华润达电子有限公司签署协议，金额１２亿元（ABC）。", id="compound-surname-fullwidth-latin"),
    pytest.param("山西省长治市潞州区人民政府\t\u3000副区长", id="places-spaces"),
    pytest.param("", id="empty"),
    pytest.param("a", id="one-char"),
]


@pytest.mark.parametrize("text", AS_BYTES_TEXTS)
def test_speed30_bytes_features_are_the_str_features_encoded(text):
    wanted = [[f.encode() for f in char] for char in ner.features(text)]
    assert ner.features(text, as_bytes=True) == wanted
    if len(text) > 1:
        assert any(len(char) > 10 for char in wanted)  # context strings and marks both there


def test_speed30_bytes_features_on_random_texts():
    import random

    rnd = random.Random(30)
    pool = "国务院副总理韩建业昨天在北京会见了代表团欧阳明与华润达电子有限公司签署协议金额１２亿元ＡＢabc 12·—，。"
    for _ in range(300):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 60)))
        assert ner.features(text, as_bytes=True) == [[f.encode() for f in char] for char in ner.features(text)], text


# speed32: the compound family names' marks (S2) are placed where one regex of them all finds one, not by a slice
# and a set lookup at each char: the same positions, in order, as that scan
COMPOUND_TEXTS = [
    pytest.param("欧阳明与司马光会见了诸葛亮。", id="three-compounds"),
    pytest.param("欧阳欧阳", id="one-after-another"),
    pytest.param("某某欧阳", id="at-the-end"),
    pytest.param("欧", id="one-char-of-one"),
    pytest.param("", id="empty"),
    pytest.param("国务院副总理韩建业", id="none"),
]


@pytest.mark.parametrize("text", COMPOUND_TEXTS)
def test_speed32_compound_starts_are_the_scan_positions(text):
    comp = ner._lex()[4]
    wanted = [i for i in range(len(text) - 1) if text[i : i + 2] in comp]
    assert [m.start() for m in ner._compound_starts().finditer(text)] == wanted
    if "欧阳" in text:
        assert wanted


def test_speed32_compound_starts_on_random_texts():
    import random

    comp = ner._lex()[4]
    pool = "".join(sorted({c for w in comp for c in w})) + "明光亮，a1"
    rnd = random.Random(32)
    found = 0
    for _ in range(2000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 20)))
        wanted = [i for i in range(len(text) - 1) if text[i : i + 2] in comp]
        found += bool(wanted)
        assert [m.start() for m in ner._compound_starts().finditer(text)] == wanted, text
    assert found > 100
