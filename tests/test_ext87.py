"""Events in made-up sentences of the lead's ruling (l) and the Left lists of sessions 52 (ext87): a handover ceremony
(交接仪式) is an other event, a ceremony with no act named (升旗仪式) a meeting; 当月 told after a month (去年10月…。当月，…)
is that month, not the page's; 公司当日与乙签订 after a firm's notice has the firm sign; donations received with their sum
are other; an award told 会上， is at the meeting told before, on its day and at its place (ruling m). Each row failed at
bc5da143 (run against its extract/ tree) unless named a near-miss."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, str | None, list[str], str | None]]:
    return [(e.kind, e.date, list(e.participants), e.location) for e in extract_page(text).events]


def _agreement_dates(text: str) -> list[tuple[list[str], str | None]]:
    return [(list(a.parties), a.date) for a in extract_page(text).agreements]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # ruling (l): a handover ceremony is other, held by its bodies or at its place
        pytest.param(
            "前一天，星河总队与青岚市交通局在白水县举行了养护工作交接仪式。",
            [("other", None, [], "白水县")],
            id="ruling-l-handover-held-by-bodies",
        ),
        pytest.param(
            "青岚市对口支援白水县物资交接仪式在白水县举行。",
            [("other", None, [], "白水县")],
            id="ruling-l-handover-held-at",
        ),
        pytest.param(
            "青岚市对口支援白水县物资交接仪式同时在白水县举行。",
            [("other", None, [], "白水县")],
            id="ruling-l-handover-held-at-same-time",
        ),
        # ruling (l): a ceremony with no act named is a meeting (升旗 was taken for an act of its own)
        pytest.param(
            "国庆节当天，星河中学全体师生在操场举行了升旗仪式。",
            [("meeting", None, [], "操场")],
            id="ruling-l-flag-raising-meeting",
        ),
        # probe82's Left: donations received with their sum (接收/接受…捐款X元) are other, as a gift (was none)
        pytest.param("中华慈善总会接收企业捐款1.3亿元。", [("other", None, [], None)], id="donations-received"),
        pytest.param("星河市慈善总会接受了青岚集团捐款500万元。", [("other", None, [], None)], id="donations-accepted"),
        # near-misses: donations to be received none; a planned handover none, a donation ceremony other (as before)
        pytest.param("星河市慈善总会将接收企业捐款5000万元。", [], id="near-miss-donations-to-be-received"),
        pytest.param("星河集团将于下月举行交接仪式。", [], id="near-miss-planned-handover"),
        pytest.param(
            "星河项目捐赠仪式在青岚市举行。",
            [("other", None, [], "青岚市")],
            id="near-miss-donation-ceremony",
        ),
    ],
)
def test_ceremonies(text: str, events: list) -> None:
    """A ceremony's kind by its act: `举行了…交接仪式` -> other."""
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # 当月 opening a sentence after a month told: that month (was the page's month)
        pytest.param(
            "发布时间：2009-05-21\n本报讯 星河研究院去年10月开始筹建。当月，中国科学院与广州市人民政府签订了用地协议。",
            [(["中国科学院", "广州市人民政府"], "2008-10")],
            id="same-month-after-month-told",
        ),
        # near-miss: 当月 with no month told before is the page's; then 当月 in its sentence after the month, that month (was the page's)
        pytest.param(
            "发布时间：2009-05-21\n本报讯 当月，中国科学院与广州市人民政府签订了用地协议。",
            [(["中国科学院", "广州市人民政府"], "2009-05")],
            id="near-miss-same-month-nothing-before",
        ),
        pytest.param(
            "发布时间：2009-05-21\n本报讯 研究院筹建始于去年10月，当月中国科学院与广州市人民政府签订了用地协议。",
            [(["中国科学院", "广州市人民政府"], "2008-10")],
            id="same-month-in-sentence",
        ),
    ],
)
def test_same_month(text: str, dates: list) -> None:
    """当月 after 去年10月 told: `…去年10月…。当月，甲与乙签订…` -> 2008-10."""
    assert _agreement_dates(text) == dates


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # probe81's Left: 公司当日与乙签订 after the firm's notice: the firm signs (当日 was not read between 公司 and 与)
        pytest.param(
            "星河药业股份有限公司9日晚间公告，公司当日与青岚大学签订技术转让合同。",
            [["星河药业股份有限公司", "青岚大学"]],
            id="anaphor-party-that-day",
        ),
        # near-miss: 同日 (its 同 read as the link before) signs as before
        pytest.param(
            "星河药业股份有限公司昨日公告，公司同日与宝钢集团有限公司签订了供货合同。",
            [["星河药业股份有限公司", "宝钢集团有限公司"]],
            id="near-miss-anaphor-party-same-day",
        ),
    ],
)
def test_anaphor_party(text: str, parties: list) -> None:
    """A firm named back as 公司 before 当日与: `甲公司公告，公司当日与乙签订…` -> [甲公司, 乙]."""
    assert [list(a.parties) for a in extract_page(text).agreements] == parties


_CONGRESS = "发布时间：2011-09-24\n本报讯 昨日，青岚市工商业联合会第五次会员代表大会在青岚大酒店召开。\n"


@pytest.mark.parametrize(
    ("text", "award"),
    [
        # ruling (m): 会上，甲为…授牌 after a dated signing told in the next paragraph: the congress's day and place (was
        # the signing's day, no place)
        pytest.param(
            _CONGRESS
            + "上周五，青岚市工商业联合会与中国银行青岚分行签订战略合作协议。会上，青岚市工商业联合会还为新成立的3个行业商会授牌。",
            ("award", "2011-09-23", "青岚大酒店"),
            id="at-meeting-award-after-dated-signing",
        ),
        # the same in one paragraph: the day was right, the place missing
        pytest.param(
            _CONGRESS.rstrip("\n") + "会上，青岚市工商业联合会还为新成立的3个行业商会授牌。",
            ("award", "2011-09-23", "青岚大酒店"),
            id="at-meeting-award-takes-venue",
        ),
    ],
)
def test_at_meeting(text: str, award: tuple) -> None:
    """An event told 会上， is at the meeting told before: `…大会在甲酒店召开。会上，乙为…授牌` -> award at 甲酒店."""
    found = [(e.kind, e.date, e.location) for e in extract_page(text).events if e.kind == "award"]
    assert found == [award]
