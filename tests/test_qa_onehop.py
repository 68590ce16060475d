"""One hop through another fact: a post where a person is asked of (青岚市市长出席了哪些活动: the mayor's holders
fill the person slot), and a relative phrase where an organisation is asked of (与青岚市政府签约的企业的董事长是谁:
the companies that signed with the city fill the post's organisation). Made-up graph of two pages, so that
the sources of an answer show both hops' pages."""

from __future__ import annotations

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import load_templates
from kgqa.kg.qa.templates import TemplateError, parse_templates
from qa_helpers import imported_kg

GOV, CPC = "青岚市人民政府", "中共青岚市委员会"
CO1, CO2, CO3 = "星河集团有限公司", "澜江新能源科技有限公司", "远山物流有限公司"
POSTS_PAGE = {
    "locale": "青岚市",
    "articles": [{"title": "青岚市召开经济运行调度会", "first_words": "本报讯 3月1日", "date": "2030-03-01"}],
    "persons": [
        {"name": "石见远", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "柏松年", "posts": [{"title": "市委书记", "org": CPC}]},
        {"name": "云中鹤", "posts": [{"title": "董事长", "org": CO1}]},
        {"name": "苏映雪", "posts": [{"title": "董事长", "org": CO2}]},
        {"name": "顾长风", "posts": [{"title": "董事长", "org": CO3}]},
    ],
    "organizations": [
        {"name": GOV, "type": "government", "aliases": ["青岚市政府"], "located_in": "青岚市"},
        {"name": CPC, "type": "party_committee", "aliases": ["青岚市委"]},
        {"name": CO1, "type": "company", "aliases": ["星河集团"], "located_in": "澄州省"},
        {"name": CO2, "type": "company", "aliases": []},
        {"name": CO3, "type": "company", "aliases": []},
    ],
    "events": [
        {
            "kind": "meeting",
            "date": "2030-03-01",
            "summary": "石见远主持召开全市经济运行调度会",
            "participants": ["石见远"],
            "hosts": ["石见远"],
            "organizers": [GOV],
            "location": "青岚市",
        },
        {
            "kind": "inspection",
            "date": "2030-03-03",
            "summary": "石见远到北坡县考察冷链物流项目",
            "participants": ["石见远"],
            "location": "北坡县",
        },
        {
            "kind": "meeting",
            "date": "2030-03-04",
            "summary": "柏松年出席全市组织工作会议",
            "participants": ["柏松年"],
            "location": "青岚市",
        },
    ],
}
AGREEMENTS_PAGE = {
    "locale": "青岚市",
    "articles": [{"title": "青岚市与两家企业签约", "first_words": "本报讯 3月2日", "date": "2030-03-02"}],
    "organizations": POSTS_PAGE["organizations"],
    "agreements": [
        {"kind": "战略合作协议", "parties": [GOV, CO1], "date": "2030-03-02"},
        {"kind": "投资协议", "parties": [GOV, CO2], "date": "2030-03-02"},
        {"kind": "物流合作协议", "parties": [CO3, CO1], "date": "2030-03-02"},
    ],
}


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return imported_kg((POSTS_PAGE, "posts.json"), (AGREEMENTS_PAGE, "agreements.json"))


# a post where a person is asked of: its holders fill the person slot (via post_holder)
SELECTS = {
    "person_events": [
        "青岚市市长出席了哪些活动？",
        "青岚市市长参加了什么活动",
        "青岚市长参加了哪些会议",
        "青岚市市长参加的活动有哪些",
        "请问青岚市市长都参加了哪些活动",
        "现任青岚市市长出席了哪些会议",
        "青岚市市长出席或主持了哪些活动",
        "青岚的市长参加了哪些活动",
    ],
    "person_hosted": [
        "青岚市市长主持了哪些会议",
        "青岚市市长主持召开了哪些会议",
        "青岚市长主持了哪些会议",
        "青岚市市长主持了什么会议",
        "青岚的市长主持了哪些会议",
        "青岚市市长召集了哪些会议",
        "青岚市市长牵头召开了哪些会议",
        "请问青岚市市长主持召开过什么会议",
    ],
    "person_places": [
        "青岚市市长到哪里考察？",
        "青岚市市长去哪里调研了",
        "青岚市市长考察了哪些地方",
        "青岚市长去了哪儿调研",
        "青岚市市长前往什么地方考察",
        "青岚的市长到哪些地方考察",
        "青岚市市长一行到哪里考察",
        "青岚市市长赴哪些地方走访",
    ],
    # an organisation given by a relative phrase: the other parties of its agreements
    "post_holder": [
        "与青岚市政府签约的企业的董事长是谁？",
        "与青岚市人民政府签约的企业的董事长是谁？",
        "和青岚市政府签约的企业的董事长是谁",
        "与青岚市政府签约的公司的董事长是谁",
        "跟青岚市人民政府签约的企业的董事长叫什么",
        "同青岚市政府签订协议的企业的董事长是谁",
        "与青岚市政府签署协议的企业的董事长有哪些人",
        "与青岚市人民政府签约的企业的老板是谁",
        "与青岚市政府合作的企业的董事长是谁",
    ],
    "org_members": [
        "与青岚市政府签约的企业有哪些领导",
        "与青岚市人民政府签约的企业有哪些负责人",
        "和青岚市政府签约的企业有哪些高管",
        "哪些人在与青岚市人民政府签约的企业任职",
        "与青岚市政府签约的公司的领导有哪些",
        "与青岚市政府签约的企业的领导都是谁",
        "在与青岚市政府签约的企业工作的人有哪些",
        "跟青岚市政府签约的企业有哪些领导干部",
    ],
}

NEAR_MISSES = {
    "person_events": ["青岚市市长是谁", "青岚市人民政府参加了哪些活动", "青岚市市长的妻子参加了哪些活动"],
    "person_hosted": ["青岚市市长参加了哪些活动", "青岚市市长的秘书主持了哪些会议"],
    "person_places": ["青岚市市长在哪里工作", "青岚市市长参加了哪些活动"],
    "post_holder": ["与青岚市政府签约的企业有哪些", "青岚市市长出席了哪些活动", "与火星市签约的企业的董事长是谁"],
    "org_members": ["与青岚市政府签约的企业是哪家", "青岚市人民政府与哪家企业签约"],
}


@pytest.mark.parametrize(
    "tid,question", [pytest.param(t, q, id=f"{t}-{n}") for t, qs in SELECTS.items() for n, q in enumerate(qs)]
)
def test_one_hop_phrasing_selects_its_template(kg, tid, question):
    got = kg.ask(question)
    assert got.template == tid, f"{question!r} -> {got.template} ({got.message})"


@pytest.mark.parametrize(
    "tid,question", [pytest.param(t, q, id=f"{t}-miss{n}") for t, qs in NEAR_MISSES.items() for n, q in enumerate(qs)]
)
def test_one_hop_near_miss_does_not_select_it(kg, tid, question):
    assert kg.ask(question).template != tid


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "青岚市市长出席了哪些活动？", {"全市经济运行调度会", "石见远到北坡县考察冷链物流项目"}, id="events-of-post"
        ),
        pytest.param("青岚市市长主持了哪些会议", {"全市经济运行调度会"}, id="hosted-by-post"),
        pytest.param("青岚市市长到哪里考察", {"北坡县"}, id="places-of-post"),
        pytest.param("青岚市委书记参加了哪些活动", {"全市组织工作会议"}, id="events-of-another-post"),
        pytest.param("与青岚市政府签约的企业的董事长是谁？", {"云中鹤", "苏映雪"}, id="chairs-of-partners"),
        pytest.param("与星河集团签约的企业的董事长是谁", {"顾长风"}, id="chairs-of-a-company-partners"),
        pytest.param("与青岚市政府合作的企业的董事长是谁", {"云中鹤", "苏映雪"}, id="partners-by-cooperation"),
        pytest.param("青岚市政府与哪些企业合作", {CO1, CO2}, id="cooperation-is-a-partner-cue"),
        pytest.param("与青岚市政府签约的企业有哪些", {CO1, CO2}, id="the-phrase-alone-is-the-question"),
        pytest.param("云中鹤所在的那家企业跟哪些单位签了协议", {GOV, CO3}, id="suo-zai-de-body-then-partners"),
        pytest.param("顾长风工作的公司和谁签约了", {CO1}, id="gong-zuo-de-body-then-partners"),
        pytest.param("苏映雪所属的企业与哪家单位签约", {GOV}, id="suo-shu-de-body-then-partners"),
        pytest.param("云中鹤所在的企业是哪家", {CO1}, id="suo-zai-de-phrase-alone-is-the-question"),
        pytest.param("青岚市市长是谁", {"石见远"}, id="post-alone-unchanged"),
        pytest.param("北坡县县长参加了哪些活动", set(), id="post-nobody-holds"),
    ],
)
def test_one_hop_answers(kg, question, expected):
    assert {a["label"] for a in kg.ask(question).answers} == expected


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("与青岚市政府签约的企业的董事长是谁", id="relative-phrase"),
        pytest.param("与青岚市人民政府签约的企业有哪些领导", id="relative-phrase-members"),
    ],
)
def test_sources_show_both_hops(kg, question):
    got = kg.ask(question)
    assert got.answers
    for a in got.answers:
        titles = {s["title"] for s in a["sources"]}
        assert {"青岚市召开经济运行调度会", "青岚市与两家企业签约"} <= titles, (a["label"], titles)


def test_sources_of_a_post_hop_include_the_post(kg):
    direct = kg.ask("石见远到哪里考察").answers[0]["sources"]
    via = kg.ask("青岚市市长到哪里考察").answers[0]["sources"]
    post = kg.ask("青岚市市长是谁").answers[0]["sources"]
    assert all(s in via for s in direct) and any(s in via for s in post) and len(via) > len(direct)


def test_via_must_name_a_template_that_answers_the_slot():
    text = (
        "- {id: a, title: a, examples: [x], asks: [person], answer: a, slots: {p: {type: person, via: {post: b}}},\n"
        "   sparql: 'SELECT ?p ?x ?label WHERE { ?p ?x ?label }'}\n"
        "- {id: b, title: b, examples: [x], asks: [org], answer: b, slots: {post: {type: post, binds: [org, role]}},\n"
        "   sparql: 'SELECT ?org ?role ?x ?label WHERE { ?org ?role ?x . ?x ?p ?label }'}\n"
    )
    with pytest.raises(TemplateError, match="does not answer person"):
        parse_templates(text)
    with pytest.raises(TemplateError, match="has no post slot"):
        parse_templates(text.replace("via: {post: b}", "via: {post: a}").replace("asks: [org]", "asks: [person]"))


def test_templates_declare_their_hops():
    hops = {t.id: dict(s.via) for t in load_templates().values() for s in t.slots.values() if s.via}
    assert hops["person_events"] == {"post": "post_holder"}


# a fact's role noun after its description, opening a longer question (调度会的主持人担任什么职务): the phrase is
# answered as a question of its own (the meeting's host), whose answers fill the person slot
ROLES_PAGE = {
    "locale": "青岚市",
    "articles": [{"title": "青岚市政协考察团赴北坡县", "first_words": "本报讯 3月5日", "date": "2030-03-05"}],
    "persons": [
        {"name": "林望舒", "posts": [{"title": "政协副主席", "org": "青岚市政协"}]},
        {"name": "周远帆", "posts": [{"title": "县长", "org": "北坡县人民政府"}]},
        {"name": "韩若水", "posts": [{"title": "副县长", "org": "北坡县人民政府"}]},
    ],
    "organizations": [
        {"name": "青岚市政协", "type": "other", "aliases": []},
        {"name": "北坡县人民政府", "type": "government", "aliases": ["北坡县政府"]},
    ],
    "events": [
        {
            "kind": "inspection",
            "date": "2030-03-05",
            "summary": "青岚市政协副主席林望舒带领考察团到北坡县考察冷链物流产业",
            "participants": ["林望舒"],
            "location": "北坡县",
        },
        {
            "kind": "meeting",
            "date": "2030-03-06",
            "summary": "周远帆主持召开北坡县春耕座谈会",
            "participants": ["周远帆"],
            "hosts": ["周远帆"],
        },
        {
            "kind": "meeting",
            "date": "2030-03-07",
            "summary": "韩若水主持召开北坡县物流座谈会",
            "participants": ["韩若水"],
            "hosts": ["韩若水"],
        },
    ],
}


@pytest.fixture(scope="module")
def roles_kg() -> KnowledgeGraph:
    return imported_kg((POSTS_PAGE, "posts.json"), (ROLES_PAGE, "roles.json"))


@pytest.mark.parametrize(
    "question,tid,expected",
    [
        pytest.param("调度会的主持人担任什么职务", "person_posts", {"青岚市人民政府市长"}, id="host-posts"),
        pytest.param("调度会主持人有哪些职务", "person_posts", {"青岚市人民政府市长"}, id="host-posts-no-de"),
        pytest.param("经济运行调度会的主持人是什么官", "person_posts", {"青岚市人民政府市长"}, id="host-official"),
        pytest.param("请问调度会的主持人担任什么职务", "person_posts", {"青岚市人民政府市长"}, id="host-framed"),
        pytest.param("调度会的主持人在哪个单位工作", "person_org", {GOV}, id="host-body"),
        pytest.param("调度会的召集人在哪里任职", "person_org", {GOV}, id="convener-body"),
        pytest.param("调度会的主持人去哪里考察了", "person_places", {"北坡县"}, id="host-places"),
        pytest.param("春耕座谈会的主持人担任什么职务", "person_posts", {"北坡县人民政府县长"}, id="host-of-a-forum"),
        pytest.param(
            "冷链物流考察团带队的领导担任什么职务", "person_posts", {"青岚市政协政协副主席"}, id="delegation-lead"
        ),
        pytest.param("考察团的带队领导有哪些职务", "person_posts", {"青岚市政协政协副主席"}, id="delegation-lead-2"),
    ],
)
def test_fact_role_phrase_fills_the_person(roles_kg, question, tid, expected):
    got = roles_kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (tid, expected), got.message


# a fact's doer written as a verb phrase from the question's start, 的 and a person noun (主持调度会的那个人是什么职务;
# cues.yaml relative.agents): the phrase is answered as a question of its own, its answers fill the person slot
@pytest.mark.parametrize(
    "question,tid,expected",
    [
        pytest.param("主持调度会的那个人担任什么职务", "person_posts", {"青岚市人民政府市长"}, id="agent-posts"),
        pytest.param("主持经济运行调度会的人是什么官", "person_posts", {"青岚市人民政府市长"}, id="agent-official"),
        pytest.param("主持调度会的那位领导在哪个单位工作", "person_org", {GOV}, id="agent-body"),
        pytest.param("请问主持调度会的那位领导担任什么职务", "person_posts", {"青岚市人民政府市长"}, id="agent-framed"),
        pytest.param("主持调度会的那个人去哪里考察了", "person_places", {"北坡县"}, id="agent-places"),
        pytest.param("主持春耕座谈会的那个人担任什么职务", "person_posts", {"北坡县人民政府县长"}, id="agent-forum"),
        pytest.param(
            "主持召开物流座谈会的领导是什么职务", "person_posts", {"北坡县人民政府副县长"}, id="agent-convened"
        ),
        pytest.param(
            "带领考察团考察冷链物流的那位领导担任什么职务", "person_posts", {"青岚市政协政协副主席"}, id="agent-lead"
        ),
    ],
)
def test_fact_agent_phrase_fills_the_person(roles_kg, question, tid, expected):
    got = roles_kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (tid, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("主持座谈会的那个人担任什么职务", id="agent-two-forums-no-guess"),
        pytest.param("主持火星大会的那个人担任什么职务", id="agent-no-such-event"),
        pytest.param("主持组织工作会议的那位领导担任什么职务", id="agent-a-meeting-with-no-host"),
    ],
)
def test_fact_agent_phrase_never_guesses(roles_kg, question):
    assert not roles_kg.ask(question).answers


def test_fact_agent_phrase_alone_is_its_own_question(roles_kg):
    got = roles_kg.ask("主持调度会的那个人是谁")
    assert got.template == "event_host" and {a["label"] for a in got.answers} == {"石见远"}


@pytest.mark.parametrize(
    "question,tid",
    [
        pytest.param("调度会的主持人是谁", "event_host", id="the-phrase-is-the-question"),
        pytest.param("调度会的主持人是哪位领导", "event_host", id="asks-the-same-type"),
        pytest.param("调度会的主持人叫什么名字", "event_host", id="asks-the-name"),
    ],
)
def test_fact_role_phrase_alone_is_its_own_question(roles_kg, question, tid):
    got = roles_kg.ask(question)
    assert got.template == tid and {a["label"] for a in got.answers} == {"石见远"}


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("座谈会的主持人担任什么职务", id="two-forums-no-guess"),
        pytest.param("组织工作会议的主持人担任什么职务", id="a-meeting-with-no-host"),
        pytest.param("火星大会的主持人担任什么职务", id="no-such-event"),
    ],
)
def test_fact_role_phrase_never_guesses(roles_kg, question):
    assert not roles_kg.ask(question).answers
