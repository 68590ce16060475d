"""Questions typed the way people ask them (issue 11, the twentieth blind set); each row's id names the wording,
and near misses must not be answered: a boss word asked of a body nobody heads names no one, a post asked with a
place word (在哪里任副市长) is never another post's body, and a day or an act the graph does not have gets nothing.
The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import imported_kg

BUREAU, SCHOOL, LINES = "青岚市发展改革委运行局", "青岚大学经济学院", "青岚远洋运输（集团）总公司"
FACTS = city_page(
    persons=[
        {"name": "严子陵", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "林清和", "posts": [{"title": "副院长", "org": SCHOOL}]},
        {"name": "苏望舒", "posts": [{"title": "总裁", "org": LINES}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": []},
        {"name": SCHOOL, "type": "university", "aliases": []},
        {"name": LINES, "type": "company", "aliases": []},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-01",
            "summary": "青岚市召开外贸企业座谈会，韩小舟主持",
            "participants": ["韩小舟"],
        },
        {
            "kind": "groundbreaking",
            "date": "2031-04",
            "summary": "青岚市以存量资产作价吸纳外资，建设全长30公里的“二环”快速干道，当年4月开工当年建成",
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
        pytest.param("严子陵在哪个局工作", "person_org", {BUREAU}, id="na-ge-ju-after-zai"),
        pytest.param("青岚市发展改革委运行局的头头是谁", "post_holder", {"严子陵"}, id="tou-tou-of-a-bureau"),
        pytest.param("青岚市副市長是谁", "post_holder", {"韩小舟"}, id="one-traditional-character-in-a-post"),
        pytest.param("星岫集团董事长是誰", "post_holder", {"顾远山"}, id="one-traditional-question-word"),
        pytest.param("2033.6.1开了什么会", "events_in_period", {"外贸企业座谈会"}, id="dotted-date"),
        pytest.param("严子陵在哪里任局长", "person_org", {BUREAU}, id="zai-na-li-ren-a-title"),
        pytest.param("韩小舟在哪个市当副市长", "person_org", {GOV}, id="zai-na-ge-shi-dang-a-title"),
        pytest.param("林清和在哪所学院任职", "person_org", {SCHOOL}, id="na-suo-xue-yuan"),
        pytest.param("青岚远洋运输集团的总裁是谁", "post_holder", {"苏望舒"}, id="group-in-brackets-said-inline"),
        pytest.param("二环啥时候动工的", "event_date", {"2031-04"}, id="dong-gong-is-kai-gong"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(SUPPLIER.removesuffix("有限公司") + "的头头是谁", id="tou-tou-nobody-holds"),
        pytest.param("严子陵在哪里任副市长", id="zai-na-li-ren-a-post-not-held"),
        pytest.param("2033.6.3开了什么会", id="dotted-date-of-no-event"),
        pytest.param("二环啥时候竣工的", id="dong-gong-not-jun-gong"),
        pytest.param(CO.removesuffix("有限公司") + "总裁是誰", id="one-traditional-character-no-holder"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
