"""Questions of the kind the gold calls "other" that the graph's facts answer (issue 11, qaother31), a table per
template: phrasings that must select it and near misses that must not. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, SUPPLIER, city_page
from qa_helpers import imported_kg

# the bodies that took part in an event, asked by their kind (哪些部门, 的企业有哪些, 哪家银行) or all of them (哪些单位),
# counted (几家企业); the body that convened it is no participant (template event_bodies)
NDRC, BUREAU, BANK, UNI = "青岚市发展改革委", "青岚市商务局", "青岚农商银行", "青岚理工大学"
FORUM = city_page(
    organizations=[
        {"name": NDRC, "type": "government", "aliases": []},
        {"name": BUREAU, "type": "government", "aliases": []},
        {"name": BANK, "type": "bank", "aliases": []},
        {"name": UNI, "type": "university", "aliases": []},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "青岚市发展改革委召开民营企业座谈会，青岚市商务局、青岚农商银行、青岚理工大学和星岫集团、云岭集团有关负责同志参加",
            "participants": [],
            "organizations": [NDRC, BUREAU, BANK, UNI, CO, SUPPLIER],
        }
    ],
)
ALL = {BUREAU, BANK, UNI, CO, SUPPLIER}


@pytest.fixture(scope="module")
def forum_kg():
    return imported_kg((FORUM, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("哪些单位参加了民营企业座谈会", "event_bodies", ALL, id="which-bodies-took-part"),
        pytest.param("民营企业座谈会有哪些单位参加", "event_bodies", ALL, id="fact-first-which-bodies"),
        pytest.param("参加民营企业座谈会的企业有哪些", "event_bodies", {CO, SUPPLIER}, id="companies-de-which"),
        pytest.param("哪些企业参加了民营企业座谈会", "event_bodies", {CO, SUPPLIER}, id="which-companies"),
        pytest.param("哪几家企业参加了座谈会", "event_bodies", {CO, SUPPLIER}, id="which-few-companies"),
        pytest.param("民营企业座谈会上有哪些企业发言", "event_bodies", {CO, SUPPLIER}, id="companies-that-spoke"),
        pytest.param("哪些部门的负责同志参加了民营企业座谈会", "event_bodies", {BUREAU}, id="departments-people"),
        pytest.param("哪些部门的有关负责同志出席了座谈会", "event_bodies", {BUREAU}, id="departments-people-attended"),
        pytest.param("参加座谈会的部门有哪些", "event_bodies", {BUREAU}, id="departments-de-which"),
        pytest.param("出席民营企业座谈会的银行有哪些", "event_bodies", {BANK}, id="banks-de-which"),
        pytest.param("哪家银行参加了民营企业座谈会", "event_bodies", {BANK}, id="which-bank"),
        pytest.param("哪些高校参加了民营企业座谈会", "event_bodies", {UNI}, id="which-universities"),
        pytest.param("共有几家企业参加民营企业座谈会", "event_bodies", {"2家"}, id="how-many-companies"),
        pytest.param("民营企业座谈会有几家企业参加", "event_bodies", {"2家"}, id="fact-first-how-many-companies"),
        # near misses: who convened it; the persons who took part; a body's events; who chaired it; a signing's partners
        pytest.param("哪些单位主办了民营企业座谈会", "event_organizers", {NDRC}, id="near-miss-organizer"),
        pytest.param("民营企业座谈会是哪个单位召开的", "event_organizers", {NDRC}, id="near-miss-convener"),
        pytest.param("哪些人参加了民营企业座谈会", "event_participants", set(), id="near-miss-persons"),
        pytest.param("民营企业座谈会由谁主持", "event_host", set(), id="near-miss-host"),
        pytest.param("哪些企业与青岚市签约", "place_partners", set(), id="near-miss-signing-partners"),
        pytest.param("顾远山考察了哪些企业", "person_visited", set(), id="near-miss-visited"),
    ],
)
def test_the_bodies_that_took_part_by_kind(forum_kg, question, template, expected):
    got = forum_kg.ask(question)
    assert got.template == template, (got.template, got.message)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


def test_a_body_that_took_part_still_asks_its_events(forum_kg):
    """Near miss: a body named, the events asked (org_events), not the bodies of an event."""
    got = forum_kg.ask("星岫集团参加了哪些活动")
    assert got.template == "org_events"
    assert "民营企业座谈会" in {a["label"] for a in got.answers}


# an amount asked of the graph's one fact by a pointing word (该项目, 这个项目) or none, and 达到 (reaches) before the
# how-much word, no longer read as 到 (went to): the only fact's amount (template amount, `bare: [amount]`); with
# several facts the user is asked which, never one of them guessed
SITE = {
    "locale": "青岚市",
    "articles": [{"title": "云岭集团新材料产业园开工", "first_words": "本报讯", "date": "2033-06-02"}],
    "organizations": [{"name": SUPPLIER, "type": "company", "aliases": ["云岭集团"]}],
    "events": [
        {
            "kind": "groundbreaking",
            "date": "2033-06-02",
            "summary": "云岭集团新材料产业园在东湖区开工",
            "participants": [],
            "organizations": [SUPPLIER],
            "amount": "8.6亿元",
        }
    ],
}


@pytest.fixture(scope="module")
def site_kg():
    return imported_kg((SITE, "made-up.json"))


@pytest.fixture(scope="module")
def sites_kg():
    return imported_kg((city_page(events=SITE["events"]), "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("该项目总投资多少", "amount", {"8.6亿元"}, id="this-project-total"),
        pytest.param("这个项目投资多少", "amount", {"8.6亿元"}, id="this-one-project-invested"),
        pytest.param("此项目总投资达到多少", "amount", {"8.6亿元"}, id="this-project-reaches"),
        pytest.param("本项目投资额是多少", "amount", {"8.6亿元"}, id="our-project-investment"),
        pytest.param("该项目投资规模达到多少", "amount", {"8.6亿元"}, id="scale-reaches"),
        pytest.param("该项目花了多少钱", "amount", {"8.6亿元"}, id="money-spent"),
        pytest.param("这个项目总共投资了多少", "amount", {"8.6亿元"}, id="invested-in-all"),
        pytest.param("总投资达到多少", "amount", {"8.6亿元"}, id="no-fact-named-reaches"),
        pytest.param("投资达到多少亿元", "amount", {"8.6亿元"}, id="reaches-how-many-yi"),
        pytest.param("新材料产业园总投资达到多少", "amount", {"8.6亿元"}, id="named-fact-reaches"),
        # near misses: another thing asked of the project
        pytest.param("该项目什么时候开工", None, set(), id="near-miss-when"),
        pytest.param("该项目由哪家企业投资", None, set(), id="near-miss-which-company"),
    ],
)
def test_an_amount_of_the_one_fact(site_kg, question, template, expected):
    got = site_kg.ask(question)
    assert got.template == template, (got.template, got.message)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("该项目总投资多少", set(), id="several-facts-asks-which"),
        pytest.param("总投资达到多少", set(), id="several-facts-none-named"),
        pytest.param("新材料产业园总投资达到多少", {"8.6亿元"}, id="several-facts-one-named"),
    ],
)
def test_an_amount_with_several_facts_is_never_guessed(sites_kg, question, expected):
    got = sites_kg.ask(question)
    assert got.template == "amount", (got.template, got.message)
    assert {a["label"] for a in got.answers} == expected, got.message
