"""qaext38: a place that acts as its government (甲市、乙市作交流发言: 甲市人民政府, named 甲市) asked where it lies
(甲市是哪个省的): the body lies in the place the question names, which is never the answer, so the place that one
lies in is (execute.py drops a ranked row naming an asked node before the best rank is taken). Made-up sentences only.
"""

import pytest
from kgqa.kg.graph import KnowledgeGraph

TEXT = "3月5日，河北省召开易地搬迁后续扶持工作推进会。保定市、邯郸市分别作交流发言。会议要求各地抓好整改落实。"


@pytest.fixture(scope="module")
def extracted_kg():
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text(TEXT, "made-up-2033-03-05.txt")
    return kg


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("保定市是哪个省市的", {"河北省"}, id="province_or_city_asked"),
        pytest.param("邯郸市属于哪个地方", {"河北省"}, id="where_asked"),
        # as before: a level asked walked up already
        pytest.param("保定市在哪个省", {"河北省"}, id="level_asked_as_before"),
    ],
)
def test_place_acting_as_government_lies_in_its_province(extracted_kg, question, expected):
    got = extracted_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, got.message
