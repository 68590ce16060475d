"""Rows of made-up sentences for an event's subject carried into the next clause (probe68's Left, issue #10):
甲会见了乙，随后考察了… — the clause with no subject of its own goes on with the subject of the one before."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

LINE = "新华社北京１月２２日电 （记者甲乙）"


def _events(text: str) -> list[tuple[str, list[str]]]:
    facts = extract_page("标题\n\n" + LINE + text, source_name="pd1998_19980123-02-007.txt")
    return [(e.kind, e.participants) for e in facts.events]


CARRIED = [
    pytest.param(
        "国务院副总理李振邦今天上午在北京会见了某国外长卡西莫夫，随后考察了北京经济技术开发区。",
        [("talks", ["李振邦", "卡西莫夫"]), ("inspection", ["李振邦"])],
        id="talks-then-inspection-same-subject",
    ),
    pytest.param(
        "省长赵明远今天在省城会见了某国大使罗德里格斯，随后参观了省博物馆。",
        [("talks", ["赵明远", "罗德里格斯"]), ("inspection", ["赵明远"])],
        id="talks-then-visit-same-subject",
    ),
    # near-misses: a new subject in the next clause takes over; a reporter's clause carries no one
    pytest.param(
        "国务院副总理李振邦今天上午在北京会见了某国外长卡西莫夫，卡西莫夫随后考察了北京经济技术开发区。",
        [("talks", ["李振邦", "卡西莫夫"]), ("inspection", ["卡西莫夫"])],
        id="new-subject-takes-over",
    ),
    pytest.param(
        "国务院副总理李振邦今天上午在北京会见了某国外长卡西莫夫，记者随后考察了北京经济技术开发区。",
        [("talks", ["李振邦", "卡西莫夫"]), ("inspection", [])],
        id="reporter-subject-carries-no-one",
    ),
]


@pytest.mark.parametrize("text,want", CARRIED)
def test_ext72_a_clause_with_no_subject_goes_on_with_the_one_before(text, want):
    """会见了乙，随后考察了…: the inspection's subject is the talks' subject (not their guest); a clause naming its own
    subject keeps it (events: an inspection or visit with only a subjectless_openers word before its trigger takes the
    subject of the group just told)."""
    assert _events(text) == want
