"""Questions typed the way people ask them (issue 11, the tenth blind set): a place word between a body and its title
(甲市政府那边的市长), who serves as a title of a body the post is filed under another name of (甲煤矿由谁当矿长),
何许人 and 哪位先生, 身上, a list of names (参会人员名单), 组织方, 地点是哪, 归哪个城市管, 排第一, a how-many word
after fillers (主导产业一共几个), which-words that count nothing (哪几家单位, 哪几个地方), 会谈 as taking part, a post
inside a fact's description read as its holder (甲县县长主持的会议), the post asked about after another inside the
description (和乙行副行长会谈的那位副市长), the witness holding a post (见证签约的市委书记), 哪位领导 asking who took
part (签约时哪位领导出席), 签 before the agreement noun with a party written short (跟云岭签了供货合同的是哪家), the
biggest sum within a place (甲镇投资最多的项目); and near misses that must not be answered. The facts are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, ZONE, city_page
from qa_helpers import imported_kg

BUREAU, MINE, MINE_FILED = "青岚市商贸局", "青岚白石煤矿", "白石矿"
FACTS = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "江以宁", "posts": [{"title": "矿长", "org": MINE_FILED}]},
        {"name": "苏定远", "posts": [{"title": "副总经理", "org": SUPPLIER}]},
    ],
    organizations=[
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"], "located_in": "青岚市"},
        {"name": BUREAU, "type": "government", "aliases": ["青岚市商贸局"], "located_in": "青岚市"},
        {"name": MINE, "type": "company", "aliases": [], "located_in": "青岚市"},
        {"name": MINE_FILED, "type": "company", "aliases": [], "located_in": "青岚市"},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["硅材料", "储能"]}],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "witnesses": ["陆听松", "韩小舟"]},
        {"kind": "长期供货合同", "parties": [CO, SUPPLIER], "date": "2033-04-02"},
    ],
    events=[
        {
            "kind": "talks",
            "date": "2033-03-02",
            "summary": "宋晚晴会见苏定远，双方就供货事宜会谈",
            "participants": ["宋晚晴", "苏定远"],
            "organizations": [GOV, SUPPLIER],
        },
        {
            "kind": "meeting",
            "date": "2033-03-09",
            "summary": "青岚市商贸局召开外贸企业座谈会，韩小舟主持，宋晚晴参加",
            "participants": ["韩小舟", "宋晚晴"],
            "organizations": [BUREAU],
            "location": "青岚宾馆",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "星岫集团硅材料二期工程开工",
            "organizations": [CO],
            "location": "东湖区",
            "amount": "12亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-03",
            "summary": "白石煤矿洗选中心开工",
            "organizations": [MINE],
            "location": "白石镇",
            "amount": "3亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-04",
            "summary": "云岭集团仓储物流园开工",
            "organizations": [SUPPLIER],
            "location": "白石镇",
            "amount": "5亿元",
        },
    ],
    articles=[{"title": "白石煤矿洗选中心开工", "first_words": "本报讯", "date": "2033-03-03"}],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市政府那边市长是哪个", "post_holder", {"韩小舟"}, id="a-place-word-between-body-and-title"),
        pytest.param("青岚白石煤矿由谁当矿长", "post_holder", {"江以宁"}, id="who-serves-a-post-filed-elsewhere"),
        pytest.param("青岚市委书记是何许人", "post_holder", {"陆听松"}, id="he-xu-ren"),
        pytest.param("星岫集团董事长是哪位先生", "post_holder", {"顾远山"}, id="which-gentleman"),
        pytest.param("外贸企业座谈会的参会人员名单", "event_participants", {"韩小舟", "宋晚晴"}, id="a-list-of-names"),
        pytest.param("外贸企业座谈会的组织方", "event_organizers", {BUREAU}, id="zu-zhi-fang"),
        pytest.param("外贸企业座谈会开会地点是哪", "event_place", {"青岚宾馆"}, id="di-dian-shi-na"),
        pytest.param("东湖经济技术开发区归哪个城市管", "located_in", {"青岚市"}, id="gui-na-ge-cheng-shi-guan"),
        pytest.param("东湖经开区的主导产业一共几个", "zone_industries", {"2个"}, id="how-many-after-fillers"),
        pytest.param("投资额排第一的是哪个项目", "top_amount", {"星岫集团硅材料二期工程开工"}, id="pai-di-yi"),
        pytest.param("外贸企业座谈会是哪几家单位组织的", "event_organizers", {BUREAU}, id="which-bodies-count-nothing"),
        pytest.param(
            "青岚市市长主持的座谈会有哪些人参加",
            "event_participants",
            {"韩小舟", "宋晚晴"},
            id="a-post-inside-the-description-is-its-holder",
        ),
        pytest.param(
            "和云岭集团副总经理会谈的那位副市长是谁",
            "event_post_holder",
            {"宋晚晴"},
            id="the-post-asked-after-the-one-described",
        ),
        pytest.param(
            "见证星岫集团签约的市委书记是谁", "agreement_post_witness", {"陆听松"}, id="the-witness-holding-a-post"
        ),
        pytest.param(
            "见证战略合作协议签署的青岚市市长是谁", "agreement_post_witness", {"韩小舟"}, id="the-mayor-who-witnessed"
        ),
        pytest.param("宋晚晴和谁会谈了", "event_participants", {"苏定远"}, id="with-whom-is-the-other-side"),
        pytest.param(
            "青岚市副市长宋晚晴就供货事宜的会谈是哪天",
            "event_date",
            {"2033-03-02"},
            id="a-post-before-its-holders-name",
        ),
        pytest.param(
            "跟云岭签了长期供货合同的是哪家企业", "agreement_partners", {CO}, id="a-party-written-short-before-qian"
        ),
        pytest.param(
            "白石镇投资最多的项目是哪个", "place_top_amount", {"云岭集团仓储物流园开工"}, id="the-biggest-in-a-place"
        ),
        pytest.param(
            "东湖区总投资最大的项目", "place_top_amount", {"星岫集团硅材料二期工程开工"}, id="the-biggest-there"
        ),
        pytest.param(
            "青岚市商贸局开座谈会时哪些领导出席",
            "event_participants",
            {"韩小舟", "宋晚晴"},
            id="which-leader-took-part",
        ),
    ],
)
def test_blind8_wordings_answer(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("和云岭集团副总经理会谈的那位市长是谁", id="a-holder-who-was-not-there"),
        pytest.param("见证星岫集团签约的副市长是谁", id="a-post-no-witness-holds"),
        pytest.param("星岫集团董事长是哪位先生的朋友", id="someone-else-asked-about"),
        pytest.param("青岚市政府那边有几位董事长", id="a-title-the-body-does-not-have"),
        pytest.param("西山镇投资最多的项目是哪个", id="a-place-the-graph-does-not-have"),
        pytest.param("青岚宾馆投资最多的项目是哪个", id="a-place-with-no-amount"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


def test_which_leaders_of_a_body_still_ask_its_members(kg):
    got = kg.ask("青岚市政府有哪些领导")
    assert got.template == "org_members" and {a["label"] for a in got.answers} == {"韩小舟", "宋晚晴"}
