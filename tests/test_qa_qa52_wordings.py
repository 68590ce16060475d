"""Questions of kinds no template answered before session 39 (issue 11, job qa52: what blind32 and qa51 left); each
row's id names the wording, and near misses must not be answered so. A yes/no question naming both sides of a
signing (甲和乙签约了吗, 甲跟乙签过协议没有, 甲与乙有没有合作): yes (乙) only when one agreement has both as parties,
no (nothing) otherwise, refused when a side is not found: never 甲's partners as a yes with 乙 left aside. The
articles whose graph names a person or a body (哪篇报道提到了甲, 甲出现在哪篇新闻里, 有关甲的那条新闻标题叫啥): their
titles, only those. An article's own date asked (这条消息是哪天发的, 关于甲的报道是啥时候发的: cues.yaml publish
with a report word): the article's dateline, not the date of the event it tells. The people and bodies are made up (tests/qa_fact_pages.py, SECOND_PAGE below)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, SUPPLIER, TWO_OFFICIALS_MEETING
from qa_helpers import imported_kg

FACTS = TWO_OFFICIALS_MEETING
FIRST_TITLE = FACTS["articles"][0]["title"]

# a second page: the supplier's own meeting, its manager the only person
SECOND_PAGE = {
    "locale": "青岚市",
    "articles": [{"title": "云岭集团召开年度供货商大会", "first_words": "本报讯", "date": "2033-07-01"}],
    "persons": [{"name": "叶知秋", "posts": [{"title": "总经理", "org": SUPPLIER}]}],
    "organizations": [{"name": SUPPLIER, "type": "company", "aliases": ["云岭集团"]}],
    "events": [
        {
            "kind": "meeting",
            "date": "2033-07-01",
            "summary": "叶知秋主持召开云岭集团年度供货商大会",
            "participants": ["叶知秋"],
            "organizations": [SUPPLIER],
        }
    ],
}
SECOND_TITLE = SECOND_PAGE["articles"][0]["title"]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星岫集团和青岚市政府签约了吗", {GOV}, id="he-qian-yue-le-ma"),
        pytest.param("星岫集团跟青岚市政府签过协议没有", {GOV}, id="gen-qian-guo-xie-yi-mei-you"),
        pytest.param("青岚市人民政府与星岫集团有没有合作", {CO}, id="yu-you-mei-you-he-zuo"),
        pytest.param("青岚市政府是不是和星岫集团签了战略合作协议", {CO}, id="shi-bu-shi-he-qian-le"),
        pytest.param("星岫集团同青岚市人民政府签署过协议吗", {GOV}, id="tong-qian-shu-guo-ma"),
        # no agreement has both sides: a no, never the partner of one side
        pytest.param("星岫集团和云岭集团签约了吗", set(), id="no-two-companies"),
        pytest.param("青岚市人民政府与云岭集团有没有合作", set(), id="no-you-mei-you-he-zuo"),
        pytest.param("云岭集团跟青岚市政府签过协议没有", set(), id="no-gen-qian-guo-mei-you"),
    ],
)
def test_both_sides_of_a_signing_checked(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("agreement_check", expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        # a side the graph does not name: refused, never a yes from the side it names
        pytest.param("星岫集团和红枫食品公司签约了吗", id="side-not-found"),
        pytest.param("青岚市政府跟碧水银行有没有合作", id="side-not-found-you-mei-you"),
        # one side only: no template checks it
        pytest.param("星岫集团签约了吗", id="one-side-only"),
    ],
)
def test_a_side_not_found_is_refused(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # near misses: a which-word asks the partners, a kind or a date asked of the signing
        pytest.param("星岫集团跟谁签过协议", "agreement_partners", {GOV}, id="gen-shui-still-partners"),
        pytest.param("青岚市政府和哪家企业签约了", "agreement_partners", {CO}, id="na-jia-still-partners"),
        pytest.param("星岫集团和青岚市政府签的什么协议", "agreement_kind", {"战略合作协议"}, id="shen-me-xie-yi-kind"),
    ],
)
def test_signing_near_misses(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.fixture(scope="module")
def two_pages():
    return imported_kg((FACTS, "made-up.json"), (SECOND_PAGE, "made-up-2.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("哪篇报道提到了沈听竹", {FIRST_TITLE}, id="na-pian-bao-dao-ti-dao"),
        pytest.param("叶知秋出现在哪篇新闻里", {SECOND_TITLE}, id="chu-xian-zai-na-pian-xin-wen"),
        pytest.param("有关星岫集团的那条新闻标题叫啥", {FIRST_TITLE}, id="you-guan-biao-ti-jiao-sha"),
        pytest.param("温映秋在哪篇报道里出现过", {FIRST_TITLE}, id="zai-na-pian-chu-xian-guo"),
        pytest.param("有关叶知秋的报道标题是什么", {SECOND_TITLE}, id="you-guan-biao-ti-shi-shen-me"),
        # named on both pages (the first page names the supplier too): both titles
        pytest.param("哪条新闻提到了云岭集团", {FIRST_TITLE, SECOND_TITLE}, id="both-pages"),
    ],
)
def test_the_articles_naming_an_entity(two_pages, question, expected):
    got = two_pages.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("entity_articles", expected), got.message


@pytest.mark.parametrize(
    "question,template",
    [
        # near misses: a description of the article asked, a person of the body asked, the authors asked
        pytest.param("哪篇文章报道了招商引资推进会", "source_article", id="described-still-source-article"),
        pytest.param("星岫集团的董事长叫啥", "post_holder", id="jiao-sha-still-holder"),
        pytest.param("这篇报道的记者是谁", "article_authors", id="authors-still"),
    ],
)
def test_article_near_misses(two_pages, question, template):
    assert two_pages.ask(question).template == template


def test_an_article_asked_by_its_author_is_not_the_names_articles(two_pages):
    """哪篇文章由甲记者撰写 asks by the author (a cue group the template does not explain: strict), never the articles
    whose graph names 甲."""
    assert two_pages.ask("哪篇文章由星岫集团记者撰写").template != "entity_articles"


# the second page's meeting happened the day before its article was written
DATED_PAGE = {
    **SECOND_PAGE,
    "articles": [{"title": "云岭集团召开年度供货商大会", "first_words": "本报讯", "date": "2033-07-02"}],
}


@pytest.fixture(scope="module")
def dated():
    return imported_kg((FACTS, "made-up.json"), (DATED_PAGE, "made-up-2.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("供货商大会的消息是哪天发的", "article_date", {"2033-07-02"}, id="xiao-xi-na-tian-fa-de"),
        pytest.param(
            "关于叶知秋主持召开供货商大会的报道是啥时候发的",
            "article_date",
            {"2033-07-02"},
            id="bao-dao-sha-shi-hou-fa-de",
        ),
        pytest.param(
            "招商引资推进会的新闻是什么时候刊发的", "article_date", {"2033-05-08"}, id="shen-me-shi-hou-kan-fa"
        ),
        # near misses: the event's own date asked
        pytest.param("供货商大会是哪天召开的", "event_date", {"2033-07-01"}, id="event-date-still"),
        pytest.param("叶知秋哪天主持召开的供货商大会", "event_date", {"2033-07-01"}, id="event-date-hosted-still"),
    ],
)
def test_an_articles_own_date(dated, question, template, expected):
    got = dated.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_an_event_handed_down_is_not_an_article(dated):
    """下发的 ends on 发的 too: without a word naming the article, never the article's date."""
    assert dated.ask("专项资金是哪天下发的").template != "article_date"
