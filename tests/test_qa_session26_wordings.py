"""Questions asked the way people ask them (issue 11, session 26): an act asked of a project is answered by a fact
of that project, not by one of another project whose name shares words with it (钢铁项目) only because it says the
question's own act word. The people, bodies, projects and sums are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import city_page
from qa_helpers import imported_kg

# three steel works: the 岫山 one's groundbreaking said with 动工, the 鞍山 one's with 开工, the 白山 one only signed
STEEL = city_page(
    events=[
        {
            "kind": "groundbreaking",
            "date": "2033-04-10",
            "summary": "岫山钢铁产业升级项目动工",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-05-09",
            "summary": "鞍山钢铁项目技改工程举行开工奠基仪式",
        },
        {
            "kind": "signing",
            "date": "2033-02-01",
            "summary": "白山钢铁项目在青岚市签约",
        },
    ]
)


@pytest.fixture(scope="module")
def steel_kg():
    return imported_kg((STEEL, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("岫山钢铁项目什么时候开工", {"2033-04-10"}, id="kai-gong-not-the-other-project-saying-it"),
        pytest.param("岫山钢铁项目哪天开工的", {"2033-04-10"}, id="na-tian-kai-gong-de"),
        pytest.param("岫山钢铁项目什么时候动工", {"2033-04-10"}, id="dong-gong-its-own-word"),
        pytest.param("鞍山钢铁项目什么时候开工", {"2033-05-09"}, id="the-other-project-still-answered"),
    ],
)
def test_an_act_of_the_project_asked(steel_kg, question, expected):
    got = steel_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("白山钢铁项目哪天开工", id="only-signed-no-other-projects-groundbreaking"),
        pytest.param("白山钢铁项目什么时候动工的", id="only-signed-dong-gong"),
    ],
)
def test_an_act_no_fact_of_the_project_says_gets_no_answer(steel_kg, question):
    got = steel_kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


# acts told as plans (有望, 预计, 将于 before the act in its clause): the fact's date is not when the act was done
PLANS = city_page(
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-05",
            "summary": "青岚市召开新材料产业规划编制座谈会，新材料产业规划基本框架已确立，有望年内出台",
        },
        {
            "kind": "signing",
            "date": "2033-07-01",
            "summary": "星岫集团与青岚市签约物流园项目，项目预计年底开工",
        },
        {
            "kind": "groundbreaking",
            "date": "2033-08-08",
            "summary": "青岚冷链仓储基地项目开工，预计2035年建成投产",
        },
        {
            "kind": "meeting",
            "date": "2033-09-09",
            "summary": "青岚市发布数字经济发展规划",
        },
    ]
)


@pytest.fixture(scope="module")
def plans_kg():
    return imported_kg((PLANS, "made-up.json"))


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("新材料产业规划什么时候出台", id="you-wang-chu-tai-not-done"),
        pytest.param("新材料产业规划哪天出台的", id="you-wang-chu-tai-na-tian"),
        pytest.param("物流园项目什么时候开工", id="yu-ji-kai-gong-not-done"),
        pytest.param("冷链仓储基地项目哪天投产", id="yu-ji-tou-chan-after-the-groundbreaking"),
    ],
)
def test_an_act_told_as_a_plan_gets_no_date(plans_kg, question):
    got = plans_kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("冷链仓储基地项目什么时候开工", {"2033-08-08"}, id="kai-gong-done-tou-chan-planned"),
        pytest.param("数字经济发展规划什么时候发布", {"2033-09-09"}, id="fa-bu-done"),
        pytest.param("数字经济发展规划什么时候出台", {"2033-09-09"}, id="chu-tai-asked-fa-bu-said"),
    ],
)
def test_an_act_done_beside_a_plan_is_answered(plans_kg, question, expected):
    got = plans_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, (got.template, got.message)


class _Names:
    """A name table as the near-name table reads it: names in the order added, their kinds."""

    def __init__(self, names: list[str]) -> None:
        self.surfaces: dict[str, dict] = {name: {"p": {}} for name in names}
        self.generic: set[str] = set()


@pytest.mark.parametrize(
    "moved",
    [
        pytest.param(["沈砚秋"], id="the-newest-read-withdrawn-and-added-again"),
        pytest.param(["沈砚秋", "顾听澜"], id="two-read-withdrawn-and-added-again"),
        pytest.param([], id="none-moved"),
    ],
)
def test_the_near_name_table_finds_names_added_before_one_added_again(moved):
    from kgqa.kg.qa.parse import QuestionParser
    from kgqa.kg.qa.select import load_lexicon

    names = _Names(["林望川", "顾听澜", "沈砚秋"])
    parser = QuestionParser(names, load_lexicon())  # type: ignore[arg-type]
    parser._near_table()
    names.surfaces["韩小舟"] = {"p": {}}  # a name added by the next page ...
    for name in moved:  # ... then names read last withdrawn and set again (they move to the end)
        del names.surfaces[name]
        names.surfaces[name] = {"p": {}}
    table, _ = parser._near_table()
    assert "韩小舟" in table.get("韩\0舟", set())
