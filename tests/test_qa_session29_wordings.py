"""Questions asked the way people ask them (issue 11, session 29), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

# the other side of a body's agreements written as one noun after it (cues.yaml relative.partners: 甲市政府的签约企业),
# with more of the question after it: the companies that signed with it, then what is asked of them
PACT = city_page(
    persons=[{"name": "温采薇", "posts": [{"title": "总裁", "org": CO}]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
)


@pytest.fixture(scope="module")
def pact_kg():
    return imported_kg((PACT, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市政府的签约企业的董事长是谁", {"顾远山"}, id="partners-noun-then-title"),
        pytest.param("青岚市政府签约企业的总裁是哪位", {"温采薇"}, id="partners-noun-no-de"),
        pytest.param("青岚市人民政府的合作企业的董事长叫什么", {"顾远山"}, id="partners-cooperation-noun"),
        pytest.param("青岚市政府的签约单位的总裁是谁", {"温采薇"}, id="partners-unit-noun"),
        pytest.param("青岚市政府的合作伙伴的董事长是哪位", {"顾远山"}, id="partners-partner-noun"),
        pytest.param("星岫集团的签约单位在哪", {"青岚市"}, id="partners-then-place"),
        # near misses: the phrase is the question itself; a body with no agreement; a noun not a partner's
        pytest.param("青岚市政府的签约企业是哪家", {CO}, id="near-miss-the-phrase-asked-itself"),
        pytest.param("青岚市委的签约企业的董事长是谁", set(), id="near-miss-no-agreement-no-hop"),
        pytest.param("青岚市政府的董事长是谁", set(), id="near-miss-no-partner-noun"),
    ],
)
def test_a_body_s_partners_written_as_one_noun(pact_kg, question, expected):
    got = pact_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# 其 after a comma points back to what the question says before it, as 它的 does (cues.yaml points_back); 其中 and
# 其他 are words of their own (not_pointing: the doctest of parse.clean_question), and 其 opening a question points
# at nothing
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("与青岚市政府签约的企业，其董事长是谁", {"顾远山"}, id="qi-after-a-relative-phrase"),
        pytest.param("和青岚市签约的企业,其总裁叫什么", {"温采薇"}, id="qi-after-a-half-width-comma"),
        pytest.param("青岚市政府的签约企业，其总裁是哪位", {"温采薇"}, id="qi-after-a-partners-noun"),
        pytest.param("星岫集团，其董事长是谁", {"顾远山"}, id="qi-after-a-body"),
        pytest.param("与青岚市签约的企业，它的董事长是谁", {"顾远山"}, id="ta-de-still"),
        # near miss: 其 with nothing before it names no one
        pytest.param("其董事长是谁", set(), id="near-miss-qi-opening-the-question"),
    ],
)
def test_qi_after_a_comma_points_back(pact_kg, question, expected):
    got = pact_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


def test_qi_opening_the_question_names_no_one(pact_kg):
    got = pact_kg.ask("其董事长是谁")
    assert not got.answers and "其" in (got.message or "")


# 他们/她们 right after a name are the people with that person (cues.yaml fillers): 顾远山他们 asks 顾远山's doings;
# opening the question, 他们 still points back to no one (select.lone_pronoun)
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("顾远山他们实地考察了哪个区", {"东湖区"}, id="tamen-after-a-name"),
        pytest.param("签约之前顾远山他们去哪考察了", {"东湖区"}, id="tamen-after-a-name-mid-question"),
        pytest.param("签约仪式前顾远山她们实地看了哪个区", {"东湖区"}, id="tamen-feminine-after-a-name"),
        pytest.param("顾远山等人实地考察了哪个区", {"东湖区"}, id="dengren-still"),
        # near misses: 他们 with nothing before it names no one
        pytest.param("他们实地考察了哪个区", set(), id="near-miss-tamen-opening-the-question"),
        pytest.param("请问他们的董事长是谁", set(), id="near-miss-tamen-de-after-fillers"),
    ],
)
def test_tamen_after_a_name(pact_kg, question, expected):
    got = pact_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a village named in the graph only inside its chain of places (柳川县东坡乡杏花屯村): also written from the township or
# the village on (forms.yaml lower_levels), so 杏花屯村 is the village, not 杏花屯有限责任公司 named after it
VILLAGE = "柳川县东坡乡杏花屯村"
VILLAGERS = city_page(
    persons=[
        {"name": "秦守田", "posts": [{"title": "主任", "org": "村委会"}]},
        {"name": "贺明川", "posts": [{"title": "董事长", "org": "杏花屯有限责任公司"}]},
    ],
    organizations=[
        {"name": "村委会", "type": "government", "aliases": [], "located_in": VILLAGE},
        {"name": "杏花屯有限责任公司", "type": "company", "aliases": [], "located_in": VILLAGE},
    ],
)


@pytest.fixture(scope="module")
def village_kg():
    return imported_kg((VILLAGERS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("杏花屯村的主任是谁", {"秦守田"}, id="village-then-title"),
        pytest.param("杏花屯村的村主任叫什么", {"秦守田"}, id="village-then-village-head"),
        pytest.param("秦守田在杏花屯村担任什么职务", {"村委会主任"}, id="posts-in-the-village"),
        pytest.param("东坡乡杏花屯村的主任是谁", {"秦守田"}, id="township-and-village"),
        # near misses: the company named after the village is still the company
        pytest.param("杏花屯公司的董事长是谁", {"贺明川"}, id="near-miss-company-short-name"),
        pytest.param("杏花屯有限责任公司董事长叫什么", {"贺明川"}, id="near-miss-company-full-name"),
    ],
)
def test_a_village_written_without_its_county(village_kg, question, expected):
    got = village_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# SESSION29B (qa31). One hop through a government (cues.yaml relative.heads and cues.government: 政府): 和甲集团签约的那个政府
# stands for the governments that signed with 甲集团, then what is asked of them (their 市长)
MAYORS = city_page(
    persons=[
        {"name": "沈望舒", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "林照水", "posts": [{"title": "副市长", "org": GOV}]},
    ],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
)


@pytest.fixture(scope="module")
def mayors_kg():
    return imported_kg((MAYORS, "made-up.json"))


SESSION29B = [
    pytest.param("和星岫集团签约的那个政府的市长是谁", {"沈望舒"}, id="government-head-then-title"),
    pytest.param("与星岫集团签约的政府的市长叫什么", {"沈望舒"}, id="government-head-no-that"),
    pytest.param("跟星岫集团签约的那个政府，市长是哪位", {"沈望舒"}, id="government-head-comma-then-title"),
    pytest.param("和星岫集团签约的政府是哪个", {GOV}, id="government-phrase-asked-itself"),
    # near misses: no such post in that government; a company that signed with none; the plain post
    pytest.param("和星岫集团签约的那个政府的董事长是谁", set(), id="near-miss-government-has-no-chairman"),
    pytest.param("和云岭集团签约的那个政府的市长是谁", set(), id="near-miss-no-agreement-no-hop"),
    pytest.param("青岚市政府的市长是谁", {"沈望舒"}, id="near-miss-government-named-still"),
    pytest.param("和青岚市政府签约的企业的董事长是谁", {"顾远山"}, id="near-miss-company-head-still"),
    pytest.param("青岚市政府有哪些副市长", {"林照水"}, id="near-miss-government-inside-a-post-asks-no-body"),
]


@pytest.mark.parametrize("question,expected", SESSION29B)
def test_session29b_wordings(mayors_kg, question, expected):
    got = mayors_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
