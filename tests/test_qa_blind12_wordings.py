"""Questions typed the way people ask them (issue 11, the fourteenth blind set); each row's id names the wording,
and near misses must not be answered. The people and bodies are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, CPPCC, GOV, ZONE, city_page
from qa_helpers import imported_kg

FUND_A, FUND_B = "鹏远基金公司", "汇川基金公司"
BANK, BUREAU, BOARD = "青岚银行", "青岚银行国际司", "东岚国家竞争力委员会"
FACTS = city_page(
    persons=[
        {"name": "钱望海", "posts": [{"title": "常务副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
        {"name": "邓望川", "posts": [{"title": "总经理", "org": FUND_A}, {"title": "副总经理", "org": FUND_B}]},
        {"name": "孙若谷", "posts": [{"title": "总经理", "org": FUND_B}]},
        {"name": "金若溪", "posts": [{"title": "司长", "org": BUREAU}, {"title": "主任", "org": "青岚银行办公厅"}]},
        {"name": "赵东林", "posts": [{"title": "主任委员", "org": BOARD}]},
    ],
    organizations=[
        {"name": FUND_A, "type": "company", "aliases": ["鹏远"]},
        {"name": FUND_B, "type": "company", "aliases": ["汇川"]},
        {"name": BANK, "type": "bank", "aliases": []},
        {"name": BUREAU, "type": "bank", "aliases": ["国际司"]},
        {"name": "青岚银行办公厅", "type": "bank", "aliases": []},
        {"name": BOARD, "type": "government", "aliases": []},
        {"name": "云川煤矿", "type": "company", "aliases": [], "located_in": "山西省"},
        {"name": "青岚市发展改革委", "type": "government", "aliases": []},
        {"name": "先进碳纤维复合材料重点实验室", "type": "lab", "aliases": [], "located_in": "青岚市"},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["新材料", "生物医药"]}],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, "星岫集团有限公司"], "date": "2033-05-06", "fields": ["氢能", "文旅"]}
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-02-18",
            "summary": "青岚市政府召开全市外贸视频会",
            "location": "青岚宾馆",
            "participants": ["钱望海"],
            "organizations": [GOV],
        },
        {
            "kind": "other",
            "summary": "青岚市发展改革委全面启动规划编制工作，谋划项目30个",
            "organizations": ["青岚市发展改革委"],
        },
        {
            "kind": "other",
            "summary": "青岚市发展改革委提前下达东岚以工代赈专项资金5000万元",
            "organizations": ["青岚市发展改革委"],
            "amount": "5000万元",
        },
    ],
)


FACTS["articles"][0]["authors"] = ["柏舟"]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松是青岚市委书记没错吧", "post_check", {"陆听松"}, id="mei-cuo-ba"),
        pytest.param("签约那篇稿是谁写的", "article_authors", {"柏舟"}, id="gao-alone"),
        pytest.param("星岫集团签约稿是谁写的", "article_authors", {"柏舟"}, id="gao-after-the-fact"),
        pytest.param(
            "青岚市政府和星岫集团签的协议说了什么", "agreement_fields", {"氢能", "文旅"}, id="shuo-le-shen-me"
        ),
        pytest.param(
            "星岫集团跟青岚签的战略合作协议约定了什么", "agreement_fields", {"氢能", "文旅"}, id="yue-ding-le"
        ),
        pytest.param("陆听松是青岚市委书记没错吗", "post_check", {"陆听松"}, id="mei-cuo-ma"),
        pytest.param("顾远山是星岫集团董事长没错吧", "post_check", {"顾远山"}, id="mei-cuo-ba-a-chairman"),
        pytest.param("钱望海是青岚常务副市长不是", "post_check", {"钱望海"}, id="bu-shi-a-deputy"),
        pytest.param("陆听松是青岚市委书记不是", "post_check", {"陆听松"}, id="bu-shi-ending"),
        pytest.param("邓望川现在是哪家基金公司总经理", "person_org", {FUND_A}, id="na-jia-ji-jin-gong-si-zong-jing-li"),
        pytest.param("邓望川是哪家基金公司的副总经理", "person_org", {FUND_B}, id="na-jia-ji-jin-gong-si-de"),
        pytest.param("金若溪是哪个司的司长", "person_org", {BUREAU}, id="na-ge-si-de-si-zhang"),
        pytest.param("赵东林是哪个委员会的主任委员", "person_org", {BOARD}, id="na-ge-wei-yuan-hui"),
        pytest.param("外贸视频会是哪年几月开的", "event_date", {"2033-02"}, id="na-nian-ji-yue"),
        pytest.param("东湖经开区主打哪几个产业", "zone_industries", {"新材料", "生物医药"}, id="zhu-da"),
        pytest.param("邓望川在汇川基金公司当过什么", "person_posts_in", {FUND_B + "副总经理"}, id="dang-guo-shen-me"),
        pytest.param("外贸视频会上讲话的领导是谁", "event_doers", {"钱望海"}, id="hui-shang-jiang-hua"),
        pytest.param("青岚规划编制工作是谁启动的", "event_organizers", {"青岚市发展改革委"}, id="shi-shei-qi-dong-de"),
        pytest.param("东岚以工代赈专项一共下达了多少", "amount", {"5000万元"}, id="xia-da-le-duo-shao"),
        pytest.param(
            "哪个部门下达了东岚以工代赈专项资金", "event_organizers", {"青岚市发展改革委"}, id="xia-da-a-body"
        ),
        pytest.param("云川煤矿总部在哪个省份", "located_in", {"山西省"}, id="zong-bu-zai-na"),
        pytest.param("外贸视频会在哪家单位召开", "event_place", {"青岚宾馆"}, id="zai-na-jia-dan-wei-zhao-kai"),
        pytest.param("东岚以工代赈专项资金估算多少", "amount", {"5000万元"}, id="gu-suan"),
        pytest.param("跟陆听松会见的是哪位", "event_participants", {"顾远山"}, id="gen-jia-hui-jian-de"),
        pytest.param("和顾远山会见的人是谁", "event_participants", {"陆听松"}, id="he-jia-hui-jian-de-ren"),
        pytest.param("青岚长务副市长是谁", "post_holder", {"钱望海"}, id="chang-wu-slip"),
        pytest.param("星岫集团懂事长是谁", "post_holder", {"顾远山"}, id="dong-shi-zhang-slip"),
        pytest.param("汇川基金公司总经里叫啥来着", "post_holder", {"孙若谷"}, id="zong-jing-li-slip"),
        pytest.param("碳纤维复合材料实验室在哪个市", "located_in", {"青岚市"}, id="lab-without-xian-jin-zhong-dian"),
        pytest.param("碳纤维复合实验室位于哪座城市", "located_in", {"青岚市"}, id="lab-without-cai-liao"),
        pytest.param("先进碳纤维复合重点实验室在哪", "located_in", {"青岚市"}, id="lab-without-cai-liao-only"),
        pytest.param("青岚政协有哪些人任职", "org_members", {"孟长河"}, id="zheng-xie-without-shi"),
        pytest.param("孟长河是青岚政协的什么官", "person_posts_in", {CPPCC + "政协副主席"}, id="zheng-xie-posts-in"),
        pytest.param(
            "跟顾远山会见的那位领导担任什么职务", "person_posts", {CPC + "市委书记"}, id="gen-jia-hui-jian-one-hop"
        ),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("钱望海是青岚市长没错吧", id="mei-cuo-ba-answered-no"),
        pytest.param("顾远山是青岚市委书记不是", id="bu-shi-answered-no"),
        pytest.param("邓望川是哪家基金公司的董事长", id="na-jia-ji-jin-no-such-title"),
        pytest.param("赵东林是哪个司的司长", id="na-ge-si-no-such-post"),
        pytest.param("钱望海在汇川基金公司当过什么", id="dang-guo-no-post-there"),
        pytest.param("星岫集团懂事长是陆听松吗", id="a-slip-answered-no"),
        pytest.param("碳纤维实验室在哪个市", id="lab-too-little-left"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
