"""Questions typed the way a journalist types them (issue 11, the fourth blind set): a company by its brand
(翠岭 of 山西翠岭集团有限公司), the members of a body asked with a who-word alone, 什么领导, a how-many word after
a filler, a leader word the graph also has as a title (哪些市领导见证了…), a body asked with 是谁办的, an amount in
亿, fields asked as 哪几个方面, a 签订时间, a place a lab 落在, a news item's 标题; and near misses that must not be
answered so. The facts are made up."""

from __future__ import annotations

import pytest
from kgqa.kg.qa.forms import org_forms
from kgqa.kg.qa.select import parse_lexicon
from kgqa.kg.qa.templates import TemplateError
from qa_helpers import imported_kg

GOV, CPC, CO, LOANEE = "云澜市人民政府", "中共云澜市委员会", "山西翠岭集团有限公司", "鸣沙达机电设备有限公司"
BANK, LAB, ZONE = "青州银行云澜分行", "新型碳材料山西省重点实验室", "云澜经济开发区"
TITLE = "云澜市与翠岭集团签署战略合作协议"
FACTS = {
    "locale": "云澜市",
    "articles": [{"title": TITLE, "first_words": "本报讯 6月2日", "date": "2031-06-02", "authors": ["林默"]}],
    "persons": [
        {"name": "苏望舒", "posts": [{"title": "市长", "org": GOV}, {"title": "市委副书记", "org": CPC}]},
        {"name": "许青禾", "posts": [{"title": "市委书记", "org": CPC}]},
        {"name": "韩知远", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "秋白", "posts": [{"title": "市领导", "org": None}]},
        {"name": "蓝若溪", "posts": [{"title": "董事长", "org": CO}]},
        {"name": "程栩", "posts": [{"title": "董事长", "org": LOANEE}]},
        {"name": "顾行", "posts": [{"title": "行长", "org": BANK}]},
        {
            "name": "周渡",
            "posts": [{"title": "董事长", "org": "澄波通讯有限公司"}, {"title": "董事长", "org": "澄波公司"}],
        },
        {"name": "甲远", "posts": [{"title": "董事长", "org": "远舟电子有限公司"}]},
        {"name": "乙舟", "posts": [{"title": "董事长", "org": "远舟物流有限公司"}]},
    ],
    "organizations": [
        {"name": GOV, "type": "government", "aliases": ["云澜市政府"], "located_in": "云澜市"},
        {"name": CPC, "type": "party_committee", "aliases": ["云澜市委"]},
        {"name": CO, "type": "company", "aliases": ["翠岭集团"], "located_in": "山西省"},
        {"name": LOANEE, "type": "company", "aliases": [], "located_in": "云澜市"},
        {"name": BANK, "type": "bank", "aliases": [], "located_in": "云澜市"},
        {"name": "云澜市商务局", "type": "government", "aliases": [], "located_in": "云澜市"},
        {"name": ZONE, "type": "development_zone", "aliases": [], "located_in": "云澜市"},
        {"name": LAB, "type": "lab", "aliases": [], "located_in": "云澜市"},
        {"name": "澄波通讯有限公司", "type": "company", "aliases": []},
        {"name": "澄波公司", "type": "company", "aliases": []},
        {"name": "远舟电子有限公司", "type": "company", "aliases": []},
        {"name": "远舟物流有限公司", "type": "company", "aliases": []},
    ],
    "agreements": [
        {
            "kind": "战略合作协议",
            "parties": [GOV, CO],
            "date": "2031-06-02",
            "fields": ["氢能", "文旅"],
            "witnesses": ["许青禾", "苏望舒"],
        },
        {"kind": "贷款", "parties": [BANK, LOANEE]},
    ],
    "events": [
        {
            "kind": "meeting",
            "date": "2031-06-01",
            "summary": "苏望舒主持召开全市经济运行调度会",
            "participants": ["苏望舒", "韩知远"],
            "organizations": [GOV],
        },
        {
            "kind": "signing",
            "date": "2031-05-28",
            "summary": "“春风行”金融专场活动举办，6家银行与8家企业现场签约",
            "organizers": ["云澜市商务局"],
            "organizations": ["云澜市商务局"],
            "amount": "12.5亿元",
        },
        {
            "kind": "inspection",
            "date": "2031-05-22",
            "summary": "韩知远到东湖区调研纺织企业",
            "participants": ["韩知远"],
            "location": "东湖区",
        },
        {
            "kind": "inspection",
            "date": "2031-06-01",
            "summary": "签约前蓝若溪一行到西湖区实地考察",
            "participants": ["蓝若溪"],
            "location": "西湖区",
        },
        {
            "kind": "other",
            "date": "2031-05-25",
            "summary": "云澜市商务局下达外贸专项资金",
            "organizations": ["云澜市商务局"],
            "location": "云澜市",
        },
        {
            "kind": "launch",
            "date": "2031-05-20",
            "summary": f"{LAB}在{ZONE}正式落地",
            "organizations": [LAB, ZONE],
            "location": ZONE,
        },
    ],
}


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("翠岭的董事长叫啥", {"蓝若溪"}, id="company-by-its-brand"),
        pytest.param("鸣沙达的董事长是谁", {"程栩"}, id="brand-without-trade-words"),
        pytest.param("鸣沙达的贷款是从哪家银行拿的", {BANK}, id="brand-in-a-partner-question"),
        pytest.param("许青禾是什么领导", {"中共云澜市委员会市委书记"}, id="what-leader-is-a-post"),
        pytest.param("云澜市副市长一共几个", {"1个"}, id="how-many-after-a-filler"),
        pytest.param("哪些市领导见证了翠岭集团的签约", {"许青禾", "苏望舒"}, id="which-leader-word-witnessed"),
        pytest.param("云澜市政府有哪些人", {"苏望舒", "韩知远"}, id="members-asked-with-who-alone"),
        pytest.param("“春风行”是谁办的", {"云澜市商务局"}, id="who-ran-it-is-a-body"),
        pytest.param("“春风行”签了多少亿", {"12.5亿元"}, id="amount-in-yi"),
        pytest.param("云澜市政府的战略合作伙伴是哪家企业", {CO}, id="strategic-partner"),
        pytest.param("翠岭集团和云澜市政府的战略合作协议包括哪几个方面", {"氢能", "文旅"}, id="which-aspects"),
        pytest.param("翠岭集团战略合作协议的签订时间", {"2031-06-02"}, id="signing-time-noun"),
        pytest.param(f"{LAB}落在哪", {ZONE}, id="lab-lands-in-a-zone"),
        pytest.param("翠岭集团签约那条新闻标题是什么", {TITLE}, id="news-title"),
        pytest.param("韩知远去哪调研了", {"东湖区"}, id="qu-na-asks-a-place"),
        pytest.param("外贸专项资金下达到哪个市", {"云澜市"}, id="dao-before-which-city"),
        pytest.param("战略合作协议那篇报道是哪几个人写的", {"林默"}, id="which-people-wrote"),
        pytest.param("“春风行”是哪年哪月举办的", {"2031-05"}, id="year-and-month"),
        pytest.param("翠岭集团高管那篇报道记者是谁", {"林默"}, id="reporter-not-the-bodys-people"),
        pytest.param("云澜付市长是谁", {"韩知远"}, id="slip-fu-for-vice"),
        pytest.param("云澜市副市场是谁", {"韩知远"}, id="slip-market-for-mayor"),
        pytest.param("讲翠岭集团签约的报道", {TITLE}, id="ends-on-the-report"),
        pytest.param("翠岭集团一行考察了哪些地方", {"西湖区"}, id="where-a-bodys-chairman-went"),
        pytest.param("澄波的董事长是谁", {"周渡"}, id="one-company-written-two-ways"),
        pytest.param("翠岭集团签约的新闻是哪个记者报道的", {"林默"}, id="report-word-before-a-reporter"),
    ],
)
def test_blind_wordings_answer(kg, question, expected):
    got = kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("翠云的董事长是谁", id="another-brand"),
        pytest.param("哪位副市长见证了翠岭集团的签约", id="a-title-is-not-a-witness-filter"),
        pytest.param("云澜市政府有哪些人去了南湖区", id="members-and-more"),
        pytest.param("远舟的董事长是谁", id="two-companies-one-brand"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    assert kg.ask(question).answers == []


def test_a_body_asked_what_it_is_is_described(kg):
    assert kg.ask("云澜市政府是什么").template == "describe"


@pytest.mark.parametrize(
    "name,form",
    [
        pytest.param(CO, "翠岭", id="brand"),
        pytest.param("新疆瀚泰开发建设（集团）股份有限公司", "新疆瀚泰公司", id="province-brand-公司"),
        pytest.param("青禾基金公司", "青禾基金", id="公司-after-a-kind-word"),
        pytest.param("国家云海管理局监测司", "云海管理局监测司", id="national-body-without-国家"),
        pytest.param("中国共产党中央委员会", "中共中央", id="the-central-committee"),
    ],
)
def test_brand_forms(name, form):
    assert form in org_forms(name)


@pytest.mark.parametrize(
    "name,form",
    [
        pytest.param("东方电子有限公司", "东方", id="a-common-word-is-no-brand"),
        pytest.param("山西钢铁集团有限公司", "钢铁", id="trade-words-alone"),
        pytest.param("中国远帆集团有限公司", "中国远帆", id="no-中国-brand"),
        pytest.param("远洋运输总公司", "远洋运输总", id="总公司-keeps-its-公司"),
        pytest.param("国家能源局", "能源局", id="too-little-left-without-国家"),
    ],
)
def test_no_brand_form(name, form):
    assert form not in org_forms(name)


@pytest.mark.parametrize(
    "bad,problem",
    [
        pytest.param({"slips": ["付市长"]}, "slips must be a mapping", id="slips-not-a-mapping"),
        pytest.param(
            {"asks": {"article": ["哪篇"]}, "cues": {"report": {"words": ["报道"], "ends": "zone"}}},
            "ends 'zone', not a type of asks",
            id="ends-unknown-type",
        ),
    ],
)
def test_a_broken_lexicon_is_refused(bad, problem):
    with pytest.raises(TemplateError, match=problem):
        parse_lexicon(bad)
