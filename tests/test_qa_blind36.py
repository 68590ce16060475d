"""Questions typed the way people ask them (issue 11, the thirty-eighth blind set); each row's id names the wording,
and near misses must not be answered otherwise: the answer's type asked by a noun (甲的职务名称是什么, 合作涉及领域的
名称: cues.yaml asks.post, asks.industry), one-character slips of a title that are never another word (市涨, 董仕长,
主习: cues.yaml slips), the article's own day asked as 是哪天的报道 / 这篇稿子的日期 (cues.yaml slips, read as 哪天发的报道
and 发稿日期: article_date, never the day of an event the title tells), ordinals of events by their day (第一件事是什么,
第一个发生的事件, 最后一个事件是什么, 时间上最晚的一件事: cues.yaml earliest/latest and asks.event; 按时间先后 a filler),
and a polite tail (…，能告诉我吗: a filler, not a second question). The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

BUREAU = "青岚市商务局"
FACTS = city_page(
    articles=[
        {"title": "青岚市召开全市招商引资推进会", "first_words": "本报讯", "date": "2033-05-09", "authors": ["苏映雪"]},
    ],
    persons=[
        {"name": "林照川", "posts": [{"title": "局长", "org": BUREAU}, {"title": "党组书记", "org": BUREAU}]},
        {"name": "白砚秋", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "江晚舟", "posts": [{"title": "主席", "org": "青岚市工商业联合会"}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": ["市商务局"], "located_in": "青岚市"},
        {"name": "青岚市工商业联合会", "type": "other", "aliases": ["青岚市工商联"], "located_in": "青岚市"},
    ],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-08",
            "summary": "林照川主持召开全市招商引资推进会",
            "participants": ["林照川", "白砚秋"],
            "organizations": [BUREAU],
        },
        {
            "kind": "groundbreaking",
            "date": "2033-05-12",
            "summary": "青岚市举行第二批重点项目集中开工活动",
            "organizations": [GOV],
        },
    ],
)
FIRST, LAST = "陆听松会见来访的顾远山一行", "第二批重点项目集中开工活动"


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "林照川的职务名称是什么", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="zhi-wu-ming-cheng"
        ),
        pytest.param("请问白砚秋的职位名称", "person_posts", {f"{GOV}市长"}, id="zhi-wei-ming-cheng"),
        pytest.param(
            "青岚市人民政府和星岫集团的战略合作协议涉及领域的名称",
            "agreement_fields",
            {"氢能", "文旅"},
            id="ling-yu-de-ming-cheng",
        ),
        pytest.param("青岚市人民政府的市涨是谁", "post_holder", {"白砚秋"}, id="shi-zhang-slip"),
        pytest.param("星岫集团的董仕长是谁", "post_holder", {"顾远山"}, id="dong-shi-zhang-slip"),
        pytest.param("青岚市工商联的主习是谁", "post_holder", {"江晚舟"}, id="zhu-xi-slip"),
        pytest.param(
            "请问一下，全市招商引资推进会是哪一天开的，能告诉我吗", "event_date", {"2033-05-08"}, id="neng-gao-su-wo-ma"
        ),
        # near misses: the title written right, and 职务 asked as before
        pytest.param("青岚市人民政府的市长是谁", "post_holder", {"白砚秋"}, id="shi-zhang-still"),
        pytest.param("林照川担任什么职务", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="zhi-wu-still"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        # the title tells an event of another day (05-08): the article's own day is asked
        pytest.param("《青岚市召开全市招商引资推进会》是哪天的报道", {"2033-05-09"}, id="na-tian-de-bao-dao"),
        pytest.param("《青岚市召开全市招商引资推进会》这篇稿子的日期", {"2033-05-09"}, id="gao-zi-de-ri-qi"),
        pytest.param("《青岚市召开全市招商引资推进会》这篇报道是哪天发的", {"2033-05-09"}, id="na-tian-fa-de-still"),
    ],
)
def test_article_day(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == ("article_date", expected), got.message


def test_event_day_still_the_events(kg):
    """Near miss: the meeting's own day asked without a word of the article stays the event's."""
    got = kg.ask("全市招商引资推进会是哪天开的")
    assert (got.template, _labels(got)) == ("event_date", {"2033-05-08"}), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("第一件事是什么", "first_event", {FIRST}, id="di-yi-jian-shi"),
        pytest.param("按时间先后，第一件事是什么", "first_event", {FIRST}, id="an-shi-jian-xian-hou"),
        pytest.param("第一个发生的事件是啥", "first_event", {FIRST}, id="di-yi-ge-fa-sheng"),
        pytest.param("最早发生的那件事是哪个", "first_event", {FIRST}, id="zui-zao-na-jian-shi"),
        pytest.param("最后一个事件是什么", "last_event", {LAST}, id="zui-hou-yi-ge-shi-jian"),
        pytest.param("时间上最晚的一件事是啥", "last_event", {LAST}, id="shi-jian-shang-zui-wan"),
        pytest.param("这些事里最后一个发生的是哪件", "last_event", {LAST}, id="zui-hou-yi-ge-fa-sheng"),
        # near misses: as before
        pytest.param("哪件事发生得最早", "first_event", {FIRST}, id="fa-sheng-de-zui-zao-still"),
        pytest.param("最晚的活动是哪个", "last_event", {LAST}, id="zui-wan-huo-dong-still"),
    ],
)
def test_ordinals(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市委第一书记是谁", id="di-yi-shu-ji"),  # a title, no ordinal of events
        pytest.param("最后一个发言的是谁", id="zui-hou-fa-yan"),  # a speaker, no event by its day
    ],
)
def test_ordinal_near_misses(kg, question):
    got = kg.ask(question)
    assert got.template not in ("first_event", "last_event"), (got.template, _labels(got))
