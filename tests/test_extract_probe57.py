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
