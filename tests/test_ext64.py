"""Rows of made-up sentences for junk organisations (a kind of body, a fund, a team written with no name of its
own: data/org_generic.yaml suffix_kinds, category_nouns, generic_names) and near-misses, named bodies that stay."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract_page("标题\n\n" + text, source_name="eb_x.txt").organizations}


NO_BODY = [
    pytest.param("张明华介绍了公司在肯尼亚承建的纺织厂和农场等项目。", "纺织厂", id="a-trade-factory-built-abroad"),
    pytest.param("该项目将建设一座年产3亿立方米的液化工厂。", "液化工厂", id="a-plant-to-be-built"),
    pytest.param("刘明调研了一所山东援建的职业技术学校。", "职业技术学校", id="a-vocational-school-counted"),
    pytest.param("王建军到宁远县考察了乡村计划生育服务站。", "乡村计划生育服务站", id="a-kind-of-service-post"),
    pytest.param("今年彩票公益金主要用于补充全国社会保障基金。", "社会保障基金", id="a-fund-no-body"),
    pytest.param(
        "按照有关信托公司净资本管理的要求，全国54家信托公司规模增长。", "信托公司", id="a-kind-of-finance-firm"
    ),
    pytest.param("王建军要求各俱乐部为国家队输送优秀苗子。", "国家队", id="the-national-team"),
    pytest.param("整治结束后，公安机关将对违规行为进行处罚。", "公安机关", id="a-branch-of-the-state"),
    pytest.param("王红表示，前8个月彩票公益金筹集额达到200亿元。", "月彩票公益金", id="a-month-glued-to-a-fund"),
    pytest.param("王红表示，前8个月彩票公益金筹集额达到200亿元。", "彩票公益金", id="a-fund-of-the-lottery"),
    pytest.param("先抽气后采煤可使煤矿安全生产。", "先抽气后采煤可使煤矿", id="a-clause-read-as-a-mine"),
]


@pytest.mark.parametrize(("text", "junk"), NO_BODY)
def test_no_body(text: str, junk: str) -> None:
    assert junk not in _orgs(text)


NAMED = [
    pytest.param("山东红光纺织厂厂长王强说。", "山东红光纺织厂", id="a-named-textile-mill"),
    pytest.param("国家体育总局和中国证券公司出席。", "中国证券公司", id="a-firm-named-by-its-country"),
    pytest.param("东华信托公司总经理李刚表示。", "东华信托公司", id="a-named-trust-firm"),
    pytest.param("宁远县职业技术学校校长张华出席。", "宁远县职业技术学校", id="a-school-of-a-county"),
    pytest.param("先抽气后采煤可使平安煤矿安全生产。", "平安煤矿", id="a-named-mine-after-a-verb-of-causing"),
    pytest.param("今年3月民生银行与宏远集团签约。", "民生银行", id="a-bank-after-a-month"),
    pytest.param("证券日报社长王强出席了会议。", "证券日报", id="a-paper-named-by-its-trade"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_named_body_stays(text: str, name: str) -> None:
    assert any(name in o for o in _orgs(text))
