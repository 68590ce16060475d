"""Questions typed the way people ask them (issue 11, the sixteenth blind set); each row's id names the wording,
and near misses must not be answered. The people and bodies are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, ZONE, city_page
from qa_helpers import imported_kg

BANK, TRADE, MINE, PROPAGANDA = "青岚银行", "青岚市商务局", "青岚煤矿", "中共青岚市委宣传部"
ZONE_BOARD = "东湖经济技术开发区管理委员会"
FACTS = city_page(
    persons=[
        {"name": "钱望海", "posts": [{"title": "常务副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
        {"name": "韦清和", "posts": [{"title": "行长", "org": BANK}]},
        {"name": "蓝若川", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "夏至远", "posts": [{"title": "局长", "org": TRADE}]},
        {"name": "石敢当", "posts": [{"title": "矿长", "org": MINE}]},
        {"name": "任远舟", "posts": [{"title": "副部长", "org": PROPAGANDA}]},
        {"name": "柳如烟", "posts": [{"title": "党组成员", "org": GOV}]},
        {"name": "苏望舒", "posts": [{"title": "主任", "org": ZONE_BOARD}]},
        {"name": "木清风", "posts": [{"title": "市长", "org": "乌鲁木齐市人民政府"}]},
    ],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "青岚市"},
        {"name": TRADE, "type": "government", "aliases": ["青岚商务局"]},
        {"name": MINE, "type": "company", "aliases": []},
        {"name": PROPAGANDA, "type": "party_committee", "aliases": ["青岚市委宣传部"]},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
        {"name": ZONE_BOARD, "type": "government", "aliases": ["东湖经开区管委会"]},
        {"name": "乌鲁木齐市人民政府", "type": "government", "aliases": []},
    ],
    events=[
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "青岚新材料产业园项目开工，总投资20亿元",
            "organizations": [CO],
            "amount": "20亿元",
        },
        {
            "kind": "other",
            "summary": "青岚市选派机关干部到贫困村挂职扶贫，解决扶贫资金4500万元",
            "organizations": [GOV],
            "amount": "4500万元",
        },
        {"kind": "award", "date": "2031", "summary": "星岫集团荣获“全国文明单位”称号", "organizations": [CO]},
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市委书记贵姓", "post_holder", {"陆听松"}, id="gui-xing"),
        pytest.param("青岚银行行长的名讳", "post_holder", {"韦清和"}, id="ming-hui"),
        pytest.param("星岫集团董事长系边个", "post_holder", {"顾远山"}, id="xi-bian-ge"),
        pytest.param("青岚市市长叫神马", "post_holder", {"蓝若川"}, id="shen-ma"),
        pytest.param("青岚市商务局管事的是谁", "post_holder", {"夏至远"}, id="guan-shi-de"),
        pytest.param(
            "钱望海担任何种职务", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="he-zhong-zhi-wu"
        ),
        pytest.param("钱望海有哪些称呼", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="cheng-hu"),
        pytest.param("钱望海头上有几顶帽子", "person_posts", {"2个"}, id="ji-ding-mao-zi"),
        pytest.param("钱望海干过几份工作", "person_posts", {"2个"}, id="ji-fen-gong-zuo"),
        pytest.param("钱望海手上有几个职务", "person_posts", {"2个"}, id="shou-shang"),
        pytest.param("青岚市政府的官员有谁", "org_members", {"钱望海", "蓝若川", "柳如烟"}, id="guan-yuan"),
        pytest.param("星岫集团获“全国文明单位”称号是在哪年", "event_date", {"2031"}, id="shi-zai-na-nian"),
        pytest.param("青岚新材料产业园项目总盘子多大", "amount", {"20亿元"}, id="zong-pan-zi"),
        pytest.param("青岚市常务副市常是谁", "post_holder", {"钱望海"}, id="fu-shi-chang-typo"),
        pytest.param("青岚煤矿矿常是谁", "post_holder", {"石敢当"}, id="kuang-chang-typo"),
        pytest.param("青岚市委宣传部副部张是谁", "post_holder", {"任远舟"}, id="fu-bu-zhang-typo"),
        pytest.param("东湖经开区管委会主认是谁", "post_holder", {"苏望舒"}, id="zhu-ren-typo"),
        pytest.param("青岚市政府党组成圆是哪位", "post_holder", {"柳如烟"}, id="cheng-yuan-typo"),
        pytest.param("青岚市委常委有哪些人", "post_holder", {"钱望海"}, id="shi-chang-wei-still-read"),
        pytest.param("青岚市政府里当市长的是谁", "post_holder", {"蓝若川"}, id="li-dang"),
        pytest.param("青岚市委里面当常委的有谁", "post_holder", {"钱望海"}, id="li-mian-dang"),
        pytest.param("顾远山和谁座谈", "event_participants", {"陆听松"}, id="he-shei-zuo-tan"),
        pytest.param("和顾远山座谈的有哪些人", "event_participants", {"陆听松"}, id="he-jia-zuo-tan-de"),
        pytest.param("青岚银行总部在哪", "located_in", {"青岚市"}, id="zong-bu-zai-na"),
        pytest.param("乌市市长是哪位", "post_holder", {"木清风"}, id="wu-shi-a-city-written-short"),
        pytest.param("挂职扶贫解决了多少资金", "amount", {"4500万元"}, id="jie-jue-le"),
        pytest.param("这几笔钱哪笔最多", "top_amount", {"青岚新材料产业园项目开工"}, id="na-bi-zui-duo"),
        pytest.param("这几笔投入哪笔最少", "top_amount", {"青岚市选派机关干部到贫困村挂职扶贫"}, id="na-bi-zui-shao"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("钱望海在青岚银行担任何种职务", id="he-zhong-zhi-wu-no-post-there"),
        pytest.param("青岚煤矿常务副矿长是谁", id="kuang-chang-wu-no-such-title"),
        pytest.param("星岫集团获“全国文明单位”称号是在哪里", id="zai-na-li-no-place"),
        pytest.param("蓝若川是青岚市常务副市长吗", id="fu-shi-chang-answered-no"),
        pytest.param("星岫集团里当局长的是谁", id="li-dang-no-such-post-there"),
        pytest.param("星岫集团总部在哪", id="zong-bu-zai-na-no-place"),
        pytest.param("挂职扶贫解决了什么问题", id="jie-jue-le-no-sum-asked"),
        pytest.param("乌市副市长是谁", id="wu-shi-no-such-post"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
