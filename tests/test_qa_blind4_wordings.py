"""Questions typed the way journalists and analysts type them (issue 11, the sixth blind set): the head of a body
asked by a spoken predicate (由谁掌舵, 谁说了算, 谁主政), 是否担任 for a yes-no question, how many posts 身兼几职,
签的约 split by 的, 谁搞的 for an organiser, 书纪 for 书记, a company whose name holds a place in brackets written
without them, one hop through 那家企业; and near misses that must not be answered so. The facts are made up."""

from __future__ import annotations

import pytest
from kgqa.kg.qa.forms import org_forms
from qa_helpers import imported_kg

GOV, CPC, CO = "青岚市人民政府", "中共青岚市委员会", "星岫集团有限公司"
SUB, ZONE = "星岫(东湖)硅材科技有限公司", "东湖经济技术开发区"
FACTS = {
    "locale": "青岚市",
    "articles": [
        {
            "title": "青岚市与星岫集团签署战略合作协议",
            "first_words": "本报讯",
            "date": "2033-05-06",
            "authors": ["林岸"],
        }
    ],
    "persons": [
        {"name": "方知远", "posts": [{"title": "市长", "org": GOV}, {"title": "市委副书记", "org": CPC}]},
        {"name": "陆听松", "posts": [{"title": "市委书记", "org": CPC}]},
        {"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "顾远山", "posts": [{"title": "董事长", "org": CO}, {"title": "总裁", "org": CO}]},
        {"name": "柳白", "posts": [{"title": None, "org": "远山航运(集团)有限公司"}, {"title": "董事长", "org": SUB}]},
    ],
    "organizations": [
        {"name": GOV, "type": "government", "aliases": ["青岚市政府"], "located_in": "青岚市"},
        {"name": CPC, "type": "party_committee", "aliases": ["青岚市委"], "located_in": "青岚市"},
        {"name": CO, "type": "company", "aliases": ["星岫集团"]},
        {"name": SUB, "type": "company", "aliases": [], "located_in": ZONE},
        {"name": ZONE, "type": "development_zone", "aliases": [], "located_in": "青岚市"},
        {"name": "青岚市组织部", "type": "government", "aliases": [], "located_in": "青岚市"},
        {"name": "甘肃省市场监督管理局", "type": "government", "aliases": ["甘肃省市场监管局"], "located_in": "甘肃省"},
        {"name": "远山航运(集团)有限公司", "type": "company", "aliases": []},
    ],
    "development_zones": [{"name": ZONE, "city": "青岚市", "industries": ["硅材料"]}],
    "agreements": [
        {
            "kind": "战略合作协议",
            "parties": [GOV, CO],
            "date": "2033-05-06",
            "fields": ["硅材料"],
            "amount": "12亿元",
            "witnesses": ["陆听松", "方知远"],
        }
    ],
    "events": [
        {
            "kind": "launch",
            "date": "2033-04-01",
            "summary": "青岚市组织部开展百村联户帮扶活动",
            "organizers": ["青岚市组织部"],
            "organizations": ["青岚市组织部"],
        },
        {
            "kind": "groundbreaking",
            "date": "2033-06-08",
            "summary": "星岫集团投资建设的硅材料生产厂及研发中心项目在东湖经济技术开发区开工",
            "participants": ["宋晚晴"],
            "organizations": [CO],
            "location": ZONE,
        },
        {
            "kind": "other",
            "summary": "远山航运(集团)有限公司投资3000万元建设冷链仓库",
            "organizations": ["远山航运(集团)有限公司"],
            "amount": "3000万元",
        },
    ],
}


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政府由谁掌舵", "post_holder", {"方知远"}, id="who-steers-a-government"),
        pytest.param("星岫集团谁说了算", "post_holder", {"顾远山"}, id="who-has-the-say-at-a-company"),
        pytest.param("青岚谁主政", "post_holder", {"陆听松"}, id="who-governs-a-place"),
        pytest.param("青岚市政府的掌舵人是谁", "post_holder", {"方知远"}, id="helmsman-noun"),
        pytest.param("青岚市委书纪是谁", "post_holder", {"陆听松"}, id="slip-shu-ji"),
        pytest.param("方知远是否担任青岚市长", "post_check", {"方知远"}, id="whether-holds-yes"),
        pytest.param("陆听松是否担任青岚市长", "post_check", set(), id="whether-holds-no"),
        pytest.param("顾远山身兼几职", "person_posts", {"2职"}, id="how-many-posts-ji-zhi"),
        pytest.param("星岫集团什么时候跟青岚签的约", "agreement_date", {"2033-05-06"}, id="sign-split-by-de"),
        pytest.param("百村联户帮扶活动谁搞的", "event_organizers", {"青岚市组织部"}, id="who-ran-an-activity"),
        pytest.param("星岫东湖硅材科技在哪个开发区", "located_in_zone", {ZONE}, id="bracketed-place-inline"),
        pytest.param("和青岚市政府签协议的那家企业的总裁是谁", "post_holder", {"顾远山"}, id="one-hop-that-company"),
        pytest.param("与青岚市政府签约的那家公司老板是谁", "post_holder", {"顾远山"}, id="one-hop-that-company-boss"),
        pytest.param("甘肃市场监管局位于哪", "located_in", {"甘肃省"}, id="an-alias-written-short"),
        pytest.param("远山航运集团投资了多少", "amount", {"3000万元"}, id="a-name-in-brackets-is-the-facts-own"),
        pytest.param("青岚市与星岫集团签约是谁报道的", "article_authors", {"林岸"}, id="who-reported-it"),
        pytest.param("战略合作协议涉及什么", "agreement_fields", {"硅材料"}, id="what-it-covers-ends-on-shenme"),
        pytest.param("青岚的一号人物是谁", "post_holder", {"陆听松"}, id="number-one-of-a-place"),
        pytest.param("青岚市有多少副市长", "post_holder", {"1个"}, id="how-many-holders-duoshao"),
        pytest.param("战略合作协议金额是多少", "agreement_amount", {"12亿元"}, id="agreement-then-amount-word"),
        pytest.param("哪些领导出席了硅材料项目开工", "event_participants", {"宋晚晴"}, id="a-project-said-further-off"),
        pytest.param("硅材料项目在哪开工", "event_place", {ZONE}, id="a-project-said-further-off-where"),
    ],
)
def test_blind4_wordings_answer(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市政府由谁掌舵的秘书是谁", id="spoken-predicate-inside-another-question"),
        pytest.param("星岫集团谁负责宣传", id="who-is-responsible-for-something-else"),
        pytest.param("和青岚市政府签协议的那家企业的市长是谁", id="one-hop-to-a-title-it-does-not-have"),
        pytest.param("顾远山是否担任青岚市长", id="whether-holds-another-bodys-post"),
        pytest.param("光伏项目在哪开工", id="a-project-the-graph-does-not-hold"),
        pytest.param("甘肃市场监管局投资了多少", id="an-amount-of-a-body-with-none"),
        pytest.param("甘肃市场监管局局长是谁", id="an-alias-written-short-has-no-such-post"),
        pytest.param("哪些领导出席了研发中心竣工仪式", id="another-act-of-the-project"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    assert not kg.ask(question).answers


@pytest.mark.parametrize(
    "name,form",
    [
        pytest.param(SUB, "星岫东湖硅材科技有限公司", id="bracket-inline"),
        pytest.param(SUB, "星岫硅材科技", id="bracket-left-out"),
        pytest.param("远山航运(集团)有限公司", "远山航运集团", id="group-in-brackets-is-still-a-group"),
    ],
)
def test_a_bracketed_part_is_written_without_brackets(name, form):
    assert form in org_forms(name)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("谁出席了星岫集团的签约", id="who-attended-a-signing"),
        pytest.param("哪些人参加了战略合作协议的签约", id="who-took-part-in-an-agreements-signing"),
        pytest.param("谁主持了星岫集团的签约", id="who-hosted-a-signing"),
    ],
)
def test_who_was_at_a_signing_is_never_a_partner(kg, question):
    got = kg.ask(question)
    assert got.template not in ("agreement_partners", "agreement_parties")
    assert not {a["label"] for a in got.answers} & {GOV, CO}


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星岫集团和谁签了协议", {GOV}, id="who-a-company-signed-with"),
        pytest.param("战略合作协议的签署方有哪些", {GOV, CO}, id="the-parties-of-an-agreement"),
    ],
)
def test_the_partners_are_still_asked_for(kg, question, expected):
    assert {a["label"] for a in kg.ask(question).answers} == expected


GROUNDBREAKING = "星岫集团投资建设的硅材料生产厂及研发中心项目在东湖经济技术开发区开工"


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("2033年6月星岫集团参加了哪些活动", "org_events", {GROUNDBREAKING}, id="a-bodys-events-that-month"),
        pytest.param("星岫集团参加了哪些活动", "org_events", {GROUNDBREAKING}, id="a-bodys-events-any-time"),
        pytest.param("2033年4月星岫集团参加了哪些活动", "org_events", set(), id="a-bodys-events-another-month"),
        pytest.param("宋晚晴6月8日参加了什么活动", "person_events", {GROUNDBREAKING}, id="a-persons-events-that-day"),
        pytest.param("宋晚晴2032年参加了什么活动", "person_events", set(), id="a-persons-events-another-year"),
        pytest.param("2032年宋晚晴主持了什么会", "person_hosted", set(), id="hosted-another-year"),
    ],
)
def test_a_date_narrows_the_events_of_a_body_or_person(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_a_title_asked_leaves_out_the_bodies_a_person_only_belongs_to(kg):
    assert {a["label"] for a in kg.ask("柳白是哪家公司的董事长").answers} == {SUB}
    assert {a["label"] for a in kg.ask("柳白在哪些单位工作").answers} == {SUB, "远山航运(集团)有限公司"}


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚跟哪个企业签了战略合作", id="place-then-gen"),
        pytest.param("和青岚签约的企业有哪些", id="he-place-signed"),
        pytest.param("青岚市同谁签了协议", id="place-with-level-tong"),
        pytest.param("青岚与哪家公司签署了战略合作协议", id="place-yu-which-company"),
    ],
)
def test_a_place_written_as_a_signing_party_stands_for_its_body(kg, question):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("place_partners", {CO}), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("在青岚签约的企业有哪些", id="where-signed-zai"),
        pytest.param("青岚的企业和谁签了协议", id="whose-companies-de"),
        pytest.param("青岚有哪些企业签了协议", id="companies-in-the-place-you"),
        pytest.param("星岫集团跟哪个城市签了协议", id="the-place-asked-not-named"),
    ],
)
def test_a_place_not_written_as_a_party_is_not_one(kg, question):
    assert kg.ask(question).template != "place_partners"
