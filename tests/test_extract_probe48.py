"""Rows of made-up sentences for the general patterns behind the misses of probe batch b48 (agriculture, rural affairs,
energy and resources; bench/data/pattern_probe_b48.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract.agreements import clean_kind

KINDS_WITH_A_QUANTITY_BEFORE = [
    pytest.param("了3万亩制种订单收购合同", "制种订单收购合同", id="mu-of-land"),
    pytest.param("了５０万吨稻谷购销合同", "稻谷购销合同", id="full-width-tons"),
    pytest.param("了1.5万吨化肥供应合同", "化肥供应合同", id="decimal-tons"),
    pytest.param("了20年期购售电合同", "购售电合同", id="digit-years-term"),
    pytest.param("了200万千瓦时供电合同", "供电合同", id="kilowatt-hours"),
    pytest.param("了8000公斤种子购销协议", "种子购销协议", id="kilograms"),
]


@pytest.mark.parametrize("obj,kind", KINDS_WITH_A_QUANTITY_BEFORE)
def test_probe48_a_quantity_before_the_kind_is_no_part_of_it(obj, kind):
    """A quantity of land, weight, energy or a term in years written before an agreement noun (签订了3万亩制种订单收购合同,
    20年期购售电合同) says how much, not what kind (agreement_kinds.yaml kind_prefix_drop, as amounts and counts
    already; b48 probe: four kinds kept their 3万亩/５０万吨/20年期/1万亩)."""
    assert clean_kind(obj) == kind
