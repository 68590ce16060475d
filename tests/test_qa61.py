"""What session 43's question helpers left, in made-up wordings (issue 11, session 44, job qa61): a body with two
agreements asked how many or which (甲签了几份协议, 甲签了哪些协议: all of them, not one to pick; cues.yaml `several`);
除了甲，乙市还有几位副市长 (the except step counting the others). The people, bodies and places are made up
(tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, SUPPLIER, meeting_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

PAGE = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "白砚秋", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "顾晚晴", "posts": [{"title": "副市长", "org": GOV}]},
)
# the city government signs twice (the group's strategic agreement on the meeting page, and an investment one)
PAGE["agreements"].append({"kind": "投资协议", "parties": [GOV, SUPPLIER], "date": "2033-06-01", "fields": ["物流"]})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政府签了几份协议", "agreement_kind", {"2份"}, id="how-many-agreements"),
        pytest.param("青岚市政府一共签过多少份合同", "agreement_kind", {"2份"}, id="how-many-contracts"),
        pytest.param("青岚市政府签了几次约", "agreement_kind", {"2份"}, id="how-many-signings-spoken"),
        pytest.param("青岚市政府签了哪些协议", "agreement_kind", {"战略合作协议", "投资协议"}, id="which-agreements"),
        pytest.param("青岚市政府都签了哪几份协议", "agreement_kind", {"战略合作协议", "投资协议"}, id="which-few"),
        # near misses: one agreement counted as before; something of one agreement asked still offers to pick
        pytest.param("星岫集团签了几份协议", "agreement_kind", {"1份"}, id="one-agreement-still"),
        pytest.param("云岭集团签了哪些协议", "agreement_kind", {"投资协议"}, id="one-agreement-which"),
        pytest.param("青岚市政府签的协议涉及哪些领域", "agreement_fields", set(), id="fields-of-which-one"),
        pytest.param("青岚市政府签了什么协议", "agreement_kind", set(), id="what-agreement-picks"),
    ],
)
def test_several_agreements_asked_all(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


def test_each_agreement_counted_once_even_of_one_kind():
    """Two agreements of the same kind are two (a count is of facts, not of their kinds); asked which, the kind once."""
    page = meeting_page()
    page["agreements"].append(
        {"kind": "战略合作协议", "parties": [GOV, SUPPLIER], "date": "2033-06-01", "fields": ["物流"]}
    )
    kg = imported_kg((page, "made-up.json"))
    got = kg.ask("青岚市政府签了几份协议")
    assert (got.template, _labels(got)) == ("agreement_kind", {"2份"}), got.message
    got = kg.ask("青岚市政府签了哪些协议")
    assert (got.template, _labels(got)) == ("agreement_kind", {"战略合作协议"}), got.message
    got = kg.ask("青岚市政府签的是什么协议")  # one kind for both: answered as before
    assert (got.template, _labels(got)) == ("agreement_kind", {"战略合作协议"}), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("除了沈听竹，青岚市还有几位副市长", {"2位"}, id="except-count-comma"),
        pytest.param("青岚市除了沈听竹还有几位副市长", {"2位"}, id="except-count-inside"),
        pytest.param("除了沈听竹之外，青岚市还有多少位副市长", {"2位"}, id="except-count-zhiwai"),
        pytest.param("除了沈听竹，青岚市还有哪些副市长", {"白砚秋", "顾晚晴"}, id="except-which-still"),
        # near misses: one who holds no such post is not taken out (no answer, as for 哪些); no 除了: all counted
        pytest.param("除了孟长河，青岚市还有几位副市长", set(), id="except-not-a-holder"),
        pytest.param("青岚市有几位副市长", {"3位"}, id="count-all-still"),
    ],
)
def test_except_counted(kg, question, expected):
    got = kg.ask(question)
    assert _labels(got) == expected, got.message


@pytest.mark.parametrize(
    "question,said",
    [
        pytest.param("陆听松当青岚市委书记是哪年的事", "图谱里有陆听松担任青岚市委书记", id="holder-no-taking"),
        pytest.param("沈听竹担任青岚市副市长是什么时候", "图谱里有沈听竹担任青岚市副市长", id="deputy-no-taking"),
        # near miss: a person not holding the post is still a wrong premise
        pytest.param("顾远山当青岚市委书记是哪年的事", "问题的前提不成立", id="not-the-holder-still"),
    ],
)
def test_taking_a_post_no_fact_tells(kg, question, said):
    """乙当甲市委书记是哪年的事 where 乙 holds the post and no fact tells the taking: no answer, the message saying
    what the graph holds (not that no event was found)."""
    got = kg.ask(question)
    assert not got.answers and said in (got.message or ""), got.message


def test_taking_a_post_told_as_a_fact_still_answers():
    page = meeting_page({"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]})
    page["events"].append(
        {
            "kind": "other",
            "date": "2031-03-01",
            "summary": "沈听竹当上青岚市副市长",
            "participants": ["沈听竹"],
            "organizations": [GOV],
        }
    )
    got = imported_kg((page, "made-up.json")).ask("沈听竹当青岚市副市长是哪年的事")
    assert _labels(got) == {"2031"}, got.message
