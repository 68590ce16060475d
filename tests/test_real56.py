"""Events of made-up one-line headlines, the shape real56 read off guest_events' even half (bench/real_events.py)."""

import pytest
from kgqa.extract import extract_page


def _kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page(text).events)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("甲省学位委员会举行学科评议会议", ["meeting"], id="a-headline-alone-meeting-held"),
        pytest.param("某民主党派中央常委会第二次会议召开", ["meeting"], id="a-headline-alone-meeting-convened"),
        pytest.param("某市友好代表团结束北欧三国访问", ["visit"], id="a-headline-alone-visit-ended"),
        pytest.param("甲省学位委员会举行学科评议会议。", ["meeting"], id="the-same-with-a-stop"),
    ],
)
def test_a_one_line_headline_is_told(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("●销售稳中有升●新品陆续面市", [], id="a-bullet-headline-tells-nothing-near-miss"),
        pytest.param("甲省学位委员会将举行学科评议会议", [], id="a-headline-of-a-plan-near-miss"),
        pytest.param(
            "某县举行学科评议会议\n6月2日，某集团收购某公司。",
            ["other"],
            id="a-heading-line-over-a-story-near-miss",
        ),
    ],
)
def test_a_heading_over_a_story_or_a_plan_is_no_event(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds
