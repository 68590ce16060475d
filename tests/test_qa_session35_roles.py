"""Who did an event's act, asked with the act's verb (issue 11, session 35): 谁揭的牌, 谁在开幕式上致辞, 由谁主持, 谁见证了签约.

cues.yaml `doers` maps each verb to the role of the graph that answers it (host: event_host, witness:
agreement_witnesses, said: event_doers, the persons the event's summary says did the act); the question word says
what is asked. The people, bodies and events are made up.
"""

from __future__ import annotations

import pytest
from qa_helpers import imported_kg

GOV, CPC, FIRM, PARK = "澄江市人民政府", "中共澄江市委员会", "远帆重工集团有限公司", "澄江智造产业园"
FACTS = {
    "locale": "澄江市",
    "persons": [
        {"name": "闻绍棠", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "柯望舒", "posts": [{"title": "市委书记", "org": CPC}]},
        {"name": "聂清和", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "卢砚秋", "posts": [{"title": "董事长", "org": FIRM}]},
        {"name": "宫若溪"},
        {"name": "翟慕白"},
        {"name": "郗明远"},
    ],
    "organizations": [
        {"name": GOV, "type": "government", "aliases": ["澄江市政府"]},
        {"name": CPC, "type": "party_committee", "aliases": ["澄江市委"]},
        {"name": FIRM, "type": "company", "aliases": ["远帆重工"]},
        {"name": PARK, "type": "development_zone"},
    ],
    "agreements": [
        {"kind": "战略合作协议", "parties": [GOV, FIRM], "date": "2041-03-02", "witnesses": ["柯望舒"], "fields": []},
    ],
    "events": [
        {
            "kind": "launch",
            "date": "2041-04-01",
            "summary": "澄江智造产业园揭牌，柯望舒为园区揭牌，闻绍棠主持揭牌仪式，卢砚秋、宫若溪致辞",
            "participants": ["柯望舒", "闻绍棠", "卢砚秋", "宫若溪", "聂清和"],
            "organizations": [PARK],
        },
        {
            "kind": "groundbreaking",
            "date": "2041-05-06",
            "summary": "澄江新材料项目开工仪式举行，闻绍棠宣布项目开工，聂清和讲话，翟慕白剪彩",
            "participants": ["闻绍棠", "聂清和", "翟慕白", "郗明远"],
        },
        {
            "kind": "inspection",
            "date": "2041-06-01",
            "summary": "闻绍棠到远帆重工集团有限公司考察，聂清和、郗明远陪同",
            "participants": ["闻绍棠", "聂清和", "郗明远"],
            "organizations": [FIRM],
        },
        {
            "kind": "talks",
            "date": "2041-06-02",
            "summary": "柯望舒接见远帆重工集团代表团，卢砚秋参加",
            "participants": ["柯望舒", "卢砚秋"],
            "organizations": [FIRM],
        },
        {
            "kind": "award",
            "date": "2041-06-03",
            "summary": "澄江市科技表彰大会召开，闻绍棠为获奖企业颁奖，翟慕白代表远帆重工集团有限公司签字",
            "participants": ["闻绍棠", "翟慕白"],
        },
        {
            "kind": "meeting",
            "date": "2041-06-09",
            "summary": "澄江发展论坛开幕，嘉宾致辞",
            "participants": ["郗明远"],
        },
    ],
}
# a second signing: a question naming no agreement is asked which, never guessed
TWO_SIGNINGS = {
    **FACTS,
    "agreements": [
        *FACTS["agreements"],
        {"kind": "金融服务协议", "parties": [GOV, "澄江农商银行"], "date": "2041-07-09", "witnesses": ["闻绍棠"]},
    ],
    "organizations": [*FACTS["organizations"], {"name": "澄江农商银行", "type": "bank"}],
}


@pytest.fixture(scope="module")
def roles_kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.fixture(scope="module")
def two_signings_kg():
    return imported_kg((TWO_SIGNINGS, "made-up.json"))


def _asked(kg, question):
    got = kg.ask(question)
    return got.template, {a["label"] for a in got.answers}, got.message


# the act asked by its verb (doers said): the persons the summary says did it, never every participant
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("谁揭的牌", {"柯望舒"}, id="jie-de-pai"),
        pytest.param("谁为园区揭牌", {"柯望舒"}, id="wei-yuan-qu-jie-pai"),
        pytest.param("哪位领导为园区揭牌", {"柯望舒"}, id="which-leader-jie-pai"),
        pytest.param("为园区揭牌的是谁", {"柯望舒"}, id="jie-pai-de-shi-shui"),
        pytest.param("是谁为园区揭牌的", {"柯望舒"}, id="shi-shui-jie-pai-de"),
        pytest.param("澄江智造产业园是谁揭的牌", {"柯望舒"}, id="park-named-jie-de-pai"),
        pytest.param("揭牌仪式谁致的辞", {"卢砚秋", "宫若溪"}, id="zhi-de-ci-two-named-together"),
        pytest.param("谁在揭牌仪式上致辞", {"卢砚秋", "宫若溪"}, id="zai-yi-shi-shang-zhi-ci"),
        pytest.param("揭牌仪式上谁致辞", {"卢砚秋", "宫若溪"}, id="yi-shi-shang-shui-zhi-ci"),
        pytest.param("谁剪的彩", {"翟慕白"}, id="jian-de-cai"),
        pytest.param("开工仪式上谁剪的彩", {"翟慕白"}, id="kai-gong-yi-shi-jian-cai"),
        pytest.param("谁讲的话", {"聂清和"}, id="jiang-de-hua"),
        pytest.param("开工仪式上谁作了讲话", {"聂清和"}, id="zuo-le-jiang-hua"),
        pytest.param("谁宣布的开工", {"闻绍棠"}, id="xuan-bu-de-kai-gong"),
        pytest.param("谁颁的奖", {"闻绍棠"}, id="ban-de-jiang"),
        pytest.param("谁接见了远帆重工集团代表团", {"柯望舒"}, id="jie-jian"),
        pytest.param("谁陪同考察", {"聂清和", "郗明远"}, id="pei-tong-kao-cha"),
        pytest.param("谁代表远帆重工签的字", {"翟慕白"}, id="dai-biao-qian-de-zi"),
        pytest.param("揭牌的领导是谁", {"柯望舒"}, id="jie-pai-de-ling-dao"),
    ],
)
def test_the_act_asked_by_its_verb(roles_kg, question, expected):
    template, got, message = _asked(roles_kg, question)
    assert (template, got) == ("event_doers", expected), message


# the host asked at the occasion (仪式上): the act's verb 主持 is the host's role, the 揭牌 of 揭牌仪式 only its kind
@pytest.mark.parametrize(
    "question",
    [
        pytest.param("揭牌仪式上谁主持的", id="yi-shi-shang-shui-zhu-chi-de"),
        pytest.param("揭牌仪式上由谁主持", id="yi-shi-shang-you-shui"),
        pytest.param("谁在揭牌仪式上主持", id="zai-yi-shi-shang-zhu-chi"),
        pytest.param("揭牌仪式上主持的是谁", id="zhu-chi-de-shi-shui"),
        pytest.param("是谁在揭牌仪式上主持的", id="shi-shui-zai-zhu-chi-de"),
        pytest.param("揭牌仪式上的主持人是哪位", id="zhu-chi-ren-shi-na-wei"),
        pytest.param("揭牌仪式上哪位领导主持", id="na-wei-ling-dao-zhu-chi"),
        pytest.param("揭牌仪式上主持人是谁", id="zhu-chi-ren-shi-shui"),
    ],
)
def test_the_host_asked_at_the_occasion(roles_kg, question):
    template, got, message = _asked(roles_kg, question)
    assert (template, got) == ("event_host", {"闻绍棠"}), message


# the witness asked at the occasion of the signing (签约仪式上): the occasion names no agreement, the graph's one answers
@pytest.mark.parametrize(
    "question",
    [
        pytest.param("签约仪式上谁见证的", id="yi-shi-shang-shui-jian-zheng"),
        pytest.param("谁在签约仪式上见证", id="zai-yi-shi-shang-jian-zheng"),
        pytest.param("签约仪式上见证的是谁", id="jian-zheng-de-shi-shui"),
        pytest.param("签约仪式上哪位领导见证了签约", id="na-wei-ling-dao-jian-zheng"),
        pytest.param("签约仪式上是谁见证的", id="shi-shui-jian-zheng-de"),
        pytest.param("谁在签约仪式上见证了签约", id="zai-yi-shi-shang-jian-zheng-le"),
        pytest.param("签约仪式上见证签约的领导是谁", id="jian-zheng-de-ling-dao"),
        pytest.param("在签约仪式上见证的领导是谁", id="zai-yi-shi-shang-jian-zheng-de-ling-dao"),
    ],
)
def test_the_witness_asked_at_the_occasion(roles_kg, question):
    template, got, message = _asked(roles_kg, question)
    assert (template, got) == ("agreement_witnesses", {"柯望舒"}), message


# near misses: the occasion's body, its day, everyone there, the host: not the act's doers
@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("谁是揭牌仪式的主办方", "event_organizers", {PARK}, id="near-miss-shui-shi-zhu-ban-fang"),
        pytest.param("谁是揭牌仪式的主办单位", "event_organizers", {PARK}, id="near-miss-zhu-ban-dan-wei"),
        pytest.param("揭牌仪式在哪天", "event_date", {"2041-04-01"}, id="near-miss-which-day"),
        pytest.param(
            "谁参加了揭牌仪式",
            "event_participants",
            {"柯望舒", "闻绍棠", "卢砚秋", "宫若溪", "聂清和"},
            id="near-miss-everyone-there",
        ),
        pytest.param("揭牌仪式谁主持的", "event_host", {"闻绍棠"}, id="near-miss-host-not-unveiler"),
        pytest.param("谁见证了签约", "agreement_witnesses", {"柯望舒"}, id="near-miss-witness-recorded"),
        pytest.param("澄江智造产业园揭牌是谁主持的", "event_host", {"闻绍棠"}, id="near-miss-unveiling-hosted-by"),
        pytest.param(
            "出席澄江智造产业园揭牌的领导有哪些",
            "event_participants",
            {"柯望舒", "闻绍棠", "卢砚秋", "宫若溪", "聂清和"},
            id="near-miss-attended-the-unveiling",
        ),
    ],
)
def test_near_misses_are_not_the_acts_doers(roles_kg, question, template, expected):
    got_template, got, message = _asked(roles_kg, question)
    assert (got_template, got) == (template, expected), message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("签约仪式上谁见证的", id="two-signings-yi-shi-shang"),
        pytest.param("谁见证了签约", id="two-signings-no-description"),
    ],
)
def test_an_occasion_of_several_signings_is_asked_which(two_signings_kg, question):
    template, got, message = _asked(two_signings_kg, question)
    assert not got, (template, got, message)


def test_an_act_several_facts_tell_is_asked_which(roles_kg):
    # the unveiling and the forum both tell 致辞: with no fact named, the user is asked which
    got = roles_kg.ask("谁致辞")
    assert not got.answers and "请说明是哪一个" in (got.message or ""), (got.template, got.message)


def test_an_act_told_of_others_answers_nothing(roles_kg):
    # the forum's summary says 嘉宾致辞, of no one named: 郗明远 took part, but is not said to have spoken
    template, got, message = _asked(roles_kg, "澄江发展论坛上谁致辞")
    assert (template, got) == ("event_doers", set()), message


def test_an_act_the_summary_does_not_tell_answers_those_who_took_part(roles_kg):
    # the groundbreaking's summary tells no 致辞 at all: those who took part, as the participants' template answers
    template, got, message = _asked(roles_kg, "开工仪式上谁致辞")
    assert (template, got) == ("event_doers", {"闻绍棠", "聂清和", "翟慕白", "郗明远"}), message


# 为 is trimmed at the start of what names a fact (为园区揭牌: 园区), never at its end: a title ending with it
# (有志者事竟成，事在人为) keeps it, so its article is still found by its whole title
TITLED = {
    **FACTS,
    "articles": [{"title": "新区建设贵在人为", "date": "2041-06-10", "authors": ["郗明远"]}],
}


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("贵在人为那篇报道的作者是谁", id="title-ending-wei-author"),
        pytest.param("新区建设贵在人为那篇文章是谁写的", id="whole-title-ending-wei"),
    ],
)
def test_a_title_ending_with_wei_keeps_it(question):
    got = imported_kg((TITLED, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("article_authors", {"郗明远"}), got.message
