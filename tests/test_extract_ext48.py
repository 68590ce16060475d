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


HELD_AT_A_PLACE = [
    pytest.param("该案在某市中级人民法院开庭，原告请求赔偿损失。", "other", "某市", id="trial-opened-at-a-court"),
    pytest.param(
        "甲杯围棋精英赛开幕式今日在某市体育馆举行，多名棋手到场。",
        "other",
        "某市体育馆",
        id="contest-opening-ceremony-held-at-a-venue",
    ),
]


@pytest.mark.parametrize("text,kind,place", HELD_AT_A_PLACE)
def test_ext48_an_opening_held_at_a_place_is_an_event_there(text, kind, place):
    """A trial opened at a court (该案在甲法院开庭: only 开庭审理…案 was a trigger) and a contest's opening ceremony
    held at a venue (…赛开幕式今日在甲馆举行: the 开幕 trigger fired only right after the contest's name) are other
    events, by the gold (real42's rulings: a trial opened at a court other; a match opening other), at that place."""
    found = [(e["kind"], e["location"]) for e in _events(text)]
    assert any(k == kind and loc and place in (loc if isinstance(loc, str) else " ".join(loc)) for k, loc in found), (
        found
    )


def test_ext48_a_launch_ceremony_held_for_a_body_with_no_subject():
    """还为甲馆举行了隆重的揭牌仪式: a launch ceremony held, its kind told before it (隆重的), as 举行了亲切友好的会谈
    is the talks held; not a mention of a launch (cluener_fair: a gallery's 揭牌 in a clause with no subject)."""
    assert "launch" in [e["kind"] for e in _events("还为某镇美术馆举行了隆重的揭牌仪式。")]
