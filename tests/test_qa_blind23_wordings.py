"""Questions typed the way people ask them (issue 11, the twenty-fifth blind set); each row's id names the wording,
and near misses must not be answered: a verb of serving right after a body, the title then ending the phrase asked
about (甲校当校长的是谁, 甲市当副市长的是哪位), is 甲's post, as it is with 在 before the body; a post asked by its seat
(甲集团董事长这个位置上是谁) is asked for its holder; a company limited by shares is written without 有限 (甲乙化学股份公司);
哪个部 asks for a body (签约对象是哪个部); a noun ending the question after 的 that repeats the end of the name asked
about (甲煤矿是哪个省的煤矿) is that name's kind word, nothing left unexplained.
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, GOV, city_page
from qa_helpers import imported_kg

SCHOOL, FUND = "青岚市远帆中学", "青岚鸿图基金管理有限公司"
CHEM, MINISTRY, BANK = "青岚远帆化学股份有限公司", "海岚事务部", "青岚农商银行"
MINE = "青岚云岩煤矿"
FACTS = city_page(
    persons=[
        {"name": "沈知秋", "posts": [{"title": "市委副书记", "org": CPC}, {"title": "市长", "org": GOV}]},
        {"name": "钟远山", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "程雪松", "posts": [{"title": "校长", "org": SCHOOL}]},
        {"name": "韩小舟", "posts": [{"title": "总经理", "org": FUND}]},
        {"name": "苏望舒", "posts": [{"title": "董事长", "org": CHEM}]},
    ],
    organizations=[
        {"name": SCHOOL, "type": "other", "aliases": ["远帆中学"], "located_in": "青岚市"},
        {"name": FUND, "type": "company", "aliases": ["鸿图基金"], "located_in": "青岚市"},
        {"name": CHEM, "type": "company", "aliases": [], "located_in": "青岚市"},
        {"name": MINISTRY, "type": "government", "aliases": []},
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "青岚市"},
        {"name": MINE, "type": "company", "aliases": ["云岩煤矿"], "located_in": "青岚市"},
    ],
    agreements=[{"kind": "金融服务合作协议", "parties": [MINISTRY, BANK], "date": "2033-06-01"}],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("远帆中学当校长的是谁", "post_holder", {"程雪松"}, id="dang-xiao-zhang-de-shi-shui"),
        pytest.param("鸿图基金当总经理的是谁", "post_holder", {"韩小舟"}, id="dang-zong-jing-li-de-shi-shui"),
        pytest.param("青岚当市长的是谁", "post_holder", {"沈知秋"}, id="dang-shi-zhang-a-place"),
        pytest.param("青岚市当副市长的是哪位", "post_holder", {"钟远山"}, id="dang-fu-shi-zhang-shi-na-wei"),
        pytest.param("青岚市政府里当市长的是谁", "post_holder", {"沈知秋"}, id="li-dang-shi-zhang-still"),
        pytest.param("鸿图基金总经理这个位置上是谁", "post_holder", {"韩小舟"}, id="wei-zhi-shang-shi-shui"),
        pytest.param("青岚市长这个位子上坐的是谁", "post_holder", {"沈知秋"}, id="wei-zi-shang-zuo-de-shi-shui"),
        pytest.param("远帆化学股份公司的董事长是哪位", "post_holder", {"苏望舒"}, id="gu-fen-gong-si"),
        pytest.param("青岚远帆化学股份公司董事长是谁", "post_holder", {"苏望舒"}, id="gu-fen-gong-si-with-place"),
        pytest.param("青岚农商银行的签约对象是哪个部", "agreement_partners", {MINISTRY}, id="na-ge-bu"),
        pytest.param("云岩煤矿是哪个城市的煤矿", "located_in", {"青岚市"}, id="shi-na-ge-cheng-shi-de-mei-kuang"),
        pytest.param("青岚云岩煤矿是哪个市的煤矿?", "located_in", {"青岚市"}, id="shi-na-ge-shi-de-mei-kuang"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("远帆中学当市长的是谁", id="dang-a-title-the-body-lacks"),
        pytest.param("西岭中学当校长的是谁", id="dang-a-body-the-graph-lacks"),
        pytest.param("鸿图基金当董事长的是谁", id="dang-a-post-no-one-holds"),
        pytest.param("西岭集团董事长这个位置上是谁", id="wei-zhi-shang-a-body-the-graph-lacks"),
        pytest.param("远帆化学股份公司的总经理是哪位", id="gu-fen-gong-si-a-post-no-one-holds"),
        pytest.param("云岭集团的签约对象是哪个部", id="na-ge-bu-a-body-that-signed-nothing"),
        pytest.param("云岩煤矿是哪个城市的电厂", id="de-mei-kuang-another-kind-word"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
