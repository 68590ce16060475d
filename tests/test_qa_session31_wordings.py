"""Questions asked the way people ask them (issue 11, session 31), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, city_page
from qa_helpers import imported_kg

# a which-word on a party committee's kind word, 的 and a title after it (哪个区委的书记): the body of the person's post
# (cues.yaml asks.org), no longer 哪个区 (a place) and a stray 委 refused
DISTRICT_CPC = "中共青岚市东湖区委员会"
COMMITTEES = city_page(
    persons=[
        {"name": "苏砚秋", "posts": [{"title": "区委书记", "org": DISTRICT_CPC}]},
        {
            "name": "叶知微",
            "posts": [{"title": "区委常委", "org": DISTRICT_CPC}, {"title": "区长", "org": "青岚市东湖区人民政府"}],
        },
    ],
    organizations=[
        {"name": DISTRICT_CPC, "type": "party_committee", "aliases": ["东湖区委"], "located_in": "青岚市"},
        {"name": "青岚市东湖区人民政府", "type": "government", "aliases": ["东湖区政府"], "located_in": "青岚市"},
    ],
)


@pytest.fixture(scope="module")
def committees_kg():
    return imported_kg((COMMITTEES, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("苏砚秋是哪个区委的书记", {DISTRICT_CPC}, id="which-district-committee-de-title"),
        pytest.param("陆听松是哪个市委的书记", {CPC}, id="which-city-committee-de-title"),
        pytest.param("叶知微是哪个区委的常委", {DISTRICT_CPC}, id="which-committee-de-member"),
        pytest.param("苏砚秋是哪个区委的", {DISTRICT_CPC}, id="which-committee-de-ending"),
        # near misses: the holder of a title asked; the place of a body asked; a body by a generic word
        pytest.param("东湖区委的书记是谁", {"苏砚秋"}, id="near-miss-committee-named-holder-asked"),
        pytest.param("东湖区委位于哪个市", {"青岚市"}, id="near-miss-which-city-place-asked"),
        pytest.param("苏砚秋在哪个单位任职", {DISTRICT_CPC}, id="near-miss-which-unit-still"),
    ],
)
def test_which_committee_then_a_title(committees_kg, question, expected):
    got = committees_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a place asked as where a person serves (甲在东湖区担任什么职务) that no body's name opens with: the bodies named after
# it inside its city's name (中共青岚市东湖区委员会, 青岚市东湖区人民政府) hold the posts (templates.yaml person_posts_in)
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "苏砚秋在东湖区担任什么职务", {"中共青岚市东湖区委员会区委书记"}, id="place-inside-city-named-body"
        ),
        pytest.param(
            "叶知微在东湖区是什么职务",
            {"中共青岚市东湖区委员会区委常委", "青岚市东湖区人民政府区长"},
            id="place-inside-city-named-bodies",
        ),
        # near misses: a person serving the city, not the district; a company's chairman; the city asked
        pytest.param("陆听松在东湖区担任什么职务", set(), id="near-miss-city-body-not-the-district"),
        pytest.param("顾远山在东湖区担任什么职务", set(), id="near-miss-company-not-the-district"),
        pytest.param(
            "叶知微在青岚市担任什么职务",
            {"中共青岚市东湖区委员会区委常委", "青岚市东湖区人民政府区长"},
            id="near-miss-city-asked-still",
        ),
    ],
)
def test_posts_in_a_place_named_inside_a_body(committees_kg, question, expected):
    got = committees_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a which-word of a measure alone (哪几家: 家 counts bodies and zones) ending the question right after a zone noun
# (cues.yaml measured): which zones, no longer which bodies (refused: no body is named for it)
ZONES = city_page(
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
    organizations=[{"name": "西岭高新技术产业开发区", "type": "development_zone", "aliases": ["西岭高新区"]}],
    development_zones=[
        {"name": "东湖经济技术开发区", "city": "青岚市", "industries": ["新材料", "光伏光电"]},
        {"name": "西岭高新技术产业开发区", "city": "青岚市", "industries": ["光伏光电"]},
    ],
)


@pytest.fixture(scope="module")
def zones_kg():
    return imported_kg((ZONES, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "发展光伏光电的开发区有哪几家",
            {"东湖经济技术开发区", "西岭高新技术产业开发区"},
            id="zone-noun-which-measure",
        ),
        pytest.param("主攻新材料的园区有哪家", {"东湖经济技术开发区"}, id="zone-noun-which-one-measure"),
        pytest.param(
            "发展光伏光电的开发区有哪两家？", {"东湖经济技术开发区", "西岭高新技术产业开发区"}, id="zone-noun-which-two"
        ),
        # near misses: a noun after the which-word; a body's noun before it; the which-word opening the question
        pytest.param("和青岚市政府签约的是哪家企业", {CO}, id="near-miss-noun-after-which"),
        pytest.param("和青岚市政府签约的企业是哪家", {CO}, id="near-miss-unit-noun-before"),
        pytest.param(
            "哪几家开发区发展光伏光电",
            {"东湖经济技术开发区", "西岭高新技术产业开发区"},
            id="near-miss-which-zone-first",
        ),
    ],
)
def test_which_measure_after_a_zone_noun(zones_kg, question, expected):
    got = zones_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# 中央 before a title, or asked as where a person serves: the body 中共中央 (forms.yaml short_forms), as 党中央 is
CENTRE = city_page(
    persons=[
        {"name": "沈望川", "posts": [{"title": "政治局委员", "org": "中共中央"}, {"title": "副总理", "org": "国务院"}]},
        {"name": "白若溪", "posts": [{"title": "校长", "org": "中央财经大学"}]},
    ],
    organizations=[
        {"name": "中共中央", "type": "party_committee", "aliases": ["党中央"]},
        {"name": "国务院", "type": "government"},
        {"name": "中央财经大学", "type": "other", "aliases": ["中财"]},
    ],
)


@pytest.fixture(scope="module")
def centre_kg():
    return imported_kg((CENTRE, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("谁是中央政治局委员", {"沈望川"}, id="centre-before-title"),
        pytest.param("文中的中央政治局委员是哪一位", {"沈望川"}, id="centre-before-title-which-one"),
        pytest.param("沈望川在中央是什么职务", {"中共中央政治局委员"}, id="centre-as-where-serving"),
        # near misses: the full name; a longer name opening with 中央; the other body of the person's posts
        pytest.param("中共中央政治局委员是谁", {"沈望川"}, id="near-miss-full-name-still"),
        pytest.param("中央财经大学的校长是谁", {"白若溪"}, id="near-miss-longer-name-opening-with-centre"),
        pytest.param("沈望川在国务院是什么职务", {"国务院副总理"}, id="near-miss-other-body"),
    ],
)
def test_centre_as_the_party_centre(centre_kg, question, expected):
    got = centre_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a which-word, a modifier and a body's kind noun (哪些能源企业, 哪家钢铁企业, 哪些省直部门): the which-word and the noun
# (cues.yaml modified), the modifier narrowing nothing; no longer refused, nor 哪些省直部门 read as 哪些省 (a place)
NDRC, BUREAU, BANK = "青岚市发展改革委", "青岚市商务局", "青岚农商银行"
SUPPLY = city_page(
    organizations=[
        {"name": NDRC, "type": "government", "aliases": []},
        {"name": BUREAU, "type": "government", "aliases": []},
        {"name": BANK, "type": "bank", "aliases": []},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "青岚市发展改革委召开能源保供座谈会，青岚市商务局、青岚农商银行和星岫集团有关负责同志参加",
            "participants": [],
            "organizations": [NDRC, BUREAU, BANK, CO],
        }
    ],
)


@pytest.fixture(scope="module")
def supply_kg():
    return imported_kg((SUPPLY, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("哪些能源企业参加了能源保供座谈会", "event_bodies", {CO}, id="which-modifier-companies"),
        pytest.param("哪家钢铁企业参加了能源保供座谈会", "event_bodies", {CO}, id="which-one-modifier-company"),
        pytest.param("哪几家台湾企业参加了座谈会", "event_bodies", {CO}, id="which-few-place-modifier-companies"),
        pytest.param(
            "哪些省直部门参加了能源保供座谈会", "event_bodies", {BUREAU}, id="which-modifier-not-which-province"
        ),
        pytest.param(
            "哪些能源企业的有关负责同志参加了座谈会", "event_bodies", {CO}, id="which-modifier-companies-people"
        ),
        pytest.param("顾远山在哪家钢铁企业", "person_org", {CO}, id="which-modifier-company-of-a-person"),
        # near misses: the kind alone; all the bodies; the persons; a one-character modifier (子公司) is a relation
        pytest.param("哪些企业参加了能源保供座谈会", "event_bodies", {CO}, id="near-miss-kind-alone"),
        pytest.param("哪些单位参加了能源保供座谈会", "event_bodies", {BUREAU, BANK, CO}, id="near-miss-all-bodies"),
        pytest.param("哪些人参加了能源保供座谈会", "event_participants", set(), id="near-miss-persons"),
        pytest.param("星岫集团有哪些子公司", None, set(), id="near-miss-subsidiaries-not-companies"),
    ],
)
def test_which_modifier_kind(supply_kg, question, template, expected):
    got = supply_kg.ask(question)
    assert got.template == template, (got.template, got.message)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a thing no name of the graph names asked with a level (甲科技城位于哪个市): the place of the event telling of it at
# that level, never a zone or a building it was held in (templates.yaml event_sited ?zoned), as 建在哪里 still answers
PARK = "东湖工业园"
SITES = city_page(
    organizations=[{"name": PARK, "type": "development_zone", "aliases": []}],
    events=[
        {
            "kind": "groundbreaking",
            "date": "2033-06-02",
            "summary": "青岚科技城星岫电机项目在东湖工业园开工",
            "participants": [],
            "organizations": [CO],
            "location": PARK,
        },
        {
            "kind": "groundbreaking",
            "date": "2033-06-03",
            "summary": "西岭新材料产业城项目在青岚市开工",
            "participants": [],
            "organizations": [CO],
            "location": "青岚市",
        },
    ],
)


@pytest.fixture(scope="module")
def sites_kg():
    return imported_kg((SITES, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚科技城位于哪个市", set(), id="which-city-never-a-park"),
        pytest.param("青岚科技城坐落在哪座城市", set(), id="which-city-never-a-park-sited"),
        pytest.param("西岭新材料产业城位于哪个市", {"青岚市"}, id="which-city-a-city"),
        # near misses: no level asked, the park answers; the city named as the site
        pytest.param("青岚科技城建在哪里", {PARK}, id="near-miss-where-the-park"),
        pytest.param("青岚科技城位于哪里", {PARK}, id="near-miss-located-where-the-park"),
        pytest.param("西岭新材料产业城建在哪里", {"青岚市"}, id="near-miss-where-the-city"),
    ],
)
def test_a_level_asked_of_a_site_is_never_a_park(sites_kg, question, expected):
    got = sites_kg.ask(question)
    assert got.template == "event_sited", (got.template, got.message)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# 新 between a body and its title (甲行的新行长, 甲行新行长): the body's post (cues.yaml before_titles), as 新任 is read
BRANCH = "中国人民银行青岚分行"
BANK_POSTS = city_page(
    persons=[
        {"name": "林照雪", "posts": [{"title": "行长", "org": BRANCH}]},
        {"name": "江暮云", "posts": [{"title": "副行长", "org": BRANCH}]},
    ],
    organizations=[{"name": BRANCH, "type": "bank", "aliases": ["人行青岚分行"]}],
)


@pytest.fixture(scope="module")
def bank_posts_kg():
    return imported_kg((BANK_POSTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("人行青岚分行的新行长是哪位", {"林照雪"}, id="new-before-title-de"),
        pytest.param("人行青岚分行新行长是谁", {"林照雪"}, id="new-before-title"),
        pytest.param("人行青岚分行的新副行长是谁", {"江暮云"}, id="new-before-deputy-title"),
        pytest.param("星岫集团的新董事长是谁", {"顾远山"}, id="new-before-company-title"),
        pytest.param("林照雪是人行青岚分行的新行长吗", {"林照雪"}, id="new-before-title-check"),
        # near misses: the title alone; 新任 (a filler); 前 (a former holder: the graph cannot tell) stays refused
        pytest.param("人行青岚分行的行长是谁", {"林照雪"}, id="near-miss-title-alone"),
        pytest.param("人行青岚分行的新任行长是谁", {"林照雪"}, id="near-miss-newly-appointed"),
        pytest.param("人行青岚分行的前行长是谁", set(), id="near-miss-former-refused"),
        pytest.param("江暮云是人行青岚分行的新行长吗", set(), id="near-miss-check-not-the-holder"),
    ],
)
def test_new_before_a_title(bank_posts_kg, question, expected):
    got = bank_posts_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
