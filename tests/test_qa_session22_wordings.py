"""Questions asked the way people ask them (issue 11, session 22): a count word inside the question word (哪两个省), an
appointment asked with 聘谁做了, who released a notice (发布的; 颁发的 is no release) who held a meeting (谁开的), 它的
after a comma pointing back to the phrase before it,
and near misses that must get no answer. The people and bodies are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[
        {"name": "易行舟", "posts": []},
        {"name": "骆听澜", "posts": [{"title": "副总经理", "org": "青岚基金管理有限公司"}]},
        {"name": "程晚舟", "posts": [{"title": "副总", "org": "海川证券有限公司"}]},
    ],
    organizations=[
        {"name": "青岚基金管理有限公司", "type": "company", "aliases": ["青岚基金"]},
        {"name": "海川证券有限公司", "type": "company", "aliases": ["海川证券"]},
        {"name": "青岚市商务局", "type": "government", "aliases": []},
        {"name": "青岚市公安局", "type": "government", "aliases": []},
        {"name": "青岚市发展改革委", "type": "government", "aliases": []},
    ],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}],
    events=[
        {
            "kind": "inspection",
            "date": "2033-06-01",
            "summary": "易行舟在咸宁考察储能产业",
            "participants": ["易行舟"],
            "location": "咸宁",
        },
        {
            "kind": "inspection",
            "date": "2033-06-02",
            "summary": "易行舟在湖南长沙调研智能制造",
            "participants": ["易行舟"],
            "location": "湖南长沙",
        },
        {
            "kind": "other",
            "summary": "青岚市商务局、青岚市公安局发布《关于规范夜间经营秩序的公告》",
            "organizations": ["青岚市商务局", "青岚市公安局"],
        },
        {
            "kind": "other",
            "summary": "星岫集团获得青岚市商务局颁发的经营许可证",
            "organizations": [CO],
        },
        {
            "kind": "meeting",
            "summary": "青岚市发展改革委召开物流规划专题调研会",
            "organizations": ["青岚市发展改革委"],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("易行舟去了哪两个省", "person_places", {"湖北省", "湖南省"}, id="na-liang-ge-sheng"),
        pytest.param("易行舟调研了哪些省份", "person_places", {"湖北省", "湖南省"}, id="na-xie-sheng-fen"),
        pytest.param("易行舟这次是在哪些省考察的", "person_places", {"湖北省", "湖南省"}, id="zai-na-xie-sheng"),
        pytest.param("易行舟去了哪些城市", "person_places", {"咸宁", "湖南长沙"}, id="cities-stay-cities"),
        pytest.param("青岚基金聘谁做了副总", "post_holder", {"骆听澜"}, id="pin-shui-zuo-le-fu-zong"),
        pytest.param("青岚基金聘请谁担任副总", "post_holder", {"骆听澜"}, id="pin-qing-shui-dan-ren-fu-zong"),
        pytest.param(
            "夜间经营秩序的公告是哪两个部门发布的",
            "event_organizers",
            {"青岚市商务局", "青岚市公安局"},
            id="na-liang-ge-bu-men-fa-bu-de",
        ),
        pytest.param(
            "夜间经营秩序的公告是谁发布的", "event_organizers", {"青岚市商务局", "青岚市公安局"}, id="shi-shui-fa-bu-de"
        ),
        pytest.param("物流规划专题调研会是谁开的", "event_convener", {"青岚市发展改革委"}, id="shi-shui-kai-de"),
        pytest.param("谁开了物流规划专题调研会", "event_convener", {"青岚市发展改革委"}, id="shui-kai-le"),
        pytest.param("与青岚市政府签约的那家公司，它的董事长是谁", "post_holder", {"顾远山"}, id="ta-de-after-a-comma"),
        pytest.param(
            "跟青岚市政府签约的企业, 它的董事长叫什么", "post_holder", {"顾远山"}, id="ta-de-half-width-comma"
        ),
    ],
)
def test_answers(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("星岫集团聘谁做了副总", id="a-body-without-that-post"),
        pytest.param("物流规划专题调研会是谁发布的", id="a-meeting-is-not-released"),
        pytest.param("经营许可证是哪个部门颁发的", id="ban-fa-de-is-no-release"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
