"""Events in made-up sentences in the shapes ext75 read off session 46's Left (probe69, probe58/b60 misses and the even
halves of bench/real_events.py): a speaker named with 会后 / 结束后 spoke after the meeting (no participant); one
introduced at the meeting by a cleft and named after it (会上作部署的是甲局局长，他叫乙) is at it; a region visited named
before the visit with the count of its countries (结束南美两国访问) is the visit's place. Near-misses keep what main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.kind, list(e.participants), e.location) for e in extract_page(text).events]


MEETING = "18日，长宁市物价局召开水价调整听证会，副局长王建明主持会议。"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. said after the meeting (会后 / 会议结束后 between the name and the verb): no participant
        pytest.param(
            MEETING + "市物价局价格科科长张卫华会后介绍，调价方案将报市政府研究决定。",
            [("meeting", ["王建明"], None)],
            id="speaker-after-meeting-huihou",
        ),
        pytest.param(
            MEETING + "价格科科长张卫华在会议结束后表示，调价方案将报市政府研究决定。",
            [("meeting", ["王建明"], None)],
            id="speaker-after-meeting-ended",
        ),
        # near-miss: said at the meeting
        pytest.param(
            MEETING + "市物价局价格科科长张卫华在会上介绍，调价方案将报市政府研究决定。",
            [("meeting", ["王建明", "张卫华"], None)],
            id="near-miss-speaker-at-meeting",
        ),
        # 2. a cleft at the meeting, the name told after the post (…的是甲局局长，他叫乙): at the meeting
        pytest.param(
            "昨日，杭州市城管委召开井盖整治工作会议，副主任王建国主持会议。"
            "会上作整治部署的是市市政设施管理局局长，他叫邓明远，从事市政管理工作已20多年。",
            [("meeting", ["王建国", "邓明远"], None)],
            id="cleft-at-meeting-named-after-he",
        ),
        pytest.param(
            "昨日，杭州市城管委召开井盖整治工作会议，副主任王建国主持会议。会上介绍经验的是江干区城管局局长，她叫叶素琴。",
            [("meeting", ["王建国", "叶素琴"], None)],
            id="cleft-at-meeting-named-after-she",
        ),
        # near-miss: a person told with no word of the meeting
        pytest.param(
            "昨日，杭州市城管委召开井盖整治工作会议，副主任王建国主持会议。"
            "市市政设施管理局局长邓明远从事市政管理工作已20多年。",
            [("meeting", ["王建国"], None)],
            id="near-miss-no-word-of-meeting",
        ),
    ],
)
def test_who_is_at_the_meeting(text: str, events: list[tuple[str, list[str], str | None]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # 3. a region named before the visit with its count of countries: the region as written
        pytest.param("宁波市友好代表团结束东南亚三国访问", "东南亚", id="region-counted-headline"),
        pytest.param("宁波市友好代表团20日结束对中东两国的访问。", "中东", id="region-counted-dui-de"),
        # near-misses: a region after the visit word (ext69), a country visited
        pytest.param("宁波市友好代表团20日在访问中东期间会见了当地官员。", "中东", id="near-miss-region-after"),
        pytest.param("宁波市友好代表团20日结束对泰国的正式访问。", "泰国", id="near-miss-country-visited"),
    ],
)
def test_region_visited(text: str, place: str) -> None:
    visits = [e.location for e in extract_page(text).events if e.kind == "visit"]
    assert visits == [place]
