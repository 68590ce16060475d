"""Rows of made-up sentences for the general patterns behind the misses of probe batch b51 (foreign affairs, visits,
delegations and investment promotion; bench/data/pattern_probe_b51.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, x.title, x.org) for p in extract_page(text, source_name=name).persons for x in p.posts}


CITY_PAPERS_WITH_VISITORS = [
    pytest.param(
        "澳门经贸团来中山考察\n\n发布时间：2011-05-10\n发布人：-中山日报\n"
        "本报讯（记者 王芳）昨天，澳门工商联会代表团一行30人抵达我市。市委书记高一鸣在市行政中心会见了澳门工商联会会长"
        "李永华一行。高一鸣说，欢迎澳门企业来投资。澳门工商联会与澳门中华总商会的企业家还参观了澳门企业在我市兴办的工厂。",
        ("高一鸣", "市委书记", "中共中山市委员会"),
        id="macao-visitors-in-a-city-paper",
    ),
    pytest.param(
        "香港客商来绍兴洽谈\n\n发布时间：2011-09-02\n发布人：-绍兴日报\n"
        "本报讯（记者 钱一平）昨天，香港贸易发展局组织的香港客商考察团抵达我市。市长郑志远会见了香港贸易发展局副总裁"
        "陈家豪一行。香港客商表示，香港企业看好在香港以外设立加工基地，将与香港多家采购商一同来我市考察。",
        ("郑志远", "市长", "绍兴市人民政府"),
        id="hong-kong-visitors-in-a-city-paper",
    ),
]


@pytest.mark.parametrize("text,post", CITY_PAPERS_WITH_VISITORS)
def test_probe51_a_city_papers_own_city_is_where_its_bare_level_words_are(text, post):
    """A 发布人 line naming a city's own paper (-中山日报) tells where the page's 市委, 市长 and 我市 are, however often a
    visiting delegation's home is named (context.publisher_place, org_mention_words.yaml paper_endings; b51 probe:
    four posts of a Macao visit given to 澳门)."""
    assert post in _posts(text, "eb_0a1b2c3d.txt")


DOTTED_NAMES_WHOLE = [
    pytest.param(
        "波兰驻华大使馆商务参赞玛雅·科瓦尔斯卡参加会见。", "玛雅·科瓦尔斯卡", id="name-ending-in-ka-before-a-verb"
    ),
]


@pytest.mark.parametrize("text,name", DOTTED_NAMES_WHOLE)
def test_probe51_a_dotted_name_the_rules_end_at_a_verb_keeps_its_last_syllable(text, name):
    """A dotted name the rules end right before a verb (…斯卡参加) is not cut inside by the tagger's shorter reading when
    that reading ends where no name ends (mentions._better_end; b51 probe: 玛雅·科瓦尔斯 lost its 卡)."""
    assert name in [p.name for p in extract_page(text).persons]


FOREIGN_TITLES = [
    pytest.param(
        "以色列驻华大使馆经济参赞阿米尔·科恩出席开幕式。",
        ("阿米尔·科恩", "经济参赞", "以色列驻华大使馆"),
        id="economic-counsellor",
    ),
    pytest.param(
        "荷兰驻华大使馆农业参赞扬·德弗里斯出席开幕式。",
        ("扬·德弗里斯", "农业参赞", "荷兰驻华大使馆"),
        id="agricultural-counsellor",
    ),
    pytest.param(
        "新加坡贸易和工业部高级政务部长李文华出席推介会。",
        ("李文华", "高级政务部长", "新加坡贸易和工业部"),
        id="senior-minister-of-state",
    ),
]


@pytest.mark.parametrize("text,post", FOREIGN_TITLES)
def test_probe51_foreign_titles(text, post):
    """An embassy's 经济参赞/农业参赞 and a 高级政务部长 are titles (titles.txt; b51 probe: 经济参赞 read as 参赞 of a junk
    以色列驻华大使馆经济大使馆, 高级政务部长 as 部长 of 国家发展部高级政务)."""
    assert post in _posts(text, "cnews_2009-06-19-001.txt")


TWO_BODIES_ONE_TITLE = [
    pytest.param(
        "新加坡贸易和工业部兼国家发展部高级政务部长李文华出席推介会。",
        {("李文华", "高级政务部长", "新加坡贸易和工业部"), ("李文华", "高级政务部长", "国家发展部")},
        id="two-ministries",
    ),
    pytest.param(
        "市财政局兼市国资局局长张明远出席会议。",
        {("张明远", "局长", "市财政局"), ("张明远", "局长", "市国资局")},
        id="two-bureaus",
    ),
]


@pytest.mark.parametrize("text,posts", TWO_BODIES_ONE_TITLE)
def test_probe51_two_bodies_of_one_kind_joined_by_jian_share_the_title(text, posts):
    """甲部兼乙部<title>: two bodies of one kind (部, 部; 局, 局) joined by 兼 before one title hold that title both
    (posts.read_chain; b51 probe: the first ministry's post lost)."""
    assert posts <= _posts(text, "cnews_2009-06-19-001.txt")


AUTONOMOUS_REGION_IN_A_STORY_PLACED_ELSEWHERE = [
    pytest.param(
        "香港特区行政长官率团访问广西\n\n今天（8月12日），香港特别行政区行政长官李志明率团抵达南宁。广西壮族自治区党委书记"
        "王振国，自治区党委副书记、自治区主席韦海平会见了李志明一行。",
        ("韦海平", "主席", "广西壮族自治区人民政府"),
        id="hong-kong-headline",
    ),
    pytest.param(
        "澳门特区代表团访问宁夏\n\n今天（5月6日），澳门特别行政区代表团抵达银川。宁夏回族自治区党委书记张国栋，"
        "自治区党委副书记、自治区主席马建中会见了代表团。",
        ("马建中", "主席", "宁夏回族自治区人民政府"),
        id="macao-headline",
    ),
]


@pytest.mark.parametrize("text,post", AUTONOMOUS_REGION_IN_A_STORY_PLACED_ELSEWHERE)
def test_probe51_a_bare_autonomous_region_is_the_one_named_before(text, post):
    """自治区主席 in a story whose headline places it in a special administrative region: the autonomous region named
    last before (posts._recent_named_with), not the SAR (b51 probe: 主席 of 香港特别行政区政府)."""
    assert post in _posts(text, "xwlb_2025-08-12-001.txt")


def test_probe51_a_first_consul_general_with_no_body_is_the_consulates_named_before():
    """首任总领事甲 after the consulate's opening: the consulate named last before (chain_rules.yaml last_named; b51
    probe: 总领事 of no body)."""
    text = "泰国驻南宁总领事馆开馆仪式今天在南宁举行。首任总领事颂猜·汶玛表示，将推动两地合作。"
    assert ("颂猜·汶玛", "总领事", "泰国驻南宁总领事馆") in _posts(text, "xwlb_2025-05-06-001.txt")
