"""Questions asked the way people ask them (issue 11, session 32), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPPCC, GOV, city_page, delegation_visit
from qa_helpers import imported_kg

# an organiser asked by a noun of whoever did it (组织者, 主办者, 承办者, as 举办者): the bodies recorded to hold the event,
# else the person who held it (cues.yaml asks.organiser); a body asked besides (哪个单位是…的组织者) never a person
ORGANISERS = city_page(
    events=[
        {
            "kind": "meeting",
            "date": "2033-03-02",
            "summary": "陆听松组织召开青岚环城快速路建设专题研究会议",
            "participants": ["陆听松", "顾远山"],
        },
        {"kind": "meeting", "date": "2033-03-05", "summary": "青岚市政府举办全市外贸视频会", "organizations": [GOV]},
        delegation_visit("韩小舟"),
    ],
)


@pytest.fixture(scope="module")
def organisers_kg():
    return imported_kg((ORGANISERS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("环城快速路建设专题研究会议的组织者是谁", {"陆听松"}, id="zu-zhi-zhe-a-person"),
        pytest.param("环城快速路建设专题研究会议的主办者是谁", {"陆听松"}, id="zhu-ban-zhe-a-person"),
        pytest.param("环城快速路建设专题研究会议的组织者", {"陆听松"}, id="zu-zhi-zhe-no-question-word"),
        pytest.param("外贸视频会的组织者是谁", {GOV}, id="zu-zhi-zhe-a-body"),
        pytest.param("外贸视频会的承办者是谁", {GOV}, id="cheng-ban-zhe-a-body"),
        pytest.param("青岚市政协考察团的组织者是谁", {"孟长河"}, id="zu-zhi-zhe-of-a-delegation"),
        # near misses: a body asked besides the organiser's noun finds no body, never the person; 主办方 a body
        pytest.param("哪个单位是环城快速路建设专题研究会议的组织者", set(), id="near-miss-which-unit-organiser"),
        pytest.param("环城快速路建设专题研究会议的组织者是哪个单位", set(), id="near-miss-organiser-which-unit"),
        pytest.param("哪个单位是环城快速路建设专题研究会议的举办者", set(), id="near-miss-which-unit-ju-ban-zhe"),
        pytest.param("环城快速路建设专题研究会议的主办方是谁", set(), id="near-miss-zhu-ban-fang-a-body"),
        pytest.param("外贸视频会的组织者是哪个单位", {GOV}, id="near-miss-which-unit-a-body-held-it"),
    ],
)
def test_an_organiser_asked_by_a_noun(organisers_kg, question, expected):
    got = organisers_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a lone verb of leading opening the question, before the group led (带甲团来的是谁, 谁带的甲团): the leader, read as 带领
# (cues.yaml leads), no longer everyone who came
DELEGATION = city_page(events=[delegation_visit("韩小舟")])


@pytest.fixture(scope="module")
def delegation_kg():
    return imported_kg((DELEGATION, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("带青岚市政协考察团来的是谁", {"孟长河"}, id="dai-the-group-lai-de-shi-shei"),
        pytest.param("谁带的青岚市政协考察团", {"孟长河"}, id="shei-dai-de-the-group"),
        pytest.param("谁带青岚市政协考察团来东湖经济技术开发区的", {"孟长河"}, id="shei-dai-the-group-lai"),
        pytest.param("请问率青岚市政协考察团来的是哪位", {"孟长河"}, id="qing-wen-lv-the-group"),
        pytest.param("领青岚市政协考察团来的是谁", {"孟长河"}, id="ling-the-group"),
        # near misses: no verb of leading, or it does not open the question: who came, all of them
        pytest.param("青岚市政协考察团来的是谁", {"孟长河", "韩小舟"}, id="near-miss-no-lead-verb"),
        pytest.param("谁参加了青岚市政协考察团的考察", {"孟长河", "韩小舟"}, id="near-miss-participants"),
        pytest.param("带领青岚市政协考察团的是谁", {"孟长河"}, id="near-miss-written-in-full-unchanged"),
        pytest.param("带青岚市政协考察团的人是哪个单位的", {CPPCC}, id="dai-the-group-one-hop"),
        pytest.param("带动东湖经济技术开发区发展的是谁", set(), id="near-miss-dai-dong"),
    ],
)
def test_a_lone_verb_of_leading(delegation_kg, question, expected):
    got = delegation_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a place written right before a which-word asking a place (甲大厦位于上海哪个区域), nothing fitting as written: where
# the fact holds, asked without the place, the answers inside it kept (engine._answer_within)
TOWER = city_page(
    organizations=[{"name": "青岚市驻上海办事处", "type": "government", "located_in": "上海"}],
    events=[
        {
            "kind": "other",
            "date": "2033-01",
            "summary": "青岚市斥资3亿元在上海浦东建成30层的青岚大厦",
            "organizations": ["青岚市驻上海办事处"],
            "location": "上海浦东",
        }
    ],
)


@pytest.fixture(scope="module")
def tower_kg():
    return imported_kg((TOWER, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚大厦位于上海哪个区域", {"上海浦东"}, id="place-then-which-area"),
        pytest.param("青岚大厦在上海哪里", {"上海浦东"}, id="place-then-where"),
        pytest.param("青岚大厦位于上海什么地方", {"上海浦东"}, id="place-then-what-place"),
        # near misses: no place before the which-word; a place the answer is not inside
        pytest.param("青岚大厦位于哪里", {"上海浦东"}, id="near-miss-no-place-unchanged"),
        pytest.param("青岚大厦位于东湖区哪个区域", set(), id="near-miss-another-place"),
    ],
)
def test_a_place_narrowing_a_place_asked(tower_kg, question, expected):
    got = tower_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a body named before a pointing word and an agreement (甲集团那份协议, 甲集团这份合同): the agreement it is linked to, never
# another's (resolve._pointed_from); a body that signed nothing, no answer, even when the graph holds one agreement only
ONE_AGREEMENT = city_page(
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]}],
)
TWO_AGREEMENTS = city_page(
    organizations=[{"name": "澄川农村商业银行", "type": "company", "aliases": ["澄川农商行"]}],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]},
        {"kind": "金融合作协议", "parties": [GOV, "澄川农村商业银行"], "date": "2033-06-01", "fields": ["绿色金融"]},
    ],
)


@pytest.fixture(scope="module")
def one_agreement_kg():
    return imported_kg((ONE_AGREEMENT, "made-up.json"))


@pytest.fixture(scope="module")
def two_agreements_kg():
    return imported_kg((TWO_AGREEMENTS, "made-up.json"))


@pytest.mark.parametrize(
    "graph,question,expected",
    [
        pytest.param("one", "星岫集团那份协议是哪天签的", {"2033-05-06"}, id="one-na-fen-date"),
        pytest.param("one", "星岫集团这份协议涉及哪些领域", {"氢能", "文旅"}, id="one-zhe-fen-fields"),
        pytest.param("one", "星岫集团那份合同的签约方是谁", {GOV}, id="one-na-fen-parties"),
        pytest.param("two", "澄川农商行那份协议是哪天签的", {"2033-06-01"}, id="two-na-fen-date"),
        pytest.param("two", "澄川农商行这份协议涉及哪些领域", {"绿色金融"}, id="two-zhe-fen-fields"),
        pytest.param("two", "星岫集团那份协议涉及哪些领域", {"氢能", "文旅"}, id="two-na-fen-the-other-one"),
        # near misses: the body named signed nothing: no agreement's facts (before, the one agreement's)
        pytest.param("one", "云岭集团那份协议的签约方是谁", set(), id="near-miss-one-signed-nothing-parties"),
        pytest.param("one", "云岭集团那份合同是哪天签的", set(), id="near-miss-one-signed-nothing-date"),
        pytest.param("one", "云岭集团这份协议涉及哪些领域", set(), id="near-miss-one-signed-nothing-fields"),
        pytest.param("two", "云岭集团那份协议是哪天签的", set(), id="near-miss-two-signed-nothing-date"),
        pytest.param("one", "这份协议涉及哪些领域", {"氢能", "文旅"}, id="near-miss-no-name-unchanged"),
    ],
)
def test_a_body_before_that_agreement(request, graph, question, expected):
    got = request.getfixturevalue(f"{graph}_agreement{'s' if graph == 'two' else ''}_kg").ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a which-word asking companies (哪些企业, 哪几家公司) of an agreement's parties: those typed as companies, never a
# delegation that signed with them (templates.yaml narrow of agreement_parties, agreement_partners, place_partners)
DELEGATION_DEAL = city_page(
    organizations=[{"name": "澄川国商务代表团", "type": "other"}],
    agreements=[
        {"kind": "框架协议", "parties": [CO, "澄川国商务代表团"], "date": "2033-08-03", "fields": ["储能电池"]},
    ],
)


@pytest.fixture(scope="module")
def delegation_deal_kg():
    return imported_kg((DELEGATION_DEAL, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("2033年8月有哪些企业签了协议", {CO}, id="month-na-xie-qi-ye"),
        pytest.param("2033年8月哪几家公司签了协议", {CO}, id="month-na-ji-jia-gong-si"),
        pytest.param("澄川国商务代表团跟哪家企业签的框架协议", {CO}, id="partner-na-jia-qi-ye"),
        pytest.param("储能电池框架协议是哪家公司签的", {CO}, id="parties-na-jia-gong-si"),
        # near misses: a which-word asking any body keeps every party; no company among them: none
        pytest.param("储能电池框架协议的签约方是谁", {CO, "澄川国商务代表团"}, id="near-miss-parties-any-body"),
        pytest.param("星岫集团跟哪家企业签的框架协议", set(), id="near-miss-partner-a-delegation-only"),
    ],
)
def test_companies_asked_of_an_agreement(delegation_deal_kg, question, expected):
    got = delegation_deal_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
