"""qaext36: questions right on the imported graph and wrong on the extracted one (issues 10 and 11).

An extracted event's summary is its sentence as written; the answer label (templates.yaml `event_name`) must
name the event, not a purpose clause, a connective or a reporters' dateline opening the sentence.
Made-up sentences only.
"""

import pytest
from kgqa.kg.qa.templates import load_templates
from qa_fact_pages import meeting_page
from qa_helpers import imported_kg


@pytest.mark.parametrize(
    "summary, label",
    [
        pytest.param(
            "为加快推进甲市清洁能源建设，凝聚各方力量，3月8日，甲市能源局在乙县组织召开清洁能源项目推进会。",
            "清洁能源项目推进会",
            id="purpose_clause_then_day",
        ),
        pytest.param(
            "为贯彻落实《关于促进丙产业发展的意见》（省政府2024年第2号文件，以下简称《意见》），5月6日，丙省商务厅召开产业发展座谈会，研究下一步工作。",
            "产业发展座谈会",
            id="purpose_clause_with_commas_in_brackets",
        ),
        pytest.param(
            "为了改善山区群众生活，去年初，他们在全县开展了“千名干部结对帮扶活动”，帮助困难户脱贫。",
            "千名干部结对帮扶活动",
            id="purpose_clause_last_year_and_carried_out",
        ),
        pytest.param(
            "同样，4月2日丁基金发布《副总经理任职公告》，聘任某人担任公司副总经理。",
            "丁基金发布《副总经理任职公告》",
            id="connective_then_day",
        ),
        pytest.param(
            "新华社记者张某、本报记者李某报道：全国戊行业工作会议，今天在北京召开。",
            "全国戊行业工作会议",
            id="two_reporters_dateline",
        ),
        # near misses: kept as they were
        pytest.param(
            "为企业解决用地难题，甲区召开现场办公会。",
            "为企业解决用地难题",
            id="purpose_clause_without_a_day_kept",
        ),
        pytest.param(
            "甲市代表团将在乙酒店举行“甲市名品推介会暨签约仪式”，由两地签订合作备忘录。",
            "甲市代表团将在乙酒店举行“甲市名品推介会暨签约仪式”",
            id="quoted_ceremony_kept_whole",
        ),
        pytest.param(
            "3月8日，甲市能源局召开清洁能源项目推进会。",
            "清洁能源项目推进会",
            id="day_alone_as_before",
        ),
    ],
)
def test_event_name_label(summary: str, label: str) -> None:
    assert load_templates()["org_events"].short_label(summary) == label


# A market regulator written short in the page (甲省市场监管局, as news write it) and in full in the question
# (甲省市场监督管理局): forms.yaml short_forms gives the short name its full form. The bodies are made up.
REGULATOR = "青岚省市场监管局"
REG_FACTS = meeting_page()
REG_FACTS["organizations"].append({"name": REGULATOR, "type": "government", "aliases": [], "located_in": "青岚省"})


@pytest.fixture(scope="module")
def regulator_kg():
    return imported_kg((REG_FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("青岚省市场监督管理局属于哪个省份", {"青岚省"}, id="written_in_full"),
        pytest.param("青岚省市场监督管理局在哪", {"青岚省"}, id="written_in_full_where"),
        # near miss: written as the page writes it, as before
        pytest.param("青岚省市场监管局在哪个省", {"青岚省"}, id="written_short_as_before"),
    ],
)
def test_regulator_written_in_full(regulator_kg, question, expected):
    got = regulator_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, got.message
