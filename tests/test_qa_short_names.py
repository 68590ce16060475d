"""Names people shorten: provinces and autonomous regions, companies without their legal or trade words.

Every person, company and zone here is made up; only the provinces' names are real (they are what is shortened).
"""

from __future__ import annotations

import pytest
from kgqa.extract.facts import Article, Event, Organization, PageFacts, Person, Post, Source
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer
from kgqa.kg.qa.forms import org_forms

S = Source(article=0, sentence="会议召开。")
POSTS = [  # person, title, organisation
    ("甲一", "党委书记", "广西壮族自治区党委"),
    ("乙二", "自治区主席", "西藏自治区人民政府"),
    ("丙三", "主席", "中国人民政治协商会议广西壮族自治区委员会"),
    ("丁四", "副主任", "甘肃省发展改革委"),
    ("戊五", "董事长", "青海云岭化工设备股份有限公司"),
    ("己六", "总裁", "远山航运（集团）总公司"),
    ("庚七", "行长", "人民银行北岭分行"),
    ("辛八", "主席", "宁夏回族自治区人民政府"),
    ("壬九", "主席", "中国人民政治协商会议宁夏回族自治区委员会"),
    ("癸十", "副局长", "国家星河局"),
    ("子一", "副司长", "青柳部远途资源调配司"),
    ("丑二", "局长", "国家远帆局"),
    ("寅三", "局长", "东湖市远帆局"),
    ("卯四", "总经理", "青柳部远途物资公司"),
    ("辰五", "董事长", "青海钢铁集团有限公司"),
    ("巳六", "总经理", "福建厦门星岫（集团）有限公司"),
    ("午七", "部长", "海外侨民事务部"),
    ("未八", "董事长", "星河钢铁集团有限公司"),
]


@pytest.fixture(scope="module")
def qa() -> QuestionAnswerer:
    page = PageFacts(
        locale="广西壮族自治区",
        articles=[Article("东湖市青柳化肥项目开工", S.sentence, [], "2025-04-01")],
        events=[Event("launch", "东湖市青柳化肥项目开工仪式", "2025-04-01", ["甲一"], [], [], [], "东湖市", None, S)],
        persons=[Person(p, [Post(t, o, o, S)]) for p, t, o in POSTS],
        organizations=[Organization(o, "company" if "公司" in o else "government", [], None) for _, _, o in POSTS]
        + [Organization("东湖知识城综合保税区", "development_zone", [], "东湖市")],
    )
    kg = KnowledgeGraph.open("memory:")
    kg.store.replace([], map_page(page, "made-up page", "p.txt").quads)
    kg.generation += 1
    return QuestionAnswerer(kg)


def labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers}


@pytest.mark.parametrize(
    "question,who",
    [
        pytest.param("广西自治区党委书记是谁？", "甲一", id="region-with-自治区"),
        pytest.param("广西党委书记叫什么名字", "甲一", id="region-short"),
        pytest.param("谁是广西壮族自治区党委书记", "甲一", id="region-full-name"),
        pytest.param("西藏自治区主席是谁？", "乙二", id="region-head-title-with-level"),
        pytest.param("广西政协主席是哪位？", "丙三", id="cppcc-of-region"),
        pytest.param("甘肃发改委副主任叫啥？", "丁四", id="province-without-省"),
        pytest.param("甘肃省发改委副主任是谁", "丁四", id="province-with-省"),
        pytest.param("云岭化工的董事长叫什么", "戊五", id="company-without-province-trade-legal"),
        pytest.param("云岭化工设备公司董事长是谁", "戊五", id="company-short-公司"),
        pytest.param("远山航运集团总公司的总裁是哪位", "己六", id="集团-without-brackets"),
        pytest.param("谁出任了央行北岭分行行长？", "庚七", id="央行-for-人民银行"),
        pytest.param("宁夏自治区主席是谁", "辛八", id="region-chairman-not-its-cppccs"),
        pytest.param("宁夏政协主席是谁", "壬九", id="cppcc-chairman"),
        pytest.param("星河局副局长叫啥", "癸十", id="national-body-without-国家"),
        pytest.param("资源调配司副司长是谁", "子一", id="ministry-department-by-its-end"),
        pytest.param("青钢董事长是哪一位", "辰五", id="place-and-trade-by-their-initials"),
        pytest.param("青钢集团的董事长叫什么", "辰五", id="initials-with-集团"),
        pytest.param("星岫集团总经理是谁", "巳六", id="company-without-province-and-city"),
        pytest.param("海外侨民部部长是谁", "午七", id="ministry-without-事务"),
    ],
)
def test_a_short_name_links_to_the_post(qa, question, who):
    got = qa.answer(question)
    assert labels(got) == {who}, got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("甘肃省长是谁？", id="no-such-post"),
        pytest.param("青海党委书记是谁？", id="other-province"),
        pytest.param("云岭电子的董事长叫什么", id="other-company-same-brand"),
        pytest.param("远帆局局长是谁", id="two-bodies-end-the-same"),
        pytest.param("物资公司总经理是谁", id="company-under-a-ministry-not-by-its-end"),
        pytest.param("星钢董事长是谁", id="initials-need-a-place"),
        pytest.param("青汽董事长是谁", id="initials-of-another-trade"),
    ],
)
def test_a_near_miss_does_not_link(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize(
    "name,form",
    [
        pytest.param("东湖知识城综合保税区", "东湖知识城综保区", id="综保区"),
        pytest.param("中共青海省委员会", "青海省委", id="province-committee-keeps-省"),
        pytest.param("宁远机械设备有限公司", "宁远机械", id="trade-word-dropped"),
        pytest.param("苏宁电器集团", "苏宁", id="brand-read-as-a-place-name-that-is-none"),
        pytest.param("深圳市创益科技发展有限公司", "深圳创益科技", id="city-without-市"),
    ],
)
def test_short_forms(name, form):
    assert form in org_forms(name)


@pytest.mark.parametrize(
    "name,form",
    [
        pytest.param("中共青海省委员会", "青海委", id="no-bare-委"),
        pytest.param("甘肃省人民政府", "甘肃政府", id="省政府-keeps-省"),
        pytest.param("山南设备有限公司", "山南", id="trade-word-leaves-too-little"),
        pytest.param("湖南大学", "大学", id="not-a-company"),
        pytest.param("厦门星岫集团", "星岫", id="a-city-leaves-too-little"),
        pytest.param("青海星岫钢铁集团有限公司", "青钢", id="initials-of-a-place-and-trade-only"),
        pytest.param("长治电器集团", "长治", id="a-brand-that-is-a-place"),
    ],
)
def test_no_such_short_form(name, form):
    assert form not in org_forms(name)


@pytest.mark.parametrize(
    "question,want",
    [
        pytest.param("开工仪式是在哪儿举行的？", "东湖市", id="哪儿-not-in-the-event-name"),
        pytest.param(
            "青柳化肥项目开工的消息出自哪篇报道？", "东湖市青柳化肥项目开工", id="消息出自-not-in-the-description"
        ),
        pytest.param(
            "关于青柳化肥项目开工的报道是哪一篇？", "东湖市青柳化肥项目开工", id="关于-not-in-the-description"
        ),
    ],
)
def test_framing_words_stay_out_of_a_description(qa, question, want):
    got = qa.answer(question)
    assert labels(got) == {want}, got.message
