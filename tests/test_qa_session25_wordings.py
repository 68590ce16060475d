"""Questions asked the way people ask them (issue 11, session 25): a ranking's answers carry the sentences of every fact
they sum or count (哪个城市投资最多: each signing and groundbreaking of the city, not one of them). The people, bodies and
sums are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import imported_kg

BANK = "青岚农商银行股份有限公司"
RANKED = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "苏定远", "posts": [{"title": "常务副市长", "org": GOV}]},
    ],
    organizations=[{"name": BANK, "type": "bank", "aliases": ["青岚农商银行"]}],
    events=[
        {
            "kind": "signing",
            "date": "2033-03-02",
            "summary": "云岭集团在岳阳市签约物流项目",
            "organizations": [SUPPLIER],
            "participants": ["韩小舟"],
            "hosts": ["韩小舟"],
            "location": "岳阳市",
            "amount": "30亿元",
        },
        {
            "kind": "signing",
            "date": "2033-03-03",
            "summary": "云岭集团在岳阳市签约仓储项目",
            "organizations": [SUPPLIER],
            "hosts": ["韩小舟"],
            "location": "岳阳市",
            "amount": "20亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-04",
            "summary": "青岚农商银行数据中心在咸宁市开工",
            "organizations": [BANK],
            "participants": ["苏定远"],
            "hosts": ["苏定远"],
            "location": "咸宁市",
            "amount": "40亿元",
        },
    ],
)


@pytest.fixture(scope="module")
def ranked_kg():
    return imported_kg((RANKED, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # 岳阳市: two signings (50亿), 咸宁市 one groundbreaking (40亿)
        pytest.param(
            "哪个城市投资最多",
            "place_most_amount",
            {"岳阳市": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="place-total-cites-each-fact-summed",
        ),
        # 云岭集团 50亿 in two signings, the bank 40亿
        pytest.param(
            "哪家公司投资最大",
            "org_most_amount",
            {SUPPLIER: {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="company-total-cites-each-fact-summed",
        ),
        # 韩小舟 hosted two, 苏定远 one
        pytest.param(
            "谁主持的活动最多",
            "person_most_hosted",
            {"韩小舟": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="most-hosted-cites-each-event-counted",
        ),
        # 顾远山: the talks and the inspection of the shared page; 韩小舟: two signings hosted or attended
        pytest.param(
            "谁参加的活动最多",
            "person_most_events",
            {
                "顾远山": {
                    "陆听松会见来访的顾远山一行，双方座谈后出席签约仪式",
                    "签约仪式前顾远山一行深入东湖区实地考察",
                },
                "韩小舟": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"},
            },
            id="most-attended-each-tied-cites-its-own",
        ),
    ],
)
def test_a_ranking_answer_cites_every_fact_it_counts(ranked_kg, question, template, expected):
    got = ranked_kg.ask(question)
    cited = {a["label"]: {s["sentence"] for s in a["sources"]} for a in got.answers}
    assert (got.template, cited) == (template, expected), got.message


# one act said in two words (开工, 动工): the works of two phases, one written each way, and a signing of the project
ACTED = city_page(
    events=[
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "星岫集团新材料基地一期项目开工",
            "organizations": [CO],
            "location": "青岚市",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-09-01",
            "summary": "星岫集团新材料基地二期项目动工",
            "organizations": [CO],
            "location": "青岚市",
        },
        {
            "kind": "signing",
            "date": "2033-02-01",
            "summary": "星岫集团与青岚市签约新材料基地项目",
            "organizations": [CO, GOV],
        },
    ]
)


@pytest.fixture(scope="module")
def acted_kg():
    return imported_kg((ACTED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("新材料基地项目什么时候动工的", {"2033-09-01"}, id="dong-gong-past-the-closer-signing"),
        pytest.param("新材料基地项目什么时候开工的", {"2033-03-01"}, id="kai-gong-past-the-closer-signing"),
        pytest.param("新材料基地项目动工于哪天", {"2033-09-01"}, id="dong-gong-yu-na-tian"),
        pytest.param("哪天动工的新材料基地项目", {"2033-09-01"}, id="na-tian-dong-gong-de"),
        pytest.param("星岫集团新材料基地动工项目是哪天", {"2033-09-01"}, id="dong-gong-inside-the-description"),
        pytest.param("星岫集团新材料基地开工项目是哪天", {"2033-03-01"}, id="kai-gong-inside-the-description"),
        pytest.param("新材料基地项目在哪动工", {"青岚市"}, id="where-dong-gong"),
    ],
)
def test_an_act_asked_in_its_own_word(acted_kg, question, expected):
    got = acted_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("新材料基地什么时候开建", id="neither-says-kai-jian-two-dates"),
        pytest.param("新材料基地项目哪天竣工", id="no-fact-says-jun-gong"),
        pytest.param("新材料基地竣工项目是哪天", id="jun-gong-inside-the-description"),
        pytest.param("云岭集团新材料基地项目哪天动工", id="another-company-named"),
    ],
)
def test_an_act_no_fact_tells_apart_gets_no_answer(acted_kg, question):
    got = acted_kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


# a body's head asked with a word saying who is in charge (管事的, 负责人) before a title or alone
POLICE, POLITICAL, COMMITTEE = "青岚市公安局", "青岚市公安局政治部", "东湖经济技术开发区管理委员会"
HEADS = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}, {"title": "局长", "org": POLICE}]},
        {"name": "严子陵", "posts": [{"title": "副局长", "org": POLICE}]},
        {"name": "苏定远", "posts": [{"title": "主任", "org": POLITICAL}]},
        {"name": "林望川", "posts": [{"title": "主任", "org": COMMITTEE}]},
        {"name": "温若谷", "posts": [{"title": "常务副主任", "org": COMMITTEE}]},
        {"name": "周禾生", "posts": [{"title": "总经理", "org": SUPPLIER}, {"title": "首席谈判代表", "org": SUPPLIER}]},
        {"name": "钟未央", "posts": [{"title": "副总经理", "org": SUPPLIER}]},
    ],
    organizations=[
        {"name": POLICE, "type": "government", "aliases": []},
        {"name": POLITICAL, "type": "government", "aliases": []},
        {"name": COMMITTEE, "type": "government", "aliases": ["东湖经开区管委会"]},
    ],
)


@pytest.fixture(scope="module")
def heads_kg():
    return imported_kg((HEADS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市公安局管事的副局长是谁", "post_holder", {"严子陵"}, id="guan-shi-de-before-a-title"),
        pytest.param("青岚市公安局牵头的副局长是谁", "post_holder", {"严子陵"}, id="qian-tou-de-before-a-title"),
        pytest.param("青岚市公安局负责的副局长是哪位", "post_holder", {"严子陵"}, id="fu-ze-de-before-a-title"),
        pytest.param("云岭集团主管的副总经理是谁", "post_holder", {"钟未央"}, id="zhu-guan-de-before-a-title"),
        pytest.param("青岚市公安局的管事的局长是谁", "post_holder", {"韩小舟"}, id="de-guan-shi-de-before-a-title"),
        pytest.param("青岚市公安局管事的是谁", "post_holder", {"韩小舟"}, id="guan-shi-de-alone-still-the-head"),
        pytest.param(
            "东湖经济技术开发区管委会负责人是谁", "post_holder", {"林望川"}, id="fu-ze-ren-of-a-committee-its-head"
        ),
        pytest.param("东湖经开区管委会的负责人是哪位", "post_holder", {"林望川"}, id="fu-ze-ren-na-wei-one-head"),
        pytest.param("青岚市公安局负责人是谁", "post_holder", {"韩小舟"}, id="fu-ze-ren-not-the-sub-body-head"),
        pytest.param("青岚市人民政府的负责人是谁", "org_members", {"韩小舟"}, id="fu-ze-ren-no-head-its-leaders"),
        pytest.param("青岚市公安局有哪些负责人", "org_members", {"韩小舟", "严子陵", "苏定远"}, id="na-xie-fu-ze-ren"),
    ],
)
def test_heads_and_second_posts(heads_kg, question, template, expected):
    got = heads_kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚市公安局负责的副市长是谁", id="a-title-the-body-does-not-have"),
        pytest.param("云岭集团管事的副局长是谁", id="guan-shi-de-a-title-not-there"),
    ],
)
def test_heads_near_misses_get_no_answer(heads_kg, question):
    got = heads_kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
