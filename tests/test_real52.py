"""Events of made-up sentences in the shapes real52 read off call_events' even half (bench/real_events.py)."""

import pytest
from kgqa.extract import extract_page


def _kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page(text).events)


def _people(text: str) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, sorted(e.participants)) for e in extract_page(text).events)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("协会理事们定期举行会议，交流各地的经验。", [], id="meetings-held-regularly"),
        pytest.param("我们打算邀请王立新先生届时一同来访。", [], id="a-visit-at-a-time-to-come"),
        pytest.param("协会理事们昨天举行会议，交流各地的经验。", ["meeting"], id="meeting-held-near-miss"),
        pytest.param("王立新先生上月来访，参观了新厂区。", ["visit"], id="visit-made-near-miss"),
    ],
)
def test_habits_and_times_to_come_are_no_events(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "反对党领袖赵德明在集会上演讲时提出了五项主张。",
            [("meeting", ["赵德明"])],
            id="speech-at-a-rally",
        ),
        pytest.param(
            "钱文华在市环保检查组第一次会上强调，要把问题查清楚。",
            [("meeting", ["钱文华"])],
            id="speech-at-a-numbered-sitting",
        ),
        pytest.param("钱文华一次会见了三位客人。", [("talks", ["钱文华"])], id="one-sitting-no-scene-near-miss"),
    ],
)
def test_a_rally_or_a_numbered_sitting_as_the_scene(text: str, events: list) -> None:
    assert _people(text) == events


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("三十多名乡村医生参加了急救知识的培训。", ["training"], id="training-attended"),
        pytest.param("参加了培训的学员都拿到了证书。", [], id="trainees-as-a-modifier-near-miss"),
    ],
)
def test_a_training_attended(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "5月2日，某市政府办公会议就供水问题召集有关部门商讨对策。", ["meeting"], id="office-meeting-convenes"
        ),
        pytest.param("某市政府办公会议的纪要已经印发。", [], id="office-meeting-minutes-near-miss"),
    ],
)
def test_a_standing_meeting_convening_departments(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("甲省中小学的女教师参加了安全知识的培训。", [None], id="where-teachers-come-from"),
        pytest.param("北京市教师节座谈会今天召开。", ["北京市"], id="teachers-day-meeting-near-miss"),
    ],
)
def test_the_place_teachers_come_from_is_no_venue(text: str, places: list) -> None:
    assert [e.location for e in extract_page(text).events] == places
