"""Rows of made-up sentences for items session 42's extraction helpers left (bench/README.md, Pattern probe: probe61,
probe62, ext59, ext60; real48, real49), fixed in general with the lead's rulings (session 43, ext62)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def events_of(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.kind, e.date, e.location) for e in extract_page(text).events}


def agreements_of(text: str) -> list:
    return extract_page(text).agreements


# 1. An event's place is the place as written, a hall or a compound included (the dev gold: 在中南海…座谈 -> 中南海):
# 在X主持召开: who held it stands between the place and the verb
HALLS = [
    pytest.param(
        "新华社北京１月２２日电 国务院副总理陈国强今天在中南海主持召开座谈会，听取专家对经济形势的意见。",
        ("meeting", "中南海"),
        id="compound-before-chaired-meeting",
    ),
    pytest.param(
        "本报讯 昨日，市长赵立新在市政府主持召开常务会议，研究防汛工作。",
        ("meeting", "市政府"),
        id="office-before-chaired-meeting",
    ),
    # near-misses that keep working
    pytest.param(
        "新华社北京１月２２日电 国务委员陈国强今天在中南海会见了甲国外长约翰·布朗。",
        ("talks", "中南海"),
        id="guard-compound-before-met",
    ),
    pytest.param(
        "新华社北京１月２２日电 国务委员陈国强今天在钓鱼台国宾馆会见了甲国外长约翰·布朗。",
        ("talks", "钓鱼台国宾馆"),
        id="guard-guesthouse-before-met",
    ),
]


@pytest.mark.parametrize(("text", "want"), HALLS)
def test_event_place_a_hall_as_written(text: str, want: tuple[str, str]) -> None:
    assert want in {(kind, place) for kind, _, place in events_of(text)}


NO_PLACE = [
    pytest.param(
        "本报讯 昨日，市长赵立新在主持召开常务会议时指出，要做好防汛工作。",
        id="guard-no-place-before-chaired",
    ),
    pytest.param(
        "本报讯 昨日，市长赵立新在其主持召开的常务会议上强调，要做好防汛工作。",
        id="guard-his-chaired-meeting-no-place",
    ),
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_read_from_chairing(text: str) -> None:
    assert all(place is None for _, _, place in events_of(text))


# 2. A planned signing is a signing event still, dated by the plan or with no day, and no agreement (the dev gold keeps
# 将…进行采购签约仪式 and 将在…签订 so): every wording of it, 将/拟/计划 and 进行…签约仪式 too
PLANNED = [
    pytest.param(
        "发布时间：2011-02-16\n本报讯 随团的企业中，华东电器集团、金陵商贸集团等，将与宏达电子公司、远东石化公司进行采购签约"
        "仪式。",
        ("signing", None),
        id="planned-ceremony-with-jinxing-no-day",
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 华东电器集团拟与宏达电子公司举行签约仪式。",
        ("signing", None),
        id="planned-ceremony-ni-no-day",
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 华东电器集团将与宏达电子公司签约。",
        ("signing", None),
        id="planned-signing-jiang-no-day",
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 据悉，华东电器集团计划于3月10日与宏达电子公司举行签约仪式。",
        ("signing", "2011-03-10"),
        id="planned-ceremony-dated-by-the-plan",
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 昨日，华东电器集团与宏达电子公司举行签约仪式。",
        ("signing", "2011-02-15"),
        id="guard-ceremony-held",
    ),
]


@pytest.mark.parametrize(("text", "want"), PLANNED)
def test_planned_signing_an_event(text: str, want: tuple[str, str | None]) -> None:
    assert want in {(kind, date) for kind, date, _ in events_of(text)}


NOT_SIGNED = [
    pytest.param("发布时间：2011-02-16\n本报讯 华东电器集团尚未与宏达电子公司签约。", id="denied-no-signing"),
    pytest.param("发布时间：2011-02-16\n本报讯 会议要求各县与重点企业举行签约仪式。", id="required-no-signing"),
    pytest.param("发布时间：2011-02-16\n本报讯 华东电器集团没有与宏达电子公司签约。", id="not-signed-no-signing"),
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_signing_denied_or_required_no_event(text: str) -> None:
    assert not any(kind == "signing" for kind, _, _ in events_of(text))


PLANNED_NO_AGREEMENT = [
    pytest.param(
        "发布时间：2011-02-16\n本报讯 华东电器集团将与宏达电子公司签署采购合同。", id="planned-contract-no-agreement"
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 华东电器集团拟于下月与宏达电子公司签订战略合作协议。",
        id="planned-next-month-no-agreement",
    ),
]


@pytest.mark.parametrize("text", PLANNED_NO_AGREEMENT)
def test_planned_signing_no_agreement(text: str) -> None:
    assert agreements_of(text) == []
    assert any(kind == "signing" for kind, _, _ in events_of(text))


# 3. 两国外交部 / 两市交通局: the bodies of several sides, no party and no body of their own; the sides signing are read
# back (the signers' ministries told before), as 两国政府 and 双方 already were
def parties_of(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in agreements_of(text)]


SIDES = [
    pytest.param(
        "新华社北京１月２２日电 外交部部长王立新同来访的甲国外交部长约翰·布朗举行会谈。会谈后，王立新和约翰·布朗分别代表"
        "两国外交部签署了领事合作协议。",
        [sorted(["外交部", "甲国外交部"])],
        id="two-nations-ministries-the-signers-ministries",
    ),
    pytest.param(
        "新华社北京１月２２日电 商务部部长王立新同来访的甲国贸易部长约翰·布朗举行会谈。会谈后，两国商务部门签署了经贸合作协定。",
        [sorted(["商务部", "甲国贸易部"])],
        id="two-nations-departments-read-back",
    ),
    # near-misses that keep working
    pytest.param(
        "新华社北京１月２２日电 外交部部长王立新同来访的甲国外交部长约翰·布朗举行会谈。会谈后，王立新和约翰·布朗分别代表"
        "双方签署了领事合作协议。",
        [sorted(["外交部", "甲国外交部"])],
        id="guard-both-sides-read-back",
    ),
    pytest.param(
        "发布时间：2011-02-16\n本报讯 昨日，华阳市交通局局长王立新与龙泉市交通局局长李大伟分别代表两市交通局签署了合作协议。",
        [sorted(["华阳市交通局", "龙泉市交通局"])],
        id="guard-two-cities-bureaus-named-before",
    ),
]


@pytest.mark.parametrize(("text", "want"), SIDES)
def test_several_sides_no_one_party(text: str, want: list[list[str]]) -> None:
    assert parties_of(text) == want
    assert not any(o.name.startswith(("两国", "两市")) for o in extract_page(text).organizations)


# 4. 接替甲任A、B的乙: the one replaced (甲) held the posts, and so does the one who took them (乙); neither the word of
# the succession nor 甲 is part of the body (org_mention_words.yaml succeed_openers, post_rules.yaml succeeded_verbs)
def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in extract_page(text).persons for q in p.posts}


SUCCESSION = [
    pytest.param(
        "本报讯 据悉，接替李大伟任华阳集团党委书记的王立新昨日到任。",
        {("李大伟", "党委书记", "华阳集团党委"), ("王立新", "党委书记", "华阳集团党委")},
        id="replaced-then-party-post-body-clean",
    ),
    pytest.param(
        "本报讯 据悉，接替李大伟任华阳集团党委书记、董事长的王立新昨日到任。",
        {
            ("李大伟", "党委书记", "华阳集团党委"),
            ("李大伟", "董事长", "华阳集团"),
            ("王立新", "党委书记", "华阳集团党委"),
            ("王立新", "董事长", "华阳集团"),
        },
        id="replaced-then-two-posts-both-to-the-successor",
    ),
    # near-misses that keep working
    pytest.param(
        "本报讯 据悉，刚接任华阳集团总裁的王立新昨日表示，将加快转型。",
        {("王立新", "总裁", "华阳集团")},
        id="guard-took-up-with-no-one-replaced",
    ),
    pytest.param(
        "本报讯 据悉，接替李大伟任华阳市委书记的王立新昨日到任。",
        {("李大伟", "市委书记", "中共华阳市委员会"), ("王立新", "市委书记", "中共华阳市委员会")},
        id="guard-city-party-post",
    ),
]


@pytest.mark.parametrize(("text", "want"), SUCCESSION)
def test_succession_posts(text: str, want: set) -> None:
    assert posts_of(text) == want


# 5. 在上海组建合资公司: a verb and a kind of firm after a place, no body (mentions._after_verb_opener)
def orgs_of(text: str) -> set[str]:
    return {o.name for o in extract_page(text).organizations}


JUNK_FIRMS = [
    pytest.param(
        "本报讯 根据合同，双方将共同投资２亿美元在上海组建合资公司，生产船用柴油机。",
        set(),
        id="place-verb-joint-venture",
    ),
    pytest.param("本报讯 该集团去年在苏州组建独资企业。", set(), id="place-verb-sole-owned-firm"),
    # near-misses that keep working
    pytest.param(
        "本报讯 合肥市建设投资控股集团董事长王立新出席。",
        {"合肥市建设投资控股集团"},
        id="guard-verb-inside-a-placed-name",
    ),
    pytest.param("本报讯 华阳组建集团董事长王立新出席。", {"华阳组建集团"}, id="guard-a-name-after-the-verb-word"),
]


@pytest.mark.parametrize(("text", "want"), JUNK_FIRMS)
def test_verb_and_kind_no_firm(text: str, want: set[str]) -> None:
    assert orgs_of(text) == want
