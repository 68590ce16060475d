"""Questions of a new kind the thirty-fourth blind set asked (issue 11, session 38, job qa51); each row's id names the
wording, and near misses must not be answered so. A person's body, then a question asking another type than a body
(甲所在的单位在哪个地方, 甲工作的那个单位是哪里的): the place of 甲's body, one hop through it (cues.yaml
relative.links and heads), not the body itself; 甲所在的单位是哪家 still asks the body. A yes/no question ending
on 没有 (甲跟乙签过协议没有, 甲当过副市长没有) asks as one ending on 吗 does (cues.yaml cues.unsure): never 甲's partners
as a yes with 乙 left aside. The people and bodies are made up (tests/qa_fact_pages.py)."""

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
        pytest.param("温映秋所在的单位在哪个地方", "located_in", {"青岚市"}, id="suo-zai-dan-wei-na-ge-di-fang"),
        pytest.param("温映秋工作的那个单位是哪里的", "located_in", {"青岚市"}, id="gong-zuo-na-ge-dan-wei-na-li-de"),
        pytest.param("沈听竹任职的单位是哪里的呢", "located_in", {"青岚市"}, id="ren-zhi-dan-wei-na-li-de-ne"),
        pytest.param(
            "与星岫集团签约的政府在哪个地方", "located_in", {"青岚市"}, id="yu-qian-yue-zheng-fu-na-ge-di-fang"
        ),
        # near misses: the body itself asked
        pytest.param("温映秋所在的单位是哪家", "person_org", {GOV}, id="suo-zai-dan-wei-na-jia-still-body"),
        pytest.param("温映秋所在的单位是哪个", "person_org", {GOV}, id="suo-zai-dan-wei-na-ge-still-body"),
        pytest.param("温映秋在哪个单位", "person_org", {GOV}, id="zai-na-ge-dan-wei-still-body"),
        pytest.param("青岚市政府在哪里", "located_in", {"青岚市"}, id="body-place-plain"),
        pytest.param("温映秋所在的单位叫什么", "person_org", {GOV}, id="suo-zai-dan-wei-jiao-shen-me-still-body"),
    ],
)
def test_place_of_a_persons_body(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_body_without_a_place_answers_nothing(kg):
    """陆听松's only body (the party committee) has no place: nothing, never the body named as its own place."""
    got = kg.ask("陆听松工作的那个单位是哪里的")
    assert not got.answers, (got.template, got.answers)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("沈听竹当过副市长没有", "post_check", {"沈听竹"}, id="dang-guo-mei-you-checked"),
        # near misses: a which-word asked, no yes/no
        pytest.param("星岫集团跟谁签过协议", "agreement_partners", {GOV}, id="gen-shui-qian-guo-still-partners"),
        pytest.param("沈听竹是不是副市长", "post_check", {"沈听竹"}, id="shi-bu-shi-still-checked"),
    ],
)
def test_mei_you_asks_yes_or_no(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("星岫集团跟云岭集团签过协议没有", id="two-sides-never-one-sides-partners"),
        pytest.param("云岭集团和星岫集团签过合同没有", id="two-sides-he-he-tong"),
        pytest.param("青岚市政府跟云岭集团签过协议没有", id="two-sides-government-first"),
        pytest.param("沈听竹当过市委书记没有", id="post-not-held"),
    ],
)
def test_mei_you_no_wrong_yes(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
