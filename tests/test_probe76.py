"""Rows of made-up sentences for the general patterns behind the misses of probe batch b76 (national and foreign bodies
and people: NPC/CPPCC committees, acting posts, posts told in brackets after a name, foreign heads;
bench/data/pattern_probe_b76.yaml). Each row failed before its fix unless marked a near-miss."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    return {(p["name"], q["title"], q.get("org")) for p in _facts(text, name).get("persons") or [] for q in p["posts"]}


def _events(text: str, name: str, kind: str) -> list[tuple[str | None, list[str]]]:
    return [
        (e.get("date"), e.get("participants") or [])
        for e in _facts(text, name).get("events") or []
        if e["kind"] == kind
    ]


PD = "pd1998_19980122-01-003.txt"
XW = "xwlb_2025-11-27-002.txt"
EB = "eb_0000b761.txt"

POSTS = [
    pytest.param(
        "新华社北京１月２２日电 国家主席孙立明今天在人民大会堂同马里总统阿马杜·库利巴利举行会谈。",
        PD,
        ("阿马杜·库利巴利", "总统", "马里政府"),
        id="country-missing-mali",
    ),
    pytest.param(
        "央视网消息（新闻联播）：国务院总理韩志远同巴林首相哈利德·本·萨勒曼举行会谈。",
        XW,
        ("哈利德·本·萨勒曼", "首相", "巴林政府"),
        id="country-missing-bahrain",
    ),
    pytest.param(
        "新华社北京１月２０日讯 江南钢铁公司代总经理柴立平在会上发言。",
        PD,
        ("柴立平", "代总经理", "江南钢铁公司"),
        id="acting-general-manager",
    ),
    pytest.param(
        "新华社北京１月２０日讯 东方机械集团公司代董事长严丰年出席。",
        PD,
        ("严丰年", "代董事长", "东方机械集团公司"),
        id="acting-chairman",
    ),
    pytest.param(
        "新华社北京１月１９日电 突尼斯驻华大使馆临时代办阿里·本·萨拉赫到机场送行。",
        PD,
        ("阿里·本·萨拉赫", "临时代办", "突尼斯驻华大使馆"),
        id="charge-d-affaires",
    ),
    pytest.param(
        "新华社北京１月２２日电 参加会谈的中方人员有国务委员曹立德和外交部副部长杨成立。",
        PD,
        ("曹立德", "国务委员", "国务院"),
        id="list-opening-renyuan-you",
    ),
    pytest.param(
        "发布时间：2011-05-13\n本报讯（记者 孙磊）参加座谈会的还有罗立杰（市经济和信息化委员会主任）、孔明德（市商务局局长）。",
        EB,
        ("罗立杰", "主任", "市经济和信息化委员会"),
        id="post-in-brackets-after-name",
    ),
    pytest.param(
        "发布时间：2011-05-13\n本报讯（记者 孙磊）参加座谈会的还有罗立杰（市经济和信息化委员会主任）、孔明德（市商务局局长）。",
        EB,
        ("孔明德", "局长", "市商务局"),
        id="post-in-brackets-second-of-list",
    ),
    pytest.param(
        "中新网北京6月24日电 (记者 刘宁) 赵明启（国资委企业改革局局长）宣读了决定。",
        "cnews_2009-06-24-031.txt",
        ("赵明启", "局长", "国资委企业改革局"),
        id="post-in-brackets-national-bureau",
    ),
    pytest.param(
        "央视网消息（新闻联播）：全国人大常委会副委员长兼秘书长冯群立出席。",
        XW,
        ("冯群立", "秘书长", "全国人民代表大会常务委员会"),
        id="fixed-body-then-jian-secretary-general",
    ),
    pytest.param(
        "央视网消息（新闻联播）：全国政协常委、经济委员会副主任孟华昭出席。",
        XW,
        ("孟华昭", "副主任", "中国人民政治协商会议全国委员会经济委员会"),
        id="cppcc-committee-written-bare",
    ),
    pytest.param(
        "央视网消息（新闻联播）：全国人大常委会委员、外事委员会主任委员石华光出席。",
        XW,
        ("石华光", "主任委员", "全国人民代表大会外事委员会"),
        id="npc-special-committee-of-the-congress",
    ),
    pytest.param(
        "央视网消息（新闻联播）：全国人大常委会委员、法制工作委员会副主任王立成出席。",
        XW,
        ("王立成", "副主任", "全国人民代表大会常务委员会法制工作委员会"),
        id="npc-working-committee-of-the-standing-committee",
    ),
    pytest.param(
        "央视网消息（新闻联播）：国务院总理韩志远同越南政府总理黎文雄举行会谈。黎文雄曾于2019年以越南政府副总理身份访华。",
        XW,
        ("黎文雄", "副总理", "越南政府"),
        id="post-in-capacity",
    ),
]


@pytest.mark.parametrize("text,name,want", POSTS)
def test_probe76_posts(text, name, want):
    """Countries missing (countries.txt), acting titles and 临时代办 (titles.txt), list openings (post_rules.yaml
    cut_before_names), posts in brackets after a name and in 以…身份 (posts._bracket_note, _in_capacity), a bare 兼 title
    after a national body's and a committee after a congress post (posts._fixed, chain_rules.yaml congress_committee)."""
    assert want in _posts(text, name)


NO_PERSON = [
    pytest.param(
        "新华社北京１月２２日电 国家主席孙立明今天下午同来访的马里总统阿马杜·库利巴利举行会谈。",
        PD,
        "马里",
        id="mali-no-person",
    ),
    pytest.param(
        "新华社北京１月２２日电 意大利驻华大使马里奥·罗塞蒂出席。", PD, "马里奥", id="near-miss-mario-is-no-country"
    ),
]


@pytest.mark.parametrize("text,name,word", NO_PERSON)
def test_probe76_a_country_is_no_person(text, name, word):
    """马里总统X: 马里 a country, no person of its own (a name beginning 马里 stays whole)."""
    assert word not in {p["name"] for p in _facts(text, name).get("persons") or []}


EVENTS = [
    pytest.param(
        "央视网消息（新闻联播）：国务院总理韩志远同越南政府总理黎文雄举行会谈。黎文雄曾于2019年以越南政府副总理身份访华。",
        XW,
        "visit",
        ("2019", ["黎文雄"]),
        id="fanghua-with-a-year",
    ),
    pytest.param(
        "新华社北京１月２０日讯 总公司１９９８年工作会议今天在京召开。总经理费明远作工作报告。\n"
        "会议表彰了１９９７年度先进企业，１２家企业受到表彰。",
        PD,
        "award",
        ("1998-01-20", []),
        id="meeting-honours-in-a-paragraph-of-its-own",
    ),
    pytest.param(
        "发布时间：2011-05-13\n本报讯（记者 孙磊）昨日，部长助理常宇振一行来我市调研汽车产业。\n"
        "下午，常宇振主持召开座谈会，听取汇报。",
        EB,
        "meeting",
        ("2011-05-12", ["常宇振"]),
        id="afternoon-paragraph-keeps-the-day",
    ),
]


@pytest.mark.parametrize("text,name,kind,want", EVENTS)
def test_probe76_events(text, name, kind, want):
    """访华 a visit (event_kinds.yaml); 会议表彰了… and 下午， opening a paragraph keep the day told before (scene_sequel)."""
    assert want in _events(text, name, kind)


def test_probe76_end_of_a_visit_is_no_visit():
    """将于2日结束访问回国: the end of the visit told, no visit of its own (event_kinds.yaml visit triggers)."""
    text = "央视网消息（新闻联播）：代表团11月20日抵达开罗。据悉，代表团将于12月2日结束访问回国。"
    assert [d for d, _ in _events(text, XW, "visit")] == ["2025-11-20"]


def test_probe76_near_miss_a_group_named_fanghua_is_no_visit():
    """会见了…访华代表团一行: 访华 inside the group's name, no visit of its own (a near-miss, b18)."""
    text = "新华社北京１月２０日电 国务院副总理戴立中今天会见了以日本某协会副会长松田一郎为团长的日本经济界访华代表团一行。"
    assert not _events(text, PD, "visit")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("新华社北京１月２０日电 我们预祝他访华圆满成功。", id="a-wish"),
        pytest.param("新华社北京１月２０日电 某研究所所长甲乙丙日前就某国总统访华接受了本社记者的采访。", id="a-topic"),
    ],
)
def test_fix49_fanghua_wished_or_talked_about_is_no_visit(text):
    """预祝他访华圆满成功, 就…访华接受采访: 访华 wished for or the topic of an interview, no visit (fails on 219ad071)."""
    assert not _events(text, PD, "visit")


def test_probe76_witnessed_signing_told_as_a_noun():
    """见证了甲与乙<kind>的签署: the bodies joined after the verb are its parties (agreement_kinds.yaml verbs)."""
    text = "央视网消息（新闻联播）：11月26日，会谈后，王立新和李明共同见证了中华人民共和国商务部与蒙古国能源部能源合作谅解备忘录的签署。"
    got = {(a["kind"], tuple(a["parties"])) for a in _facts(text, XW).get("agreements") or []}
    assert ("能源合作谅解备忘录", ("中华人民共和国商务部", "蒙古国能源部")) in got


def test_probe76_near_miss_witnessed_documents_of_no_parties():
    """见证了合作文件的签署: no parties joined, no agreement (a near-miss)."""
    text = "央视网消息（新闻联播）：11月26日，会谈后，两人共同见证了合作文件的签署。"
    assert not _facts(text, XW).get("agreements")
