"""Persons, posts and organisations left by session 52 (branch ext88): an autonomous prefecture written short with its
kind (甲自治州州长), a field of questions between a body and its title, a branch of a named body (甲科学院乙分院) and a
body's head office (甲会总会); made-up sentences only."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def orgs_of(text: str) -> set[str]:
    return {o.name for o in extract_page(text).organizations}


EXT88_POSTS = [
    # an autonomous prefecture written as its head and 自治州 (place_words.yaml prefecture_short_endings): the
    # prefecture's government, party committee (was a body 甲自治州 of type other, or no prefecture at all)
    pytest.param(
        "湘西自治州州长王明出席。", {("王明", "州长", "湘西土家族苗族自治州人民政府")}, id="autonomous-prefecture-head"
    ),
    pytest.param(
        "延边自治州副州长王明出席。",
        {("王明", "副州长", "延边朝鲜族自治州人民政府")},
        id="autonomous-prefecture-deputy",
    ),
    pytest.param(
        "恩施自治州委书记王明出席。",
        {("王明", "州委书记", "中共恩施土家族苗族自治州委员会")},
        id="autonomous-prefecture-party",
    ),
    # near-miss: the short form with 州 alone stays the prefecture's government, as before
    pytest.param("湘西州州长王明出席。", {("王明", "州长", "湘西土家族苗族自治州人民政府")}, id="prefecture-zhou-kept"),
    # a field of questions between a body and its title (post_rules.yaml title_field): the body's post, the field in
    # neither (was a body 甲研究所中国问题)
    pytest.param(
        "东方研究所中国问题高级顾问王明说，", {("王明", "高级顾问", "东方研究所")}, id="field-between-body-title"
    ),
    pytest.param("青岚社科院农村问题研究员王明说，", {("王明", "研究员", "青岚社科院")}, id="field-before-researcher"),
    # a bio told with 是 (post_rules.yaml copula_verbs, appoint_adverbs 如今/现在): the posts of the chain after it, a
    # discipline before the first grade too (was none)
    pytest.param(
        "王明如今是东湖大学政府学教授和南方大学能源研究中心高级顾问。",
        {("王明", "教授", "东湖大学"), ("王明", "高级顾问", "南方大学能源研究中心")},
        id="copula-two-posts",
    ),
    pytest.param("王明是东湖大学副校长。", {("王明", "副校长", "东湖大学")}, id="copula-post"),
    # near-miss: 是 before a chain told of another (的 after it in the clause) gives the subject no post
    pytest.param("王明是东湖大学副校长的儿子。", set(), id="copula-relative-none"),
    pytest.param("李强是星河集团总经理王明的朋友。", {("王明", "总经理", "星河集团")}, id="copula-friend-of-officer"),
    # near-miss: a body's own title with nothing between is as before
    pytest.param("东方研究所所长王明说，", {("王明", "所长", "东方研究所")}, id="body-title-kept"),
]


@pytest.mark.parametrize(("text", "expected"), EXT88_POSTS)
def test_ext88_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts_of(text) == expected


EXT88_ORGS = [
    # the field is no body of its own (was 东方研究所中国问题, other)
    pytest.param("东方研究所中国问题高级顾问王明说，", {"东方研究所"}, id="field-no-body"),
    # an autonomous prefecture's government by its short form with its kind (was 湘西自治州, other)
    pytest.param("湘西自治州州长王明出席。", {"湘西土家族苗族自治州人民政府"}, id="prefecture-government-body"),
    # a branch of a named academy (org_generic.yaml branch_endings): one body, the branch (was the academy alone, or
    # the academy and a body 分院)
    pytest.param("会上，南方医学科学院西北分院揭牌。", {"南方医学科学院西北分院"}, id="academy-branch-whole"),
    pytest.param(
        "王明为南方医学科学院西北分院揭牌，分院院长由李强担任。", {"南方医学科学院西北分院"}, id="branch-named-back"
    ),
    # a body's head office (甲会总会): one body (was also 中国红十字会)
    pytest.param("中国红十字会总会向灾区捐赠棉被。", {"中国红十字会总会"}, id="head-office-association"),
    # places opening a clause that raise or allot funds (org_generic.yaml place_funds): each place's government (was none)
    pytest.param("灾情发生后，攸县分别筹资500万元。", {"攸县人民政府"}, id="place-raises-funds"),
    pytest.param("今年，酒泉市、天水市共筹资3000万元。", {"酒泉市人民政府", "天水市人民政府"}, id="places-raise-funds"),
    # near-miss: a place funds go to, after 向, is no actor
    pytest.param("省里向澧县拨款500万元。", set(), id="place-receives-funds"),
    # near-miss: a branch of a bank is one body, as before
    pytest.param("东方银行青岚分行行长王明出席。", {"东方银行青岚分行"}, id="bank-branch-kept"),
]


def types_of(text: str) -> dict[str, str]:
    return {o.name: o.type for o in extract_page(text).organizations}


EXT88_TYPES = [
    # a branch is of its body's type (mentions.branch_type; was other, the 分院's, or 分院 no suffix at all)
    pytest.param("原南方科学院长沙分院院长王明说，", {"南方科学院长沙分院": "lab"}, id="academy-branch-lab"),
    pytest.param("东湖大学青岚分院院长王明说，", {"东湖大学青岚分院": "university"}, id="university-branch"),
    # a hospital's branch is other, as the hospital, and the hospital written inside it is the branch (was two bodies)
    pytest.param("青岚市人民医院东区分院院长王明说，", {"青岚市人民医院东区分院": "other"}, id="hospital-branch-other"),
]


@pytest.mark.parametrize(("text", "expected"), EXT88_TYPES)
def test_ext88_types(text: str, expected: dict[str, str]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), EXT88_ORGS)
def test_ext88_orgs(text: str, expected: set[str]) -> None:
    assert orgs_of(text) == expected


EXT88_SCHOOL = [
    # 学校 after a university or a school told before (org_generic.yaml anaphor_kinds_also): that body, a party to
    # a pact told in a later sentence (agreement_kinds.yaml anaphor_parties_far; was the other side alone)
    pytest.param(
        "10日，东湖大学副校长王明带队走访了企业。当天，学校与青岚市人民政府签订了合作协议。",
        ("agreement", {"东湖大学", "青岚市人民政府"}),
        id="school-party-university",
    ),
    pytest.param(
        "10日，青岚市第一中学举行开学典礼。当天，学校与星河集团签订了合作协议。",
        ("agreement", {"青岚市第一中学", "星河集团"}),
        id="school-party-middle-school",
    ),
    # ... and the body of a title after it (was a body 学校, other, or 学校党委)
    pytest.param(
        "10日，东湖大学举行典礼。学校校长王明出席。", ("post", {("王明", "校长", "东湖大学")}), id="school-head"
    ),
    pytest.param(
        "10日，东湖大学举行典礼。学校党委书记王明出席。",
        ("post", {("王明", "党委书记", "东湖大学党委")}),
        id="school-party-committee",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXT88_SCHOOL)
def test_ext88_school(text: str, expected: tuple[str, set]) -> None:
    what, facts = expected
    if what == "post":
        assert posts_of(text) == facts
    else:
        assert [set(a.parties) for a in extract_page(text).agreements] == [facts]
