"""Step `context`: locale, page year, article dates; and bad input never raises."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page
from kgqa.extract.context import date_from_name, infer_locale, page_year
from kgqa.extract.mentions import lexicon, page_districts, scan
from kgqa.extract.pipeline import Doc


@pytest.mark.parametrize(
    "text,year",
    [
        ("沁源县举行2025年第一批重点项目集中开工活动，列入2025年省级重点工程。2024年，全国共有27座城市。", 2025),
        ("今年是全面贯彻党的二十大精神开局之年。", 2023),
        ("深入学习党的二十届四中全会精神。", 2025),
        ("到2030年，产业规模翻番。2009年上半年即将结束。", 2009),
        ("没有年份。", None),
        ("甲某昨日在列席全国政协十一届二次会议间隙表示，2008年额度增加。", 2009),
        ("十二届全国人大三次会议期间，代表们审议报告。", 2015),
        ("他要求以优异成绩迎接新中国成立60周年。", 2009),
        ("全市上下庆祝改革开放四十周年。", 2018),
        ("乙某于2007年5月3日离职。去年市场下跌，去年多家公司换帅，今年有望好转。", 2008),
        ("丙公司2007年5月3日上市，2007年底扩产。去年利润增长。", 2007),
        ("今年2007年计划扩产，2007年底投产。去年亏损，去年换帅。", 2007),
        ("2025年，甲区计划引进项目30个。去年营收增长，去年新增企业9家。", 2025),
        ("2025年，甲区引进项目30个。去年营收增长。", 2025),
    ],
    ids=[
        "most-written",
        "opening-year",
        "plenum",
        "target-year-ignored",
        "none",
        "cppcc-session",
        "npc-session",
        "anniversary",
        "anniversary-chinese-numeral",
        "year-called-last-year",
        "last-year-rarer-than-year",
        "year-said-this-year",
        "year-of-a-plan-is-this-year",
        "one-last-year-is-not-enough",
    ],
)
def test_page_year(text, year):
    assert page_year(text) == year


def test_article_date_and_locale():
    text = (
        "## 甲\n\n本报讯 记者王明报道：3月24日，长治市政府签约。长治发展良好。\n\n"
        "## 乙\n\n本报讯 记者李华报道：3月21日，长治市举行2025年第一批项目开工。来长投资。长治长治。"
    )
    f = extract_page(text)
    assert f.locale == "长治市"
    assert [a.date for a in f.articles] == ["2025-03-24", "2025-03-21"]


def test_hints_override():
    f = extract_page("## 甲\n\n本报讯 记者王明报道：3月24日，会议召开。", locale="晋城市", date="2024-03-25")
    assert f.locale == "晋城市" and f.articles[0].date == "2024-03-24"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "没有实体的一句话。",
        "ｘ" * 200000,
        "１２３４年３月４日，市長張三出席。",
        "<p>&nbsp;<b>市长李四</b></p>",
        "市长",
    ],
    ids=["empty", "no-entity", "long-line", "fullwidth-traditional", "html", "a-title-alone"],
)
def test_bad_input_never_raises(text):
    facts = extract_page(text)
    assert isinstance(facts.persons, list)


@pytest.mark.parametrize(
    "name,iso",
    [
        ("06_xwlb_2025-11-21-10-i3.txt", "2025-11-21"),
        ("09_pd1998_19980106-09-006.txt", "1998-01-06"),
        ("/data/paper/2024_03_05.txt", "2024-03-05"),
        ("report-20231301.txt", None),  # month 13: not a date
        ("page_12345678.txt", None),  # not a plausible year
        ("cnews_test_416", None),
        (None, None),
    ],
    ids=["iso-dashes", "compact", "underscores", "bad-month", "bad-year", "no-date", "none"],
)
def test_date_from_name(name, iso):
    assert date_from_name(name) == iso


@pytest.mark.parametrize(
    "text,name,hint,want",
    [
        ("新闻\n\n11月20日，某省举行签约仪式。", "x_2025-11-21.txt", None, "2025-11-20"),
        ("新闻\n\n11月20日，某省举行2026年度项目签约仪式。2026年2026年。", "x_2025-11-21.txt", None, "2025-11-20"),
        ("新闻\n\n11月20日，某省举行签约仪式。", "x_2025-11-21.txt", "2023-12-01", "2023-11-20"),
        ("新闻\n\n11月20日，某省举行签约仪式。", None, None, None),
        ("新闻\n\n12月30日，某县举行签约仪式。", "x_19980105.txt", None, "1997-12-30"),
        ("新闻\n\n3月1日，某县举行签约仪式。", "x_19980105.txt", None, "1998-03-01"),
    ],
    ids=[
        "name-gives-year",
        "name-year-beats-plans-in-text",
        "hint-wins",
        "no-name-no-year",
        "late-month-on-january-page-is-last-year",
        "near-future-month-same-year",
    ],
)
def test_source_name_gives_the_reference_date(text, name, hint, want):
    f = extract_page(text, date=hint, source_name=name)
    assert f.articles[0].date == want


@pytest.mark.parametrize(
    "text,name,want",
    [
        ("甲厂扩建项目奠基\n发布时间：2011-07-29\n\n昨日上午，甲厂扩建项目在某园区奠基。", None, "2011-07-28"),
        (
            "甲厂扩建项目奠基\n发布时间：2011-07-29\n\n昨日上午，甲厂扩建项目在某园区奠基。",
            "x_2020-01-01.txt",
            "2011-07-28",
        ),
        ("某工程开工\n\n据新华社某市１月２７日电（记者王明）某工程今天宣告开工。", "x_19980128.txt", "1998-01-27"),
        ("某会议召开\n\n本报某市１月１２日讯 某工作会议今天在某市召开。", "x_19980113.txt", "1998-01-12"),
        ("某会议召开\n\n本报某市１２月３０日讯 某工作会议昨天在某市召开。", "x_19980102.txt", "1997-12-29"),
    ],
    ids=[
        "published-line-yesterday",
        "published-line-beats-name",
        "wire-dateline-today",
        "paper-dateline-today",
        "dateline-last-year-yesterday",
    ],
)
def test_relative_days_count_from_published_line_or_dateline(text, name, want):
    f = extract_page(text, source_name=name)
    assert f.articles[0].date == want


@pytest.mark.parametrize(
    "text,name,want",
    [
        pytest.param(
            "某领导看望群众\n\n本报某市１月２１日讯 记者王明报道：省委书记赵一平日前来到两县走访农户。",
            "x_19980122.txt",
            None,
            id="dateline-then-riqian",
        ),
        pytest.param(
            "某工程开工\n\n新华社某市６月３日电 某工程近日在某市开工建设。",
            "cnews_test_9.txt",
            None,
            id="wire-dateline-then-jinri",
        ),
        pytest.param(
            "国务院任免国家工作人员\n\n新华社北京１月１２日电 国务院最近任免一批国家工作人员：任命甲为某委员会副主任。",
            "pd1998_19980112-01-006.txt",
            None,
            id="wire-dateline-then-zuijin",
        ),
        pytest.param(
            "某工作完成\n\n本报某市１月２１日讯 某市今天宣布，１月２０日前完成了全部工程。",
            "x_19980122.txt",
            "1998-01-21",
            id="day-before-a-date-is-no-riqian",
        ),
    ],
)
def test_a_dateline_story_that_says_its_day_is_not_told_has_no_day(text, name, want):
    assert extract_page(text, source_name=name).articles[0].date == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "某公司收购煤矿股权\n\n发布时间：2011-08-25\n甲能源股份有限公司今日公告，公司于24日与乙煤业集团有限公司签署股权转让协议。",
            "2011-08-24",
            id="announced-today-signed-on-the-24th",
        ),
        pytest.param(
            "某项目签约\n\n发布时间：2011-08-25\n记者昨天获悉，甲公司22日与乙公司签约。",
            "2011-08-22",
            id="learned-yesterday",
        ),
        pytest.param(
            "某公司公告\n\n发布时间：2011-08-25\n甲能源股份有限公司今日公告，董事长辞职。",
            "2011-08-25",
            id="only-the-report",
        ),
        pytest.param(
            "某会议\n\n发布时间：2011-08-25\n8月24日，甲市召开会议。8月20日的检查发现问题。",
            "2011-08-24",
            id="no-report-the-first-day",
        ),
    ],
)
def test_the_day_of_a_report_gives_way_to_the_day_it_tells(text, want):
    """甲公司今日公告，公司于24日签署…: the article's day is the signing's, not the report's."""
    assert extract_page(text, source_name="eb_x.txt").articles[0].date == want


@pytest.mark.parametrize(
    "text,year",
    [
        pytest.param("2009年前三季度，甲公司净利润增长。", 2009, id="first-quarters-of-a-year"),
        pytest.param("2009年前10个月，出口下降。", 2009, id="first-months-of-a-year"),
        pytest.param("1900年前，这里是一片荒地。", None, id="before-a-year-is-no-page-year"),
    ],
)
def test_page_year_with_qian(text, year):
    assert page_year(text) == year


@pytest.mark.parametrize(
    "text,name,want",
    [
        pytest.param(
            "某专列发车\n\n记者获悉，今年3月，某专列在某站发车。", "x_2025-07-21.txt", "2025-03", id="this-year-month"
        ),
        pytest.param("某港投用\n\n上月底，某港正式投入使用。", "x_2025-12-08.txt", "2025-11", id="last-month-end"),
        pytest.param(
            "某园投产\n发布时间：2011-02-16\n\n去年11月，某产业园一期竣工投产。",
            None,
            "2010-11",
            id="last-year-month-published",
        ),
        pytest.param(
            "某厂扩建\n\n某厂计划于今年3月开工。", "x_2025-01-10.txt", None, id="month-inside-a-clause-is-none"
        ),
        pytest.param(
            "某园区加快建设\n\n某园区建设步伐加快。今年3月，某项目开工。",
            "x_2025-07-21.txt",
            None,
            id="first-sentence-only",
        ),
        pytest.param(
            "老厂新路\n\n１９９４年３月，某县两家纺织厂合并为某纺织集团。",
            "pd1998_19980120-02-004.txt",
            None,
            id="a-feature-opening-with-its-background-years-ago",
        ),
        pytest.param(
            "某厂投产\n\n１９９７年３月，某厂二期工程竣工投产。",
            "pd1998_19980120-02-004.txt",
            "1997-03",
            id="a-month-within-the-year-before-the-page",
        ),
    ],
)
def test_article_date_from_a_month_opening_a_clause(text, name, want):
    f = extract_page(text, source_name=name)
    assert f.articles[0].date == want


def test_a_dateline_with_its_year_is_a_dateline():
    text = "某事\n\n中新网南京2009年7月3日电 甲银行昨日与乙公司签订贷款合同。"
    assert extract_page(text, source_name="cnews_test_1.txt").articles[0].date == "2009-07-02"


@pytest.mark.parametrize(
    "text,name,want",
    [
        pytest.param(
            "某事\n\n某委员会5月8日核准甲基金公司设立新基金。", "cnews_test_1.txt", "2009-05-08", id="no-year-anywhere"
        ),
        pytest.param(
            "某事\n\n甲公司2008年度股东大会5月18日在南京召开。",
            "7_cnews_cnews_test_2.txt",
            "2009-05-18",
            id="a-business-year-is-not-the-year",
        ),
        pytest.param(
            "某事\n\n中新网上海8月12日电 乙交易所昨日发布新规。",
            "cnews_test_3.txt",
            "2009-08-11",
            id="dateline-without-year",
        ),
        pytest.param(
            "某事\n\n某委员会5月8日核准甲基金公司设立新基金。", "other_test_1.txt", None, id="unknown-source-no-year"
        ),
        pytest.param(
            "某事\n\n甲公司5月8日召开会议。", "xwlb_2025-05-09-001.txt", "2025-05-08", id="dated-name-still-first"
        ),
    ],
)
def test_a_source_without_dated_names_gives_its_year(text, name, want):
    assert extract_page(text, source_name=name).articles[0].date == want


@pytest.mark.parametrize(
    "text,districts,locale",
    [
        pytest.param(
            "包头市青山区召开会议。青山区区长讲话，包头市各区参加，包头市市长讲话。",
            {"青山区": "包头市"},
            "包头市",
            id="district-settled-by-its-city",
        ),
        pytest.param("江北区召开会议。江北区区长讲话。", {}, None, id="district-not-settled"),
        pytest.param("本报讯 长治市召开会议。长治市市长讲话，长治市各县参加。", {}, "长治市", id="locale-of-the-page"),
        pytest.param("今天天气很好。", {}, None, id="no-place"),
    ],
)
def test_the_page_places_read_once_give_what_each_reads_alone(text, districts, locale):
    """The context step scans the page's places once for both; passed in or read alone, the same answer."""
    places = scan(lexicon().place_ac, text)
    for found in (page_districts(text, places), page_districts(text)):
        assert {name: p.city for name, p in found.items()} == districts
    assert infer_locale(Doc(text=text), places) == infer_locale(Doc(text=text)) == locale


@pytest.mark.parametrize(
    "text,posts",
    [
        pytest.param(
            "香港工商界考察团来肇庆考察\n\n发布时间：2011-06-10\n本报讯 6月9日，以香港东海商会副会长邝一成为团长的香港工商界考察团"
            "一行25人来我市考察。市委书记彭一安会见了考察团一行。",
            {("彭一安", "市委书记", "中共肇庆市委员会")},
            id="a-group-coming-from-elsewhere-names-no-place-of-the-story",
        ),
        pytest.param(
            "江西省党政代表团赴浙江学习考察\n\n10月20日，江西省党政代表团赴浙江学习考察。省长冯一达参加。",
            {("冯一达", "省长", "江西省人民政府")},
            id="a-group-going-out-from-home-names-its-place",
        ),
    ],
)
def test_the_story_is_where_a_visiting_group_comes_to(text, posts):
    """香港工商界考察团来肇庆: 肇庆 is the story's place (市委 is 肇庆's), 香港 the group's origin."""
    f = extract_page(text)
    assert {(p.name, q.title, q.org) for p in f.persons for q in p.posts if p.name in {n for n, _, _ in posts}} == posts


@pytest.mark.parametrize(
    "text,locale",
    [
        pytest.param(
            "郴州在深圳举办投资说明会\n\n本报讯 5月25日，郴州市（深圳）投资说明会在深圳举行，市委书记甲乙丙推介郴州。"
            "深圳华新电子有限公司与郴州经济开发区签约。",
            "郴州市",
            id="a-city-holding-a-meeting-in-another",
        ),
        pytest.param(
            "本报讯 5月25日，全市投资说明会在郴州举行，郴州市市长甲乙丙出席。郴州市委书记讲话。",
            "郴州市",
            id="a-venue-at-home-still-counts-elsewhere",
        ),
    ],
)
def test_b22_a_venue_away_is_no_locale(text, locale):
    """A place only where a trip's event was held (在深圳举办, 郴州市（深圳）…说明会) is no evidence of the page's place."""
    assert extract_page(text, date="2011-05-27").locale == locale


@pytest.mark.parametrize(
    "text,posts",
    [
        pytest.param(
            "德企项目在港区奠基\n\n本报讯 上周五，德国一家企业投资的工厂奠基。副市长周红梅，"
            "德国驻上海总领事馆副总领事汉斯·施密特出席。",
            {("周红梅", "副市长", None), ("汉斯·施密特", "副总领事", "德国驻上海总领事馆")},
            id="a-consulates-city-is-not-the-storys",
        ),
        pytest.param(
            "日企项目在大连奠基\n\n本报讯 昨天，日本一家企业投资的工厂奠基。副市长赵一成，"
            "日本驻沈阳总领事馆领事田中一郎出席。",
            {("赵一成", "副市长", "大连市人民政府"), ("田中一郎", "领事", "日本驻沈阳总领事馆")},
            id="the-story-named-in-the-title-and-a-consul",
        ),
    ],
)
def test_b26_a_place_a_body_is_posted_to_is_no_place_of_the_story(text, posts):
    """德国驻上海总领事馆: 上海 is where the consulate is posted, not where the story is (a bare 副市长 of a page that
    names its city only in short forms is of no city, not of 上海); 副总领事 and 领事 are titles of their own."""
    f = extract_page(text, date="2011-10-19")
    assert {(p.name, q.title, q.org) for p in f.persons for q in p.posts} == posts
