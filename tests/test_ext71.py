"""Rows of made-up sentences for what probe67 left on signings (ext71): a plan's name before the signing (…三年行动计划，
甲与乙签署了…) is a document, no planning, so the deal is signed; the one a witness met (甲会见了乙，并见证…签署) is no
witness unless the text says so; near-misses beside them (计划与乙签署 still planned, 与乙会谈并见证, 甲和乙出席…)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str):
    return extract_page("标题\n\n本报讯 3月2日，" + text, source_name="eb_x.txt")


def _agreements(text: str) -> list[tuple[str, list[str]]]:
    return [(a.kind, a.parties) for a in _page(text).agreements]


def _witnesses(text: str) -> list[list[str]]:
    return [a.witnesses for a in _page(text).agreements]


PLANS = [
    pytest.param(
        "为落实本市养老服务三年行动计划，市民政局与江城康养集团有限公司签署了养老服务合作协议。",
        [("养老服务合作协议", ["市民政局", "江城康养集团有限公司"])],
        id="action-plan-named-before-signing",
    ),
    pytest.param(
        "根据年度工作计划，市商务局与东洋贸易有限公司签订了合作协议。",
        [("合作协议", ["市商务局", "东洋贸易有限公司"])],
        id="work-plan-named-before-signing",
    ),
    pytest.param(
        "按照园区建设实施计划，市住建局与鸿远建设集团有限公司签订了投资协议。",
        [("投资协议", ["市住房和城乡建设局", "鸿远建设集团有限公司"])],
        id="implementation-plan-named-before-signing",
    ),
    # near-misses: 计划 as a verb before the signing keeps it planned (no agreement)
    pytest.param("市民政局计划与江城康养集团有限公司签署养老服务合作协议。", [], id="plans-to-sign-no-agreement"),
    pytest.param("东洋贸易有限公司计划下月与市商务局签订合作协议。", [], id="plans-next-month-no-agreement"),
]


@pytest.mark.parametrize(("text", "want"), PLANS)
def test_ext71_a_plans_name_is_no_planning(text: str, want: list[tuple[str, list[str]]]) -> None:
    """not_signed_before (agreement_kinds.yaml): 计划 right after 行动/工作/实施 is a plan's name, not a plan to sign."""
    assert _agreements(text) == want


WITNESSES = [
    pytest.param(
        "副市长王立明会见了东洋贸易有限公司总裁李建华，并见证了市商务局与东洋贸易有限公司签署合作协议。",
        [["王立明"]],
        id="met-person-is-no-witness",
    ),
    pytest.param(
        "市长周海涛会晤了北辰集团董事长孙晓东，随后见证了市发改委与北辰集团签订战略合作协议。",
        [["周海涛"]],
        id="met-chairman-is-no-witness",
    ),
    # near-misses: the one met witnessed too when the text says so; both subjects of 出席 witnessed it; a partner after 与
    pytest.param(
        "副市长王立明会见了东洋贸易有限公司总裁李建华，并与李建华共同见证了市商务局与东洋贸易有限公司签署合作协议。",
        [["王立明", "李建华"]],
        id="met-person-said-to-witness",
    ),
    pytest.param(
        "副市长王立明和市长助理张国栋出席签字仪式并见证了市商务局与东洋贸易有限公司签署合作协议。",
        [["王立明", "张国栋"]],
        id="two-subjects-witness",
    ),
    pytest.param(
        "副市长王立明与东洋贸易有限公司总裁李建华会谈并见证了市商务局与东洋贸易有限公司签署合作协议。",
        [["王立明"]],
        id="talks-partner-no-witness-as-before",
    ),
    pytest.param(
        "双方座谈后，副市长王立明和总裁李建华共同见证了市商务局与东洋贸易有限公司签署合作协议。",
        [["王立明", "李建华"]],
        id="no-person-before-the-meeting-verb",
    ),
]


@pytest.mark.parametrize(("text", "want"), WITNESSES)
def test_ext71_the_one_met_is_no_witness(text: str, want: list[list[str]]) -> None:
    """agreements._met_persons: persons after a meeting verb (witness_cut_verbs) in its clause are met, not witnesses,
    unless named again before the witness verb."""
    assert _witnesses(text) == want
