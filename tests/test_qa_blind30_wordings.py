"""Questions typed the way people ask them (issue 11, the thirty-second blind set); each row's id names the wording,
and near misses must not be answered so: 有没有一位叫甲的<post> checks that 甲 holds the post (answered by 甲 when
so, nothing when not), as 甲是不是<post> does. What a body 发了/发布了/公布了/推出了/出台了/宣布了 (什么公告) asks its events, as 干了什么 does, with a
date narrowing them. 任什么职/任啥职 ask a person's posts, also of a person named by surname and title (沈副市长任什么职).
The people and bodies are made up. Data only (cues.yaml)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}]},
    {"name": "林晚舟", "posts": [{"title": "总经理", "org": CO}]},
)
FACTS["events"] += [
    {
        "kind": "other",
        "date": "2033-06-02",
        "summary": "星岫集团发布《总经理任职公告》，聘任林晚舟为公司总经理",
        "participants": ["林晚舟"],
        "organizations": [CO],
    },
    {
        "kind": "launch",
        "date": "2033-06-09",
        "summary": "青岚市政府推出人才安居十条措施",
        "organizations": [GOV],
    },
]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚有没有一位叫沈听竹的副市长", "post_check", {"沈听竹"}, id="you-mei-you-yi-wei-jiao"),
        pytest.param("有没有一个叫沈听竹的青岚市副市长", "post_check", {"沈听竹"}, id="you-mei-you-yi-ge-jiao"),
        pytest.param("青岚有没有一名叫林晚舟的副市长", "post_check", set(), id="you-mei-you-jiao-wrong-premise"),
        pytest.param("青岚市有没有副市长", "post_holder", {"沈听竹"}, id="you-mei-you-without-a-name-still-lists"),
        pytest.param(
            "2033年6月星岫集团发了什么公告",
            "org_events",
            {"星岫集团发布《总经理任职公告》"},
            id="fa-le-shen-me-gong-gao",
        ),
        pytest.param(
            "2033年6月2日星岫集团公布了什么", "org_events", {"星岫集团发布《总经理任职公告》"}, id="gong-bu-le-shen-me"
        ),
        pytest.param("沈副市长任什么职", "person_posts", {f"{GOV}副市长"}, id="surname-title-ren-shen-me-zhi"),
        pytest.param("林总经理任啥职", "person_posts", {f"{CO}总经理"}, id="surname-title-ren-sha-zhi"),
        pytest.param(
            "陆听松在青岚市委任什么职", "person_posts_in", {f"{CPC}市委书记"}, id="ren-shen-me-zhi-in-an-org-still"
        ),
        pytest.param(
            "2033年6月青岚市政府推出了什么", "org_events", {"青岚市政府推出人才安居十条措施"}, id="tui-chu-le-shen-me"
        ),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
