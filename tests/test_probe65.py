"""Rows of made-up sentences for the general patterns behind the misses of probe batch b65 (2025 national TV news and
2009 wire copy: national parks, desertification, saline land, rare diseases, a competition dialogue, ride-hailing;
fuel prices, toys, a broker, re-guarantee, house prices, a piano takeover; bench/data/pattern_probe_b65.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


def _of_kind(text: str, name: str, kind: str) -> list:
    return [e for e in _facts(text, name).events if e.kind == kind]


def _orgs(text: str, name: str) -> dict[str, str]:
    return {o.name: o.type for o in _facts(text, name).organizations}


def _posts(text: str, name: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(q.title, q.org) for q in p.posts] for p in _facts(text, name).persons}


ZONE_BY_ITS_COMMITTEE = [
    pytest.param(
        "央视网消息（新闻联播）：5月20日，滨海农业高新技术产业示范区管理委员会与青禾农业科技有限公司签署了合作协议。"
        "示范区党工委书记、管委会主任程伯远与青禾农业董事长苏立文代表双方签约。",
        "xwlb_2025-05-20-001.txt",
        "滨海农业高新技术产业示范区",
        ("程伯远", ["中共滨海农业高新技术产业示范区工作委员会", "滨海农业高新技术产业示范区管理委员会"]),
        id="xwlb-a-zone-named-only-inside-its-committee-and-its-posts-read-back",
    ),
    pytest.param(
        "中新网3月2日电 江口石化新城管委会昨日与华东燃气有限公司签订了供气协议。",
        "cnews_2009-03-02-001.txt",
        "江口石化新城",
        None,
        id="cnews-a-new-town-committee-written-short",
    ),
]


@pytest.mark.parametrize("text,name,zone,posts", ZONE_BY_ITS_COMMITTEE)
def test_probe65_a_zones_committee_names_the_zone(text, name, zone, posts):
    """<zone>管理委员会 (管委会) names its zone too (org_registry.zone_of_committee), and 示范区党工委/管委会 after it are that
    zone's bodies (posts.ensure_zone_mentions)."""
    assert _orgs(text, name).get(zone) == "development_zone"
    if posts:
        person, want = posts
        assert [org for _title, org in _posts(text, name)[person]] == want


def test_probe65_a_regulators_committee_names_no_zone():
    """Near-miss: 中国证券监督管理委员会 is a 管理委员会 of no zone."""
    text = "中新网8月12日电 中国证券监督管理委员会今日发布公告。"
    assert not any(t == "development_zone" for t in _orgs(text, "cnews_2009-08-12-001.txt").values())


def test_probe65_a_director_general_of_a_foreign_directorate():
    """总司长 is a title (titles.txt): 竞争总司总司长甲 is 总司长 of the 总司, no 司长 of a 总司总."""
    text = "央视网消息（新闻联播）：10月9日，市场监管总局副局长韩立平和欧盟委员会竞争总司总司长皮埃尔·勒梅尔举行会谈。"
    assert ("总司长", "欧盟委员会竞争总司") in _posts(text, "xwlb_2025-10-09-001.txt")["皮埃尔·勒梅尔"]


AFTER_THE_DIALOGUE = [
    pytest.param(
        "央视网消息（新闻联播）：当地时间9月3日，商务部部长罗振邦在日内瓦同瑞士经济部长汉斯·穆勒举行会谈，并共同主持中瑞经贸对话。"
        "对话后，商务部与瑞士经济部签署了贸易便利化合作备忘录补充协议。",
        "xwlb_2025-09-04-002.txt",
        ("2025-09-03", "贸易便利化合作备忘录补充协议"),
        id="xwlb-a-deal-signed-after-the-dialogue-on-its-day-its-supplement-whole",
    ),
]


@pytest.mark.parametrize("text,name,want", AFTER_THE_DIALOGUE)
def test_probe65_a_deal_signed_after_a_dialogue(text, name, want):
    """对话后，… is a sequel on the dialogue's day (scene_sequel, ceremony_named), a signing of its own after the talks
    (after_talks); 补充协议 joins the document before it into one kind (agreement_kinds.yaml nouns)."""
    day, kind = want
    assert [e.date for e in _of_kind(text, name, "signing")] == [day]
    assert [(a.date, a.kind) for a in _facts(text, name).agreements] == [(day, kind)]


def test_probe65_talks_held_by_the_arriving_guest():
    """甲一行抵达某地，同乙举行会谈: 甲 holds the talks (partner_adverbs: a bare 同 opening the clause)."""
    text = "新华社9月5日电 9月5日，商务部部长罗振邦一行抵达莫斯科，同俄罗斯经济发展部部长伊万·彼得罗夫举行会谈。"
    talks = _of_kind(text, "xwlb_2025-09-05-003.txt", "talks")
    assert talks and {"罗振邦", "伊万·彼得罗夫"} <= set(talks[0].participants)


CAMPAIGN_MEETINGS = [
    pytest.param(
        "央视网消息（新闻联播）：6月5日，黄河流域生态保护攻坚战现场推进会在宁夏银川召开。水利部副部长甘立群出席会议并讲话。",
        "xwlb_2025-06-05-001.txt",
        ["宁夏银川"],
        id="a-campaigns-meeting-held",
    ),
    # near-miss: an effort planned (要…攻坚) is no meeting held
    pytest.param(
        "央视网消息（新闻联播）：6月5日，水利部要求各地攻坚召开防汛推进会。",
        "xwlb_2025-06-05-002.txt",
        [],
        id="an-effort-asked-for-no-meeting",
    ),
]


@pytest.mark.parametrize("text,name,places", CAMPAIGN_MEETINGS)
def test_probe65_a_campaigns_name_is_no_plan(text, name, places):
    """攻坚战 is a campaign's name, no modal (event_kinds.yaml modal: 攻坚(?!战)): the meeting told held is at its place."""
    assert [e.location for e in _of_kind(text, name, "meeting")] == places


TOWNS = [
    pytest.param(
        "中新网东莞11月18日电 17日，副省长韦明德还到东莞市虎门镇走访了多家服装企业。",
        "cnews_2009-11-18-002.txt",
        "东莞市虎门镇",
        id="a-town-after-its-city",
    ),
    # near-miss: 城乡 is no town
    pytest.param(
        "中新网东莞11月18日电 17日，副省长韦明德到东莞市城乡结合部走访了多家企业。",
        "cnews_2009-11-18-003.txt",
        "东莞市",
        id="the-town-and-country-fringe-is-no-town",
    ),
]


@pytest.mark.parametrize("text,name,where", TOWNS)
def test_probe65_a_town_written_after_its_city_is_the_place(text, name, where):
    """到<city><town>走访 is at the town, as written with its city (events.town_after; 35_pd1998's gold)."""
    assert [e.location for e in _of_kind(text, name, "inspection")] == [where]


SHORT_FORMS = [
    pytest.param(
        "中新网12月2日电 全国网约车平台注册驾驶员已超过700万人。",
        "国家电网有限公司",
        False,
        id="nationwide-ride-hailing-no-grid",
    ),
    pytest.param(
        "中新网12月2日电 国网与江城市人民政府签署了合作协议。",
        "国家电网有限公司",
        True,
        id="the-grid-by-its-short-form",
    ),
    pytest.param(
        "中新网8月12日电 证监会日前审核通过了江海证券股份有限公司（下称江海证券）首次公开发行股票的申请。",
        "下称江海证券",
        False,
        id="the-defining-word-is-no-part-of-the-short-name",
    ),
    pytest.param(
        "中新网4月8日电 公司收购后将保留其德国工厂和品牌。", "德国工厂", False, id="a-countrys-factory-described"
    ),
    pytest.param(
        "中新网4月8日电 德国北海钢琴公司今日与中国银行签约。", "中国银行", True, id="a-bank-named-by-its-country"
    ),
]


@pytest.mark.parametrize("text,org,listed", SHORT_FORMS)
def test_probe65_short_forms_and_descriptions(text, org, listed):
    """全国网约车 holds no 国网 (abbrev_reject_before); 下称 is a boundary (org_boundaries.txt); a country and 公司/企业/工厂
    alone describe firms (country_kinds), 中国银行 is still a name."""
    assert (org in _orgs(text, "cnews_2009-01-01-001.txt")) == listed


LAUNCHES = [
    pytest.param(
        "中新网6月11日电 国家统计局今日发布数据显示，5月份房价环比上涨0.6%。", 0, id="figures-reported-no-launch"
    ),
    pytest.param(
        "中新网6月11日电 住房和城乡建设部今日发布《住宅专项维修资金管理办法》。", 1, id="a-rule-put-out-a-launch"
    ),
]


@pytest.mark.parametrize("text,count", LAUNCHES)
def test_probe65_figures_released_are_no_launch(text, count):
    """发布数据显示 reports figures, no launch (event_kinds.yaml launch: 发布 not before …数据显示)."""
    assert len(_of_kind(text, "cnews_2009-06-11-001.txt", "launch")) == count


def test_probe65_a_takeover_signed_is_no_event_of_its_own():
    """…签署股权收购协议，这是…首宗海外并购: the takeover the signing brings (signing_brings 并购)."""
    text = "中新网4月8日电 江南乐器股份有限公司今日与德国莱茵钢琴有限公司签署股权收购协议，这是国内乐器企业的首宗海外并购。"
    assert [e.kind for e in _facts(text, "cnews_2009-04-08-001.txt").events] == ["signing"]


def test_probe65_one_signer_with_each_banks_head():
    """甲分别与各银行负责人签字: 甲 signed the deal told before (signers_told)."""
    text = (
        "中新网武汉3月26日电 今日，楚天担保有限公司与工商银行湖北省分行、农业银行湖北省分行签署了合作协议。"
        "楚天担保总经理邹立新分别与各银行负责人签字。"
    )
    assert [e.participants for e in _of_kind(text, "cnews_2009-03-26-001.txt", "signing")] == [["邹立新"]]


MERGER_REVIEWS = [
    pytest.param(
        "中新网10月22日电 市场监管总局同德国联邦卡特尔局举行会谈，双方同意就跨境并购审查开展个案合作。",
        [],
        id="a-review-of-mergers-no-takeover",
    ),
    pytest.param("中新网10月22日电 江南机电股份有限公司今日并购了北方电机有限公司。", ["other"], id="a-takeover-done"),
]


@pytest.mark.parametrize("text,kinds", MERGER_REVIEWS)
def test_probe65_a_merger_review_is_no_takeover(text, kinds):
    """并购审查/并购案件 name a regulator's work, no takeover (event_kinds.yaml other: 并购 not before 审查, 案件)."""
    assert [e.kind for e in _facts(text, "cnews_2009-10-22-001.txt").events if e.kind == "other"] == kinds
