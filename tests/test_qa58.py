"""What blind35 and qa57 left, in other made-up wordings (issue 11, session 41, job qa58): 事件 an event word (最早的事件是哪个:
cues.yaml `cues.event`); a rarer surname, in no list, standing apart before a title and opening a person's name of the
graph (甲公司那个宣总经理, 宣总: parse.py `is_surname`); a surname with the title after 总 meant for its 总… title (甄书记 for a
总书记: cues.yaml `deputy`), and the head of a body whose first post is 总书记 (甲党一把手: cues.yaml `roles`); 去了甲会的有哪些人 (cues.yaml `spoken` 去了, read only when nothing fits as written); an article's title in 《》 asked for its author when its words also name an event
(engine.py `_of_titled_article`); the earliest agreement (最早签的协议, 最早的签约 with no signing event: templates.yaml
first_agreement, a fallback of first_event). The
people, bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import copy

import pytest
from qa_fact_pages import CO, GOV, delegation_visit, meeting_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

PARTY = "中共青岚联合党"
PAGE = meeting_page(
    {"name": "崔映川", "posts": [{"title": "市长", "org": GOV}]},
    {"name": "宣望舒", "posts": [{"title": "总经理", "org": CO}]},
    {"name": "甄若谷", "posts": [{"title": "总书记", "org": PARTY}]},
    {"name": "任之恒", "posts": [{"title": "秘书长", "org": GOV}]},
)
PAGE["organizations"].append({"name": PARTY, "type": "party_committee"})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("最早的事件是哪个", "first_event", {"陆听松会见来访的顾远山一行"}, id="earliest-shijian"),
        pytest.param("哪个事件最早", "first_event", {"陆听松会见来访的顾远山一行"}, id="which-shijian-earliest"),
        pytest.param("哪个事件发生得最晚", "last_event", {"全市招商引资推进会"}, id="latest-shijian"),
        pytest.param("2033年5月8日有哪些事件", "events_in_period", {"全市招商引资推进会"}, id="day-shijian"),
        pytest.param("去了全市招商引资推进会的有哪些人", "event_participants", {"陆听松"}, id="qu-le-meeting-who"),
        pytest.param(
            "去了全市招商引资推进会的都有谁", "event_participants", {"陆听松"}, id="qu-le-meeting-dou-you-shui"
        ),
        # near misses: 去了 of a person's places fits as written; 最早 of a post is no event
        pytest.param("顾远山去了哪些地方", "person_places", {"东湖区"}, id="went-where-still"),
        pytest.param("顾远山去了哪", "person_places", {"东湖区"}, id="went-where-short-still"),
        pytest.param("顾远山最早担任什么职务", "person_posts", {"星岫集团有限公司董事长"}, id="posts-earliest-still"),
    ],
)
def test_event_words(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("宣总是谁", "post_holder", {"宣望舒"}, id="rare-surname-zong"),
        pytest.param("宣总经理是谁", "post_holder", {"宣望舒"}, id="rare-surname-title"),
        pytest.param("星岫集团那个宣总经理叫什么名字", "post_holder", {"宣望舒"}, id="rare-surname-after-nage"),
        pytest.param("星岫集团的宣总经理全名叫啥", "post_holder", {"宣望舒"}, id="rare-surname-after-de"),
        pytest.param("宣总经理是哪个单位的", "person_org", {CO}, id="rare-surname-which-body"),
        pytest.param("甄书记是谁", "post_holder", {"甄若谷"}, id="secretary-for-general-secretary"),
        pytest.param(f"{PARTY}甄书记大名是", "post_holder", {"甄若谷"}, id="body-then-secretary-for-general"),
        pytest.param("甄书记是哪个单位的", "person_org", {PARTY}, id="secretary-for-general-which-body"),
        pytest.param(f"{PARTY}一把手是谁", "post_holder", {"甄若谷"}, id="head-of-party-general-secretary"),
        pytest.param(f"{PARTY}的老大是谁", "post_holder", {"甄若谷"}, id="laoda-of-party-general-secretary"),
        pytest.param(f"{PARTY}的一把手书记是谁", "post_holder", {"甄若谷"}, id="head-secretary-of-party"),
        pytest.param("青岚市委一把手书记是哪位", "post_holder", {"陆听松"}, id="head-secretary-of-city-committee"),
        pytest.param(f"{PARTY}的负责人是谁", "post_holder", {"甄若谷"}, id="fuzeren-of-party-general-secretary"),
        # near misses: a word before a title is no surname (现任, 任 after a body is one only with a holder so named);
        # a holder of the title itself keeps it; a listed surname as before
        pytest.param("青岚市现任市长是谁", "post_holder", {"崔映川"}, id="xianren-no-surname"),
        pytest.param("青岚市委书记是谁", "post_holder", {"陆听松"}, id="party-secretary-still"),
        pytest.param("陆书记是谁", "post_holder", {"陆听松"}, id="listed-surname-still"),
        pytest.param("青岚市委一把手是谁", "post_holder", {"陆听松"}, id="city-committee-head-still"),
        pytest.param("青岚市政府一把手是谁", "post_holder", {"崔映川"}, id="government-head-still"),
        pytest.param("星岫集团总经理是谁", "post_holder", {"宣望舒"}, id="bare-title-still"),
        pytest.param("窦总经理是谁", "post_holder", set(), id="surname-with-no-holder"),
    ],
)
def test_surnames(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


def _titled_visit_kg():
    """The page with the delegation's inspection whose summary is also an article's title, by another author."""
    page = copy.deepcopy(PAGE)
    visit = delegation_visit("林疏影")
    visit["summary"] = TITLE
    page["events"].append(visit)
    page["articles"].append({"title": TITLE, "first_words": "本报讯", "date": "2033-04-12", "authors": ["宋晚晴"]})
    return imported_kg((page, "made-up-titled.json"))


TITLE = "青岚市政协考察团在东湖经济技术开发区就项目转型发展情况考察交流"


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(f"《{TITLE}》的作者是谁", "article_authors", {"宋晚晴"}, id="book-marks-author"),
        pytest.param(f"《{TITLE}》是谁写的", "article_authors", {"宋晚晴"}, id="book-marks-who-wrote"),
        # near misses: the title with no marks and a report word as before; who took part is the event's
        pytest.param(f"{TITLE}这篇报道的作者是谁", "article_authors", {"宋晚晴"}, id="report-word-author-still"),
        pytest.param(f"《{TITLE}》有哪些人参加", "event_participants", {"孟长河", "林疏影"}, id="book-marks-took-part"),
    ],
)
def test_article_title_in_book_marks(question, template, expected):
    got = _titled_visit_kg().ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("最早签的协议是哪个", "first_agreement", {"战略合作协议"}, id="earliest-agreement"),
        pytest.param("最早的协议是哪个", "first_agreement", {"战略合作协议"}, id="earliest-xieyi"),
        pytest.param("最早的签约是哪个", "first_agreement", {"战略合作协议"}, id="earliest-signing-no-signing-event"),
        # near misses: the earliest event or meeting stays first_event's
        pytest.param("最早的活动是哪个", "first_event", {"陆听松会见来访的顾远山一行"}, id="earliest-activity-still"),
        pytest.param("哪个会议召开得最早", "first_event", {"全市招商引资推进会"}, id="earliest-meeting-still"),
    ],
)
def test_earliest_agreement(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message
