"""Questions typed the way people ask them (issue 11, the twenty-fourth blind set); each row's id names the wording,
and near misses must not be answered: a loan asked as 放款 (放款给了哪家公司) is the loan's other side; 抵达 and 到达
are going somewhere (率团是几号抵达…的: the day of the visit); 哪几个机构 asks for the bodies of a person's posts; a
list asked as 分别叫什么 after a cue word asks for what the cue names (主导产业分别叫什么: the industries), not for a
person; 签的是什么协议 asks for the kind of the agreement (agreement_kind); a 现代农业产业示范区 is written 农业示范区.
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, GOV, ZONE, city_page
from qa_helpers import imported_kg

BANK, FIRM = "青岚农商银行", "青岚远帆机电有限公司"
FARM, FARM_CPC = "青岚现代农业产业示范区", "中共青岚现代农业产业示范区工作委员会"
FACTS = city_page(
    persons=[
        {"name": "沈知秋", "posts": [{"title": "市委副书记", "org": CPC}, {"title": "市长", "org": GOV}]},
        {"name": "钟远山", "posts": [{"title": "董事长", "org": FIRM}]},
        {"name": "程雪松", "posts": [{"title": "党工委书记", "org": FARM_CPC}]},
    ],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": ["农商银行"], "located_in": "青岚市"},
        {"name": FIRM, "type": "company", "aliases": ["远帆机电"], "located_in": "青岚市"},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"], "located_in": "青岚市"},
        {"name": FARM, "type": "development_zone", "aliases": [], "located_in": "青岚市"},
        {
            "name": FARM_CPC,
            "type": "party_committee",
            "aliases": ["青岚现代农业产业示范区党工委"],
            "located_in": "青岚市",
        },
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["新材料", "生物医药", "数字经济"]}],
    agreements=[{"kind": "贷款", "parties": [BANK, FIRM]}, {"kind": "长期订货合同", "parties": [FIRM]}],
    events=[
        {
            "kind": "visit",
            "date": "2033-03-02",
            "summary": "钟远山率远帆机电考察团飞赴南屿市洽谈合作",
            "participants": ["钟远山"],
            "organizations": [FIRM],
            "location": "南屿市",
        }
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚农商银行放款给了哪家公司", "agreement_partners", {FIRM}, id="fang-kuan-gei"),
        pytest.param("农商银行放款给哪家企业", "agreement_partners", {FIRM}, id="fang-kuan-short-name"),
        pytest.param("钟远山率团是几号抵达南屿的", "event_date", {"2033-03-02"}, id="di-da"),
        pytest.param("钟远山哪天到达的南屿市", "event_date", {"2033-03-02"}, id="dao-da"),
        pytest.param("沈知秋同时在哪几个机构任职", "person_org", {CPC, GOV}, id="na-ji-ge-ji-gou"),
        pytest.param("沈知秋在哪几家机构任职", "person_org", {CPC, GOV}, id="na-ji-jia-ji-gou"),
        pytest.param(
            "东湖经开区的三个主导产业分别叫什么",
            "zone_industries",
            {"新材料", "生物医药", "数字经济"},
            id="fen-bie-jiao-shen-me",
        ),
        pytest.param(
            "东湖经济技术开发区主导产业分别叫啥",
            "zone_industries",
            {"新材料", "生物医药", "数字经济"},
            id="fen-bie-jiao-sha",
        ),
        pytest.param("远帆机电跟农商银行签的是什么协议", "agreement_kind", {"贷款"}, id="qian-de-shi-shen-me-xie-yi"),
        pytest.param(
            "青岚远帆机电有限公司和青岚农商银行签的什么合同", "agreement_kind", {"贷款"}, id="qian-de-shen-me-he-tong"
        ),
        pytest.param("青岚农业示范区党工委书记是谁", "post_holder", {"程雪松"}, id="nong-ye-shi-fan-qu"),
        pytest.param("青岚农业示范区有哪些人任职", "org_members", {"程雪松"}, id="nong-ye-shi-fan-qu-members"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("云岭集团放款给了哪家公司", id="fang-kuan-a-body-with-no-loan"),
        pytest.param("钟远山率团是几号抵达北川的", id="di-da-a-place-the-visit-lacks"),
        pytest.param("宋晚晴同时在哪几个机构任职", id="na-ji-ge-ji-gou-a-person-the-graph-lacks"),
        pytest.param("西岭开发区的主导产业分别叫什么", id="fen-bie-jiao-shen-me-a-zone-the-graph-lacks"),
        pytest.param("主导产业分别叫什么", id="fen-bie-jiao-shen-me-no-zone"),
        pytest.param("云岭集团签的是什么协议", id="shen-me-xie-yi-a-body-with-no-agreement"),
        pytest.param("青岚市政府签的是什么协议", id="shen-me-xie-yi-a-body-that-signed-nothing"),
        pytest.param("西岭农业示范区党工委书记是谁", id="nong-ye-shi-fan-qu-a-zone-the-graph-lacks"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
