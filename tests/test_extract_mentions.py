"""Step `mentions`: persons, orgs, places, industries, titles (made-up sentences)."""

from __future__ import annotations

import pytest
from kgqa.extract.mentions import name_at, place_of
from kgqa.extract.pipeline import Doc, Pipeline


def mentions(text: str, kind: str) -> list[str]:
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    return [m.text for m in d.mentions if m.kind == kind]


@pytest.mark.parametrize(
    "text,start,name",
    [
        ("陈向东主持会议", 0, "陈向东"),
        ("郑鹏一行来访", 0, "郑鹏"),
        ("陈磊同志主持", 0, "陈磊"),
        ("何钟强调", 0, "何钟"),
        ("范玲召召集会议", 0, "范玲召"),
        ("欧阳明日出席", 0, "欧阳明日"),
        ("艾尔肯·吐尼亚孜主持", 0, "艾尔肯·吐尼亚孜"),
        ("于乐，", 0, "于乐"),
        ("艾力江·阿不都热依木陪同调研", 0, "艾力江·阿不都热依木"),
        ("山本浩一一行来访", 0, "山本浩一"),
        ("田中健一表示", 0, "田中健一"),
        ("欧阳明一行来访", 0, "欧阳明"),
        ("田中健一率领代表团", 0, "田中健一"),
        ("李在勋为工程奠基", 0, "李在勋"),
        ("李在北京出席会议", 0, None),
        ("吐尔洪·买买提出席会议", 0, "吐尔洪·买买提"),
        ("约翰·史密斯提出建议", 0, "约翰·史密斯"),
    ],
    ids=[
        "three",
        "yixing",
        "tongzhi",
        "verb-after-two",
        "repeated-char",
        "double-surname",
        "translit",
        "two-comma",
        "translit-long-before-a-stop-word",
        "japanese-given-name-ending-yi-before-yixing",
        "japanese-given-name-ending-yi-before-speech",
        "double-surname-then-yixing-stays-short",
        "name-ended-by-shuailing",
        "korean-given-name-opening-with-zai",
        "zai-before-a-place-is-no-given-name",
        "translit-ending-in-ti-before-chuxi-overlapping-stop-words",
        "translit-before-tichu",
    ],
)
def test_name_at(text, start, name):
    assert name_at(text, start) == name


@pytest.mark.parametrize(
    "text,kind,expected",
    [
        ("市委书记丁大强出席。", "person", ["丁大强"]),
        ("居民赵小东将锦旗送来。", "person", ["赵小东"]),
        ("市政府与山西华兴集团有限公司签署协议。", "org", ["山西华兴集团有限公司", "山西华兴集团"]),
        ("8家银行与9家企业签约。", "org", []),
        ("对市商务局和交通银行的服务表示感谢。", "org", ["市商务局", "交通银行"]),
        ("长治地处太行腹地。", "place", ["长治"]),
        ("围绕氢能、装备制造等产业开展合作。", "industry", ["氢能", "装备制造"]),
        ("他说，这里是“虚拟电厂”的试点。", "org", []),
    ],
    ids=[
        "title-name",
        "role-name",
        "company",
        "counted-not-org",
        "two-orgs",
        "place-short",
        "industries",
        "quoted-concept",
    ],
)
def test_mentions(text, kind, expected):
    assert mentions(text, kind) == expected


def test_place_lexicon():
    assert place_of("长治").name == "长治市"
    assert place_of("潞州区").city == "长治市"


@pytest.mark.parametrize(
    "short,full",
    [
        pytest.param("河北", "河北省", id="province-before-municipal-district"),
        pytest.param("吉林", "吉林省", id="province-before-its-city"),
        pytest.param("河北区", "河北区", id="district-by-full-name"),
    ],
)
def test_short_place_prefers_higher_level(short, full):
    """A short form shared by divisions of different levels reads as the higher one."""
    assert place_of(short).name == full


@pytest.mark.parametrize(
    "text,expected",
    [
        ("李明已出任市交通局局长。", ["市交通局"]),
        ("王华1998年进入华信投资公司工作。", ["华信投资公司"]),
        ("该村建设了3个面粉厂和两所中学。", []),
        ("民办学校发展很快，整个学校面貌一新。", []),
        ("山西山西省商务厅召开会议。", ["山西省商务厅"]),
        ("工业和信息化部发布通知。", ["工业和信息化部"]),
        ("目前住房和城乡建设厅已经着手。", ["住房和城乡建设厅"]),
        ("一位原建设部副部级官员说。", ["建设部"]),
        ("他捐资兴建中学一所。", []),
        ("此举引起凯纳维政府的重视。", ["凯纳维政府"]),
        ("该书荣获凯纳维部颁发的奖项。", ["凯纳维部"]),
        ("将持有凯纳维证券公司股份。", ["凯纳维证券公司", "凯纳维证券"]),
        ("新华社北京６月１２日电凯纳维政府办公厅宣布。", ["新华社", "凯纳维政府办公厅", "凯纳维政府"]),
        ("他担任着凯纳村党支部委员。", ["凯纳村党支部"]),
        ("华北中部和东北大部地区有雨。", []),
        ("第9军军长钟小玲率部起义。", []),
        ("店主学会了英语。", []),
    ],
    ids=[
        "verb-of-post",
        "year-then-verb",
        "counted-bodies",
        "descriptor-only",
        "doubled-place",
        "he-inside-name",
        "time-adverb",
        "former-name-rank",
        "building-verb",
        "verb-with-object-yinqi",
        "verb-with-object-ronghuo",
        "verb-with-object-chiyou",
        "wire-dateline-dian",
        "particle-zhe",
        "most-parts-is-no-body",
        "lead-troops-is-no-body",
        "learned-is-no-society",
    ],
)
def test_org_left_boundary(text, expected):
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("王一民、李小华、赵国强，有关部门负责同志参加会议。", ["王一民", "李小华", "赵国强"]),
        ("　　陈东、阿不都·热合曼出席。", ["陈东", "阿不都·热合曼"]),
        ("北京、上海、广州参加展会。", []),
        ("王一民、李小华介绍了情况。", []),
        ("市长王一民、副市长李小华出席。", ["王一民", "李小华"]),
        ("省党政军领导王一民、李小华、赵国强出席了仪式。", ["王一民", "李小华", "赵国强"]),
        ("有关方面领导王一民、昌立廷、赵国强出席。", ["王一民", "昌立廷", "赵国强"]),
        ("王一民、昌立廷出席。", []),
        ("钢铁、煤炭、电力等行业参与改革。", []),
    ],
    ids=[
        "list-then-clause",
        "translit-in-list",
        "places-not-persons",
        "no-attending-verb",
        "titled-list",
        "group-of-leaders-opens-list",
        "rare-family-name-inside-list",
        "rare-name-needs-two-read-names",
        "sectors-not-persons",
    ],
)
def test_official_lists(text, expected):
    # names found by their look alone (extract/names.py, the learned model) are other rules': left out here
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    assert [m.text for m in d.mentions if m.kind == "person" and m.value not in ("names", "learned")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("某某能源研究所张国华认为，节能投资很大。", ["张国华"]),
        ("某某能源研究所张国华的报告。", ["张国华"]),  # no speech verb: no member of the body, still a name
        ("摩根银行研究部的高级分析师。", []),
        ("区领导班子探索新路。", []),
        ("自治区政协主席努尔兰·阿不都满金出席。", ["努尔兰·阿不都满金"]),
        ("市長張大為出席。", ["張大為"]),
    ],
    ids=[
        "org-then-name-speaks",
        "org-name-no-verb",
        "longer-title-after-de",
        "banzi-not-name",
        "translit-du",
        "traditional-title",
    ],
)
def test_person_patterns(text, expected):
    assert mentions(text, "person") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新公司命名为“华光材料有限公司”。", ["华光材料有限公司"]),
        ("项目将落户于长治市某某高科技开发区内。", ["长治市某某高科技开发区"]),
        ("顺利通过省验收工作组验收。", ["省验收工作组"]),
        ("将联动华光生物医药创新园发展。", ["华光生物医药创新园"]),
        ("各地财政部门要加强管理。", []),
        ("财政部要加强管理。", ["财政部"]),
        ("监管部门日前核准甲乙证券有限责任公司吸收合并。", ["甲乙证券有限责任公司", "甲乙证券"]),
        ("省政府批复甲乙证券股份有限公司设立分公司。", ["省政府", "甲乙证券股份有限公司", "甲乙证券"]),
        ("省长张一平作政府工作报告。", []),
        ("全国水利厅局长会议今天召开。", []),
        ("丁一在中国驻法兰克福总领事馆出席招待会。", ["中国驻法兰克福总领事馆"]),
        ("甲乙公司与中国驻法兰克福总领事馆签署协议。", ["甲乙公司", "中国驻法兰克福总领事馆"]),
        ("海门市长江建设有限公司与丙丁银行签约。", ["海门市长江建设有限公司", "丙丁银行"]),
        ("丙丁县长城建材有限公司成立。", ["丙丁县长城建材有限公司"]),
    ],
    ids=[
        "quoted-company-kept",
        "preposition-before-place",
        "passed-by",
        "innovation-park",
        "known-name-inside-a-word",
        "known-name",
        "approved-verb-before-company",
        "reply-verb-before-company",
        "government-work-report",
        "bureau-heads-of-all-provinces",
        "sender-and-zhu-before-a-consulate-after-zai",
        "sender-and-zhu-before-a-consulate-after-yu",
        "title-inside-a-company-name-city",
        "title-inside-a-company-name-county",
    ],
)
def test_org_boundary_more(text, expected):
    assert mentions(text, "org") == expected


def persons(text: str) -> list[tuple[str, str]]:
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    return [(m.text, m.value) for m in d.mentions if m.kind == "person"]


# Fusion of the rules with the learned recogniser (extract/ner.py): a title next to a name
# decides; a learned span is evidence taken where no rule reads the text otherwise.
@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("市长韩建业主持会议。", [("韩建业", "title")], id="title-name-agree"),
        pytest.param("钟小玲说，今年的收成比去年好。", [("钟小玲", "learned")], id="learned-alone"),
        pytest.param("市委书记方德明、市长吕新华出席。", [("方德明", "title"), ("吕新华", "title")], id="titled-pair"),
        pytest.param("今天天气很好，大家都出门了。", [], id="nothing"),
    ],
)
def test_fusion_persons(text, expected):
    assert persons(text) == expected


def spans_of(body: str, learned: list[tuple]) -> list[tuple]:
    """Learned (word, label[, confidence]) given by hand as (start, end, label[, confidence]) in body."""
    return [(body.index(w), body.index(w) + len(w), *rest) for w, *rest in learned]


def fused(text: str, learned: list[tuple], monkeypatch) -> list[tuple[str, str]]:
    """Persons after fusing the rules' mentions of text with the given learned (span, label[, confidence])s."""
    from kgqa.extract import mentions as step
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    body = d.facts.articles[0].body
    rules = [m for m in d.mentions if m.value != "names"]
    return [(m.text, m.value) for m in step.fuse(body, 0, rules, spans_of(body, learned), set()) if m.kind == "person"]


# The same rules with a learned span given by hand, so each rule is seen whatever the model says.
@pytest.mark.parametrize(
    "text,learned,expected",
    [
        pytest.param("钟小玲说，收成好。", [("钟小玲", "PER")], [("钟小玲", "learned")], id="learned-taken"),
        pytest.param("长治今年粮食丰收。", [("长治", "PER")], [], id="division-not-person"),
        pytest.param("会后黎巴嫩表示反对。", [("黎巴嫩", "PER", 0.99)], [], id="country-not-person"),
        pytest.param("钟小玲说，收成好。", [("钟小玲", "PER", 0.4)], [], id="too-unsure-not-taken"),
        pytest.param("钟小玲说，收成好。", [("钟小玲", "PER", 0.55)], [], id="below-the-floor-not-taken"),
        pytest.param(
            "钟小玲说，收成好。", [("钟小玲", "PER", 0.65)], [("钟小玲", "learned")], id="above-the-floor-taken"
        ),
        pytest.param(
            "副主席阿卜杜·卡里姆·马赫迪率领代表团来访。",
            [("阿卜杜·卡里姆·马赫迪", "PER", 0.88)],
            [("阿卜杜·卡里姆·马赫迪", "title")],
            id="fairly-sure-dotted-name-verb-left-out",
        ),
        pytest.param("市长韩建业主持会议。", [("韩建", "PER")], [("韩建业", "title")], id="title-decides-boundary"),
        pytest.param("本报记者钟小玲、邵建平报道。", [("钟小玲", "PER"), ("邵建平", "PER")], [], id="reporters-credit"),
        pytest.param("好得很。（钟小玲 邵建平）\n", [("钟小玲", "PER"), ("邵建平", "PER")], [], id="photo-credit"),
        pytest.param("学习方德明理论。", [("方德明", "PER")], [], id="doctrine"),
        pytest.param("他说，钟小玲则表示反对。", [("钟小玲则", "PER")], [("钟小玲", "learned")], id="particle-trimmed"),
        pytest.param("华润达电子公司成立。华润达的产品好。", [("华润达", "PER")], [], id="head-of-org-name"),
        pytest.param("他们感到乔迁之喜。", [("乔迁之喜", "PER")], [], id="idiom-four-chars"),
        pytest.param("经理邵建这番话很好。", [("邵建", "PER")], [("邵建", "title")], id="title-particle-cut"),
        pytest.param(
            "董事长邵建平、南湖台商协会会长钟小玲出席。",
            [("邵建平", "PER"), ("南湖台商协会", "ORG")],
            [("邵建平", "title"), ("钟小玲", "title")],
            id="inside-learned-org",
        ),
        # a learned span the model is sure of (confidence >= SURE) is stronger evidence
        pytest.param(
            "外长费尔南德斯等人出席。",
            [("费尔南德斯", "PER", 0.99)],
            [("费尔南德斯", "title")],
            id="learned-end-where-the-rules-end-is-no-end",
        ),
        pytest.param(
            "副主席阿卜杜·卡里姆·马赫迪率领代表团来访。",
            [("阿卜杜·卡里姆·马赫迪", "PER", 0.99)],
            [("阿卜杜·卡里姆·马赫迪", "title")],
            id="dotted-name-verb-left-out",
        ),
        pytest.param(
            "市长韩建业主持会议。",
            [("韩建业主", "PER", 0.99)],
            [("韩建业", "title")],
            id="rules-end-before-a-verb-stays",
        ),
        pytest.param("他们感到乔迁之喜。", [("乔迁之喜", "PER", 0.99)], [], id="sure-but-a-dictionary-word"),
        pytest.param("本报记者钟小玲报道。", [("钟小玲", "PER", 0.99)], [], id="sure-but-a-credit"),
        pytest.param(
            "钟小玲女士说，收成好。", [("钟小玲女士", "PER", 0.99)], [("钟小玲", "learned")], id="address-cut-off"
        ),
        pytest.param(
            "由于钟小玲政府拒绝让步。", [("钟小玲", "PER", 0.99)], [("钟小玲", "learned")], id="leader-of-a-government"
        ),
        pytest.param(
            "外援鲁维内将球踢进。",
            [("鲁维内", "PER", 0.7)],
            [("鲁维内", "learned")],
            id="a-transliterated-name-opening-with-a-family-name",
        ),
        pytest.param(
            "委员会主席阿卜杜·卡里姆日前宣布延期。",
            [],
            [("阿卜杜·卡里姆", "title")],
            id="a-dotted-name-ends-before-a-time-word",
        ),
    ],
)
def test_fusion_rules(text, learned, expected, monkeypatch):
    assert fused(text, learned, monkeypatch) == expected


# jieba's dictionary lists some names as plain words: one rarer than RARE_WORD is a name when the model is sure.
@pytest.mark.parametrize(
    "count,conf,expected",
    [
        pytest.param(5, 0.99, [("钟小玲", "learned")], id="rare-word-sure"),
        pytest.param(5, 0.6, [], id="rare-word-unsure"),
        pytest.param(5000, 0.99, [], id="common-word-sure"),
    ],
)
def test_fusion_a_name_listed_as_a_word(count, conf, expected, monkeypatch):
    from kgqa.extract import mentions as step
    from kgqa.extract import names, ner

    monkeypatch.setattr(ner, "word_class", lambda w: "w" if w == "钟小玲" else None)
    monkeypatch.setattr(names, "dictionary_count", lambda w: count if w == "钟小玲" else 0)
    monkeypatch.setattr(step, "name_score", lambda *a: None)
    assert fused("他说，钟小玲今天到了。", [("钟小玲", "PER", conf)], monkeypatch) == expected


# A learned name that jieba's dictionary lists as a person's name (class r) needs no name statistics:
# the model and the dictionary agree, even where the statistics find the name unlikely.
@pytest.mark.parametrize(
    "word_class,conf,expected",
    [
        pytest.param("r", 0.7, [("钟小玲", "learned")], id="listed-as-a-name"),
        pytest.param(None, 0.7, [], id="not-listed-statistics-decide"),
        pytest.param(None, 0.99, [("钟小玲", "learned")], id="not-listed-but-sure"),
    ],
)
def test_fusion_a_name_the_dictionary_lists(word_class, conf, expected, monkeypatch):
    from kgqa.extract import mentions as step
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "word_class", lambda w: word_class if w == "钟小玲" else None)
    monkeypatch.setattr(step, "name_score", lambda *a: -5.0)
    assert fused("他说，钟小玲今天到了。", [("钟小玲", "PER", conf)], monkeypatch) == expected


# A learned name in a credit or a doctrine is still a name (kind person_ref: the span level
# recogniser counts it), but no person of the story: no `person` mention, so no fact.
@pytest.mark.parametrize(
    "text,learned,expected",
    [
        pytest.param(
            "本报记者钟小玲、邵建平报道。", [("钟小玲", "PER"), ("邵建平", "PER")], ["钟小玲", "邵建平"], id="credit"
        ),
        pytest.param("好得很。（钟小玲 邵建平）\n", [("钟小玲", "PER")], ["钟小玲"], id="photo-credit"),
        pytest.param("学习方德明理论。", [("方德明", "PER")], ["方德明"], id="doctrine"),
        pytest.param("坚持方德明思想不动摇。", [("方德明", "PER", 0.99)], ["方德明"], id="doctrine-sure"),
        pytest.param("钟小玲说，收成好。", [("钟小玲", "PER")], [], id="a-person-of-the-story"),
        pytest.param("他们感到乔迁之喜。", [("乔迁之喜", "PER")], [], id="no-name-no-reference"),
        pytest.param("学习长治理论。", [("长治", "PER")], [], id="division-no-reference"),
        pytest.param("钟先生的这番话很好。", [("钟", "PER")], ["钟"], id="family-name-and-honorific"),
        pytest.param("邵某不得不交代。", [("邵", "PER")], ["邵"], id="family-name-and-mou"),
        pytest.param("钟平来了。", [("钟", "PER")], [], id="family-name-alone-no-reference"),
        pytest.param("钟小姐这样说。", [("钟小姐", "PER", 0.99)], ["钟"], id="learned-family-name-and-address"),
        pytest.param("欧阳小姐这样说。", [("欧阳小姐", "PER", 0.99)], ["欧阳"], id="learned-two-char-family-name"),
        pytest.param("据钟先生介绍，收成好。", [], ["钟"], id="family-name-and-address-without-the-model"),
        pytest.param("据欧阳女士介绍，收成好。", [], ["欧阳"], id="two-char-family-name-and-address"),
        pytest.param("向同志们致以问候。", [], [], id="a-preposition-is-no-family-name"),
        pytest.param("公司位于某地。", [], [], id="inside-a-word-no-reference"),
        pytest.param("钟某某被捕。", [], [], id="mou-mou-no-reference"),
    ],
)
def test_fusion_named_no_person(text, learned, expected, monkeypatch):
    from kgqa.extract import mentions as step
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    body = d.facts.articles[0].body
    rules = [m for m in d.mentions if m.value != "names"]
    out = step.fuse(body, 0, rules, spans_of(body, learned), set())
    assert [m.text for m in out if m.kind == "person_ref"] == expected
    assert not {m.text for m in out if m.kind == "person"} & set(expected)


def test_without_model_the_rules_still_find_names(monkeypatch):
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    assert persons("王建国表示，今年要抓好项目建设。") == [("王建国", "names")]


@pytest.mark.parametrize(
    "text,learned,expected",
    [
        pytest.param(
            "但华润达保险公司表示反对。", [("华润达保险公司", "ORG", 0.99)], ["华润达保险公司"], id="model-starts-later"
        ),
        pytest.param(
            "但华润达保险公司表示反对。",
            [("华润达保险公司", "ORG", 0.6)],
            ["华润达保险公司"],
            id="unsure-model-moves-the-start-after-a-conjunction",
        ),
        pytest.param(
            "但华润达保险公司表示反对。",
            [("华润达保险公司", "ORG", 0.85)],
            ["华润达保险公司"],
            id="fairly-sure-model-moves-the-start",
        ),
        pytest.param(
            "河北省石家庄市原市委书记钟小玲退休了。",
            [("市委", "ORG", 0.85)],
            ["河北省石家庄市原市委"],
            id="a-place-begins-the-rules-org-start-stays",
        ),
        pytest.param(
            "申请表由对外凯纳维合作部统一印制。",
            [("对外凯纳维合作部", "ORG", 0.99)],
            ["对外凯纳维合作部"],
            id="model-starts-before-a-boundary-word",
        ),
        pytest.param(
            "申请表由对外凯纳维合作部统一印制。",
            [("对外凯纳维合作部", "ORG", 0.6)],
            ["外凯纳维合作部"],
            id="unsure-model-no-earlier-start",
        ),
        pytest.param(
            "他们参观了新建凯纳维中学。",
            [("新建凯纳维中学", "ORG", 0.99)],
            ["凯纳维中学"],
            id="no-earlier-start-over-a-descriptor",
        ),
        pytest.param(
            "由于，凯纳维合作部统一印制。",
            [("，凯纳维合作部", "ORG", 0.99)],
            ["凯纳维合作部"],
            id="no-earlier-start-over-punctuation",
        ),
        pytest.param(
            "他在华润达证券公司工作。",
            [("华润达证券", "ORG", 0.99)],
            ["华润达证券公司", "华润达证券"],
            id="other-end-rules-stay",
        ),
        pytest.param(
            "河北省高级人民法院宣判。",
            [("北省高级人民法院", "ORG", 0.99)],
            ["河北省高级人民法院"],
            id="learned-start-inside-a-place",
        ),
        pytest.param("凯纳维宣布裁员。", [("凯纳维", "ORG", 0.99)], ["凯纳维"], id="sure-learned-org-added"),
        pytest.param("凯纳维宣布裁员。", [("凯纳维", "ORG", 0.6)], [], id="unsure-learned-org-not-added"),
        pytest.param(
            "教练说，国家队明天出发。",
            [("国家队", "ORG", 0.7)],
            ["国家队"],
            id="unsure-but-the-dictionary-lists-an-org",
        ),
        pytest.param("教练说，凯纳维队明天出发。", [("凯纳维队", "ORG", 0.7)], [], id="unsure-and-no-dictionary-org"),
        pytest.param(
            "他说，开发部明天搬家。", [("开发部", "ORG", 0.7)], [], id="unsure-a-department-named-by-what-it-does"
        ),
        pytest.param("要强化部门协作。", [("强化部门", "ORG", 0.99)], [], id="a-word-that-looks-like-a-suffix"),
        pytest.param("促进东西部协作。", [("东西部", "ORG", 0.99)], [], id="a-direction-is-no-body"),
        pytest.param("村里的老钢厂关停了。", [("老钢厂", "ORG", 0.99)], [], id="a-descriptor-names-no-body"),
        pytest.param("据相关凯纳维联队介绍。", [("相关凯纳维联队", "ORG", 0.99)], [], id="a-generic-head"),
        pytest.param("党的十五大召开。", [("十五大", "ORG", 0.99)], [], id="a-count-is-no-org"),
        pytest.param("凯纳维生产力提高。", [("凯纳维生", "ORG", 0.99)], [], id="end-inside-a-word"),
        pytest.param(
            "人员在村委会指定的地点登记。", [("村委会", "ORG", 0.99)], ["村委会"], id="a-suffix-ends-it-before-a-word"
        ),
        pytest.param("市长韩建业主持会议。", [("长韩建业", "ORG", 0.99)], [], id="title-or-person-inside"),
        pytest.param("但凯纳维卫生局表示反对。", [], [], id="a-conjunction-begins-no-body"),
        pytest.param("他们解读凯纳维政府的政策。", [], [], id="a-pronoun-begins-no-body"),
        pytest.param(
            "他们解读凯纳维政府的政策。",
            [("凯纳维政府", "ORG", 0.5)],
            ["凯纳维政府"],
            id="weak-start-model-reads-an-org-from-its-start",
        ),
        pytest.param(
            "凯纳维矿业公司成立。", [], ["凯纳维矿业公司", "凯纳维矿"], id="a-name-like-start-stays-without-the-model"
        ),
        pytest.param(
            "大同凯纳维公司宣布裁员。", [], ["大同凯纳维公司"], id="a-division-begins-a-body-whatever-its-tag"
        ),
        pytest.param(
            "困难没有难倒凯纳维纪委的干部。",
            [("凯纳维纪委", "ORG", 0.6)],
            ["凯纳维纪委"],
            id="a-clause-before-the-name-unsure-model-moves-the-start",
        ),
        pytest.param(
            "他们提醒邻近凯纳维居委会注意。",
            [("凯纳维居委会", "ORG", 0.6)],
            ["凯纳维居委会"],
            id="a-pronoun-and-verb-before-the-name-unsure-model-moves-the-start",
        ),
        pytest.param(
            "华润达保险公司表示反对。",
            [("保险公司", "ORG", 0.6)],
            ["华润达保险公司"],
            id="a-name-before-an-unsure-learned-start-stays",
        ),
        pytest.param(
            "据悉，华润达集团结成战略联盟。",
            [("华润达集团", "ORG", 0.85)],
            ["华润达集团"],
            id="a-clause-after-the-name-cut-where-the-model-ends",
        ),
        pytest.param(
            "据悉，华润达集团结成战略联盟。",
            [("华润达集团", "ORG", 0.6)],
            ["华润达集团结成战略联盟", "华润达集团"],
            id="unsure-model-no-cut-at-the-end",
        ),
        pytest.param(
            "公司与华润达银行股份有限公司临川分行于5月3日签订借款合同。",
            [("华润达银行股份有限公司", "ORG", 0.95)],
            ["华润达银行股份有限公司临川分行", "华润达银行股份有限公司", "华润达银行"],
            id="a-branch-after-the-learned-end-is-no-clause",
        ),
        pytest.param(
            "华润达集团战略联盟成立。",
            [("华润达集团", "ORG", 0.85)],
            ["华润达集团战略联盟", "华润达集团"],
            id="no-verb-after-the-learned-end-no-cut",
        ),
        pytest.param(
            "凯纳维合作理事会决定延期。",
            [("凯纳维合作理事会", "ORG", 0.95)],
            ["凯纳维合作理事会"],
            id="a-title-word-inside-a-sure-learned-name",
        ),
        pytest.param("凯纳维理事长决定延期。", [("凯纳维理事", "ORG", 0.95)], [], id="a-title-at-the-learned-end"),
        pytest.param("由于钟小玲政府拒绝让步。", [("钟小玲", "PER", 0.99)], [], id="a-government-named-by-its-leader"),
        pytest.param(
            "由于钟小玲政府拒绝让步。", [("钟小玲", "PER", 0.6)], ["钟小玲政府"], id="leader-unsure-the-body-stays"
        ),
        pytest.param(
            "展会由凯纳维商会和陇东工业大学共同主办。",
            [("工业大学", "ORG", 0.95)],
            ["凯纳维商会", "陇东工业大学"],
            id="a-region-heading-a-name-after-he-stays",
        ),
        pytest.param(
            "展会由凯纳维商会、皖北理工学院共同主办。",
            [("理工学院", "ORG", 0.95)],
            ["凯纳维商会", "皖北理工学院"],
            id="a-region-heading-a-name-after-a-list-comma-stays",
        ),
        pytest.param("抢走了美国第一大银行的桂冠。", [], [], id="a-body-described-by-its-rank-by-size"),
        pytest.param("它成为全省最大污水处理厂。", [], [], id="a-body-described-as-the-largest"),
        pytest.param(
            "抢走了美国第一大银行的桂冠。",
            [("美国第一大银行", "ORG", 0.6)],
            ["美国第一大银行"],
            id="a-ranked-body-the-model-reads-stays",
        ),
        pytest.param(
            "该厂是凯纳维村冶金行业又一大厂。",
            [("凯纳维村冶金", "PER", 0.7)],
            ["凯纳维村冶金行业又一大厂"],
            id="a-ranked-body-over-a-learned-name-stays",
        ),
        pytest.param(
            "在国际禁毒合作组织配合下破获此案。",
            [("国际禁毒合作组织", "ORG", 0.6)],
            ["国际禁毒合作组织"],
            id="an-unsure-learned-body-ending-with-zuzhi",
        ),
        pytest.param(
            "挪威组织二十名专家来访。",
            [("挪威组织", "ORG", 0.6)],
            [],
            id="a-country-then-the-verb-zuzhi-is-no-body",
        ),
        pytest.param(
            "省发展改革委组织召开座谈会。",
            [("省发展改革委组织", "ORG", 0.6)],
            ["省发展改革委"],
            id="a-body-then-the-verb-zuzhi-is-no-longer-body",
        ),
        pytest.param(
            "新厂取名为“华光精密机械集团”。",
            [("华光精密机械集团", "ORG", 0.85)],
            ["华光精密机械集团"],
            id="a-quoted-name-with-a-suffix-the-model-reads",
        ),
        pytest.param(
            "发展“华光精密机械集团”。",
            [("华光精密机械集团", "ORG", 0.7)],
            [],
            id="a-quoted-name-the-model-is-unsure-of",
        ),
    ],
)
def test_fusion_orgs(text, learned, expected, monkeypatch):
    from kgqa.extract import mentions as step
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    d = Doc(text)
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    body = d.facts.articles[0].body
    got = [m.text for m in step.fuse(body, 0, d.mentions, spans_of(body, learned), set()) if m.kind == "org"]
    assert got == expected


def test_fusion_without_learned_spans_keeps_the_rules(monkeypatch):
    from kgqa.extract import mentions as step
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    d = Doc("股东华润达证券公司表态。市长韩建业出席。")
    Pipeline(["segment", "sentences", "context", "mentions"])(d)
    rules = [m for m in d.mentions if m.value != "names"]
    fused = step.fuse(d.facts.articles[0].body, 0, rules, [], set())
    assert [(m.text, m.kind) for m in fused] == [(m.text, m.kind) for m in rules]
    assert ("华润达证券公司", "org") in [(m.text, m.kind) for m in fused]  # (股东 runs across no name: b24)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "承建方华泰建设（集团）股份有限公司表态。",
            ["华泰建设（集团）股份有限公司"],
            id="bracketed-part-and-role-word",
        ),
        pytest.param(
            "华光绿能科技（苏州）有限公司由华光电气投资设立。", ["华光绿能科技（苏州）有限公司"], id="bracketed-place"
        ),
        pytest.param("项目扩建，投产后公司年产值将达2亿元。", [], id="after-production-is-no-name"),
        pytest.param(
            "该公司将在开发区设立三丸精密（嘉兴）有限公司，主要生产轴承。",
            ["三丸精密（嘉兴）有限公司"],
            id="bracketed-place-after-a-learned-start",
        ),
        pytest.param(
            "任命甲为某局副局长兼国家煤矿安全监察局局长。",
            ["国家煤矿安全监察局"],
            id="a-bureau-named-for-mine-safety-holds-no-mine",
        ),
        pytest.param("东滩煤矿安全生产形势良好。", ["东滩煤矿"], id="a-mine-before-its-safety-stays"),
        pytest.param("中韩政府官员和企业家300余人出席。", [], id="two-countries-governments-name-none"),
        pytest.param("中泰证券发布报告。", ["中泰证券"], id="a-firm-named-by-two-country-characters-stays"),
        pytest.param(
            "江苏省对口支援新疆工作领导小组组长钱一明出席。",
            ["江苏省对口支援新疆工作领导小组"],
            id="paired-aid-duikou-is-no-preposition-dui",
        ),
        pytest.param(
            "山东省对口帮扶甘南灾后重建工作领导小组副组长钱一明出席。",
            ["山东省对口帮扶甘南灾后重建工作领导小组"],
            id="paired-help-duikou-bangfu-whole",
        ),
        pytest.param("市长对口岸管理委员会提出要求。", ["口岸管理委员会"], id="dui-before-a-port-body-still-cuts"),
        pytest.param(
            "内蒙古自治区对外贸易总公司昨天签订了易货贸易合同。",
            ["内蒙古自治区对外贸易总公司"],
            id="foreign-trade-duiwai-is-no-preposition-dui",
        ),
        pytest.param(
            "内蒙古自治区对外经济贸易厅厅长钱一明出席。",
            ["内蒙古自治区对外经济贸易厅"],
            id="foreign-economic-relations-department-whole",
        ),
        pytest.param(
            "中央组织部干部监督局局长钱一明出席。",
            ["中央组织部干部监督局"],
            id="organisation-department-zuzhi-is-no-verb-in-a-bureau-name",
        ),
        pytest.param(
            "中共中央组织部人才工作局局长钱一明出席。",
            ["中共中央组织部人才工作局", "中共中央组织部"],
            id="organisation-department-full-name-bureau-whole",
        ),
        pytest.param("市委组织部分管干部工作。", [], id="zuzhi-bufen-still-no-department-body"),
    ],
)
def test_org_names_with_brackets_and_role_words(text, expected):
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("甲方与泰和财产保险股份有限公司签约。", ["泰和财产保险股份有限公司"], id="brand-after-a-boundary"),
        pytest.param("他此前担任永和保险集团副总经理。", ["永和保险集团"], id="brand-after-a-verb-word"),
        pytest.param("深圳和瑞物流有限公司挂牌成立。", ["深圳和瑞物流有限公司"], id="place-before-he"),
        pytest.param("北京和上海证券交易所发布通知。", ["上海证券交易所"], id="he-before-a-place-joins-two"),
        pytest.param(
            "华光公司和中兴电缆股份有限公司签约。", ["华光公司", "中兴电缆股份有限公司"], id="he-between-two-companies"
        ),
        pytest.param("工业和信息化部发布通知。", ["工业和信息化部"], id="joined-words-still-joined"),
        pytest.param("国家粮食和物资储备局召开会议。", ["国家粮食和物资储备局"], id="grain-and-reserves-joined"),
        pytest.param("日本东和电机株式会社社长来访。", ["日本东和电机株式会社"], id="brand-after-a-country"),
        pytest.param("韩国大和物产株式会社会长来访。", ["韩国大和物产株式会社"], id="brand-after-another-country"),
        pytest.param(
            "论坛由东海化工联合会和中国化工学会共同主办。",
            ["东海化工联合会", "中国化工学会"],
            id="he-before-china-joins-two-after-a-boundary-word",
        ),
    ],
)
def test_he_inside_an_organisation_name(text, expected):
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("中国华星董事长龙国栋见证签约。", [("龙国栋", "title")], id="weak-name-ended-by-a-verb"),
        pytest.param(
            "中国华星董事长龙国栋，总经理王建国出席。",
            [("龙国栋", "title"), ("王建国", "title")],
            id="weak-name-ended-by-a-comma",
        ),
    ],
)
def test_a_name_after_a_title_that_a_stop_ends_is_kept(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("未来五年国家开发银行将向某市提供融资。", ["国家开发银行"], id="future-years-before-a-name"),
        pytest.param("今后三年中国银行将提供授信。", ["中国银行"], id="coming-years-before-a-name"),
        pytest.param("“十五五”期间国家开发银行将提供授信。", ["国家开发银行"], id="a-plan-period-before-a-name"),
        pytest.param("会议期间星河银行与甲市签约。", ["星河银行"], id="during-before-a-name"),
        pytest.param("他带领全村群众兴办企业。", [], id="xingban-is-a-verb"),
        pytest.param("仪式在日照经济技术开发区举行。", ["日照经济技术开发区"], id="a-place-opening-with-ri-after-zai"),
    ],
)
def test_time_phrases_and_verbs_are_no_part_of_a_name(text, expected):
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "免去其中国北方船舶工业集团公司副总经理职务。", ["中国北方船舶工业集团公司"], id="qi-then-zhongguo"
        ),
        pytest.param("免去其江苏远洋渔业公司经理职务。", ["江苏远洋渔业公司"], id="qi-then-a-place"),
        pytest.param("其中南方化工公司投资5亿元。", ["南方化工公司"], id="qizhong-still-a-boundary"),
        pytest.param("其中国家开发银行贷款２亿元。", ["国家开发银行"], id="qizhong-then-guojia"),
        pytest.param("其中国家电网公司出资８亿元。", ["国家电网公司"], id="qizhong-then-guojia-firm"),
        pytest.param(
            "受让后者所持东胜煤矿有限责任公司51%的股权。", ["东胜煤矿有限责任公司", "东胜煤矿"], id="held-by-the-latter"
        ),
    ],
)
def test_a_word_before_a_name_that_shares_its_first_character(text, expected):
    """A boundary word is no part of a name; one whose last character opens a name (其中国…) is split."""
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "汪振东，男，现任台州华顺汽配集团有限公司董事长。",
            ["台州华顺汽配集团有限公司", "台州华顺汽配集团"],
            id="xianren",
        ),
        pytest.param("李明历任甲乙汽配集团有限公司董事长。", ["甲乙汽配集团有限公司", "甲乙汽配集团"], id="liren"),
        pytest.param("李明改任甲乙汽配集团有限公司董事长。", ["甲乙汽配集团有限公司", "甲乙汽配集团"], id="gairen"),
        pytest.param("继任甲乙汽配集团有限公司总经理的是王刚。", ["甲乙汽配集团有限公司", "甲乙汽配集团"], id="jiren"),
        pytest.param(
            "由前任甲乙汽配集团有限公司经理王刚担任。", ["甲乙汽配集团有限公司", "甲乙汽配集团"], id="qianren"
        ),
        pytest.param("会上宣布，祝远山任集团总经理。", [], id="a-person-then-ren-then-a-bare-suffix"),
        pytest.param(
            "原东华化工集团董事长孙国强任南江能源集团有限公司董事长。",
            ["东华化工集团", "南江能源集团有限公司", "南江能源集团"],
            id="a-title-then-a-person-then-ren",
        ),
        pytest.param(
            "会上宣布，原南江银行行长郑志刚任东华金融集团有限公司总经理。",
            ["南江银行", "东华金融集团有限公司", "东华金融集团"],
            id="a-former-post-then-a-person-then-ren",
        ),
    ],
)
def test_a_word_of_holding_a_post_is_no_part_of_the_body(text, expected):
    """现任/历任 before a body, and a person opening the clause then 任 (甲任集团总经理), are no part of its name."""
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,name",
    [
        pytest.param("法国驻华大使让·贝尔纳出席签字仪式。", "让·贝尔纳", id="one-syllable-first-name"),
        pytest.param("法国总统让·马克·杜邦会见了他。", "让·马克·杜邦", id="three-parts"),
        pytest.param("老挝外交部长通沙·维莱出席。", "通沙·维莱", id="two-syllables-still"),
    ],
)
def test_a_transliterated_name_whose_first_part_is_one_character(text, name):
    """让·贝尔纳 is a name as 通沙·维莱 is: the part before the dot may be one syllable."""
    assert name in [n for n, _ in persons(text)]


def test_a_former_posts_body_after_a_listed_name_is_no_name():
    """副院长甲、原国家统计局副局长乙: 原 opens a former post's body (原 is a family name too), no person 原国家."""
    from kgqa.extract import extract_page

    text = "标题\n\n本报讯 江南经济研究院副院长包雅琴、原国家统计局副局长车明德回答了记者提问。"
    assert [p.name for p in extract_page(text, date="2025-11-25").persons] == ["包雅琴", "车明德"]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("北京海关近日查获一批走私货物。", ["北京海关"], id="customs"),
        pytest.param("东海舰艇编队今天驶抵某港。", ["东海舰艇编队"], id="naval-formation"),
        pytest.param("联络小组将根据双方的意见开展工作。", ["联络小组"], id="group"),
        pytest.param("两队进入小组赛后表现出色。", [], id="group-stage-is-no-body"),
        pytest.param("甲国经贸代表团昨天抵达长沙。", ["甲国经贸代表团"], id="delegation"),
        pytest.param("东方民族艺术团日前推出新节目。", ["东方民族艺术团"], id="art-troupe"),
        pytest.param("省委政策研究室发布报告。", ["省委政策研究室"], id="research-office"),
        pytest.param("政治协商会议今天闭幕。", [], id="a-consultative-conference-is-no-chamber-of-commerce"),
        pytest.param("美国第三大银行东方银行宣布合并。", ["东方银行"], id="a-name-after-a-ranked-kind"),
        pytest.param("第三大银行东方银行宣布合并。", ["东方银行"], id="a-name-after-a-ranked-kind-alone"),
        pytest.param(
            "他兼任联合国开发计划署驻华代表。", ["联合国开发计划署"], id="a-name-opening-with-a-boundary-word"
        ),
        pytest.param(
            "甲市商会召开会员大会，选举产生新一届理事会。", ["甲市商会"], id="a-body-s-next-term-elected-is-no-name"
        ),
        pytest.param(
            "武汉仁和医院与东方电子有限公司签订协议。",
            ["武汉仁和医院", "东方电子有限公司"],
            id="a-place-a-character-and-he-before-the-suffix-are-one-name",
        ),
        pytest.param("市长叮嘱矿上负责人抓好安全生产。", [], id="the-mine-one-is-told-of-is-no-name"),
        pytest.param(
            "该议案尚需提交公司股东大会审议，并报湖北省国资委批准。",
            ["湖北省国资委"],
            id="submitting-to-a-body-is-no-part-of-its-name",
        ),
        pytest.param("双方就开发银行支持水利建设交换了意见。", ["开发银行"], id="both-sides-on-a-topic-open-no-name"),
    ],
)
def test_bodies_of_more_kinds_without_the_model(text, expected, monkeypatch):
    from kgqa.extract import ner

    monkeypatch.setattr(ner, "ENABLED", False)
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "国务院副秘书长陈建国、劳动部副部长周学明随同慰问。",
            ["陈建国", "周学明"],
            id="a-body-before-the-next-officials-title-is-no-name",
        ),
    ],
)
def test_officials_listed_with_their_own_bodies(text, expected):
    """甲、劳动部副部长乙 (b28 probe): a short body name that looks like a name, right before a title, opens the next
    official's post; it is no name in the list after the first title."""
    assert mentions(text, "person") == expected


# A learned person in a context that names a person (a title before or after it, an honorific or a verb of
# name_stops after it) is taken from PER_CUED; a title before it or an honorific after it also lets it be judged as
# if the model were sure of it. The learned spans and the dictionary given by hand.
@pytest.mark.parametrize(
    "text,learned,word_class,expected",
    [
        pytest.param("他会见了钟小玲市长一行。", ("钟小玲", 0.5), None, [("钟小玲", "learned")], id="a-title-after"),
        pytest.param("他会见了钟小玲的家人。", ("钟小玲", 0.5), None, [], id="no-cue-below-the-floor"),
        pytest.param("他会见了钟小玲市长一行。", ("钟小玲", 0.4), None, [], id="a-title-after-too-unsure"),
        pytest.param(
            "协会会长樱川义夫等人出席。", ("樱川义夫", 0.7), "s", [("樱川义夫", "learned")], id="a-title-before"
        ),
        pytest.param("他说樱川义夫的书好。", ("樱川义夫", 0.7), "s", [], id="no-cue-a-dictionary-word"),
        pytest.param(
            "评价了钟小玲同志的贡献。", ("钟小玲", 0.61), "w", [("钟小玲", "learned")], id="an-honorific-after"
        ),
        pytest.param("评价了钟小玲的贡献。", ("钟小玲", 0.61), "w", [], id="no-honorific-a-dictionary-word"),
        pytest.param("钟小玲强调，要抓好生产。", ("钟小玲", 0.5), None, [("钟小玲", "learned")], id="a-verb-after"),
        pytest.param("钟小玲说，要抓好生产。", ("钟小玲", 0.5), None, [], id="a-one-char-speech-verb-is-no-cue"),
        pytest.param("他会见了樱川义夫市长一行。", ("樱川义夫", 0.7), "s", [], id="a-title-after-is-no-proof"),
        pytest.param(
            "福寿托老院主任李秀英介绍情况。",
            ("老院", 0.5),
            None,
            [("李秀英", "title")],
            id="a-title-after-the-end-of-a-body-is-no-cue",
        ),
    ],
)
def test_fusion_a_learned_name_in_a_context_that_names_a_person(text, learned, word_class, expected, monkeypatch):
    from kgqa.extract import names, ner

    monkeypatch.setattr(ner, "word_class", lambda w: word_class if w == learned[0] else None)
    monkeypatch.setattr(names, "dictionary_count", lambda w: 5 if w == learned[0] else 0)
    assert fused(text, [(learned[0], "PER", learned[1])], monkeypatch) == expected


# Learned person spans the fusion reads otherwise (the rest of the sentence by the rules).
@pytest.mark.parametrize(
    "text,learned,expected",
    [
        pytest.param("他说，钟氏·华达公司很有名。", [("钟氏·", "PER", 0.89)], [], id="a-span-ending-with-a-dot"),
        pytest.param("题为『去问问邵建』的文章。", [("邵建』", "PER", 0.71)], [], id="a-span-into-a-quotation-mark"),
        pytest.param("桌上那张小巧的卡片很好看。", [("张小巧", "PER", 0.66)], [], id="a-measure-word-after-na"),
        pytest.param(
            "钟小玲、邵建平、常岚、吕新华等人的作品获奖。",
            [("钟小玲", "PER"), ("邵建平", "PER"), ("吕新华", "PER")],
            [("钟小玲", "learned"), ("邵建平", "learned"), ("吕新华", "learned"), ("常岚", "names")],
            id="a-name-between-two-persons-of-a-list",
        ),
        pytest.param(
            "钟小玲、有关部门、吕新华等获奖。",
            [("钟小玲", "PER"), ("吕新华", "PER")],
            [("钟小玲", "learned"), ("吕新华", "learned")],
            id="no-family-name-no-person-in-a-list",
        ),
        pytest.param("大使钟长和９日在会上发言。", [], [("钟长和", "title")], id="he-before-a-day-is-in-the-name"),
        pytest.param("局长钟长和３名同事出席。", [], [("钟长", "title")], id="he-before-a-count-is-a-conjunction"),
        pytest.param(
            "主席巴卡尼亚当选为副总统。",
            [("巴卡尼亚", "LOC", 0.92)],
            [("巴卡尼亚", "title")],
            id="a-transliterated-place-after-a-title-is-a-person",
        ),
        pytest.param("他们访问了巴卡尼亚。", [("巴卡尼亚", "LOC", 0.92)], [], id="a-transliterated-place-alone-stays"),
    ],
)
def test_fusion_learned_persons_read_otherwise(text, learned, expected, monkeypatch):
    assert fused(text, learned, monkeypatch) == expected


@pytest.mark.parametrize(
    "n, longest, seed",
    [
        pytest.param(40, 6, 1, id="short_spans"),
        pytest.param(300, 30, 2, id="long_spans_among_short"),
        pytest.param(200, 1, 3, id="one_char_and_empty_spans"),
    ],
)
def test_indexed_spans_answer_as_the_scan(n, longest, seed):
    """The start index of a run-on line's spans (mentions._Spans) gives the scan's overlaps, in the scan's order."""
    import random

    from kgqa.extract.mentions import _Scan, _spans

    rng = random.Random(seed)
    spans = [(a, a + rng.randint(0, longest), rng.choice("PO")) for a in (rng.randint(0, 500) for _ in range(n))]
    index, scan = _spans(spans), _Scan(spans)
    assert type(index) is not _Scan
    for s in range(-2, 510, 3):
        for e in (s, s + 1, s + 4, s + 40):
            assert index.over(s, e) == scan.over(s, e)
            assert index.overlaps(s, e) == scan.overlaps(s, e)


# speed30: the place automaton reads chars no place holds as one char the root finds first (NarrowAutomaton):
# the same (end, word) pairs in the same order as the plain automaton of the same words
NARROW_TEXTS = [
    pytest.param("山西省长治市潞州区人民政府", id="nested-places"),
    pytest.param("记者从长治获悉，北京、上海两市", id="places-among-other-chars"),
    pytest.param("\x01\x02长治市\x02\x01", id="the-replacement-chars-in-the-text"),
    pytest.param("", id="empty"),
    pytest.param("ABC abc 123 ，。", id="no-chinese"),
    pytest.param("长治市长治县长治", id="overlapping-names"),
]


@pytest.mark.parametrize("text", NARROW_TEXTS)
def test_speed30_narrow_place_automaton_reads_as_the_plain_one(text):
    from kgqa.extract.mentions import lexicon
    from kgqa.extract.word_automata import NarrowAutomaton, word_automaton

    lx = lexicon()
    words = list(lx.places) + list(lx.short_places) + list(lx.shared_places)
    assert isinstance(lx.place_ac, NarrowAutomaton) and lx.place_ac.other is not None
    wanted = list(word_automaton(words).iter(text))
    assert list(lx.place_ac.iter(text)) == wanted
    if "长治" in text:
        assert wanted  # the rows with a place are read as places


def test_speed30_narrow_automaton_on_random_texts_of_its_own_chars():
    import random

    from kgqa.extract.word_automata import NarrowAutomaton, word_automaton

    words = ["长治市", "长治", "治", "潞州区", "州", "北京", "京津"]
    narrow, plain = NarrowAutomaton(words), word_automaton(words)
    rnd = random.Random(30)
    found = 0
    for _ in range(2000):
        text = "".join(rnd.choice("长治市潞州区北京津天的了，a1\x01\x02") for _ in range(rnd.randint(0, 30)))
        wanted = list(plain.iter(text))
        found += bool(wanted)
        assert list(narrow.iter(text)) == wanted, text
    assert found > 1000


# speed32: values of the lexicon read on every call are computed once at load (the longest boundary word, the
# full names the abbreviations stand for); they must answer as the scans over the whole lexicon they replaced
def _lexicon_names():
    from kgqa.extract.mentions import lexicon

    lx = lexicon()
    full = lx.abbrev_fulls[0]
    return [
        pytest.param(full, id="a-full-name"),
        pytest.param(full + "某某分局", id="a-full-name-opening-a-branch"),
        pytest.param(full[:-1], id="a-full-name-cut-short"),
        pytest.param("某" + full, id="a-full-name-inside"),
        pytest.param("甲乙丙科技有限公司", id="no-full-name"),
        pytest.param("", id="empty"),
    ]


@pytest.mark.parametrize("name", _lexicon_names())
def test_speed32_lexicon_values_computed_at_load_answer_as_the_scans(name):
    from kgqa.extract.mentions import lexicon

    lx = lexicon()
    assert lx.boundary_max == max(len(b) for b in lx.boundaries) and lx.boundary_max >= 2
    assert len(lx.abbrev_fulls) == len(lx.abbrevs)
    assert name.startswith(lx.abbrev_fulls) == any(name.startswith(f) for f, _ in lx.abbrevs.values())
    assert (name not in lx.abbrev_fulls) == all(full != name for full, _t in lx.abbrevs.values())
    assert name.endswith(lx.suffix_ends) == any(name.endswith(x) for x in lx.org_suffixes)


@pytest.mark.parametrize(
    "text,name",
    [
        pytest.param("卫生部长韩德罗尼乘飞机抵达。", "韩德罗尼", id="a-minister-then-a-five-char-name"),
        pytest.param("交通部长施特拉诺夫20日表示。", "施特拉诺夫", id="a-minister-then-a-name-before-a-date"),
        pytest.param("局长王丽娜说。", "王丽娜", id="a-chinese-name-stays"),
        pytest.param("书记李安德和市长张伟出席。", "李安德", id="a-chinese-name-before-he-stays"),
    ],
)
def test_a_name_read_after_a_title_runs_on_into_a_transliterated_one(text, name):
    """部长甲乙丙|丁: a name read as Chinese after a title ends where a transliterated one does (_translit_run_on)."""
    assert name in [n for n, _ in persons(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "甲集团董事长表示，重组后公司将集中资源发展新能源客车。", [], id="after-a-reorganisation-is-no-name"
        ),
        pytest.param("整合县内17座地方煤矿，整合后保留矿井6座。", [], id="after-a-merger-what-is-kept-is-no-name"),
        pytest.param("两家机构将以80亿元资金置换集团高息债务。", [], id="what-funds-replace-is-no-name"),
        pytest.param("改制后，东海化工股份有限公司活力增强。", ["东海化工股份有限公司"], id="a-name-after-stays"),
    ],
)
def test_ext39_a_reorganisation_told_before_a_kind_word_names_no_body(text, expected):
    """重组后公司, 整合后保留矿井, 资金置换集团债务: the verb (org_boundaries.txt) opens no body's name (b43 probe junk)."""
    assert mentions(text, "org") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "县委书记兼县“河长制”工作领导小组组长王一明出席。",
            ["县委", "县“河长制”工作领导小组"],
            id="a-quoted-term-inside-a-group",
        ),
        pytest.param(
            "甲县“三下乡”活动领导小组召开会议。", ["甲县“三下乡”活动领导小组"], id="a-quoted-activity-inside-a-group"
        ),
        pytest.param(
            "甲县与“一带一路”沿线国家商会签约。", ["沿线国家商会"], id="a-quote-after-a-boundary-opens-no-name"
        ),
        pytest.param("他要求打造“智慧城市”示范区。", [], id="a-quoted-concept-before-the-kind-word-stays-none"),
    ],
)
def test_ext39_a_short_quoted_term_inside_a_name_is_part_of_it(text, expected):
    """县“河长制”工作领导小组: a short quoted term between a body's parts is read with them (mentions.py QUOTED_PART), not
    cut at its quotation mark; after a boundary word (与“…”) or right before the suffix it opens no name (b42 probe)."""
    assert mentions(text, "org") == expected
