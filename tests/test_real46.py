"""Branch real46: wordings read off the even half of bench/real_events.py's cluener_press set (made-up sentences).

A press conference, a briefing or a meet told as the clause's scene with no 在 (新品发布会上，甲公司总经理乙说…) is that
meeting, its speaker a participant, as 成立大会上，… was; a law-enforcement check team named as a body (执法检查组提出建议)
is no inspection, while the team going somewhere to check still is; a show performed on a day told at a place
(甲剧团于5月18日在乙市演出) is other there, one to come none."""

import pytest
from kgqa.extract import extract_page


def events(text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, sorted(e.participants)) for e in extract_page("标题\n\n" + text, date="2009-06-01").events)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "新品发布会上，华联公司总经理张明远说：“我们会继续努力。”", [("meeting", ["张明远"])], id="launch-scene"
        ),
        pytest.param(
            "手机新品发布会上，华联公司总经理张明远表示，明年将扩大产能。", [("meeting", ["张明远"])], id="longer-name"
        ),
        pytest.param(
            "媒体通气会上，东方银行行长李建华介绍了有关情况。", [("meeting", ["李建华"])], id="briefing-scene"
        ),
        pytest.param("见面会上，记者们观看了一段短片。", [("meeting", [])], id="meet-scene-no-name"),
        # guards: the scene with 在 as before, a conference told only as a noun, a conference to come
        pytest.param(
            "在新品发布会上，华联公司总经理张明远说：“我们会继续努力。”", [("meeting", ["张明远"])], id="with-zai"
        ),
        pytest.param("本次发布会上的产品很多。", [], id="noun-guard"),
        pytest.param("华联公司将于下月举行新品发布会。", [], id="to-come-guard"),
    ],
)
def test_real46_a_press_conference_as_the_scene_is_that_meeting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("对此，市人大常委会执法检查组提出建议：要严查违规企业。", [], id="team-as-body"),
        pytest.param("省人大执法检查组认为，部分企业仍存在安全隐患。", [], id="team-thinks"),
        # guards: the team going somewhere to check, a check carried out
        pytest.param(
            "市人大常委会执法检查组昨天到东平县检查食品安全工作。", [("inspection", [])], id="team-goes-guard"
        ),
        pytest.param("市人大常委会昨天在东平县开展执法检查。", [("inspection", [])], id="check-done-guard"),
        pytest.param(
            "省人大常委会副主任王建国率执法检查组在东平县检查食品安全法实施情况。",
            [("inspection", ["王建国"])],
            id="team-led-guard",
        ),
    ],
)
def test_real46_a_check_team_named_is_no_inspection(text, expected):
    assert events(text) == expected


def dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.kind, e.date, e.location) for e in extract_page("标题\n\n" + text, date="2009-06-01").events)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "为庆祝建校百年，甲市歌舞团应乙大学之邀，于2008年5月18日在武汉演出，受到好评。",
            [("other", "2008-05-18", "武汉市")],
            id="show-on-a-day",
        ),
        pytest.param(
            "甲市歌舞团昨晚在市大剧院首演，观众反响热烈。", [("other", "2009-05-31", None)], id="premiere-last-night"
        ),
        # guards: a show to come, a show planned, a show as a noun, a show as a time
        pytest.param("甲市歌舞团将于5月18日在武汉演出。", [], id="to-come-guard"),
        pytest.param("甲市歌舞团计划5月18日在武汉演出。", [], id="planned-guard"),
        pytest.param("5月18日在武汉演出的票已售完。", [], id="noun-guard"),
        pytest.param("他今天在武汉演出时受伤。", [], id="as-a-time-guard"),
    ],
)
def test_real46_a_show_performed_on_a_day_is_other(text, expected):
    assert dated(text) == expected
