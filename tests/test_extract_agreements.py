"""Step `agreements`: one made-up sentence per pattern, then the real pages of ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_helpers import make_doc
from kgqa.extract import extract_page
from kgqa.extract.agreements import agreements, clean_kind

SHARED = Path(__file__).resolve().parents[2] / "shared"

CASES = [
    # body, orgs, persons, expected (kind, parties, date, fields, amount, witnesses)
    (
        "5月6日，甲市人民政府与乙能源集团有限公司签署战略合作协议。",
        ["甲市人民政府", "乙能源集团有限公司"],
        [],
        ("战略合作协议", ["甲市人民政府", "乙能源集团有限公司"], "2024-05-06", [], None, []),
    ),
    ("当日，6家银行与12家企业现场签订授信协议15.5亿元。", [], [], ("授信协议", [], None, [], "15.5亿元", [])),
    (
        "丙公司和丁大学签订了产学研合作备忘录。",
        ["丙公司", "丁大学"],
        [],
        ("产学研合作备忘录", ["丙公司", "丁大学"], None, ["产学研合作"], None, []),
    ),
    (
        "村委会主任赵一在办公室签订鱼塘2024年的承包合同。承包人每年交纳承包费８万元。",
        ["村委会"],
        ["赵一"],
        ("承包合同", ["村委会"], None, ["鱼塘承包"], "承包费８万元", []),
    ),
    ("双方达成了一批购销协议。", [], [], ("购销协议", [], None, ["购销"], None, [])),
    (
        "戊市与己县在2019年3月签订开展对口帮扶协议书。",
        ["戊市", "己县"],
        [],
        ("对口帮扶协议书", ["戊市", "己县"], "2019-03", ["对口帮扶"], None, []),
    ),
    (
        "5月6日，甲市政府与乙集团签署合作协议。根据协议，双方将围绕氢能、新材料和文旅等产业开展合作。",
        ["甲市政府", "乙集团"],
        [],
        ("合作协议", ["甲市政府", "乙集团"], "2024-05-06", ["氢能", "新材料", "文旅"], None, []),
    ),
    (
        "甲市政府与乙集团签署投资协议。市委书记张三、市长李四与乙集团董事长王五会谈并见证签约。",
        ["甲市政府", "乙集团"],
        ["张三", "李四", "王五"],
        ("投资协议", ["甲市政府", "乙集团"], None, [], None, ["张三", "李四"]),
    ),
    (
        "“庚银行甲分行第一时间落实贷款！”辛机械有限公司董事长王五说。",
        ["庚银行甲分行", "辛机械有限公司"],
        ["王五"],
        ("贷款", ["庚银行甲分行", "辛机械有限公司"], None, [], None, []),
    ),
]


# Newer patterns: fields from the kind or from other phrasings, parties written short, amounts
# named by a contract word a few sentences on, places of signing left out of the parties.
NEW_CASES = [
    (
        "a-presenter-before-the-witness-clause-witnesses-nothing",
        "市委书记赵明作招商推介，市长钱亮主持说明会并见证甲公司与乙管委会签订合作协议。",
        ["甲公司", "乙管委会"],
        ["赵明", "钱亮"],
        ("合作协议", ["甲公司", "乙管委会"], None, [], None, ["钱亮"]),
    ),
    (
        "officials-joined-by-a-comma-all-witness",
        "甲公司与乙管委会签订合作协议。市委书记赵明，市长钱亮出席签约仪式。",
        ["甲公司", "乙管委会"],
        ["赵明", "钱亮"],
        ("合作协议", ["甲公司", "乙管委会"], None, [], None, ["赵明", "钱亮"]),
    ),
    (
        "a-project-two-parties-signed-for-no-agreement-noun",
        "其中，甲公司与乙开发区管委会签订的年产3万吨新材料项目投资额最大，达12亿元。",
        ["甲公司", "乙开发区管委会"],
        [],
        ("年产3万吨新材料项目", ["甲公司", "乙开发区管委会"], None, [], "12亿元", []),
    ),
    (
        "kind-names-field",
        "甲厂与乙公司签订长期供货合同。",
        ["甲厂", "乙公司"],
        [],
        ("长期供货合同", ["甲厂", "乙公司"], None, ["供货"], None, []),
    ),
    (
        "strategic-kind-no-field",
        "甲市政府与乙集团签署战略合作协议。",
        ["甲市政府", "乙集团"],
        [],
        ("战略合作协议", ["甲市政府", "乙集团"], None, [], None, []),
    ),
    (
        "project-investment-kind-no-field",
        "甲县与乙公司签订项目投资协议。",
        ["甲县", "乙公司"],
        [],
        ("项目投资协议", ["甲县", "乙公司"], None, [], None, []),
    ),
    (
        "financing-kind-no-field",
        "8家银行与9家企业签署授信及贷款协议。",
        [],
        [],
        ("授信及贷款协议", [], None, [], None, []),
    ),
    (
        "fields-fangmian",
        "甲部与乙银行签署服务协议，在贷款利率、担保方式方面给予优惠。",
        ["甲部", "乙银行"],
        [],
        ("服务协议", ["甲部", "乙银行"], None, ["贷款利率", "担保方式"], None, []),
    ),
    (
        "field-keeps-its-own-words",
        "甲县与乙公司签署协议，在项目建设、交流培训方面开展合作。",
        ["甲县", "乙公司"],
        [],
        ("协议", ["甲县", "乙公司"], None, ["项目建设", "交流培训"], None, []),
    ),
    (
        "fields-lingyu-next",
        "甲市与乙大学签订合作协议。双方将在人才培养、技术研发等领域加强协作。",
        ["甲市", "乙大学"],
        [],
        ("合作协议", ["甲市", "乙大学"], None, ["人才培养", "技术研发"], None, []),
    ),
    (
        "fields-kaizhan",
        "甲县与乙公司签署协议，开展光伏发电合作。",
        ["甲县", "乙公司"],
        [],
        ("协议", ["甲县", "乙公司"], None, ["光伏发电"], None, []),
    ),
    (
        "fields-products",
        "甲行与乙局签署合作协议，推出“丙贷”等小微信贷产品。",
        ["甲行", "乙局"],
        [],
        ("合作协议", ["甲行", "乙局"], None, ["小微信贷"], None, []),
    ),
    (
        "province-short-names",
        "苏皖两省签订交通协作协议。",
        [],
        [],
        ("交通协作协议", ["江苏省人民政府", "安徽省人民政府"], None, ["交通协作"], None, []),
    ),
    ("province-count-mismatch", "苏皖沪两地签订协议。", [], [], ("协议", [], None, [], None, [])),
    (
        "place-of-signing-not-party",
        "村主任赵一在村委会签订鱼塘承包合同。",
        ["村委会"],
        ["赵一"],
        ("鱼塘承包合同", [], None, ["鱼塘承包"], None, []),
    ),
    (
        "amount-term-next-paragraph",
        "赵一签订了房屋租赁合同。\n他带回了签订的合同。期限一年，年租金５万元。",
        [],
        ["赵一"],
        ("房屋租赁合同", [], None, ["房屋租赁"], "年租金５万元", []),
    ),
    (
        "nation-signs-memo",
        "我国与30个国家签署40份海洋环保合作谅解备忘录。",
        [],
        [],
        ("海洋环保合作谅解备忘录", ["中华人民共和国"], None, ["海洋环保合作"], None, []),
    ),
    (
        "subject-opens-sentence-field-jiu",
        "甲县委、县政府负责同志多次到乙港走访，与一些单位就加强协作，先后签署了五项协议。",
        ["甲县委", "甲县政府", "乙港"],
        [],
        ("协议", ["甲县委"], None, ["加强协作"], None, []),
    ),
    (
        "witness-attended-signing",
        "甲公司与乙管委会签订了合作框架协议，副市长赵明出席了签约仪式。",
        ["甲公司", "乙管委会"],
        ["赵明"],
        ("合作框架协议", ["甲公司", "乙管委会"], None, [], None, ["赵明"]),
    ),
    (
        "fields-around-then-joint-work",
        "甲厅与乙实验室、丙学院签署战略合作协议。三方将围绕先进陶瓷、特种合金和复合材料开展联合攻关。",
        ["甲厅", "乙实验室", "丙学院"],
        [],
        ("战略合作协议", ["甲厅", "乙实验室", "丙学院"], None, ["先进陶瓷", "特种合金", "复合材料"], None, []),
    ),
    (
        "fields-key-projects-built",
        "甲省人民政府与乙集团签署能源基地建设合作协议，重点建设光伏、光热和储能项目。",
        ["甲省人民政府", "乙集团"],
        [],
        ("能源基地建设合作协议", ["甲省人民政府", "乙集团"], None, ["光伏", "光热", "储能"], None, []),
    ),
    (
        "fields-money-goes-to",
        "甲银行与乙市人民政府签署开发性金融合作协议，甲银行将向乙市提供融资支持，重点投向城乡基础设施和保障性住房。",
        ["甲银行", "乙市人民政府"],
        [],
        ("开发性金融合作协议", ["甲银行", "乙市人民政府"], None, ["城乡基础设施", "保障性住房"], None, []),
    ),
]
CASES += [c[1:] for c in NEW_CASES]


@pytest.mark.parametrize(
    "body,orgs,persons,expected",
    CASES,
    ids=[
        "gov-company-strategic",
        "banks-credit-amount",
        "memo",
        "contract-amount-next-sentence",
        "dacheng-batch",
        "year-month",
        "fields",
        "witnesses",
        "loan",
    ]
    + [c[0] for c in NEW_CASES],
)
def test_agreement(body, orgs, persons, expected):
    doc = make_doc(body, persons=persons, orgs=orgs, date="2024-05-06" if "5月6日" in body else None)
    agreements(doc)
    a = doc.facts.agreements[0]
    got = (a.kind, a.parties, a.date, a.fields, a.amount.as_written if a.amount else None, a.witnesses)
    assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        "“要签订更多合同。”",
        "他带回了签订的合同。",
        "要加快签约项目落地。",
        "合同不容晚签。",
        "",
        "去年销售员人均签订合同额５００万元。",
        "甲团明天上午将参加签约仪式，由赵明与钱亮签订合作备忘录。",
        "要求每名党员联系一户，定任务、签订目标责任书。",
        "今年签订的十大项目全部开工。",
    ],
    ids=[
        "quoted",
        "relative-clause",
        "no-noun",
        "bare-verb",
        "empty",
        "contract-sum-is-no-contract",
        "planned-signing",
        "required-signing",
        "a-project-signed-with-no-parties",
    ],
)
def test_no_agreement(body):
    doc = make_doc(body)
    agreements(doc)
    assert doc.facts.agreements == []


@pytest.mark.parametrize(
    "obj,kind",
    [
        ("１９９８年的房屋承包合同", "房屋承包合同"),
        ("了一批购销协议", "购销协议"),
        ("《框架协议》", "框架协议"),
        ("开展对口扶贫协议书", "对口扶贫协议书"),
        ("了１９９８年农业综合开发贷款合同", "农业综合开发贷款合同"),
        ("了2011年度战略合作协议", "战略合作协议"),
    ],
    ids=["year-de", "batch", "book-title", "kaizhan", "le-then-year", "le-then-year-du"],
)
def test_clean_kind(obj, kind):
    assert clean_kind(obj) == kind


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
@pytest.mark.parametrize(
    "name,kinds",
    [
        ("000_491e914fff5759d4", {"战略合作协议", "授信及贷款协议"}),
        ("003_182f315c07cca35b", set()),
    ],
    ids=["page-000", "page-003"],
)
def test_real_pages(name, kinds):
    facts = extract_page((SHARED / "corpus" / f"{name}.txt").read_text(encoding="utf-8"))
    got = {a.kind for a in facts.agreements}
    assert kinds <= got and (kinds or not got)
    json.dumps(facts.to_gold(), ensure_ascii=False)


@pytest.mark.parametrize(
    "body,locale,parties",
    [
        ("市政府与乙集团有限公司签署合作协议。", "太原市", ["太原市人民政府", "乙集团有限公司"]),
        ("乙集团有限公司与县政府签订投资协议。", "平遥县", ["乙集团有限公司", "平遥县人民政府"]),
        ("市场部与乙集团有限公司签署合作协议。", "太原市", ["乙集团有限公司"]),
        ("甲山区委、区政府与乙集团有限公司签署合作协议。", "太原市", ["甲山区政府", "乙集团有限公司"]),
    ],
    ids=["city-government", "county-government-second", "not-a-body", "shared-place-prefix"],
)
def test_local_body_parties(body, locale, parties):
    doc = make_doc(body, orgs=["乙集团有限公司"])
    doc.facts.locale = locale
    agreements(doc)
    assert doc.facts.agreements[0].parties == parties


@pytest.mark.parametrize(
    "body,places,parties",
    [
        ("甲市与乙集团有限公司签署合作协议。", ["甲市"], ["甲市", "乙集团有限公司"]),
        ("乙集团有限公司与甲市签署合作协议。", ["甲市"], ["乙集团有限公司", "甲市"]),
        ("乙集团有限公司赶往甲市签订合作协议。", ["甲市"], ["乙集团有限公司"]),
    ],
    ids=["place-joined-by-yu", "place-before-verb", "venue-not-party"],
)
def test_place_parties(body, places, parties):
    doc = make_doc(body, orgs=["乙集团有限公司"], places=places)
    agreements(doc)
    assert doc.facts.agreements[0].parties == parties


@pytest.mark.parametrize(
    "text,locale,date,kind,parties",
    [
        pytest.param(
            "中新网6月10日电 华信银行昨日与东方远洋集团签署了总额为100亿元的授信协议。",
            None,
            "2009-06-10",
            "授信协议",
            ["华信银行", "东方远洋集团"],
            id="wire-dateline-is-no-party",
        ),
        pytest.param(
            "本报讯 3月9日，我市与华信银行东海分行签订银政战略合作协议。",
            "长治市",
            "2025-03-10",
            "银政战略合作协议",
            ["长治市人民政府", "华信银行东海分行"],
            id="our-city-signs",
        ),
        pytest.param(
            "本报讯 晋冀两省在去年签订能源合作协议书。",
            None,
            "1998-01-10",
            "能源合作协议书",
            ["山西省人民政府", "河北省人民政府"],
            id="provinces-sign-as-their-governments",
        ),
        pytest.param(
            "本报讯 天成港务局与日本三井物产株式会社日前签订合资经营码头合同。",
            None,
            "1998-01-10",
            "合资经营码头合同",
            ["天成港务局", "日本三井物产株式会社"],
            id="japanese-company",
        ),
        # divisions of the 1990s (data/former_divisions.yaml) written alone sign as their governments
        pytest.param(
            "本报讯 3月5日，昭通地区与华远集团公司在昆明签订合作协议。",
            None,
            "1998-03-05",
            "合作协议",
            ["昭通地区行政公署", "华远集团公司"],
            id="a-prefecture-of-1998-alone-signs-as-its-office",
        ),
        pytest.param(
            "本报讯 3月5日，顺德市与华远集团公司在广州签订合作协议。",
            None,
            "1998-03-05",
            "合作协议",
            ["顺德市人民政府", "华远集团公司"],
            id="a-county-level-city-of-1998-signs-as-its-government",
        ),
        pytest.param(
            "本报讯 3月5日，甘肃省委副书记、省长王一涛与华远集团公司董事长李一明签署了战略合作协议。",
            None,
            "1998-03-05",
            "战略合作协议",
            ["甘肃省人民政府", "华远集团公司"],
            id="ext33-a-party-secretary-and-governor-signs-for-the-government",
        ),
        pytest.param(
            "本报讯 3月5日，陕西省委书记王一涛与华远集团公司董事长李一明签署了战略合作协议。",
            None,
            "1998-03-05",
            "战略合作协议",
            ["中共陕西省委员会", "华远集团公司"],
            id="ext33-a-party-secretary-alone-signs-for-the-committee",
        ),
    ],
)
def test_agreement_parties(text, locale, date, kind, parties):
    from kgqa.extract import extract_page

    got = extract_page(text, locale=locale, date=date).agreements
    assert [(a.kind, a.parties) for a in got] == [(kind, parties)]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "5月9日，东海开发银行向华远集团发放贷款20亿元，用于新能源项目。",
            ("贷款", ["东海开发银行", "华远集团"], "2011-05-09", "20亿元"),
            id="loan-granted-with-day-and-sum",
        ),
        pytest.param(
            "5月9日，东海银行与华远集团签订100亿元授信协议。",
            ("授信协议", ["东海银行", "华远集团"], "2011-05-09", "100亿元"),
            id="sum-before-the-kind-is-no-part-of-it",
        ),
    ],
)
def test_loans_and_credit(text, expected):
    got = extract_page(text, date="2011-05-10").agreements
    assert [(a.kind, a.parties, a.date, a.amount.as_written if a.amount else None) for a in got] == [expected]


def test_signed_after_the_talks_is_dated_by_them():
    text = "新华社莫斯科１月９日电 甲国总统今天与乙国总理举行会谈。会谈后，两国外长签署了关于加强经济合作的备忘录。"
    got = extract_page(text, date="1998-01-10").agreements
    assert [(a.kind, a.date) for a in got] == [("备忘录", "1998-01-09")]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "5月9日，东海市政府分别与华远集团、天成集团签署战略合作协议。",
            [["东海市政府", "华远集团"], ["东海市政府", "天成集团"]],
            id="each-partner-its-own-agreement",
        ),
        pytest.param(
            "5月9日，东海市政府与华远集团、天成集团签署三方合作协议。",
            [["东海市政府", "华远集团", "天成集团"]],
            id="three-parties-one-agreement",
        ),
        pytest.param(
            "5月9日，东海银行江城分行、南星银行江城分行分别与华远集团有限公司签订授信协议。",
            [["东海银行江城分行", "华远集团有限公司"], ["南星银行江城分行", "华远集团有限公司"]],
            id="each-of-two-with-one-partner-its-own-agreement",
        ),
    ],
)
def test_agreements_with_each_partner(text, expected):
    got = extract_page(text, date="2011-05-10").agreements
    assert [a.parties for a in got] == expected


def test_a_place_that_signs_is_its_government():
    from kgqa.extract import extract_page

    orgs = {
        o.name: o for o in extract_page("本报讯 晋冀两省在去年签订能源合作协议书。", date="1998-01-10").organizations
    }
    assert orgs["山西省人民政府"].type == "government" and "山西省" in orgs["山西省人民政府"].aliases


# Wordings the pattern probe (bench/pattern_probe.py) found missed: each row one general pattern.
# body, orgs, persons, expected (kind, parties, fields, amount, witnesses)
WORDINGS = [
    pytest.param(
        "甲市政府与乙集团在甲市举行签约仪式，双方正式签订投资协议书。",
        ["甲市政府", "乙集团"],
        [],
        ("投资协议书", ["甲市政府", "乙集团"], [], None, []),
        id="parties-of-clause-before",
    ),
    pytest.param(
        "甲省政府与乙特区政府举行联席会议。双方就金融、科技等事项达成合作协议。",
        ["甲省政府", "乙特区政府"],
        [],
        ("合作协议", ["甲省政府", "乙特区政府"], ["金融", "科技"], None, []),
        id="shuangfang-refers-back",
    ),
    pytest.param(
        "甲公司与乙研究院合资建设材料项目的合同，今天在甲市签订。",
        ["甲公司", "乙研究院"],
        [],
        ("合同", ["甲公司", "乙研究院"], [], None, []),
        id="contract-named-before-verb",
    ),
    pytest.param(
        "《关于共同推进物流发展的合作协议》在甲市签署。乙省政府、丙集团有关负责同志出席签约仪式。",
        ["乙省政府", "丙集团"],
        [],
        ("合作协议", ["乙省政府", "丙集团"], [], None, []),
        id="titled-agreement-signed-parties-attend",
    ),
    pytest.param(
        "甲市人民政府同乙集团签署合作备忘录。",
        ["甲市人民政府同乙集团"],
        [],
        ("合作备忘录", ["甲市人民政府", "乙集团"], [], None, []),
        id="party-joined-by-tong-split",
    ),
    pytest.param(
        "甲公司与乙矿业公司签订收购协议，以每股0.5澳元的价格收购全部股份，交易总额约12亿澳元。",
        ["甲公司", "乙矿业公司"],
        [],
        ("收购协议", ["甲公司", "乙矿业公司"], ["收购"], "12亿澳元", []),
        id="unit-price-is-no-sum",
    ),
    pytest.param(
        "甲行与乙公司签订银企合作协议，提供贷款120亿元。",
        ["甲行", "乙公司"],
        [],
        ("银企合作协议", ["甲行", "乙公司"], ["银企合作"], "120亿元", []),
        id="loan-word-not-in-sum",
    ),
    pytest.param(
        "甲部和乙银行签署贷款协定，乙银行将提供１．２亿马克的贷款。",
        ["甲部", "乙银行"],
        [],
        ("贷款协定", ["甲部", "乙银行"], [], "１．２亿马克", []),
        id="currency-mark",
    ),
    pytest.param(
        "甲省与乙银行签订战略合作协议。甲省省长赵一和乙银行董事长钱二出席签字仪式。",
        ["甲省", "乙银行"],
        ["赵一", "钱二"],
        ("战略合作协议", ["甲省", "乙银行"], [], None, ["赵一", "钱二"]),
        id="witnesses-joined-by-he",
    ),
]


WORDINGS += [
    pytest.param(
        "昨天，甲部部长赵一在北京与来访的乙国部长举行会谈，双方签署了合作谅解备忘录。",
        ["甲部"],
        ["赵一"],
        ("合作谅解备忘录", ["甲部"], [], None, []),
        id="shuangfang-one-body-named-before",
    ),
    pytest.param(
        "农民赵一与甲村委会签订了五十年荒山承包合同。",
        ["甲村委会"],
        ["赵一"],
        ("荒山承包合同", ["甲村委会"], ["荒山承包"], None, []),
        id="term-of-years-not-in-kind",
    ),
]

WORDINGS += [
    pytest.param(
        "甲省政府与乙集团合作协议签字仪式在甲市举行。甲省省长赵一出席仪式。",
        ["甲省政府", "乙集团"],
        ["赵一"],
        ("合作协议", ["甲省政府", "乙集团"], [], None, ["赵一"]),
        id="signing-ceremony-of-the-agreement-held",
    ),
]

WORDINGS += [
    pytest.param(
        "8月3日下午，甲国商务代表团与乙控股集团在丙市签订合作框架协议。",
        ["乙控股集团"],
        [],
        ("合作框架协议", ["甲国商务代表团", "乙控股集团"], [], None, []),
        id="delegation-is-a-party",
    ),
    pytest.param(
        "甲厂与乙公司签定了购销合同。",
        ["甲厂", "乙公司"],
        [],
        ("购销合同", ["甲厂", "乙公司"], ["购销"], None, []),
        id="verb-written-qianding",
    ),
    pytest.param(
        "甲部与乙部签署了科技、教育等领域合作文件。",
        ["甲部", "乙部"],
        [],
        ("合作文件", ["甲部", "乙部"], ["科技", "教育"], None, []),
        id="cooperation-documents",
    ),
]

WORDINGS += [
    pytest.param(
        "甲部与乙部签署了经贸、人文等领域多项合作文件。",
        ["甲部", "乙部"],
        [],
        ("合作文件", ["甲部", "乙部"], ["经贸", "人文"], None, []),
        id="count-after-field-list-leaves-the-kind",
    ),
]


@pytest.mark.parametrize("body,orgs,persons,expected", WORDINGS)
def test_agreement_wordings(body, orgs, persons, expected):
    doc = make_doc(body, persons=persons, orgs=orgs)
    agreements(doc)
    assert doc.facts.agreements, "no agreement found"
    a = doc.facts.agreements[0]
    assert (a.kind, a.parties, a.fields, a.amount.as_written if a.amount else None, a.witnesses) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("洽谈会前天闭幕，共签订合同120项，合同金额3.6亿美元。", id="fair-tally"),
        pytest.param("今年以来，甲市累计签订招商合同45个。", id="running-total"),
        pytest.param("开幕当天签订农产品购销合同和合作项目１１２个，金额１２．６亿元。", id="kinds-then-a-count"),
    ],
)
def test_a_tally_of_deals_is_no_agreement(body):
    doc = make_doc(body)
    agreements(doc)
    assert doc.facts.agreements == []


@pytest.mark.parametrize(
    "text,parties",
    [
        pytest.param(
            "标题\n\n10月28日，中国与东盟签署了升级议定书。", {"中华人民共和国", "东南亚国家联盟"}, id="china-and-asean"
        ),
        pytest.param(
            "标题\n\n甲乙人民银行与丙丁中央银行签署了货币互换协议。",
            None,
            id="zhongguo-inside-no-party",
        ),
        pytest.param(
            "标题\n\n我国积极行动，与43个发展中国家签署了谅解备忘录。",
            {"中华人民共和国"},
            id="inside-fazhanzhongguojia",
        ),
    ],
)
def test_nations_as_parties(text, parties):
    got = [set(a.parties) for a in extract_page(text, source_name="xwlb_2025-10-29-002.txt").agreements]
    if parties is None:
        assert all("中华人民共和国" not in p for p in got)
    else:
        assert parties in got


@pytest.mark.parametrize(
    "text,witnesses",
    [
        pytest.param(
            "标题\n\n8月8日，甲市人民政府与乙集团有限公司签订投资协议。市长王某与乙集团总经理李某在协议上签字，副省长赵某出席。",
            ["赵某"],
            id="present-at-the-signing-next-sentence",
        ),
        pytest.param(
            "标题\n\n8月8日，甲市人民政府与乙集团有限公司签订投资协议，副省长赵某出席。",
            ["赵某"],
            id="present-at-the-signing-same-sentence",
        ),
        pytest.param(
            "标题\n\n8月8日，甲市人民政府与乙集团有限公司签订投资协议。副省长赵某出席会议并讲话。",
            [],
            id="attending-a-meeting-is-no-witness",
        ),
        pytest.param(
            "标题\n\n8月8日，甲集团有限公司与乙电机株式会社在沈阳草签合资框架协议。辽宁省副省长赵某出席草签仪式。",
            ["赵某"],
            id="present-at-an-initialling",
        ),
        pytest.param(
            "标题\n\n本报北京１月２１日讯 甲银行今天与乙总公司签订借款合同。甲银行副行长钱某、乙总公司总经理孙某在合同上签字，"
            "某委员会副主任赵某出席签字仪式。",
            ["赵某"],
            id="signers-before-the-witness-in-one-sentence-are-no-witnesses",
        ),
    ],
)
def test_witnesses_present_at_the_signing(text, witnesses):
    got = extract_page(text, source_name="eb_x.txt").agreements
    assert got and got[0].witnesses == witnesses


@pytest.mark.parametrize(
    "text,fields",
    [
        pytest.param(
            "标题\n\n昨日，甲区人民政府与乙投资集团有限公司签订合作协议，共建物流园，重点发展冷链物流、电商快递和仓储配送。",
            ["冷链物流", "电商快递", "仓储配送"],
            id="focus-develop-after-the-signing",
        ),
        pytest.param(
            "标题\n\n甲国外交部与乙国外交部今天签署了两国关于边境口岸管理的协定。",
            ["边境口岸管理"],
            id="agreement-about",
        ),
        pytest.param(
            "标题\n\n昨日，东海开发银行与甲省人民政府签署金融合作协议，提供100亿元贷款，重点用于公路建设和电网改造。",
            ["公路建设", "电网改造"],
            id="money-mainly-for",
        ),
        pytest.param(
            "标题\n\n昨日，东海开发银行与甲省人民政府签署战略合作协议。根据协议，东海开发银行将提供融资支持，主要用于智能制造和工业互联网。",
            ["智能制造", "工业互联网"],
            id="money-mainly-for-in-the-terms",
        ),
        pytest.param(
            "标题\n\n昨日，甲省人民政府与东海开发银行签署开发性金融合作协议。根据协议，东海开发银行将提供融资500亿元，重点支持交通、水利和城镇化建设。",
            ["交通", "水利", "城镇化建设"],
            id="financing-mainly-supports-in-the-terms",
        ),
        pytest.param(
            "标题\n\n昨日，甲市人社局与乙农商银行签署合作协议，为参保老人免费提供意外保险，同时推出“银龄贷”等消费贷款产品。",
            ["消费贷款", "意外保险"],
            id="what-one-party-gives",
        ),
        pytest.param(
            "标题\n\n5日，甲国贸易代表团与乙电池集团在青岚市签订框架协议。根据协议，甲方将采购价值300亿元的“石墨烯电池”用于制造新能源客车。",
            ["新能源客车", "石墨烯电池"],
            id="goods-bought-and-what-for",
        ),
    ],
)
def test_more_field_wordings(text, fields):
    got = extract_page(text, source_name="eb_x.txt").agreements
    assert got and got[0].fields == fields


@pytest.mark.parametrize(
    "text,parties",
    [
        pytest.param(
            "11月26日，中国和巴西两国政府在巴西利亚签署合作谅解备忘录。",
            ["中华人民共和国", "巴西政府"],
            id="two-governments",
        ),
        pytest.param(
            "11月26日，中国与巴西在巴西利亚签署合作文件。", ["中华人民共和国", "巴西政府"], id="nation-and-nation"
        ),
        pytest.param(
            "11月26日，甲集团有限公司与美国华光公司签署合作协议。",
            ["甲集团有限公司", "美国华光公司"],
            id="country-inside-a-company",
        ),
        pytest.param(
            "11月26日，甲集团有限公司与美国、日本企业签署合作协议。", ["甲集团有限公司"], id="country-before-companies"
        ),
    ],
)
def test_a_foreign_nation_signs_by_its_government(text, parties):
    got = extract_page("## 甲\n\n" + text, source_name="xwlb_2025-11-27-001.txt").agreements
    assert got[0].parties == parties


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "2月18日，江阴市召开全市安全生产工作会议。会上，市政府与各镇（街道）签订了年度安全生产目标责任书。",
            id="target-responsibility-at-a-meeting",
        ),
        pytest.param("3月2日，县委、县政府与各乡镇签订招商引资目标责任书。", id="target-responsibility-told-alone"),
    ],
)
def test_a_target_responsibility_letter_is_no_agreement_and_no_signing(text):
    """A 目标责任书 sets a body's own units their targets: no deal between parties, no signing event of its own."""
    facts = extract_page("标题\n\n" + text, date="2011-03-03")
    assert facts.agreements == []
    assert [e.kind for e in facts.events if e.kind == "signing"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "标题\n\n本报天津１月９日讯 甲化工集团公司与乙化学株式会社今天签订合资经营合同和技术许可合同。按照合资经营合同，"
            "双方共同投资１亿美元兴建丙公司；按照技术许可合同，乙方以５００万美元向甲方转让技术。副市长赵某出席签字仪式。",
            [("合资经营合同", "１亿美元", ["赵某"]), ("技术许可合同", "５００万美元", ["赵某"])],
            id="two-contracts-of-one-verb-each-its-sum",
        ),
        pytest.param(
            "标题\n\n昨日，甲市政府与乙能源集团有限公司签订产业园投资协议和电池项目合作协议。根据投资协议，乙集团将投资40亿元；"
            "根据合作协议，双方将合资建设电池项目，总投资10亿元。市长王某出席签约仪式。",
            [("产业园投资协议", "40亿元", ["王某"]), ("电池项目合作协议", "10亿元", ["王某"])],
            id="two-agreements-named-back-by-their-tails",
        ),
        pytest.param(
            "标题\n\n12月3日，甲省人民政府与乙航运集团有限公司在杭州签署战略合作协议。根据协议，乙集团将投资100亿元。"
            "同时，双方还签署了港口共建协议，协议金额20亿元。甲省省长王某出席签约仪式。",
            [("战略合作协议", "100亿元", ["王某"]), ("港口共建协议", "20亿元", ["王某"])],
            id="second-agreement-of-the-same-parties-told-after",
        ),
    ],
)
def test_several_agreements_of_one_signing(text, expected):
    """Agreements signed at one ceremony are each an agreement, with its own sum, the day and the ceremony's guests;
    the signing is one event."""
    facts = extract_page(text, source_name="eb_x.txt", date="2011-05-13")
    got = [(a.kind, a.amount.as_written if a.amount else None, a.witnesses) for a in facts.agreements]
    assert got == expected
    assert len({a.date for a in facts.agreements}) == 1 and facts.agreements[0].date
    assert len({tuple(sorted(a.parties)) for a in facts.agreements}) == 1
    assert [e.kind for e in facts.events] == ["signing"]  # (the terms told after it: no event of their own)


@pytest.mark.parametrize(
    "text,witnesses",
    [
        pytest.param(
            "标题\n\n12月9日，甲开发区管委会与乙新材料集团在盐城签署投资协议，乙集团将投资8亿美元。该项目是开发区今年最大的项目。"
            "近年来，开发区聚焦汽车和新能源产业。市长王某、乙集团副会长朴某出席签约仪式。",
            ["王某", "朴某"],
            id="guests-told-after-two-background-sentences",
        ),
    ],
)
def test_witnesses_later_in_the_paragraph(text, witnesses):
    got = extract_page(text, source_name="eb_x.txt", date="2011-12-10").agreements
    assert got and got[0].witnesses == witnesses


# b22 probe: the signing told a few sentences after the agreement, in its paragraph (…签署协议。根据协议，…。此前，…。甲、乙
# 代表双方签约，丙见证签约), 到会祝贺 at the end of the signers' sentence; another agreement signed between ends the reach
B22_WITNESSES = [
    pytest.param(
        "本报郑州１月５日讯 中国工商银行河南省分行与河南省纺织工业厅今天在郑州签署合作协议。根据协议，工行将安排技改贷款５亿元。"
        "工行河南省分行行长韩立平和省纺织工业厅厅长马国强代表双方签字，副省长王克明到会祝贺。",
        [["王克明"]],
        id="came-to-congratulate-two-sentences-later",
    ),
    pytest.param(
        "6月8日，甲乙银行股份有限公司与丙市人民政府签订全面金融合作协议。根据协议，甲乙银行今后三年将提供融资不少于30亿元。"
        "此前，甲乙银行丙市支行已向中小企业发放贷款12亿元。丙市市长韩立平、甲乙银行行长马国强分别代表双方签约，副省长王克明见证签约。",
        [["王克明"]],
        id="witnessed-three-sentences-later",
    ),
    pytest.param(
        "6月8日，甲乙银行股份有限公司与丙市人民政府签订全面金融合作协议。根据协议，甲乙银行今后三年将提供融资不少于30亿元。"
        "重点投向中小企业。当天，丁集团有限公司与丙市人民政府签订投资协议。副省长王克明见证签约。",
        [[], ["王克明"]],
        id="another-agreement-signed-between-ends-the-reach",
    ),
]


@pytest.mark.parametrize("text,witnesses", B22_WITNESSES)
def test_b22_witnesses_told_later_in_the_paragraph(text, witnesses):
    got = extract_page("标题\n\n" + text, date="2011-06-09").agreements
    assert [a.witnesses for a in got] == witnesses


# b22 probe: an agreement signed by putting names on it (甲厂厂长A与乙厂厂长B在兼并协议上签字), told by no signing verb
# before it in the paragraph: its parties the signers' bodies; one told before (签订投资协议。…在投资协议上签字) is that one
B22_SIGNED_ON = [
    pytest.param(
        "本报石家庄１月５日讯 连年亏损的正定县第二化工厂昨天被河北省华北制药总厂兼并。总厂厂长韩立平和化工厂厂长马国强在兼并协议上签字，"
        "副省长王克明出席签字仪式。",
        [("兼并协议", ["河北省华北制药总厂", "正定县第二化工厂"], ["王克明"])],
        id="names-put-on-a-merger-agreement",
    ),
    pytest.param(
        "本报石家庄１月５日讯 甲市人民政府与乙集团有限公司签订投资协议。市长韩立平与乙集团总经理马国强在投资协议上签字，"
        "副省长王克明出席签字仪式。",
        [("投资协议", ["甲市人民政府", "乙集团"], ["王克明"])],
        id="an-agreement-told-before-is-that-one",
    ),
]


@pytest.mark.parametrize("text,expected", B22_SIGNED_ON)
def test_b22_an_agreement_signed_by_putting_names_on_it(text, expected):
    got = extract_page("标题\n\n" + text, date="1998-01-06")
    assert [(a.kind, a.parties, a.witnesses) for a in got.agreements] == expected
    assert [e.kind for e in got.events] == ["signing"]


@pytest.mark.parametrize(
    "text,parties",
    [
        pytest.param(
            "本报银川１月９日讯 福建省泉州市与宁夏回族自治区固原地区近日在银川签订经济技术协作协议。",
            ["泉州市人民政府", "固原地区行政公署"],
            id="a-province-and-its-prefecture",
        ),
        pytest.param(
            "本报银川１月９日讯 宁夏回族自治区副主席甲乙丙出席。福建省泉州市与宁夏回族自治区固原地区近日签订经济技术协作协议。",
            ["泉州市人民政府", "固原地区行政公署"],
            id="the-province-named-as-a-body-before",
        ),
        pytest.param(
            "本报福州１月９日讯 福建省人民政府与宁夏回族自治区人民政府签订协议，支持固原地区发展。",
            ["福建省人民政府", "宁夏回族自治区人民政府"],
            id="a-prefecture-named-later-signs-nothing",
        ),
    ],
)
def test_b22_a_prefecture_of_1998_signs_as_its_office(text, parties):
    """与宁夏回族自治区固原地区签订 (b22 probe): the prefecture (地区, since made a city) signs as its 行政公署."""
    got = extract_page("标题\n\n" + text, date="1998-01-10").agreements
    assert [a.parties for a in got] == [parties]


@pytest.mark.parametrize(
    "text,witnesses",
    [
        pytest.param(
            "6月15日下午，甲乙银行股份有限公司南昌分行与赣州市人民政府在赣州签订银政战略合作协议。根据协议，今后五年甲乙银行将"
            "向赣州市提供不低于150亿元的意向性授信。\n赣州市市长曾文华与甲乙银行南昌分行行长邱志明分别代表双方签约。"
            "市委书记张建国、甲乙银行副行长孟庆丰出席签约仪式并讲话。",
            ["张建国", "孟庆丰"],
            id="the-signers-paragraph-goes-on-with-the-witnesses",
        ),
        pytest.param(
            "6月15日下午，甲乙银行股份有限公司南昌分行与赣州市人民政府签订银政战略合作协议。\n"
            "近年来，赣州市先后引进6家股份制商业银行。市委书记张建国出席了银行开业仪式。",
            [],
            id="a-later-paragraph-without-the-signers-witnesses-nothing",
        ),
    ],
)
def test_b23_witnesses_after_the_signers_paragraph(text, witnesses):
    """…签订协议。根据协议，…。\\n甲与乙分别代表双方签约。丙、丁出席签约仪式 (b23 probe): the signers' paragraph tells the
    ceremony, its 出席 the witnesses."""
    got = extract_page("标题\n\n" + text, date="2011-06-17").agreements
    assert [a.witnesses for a in got] == [witnesses]


@pytest.mark.parametrize(
    "text,expected,signing",
    [
        pytest.param(
            "11月18日，两国总理共同见证签署经贸、农业等领域10余项双边合作文件。",
            [],
            True,
            id="a-batch-of-unnamed-documents-is-no-agreement",
        ),
        pytest.param(
            "11月18日，两国总理见证签署了多项合作文件。其中，甲国发展部与乙国建设、交通和基础设施部签署了铁路合作谅解备忘录。",
            [("铁路合作谅解备忘录", ["甲国发展部", "乙国建设、交通和基础设施部"])],
            True,
            id="the-one-named-among-a-batch-with-a-ministry-of-listed-fields",
        ),
        pytest.param(
            "11月18日，上海商会年会在甲市召开，客商们达成了一批购销协议。",
            [("购销协议", [])],
            False,
            id="a-batch-of-a-named-kind-is-one-as-the-dev-gold",
        ),
        pytest.param(
            "11月18日，甲区政府与一些大企业先后签署了七项协议。",
            [("协议", ["甲区政府"])],
            True,
            id="a-counted-batch-with-parties-is-one",
        ),
        pytest.param("11月18日，市交通局与全市12家驾校签订了承诺书。", [], True, id="a-pledge-signed-is-an-event-only"),
    ],
)
def test_a_batch_of_documents_no_kind_names_is_no_agreement(text, expected, signing):
    """见证签署10余项双边合作文件 (b23 probe): documents counted and of no kind named, with no party, are no agreement; the
    signing stays an event. A batch of a named kind (一批购销协议) or with parties is one."""
    facts = extract_page("标题\n\n" + text, source_name="xwlb_2025-11-18-001.txt")
    assert [(a.kind, [p.replace("人民政府", "政府") for p in a.parties][:2]) for a in facts.agreements] == expected
    assert ("signing" in [e.kind for e in facts.events]) == signing


@pytest.mark.parametrize(
    "text,parties",
    [
        pytest.param(
            "浙江东海机电股份有限公司（下称“东海机电”）今日发布公告称，公司已于9月14日与德国西林控股有限公司签署股权收购协议。",
            ["浙江东海机电股份有限公司", "德国西林控股有限公司"],
            id="the-company-announcing-named-back-by-its-kind",
        ),
        pytest.param(
            "星河集团有限公司董事会昨日表示，该集团于5月与东湖电子有限公司签订了技术合作协议。",
            ["星河集团有限公司", "东湖电子有限公司"],
            id="the-group-named-back-after-gai",
        ),
        pytest.param(
            "星河集团有限公司去年产值翻番。记者了解到，该公司与东湖电子有限公司签订了技术合作协议。",
            ["东湖电子有限公司"],
            id="a-kind-named-back-across-sentences-is-not-guessed",
        ),
        pytest.param(
            "东林化工有限公司今天在沈阳举行新闻发布会。会上，北岭港务局与该公司签订了技术合作协议。",
            ["北岭港务局", "东林化工有限公司"],
            id="a-partner-after-yu-named-back-is-the-one-named-last",
        ),
        pytest.param(
            "星海银行今年存款增长两成。记者了解到，东林化工有限公司与该行签订了担保协议。",
            ["东林化工有限公司", "星海银行"],
            id="a-bank-after-yu-named-back-is-the-bank-named-last",
        ),
        pytest.param(
            "星海银行沈阳分行今年存款增长两成。记者了解到，东林化工有限公司与该行签订了担保协议。",
            ["东林化工有限公司"],
            id="a-bank-named-back-after-a-branch-is-left-alone",
        ),
    ],
)
def test_a_company_named_back_by_its_kind_signs(text, parties):
    """公司已于…与甲签署 (b23 probe): the body named before in the sentence signs; across sentences 该公司 is left alone.
    After 与 (与该公司签订, 与该行签订: b39 probe) the partner is the body of that kind named last, not a branch."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-09-15").agreements
    assert [a.parties for a in got] == [parties]


def test_b24_a_count_of_goods_is_no_part_of_the_kind():
    """签订了8台岸边集装箱起重机供货合同: the kind is the contract's, without the count (b24 probe)."""
    text = "中新网3月25日电 今年1月，甲乙重工股份有限公司与丙丁港口集团签订了8台岸边集装箱起重机供货合同，合同金额1.1亿美元。"
    got = [a.kind for a in extract_page("标题\n\n" + text, date="2009-03-25").agreements]
    assert got == ["岸边集装箱起重机供货合同"]


@pytest.mark.parametrize(
    "text,kinds",
    [
        pytest.param(
            "星河集团有限公司正在和东湖电子有限公司签订合同意向书。", ["合同意向书"], id="a-contracts-letter-of-intent"
        ),
        pytest.param("星河集团有限公司与东湖电子有限公司签订了购销合同。", ["购销合同"], id="one-noun-stays-one-kind"),
        pytest.param(
            "星河集团有限公司与东湖电子有限公司签订了购销合同和技术协议。",
            ["购销合同", "技术协议"],
            id="two-kinds-joined-stay-two",
        ),
    ],
)
def test_agreement_nouns_right_after_one_another_are_one_kind(text, kinds):
    """签订合同意向书: the letter of intent of a contract, one kind (real sentences of bench/real_events.py)."""
    got = [a.kind for a in extract_page("标题\n\n" + text, date="1998-05-01").agreements]
    assert got == kinds


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "洽谈会上，还签署了东湖电子有限公司与星河集团有限公司合作协议。",
            [("合作协议", ["东湖电子有限公司", "星河集团有限公司"])],
            id="two-bodies-opening-the-name",
        ),
        pytest.param(
            "双方签署了《长治市人民政府与鹏飞集团有限公司战略合作框架协议》。",
            [("战略合作框架协议", ["长治市人民政府", "鹏飞集团有限公司"])],
            id="in-title-marks",
        ),
        pytest.param(
            "长治市政府与鹏飞集团有限公司签署了战略合作协议。",
            [("战略合作协议", ["长治市人民政府", "鹏飞集团有限公司"])],
            id="parties-before-the-verb-stay",
        ),
    ],
)
def test_parties_written_inside_the_agreements_name(text, expected):
    """签署了甲与乙合作协议: with no party before the verb, the bodies joined by 与 that open the name are the parties
    and the rest is the kind (the real sentences of bench/real_events.py)."""
    facts = extract_page("标题\n\n" + text)
    assert [(a.kind, a.parties) for a in facts.agreements] == expected


@pytest.mark.parametrize(
    "text,pairs",
    [
        pytest.param(
            "签约仪式上，芜湖经济技术开发区管委会与北京华能新源科技有限公司、鸠江区人民政府与浙江吉瑞汽车零部件有限公司"
            "分别签订了投资合同。",
            [
                ["芜湖经济技术开发区管理委员会", "北京华能新源科技有限公司"],
                ["芜湖市鸠江区人民政府", "浙江吉瑞汽车零部件有限公司"],
            ],
            id="two-pairs-each-signing",
        ),
        pytest.param(
            "星河集团有限公司分别与东湖电子有限公司、西湖电子有限公司签订了购销合同。",
            [["星河集团有限公司", "东湖电子有限公司"], ["星河集团有限公司", "西湖电子有限公司"]],
            id="one-with-each-partner-unchanged",
        ),
        pytest.param(
            "苏州市与安康地区、常州市与延安地区还在会上分别签订了对口协作协议。",
            [["苏州市人民政府", "安康地区行政公署"], ["常州市人民政府", "延安地区行政公署"]],
            id="places-in-pairs-sign-by-their-governments-after-more-words",
        ),
        pytest.param(
            "苏州市与安康市、常州市与延安市分别签订了对口协作协议。",
            [["苏州市人民政府", "安康市人民政府"], ["常州市人民政府", "延安市人民政府"]],
            id="places-in-pairs-sign-by-their-governments",
        ),
        pytest.param(
            "星海商业银行今天举行增资仪式。东林化工公司、北岭港务局分别与该行签订了入股协议。",
            [["东林化工公司", "星海商业银行"], ["北岭港务局", "星海商业银行"]],
            id="each-with-the-bank-named-back-after-yu",
        ),
    ],
)
def test_b26_pairs_listed_before_fenbie_sign_each_their_own(text, pairs):
    """甲与乙、丙与丁分别签订了投资合同: two agreements, 甲+乙 and 丙+丁, not one of the last pair (b26 probe)."""
    got = extract_page(
        "标题\n\n发布时间：2011-04-13\n本报讯（记者 张扬）芜湖市昨天举行签约仪式。" + text, source_name="eb_x.txt"
    )
    assert [a.parties for a in got.agreements] == pairs


EXT23_PARTIES = [
    pytest.param(
        "本报太原１月２２日讯 甲乙机床厂和丙丁锻压厂同为省重点企业，两厂相距不到３公里。去年１１月，经省政府批准，"
        "两厂签订合并协议。",
        "1998-01-22",
        [("合并协议", ["甲乙机床厂", "丙丁锻压厂"])],
        id="a-count-and-a-kind-stand-for-the-bodies-named-before",
    ),
    pytest.param(
        "中新网11月5日电 星河电子有限公司今年销量翻番。东湖通信有限公司也在扩产。两家公司昨天在杭州签署了战略合作协议。",
        "2009-11-05",
        [("战略合作协议", ["星河电子有限公司", "东湖通信有限公司"])],
        id="two-companies-by-their-count",
    ),
    pytest.param(
        "中新网长沙3月12日电 签约仪式上，东方银行湖南省分行还分别与岳阳、常德、益阳三市人民政府签订了银政合作协议。",
        "2009-03-12",
        [
            ("银政合作协议", ["东方银行湖南省分行", "岳阳市人民政府"]),
            ("银政合作协议", ["东方银行湖南省分行", "常德市人民政府"]),
            ("银政合作协议", ["东方银行湖南省分行", "益阳市人民政府"]),
        ],
        id="each-city-of-a-counted-list-by-its-government",
    ),
    pytest.param(
        "中新网北京4月8日电 会谈后，双方签署了《中华人民共和国商务部与智利经济部关于投资合作的谅解备忘录》。",
        "2009-04-08",
        [("谅解备忘录", ["中华人民共和国商务部", "智利经济部"])],
        id="a-long-title-names-its-parties",
    ),
    pytest.param(
        "中新网福州4月15日电 五家银行组成的银团14日在福州与东海高速公路集团有限公司签订银团贷款合同。",
        "2009-04-15",
        [("银团贷款合同", ["东海高速公路集团有限公司"])],
        id="a-place-after-zai-is-the-venue-not-a-party",
    ),
    pytest.param(
        "今天（9月16日），贵州省与广西壮族自治区合作交流座谈会在南宁举行。座谈会后，蓝一明和赵一华代表两省区人民政府签署了"
        "战略合作框架协议。同时，两省区交通运输厅、商务厅分别签署了公路水运合作协议和商务合作备忘录。",
        "2025-09-16",
        [
            ("战略合作框架协议", ["广西壮族自治区人民政府", "贵州省人民政府"]),
            ("公路水运合作协议", ["贵州省交通运输厅", "广西壮族自治区交通运输厅"]),
            ("商务合作备忘录", ["贵州省商务厅", "广西壮族自治区商务厅"]),
        ],
        id="bodies-after-a-count-of-regions-named-before-are-each-regions-each-list-item-its-own-agreement",
    ),
    pytest.param(
        "本报讯 3月5日，长沙市与株洲市、湘潭市召开联席会议。会上，三市交通运输局签署了公交一体化协议。",
        "2011-03-05",
        [("公交一体化协议", ["株洲市交通运输局", "湘潭市交通运输局", "长沙市交通运输局"])],
        id="three-cities-bureaus-by-their-count",
    ),
    pytest.param(
        "今天（9月16日），合作交流座谈会在南宁举行。座谈会后，蓝一明和赵一华代表两省区人民政府签署了战略合作框架协议。",
        "2025-09-16",
        [("战略合作框架协议", [])],
        id="a-count-of-regions-none-named-before-is-no-invented-body",
    ),
    pytest.param(
        "新华社郑州１月２６日电 这一物流园由星河物流有限公司、东湖储运集团公司和西岭货运有限公司共同投资兴建。"
        "典礼上，三家投资方签订了合资建设协议书。",
        "1998-01-26",
        [("合资建设协议书", ["星河物流有限公司", "东湖储运集团公司", "西岭货运有限公司"])],
        id="a-count-of-investors-stands-for-the-companies-named-before",
    ),
    pytest.param(
        "今天（10月20日），山西省与江苏省合作座谈会在太原举行。山西省委副书记、省长王一平和江苏省委副书记、省长刘二江出席，"
        "国家发展改革委副主任孙三明出席，孙三明曾任河北省副省长。座谈会后，王一平与刘二江代表两省人民政府签署了战略合作框架协议。",
        "2025-10-20",
        [("战略合作框架协议", ["山西省人民政府", "江苏省人民政府"])],
        id="a-count-of-regions-after-the-signers-is-their-regions-not-the-last-named",
    ),
    pytest.param(
        "本报讯 3月8日，宜昌市与襄阳市旅游合作推进会在宜昌举行。宜昌市委副书记、市长周一林，襄阳市委副书记、市长吴二峰出席，"
        "原荆州市副市长郑三华主持会议。会后，周一林与吴二峰代表两市人民政府签署了旅游合作协议。",
        "2011-03-08",
        [("旅游合作协议", ["宜昌市人民政府", "襄阳市人民政府"])],
        id="two-cities-after-their-mayors-are-the-mayors-cities",
    ),
]


@pytest.mark.parametrize("text,date,expected", EXT23_PARTIES)
def test_parties_told_by_a_count_a_list_or_a_title(text, date, expected):
    """两厂签订 (the bodies named before), 分别与甲、乙、丙三市人民政府签订 (each city's government), a 《…》 title of any
    length naming its parties (b25 probe leftovers)."""
    got = extract_page("标题\n\n" + text, date=date).agreements
    assert [(a.kind, a.parties) for a in got] == expected


def test_a_sum_of_the_next_agreement_in_the_sentence_is_not_this_ones():
    """…签署了甲备忘录，乙与丙签署了金额为3亿美元的…协议: the sum is the second agreement's only (b25 probe)."""
    text = (
        "中新网北京4月8日电 甲国农业部部长王一明与乙国农业部长李一华签署了乳业合作备忘录，"
        "国家开发银行与星河乳业集团签署了金额为3亿美元的融资合作协议。"
    )
    got = extract_page("标题\n\n" + text, date="2009-04-08").agreements
    assert [(a.kind, a.amount.as_written if a.amount else None) for a in got] == [
        ("乳业合作备忘录", None),
        ("融资合作协议", "3亿美元"),
    ]


REAL24_AGREEMENTS = [
    pytest.param(
        "同年6月，中英双方就此达成协议，同意修订有关条例。",
        [("协议", ["中华人民共和国", "英国政府"])],
        id="countries-by-one-character-before-shuangfang",
    ),
    pytest.param(
        "中美两国昨天签署了科技合作协定。",
        [("科技合作协定", ["中华人民共和国", "美国政府"])],
        id="countries-by-one-character-before-a-count",
    ),
    pytest.param(
        "中国、俄罗斯等五国元首昨天签署了关于边境合作的协定。",
        [("协定", ["中华人民共和国", "俄罗斯政府"])],
        id="countries-listed-before-deng-a-count",
    ),
    pytest.param(
        "中国派出的经贸代表团同美方签署了技术合作合同。",
        [("技术合作合同", ["中华人民共和国", "美国政府"])],
        id="a-foreign-side-and-a-group-told-by-its-sender",
    ),
    pytest.param(
        "代表团昨天和中国企业家签署了5项意向书。",
        [("意向书", [])],
        id="a-nation-saying-whose-people-is-no-party",
    ),
    pytest.param("他说，何况还能会晤两国领导人，并签署一揽子协议。", [], id="could-still-sign-is-no-signing"),
    pytest.param("某某再次呼吁：两岸可先就有关问题进行谈判，并达成协议。", [], id="a-call-to-agree-is-no-agreement"),
    pytest.param(
        "在2008年举行的甲乙省银行业自律公约签约仪式上，该局局长王大明说。",
        [("甲乙省银行业自律公约", [])],
        id="an-agreement-told-by-its-signing-ceremony-attended",
    ),
    pytest.param(
        "在甲乙公司与丙丁集团合作协议签字仪式上，市长王大明致辞。",
        [("合作协议", ["甲乙公司", "丙丁集团"])],
        id="the-bodies-opening-the-ceremonys-agreement-sign-it",
    ),
    pytest.param(
        "甲乙公司与丙丁集团昨天签署了合作协议。在合作协议签字仪式上，市长王大明致辞。",
        [("合作协议", ["甲乙公司", "丙丁集团"])],
        id="the-ceremony-of-an-agreement-told-before-is-that-one",
    ),
    pytest.param(
        "两国外长签署了《中华人民共和国政府和甲乙共和国政府关于互免签证的协定》。",
        [("协定", ["中华人民共和国政府", "甲乙共和国政府"])],
        id="a-title-of-two-dozen-characters-and-its-governments",
    ),
    pytest.param(
        "会谈后，双方签署了：1．《甲乙共和国政府与丙丁王国政府经济合作协定》；2．《甲乙共和国政府和丙丁王国政府文化交流执行计划》。",
        [
            ("经济合作协定", ["甲乙共和国政府", "丙丁王国政府"]),
            ("文化交流执行计划", ["甲乙共和国政府", "丙丁王国政府"]),
        ],
        id="a-numbered-list-of-documents-after-a-colon",
    ),
    # branch real25 (pd and msra even halves)
    pytest.param(
        "商务部副部长王一明和法国经济部长李四签署了两国政府关于相互保护投资的协定。",
        [("协定", ["中华人民共和国", "法国政府"])],
        id="the-governments-of-the-signers-two-countries",
    ),
    pytest.param(
        "王一明、李四两位部长分别在协议上签了字。",
        [("协议", [])],
        id="names-put-on-a-bare-agreement-told-alone",
    ),
    pytest.param(
        "他上个月与房东签了一份租房合同。",
        [("租房合同", [])],
        id="a-contract-signed-as-the-city-papers-write-it",
    ),
    pytest.param("其中签了购买合同的有四百户。", [], id="a-count-of-those-who-signed"),
    pytest.param(
        "目前，双方的合作协议已经签订。",
        [("合作协议", [])],
        id="an-agreement-named-before-its-verb-already-signed",
    ),
    pytest.param(
        "环球公司争取到了电影的改编合同。",
        [("改编合同", ["环球公司"])],
        id="a-contract-won",
    ),
    pytest.param(
        "这个时候合同已经签下来。",
        [("合同", [])],
        id="a-contract-named-after-a-time-then-signed",
    ),
    pytest.param(
        "石家庄市与保定市合作协议签字仪式昨天在保定举行。石家庄市市长王一明和保定市市长李四分别在协议上签字。",
        [("合作协议", ["石家庄市人民政府", "保定市人民政府"])],
        id="names-put-on-the-bare-agreement-of-a-ceremony-told-before",
    ),
    pytest.param("甲国总理宣称，甲国不会签署禁止地雷公约。", [], id="a-treaty-refused-is-no-agreement"),
    pytest.param("联合国秘书长敦促两国签署停火协议。", [], id="a-treaty-urged-on-others-is-no-agreement"),
    pytest.param("乙国表示愿同丙国签署和平条约。", [], id="a-treaty-offered-is-no-agreement"),
    pytest.param("记者问丁国何时签署这项条约。", [], id="a-treaty-asked-about-is-no-agreement"),
    pytest.param(
        "他说，在履行华新公司与东方集团签订的供货合同时，双方没有发生纠纷。",
        [("供货合同", ["华新公司", "东方集团"])],
        id="an-agreement-told-in-passing-by-both-sides",
    ),
    pytest.param(
        "华新公司与东方集团昨天签订了供货合同。根据华新公司与东方集团签订的合同，东方集团按月供货。",
        [("供货合同", ["华新公司", "东方集团"])],
        id="an-agreement-told-in-passing-after-its-signing-is-the-same",
    ),
    pytest.param("他说，华新公司与东方集团即将签订的合同很重要。", [], id="an-agreement-to-be-signed-told-in-passing"),
    pytest.param("根据双方签署的协议，东方集团按月供货。", [], id="an-agreement-told-in-passing-by-unnamed-sides"),
    pytest.param(
        "外长王五与几内亚计划合作部长李四签署了中国政府向几内亚政府提供无偿援助的协定。",
        [("协定", ["中国政府", "几内亚政府"])],
        id="one-government-giving-to-another-signed-by-ministers",
    ),
    pytest.param("甲国总理称，现在应讨论签订一项全球减排公约。", [], id="a-treaty-to-be-discussed-is-no-agreement"),
    pytest.param("乙国外长表示，两国应尽快签署边界协定。", [], id="a-treaty-to-be-signed-soon-is-no-agreement"),
    pytest.param(
        "东方集团董事长王一明应邀来访，华新公司与东方集团签订了供货合同。",
        [("供货合同", ["华新公司", "东方集团"])],
        id="ying-of-an-invitation-is-no-modal",
    ),
    pytest.param(
        "东州产业投资引导基金有限公司与华新公司签署了合伙协议。",
        [("合伙协议", ["东州产业投资引导基金有限公司", "华新公司"])],
        id="yindao-in-a-funds-name-is-no-urging",
    ),
    pytest.param("市政府引导华新公司与东方银行签订贷款合同。", [], id="yindao-of-a-government-is-urging"),
    pytest.param(
        "会议同意市政府与东方银行南城分行签订城乡建设贷款合同，贷款金额30亿元。",
        [],
        id="probe40-a-signing-a-meeting-approves-is-still-to-come",
    ),
    pytest.param(
        "会议决定，市政府与华新公司签订供货合同。",
        [],
        id="probe40-a-signing-a-meeting-decides-is-still-to-come",
    ),
    pytest.param(
        "华新公司与东州证券监督管理局就信息披露违规达成和解。",
        [("和解", ["华新公司", "东州证券监督管理局"])],
        id="real36-a-settlement-reached-is-an-agreement",
    ),
    pytest.param(
        "东方集团与华新公司昨天签署了和解协议。",
        [("和解协议", ["东方集团", "华新公司"])],
        id="real36-a-settlement-agreement-keeps-its-kind",
    ),
    pytest.param(
        "华新公司与东方集团达成共识和解决纠纷的办法。",
        [],
        id="real36-he-jiejue-is-no-settlement",
    ),
]


@pytest.mark.parametrize("text,expected", REAL24_AGREEMENTS)
def test_agreement_wordings_of_real_news(text, expected):
    """Parties written as 中英双方 / 中国、俄罗斯等五国 / 同美方, no party in 和中国企业家, a signing that could be or is
    called for, an agreement told by its signing ceremony (在…协议签约仪式上), a 《》 title opening with two governments
    and a numbered list of them (签署了：1．《…》；2．《…》) (real_events.py even halves). Branch real25: 签订了两国政府关于…协定
    (the signers' countries' governments: countries_kind), 在协议上签了字 told alone, 签了 (verbs), 签了…合同的有N户
    (tally_after), 合作协议已经签订 (noun_first_gap), 争取到了…合同 (a contract won: verbs). Branch real27: a signing
    refused, urged on others, offered or asked about (不会/敦促/愿/何时…签署) is none (required_before); 甲与乙签订的合同 told
    in passing, both sides named, is an agreement (no signing event), the same as one the article told signed;
    签署了甲国政府向乙国政府提供…的协定 is the two governments' (grant_governments); 计划合作部长 is no plan. Branch real36:
    甲与乙就…达成和解, a settlement reached, is an agreement of kind 和解 (nouns)."""
    got = extract_page("标题\n\n" + text, date="1998-06-01").agreements
    assert [(a.kind, a.parties) for a in got] == expected


PROBE28_AGREEMENTS = [
    pytest.param(
        "由甲乙银行牵头，丙丁银行江北分行、戊己银行江北分行等5家银行组成的银团，昨天在江城与江城东环高速公路有限公司签订"
        "银团贷款协议，贷款总额20亿元。",
        [("银团贷款协议", ["甲乙银行", "丙丁银行江北分行", "戊己银行江北分行", "江城东环高速公路有限公司"], [])],
        id="the-banks-making-up-a-syndicate-sign-its-loan",
    ),
    pytest.param(
        "华泰能源股份有限公司（下称华泰能源）今晚发布公告，公司昨日与东岭投资集团有限公司签订股权转让协议。",
        [("股权转让协议", ["华泰能源股份有限公司", "东岭投资集团有限公司"], [])],
        id="the-company-named-back-signing-yesterday",
    ),
    pytest.param(
        "华泰能源股份有限公司（下称华泰能源）与东岭投资集团有限公司（下称东岭集团）昨日签订股权转让协议。"
        "华泰能源董事长王大明与东岭集团总经理李小军代表双方签署协议，副市长赵小平出席签约仪式。",
        [("股权转让协议", ["华泰能源股份有限公司", "东岭投资集团有限公司"], ["赵小平"])],
        id="an-agreement-told-again-by-its-bare-kind-is-the-first",
    ),
    pytest.param(
        "甲乙银行昨天与江城东环高速公路有限公司签订贷款协议，贷款20亿元。\n该路全长80公里。项目已于去年开工，计划后年建成。\n"
        "甲乙银行副行长王大明和江城东环高速公路有限公司董事长李小军在协议上签字，市长赵小平出席签字仪式。",
        [("贷款协议", ["甲乙银行", "江城东环高速公路有限公司"], ["赵小平"])],
        id="the-signers-two-paragraphs-on-tell-its-witnesses",
    ),
    pytest.param(
        "江城科技园管理委员会昨天与华兴创业投资有限公司、江城农村商业银行分别签订了合作协议。",
        [
            ("合作协议", ["江城科技园管理委员会", "华兴创业投资有限公司"], []),
            ("合作协议", ["江城科技园管理委员会", "江城农村商业银行"], []),
        ],
        id="one-body-with-each-listed-after-its-yu-then-fenbie",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE28_AGREEMENTS)
def test_probe28_syndicates_restated_agreements_and_late_signers(text, expected):
    """A syndicate told by its banks (由甲牵头，乙、丙等组成的银团), a company named back after 昨日, an agreement told
    again by its bare kind (代表双方签署协议) and signers a paragraph or two after it (b28 probe)."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.kind, a.parties, a.witnesses) for a in got] == expected


PROBE29_AGREEMENTS = [
    pytest.param(
        "发布时间：2011-09-15\n本报讯 昨天，荆州市与德国卡尔斯鲁厄市缔结友好城市关系协议书签字仪式在东方饭店举行。",
        [("友好城市关系协议书", "2011-09-14")],
        id="a-kind-named-before-its-ceremony-after-its-verb-is-read-once-without-the-verb",
    ),
    pytest.param(
        "发布时间：2011-09-15\n本报讯（记者 周一）昨天下午，荆州市与德国卡尔斯鲁厄市缔结友好城市关系协议书签字仪式在市行政"
        "中心举行。\n去年5月，荆州市曾派出代表团赴卡尔斯鲁厄市访问。\n签字仪式后，东方学院与西方大学签订了学生交换协议。",
        [("友好城市关系协议书", "2011-09-14"), ("学生交换协议", "2011-09-14")],
        id="after-the-ceremony-paragraphs-on-is-the-day-of-the-article-not-a-background-month",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE29_AGREEMENTS)
def test_probe29_a_ceremonys_kind_and_what_followed_it(text, expected):
    """甲市与乙市缔结X协议书签字仪式在某地举行: X协议书, read once (by its verb); 签字仪式后，… paragraphs on, over a
    background 去年5月: the day of the ceremony, the article's (scene._named_day) (b29 probe)."""
    got = extract_page("标题\n\n" + text, source_name="eb_x.txt", date="2011-09-15").agreements
    assert [(a.kind, a.date) for a in got] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "本报讯 甲乙集团与丙丁公司签订了合资合同，签字仪式在北京饭店举行。",
            [("合资合同", ["甲乙集团", "丙丁公司"])],
            id="a-ceremony-after-the-agreement-its-verb-told-is-no-second",
        ),
        pytest.param(
            "本报讯 甲乙集团与丙丁公司签订了合资合同。甲乙集团还与戊己公司签署协议。",
            [("合资合同", ["甲乙集团", "丙丁公司"]), ("协议", ["甲乙集团", "戊己公司"])],
            id="a-bare-kind-with-other-parties-is-another-agreement",
        ),
    ],
)
def test_an_agreement_told_again_is_the_one_told_first(text, expected):
    """An agreement told again is no agreement of its own: a ceremony after the verb that told it (named_first, as it
    reads), or one with the same resolved parties (resolve._restated_agreements); with other parties it is another."""
    got = extract_page("标题\n\n" + text, date="1998-01-27").agreements
    assert [(a.kind, a.parties) for a in got] == expected


PROBE30_AGREEMENTS = [
    pytest.param(
        "江城港务集团有限公司昨天分别与东洋航运有限公司、江城铁路物流有限公司签署了航线合作协议和海铁联运合作协议。",
        [
            ("航线合作协议", ["江城港务集团有限公司", "东洋航运有限公司"], "2009-03-02"),
            ("海铁联运合作协议", ["江城港务集团有限公司", "江城铁路物流有限公司"], "2009-03-02"),
        ],
        id="one-with-each-partner-each-its-own-kind-in-order",
    ),
    pytest.param(
        "江城港务集团有限公司昨天分别与东洋航运有限公司、江城铁路物流有限公司签署了合作协议。",
        [
            ("合作协议", ["江城港务集团有限公司", "东洋航运有限公司"], "2009-03-02"),
            ("合作协议", ["江城港务集团有限公司", "江城铁路物流有限公司"], "2009-03-02"),
        ],
        id="one-kind-with-each-partner-unchanged",
    ),
    pytest.param(
        "江城新港昨天正式开港。\n码头由江城港务集团有限公司投资建设，于2007年3月开工。\n"
        "开港仪式上，江城港务集团有限公司与东洋航运有限公司签署了航线合作协议。",
        [("航线合作协议", ["江城港务集团有限公司", "东洋航运有限公司"], "2009-03-02")],
        id="a-month-looked-back-to-is-not-the-day-of-the-ceremony",
    ),
    pytest.param(
        "江城光伏电站昨天实现全容量并网发电。\n电站去年4月开工，总投资20亿元。\n"
        "并网仪式上，江城绿能集团有限公司与江城市人民政府签署了二期项目投资协议。",
        [("二期项目投资协议", ["江城绿能集团有限公司", "江城市人民政府"], "2009-03-02")],
        id="last-years-month-looked-back-to-after-a-grid-connection",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE30_AGREEMENTS)
def test_probe30_kinds_each_with_its_partner_and_the_ceremonys_day(text, expected):
    """甲分别与乙、丙签署了A协议和B协议: A with 乙, B with 丙; and an agreement signed 仪式上 a paragraph after a project's
    start told by its month (于2007年3月开工) is of the ceremony's day, not that month (b30 probe)."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.kind, a.parties, a.date) for a in got] == expected


PROBE31_AGREEMENTS = [
    pytest.param(
        "江城投资环境推介会昨天在县会展中心举行。县委书记王一明出席推介会。\n"
        "推介会上，江城经济开发区管委会与东洋纺织集团有限公司签订了纤维项目投资合同。",
        [("纤维项目投资合同", ["江城经济开发区管理委员会", "东洋纺织集团有限公司"], "2009-03-02")],
        id="a-paragraph-opening-at-the-fair-told-before",
    ),
    pytest.param(
        "第三届江城地方合作论坛昨天开幕，副省长王一明出席开幕式并致辞。\n"
        "开幕式后，江城市人民政府与东洋物流集团有限公司签订了友好合作协议。",
        [("友好合作协议", ["江城市人民政府", "东洋物流集团有限公司"], "2009-03-02")],
        id="after-the-opening-told-before-with-a-comma",
    ),
    # (b33 probe: a closing ceremony, a meeting named by its own word before 会后, the days of a meeting)
    pytest.param(
        "首届江城出口商品交易会昨天闭幕，副省长王一明出席闭幕式。\n"
        "闭幕式上，江城粮油进出口公司与东洋贸易股份公司签订了大豆出口合同。",
        [("大豆出口合同", ["江城粮油进出口公司", "东洋贸易股份公司"], "2009-03-02")],
        id="at-the-closing-told-before",
    ),
    pytest.param(
        "检查组昨天在江城召开反馈会，副省长王一明出席。\n"
        "反馈会后，江城市环境保护局与江城冶炼厂签订了污染限期治理协议。",
        [("污染限期治理协议", ["江城市环境保护局", "江城冶炼厂"], "2009-03-02")],
        id="after-a-meeting-named-by-its-own-word",
    ),
    pytest.param(
        "全省农村工作会议昨天在江城召开，省长王一明主持会议。\n"
        "会议期间，江城市农业农村局与东洋农业发展有限公司签署了战略合作协议。",
        [("战略合作协议", ["江城市农业农村局", "东洋农业发展有限公司"], "2009-03-02")],
        id="during-the-meeting-told-before",
    ),
    pytest.param(
        "江城农业科技合作座谈会昨天在京举行。副省长王一明出席座谈会并讲话。\n"
        "座谈会上，江城农业科学院与东洋农业交流协会签署了水稻育种合作研究协议书。",
        [("水稻育种合作研究协议书", ["江城农业科学院", "东洋农业交流协会"], "2009-03-02")],
        id="a-paragraph-opening-at-the-symposium-told-before",
    ),
    pytest.param(
        "第五届江城经贸洽谈会昨天开幕。副省长王一明出席。\n"
        "洽谈会上，江城市人民政府与东洋物流集团有限公司签订了物流园区合作协议。",
        [("物流园区合作协议", ["江城市人民政府", "东洋物流集团有限公司"], "2009-03-02")],
        id="a-paragraph-opening-at-the-trade-fair-told-before",
    ),
    # (b39 probe: a day to come told between, 计划明年4月开工, carries to no later sentence)
    pytest.param(
        "江城市人民政府与东洋数据科技有限公司昨天签署了数据中心合作协议。该项目计划明年4月开工。"
        "签约仪式上，江城经济开发区管委会与东洋电力有限公司签订了直供电协议。",
        [
            ("数据中心合作协议", ["江城市人民政府", "东洋数据科技有限公司"], "2009-03-02"),
            ("直供电协议", ["江城经济开发区管理委员会", "东洋电力有限公司"], "2009-03-02"),
        ],
        id="at-the-ceremony-after-a-day-to-come",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE31_AGREEMENTS)
def test_probe31_an_agreement_at_or_after_an_opening_told_before_is_of_its_day(text, expected):
    """推介会上，/开幕式上，/开幕式后，… opening a paragraph: at or after the fair or forum told before, on its day (b31 probe)."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.kind, a.parties, a.date) for a in got] == expected


PROBE34_AMOUNTS = [
    pytest.param(
        "江城开发区管委会分别与东洋实业有限公司、南星集团签订了电池项目合同和食品园合作协议，投资额分别为１．２亿美元和"
        "６０００万美元；江城市人民政府与北辰机械公司签订了合作协议，总投资２５００万美元。",
        [
            (["江城开发区管理委员会", "东洋实业有限公司"], "１．２亿美元"),
            (["江城开发区管理委员会", "南星集团"], "６０００万美元"),
            (["江城市人民政府", "北辰机械公司"], "２５００万美元"),
        ],
        id="kinds-with-each-partner-their-sums-in-order",
    ),
    pytest.param(
        "会上，东洋银行江城分行分别与南星钢铁集团有限公司、北辰重工科技股份有限公司签订了授信协议，授信额度分别是50亿元"
        "和30亿元。",
        [
            (["东洋银行江城分行", "南星钢铁集团有限公司"], "50亿元"),
            (["东洋银行江城分行", "北辰重工科技股份有限公司"], "30亿元"),
        ],
        id="one-kind-with-each-partner-their-sums-in-order",
    ),
    pytest.param(
        "江城开发区管委会分别与东洋实业有限公司、南星集团签订了投资合同，总投资分别为8亿元。",
        [
            (["江城开发区管理委员会", "东洋实业有限公司"], "8亿元"),
            (["江城开发区管理委员会", "南星集团"], "8亿元"),
        ],
        id="fewer-sums-than-agreements-the-first-for-all",
    ),
    pytest.param(
        "东海新能源股份有限公司与南星投资有限公司、北辰光电集团有限公司分别签订了股权转让协议，以4.2亿元和2.1亿元的"
        "价格分别收购南星太阳能科技有限公司60%股权和北辰硅材料有限公司51%股权。",
        [
            (["东海新能源股份有限公司", "南星投资有限公司"], "4.2亿元"),
            (["东海新能源股份有限公司", "北辰光电集团有限公司"], "2.1亿元"),
        ],
        id="prices-told-before-fenbie-in-order",
    ),
    pytest.param(
        "东江银行南城分行与南城市人民政府签订了战略合作协议；同时与北山重工集团有限公司、西河港务有限公司分别签署了授信合同，"
        "授信额度分别为30亿元和12亿元。",
        [
            (["东江银行南城分行", "南城市人民政府"], None),
            (["东江银行南城分行", "北山重工集团有限公司"], "30亿元"),
            (["东江银行南城分行", "西河港务有限公司"], "12亿元"),
        ],
        id="ext33-the-subject-before-a-semicolon-signs-with-each-partner-after-tongshi-yu",
    ),
    pytest.param(
        "东江银行南城分行与南城市人民政府签订了战略合作协议，还与北山重工集团有限公司签署了授信合同。",
        [(["东江银行南城分行", "南城市人民政府"], None), (["东江银行南城分行", "北山重工集团有限公司"], None)],
        id="ext33-the-subject-of-the-clause-before-signs-after-hai-yu",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE34_AMOUNTS)
def test_probe34_sums_told_with_each_partner_are_theirs_in_order(text, expected):
    """甲分别与乙、丙签订了A和B，投资额分别为X和Y: X of 甲+乙, Y of 甲+丙; sums not as many as the agreements leave the
    sum every agreement of the verb gets (b34 probe). A clause opening with 同时与/还与 signs with the subject of the
    clause before, in its sentence or the one before its ；(ext33: b36's credit contracts read as one of the partners)."""
    got = extract_page("标题\n\n昨天，" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.parties, a.amount.as_written if a.amount else None) for a in got] == expected


PROBE34_SUM_TOLD_AFTER = [
    pytest.param(
        "前天下午，省科技厅与江城市人民政府签署了厅市会商合作框架协议，周一群见证签约。\n"
        "根据协议，省科技厅将在今后三年安排专项资金2亿元，支持江城高新区建设创新平台。",
        "2亿元",
        id="a-sum-in-the-next-paragraph-opening-on-the-agreement",
    ),
    pytest.param(
        "前天下午，省科技厅与江城市人民政府签署了厅市会商合作框架协议，周一群见证签约。\n"
        "江城高新区去年实现技工贸总收入1200亿元。",
        None,
        id="a-sum-in-the-next-paragraph-on-something-else",
    ),
    pytest.param(
        "前天下午，甲乙机床股份有限公司与丙丁控股公司签署了股权收购协议，周一群出席签字仪式。"
        "丙丁机床有限公司成立于1952年，去年销售收入1.2亿欧元。",
        None,
        id="a-partys-sales-in-the-next-sentence-are-no-sum-of-the-deal",
    ),
    pytest.param(
        "前天下午，甲乙机床股份有限公司与丙丁控股公司签署了股权收购协议，周一群出席签字仪式。收购价款为8000万欧元。",
        "8000万欧元",
        id="a-price-in-the-next-sentence-is-the-sum-of-the-deal",
    ),
]


@pytest.mark.parametrize("text,amount", PROBE34_SUM_TOLD_AFTER)
def test_probe34_a_sum_told_in_the_next_paragraph_by_the_agreement(text, amount):
    """根据协议，… opening the next paragraph still tells the agreement just signed: its sum is the agreement's; a next
    paragraph about something else gives none (b34 probe), nor does a party's business figure in the next sentence
    (去年销售收入1.2亿欧元: b41 probe, read as the acquisition's sum; agreement_kinds.yaml amount_stat_terms)."""
    got = extract_page("标题\n\n发布时间：2011-06-24\n" + text, source_name="eb_x.txt").agreements
    assert [a.amount.as_written if a.amount else None for a in got] == [amount]


PROBE41_SIDES_BACK = [
    pytest.param(
        "甲乙农场与丙丁乳品有限公司的合资合同前天在哈尔滨正式签订。甲乙农场场长刘一华和丙丁乳品有限公司董事长王一明在合同上签字，"
        "黑龙江省副省长孙一国、新西兰驻华大使彼得·格林出席签字仪式。双方去年１２月在奥克兰草签了合作意向书。",
        "合作意向书",
        ["甲乙农场", "丙丁乳品有限公司"],
        id="sides-past-the-witnesses-sentence",
    ),
    pytest.param(
        "甲省政府与乙特区政府举行联席会议。双方就金融、科技等事项达成合作协议。",
        "合作协议",
        ["甲省政府", "乙特区政府"],
        id="sides-of-the-sentence-before",
    ),
]


@pytest.mark.parametrize("text,kind,parties", PROBE41_SIDES_BACK)
def test_probe41_sides_named_back_are_not_the_witnesses_bodies(text, kind, parties):
    """双方 opening a sentence after a signing and its witnesses (…出席签字仪式。双方去年…草签了意向书) are the sides of that
    signing, not the bodies of the officials who witnessed it (b41 probe: the province's government and the embassy)."""
    got = extract_page("标题\n\n新华社哈尔滨１月１４日电 " + text, date="1998-01-14").agreements
    assert [a.parties for a in got if a.kind == kind] == [parties]


PROBE41_SIGNER_FOR_THE_BODY = [
    pytest.param(
        "甲乙农场党委书记兼场长刘一华和丙丁乳品有限公司董事长王一明分别代表双方在合资合同上签字。",
        ["甲乙农场", "丙丁乳品有限公司"],
        id="farm-party-secretary-and-director-signs-for-the-farm",
    ),
    pytest.param(
        "甲乙集团公司党委书记、董事长刘一华与丙丁银行行长王一明签署了银企合作协议。",
        ["甲乙集团公司", "丙丁银行"],
        id="group-party-secretary-and-chairman-signs-for-the-group",
    ),
]


@pytest.mark.parametrize("text,parties", PROBE41_SIGNER_FOR_THE_BODY)
def test_probe41_a_firms_party_secretary_and_head_signs_for_the_firm(text, parties):
    """<body>党委书记兼/、场长/董事长… signing signs for the body, not its Party committee, as 市委副书记、市长 signs for the
    government (agreement_kinds.yaml signer_as_body; b41 probe: the farm's 党委 read as the contract's side)."""
    got = extract_page("标题\n\n新华社哈尔滨１月１４日电 " + text, date="1998-01-14").agreements
    assert [a.parties for a in got] == [parties]


PROBE41_SAME_OCCASION_AGAIN = [
    pytest.param(
        "前天（7月14日），华远金融租赁有限公司与丙丁航空股份有限公司在成都签订了飞机经营租赁合同。据介绍，该公司于2008年5月开业。"
        "同时，华远金融租赁还与中国进出口银行成都分行签订了5亿美元的飞机融资贷款协议。",
        ["2009-07-14", "2009-07-14"],
        id="tongshi-the-subject-signs-again-that-day",
    ),
]


@pytest.mark.parametrize("text,dates", PROBE41_SAME_OCCASION_AGAIN)
def test_probe41_an_agreement_signed_again_at_the_same_occasion_takes_its_day(text, dates):
    """同时/同日/此外…，甲还与丙签订了… after a dated agreement of 甲 in the paragraph (甲 written short) was signed that day,
    though a background sentence with another time stands between (agreement_kinds.yaml same_occasion_again; b41 probe:
    the lease's loan undated)."""
    got = extract_page("标题\n\n每日经济新闻讯（记者 赵勇）" + text, date="2009-07-16").agreements
    assert [a.date for a in got] == dates


PROBE44_WHAT_A_PARTY_IS = [
    pytest.param(
        "今天（12月2日），国家主席王一川同甲国总统举行会谈。智利是首个同中国签署双边自由贸易协定的拉美国家。",
        id="the-first-country-to-have-signed",
    ),
    pytest.param(
        "发布时间：2011-05-06\n本报讯 昨天，市长刘一明会见了东方集团客人。我市成为全省第一个与东方集团签订战略合作协议的城市。",
        id="became-the-first-city-to-have-signed",
    ),
]


@pytest.mark.parametrize("text", PROBE44_WHAT_A_PARTY_IS)
def test_probe44_what_a_party_is_tells_no_signing(text):
    """…是首个同乙签署…的…, 成为全省第一个与乙签订…的…: what the party is, said of a signing before, is neither an
    agreement of the day nor a signing event (agreement_kinds.yaml required_before; b44 probe: a background sentence of
    the state visit read as the day's free-trade agreement and a signing)."""
    page = extract_page("标题\n\n" + text, source_name="2025-12-02-1")
    assert page.agreements == [] and [e for e in page.events if e.kind == "signing"] == []


PROBE44_HOME_SIGNER_BY_NAME = [
    pytest.param(
        "今天（12月2日），国家主席王一川同智利总统举行会谈。外交部部长李一宇参加会谈。会谈后，两国元首共同见证李一宇与智利外交部长何塞·伊瓦涅斯签署两国政府互免签证协定。",
        ("互免签证协定", ["中华人民共和国", "智利政府"]),
        id="the-home-minister-named-only-by-his-name",
    ),
    pytest.param(
        "今天（11月3日），国务院总理赵一平同德国总理举行会谈。商务部部长孙一华参加会谈。会谈后，孙一华同德国经济部长施密特签署了两国政府投资保护协定。",
        ("投资保护协定", ["中华人民共和国", "德国政府"]),
        id="the-home-minister-named-before-the-foreign-one",
    ),
]


@pytest.mark.parametrize("text,want", PROBE44_HOME_SIGNER_BY_NAME)
def test_probe44_a_two_governments_agreement_with_one_foreign_side_is_the_home_nations_too(text, want):
    """两国政府…协定 signed by a home minister named by no body in the clause (甲与乙国外交部长签署) and a foreign one:
    the two sides are the home nation and that country's government (agreements.py; b44 probe: only 智利外交部)."""
    got = extract_page("标题\n\n" + text, source_name="2025-12-02-1").agreements
    assert (want[0], set(want[1])) in [(a.kind, set(a.parties)) for a in got]


PROBE47_AT_A_MEETING_TOLD = [
    pytest.param(
        "检查组昨天在江城召开汇报会，副省长王一明出席汇报会并讲话。\n"
        "汇报会上，江城市环境保护局与东洋市环境保护局签署了跨界水污染协调处理协议。",
        [("跨界水污染协调处理协议", ["江城市环境保护局", "东洋市环境保护局"], "2009-03-02")],
        id="at-a-report-meeting-told-before",
    ),
    pytest.param(
        "两市对口帮扶联席会议昨天在江城召开，市长王一明主持会议。\n"
        "联席会上，江城市人民政府与东洋市人民政府签订了对口帮扶协议。",
        [("对口帮扶协议", ["江城市人民政府", "东洋市人民政府"], "2009-03-02")],
        id="at-a-joint-meeting-told-before",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE47_AT_A_MEETING_TOLD)
def test_probe47_an_agreement_at_any_meeting_told_before_is_of_its_day(text, expected):
    """X会上， opening a paragraph (汇报会上，联席会上，) is at the meeting told before, on its day, as 座谈会上， and 洽谈会上，
    already were (event_kinds.yaml scene_sequel; b47 probe: a joint inspection's 汇报会上 signings had no day)."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.kind, a.parties, a.date) for a in got] == expected


PROBE47_KINDS_AND_FIELDS = [
    pytest.param(
        "昨天，江城市人民政府与东洋市人民政府签订了新一轮对口帮扶协议。",
        [("对口帮扶协议", ["对口帮扶"])],
        id="a-new-round-is-no-part-of-the-kind",
    ),
    pytest.param(
        "昨天，江城市人民政府与东洋市人民政府签订了对口帮扶协议，江城每年将安排帮扶资金5000万元，"
        "重点支持东洋在产业园区、教育和卫生领域的建设。",
        [("对口帮扶协议", ["产业园区", "教育", "卫生"])],
        id="what-the-funds-support-in-fields-no-field-of-its-own",
    ),
    pytest.param(
        "昨天，江城市人民政府与东洋市人民政府签署了建立友好城市关系协议书。"
        "两市将在港口物流、水产养殖和文化教育方面开展交流与合作。",
        [("建立友好城市关系协议书", ["港口物流", "水产养殖", "文化教育"])],
        id="fields-of-exchange-and-cooperation",
    ),
]


@pytest.mark.parametrize("text,want", PROBE47_KINDS_AND_FIELDS)
def test_probe47_kinds_and_fields(text, want):
    """新一轮 before a kind is no part of it (agreement_kinds.yaml kind_prefix_drop); 重点支持甲在A、B领域的建设: the fields
    A, B, not 甲在A nor B领域的建设 (fields_local); 在…方面开展交流与合作 names the fields as …开展合作 does (fields_pattern)
    (b47 probe: a paired-assistance agreement and a sister-city agreement)."""
    got = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03").agreements
    assert [(a.kind, a.fields) for a in got] == want


PROBE47_FOREIGN_DIVISIONS = [
    pytest.param(
        "昨天，昆明市人民政府与泰国清莱府签署了友好交流意向书。",
        ["昆明市人民政府", "清莱府"],
        id="a-thai-province-after-its-country",
    ),
    pytest.param(
        "昨天，烟台市人民政府与爱知县签署了经贸合作备忘录。",
        ["烟台市人民政府", "爱知县"],
        id="a-japanese-prefecture-alone",
    ),
    pytest.param(
        "昨天，昆明市人民政府与东洋贸易株式会社在泰国清莱府签署了合作协议。",
        ["昆明市人民政府", "东洋贸易株式会社"],
        id="the-province-as-the-venue-signs-nothing",
    ),
]


@pytest.mark.parametrize("text,parties", PROBE47_FOREIGN_DIVISIONS)
def test_probe47_a_foreign_division_signs_as_itself(text, parties):
    """A foreign first-level division joined to the verb or another party (与泰国清莱府签署) is a party as itself, an
    organisation of type government, as its head's post names it (b36); after 在 it is the venue (agreements.py
    foreign_parties; b47 probe: the Thai province of a sister-city letter of intent was lost)."""
    page = extract_page("标题\n\n" + text, source_name="cnews_x.txt", date="2009-03-03")
    assert [a.parties for a in page.agreements] == [parties]
    types = {o["name"]: o["type"] for o in page.to_gold()["organizations"]}
    assert all(types.get(p) == "government" for p in parties if not p.endswith("株式会社"))
