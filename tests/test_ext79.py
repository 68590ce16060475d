"""Events and agreements in made-up sentences of the families session 48 left (ext79): an award won at a fair takes the
fair's venue and the fair is no meeting of its own; 部 then 分别 is no word 部分; two who met and witnessed a signing
told next (两人见证了…的签署) are its witnesses, the signing its own event; a ceremony or a show held with no trigger word
is an event (a meeting, an other); 明日/今日 inside a name tell no day; one who only speaks after a signing is no
participant unless named its signer; a background deal or fair dated by its own year and month; the page's year the
dateline's. Near-misses keep what main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, str | None, list[str], str | None]]:
    return [(e.kind, e.date, list(e.participants), e.location) for e in extract_page(text).events]


def _agreements(text: str) -> list[tuple[list[str], list[str]]]:
    return [(list(a.parties), list(a.witnesses)) for a in extract_page(text).agreements]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. an award won at a fair: the award at the fair's venue, no meeting of the fair
        pytest.param(
            "在广州举行的第五届青岚国际食品博览会上，星河公司生产的“白云”牌饮料获得金奖。",
            [("award", None, [], "广州市")],
            id="award-at-fair-venue",
        ),
        pytest.param(
            "在青岚市举办的第三届国际茶叶博览会上，星河茶厂的绿茶荣获金奖。",
            [("award", None, [], "青岚市")],
            id="award-at-expo-held",
        ),
        # near-miss: a signing at a fair keeps the fair as an event (other by the lead's ruling (i), ext83; main gave both)
        pytest.param(
            "在广州举行的第五届青岚国际食品博览会上，星河公司与柯达公司签署了合作协议。",
            [("other", None, [], "广州市"), ("signing", None, [], "广州市")],
            id="near-miss-signing-at-fair",
        ),
        # 4. a ceremony held with no trigger word of its own: a meeting
        pytest.param(
            "当天下午，星河城各界人士在市体育场举行了祈祷仪式。",
            [("meeting", None, [], "市体育场")],
            id="ceremony-held-prayer",
        ),
        pytest.param(
            "青岚报创刊五十周年纪念册赠送仪式在星河市举行。",
            [("meeting", None, [], "星河市")],
            id="ceremony-named-held-at",
        ),
        # a handover ceremony is other, by the lead's ruling (l) (ext87; was a meeting here)
        pytest.param(
            "两国海关联合举行了口岸交接仪式。",
            [("other", None, [], None)],
            id="ceremony-handover-ruling-l",
        ),
        # near-misses: a donation ceremony stays other, a welcome ceremony no event, a planned one none (ruling l: a handover
        # ceremony is other, ext87)
        pytest.param(
            "星河项目捐赠仪式在青岚市举行。",
            [("other", None, [], "青岚市")],
            id="near-miss-donation-ceremony",
        ),
        pytest.param("王建民为柯文达举行了欢迎仪式。", [], id="near-miss-welcome-ceremony"),
        pytest.param(
            "星河市对口支援青岚县援建资金交接仪式在青岚县举行。",
            [("other", None, [], "青岚县")],
            id="money-handover-ceremony-ruling-l",
        ),
        pytest.param("星河集团将于下月举行交接仪式。", [], id="near-miss-planned-ceremony"),
        # 4. a show held: other (near-miss: a 展演 with its day, main gave it already)
        pytest.param(
            "青岚市文化馆昨天举办了非遗项目展演。",
            [("other", None, [], None)],
            id="near-miss-show-held-with-day",
        ),
        pytest.param(
            "星河歌舞团在青岚剧院分别举行两场演出。",
            [("other", None, [], "青岚剧院")],
            id="two-shows-held",
        ),
        # 5. 明日 inside a festival's name: no day (the dateline's day, not the day after)
        pytest.param(
            "新华社北京2009年3月5日电 星河杂技团的节目在青岚明日国际马戏节上获得金奖。",
            [("award", "2009-03-05", [], None)],
            id="tomorrow-in-festival-name",
        ),
        # near-miss: 明日 as a day before a time of day stays a day
        pytest.param(
            "新华社北京2009年3月5日电 王建民明日下午会见柯文达。",
            [("talks", "2009-03-06", ["王建民"], None)],
            id="near-miss-tomorrow-a-day",
        ),
        # 6b. one who only speaks after a signing: no participant
        pytest.param(
            "中新网湛江3月12日电 同日，湛江市人民政府与星河大学签订了食品安全检测合作协议。星河省农业厅副厅长罗泽明介绍，"
            "全省已抽检生猪尿样约1.2万份。",
            [("signing", None, [], None)],
            id="speaker-after-signing",
        ),
        # ... but one named its signer before the name is (韩方签约代表、甲介绍)
        pytest.param(
            "新华社北京2011年8月4日电 8月3日，青岚集团与星河公司在荆州签订《战略合作框架协议》。据青岚集团董事长王建民介绍，"
            "双方合作已有四年。\n据星河方签约代表、星河公司副总裁柯文达介绍，星河方将采购一批电池。",
            [("signing", "2011-08-03", ["柯文达"], "荆州市")],
            id="signer-speaks-after-signing",
        ),
        # ... named its signer as 签约人 (one key, signer_label, for the label and the frame 据签约人甲介绍; mend51)
        pytest.param(
            "8月3日，青岚集团与星河公司在荆州签订《战略合作框架协议》。星河方签约人、星河公司副总裁柯文达表示，"
            "星河方将采购一批电池。",
            [("signing", None, ["柯文达"], "荆州市")],
            id="signatory-speaks-after-signing",
        ),
        # ... and one of the body that held it (甲开发区举行…签约仪式。甲开发区党工委书记乙表示)
        pytest.param(
            "星河高新技术产业开发区举行项目集中签约仪式，12个项目总投资58亿元。星河高新技术产业开发区党工委书记王建民表示，"
            "园区将重点发展机器人产业。",
            [("signing", None, ["王建民"], "星河高新技术产业开发区")],
            id="near-miss-holder-head-speaks",
        ),
        # 4. an opening's ceremony is no generic meeting (near-miss: 开园仪式 stays as main read it)
        pytest.param(
            "星河种子产业园开园仪式在青岚市举行。",
            [("launch", None, [], "青岚市")],
            id="near-miss-opening-ceremony",
        ),
        # near-miss: one who speaks at the signing ceremony, told so, is a participant
        pytest.param(
            "新华社北京2011年8月4日电 8月3日，青岚集团与星河公司在荆州签订《战略合作框架协议》。星河公司董事长柯文达在签约仪式上"
            "表示，双方合作前景广阔。",
            [("signing", "2011-08-03", ["柯文达"], "荆州市")],
            id="near-miss-speaker-at-signing-ceremony",
        ),
    ],
)
def test_events(text: str, events: list) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(
    ("text", "agreements"),
    [
        # 2. 部 then 分别: the ministry signs
        pytest.param(
            "星河集团和蒙古国能源部分别签署了两国天然气管道合作协议。",
            [(["星河集团", "蒙古国能源部"], [])],
            id="ministry-then-fenbie",
        ),
        pytest.param(
            "青岚国能源部分别与星河集团和柯达公司签署了合作协议。",
            [(["青岚国能源部", "星河集团"], []), (["青岚国能源部", "柯达公司"], [])],
            id="ministry-then-fenbie-two-partners",
        ),
        # 3. two who met witness the signing told next
        pytest.param(
            "新华社北京2025年11月12日电 11日，王建民在青岚城会见星河国总理柯文达。会见后，两人共同见证了合作文件的签署。"
            "青岚国商务部与星河国贸易部、青岚国能源局与星河国能源部分别签署了电子商务合作谅解备忘录和油气合作协议。",
            [
                (["青岚国商务部", "星河国贸易部"], ["王建民", "柯文达"]),
                (["青岚国能源局", "星河国能源部"], ["王建民", "柯文达"]),
            ],
            id="two-who-met-witness",
        ),
    ],
)
def test_agreements(text: str, agreements: list) -> None:
    assert _agreements(text) == agreements


@pytest.mark.parametrize(
    ("name", "text", "events"),
    [
        # 6c. a background deal told after its subject with its year and an adverb (甲2005年曾与乙签署过): its own year
        pytest.param(
            "cnews_test_1.txt",
            "中新网杭州8月12日电 星河集团今日在杭州举行签约仪式。据了解，星河集团2005年曾与青岚公司签署过一份产品代理协议。",
            [("signing", "2009-08-12"), ("signing", "2005")],
            id="background-deal-year-after-subject",
        ),
        # 6c. a first fair held with its year and month (首届…于2013年6月在昆明举办): an event of that month (other, ruling i, ext83)
        pytest.param(
            "xwlb_2025-08-16-001.txt",
            "央视网消息（新闻联播）：8月16日，第九届青岚博览会在昆明开幕。此前，首届青岚博览会于2013年6月在昆明举办。",
            [("other", "2025-08-16"), ("other", "2013-06")],
            id="first-fair-held-year-month",
        ),
        # the page's year is the dateline's, not a year it recalls later
        pytest.param(
            None,
            "新华社北京2009年3月5日电 王建民今天会见了星河集团董事长柯文达。2005年，青岚市人口达到100万。",
            [("talks", "2009-03-05")],
            id="dateline-year-over-recalled-year",
        ),
        # near-miss: a clause opening with its year (2005年，甲…签署过) was read so already
        pytest.param(
            "cnews_test_1.txt",
            "中新网北京6月17日电 青岚银行与星河银行今日在北京签署了金融合作协议。据悉，2005年，青岚银行还与星河外贸银行签署过一份合作备忘录。",
            [("signing", "2009-06-17"), ("signing", "2005")],
            id="near-miss-background-year-opening",
        ),
    ],
)
def test_background_dates(name: str | None, text: str, events: list) -> None:
    assert [(e.kind, e.date) for e in extract_page(text, source_name=name).events] == events


def test_witnessed_signing_keeps_its_bodies() -> None:
    """会见…。会见后，两人见证了…的签署。甲与乙、丙与丁分别签署了…: one signing with the four bodies, apart from the talks."""
    text = (
        "新华社北京2025年11月12日电 11日，王建民在青岚城会见星河国总理柯文达。会见后，两人共同见证了合作文件的签署。"
        "青岚国商务部与星河国贸易部、青岚国能源局与星河国能源部分别签署了电子商务合作谅解备忘录和油气合作协议。"
    )
    signing = [e for e in extract_page(text).events if e.kind == "signing"]
    assert [sorted(e.organizations) for e in signing] == [
        sorted(["青岚国商务部", "星河国贸易部", "青岚国能源局", "星河国能源部"])
    ]


def test_ministry_not_split_near_miss() -> None:
    """部分 as a word still ends no body (能源部分工明确: none)."""
    assert [o.name for o in extract_page("青岚国能源部分工明确。").organizations] == []
