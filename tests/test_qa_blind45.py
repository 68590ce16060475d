"""Questions in the wordings of the forty-seventh blind set (issue 11, blind45); each row's id names the wording, and
near misses must not be answered otherwise: a person's events asked with 在忙啥, the body of his post with 供职何处,
an agreement's fields with 合作啥, a post checked with 这事属实吗, 眼下的 between a body and its title, news counted
with 几条新闻, which of two persons with 两人中 or a comma before the which-word, and the choice offered with 呢还是.
The people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import answer_labels, imported_kg

MEETING = "宋晚晴主持召开全市招商工作推进会"
MEETING_NAME = "全市招商工作推进会"
FAIR = "青岚市举办2033年春季项目集中开工活动，12个项目同步开工"
FAIR_NAME = "2033年春季项目集中开工活动"
FACTS = city_page(
    persons=[
        {"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "白望舒", "posts": [{"title": "秘书长", "org": GOV}]},
    ],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-12",
            "summary": MEETING,
            "participants": ["宋晚晴"],
            "organizations": [GOV],
            "amount": "3亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-05-20",
            "summary": FAIR,
            "organizations": [GOV],
            "amount": "45.6亿元",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a person's events, spoken (None before)
        pytest.param("宋晚晴最近在忙啥", "person_events", {MEETING_NAME}, id="person-busy-with"),
        pytest.param("宋晚晴都在忙些什么", "person_events", {MEETING_NAME}, id="person-busy-with-some"),
        # the body of a person's post, written (None before)
        pytest.param("白望舒供职何处", "person_org", {GOV}, id="person-serves-where"),
        # an agreement's fields, spoken (None before)
        pytest.param(
            "青岚市政府跟星岫集团合作啥", "agreement_fields", {"氢能", "文旅"}, id="agreement-cooperate-on-what"
        ),
        # a post checked, 这事属实吗 (None before)
        pytest.param("白望舒任青岚市政府秘书长这事属实吗", "post_check", {"白望舒"}, id="post-check-true-so"),
        pytest.param("宋晚晴任星岫集团董事长属实吗", "post_check", set(), id="post-check-not-so"),
        pytest.param("宋晚晴任青岚市政府副市长这事是真的吗", "post_check", {"宋晚晴"}, id="post-check-true-really"),
        # 眼下的 between a body and its title (None before)
        pytest.param("青岚市政府眼下的秘书长是哪个", "post_holder", {"白望舒"}, id="holder-for-now"),
        pytest.param("青岚市政府如今的秘书长是哪位", "post_holder", {"白望舒"}, id="plain-holder-nowadays"),
        # news counted (None before)
        pytest.param("2033年5月有几条新闻", "events_in_period", {"3条"}, id="month-news-counted"),
        # which of two persons, 两人中 or a comma before the which-word (None before)
        pytest.param("宋晚晴和白望舒两人中谁是青岚市政府秘书长", "post_check", {"白望舒"}, id="which-of-two-said"),
        pytest.param("宋晚晴跟白望舒，哪位是青岚市政府的副市长", "post_check", {"宋晚晴"}, id="which-after-comma"),
        pytest.param("宋晚晴和白望舒谁当青岚市政府秘书长", "post_check", {"白望舒"}, id="which-holds-spoken"),
        # the choice offered with 呢还是 (None before)
        pytest.param("青岚市政府秘书长是宋晚晴呢还是白望舒", "post_check", {"白望舒"}, id="either-with-ne"),
        # near misses: as before
        pytest.param("宋晚晴参加过什么活动", "person_events", {MEETING_NAME}, id="plain-person-events"),
        pytest.param("白望舒在哪个单位工作", "person_org", {GOV}, id="plain-person-body"),
        pytest.param("白望舒供职于何处", "person_org", {GOV}, id="plain-serves-at-where"),
        pytest.param("宋晚晴和白望舒谁是青岚市政府秘书长", "post_check", {"白望舒"}, id="plain-which-of"),
        pytest.param("哪场活动金额最大", "top_amount", {FAIR_NAME}, id="plain-ranking"),
        pytest.param("宋晚晴和白望舒谁的职位更高", None, set(), id="comparison-of-posts-unanswered"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message
