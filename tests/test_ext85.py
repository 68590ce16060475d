"""Events in made-up sentences (ext85, the lead's ruling (j) and probe79's Left): a document issued by bodies
(下发通知, 《…办法》由甲、乙联合下发) is an other event of those bodies; a rough time (近日, 日前) told later in a
sentence's first clause gives the event told there no day, not the day carried from the sentence before. Near-misses
keep what main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, str(e.date) if e.date else None, list(e.organizations)) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # ruling (j): a document issued with no 《》 name (main: no event)
        pytest.param(
            "中新网星河2009年8月20日电 青岚省税务局日前下发通知，调整白酒消费税计税办法。",
            [("other", None, ["青岚省税务局"])],
            id="notice-issued-no-title",
        ),
        pytest.param(
            "本报讯 2025年3月5日，青岚省农业厅、青岚省财政厅联合印发意见，支持良种推广。",
            [("other", "2025-03-05", ["青岚省农业厅", "青岚省财政厅"])],
            id="opinion-issued-jointly",
        ),
        # a titled document issued 由 bodies, the title's 》 before 由 (main: no event)
        pytest.param(
            "本报讯 2025年3月5日，星河市召开全市招商工作会议。《青岚招商奖励办法》由市商务局、市财政局联合下发。",
            [("meeting", "2025-03-05", []), ("other", "2025-03-05", ["市商务局", "市财政局"])],
            id="titled-document-issued-by",
        ),
        # 近日 past a clause's first 12 characters: no day carried (main: the day of the sentence before)
        pytest.param(
            "新华社北京2025年3月5日电 星河省发展改革委今天召开全省项目推进会。"
            "该方案由星河省财政厅、星河省商务厅近日联合印发，提出到2030年建成产业园10个。",
            [("meeting", "2025-03-05", ["星河省发展改革委"]), ("other", None, ["星河省财政厅", "星河省商务厅"])],
            id="rough-time-mid-clause",
        ),
        # near-misses: a notice to be issued, one the counties must issue (main: none)
        pytest.param("本报讯 2025年3月5日，青岚省将于下月印发通知，部署春耕工作。", [], id="near-miss-notice-planned"),
        pytest.param("本报讯 2025年3月5日，各县要及时下发通知，做好准备。", [], id="near-miss-notice-required"),
    ],
)
def test_events(text: str, events: list[tuple[str, str | None, list[str]]]) -> None:
    """Kind, day and bodies of each event found.

    >>> _events("青岚省将印发通知。")
    []
    """
    assert _events(text) == events
