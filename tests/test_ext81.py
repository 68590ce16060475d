"""Events and agreements in made-up sentences (ext81): the head of a body told co-organising an activity in a sentence
of its own speaks at the signing told after it as one of its hosts; a deal told in a sentence opening with 此外 with
other bodies is a signing of its own (not after a signing ceremony's); one who speaks in the clause right after the
signing ceremony told held is at it; visits told with a year alone as the cause of what follows (…促进了…) are
history, no event; an exercise held (演习) is an other event, as a drill. Near-misses keep what main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, list(e.participants), list(e.organizations)) for e in extract_page(text).events]


ACTIVITY = "3月5日，星河市商务局、青岚银行共同主办的政银企对接活动现场，气氛热烈。当日，6家银行与12家企业现场签署贷款协议3.5亿元。"
DEALS = "星河开发区管委会与青岚电子有限公司签订了投资协议。此外，青岚县人民政府与柯达实业有限公司签订了服装城项目合同。"
HELD = "星河公园与青岚建设集团有限公司签订了改造工程合同。"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. the co-organising bureau's head who speaks after the signing: a participant (ruling b: of the organisers)
        pytest.param(
            ACTIVITY + "星河市商务局局长王立新表示，将继续做好企业服务。",
            [("signing", ["王立新"], ["星河市商务局", "青岚银行"])],
            id="organiser-head-speaks",
        ),
        # near-miss: one of no organising body who speaks after it comments, no participant (main gave none)
        pytest.param(
            ACTIVITY + "柯达公司总经理李明表示，将用好贷款扩大生产。",
            [("signing", [], ["星河市商务局", "青岚银行"])],
            id="near-miss-other-body-speaks",
        ),
        # 2. 此外, another deal of other bodies: a signing of its own
        pytest.param(
            "推介会上，" + DEALS,
            [
                ("meeting", [], ["星河开发区管理委员会", "青岚电子有限公司"]),
                ("signing", [], ["星河开发区管理委员会", "青岚电子有限公司"]),
                ("signing", [], ["青岚县人民政府", "柯达实业有限公司"]),
            ],
            id="another-deal-after-fair",
        ),
        # near-miss: the deals told at a signing ceremony stay one signing (main gave one)
        pytest.param(
            "签约仪式上，" + DEALS,
            [("signing", [], ["星河开发区管理委员会", "青岚电子有限公司", "青岚县人民政府", "柯达实业有限公司"])],
            id="near-miss-deals-at-ceremony",
        ),
        # 3. one who speaks right after the ceremony told held: at it
        pytest.param(
            HELD + "签约仪式于昨日在公园举行，青岚建设集团总经理李志远说，工程将于年底完成。",
            [("signing", ["李志远"], ["青岚建设集团有限公司"])],
            id="speaks-after-ceremony-held",
        ),
        # near-miss: speaking in a sentence of his own after the deal, no participant (ruling b; main gave none)
        pytest.param(
            HELD + "青岚建设集团总经理李志远说，工程将于年底完成。",
            [("signing", [], ["青岚建设集团有限公司"])],
            id="near-miss-speaks-after-deal",
        ),
        # 3. visits told with a year alone as the cause of what follows: history, no event (wide_events' judge)
        pytest.param(
            "星河国总统柯文达1995年访华以及青岚国总理李明德1999年访问星河国，促进了两国关系的发展。",
            [],
            id="visits-of-years-as-cause",
        ),
        pytest.param("星河国总统柯文达1995年访华，推动了两国经贸合作。", [], id="visit-of-year-as-cause"),
        # near-misses: a visit of a year told as what happened, or one with no year, stays (main gave it)
        pytest.param(
            "星河国总统柯文达1995年访华，受到热烈欢迎。",
            [("visit", ["柯文达"], ["星河国"])],
            id="near-miss-visit-of-year-told",
        ),
        pytest.param(
            "星河国总统柯文达访华，促进了两国关系的发展。",
            [("visit", ["柯文达"], ["星河国"])],
            id="near-miss-visit-no-year-as-cause",
        ),
        # 4. an exercise held (演习), as a drill (演练): other
        pytest.param(
            "星河国军队15日开始在青岚岛附近进行代号为“海鹰”的联合演习。",
            [("other", [], [])],
            id="exercise-held-code-named",
        ),
        pytest.param("两国海军昨天在青岚湾举行了联合演习。", [("other", [], [])], id="joint-exercise-held"),
        # near-misses: one planned, or a plan of one, is none (main gave none)
        pytest.param("星河国军队将于下月举行联合演习。", [], id="near-miss-exercise-planned"),
        pytest.param("星河国军队制定了演习方案。", [], id="near-miss-exercise-plan"),
    ],
)
def test_events(text: str, events: list[tuple[str, list[str], list[str]]]) -> None:
    """Each made-up text gives exactly these events (kind, participants, bodies)."""
    assert _events(text) == events
