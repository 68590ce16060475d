"""What session 41's question helpers left, in made-up wordings (issue 11, session 42, job qa59): the earliest or latest
agreement asked with 哪份 or 是什么 (templates.yaml first_agreement, last_agreement; cues.yaml `generic` 哪份); a person
addressed by surname and a short form of the title (王副总, 李董: cues.yaml `surname_roles`), and 王总 for a 副总经理
when no 总经理 or 董事长 has that surname (`surname_roles.deputies`, engine.py `_answer_short_deputy`). The people,
bodies and places are made up (tests/qa_fact_pages.py)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, meeting_page
from qa_helpers import answer_labels as _labels
from qa_helpers import imported_kg

PAGE = meeting_page(
    {"name": "崔映川", "posts": [{"title": "市长", "org": GOV}]},
    {"name": "王叙白", "posts": [{"title": "副总经理", "org": CO}]},
    {"name": "李望川", "posts": [{"title": "董事长", "org": SUPPLIER}]},
    {"name": "任之恒", "posts": [{"title": "秘书长", "org": GOV}]},
)
PAGE["agreements"].append({"kind": "投资协议", "parties": [GOV, SUPPLIER], "date": "2033-06-01", "fields": ["物流"]})


@pytest.fixture(scope="module")
def kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("最早签订的协议是哪份", "first_agreement", {"战略合作协议"}, id="earliest-which-copy"),
        pytest.param("最早签的协议是哪一份", "first_agreement", {"战略合作协议"}, id="earliest-which-one-copy"),
        pytest.param("最早的协议是什么", "first_agreement", {"战略合作协议"}, id="earliest-what"),
        pytest.param("最早签的合同是什么", "first_agreement", {"战略合作协议"}, id="earliest-contract-what"),
        pytest.param("最晚签的协议是哪个", "last_agreement", {"投资协议"}, id="latest-which"),
        pytest.param("最晚签订的协议是哪份", "last_agreement", {"投资协议"}, id="latest-which-copy"),
        pytest.param("最晚的协议是什么", "last_agreement", {"投资协议"}, id="latest-what"),
        pytest.param("哪份协议签得最晚", "last_agreement", {"投资协议"}, id="which-copy-signed-latest"),
        # near misses: the earliest or latest event stays the events'; a body's agreements as before; 是什么 of a body
        pytest.param("最晚的活动是哪个", "last_event", {"全市招商引资推进会"}, id="latest-activity-still"),
        pytest.param("最早的活动是哪个", "first_event", {"陆听松会见来访的顾远山一行"}, id="earliest-activity-still"),
        pytest.param("云岭集团签了什么协议", "agreement_kind", {"投资协议"}, id="body-agreement-still"),
        pytest.param("顾远山最晚担任什么职务", "person_posts", {"星岫集团有限公司董事长"}, id="posts-latest-still"),
    ],
)
def test_earliest_and_latest_agreement(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("王副总是谁", "post_holder", {"王叙白"}, id="surname-fu-zong"),
        pytest.param("星岫集团的王副总叫什么", "post_holder", {"王叙白"}, id="body-surname-fu-zong"),
        pytest.param("王总是谁", "post_holder", {"王叙白"}, id="zong-for-deputy"),
        pytest.param("星岫集团王总是哪位", "post_holder", {"王叙白"}, id="body-zong-for-deputy"),
        pytest.param("王总是哪家公司的", "person_org", {CO}, id="zong-for-deputy-which-company"),
        pytest.param("李董是谁", "post_holder", {"李望川"}, id="surname-dong"),
        pytest.param("云岭集团的李董叫什么", "post_holder", {"李望川"}, id="body-surname-dong"),
        pytest.param("李董是哪家公司的", "person_org", {SUPPLIER}, id="surname-dong-which-company"),
        # near misses: a surname holding no such post; the body of another; 董 opening 董事长 as before; the chairman
        # by 总 as before
        pytest.param("崔董是谁", "post_holder", set(), id="dong-no-holder"),
        pytest.param("崔总是谁", "post_holder", set(), id="zong-no-holder"),
        pytest.param("云岭集团的王总是谁", "post_holder", set(), id="zong-deputy-of-another-body"),
        pytest.param("李董事长是谁", "post_holder", {"李望川"}, id="dongshizhang-still"),
        pytest.param("顾总是谁", "post_holder", {"顾远山"}, id="zong-chairman-still"),
    ],
)
def test_short_titles_after_a_surname(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, _labels(got)) == (template, expected), got.message


def test_zong_keeps_the_manager_over_a_deputy():
    """王总 where a 总经理 王某 and a 副总经理 王某某 both serve: the 总经理 (the title itself first)."""
    page = meeting_page(
        {"name": "王叙白", "posts": [{"title": "副总经理", "org": CO}]},
        {"name": "王青禾", "posts": [{"title": "总经理", "org": CO}]},
    )
    got = imported_kg((page, "made-up-two.json")).ask("星岫集团的王总是谁")
    assert _labels(got) == {"王青禾"}, got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("跟星岫集团签协议那边的市长叫啥", {"崔映川"}, id="other-side-mayor"),
        pytest.param("跟云岭集团签协议那边的市长是谁", {"崔映川"}, id="other-side-mayor-second-partner"),
        pytest.param("和青岚市政府签约那头的董事长叫啥", {"李望川", "顾远山"}, id="other-side-chairmen"),
        pytest.param("跟星岫集团签协议那一方的市长是哪位", {"崔映川"}, id="other-side-yi-fang"),
        # near misses: 那边 after a place or a body as before (a filler); no such post on the other side
        pytest.param("青岚市那边的市长叫啥", {"崔映川"}, id="place-nabian-still"),
        pytest.param("星岫集团那边的董事长是谁", {"顾远山"}, id="body-nabian-still"),
        pytest.param("跟云岭集团签协议那边的董事长叫啥", set(), id="other-side-no-such-post"),
    ],
)
def test_the_other_side_of_an_agreement(kg, question, expected):
    got = kg.ask(question)
    assert _labels(got) == expected, got.message
