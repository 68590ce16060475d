"""Questions typed the way people ask them (issue 11, leftovers of blind31 and qa48, job qa49); each row's id names
the wording, and near misses must not change. The people, bodies and places are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPPCC, GOV, SUPPLIER, THREE_BODIES_MEETING, city_page
from qa_helpers import imported_kg

# a CPPCC vice-chair who witnessed the city's agreement with a group (engine.py `_answer_context_over`)
WITNESSED = city_page(
    persons=[{"name": "韩映秋", "posts": [{"title": "政协副主席", "org": CPPCC}]}],
    agreements=[
        {
            "kind": "战略合作协议",
            "parties": [GOV, SUPPLIER],
            "date": "2033-06-05",
            "amount": "5亿元",
            "witnesses": ["韩映秋"],
        }
    ],
)


@pytest.fixture(scope="module")
def witnessed():
    return imported_kg((WITNESSED, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a clause of context the whole reads into the question (the agreement's parties): the clause asked alone
        pytest.param(
            "看到一条消息：市政府与云岭集团签署战略合作协议。那么韩映秋在哪个单位上班",
            "person_org",
            {CPPCC},
            id="kan-dao-na-me-na-ge-dan-wei-shang-ban",
        ),
        pytest.param(
            "刚看到：市政府与云岭集团签署战略合作协议。请问韩映秋在哪个单位上班",
            "person_org",
            {CPPCC},
            id="gang-kan-dao-qing-wen",
        ),
        pytest.param(
            "看到一条消息：市政府与云岭集团签署战略合作协议，那么韩映秋在哪家单位工作",
            "person_org",
            {CPPCC},
            id="kan-dao-comma-na-jia-dan-wei-gong-zuo",
        ),
        pytest.param(
            "据报道，市政府与云岭集团签署战略合作协议，那么韩映秋是哪个单位的",
            "person_org",
            {CPPCC},
            id="ju-bao-dao-shi-na-ge-dan-wei-de",
        ),
        # near misses: the clause asked reads alone as the whole did, or names nothing (the context says what)
        pytest.param(
            "看到一条消息：市政府与云岭集团签署战略合作协议。那么韩映秋的职务是什么",
            "person_posts",
            {"中国人民政治协商会议青岚市委员会政协副主席"},
            id="near-zhi-wu",
        ),
        pytest.param(
            "看到一条消息：市政府与云岭集团签署战略合作协议。那么协议金额是多少",
            "agreement_amount",
            {"5亿元"},
            id="near-nothing-named-in-the-clause",
        ),
        pytest.param(
            "我在看一篇报道，里面提到市政府与云岭集团签约，请问韩映秋在哪个单位任职",
            "person_org",
            {CPPCC},
            id="near-qian-yue-right-before",
        ),
    ],
)
def test_context_read_into_the_question(witnessed, question, template, expected):
    got = witnessed.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


# THREE_BODIES_MEETING asked with 单位 as the noun asked (select.py read_evidence: a work word that is also a body
# noun, with no person or title named, is the body asked)
@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "参加稳价座谈会的单位有哪些", "event_bodies", {GOV, CO, SUPPLIER}, id="can-jia-de-dan-wei-you-na-xie"
        ),
        pytest.param(
            "参加稳价座谈会的单位是哪些", "event_bodies", {GOV, CO, SUPPLIER}, id="can-jia-de-dan-wei-shi-na-xie"
        ),
        pytest.param(
            "出席稳价座谈会的单位有哪几家", "event_bodies", {GOV, CO, SUPPLIER}, id="chu-xi-de-dan-wei-na-ji-jia"
        ),
        pytest.param(
            "稳价座谈会的参会单位有哪些", "event_bodies", {GOV, CO, SUPPLIER}, id="can-hui-dan-wei-you-na-xie"
        ),
        # near misses: a person's 单位 is where the person works; 企业 and the persons as before
        pytest.param("陆听松的单位有哪些", "person_org", {"中共青岚市委员会"}, id="near-a-persons-dan-wei"),
        pytest.param("参加稳价座谈会的企业有哪些", "event_bodies", {CO, SUPPLIER}, id="near-qi-ye"),
        pytest.param("参加稳价座谈会的人有哪些", "event_participants", {"陆听松"}, id="near-ren"),
        # a body's people asked with 单位 after it: the same person (org_members before, org_people now)
        pytest.param("青岚市政协单位有哪些人", None, {"孟长河"}, id="near-body-dan-wei-people"),
    ],
)
def test_dan_wei_of_an_event(question, template, expected):
    got = imported_kg((THREE_BODIES_MEETING, "made-up.json")).ask(question)
    assert (template or got.template, {a["label"] for a in got.answers}) == (got.template, expected), got.message
