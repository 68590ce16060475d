"""Questions typed the way people ask them (issue 11, the thirtieth blind set); each row's id names the wording,
and near misses must not be answered: two persons joined by 和/与/跟 and a which-word before a post (乙和丙谁是甲市
市长) offer a choice, asked as 甲市市长是乙还是丙: the one of the two the graph says holds it, neither when neither
does. A surname and a title standing for a person whose body is asked (柏局长是哪个局的, 邵董事长是哪家公司的) ask the
body of that post, of the holder whose name opens with the surname, none when no holder's does. A pointer between a
body and a title (国务院那位副总理) leaves the title whole, not an informal post word inside it (副总). The people and
bodies are made up. Data only (cues.yaml): 长委 a slip for 常委; 办公在哪座城市 and 归哪个直辖市 ask where a body is;
到了哪些人 who took part; 哪家高新区 asks a zone."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, HTZ, SUPPLIER, meeting_page
from qa_helpers import imported_kg

ENERGY, STATE = "青岚市能源局", "国务院"
FACTS = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "秘书长", "org": GOV}]},
    {"name": "柏清源", "posts": [{"title": "副市长", "org": GOV}, {"title": "局长", "org": ENERGY}]},
    {"name": "韩小舟", "posts": [{"title": "总经理", "org": SUPPLIER}]},
    {"name": "邵青禾", "posts": [{"title": "董事长", "org": SUPPLIER}]},
    {"name": "严若愚", "posts": [{"title": "副总理", "org": STATE}]},
    {"name": "宋知微", "posts": [{"title": "副总经理", "org": CO}]},
    {"name": "葛知秋", "posts": [{"title": "市委常委", "org": CPC}]},
)
FACTS["organizations"] += [
    {"name": ENERGY, "type": "government", "aliases": [], "located_in": "青岚市"},
    {"name": STATE, "type": "government", "aliases": []},
]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松和沈听竹谁是青岚市委书记", "post_check", {"陆听松"}, id="he-shui-shi"),
        pytest.param("沈听竹跟陆听松哪个是青岚市政府秘书长", "post_check", {"沈听竹"}, id="gen-na-ge-shi"),
        pytest.param("柏清源与沈听竹谁是副市长", "post_check", {"柏清源"}, id="yu-shui-shi-bare-title"),
        pytest.param("柏局长是哪个局的", "person_org", {ENERGY}, id="surname-title-na-ge-ju-de"),
        pytest.param("局长在哪个单位任职", "person_org", {ENERGY}, id="title-alone-its-body"),
        pytest.param("邵董事长是哪家公司的", "person_org", {SUPPLIER}, id="surname-title-of-several-holders"),
        pytest.param("顾董事长是哪个集团的", "person_org", {CO}, id="surname-title-na-ge-ji-tuan"),
        pytest.param("国务院那位副总理叫什么名", "post_holder", {"严若愚"}, id="na-wei-title-longer-than-role-word"),
        pytest.param("星岫集团那位副总是谁", "post_holder", {"宋知微"}, id="na-wei-role-word-still"),
        pytest.param("青岚市委长委有哪些", "post_holder", {"葛知秋"}, id="typo-chang-wei"),
        pytest.param("青岚市政府办公在哪座城市", "located_in", {"青岚市"}, id="ban-gong-zai-na-zuo-cheng-shi"),
        pytest.param("青岚高新区归哪个直辖市", "located_in", {"青岚市"}, id="gui-na-ge-zhi-xia-shi"),
        pytest.param("新材料是哪家高新区在做", "industry_zones", {HTZ}, id="na-jia-gao-xin-qu"),
        pytest.param("全市招商引资推进会到了哪些人", "event_participants", {"陆听松"}, id="dao-le-na-xie-ren"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("沈听竹和韩小舟谁是青岚市委书记", id="shui-shi-neither-holds"),
        pytest.param("陆听松和沈听竹谁是星岫集团董事长", id="shui-shi-another-body"),
        pytest.param("王局长是哪个局的", id="surname-no-holder-has"),
        pytest.param("沈董事长是哪家公司的", id="surname-of-another-post-holder"),
        pytest.param("星岫集团办公在哪座城市", id="ban-gong-a-body-with-no-place"),
        pytest.param("文旅是哪家高新区在做", id="na-jia-gao-xin-qu-another-industry"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
