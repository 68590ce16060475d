"""Questions typed the way people ask them (issue 11, the thirty-fifth blind set); each row's id names the wording,
and near misses must not be answered so: a chatty tail asking whoever knows (…？有人知道吗) (as a greeting before the
question, 嗨，…, already did), and 有人知道吗 is no yes/no question (its 吗 is the tail's); 头号人物 is a body's
first post as 一号人物 is. The people and bodies are made up. cues.yaml fillers and roles."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, TWO_OFFICIALS_MEETING
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市委书记是谁？有人知道吗", "post_holder", {"陆听松"}, id="you-ren-zhi-dao-ma-tail"),
        pytest.param("青岚市副市长叫啥，有谁知道吗", "post_holder", {"沈听竹"}, id="you-shui-zhi-dao-ma-tail"),
        pytest.param("温映秋在哪个单位工作？有人知道吗", "person_org", {GOV}, id="person-org-tail"),
        pytest.param("青岚市委头号人物是哪位", "post_holder", {"陆听松"}, id="tou-hao-ren-wu-committee"),
        pytest.param("星岫集团的头号人物是谁", "post_holder", {"顾远山"}, id="tou-hao-ren-wu-company"),
        # near misses: a check with the tail is still a check; 一号人物 as before
        pytest.param("青岚市委书记是陆听松吗？有人知道吗", "post_check", {"陆听松"}, id="check-with-tail-still-check"),
        pytest.param("青岚市委一号人物是哪位", "post_holder", {"陆听松"}, id="yi-hao-ren-wu-still"),
        pytest.param("嗨，青岚市副市长是谁", "post_holder", {"沈听竹"}, id="hai-greeting-still"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星岫集团是个什么性质的单位", {"企业"}, id="shen-me-xing-zhi-company"),
        pytest.param("青岚市委属于哪类机构", {"党委"}, id="na-lei-ji-gou-committee"),
        pytest.param("青岚高新区是企业还是政府部门", {"开发区"}, id="qi-ye-huan-shi-zheng-fu-zone"),
        pytest.param("青岚市政府是什么类型的单位", {"政府机关"}, id="shen-me-lei-xing-government"),
        pytest.param("青岚市政协属于哪类机构", set(), id="type-other-no-answer"),
    ],
)
def test_org_type(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("org_type", expected), got.message


@pytest.mark.parametrize(
    "question,template",
    [
        pytest.param("星岫集团位于哪里", "located_in", id="where-still-located-in"),
        pytest.param("介绍一下星岫集团", "describe", id="describe-still"),
        pytest.param("青岚市委书记是谁", "post_holder", id="post-holder-still"),
    ],
)
def test_org_type_near_misses(kg, question, template):
    assert kg.ask(question).template == template
