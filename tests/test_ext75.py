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


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 4. a gift by a giver with no sum: 向乙赠送 told to the clause's end, 捐赠了 with a count of things
        pytest.param(
            "近日，长宁市残联向三十名贫困学生赠送书包和文具用品。",
            [("other", [], None)],
            id="gift-xiang-zengsong",
        ),
        pytest.param("长宁日报也捐赠了300本图书。", [("other", [], None)], id="gift-count-of-things"),
        pytest.param("王明向福利院的孩子们赠送了新年礼物。", [("other", ["王明"], None)], id="gift-by-person"),
        # near-misses: a habit, a tally, a plan, a gift told mid-sentence
        pytest.param("每年，长宁市残联都向贫困学生赠送书包。", [], id="near-miss-habit"),
        pytest.param("长宁市残联累计向贫困学生赠送书包3000个。", [], id="near-miss-tally"),
        pytest.param("长宁市残联将向贫困学生赠送书包。", [], id="near-miss-plan"),
        pytest.param(
            "长宁银行与长宁市残联签署协议，向贫困学生赠送助学保险，推出助学贷款。", [], id="near-miss-deal-terms"
        ),
    ],
)
def test_gift_by_a_giver(text: str, events: list[tuple[str, list[str], str | None]]) -> None:
    assert [e for e in _events(text) if e[0] == "other"] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 5. a match joined there after the trip (离京前往甲，参加在那里举行的…赛): an event at 甲
        pytest.param(
            "以王明、李强为首的一批乒乓好手，今天离京前往泰国，参加在那里举行的国际乒乓球公开赛。",
            [("other", ["王明", "李强"], "泰国")],
            id="match-there-after-trip-abroad",
        ),
        pytest.param(
            "王明、李强今天离开北京前往杭州，参加在那里举行的全国乒乓球锦标赛。",
            [("other", ["王明", "李强"], "杭州市")],
            id="match-there-after-trip-city",
        ),
        pytest.param(
            "王明今天前往泰国访问，并参加在当地举行的博览会开幕式。",
            [("visit", ["王明"], None), ("other", ["王明"], "泰国")],
            id="opening-there-after-trip",
        ),
        # near-misses: a venue written; no trip told (no place); a match to come
        pytest.param(
            "王明、李强今天离京前往泰国，参加在曼谷举行的国际乒乓球公开赛。",
            [("other", ["王明", "李强"], "曼谷")],
            id="near-miss-venue-written",
        ),
        pytest.param("王明参加了在当地举行的博览会开幕式。", [("other", ["王明"], None)], id="near-miss-no-trip"),
        pytest.param("王明、李强将参加在曼谷举行的国际乒乓球公开赛。", [], id="near-miss-match-to-come"),
    ],
)
def test_there_is_where_the_trip_went(text: str, events: list[tuple[str, list[str], str | None]]) -> None:
    assert _events(text) == events
