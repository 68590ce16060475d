"""Events in made-up sentences (ext83, the lead's rulings (g) and (i)): a festival, fair, expo, games or week of events
held or opened is an other event, a 洽谈会/推介会/论坛/座谈会 (or a meeting about a festival) stays a meeting; a round of
appointments told as the story's happening (进行人事调整，甲任…) or an appointment a body decided (经…研究决定，甲任…)
is an other event with the appointees; a bio's career line with a bare 任 stays posts only. Near-misses keep what
main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, list(e.participants)) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # ruling (i): festivals, fairs, expos, games held or opened are other (main: meeting)
        pytest.param(
            "5月8日，第三届星河文化旅游节在青岚市开幕，市长张海涛出席开幕式。",
            [("other", ["张海涛"])],
            id="festival-opened",
        ),
        pytest.param("星河市今天举办首届农产品展销会，副市长李明出席。", [("other", ["李明"])], id="sales-fair-held"),
        pytest.param("青岚市第五届运动会今天晚上在市体育中心开幕。", [("other", [])], id="games-opened"),
        pytest.param("第十届星河博览会于2013年6月在青岚举办。", [("other", [])], id="expo-held-month"),
        # near-misses: a meeting about a festival, a 洽谈会 (main gave meeting)
        pytest.param(
            "5月8日，星河市召开文化节筹备工作会议，副市长李明主持。",
            [("meeting", ["李明"])],
            id="near-miss-meeting-on-festival",
        ),
        pytest.param(
            "5月8日，星河市在青岚举办投资洽谈会，市长张海涛出席。",
            [("meeting", ["张海涛"])],
            id="near-miss-talks-fair-meeting",
        ),
        pytest.param(
            "5月8日，第三届星河投资论坛暨博览会在青岚开幕。", [("meeting", [])], id="near-miss-forum-and-expo"
        ),
        # ruling (g): appointments told as news are other events with the appointees (main: none)
        pytest.param(
            "星河市日前进行人事调整，张海涛任市长，李明任副市长。",
            [("other", ["张海涛", "李明"])],
            id="reshuffle-told",
        ),
        pytest.param(
            "青岚银行近日完成新一轮人事调整：张海涛任行长，李明任副行长。",
            [("other", ["张海涛", "李明"])],
            id="reshuffle-colon",
        ),
        pytest.param("经市委研究决定，张海涛任星河市财政局局长。", [("other", ["张海涛"])], id="decided-appointment"),
        # near-misses: a reshuffle planned or a plan's name, a bio's career line (ruling e), a sanction decided (main: none)
        pytest.param("星河市将进行人事调整。", [], id="near-miss-reshuffle-planned"),
        pytest.param("星河集团正在制定人事调整方案。", [], id="near-miss-reshuffle-plan"),
        pytest.param("张海涛今年3月任星河市市长，此前任青岚县县长。", [], id="near-miss-bio-career-line"),
        pytest.param("经研究决定，对张海涛给予警告处分。", [], id="near-miss-sanction-decided"),
    ],
)
def test_events(text: str, events: list[tuple[str, list[str]]]) -> None:
    """Each made-up sentence gives these events (kind, participants): 文化节在甲市开幕 -> other."""
    assert _events(text) == events


FAIR = "星河市昨日在香港举行投资推介会，现场签约项目12个。签约项目中，"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a deal of a signing's items signed by a city's vice-mayor: with the city's government, not the park (main: the park)
        pytest.param(
            FAIR + "柯达金属有限公司投资3亿美元在星河有色金属产业园区建设铜材加工项目，由星河市副市长王国强与柯达金属"
            "总经理赵立新签约。",
            [["柯达金属有限公司", "星河市人民政府"]],
            id="vice-mayor-signs-for-city",
        ),
        # near-miss: signed by the park's own head, the park stays (main gave the park)
        pytest.param(
            FAIR + "柯达金属有限公司投资3亿美元在星河有色金属产业园区建设铜材加工项目，星河有色金属产业园区管委会主任"
            "王国强与柯达金属总经理赵立新签约。",
            [["柯达金属有限公司", "星河有色金属产业园区"]],
            id="near-miss-park-head-signs",
        ),
    ],
)
def test_deal_parties(text: str, parties: list[list[str]]) -> None:
    """Each made-up signing's item gives these parties: …由甲市副市长乙签约 -> 甲市人民政府."""
    assert [list(a.parties) for a in extract_page(text).agreements] == parties


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # an honour received at a hall: the hall (main: none)
        pytest.param(
            "本报北京4月6日讯 星河系统的60个先进集体今天在人民大会堂受到人事部的表彰。",
            "人民大会堂",
            id="honoured-at-hall",
        ),
        # a gift handed over in a city written by its one-character short name (main: none)
        pytest.param("星河大学的十位教授今晚在京向国家博物馆捐赠了一批文物。", "北京", id="gift-in-short-city"),
    ],
)
def test_location(text: str, location: str) -> None:
    """The one event of each made-up sentence is held here: …今天在人民大会堂受到…的表彰 -> 人民大会堂."""
    assert [e.location for e in extract_page(text).events] == [location]
