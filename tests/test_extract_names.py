"""extract/names.py: person names found by their look and surroundings (made-up sentences),
and recall on the held-out part of the benchmark TRAIN splits (skipped without ../shared/bench)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from kgqa.extract.names import find_names
from kgqa.extract.pipeline import Doc, Pipeline

ROOT = Path(__file__).resolve().parents[1]


def names(text: str) -> list[str]:
    return [n for _, _, n in find_names(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("王建国表示，今年要抓好项目建设。", ["王建国"]),
        ("据张小红介绍，项目已开工。", ["张小红"]),
        ("记者李明从会上获悉。", ["李明"]),
        ("会上，刘伟、陈静、赵刚分别发言。", ["刘伟", "陈静", "赵刚"]),
        ("司马光砸缸的故事家喻户晓。", ["司马光"]),
        ("周晓峰认为，市场还会回暖。", ["周晓峰"]),
        ("专栏作家克里斯·莫瑞斯说，经济将复苏。", ["克里斯·莫瑞斯"]),
    ],
    ids=[
        "speech-verb",
        "ju-introduce",
        "after-reporter",
        "comma-list",
        "compound-surname",
        "surname-is-word",
        "dotted-foreign",
    ],
)
def test_names_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "王国的黄金时代已经过去。",
        "高速公路今天通车了。",
        "张开双臂迎接客人。",
        "李子树结果了。",
        "黄金价格继续上涨。",
        "王府井大街人很多。",
        "张家口市举办活动。",
        "高新区管委会召开会议。",
        "李女士表示很满意。",
        "王总介绍了情况。",
        "金融机构加大支持力度。",
        "高峰时段车辆较多。",
        "江苏省人民政府发布通知。",
        "北京·上海双城论坛开幕。",
    ],
    ids=[
        "wangguo-huangjin",
        "gaosu",
        "zhangkai",
        "lizi",
        "huangjin",
        "place-street",
        "place-city",
        "zone",
        "honorific-only",
        "title-only",
        "jinrong",
        "gaofeng",
        "government",
        "dotted-places",
    ],
)
def test_non_names_not_taken(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("会上，周平首先代表大家发言。", "周平首"),
        ("冯梅强调，项目要按期完工。", "冯梅强"),
    ],
    ids=["shouxian", "qiangdiao"],
)
def test_last_char_starting_a_common_word_is_no_name_char(text, wrong):
    assert wrong not in names(text)


def test_taken_offsets_are_never_covered():
    text = "王建国表示同意。"
    assert find_names(text, taken={1}) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("会上，刘伟、陈静分别发言。", {"刘伟", "陈静"}),
        ("本报讯 3月1日，市长李四调研。王建国表示，项目进展顺利。", {"李四", "王建国"}),
    ],
    ids=["list-in-body", "titled-and-untitled"],
)
def test_pipeline_persons_include_names_by_look(text, expected):
    d = Doc("标题\n\n" + text)
    Pipeline()(d)
    assert {p.name for p in d.facts.persons} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("经过对市场的周密分析，企业决定扩大生产。", id="zhoumi-adjective"),
        pytest.param("今年是关键年，各项措施马虎不得。", id="mahu-adjective"),
        pytest.param("民间资金投向科教、文卫、体育等领域。", id="wenwei-sector-in-list"),
        pytest.param("产品种类齐全，包装华丽。", id="qiquan-huali"),
        pytest.param("总书记的殷殷嘱托激励着我们。", id="doubled-word"),
        pytest.param("牢记总书记殷殷嘱托，做好工作。", id="doubled-word-after-title"),
        pytest.param("江城大学与江城科技有限公司签订了技术许可合同，许可费1.2亿元。", id="licence-fee"),
        pytest.param("今年1至8月，西部陆海新通道海铁联运班列开行量突破7000列。", id="land-sea-corridor"),
        pytest.param("工作组深入井下察看了通风、瓦斯抽采和顶板管理情况。", id="mine-gas"),
    ],
)
def test_common_words_the_dictionary_lists_as_names_are_no_persons(text):
    d = Doc("标题\n\n" + text)
    Pipeline()(d)
    assert [p.name for p in d.facts.persons] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("本报讯 局长韩永建议，加快项目建设。", {"韩永"}),
        ("本报讯 行长贺军满怀信心地表示，前景很好。", {"贺军"}),
        ("本报讯 基金公司副总方炜最终竞聘成为总经理。", {"方炜"}),
        ("本报讯 船舶公司邱珊总经理在会上作报告。", {"邱珊"}),
        ("本报讯 副总理汪平首先代表国务院致辞。", {"汪平"}),
        ("本报讯 市长王建国表示，要加快发展。", {"王建国"}),
        ("本报讯 市长刘建华表示欢迎。", {"刘建华"}),
        ("本报讯 局长宋海涛指出，要抓好落实。", {"宋海涛"}),
        ("本报讯 副市长李立新说，今年经济增长。", {"李立新"}),
        ("本报讯 市长邓昕今（15）日率团访问。", {"邓昕"}),
        ("本报讯 甲乙基金发布《总经理任职公告》。", set()),
        ("本报讯 市长高峰出席会议。", {"高峰"}),
        ("本报讯 原东方公司总经理周明任山东东方能源集团有限公司总经理。", {"周明"}),
        ("本报讯 会议决定，周明任副市长。", {"周明"}),
        ("本报讯 市长李明任出席会议。", {"李明任"}),
        ("本报讯 曾任沪光证券公司董事长的刘海明任监事长。", {"刘海明"}),
    ],
    ids=[
        "jianyi-after-two",
        "manhuai-after-two",
        "zuizhong-after-two",
        "title-after-two",
        "shouxian-after-two",
        "three-then-verb",
        "three-huabiao-not-split",
        "three-given-is-word",
        "three-then-shuo",
        "wire-day-after-two",
        "common-word-is-no-name",
        "person-like-word-is-a-name",
        "ren-before-a-place-is-the-verb",
        "ren-before-a-title-is-the-verb",
        "ren-before-a-verb-stays-in-the-name",
        "ren-after-a-modifier-with-de-is-the-verb",
    ],
)
def test_name_after_title_ends_where_the_next_word_starts(text, expected):
    d = Doc("标题\n\n" + text)
    Pipeline()(d)
    assert {p.name for p in d.facts.persons} == expected


def _heldout():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import build_name_lexicon as b
    finally:
        sys.path.pop(0)
    data = b.datasets()
    if not data:
        pytest.skip("../shared/bench not present")
    return b, data


# Floors set a little under what bench/ner_recall.py measured on the last 20% of each split
# (CLUENER R 0.35 at P 0.85, ResumeNER R 0.85 at P 0.98): a fall below them is a regression.
@pytest.mark.parametrize(
    "dataset,recall_floor,precision_floor",
    [
        ("cluener", 0.30, 0.78),
        ("resume", 0.78, 0.93),
    ],
    ids=["cluener", "resume"],
)
def test_recall_on_heldout_benchmark_lines(dataset, recall_floor, precision_floor):
    b, data = _heldout()
    if dataset not in data:
        pytest.skip(f"{dataset} not present")
    tp = fp = fn = 0
    for text, spans in b.split(data[dataset], "test"):
        gold = {text[x:y] for lab in ("name", "NAME") for x, y in spans.get(lab, ())}
        pred = set(names(text))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    assert tp / (tp + fn) >= recall_floor
    assert tp / (tp + fp) >= precision_floor
