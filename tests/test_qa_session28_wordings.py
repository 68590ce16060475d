"""Questions asked the way people ask them (issue 11, session 28), a table per wording. The people are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, city_page
from qa_helpers import imported_kg

# a unit's head title written with the unit's character once or twice (宣传部长 and 宣传部部长: forms.yaml unit_heads)
POLICE = "青岚市公安局"
HEADS = city_page(
    persons=[
        {"name": "柏听澜", "posts": [{"title": "宣传部长", "org": CPC}]},
        {"name": "韦照川", "posts": [{"title": "局长", "org": POLICE}]},
        {"name": "祁望舒", "posts": [{"title": "统战部部长", "org": CPC}]},
        {"name": "尹晓岑", "posts": [{"title": "宣传部副部长", "org": CPC}]},
    ],
    organizations=[{"name": POLICE, "type": "government", "aliases": [], "located_in": "青岚市"}],
)


@pytest.fixture(scope="module")
def heads_kg():
    return imported_kg((HEADS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市委宣传部部长是谁", {"柏听澜"}, id="unit-head-twice-title-once"),
        pytest.param("青岚市委宣传部长是谁", {"柏听澜"}, id="unit-head-once-as-held"),
        pytest.param("青岚市委统战部长叫什么", {"祁望舒"}, id="unit-head-once-title-twice"),
        pytest.param("青岚市委统战部部长叫什么", {"祁望舒"}, id="unit-head-twice-as-held"),
        pytest.param("青岚市公安局局长是谁", {"韦照川"}, id="bureau-head-twice"),
        pytest.param("青岚市委宣传部副部长是谁", {"尹晓岑"}, id="deputy-not-read-as-the-head"),
    ],
)
def test_a_unit_head_written_once_or_twice(heads_kg, question, expected):
    got = heads_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a university everyone writes short (forms.yaml short_forms): 中财 of 中央财经大学, inside a school's name too
SCHOOL = "中央财经大学税务学院"
SCHOOLS = city_page(
    persons=[
        {"name": "钟砚秋", "posts": [{"title": "副院长", "org": SCHOOL}]},
        {"name": "季明澈", "posts": [{"title": "校长", "org": "复旦大学"}]},
    ],
    organizations=[
        {"name": SCHOOL, "type": "other", "aliases": []},
        {"name": "复旦大学", "type": "other", "aliases": []},
    ],
)


@pytest.fixture(scope="module")
def schools_kg():
    return imported_kg((SCHOOLS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("中财税务学院副院长是哪位", {"钟砚秋"}, id="zhong-cai-school-deputy-head"),
        pytest.param("央财税务学院的副院长叫什么", {"钟砚秋"}, id="yang-cai-school-deputy-head"),
        pytest.param("复旦校长是谁", {"季明澈"}, id="fu-dan-head"),
        pytest.param("中央财经大学税务学院副院长是谁", {"钟砚秋"}, id="full-name-still-answered"),
    ],
)
def test_a_university_written_short(schools_kg, question, expected):
    got = schools_kg.ask(question)
    assert {a.get("title") or a["label"] for a in got.answers} == expected, (got.template, got.message)


# a person's name then a verb and 的 (王某干的是什么工作): the person is the one asked about, not a doer phrase
# standing for someone else; a phrase answers only with nodes of the type it stands for (no facts, no posts)
@pytest.fixture(scope="module")
def city_kg():
    return imported_kg((city_page(), "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("顾远山干的是什么工作", {"董事长"}, id="name-verb-de-asks-the-persons-post"),
        pytest.param("顾远山做的是什么工作呀", {"董事长"}, id="name-zuo-de-asks-the-persons-post"),
        pytest.param("陆听松干的是什么职务", {"市委书记"}, id="name-verb-de-post-word"),
    ],
)
def test_a_name_before_a_verb_and_de(city_kg, question, expected):
    got = city_kg.ask(question)
    assert {a.get("title") or a["label"] for a in got.answers} == expected, (got.template, got.message)


# a one-hop question with a comma between the body (or a phrase standing for one) and the title asked, as said aloud
PACT = city_page(agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06"}])


@pytest.fixture(scope="module")
def pact_kg():
    return imported_kg((PACT, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("跟青岚市政府签战略合作协议那家企业，董事长叫啥", {"顾远山"}, id="one-hop-comma-title"),
        pytest.param("与青岚市签约的企业,董事长是谁", {"顾远山"}, id="one-hop-half-width-comma"),
        pytest.param("与青岚市签约的企业，它的董事长是谁", {"顾远山"}, id="one-hop-comma-it-still"),
        pytest.param("星岫集团，董事长是谁", {"顾远山"}, id="body-comma-title"),
        pytest.param("董事长是谁，星岫集团的", {"顾远山"}, id="afterthought-still"),
    ],
)
def test_a_comma_between_a_body_and_its_title(pact_kg, question, expected):
    got = pact_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# 那家 read as 哪家 only in a question with no question word: 给甲贷款那家银行的行长叫啥 with no loan to 甲 is
# unanswered, never the bank (person_org of 哪家银行)
BANK, FIRM = "青岚农村商业银行", "东湖电缆有限公司"
LOAN = city_page(
    persons=[{"name": "白露溪", "posts": [{"title": "行长", "org": BANK}]}],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": ["青岚农商银行"]},
        {"name": FIRM, "type": "company", "aliases": ["东湖电缆"]},
    ],
    agreements=[{"kind": "贷款", "parties": [BANK, FIRM]}],
)


@pytest.fixture(scope="module")
def loan_kg():
    return imported_kg((LOAN, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("给星岫集团贷款那家银行的行长叫啥", set(), id="na-jia-no-such-loan-no-answer"),
        pytest.param("给星岫集团贷款的那家银行的行长是谁", set(), id="de-na-jia-no-such-loan-no-answer"),
        pytest.param("给东湖电缆贷款那家银行的行长叫啥", {"白露溪"}, id="na-jia-the-loan-still"),
        pytest.param("青岚市委书记是那位", {"陆听松"}, id="na-wei-with-no-question-word-still-asks"),
        pytest.param("白露溪在那家银行工作", {"青岚农村商业银行"}, id="na-jia-with-no-question-word-still-asks"),
    ],
)
def test_a_pointer_in_a_question_that_asks(loan_kg, question, expected):
    got = loan_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a post paired with a who-word (乙银行副行长和谁会谈了) or after 和/跟: its one holder is never the answer, as a name
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星岫集团董事长和谁座谈了", {"陆听松"}, id="post-with-whom-not-its-holder"),
        pytest.param("青岚市委书记和谁座谈了", {"顾远山"}, id="party-post-with-whom-not-its-holder"),
        pytest.param("和星岫集团董事长座谈的是谁", {"陆听松"}, id="he-post-de-shi-shui"),
        pytest.param("跟星岫集团董事长会见的是哪位", {"陆听松"}, id="gen-post-na-wei"),
        pytest.param("顾远山和谁座谈了", {"陆听松"}, id="name-with-whom-still"),
    ],
)
def test_a_post_paired_with_whom(city_kg, question, expected):
    got = city_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# the author asked with 谁写了 (the verb before the article) or 谁拍的 (a photograph): cues.yaml asks.person, author
AUTHORED = city_page()
AUTHORED["articles"][0]["authors"] = ["岳知遥", "石听雪"]


@pytest.fixture(scope="module")
def authored_kg():
    return imported_kg((AUTHORED, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "谁写了青岚市与星岫集团签署战略合作协议那篇报道", {"岳知遥", "石听雪"}, id="shei-xie-le-the-article"
        ),
        pytest.param("青岚市与星岫集团签约那张图片是谁拍的", {"岳知遥", "石听雪"}, id="shi-shei-pai-de-the-picture"),
        pytest.param("谁拍了青岚市与星岫集团签约那篇报道的照片", {"岳知遥", "石听雪"}, id="shei-pai-le-the-picture"),
        pytest.param("青岚市与星岫集团签约那篇报道是谁写的", {"岳知遥", "石听雪"}, id="shi-shei-xie-de-still"),
    ],
)
def test_an_author_asked_by_the_verb(authored_kg, question, expected):
    got = authored_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# a day pointed at after its date (那天, 这天): a filler, not a second question word (the typo reading of 那天 as 哪天
# is left for questions that ask nothing else)
@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("2033年5月6日那天发生了什么事", {"陆听松会见来访的顾远山一行"}, id="date-na-tian-what-happened"),
        pytest.param("2033年5月6日那一天青岚市发生了什么", {"陆听松会见来访的顾远山一行"}, id="date-na-yi-tian"),
        pytest.param("2033年5月6日这天有哪些活动", {"陆听松会见来访的顾远山一行"}, id="date-zhe-tian"),
        pytest.param("陆听松会见顾远山那天是哪一天", {"2033-05-06"}, id="na-tian-before-a-date-question"),
    ],
)
def test_a_day_pointed_at(city_kg, question, expected):
    got = city_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# SESSION28B (qa29): how many, then the items asked for after a comma (甲有几个职务，分别是啥: cues.yaml lists): the
# posts themselves, not a count; 分别 before the how-many (甲和乙分别有几个职务) still counts
SESSION28B_LISTED = [
    pytest.param("陆听松手上有几个职务，分别是啥", {"中共青岚市委员会市委书记"}, id="how-many-then-fen-bie-shi-sha"),
    pytest.param("青岚市有几个市委书记，分别是谁", {"陆听松"}, id="how-many-then-fen-bie-shi-shui"),
    pytest.param("陆听松有几个职务", {"1个"}, id="how-many-alone-still-counts"),
    pytest.param("陆听松和顾远山分别有几个职务", {"1个"}, id="fen-bie-before-how-many-still-counts"),
]


@pytest.mark.parametrize("question,expected", SESSION28B_LISTED)
def test_session28b_items_after_how_many(city_kg, question, expected):
    got = city_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


# SESSION28B (qa29): a choice offered between two persons or two posts (cues.yaml either: 甲市市长是乙还是丙): the one
# of the two the graph says holds, each asked as a check; never the person asked about; 还是 meaning "still" offers
# nothing (乙还是甲市委书记吗: a check as before)
CHOICE = city_page(
    persons=[
        {"name": "甘望川", "posts": [{"title": "市委副书记", "org": CPC}, {"title": "市长", "org": GOV}]},
        {"name": "郁清和", "posts": [{"title": "副市长", "org": GOV}]},
    ]
)


@pytest.fixture(scope="module")
def choice_kg():
    return imported_kg((CHOICE, "made-up.json"))


SESSION28B_CHOICE = [
    pytest.param("青岚市市长是甘望川还是陆听松", {"甘望川"}, id="post-then-two-persons"),
    pytest.param("陆听松还是甘望川是青岚市长", {"甘望川"}, id="two-persons-then-post"),
    pytest.param("陆听松是青岚的市委书记还是市长", {"中共青岚市委员会市委书记"}, id="person-two-posts-first-holds"),
    pytest.param("甘望川是青岚市的市委书记还是市长？", {"青岚市人民政府市长"}, id="person-two-posts-second-holds"),
    pytest.param("青岚市市长是陆听松还是郁清和", set(), id="neither-person-holds"),
    pytest.param("陆听松还是青岚市委书记吗", {"陆听松"}, id="hai-shi-still-a-check"),
    pytest.param("青岚市市长是甘望川吗", {"甘望川"}, id="plain-check-unchanged"),
]


@pytest.mark.parametrize("question,expected", SESSION28B_CHOICE)
def test_session28b_either_or(choice_kg, question, expected):
    got = choice_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)
