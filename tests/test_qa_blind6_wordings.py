"""Questions typed the way journalists and analysts type them (issue 11, the eighth blind set): a split verb (谁带的队),
a short title (总工), a slip of the pen before a question word (再哪签的), what was put in (投了多少), a trailing 都,
a place and a short name as the two parties of a fact (甲跟乙签约, 甲跟乙座谈都有谁在), who was hired as a title
(甲聘了谁当乙), where someone went to look (去哪看了), a company by its capital letters (XYZ公司), a national body's
branch from the province on (江西调查总队), two persons asked at once (甲和乙分别是什么职务); and near misses that must
not be answered. The facts are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, ZONE, city_page, delegation_visit
from qa_helpers import imported_kg

BUREAU, LETTERS, BRANCH = "青岚市工业和信息化局", "XYZ航空材料有限公司", "国家调研局江西调查总队"
FACTS = city_page(
    persons=[{"name": "宋晚晴", "posts": [{"title": "总工程师", "org": BUREAU}]}],
    organizations=[
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"], "located_in": "青岚市"},
        {"name": BUREAU, "type": "government", "aliases": ["青岚市工信局"], "located_in": "青岚市"},
        {"name": LETTERS, "type": "company", "aliases": [], "located_in": ZONE},
        {"name": BRANCH, "type": "government", "aliases": [], "located_in": "江西省"},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["硅材料"]}],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["新能源"]},
        {"kind": "供货合同", "parties": [CO, SUPPLIER], "date": "2033-04-02"},
    ],
    events=[
        delegation_visit(),
        {
            "kind": "signing",
            "date": "2033-04-02",
            "summary": "星岫集团与云岭集团在青岚宾馆签订供货合同",
            "organizations": [CO, SUPPLIER],
            "location": "青岚宾馆",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "星岫集团硅材料二期技改工程开工",
            "organizations": [CO],
            "amount": "12亿元",
        },
        {
            "kind": "meeting",
            "date": "2033-03-09",
            "summary": "青岚市工信局召开招商座谈会，陆听松、宋晚晴参加",
            "participants": ["陆听松", "宋晚晴"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政协考察团谁带的队", "event_host", {"孟长河"}, id="a-split-dai-dui"),
        pytest.param("青岚市工信局总工是谁", "post_holder", {"宋晚晴"}, id="zong-gong-a-short-title"),
        pytest.param("供货合同再哪签的", "event_place", {"青岚宾馆"}, id="a-slip-before-a-where-word"),
        pytest.param("供货合同在哪签的", "event_place", {"青岚宾馆"}, id="the-tong-of-hetong-is-no-party"),
        pytest.param("硅材料二期技改投了多少", "amount", {"12亿元"}, id="what-was-put-in"),
        pytest.param("那批技改工程一共投了多少钱", "amount", {"12亿元"}, id="that-batch-in-all"),
        pytest.param("招商座谈会都有哪几位领导参加", "event_participants", {"陆听松", "宋晚晴"}, id="a-trailing-dou"),
        pytest.param("星岫跟青岚签约是几号", "agreement_date", {"2033-05-06"}, id="a-place-and-a-brand-as-parties"),
        pytest.param(
            "青岚跟星岫集团座谈都有谁在", "event_participants", {"陆听松", "顾远山"}, id="who-was-there-at-the-end"
        ),
        pytest.param("星岫集团聘了谁当董事长", "post_holder", {"顾远山"}, id="who-was-hired-as"),
        pytest.param("星岫集团由哪位担任董事长", "post_holder", {"顾远山"}, id="who-serves-as"),
        pytest.param("签约前顾远山跑去哪看了", "person_places", {"东湖区"}, id="where-someone-went-to-look"),
        pytest.param("XYZ公司落户哪里", "located_in_zone", {ZONE}, id="a-company-by-its-letters"),
        pytest.param("江西调查总队是哪个省的", "located_in", {"江西省"}, id="a-national-bodys-branch"),
    ],
)
def test_blind6_wordings_answer(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_two_persons_asked_at_once_get_each_ones_posts(kg):
    got = kg.ask("陆听松和顾远山分别是什么职务")
    assert got.template == "person_posts" and len(got.answers) == 2, (got.template, got.message)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市总工会主席是谁", id="zong-gong-hui-is-no-title"),
        pytest.param("星岫集团聘了谁当顾问", id="a-title-no-one-holds"),
        pytest.param("调研总队在哪个省", id="a-branch-without-its-province"),
        pytest.param("XY公司落户哪里", id="not-every-letter-run"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


def test_two_persons_asked_how_they_relate_stay_a_relation(kg):
    assert kg.ask("陆听松和顾远山是什么关系").template == "relation"
