"""Questions typed the way people ask them (issue 11, session 34's leftovers of the blind set blind28); each row's id
names the wording, and near misses must not be answered. The people and bodies are made up.

A person then 是哪个开发区的 / 是哪个高新区的 asks the body the person serves, as 是哪里的 does (not a zone as a
place): of a zone's bodies only (a company's director is no zone's), and a zone's 党工委 and 管委会 together are
the one zone asked (哪个 asks one). A surname and a title opening the question (杨书记是哪个区的, 葛副市长是哪个市的)
stand for that person the same way: the body of the post, of the holder whose name opens with the surname.
是哪个党总支的 / 是哪个支部的 ask the party body a person serves (a deputy mayor's government is none)."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, SUPPLIER, meeting_page
from qa_helpers import imported_kg

ZONE_CPC, ZONE_ADMIN = "中共青岚高新技术产业开发区工作委员会", "青岚高新技术产业开发区管理委员会"
DISTRICT_CPC, BRANCH = "中共青岚市碧水区委员会", "云岭集团有限公司党总支"
FACTS = meeting_page(
    {"name": "柏清源", "posts": [{"title": "主任", "org": ZONE_ADMIN}]},
    {"name": "严若愚", "posts": [{"title": "书记", "org": ZONE_CPC}, {"title": "主任", "org": ZONE_ADMIN}]},
    {"name": "邵青禾", "posts": [{"title": "董事长", "org": SUPPLIER}]},
    {"name": "宋知微", "posts": [{"title": "副书记", "org": DISTRICT_CPC}, {"title": "董事长", "org": SUPPLIER}]},
    {"name": "葛知秋", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "杨望舒", "posts": [{"title": "书记", "org": DISTRICT_CPC}]},
    {"name": "韩小舟", "posts": [{"title": "书记", "org": BRANCH}]},
)
FACTS["organizations"] += [
    {"name": ZONE_ADMIN, "type": "development_zone", "aliases": [], "located_in": "青岚市"},
    {"name": ZONE_CPC, "type": "party_committee", "aliases": [], "located_in": "青岚市"},
    {"name": DISTRICT_CPC, "type": "party_committee", "aliases": [], "located_in": "碧水区"},
    {"name": BRANCH, "type": "party_committee", "aliases": []},
]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("柏清源是哪个开发区的", "person_org", {ZONE_ADMIN}, id="person-na-ge-kai-fa-qu-de"),
        pytest.param("柏清源是哪个高新区的", "person_org", {ZONE_ADMIN}, id="person-na-ge-gao-xin-qu-de"),
        pytest.param(
            "严若愚是哪个开发区的", "person_org", {ZONE_CPC, ZONE_ADMIN}, id="zone-committee-and-admin-one-zone"
        ),
        pytest.param("杨书记是哪个区的", "person_org", {DISTRICT_CPC}, id="surname-title-na-ge-qu-de"),
        pytest.param("葛副市长是哪个市的", "person_org", {GOV}, id="surname-title-na-ge-shi-de"),
        pytest.param("韩小舟是哪个党总支的", "person_org", {BRANCH}, id="na-ge-dang-zong-zhi-de"),
        pytest.param("韩小舟是哪个支部的", "person_org", {BRANCH}, id="na-ge-zhi-bu-de"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("邵青禾是哪个开发区的", id="kai-fa-qu-de-a-company-director"),
        pytest.param("宋知微是哪个区的", id="na-ge-qu-de-bodies-of-two-units"),
        pytest.param("王书记是哪个区的", id="surname-title-no-holder-has"),
        pytest.param("书记是哪个区的", id="title-alone-of-two-holders"),
        pytest.param("葛知秋是哪个党总支的", id="dang-zong-zhi-de-a-government-post"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
