"""Questions typed the way people ask them (issue 11, leftovers of blind31, qa48 and qa49, job qa50); each row's id
names the wording, and near misses must not change. The people, bodies and places are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, meeting_page
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
        # near misses: no answer says 年底; with no time word, all the body's events
        pytest.param("青岚市政府年底开了什么会", None, set(), id="near-nian-di-none-says-it"),
        pytest.param(
            "青岚市政府开了什么会",
            "org_events",
            {"陆听松会见来访的顾远山一行", "全市招商引资推进会", "外贸稳增长座谈会"},
            id="near-no-time-word",
        ),
    ],
)
def test_a_time_with_no_day(question, template, expected):
    assert asked(imported_kg((EARLY_IN_YEAR, "made-up.json")), question) == (template, expected)
