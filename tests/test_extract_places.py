"""Step `places`: places with the place they lie in, and the located_in answer for them (made-up sentences)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer


def places(text: str) -> dict[str, tuple[str, str]]:
    return {p.name: (p.located_in, p.kind) for p in extract_page(text).places}


@pytest.mark.parametrize(
    "text,name,located_in,kind",
    [
        # division data: the nearest parent not written in the name
        ("记者来到台州市路桥区采访。", "台州市路桥区", "浙江省", "division"),
        ("记者来到路桥区采访。", "路桥区", "台州市", "division"),
        ("长治市召开会议。", "长治市", "山西省", "division"),
        # a chain written in the text: township and village lie in what is written before them
        ("他住在新疆乌鲁木齐县甲乙乡丙丁村。", "丙丁村", "新疆乌鲁木齐县甲乙乡", "village"),
        ("他住在新疆乌鲁木齐县甲乙乡丙丁村。", "甲乙乡", "新疆乌鲁木齐县", "township"),
        ("工厂建在长治市潞州区戊己镇。", "戊己镇", "长治市潞州区", "township"),
        ("她回到山西省平顺县庚辛村。", "庚辛村", "山西省平顺县", "village"),
        # buildings said to stand in a place
        ("一幢３０层的明光大厦屹立在上海浦东。", "明光大厦", "上海浦东", "building"),
        ("位于台州市的华光大楼今天启用。", "华光大楼", "台州市", "building"),
        ("公司在上海浦东建成的远望大厦开业。", "远望大厦", "上海浦东", "building"),
    ],
    ids=[
        "district-with-city",
        "district-alone",
        "city",
        "village-chain",
        "township-chain",
        "town-after-district",
        "village-after-county",
        "building-stands-in",
        "building-located-at",
        "building-built-in",
    ],
)
def test_place_and_where_it_lies(text, name, located_in, kind):
    assert places(text).get(name) == (located_in, kind)


@pytest.mark.parametrize(
    "text,name,located_in",
    [
        # divisions of the 1990s since renamed or merged (data/former_divisions.yaml), by their full names
        pytest.param("记者来到昭通地区采访。", "昭通地区", "云南省", id="a-prefecture-of-the-1990s"),
        pytest.param("记者来到伊克昭盟采访。", "伊克昭盟", "内蒙古自治区", id="a-league-of-the-1990s"),
        pytest.param("记者来到余杭市采访。", "余杭市", "杭州市", id="a-county-level-city-now-a-district"),
        pytest.param("记者来到邗江县采访。", "邗江县", "扬州市", id="a-county-now-a-district"),
        pytest.param("记者来到顺德市采访。", "顺德市", "佛山市", id="a-county-level-city-merged-into-its-city"),
        # a two-character county whose first character ends few words (data/divisions.yaml)
        pytest.param("记者来到攸县采访。", "攸县", "株洲市", id="a-two-character-county"),
    ],
)
def test_divisions_since_renamed_and_short_counties(text, name, located_in):
    assert places(text).get(name) == (located_in, "division")


@pytest.mark.parametrize(
    "text,absent",
    [
        ("浙江省召开会议。", "浙江省"),  # a province lies in nothing we know
        ("上海浦东发展很快。", "上海市浦东新区"),  # every parent is written already
        ("村委会在丙丁村召开会议。", "丙丁村"),  # a village with no chain before it
        ("长治市政府召开会议，乡镇干部参加。", "乡"),  # no township after the city
    ],
    ids=["province", "all-parents-written", "village-without-chain", "no-township"],
)
def test_no_place_without_evidence(text, absent):
    assert absent not in places(text)


@pytest.fixture(scope="module")
def qa() -> QuestionAnswerer:
    kg = KnowledgeGraph.open("memory:")
    text = "本报讯 他住在新疆乌鲁木齐县甲乙乡丙丁村。一幢３０层的明光大厦屹立在上海浦东。记者来到台州市路桥区采访。"
    kg.store.replace([], map_page(extract_page(text), text, "p.txt").quads)
    kg.generation += 1
    return QuestionAnswerer(kg)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("丙丁村位于哪个县、乡？", {"新疆乌鲁木齐县甲乙乡"}),
        ("明光大厦位于哪里？", {"上海浦东"}),
        ("台州市路桥区位于哪个省？", {"浙江省"}),
    ],
    ids=["village", "building", "district-province"],
)
def test_located_in_answers_for_places(qa, question, expected):
    assert {a["label"] for a in qa.answer(question).answers} == expected


@pytest.mark.parametrize(
    "text,org,located_in",
    [
        ("位于上海浦东的华光贸易有限公司今天开业。", "华光贸易有限公司", "上海浦东"),
        ("坐落在台州市路桥区的远望贸易有限公司开业。", "远望贸易有限公司", "台州市路桥区"),
        ("位于长治市的山西华兴集团有限公司开业。", "山西华兴集团有限公司", "山西省"),  # its name says where
        ("上海的华光贸易有限公司今天开业。", "华光贸易有限公司", "嘉兴市"),  # no 位于: the page's place
        ("落户甲州经济技术开发区的华光硅能有限公司投产。", "华光硅能有限公司", "甲州经济技术开发区"),
        ("国家统计局湖南调查总队参加会议。", "国家统计局湖南调查总队", "湖南省"),
        ("国家统计局发布数据，国家统计局湖南调查总队参加会议。", "国家统计局", None),
    ],
    ids=[
        "located-at-chain",
        "sited-in-district",
        "name-place-wins",
        "bare-de-is-not-location",
        "settled-in-a-zone",
        "national-body-branch-named-by-place",
        "national-body-lies-nowhere",
    ],
)
def test_org_located_where_the_text_says(text, org, located_in):
    got = {o.name: o.located_in for o in extract_page(text, locale="嘉兴市").organizations}
    assert got[org] == located_in


@pytest.mark.parametrize(
    "text,org,located_in",
    [
        pytest.param(
            "椒江经济开发区举行签约。“华光储能材料重点实验室”今天在椒江经济开发区正式落地。华光储能材料重点实验室由两校共建。",
            "华光储能材料重点实验室",
            "椒江区",  # the zone's place
            id="lands-in-a-zone",
        ),
        pytest.param(
            "华光储能材料重点实验室正式落户台州市路桥区。",
            "华光储能材料重点实验室",
            "路桥区",
            id="settles-in-a-district",
        ),
        pytest.param(
            "２００３年，远望集团在路桥区成立远望汽车有限公司。",
            "远望汽车有限公司",
            "路桥区",
            id="founded-at-a-place",
        ),
        pytest.param(
            "台州远望汽车有限公司在路桥区成立。",
            "台州远望汽车有限公司",
            "路桥区",
            id="founded-inside-the-named-city",
        ),
        pytest.param(
            "山西远望汽车有限公司在路桥区成立。", "山西远望汽车有限公司", "山西省", id="its-name-names-another-province"
        ),
        pytest.param(
            "华光储能材料重点实验室在台州市路桥区召开会议。",
            "华光储能材料重点实验室",
            "嘉兴市",
            id="a-meeting-is-no-landing",
        ),
    ],
)
def test_org_located_where_it_lands_or_is_founded(text, org, located_in):
    got = {o.name: o.located_in for o in extract_page(text, locale="嘉兴市").organizations}
    assert got[org] == located_in


@pytest.mark.parametrize(
    "text,org,located_in",
    [
        pytest.param(
            "江夏区６００平方公里辖区内聚集了央企和市属单位３０多个，其中金港开发区等都是实力强的单位。",
            "金港开发区",
            "武汉市江夏区",
            id="named-in-a-districts-jurisdiction",
        ),
        pytest.param(
            "江夏区辖区内有金港开发区、青石高新区两个园区。",
            "青石高新技术产业开发区",
            "武汉市江夏区",
            id="listed-in-the-jurisdiction",
        ),
    ],
)
def test_org_located_in_the_jurisdiction_told(text, org, located_in):
    """A body named after a place's 辖区(内) in the same sentence lies in that place, a district with its city."""
    got = {o.name: o.located_in for o in extract_page(text, locale="嘉兴市").organizations}
    assert got[org] == located_in


def test_a_jurisdiction_told_in_another_sentence_places_nothing():
    """Only the sentence that tells the jurisdiction places the bodies it names."""
    got = {
        o.name: o.located_in
        for o in extract_page("江夏区辖区内企业众多。金港开发区举行签约。", locale="嘉兴市").organizations
    }
    assert got["金港开发区"] != "武汉市江夏区"
