"""Questions typed the way people ask them (issue 11, leftovers of blind31, qa48 and qa49, job qa50); each row's id
names the wording, and near misses must not change. The people, bodies and places are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, ZONE, city_page, meeting_page
from qa_helpers import imported_kg


@pytest.fixture(scope="module")
def city():
    return imported_kg((meeting_page(), "made-up.json"))


def asked(kg, question):
    got = kg.ask(question)
    return got.template, {a["label"] for a in got.answers}


# a day's (month's, year's) agreements asked by their kind with no party, or with one (agreements_in_period);
# the city's strategic agreement with the group was signed on 2033-05-06
@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "2033年5月6日签了什么协议", "agreements_in_period", {"战略合作协议"}, id="day-qian-le-shen-me-xie-yi"
        ),
        pytest.param(
            "2033年5月签署了什么合同？", "agreements_in_period", {"战略合作协议"}, id="month-qian-shu-he-tong"
        ),
        pytest.param("5月6号签了什么样的协议", "agreements_in_period", {"战略合作协议"}, id="day-no-year-shen-me-yang"),
        pytest.param("2033年签订了何种协议", "agreements_in_period", {"战略合作协议"}, id="year-he-zhong"),
        pytest.param(
            "2033年5月青岚市政府签了什么协议", "agreements_in_period", {"战略合作协议"}, id="month-with-a-party"
        ),
        pytest.param("2033年5月云岭集团签了什么协议", "agreements_in_period", set(), id="a-body-that-signed-none"),
        pytest.param("2034年5月6日签了什么协议", "agreements_in_period", set(), id="a-day-with-no-signing"),
        # near misses: the signings listed, a named agreement's kind, a day's events
        pytest.param(
            "2033年5月6日有什么活动", "events_in_period", {"陆听松会见来访的顾远山一行"}, id="near-day-events"
        ),
        pytest.param(
            "青岚市政府跟星岫集团签的是什么协议", "agreement_kind", {"战略合作协议"}, id="near-kind-by-its-parties"
        ),
        pytest.param("2033年5月6日签了哪些协议", "events_in_period", set(), id="near-na-xie-lists-signings"),
    ],
)
def test_agreements_of_a_period(city, question, template, expected):
    assert asked(city, question) == (template, expected)


# the city's meeting told with a time of no day (年初) and no date (engine.py `_answer_vague_time`)
EARLY_IN_YEAR = meeting_page()
EARLY_IN_YEAR["events"].append(
    {
        "kind": "meeting",
        "summary": "青岚市政府年初召开外贸稳增长座谈会，部署全年外贸工作",
        "participants": [],
        "organizations": [GOV],
    }
)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政府年初开了什么会", "org_events", {"外贸稳增长座谈会"}, id="nian-chu-kai-le-shen-me-hui"),
        pytest.param("青岚市政府年初开了哪些会", "org_events", {"外贸稳增长座谈会"}, id="nian-chu-na-xie-hui"),
        pytest.param("哪个单位年初开了外贸稳增长座谈会", "event_organizers", {GOV}, id="na-ge-dan-wei-nian-chu-kai-le"),
        pytest.param(
            "哪个单位年初召开了外贸稳增长座谈会", "event_organizers", {GOV}, id="na-ge-dan-wei-nian-chu-zhao-kai"
        ),
        # near misses: no answer says 年底; with no time word, all the body's meetings
        pytest.param("青岚市政府年底开了什么会", None, set(), id="near-nian-di-none-says-it"),
        pytest.param(
            "青岚市政府开了什么会",
            "org_events",
            {"全市招商引资推进会", "外贸稳增长座谈会"},  # (qa70: 开…会 asks meetings, not the talks of a 会见)
            id="near-no-time-word",
        ),
    ],
)
def test_a_time_with_no_day(question, template, expected):
    assert asked(imported_kg((EARLY_IN_YEAR, "made-up.json")), question) == (template, expected)


# two named events ranked by amount or date (engine.py `_answer_compared`): each asked on its own
TWO_EVENTS = city_page(
    events=[
        {
            "kind": "signing",
            "date": "2033-07-05",
            "summary": "青岚“银企行”对接会举办，五家银行与企业签署授信协议18亿元",
            "organizations": [GOV],
            "amount": "18亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-07-09",
            "summary": "东湖经开区九个项目集中开工",
            "organizations": [ZONE],
            "location": ZONE,
            "amount": "45亿元",
        },
    ]
)
SIGNING = "青岚“银企行”对接会举办，五家银行与企业签署授信协议18亿元"


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("银企行对接会和东湖经开区集中开工哪个金额小", "top_amount", {SIGNING}, id="he-na-ge-jin-e-xiao"),
        pytest.param(
            "银企行对接会和东湖经开区集中开工哪个投资多", "top_amount", {"东湖经开区九个项目集中开工"}, id="tou-zi-duo"
        ),
        pytest.param(
            "银企行对接会跟东湖经开区集中开工比，哪个金额更大",
            "top_amount",
            {"东湖经开区九个项目集中开工"},
            id="gen-bi-geng-da",
        ),
        pytest.param("银企行对接会与东湖经开区集中开工哪个更早", "top_amount", {SIGNING}, id="yu-na-ge-geng-zao"),
        pytest.param(
            "银企行对接会和东湖经开区集中开工哪个更晚？", "top_amount", {"东湖经开区九个项目集中开工"}, id="geng-wan"
        ),
        pytest.param(
            "银企行对接会和东湖经开区集中开工这两件事哪个金额小", "top_amount", {SIGNING}, id="zhe-liang-jian-shi"
        ),
        # near misses: one event's amount, the largest of all
        pytest.param("银企行对接会的金额是多少", "amount", {"18亿元"}, id="near-one-amount"),
        pytest.param("总投资最大的项目是哪个", "top_amount", {"东湖经开区九个项目集中开工"}, id="near-the-largest"),
    ],
)
def test_two_events_ranked(question, template, expected):
    assert asked(imported_kg((TWO_EVENTS, "made-up.json")), question) == (template, expected)
