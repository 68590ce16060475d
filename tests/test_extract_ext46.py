"""Rows of made-up sentences for general patterns left by probe batches b48-b54 (helper ext46)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, source: str = "xwlb_2025-06-12-003.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


SPEAKER_AFTER_A_CEREMONY_DEAL = [
    pytest.param(
        "今天（6月12日），甲乙丙运输有限公司与丁戊客车股份有限公司签订了公交车采购合同。副市长王志强出席签约仪式，"
        "甲乙丙运输有限公司总经理张立新和丁戊客车副总经理刘建华分别代表双方签字。\n"
        "签约仪式上，甲乙丙运输有限公司还与中国建设银行某某分行签署了融资租赁合作协议；某某市交通运输局与丁戊客车签订了运营服务协议。\n"
        "甲乙丙运输有限公司党委书记孙海峰介绍，首批公交车将于年底前投入运营。",
        "孙海峰",
        id="run-of-deals-at-the-ceremony-then-a-speaker",
    ),
    pytest.param(
        "今天（6月12日），某某开发银行与某某省人民政府在某某签署了城市更新贷款合作协议。副省长赵国华出席签约仪式，"
        "行长钱立军和副省长赵国华分别代表双方签字。\n"
        "签约仪式上，某某开发银行某某分行还与某某城市建设投资集团有限公司签署了安居工程融资协议。\n"
        "某某城市建设投资集团有限公司董事长周明远表示，公司将加快项目建设。",
        "周明远",
        id="one-deal-at-the-ceremony-then-a-speaker",
    ),
]


@pytest.mark.parametrize("text,speaker", SPEAKER_AFTER_A_CEREMONY_DEAL)
def test_ext46_a_speaker_after_a_deal_at_a_named_ceremony_is_no_participant(text, speaker):
    """签约仪式上，甲还与乙签署了…(；丙与丁签订了…) is one more deal of the signing told before, whose witnesses and signers
    are named: one who speaks a sentence on (戊介绍，…) comments on it, as after that signing itself (b54 孙建明, 王海滨/刘振江;
    events._named_at_signing looked only at the later deal's own draft, which names nobody)."""
    got = _page(text)
    signings = [e for e in got.events if e.kind == "signing"]
    assert signings
    assert all(speaker not in e.participants for e in signings)


KINDS_OF_BODIES_NAMED_NONE = [
    pytest.param(
        "今天（6月12日），某某省召开安全生产会议，要求年内关闭不具备安全生产条件的小煤矿。",
        "小煤矿",
        id="small-coal-mines-a-kind",
    ),
    pytest.param(
        "今天（6月12日），某某省副省长王建华表示，全省今年已关闭整合小煤矿300余座。",
        "小煤矿",
        id="small-coal-mines-counted",
    ),
    pytest.param(
        "今天（6月12日），甲乙客车股份有限公司副总经理刘建华表示，公司将在某某设立售后服务站。",
        "售后服务站",
        id="an-after-sales-station-to-be-set-up",
    ),
]


@pytest.mark.parametrize("text,kind", KINDS_OF_BODIES_NAMED_NONE)
def test_ext46_a_kind_of_body_is_no_organization(text, kind):
    """小煤矿 (small coal mines: org_generic.yaml kind_words 小, as 大) and a station a company sets out to set up
    (设立售后服务站: goal_suffixes 服务站, as 设立…基金) name no body (b54 junk bodies)."""
    got = _page(text)
    assert kind not in [o.name for o in got.organizations]
