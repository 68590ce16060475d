"""Questions asked the way people ask them (issue 11, session 25): a ranking's answers carry the sentences of every fact
they sum or count (哪个城市投资最多: each signing and groundbreaking of the city, not one of them). The people, bodies and
sums are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, SUPPLIER, city_page
from qa_helpers import imported_kg

BANK = "青岚农商银行股份有限公司"
RANKED = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "苏定远", "posts": [{"title": "常务副市长", "org": GOV}]},
    ],
    organizations=[{"name": BANK, "type": "bank", "aliases": ["青岚农商银行"]}],
    events=[
        {
            "kind": "signing",
            "date": "2033-03-02",
            "summary": "云岭集团在岳阳市签约物流项目",
            "organizations": [SUPPLIER],
            "participants": ["韩小舟"],
            "hosts": ["韩小舟"],
            "location": "岳阳市",
            "amount": "30亿元",
        },
        {
            "kind": "signing",
            "date": "2033-03-03",
            "summary": "云岭集团在岳阳市签约仓储项目",
            "organizations": [SUPPLIER],
            "hosts": ["韩小舟"],
            "location": "岳阳市",
            "amount": "20亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-04",
            "summary": "青岚农商银行数据中心在咸宁市开工",
            "organizations": [BANK],
            "participants": ["苏定远"],
            "hosts": ["苏定远"],
            "location": "咸宁市",
            "amount": "40亿元",
        },
    ],
)


@pytest.fixture(scope="module")
def ranked_kg():
    return imported_kg((RANKED, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # 岳阳市: two signings (50亿), 咸宁市 one groundbreaking (40亿)
        pytest.param(
            "哪个城市投资最多",
            "place_most_amount",
            {"岳阳市": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="place-total-cites-each-fact-summed",
        ),
        # 云岭集团 50亿 in two signings, the bank 40亿
        pytest.param(
            "哪家公司投资最大",
            "org_most_amount",
            {SUPPLIER: {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="company-total-cites-each-fact-summed",
        ),
        # 韩小舟 hosted two, 苏定远 one
        pytest.param(
            "谁主持的活动最多",
            "person_most_hosted",
            {"韩小舟": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"}},
            id="most-hosted-cites-each-event-counted",
        ),
        # 顾远山: the talks and the inspection of the shared page; 韩小舟: two signings hosted or attended
        pytest.param(
            "谁参加的活动最多",
            "person_most_events",
            {
                "顾远山": {
                    "陆听松会见来访的顾远山一行，双方座谈后出席签约仪式",
                    "签约仪式前顾远山一行深入东湖区实地考察",
                },
                "韩小舟": {"云岭集团在岳阳市签约物流项目", "云岭集团在岳阳市签约仓储项目"},
            },
            id="most-attended-each-tied-cites-its-own",
        ),
    ],
)
def test_a_ranking_answer_cites_every_fact_it_counts(ranked_kg, question, template, expected):
    got = ranked_kg.ask(question)
    cited = {a["label"]: {s["sentence"] for s in a["sources"]} for a in got.answers}
    assert (got.template, cited) == (template, expected), got.message
