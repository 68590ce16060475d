"""Branch real44: wordings read off the even half of bench/real_events.py's cluener_civic set (made-up sentences).

A prize, a medal or a title handed to someone told with 给/向/为 before 颁发 (甲协会给乙颁发了年度贡献奖) is an award,
as 为…颁发证书 was; a licence or a permit handed over so (向企业颁发了营业执照) and a prize to come are none."""

import pytest
from kgqa.extract import extract_page


def kinds(text: str) -> list[str]:
    return sorted(e.kind for e in extract_page("标题\n\n" + text, date="2009-06-01").events)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("甲市摄影家协会给这部作品颁发了年度最佳作品奖。", ["award"], id="gave-it-a-prize"),
        pytest.param("组委会向十名志愿者颁发了优秀志愿者奖章。", ["award"], id="gave-volunteers-medals"),
        pytest.param("乙省科技厅昨天为五位工程师颁发了科技进步一等奖。", ["award"], id="gave-engineers-a-prize"),
        # guards: a licence handed over, a prize to come, a certificate as before
        pytest.param("甲区工商局向二十家企业颁发了营业执照。", [], id="licence-handed-guard"),
        pytest.param("组委会将于下月向获奖者颁发奖杯。", [], id="prize-to-come-guard"),
        pytest.param("甲市市长为三家企业颁发了荣誉证书。", ["award"], id="certificate-guard"),
        pytest.param("省政府向各市颁发了科技奖励办法。", [], id="rules-issued-guard"),
    ],
)
def test_real44_a_prize_handed_to_someone_is_an_award(text, expected):
    assert kinds(text) == expected
