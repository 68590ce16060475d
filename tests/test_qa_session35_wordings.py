"""Questions asked the way people ask them (issue 11, session 35, job qa44), a table per wording. The people and
bodies are made up."""

from __future__ import annotations

import pytest
from qa_helpers import imported_kg

# a pointer said inside a body's name, between the words that tell it and its kind (甲鹏这家集团的总裁: 甲鹏集团's;
# cues.yaml `inside_names`), in a question nothing fits as written: left out when the words around it join into a name
# of the graph; words that join into no name (another body's words, a kind it is not) answer nothing
GROUP, WORKS, FUND = "青岚鹏远集团", "澄江宏达机械厂", "汀州恒信基金"
POINTED = {
    "persons": [
        {"name": "邵长河", "posts": [{"title": "总裁", "org": GROUP}]},
        {"name": "容雪松", "posts": [{"title": "厂长", "org": WORKS}]},
        {"name": "柏云生", "posts": [{"title": "总经理", "org": FUND}]},
    ],
    "organizations": [
        {"name": GROUP, "type": "company"},
        {"name": WORKS, "type": "company"},
        {"name": FUND, "type": "company"},
    ],
}


@pytest.fixture(scope="module")
def pointed_kg():
    return imported_kg((POINTED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚鹏远这家集团的总裁叫啥", {"邵长河"}, id="zhe-jia-group"),
        pytest.param("青岚鹏远那家集团的总裁是谁", {"邵长河"}, id="na-jia-group"),
        pytest.param("澄江宏达这个机械厂的厂长是哪位", {"容雪松"}, id="zhe-ge-works"),
        pytest.param("汀州恒信那家基金总经理是谁", {"柏云生"}, id="na-jia-fund-no-de"),
        # near misses: the words around the pointer join into no name of the graph
        pytest.param("青岚宏达这家集团的总裁叫啥", set(), id="near-miss-another-bodys-words"),
        pytest.param("澄江宏达这家集团的总裁是谁", set(), id="near-miss-a-kind-it-is-not"),
    ],
)
def test_a_pointer_inside_a_name(pointed_kg, question, expected):
    got = pointed_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# how many places a person went to (去了几个城市, 到过几个省; cues.yaml counts.place): the places person_places answers,
# counted, of the level the count word names (templates.yaml person_places level: 几个省 counts provinces); a count
# word naming no level the places can be told by (几个国家) is no count of them
TRAVELLED = {
    "persons": [{"name": "卢正阳"}],
    "places": [
        {"name": "江西省"},
        {"name": "南昌市", "located_in": "江西省"},
        {"name": "九江市", "located_in": "江西省"},
    ],
    "events": [
        {
            "kind": "inspection",
            "date": "2036-05-02",
            "summary": "卢正阳到江西南昌、九江、赣州调研",
            "participants": ["卢正阳"],
            "location": "江西南昌、九江、赣州",
        }
    ],
}


@pytest.fixture(scope="module")
def travelled_kg():
    return imported_kg((TRAVELLED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("卢正阳调研去了几个城市", {"3个"}, id="qu-le-ji-ge-cheng-shi"),
        pytest.param("卢正阳考察了多少个城市", {"3个"}, id="duo-shao-ge-cheng-shi"),
        pytest.param("卢正阳去了几个地方", {"3个"}, id="ji-ge-di-fang"),
        pytest.param("卢正阳到过几个省", {"1个"}, id="ji-ge-sheng-their-province"),
        # near misses: which ones, not how many; a count word of no level the places are told by
        pytest.param("卢正阳去了哪几个城市", {"江西南昌", "九江", "赣州"}, id="near-miss-which-ones"),
        pytest.param("卢正阳去过几个国家", set(), id="near-miss-countries"),
    ],
)
def test_how_many_places_a_person_went_to(travelled_kg, question, expected):
    got = travelled_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a person asked where they hold a title (是哪个省的省委书记, 在哪个省当省委书记): the body holding it, also when the
# title is a post too, written the way a page of that province writes it (省委书记 on a page whose locale is the
# province: its 省委's); a post of a body the question names (江西省委书记) is no title asked of
SECRETARY = {
    "locale": "江西省",
    "persons": [
        {"name": "韦承志", "posts": [{"title": "省委书记", "org": "中共江西省委员会", "org_as_written": "江西省委"}]},
        {"name": "徐文博", "posts": [{"title": "总经理", "org": "青岚重工总公司"}]},
    ],
    "organizations": [
        {"name": "中共江西省委员会", "type": "party", "aliases": ["江西省委"]},
        {"name": "青岚重工总公司", "type": "company"},
    ],
}


@pytest.fixture(scope="module")
def secretary_kg():
    return imported_kg((SECRETARY, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("韦承志是哪个省的省委书记", {"中共江西省委员会"}, id="na-ge-sheng-de-title-and-post"),
        pytest.param("韦承志是哪里的省委书记", {"中共江西省委员会"}, id="na-li-de-title-and-post"),
        pytest.param("韦承志在哪个省当省委书记", {"中共江西省委员会"}, id="zai-na-ge-sheng-dang"),
        # near misses: one who holds no such title; a post of a body the question names
        pytest.param("徐文博是哪个省的省委书记", set(), id="near-miss-holds-no-such-title"),
        pytest.param("韦承志是哪里的江西省委书记", set(), id="near-miss-a-named-bodys-post"),
    ],
)
def test_where_a_person_holds_a_title_that_is_a_post_too(secretary_kg, question, expected):
    got = secretary_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# an event's people asked with nothing to tell the event by but an act it says (出席揭牌的有几个人, 谁出席了揭牌;
# templates.yaml event_participants bare: [held]): the one event of the graph whose own words say the act, of several;
# an act no event says, an act of another kind of fact (签约) or no act at all (谁参加了) answers nothing
UNVEILED = {
    "persons": [{"name": n} for n in ("檀一鸣", "郜晓岚", "芮思齐", "卢正阳", "容雪松")],
    "events": [
        {
            "kind": "other",
            "date": "2036-05-09",
            "summary": "檀一鸣、郜晓岚、芮思齐为青岚科创中心揭牌",
            "participants": ["檀一鸣", "郜晓岚", "芮思齐"],
        },
        {
            "kind": "meeting",
            "date": "2036-05-10",
            "summary": "卢正阳、容雪松出席青岚市招商座谈会",
            "participants": ["卢正阳", "容雪松"],
        },
    ],
}
UNVEILERS = {"檀一鸣", "郜晓岚", "芮思齐"}


@pytest.fixture(scope="module")
def unveiled_kg():
    return imported_kg((UNVEILED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("出席揭牌的有几个人", {"3个"}, id="chu-xi-jie-pai-ji-ge-ren"),
        pytest.param("出席揭牌的有谁", UNVEILERS, id="chu-xi-jie-pai-you-shui"),
        pytest.param("参加揭牌的有哪些人", UNVEILERS, id="can-jia-jie-pai-na-xie-ren"),
        pytest.param("谁出席了揭牌", UNVEILERS, id="shui-chu-xi-le-jie-pai"),
        # near misses: an act no event says; a signing; no act at all; an event told by its name
        pytest.param("出席开工的有谁", set(), id="near-miss-act-no-event-says"),
        pytest.param("出席签约的有谁", set(), id="near-miss-signing"),
        pytest.param("谁参加了", set(), id="near-miss-no-act"),
        pytest.param("出席座谈会的有谁", {"卢正阳", "容雪松"}, id="near-miss-named-event"),
    ],
)
def test_an_events_people_asked_by_its_act_alone(unveiled_kg, question, expected):
    got = unveiled_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
