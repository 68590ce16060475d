"""qaext38: a body whose name gives only its province, placed by its own clause in a city of that province
(made-up sentences)."""

import pytest
from kgqa.extract import extract_page


def _located(text: str, name: str) -> str | None:
    facts = extract_page(text)
    return next((o.located_in for o in facts.organizations if o.name == name), "<none>")


@pytest.mark.parametrize(
    "text,name,where",
    [
        pytest.param(
            "3月2日，山西晋泰化工公司年产10万吨甲醇项目开工。山西晋泰化工公司甲醇项目位于晋中市榆次区工业园，总投资5亿元。",
            "山西晋泰化工公司",
            "晋中市",
            id="project-lies-in-county-city",
        ),
        pytest.param(
            "河南豫丰纺织公司新厂位于洛阳市，预计明年投产。",
            "河南豫丰纺织公司",
            "洛阳市",
            id="lies-in-city",
        ),
        pytest.param(
            "河南豫丰纺织公司新厂位于洛阳市，河南豫丰纺织公司老厂位于开封市。",
            "河南豫丰纺织公司",
            "河南省",
            id="two-cities-stay-province",
        ),
        pytest.param(
            "河南豫丰纺织公司负责人说，该省另一家企业位于长治市。",
            "河南豫丰纺织公司",
            "河南省",
            id="place-outside-province-ignored",
        ),
    ],
)
def test_sited_in_city_of_province(text, name, where):
    assert _located(text, name) == where
