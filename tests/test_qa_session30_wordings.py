"""Questions asked the way people ask them (issue 11, session 30), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, ZONE, city_page
from qa_helpers import imported_kg

# a which-word before a title that opens with a level word (哪些 + 市长, cues.yaml which_titles): which of its holders,
# not the place-asking 哪些市 (which cities) and a stray 长, which answered where the government is
MAYORS = city_page(
    persons=[
        {"name": "温采薇", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "林秋白", "posts": [{"title": "副市长", "org": GOV}]},
    ],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
)


@pytest.fixture(scope="module")
def mayors_kg():
    return imported_kg((MAYORS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市政府有哪些市长", {"温采薇"}, id="which-then-level-title"),
        pytest.param("青岚市有哪些市长", {"温采薇"}, id="which-then-level-title-of-a-place"),
        pytest.param("青岚市政府有哪个市长", {"温采薇"}, id="which-one-then-level-title"),
        pytest.param("青岚市人民政府有哪位市长", {"温采薇"}, id="which-person-then-level-title"),
        # near misses: the body of a person's post; a place asked; a title not opening with a level word
        pytest.param("温采薇是哪个市的市长", {GOV}, id="near-miss-which-city-de-title"),
        pytest.param("温采薇在哪个市当市长", {GOV}, id="near-miss-which-city-then-serving"),
        pytest.param("顾远山考察了哪个区", {"东湖区"}, id="near-miss-which-district-asked"),
        pytest.param("青岚市政府有哪些副市长", {"林秋白"}, id="near-miss-deputy-title-still"),
    ],
)
def test_which_then_a_title_opening_with_a_level(mayors_kg, question, expected):
    got = mayors_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a title asked about after 的, the fact's description and its verb before (推进会出席的国务院副秘书长是哪一位): the verb
# frames the question as it does opening it (出席推进会的…), so the holder who took part answers
MEETING = city_page(
    persons=[
        {"name": "柯望舒", "posts": [{"title": "国务院副秘书长", "org": "国务院"}]},
        {"name": "温采薇", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "林秋白", "posts": [{"title": "副市长", "org": GOV}]},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-01",
            "summary": "全省营商环境推进会在青岚市召开，柯望舒出席",
            "participants": ["柯望舒", "温采薇"],
            "organizations": [GOV],
        }
    ],
)


@pytest.fixture(scope="module")
def meeting_kg():
    return imported_kg((MEETING, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("营商环境推进会出席的国务院副秘书长是哪一位", {"柯望舒"}, id="fact-verb-de-title-which-one"),
        pytest.param("营商环境推进会出席的市长是谁", {"温采薇"}, id="fact-verb-de-title-who"),
        pytest.param("营商环境推进会上讲话的市长是谁", {"温采薇"}, id="fact-speaking-de-title"),
        pytest.param("陆听松会见的董事长是谁", {"顾远山"}, id="person-verb-de-title"),
        # near misses: a holder who did not take part; the verb opening the question; all who took part
        pytest.param("营商环境推进会出席的副市长是谁", set(), id="near-miss-holder-not-there"),
        pytest.param("出席营商环境推进会的市长是谁", {"温采薇"}, id="near-miss-verb-first-still"),
        pytest.param("营商环境推进会出席的是谁", {"柯望舒", "温采薇"}, id="near-miss-no-title-all-taking-part"),
    ],
)
def test_a_title_asked_after_the_fact_and_its_verb(meeting_kg, question, expected):
    got = meeting_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# 在哪里落地 / 在哪落户, the where-word before the verb: the zone, as 落地在哪 and 落户哪里 ask (cues.yaml asks.zone)
LAB = city_page(
    organizations=[
        {"name": "青禾新材料实验室", "type": "lab", "aliases": [], "located_in": "青岚市"},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"], "located_in": "青岚市"},
    ],
    events=[
        {
            "kind": "launch",
            "date": "2033-04-11",
            "summary": "青禾新材料实验室在东湖经济技术开发区正式落地",
            "participants": [],
            "organizations": ["青禾新材料实验室", ZONE],
            "location": ZONE,
        }
    ],
)


@pytest.fixture(scope="module")
def lab_kg():
    return imported_kg((LAB, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青禾新材料实验室在哪里落地", {ZONE}, id="where-then-landed"),
        pytest.param("青禾新材料实验室在哪落户", {ZONE}, id="where-then-settled"),
        pytest.param("青禾新材料实验室在何处落地", {ZONE}, id="where-formal-then-landed"),
        pytest.param("青禾新材料实验室落地在哪", {ZONE}, id="landed-then-where-still"),
        # near misses: a city asked of the zone; the plain where-word
        pytest.param("东湖经开区在哪个城市", {"青岚市"}, id="near-miss-which-city-of-the-zone"),
        pytest.param("青禾新材料实验室在哪里", {"青岚市"}, id="near-miss-plain-where"),
    ],
)
def test_where_then_landed_asks_the_zone(lab_kg, question, expected):
    got = lab_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# session 30, second table (qa33): a place-asking which-word ending on a level word with 长 after it (哪些区 + 长) that
# no title read covers is a head the graph does not hold at that body: no answer, never the place the body is in
SIGNED = "青岚市人民政府与云岭集团签订物流园区合作协议"
SESSION30B = city_page(
    persons=[
        {"name": "温采薇", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "江映雪", "posts": [{"title": "区委书记", "org": "东湖区委"}]},
    ],
    organizations=[
        {"name": "青岚市东湖区", "type": "government", "aliases": ["青岚东湖区", "东湖区"], "located_in": "青岚市"},
        {"name": "东湖区委", "type": "party_committee", "aliases": [], "located_in": "青岚市东湖区"},
    ],
    events=[
        {
            "kind": "signing",
            "date": "2033-08-12",
            "summary": SIGNED,
            "organizations": [GOV, SUPPLIER],
        },
        {
            "kind": "meeting",
            "date": "2033-08-20",
            "summary": "青岚市召开招商引资工作推进会",
            "organizations": [GOV],
        },
    ],
    agreements=[{"kind": "物流园区合作协议", "parties": [GOV, SUPPLIER], "date": "2033-08-12"}],
)


@pytest.fixture(scope="module")
def session30b_kg():
    return imported_kg((SESSION30B, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市政府有哪些区长", set(), id="which-level-head-unheld"),
        pytest.param("青岚市政府有哪个区长", set(), id="which-one-level-head-unheld"),
        pytest.param("青岚市有哪几个区长", set(), id="which-level-head-unheld-of-a-place"),
        pytest.param("青岚市政府有哪些县长", set(), id="which-level-head-unheld-no-such-level"),
        # near misses: the title held at that body; a place asked; a city asked of a person
        pytest.param("青岚市政府有哪些市长", {"温采薇"}, id="near-miss-held-title-still"),
        pytest.param("顾远山考察了哪个区", {"东湖区"}, id="near-miss-which-district-still"),
        pytest.param("温采薇是哪个市的市长", {GOV}, id="near-miss-which-city-de-title-still"),
    ],
)
def test_which_level_then_a_head_not_held(session30b_kg, question, expected):
    got = session30b_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# an act's word right after a generic question word, ending the question, with a time all it names (2033年8月有哪些签约):
# that time's facts doing it, as 有哪些签约活动 asks; with a body named, its partners
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("2033年8月有哪些签约", {SIGNED}, id="month-which-signings"),
        pytest.param("2033年8月有什么签约", {SIGNED}, id="month-what-signings"),
        pytest.param("8月12号有哪些签约", {SIGNED}, id="day-no-year-signings"),
        # near misses: the event noun after it; a body named (its partners); another month
        pytest.param("2033年8月有哪些签约活动", {SIGNED}, id="near-miss-noun-still"),
        pytest.param("云岭集团有哪些签约", {GOV}, id="near-miss-a-body-named-partners"),
        pytest.param("2033年9月有哪些签约", set(), id="near-miss-no-signing-that-month"),
    ],
)
def test_a_time_then_which_signings(session30b_kg, question, expected):
    got = session30b_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a name whose tail is a name of the same node (青岚东湖区: 东湖区) before what makes that tail a longer name (东湖区委书记):
# the post of the body named without its city, not the district and a stray 委书记
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚东湖区委书记叫什么名字", {"江映雪"}, id="alias-tail-then-committee-secretary"),
        pytest.param("青岚东湖区委书记是谁", {"江映雪"}, id="alias-tail-then-committee-secretary-who"),
        # near misses: the body as named; the district alone; another body's post
        pytest.param("东湖区委书记是谁", {"江映雪"}, id="near-miss-body-as-named"),
        pytest.param("青岚东湖区在哪个城市", {"青岚市"}, id="near-miss-the-district-alone"),
        pytest.param("青岚市委书记是谁", {"陆听松"}, id="near-miss-city-committee-still"),
    ],
)
def test_a_place_alias_before_its_committee(session30b_kg, question, expected):
    got = session30b_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
