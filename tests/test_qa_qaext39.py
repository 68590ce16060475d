"""qaext39: a county, or a body in it, asked 哪个自治区 (乙县是哪个自治区的): the county's government lies in the
county, the county in its city, and the region is a rank further than the template walks; 哪个省 already took the
province the divisions data gives for the places found (shape.py level_rows), 哪个自治区 did not and answered
nothing. Made-up sentences only.
"""

import pytest
from kgqa.kg.graph import KnowledgeGraph

TEXT = "4月2日，藤县与甲乙食品有限公司签订合作协议，共建农产品加工园。"


@pytest.fixture(scope="module")
def extracted_kg():
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text(TEXT, "made-up-2034-04-02.txt")
    return kg


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("藤县是哪个自治区的", {"广西壮族自治区"}, id="county_which_region"),
        pytest.param("藤县在哪个自治区", {"广西壮族自治区"}, id="county_in_which_region"),
        pytest.param("甲乙食品有限公司在哪个自治区", {"广西壮族自治区"}, id="body_in_county_which_region"),
        # as before: 哪个省 walked up already, 哪个城市 is one rank up
        pytest.param("藤县是哪个省的", {"广西壮族自治区"}, id="county_which_province_as_before"),
        pytest.param("藤县属于哪个城市", {"梧州市"}, id="county_which_city_as_before"),
    ],
)
def test_county_asked_its_autonomous_region(extracted_kg, question, expected):
    got = extracted_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, got.message
