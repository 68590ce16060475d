"""Rows of made-up sentences for the posts real43's field_posts (bench/README.md "Posts on real sentences", its
"Left") and ext47 (its paragraph at the end of "Pattern probe") left (job ext49, session 38)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _posts(text: str, name: str) -> set[tuple[str, str | None]]:
    gold = extract_page("标题\n\n" + text, source_name=name).to_gold()
    return {(p["name"], q["org"]) for p in gold["persons"] for q in p["posts"]}


BARE_DISCIPLINE_AFTER_A_COMMITTEE = [
    pytest.param(
        "本报济南３月２日电 全省纪检监察工作会议今天召开。省委常委、纪委书记王一民出席。",
        "pd1998_19980302-01-001.txt",
        ("王一民", "中共山东省纪律检查委员会"),
        id="province-committee-in-a-city-dateline",
    ),
    pytest.param(
        "本报南京３月２日电 苏州市纪检监察工作会议今天召开。苏州市委常委、纪委书记陈一平出席。",
        "pd1998_19980302-01-001.txt",
        ("陈一平", "中共苏州市纪律检查委员会"),
        id="city-committee-named-in-another-city-dateline",
    ),
    pytest.param(
        "本报济南３月２日电 某集团召开党风廉政建设会议。某集团党委副书记、纪委书记张一山出席。",
        "pd1998_19980302-01-001.txt",
        ("张一山", "某集团纪委"),
        id="company-committee-keeps-its-own-discipline-unit",
    ),
]


@pytest.mark.parametrize("text,name,post", BARE_DISCIPLINE_AFTER_A_COMMITTEE)
def test_ext49_a_bare_discipline_unit_is_the_committee_s_named_before(text, name, post):
    """纪委 bare after a Party committee's title in the chain (省委常委、纪委书记) is that committee's discipline
    commission (中共<place>纪律检查委员会), not the dateline city's; as ext47 did for 政法委 and the judged file's
    convention (县常委, 政法委/纪委书记 after it the county's)."""
    assert post in _posts(text, name)
