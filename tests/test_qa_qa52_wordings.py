"""Questions of kinds no template answered before session 39 (issue 11, job qa52: what blind32 and qa51 left); each
row's id names the wording, and near misses must not be answered so. A yes/no question naming both sides of a
signing (甲和乙签约了吗, 甲跟乙签过协议没有, 甲与乙有没有合作): yes (乙) only when one agreement has both as parties,
no (nothing) otherwise, refused when a side is not found: never 甲's partners as a yes with 乙 left aside. The people
and bodies are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, TWO_OFFICIALS_MEETING
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星岫集团和青岚市政府签约了吗", {GOV}, id="he-qian-yue-le-ma"),
        pytest.param("星岫集团跟青岚市政府签过协议没有", {GOV}, id="gen-qian-guo-xie-yi-mei-you"),
        pytest.param("青岚市人民政府与星岫集团有没有合作", {CO}, id="yu-you-mei-you-he-zuo"),
        pytest.param("青岚市政府是不是和星岫集团签了战略合作协议", {CO}, id="shi-bu-shi-he-qian-le"),
        pytest.param("星岫集团同青岚市人民政府签署过协议吗", {GOV}, id="tong-qian-shu-guo-ma"),
        # no agreement has both sides: a no, never the partner of one side
        pytest.param("星岫集团和云岭集团签约了吗", set(), id="no-two-companies"),
        pytest.param("青岚市人民政府与云岭集团有没有合作", set(), id="no-you-mei-you-he-zuo"),
        pytest.param("云岭集团跟青岚市政府签过协议没有", set(), id="no-gen-qian-guo-mei-you"),
    ],
)
def test_both_sides_of_a_signing_checked(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("agreement_check", expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # a side the graph does not name: refused, never a yes from the side it names
        pytest.param("星岫集团和红枫食品公司签约了吗", id="side-not-found"),
        pytest.param("青岚市政府跟碧水银行有没有合作", id="side-not-found-you-mei-you"),
        # one side only: no template checks it
        pytest.param("星岫集团签约了吗", id="one-side-only"),
    ],
)
def test_a_side_not_found_is_refused(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # near misses: a which-word asks the partners, a kind or a date asked of the signing
        pytest.param("星岫集团跟谁签过协议", "agreement_partners", {GOV}, id="gen-shui-still-partners"),
        pytest.param("青岚市政府和哪家企业签约了", "agreement_partners", {CO}, id="na-jia-still-partners"),
        pytest.param("星岫集团和青岚市政府签的什么协议", "agreement_kind", {"战略合作协议"}, id="shen-me-xie-yi-kind"),
    ],
)
def test_signing_near_misses(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
