"""Rows of made-up sentences for items session 41's extraction helpers left (bench/README.md, Pattern probe: probe59,
probe60, ext57, ext58; real46, real47), each fixed in general (session 42, ext59)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


# 1. a company's board written between its name and the title (post_rules.yaml company_boards, chain rule company_board)
BOARD_POSTS = [
    pytest.param(
        "陈立新先生，东方重工股份有限公司董事会独立非执行董事。",
        {("陈立新", "独立非执行董事", "东方重工股份有限公司")},
        id="profile-board-independent-director-no-bare-director",
    ),
    pytest.param(
        "东方重工股份有限公司董事会独立董事陈立新表示，公司将回购股份。",
        {("陈立新", "独立董事", "东方重工股份有限公司")},
        id="board-independent-director-before-the-name-in-the-company",
    ),
    pytest.param(
        "陈立新，现任东方重工股份有限公司董事会董事、总经理。",
        {("陈立新", "董事", "东方重工股份有限公司"), ("陈立新", "总经理", "东方重工股份有限公司")},
        id="board-director-and-general-manager",
    ),
    pytest.param(
        "陈立新，现任东方重工股份有限公司董事会副主席。",
        {("陈立新", "副主席", "东方重工股份有限公司")},
        id="board-vice-chairman-no-bare-director",
    ),
    pytest.param(
        "陈立新，曾任东方重工股份有限公司董事会办公室主任。",
        {("陈立新", "主任", "东方重工股份有限公司董事会办公室")},
        id="board-office-director-the-office",
    ),
    pytest.param(
        "南方商业银行监事会监事陈立新表示，银行将增资。",
        {("陈立新", "监事", "南方商业银行")},
        id="supervisory-board-member-of-a-bank",
    ),
    # near-misses that keep working
    pytest.param(
        "东方重工股份有限公司董事会秘书陈立新表示，公司将回购股份。",
        {("陈立新", "董事会秘书", "东方重工股份有限公司")},
        id="guard-board-secretary-a-title-whole",
    ),
    pytest.param(
        "东方重工股份有限公司董事陈立新表示，公司将回购股份。",
        {("陈立新", "董事", "东方重工股份有限公司")},
        id="guard-a-director-with-no-board",
    ),
    pytest.param(
        "东方重工股份有限公司第五届董事会第一次会议选举陈立新为董事长。",
        {("陈立新", "董事长", "东方重工股份有限公司")},
        id="guard-board-meeting-elects-a-chairman",
    ),
    pytest.param(
        "陈立新，现任东方重工股份有限公司董事会主席。",
        {("陈立新", "董事会主席", "东方重工股份有限公司")},
        id="guard-board-chairman-a-title-whole",
    ),
]


@pytest.mark.parametrize("text,want", BOARD_POSTS)
def test_ext59_a_title_after_a_company_board(text, want):
    """甲公司董事会独立董事: the 董事 of 董事会 no title, the post the company's (real47's and ext58's Left)."""
    assert posts_of(text) == want
