"""Questions typed the way people ask them (issue 11, the thirty-third blind set); each row's id names the wording,
and near misses must not be answered so: chairman typed in Latin letters asks a body's 董事长 (as CEO asks its 总裁);
甲在哪儿当官 asks 甲's posts, not a place.
几份协议/多少份合同 count a body's agreements; 签的是一份什么协议 asks the agreement's kind; 哪个领域 an agreement's fields.
哪个地级市 asks where (总部在那: 在哪). A clause of context before the question opened by 看到/我在看/有篇/朋友转给我…,
ended by 。 or ： as by a comma, and asked after 我想确认 or with no asking word at all (its last clause alone).
下拨/拨付 say who handed out a fund (its organiser); slips of the pen 协意, 产叶, 开发去 … read as meant. The people and bodies are made up. Data (cues.yaml), and engine.py's context step (。/： end a clause; the last clause asked alone)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "林晚舟", "posts": [{"title": "总经理", "org": CO}]},
)

FACTS["events"] += [
    {
        "kind": "other",
        "summary": "青岚市政府提前下达乡村振兴专项资金800万元",
        "organizations": [GOV],
        "amount": "800万元",
    },
]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("星岫集团的chairman是谁", "post_holder", {"顾远山"}, id="chairman-latin"),
        pytest.param("星岫集团的CEO是谁", "post_holder", {"林晚舟"}, id="ceo-still-general-manager"),
        pytest.param("沈听竹在哪儿当官", "person_posts", {f"{GOV}副市长"}, id="zai-na-er-dang-guan"),
        pytest.param("陆听松在哪里当官", "person_posts", {f"{CPC}市委书记"}, id="zai-na-li-dang-guan"),
        pytest.param("顾远山在哪儿考察", "person_places", {"东湖区"}, id="zai-na-er-kao-cha-still-a-place"),
        pytest.param("星岫集团一共签了几份协议", "agreement_kind", {"1份"}, id="ji-fen-xie-yi-counts-agreements"),
        pytest.param("青岚市政府签过多少份合同", "agreement_kind", {"1份"}, id="duo-shao-fen-he-tong"),
        pytest.param("星岫集团签了哪些协议", "agreement_kind", {"战略合作协议"}, id="na-xie-xie-yi-still-listed"),
        pytest.param(
            "青岚市政府与星岫集团之间签的是一份什么协议", "agreement_kind", {"战略合作协议"}, id="yi-fen-shen-me-xie-yi"
        ),
        pytest.param(  # 哪个 asks one, the agreement has two fields: the template, no answer
            "青岚市政府跟星岫集团的协议主要在哪个领域合作", "agreement_fields", set(), id="na-ge-ling-yu-is-the-fields"
        ),
        pytest.param("青岚高新区在哪个地级市", "located_in", {"青岚市"}, id="na-ge-di-ji-shi"),
        pytest.param("青岚市政府总部在那", "located_in", {"青岚市"}, id="zai-na-typo-for-zai-na"),
        pytest.param(
            "看到一条消息：青岚市与星岫集团签约。那么青岚高新区在哪个城市",
            "located_in",
            {"青岚市"},
            id="context-kan-dao-stop-na-me",
        ),
        pytest.param(
            "我在看一篇报道，里面提到青岚市召开推进会，请问沈听竹现在担任什么职位",
            "person_posts",
            {f"{GOV}副市长"},
            id="context-wo-zai-kan-qing-wen",
        ),
        pytest.param(
            "有篇稿子写青岚市招商引资，我想确认：星岫集团的董事长是谁",
            "post_holder",
            {"顾远山"},
            id="context-wo-xiang-que-ren",
        ),
        pytest.param(
            "朋友转给我一篇文章，讲青岚市开会，青岚市委书记是谁", "post_holder", {"陆听松"}, id="context-no-asking-word"
        ),
        pytest.param(
            "据报道，青岚市与星岫集团签约，那么星岫集团的董事长是谁",
            "post_holder",
            {"顾远山"},
            id="context-ju-bao-dao-still",
        ),
        pytest.param("乡村振兴专项资金是哪个部门下拨的", "event_organizers", {GOV}, id="xia-bo-de-organiser"),
        pytest.param("乡村振兴专项资金是哪个单位拨付的", "event_organizers", {GOV}, id="bo-fu-organiser"),
        pytest.param("星岫集团一共签了几份协意", "agreement_kind", {"1份"}, id="slip-xie-yi"),
        pytest.param("青岚高新区的产叶方向是啥", "zone_industries", {"氢能", "新材料"}, id="slip-chan-ye"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
