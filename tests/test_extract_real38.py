"""Branch real38: wordings read off the even half of bench/real_events.py's pd_dev_third set (made-up sentences).

An event named by a noun after 此次/这次 with a short modifier before it and a predicate about its meaning after it
(此次甲乙两国首脑非正式会晤意义重大) is a reference, no event told (this_before, this_after)."""

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
        # guard: the talks told
        pytest.param("李某今天在北京会见了乙国外长王某。", ["talks"], id="talks-told-guard"),
    ],
)
def test_real38_references_and_spans_are_no_events(text, expected):
    assert kinds(text) == expected
