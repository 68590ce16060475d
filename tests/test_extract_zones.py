"""Step `zones`: zone names, short forms and industries (made-up sentences)."""
from __future__ import annotations

import pytest

from kgqa.extract import extract_page


def zones(text: str) -> dict[str, list[str]]:
    return {z.name: z.industries for z in extract_page(text).development_zones}


@pytest.mark.parametrize("text,name,industries", [
    ("他说，大同高新区围绕新一代电子信息、光伏光电、生物医药与大健康等三大主导产业，延链补链。",
     "大同高新技术产业开发区", ["新一代电子信息", "光伏光电", "生物医药与大健康"]),
    ("大家认为朔州经开区立足“先进装备制造、新材料”两大产业，谋划项目。",
     "朔州经济技术开发区", ["先进装备制造", "新材料"]),
    ("助推孝义经济开发区氢能全产业链发展。", "孝义经济开发区", ["氢能"]),
    ("运城现代农业产业示范区召开会议。", "运城现代农业产业示范区", ["现代农业"]),
], ids=["weirao-list", "lizu-quoted", "zone-industry-chain", "industry-in-name"])
def test_zone_industries(text, name, industries):
    got = zones(text)
    assert name in got and got[name] == industries


def test_short_and_full_merge():
    got = zones("朔州经济开发区获评称号。近年来，朔州经开区坚持创建。")
    assert list(got) == ["朔州经济开发区"]
