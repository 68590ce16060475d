"""Question cleaning: traditional characters, spoken forms, dates in Chinese numerals and two-digit years."""

from __future__ import annotations

import pytest
from kgqa.kg.qa.parse import clean_question, cn_number
from qa_helpers import imported_kg


@pytest.mark.parametrize(
    "question,cleaned",
    [
        pytest.param("甲市市長是誰？", "甲市市长是谁", id="traditional"),
        pytest.param("乙集團位於哪個城市", "乙集团位于哪个城市", id="traditional-yu-of-weiyu"),
        pytest.param("丙鵬是谁", "丙鵬是谁", id="one-traditional-character-is-a-name"),
        pytest.param("著名企业有哪些", "著名企业有哪些", id="a-character-of-both-stays"),
        pytest.param("丁某是甚麼職務", "丁某是什么职务", id="shenme-of-taiwan"),
        pytest.param("丁某是干嘛的", "丁某是干什么的", id="ganma"),
        pytest.param("甲市 市长 是谁 ?", "甲市市长是谁", id="half-width-spaces-and-mark"),
        pytest.param("甲市市长是谁？！", "甲市市长是谁", id="full-width-marks"),
        pytest.param("二〇三〇年三月二十三日开了什么会", "2030年3月23日开了什么会", id="date-in-chinese"),
        pytest.param("一九九八年一月", "1998年1月", id="year-and-month-in-chinese"),
        pytest.param("30年3月1号开了什么会", "2030年3月1号开了什么会", id="two-digit-year-2000s"),
        pytest.param("98年度工作会议", "1998年度工作会议", id="two-digit-year-1900s"),
        pytest.param("2030年三月五日", "2030年3月5日", id="month-and-day-in-chinese"),
        pytest.param("连续11年增长的企业", "连续11年增长的企业", id="years-counted-stay"),
        pytest.param("第11年3月", "第11年3月", id="ordinal-year-stays"),
        pytest.param("十五五规划是什么", "十五五规划是什么", id="plan-name-stays"),
    ],
)
def test_clean_question(question, cleaned):
    assert clean_question(question) == cleaned


@pytest.mark.parametrize(
    "text,value",
    [
        pytest.param("十", 10, id="ten"),
        pytest.param("十一", 11, id="eleven"),
        pytest.param("二十三", 23, id="twenty-three"),
        pytest.param("三十", 30, id="thirty"),
        pytest.param("二〇三〇", 2030, id="digits-with-ling-circle"),
        pytest.param("一九零五", 1905, id="digits-with-ling"),
        pytest.param("12", 12, id="arabic"),
    ],
)
def test_cn_number(text, value):
    assert cn_number(text) == value


TAIL_FACTS = {
    "persons": [
        {"name": "欧阳青禾", "posts": [{"title": "社区民警", "org": "栖霞路派出所"}]},
        {"name": "司马远山", "posts": [{"title": "常务副市长", "org": "澄湖市人民政府"}]},
        {"name": "闻人素", "posts": [{"title": "高级分析师", "org": "明川证券"}]},
        {"name": "端木川", "posts": [{"title": "董事总经理", "org": "明川证券"}]},
    ],
    "organizations": [
        {"name": "栖霞路派出所", "type": "other", "aliases": []},
        {"name": "澄湖市人民政府", "type": "government", "aliases": ["澄湖市政府"]},
        {"name": "明川证券", "type": "company", "aliases": []},
    ],
}


@pytest.fixture(scope="module")
def tails():
    return imported_kg((TAIL_FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("栖霞路派出所的民警是谁", {"欧阳青禾"}, id="title-by-its-tail"),
        pytest.param("栖霞路派出所民警有哪些", {"欧阳青禾"}, id="title-by-its-tail-which"),
        pytest.param("欧阳青禾是哪里的民警", {"栖霞路派出所"}, id="whose-tail-title"),
        pytest.param("明川证券的分析师是谁", {"闻人素"}, id="tail-after-a-grade"),
        pytest.param("澄湖市市长是谁", set(), id="a-deputy-is-no-mayor"),
        pytest.param("明川证券总经理是谁", set(), id="a-managing-director-is-no-general-manager"),
    ],
)
def test_a_title_is_asked_by_its_tail(tails, question, expected):
    assert {a["label"] for a in tails.ask(question).answers} == expected


DATED_FACTS = {
    "persons": [{"name": "公孙明"}, {"name": "慕容雪"}],
    "events": [
        {
            "kind": "meeting",
            "date": "2030-06-01",
            "summary": "公孙明主持召开雁城防汛工作会议",
            "participants": ["公孙明"],
            "hosts": ["公孙明"],
            "location": "雁城市北塘区",
        },
        {
            "kind": "meeting",
            "date": "2030-07-15",
            "summary": "慕容雪主持召开雁城防汛工作会议",
            "participants": ["慕容雪"],
            "hosts": ["慕容雪"],
            "location": "雁城市南塘区",
        },
        {"kind": "meeting", "date": "2030-08-08", "summary": "第三十次雁城年会", "location": "雁城市东塘区"},
        {"kind": "meeting", "date": "2030-09-09", "summary": "第12届博览会", "location": "雁城市西塘区"},
    ],
}


@pytest.fixture(scope="module")
def dated():
    return imported_kg((DATED_FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("2030年6月1日召开的雁城防汛工作会议在哪里", {"雁城市北塘区"}, id="day-picks-the-event"),
        pytest.param("7月15日召开的雁城防汛工作会议由谁主持", {"慕容雪"}, id="day-without-year"),
        pytest.param("雁城防汛工作会议7月开的时候在哪里开", {"雁城市南塘区"}, id="month-picks-the-event"),
        pytest.param("二〇三〇年七月十五日的雁城防汛工作会议由谁主持", {"慕容雪"}, id="day-in-chinese-numerals"),
        pytest.param("雁城防汛工作会议在哪里召开", set(), id="no-day-two-events-no-answer"),
        pytest.param("8月1日召开的雁城防汛工作会议在哪里", set(), id="a-day-of-neither-no-answer"),
        pytest.param("第30次雁城年会在哪里举行", {"雁城市东塘区"}, id="count-written-in-digits"),
        pytest.param("第十二届博览会在哪里举行", {"雁城市西塘区"}, id="count-written-in-chinese"),
    ],
)
def test_a_day_the_question_writes_picks_the_fact(dated, question, expected):
    assert {a["label"] for a in dated.ask(question).answers} == expected


@pytest.mark.parametrize(
    "text,forms",
    [
        pytest.param("第30次大会", ["第三十次大会"], id="ordinal-to-chinese"),
        pytest.param("十一家商厦", ["11家商厦"], id="count-to-digits"),
        pytest.param("8家银行与9家企业", ["八家银行与九家企业"], id="two-counts"),
        pytest.param("十五五规划", [], id="plan-name-is-no-count"),
        pytest.param("2030年3月", [], id="dates-stay"),
        pytest.param("两份合同", [], id="unmeasured-stays"),
    ],
)
def test_numeral_forms(text, forms):
    from kgqa.kg.qa.resolve import numeral_forms

    assert numeral_forms(text) == forms


@pytest.mark.parametrize(
    "question,group",
    [
        pytest.param("某座谈会哪天开的", "held", id="kai-de-is-held"),
        pytest.param("某座谈会在哪里开的", "held", id="kai-de-after-where"),
        pytest.param("某产业城坐落在哪个区", "locate", id="shorter-word-where-the-longest-overlaps"),
        pytest.param("某产业城建在哪里", "locate", id="built-where"),
        pytest.param("甲方与乙方的合作领域有哪些", "partner", id="fields-of-a-cooperation"),
        pytest.param("与甲团签订《某框架协议》的是哪家企业", "sign", id="cue-before-a-quoted-name-frames"),
    ],
)
def test_words_read_as_cues(question, group):
    from kgqa.kg.qa.select import load_lexicon, read_evidence

    ev = read_evidence(question, [], load_lexicon())
    assert group in ev.groups and group in ev.frame_groups
