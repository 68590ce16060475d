"""Events of made-up sentences in the shapes real54 read off venue_events' even half (bench/real_events.py)."""

import pytest
from kgqa.extract import extract_page


def _kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page(text).events)


def _people(text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, sorted(e.participants)) for e in extract_page(text).events)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "王立新、赵德明等领导同志观看了演出。", [("other", ["王立新", "赵德明"])], id="officials-watched-a-show"
        ),
        pytest.param(
            "钱文华同小学生们一起观看了庆祝节日的文艺演出。",
            [("other", ["钱文华"])],
            id="watched-with-children",
        ),
        pytest.param("赵德明昨晚观看了女排决赛。", [("other", ["赵德明"])], id="watched-a-final"),
    ],
)
def test_a_show_watched_by_named_persons(text: str, events: list) -> None:
    assert _people(text) == events


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("一年来近三万名观众观看了演出。", [], id="a-crowd-tally-near-miss"),
        pytest.param("观看了演出的观众都说好。", [], id="watchers-as-a-modifier-near-miss"),
        pytest.param("王立新将观看明天的比赛。", [], id="a-show-to-come-near-miss"),
        pytest.param("王立新观看了新厂区的规划图。", [], id="no-show-watched-near-miss"),
    ],
)
def test_watching_that_tells_no_event(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("这次书画展自三号开展以来，参观者已逾五千人。", [], id="visitors-counted"),
        pytest.param("展馆的参观人数今年翻了一番。", [], id="number-of-visitors"),
        pytest.param("王立新昨天参观了书画展。", ["inspection"], id="a-visit-to-see-near-miss"),
    ],
)
def test_visitors_are_no_inspection(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds
