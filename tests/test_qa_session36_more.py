"""Leftovers of session 35's question work (issue 11; job qa46), each its own table: a quantity word before the
noun of the context (不少园区, 许多园区: fillers, how many is not asked) and an industry named by the place it holds
(发力点, 着力点: cues.yaml relations.industry), so 据报道，甲成了不少园区的发力点，具体是哪几个开发区 reads whole with no asking
word after the comma. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, HTZ, ZONE, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page()
FACTS["organizations"].append(
    {"name": ZONE, "type": "development_zone", "aliases": ["东湖开发区"], "located_in": "青岚市"}
)
FACTS["development_zones"].append({"name": ZONE, "city": "青岚市", "industries": ["氢能", "文旅"]})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


def labels(got) -> tuple[str | None, set[str]]:
    return got.template, {a["label"] for a in got.answers}


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "据报道，氢能成了不少园区的发力点，具体是哪几个开发区",
            "industry_zones",
            {HTZ, ZONE},
            id="context-without-an-asking-word",
        ),
        pytest.param("氢能成了许多园区的着力点，是哪几个开发区", "industry_zones", {HTZ, ZONE}, id="xu-duo-zhuo-li-dian"),
        pytest.param("文旅是哪个开发区的发力点", "industry_zones", {ZONE}, id="fa-li-dian-of-which"),
        pytest.param("青岚高新区的发力点是什么", "zone_industries", {"氢能", "新材料"}, id="fa-li-dian-asked"),
    ],
)
def test_quantity_and_industry_words(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # how many is still asked by 多少 (不少 is no how-many word)
        pytest.param("有多少个园区发展氢能", "industry_zones", {"2个"}, id="duo-shao-still-counts"),
    ],
)
def test_quantity_near_misses(kg, question, template, expected):
    got = kg.ask(question)
    assert labels(got) == (template, expected), got.message
