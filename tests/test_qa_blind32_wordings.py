"""Questions typed the way people ask them (issue 11, the thirty-fourth blind set); each row's id names the wording,
and near misses must not be answered so: a name, then a comma and a pronoun pointing back to it (甲这个人，他是哪个
单位的) is 甲's question, not a lone pronoun (它的行长是谁 still asks whose). 甲除了当乙，他还干啥 asks 甲's posts
other than 乙 (a verb of holding before the post, a pronoun before 还); 另外 changes nothing (甲另外还担任什么职务).
A claim the asker doubts, then 不对/要不是的话 and the question: the question asked, never the claim (青岚市委书记是甲吧？要不是的话是谁:
青岚市委书记是谁). The people and bodies are made up. engine.py's pronoun, besides and corrected steps, cues.yaml fillers
and context.corrects."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, GOV, TWO_OFFICIALS_MEETING
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("温映秋这个人，他是哪个单位的", "person_org", {GOV}, id="zhe-ge-ren-ta-points-back"),
        pytest.param("关于温映秋，她是哪个单位的", "person_org", {GOV}, id="guan-yu-ta-points-back"),
        pytest.param("沈听竹除了当副市长，他还干啥", "person_posts", {f"{CPC}市委常委"}, id="chu-le-dang-ta-hai"),
        pytest.param(
            "沈听竹除了担任市委常委，她还有什么职务", "person_posts", {f"{GOV}副市长"}, id="chu-le-dan-ren-ta-hai"
        ),
        pytest.param("沈听竹除了副市长还是什么", "person_posts", {f"{CPC}市委常委"}, id="chu-le-still"),
        pytest.param(
            "青岚市副市长沈听竹，她另外还有什么职务",
            "person_posts",
            {f"{GOV}副市长", f"{CPC}市委常委"},
            id="ling-wai-hai-you",
        ),
        pytest.param(
            "沈听竹另外还担任什么职务", "person_posts", {f"{GOV}副市长", f"{CPC}市委常委"}, id="ling-wai-hai-dan-ren"
        ),
        pytest.param(
            "青岚市市长温映秋？不对，青岚市的副市长到底是谁啊", "post_holder", {"沈听竹"}, id="bu-dui-then-asked"
        ),
        pytest.param(
            "青岚市委书记是沈听竹吧？要不是的话是谁", "post_holder", {"陆听松"}, id="yao-bu-shi-de-hua-shi-shui"
        ),
        pytest.param("青岚市副市长是谁", "post_holder", {"沈听竹"}, id="plain-still"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("它的秘书长是谁", id="lone-ta-still-refused"),
        pytest.param("请问她在哪个单位工作", id="lone-ta-after-filler-still-refused"),
    ],
)
def test_lone_pronoun_still_asks_whose(kg, question):
    got = kg.ask(question)
    assert not got.answers and "前面没有说指的是谁" in (got.message or ""), (got.template, got.message)
