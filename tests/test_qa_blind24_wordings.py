"""Questions typed the way people ask them (issue 11, the twenty-sixth blind set); each row's id names the wording,
and near misses must not be answered: 当差 is a word of working (甲在哪家银行当差的, 甲在哪当差: the body of 甲's
post); 贷了款 and 放了款 are words of a loan (乙银行给哪家企业贷了款); a delegation (代表团) is a body asked for (跟哪个代表团
签约, 与甲签约的代表团是哪个); a post word between a body and a title (甲自治区现任主席) keeps the body's own post when
the body has one, as 甲自治区主席 reads, not its 政协's too; 这个县 (这个市, 这个区, 这个省) after a place says its level again
(甲这个县的县长: 甲县's 县长).
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import imported_kg

BANK, FIRM = "澄江银行青岚分行", "青岚澜石机电设备有限公司"
GROUP, DELEGATION = "青岚锦岫控股集团", "海岚商务代表团"
REGION, REGION_CPPCC = "云川自治区", "云川自治区政协"
COUNTY, OTHER_COUNTY = "临岫县人民政府", "曲岭县人民政府"
FACTS = city_page(
    persons=[
        {"name": "林望川", "posts": [{"title": "行长", "org": BANK}]},
        {"name": "许听澜", "posts": [{"title": "董事长", "org": FIRM}]},
        {"name": "魏青禾", "posts": [{"title": "董事长", "org": GROUP}]},
        {"name": "岳明川", "posts": [{"title": "主席", "org": REGION}]},
        {"name": "乔望舒", "posts": [{"title": "主席", "org": REGION_CPPCC}]},
        {"name": "邵临风", "posts": [{"title": "县长", "org": COUNTY}]},
        {"name": "钱远舟", "posts": [{"title": "县长", "org": OTHER_COUNTY}]},
    ],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "青岚市"},
        {"name": FIRM, "type": "company", "aliases": ["澜石机电"], "located_in": "青岚市"},
        {"name": GROUP, "type": "company", "aliases": ["锦岫集团"], "located_in": "青岚市"},
        {"name": DELEGATION, "type": "other", "aliases": []},
        {"name": REGION, "type": "government", "aliases": []},
        {"name": REGION_CPPCC, "type": "other", "aliases": []},
        {"name": COUNTY, "type": "government", "aliases": [], "located_in": "临岫县"},
        {"name": OTHER_COUNTY, "type": "government", "aliases": [], "located_in": "曲岭县"},
    ],
    agreements=[
        {"kind": "贷款", "parties": [BANK, FIRM]},
        {"kind": "战略合作框架协议", "parties": [DELEGATION, GROUP], "date": "2033-08-03"},
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("林望川是在哪家银行当差的", "person_org", {BANK}, id="zai-na-jia-yin-hang-dang-chai"),
        pytest.param("许听澜在哪当差", "person_org", {FIRM}, id="zai-na-dang-chai"),
        pytest.param("澄江银行青岚分行给哪家企业贷了款", "agreement_partners", {FIRM}, id="gei-na-jia-dai-le-kuan"),
        pytest.param("澜石机电找哪家银行贷了款", "agreement_partners", {BANK}, id="zhao-na-jia-yin-hang-dai-le-kuan"),
        pytest.param("澄江银行青岚分行给谁放了款", "agreement_partners", {FIRM}, id="fang-le-kuan"),
        pytest.param(
            "与锦岫集团签约的代表团是哪个", "agreement_partners", {DELEGATION}, id="qian-yue-de-dai-biao-tuan"
        ),
        pytest.param("锦岫集团跟哪个代表团签约", "agreement_partners", {DELEGATION}, id="gen-na-ge-dai-biao-tuan"),
        pytest.param("和海岚商务代表团签约的集团董事长是谁", "post_holder", {"魏青禾"}, id="dai-biao-tuan-one-hop"),
        pytest.param("云川自治区现任主席是谁", "post_holder", {"岳明川"}, id="xian-ren-zhu-xi-the-body-own"),
        pytest.param("云川自治区政协现任主席是谁", "post_holder", {"乔望舒"}, id="xian-ren-zhu-xi-of-its-zheng-xie"),
        pytest.param("临岫这个县的县长是哪位", "post_holder", {"邵临风"}, id="zhe-ge-xian-de-xian-zhang"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("宋无名在哪当差", id="dang-chai-a-person-the-graph-lacks"),
        pytest.param("云岭集团给哪家企业贷了款", id="dai-le-kuan-a-body-that-lent-nothing"),
        pytest.param("与云岭集团签约的代表团是哪个", id="dai-biao-tuan-a-body-that-signed-nothing"),
        pytest.param("云川自治区现任书记是谁", id="xian-ren-a-post-no-one-holds"),
        pytest.param("临岫这个县的市长是谁", id="zhe-ge-xian-a-title-the-county-lacks"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
