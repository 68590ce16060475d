"""Step `agreements`: one made-up sentence per pattern, then the real pages of ../shared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgqa.extract import extract_page
from kgqa.extract.agreements import agreements, clean_kind
from extract_helpers import make_doc

SHARED = Path(__file__).resolve().parents[2] / "shared"

CASES = [
    # body, orgs, persons, expected (kind, parties, date, fields, amount, witnesses)
    ("5月6日，甲市人民政府与乙能源集团有限公司签署战略合作协议。",
     ["甲市人民政府", "乙能源集团有限公司"], [],
     ("战略合作协议", ["甲市人民政府", "乙能源集团有限公司"], "2024-05-06", [], None, [])),
    ("当日，6家银行与12家企业现场签订授信协议15.5亿元。",
     [], [], ("授信协议", [], None, [], "15.5亿元", [])),
    ("丙公司和丁大学签订了产学研合作备忘录。",
     ["丙公司", "丁大学"], [], ("产学研合作备忘录", ["丙公司", "丁大学"], None, [], None, [])),
    ("村委会主任赵一在办公室签订鱼塘2024年的承包合同。承包人每年交纳承包费８万元。",
     ["村委会"], ["赵一"], ("承包合同", ["村委会"], None, [], "承包费８万元", [])),
    ("双方达成了一批购销协议。", [], [], ("购销协议", [], None, [], None, [])),
    ("戊市与己县在2019年3月签订开展对口帮扶协议书。",
     ["戊市", "己县"], [], ("对口帮扶协议书", ["戊市", "己县"], "2019-03", [], None, [])),
    ("5月6日，甲市政府与乙集团签署合作协议。根据协议，双方将围绕氢能、新材料和文旅等产业开展合作。",
     ["甲市政府", "乙集团"], [], ("合作协议", ["甲市政府", "乙集团"], "2024-05-06", ["氢能", "新材料", "文旅"], None, [])),
    ("甲市政府与乙集团签署投资协议。市委书记张三、市长李四与乙集团董事长王五会谈并见证签约。",
     ["甲市政府", "乙集团"], ["张三", "李四", "王五"],
     ("投资协议", ["甲市政府", "乙集团"], None, [], None, ["张三", "李四"])),
    ("“庚银行甲分行第一时间落实贷款！”辛机械有限公司董事长王五说。",
     ["庚银行甲分行", "辛机械有限公司"], ["王五"], ("贷款", ["庚银行甲分行", "辛机械有限公司"], None, [], None, [])),
]


@pytest.mark.parametrize("body,orgs,persons,expected", CASES, ids=[
    "gov-company-strategic", "banks-credit-amount", "memo", "contract-amount-next-sentence", "dacheng-batch",
    "year-month", "fields", "witnesses", "loan"])
def test_agreement(body, orgs, persons, expected):
    doc = make_doc(body, persons=persons, orgs=orgs, date="2024-05-06" if "5月6日" in body else None)
    agreements(doc)
    a = doc.facts.agreements[0]
    got = (a.kind, a.parties, a.date, a.fields, a.amount.as_written if a.amount else None, a.witnesses)
    assert got == expected


@pytest.mark.parametrize("body", [
    "“要签订更多合同。”", "他带回了签订的合同。", "要加快签约项目落地。", "合同不容晚签。", "",
], ids=["quoted", "relative-clause", "no-noun", "bare-verb", "empty"])
def test_no_agreement(body):
    doc = make_doc(body)
    agreements(doc)
    assert doc.facts.agreements == []


@pytest.mark.parametrize("obj,kind", [("１９９８年的房屋承包合同", "房屋承包合同"), ("了一批购销协议", "购销协议"),
                                      ("《框架协议》", "框架协议"), ("开展对口扶贫协议书", "对口扶贫协议书")],
                         ids=["year-de", "batch", "book-title", "kaizhan"])
def test_clean_kind(obj, kind):
    assert clean_kind(obj) == kind


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
@pytest.mark.parametrize("name,kinds", [
    ("000_491e914fff5759d4", {"战略合作协议", "授信及贷款协议"}),
    ("003_182f315c07cca35b", set()),
], ids=["page-000", "page-003"])
def test_real_pages(name, kinds):
    facts = extract_page((SHARED / "corpus" / f"{name}.txt").read_text(encoding="utf-8"))
    got = {a.kind for a in facts.agreements}
    assert kinds <= got and (kinds or not got)
    json.dumps(facts.to_gold(), ensure_ascii=False)
