"""Events of made-up sentences in the shapes real48 read off wide_events' even half (bench/real_events.py)."""

import pytest
from kgqa.extract import extract_page


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("游客住在位于新落成“星河湾”度假村内的酒店，拥有花园和泳池。", [], id="new-built-resort-described"),
        pytest.param("他们搬进了新落成大楼的三层办公。", [], id="new-built-building-described"),
        pytest.param("县图书馆新馆昨天落成。", ["other"], id="finished-told-near-miss"),
        pytest.param("该馆是去年落成的。", ["other"], id="finished-cleft-near-miss"),
    ],
)
def test_a_work_described_as_new_is_no_event(text: str, kinds: list[str]) -> None:
    assert sorted(e.kind for e in extract_page(text).events) == kinds
