"""Happenings named as a rumour (甲收购乙传言遭否认, 甲与乙合并的传闻): hearsay, no event (event_kinds.yaml
rumoured_after). Near-misses: the same happening told as done, and a rumour word in a later clause."""

import pytest
from kgqa.extract import extract_page


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("某银行收购甲国乙银行传言遭否认", [], id="takeover-rumour-denied"),
        pytest.param("甲集团将在本市开工建设新厂的传闻不实。", [], id="groundbreaking-rumour"),
        pytest.param("市长考察新区的谣言在网上流传。", [], id="inspection-rumour"),
        # near-misses: told as done; the rumour word in a clause after the happening
        pytest.param("12日，副市长王明考察了新区的三家企业。", ["inspection"], id="near-miss-inspection-told"),
        pytest.param(
            "12日，副市长王明考察了新区的三家企业，有关搬迁的传言随之平息。",
            ["inspection"],
            id="near-miss-rumour-later-clause",
        ),
    ],
)
def test_rumoured_happening_is_no_event(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds
