"""Questions in the wordings of the forty-fifth blind set (issue 11, blind43); each row's id names the wording, and
near misses must not be answered otherwise: a month's signings asked with 签了哪些约, a body's meetings counted with
开过几回会, an agreement's other side as its 签约伙伴 and its fields with 都合作啥 (cues.yaml spoken), what a body or a zone
does asked with 干嘛的/是搞什么的 (spoken: describe; a person's posts as before), the zones of an industry asked with
哪儿是做甲的 (spoken), a person's events asked with 出现在哪些场合 (cues.yaml asks.event), and the zones the graph holds,
listed or counted (templates.yaml zones_listed). The people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, GOV, HTZ, city_page
from qa_helpers import answer_labels, imported_kg

BUREAU = "青岚市商务局"
FACTS = city_page(
    organizations=[
        {"name": HTZ, "type": "development_zone", "aliases": ["青岚高新区"], "located_in": "青岚市"},
        {"name": BUREAU, "type": "government", "aliases": ["市商务局"], "located_in": "青岚市"},
    ],
    development_zones=[{"name": HTZ, "city": "青岚市", "industries": ["氢能", "新材料"]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-12",
            "summary": f"{BUREAU}召开外贸工作座谈会",
            "participants": [],
            "organizations": [BUREAU],
        },
    ],
)
TALKS = "陆听松会见来访的顾远山一行"
VISIT = "签约仪式前顾远山一行深入东湖区实地考察"


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # a month's signings, a body's meetings counted
        pytest.param("2033年5月签了哪些约", "events_in_period", {TALKS}, id="month-signed-which"),
        pytest.param(f"{BUREAU}一共开过几回会", "org_events", {"1次"}, id="meetings-how-many-times"),
        # an agreement's other side and its fields, spoken
        pytest.param("星岫集团的签约伙伴是哪家", "agreement_partners", {GOV}, id="signing-partner"),
        pytest.param(
            "星岫集团跟青岚市政府的协议都合作啥", "agreement_fields", {"氢能", "文旅"}, id="fields-what-together"
        ),
        pytest.param("青岚市政府跟星岫集团合作些什么", "agreement_fields", {"氢能", "文旅"}, id="fields-what-some"),
        # what a body or a zone does: what 是干什么的 asks
        pytest.param(
            "青岚高新区是搞什么的",
            "describe",
            {"产业：氢能", "产业：新材料", "位于：青岚市", "又称：青岚高新区"},
            id="zone-up-to",
        ),
        pytest.param(f"{BUREAU}干嘛的", "describe", {"位于：青岚市", "又称：市商务局"}, id="body-what-for"),
        # the zones of an industry
        pytest.param("哪儿是做氢能的", "industry_zones", {HTZ}, id="where-does-industry"),
        pytest.param("哪里是搞新材料的", "industry_zones", {HTZ}, id="where-is-industry-done"),
        # a person's events
        pytest.param("顾远山出现在哪些场合", "person_events", {TALKS, VISIT}, id="occasions-which"),
        pytest.param("陆听松出现在什么场合", "person_events", {TALKS}, id="occasions-what"),
        # the zones the graph holds
        pytest.param("有哪些开发区", "zones_listed", {HTZ}, id="zones-which"),
        pytest.param("青岚市有几个开发区", "zones_listed", {"1个"}, id="zones-of-a-city-counted"),
        pytest.param("东湖区有哪些开发区", "zones_listed", set(), id="zones-of-another-place-none"),
        pytest.param("文章提到了几个园区", "zones_listed", {"1个"}, id="zones-the-article-names"),
        # near misses: as before
        pytest.param(f"{BUREAU}开过几场会", "org_events", {"1场"}, id="plain-meetings-how-many"),
        pytest.param("顾远山干嘛的", "person_posts", {"星岫集团有限公司董事长"}, id="person-what-for"),
        pytest.param("顾远山是搞什么的", "person_posts", {"星岫集团有限公司董事长"}, id="person-up-to"),
        pytest.param("哪些开发区发展氢能", "industry_zones", {HTZ}, id="plain-industry-zones"),
        pytest.param("青岚高新区发展哪些产业", "zone_industries", {"氢能", "新材料"}, id="plain-zone-industries"),
        pytest.param("青岚市政府的签约对象是哪家", "agreement_partners", {CO}, id="plain-partner"),
        pytest.param("2033年5月有哪些签约", "events_in_period", {TALKS}, id="plain-month-signings"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,template",
    [
        # a zone asked of a body, a person or an industry named: not the graph's zones listed
        pytest.param("星岫集团在哪个园区", "located_in_zone", id="body-in-which-zone"),
        pytest.param("顾远山去了哪些园区", "person_visited", id="person-went-to-zones"),
        pytest.param("搞氢能的园区有哪些", "industry_zones", id="industry-zones-spoken"),
    ],
)
def test_not_listed(kg, question, template):
    assert kg.ask(question).template == template
