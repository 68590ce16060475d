"""Step `resolve`: organisations written in several ways become one (made-up sentences)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


@pytest.mark.parametrize(
    "text,full,short",
    [
        ("华兴银行规划司司长孙琦出任办公厅主任，李多出任规划司司长。", "华兴银行规划司", "规划司"),
        ("山西华兴集团有限公司董事长孙海说，华兴集团将加大投入。", "山西华兴集团有限公司", "华兴集团"),
    ],
    ids=["department-without-its-body", "core-without-place-and-legal-ending"],
)
def test_short_form_merges_into_the_full_name(text, full, short):
    orgs = {o.name: o for o in extract_page(text).organizations}
    assert short not in orgs and short in orgs[full].aliases


def test_department_named_under_two_bodies_stays_apart():
    """办公厅 after both 甲银行办公厅 and 乙银行办公厅: which one is not known."""
    orgs = {
        o.name for o in extract_page("甲兴银行办公厅主任孙琦、乙兴银行办公厅主任李多，与办公厅人员座谈。").organizations
    }
    assert {"甲兴银行办公厅", "乙兴银行办公厅"} <= orgs


@pytest.mark.parametrize(
    "text,full,short",
    [
        pytest.param(
            "东风华兴总经理李一明表示。后来成立东风华兴乘用车公司。",
            "东风华兴乘用车公司",
            "东风华兴",
            id="short-name-before-a-legal-ending",
        ),
        pytest.param(
            "中国石油天然气集团公司总经理王一明出席。中石油集团公司将加大投资。",
            "中国石油天然气集团公司",
            "中石油集团公司",
            id="known-short-form-with-legal-ending",
        ),
        pytest.param(
            "中国华兴集团在会上发言。中国华兴集团公司将加大投资。",
            "中国华兴集团公司",
            "中国华兴集团",
            id="group-and-group-company",
        ),
        pytest.param(
            "央行人事调整正在进行。央行规划司司长孙琦出任办公厅主任，李多出任规划司司长。",
            "央行规划司",
            "规划司",
            id="department-of-a-body-named-by-its-short-form",
        ),
        pytest.param(
            "华光伊宁钢铁公司(下称“伊钢”)举行开工仪式。伊钢将扩产。", "华光伊宁钢铁公司", "伊钢", id="xiacheng-quoted"
        ),
        pytest.param(
            "东海远洋运输（集团）总公司（简称东远集团）成立。东远集团总裁张三说。",
            "东海远洋运输（集团）总公司",
            "东远集团",
            id="jiancheng-bare",
        ),
    ],
)
def test_a_short_form_is_an_alias_of_its_body(text, full, short):
    """A short form (a company's, a department of a body known by its alias, one the text defines) is an alias."""
    facts = extract_page(text)
    orgs = {o.name: o for o in facts.organizations}
    assert short not in orgs and short in orgs[full].aliases
    assert short not in {p.name for p in facts.persons}


@pytest.mark.parametrize(
    "text,names",
    [
        pytest.param(
            "华兴燃气有限公司与甲公司合资成立大同华兴燃气有限公司。大同华兴燃气有限公司总投资3亿元。",
            {"华兴燃气有限公司", "大同华兴燃气有限公司"},
            id="two-registered-names-two-companies",
        ),
        pytest.param(
            "大同市领导会见客商。大同华兴燃气有限公司与华兴燃气有限公司签约。",
            {"华兴燃气有限公司", "大同华兴燃气有限公司"},
            id="place-prefix-is-no-parent-body",
        ),
    ],
)
def test_registered_companies_stay_apart(text, names):
    assert names <= {o.name for o in extract_page(text).organizations}


@pytest.mark.parametrize(
    "text,names",
    [
        pytest.param(
            "山西省人民政府与河北省人民政府签署合作协议。", {"山西省人民政府", "河北省人民政府"}, id="two-governments"
        ),
        pytest.param(
            "大同市华兴集团与长治市华兴集团签约。", {"大同市华兴集团", "长治市华兴集团"}, id="same-core-two-places"
        ),
    ],
)
def test_bodies_of_two_places_stay_apart(text, names):
    assert names <= {o.name for o in extract_page(text).organizations}
