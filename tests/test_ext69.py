"""Event places in made-up sentences in the shapes ext69 read off the even halves of the real_events.py sets
(bench/real_events.py): a place that only names a body or where people come from, or that sits in what a speaker
says, is no place of the event; a building after 在 before 向 is the venue. Near-misses keep their place."""

import pytest
from kgqa.extract import extract_page


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.location) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. a body whose people attend (甲省某学院的有关专家应邀出席会议): where they come from, not the meeting's place
        pytest.param(
            "河南某师范学院的有关专家应邀出席会议，并介绍了研究情况。",
            [("meeting", None)],
            id="body-whose-experts-attend",
        ),
        pytest.param("湖北某农业大学的代表出席了座谈会。", [("meeting", None)], id="body-whose-delegates-attend"),
        # near-misses: the local body acting is still where it acts (as dev gold); a place written on its own wins
        pytest.param(
            "近日，山西省发展改革委提前下达专项资金5000万元。", [("other", "山西省")], id="near-miss-body-acts-at-home"
        ),
        pytest.param("河南某师范学院的有关专家在郑州出席会议。", [("meeting", "郑州市")], id="near-miss-place-written"),
        # 2. a place in what the speaker says after the event (甲在座谈会上说，乙地…): no place of the meeting
        pytest.param(
            "某出版社社长张明在座谈会上说，青海的出版事业发展很快。",
            [("meeting", None)],
            id="place-in-what-is-said",
        ),
        pytest.param(
            "张明在西宁举行的座谈会上说，出版事业发展很快。",
            [("meeting", "西宁市")],
            id="near-miss-place-before-speech",
        ),
        # 3. a building after 在 before 向 (在某大会堂向某基金会捐赠): the venue as written, not a place told later
        pytest.param(
            "某集团昨天在人民大会堂向某基金会捐赠价值200万元的药品，药品将用于治疗甘肃、青海等省的儿童。",
            [("other", "人民大会堂")],
            id="building-before-giving",
        ),
    ],
)
def test_event_place(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _places(text) == events
