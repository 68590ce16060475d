"""Questions typed the way people ask them (issue 11, the fourteenth blind set): a yes-no question ending on a
tag (没错吧, 没错吗, 不是); the body of one of a person's posts asked by its kind (哪家基金公司总经理, 哪个司的司长, 哪个
委员会的主任委员); and near misses that must not be answered. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CPC, GOV, city_page
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
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松是青岚市委书记没错吧", "post_check", {"陆听松"}, id="mei-cuo-ba"),
        pytest.param("陆听松是青岚市委书记没错吗", "post_check", {"陆听松"}, id="mei-cuo-ma"),
        pytest.param("顾远山是星岫集团董事长没错吧", "post_check", {"顾远山"}, id="mei-cuo-ba-a-chairman"),
        pytest.param("钱望海是青岚常务副市长不是", "post_check", {"钱望海"}, id="bu-shi-a-deputy"),
        pytest.param("陆听松是青岚市委书记不是", "post_check", {"陆听松"}, id="bu-shi-ending"),
        pytest.param("邓望川现在是哪家基金公司总经理", "person_org", {FUND_A}, id="na-jia-ji-jin-gong-si-zong-jing-li"),
        pytest.param("邓望川是哪家基金公司的副总经理", "person_org", {FUND_B}, id="na-jia-ji-jin-gong-si-de"),
        pytest.param("金若溪是哪个司的司长", "person_org", {BUREAU}, id="na-ge-si-de-si-zhang"),
        pytest.param("赵东林是哪个委员会的主任委员", "person_org", {BOARD}, id="na-ge-wei-yuan-hui"),
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
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
