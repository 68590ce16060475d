"""Questions typed the way people ask them (issue 11, leftovers of blind30 and qa46, job qa47); each row's id names
the wording, and near misses must not change. 会见 reads as talks: 甲会见了哪家公司 asks the other side of the talks
(talks_partners), as 甲和哪家公司会谈了 does; 和谁会见 still asks who took part. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

FACTS = city_page()


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松会见了哪家公司", "talks_partners", {CO}, id="hui-jian-le-na-jia-gong-si"),
        pytest.param("陆听松和哪家企业会见了", "talks_partners", {CO}, id="he-na-jia-qi-ye-hui-jian"),
        pytest.param("顾远山跟哪个单位会见", "talks_partners", {GOV}, id="gen-na-ge-dan-wei-hui-jian"),
        # near misses: who took part is still asked of persons, and 会谈 reads as before
        pytest.param("陆听松和谁会见", "event_participants", {"顾远山"}, id="near-he-shei-hui-jian-persons"),
        pytest.param("陆听松和哪家公司会谈了", "talks_partners", {CO}, id="near-hui-tan-unchanged"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
