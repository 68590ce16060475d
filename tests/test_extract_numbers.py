"""`extract.numbers`: amounts and dates, one case per pattern, and bad input."""

from __future__ import annotations

import pytest
from kgqa.extract.numbers import find_amounts, find_dateline, find_dates, fold, parse_amount, parse_date


@pytest.mark.parametrize(
    "text,written,value,unit",
    [
        ("签署协议28.88亿元", "28.88亿元", 2888000000.0, "CNY"),
        ("投资500万元", "500万元", 5000000.0, "CNY"),
        ("租金1200元", "1200元", 1200.0, "CNY"),
        ("融资1.5亿美元", "1.5亿美元", 150000000.0, "USD"),
        ("捐资三千万元", "三千万元", 30000000.0, "CNY"),
        ("两亿元", "两亿元", 200000000.0, "CNY"),
        ("交纳１５万元", "１５万元", 150000.0, "CNY"),
        ("斥资２．２亿元", "２．２亿元", 220000000.0, "CNY"),
        ("投资3000多万元", "3000多万元", 30000000.0, "CNY"),
        ("十余亿元", "十余亿元", 1000000000.0, "CNY"),
        ("合同额1,200万元", "1,200万元", 12000000.0, "CNY"),
        ("损失数千万元", "数千万元", None, "CNY"),
        ("三億圓", "三億圓", 300000000.0, "CNY"),
        ("收购价5000万欧元", "5000万欧元", 50000000.0, "EUR"),
    ],
    ids=[
        "yi-decimal",
        "wan",
        "yuan",
        "usd",
        "cn-numerals",
        "liang",
        "fullwidth",
        "fullwidth-point",
        "approx-duo",
        "approx-yu",
        "thousands-comma",
        "vague",
        "traditional",
        "eur",
    ],
)
def test_amount(text, written, value, unit):
    a = parse_amount(text)
    assert (a.as_written, a.value, a.unit) == (written, value, unit)


@pytest.mark.parametrize(
    "text",
    ["100MW光伏", "万元以上", "1-2万亿的市场", "", "第一", "<p>&nbsp;</p>"],
    ids=["no-currency", "no-number", "no-yuan", "empty", "ordinal", "html"],
)
def test_no_amount(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text,written",
    [
        pytest.param("该项目总投资80亿，年产钢材200万吨。", ["80亿"], id="total-investment-no-yuan"),
        pytest.param("计划投资6000万建设新厂房。", ["6000万"], id="planned-investment-then-a-verb"),
        pytest.param("全省投资总额将超过1.2万亿，带动就业。", ["1.2万亿"], id="investment-total-will-exceed"),
        pytest.param("项目投资达３亿多。", ["３亿多"], id="approximate-fullwidth"),
        pytest.param("总投资9亿元，其中贷款3亿元。", ["9亿元", "3亿元"], id="with-yuan-unchanged"),
        pytest.param("新增投资20万吨产能。", [], id="tonnes-are-no-sum"),
        pytest.param("电站总投资后年发电12亿千瓦时。", [], id="kilowatt-hours-are-no-sum"),
        pytest.param("引进外资3亿，新建项目5个。", [], id="foreign-capital-has-no-known-currency"),
        pytest.param("产值有望达到900亿。", [], id="output-value-is-no-investment"),
    ],
)
def test_a_sum_with_no_currency_after_an_investment_word_is_in_yuan(text, written):
    got = find_amounts(text)
    assert [a.as_written for _, _, a in got] == written
    assert all(a.unit == "CNY" for _, _, a in got)


@pytest.mark.parametrize(
    "text,written",
    [
        pytest.param("项目总投资近5亿元。", ["近5亿元"], id="nearly"),
        pytest.param("提供近２０亿元贷款。", ["近２０亿元"], id="nearly-fullwidth"),
        pytest.param("总金额逾15亿美元。", ["逾15亿美元"], id="over"),
        pytest.param("双方将近3亿元的合同。", ["将近3亿元"], id="nearly-two-characters"),
        pytest.param("该项目总投资近80亿，年产钢材200万吨。", ["近80亿"], id="nearly-no-currency"),
        pytest.param("投资约420亿元建设基地。", ["420亿元"], id="about-is-the-sum-stated"),
        pytest.param("共节约3000万元。", ["3000万元"], id="yue-ending-another-word"),
        pytest.param("最近5亿元的贷款到位。", ["5亿元"], id="jin-ending-another-word"),
    ],
)
def test_a_bound_before_a_sum_is_kept_as_written(text, written):
    got = find_amounts(text)
    assert [a.as_written for _, _, a in got] == written
    assert [text[a:b] for a, b, _ in got] == written


def test_amount_offsets_index_the_text():
    text = "总投资４０．３亿元，其中２亿元"
    assert [text[a:b] for a, b, _ in find_amounts(text)] == ["４０．３亿元", "２亿元"]


@pytest.mark.parametrize(
    "text,kw,iso",
    [
        ("3月24日，市政府签约", {"ref_year": 2025}, "2025-03-24"),
        ("1998年1月5日上午", {}, "1998-01-05"),
        ("１９９８年１月５日", {}, "1998-01-05"),
        ("一九九八年一月五日", {}, "1998-01-05"),
        ("十二月三十一日", {"ref_year": 2000}, "2000-12-31"),
        ("1996年11月签订", {}, "1996-11"),
        ("就在4月", {"ref_year": 2009}, "2009-04"),
        ("１９９８年元旦", {}, "1998-01-01"),
        ("元月2日", {"ref_year": 1998}, "1998-01-02"),
        ("昨天下午", {"ref_date": "2025-11-21"}, "2025-11-20"),
        ("昨天下午", {"ref_date": "2009-03"}, "2009-03"),  # a reference known to the month only: that month
        ("本月9日", {"ref_date": "2009-03"}, "2009-03-09"),
        ("今天", {"ref_date": "2025-11-17"}, "2025-11-17"),
        ("今年以来", {"ref_year": 2025}, "2025"),
        ("去年人均收入", {"ref_date": "1998-01-06"}, "1997"),
        ("2024年，全国", {}, "2024"),
        ("4月11日上午", {"ref_year": 2023}, "2023-04-11"),
        ("12月28日", {"ref_date": "1998-01-06"}, "1997-12-28"),
        ("上月28日签约", {"ref_date": "2011-01-16"}, "2010-12-28"),
        ("本月9日公布", {"ref_date": "2009-03-11"}, "2009-03-09"),
        ("上月", {"ref_date": "2025-11-21"}, "2025-10"),
        ("今（15）日抵达", {"ref_date": "2011-02-16"}, "2011-02-15"),
        ("2月3日", {"ref_date": "1998-01-06"}, "1998-02-03"),
        ("2007年4 月 13 日，甲集团重组乙公司", {}, "2007-04-13"),
    ],
    ids=[
        "month-day+year",
        "full",
        "fullwidth",
        "cn-numerals",
        "cn-month-day",
        "year-month",
        "month-only",
        "yuandan",
        "yuanyue",
        "yesterday",
        "yesterday-of-a-month-reference",
        "a-day-of-a-month-reference",
        "today",
        "this-year",
        "last-year",
        "year-only",
        "shangwu",
        "december-on-january-page",
        "next-month-same-year",
        "last-month-day",
        "this-month-day",
        "last-month",
        "today-with-day-in-brackets",
        "digits-spaced-from-month-and-day",
    ],
)
def test_date(text, kw, iso):
    assert parse_date(text, **kw) == iso


@pytest.mark.parametrize(
    "text,ref,iso",
    [
        pytest.param("上周五，总投资30亿元的项目开工", "2011-11-21", "2011-11-18", id="last-friday-from-monday"),
        pytest.param("上星期三开工", "2011-11-24", "2011-11-16", id="last-wednesday-from-thursday"),
        pytest.param("本周一召开", "2011-11-20", "2011-11-14", id="this-monday-from-sunday"),
        pytest.param("下周二将举行", "2011-11-21", "2011-11-29", id="next-tuesday"),
        pytest.param("上周末", "2011-11-21", None, id="weekend-is-no-day"),
    ],
)
def test_week_day(text, ref, iso):
    """A weekday some weeks from the page's week is a day (上周五 on Monday 2011-11-21 is the 18th)."""
    assert parse_date(text, ref_date=ref) == iso


@pytest.mark.parametrize(
    "text,iso",
    [
        pytest.param("市长柯建明日前率团赴香港招商", None, id="name-ending-ming-before-riqian"),
        pytest.param("董事长秦晓明日前表示", None, id="name-ending-ming-before-riqian-speech"),
        pytest.param("请各单位于明日前报送材料", "2009-06-30", id="before-tomorrow-after-preposition"),
        pytest.param("代表团明日前往深圳", "2009-06-30", id="tomorrow-then-qianwang"),
        pytest.param("前日上午，物流公司开业", "2009-06-27", id="qianri-is-the-day-before-yesterday"),
        pytest.param("目前天然气供应紧张", None, id="muqian-then-tian-is-no-day"),
        pytest.param("此前日方已表示同意", None, id="ciqian-then-ri-is-no-day"),
        pytest.param("如今日本企业纷纷来投资", None, id="rujin-then-ri-is-no-day"),
        pytest.param("截至今日，共签约20个项目", "2009-06-29", id="jiezhi-today-stays-today"),
        pytest.param("精密模具项目前天开工", "2009-06-27", id="xiangmu-then-qiantian-stays-a-day"),
        pytest.param("洽谈会前天在哈尔滨闭幕", "2009-06-27", id="hui-then-qiantian-stays-a-day"),
        pytest.param("代表团3月前往深圳考察", "2009-03", id="month-then-qianwang-is-no-time-limit"),
        pytest.param("6月20日前夕，座谈会召开", "2009-06-20", id="day-then-qianxi-is-no-time-limit"),
    ],
)
def test_day_word_inside_a_name(text, iso):
    """明日 read across a name and 日前 (柯建明|日前) is no day; after 于 or before 前往 it is tomorrow."""
    assert parse_date(text, ref_date="2009-06-29") == iso


@pytest.mark.parametrize(
    "text,kw",
    [
        ("3月24日", {}),
        ("1-10月全省", {"ref_year": 2025}),
        ("3万元月租", {}),
        ("20世纪90年代", {}),
        ("2月30日", {"ref_year": 2025}),
        ("昨天", {}),
        ("第13月", {"ref_year": 2025}),
        ("上月28日", {"ref_year": 2025}),
        ("各地要在4月底前完成汛前检查", {"ref_date": "2025-04-08"}),
        ("项目要在6月30日前建成", {"ref_date": "2025-04-08"}),
        ("力争今年年底前投产", {"ref_date": "2025-04-08"}),
    ],
    ids=[
        "no-year",
        "month-range",
        "yuan-yue",
        "decade",
        "invalid-day",
        "relative-without-ref",
        "month-13",
        "relative-month-without-day-ref",
        "a-month-end-set-as-time-limit",
        "a-day-set-as-time-limit",
        "a-year-end-set-as-time-limit",
    ],
)
def test_no_date(text, kw):
    assert parse_date(text, **kw) is None


def test_date_offsets_and_order():
    text = "昨天（11月20日），双方签约"
    assert find_dates(text, ref_date="2025-11-21") == [(0, 2, "2025-11-20"), (3, 9, "2025-11-20")]


def test_fold_keeps_length():
    text = "１９９８年２．２亿元萬"
    assert len(fold(text)) == len(text) and fold(text) == "1998年2.2亿元万"


@pytest.mark.parametrize(
    "text",
    ["", "x" * 10_000_000, "１２３４５６７８９０" * 1000, "<div>3月</div>" * 100, "萬億兩" * 1000, "\x00\ufffd" * 10],
    ids=["empty", "10MB-one-line", "fullwidth-digits", "html", "traditional", "garbage"],
)
def test_bad_input_never_raises(text):
    find_amounts(text)
    find_dates(text, ref_year=2025, ref_date="2025-01-01")
    parse_date(text, ref_date="not a date")


@pytest.mark.parametrize(
    "text,want",
    [
        ("新华社北京１月２７日电（记者王明）", (1, 27)),
        ("本报上海3月2日讯 记者李华报道", (3, 2)),
        ("2月15日综合报道，某团抵达", (2, 15)),
        ("某标题新华社某市11月20日电 正文", (11, 20)),
        ("3月2日，某市召开会议", None),
        ("本报讯 记者李华报道", None),
    ],
    ids=["wire-fullwidth", "paper", "roundup", "after-headline", "plain-date", "undated-byline"],
)
def test_dateline(text, want):
    got = find_dateline(text)
    assert (got[2], got[3]) == want if want else got is None


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        pytest.param(
            "国务院副总理王一远18日在京出席开幕式。", "2025-11-20", ["2025-11-18"], id="wire-day-before-a-place"
        ),
        pytest.param("中国人民银行9日发布公告。", "2009-06-10", ["2009-06-09"], id="wire-day-before-a-verb"),
        pytest.param("外交部长钱一新30日表示。", "1998-01-02", ["1997-12-30"], id="day-of-the-month-before"),
        pytest.param("16日上午，代表团将举行推介会。", "2011-02-15", ["2011-02-16"], id="day-just-after-is-this-month"),
        pytest.param("项目需在3日内完成。", "2009-06-10", [], id="a-span-of-days-is-no-date"),
        pytest.param(
            "1月5日至6日在京举行。", "1998-01-10", ["1998-01-05"], id="second-day-of-a-range-is-not-read-alone"
        ),
        pytest.param(
            "国务院副总理王一祥18日至20日在湖北调研。", "2025-11-21", ["2025-11-18"], id="bare-day-range-starts-it"
        ),
        pytest.param("14日，投资推介会在首尔举行。", "2011-06-21", ["2011-06-14"], id="bare-day-opening-its-clause"),
        pytest.param("项目为期3日，共签约5个。", "2011-06-21", [], id="a-span-of-days-before-a-comma-is-no-date"),
    ],
)
def test_bare_day_of_the_month(text, ref, expected):
    assert [iso for _, _, iso in find_dates(text, ref_date=ref)] == expected


def test_bare_day_needs_a_reference_date():
    assert find_dates("中国人民银行9日发布公告。", ref_year=2009) == []


@pytest.mark.parametrize(
    "text,iso",
    [
        pytest.param("前日，市长会见了香港客商", "2011-09-21", id="qianri-two-days-before"),
        pytest.param("市长会见了前日本首相一行", None, id="former-japanese-premier-is-no-day"),
    ],
)
def test_b22_the_day_before_yesterday_written_qianri(text, iso):
    """前日 is 前天 (two days before the page's day), but not in 前日本 (former + 日本)."""
    assert parse_date(text, ref_date="2011-09-23") == iso


@pytest.mark.parametrize(
    "text,ref,want",
    [
        pytest.param(
            "该项目去年3月签约，同年6月开工建设。", "2009-11-10", ["2008-03", "2008-06"], id="same-year-as-last-year"
        ),
        pytest.param("1996年成立，同年10月投产。", "1998-11-10", ["1996", "1996-10"], id="same-year-as-a-year-told"),
        pytest.param("同年6月开工建设。", "2009-11-10", [], id="no-year-told-before-no-date"),
    ],
)
def test_b27_tongnian_is_the_year_told_last(text, ref, want):
    """同年6月 (date_words.yaml same_year): the month of the year of the date told last before it (b27 probe read
    去年3月签约，同年6月开工 as this year's June)."""
    assert [iso for _, _, iso in find_dates(text, ref_date=ref)] == want


@pytest.mark.parametrize(
    "text,iso",
    [
        pytest.param("全省运动会昨晚在体育中心开幕", "2009-10-27", id="zuowan-the-evening-before"),
        pytest.param("文化节今晚在湖滨广场开幕", "2009-10-28", id="jinwan-this-evening"),
        pytest.param("记者从今晚报获悉", None, id="jinwan-newspaper-is-no-day"),
    ],
)
def test_probe47_evening_day_words(text, iso):
    """昨晚/今晚 are the day before and the page's day (date_words.yaml days; b47 probe: a games 昨晚开幕 took the
    dateline's day); 今晚报 is a paper's name."""
    assert parse_date(text, ref_date="2009-10-28") == iso
