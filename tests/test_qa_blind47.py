"""Questions in the wordings of the forty-ninth blind set (issue 11, blind47); each row's id names the wording, and
near misses must not be answered otherwise: which of two persons after an opening (请问, 帮我查一下, 谁能说说 甲和乙谁是丙,
甲、乙哪个是丙), a person's body with 供职于哪里 or 是哪个系统的 (那个 typed for 哪个), his posts with 现居何职, a month's
events as a headline (甲年乙月份的动态) or with 期间都发生了什么, a host with the homophone 住持, the other party with 哪方,
and what bodies launched a thing asked 谁组织的 (the host when one is recorded). The people, bodies and events are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, city_page
from qa_helpers import answer_labels, imported_kg

MEETING = "宋晚晴主持召开全市文旅融合推进会"
MEETING_NAME = "全市文旅融合推进会"
TALKS_NAME = "陆听松会见来访的顾远山一行"
FACTS = city_page(
    persons=[{"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]}],
    events=[
        {
            "kind": "meeting",
            "date": "2033-05-12",
            "summary": MEETING,
            "participants": ["宋晚晴"],
            "organizations": [GOV],
        },
        {
            "kind": "launch",
            "date": "2033-06-02",
            "summary": "青岚市政府与星岫集团共同启动氢能产业创新基地",
            "participants": [],
            "organizations": [GOV, CO],
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # which of two persons after an opening (None before: the persons had to open the question)
        pytest.param("请问宋晚晴和陆听松谁是青岚市政府副市长", "post_check", {"宋晚晴"}, id="which-of-after-please"),
        pytest.param(
            "帮我查一下陆听松、宋晚晴哪个是青岚市委书记", "post_check", {"陆听松"}, id="which-of-check-for-me"
        ),
        pytest.param("谁能说说宋晚晴、顾远山哪个是星岫集团董事长", "post_check", {"顾远山"}, id="which-of-who-can-say"),
        # a person's body with 供职于哪里 / 就职于哪儿 (None before)
        pytest.param("宋晚晴供职于哪里", "person_org", {GOV}, id="org-serves-where"),
        pytest.param("顾远山就职于哪儿", "person_org", {CO}, id="org-employed-where"),
        # a person's body with 是哪个系统的, also 那个 typed for 哪个 (None before)
        pytest.param("宋晚晴是哪个系统的", "person_org", {GOV}, id="org-which-system"),
        pytest.param("陆听松是那个系统的", "person_org", {CPC}, id="org-which-system-homophone"),
        # a person's posts with 现居何职 (None before)
        pytest.param("宋晚晴现居何职", "person_posts", {"青岚市人民政府副市长"}, id="posts-now-holds-what"),
        # a month's events as a headline or with 期间都发生了什么 (None before)
        pytest.param("2033年5月份的动态", "events_in_period", {MEETING_NAME, TALKS_NAME}, id="month-headline"),
        pytest.param("2033年5月期间都发生了什么", "events_in_period", {MEETING_NAME, TALKS_NAME}, id="month-during"),
        # a host with the homophone 住持 (None before)
        pytest.param("全市文旅融合推进会那次谁住持的", "event_host", {"宋晚晴"}, id="host-homophone"),
        # the other party with 哪方 (None before)
        pytest.param("青岚市政府与哪方签了合同", "agreement_partners", {CO}, id="partner-which-side"),
        # near misses: as before
        pytest.param("宋晚晴和陆听松谁是青岚市政府副市长", "post_check", {"宋晚晴"}, id="plain-which-of"),
        pytest.param("宋晚晴在哪个单位工作", "person_org", {GOV}, id="plain-org"),
        pytest.param("2033年5月有哪些动态", "events_in_period", {MEETING_NAME, TALKS_NAME}, id="plain-month"),
        pytest.param("全市文旅融合推进会是谁组织召开的", "event_host", {"宋晚晴"}, id="plain-convened-by"),
        pytest.param("青岚市政府和星岫集团在哪方面合作", "agreement_fields", {"氢能", "文旅"}, id="plain-which-aspect"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, answer_labels(got)) == (template, expected), got.message
