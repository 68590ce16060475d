"""Rows of made-up sentences for the general patterns behind the misses of probe batch b53 (science, education,
culture, sports and health; bench/data/pattern_probe_b53.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, name: str):
    if name.startswith("eb"):
        text = "发布时间：2011-06-14\n发布人：-某某日报\n" + text
    return extract_page("标题\n\n" + text, source_name=name)


LIBRARIES_AND_MUSEUMS = [
    pytest.param(
        "本报某地５月２０日讯 宁波市星河图书馆与浙江大学签订了文献资源共建共享协议。",
        "pd1998_19980521-04-003.txt",
        ("宁波市星河图书馆", "other"),
        id="city-library-signs",
    ),
    pytest.param(
        "新华社某地９月２６日电 丽水市瓯江文化博物馆今天建成开馆。文化部副部长张一明出席开馆仪式。",
        "pd1998_19980927-04-002.txt",
        ("丽水市瓯江文化博物馆", "other"),
        id="museum-opened",
    ),
]


@pytest.mark.parametrize("text,name,wanted", LIBRARIES_AND_MUSEUMS)
def test_probe53_a_library_or_museum_is_a_body(text, name, wanted):
    """A library, museum, cultural centre, science museum or archive (图书馆, 博物馆, 文化馆, 科技馆, 档案馆)
    is an organisation of type other, as a hospital or a school (org_suffixes.yaml other; b53 probe: 宁波市图书馆 missed,
    its opening's and agreement's body lost)."""
    assert wanted in [(o.name, o.type) for o in _page(text, name).organizations]


def test_probe53_a_public_library_as_a_kind_is_no_body():
    """市级公共图书馆 (是全省最大的市级公共图书馆) names a kind of library, none (org_generic.yaml kind_words 公共, as 县级 and
    省级 already)."""
    got = _page("本报某地５月２０日讯 新馆是全省规模最大的市级公共图书馆。", "pd1998_19980521-04-003.txt")
    assert not [o.name for o in got.organizations if "图书馆" in o.name]


HOPE_SCHOOLS = [
    pytest.param(
        "新华社某地９月８日电 由星河电力公司援建的秭归县星河希望小学今天落成。",
        "秭归县星河希望小学",
        id="after-a-donor",
    ),
    pytest.param("本报讯 前天，宜都市青溪希望中学与星河集团签订了助学协议。", "宜都市青溪希望中学", id="school-signs"),
]


@pytest.mark.parametrize("text,wanted", HOPE_SCHOOLS)
def test_probe53_a_hope_school_is_named_whole(text, wanted):
    """A school of the 希望工程 (甲县乙希望小学) is named whole: 希望 there is part of the name, no verb that ends it
    (org_joined_words.txt 希望小学, read also right before the suffix in mentions.py; b53 probe: 秭归县楚天希望小学 missed);
    希望小学 alone names the kind (org_generic.yaml generic_names)."""
    name = "eb_x.txt" if text.startswith("本报讯") else "pd1998_19980909-05-006.txt"
    got = [o.name for o in _page(text, name).organizations]
    assert wanted in got and "希望小学" not in got


COMPANY_COMMITTEES_BY_SHORT_NAME = [
    pytest.param(
        "本报讯 江苏星河出版集团有限公司与某某公司签订了协议。星河出版集团董事长、党委书记张一明说，很好。",
        ("张一明", "党委书记", "江苏星河出版集团有限公司党委"),
        id="group-short-name-committee",
    ),
    pytest.param(
        "本报讯 浙江青溪控股集团有限公司与某某银行签订了协议。青溪控股集团党委书记王一平表示，很好。",
        ("王一平", "党委书记", "浙江青溪控股集团有限公司党委"),
        id="committee-alone",
    ),
]


@pytest.mark.parametrize("text,wanted", COMPANY_COMMITTEES_BY_SHORT_NAME)
def test_probe53_the_committee_of_a_short_group_name_is_the_companys(text, wanted):
    """A group written short without the province and legal ending (星河出版集团 of 江苏星河出版集团有限公司) is renamed
    twice (to 江苏星河出版集团, then to the full name): its 党委 follows to the last name, that company's committee
    (resolve._last_name; b53 probe: 江苏凤凰出版传媒集团党委 and 江苏鑫源控股集团党委 bodies of their own)."""
    got = _page(text, "eb_x.txt")
    assert wanted in [(p.name, q.title, q.org) for p in got.persons for q in p.posts]


def test_probe53_a_partner_signing_a_deal_of_its_own_is_another_signing():
    """甲与乙签订了A；乙与丙签署了B: the second clause's subject is the first deal's partner, a subject of its own, so its
    deal is a signing of its own, as 甲与乙…；丙与丁… already (events._partner_then_subject; b53 probe eb: the school's two
    deals one signing); one subject's 甲与乙…；甲还与丙… stays one signing (b30)."""
    text = (
        "本报讯 昨天上午，青溪中学奠基仪式在某区举行。奠基仪式上，星河集团与市教育局签订了捐建协议；"
        "市教育局与宁波大学签署了合作办学协议。张一明见证签约。"
    )
    signings = [e for e in _page(text, "eb_x.txt").events if e.kind == "signing"]
    assert sorted(sorted(e.organizations) for e in signings) == [
        ["宁波大学", "宁波市教育局"],
        ["宁波市教育局", "星河集团"],
    ]
    same = text.replace("市教育局与宁波大学", "星河集团还与宁波大学")
    assert len([e for e in _page(same, "eb_x.txt").events if e.kind == "signing"]) == 1


FUNDS_AND_KINDS_NAMED_NONE = [
    pytest.param("本报讯 星河集团将捐资５００万元设立购书基金。", "购书基金", id="fund-to-set-up"),
    pytest.param("本报讯 集团今后还将设立奖教奖学基金。", "奖教奖学基金", id="award-fund"),
    pytest.param("本报讯 市卫生局与某某银行签订了智慧医院建设金融服务协议。", "智慧医院", id="smart-hospital-kind"),
]


@pytest.mark.parametrize("text,junk", FUNDS_AND_KINDS_NAMED_NONE)
def test_probe53_a_fund_to_set_up_or_a_kind_of_hospital_is_no_body(text, junk):
    """A fund a body sets out to set up (设立购书基金: no place in it) names none, as 建设…中心 (org_generic.yaml goal
    suffixes and verbs); 智慧医院 is a kind of hospital (suffix_kinds). b53 probe: 购书基金, 奖教奖学基金, 智慧医院 listed."""
    assert junk not in [o.name for o in _page(text, "eb_x.txt").organizations]


def test_probe53_a_fund_with_a_place_stays():
    """A fund named with its place (设立宁波市星河产业投资基金) is one, the goal rule left alone."""
    got = _page("本报讯 星河控股有限公司设立宁波市星河产业投资基金。", "eb_x.txt")
    assert "宁波市星河产业投资基金" in [o.name for o in got.organizations]


def test_probe53_an_institute_to_build_together_is_named_without_the_verb():
    """签署了共建甲研究院合作协议: 共建 (to build together) is a verb before the name, not part of it, even where the learned
    model reads it in (org_mention_words.yaml verb_openers; b53 probe: 共建光子精密制造研究院, and the institute's head
    given to it)."""
    got = [o.name for o in _page("本报讯 宁波大学签署了共建星河研究院合作协议。", "eb_x.txt").organizations]
    assert "星河研究院" in got and "共建星河研究院" not in got


def test_probe53_recombinant_protein_is_no_restructuring():
    """重组蛋白疫苗 (recombinant-protein vaccine) is a word of biotechnology, no restructuring event (event_kinds.yaml other
    trigger 重组; b53 probe: an other event beside the vaccine base's launch)."""
    text = "今天（10月28日），星河生物制药有限公司重组蛋白疫苗产业化基地投产仪式在苏州举行。副局长张一明宣布基地投产。"
    got = _page(text, "xwlb_2025-10-28-006.txt").events
    assert [e.kind for e in got] == ["launch"]
