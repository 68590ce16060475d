"""Events in made-up sentences (ext85, the lead's ruling (j) and probe79's Left): a document issued by bodies
(下发通知, 《…办法》由甲、乙联合下发) is an other event of those bodies; a rough time (近日, 日前) told later in a
sentence's first clause gives the event told there no day, not the day carried from the sentence before; a round of
appointments (人事调整, ruling g) whose appointees are told in the sentences or ；-clauses after it has them as its
participants; 签约 told with the joint work it opens (签约合资建设, 签约共建) is a signing; an item's deal signed by any leader of a place (由甲市委书记乙…签约, 由甲区区长乙…签约) is made with that
place's government. Near-misses keep what main
gave."""

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


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, list(e.participants)) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # ruling (g): the appointees told after the round (main: the round with no one)
        pytest.param(
            "本报讯 2025年3月5日，青岚银行完成人事调整。张海涛任行长，李明任副行长。",
            [("other", ["张海涛", "李明"])],
            id="round-appointees-next-sentence",
        ),
        pytest.param(
            "本报讯 2025年3月5日，青岚市委今日进行人事调整；张海涛任市长，李明任副市长；王立华任秘书长。",
            [("other", ["张海涛", "李明", "王立华"])],
            id="round-appointees-semicolon-clauses",
        ),
        pytest.param(
            "本报讯 2025年3月5日，青岚银行发布公告，宣布人事调整：副行长张海涛出任行长，接替原行长王立华；"
            "该行首席风险官李明被任命为副行长，公司部总经理赵文博出任行长助理。",
            [("other", ["张海涛", "王立华", "李明", "赵文博"])],
            id="round-told-in-two-semicolon-clauses",
        ),
        # near-misses: an appointment verb of its own after the round, a speaker after it, a round planned (main: the same)
        pytest.param(
            "本报讯 2025年3月5日，星河集团宣布人事调整。赵文博出任总经理，孙丽任副总经理。",
            [("other", ["赵文博", "孙丽"])],
            id="near-miss-round-then-takes-office",
        ),
        pytest.param(
            "本报讯 2025年3月5日，青岚银行完成人事调整。行长张海涛表示，将继续发展普惠金融。",
            [("other", [])],
            id="near-miss-speaker-after-round",
        ),
        pytest.param("本报讯 2025年3月5日，青岚银行将进行人事调整。张海涛任行长。", [], id="near-miss-round-planned"),
    ],
)
def test_round_appointees(text: str, events: list[tuple[str, list[str]]]) -> None:
    """Kind and participants of each event found.

    >>> _people("青岚银行将进行人事调整。")
    []
    """
    assert _people(text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a signing told with the joint work it opens (main: no event)
        pytest.param(
            "本报讯 2025年3月5日，星河化工有限公司与日本青岚株式会社在市政府签约合资建设精细化工项目，投资额8000万美元。",
            [("signing", "2025-03-05", ["星河化工有限公司", "青岚株式会社"])],
            id="signed-to-build-jointly",
        ),
        pytest.param(
            "本报讯 2025年3月5日，星河化工有限公司与青岚大学签约共建研发中心。",
            [("signing", "2025-03-05", ["星河化工有限公司", "青岚大学"])],
            id="signed-to-build-together",
        ),
        # near-miss: projects signed, a modifier (main: none)
        pytest.param("本报讯 2025年3月5日，星河市签约建设的项目共12个。", [], id="near-miss-signed-projects-tally"),
    ],
)
def test_signed_to_build(text: str, events: list[tuple[str, str | None, list[str]]]) -> None:
    """Kind, day and bodies of each event found.

    >>> _events("星河市签约建设的项目共12个。")
    []
    """
    assert _events(text) == events


FAIR = "星河市昨日在香港举行投资推介会，现场签约项目12个。签约项目中，"
ITEM = "青岚机械有限公司投资2亿元在星河装备产业园区建设齿轮项目，"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a deal signed by a city's Party secretary or a district's head: with that government (main: the park)
        pytest.param(
            FAIR + ITEM + "由星河市委书记王国强与青岚机械总经理赵立新签约。",
            [["青岚机械有限公司", "星河市人民政府"]],
            id="party-secretary-signs-for-city",
        ),
        pytest.param(
            FAIR + ITEM + "由星河区区长王国强与青岚机械总经理赵立新签约。",
            [["青岚机械有限公司", "星河区人民政府"]],
            id="district-head-signs-for-district",
        ),
        # near-miss: the park's own head signs, the park stays (main: the same)
        pytest.param(
            FAIR + ITEM + "由星河装备产业园区管委会主任王国强与青岚机械总经理赵立新签约。",
            [["青岚机械有限公司", "星河装备产业园区"]],
            id="near-miss-park-head-signs",
        ),
    ],
)
def test_deal_signer(text: str, parties: list[list[str]]) -> None:
    """Each made-up signing's item gives these parties: …由甲市委书记乙签约 -> 甲市人民政府."""
    assert [list(a.parties) for a in extract_page(text).agreements] == parties
