"""Questions typed the way journalists and analysts type them (issue 11, the seventh blind set): a party named in
the question is not its own counterpart (甲省跟谁签了协议书), a place question word written as the other party
(和哪个自治区签的), an act named as another event's time (签约仪式前…考察) is not that event, verbs with 过
(任过职), 产业方向, 甲某是哪里的, who led an event among holders of a title (带队…的副主席),
the companies a person went to, a group written without 集团 (甲乙电器), a district's head written with the district alone (南湖区长), 在甲当乙的, a name of two bodies
answered by the one that did it; and near misses that
must not be answered. The facts are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, CPPCC, GOV, SUPPLIER, ZONE, city_page, delegation_visit
from qa_helpers import imported_kg

ZONE_CPPCC, DISTRICT = "东湖经济技术开发区政协", "青岚市南湖区人民政府"
FACTS = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "政协副主席", "org": ZONE_CPPCC}]},
        {"name": "宋晚晴", "posts": [{"title": "区长", "org": DISTRICT}]},
        {"name": "柯望舒", "posts": [{"title": "董事长", "org": "云岭电器集团"}]},
        {
            "name": "谢云",
            "posts": [{"title": "司长", "org": "澄州省外事司"}, {"title": "总裁", "org": "青岚外汇交易中心"}],
        },
    ],
    organizations=[
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
        {"name": ZONE_CPPCC, "type": "other", "aliases": []},
        {"name": DISTRICT, "type": "government", "aliases": []},
        {"name": "澄州省", "type": "government", "aliases": ["澄州"]},
        {"name": "澜江回族自治区", "type": "government", "aliases": ["澜江"]},
        {"name": "澄州省外事司", "type": "government", "aliases": []},
        {"name": "云岭电器集团", "type": "company", "aliases": ["云岭集团"]},
        {"name": "青岚外汇交易中心", "type": "other", "aliases": []},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["硅材料", "新能源"]}],
    agreements=[
        {"kind": "对口协作协议书", "parties": ["澄州省", "澜江回族自治区"], "date": "2031-11", "fields": ["对口协作"]},
        {"kind": "供货合同", "parties": [SUPPLIER, GOV], "date": "2032-01-05"},
    ],
    events=[
        delegation_visit("韩小舟"),
        {
            "kind": "visit",
            "summary": "陆听松来到星岫集团有限公司调研",
            "participants": ["陆听松"],
            "organizations": [CPC, CO],
        },
        {
            "kind": "meeting",
            "date": "2033-03-01",
            "summary": "陆听松主持召开全市招商工作会议",
            "participants": ["陆听松", "宋晚晴"],
            "hosts": ["陆听松"],
            "organizations": [GOV],
        },
        {
            "kind": "visit",
            "summary": "南湖区区长宋晚晴应邀率领经贸考察团抵达澄州",
            "participants": ["宋晚晴"],
            "organizations": [DISTRICT],
            "location": "澄州",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("澄州省跟谁签了对口协作协议书", {"澜江回族自治区"}, id="a-named-party-is-not-its-counterpart"),
        pytest.param("澄州和哪个自治区签的协作协议", {"澜江回族自治区"}, id="which-region-signed-a-party"),
        pytest.param("澄州省与哪个省区签了对口协作协议", {"澜江回族自治区"}, id="which-province-signed-a-party"),
        pytest.param("对口协作协议书的签署方有哪些", {"澄州省", "澜江回族自治区"}, id="both-parties-when-none-named"),
    ],
)
def test_the_other_party_is_answered(kg, question, expected):
    got = kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("谢云在哪些机构任过职", "person_org", {"澄州省外事司", "青岚外汇交易中心"}, id="ren-guo-zhi"),
        pytest.param("谢云当过什么官", "person_posts", {"澄州省外事司司长", "青岚外汇交易中心总裁"}, id="dang-guo"),
        pytest.param("东湖经开区的产业方向是什么", "zone_industries", {"硅材料", "新能源"}, id="industry-direction"),
        pytest.param("东湖经开区的主攻方向有哪些", "zone_industries", {"硅材料", "新能源"}, id="main-direction"),
        pytest.param("孟长河是哪里的", "person_org", {CPPCC}, id="where-a-person-is-from"),
        pytest.param(
            "带队考察东湖经开区的青岚市政协副主席是谁", "event_post_host", {"孟长河"}, id="who-led-among-a-title"
        ),
        pytest.param(
            "率领经贸考察团的南湖区长是谁", "event_post_host", {"宋晚晴"}, id="led-when-no-one-else-is-said-to"
        ),
        pytest.param("云岭电器董事长是谁", "post_holder", {"柯望舒"}, id="a-group-written-without-group"),
        pytest.param("星岫集团签约时哪些人在场", "event_participants", {"陆听松"}, id="who-was-there"),
        pytest.param("招商工作会议上有哪几位区长参加", "event_post_holder", {"宋晚晴"}, id="which-holders-took-part"),
        pytest.param("在青岚市委当书记的是谁", "post_holder", {"陆听松"}, id="serving-in-a-body-as-a-title"),
        pytest.param("谁在南湖区政府任区长", "post_holder", {"宋晚晴"}, id="serving-in-a-government-as-a-title"),
        pytest.param("陆听松去了哪家公司", "person_visited", {CO}, id="company-a-person-went-to"),
        pytest.param("陆听松调研了哪些企业", "person_visited", {CO}, id="companies-a-person-inspected"),
        pytest.param("孟长河考察了哪个开发区", "person_visited", {ZONE}, id="zone-a-person-inspected"),
        pytest.param("孟长河考察了哪些单位", "person_visited", {ZONE}, id="never-the-body-the-person-serves-in"),
        pytest.param("南湖区长是谁", "post_holder", {"宋晚晴"}, id="district-head-written-with-the-district"),
        pytest.param("南湖区政府区长叫什么", "post_holder", {"宋晚晴"}, id="district-government-head"),
        pytest.param("签约仪式前顾远山一行去哪考察了", "person_places", {"东湖区"}, id="the-inspection-is-still-found"),
    ],
)
def test_blind5_wordings_answer(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("签约仪式在哪里举行", id="an-act-named-as-another-events-time"),
        pytest.param("带队考察东湖经开区的政协副主席是谁", id="one-who-only-attended-is-not-the-leader"),
        pytest.param("东湖区长是谁", id="a-head-the-graph-does-not-hold"),
        pytest.param("哪位政协副主席见证了星岫集团的签约", id="a-title-is-no-party-question"),
        pytest.param("孟长河是哪里人", id="a-hometown-is-not-a-body"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


def test_a_post_inside_the_facts_description_is_not_the_one_asked_about(kg):
    got = kg.ask("青岚市委书记主持的会议有哪些人参加")
    assert got.template != "event_post_host" and {a["label"] for a in got.answers} != {"陆听松"}, got.template


def test_a_name_of_two_bodies_is_answered_by_the_one_that_did_it(kg):
    got = kg.ask("云岭集团跟谁签了协议")
    assert {a["label"] for a in got.answers} == {GOV}, (got.template, got.message, got.candidates)


def test_a_place_asked_without_signing_stays_a_place(kg):
    got = kg.ask("和星岫集团一起考察的人去了哪里")
    assert "澜江回族自治区" not in {a["label"] for a in got.answers}
