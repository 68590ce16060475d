"""Step `sentences`: sentence spans and page offsets."""

from __future__ import annotations

import pytest
from kgqa.extract.pipeline import Doc, Pipeline
from kgqa.extract.sentences import source_at, split_sentences


@pytest.mark.parametrize(
    "text,expected",
    [
        ("甲。乙！丙？", ["甲。", "乙！", "丙？"]),
        ("他说：“好。”我们走吧", ["他说：“好。”", "我们走吧"]),
        ("第一段\n第二段", ["第一段", "第二段"]),
        ("第一段。\u3000\u3000第二段。", ["第一段。", "第二段。"]),
        ("", []),
        ("市长艾山?买买提出席。会议开始", ["市长艾山?买买提出席。", "会议开始"]),
        ("你来吗?我们走吧", ["你来吗?", "我们走吧"]),
        ("真的?", ["真的?"]),
    ],
    ids=[
        "stops",
        "closing-quote",
        "newline",
        "ideographic-spaces",
        "empty",
        "lost-dot-in-a-name",
        "ascii-question",
        "question-at-end",
    ],
)
def test_split(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_long_run_is_cut():
    text = "很长，" * 1000
    assert all(b - a <= 400 for a, b in split_sentences(text))


def test_sources_carry_page_offsets():
    text = "## 标题\n\n本报讯 记者王明报道：3月1日，会议召开。市长李四讲话。"
    d = Doc(text)
    Pipeline(["segment", "sentences"])(d)
    s = d.facts.articles[0].sentences
    assert [text[x.start : x.end] for x in s] == [x.sentence for x in s]
    body = d.facts.articles[0].body
    assert source_at(d, 0, body.index("李四")).sentence == "市长李四讲话。"
