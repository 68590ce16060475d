"""Rows of made-up sentences for general patterns left by probe batches b48-b52 (helper ext45)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, source: str = "xwlb_2025-06-12-003.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


PREFECTURES_WRITTEN_SHORT = [
    pytest.param(
        "今天（6月12日），某某省扶贫开发办公室主任、原黔东南州副州长李明华主持会议。",
        "李明华",
        "副州长",
        "黔东南苗族侗族自治州人民政府",
        "黔东南州",
        id="former-deputy-head-of-a-prefecture",
    ),
    pytest.param(
        "今天（6月12日），恩施州州长王建华会见了来访的客商。",
        "王建华",
        "州长",
        "恩施土家族苗族自治州人民政府",
        "恩施州",
        id="prefecture-head-meets-guests",
    ),
    pytest.param(
        "今天（6月12日），大理州副州长赵立新出席了签约仪式。",
        "赵立新",
        "副州长",
        "大理白族自治州人民政府",
        "大理州",
        id="deputy-head-attends-a-signing",
    ),
]


@pytest.mark.parametrize("text,person,title,org,short", PREFECTURES_WRITTEN_SHORT)
def test_ext45_an_autonomous_prefecture_written_short_is_that_prefecture(text, person, title, org, short):
    """<place>州 of an autonomous prefecture (黔东南州 of 黔东南苗族侗族自治州): its short form is the name before its peoples
    and 州 (place_words.yaml prefecture_peoples); it was no place, so 黔东南州 was an organisation of type other and the
    副州长's post went to it (b52)."""
    got = _page(text)
    posts = [(p.name, q.title, q.org) for p in got.persons for q in p.posts]
    assert (person, title, org) in posts
    assert short not in [o.name for o in got.organizations]
