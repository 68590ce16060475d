"""Questions typed the way people ask them (issue 11, the thirty-sixth blind set); each row's id names the wording,
and near misses must not be answered otherwise: a polite opening 跟您打听个事 (its 跟 names no partner), 大名是 asking
for a person, spoken words for where one works (在哪块儿上班, 在什么单位干活, 东家是谁, 供职于何处) and 哪块儿 for 哪儿.
A person by surname and title, then an aside naming the body (王局长，就是甲局的那位，叫啥: cues.yaml apposed, engine.py
_answer_apposed) is that body's holder so named. The people and bodies are made up. cues.yaml fillers, asks.person,
asks.org and asks.place."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, TWO_OFFICIALS_MEETING
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("跟您打听个事，青岚市委书记是谁", "post_holder", {"陆听松"}, id="da-ting-ge-shi-opening"),
        pytest.param("打听个事儿，星岫集团董事长是哪位", "post_holder", {"顾远山"}, id="da-ting-ge-shi-er-opening"),
        pytest.param("跟你打听个事儿，青岚市副市长是谁", "post_holder", {"沈听竹"}, id="da-ting-ge-shi-er-vice-mayor"),
        pytest.param("青岚市委书记大名是", "post_holder", {"陆听松"}, id="da-ming-shi"),
        pytest.param("青岚市政府秘书长大名是啥", "post_holder", {"温映秋"}, id="da-ming-shi-sha"),
        pytest.param("温映秋在哪块儿上班", "person_org", {GOV}, id="na-kuai-er-shang-ban"),
        pytest.param("温映秋在什么单位干活", "person_org", {GOV}, id="shen-me-dan-wei-gan-huo"),
        pytest.param("顾远山东家是谁", "person_org", {CO}, id="dong-jia-shi-shui"),
        pytest.param("温映秋供职于何处", "person_org", {GOV}, id="gong-zhi-yu-he-chu"),
        pytest.param("青岚高新区是哪块儿的", "located_in", {"青岚市"}, id="shi-na-kuai-er-de"),
        # near misses: 跟 naming a partner, where one works and where a body is, as before
        pytest.param("跟星岫集团签约的是哪家单位", "agreement_partners", {GOV}, id="gen-partner-still"),
        pytest.param("温映秋在哪上班", "person_org", {GOV}, id="na-shang-ban-still"),
        pytest.param("青岚高新区在哪里", "located_in", {"青岚市"}, id="zai-na-li-still"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆书记，就是青岚市委的那位，叫啥", "post_holder", {"陆听松"}, id="jiu-shi-de-na-wei"),
        pytest.param("顾董事长，也就是星岫集团的那位，全名是什么", "post_holder", {"顾远山"}, id="ye-jiu-shi"),
        pytest.param("温秘书长，即青岚市政府的那名，叫什么", "post_holder", {"温映秋"}, id="ji-de-na-ming"),
        # near misses: no holder so named answers nothing (before: refused as no template); the body said before the
        # title, and a full title with the place in the aside, answered as before
        pytest.param("王书记，就是青岚市委的那位，叫啥", "post_holder", set(), id="no-holder-so-named"),
        pytest.param("青岚市委的陆书记叫啥", "post_holder", {"陆听松"}, id="body-before-still"),
        pytest.param("沈副市长，就是青岚市的那个，叫什么名字", "post_holder", {"沈听竹"}, id="jiu-shi-na-ge-place"),
    ],
)
def test_apposed(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
