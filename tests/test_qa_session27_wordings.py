"""Questions asked the way people ask them (issue 11, session 27): a city's body named with the city written
without 市 (莆田商务局 of 莆田市商务局). The people are made up; the city is a real division (the short form is
only read for a city of the divisions data)."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import imported_kg

BUREAU, CPC = "莆田市商务局", "中共莆田市委员会"
PAGE = city_page(
    persons=[
        {"name": "林澈舟", "posts": [{"title": "局长", "org": BUREAU}]},
        {"name": "柯望川", "posts": [{"title": "市委书记", "org": CPC}]},
    ],
    organizations=[
        {"name": BUREAU, "type": "government", "aliases": [], "located_in": "莆田市"},
        {"name": CPC, "type": "party_committee", "aliases": ["莆田市委"]},
    ],
)


@pytest.fixture(scope="module")
def bureau_kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("莆田商务局局长是谁", {"林澈舟"}, id="city-without-shi-bureau-head"),
        pytest.param("莆田商务局位于哪座城市", {"莆田市"}, id="city-without-shi-bureau-located-in"),
        pytest.param("莆田市商务局局长是谁", {"林澈舟"}, id="full-name-still-answered"),
        pytest.param("莆田市委书记是谁", {"柯望川"}, id="city-committee-not-read-as-a-bureau"),
    ],
)
def test_a_city_body_written_without_shi(bureau_kg, question, expected):
    got = bureau_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a page of an autonomous region (its locale): its bodies also written without the region's name
REGION_CPC = "中共新疆维吾尔自治区委员会"
REGION = city_page(
    persons=[{"name": "阿依别克·沙禾", "posts": [{"title": "自治区党委副书记", "org": REGION_CPC}]}],
    organizations=[{"name": REGION_CPC, "type": "party_committee", "aliases": ["新疆维吾尔自治区党委"]}],
)
REGION["locale"] = "新疆维吾尔自治区"


@pytest.fixture(scope="module")
def region_kg():
    return imported_kg((REGION, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "阿依别克·沙禾在自治区党委任什么职务", {"自治区党委副书记"}, id="zi-zhi-qu-dang-wei-the-regions-own"
        ),
        pytest.param("自治区党委副书记是谁", {"阿依别克·沙禾"}, id="zi-zhi-qu-dang-wei-post-holder"),
    ],
)
def test_a_region_body_written_without_the_region(region_kg, question, expected):
    got = region_kg.ask(question)
    assert {a.get("title") or a["label"] for a in got.answers} == expected, (got.template, got.message)
