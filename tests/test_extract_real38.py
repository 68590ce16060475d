"""Branch real38: wordings read off the even half of bench/real_events.py's pd_dev_third set (made-up sentences).

An event named by a noun after 此次/这次 with a short modifier before it and a predicate about its meaning after it
(此次甲乙两国首脑非正式会晤意义重大) is a reference, no event told (this_before, this_after); a shop or a clinic's
opening told as the start of a span counted in years (开业三年来) is no launch (the launch trigger 开业; 2009年开业以来
stays the opening of that year)."""

import pytest
from kgqa.extract import extract_page


def kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page("标题\n\n" + text, date="2009-06-01").events)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("从长远看，此次甲乙两国首脑非正式会晤意义非同寻常。", [], id="this-modified-summit-meaning"),
        pytest.param("这次双边会谈的意义在于增进了了解。", [], id="this-modified-talks-de-meaning"),
        pytest.param("此次会谈意义重大。", [], id="this-talks-meaning"),
        # guards: the talks told, a time word after 此次 with 会见 held
        pytest.param("李某今天在北京会见了乙国外长王某。", ["talks"], id="talks-told-guard"),
        pytest.param("甲市第一家超市开业三年来，共接待顾客二百万人次。", [], id="opening-years-since"),
        pytest.param("甲市第一家超市昨天正式开业。", ["launch"], id="opening-told-guard"),
    ],
)
def test_real38_references_and_spans_are_no_events(text, expected):
    assert kinds(text) == expected
