"""Post patterns read on real news no rule was written on (bench/post_probe.py), one made-up sentence each."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "钱立方先生，历任甲乙药业集团股份有限公司总经理助理、丙丁纸业股份有限公司副总经理。",
            {
                ("钱立方", "总经理助理", "甲乙药业集团股份有限公司"),
                ("钱立方", "副总经理", "丙丁纸业股份有限公司"),
            },
            id="career-opener-after-comma",
        ),
        pytest.param(
            "孙明远，男，生于1970年，现任甲乙丙股份有限公司董事。",
            {("孙明远", "董事", "甲乙丙股份有限公司")},
            id="current-post-opener",
        ),
        pytest.param(
            "周海波，曾任甲乙证券有限责任公司北京投资银行部副总。",
            {("周海波", "副总", "甲乙证券有限责任公司北京投资银行部")},
            id="career-body-longer-than-sixteen",
        ),
    ],
)
def test_career_clauses(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "甲乙理工大学校长方明远表示，这是借口。",
            {("方明远", "校长", "甲乙理工大学")},
            id="title-starting-in-a-suffix-where-a-body-ends",
        ),
        pytest.param("丙丁中学校长李四海说。", {("李四海", "校长", "丙丁中学")}, id="middle-school-head"),
    ],
)
def test_title_after_overlapping_suffixes(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,name,wrong",
    [
        pytest.param("身处风波的逯海副局长仍在上班。", "逯海", "逯海副", id="deputy-char-not-in-name"),
        pytest.param("他见到了交通银行的钱多副行长。", "钱多", "钱多副", id="deputy-after-de"),
    ],
)
def test_name_before_a_deputy_title_stops_before_it(text, name, wrong):
    got = persons_of(text)
    assert name in got and wrong not in got
