"""Rows of made-up sentences for the general patterns behind the misses of probe batch b52 (social affairs and people's
bodies; bench/data/pattern_probe_b52.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, name: str):
    if name.startswith("eb"):
        text = "发布时间：2011-05-16\n发布人：-某某日报\n" + text
    return extract_page("标题\n\n" + text, source_name=name)


PEOPLES_BODIES_WRITTEN_SHORT = [
    pytest.param(
        "本报讯 前天上午，芜湖市助残日活动在人民广场举行。甲乙建材集团有限公司与市残联签署了助残捐赠协议。",
        "eb_x.txt",
        ("芜湖市残疾人联合会", "association"),
        id="city-disabled-federation-as-party",
    ),
    pytest.param(
        "本报讯 昨天，芜湖市召开妇女工作会议。市妇联主席王一芳作工作报告。",
        "eb_x.txt",
        ("芜湖市妇女联合会", "association"),
        id="city-womens-federation-chair",
    ),
    pytest.param(
        "本报某地１０月２０日讯 山东省妇女代表大会今天在济南开幕。全国妇联副主席刘一英出席并讲话。",
        "pd1998_19981020-04-003.txt",
        ("中华全国妇女联合会", "association"),
        id="national-womens-federation",
    ),
    pytest.param(
        "本报讯 昨天，芜湖市召开残疾人工作会议。市残联党组书记、理事长孙一娟介绍了情况。",
        "eb_x.txt",
        ("芜湖市残疾人联合会党组", "party_committee"),
        id="disabled-federation-leading-group",
    ),
    pytest.param(
        "本报讯 昨天，芜湖市慈善会与芜湖市第二人民医院签订了复明手术合作协议。",
        "eb_x.txt",
        ("芜湖市慈善会", "association"),
        id="city-charity-association",
    ),
]


@pytest.mark.parametrize("text,name,wanted", PEOPLES_BODIES_WRITTEN_SHORT)
def test_probe52_a_peoples_body_written_short_is_named_in_full(text, name, wanted):
    """A people's body written by its short form (市妇联, 市残联, 全国妇联; 市残联党组) is named in full as the gold names a
    body the text writes short, an association (org_generic.yaml people_body_short, org_suffixes.yaml association,
    abbreviations.yaml; b52 probe: 市残联 no party, 全国妇联 and 某省妇联 typed other, 市慈善会 no body)."""
    got = _page(text, name)
    assert wanted in [(o.name, o.type) for o in got.organizations]


YOUTH_LEAGUE_COMMITTEES = [
    pytest.param(
        "本报讯 昨天上午，柳州市召开全市共青团工作会议。团市委书记、原柳江县副县长蓝一勇作工作报告。",
        "eb_x.txt",
        ("蓝一勇", "共青团柳州市委员会"),
        id="city-committee-secretary",
    ),
    pytest.param(
        "本报讯 昨天，柳州市召开青年工作会议。市妇联主席、前任团市委副书记韦二华介绍了情况。",
        "eb_x.txt",
        ("韦二华", "共青团柳州市委员会"),
        id="former-deputy-secretary-after-another-post",
    ),
    pytest.param(
        "本报讯 昨天，柳州市召开青年工作会议。共青团广西区委副书记黄一燕出席会议并讲话。",
        "eb_x.txt",
        ("黄一燕", "共青团广西壮族自治区委员会"),
        id="autonomous-region-committee",
    ),
]


@pytest.mark.parametrize("text,name,wanted", YOUTH_LEAGUE_COMMITTEES)
def test_probe52_a_youth_league_committee_is_no_party_committee(text, name, wanted):
    """团市委书记 and 共青团广西区委副书记 hold posts in the Communist Youth League's committee of that place (共青团<place>委员会,
    an association), not in the Party's 市委 (org_generic.yaml youth_league, youth_league_short; b52 probe: three posts
    given to 中共柳州市委员会, 中共共青团广西委员会)."""
    got = _page(text, name)
    person, org = wanted
    posts = [(p.name, q.org) for p in got.persons for q in p.posts]
    assert (person, org) in posts
    assert (org, "association") in [(o.name, o.type) for o in got.organizations]


def test_probe52_a_national_federations_leading_group_after_its_short_form():
    """全国妇联副主席、党组书记: the bare 党组 after a national people's body written by its short form is that body's
    leading group (posts.py _national sets the chain's body; without it the 党组 post lost its body once 全国妇联 was
    read as 中华全国妇女联合会)."""
    got = _page(
        "本报北京１月２６日讯 表彰会今天在北京举行。全国妇联副主席、党组书记甘一群向再就业明星颁奖。",
        "pd1998_19980126-01-001.txt",
    )
    posts = [(p.name, q.org) for p in got.persons for q in p.posts]
    assert ("甘一群", "中华全国妇女联合会党组") in posts
