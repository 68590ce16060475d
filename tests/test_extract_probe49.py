"""Rows of made-up sentences for the general patterns behind the misses of probe batch b49 (transport, ports, foreign
trade, logistics and urban works; bench/data/pattern_probe_b49.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

INTO_SERVICE_CEREMONIES = [
    pytest.param(
        "今天（5月9日），某地国际机场T2航站楼投运仪式在某市举行。民航局副局长张一明出席仪式。",
        "xwlb_2025-05-09-003.txt",
        ("launch", "2025-05-09", ["张一明"]),
        id="terminal-into-service-ceremony",
    ),
    pytest.param(
        "本报某地６月３日讯 某某变电站投运典礼今天在某县举行。副省长陈一新出席典礼并讲话。",
        "pd1998_19980604-02-004.txt",
        ("launch", "1998-06-03", ["陈一新"]),
        id="substation-into-service-ceremony",
    ),
]


@pytest.mark.parametrize("text,name,wanted", INTO_SERVICE_CEREMONIES)
def test_probe49_an_into_service_ceremony_named_as_subject_is_a_launch(text, name, wanted):
    """A work put into service at a ceremony named as its sentence's subject (…航站楼投运仪式在甲地举行) is a launch, as
    投入使用 and …并网发电仪式在甲地举行 already (event_kinds.yaml launch triggers; b49 probe: the terminal's missed)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert wanted in [(e.kind, e.date, e.participants) for e in got]
