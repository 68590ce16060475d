"""Questions typed the way people ask them (issue 11, the twenty-seventh blind set); each row's id names the wording,
and near misses must not be answered: 这个位置上的人是谁 after a post asks its holder, as 这个位置上是谁 does; 身居什么位置
asks a person's posts, as 身居何位 does; 协议是什么类型 (什么类型的协议, 哪种协议) asks an agreement's kind; a
cooperation 落在哪些领域 asks its fields, not a zone (落在哪); a body's noun then 叫什么 (…的医院叫什么, …的公司叫啥) asks
for that body, not a person; a leader word after a fact's description and 的, asked at the end (见证签约的市领导是哪几位),
is a who-word as 哪些市领导见证了… is, not the holders of a title 市领导.
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

HOSPITAL, BANK = "青岚广和医院", "澄江银行青岚分行"
FACTS = city_page(
    persons=[
        {"name": "沈听竹", "posts": [{"title": "秘书长", "org": GOV}]},
        {"name": "韩知远", "posts": [{"title": "院长", "org": HOSPITAL}]},
        {"name": "林望川", "posts": [{"title": "行长", "org": BANK}, {"title": "党委书记", "org": BANK}]},
        {"name": "程望岳", "posts": [{"title": "市领导", "org": None}]},
    ],
    organizations=[
        {"name": HOSPITAL, "type": "other", "aliases": [], "located_in": "青岚市"},
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "青岚市"},
    ],
    agreements=[
        {
            "kind": "战略合作协议",
            "parties": [GOV, CO],
            "date": "2033-05-06",
            "fields": ["氢能", "文旅"],
            "witnesses": ["陆听松", "沈听竹"],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "青岚市政府秘书长这个位置上的人是谁", "post_holder", {"沈听竹"}, id="wei-zhi-shang-de-ren-shi-shui"
        ),
        pytest.param(
            "林望川在澄江银行青岚分行里身居什么位置",
            "person_posts_in",
            {f"{BANK}行长", f"{BANK}党委书记"},
            id="shen-ju-shen-me-wei-zhi",
        ),
        pytest.param(
            "青岚市政府跟星岫集团签的协议是什么类型",
            "agreement_kind",
            {"战略合作协议"},
            id="xie-yi-shi-shen-me-lei-xing",
        ),
        pytest.param(
            "青岚跟星岫集团的合作落在哪些领域", "agreement_fields", {"氢能", "文旅"}, id="he-zuo-luo-zai-na-xie-ling-yu"
        ),
        pytest.param("韩知远任院长的医院叫什么", "person_org", {HOSPITAL}, id="de-yi-yuan-jiao-shen-me"),
        pytest.param(
            "见证青岚市政府与星岫集团签约的市领导是哪几位",
            "agreement_witnesses",
            {"陆听松", "沈听竹"},
            id="jian-zheng-de-shi-ling-dao-shi-na-ji-wei",
        ),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市政府董事长这个位置上的人是谁", id="wei-zhi-shang-a-post-no-one-holds"),
        pytest.param("宋无名在澄江银行青岚分行里身居什么位置", id="shen-ju-a-person-the-graph-lacks"),
        pytest.param("青岚市政府跟云岭集团签的协议是什么类型", id="lei-xing-parties-that-signed-nothing"),
        pytest.param("云岭集团的合作落在哪些领域", id="luo-zai-ling-yu-a-body-that-signed-nothing"),
        pytest.param("宋无名任院长的医院叫什么", id="yi-yuan-jiao-shen-me-a-person-the-graph-lacks"),
        pytest.param("见证青岚市政府与云岭集团签约的市领导是哪几位", id="shi-ling-dao-an-agreement-the-graph-lacks"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
