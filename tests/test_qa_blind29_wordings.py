"""Questions typed the way people ask them (issue 11, the thirty-first blind set); each row's id names the wording,
and near misses must not be answered so: formal 为何 (what) right after the noun asked (现任职务为何, 主导产业为何),
not 为何 alone, which asks why (甲为何主持推进会); 出自谁手 asks an article's authors; 何种协议 and 协议是哪一类 ask an
agreement's kind; 哪位企业家 asks a person; an amount asked with its currency after the unit (多少亿元人民币,
多少万美元) is an amount, not 人 (people) with 民币 left over. The people and bodies are made up. Data only
(cues.yaml). 共计/总计 are fillers, as 一共 is: the words after them say what is asked (共计几个 counts, 共计多少钱
asks an amount)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, SUPPLIER, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page()
FACTS["agreements"] += [
    {
        "kind": "采购协议",
        "parties": [CO, SUPPLIER],
        "date": "2033-05-09",
        "fields": ["储能电池"],
        "amount": "80亿元人民币",
    },
    {"kind": "技术服务合同", "parties": [GOV, SUPPLIER], "date": "2033-05-10", "amount": "600万美元"},
]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("请问陆听松的现任职务为何", "person_posts", {f"{CPC}市委书记"}, id="zhi-wu-wei-he"),
        pytest.param("青岚高新区的主导产业为何", "zone_industries", {"氢能", "新材料"}, id="chan-ye-wei-he"),
        pytest.param("招商引资推进会那篇报道出自谁手", "article_authors", {"苏映雪", "顾南枝"}, id="chu-zi-shui-shou"),
        pytest.param("青岚市政府与星岫集团签署的是何种协议", "agreement_kind", {"战略合作协议"}, id="he-zhong-xie-yi"),
        pytest.param(
            "青岚市政府与星岫集团签的协议是哪一类", "agreement_kind", {"战略合作协议"}, id="xie-yi-shi-na-yi-lei"
        ),
        pytest.param("哪位企业家是星岫集团的董事长", "post_holder", {"顾远山"}, id="na-wei-qi-ye-jia"),
        pytest.param(
            "储能电池采购协议总额为多少亿元人民币", "agreement_amount", {"80亿元人民币"}, id="yi-yuan-ren-min-bi"
        ),
        pytest.param("技术服务合同总额为多少万美元", "agreement_amount", {"600万美元"}, id="wan-mei-yuan"),
        pytest.param(
            "采购协议签了多少亿元人民币", "agreement_amount", {"80亿元人民币"}, id="currency-after-a-verb-still"
        ),
        pytest.param("青岚高新区的主导产业共计几个", "zone_industries", {"2个"}, id="gong-ji-ji-ge-counts"),
        pytest.param("采购协议总计签了多少钱", "agreement_amount", {"80亿元人民币"}, id="zong-ji-still-an-amount"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("陆听松为何主持推进会", id="wei-he-alone-asks-why"),
        pytest.param("陆听松为何出任市委书记", id="wei-he-before-a-post-verb"),
    ],
)
def test_why_is_not_what(kg, question):
    got = kg.ask(question)
    assert got.template not in ("person_posts", "event_host"), (got.template, got.answers)
