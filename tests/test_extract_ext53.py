"""Rows of made-up sentences for agreements and events the b56 probe left (ext53; the Left of
bench/data/pattern_probe_b56.yaml): each table fails on main 30db47c and passes after its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

DATELINE = "标题\n\n新华社杭州2011年6月15日电 "

# A town, village or community named back by its level opening the clause before 与: the body of that level whose place
# the article names last before it (its 人民政府, a 社区 its 居委会, a 村 its 村委会); never the bare word.
LEVEL_PARTIES = [
    pytest.param(
        "在桐庐县云岭镇，镇党委书记林大明介绍了情况。今年3月，该镇与东海农业大学签署了校地合作协议。",
        "校地合作协议",
        ["桐庐县云岭镇人民政府", "东海农业大学"],
        id="this-town-after-its-party-secretary",
    ),
    pytest.param(
        "会议在桐庐县召开。青松乡党委书记兼乡长何小平在会上发言。他说，乡里去年与南江理工大学签订了技术合作协议。",
        "技术合作协议",
        ["桐庐县青松乡人民政府", "南江理工大学"],
        id="the-township-here-after-its-head",
    ),
    pytest.param(
        "翠湖社区党委书记、居委会主任周丽华介绍，社区今年5月与东城康复医院签订了健康服务协议。",
        "健康服务协议",
        ["翠湖社区居委会", "东城康复医院"],
        id="the-community-after-its-committee-head",
    ),
    pytest.param(
        "石桥村党支部书记钱国强说，村里去年与西岭食品有限公司签订了订单种植合同。",
        "订单种植合同",
        ["石桥村村委会", "西岭食品有限公司"],
        id="the-village-here-after-its-branch-secretary",
    ),
]


@pytest.mark.parametrize(("text", "kind", "parties"), LEVEL_PARTIES)
def test_level_named_back_signs(text: str, kind: str, parties: list[str]) -> None:
    facts = extract_page(DATELINE + text)
    found = [a for a in facts.agreements if a.kind == kind]
    assert found, [a.kind for a in facts.agreements]
    assert sorted(found[0].parties) == sorted(parties)


def test_level_named_back_without_its_body_names_none() -> None:
    """该乡 with no township's body on the page: no party read for it (not the bare word, not another body)."""
    facts = extract_page(DATELINE + "该乡与东海农业大学签署了校地合作协议。")
    assert [a.parties for a in facts.agreements] == [["东海农业大学"]]


# One who tells of a signing (他说，…签订了…) is no signer of it, whether named or told by his pronoun; one who speaks at
# its ceremony (在签约仪式上说) or a pronoun that signs (他与甲签订了…) still is.
SPEAKER_NOT_SIGNER = [
    pytest.param(
        "青松乡党委书记何小平在会上发言。他说，乡里去年与南江理工大学签订了技术合作协议。",
        [],
        id="his-pronoun-tells-of-the-signing",
    ),
    pytest.param(
        "翠湖社区党委书记周丽华已在社区工作多年。她介绍，社区今年5月与东城康复医院签订了健康服务协议。",
        [],
        id="her-pronoun-introduces-the-signing",
    ),
    pytest.param(
        "青松乡党委书记何小平说，乡里去年与南江理工大学签订了技术合作协议。",
        [],
        id="named-speaker-tells-of-the-signing",
    ),
    pytest.param(
        "青松乡党委书记何小平在会上发言。他代表乡里与南江理工大学签订了技术合作协议。",
        ["何小平"],
        id="his-pronoun-signs-guard",
    ),
]


@pytest.mark.parametrize(("text", "signers"), SPEAKER_NOT_SIGNER)
def test_speaker_of_a_signing_is_no_signer(text: str, signers: list[str]) -> None:
    facts = extract_page(DATELINE + text)
    found = [e for e in facts.events if e.kind == "signing"]
    assert found, [e.kind for e in facts.events]
    assert sorted(found[0].participants) == sorted(signers)


# A ceremony's trigger opening a sentence that tells a signing as its scene (揭牌仪式上，甲与乙签署了…), after a ceremony of
# that kind told before: that ceremony told again, its signers no people of it (they sign, the launch keeps its own).
CEREMONY_SCENE = [
    pytest.param(
        "东海大学与南江市共建的新材料研究院今天揭牌启用。南江市委书记林大明、东海大学校长何小平共同为研究院揭牌。"
        "据介绍，研究院首批入驻科研团队20个。\n"
        "揭牌仪式上，南江高新区管委会与东海大学签署了技术转移合作协议，管委会主任周国强和东海大学副校长吴丽华"
        "分别在协议上签字。",
        "launch",
        [["何小平", "林大明"]],
        id="launch-scene-two-sentences-on",
    ),
    pytest.param(
        "南江市第二中学新校区今天奠基。南江市市长林大明为新校区培土奠基。据介绍，新校区占地200亩。\n"
        "奠基仪式上，南江市教育局与西岭建设集团有限公司签订了代建协议，局长周国强和董事长吴丽华分别在协议上签字。",
        "groundbreaking",
        [["林大明"]],
        id="groundbreaking-scene-two-sentences-on",
    ),
]


@pytest.mark.parametrize(("text", "kind", "people"), CEREMONY_SCENE)
def test_ceremony_scene_of_a_signing(text: str, kind: str, people: list[list[str]]) -> None:
    facts = extract_page(DATELINE + text)
    assert [sorted(e.participants) for e in facts.events if e.kind == kind] == people
    assert [e for e in facts.events if e.kind == "signing"]
