"""Questions in the wordings of the forty-third blind set (issue 11, blind41); each row's id names the wording, and
near misses must not be answered otherwise: the asker's purpose said first (我在写报告，想知道…; 我想去甲办事，它在哪;
甲咋个走，在哪个城市: cues.yaml `reasons`, parse.py `_reason_first`), a spoken word for a person (哪位大佬, 哪些大佬:
cues.yaml asks.person and people), a post asked as a place in the body (哪个位置: cues.yaml asks.post) and what a body
did lately (最近, 近期: cues.yaml fillers). The people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import ROBOTS, WATER
from qa_helpers import answer_labels, imported_kg

BUREAU, FIRM = WATER, ROBOTS  # tests/conftest.py bureau_page's
MEETING = "全市防汛工作推进会"


@pytest.fixture(scope="module")
def kg(bureau_page):
    return imported_kg(
        (
            bureau_page(
                events=[
                    {
                        "kind": "meeting",
                        "date": "2033-05-09",
                        "summary": f"{BUREAU}召开{MEETING}",
                        "participants": ["岑远舟"],
                        "organizations": [BUREAU],
                    },
                ]
            ),
            "made-up.json",
        )
    )


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # the asker's purpose first
        pytest.param(f"我在写报告，想知道{BUREAU}的局长是谁", "post_holder", {"岑远舟"}, id="reason-report"),
        pytest.param(f"我要写总结，{MEETING}是哪一天开的", "event_date", {"2033-05-09"}, id="reason-summary"),
        pytest.param(f"我想去{BUREAU}办事，它在哪", "located_in", {"青岚市"}, id="reason-visit"),
        pytest.param("我想联系闻溪亭，他在哪个单位", "person_org", {FIRM}, id="reason-call"),
        pytest.param(f"{FIRM}咋个走，在哪个城市嘛", "located_in", {"青岚市"}, id="reason-way"),
        # a spoken word for a person
        pytest.param(f"{FIRM}的董事长是哪位大佬", "post_holder", {"闻溪亭"}, id="big-shot-holder"),
        pytest.param(f"{MEETING}有哪些大佬出席", "event_participants", {"岑远舟"}, id="big-shots-attended"),
        # a post asked as a place in the body
        pytest.param("岑远舟在单位里是哪个位置嘛", "person_posts", {f"{BUREAU}局长"}, id="post-as-position"),
        # what a body did lately
        pytest.param(f"{BUREAU}最近干了啥", "org_events", {MEETING}, id="body-lately"),
        # near misses: as before
        pytest.param("岑远舟在哪个单位", "person_org", {BUREAU}, id="plain-body"),
        pytest.param(f"{FIRM}在哪个城市", "located_in", {"青岚市"}, id="plain-place"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # a visit with no pronoun after the comma: another question, the name before it not carried
        pytest.param(f"我想去{BUREAU}，闻溪亭在哪个单位", id="visit-no-pronoun"),
        # a purpose with nothing after it asks nothing
        pytest.param("我在写报告", id="reason-alone"),
        # a way asked with nothing after it is no where-question
        pytest.param(f"{FIRM}咋个走", id="way-alone"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert answer_labels(got) not in ({BUREAU}, {"青岚市"}, {"岑远舟"}), (got.template, answer_labels(got))
