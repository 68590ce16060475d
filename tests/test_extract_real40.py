"""Branch real40: wordings read off the even half of bench/real_events.py's msra_val_third set (made-up sentences).

Games or a tournament told as the scene of what a team did, named by their closing (在5日闭幕的运动会上，甲队获得…),
are held, other, as when named by their opening or by 举行 (the first `other` trigger of event_kinds.yaml); ones to
come (在即将举行的锦标赛上，乙队有望…) are no event; a team that took part in a match held at a place, told
ending the sentence (甲队参加了在乙地举行的…系列赛。), tells that match, other."""

import pytest
from kgqa.extract import extract_page


def kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page("标题\n\n" + text, date="1998-06-01").events)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "在５日闭幕的第三届全国青年运动会上，甲省代表团取得了２０块金牌。", ["other"], id="games-closed-scene"
        ),
        pytest.param("在昨天闭幕的亚洲青年锦标赛中，乙队获得两枚金牌。", ["other"], id="tournament-closed-scene"),
        # guards: named by their opening as before; a meeting closed stays a meeting
        pytest.param("在昨天开幕的全国运动会上，丙队表现出色。", ["other"], id="games-opened-scene-guard"),
        pytest.param("甲省人民代表大会今天在甲市闭幕。", ["meeting"], id="meeting-closed-guard"),
    ],
)
def test_real40_games_named_by_their_closing_are_held(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("在即将举行的亚洲青年锦标赛上，乙队有望夺冠。", [], id="tournament-to-come-scene"),
        pytest.param("在即将开幕的全国运动会上，丙队将首次亮相。", [], id="games-to-come-scene"),
        # guard: held, told as the scene
        pytest.param("在甲市体育场举行的对抗赛中，丁队以二比一获胜。", ["other"], id="match-held-scene-guard"),
    ],
)
def test_real40_games_to_come_named_as_scene_are_no_events(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("去年以来，甲市游泳队参加了在德国、法国举行的世界杯系列赛。", ["other"], id="took-part-in-series"),
        # guards: one to come, the work for one
        pytest.param("甲队将参加在北京举行的全国邀请赛。", [], id="will-take-part-guard"),
        pytest.param("甲队参加了在北京举行的全国邀请赛的筹备工作。", [], id="took-part-in-preparations-guard"),
    ],
)
def test_real40_a_team_taking_part_in_a_match_held_is_that_match(text, expected):
    assert kinds(text) == expected
