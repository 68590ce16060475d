"""Events of made-up sentences in the shapes real58 read off court_events' even half (bench/real_events.py): a court's
ruling of an instance, a lecture held at a place, a rough time before 于 in front of the venue."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, str | None]]:
    return sorted((e.kind, e.location) for e in extract_page(text).events)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "日前，甲区法院一审判决对张某之诉不予支持。", [("other", None)], id="a-court-ruling-first-instance"
        ),
        pytest.param("7月1日，甲市乙区法院对此案作出一审判决。", [("other", None)], id="a-court-ruling-made-on-a-case"),
        pytest.param("丙县法院终审判决被告赔偿原告损失。", [("other", None)], id="a-final-ruling"),
        pytest.param(
            "第一届甲学术讲座今天在乙大学举行。", [("meeting", "乙大学")], id="a-lecture-held-at-a-university"
        ),
        pytest.param(
            "在近日于巴黎举行的国际航运论坛上，协会向甲公司颁发了奖杯。",
            [("meeting", "巴黎")],
            id="a-rough-time-before-yu-is-no-part-of-the-venue",
        ),
        pytest.param(
            "在日前于丁市召开的年会上，乙说，企业要加快转型。",
            [("meeting", "丁市")],
            id="the-same-with-another-time-word",
        ),
    ],
)
def test_court_rulings_lectures_and_venues(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param("甲区法院一审判决书送达后，当事人提出上诉。", [], id="a-ruling-as-a-document-near-miss"),
        pytest.param("法院判决后，双方均未上诉。", [], id="a-ruling-as-a-time-near-miss"),
        pytest.param("该案一审判决生效后，被告仍未履行。", [], id="a-ruling-taking-effect-near-miss"),
        pytest.param("甲区法院将于下月作出一审判决。", [], id="a-ruling-to-come-near-miss"),
        pytest.param("这门讲座很受学生欢迎。", [], id="a-lecture-described-near-miss"),
    ],
)
def test_rulings_not_made_and_lectures_not_held(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _events(text) == events
