"""Plain rewordings of ordinary questions (issue 11, the para20 set); each row's id names the wording, and near
misses must not be answered. The people and bodies are made up (the places are real or invented)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

FACTS = city_page(
    persons=[
        {"name": "柳青禾", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "韩若水", "posts": [{"title": "总经理", "org": "海川通讯有限公司"}]},
    ],
    organizations=[
        {"name": "海川通讯有限公司", "type": "company", "aliases": ["海川公司"], "located_in": "青岚市"},
    ],
    events=[
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "星岫集团新材料项目奠基仪式举行",
            "organizations": [CO],
            "location": "青岚市",
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("海川公司位于什么城市", "located_in", {"青岚市"}, id="shen-me-cheng-shi"),
        pytest.param("海川通讯有限公司在什么城市?", "located_in", {"青岚市"}, id="zai-shen-me-cheng-shi"),
        pytest.param("奠基仪式在什么城市举行", "event_place", {"青岚市"}, id="shen-me-cheng-shi-an-event"),
        pytest.param("董事长是哪位，星岫集团的", "post_holder", {"顾远山"}, id="afterthought-whose"),
        pytest.param("市委书记是谁，青岚市委的呢", "post_holder", {"陆听松"}, id="afterthought-whose-ne"),
        pytest.param("柳青禾是哪个市政府的", "person_org", {GOV}, id="na-ge-shi-zheng-fu"),
        pytest.param("柳青禾在哪个市政府任职", "person_org", {GOV}, id="zai-na-ge-shi-zheng-fu-ren-zhi"),
        pytest.param(
            "介绍星岫集团和青岚市签约的是哪篇报道",
            "source_article",
            {"青岚市与星岫集团签署战略合作协议"},
            id="jie-shao-he-de-shi-na-pian",
        ),
        pytest.param("海川公司聘了谁当公司总经理", "post_holder", {"韩若水"}, id="pin-le-shei-dang-gong-si"),
        pytest.param("青岚市的党委书记是谁", "post_holder", {"陆听松"}, id="de-dang-wei-shu-ji"),
        pytest.param("青岚的党委书记是哪位", "post_holder", {"陆听松"}, id="short-place-de-dang-wei-shu-ji"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("海川公司进入了什么市场", id="shen-me-shi-chang-no-place"),
        pytest.param("海川公司位于什么省", id="shen-me-sheng-no-province-known"),
        pytest.param("董事长是谁，青岚市委的", id="afterthought-body-without-the-title"),
        pytest.param("顾远山是哪个市政府的", id="na-ge-shi-zheng-fu-not-in-one"),
        pytest.param("星岫集团有多少员工和哪篇报道介绍了它", id="two-questions-still-two"),
        pytest.param("海川公司谁去当公司总经理", id="shei-qu-dang-no-post-asked"),
        pytest.param("星岫集团的党委书记是谁", id="dang-wei-no-party-body"),
        pytest.param("青岚市的党组书记是谁", id="dang-zu-no-party-group"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
