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


@pytest.mark.parametrize(
    "text,posts,names",
    [
        pytest.param(
            "华信银行副行长阙国平表示，该行将加大投放。华信银行上海分行行长柏晓东介绍了情况。",
            {("阙国平", "副行长", "华信银行"), ("柏晓东", "行长", "华信银行上海分行")},
            {"华信银行", "华信银行上海分行"},
            id="bank-officer-and-branch-officer",
        ),
        pytest.param(
            "南岭电力公司总经理甄一明说，南岭电力公司江西分公司经理易大勇将负责施工。",
            {("甄一明", "总经理", "南岭电力公司")},
            {"南岭电力公司", "南岭电力公司江西分公司"},
            id="company-officer-and-branch",
        ),
        pytest.param(
            "经中国人民银行批准，华信信托投资公司从今天起停业整顿。中国人民银行湖南省分行行长马一林宣布了这一决定。",
            {("马一林", "行长", "中国人民银行湖南省分行")},
            {"中国人民银行", "中国人民银行湖南省分行"},
            id="central-bank-named-whole-before-its-branch",
        ),
        pytest.param(
            "本期中期票据由交通银行和国家开发银行联合主承销。会上，国家开发银行安徽省分行行长方一新与该公司签署了合作协议。",
            {("方一新", "行长", "国家开发银行安徽省分行")},
            {"国家开发银行", "国家开发银行安徽省分行"},
            id="underwriter-named-whole-before-its-branch",
        ),
    ],
)
def test_a_body_with_its_own_officers_is_no_alias_of_its_branch(text, posts, names):
    """甲银行副行长X … 甲银行乙分行行长Y: the bank and its branch are two bodies, each with its officer; so are a bank
    written whole before its branch is told (经中国人民银行批准 … 中国人民银行甲省分行行长X) and that branch."""
    facts = extract_page(text)
    got = {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}
    assert posts <= got
    assert names <= {o.name for o in facts.organizations}


def test_a_bank_named_only_in_its_branch_name_is_the_branch():
    """交通银行 written loosely for the 交通银行甲分行 the story is about stays its alias (as the gold)."""
    orgs = {o.name: o for o in extract_page("交通银行长治分行行长郝一凯说，感谢交通银行的支持。").organizations}
    assert "交通银行" not in orgs and "交通银行" in orgs["交通银行长治分行"].aliases


@pytest.mark.parametrize(
    "text,whole,part",
    [
        pytest.param(
            "俄罗斯副总理亚历山大·诺瓦克一行12日抵达哈尔滨。黑龙江省省长王一明当晚会见了诺瓦克一行。",
            "亚历山大·诺瓦克",
            "诺瓦克",
            id="last-part-a-sentence-later",
        ),
        pytest.param(
            "俄罗斯副总理亚历山大·诺一克一行12日访问哈尔滨，省长王一明当天会见了诺一克一行。",
            "亚历山大·诺一克",
            "诺一克",
            id="last-part-in-the-same-sentence",
        ),
    ],
)
def test_a_part_of_a_dotted_name_is_that_person(text, whole, part):
    """会见了卡德卡一行 after 苏林德拉·卡德卡: one person, the events name the whole."""
    page = extract_page(text)
    names = {p.name for p in page.persons}
    assert whole in names and part not in names
    assert all(part not in e.participants for e in page.events)
    assert any(whole in e.participants for e in page.events if e.kind == "talks")


# b45 probe: a zone written without the places its full name opens with (港口物流园区 after 江苏钦州港口物流园区) is that
# zone, one zone whose industries are those its short form was told with (no name word beside them)
@pytest.mark.parametrize(
    "text,full,short,industries",
    [
        pytest.param(
            "标题\n\n本报讯 广西钦州港口物流园区今天举行推介会，副市长、港口物流园区党工委书记刘明华主持。港口物流园区以集装箱物流、"
            "粮油物流和冷链物流为主导产业。",
            "广西钦州港口物流园区",
            "港口物流园区",
            ["集装箱物流", "粮油物流", "冷链物流"],
            id="zone-without-its-province-and-city",
        ),
    ],
)
def test_probe45_zone_without_its_places_is_the_full_zone(text, full, short, industries):
    doc = extract_page(text)
    orgs = {o.name: o for o in doc.organizations}
    assert short not in orgs and short in orgs[full].aliases
    assert {z.name: z.industries for z in doc.development_zones} == {full: industries}
