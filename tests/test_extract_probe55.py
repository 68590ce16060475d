"""Rows of made-up sentences for the general patterns behind the misses of probe batch b55 (commerce,
telecommunications, taxation and statistics, weighted to page shapes: briefs, attendee lists, notices, interviews;
bench/data/pattern_probe_b55.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

WITNESSES_LISTED_AFTER = [
    pytest.param(
        "新华网某地5月6日电 甲市人民政府与乙丙通信集团有限公司今日签署了战略合作协议。甲市市长张一明与乙丙通信董事长李二强"
        "代表双方签字，市委书记王三立出席并见证签约。参加签约的还有副市长赵四平、孙五华，乙丙通信副总经理周六安。",
        "cnews_x.txt",
        ["王三立", "赵四平", "孙五华", "周六安"],
        id="also-present-after-a-witness",
    ),
    pytest.param(
        "本报讯 昨天，甲县人民政府与乙丙物流有限公司签订了物流园区投资协议。出席签约仪式的有县委书记钱七林，副县长吴八方。",
        "eb_x.txt",
        ["钱七林", "吴八方"],
        id="present-at-the-signing-were",
    ),
    pytest.param(
        "本报某地３月４日讯 甲省粮食局与乙丙米业集团公司今天签订了稻谷购销合同。副省长郑九成出席签字仪式。"
        "参加签字仪式的还有省粮食局局长冯十全。",
        "pd1998_19980305-02-001.txt",
        ["郑九成", "冯十全"],
        id="also-present-at-the-signing-ceremony",
    ),
]


@pytest.mark.parametrize("text,name,witnesses", WITNESSES_LISTED_AFTER)
def test_probe55_those_listed_as_present_at_a_signing_witnessed_it(text, name, witnesses):
    """Persons listed after 参加签约的还有 / 出席签约仪式的有 (the verb before the names, not after) witnessed the
    signing, as 出席签约仪式 after the names already (agreement_kinds.yaml witness_list; b55 probe: four of five
    witnesses of a cnews signing lost)."""
    got = extract_page("标题\n\n" + text, source_name=name).agreements
    assert got and got[0].witnesses == witnesses
