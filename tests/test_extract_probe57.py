"""Rows of made-up sentences for the general patterns behind the misses of probe batch b57 (national meetings with
long attendee lists, a region secretary's border tour, ethnic prefectures and border ports, paired aid between
provinces, state-enterprise mergers, the academy of sciences and its institutes, congratulation letters, overseas
Chinese and Hong Kong / Macao / Taiwan delegations; bench/data/pattern_probe_b57.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


NEW_BODY = [
    pytest.param(
        "12月8日，甲集团有限公司与乙集团有限公司实施重组，新设丙海洋装备集团有限公司。",
        "xwlb_2025-12-08-001.txt",
        "丙海洋装备集团有限公司",
        id="xinshe-before-a-founded-company",
    ),
    pytest.param(
        "本报北京３月２日电 经国务院批准，两家研究院合并，新设丁材料研究院，由某部管理。",
        "pd1998_19980302-01-001.txt",
        "丁材料研究院",
        id="xinshe-before-a-founded-institute",
    ),
]


@pytest.mark.parametrize("text,name,want", NEW_BODY)
def test_probe57_xinshe_founds_a_body_and_is_no_part_of_its_name(text, name, want):
    """新设 (to set up anew) opens no name: the body founded is named after it (org_mention_words.yaml verb_openers;
    b57 probe: 新设中国…集团有限公司 an organisation, its posts and agreements given to it)."""
    names = {o.name for o in _facts(text, name).organizations}
    assert want in names
    assert not any(n.startswith("新设") for n in names)


def _participants(text: str, name: str) -> list[list[str]]:
    return [e.participants for e in _facts(text, name).events]


LETTERS = [
    pytest.param(
        "本报北京１０月１６日讯 某研究所今天举行庆祝大会。国家科委副主任韩一民宣读了国务院副总理邹二远发来的贺信。",
        "pd1998_19981016-05-001.txt",
        ["韩一民"],
        ["邹二远"],
        id="reader-of-a-letter-there-its-sender-not",
    ),
    pytest.param(
        "10月16日，某县庆祝大会在某市举行。某部部长方一林宣读了国务院发来贺电，县长陈二华主持大会。",
        "xwlb_2025-10-16-001.txt",
        ["方一林", "陈二华"],
        [],
        id="reader-of-a-telegram-there",
    ),
    pytest.param(
        "本报北京１０月１６日讯 某研究所今天举行庆祝大会。王一平、李二安发来的贺信指出，该所成就显著。赵三强出席大会。",
        "pd1998_19981016-05-002.txt",
        ["赵三强"],
        ["王一平", "李二安"],
        id="two-senders-listed-absent-both",
    ),
    pytest.param(
        "本报北京１０月１６日讯 某研究所今天举行庆祝大会，所长孙一民主持。贺信说，四十年来该所成绩显著。",
        "pd1998_19981016-05-003.txt",
        ["孙一民"],
        ["贺信"],
        id="the-letter-speaking-no-person",
    ),
]


@pytest.mark.parametrize("text,name,there,absent", LETTERS)
def test_probe57_a_letter_is_no_person_and_its_sender_is_not_there(text, name, there, absent):
    """贺信/贺电/贺词 are no persons (贺信说，… read 贺 as a family name: name_words.yaml not_names), a person who
    发来的贺信 is not at the event (event_kinds.yaml absent_verbs, 的 allowed), and the person who reads it out is: the
    absent verb is the nearest person's unless others are listed with him (scene.py _drop_absent_persons; b57 probe:
    the letter's sender a participant of the 大会, 贺信 a person and a participant)."""
    facts = _facts(text, name)
    got = {n for e in facts.events for n in e.participants}
    assert set(there) <= got
    assert not set(absent) & got
    assert "贺信" not in {p.name for p in facts.persons}


REGION_GOV = [
    pytest.param(
        "11月12日，某会议在北京召开。新疆维吾尔自治区党委常委、常务副主席李一东出席会议。",
        "xwlb_2025-11-12-001.txt",
        "李一东",
        ("常务副主席", "新疆维吾尔自治区人民政府"),
        id="standing-vice-chair-after-a-party-post-of-the-region",
    ),
    pytest.param(
        "11月12日，广西壮族自治区常务副主席韦一强在南宁出席会议。",
        "xwlb_2025-11-12-002.txt",
        "韦一强",
        ("常务副主席", "广西壮族自治区人民政府"),
        id="standing-vice-chair-of-the-region-alone",
    ),
]


@pytest.mark.parametrize("text,name,person,post", REGION_GOV)
def test_probe57_a_regions_standing_vice_chair_is_in_its_government(text, name, person, post):
    """常务副主席 of an autonomous region is a post of its 人民政府, as 主席 and 副主席 are (post_rules.yaml
    province_gov_roles; b57 probe: 党委常委、常务副主席 given to the region's party committee)."""
    facts = _facts(text, name)
    got = {p.name: {(q.title, q.org) for q in p.posts} for p in facts.persons}
    assert post in got[person]
