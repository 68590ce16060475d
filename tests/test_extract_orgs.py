"""Steps `orgs` and `resolve`: canonical names, types, aliases (made-up sentences)."""
from __future__ import annotations

import pytest

from kgqa.extract import extract_page


def orgs(text: str, locale: str | None = None) -> dict[str, tuple[str, list[str]]]:
    return {o.name: (o.type, o.aliases) for o in extract_page(text, locale=locale).organizations}


@pytest.mark.parametrize("text,locale,name,typ", [
    ("市政府与某企业签约。市委书记丁大强出席。", "长治市", "中共长治市委员会", "party_committee"),
    ("市长李建国出席。", "长治市", "长治市人民政府", "government"),
    ("市商务局推荐企业。", "长治市", "长治市商务局", "government"),
    ("新华社记者报道。", None, "新华通讯社", "media"),
    ("长治高新区举办活动。", None, "长治高新技术产业开发区", "development_zone"),
    ("鹏程集团与中北大学合作共建实验室。", None, "中北大学", "university"),
    ("人民银行长治市分行主办活动。", None, "中国人民银行长治市分行", "bank"),
    ("潞州区召开区委常委会会议。", "长治市", "中共长治市潞州区委员会", "party_committee"),
], ids=["implicit-party", "implicit-gov", "city-bureau", "media-abbrev", "zone-short", "university",
        "bank-branch", "district-committee"])
def test_canonical_and_type(text, locale, name, typ):
    got = orgs(text, locale)
    assert name in got and got[name][0] == typ


def test_aliases_merged():
    got = orgs("市政府与山西华兴集团有限公司签约。华兴集团长期支持。山西华兴集团作为排头兵。")
    assert "山西华兴集团有限公司" in got
    assert {"山西华兴集团", "华兴集团"} <= set(got["山西华兴集团有限公司"][1])
    assert "华兴集团" not in got


def test_branch_parent_merged():
    got = orgs("交通银行长治分行的行长立即对接。企业对交通银行表示感谢。")
    assert "交通银行" in got["交通银行长治分行"][1]
