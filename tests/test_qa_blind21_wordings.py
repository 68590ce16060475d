"""Questions typed the way people ask them (issue 11, the twenty-third blind set); each row's id names the wording,
and near misses must not be answered: a pointer before a how-many word (那几个副市长) asks for the holders, not a
count, while a plain how-many word still counts; a person's 所在的单位 is the body of their post, but only for a
person the graph has; a 工业园 asked for without 区 is the zone a company is in. The people, bodies and zones are
made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, city_page
from qa_helpers import imported_kg

BUREAU, FIRM, PARK = "青岚市外汇管理分局", "青岚晨光新材料有限公司", "青岚南山工业园区"
FACTS = city_page(
    persons=[
        {"name": "严子陵", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "苏望舒", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "白露", "posts": [{"title": "副局长", "org": BUREAU}]},
        {"name": "林清和", "posts": [{"title": "总经理", "org": FIRM}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": [], "located_in": "青岚市"},
        {"name": FIRM, "type": "company", "aliases": ["晨光新材料"], "located_in": PARK},
        {"name": PARK, "type": "development_zone", "aliases": [], "located_in": "青岚市"},
    ],
    development_zones=[{"name": PARK, "city": "青岚市", "industries": ["新材料"]}],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚那几个副市长分别叫啥", "post_holder", {"严子陵", "苏望舒"}, id="na-ji-ge-a-pointer"),
        pytest.param("青岚市那几位副市长叫什么", "post_holder", {"严子陵", "苏望舒"}, id="na-ji-wei-a-pointer"),
        pytest.param("青岚市一共几个副市长", "post_holder", {"2个"}, id="ji-ge-still-counts"),
        pytest.param("白露所在的单位叫什么", "person_org", {BUREAU}, id="suo-zai-de-dan-wei"),
        pytest.param("林清和所在的企业叫什么", "person_org", {FIRM}, id="suo-zai-de-qi-ye"),
        pytest.param("白露在哪个中央机构任职呢", "person_org", {BUREAU}, id="na-ge-zhong-yang-ji-gou"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("云梦县那几个副市长分别叫啥", id="na-ji-ge-a-place-the-graph-lacks"),
        pytest.param("宋晚晴所在的单位叫什么", id="suo-zai-de-dan-wei-a-person-the-graph-lacks"),
        pytest.param("青岚那几个副县长分别叫啥", id="na-ji-ge-a-title-nobody-holds"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
