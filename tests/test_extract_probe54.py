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
