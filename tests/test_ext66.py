"""Events of made-up sentences in the shapes ext66 read off the even halves of every real_events.py set
(bench/real_events.py): misses left after session 43 common to three sets or more."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(e.participants)) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param("省教委还决定，下月召开全省高校工作会议。", [], id="decided-then-a-meeting"),
        pytest.param("委员会还决定，第五届年会在青岛举行。", [], id="decided-where-the-next-is-held"),
        pytest.param("某国决定加入该公约，并就有关问题开始谈判。", [], id="decided-and-talks-begun"),
        pytest.param("市政府决定降低利率，同时与几家银行加紧磋商。", [], id="decided-and-at-the-same-time"),
        pytest.param("游客可以从山下出发，然后前往公园进行实地考察。", [], id="may-then-an-inspection"),
        pytest.param(
            "某国政府可能同意撤军，但条件是对方承诺停火，并立即举行最后地位的谈判。", [], id="possibly-and-talks"
        ),
        # near-misses: the decision read out, a decision as a noun, an award so decided, the meeting that decided,
        # a possibility as a noun, 可以 as "fine" (a delegation's 参观 a visit: ruling (f), probe77)
        pytest.param(
            "代表团认为这里的条件可以，并参观了新建的工厂。", [("visit", [])], id="near-miss-keyi-ends-clause"
        ),
        pytest.param(
            "市委常委会议决定，授予李明“优秀共产党员”称号。", [("award", ["李明"])], id="near-miss-award-decided"
        ),
        pytest.param("市委召开会议，决定加快改革步伐。", [("meeting", [])], id="near-miss-meeting-that-decided"),
        pytest.param(
            "1月5日，某市市委常委会决定，任命王强为市交通局局长。",
            [("other", ["王强"])],
            id="near-miss-appointment-decided",
        ),
        pytest.param(
            "王强在会上宣读了省委的决定，并会见了与会代表。", [("talks", ["王强"])], id="near-miss-the-decision-read"
        ),
        pytest.param(
            "根据常委会的决定，全市干部大会今天在东湖召开。", [("meeting", [])], id="near-miss-held-by-a-decision"
        ),
    ],
)
def test_a_decision_told_before_is_a_plan(text: str, events: list[tuple[str, list[str]]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "另据报道，某国总统昨天同新任大使霍尔布鲁克进行了会谈。",
            [("talks", ["霍尔布鲁克"])],
            id="name-before-jinxing",
        ),
        pytest.param(
            "由澳大利亚海军舰队司令巴克海军少将率领的舰艇编队今天访问了上海。",
            [("visit", ["巴克"])],
            id="name-before-navy-rank",
        ),
        # near-misses: a name with no service or verb glued to it, a service named as a body, a rank read already
        pytest.param("司令员史密斯空军中将今天会见了王强。", [("talks", ["史密斯", "王强"])], id="near-miss-air-rank"),
        pytest.param("司令员格林陆军中将今天会见了王强。", [("talks", ["格林", "王强"])], id="near-miss-army-rank"),
        pytest.param("外长王强同来访的客人进行了会谈。", [("talks", ["王强"])], id="near-miss-jinxing-after-title"),
        pytest.param(
            "海军司令王强今天会见了史密斯。", [("talks", ["史密斯", "王强"])], id="near-miss-navy-before-title"
        ),
    ],
)
def test_a_name_ends_before_a_verb_or_a_service(text: str, events: list[tuple[str, list[str]]]) -> None:
    assert _events(text) == events
