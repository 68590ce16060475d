"""Rows of made-up sentences for a body whose own name joins two fields with 与, 和 or 及 before one suffix (bench/data/
pattern_probe_b57.yaml's and _b58.yaml's Left: lines, ext54's paragraph in bench/README.md; issue 10, session 40 helper
ext56), and the guards: the same words joining two bodies."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _orgs(text: str, name: str = "eb_x.txt") -> list[str]:
    return [o.name for o in extract_page("标题\n\n" + text, source_name=name).organizations]


ONE_NAME = [
    pytest.param(
        "本报讯 昨天，中国科学院西安精密机械与物理研究所所长张一明出席了签约仪式。",
        "中国科学院西安精密机械与物理研究所",
        id="institute-of-two-fields-head",
    ),
    pytest.param(
        "本报讯 昨天，中国科学院南京光学精密机械与物理研究所与宜昌市人民政府签订合作协议。",
        "中国科学院南京光学精密机械与物理研究所",
        id="institute-of-two-fields-signs",
    ),
    pytest.param(
        "中新网6月12日电 香港特区政府财经事务及库务局局长李二强出席了开幕式。",
        "香港特区政府财经事务及库务局",
        id="bureau-of-two-portfolios",
    ),
    pytest.param(
        "本报讯 昨天，澳门特区政府经济事务及财政局局长李二强率团访问宜昌。",
        "澳门特区政府经济事务及财政局",
        id="bureau-whose-second-field-is-a-bureau-word",
    ),
    pytest.param(
        "本报讯 昨天，宜昌华远机械与电子有限公司与当阳市人民政府签订投资协议。",
        "宜昌华远机械与电子有限公司",
        id="company-of-two-trades",
    ),
    pytest.param(
        "本报讯 昨天，宜昌华远环保及节能科技有限公司总经理王三立出席了签约仪式。",
        "宜昌华远环保及节能科技有限公司",
        id="company-whose-second-trade-is-tagged-a-verb",
    ),
    pytest.param(
        "中新网6月12日电 农业农村部市场与信息化司司长张一明介绍，今年农产品价格平稳。",
        "农业农村部市场与信息化司",
        id="ministry-department-of-two-fields",
    ),
]


@pytest.mark.parametrize("text,body", ONE_NAME)
def test_ext56_two_fields_sharing_one_suffix_are_one_name(text, body):
    """A joiner between two fields of work that share one suffix (精密机械与物理|研究所, 财经事务及库务|局, 机械与电子|有限公司)
    is inside the name: the words after it open no place or name and hold no kind of their own, the word before it is
    a common word and a place, a country or a parent body opens the name (mentions._fields_share_suffix; b57 and b58
    Left: cut to 物理研究所, 库务局)."""
    names = _orgs(text, "cnews_x.txt" if text.startswith("中新网") else "eb_x.txt")
    assert body in names
    assert not any(n != body and body.endswith(n) and len(n) > 3 for n in names)


TWO_BODIES = [
    pytest.param(
        "本报讯 昨天，宜昌华远集团与新安电子有限公司签订合同。",
        ["宜昌华远集团", "新安电子有限公司"],
        id="group-and-company-each-with-a-suffix",
    ),
    pytest.param(
        "本报讯 昨天，宜昌华远机械与新安电子有限公司签订合同。",
        ["新安电子有限公司"],
        id="short-firm-and-a-company-opening-with-a-name",
    ),
    pytest.param(
        "本报讯 昨天，宜昌市民与环保志愿者协会一起植树。",
        ["环保志愿者协会"],
        id="citizens-and-an-association",
    ),
    pytest.param(
        "本报讯 昨天，宜昌市商务局及当阳市商务局负责人出席了会议。",
        ["宜昌市商务局", "当阳市商务局"],
        id="two-bureaus-of-two-cities",
    ),
    pytest.param(
        "本报讯 会议提出，要推动企业与科技服务中心深度合作。",
        ["科技服务中心"],
        id="no-name-before-the-first-field",
    ),
    pytest.param(
        "本报讯 贷款专项用于全县中小学校舍维修工程和县人民医院门诊楼建设。",
        [],
        id="a-project-and-the-county-hospital",
    ),
    pytest.param(
        "本报讯 昨天，王三立与华远电子有限公司签订合同。",
        ["华远电子有限公司"],
        id="a-person-and-a-company",
    ),
]


@pytest.mark.parametrize("text,bodies", TWO_BODIES)
def test_ext56_a_joiner_between_two_bodies_stays_a_boundary(text, bodies):
    """The guards: 与/和/及 between two bodies each with its own suffix, before a name (新安, a place name by the
    dictionary), after people (宜昌市民, 王三立), before a level word opening the county's own body (…工程和县人民医院) or after a field no name stands before (推动企业与…) joins two, and no
    organisation runs over it."""
    names = _orgs(text)
    assert all(b in names for b in bodies)
    assert not any(j in n for n in names for j in "与和及")
