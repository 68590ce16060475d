"""Places of visits in made-up sentences in the shape ext68 read off the even halves of the real_events.py sets
(bench/real_events.py): a visit to China told as 来华 (the place is 中国)."""

import pytest
from kgqa.extract import extract_page


def _visits(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.kind, sorted(e.participants), e.location) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param("李明一行是应外交学会邀请来华访问的。", [("visit", ["李明"], "中国")], id="came-to-china-cleft"),
        pytest.param(
            "王强一行是应新闻出版署邀请于5月10日来华开始访问的。",
            [("visit", ["王强"], "中国")],
            id="came-to-china-dated-begun",
        ),
        pytest.param("张伟一行昨天来华访问。", [("visit", ["张伟"], "中国")], id="came-to-china-told"),
        # near-misses: 来华 before another errand, a city's short name (as written, never China), a place told
        pytest.param(
            "李明一行昨天来华参加博览会开幕式。", [("other", ["李明"], None)], id="near-miss-came-for-a-meeting"
        ),
        pytest.param("李明一行是应市政府邀请来京访问的。", [("visit", ["李明"], None)], id="near-miss-came-to-a-city"),
        pytest.param("李明一行昨天到上海访问。", [("visit", ["李明"], "上海市")], id="near-miss-place-told"),
    ],
)
def test_visit_place(text: str, events: list[tuple[str, list[str], str | None]]) -> None:
    assert _visits(text) == events
