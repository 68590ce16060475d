"""Questions typed the way people ask them (issue 11, the thirty-seventh blind set); each row's id names the wording,
and near misses must not be answered otherwise: pinyin slips read as meant when nothing fits as written (主仁, 书己,
菊长: cues.yaml typos), English words and a spoken word for a post (甲的title是什么, 兼了几个position, 甲啥来头:
cues.yaml spoken), a day's events asked as news (二〇三三年五月八日有什么新闻: cues.yaml asks.event; 哪条新闻 still asks an
article), an article searched after 想找 (cues.yaml fillers), and the article named before the question (那篇讲甲会的报道
里，乙是谁: cues.yaml framed, engine.py _answer_framed), asked without the frame when the whole fits nothing. The
people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, city_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

BUREAU, COMMISSION = "青岚市商务局", "青岚市发展改革委"
FACTS = city_page(
    articles=[
        {"title": "青岚市召开全市招商引资推进会", "first_words": "本报讯", "date": "2033-05-08", "authors": ["苏映雪"]},
    ],
    persons=[
        {"name": "林照川", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "白砚秋", "posts": [{"title": "副主任", "org": COMMISSION}, {"title": "党组成员", "org": COMMISSION}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": ["市商务局"], "located_in": "青岚市"},
        {"name": COMMISSION, "type": "government", "aliases": ["市发展改革委"], "located_in": "青岚市"},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-08",
            "summary": "林照川主持召开全市招商引资推进会",
            "participants": ["林照川", "白砚秋"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市发展改革委的副主仁是哪个", "post_holder", {"白砚秋"}, id="zhu-ren-slip"),
        pytest.param("青岚市委的书己是哪个", "post_holder", {"陆听松"}, id="shu-ji-slip"),
        pytest.param("青岚市商务局的菊长是哪个", "post_holder", {"林照川"}, id="ju-zhang-slip"),
        pytest.param("顾远山的title是什么", "person_posts", {f"{CO}董事长"}, id="title-shi-shen-me"),
        pytest.param("林照川啥来头", "person_posts", {f"{BUREAU}局长"}, id="sha-lai-tou"),
        pytest.param("白砚秋兼了几个position", "person_posts", {"2个"}, id="ji-ge-position"),
        pytest.param(
            "二〇三三年五月八日有什么新闻", "events_in_period", {"全市招商引资推进会"}, id="you-shen-me-xin-wen"
        ),
        # near misses: a body's head written right, a post asked in Chinese, an article asked by 哪条新闻, as before
        pytest.param("青岚市商务局的局长是哪个", "post_holder", {"林照川"}, id="ju-zhang-still"),
        pytest.param("顾远山担任什么职务", "person_posts", {f"{CO}董事长"}, id="zhi-wu-still"),
        pytest.param(
            "讲全市招商引资推进会的是哪条新闻",
            "source_article",
            {"青岚市召开全市招商引资推进会"},
            id="na-tiao-xin-wen-still",
        ),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "那篇讲全市招商引资推进会的报道里，青岚市商务局的局长是谁",
            "post_holder",
            {"林照川"},
            id="na-pian-jiang-comma",
        ),
        pytest.param(
            "那篇讲全市招商引资推进会的报道里林照川是啥身份", "person_posts", {f"{BUREAU}局长"}, id="na-pian-jiang"
        ),
        pytest.param(
            "讲招商引资推进会的那篇新闻中，星岫集团董事长叫啥",
            "post_holder",
            {"顾远山"},
            id="jiang-na-pian-xin-wen-zhong",
        ),
        pytest.param(
            "想找写全市招商引资推进会的那篇新闻", "source_article", {"青岚市召开全市招商引资推进会"}, id="xiang-zhao"
        ),
        # near misses: a frame with nothing after it asks the article, and a question the whole already fits, answered
        # as written
        pytest.param(
            "那篇讲全市招商引资推进会的报道里", "source_article", {"青岚市召开全市招商引资推进会"}, id="frame-alone"
        ),
        pytest.param(
            "讲全市招商引资推进会的报道是哪天发的", "article_date", {"2033-05-08"}, id="no-frame-article-date"
        ),
    ],
)
def test_framed(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


def test_frame_without_name_is_not_read(kg):
    """What follows the frame must name something of the graph: 那篇讲…的报道里，是谁 is not asked alone."""
    got = kg.ask("那篇讲全市招商引资推进会的报道里，是谁")
    assert got.template != "post_holder"


@pytest.mark.parametrize(
    "question,asks_two",
    [
        pytest.param("青岚市委书记是谁，另外青岚市商务局局长叫啥", True, id="ling-wai-two"),
        pytest.param("星岫集团董事长是哪位，顺便问一下白砚秋担任什么职务", True, id="shun-bian-wen-yi-xia-two"),
        # near misses: 另外 inside one question (a filler), and a comma'd afterthought that is no question of its own
        pytest.param("白砚秋另外还有什么职务", False, id="ling-wai-filler"),
        pytest.param("青岚市委书记是谁，另外", False, id="ling-wai-nothing-after"),
    ],
)
def test_joined_asks(kg, question, asks_two):
    got = kg.ask(question)
    assert (got.message == "问题一次问了不止一件事，请分开问" and not got.answers) is asks_two, (
        got.template,
        got.message,
    )
