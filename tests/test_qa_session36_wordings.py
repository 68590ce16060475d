"""Questions typed the way people ask them (issue 11, leftovers of blind30 and qa46, job qa47); each row's id names
the wording, and near misses must not change. 会见 reads as talks: 甲会见了哪家公司 asks the other side of the talks
(talks_partners), as 甲和哪家公司会谈了 does; 和谁会见 still asks who took part. The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, city_page
from qa_helpers import imported_kg

FACTS = city_page()


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("陆听松会见了哪家公司", "talks_partners", {CO}, id="hui-jian-le-na-jia-gong-si"),
        pytest.param("陆听松和哪家企业会见了", "talks_partners", {CO}, id="he-na-jia-qi-ye-hui-jian"),
        pytest.param("顾远山跟哪个单位会见", "talks_partners", {GOV}, id="gen-na-ge-dan-wei-hui-jian"),
        # near misses: who took part is still asked of persons, and 会谈 reads as before
        pytest.param("陆听松和谁会见", "event_participants", {"顾远山"}, id="near-he-shei-hui-jian-persons"),
        pytest.param("陆听松和哪家公司会谈了", "talks_partners", {CO}, id="near-hui-tan-unchanged"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


# a second 书记 off the city: 白望川 heads a county's party committee; the city's own 书记 is 陆听松
SURNAMED = city_page(
    persons=[{"name": "白望川", "posts": [{"title": "县委书记", "org": "中共松溪县委员会"}]}],
    organizations=[{"name": "中共松溪县委员会", "type": "party_committee", "aliases": ["松溪县委"]}],
    events=[
        {
            "kind": "inspection",
            "date": "2033-04-21",
            "summary": "白望川到西岭镇调研",
            "participants": ["白望川"],
            "location": "西岭镇",
        }
    ],
)
# and a second 白 who is a 书记 elsewhere: 白书记 is then asked which
TWO_BAI = city_page(
    persons=[
        {"name": "白望川", "posts": [{"title": "县委书记", "org": "中共松溪县委员会"}]},
        {"name": "白映秋", "posts": [{"title": "党工委书记", "org": "东湖经济技术开发区"}]},
    ],
    organizations=[
        {"name": "中共松溪县委员会", "type": "party_committee"},
        {"name": "东湖经济技术开发区", "type": "other"},
    ],
)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("白书记去哪调研了", "person_places", {"西岭镇"}, id="surname-title-off-the-locale"),
        pytest.param("白书记是谁", "post_holder", {"白望川"}, id="surname-title-who-off-the-locale"),
        # near misses: the locale's own holder still answers, a surname nobody holding the title has gets none, and
        # a place written before the title keeps it that place's
        pytest.param("陆书记是谁", "post_holder", {"陆听松"}, id="near-surname-title-locale-holder"),
        pytest.param("王书记去哪调研了", "person_places", set(), id="near-surname-title-nobody"),
        pytest.param("青岚的白书记是谁", "post_holder", set(), id="near-surname-title-qualified-by-place"),
    ],
)
def test_surname_title(question, template, expected):
    got = imported_kg((SURNAMED, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_surname_title_several_asked_which():
    got = imported_kg((TWO_BAI, "made-up.json")).ask("白书记去哪调研了")
    assert (got.answers, {c["label"] for c in got.candidates or []}) == ([], {"白望川", "白映秋"}), got.message


def test_surname_title_of_many_bodies():
    """书记 of more bodies than are tried one by one (resolve.MAX_CHOICES), none the page's own: the one named 白."""
    counties = ["松溪", "桐川", "柳塘", "梅岭", "杏坪", "竹湾"]
    names = ["白望川", "温栖梧", "方砚秋", "程听澜", "左晴岚", "余照川"]
    page = {
        "persons": [
            {"name": n, "posts": [{"title": "县委书记", "org": f"中共{c}县委员会"}]} for n, c in zip(names, counties)
        ],
        "organizations": [{"name": f"中共{c}县委员会", "type": "party_committee"} for c in counties],
        "events": [
            {
                "kind": "inspection",
                "date": "2033-04-21",
                "summary": "白望川到西岭镇调研",
                "participants": ["白望川"],
                "location": "西岭镇",
            }
        ],
    }
    got = imported_kg((page, "made-up.json")).ask("白书记去哪调研了")
    assert (got.template, {a["label"] for a in got.answers}) == ("person_places", {"西岭镇"}), got.message


# 总 after a surname: a company head (cues.yaml surname_roles 总: 老总); 顾远山 chairs 星岫集团, 窦清禾 runs 云岭集团
BOSSES = city_page(persons=[{"name": "窦清禾", "posts": [{"title": "总经理", "org": "云岭集团有限公司"}]}])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("窦总是谁", "post_holder", {"窦清禾"}, id="surname-zong-who"),
        pytest.param("窦总是哪家公司的", "person_org", {"云岭集团有限公司"}, id="surname-zong-which-company"),
        pytest.param("顾总是谁", "post_holder", {"顾远山"}, id="surname-zong-chairman"),
        # 总 opening another word is no post (a near miss); a surname no head has reads the post and gets nobody
        pytest.param("星岫集团总部在哪", "located_in", set(), id="near-zong-bu-no-post"),
        pytest.param("王总是谁", "post_holder", set(), id="surname-zong-nobody-so-named"),
    ],
)
def test_surname_zong(question, template, expected):
    got = imported_kg((BOSSES, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


# a surname and title standing for a person, the title said again after 当 (nothing fits as written): asked with his name
AS_NAMED = city_page(
    persons=[
        {"name": "窦清禾", "posts": [{"title": "总经理", "org": "云岭集团有限公司"}]},
        {"name": "林映雪", "posts": [{"title": "院长", "org": "青岚仁和医院"}]},
    ],
    organizations=[{"name": "青岚仁和医院", "type": "other"}],
)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("窦总现在在哪家公司当总经理", "person_org", {"云岭集团有限公司"}, id="surname-zong-dang-title"),
        pytest.param("林院长在哪家医院当院长", "person_org", {"青岚仁和医院"}, id="surname-title-dang-title"),
        # near misses: nobody so named stays unanswered; the surname alone before a question that fits is as before
        pytest.param("王总在哪家公司当总经理", None, set(), id="near-surname-dang-nobody"),
        pytest.param("林院长在哪家医院任职", "person_org", {"青岚仁和医院"}, id="near-surname-title-fits"),
    ],
)
def test_surname_title_said_twice(question, template, expected):
    got = imported_kg((AS_NAMED, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize("question", ["青岚市政协窦总是谁", "青岚市政协窦总全名"])
def test_surname_title_unfit_returns(question):
    """A body with no head 总 stands for, then a surname and 总 (云岭集团窦总 is answered since qa48: read as
    云岭集团老总, tests/test_qa_session37_wordings.py): the holder's own question is not asked again and again (a
    RecursionError in 3dc2993), unanswered."""
    got = imported_kg((AS_NAMED, "made-up.json")).ask(question)
    assert (got.template, got.answers) == (None, [])
