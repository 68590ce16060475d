"""Rows of made-up sentences for the general patterns behind the misses of probe batch b54 (transport, water,
environment, city building and public safety; bench/data/pattern_probe_b54.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, name: str):
    if name.startswith("eb"):
        text = "发布时间：2011-05-16\n发布人：-某某日报\n" + text
    return extract_page("标题\n\n" + text, source_name=name)


def _events(text: str, name: str) -> list[tuple[str, str]]:
    return [(e["kind"], str(e["date"])) for e in _page(text, name).to_gold()["events"]]


STARTS_TOLD_IN_SPEECH = [
    pytest.param(
        "今天（12月26日），甲乙高速公路全线建成通车。集团董事长王一峰介绍，甲乙高速全长168公里，于2022年9月开工建设，总投资235亿元。",
        "xwlb_2025-12-26-004.txt",
        ("groundbreaking", "2022-09"),
        id="expressway-begun-told-by-chairman",
    ),
    pytest.param(
        "中新网某地8月18日电 某机场今日开通至北京的航线。公司总经理刘一涛介绍，机场于2007年6月开工建设，总投资8.6亿元。",
        "cnews_2009-08-18-007.txt",
        ("groundbreaking", "2007-06"),
        id="airport-begun-told-by-manager",
    ),
    pytest.param(
        "本报某地５月２０日讯 某污水处理厂今天建成投产。局长张一栋说，该厂于１９９５年１０月动工，日处理污水１６万吨。",
        "pd1998_19980520-02-004.txt",
        ("groundbreaking", "1995-10"),
        id="plant-begun-full-width-told-by-director",
    ),
]


@pytest.mark.parametrize("text,name,wanted", STARTS_TOLD_IN_SPEECH)
def test_probe54_a_start_told_with_its_year_in_speech_is_a_groundbreaking(text, name, wanted):
    """A project's start told with its year and month inside reported speech (甲介绍，…于2022年9月开工建设) is a fact of
    its history, a groundbreaking, as a founding told so is an other event (event_kinds.yaml history_begun; b54
    probe: two such starts lost)."""
    assert wanted in _events(text, name)


STARTS_PLANNED_IN_SPEECH = [
    pytest.param(
        "今天（12月26日），甲乙高速公路全线建成通车。厅长王一峰表示，乙丙高速将于2027年3月开工建设。",
        "xwlb_2025-12-26-004.txt",
        id="planned-start-no-event",
    ),
]


@pytest.mark.parametrize("text,name", STARTS_PLANNED_IN_SPEECH)
def test_probe54_a_start_planned_in_speech_is_no_groundbreaking(text, name):
    """... but a start planned (将于…开工建设) is none."""
    assert "groundbreaking" not in [k for k, _ in _events(text, name)]


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    g = _page(text, name).to_gold()
    return {(p["name"], t["title"], t["org"]) for p in g["persons"] for t in p["posts"]}


RIVER_CHIEF_IN_A_CHAIN = [
    pytest.param(
        "今天（4月15日），甘肃省委书记、省级总河长王一远在兰州市巡查黄河干流。",
        "xwlb_2025-04-15-006.txt",
        ("王一远", "书记", "中共甘肃省委员会"),
        id="provincial-secretary-chief-river-chief",
    ),
    pytest.param(
        "今天（4月15日），甘肃省委常委、副省长、省级河长李一燕在兰州市检查黄河治理工作。",
        "xwlb_2025-04-15-006.txt",
        ("李一燕", "副省长", "甘肃省人民政府"),
        id="vice-governor-river-chief-last",
    ),
    pytest.param(
        "本报讯（记者 沈一）昨天上午，湖州市委常委、副市长、市级河长陈海林带队检查城区河道整治工作。",
        "eb_x.txt",
        ("陈海林", "副市长", "湖州市人民政府"),
        id="city-standing-member-river-chief",
    ),
]


@pytest.mark.parametrize("text,name,wanted", RIVER_CHIEF_IN_A_CHAIN)
def test_probe54_a_river_chief_duty_in_a_chain_keeps_the_posts(text, name, wanted):
    """A river chief's duty (省级总河长, 市级河长) names no body and is no post: the chain of titles before it and the
    name goes on past it (post_rules.yaml no_post_roles; b54 probe: every post of two such chains lost)."""
    person, title, org = wanted
    assert any(p == person and t.endswith(title) and o == org for p, t, o in _posts(text, name))


def _event_rows(text: str, name: str) -> list[tuple[str, str, list[str]]]:
    return [(e["kind"], str(e["date"]), sorted(e["participants"])) for e in _page(text, name).to_gold()["events"]]


RIVER_PATROLS = [
    pytest.param(
        "今天（4月15日），甘肃省委书记王一远在兰州市巡查黄河干流，检查河道治理情况。甘肃省副省长李一燕参加巡河。",
        "xwlb_2025-04-15-006.txt",
        ("inspection", "2025-04-15", ["李一燕", "王一远"]),
        id="secretary-patrols-river-vice-governor-joins",
    ),
    pytest.param(
        "本报讯（记者 沈一）昨天上午，湖州市委书记陈一国带队巡查东苕溪等市级河道。市水利局局长孙一强陪同检查。",
        "eb_x.txt",
        ("inspection", "2011-05-15", ["孙一强", "陈一国"]),
        id="city-secretary-leads-patrol-of-rivers",
    ),
    pytest.param(
        "本报讯（记者 沈一）昨天上午，湖州市委书记陈一国带队巡查东苕溪等市级河道。\n陈一国一行察看了河道清淤和截污纳管情况。\n巡查结束后，湖州水务集团有限公司与某某银行湖州分行签订了河道整治贷款合同。",
        "eb_x.txt",
        ("signing", "2011-05-15", []),
        id="deal-after-patrol-on-its-day",
    ),
]


@pytest.mark.parametrize("text,name,wanted", RIVER_PATROLS)
def test_probe54_a_river_patrol_is_an_inspection(text, name, wanted):
    """A patrol of a river (巡查…干流/河道, 参加巡河) is an inspection, those joining it its participants, and a deal told
    巡查结束后，/巡河结束后， is on its day, as after 检查结束后 (event_kinds.yaml inspection triggers, scene_sequel; b54
    probe: two patrols lost or left with one participant, their four signings with no date)."""
    assert wanted in _event_rows(text, name)


NO_PATROL = [
    pytest.param(
        "本报讯（记者 沈一）昨天，湖州市召开防汛工作会议，要求各地加强巡查，及时排除隐患。",
        "eb_x.txt",
        id="patrols-asked-for-no-water-named",
    ),
]


@pytest.mark.parametrize("text,name", NO_PATROL)
def test_probe54_patrols_asked_for_are_no_inspection(text, name):
    """... not patrols asked for with no water named (加强巡查)."""
    assert "inspection" not in [k for k, _, _ in _event_rows(text, name)]
