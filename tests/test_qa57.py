"""What blind34, qa55 and qa56 left, in other made-up wordings (issue 11, session 41, job qa57): a noun asked with a
particle after it (甲区重点产业呀, 甲区重点产业？呀, 甲市副市长？来着: select.py `_ending_word`, `_fillers_off`, parse.py
`_TRAILING`), 诶 a filler; spoken forms read
again as written out when nothing fits (cues.yaml `spoken`): 归哪儿管 (located_in), 之间是个什么协议 / 签了个啥 / 签的啥
(agreement_kind), 都有谁去了 (event_participants), 出了什么事 (a day's events), 涉及几块 (how many fields), 县上 as
县里 (a region word before the question), 一共提到几个人 (how many people a body has); the earliest or latest
event (哪件事发生得最早: templates.yaml first_event, last_event, cues earliest, latest); the
opening 想打听下 a filler. The people, bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, meeting_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

PAGE = meeting_page(
    {"name": "崔映川", "posts": [{"title": "市长", "org": GOV}]},
    {"name": "于清禾", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "钟望岳", "posts": [{"title": "县长", "org": "曲岭县人民政府"}]},
)
PAGE["organizations"].append(
    {"name": "曲岭县人民政府", "type": "government", "aliases": ["曲岭县政府"], "located_in": "曲岭县"}
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚高新区重点产业呀", "zone_industries", {"氢能", "新材料"}, id="noun-then-ya"),
        pytest.param("青岚高新区重点产业？呀", "zone_industries", {"氢能", "新材料"}, id="noun-mark-then-ya"),
        pytest.param("青岚高新区的主导产业啊", "zone_industries", {"氢能", "新材料"}, id="noun-then-a"),
        pytest.param("顾远山的职务呀", "person_posts", {"星岫集团有限公司董事长"}, id="posts-noun-then-ya"),
        pytest.param("青岚市市长是谁？啊", "post_holder", {"崔映川"}, id="mark-then-a-after-who"),
        pytest.param("青岚市政府副市长？来着", "post_holder", {"于清禾"}, id="post-mark-then-lai-zhe"),
        pytest.param("青岚市政府副市长来着", "post_holder", {"于清禾"}, id="post-then-lai-zhe"),
        pytest.param("诶，青岚高新区主要搞啥产业", "zone_industries", {"氢能", "新材料"}, id="opening-ei"),
        # near misses: the noun alone as before; a particle after a name alone is no noun asked
        pytest.param("青岚高新区重点产业", "zone_industries", {"氢能", "新材料"}, id="noun-alone-still"),
        pytest.param("顾远山的老婆呀", None, set(), id="no-cue-noun-then-ya"),
        pytest.param("顾远山？来着", "person_posts", {"星岫集团有限公司董事长"}, id="name-alone-lai-zhe-still"),
        pytest.param("青岚市？来着", None, set(), id="place-alone-lai-zhe-not-asked"),
    ],
)
def test_noun_then_particle(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚高新区归哪儿管", "located_in", {"青岚市"}, id="gui-nar-guan"),
        pytest.param("打听个事，青岚高新区归哪块儿管", "located_in", {"青岚市"}, id="gui-na-kuair-guan"),
        pytest.param(
            "青岚市跟星岫集团之间是个什么协议", "agreement_kind", {"战略合作协议"}, id="zhijian-shige-shenme-xieyi"
        ),
        pytest.param(
            "星岫集团与青岚市之间是什么协议", "agreement_kind", {"战略合作协议"}, id="zhijian-shi-shenme-xieyi"
        ),
        pytest.param("星岫集团和青岚市签了个啥", "agreement_kind", {"战略合作协议"}, id="qian-le-ge-sha"),
        pytest.param("青岚市与星岫集团签的啥", "agreement_kind", {"战略合作协议"}, id="qian-de-sha"),
        pytest.param("青岚市与星岫集团签的是啥", "agreement_kind", {"战略合作协议"}, id="qian-de-shi-sha"),
        pytest.param("2033年5月6日签了啥", "agreements_in_period", {"战略合作协议"}, id="day-qian-le-sha"),
        pytest.param("全市招商引资推进会都有谁去了", "event_participants", {"陆听松"}, id="dou-you-shui-qu-le"),
        pytest.param("全市招商引资推进会有谁来了", "event_participants", {"陆听松"}, id="you-shui-lai-le"),
        pytest.param("5月8日出了什么事", "events_in_period", {"全市招商引资推进会"}, id="chu-le-shenme-shi"),
        pytest.param("2033年5月8日出啥事了", "events_in_period", {"全市招商引资推进会"}, id="chu-sha-shi-le"),
        pytest.param("青岚市同星岫集团合作涉及几块啊", "agreement_fields", {"2个"}, id="sheji-ji-kuai"),
        pytest.param("想打听下，谁在当青岚市市长", "post_holder", {"崔映川"}, id="xiang-dating-xia"),
        pytest.param("曲岭县上现在谁当县长", "post_holder", {"钟望岳"}, id="xian-shang-who-serves"),
        pytest.param("青岚市上现在谁当市长", "post_holder", {"崔映川"}, id="shi-shang-who-serves"),
        pytest.param("青岚市人民政府一共提到几个人", "org_people", {"2个"}, id="tidao-ji-ge-ren"),
        # near misses: a day with no event, a place a person went to (去了 no taking part), as before
        pytest.param("5月9日出了什么事", "events_in_period", set(), id="day-with-nothing"),
        pytest.param("顾远山去了哪些地方", "person_places", {"东湖区"}, id="went-where-still"),
        pytest.param("青岚市跟星岫集团签的是什么协议", "agreement_kind", {"战略合作协议"}, id="written-out-still"),
    ],
)
def test_spoken(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("哪件事发生得最早", "first_event", {"陆听松会见来访的顾远山一行"}, id="earliest-event"),
        pytest.param("最早的活动是哪个", "first_event", {"陆听松会见来访的顾远山一行"}, id="earliest-activity"),
        pytest.param("哪个会议召开得最早", "first_event", {"全市招商引资推进会"}, id="earliest-meeting-narrowed"),
        pytest.param("哪件事发生得最晚", "last_event", {"全市招商引资推进会"}, id="latest-event"),
        # near misses: 最早 said of a person's posts or of an article: not the earliest event
        pytest.param("顾远山最早担任什么职务", "person_posts", {"星岫集团有限公司董事长"}, id="posts-earliest-word"),
        pytest.param("最早的报道是哪篇", None, set(), id="earliest-article-not-asked"),
    ],
)
def test_earliest_event(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


def test_a_year_alone_is_not_known_to_be_first():
    """An event dated by its year alone ranks after the days of that year when the first is asked, before them when
    the last is (neither is known to be earlier or later)."""
    page = {
        "events": [
            {"kind": "meeting", "date": "2031", "summary": "青岚市召开年度工作会议", "participants": []},
            {"kind": "meeting", "date": "2031-03-02", "summary": "青岚市召开春季调度会", "participants": []},
            {"kind": "meeting", "date": "2031-09-20", "summary": "青岚市召开秋季推进会", "participants": []},
        ]
    }
    kg = imported_kg((page, "made-up-year.json"))
    assert _labels(kg.ask("哪件事发生得最早")) == {"春季调度会"}
    assert _labels(kg.ask("哪件事发生得最晚")) == {"秋季推进会"}
