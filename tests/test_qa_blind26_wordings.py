"""Questions typed the way people ask them (issue 11, the twenty-eighth blind set); each row's id names the wording,
and near misses must not be answered: 由谁来当 after a post asks its holder, as 是谁 does; 哪两个记者 (哪几个记者) asks
an article's authors, as 哪两位记者 does; the programme named before a fact (新闻联播里说的…会) is not part of the
fact's description; 另一方 (对方) of a named party's agreement is its other party; a pointing word between a place and
its zone's kind word (青岚那个高新区) reads as the zone's short name (青岚高新区).
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page({"name": "沈听竹", "posts": [{"title": "秘书长", "org": GOV}]})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政府的秘书长由谁来当", "post_holder", {"沈听竹"}, id="you-shui-lai-dang"),
        pytest.param(
            "全市招商引资推进会是哪两个记者报道的",
            "article_authors",
            {"苏映雪", "顾南枝"},
            id="na-liang-ge-ji-zhe",
        ),
        pytest.param(
            "新闻联播里说的青岚招商引资推进会是哪天开的",
            "event_date",
            {"2033-05-08"},
            id="xin-wen-lian-bo-li-shuo-de",
        ),
        pytest.param("星岫集团那份战略合作协议的另一方是谁", "agreement_parties", {GOV}, id="ling-yi-fang"),
        pytest.param("星岫集团那份协议的对方是谁", "agreement_parties", {GOV}, id="dui-fang"),
        pytest.param("青岚那个高新区主导产业是啥", "zone_industries", {"氢能", "新材料"}, id="na-ge-gao-xin-qu"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市政府的董事长由谁来当", id="lai-dang-a-post-no-one-holds"),
        pytest.param("全市防汛工作会是哪两个记者报道的", id="liang-ge-ji-zhe-an-article-the-graph-lacks"),
        pytest.param("新闻联播里说的青岚防汛工作会是哪天开的", id="lian-bo-a-meeting-the-graph-lacks"),
        pytest.param("云岭集团签的协议的另一方是谁", id="ling-yi-fang-a-body-that-signed-nothing"),
        pytest.param("澄川那个高新区主导产业是啥", id="na-ge-gao-xin-qu-a-place-with-no-zone"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
