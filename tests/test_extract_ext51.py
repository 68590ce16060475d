"""Rows of made-up sentences for the posts real43's field_posts (bench/README.md "Posts on real sentences", its
"Left"), ext47 and ext49 left (job ext51, session 39)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _posts(text: str, name: str = "pd1998_19980302-01-001.txt") -> set[tuple[str, str | None]]:
    gold = extract_page("标题\n\n" + text, source_name=name).to_gold()
    return {(p["name"], q["org"]) for p in gold["persons"] for q in p["posts"]}


YOUTH_LEAGUE_BRANCH = [
    pytest.param("东湖村团支部书记赵一明带领青年植树。", ("赵一明", "东湖村团支部"), id="village-branch"),
    pytest.param("长丰社区团支部书记钱一山出席活动。", ("钱一山", "长丰社区团支部"), id="community-branch"),
    pytest.param(
        "西岭村团支部书记孙一红和村民一起修路。", ("孙一红", "西岭村团支部"), id="village-branch-before-a-clause"
    ),
]


@pytest.mark.parametrize("text,post", YOUTH_LEAGUE_BRANCH)
def test_ext51_a_youth_league_branch_is_named_with_its_village(text, post):
    """A village's 团支部 (the judged file's convention: recorded as written) is a body of its own, its village
    kept: the learned recogniser's 村|团支部 (a place, then the body) no longer cuts the village off."""
    assert post in _posts(text)
