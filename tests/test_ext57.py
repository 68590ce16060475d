"""Rows of made-up sentences for the items session 40's extraction helpers left (bench/README.md, Pattern probe:
ext53-ext56, b57 and b58's "Left"), each fixed in general (session 41, ext57)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str = "pd1998_x.txt"):
    return extract_page("标题\n\n" + text, source_name=name)


PROVINCE_PAIRS = [
    pytest.param(
        "本报杭州５月８日讯 浙江省与四川省今天在杭州签订对口帮扶协议。",
        [("对口帮扶协议", {"浙江省人民政府", "四川省人民政府"})],
        id="second-province-before-a-time-and-a-venue",
    ),
    pytest.param(
        "本报讯 江苏省与青海省昨天签订了对口支援协议。",
        [("对口支援协议", {"江苏省人民政府", "青海省人民政府"})],
        id="second-province-before-a-time",
    ),
    pytest.param(
        "本报讯 湖北省与新疆维吾尔自治区在武汉签订了对口支援协议。",
        [("对口支援协议", {"湖北省人民政府", "新疆维吾尔自治区人民政府"})],
        id="second-region-before-a-venue",
    ),
    pytest.param(
        "新华社福州４月２日电 福建省和贵州省扶贫协作联席会议今天在福州召开。会上，两省签订了１９９８年至２０００年对口帮扶协议。",
        [("对口帮扶协议", {"福建省人民政府", "贵州省人民政府"})],
        id="two-provinces-told-back-and-a-range-of-years",
    ),
    pytest.param(
        "本报讯 常州市市长和咸宁市市长今天举行会谈，两市签订了2021年至2025年合作协议。",
        [("合作协议", {"常州市人民政府", "咸宁市人民政府"})],
        id="two-cities-told-back",
    ),
    pytest.param(
        "本报讯 株洲市与湘潭市昨天在长沙召开联席会议。",
        [],
        id="guard-two-cities-meeting-no-agreement",
    ),
    pytest.param(
        "本报讯 江苏省省长一行到陕西省考察，双方签订了合作协议。",
        [("合作协议", set())],
        id="guard-a-visit-is-no-pair-of-signing-provinces",
    ),
]


@pytest.mark.parametrize("text,want", PROVINCE_PAIRS)
def test_ext57_two_places_that_sign(text, want):
    """A place joined to another before the verb signs when a time and a venue stand between (甲省与乙省今天在丙签订:
    agreement_kinds.yaml place_verb_gap), a range of years is no part of the kind (kind_prefix_drop), and 两省/两市 as
    the parties are the two places of that level named last (parties_back_levels; b57's 两省签订了…对口帮扶协议)."""
    facts = _facts(text)
    assert [(a.kind, set(a.parties)) for a in facts.agreements] == want


def _posts(text: str, name: str = "cnews_x.txt") -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(q.title, q.org) for q in p.posts} for p in _facts(text, name).persons}


FOREIGN_CITY = [
    pytest.param(
        "中新网宁波5月6日电 宁波市人民政府6日与韩国某某市政府签署了友好交流备忘录。宁波市市长王建国和某某市副市长朴东日分别代表双方签字。",
        "朴东日",
        {("副市长", "某某市政府")},
        id="foreign-city-named-after-its-country-before",
    ),
    pytest.param(
        "中新网无锡3月2日电 无锡市市长张志刚会见了日本某某市副市长山田一郎一行。",
        "山田一郎",
        {("副市长", "日本某某市政府")},
        id="foreign-city-written-with-its-country",
    ),
    pytest.param(
        "中新网常州3月2日电 常州市副市长李国强出席了签约仪式。",
        "李国强",
        {("副市长", "常州市人民政府")},
        id="guard-a-listed-city",
    ),
    pytest.param(
        "本报讯 某某市副市长李国强出席了签约仪式。",
        "李国强",
        {("副市长", "某某市人民政府")},
        id="guard-a-city-no-list-holds-with-no-country",
    ),
]


@pytest.mark.parametrize("text,person,posts", FOREIGN_CITY)
def test_ext57_a_foreign_citys_government_is_its_city_government(text, person, posts):
    """A foreign city's 副市长 holds the post in <city>政府 as b29 and b58 write it, not a 人民政府 (posts.
    _foreign_city_gov: a city no list holds, written after a country in the body or with it; b58's 釜山市人民政府)."""
    assert _posts(text)[person] == posts


SHORT_FORMS = [
    pytest.param(
        "本报讯 昨日，某某市人社局局长王建国出席。",
        "王建国",
        {("局长", "某某市人力资源和社会保障局")},
        id="city-renshe-ju",
    ),
    pytest.param(
        "本报讯 昨日，常州市市长王建国讲话，市发改委主任李明出席。",
        "李明",
        {("主任", "常州市发展和改革委员会")},
        id="bare-level-fagaiwei",
    ),
    pytest.param(
        "本报讯 昨日，某某省外办主任赵刚出席。",
        "赵刚",
        {("主任", "某某省人民政府外事办公室")},
        id="province-waiban-in-its-government",
    ),
    pytest.param(
        "本报讯 昨日，某某市国资委主任张强讲话。",
        "张强",
        {("主任", "某某市国有资产监督管理委员会")},
        id="city-guoziwei",
    ),
    pytest.param(
        "本报讯 昨日，国务院侨办副主任钱多讲话。",
        "钱多",
        {("副主任", "国务院侨务办公室")},
        id="state-council-office-no-peoples-government",
    ),
    pytest.param(
        "本报讯 昨日，某某市商务局局长孙立出席。", "孙立", {("局长", "某某市商务局")}, id="guard-a-full-name-as-written"
    ),
]


@pytest.mark.parametrize("text,person,posts", SHORT_FORMS)
def test_ext57_a_departments_short_form_is_its_full_name(text, person, posts):
    """X市人社局, 市发改委, 省外办: a government department written short after a place or a level is named by its full
    name (org_generic.yaml local_body_short; ext54 and ext56's 宜昌市人社局 not expanded)."""
    assert _posts(text, "eb_x.txt")[person] == posts


def test_ext57_a_short_form_party_signs_by_its_full_name():
    facts = _facts("本报讯 昨日，湖州市发改委与湖州瑞丰科技有限公司签订合作协议。", "eb_x.txt")
    assert [set(a.parties) for a in facts.agreements] == [{"湖州市发展和改革委员会", "湖州瑞丰科技有限公司"}]


SAME_DAY_AGAIN = [
    pytest.param(
        "发布时间：2011-05-18\n本报讯 ■17日，湖州市人民政府与浙江瑞丰集团有限公司签订战略合作协议。同日还与交通银行湖州分行签订了银政合作协议。\n"
        "■16日，湖州市市长王建国会见了客人。",
        {"湖州市人民政府", "交通银行湖州分行"},
        id="item-same-day-again-with",
    ),
    pytest.param(
        "本报讯 丽水市人民政府与浙江瑞丰集团有限公司签订了战略合作协议。当天，还与中国农业银行丽水分行签订了金融合作协议。",
        {"丽水市人民政府", "中国农业银行丽水分行"},
        id="that-day-comma-again-with",
    ),
    pytest.param(
        "本报讯 丽水市人民政府与浙江瑞丰集团有限公司签订了战略合作协议。同时，中国农业银行丽水分行与浙江瑞丰集团有限公司签订了贷款合同。",
        {"中国农业银行丽水分行", "浙江瑞丰集团有限公司"},
        id="guard-a-new-subject-signs-itself",
    ),
    pytest.param(
        "本报讯 丽水市人民政府与浙江瑞丰集团有限公司签订了战略合作协议。\n同日还与中国农业银行丽水分行签订了金融合作协议。",
        {"中国农业银行丽水分行"},
        id="guard-not-across-a-paragraph",
    ),
]


@pytest.mark.parametrize("text,second", SAME_DAY_AGAIN)
def test_ext57_same_day_again_with_carries_the_subject_across_a_full_stop(text, second):
    """甲与乙签订了A。同日还与丙签订了B: 甲 signs B with 丙 (agreement_kinds.yaml carried_across; ext54's ■ items with
    同日还与… folded into the item before's signing, b58's 同日…还与): in its paragraph, one sentence back."""
    facts = _facts(text, "eb_x.txt")
    assert len(facts.agreements) == 2
    assert set(facts.agreements[1].parties) == second
