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


def orgs_of(text: str, name: str = "cnews_2009-05-06-001.txt") -> set[str]:
    return {o.name for o in extract_page("标题\n\n" + text, source_name=name).organizations}


# 2. junk bodies: a kind of purchase (政府采购) and rooms of a station or a hall (售票厅) name no body
# (org_mention_words.yaml reject_after, reject_before)
NO_BODY = [
    pytest.param(
        "中新网北京5月6日电 东方生物制品股份有限公司今日公告，公司8日与卫生部签订了流感疫苗政府采购合同。",
        "流感疫苗政府",
        id="a-government-purchase-contract-no-government",
    ),
    pytest.param(
        "中新网北京5月6日电 东方重工股份有限公司5日与财政部签订了设备政府采购合同。",
        "设备政府",
        id="equipment-government-purchase-no-government",
    ),
    pytest.param(
        "中新网北京5月6日电 王建国在北京站察看了售票厅、候车厅和贵宾厅。",
        "售票厅",
        id="a-ticket-hall-no-department",
    ),
]


@pytest.mark.parametrize("text,junk", NO_BODY)
def test_ext59_no_junk_body(text, junk):
    """流感疫苗政府采购合同 / 察看了售票厅: no body 流感疫苗政府, 售票厅 (probe59's and probe60's Left)."""
    assert not any(junk in o for o in orgs_of(text))


KEPT_BODY = [
    pytest.param(
        "中新网北京5月6日电 东方重工股份有限公司与市政府采购中心签订了合同。",
        "北京市政府采购中心",
        id="guard-a-procurement-centre-is-a-body",
    ),
    pytest.param(
        "中新网北京5月6日电 湖南省农业厅厅长王建国在北京站察看了售票厅。",
        "湖南省农业厅",
        id="guard-a-province-department-is-a-body",
    ),
    pytest.param(
        "中新网北京5月6日电 东方重工股份有限公司5日与财政部签订了设备政府采购合同。",
        "财政部",
        id="guard-the-ministry-that-buys",
    ),
]


@pytest.mark.parametrize("text,body", KEPT_BODY)
def test_ext59_bodies_kept(text, body):
    """Near-misses: a procurement centre, a province's 农业厅 and the buyer stay bodies."""
    assert body in orgs_of(text)


def parties_of(text: str, name: str = "cnews_2009-05-06-001.txt") -> list[set[str]]:
    return [set(a.parties) for a in extract_page("标题\n\n" + text, source_name=name).agreements]


# 3. a bank the rules read whole and its branch named by a place: one body, not two (mentions._placed_branch)
BRANCHES = [
    pytest.param(
        "中新网成都5月6日电 四川省人民政府5日与国家开发银行重庆市分行签订了开发性金融合作协议。",
        [{"四川省人民政府", "国家开发银行重庆市分行"}],
        id="a-national-bank-and-its-municipal-branch-one-party",
    ),
    pytest.param(
        "中新网5月6日电 东方重工股份有限公司5日与中国银行重庆市分行签订了贷款合同。",
        [{"东方重工股份有限公司", "中国银行重庆市分行"}],
        id="guard-a-bank-branch-whole",
    ),
    pytest.param(
        "中新网5月6日电 东方重工股份有限公司5日与国家开发银行签订了贷款合同。",
        [{"东方重工股份有限公司", "国家开发银行"}],
        id="guard-the-bank-itself",
    ),
]


@pytest.mark.parametrize("text,want", BRANCHES)
def test_ext59_a_bank_branch_is_one_party(text, want):
    """国家开发银行重庆市分行: the learned recogniser's start at the branch's place does not cut the bank off (probe60's
    Left)."""
    assert parties_of(text) == want
