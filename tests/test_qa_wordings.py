"""Question cleaning: traditional characters, spoken forms, dates in Chinese numerals and two-digit years."""

from __future__ import annotations

import pytest
from kgqa.kg.qa.parse import clean_question, cn_number


@pytest.mark.parametrize(
    "question,cleaned",
    [
        pytest.param("甲市市長是誰？", "甲市市长是谁", id="traditional"),
        pytest.param("乙集團位於哪個城市", "乙集团位于哪个城市", id="traditional-yu-of-weiyu"),
        pytest.param("丙鵬是谁", "丙鵬是谁", id="one-traditional-character-is-a-name"),
        pytest.param("著名企业有哪些", "著名企业有哪些", id="a-character-of-both-stays"),
        pytest.param("丁某是甚麼職務", "丁某是什么职务", id="shenme-of-taiwan"),
        pytest.param("丁某是干嘛的", "丁某是干什么的", id="ganma"),
        pytest.param("甲市 市长 是谁 ?", "甲市市长是谁", id="half-width-spaces-and-mark"),
        pytest.param("甲市市长是谁？！", "甲市市长是谁", id="full-width-marks"),
        pytest.param("二〇三〇年三月二十三日开了什么会", "2030年3月23日开了什么会", id="date-in-chinese"),
        pytest.param("一九九八年一月", "1998年1月", id="year-and-month-in-chinese"),
        pytest.param("30年3月1号开了什么会", "2030年3月1号开了什么会", id="two-digit-year-2000s"),
        pytest.param("98年度工作会议", "1998年度工作会议", id="two-digit-year-1900s"),
        pytest.param("2030年三月五日", "2030年3月5日", id="month-and-day-in-chinese"),
        pytest.param("连续11年增长的企业", "连续11年增长的企业", id="years-counted-stay"),
        pytest.param("第11年3月", "第11年3月", id="ordinal-year-stays"),
        pytest.param("十五五规划是什么", "十五五规划是什么", id="plan-name-stays"),
    ],
)
def test_clean_question(question, cleaned):
    assert clean_question(question) == cleaned


@pytest.mark.parametrize(
    "text,value",
    [
        pytest.param("十", 10, id="ten"),
        pytest.param("十一", 11, id="eleven"),
        pytest.param("二十三", 23, id="twenty-three"),
        pytest.param("三十", 30, id="thirty"),
        pytest.param("二〇三〇", 2030, id="digits-with-ling-circle"),
        pytest.param("一九零五", 1905, id="digits-with-ling"),
        pytest.param("12", 12, id="arabic"),
    ],
)
def test_cn_number(text, value):
    assert cn_number(text) == value
