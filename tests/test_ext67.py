"""Rows of made-up sentences for junk organisations left by sessions 44's probes (a budget, a line of business, a kind
of office, every municipality's bureau, a body named only as a source of figures and a span read inside it, a union's
firms, a national park's area) and for national heads with a title right after their names; near-misses, named bodies
and people with no title, beside them (ext67)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _page(text: str, source: str = "eb_x.txt"):
    return extract_page("标题\n\n" + text, source_name=source)


def _orgs(text: str) -> set[str]:
    return {o.name for o in _page(text).organizations}


def _zones(text: str) -> set[str]:
    return {z.name for z in _page(text).development_zones}


NO_BODY = [
    pytest.param("为稳定粮价，中央财政今年将继续给予种粮补贴。", "中央财政", id="the-central-budget"),
    pytest.param("今年省财政安排专项资金三亿元。", "省财政", id="a-province-s-budget"),
    pytest.param("根据协议，该券商将把投资银行总部迁至杭州。", "投资银行总部", id="a-line-of-business-head-office"),
    pytest.param("根据协议，该券商将把投资银行总部迁至杭州。", "投资银行", id="a-line-of-business"),
    pytest.param("周末不少市民一早就在营业厅外排队办理业务。", "营业厅", id="a-kind-of-office"),
    pytest.param(
        "各省、自治区、直辖市技术监督局的负责人参加了培训。", "直辖市技术监督局", id="every-municipality-s-bureau"
    ),
    pytest.param(
        "据中国证券业协会统计，上半年全国证券公司净利润增长两成。", "中国证券", id="a-span-inside-a-figures-source"
    ),
    pytest.param(
        "据中国证券业协会统计，上半年全国证券公司净利润增长两成。",
        "中国证券业协会",
        id="the-figures-source-itself",
    ),
    pytest.param("调查显示，欧盟企业在华投资意愿有所回升。", "欧洲联盟", id="a-union-s-firms"),
    pytest.param("东盟企业代表团到访了本市多家工厂。", "东南亚国家联盟", id="another-union-s-firms"),
]


@pytest.mark.parametrize(("text", "junk"), NO_BODY)
def test_no_body(text: str, junk: str) -> None:
    assert junk not in _orgs(text)


NAMED = [
    pytest.param("财政部副部长王建国出席了会议。", "财政部", id="the-finance-ministry"),
    pytest.param("省财政厅厅长赵红表示。", "财政厅", id="a-finance-department"),
    pytest.param("中国投资银行副行长王明出席签字仪式。", "中国投资银行", id="a-bank-named-investment-bank"),
    pytest.param("中国人民银行上海总部副主任张新出席。", "中国人民银行上海总部", id="a-central-bank-head-office"),
    pytest.param("北京市质量技术监督局局长刘强讲话。", "北京市质量技术监督局", id="a-city-s-bureau"),
    pytest.param("据市统计局统计，全市工业增加值增长9%，市统计局局长李华说。", "统计局", id="a-source-that-acts-too"),
    pytest.param("欧盟委员会副主席会见了代表团。", "欧盟委员会", id="the-union-s-commission"),
    pytest.param("中方与欧盟签署了合作协定。", "欧洲联盟", id="the-union-as-a-party"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_named_body_stays(text: str, name: str) -> None:
    assert any(name in o for o in _orgs(text))


NO_ZONE = [
    pytest.param("李强赴杂多县考察了长江源园区的生态管护站。", "长江源园区", id="a-national-park-s-river-source-area"),
    pytest.param("王明到黄河源园区看望了管护员。", "黄河源园区", id="another-river-source-area"),
]


@pytest.mark.parametrize(("text", "junk"), NO_ZONE)
def test_no_zone(text: str, junk: str) -> None:
    assert junk not in _zones(text) and junk not in _orgs(text)


ZONES = [
    pytest.param("张华调研了常州市再生资源园区。", "再生资源园区", id="a-recycling-park-stays"),
    pytest.param("王明考察了苏州工业园区。", "苏州工业园区", id="an-industrial-park-stays"),
]


@pytest.mark.parametrize(("text", "name"), ZONES)
def test_zone_stays(text: str, name: str) -> None:
    assert any(name in z for z in _zones(text) | _orgs(text))


def _posts(text: str, name: str) -> set[tuple[str, str | None]]:
    page = _page(text, "pd1998_19980110-01-001.txt")
    return {(q.title, q.org) for p in page.persons if p.name == name for q in p.posts}


HEADS = [
    pytest.param("江泽民主席在人民大会堂会见了客人。", "江泽民", ("主席", "中华人民共和国"), id="a-head-of-state-1998"),
    pytest.param("胡锦涛总书记发表重要讲话。", "胡锦涛", ("总书记", "中共中央"), id="a-general-secretary-2008"),
    pytest.param("胡锦涛主席同来访的总统举行会谈。", "胡锦涛", ("主席", "中华人民共和国"), id="a-head-of-state-2008"),
]


@pytest.mark.parametrize(("text", "name", "post"), HEADS)
def test_head_with_title_after(text: str, name: str, post: tuple[str, str]) -> None:
    assert post in _posts(text, name)


NO_HEAD_POST = [
    pytest.param("中央领导江泽民、朱镕基等出席了晚会。", "江泽民", id="a-leader-named-with-no-title"),
    pytest.param("以江泽民同志为核心的党中央。", "江泽民", id="a-leader-called-comrade"),
]


@pytest.mark.parametrize(("text", "name"), NO_HEAD_POST)
def test_no_title_no_post(text: str, name: str) -> None:
    assert not _posts(text, name)


FOREIGN_HEADS = [
    pytest.param(
        "会谈中，卡鲁纳西里议长介绍了斯里兰卡议会的工作。",
        "卡鲁纳西里",
        ("议长", "斯里兰卡议会"),
        id="a-speaker-and-the-house-of-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "name", "post"), FOREIGN_HEADS)
def test_foreign_head_country_elsewhere(text: str, name: str, post: tuple[str, str]) -> None:
    assert post in _posts(text, name)


FOREIGN_HEADS_NONE = [
    pytest.param("卡鲁纳西里议长说，斯里兰卡和马尔代夫议会将加强交流。", "卡鲁纳西里", id="two-countries-no-house"),
    pytest.param("穆塞韦尼总统会见了代表团。", "穆塞韦尼", id="no-country-written"),
    pytest.param("穆塞韦尼总统说，乌干达欢迎更多企业投资。", "穆塞韦尼", id="a-head-of-state-s-country-elsewhere"),
    pytest.param("王建国议长说，斯里兰卡议会愿加强交流。", "王建国", id="a-chinese-name-keeps-no-foreign-house"),
]


@pytest.mark.parametrize(("text", "name"), FOREIGN_HEADS_NONE)
def test_foreign_head_no_body(text: str, name: str) -> None:
    assert all(org is None for _, org in _posts(text, name))


def test_famous_name_keeps_an_unlisted_title() -> None:
    assert ("副主席", None) in _posts("胡锦涛副主席会见了来访的客人。", "胡锦涛")
