"""Questions typed the way people ask them (issue 11, the seventeenth blind set); each row's id names the wording,
and near misses must not be answered: a post nobody holds is asked of no one else. The people and bodies are made
up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, SUPPLIER, ZONE, city_page
from qa_helpers import imported_kg

BANK, LENDER, TRADE, POLICE = "青岚银行", "海川银行", "青岚市商务局", "青岚市公安局"
MINE, PROPAGANDA, BROKER = "青岚煤矿", "中共青岚市委宣传部", "青岚证券有限公司"
COUNTY_CPC, COUNTY_GOV = "中共白沙县委员会", "白沙县人民政府"
COUNTY_ZONE, COUNTY_ZONE_CPC = "白沙经济技术开发区", "中共白沙经济技术开发区工作委员会"
ZONE_BOARD, PARTNER = "东湖经济技术开发区管理委员会", "海川公司"
FACTS = city_page(
    persons=[
        {"name": "钱望海", "posts": [{"title": "常务副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
        {"name": "蓝若川", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "韦清和", "posts": [{"title": "行长", "org": BANK}]},
        {"name": "江听雨", "posts": [{"title": "副行长", "org": LENDER}]},
        {"name": "夏至远", "posts": [{"title": "局长", "org": TRADE}]},
        {"name": "石敢当", "posts": [{"title": "矿长", "org": MINE}]},
        {"name": "任远舟", "posts": [{"title": "副部长", "org": PROPAGANDA}]},
        {"name": "苏望舒", "posts": [{"title": "主任", "org": ZONE_BOARD}]},
        {"name": "纪明远", "posts": [{"title": "分析师", "org": BROKER}]},
        {"name": "白云生", "posts": [{"title": "县委副书记", "org": COUNTY_CPC}, {"title": "县长", "org": COUNTY_GOV}]},
        {"name": "林深见", "posts": [{"title": "党工委书记", "org": COUNTY_ZONE_CPC}]},
    ],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "青岚市"},
        {"name": LENDER, "type": "bank", "aliases": []},
        {"name": TRADE, "type": "government", "aliases": ["青岚商务局"]},
        {"name": POLICE, "type": "government", "aliases": ["市公安局"]},
        {"name": MINE, "type": "company", "aliases": []},
        {"name": PROPAGANDA, "type": "party_committee", "aliases": ["青岚市委宣传部"]},
        {"name": BROKER, "type": "company", "aliases": ["青岚证券"]},
        {"name": COUNTY_CPC, "type": "party_committee", "aliases": ["白沙县委"]},
        {"name": COUNTY_GOV, "type": "government", "aliases": []},
        {"name": COUNTY_ZONE, "type": "development_zone", "aliases": ["白沙经开区"], "located_in": "白沙县"},
        {"name": COUNTY_ZONE_CPC, "type": "party_committee", "aliases": ["白沙经开区党工委"]},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
        {"name": ZONE_BOARD, "type": "government", "aliases": ["东湖经开区管委会"]},
        {"name": PARTNER, "type": "company", "aliases": []},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["新材料", "氢能"]}],
    events=[
        {
            "kind": "award",
            "summary": "有关部门奖励钱望海30万元用于购买住房",
            "participants": ["钱望海"],
            "amount": "30万元",
        },
        {
            "kind": "other",
            "summary": "青岚市商务局、青岚市公安局发布《关于规范夜间经营秩序的公告》",
            "organizations": [TRADE, POLICE],
        },
        {
            "kind": "talks",
            "summary": "星岫集团与云岭集团、海川公司关于合资建设新材料工厂的谈判圆满完成",
            "organizations": [CO, SUPPLIER, PARTNER],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("星岫集团董是长是谁", "post_holder", {"顾远山"}, id="dong-shi-zhang-typo"),
        pytest.param("星岫集团的董世长叫什么", "post_holder", {"顾远山"}, id="dong-shi-zhang-homophone"),
        pytest.param("白沙县县涨是谁", "post_holder", {"白云生"}, id="xian-zhang-typo"),
        pytest.param("青岚市商务局局涨是哪位", "post_holder", {"夏至远"}, id="ju-zhang-typo"),
        pytest.param("东湖经开区管委会主壬是谁", "post_holder", {"苏望舒"}, id="zhu-ren-typo"),
        pytest.param("青岚市委数记是谁", "post_holder", {"陆听松"}, id="shu-ji-homophone"),
        pytest.param("青岚市委宣传部副布长是谁", "post_holder", {"任远舟"}, id="fu-bu-zhang-typo"),
        pytest.param("青岚煤矿的矿张叫啥", "post_holder", {"石敢当"}, id="kuang-zhang-typo"),
        pytest.param("韦清和是青岚银行的行长，没说错吧", "post_check", {"韦清和"}, id="mei-shuo-cuo-ba"),
        pytest.param("青岚市委坐头把交椅的是谁", "post_holder", {"陆听松"}, id="tou-ba-jiao-yi"),
        pytest.param("顾远山跑了哪几个区", "person_places", {"东湖区"}, id="na-ji-ge-qu"),
        pytest.param("纪明远是哪个证券公司的分析师", "person_org", {BROKER}, id="na-ge-zheng-quan-gong-si"),
        pytest.param("钱望海得了多少奖金", "amount", {"30万元"}, id="jiang-jin"),
        pytest.param("跟星岫集团谈成合资的公司是哪几家", "talks_partners", {SUPPLIER, PARTNER}, id="tan-cheng-he-zi"),
        pytest.param("东湖经开区搞啥", "zone_industries", {"新材料", "氢能"}, id="gao-sha"),
        pytest.param("氢能这块是哪几个开发区在做", "industry_zones", {ZONE}, id="zhe-kuai-zai-zuo"),
        pytest.param("青岚市委里有哪些人在文中出现", "org_people", {"陆听松", "钱望海"}, id="zai-wen-zhong-chu-xian"),
        pytest.param("顾远山是谁，在哪上班", "person_posts", {CO + "董事长"}, id="shi-shei-zai-na-shang-ban"),
        pytest.param(
            "白云生干啥的，哪个单位",
            "person_posts",
            {COUNTY_CPC + "县委副书记", COUNTY_GOV + "县长"},
            id="gan-sha-de-na-ge-dan-wei",
        ),
        pytest.param("钱望海除了常务副市长还是啥", "person_posts", {CPC + "市委常委"}, id="chu-le-hai-shi-sha"),
        pytest.param("白云生除了县长以外还有什么身份", "person_posts", {COUNTY_CPC + "县委副书记"}, id="chu-le-yi-wai"),
        pytest.param("白沙县委副书记是谁", "post_holder", {"白云生"}, id="county-deputy-secretary-still-read"),
        pytest.param("白沙经开区党工委书记是谁", "post_holder", {"林深见"}, id="zone-secretary-still-read"),
        pytest.param("青岚市常务副市长是谁", "post_holder", {"钱望海"}, id="chang-wu-fu-still-read"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("钱望海得了什么荣誉", id="jiang-jin-no-sum-asked"),
        pytest.param("蓝若川是青岚市副市长吗", id="fu-shi-zhang-of-the-mayor-answered-no"),
        pytest.param("青岚市副市长是谁", id="fu-shi-zhang-nobody-holds"),
        pytest.param("青岚银行副行长是谁", id="fu-hang-zhang-nobody-holds"),
        pytest.param("海川银行行长是谁", id="hang-zhang-not-the-deputy"),
        pytest.param("顾远山是谁，陆听松是谁", id="two-persons-still-two-questions"),
        pytest.param("钱望海除了常务副市长还去了哪", id="chu-le-not-a-post-question"),
        pytest.param("陆听松除了市委书记还有什么职务", id="chu-le-no-other-post"),
        pytest.param("蓝若川是青岚银行的行长，没说错吧", id="mei-shuo-cuo-ba-answered-no"),
        pytest.param("新材料这块是哪几个县在做", id="zhe-kuai-no-county-asked-of-a-zone"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
