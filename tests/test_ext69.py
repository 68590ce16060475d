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
        # 4. the whole of a division after 在 (在全省的四十个县启动): no place as written
        pytest.param(
            "总投资5亿元的某教育工程，近日在全省的四十个县全面启动。", [("launch", None)], id="whole-province-no-place"
        ),
        pytest.param("某教育工程近日在大同市全面启动。", [("launch", "大同市")], id="near-miss-city-after-zai"),
        # 5. 访 and a country's one-character short name: the country
        pytest.param(
            "两年前，王林等画家访奥，参观了老先生的作品。", [("inspection", "奥地利")], id="short-country-after-fang"
        ),
        pytest.param("李明访美期间会见了州长史密斯。", [("talks", "美国")], id="short-country-during"),
        pytest.param("李明访谈了十位老人。", [], id="near-miss-fang-of-interview"),
        # 6. a region visited (在访问中东期间): the region as written
        pytest.param("史密斯在访问中东期间强调，和谈应当继续。", [("visit", "中东")], id="region-visited"),
        pytest.param("史密斯访问欧洲议会时强调，和谈应当继续。", [("visit", None)], id="near-miss-region-in-a-body"),
        # 7. a list of countries visited on one trip: the first
        pytest.param(
            "以李明为团长的代表团结束了对古巴和秘鲁的友好访问，于今天返回北京。",
            [("visit", "古巴")],
            id="list-of-countries-visited",
        ),
        pytest.param(
            "以李明为团长的代表团结束了对古巴的友好访问，于今天返回北京。",
            [("visit", "古巴")],
            id="near-miss-one-country-visited",
        ),
        # 8. whose lodging the venue is (在他下榻的甲饭店会见): not part of the venue
        pytest.param(
            "江主席出席午宴前，在他下榻的长城饭店分别会见了州长威尔逊。",
            [("talks", "长城饭店")],
            id="venue-of-his-lodging",
        ),
        pytest.param("李明在北京饭店会见了州长威尔逊。", [("talks", "北京饭店")], id="near-miss-venue-alone"),
    ],
)
def test_event_place(text: str, events: list[tuple[str, str | None]]) -> None:
    assert _places(text) == events
