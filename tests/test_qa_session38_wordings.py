"""Questions typed the way people ask them (issue 11, leftovers of blind31, qa48 and qa49, job qa50); each row's id
names the wording, and near misses must not change. The people, bodies and places are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import meeting_page
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
