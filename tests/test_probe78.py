"""Rows of made-up sentences for the general patterns behind the misses of probe batch b78 (the economy of places:
zones and their industries, deals told item by item at one signing, projects, inspection trips;
bench/data/pattern_probe_b78.yaml). Each row failed before its fix."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str) -> dict:
    return extract_page("标题\n\n" + text, source_name=name).to_gold()


def _deals(text: str, name: str) -> set[tuple[str, str | None, str | None]]:
    """(the company, the host, the sum) of each agreement with two parties."""
    out = set()
    for a in _facts(text, name).get("agreements") or []:
        if len(a["parties"]) == 2:
            out.add((a["parties"][0], a["parties"][1], a.get("amount")))
    return out


def _industries(text: str, name: str) -> dict[str, list[str]]:
    return {z["name"]: z["industries"] for z in _facts(text, name).get("development_zones") or []}


EB = "eb_0000b781.txt"
XW = "xwlb_2025-11-28-007.txt"
CN = "cnews_2009-06-03-044.txt"
PD = "pd1998_19980121-01-006.txt"

DEALS = [
    pytest.param(
        "发布时间：2011-04-14\n本报讯 本月12日，安庆经济技术开发区与三家配套企业集中签约。其中，宁波瑞丰电器有限公司投资"
        "5亿元建设压缩机项目，苏州永泰模具有限公司投资3亿元建设模具项目。",
        EB,
        ("苏州永泰模具有限公司", "安庆经济技术开发区", "3亿元"),
        id="qizhong-items-after-batch-signing",
    ),
    pytest.param(
        "发布时间：2011-08-19\n本报讯 在签约仪式上，深圳光明照明科技有限公司与南阳高新技术产业开发区签订照明产业园项目合同，投资18亿元；"
        "深圳市华达材料股份有限公司投资9亿元建设硅材料项目。",
        EB,
        ("深圳市华达材料股份有限公司", "南阳高新技术产业开发区", "9亿元"),
        id="semicolon-run-after-ceremony-opener",
    ),
    pytest.param(
        "中新网香港6月3日电 湖南省永州市昨日在香港举行投资推介会，现场签约项目12个。签约项目中，香港嘉信置业有限公司"
        "投资6亿美元在永州经济技术开发区建设电子产业园。",
        CN,
        ("香港嘉信置业有限公司", "永州经济技术开发区", "6亿美元"),
        id="host-after-the-sum",
    ),
    pytest.param(
        "央视网消息（新闻联播）：11月28日，长江中游城市群产业推介会在长沙举行，现场集中签约项目30个。签约项目中，深圳市"
        "远景储能科技股份有限公司将在长沙经济技术开发区投资50亿元建设储能电池基地。",
        XW,
        ("深圳市远景储能科技股份有限公司", "长沙经济技术开发区", "50亿元"),
        id="host-after-zai-before-the-sum",
    ),
]


@pytest.mark.parametrize("text,name,want", DEALS)
def test_deal_items(text: str, name: str, want: tuple[str, str, str]) -> None:
    assert want in _deals(text, name)


INDUSTRIES = [
    pytest.param(
        "发布时间：2011-04-14\n本报讯 安庆经济技术开发区形成了以家电、汽车零部件和新型材料为主导的产业格局。",
        EB,
        ("安庆经济技术开发区", ["家电", "汽车零部件", "新型材料"]),
        id="formed-yi-as-leading-pattern",
    ),
    pytest.param(
        "央视网消息（新闻联播）：达拉特经济开发区以煤化工、氢能和新材料为主导产业，初步形成了覆盖电解槽制造、储氢瓶生产和"
        "氢能重卡应用的产业集群。",
        XW,
        ("达拉特经济开发区", ["煤化工", "氢能", "新材料"]),
        id="cluster-covering-segments-no-industries",
    ),
    pytest.param(
        "发布时间：2011-11-09\n本报讯 临颍县产业集聚区以休闲食品和包装材料为主导产业，初步形成了从奶牛养殖、乳品加工到包装"
        "印刷的完整产业链。",
        EB,
        ("临颍县产业集聚区", ["休闲食品", "包装材料"]),
        id="chain-from-to-no-industries",
    ),
]


@pytest.mark.parametrize("text,name,want", INDUSTRIES)
def test_zone_industries(text: str, name: str, want: tuple[str, list[str]]) -> None:
    assert _industries(text, name).get(want[0]) == want[1]


def test_level_of_zone_is_no_zone() -> None:
    """是自治区级开发区 names the zone's level, no zone of its own."""
    text = "央视网消息（新闻联播）：达拉特经济开发区位于鄂尔多斯市，是自治区级开发区，以煤化工为主导产业。"
    names = {o["name"] for o in _facts(text, XW).get("organizations") or []}
    assert "自治区级开发区" not in names


def test_zone_before_firm_is_no_alias() -> None:
    """甲保税区 stays a zone beside 甲保税区乙实业总公司, no short name of that firm."""
    text = (
        "本报南京１月２０日讯 省长王立平先后到南通经济技术开发区、张家港保税区视察。该中心由张家港保税区长江实业总公司"
        "投资１．６亿元兴建。"
    )
    orgs = {o["name"]: o.get("aliases") or [] for o in _facts(text, PD).get("organizations") or []}
    assert "张家港保税区" in orgs and "张家港保税区" not in orgs.get("张家港保税区长江实业总公司", [])


EVENTS = [
    pytest.param(
        "央视网消息（新闻联播）：11月28日，2025年长江中游城市群产业推介会在长沙举行，湖南省省长胡立新出席。",
        XW,
        ("meeting", "2025-11-28"),
        id="edition-year-after-the-day",
    ),
    pytest.param(
        "央视网消息（新闻联播）：11月28日，长江中游城市群产业推介会在长沙举行，现场集中签约项目30个。\n推介会上还发布了"
        "《长江中游城市群产业协同发展行动方案》。",
        XW,
        ("launch", "2025-11-28"),
        id="at-the-fair-no-comma-next-paragraph",
    ),
    pytest.param(
        "央视网消息（新闻联播）：12月8日，河北雄安新区重大项目集中开工。当天，省委书记陈立国还先后来到启动区科技园和一家企业"
        "调研。",
        XW,
        ("inspection", "2025-12-08"),
        id="start-up-area-is-a-place-no-launch",
    ),
]


@pytest.mark.parametrize("text,name,want", EVENTS)
def test_event_days(text: str, name: str, want: tuple[str, str]) -> None:
    got = [(e["kind"], e.get("date")) for e in _facts(text, name).get("events") or []]
    assert want in got
    if want[0] == "inspection":
        assert not [k for k, _ in got if k == "launch"]


def test_deal_item_of_a_deal_told_is_no_other() -> None:
    """A sum told after a deal signed (甲与乙集团有限公司签订…，乙集团将在丙区投资…) is that deal's: no second agreement of the
    short name (failed at 1de40b8d, this branch's first fix)."""
    text = (
        "发布时间：2011-10-17\n本报讯 开幕式后举行了集中签约仪式，共有20个项目签约。其中，岳阳市人民政府与广东华美电器集团有限公司"
        "签订投资合同，华美电器将在岳阳经济技术开发区投资30亿元，建设空调生产基地。\n华美电器董事长梁志新说，公司看中了这里的"
        "产业配套。"
    )
    parties = [tuple(a["parties"]) for a in _facts(text, EB).get("agreements") or []]
    assert len(parties) == 1 and "广东华美电器集团有限公司" in parties[0]
