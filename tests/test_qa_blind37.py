"""Questions typed the way people ask them (issue 11, the thirty-ninth blind set); each row's id names the wording,
and near misses must not be answered otherwise: the paper naming itself as the source (本报里提到的…, 本报报道里的…:
cues.yaml fillers), 咋称呼/怎么称呼 after a title asking its holder's name (cues.yaml asks.person; 称呼 alone stays a
post word), 签了几次约 counting a party's agreements (cues.yaml spoken), a person's posts but one with the post first
(除了当甲，乙还有啥职务: engine.py `_BESIDES_FIRST`), and the answers but the one named after 除了 (除了甲还有谁参加了乙会:
engine.py `_answer_except`, and `_answer_except_unfit` where only the question without 除了甲 fits), and an outlet
named as the source right before the question (人民日报报道里的…, 新华社报道的那次…: cues.yaml framed.sources,
engine.py `_answer_sourced`). The people and bodies are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, city_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

BUREAU = "青岚市商务局"
MEETING = "全市外贸稳增长推进会"
FACTS = city_page(
    persons=[
        {"name": "林照川", "posts": [{"title": "局长", "org": BUREAU}, {"title": "党组书记", "org": BUREAU}]},
        {"name": "白砚秋", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "沈听竹", "posts": [{"title": "副局长", "org": BUREAU}]},
        {"name": "顾晚晴", "posts": [{"title": "副局长", "org": BUREAU}]},
    ],
    organizations=[{"name": BUREAU, "type": "government", "aliases": ["市商务局"], "located_in": "青岚市"}],
    agreements=[
        {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"},
        {"kind": "供货合同", "parties": [CO, SUPPLIER], "date": "2033-05-07"},
    ],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-08",
            "summary": f"林照川主持召开{MEETING}",
            "participants": ["林照川", "白砚秋", "沈听竹"],
            "organizations": [BUREAU],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("本报里提到的青岚市商务局局长是谁啊", "post_holder", {"林照川"}, id="ben-bao-li-ti-dao"),
        pytest.param("本报报道里的白砚秋是什么职位", "person_posts", {f"{GOV}市长"}, id="ben-bao-bao-dao-li"),
        pytest.param("报道里的白砚秋是什么职位", "person_posts", {f"{GOV}市长"}, id="bao-dao-li-de"),
        pytest.param("青岚市商务局的局长咋称呼", "post_holder", {"林照川"}, id="za-cheng-hu"),
        pytest.param("青岚市人民政府的市长怎么称呼", "post_holder", {"白砚秋"}, id="zen-me-cheng-hu"),
        pytest.param("青岚市政府签了几次约", "agreement_kind", {"1份"}, id="qian-le-ji-ci-yue"),
        pytest.param("云岭集团签约了几次", "agreement_kind", {"1份"}, id="qian-yue-le-ji-ci"),
        pytest.param("除了当局长，林照川还有啥职务", "person_posts", {f"{BUREAU}党组书记"}, id="chu-le-dang-first"),
        pytest.param(
            "除了党组书记以外，林照川还担任什么职务", "person_posts", {f"{BUREAU}局长"}, id="chu-le-yi-wai-first"
        ),
        pytest.param(f"除了林照川还有谁参加了{MEETING}", "event_participants", {"白砚秋", "沈听竹"}, id="chu-le-shui"),
        pytest.param(
            f"除了林照川，{MEETING}还有哪些人参加", "event_participants", {"白砚秋", "沈听竹"}, id="chu-le-comma"
        ),
        pytest.param(f"除了林照川以外还有几个人参加了{MEETING}", "event_participants", {"2个"}, id="chu-le-ji-ge"),
        pytest.param(f"{MEETING}除了林照川还有谁参加", "event_participants", {"白砚秋", "沈听竹"}, id="chu-le-mid"),
        pytest.param("青岚市商务局除了沈听竹还有哪些副局长", "post_holder", {"顾晚晴"}, id="chu-le-unfit"),
        pytest.param("除了顾晚晴，青岚市商务局还有哪几位副局长", "post_holder", {"沈听竹"}, id="chu-le-unfit-comma"),
        pytest.param(
            f"除了林照川之外，参加{MEETING}的还有谁", "event_participants", {"白砚秋", "沈听竹"}, id="chu-le-zhi-wai"
        ),
        pytest.param("人民日报报道里的白砚秋是什么职位", "person_posts", {f"{GOV}市长"}, id="ren-min-ri-bao"),
        pytest.param(f"新华社报道的那次{MEETING}是哪天", "event_date", {"2033-05-08"}, id="xin-hua-she-na-ci"),
        pytest.param("央视里提到的青岚市人民政府市长是谁", "post_holder", {"白砚秋"}, id="yang-shi-li-ti-dao"),
        # near misses: as before
        pytest.param("林照川除了局长还担任什么职务", "person_posts", {f"{BUREAU}党组书记"}, id="chu-le-after-still"),
        pytest.param(
            f"{MEETING}有谁参加", "event_participants", {"林照川", "白砚秋", "沈听竹"}, id="participants-still"
        ),
        pytest.param("林照川的称呼", "person_posts", {f"{BUREAU}局长", f"{BUREAU}党组书记"}, id="cheng-hu-still"),
        pytest.param("青岚市政府签了几份协议", "agreement_kind", {"1份"}, id="ji-fen-xie-yi-still"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # the one named after 除了 is not among the answers: nothing taken out, nothing added
        pytest.param(f"除了顾远山还有谁参加了{MEETING}", id="chu-le-not-there"),
        pytest.param("青岚市商务局除了白砚秋还有哪些副局长", id="chu-le-not-a-holder"),
        # 除了 before a post the person does not hold: no other posts offered as if it were
        pytest.param("除了当市长，林照川还有啥职务", id="chu-le-post-not-held"),
    ],
)
def test_near_misses(kg, question):
    got = kg.ask(question)
    assert _labels(got) not in ({"白砚秋", "沈听竹"}, {f"{BUREAU}党组书记"}, {"沈听竹"}, {"顾晚晴"}), (
        got.template,
        _labels(got),
    )
