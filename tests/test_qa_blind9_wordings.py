"""Questions typed the way people ask them (issue 11, the eleventh blind set): a person asked about one of the
bodies they hold posts in (甲在乙政府任什么职: not their post in the party committee), or about a place (甲是丙市的
什么官: the posts in bodies there, or named after it); a province written short before a post (甘肃的省长); a
how-many word after fillers or after a question noun (副市长一共有几个, 担任的职务有几个); the biggest sum of one kind
of event (签约金额最大的, 开工的项目里投资最多的) and within a place inside a province (新疆投资最多的: one in 喀什);
and near misses that must not be answered. The people, bodies and sums are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, GOV, SUPPLIER, ZONE, city_page
from qa_helpers import imported_kg

STATE, CENTRE, SUPPLIER_CPC = "国务院", "中共中央", "云岭集团有限公司党委"
PROVINCE_GOV, REGION_CPC = "甘肃省人民政府", "中共西藏自治区委员会"
BRANCH = "汇通银行白银分行"  # a branch named with a real city, as branches are (the place-first form needs a division)
TOWN_GOV, TOWN_BUREAU, SCHOOL = "白石市人民政府", "白石市工商局", "东山干部学院"
FACTS = city_page(
    persons=[
        {"name": "韩小舟", "posts": [{"title": "市委副书记", "org": CPC}, {"title": "市长", "org": GOV}]},
        {"name": "程望舒", "posts": [{"title": "政治局委员", "org": CENTRE}, {"title": "副总理", "org": STATE}]},
        {
            "name": "宋晚晴",
            "posts": [{"title": "党委委员", "org": SUPPLIER_CPC}, {"title": "副总经理", "org": SUPPLIER}],
        },
        {"name": "林照", "posts": [{"title": "副市长", "org": TOWN_GOV}, {"title": "学员", "org": SCHOOL}]},
        {"name": "祁山月", "posts": [{"title": "局长", "org": TOWN_BUREAU}]},
        {"name": "宋晚晴", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "韦照临", "posts": [{"title": "副市长", "org": GOV}]},
        {"name": "柏青云", "posts": [{"title": "省长", "org": PROVINCE_GOV}]},
        {"name": "邵远帆", "posts": [{"title": "副省长", "org": PROVINCE_GOV}]},
        {"name": "岑知秋", "posts": [{"title": "副省长", "org": PROVINCE_GOV}]},
        {"name": "郁孤城", "posts": [{"title": "党委书记", "org": REGION_CPC}]},
        {"name": "甘霖", "posts": [{"title": "行长", "org": BRANCH}]},
    ],
    organizations=[
        {"name": STATE, "type": "government", "aliases": []},
        {"name": CENTRE, "type": "party_committee", "aliases": []},
        {"name": SUPPLIER_CPC, "type": "party_committee", "aliases": ["云岭集团党委"]},
        {"name": TOWN_GOV, "type": "government", "aliases": ["白石市政府"]},
        {"name": TOWN_BUREAU, "type": "government", "aliases": [], "located_in": "白石市"},
        {"name": SCHOOL, "type": "other", "aliases": []},
        {"name": PROVINCE_GOV, "type": "government", "aliases": []},
        {"name": REGION_CPC, "type": "party_committee", "aliases": []},
        {"name": BRANCH, "type": "bank", "aliases": []},
    ],
    agreements=[{"kind": "供货协议", "parties": [CO, SUPPLIER], "date": "2033-06-02", "amount": "8亿元"}],
    events=[
        {
            "kind": "signing",
            "date": "2033-06-02",
            "summary": "星岫集团与云岭集团在白石镇签约供货协议",
            "organizations": [CO, SUPPLIER],
            "location": "白石镇",
            "amount": "8亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-06-05",
            "summary": "星岫集团新材料基地开工",
            "organizations": [CO],
            "location": "东湖区",
            "amount": "12亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-06-07",
            "summary": "云岭集团白石镇物流园开工",
            "organizations": [SUPPLIER],
            "location": "白石镇",
            "amount": "5亿元",
        },
        {
            "kind": "other",
            "date": "2033-06-09",
            "summary": "云岭集团宣布追加投资",
            "organizations": [SUPPLIER],
            "amount": "30亿元",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-06-11",
            "summary": "云岭集团喀什仓储中心开工",
            "organizations": [SUPPLIER],
            "location": "喀什",
            "amount": "3亿元",
        },
        {
            "kind": "meeting",
            "date": "2033-06-12",
            "summary": "青岚市召开外贸企业座谈会，韩小舟主持",
            "participants": ["韩小舟"],
            "organizations": [GOV],
        },
        {
            "kind": "visit",
            "date": "2033-06-13",
            "summary": "邻省考察团参观东湖经济技术开发区",
            "organizations": [ZONE],
            "location": ZONE,
        },
    ],
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("韩小舟在青岚市政府任什么职", {"青岚市人民政府市长"}, id="in-the-government"),
        pytest.param("韩小舟在青岚市委担任什么职务", {"中共青岚市委员会市委副书记"}, id="in-the-party-committee"),
        pytest.param("韩小舟在青岚市人民政府是什么职位", {"青岚市人民政府市长"}, id="the-full-name"),
        pytest.param("程望舒在国务院担任什么职务", {"国务院副总理"}, id="a-vice-premier-in-the-state-council"),
        pytest.param("程望舒在中共中央是什么职务", {"中共中央政治局委员"}, id="the-same-one-in-the-centre"),
        pytest.param("宋晚晴在云岭集团党委是什么职务", {"云岭集团有限公司党委党委委员"}, id="a-companys-party-body"),
        pytest.param(
            "宋晚晴在云岭集团担任啥职务",
            {"云岭集团有限公司副总经理", "云岭集团有限公司党委党委委员"},
            id="the-company-and-its-party-body",
        ),
        pytest.param("青岚市市长在青岚市委任什么职务", {"中共青岚市委员会市委副书记"}, id="a-post-for-the-person"),
        pytest.param("林照是白石市的什么官", {"白石市人民政府副市长"}, id="a-body-named-after-the-place"),
        pytest.param("想问下祁山月在白石市担任什么职务", {"白石市工商局局长"}, id="a-body-located-in-the-place"),
    ],
)
def test_posts_in_the_body_asked(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("person_posts_in", expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("韩小舟在星岫集团担任什么职务", id="a-body-the-person-holds-nothing-in"),
        pytest.param("程望舒在青岚市政府是什么职务", id="another-body-of-the-page"),
        pytest.param("宋晚晴在东湖经开区担任什么职务", id="a-zone-with-no-post-of-theirs"),
        pytest.param("林照是青岚市的什么官", id="a-place-none-of-their-bodies-is-in"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "韩小舟担任哪些职务", "person_posts", {"中共青岚市委员会市委副书记", "青岚市人民政府市长"}, id="no-body"
        ),
        pytest.param(
            "见证星岫集团签约的市委书记担任哪些职务",
            "person_posts",
            {"中共青岚市委员会市委书记"},
            id="a-describing-body",
        ),
    ],
)
def test_without_a_body_of_theirs_all_posts(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("甘肃的省长是谁", {"柏青云"}, id="province-de-title"),
        pytest.param("谁是甘肃的省长", {"柏青云"}, id="who-is-first"),
        pytest.param("请问甘肃的省长叫什么", {"柏青云"}, id="with-a-frame"),
        pytest.param("甘肃的副省长有哪些人", {"邵远帆", "岑知秋"}, id="two-holders"),
        pytest.param("谁是咱们甘肃的副省长", {"邵远帆", "岑知秋"}, id="zan-men"),
        pytest.param("西藏的党委书记是哪位", {"郁孤城"}, id="a-party-committee-of-the-region"),
        pytest.param("想问下西藏的党委书记是谁", {"郁孤城"}, id="xiang-wen-xia"),
        pytest.param("甘肃省长是哪一位", {"柏青云"}, id="written-together"),
    ],
)
def test_a_province_written_short_before_a_post(kg, question, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == ("post_holder", expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("宁夏的省长是谁", id="a-province-with-no-such-body"),
        pytest.param("甘肃的董事长是谁", id="a-title-no-body-there-has"),
    ],
)
def test_province_near_misses(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市副市长一共有几个", "post_holder", {"2个"}, id="yi-gong-you-ji-ge"),
        pytest.param("青岚市副市长共有几位", "post_holder", {"2位"}, id="gong-you-ji-wei"),
        pytest.param("青岚市副市长总共有几个", "post_holder", {"2个"}, id="zong-gong"),
        pytest.param("青岚市副市长一共有几个人", "post_holder", {"2个"}, id="ji-ge-ren"),
        pytest.param("甘肃的副省长一共有几位", "post_holder", {"2位"}, id="a-province-post-counted"),
        pytest.param("韩小舟担任的职务有几个", "person_posts", {"2个"}, id="posts-noun-then-how-many"),
        pytest.param("程望舒担任的职位有几个", "person_posts", {"2个"}, id="zhi-wei"),
        pytest.param("宋晚晴的职务一共有几个", "person_posts", {"3个"}, id="de-zhi-wu-yi-gong"),
    ],
)
def test_how_many_after_fillers_or_a_question_noun(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚市副市长一共有哪些", {"宋晚晴", "韦照临"}, id="which-not-how-many"),
        pytest.param("韩小舟担任的职务有哪些", {"中共青岚市委员会市委副书记", "青岚市人民政府市长"}, id="the-posts"),
    ],
)
def test_which_words_after_fillers_are_no_count(kg, question, expected):
    got = kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param(
            "签约金额最大的是哪次活动", "top_amount", "星岫集团与云岭集团在白石镇签约供货协议", id="biggest-signing"
        ),
        pytest.param("签约规模最大的是哪一次", "top_amount", "星岫集团与云岭集团在白石镇签约供货协议", id="sign-scale"),
        pytest.param("开工的项目里哪个投资最多", "top_amount", "星岫集团新材料基地开工", id="biggest-groundbreaking"),
        pytest.param("动工项目当中投资最多的是哪个", "top_amount", "星岫集团新材料基地开工", id="dong-gong-dang-zhong"),
        pytest.param("奠基的项目里投资最大的是哪个", "top_amount", "星岫集团新材料基地开工", id="dian-ji"),
        pytest.param(
            "白石镇开工的项目中投资最大的是哪个", "place_top_amount", "云岭集团白石镇物流园开工", id="in-a-place"
        ),
        pytest.param(
            "在白石镇开工的项目里，哪个投的钱最多", "place_top_amount", "云岭集团白石镇物流园开工", id="tou-de-qian"
        ),
        pytest.param(
            "白石镇签约金额最高的是哪次",
            "place_top_amount",
            "星岫集团与云岭集团在白石镇签约供货协议",
            id="signing-in-a-place",
        ),
        pytest.param(
            "新疆投资最多的项目是哪个", "place_top_amount", "云岭集团喀什仓储中心开工", id="a-place-inside-a-province"
        ),
        pytest.param("哪个项目投资最多", "top_amount", "云岭集团宣布追加投资", id="no-kind-word-the-biggest-of-all"),
    ],
)
def test_the_biggest_of_one_kind(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, [a["label"] for a in got.answers]) == (template, [expected]), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("会谈金额最大的是哪次", id="a-kind-with-no-sum"),
        pytest.param("西山镇开工的项目中投资最大的是哪个", id="a-place-the-graph-does-not-have"),
        pytest.param("东湖区签约金额最高的是哪次", id="a-kind-not-held-there"),
    ],
)
def test_ranking_near_misses(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("白银汇通银行分行的行长是谁", "post_holder", {"甘霖"}, id="a-branch-with-its-place-first"),
        pytest.param("请问白银汇通银行分行行长是哪位", "post_holder", {"甘霖"}, id="with-a-frame-and-no-de"),
        pytest.param("谁去白石市工商局当了局长", "post_holder", {"祁山月"}, id="qu-dang-le"),
        pytest.param("谁到白石市工商局当局长", "post_holder", {"祁山月"}, id="dao-dang"),
        pytest.param("外贸企业座谈会是哪个主持的", "event_host", {"韩小舟"}, id="na-ge-zhu-chi-de"),
        pytest.param("那个外贸企业座谈会是哪位主持的", "event_host", {"韩小舟"}, id="na-wei-zhu-chi-de"),
        pytest.param(
            "青岚市与星岫集团签约那篇报道叫什么",
            "source_article",
            {"青岚市与星岫集团签署战略合作协议"},
            id="bao-dao-jiao-shen-me",
        ),
        pytest.param("邻省考察团去了哪个开发区", "event_place", {ZONE}, id="which-zone-it-went-to"),
        pytest.param("谁是咱们青岚市的市委书记", "post_holder", {"陆听松"}, id="zan-men-de"),
    ],
)
def test_spoken_forms(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("白银汇通银行分行的董事长是谁", id="a-title-the-branch-has-not"),
        pytest.param("谁去白石市工商局考察了", id="went-there-but-serves-nowhere"),
        pytest.param("邻省考察团去了哪个园区考察工商局", id="more-than-the-place"),
    ],
)
def test_spoken_near_misses(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
