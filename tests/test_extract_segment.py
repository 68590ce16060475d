"""Step `segment`: items, titles, bylines, repaired lines, offsets (made-up sentences + real pages)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kgqa.extract.pipeline import Doc
from kgqa.extract.segment import segment, segment_text

SHARED = Path(__file__).resolve().parents[2] / "shared"


def arts(text: str):
    return segment_text(text)[0]


@pytest.mark.parametrize("text,title,authors", [
    ("## 某县召开项目推进会\n\n本报讯 记者王明报道：5月2日，某县召开会议。", "某县召开项目推进会", ["王明"]),
    ("## 某市签约\n\n本报讯 记者李华 张伟报道：5月2日，签约。", "某市签约", ["李华", "张伟"]),
    ("## 春耕忙\n\n□本报记者 赵小川\n\n田间地头一片繁忙。", "春耕忙", ["赵小川"]),
    ("## 春耕忙\n\n□本报见习记者 钱多\n\n田间地头一片繁忙。", "春耕忙", ["钱多"]),
    ("某开发区举办培训会\n\n本刊讯 4月1日，某开发区举办培训会。\n\n(孙丽)", "某开发区举办培训会", ["孙丽"]),
    ("## 大棋局\n\n新华社记者\n\n开年以来，形势向好。", "大棋局", []),
    ("某地签约\n\n本报记者周到\n今年元旦，村里签约。", "某地签约", ["周到"]),
    ("某事进行中\n\n记者获悉，某事正在进行中。记者 马可", "某事进行中", ["马可"]),
], ids=["inline-byline", "inline-two-authors", "box-reporter", "trainee-reporter", "kan-xun-paren",
        "xinhua-no-name", "reporter-line", "tail-reporter"])
def test_title_and_authors(text, title, authors):
    a = arts(text)[0]
    assert a.title == title
    assert a.authors == authors


def test_reversed_title_lines():
    text = "主持召开某开发区专题会议\n\n某县委副书记、县长钱一二\n\n本刊讯 近日，会议召开。\n\n(孙丽)"
    assert arts(text)[0].title == "某县委副书记、县长钱一二主持召开某开发区专题会议"


def test_two_items_split_by_closing_author():
    text = "甲地开会\n\n本刊讯 甲地开会。\n\n(孙丽)\n\n乙地签约\n\n本刊讯 乙地签约。\n\n(周强)"
    a = arts(text)
    assert [x.title for x in a] == ["甲地开会", "乙地签约"]
    assert [x.authors for x in a] == [["孙丽"], ["周强"]]


def test_broken_line_repaired_and_duplicate_dropped():
    body = "他说，长治地处太行腹地，文化底蕴深厚，是名副其实的红色圣\n\n地、能源重地，发展前景广阔。这是一句很长的话，用来模拟报纸排版。\n\n地、能源重地，发展前景广阔。"
    a = arts("## 标题\n\n" + body)[0]
    assert "红色圣地" in a.body
    assert a.body.count("能源重地") == 1


def test_photo_caption_is_untitled_item():
    text = "## 标题\n\n本报讯 记者王明报道：正文一句。\n\n3月4日，某村春景如画。\n\n本报记者 张三 摄"
    a = arts(text)
    assert a[-1].title is None and a[-1].authors == ["张三"]
    assert a[-1].body.startswith("3月4日")


def test_offsets_point_into_page():
    text = "## 标题\n\n本报讯 记者王明报道：3月1日，会议召开。"
    d = Doc(text)
    segment(d)
    a = d.facts.articles[0]
    assert text[a.start:a.end].endswith("会议召开。")


@pytest.mark.parametrize("text", ["", "   \n\n ", "x" * 100000, "１２３４５６７８", "<p>&nbsp;<b>標題</b></p>",
                                  "## \n\n###\n\n(  )"], ids=["empty", "blank", "long-line", "fullwidth",
                                                              "html", "empty-headings"])
def test_bad_input_never_raises(text):
    d = Doc(text)
    segment(d)
    assert isinstance(d.facts.articles, list)


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="needs ../shared")
@pytest.mark.parametrize("gold", sorted((SHARED / "gold").glob("*.gold.yaml")) +
                         sorted((SHARED / "dev" / "gold").glob("*.gold.yaml")), ids=lambda p: p.name[:12])
def test_real_pages_titles_and_authors(gold):
    g = yaml.safe_load(gold.read_text(encoding="utf-8"))
    corpus = gold.parent.parent / "corpus" / g["document"]
    got = arts(corpus.read_text(encoding="utf-8"))
    assert [a.title for a in got] == [a["title"] for a in g["articles"]]
    assert [a.authors for a in got] == [list(a["authors"] or []) for a in g["articles"]]


@pytest.mark.parametrize("text", [
    "某银行行长王建国表示，将加大对小微企业的支持",     # one sentence, no final stop
    "市长赵明华，副市长钱立新",                         # ends like a sentence part
    "新任县长孙德胜",                                   # a lone short record
], ids=["sentence-no-stop", "comma-list", "short-record"])
def test_one_line_input_is_body_not_title(text):
    """A one-line input (a record, a benchmark sentence) is read as text, so its names are found."""
    arts, _ = segment_text(text)
    assert len(arts) == 1
    assert arts[0].title is None
    assert arts[0].body == text


def test_line_ending_in_comma_is_never_a_title():
    arts, _ = segment_text("记者李华报道，\n\n今天上午，会议召开。")
    assert all(a.title != "记者李华报道，" for a in arts)
