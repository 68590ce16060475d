"""Rows of made-up sentences for the events missed or invented in real42's cluener_fair set (even half) and probe
batch b55 (job ext48, session 38; bench/README.md "Events and agreements on real sentences", b55's "Left:")."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _events(text: str, name: str = "xwlb_2025-05-03-001.txt") -> list[dict]:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()["events"]


A_VISIT_ONE_MAY_MAKE = [
    pytest.param("该塔仿照某地古塔缩小一半建成，游人可登塔参观。", id="may-climb-to-see"),
    pytest.param("展馆周末免费开放，市民可以参观。", id="may-see"),
    pytest.param("甲园林景色宜人，欢迎参观。", id="welcome-to-see"),
]


@pytest.mark.parametrize("text", A_VISIT_ONE_MAY_MAKE)
def test_ext48_a_visit_one_may_make_is_no_event(text):
    """A modal of leave (可, 可以, 欢迎) right before a verb of a visit or tour (可登塔参观, 可以参观, 欢迎参观) tells
    what one may do there, no inspection that happened (cluener_fair: a tower one may climb, read as an inspection)."""
    assert [e["kind"] for e in _events(text)] == []


A_VISIT_THAT_HAPPENED = [
    pytest.param("甲市市长李明昨天来到某厂参观，可谓收获颇丰。", "inspection", id="visit-then-a-later-ke"),
    pytest.param("某省代表团一行今天到甲市考察，受到热烈欢迎。", "visit", id="visit-then-welcome-after"),
]


@pytest.mark.parametrize("text,kind", A_VISIT_THAT_HAPPENED)
def test_ext48_a_visit_told_keeps_its_event(text, kind):
    """可 or 欢迎 elsewhere in the sentence, not right before the visit's verb, leaves the visit told."""
    assert kind in [e["kind"] for e in _events(text)]
