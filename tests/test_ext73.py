"""Event places in made-up sentences in the shapes ext73 read off the even halves of the real_events.py sets
(bench/real_events.py), after the lead's ruling of session 46: a local body that holds or convenes an event
(甲市某局举行新闻发布会, 甲省发展改革委召开…会) gives it no place, nor does the body a speaker works for (甲出版社社长乙在
座谈会上说). Near-misses keep their place: a zone holding it, a venue written, a body acting (下达资金) as dev gold.
Where a trip leaves from (离开甲前往乙访问) is no place of the event when another place follows."""

import pytest
from kgqa.extract import extract_page


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.location) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. a local body holding or convening the event: no place
        pytest.param("19日，南京市交通局举行新闻发布会。", [("meeting", None)], id="city-bureau-holds-briefing"),
        pytest.param("湖北省发展改革委召开全省项目推进会。", [("meeting", None)], id="province-commission-convenes"),
        pytest.param("3日，无锡市民政局专门召开养老服务工作会议。", [("meeting", None)], id="bureau-convenes-adverb"),
        # 2. the body a speaker at the meeting works for: no place
        pytest.param(
            "湖南某出版社社长王明在座谈会上说，出版事业发展很快。", [("meeting", None)], id="speakers-body-no-place"
        ),
        # near-misses: a zone holding it is the zone; a venue written wins; a body acting is where it acts
        pytest.param("苏州工业园区召开工作会议。", [("meeting", "苏州工业园区")], id="near-miss-zone-convenes"),
        pytest.param(
            "19日，南京市交通局在玄武湖举行新闻发布会。", [("meeting", "玄武湖")], id="near-miss-venue-written"
        ),
        pytest.param(
            "近日，山西省发展改革委提前下达专项资金5000万元。", [("other", "山西省")], id="near-miss-body-acts-at-home"
        ),
    ],
)
def test_body_holding_gives_no_place(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _places(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 2. 离开甲前往乙: the event is where the trip goes, not where it leaves from
        pytest.param("代表团今天离开上海前往杭州访问。", [("visit", "杭州市")], id="left-one-city-for-another"),
        pytest.param(
            "张明一行今天离开南京，前往扬州考察。", [("inspection", "扬州市")], id="left-one-city-clause-between"
        ),
        # near-misses: a trip told with 赴 already goes there; a distance (距离甲) is no departure
        pytest.param("张明一行离开南京赴苏州考察。", [("inspection", "苏州市")], id="near-miss-fu-already"),
        pytest.param("代表团今天在上海访问。", [("visit", "上海市")], id="near-miss-no-departure"),
    ],
)
def test_departure_is_no_place(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _places(text) == events
