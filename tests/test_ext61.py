"""Events of made-up sentences in the shapes ext61 read off the even halves of every real_events.py set
(bench/real_events.py): misses common to three sets or more."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(e.participants)) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "在纪念王大明烈士牺牲60周年的大会上，当年的战友张小山深情地说：“我们要珍惜今天。”",
            [("meeting", ["张小山"])],
            id="martyr-commemorated-at-meeting",
        ),
        pytest.param(
            "在纪念王大明烈士牺牲60周年的大会上，当年掩护王大明的战友张小山深情地说：“我们要记住王大明。”",
            [("meeting", ["张小山"])],
            id="commemorated-named-again-later",
        ),
        pytest.param(
            "东方市长李建国在会见客人时，对陈国华逝世表示了深切的哀悼。",
            [("talks", ["李建国"])],
            id="mourned-at-talks",
        ),
        pytest.param(
            "在书法大师刘文清逝世两周年之际，《刘文清书法精选》在上海首发。",
            [("launch", [])],
            id="anniversary-of-death-and-title",
        ),
        # near-misses: a death told of someone else, or a living person, keeps the participants
        pytest.param(
            "李建国今天会见了王大明，对其父亲逝世表示哀悼。",
            [("talks", ["李建国", "王大明"])],
            id="near-miss-relative-mourned",
        ),
        pytest.param("王大明今天在北京会见了刘文清。", [("talks", ["刘文清", "王大明"])], id="near-miss-plain-talks"),
        pytest.param(
            "李建国出席了纪念孙中山诞辰一百三十周年大会。", [("meeting", ["李建国"])], id="near-miss-birthday-attendee"
        ),
    ],
)
def test_a_person_told_dead_takes_no_part(text: str, events: list[tuple[str, list[str]]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "location"),
    [
        pytest.param("来自各地的学者八十人出席会议，其中包括台湾学者十三人。", None, id="scholars-from-a-place"),
        pytest.param("湖北荆州师院的有关专家应邀出席会议，并介绍了研究情况。", None, id="experts-of-a-place"),
        pytest.param("今年初，各界向宜宾地震灾民捐赠了救援物资。", None, id="victims-of-a-place-aided"),
        pytest.param("我国澳门特别行政区代表队在昨天闭幕的运动会上取得了好成绩。", None, id="team-of-a-place"),
        pytest.param("当时我作为四川地区的人大代表之一，出席了那次会议。", None, id="deputy-of-a-place"),
        # near-misses: the place where it is held, or the body holding it, stays
        pytest.param("李建国今天在岳阳主持召开专家座谈会。", "岳阳市", id="near-miss-venue-with-experts"),
        pytest.param("江苏省今天召开专家座谈会。", "江苏省", id="near-miss-province-holds-experts-meeting"),
        pytest.param("今年初，宜宾市向灾区捐赠了救援物资。", "宜宾市", id="near-miss-city-gives"),
    ],
)
def test_where_people_come_from_is_no_venue(text: str, location: str | None) -> None:
    found = extract_page(text).events
    assert len(found) == 1
    assert found[0].location == location


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "副总参谋长张大山今天会见了美国助理国防部长帮办希尔一行。",
            [("talks", ["希尔", "张大山"])],
            id="deputy-assistant-secretary-title",
        ),
        pytest.param(
            "副总参谋长张大山今天会见了美国助理国务卿帮办希尔一行。",
            [("talks", ["希尔", "张大山"])],
            id="near-miss-listed-compound-title",
        ),
    ],
)
def test_a_deputy_title_is_no_part_of_the_name(text: str, events: list[tuple[str, list[str]]]) -> None:
    assert _events(text) == events
