"""Questions in the wordings of the forty-sixth blind set (issue 11, blind44); each row's id names the wording, and
near misses must not be answered otherwise: what a body did asked with 搞了啥, a person's events with 都参加过啥/出席过什么,
where the body of a person's post is asked with 甲的单位在哪 (cues.yaml spoken), and a time's events counted with
几件事 or 发生了几… (cues.yaml counts.event, spoken). The people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import answer_labels, imported_kg

MEETING = "宋晚晴主持召开全市招商工作推进会"
MEETING_NAME = "全市招商工作推进会"
TALKS = "陆听松会见来访的顾远山一行"
VISIT = "签约仪式前顾远山一行深入东湖区实地考察"
FACTS = city_page(
    persons=[{"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-12",
            "summary": MEETING,
            "participants": ["宋晚晴"],
            "organizations": [GOV],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # what a body did, spoken (None before)
        pytest.param("星岫集团搞了啥", "org_events", {TALKS, VISIT}, id="body-got-up-to"),
        pytest.param("星岫集团最近都搞了些什么", "org_events", {TALKS, VISIT}, id="body-got-up-to-some"),
        # a person's events, spoken (None before)
        pytest.param("顾远山都参加过啥", "person_events", {TALKS, VISIT}, id="person-took-part-in-what"),
        pytest.param("宋晚晴出席过什么", "person_events", {MEETING_NAME}, id="person-attended-what"),
        pytest.param("宋晚晴参加了啥", "person_events", {MEETING_NAME}, id="person-joined-what"),
        # where the body of a person's post is (None before)
        pytest.param("宋晚晴的单位在哪个地方", "located_in", {"青岚市"}, id="person-body-where"),
        # a time's events counted (None before)
        pytest.param("2033年5月一共有几件事", "events_in_period", {"2件"}, id="month-events-counted"),
        pytest.param("2033年5月发生了几件事", "events_in_period", {"2件"}, id="month-happened-how-many"),
        pytest.param("2033年5月发生过多少件事情", "events_in_period", {"2件"}, id="month-happened-how-many-things"),
        # near misses: as before
        pytest.param("星岫集团干了啥", "org_events", {TALKS, VISIT}, id="plain-body-did"),
        pytest.param("顾远山参加过什么活动", "person_events", {TALKS, VISIT}, id="plain-person-events"),
        pytest.param("宋晚晴所在的单位在哪个地方", "located_in", {"青岚市"}, id="plain-relative-link"),
        pytest.param("宋晚晴的单位是哪个", "person_org", {GOV}, id="plain-person-body"),
        pytest.param("2033年5月有几场活动", "events_in_period", {"2场"}, id="plain-month-counted"),
        pytest.param("2033年5月发生了什么", "events_in_period", {TALKS, MEETING_NAME}, id="plain-month-events"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message
