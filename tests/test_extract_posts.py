"""Step `posts`: title chains -> (person, title, org), one case per pattern (made-up sentences)."""

from __future__ import annotations

import re

import pytest
from kgqa.extract import extract_page


def posts_of(text: str, locale: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text, locale=locale)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


CASES = [
    (
        "本报讯 记者王明报道：3月1日，市委副书记、市长李建国主持会议。",
        "长治市",
        {("李建国", "市委副书记", "中共长治市委员会"), ("李建国", "市长", "长治市人民政府")},
    ),
    (
        "本刊讯 4月1日，大同市副市长、大同高新区党工委书记、管委会主任周立新出席。",
        None,
        {
            ("周立新", "副市长", "大同市人民政府"),
            ("周立新", "党工委书记", "中共大同高新技术产业开发区工作委员会"),
            ("周立新", "管委会主任", "大同高新技术产业开发区管理委员会"),
        },
    ),
    (
        "山西华兴集团有限公司董事局主席兼总裁孙大海一行来访。",
        None,
        {("孙大海", "董事局主席", "山西华兴集团有限公司"), ("孙大海", "总裁", "山西华兴集团有限公司")},
    ),
    (
        "晋商银行党委委员、副行长钱立民一行来访。",
        None,
        {("钱立民", "党委委员", "晋商银行党委"), ("钱立民", "副行长", "晋商银行")},
    ),
    (
        "本报讯：会上，副市长朱小红、邢大朋就分管工作作部署。",
        "长治市",
        {("朱小红", "副市长", "长治市人民政府"), ("邢大朋", "副市长", "长治市人民政府")},
    ),
    ("市领导贺明、秦立参加。", "长治市", {("贺明", "市领导", None), ("秦立", "市领导", None)}),
    (
        "平遥县委副书记、县长孙立生主持召开会议。",
        None,
        {("孙立生", "县委副书记", "中共平遥县委员会"), ("孙立生", "县长", "平遥县人民政府")},
    ),
    ("市商务局局长申大峰表示，将做好服务。", "长治市", {("申大峰", "局长", "长治市商务局")}),
    ("交通银行长治分行的郝小凯行长立即对接。", "长治市", {("郝小凯", "行长", "交通银行长治分行")}),
    (
        "辽宁省辽阳市政协副主席孙志强带领考察团来访。",
        None,
        {("孙志强", "副主席", "中国人民政治协商会议辽阳市委员会")},
    ),
]


@pytest.mark.parametrize(
    "text,locale,expected",
    CASES,
    ids=[
        "city-party-and-gov",
        "zone-chain",
        "company-jian",
        "bank-party-committee",
        "name-list",
        "city-leaders-no-org",
        "county-place-shared",
        "city-bureau",
        "name-before-title",
        "cppcc",
    ],
)
def test_chain(text, locale, expected):
    assert expected <= posts_of(text, locale)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("会上，向明副市长讲话。", {("向明", "副市长", "长治市人民政府")}, id="comma-two-char-name-title"),
        pytest.param("会议由于洋副市长主持。", {("于洋", "副市长", "长治市人民政府")}, id="you-name-title"),
        pytest.param("会上，钱立远副市长讲话。", {("钱立远", "副市长", "长治市人民政府")}, id="three-char-name-title"),
    ],
)
def test_title_right_after_a_name_opening_a_clause(text, expected):
    assert expected <= posts_of(text, "长治市")


def test_a_place_before_a_title_is_no_name():
    assert not {p for p in posts_of("会上，高新区主任和张家口市长讲话。", "长治市") if p[0] in ("高新区", "张家口")}


def test_reporter_is_not_an_official():
    facts = extract_page("## 标题\n\n本报讯 记者刘小荣报道：3月1日，市长李建国调研。", locale="长治市")
    assert "刘小荣" not in {p.name for p in facts.persons}
    assert facts.articles[0].authors == ["刘小荣"]


def test_names_joined_without_separator_are_split():
    facts = extract_page("市委书记丁大强，市长陈向东出席。\n丁大强陈向东见证签约。", locale="长治市")
    names = {p.name for p in facts.persons}
    assert {"丁大强", "陈向东"} <= names and "丁大强陈向东" not in names


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        ("路桥区委常委、宣传部长陈东说：好。", None, ("陈东", "宣传部长", "中共台州市路桥区委员会")),
        ("市委常委、组织部长王强出席。", "长治市", ("王强", "组织部长", "中共长治市委员会")),
        ("市長張大為出席。", "长治市", ("張大為", "市长", "长治市人民政府")),
    ],
    ids=["bare-title-after-committee", "organisation-department", "traditional-title"],
)
def test_chain_more(text, locale, expected):
    assert expected in posts_of(text, locale)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        # a bare 县委/区委 after a city's official in a list is the county's the article names, not the city's
        pytest.param(
            "邗江县农机站改制大会召开，扬州市副市长丁方明、县委书记孙立华到会。",
            None,
            ("孙立华", "县委书记", "中共邗江县委员会"),
            id="county-secretary-after-a-city-official",
        ),
        pytest.param(
            "番禺区科技园开园，广州市副市长韩志刚、区委书记陆云生出席。",
            None,
            ("陆云生", "区委书记", "中共广州市番禺区委员会"),
            id="district-secretary-after-a-city-official",
        ),
        pytest.param(
            "山东省莒南县信用社召开会议，县人大常委会副主任高一生出席。",
            "临沂市",
            ("高一生", "副主任", "莒南县人大常委会"),
            id="bare-county-npc-in-a-citys-story-the-county-named",
        ),
        pytest.param(
            "山东省莒南县信用社召开会议，县政协副主席王二民出席。",
            "临沂市",
            ("王二民", "副主席", "中国人民政治协商会议莒南县委员会"),
            id="bare-county-cppcc-in-a-citys-story-the-county-named",
        ),
    ],
)
def test_a_county_title_after_a_city_official(text, locale, expected):
    assert expected in posts_of(text, locale)


@pytest.mark.parametrize(
    "text,expected",
    [
        # 免去<name>的…职务: the frame's 的 ends the name, a last character that is also a word (才) too
        pytest.param(
            "国务院任免国家工作人员：免去蒋文才的国家林业局局长职务。",
            ("蒋文才", "局长", "国家林业局"),
            id="removed-name-ending-in-cai",
        ),
        pytest.param(
            "国务院任免国家工作人员：免去蒋文的国家林业局局长职务。",
            ("蒋文", "局长", "国家林业局"),
            id="removed-two-character-name",
        ),
    ],
)
def test_the_name_of_a_removal_runs_to_its_de(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title before a comma still heads the chain when the cut word is in the sentence before (在成都召开。)
        pytest.param(
            "3日，会议在成都召开。农业农村部党组成员，国家林业局党组书记、局长孟令华作报告。",
            ("孟令华", "党组成员", "农业农村部党组"),
            id="party-group-member-before-a-comma-after-a-sentence-with-zai",
        ),
        pytest.param(
            "会上，农业农村部党组成员，国家林业局局长孟令华作报告。",
            ("孟令华", "党组成员", "农业农村部党组"),
            id="party-group-member-before-a-comma",
        ),
    ],
)
def test_a_title_before_a_comma_heads_the_chain(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("记者来到康宁医院，医院院长周明介绍了情况。", ("周明", "院长", "康宁医院")),
        ("华兴公司成立于1990年，该公司总经理李强说。", ("李强", "总经理", "华兴公司")),
        pytest.param(
            "华兴电器有限公司生产母线槽。厂长在东方集团的一家工厂借了样品。公司党总支副书记钱一清介绍说。",
            ("钱一清", "党总支副书记", "华兴电器有限公司党总支"),
        ),
        pytest.param(
            "华兴电器有限公司生产母线槽。东方集团也来订货。公司副总经理钱一清介绍说。",
            ("钱一清", "副总经理", "东方集团"),
        ),
    ],
    ids=["bare-kind", "gai-kind", "owner-of-a-unit-is-not-the-company", "a-company-acting-is-the-company"],
)
def test_body_named_by_its_kind(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "村党支部书记、华丰有限责任公司董事长孙有田说。",
            {("孙有田", "党支部书记", "村党支部"), ("孙有田", "董事长", "华丰有限责任公司")},
        ),
        ("东河村党支部书记周大成介绍。", {("周大成", "党支部书记", "东河村党支部")}),
        ("华兴公司党支部书记吴立说。", {("吴立", "党支部书记", "华兴公司党支部")}),
    ],
    ids=["village-branch-then-company", "named-village-branch", "company-branch"],
)
def test_party_branch_secretary(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,committee,body",
    [
        ("晋商银行党委委员、副行长钱立民一行来访。晋商银行将提供支持。", "晋商银行党委", "晋商银行"),
        (
            "华兴集团有限公司党委书记、董事长孙大海出席。华兴集团有限公司是龙头。",
            "华兴集团有限公司党委",
            "华兴集团有限公司",
        ),
    ],
    ids=["bank", "company"],
)
def test_committee_is_not_another_name_of_its_body(text, committee, body):
    """X银行党委委员、副行长: the executive title is the bank's, and the bank's name is no alias
    of its committee (else the graph files the bank's posts under the committee)."""
    facts = extract_page(text)
    orgs = {o.name: o for o in facts.organizations}
    assert body not in orgs[committee].aliases
    assert body in orgs


@pytest.mark.parametrize(
    "text,expected",
    [
        ("由于华兴银行风控部原部长刘一鸣已调离，该职空缺。", {("刘一鸣", "部长", "华兴银行风控部")}),
        ("华兴银行研究部的高级分析师赵一平说。", {("赵一平", "高级分析师", "华兴银行研究部")}),
        (
            "记者获悉，华兴出版社社长钱多多出任华兴银行天津分行行长。",
            {("钱多多", "社长", "华兴出版社"), ("钱多多", "行长", "华兴银行天津分行")},
        ),
        (
            "新的调整包括，华兴银行规划司司长孙琦已出任办公厅主任，华兴交易中心总裁李多出任规划司司长。",
            {
                ("孙琦", "司长", "华兴银行规划司"),
                ("孙琦", "主任", "办公厅"),
                ("李多", "总裁", "华兴交易中心"),
                ("李多", "司长", "华兴银行规划司"),
            },
        ),
        (
            "周明远，1990年取得博士学位。2001年进入华兴银行，此前曾担任东方投资公司董事总经理、"
            "南山银行董事会秘书和北方证券公司研究部副主任等职。",
            {
                ("周明远", "董事总经理", "东方投资公司"),
                ("周明远", "董事会秘书", "南山银行"),
                ("周明远", "副主任", "北方证券公司研究部"),
            },
        ),
        ("曾任华兴集团总经理的钱一远说，前景很好。", {("钱一远", "总经理", "华兴集团")}),
        (
            "时任华兴银行行长兼党委书记的孔一华出席。",
            {("孔一华", "行长", "华兴银行"), ("孔一华", "党委书记", "华兴银行党委")},
        ),
    ],
    ids=[
        "former-post-yuan",
        "de-between-org-and-title",
        "appointed-after-name",
        "appointments-in-a-list",
        "career-clause-without-subject",
        "career-as-modifier-cengren",
        "career-as-modifier-shiren-joined",
    ],
)
def test_posts_in_biographies(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "作为华兴集团总经理的钱一远说，前景很好。", {("钱一远", "总经理", "华兴集团")}, id="as-modifier-zuowei"
        ),
        pytest.param(
            "身为华兴银行天津分行副行长的孔一华说，前景很好。",
            {("孔一华", "副行长", "华兴银行天津分行")},
            id="as-modifier-shenwei",
        ),
        pytest.param(
            "原东山市财政局局长、现任华兴银行监事长的李一华介绍，新增资本金将全部用于充实资本。",
            {("李一华", "局长", "东山市财政局"), ("李一华", "监事长", "华兴银行")},
            id="a-former-post-joined-to-the-modifier",
        ),
        pytest.param(
            "甲乙信托投资公司副总经理、曾任江西省财政厅副厅长的孙一明介绍，资产正在清理。",
            {("孙一明", "副总经理", "甲乙信托投资公司"), ("孙一明", "副厅长", "江西省财政厅")},
            id="a-chain-joined-by-dun-before-the-modifier-career",
        ),
        pytest.param(
            "原东海市财政局局长、现任该行监事长的李一华介绍，资本已经到位。",
            {("李一华", "局长", "东海市财政局")},
            id="a-former-post-joined-by-dun-before-xianren",
        ),
        pytest.param(
            "甲乙机床股份有限公司副总经理兼董事会秘书、曾任西山市经济委员会副主任的陈一敏介绍，员工将全部保留。",
            {("陈一敏", "副总经理", "甲乙机床股份有限公司"), ("陈一敏", "董事会秘书", "甲乙机床股份有限公司")},
            id="a-jian-chain-joined-by-dun-before-the-modifier-career",
        ),
        pytest.param(
            "甲乙信托投资公司副总经理、曾任东山市财政局副局长的钱一明正在清理资产。",
            {("钱一明", "副总经理", "甲乙信托投资公司"), ("钱一明", "副局长", "东山市财政局")},
            id="a-name-after-the-modifier-before-zhengzai",
        ),
        pytest.param(
            "时任东山市财政局局长的钱一平正在配合调查。",
            {("钱一平", "局长", "东山市财政局")},
            id="a-name-after-shiren-modifier-before-zhengzai",
        ),
        pytest.param(
            "东方科技股份有限公司公告称，现任董事长由恒远控股集团副总裁、曾任绍兴市经贸委主任的刘一庆担任。",
            {
                ("刘一庆", "董事长", "东方科技股份有限公司"),
                ("刘一庆", "副总裁", "恒远控股集团"),
                ("刘一庆", "主任", "绍兴市经贸委"),
            },
            id="a-post-held-by-a-name-after-its-chain-and-modifier",
        ),
        pytest.param(
            "东方科技股份有限公司公告称，现任董事长由曾任绍兴市经贸委主任的刘一庆担任。",
            {("刘一庆", "董事长", "东方科技股份有限公司"), ("刘一庆", "主任", "绍兴市经贸委")},
            id="a-post-held-by-a-name-after-its-modifier",
        ),
    ],
)
def test_post_told_by_zuowei_before_the_name(text, expected):
    """作为/身为<chain>的<name>: the chain's posts are the name's, as after 曾任 or 时任; a chain joined to the
    modifier's verb by 、 from the clause's start (原A局长、现任B监事长的甲, 甲公司副总经理、曾任乙厅副厅长的X) is the
    name's too."""
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "１９８５年初冬，青年教师王一远当上了华兴机械厂厂长。", {("王一远", "厂长", "华兴机械厂")}, id="dangshang"
        ),
        pytest.param(
            "１９８５年初冬，青年教师王一远当上了濒临倒闭的华兴机械厂的厂长。",
            {("王一远", "厂长", "华兴机械厂")},
            id="dangshang-a-modified-body",
        ),
        pytest.param("１９８５年初冬，青年教师王一远当上了全县最年轻的厂长。", set(), id="a-modifier-and-no-body"),
    ],
)
def test_post_taken_by_dangshang(text, expected):
    """<name>当上了(…的)<body>(的)<title>: the post is the name's; a modifier naming no body gives none."""
    assert {p for p in posts_of(text) if p[0] == "王一远"} == expected


@pytest.mark.parametrize(
    "text,name,title",
    [
        pytest.param(
            "新的调整包括，华兴银行规划司司长孙琦已出任办公厅主任，华兴交易中心总裁李多出任规划司司长。",
            "李多",
            "主任",
            id="chuxian-before-the-title",
        ),
        pytest.param(
            "会议宣布：吴一平任中共扬州市江都区委员会书记，原区委副书记、区长曹一林任扬州市副市长。",
            "曹一林",
            "书记",
            id="bare-ren-before-the-title",
        ),
    ],
)
def test_title_after_an_appointment_is_not_the_next_persons(text, name, title):
    """甲已出任A主任，B总裁乙 / 甲任A书记，原B副书记乙: A's title is 甲's; the comma does not hand it to 乙."""
    assert not {p for p in posts_of(text) if p[0] == name and p[1] == title}


@pytest.mark.parametrize(
    "text,name,org",
    [
        ("据悉，某能源研究所张立新认为，今年的目标可以完成。", "张立新", "某能源研究所"),
        ("某某证券公司李文博表示，市场总体平稳。", "李文博", "某某证券公司"),
        # no suffix: the learned recogniser's less sure organisation, taken because a speaking person follows
        ("“前景看好。”法国兴业钱大伟表示，他们将增持。", "钱大伟", "法国兴业"),
        ("德国安联钱大伟表示，他们将增持。", "钱大伟", "德国安联"),
    ],
    ids=["institute-speaker", "company-speaker", "learned-body-no-suffix", "learned-body-sure"],
)
def test_org_member_without_title_gets_untitled_post(text, name, org):
    """<organisation><name>表示: the person belongs to that body; the post has no title."""
    from kgqa.extract import extract_page

    persons = {p.name: p for p in extract_page(text).persons}
    assert name in persons
    assert [(q.title, q.org) for q in persons[name].posts] == [("", org)]


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param("国务院总理王大明出席会议。", None, {("王大明", "总理", "国务院")}, id="state-council-premier"),
        pytest.param(
            "中共中央政治局委员、国务院副总理李立新到湖北调研。",
            None,
            {("李立新", "政治局委员", "中共中央"), ("李立新", "副总理", "国务院")},
            id="politburo-and-vice-premier",
        ),
        pytest.param(
            "国务委员、交通部党委书记、部长周立平出席。",
            None,
            {("周立平", "国务委员", "国务院"), ("周立平", "党委书记", "交通部党委"), ("周立平", "部长", "交通部")},
            id="state-councillor-and-ministry",
        ),
        pytest.param(
            "总书记赵明强调，要抓好落实。", None, {("赵明", "总书记", "中共中央")}, id="general-secretary-bare"
        ),
        pytest.param(
            "对外贸易经济合作部部长石一峰会见客人。",
            None,
            {("石一峰", "部长", "对外贸易经济合作部")},
            id="ministry-opening-with-dui",
        ),
        pytest.param(
            "国务院副秘书长周一明，商务部副部长兼国际贸易谈判副代表钱二新等出席。",
            None,
            {("钱二新", "副部长", "商务部"), ("钱二新", "国际贸易谈判副代表", "商务部")},
            id="trade-negotiator-title-after-jian",
        ),
    ],
)
def test_national_bodies(text, locale, expected):
    assert expected <= posts_of(text, locale)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param(
            "河北省发展改革委党组书记、主任孙立强主持会议。",
            None,
            {("孙立强", "党组书记", "河北省发展改革委党组"), ("孙立强", "主任", "河北省发展改革委")},
            id="leading-group-of-a-body",
        ),
        pytest.param(
            "华丰电力公司总经理、党组书记钱一川讲话。",
            None,
            {("钱一川", "总经理", "华丰电力公司"), ("钱一川", "党组书记", "华丰电力公司党组")},
            id="leading-group-after-the-bodys-title",
        ),
        pytest.param(
            "交通部党委委员、政治部主任周一鸣主持座谈。",
            None,
            {("周一鸣", "政治部主任", "交通部")},
            id="bare-unit-of-the-body-before",
        ),
        pytest.param(
            "自治区主席马立新致辞。",
            "乌鲁木齐市",
            {("马立新", "主席", "新疆维吾尔自治区人民政府")},
            id="autonomous-region-chairman",
        ),
        pytest.param(
            "自治区主席助理马一平也出席了仪式。",
            "乌鲁木齐市",
            {("马一平", "主席助理", "新疆维吾尔自治区人民政府")},
            id="assistant-to-the-chairman",
        ),
        pytest.param(
            "据华兴控股集团董事长陈一平介绍，项目进展顺利。",
            None,
            {("陈一平", "董事长", "华兴控股集团")},
            id="ju-is-no-part-of-the-name",
        ),
        pytest.param(
            "原东方投资公司副总经理刘一凡出任南山投资公司总经理。",
            None,
            {("刘一凡", "副总经理", "东方投资公司"), ("刘一凡", "总经理", "南山投资公司")},
            id="former-post-yuan-before",
        ),
        pytest.param(
            "华兴公司党总支副书记吴一平说。",
            None,
            {("吴一平", "党总支副书记", "华兴公司党总支")},
            id="general-party-branch",
        ),
        pytest.param(
            "青岚市软件协会今天成立，星河大学校长王一明当选为首任会长。",
            None,
            {("王一明", "会长", "青岚市软件协会")},
            id="first-holder-shouren-is-no-body",
        ),
        pytest.param(
            "星河化工股份有限公司董事会聘任原常务副总经理陆一华为总经理。",
            None,
            {("陆一华", "常务副总经理", "星河化工股份有限公司"), ("陆一华", "总经理", "星河化工股份有限公司")},
            id="executive-vice-general-manager",
        ),
        pytest.param(
            "农业农村部党组书记、部长甘一明讲话，部党组成员、副部长罗一斌作总结。",
            None,
            {("罗一斌", "党组成员", "农业农村部党组"), ("罗一斌", "副部长", "农业农村部")},
            id="party-group-of-the-ministry-named-by-its-kind",
        ),
        pytest.param(
            "河北省人民代表大会今天闭幕。会议选举王一明为河北省人民政府省长，郭立新、潘二勇、刘三华为副省长。",
            None,
            {
                ("郭立新", "副省长", "河北省人民政府"),
                ("潘二勇", "副省长", "河北省人民政府"),
                ("刘三华", "副省长", "河北省人民政府"),
            },
            id="list-elected-wei-after-an-electing-verb",
        ),
        pytest.param(
            "15日在湖南省吉首市举行。湘西土家族苗族自治州州委书记王一林出席，州委副书记、州长向二明主持。",
            None,
            {
                ("王一林", "州委书记", "中共湘西土家族苗族自治州委员会"),
                ("向二明", "州委副书记", "中共湘西土家族苗族自治州委员会"),
                ("向二明", "州长", "湘西土家族苗族自治州人民政府"),
            },
            id="bare-zhou-levels-of-the-autonomous-prefecture-named-before",
        ),
        pytest.param(
            "内蒙古自治区副主席李一平到阿拉善盟调研，阿拉善盟委书记赵二军、盟长孙三华陪同。",
            None,
            {("赵二军", "书记", "中共阿拉善盟委员会"), ("孙三华", "盟长", "阿拉善盟行政公署")},
            id="league-head-of-the-league-named-before-its-xingzheng-gongshu",
        ),
        pytest.param(
            "益阳市防汛抗旱指挥部常务副指挥长、副市长罗一民汇报，省防汛抗旱指挥部常务副总指挥王二明出席。",
            None,
            {
                ("罗一民", "常务副指挥长", "益阳市防汛抗旱指挥部"),
                ("罗一民", "副市长", "益阳市人民政府"),
                ("王二明", "常务副总指挥", "湖南省防汛抗旱指挥部"),
            },
            id="executive-deputy-commander-of-a-headquarters",
        ),
        pytest.param(
            "议会任命赵一明为代理内政部长。", None, {("赵一明", "部长", "内政部")}, id="acting-is-no-part-of-the-body"
        ),
        pytest.param("参议员钱一平当选下届副总统。", None, {("钱一平", "副总统", None)}, id="the-next-term-is-no-body"),
        pytest.param("代理市长孙一川出席。", None, {("孙一川", "市长", None)}, id="acting-alone-is-no-body"),
    ],
)
def test_chain_rules(text, locale, expected):
    assert expected <= posts_of(text, locale)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "韩一昂会见新加坡副总理兼贸工部长黄一伟。",
            {("黄一伟", "副总理", "新加坡政府"), ("黄一伟", "部长", "新加坡贸工部")},
            id="deputy-premier-and-minister",
        ),
        pytest.param(
            "法国外长兼欧洲事务部长杜邦出席。",
            {("杜邦", "外长", "法国外交部"), ("杜邦", "部长", "法国欧洲事务部")},
            id="foreign-minister-and-another-ministry",
        ),
        pytest.param(
            "外交部长兼国务委员王一明出席。", {("王一明", "部长", "外交部")}, id="no-country-the-national-ministry"
        ),
        pytest.param(
            "外交部长王一明会见了越南副总理兼外长黎一忠，外交部部长助理郗立哲参加会见。",
            {
                ("黎一忠", "副总理", "越南政府"),
                ("黎一忠", "外长", "越南外交部"),
                ("王一明", "部长", "外交部"),
                ("郗立哲", "部长助理", "外交部"),
            },
            id="bare-foreign-minister-after-a-countrys-deputy-premier",
        ),
        pytest.param(
            "吉尔吉斯斯坦第一副总理阿斯卡尔·别克出席开幕式。",
            {("阿斯卡尔·别克", "第一副总理", "吉尔吉斯斯坦政府")},
            id="first-deputy-premier-of-a-country",
        ),
    ],
)
def test_a_ministry_after_a_countrys_post_is_that_countrys(text, expected):
    """新加坡副总理兼贸工部长: the 贸工部 is Singapore's, as the chain's country says."""
    assert expected <= posts_of(text, None)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        pytest.param(
            "华瑞商业银行股份有限公司董事会聘任吴一华为该行行长。吴一华曾任乙银行江苏省分行行长。前任行长郑一国因年龄原因辞职。",
            ("郑一国", "行长", "华瑞商业银行股份有限公司"),
            ("郑一国", "行长", "乙银行江苏省分行"),
            id="predecessor-in-the-post-held-now",
        ),
        pytest.param(
            "星河化工股份有限公司董事会聘任陆一华为总经理。原总经理柏一荣退休。",
            ("柏一荣", "总经理", "星河化工股份有限公司"),
            None,
            id="former-after-the-new-post",
        ),
    ],
)
def test_a_predecessor_held_the_post_told_as_held_now(text, expected, absent):
    """前任行长X after a career note (曾任乙分行行长) is the predecessor in the post the article gives now."""
    got = posts_of(text, None)
    assert expected in got
    assert absent is None or absent not in got


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "华兴船舶公司李一平总经理在会上作报告。", {("李一平", "总经理", "华兴船舶公司")}, id="body-name-title"
        ),
        pytest.param("双方由太原市赵一平副市长签字。", {("赵一平", "副市长", "太原市人民政府")}, id="place-name-title"),
        pytest.param("会上，王一平副总理发来贺信。", {("王一平", "副总理", "国务院")}, id="name-then-national-title"),
    ],
)
def test_title_after_the_name(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "华兴基金发布公告，聘任周一平为公司总经理。", {("周一平", "总经理", "华兴基金")}, id="appointed-as"
        ),
        pytest.param(
            "此前孙一平为华兴基金的副总经理，兼市场总监。",
            {("孙一平", "副总经理", "华兴基金"), ("孙一平", "市场总监", "华兴基金")},
            id="was-title-and-jian",
        ),
        pytest.param(
            "华兴证券发布公告。而自原总经理钱一平离职以来，该职空缺。",
            {("钱一平", "总经理", "华兴证券")},
            id="company-title-without-body",
        ),
        pytest.param("华兴基金市场部副总监吴一平说。", {("吴一平", "市场部副总监", "华兴基金")}, id="company-unit"),
        pytest.param(
            "华普药业今日公告，公司董事长何建业辞去董事长职务。",
            {("何建业", "董事长", "华普药业")},
            id="company-anaphor-after-a-bare-name",
        ),
        pytest.param(
            "建银证券副总裁何永春表示看好后市。该公司研究所所长潘一鸣认为市场将震荡。",
            {("潘一鸣", "所长", "建银证券研究所")},
            id="institute-of-the-company-anaphor",
        ),
        pytest.param(
            "兴达银行宁波分行正式开业。兴达银行副行长宋启明出席。分行行长由陈立群担任。",
            {("宋启明", "副行长", "兴达银行"), ("陈立群", "行长", "兴达银行宁波分行")},
            id="branch-anaphor",
        ),
        pytest.param(
            "东方电网有限公司宣布，曾任南方能源集团副总经理的洪启明出任公司总经理，前任总经理单立伟退休。",
            {
                ("洪启明", "副总经理", "南方能源集团"),
                ("洪启明", "总经理", "东方电网有限公司"),
                ("单立伟", "总经理", "东方电网有限公司"),
            },
            id="past-employer-is-no-antecedent",
        ),
        pytest.param(
            "吉林省通化市华康制药厂是一家中型企业。厂长刘振邦和厂党委书记孙丽华带领职工抓质量。",
            {("刘振邦", "厂长", "吉林省通化市华康制药厂"), ("孙丽华", "党委书记", "吉林省通化市华康制药厂党委")},
            id="factory-committee-by-its-kind",
        ),
        pytest.param(
            "华安人寿保险股份有限公司宣布，董事会聘任许一东为公司总经理。许一东此前担任平和保险集团副总经理兼首席风险官。"
            "原总经理钟一新已离职。",
            {
                ("许一东", "首席风险官", "平和保险集团"),
                ("钟一新", "总经理", "华安人寿保险股份有限公司"),
            },
            id="career-clause-employer-is-not-the-company-spoken-of",
        ),
        pytest.param(
            "中国远海运输集团有限公司召开干部大会。集团党委书记、董事长丰一衡宣布完成重组。",
            {("丰一衡", "党委书记", "中国远海运输集团有限公司党委"), ("丰一衡", "董事长", "中国远海运输集团有限公司")},
            id="group-committee-by-its-kind",
        ),
        pytest.param(
            "北方稀土材料研究院今日发布新材料。该院院长芮建章表示可以量产。",
            {("芮建章", "院长", "北方稀土材料研究院")},
            id="institute-anaphor-by-its-last-character",
        ),
        pytest.param(
            "杭州华诚电缆股份有限公司（简称华诚电缆）今日公告，公司中标国家电网特高压工程。公司董事长沈家明表示满意。",
            {("沈家明", "董事长", "杭州华诚电缆股份有限公司")},
            id="company-of-an-announcement",
        ),
        pytest.param(
            "甲兴基金发布公告，聘任王一昆为公司总经理。同样，乙诚基金发布《总经理任职公告》，聘任王一锋担任公司总经理。",
            {("王一锋", "总经理", "乙诚基金")},
            id="two-announcers-no-announcer-wins",
        ),
        pytest.param(
            "商务部新闻发言人姚一斌在发布会上表示进出口下降。前任发言人崔一明已调任。",
            {("崔一明", "发言人", "商务部")},
            id="former-holder-of-a-post-named-before",
        ),
        pytest.param(
            "上海申江电梯厂与日本丸岭机电株式会社合资兴建的上海申岭电梯有限公司开业。日方公司社长小林正雄剪彩。",
            {("小林正雄", "社长", "日本丸岭机电株式会社")},
            id="the-japanese-side-company",
        ),
        pytest.param(
            "天津甲机械厂与美国韦斯特公司签订合资合同，美方公司总裁约翰·卡特出席。",
            {("约翰·卡特", "总裁", "美国韦斯特公司")},
            id="the-american-side-company",
        ),
        pytest.param(
            "中新网3月27日电 恒岳股份今日公告，公司控股股东恒岳集团有限公司与东川钢铁厂的重组方案已获省国资委批准，重组后"
            "东川钢铁厂整体并入恒岳集团。3月25日，恒岳集团与东川市人民政府签署了《东川钢铁厂重组协议》。同日，恒岳股份与"
            "中国工商银行湖北省分行签订了银企合作协议，获得综合授信额度60亿元，主要用于技术改造和产品结构调整。公告同时披露，"
            "公司于3月26日召开第五届董事会第十二次会议，选举王一平为公司董事长；原董事长赵立军因工作变动辞去董事长及董事职务。"
            "会议同时聘任财务总监孙建新兼任董事会秘书。",
            {
                ("赵立军", "董事", "恒岳股份"),
                ("孙建新", "财务总监", "恒岳股份"),
                ("孙建新", "董事会秘书", "恒岳股份"),
            },
            id="far-from-any-company-the-one-gongsi-stands-for",
        ),
    ],
)
def test_company_posts(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param(
            "自治区党委常委、市委书记马一鸣出席。",
            "乌鲁木齐市",
            {
                ("马一鸣", "自治区党委常委", "中共新疆维吾尔自治区委员会"),
                ("马一鸣", "市委书记", "中共乌鲁木齐市委员会"),
            },
            id="level-word-names-its-level",
        ),
        pytest.param(
            "省委常委、副省长周一川调研。",
            "太原市",
            {("周一川", "省委常委", "中共山西省委员会"), ("周一川", "副省长", "山西省人民政府")},
            id="province-from-a-city",
        ),
        pytest.param(
            "花都区委书记杨一文、区长林一坚出席。",
            None,
            {("杨一文", "区委书记", "中共广州市花都区委员会"), ("林一坚", "区长", "广州市花都区人民政府")},
            id="list-shares-the-place",
        ),
        pytest.param(
            "番禺区召开领导干部大会。原区委书记庞一文另有任用，新任区委书记甘一林讲话。",
            "广州市",
            {("庞一文", "区委书记", "中共广州市番禺区委员会"), ("甘一林", "区委书记", "中共广州市番禺区委员会")},
            id="district-committee-in-a-city-paper-new-and-former",
        ),
        pytest.param(
            "华普药业公告，华普药业股份有限公司董事会选举副董事长苏一博为新任董事长。",
            None,
            {("苏一博", "董事长", "华普药业股份有限公司")},
            id="new-title-names-no-body",
        ),
        # a district name two cities share: the city written before it decides, not the lexicon's first
        pytest.param(
            "江北区举行项目签约。宁波市江北区人民政府与甲公司签约，区委书记方一舟、区长严一帆出席。",
            None,
            {("方一舟", "区委书记", "中共宁波市江北区委员会"), ("严一帆", "区长", "宁波市江北区人民政府")},
            id="shared-district-city-written-before",
        ),
        pytest.param(
            "青山区召开全区大会。包头市青山区区长柯一平主持会议。",
            None,
            {("柯一平", "区长", "包头市青山区人民政府")},
            id="shared-district-no-city-knows-it",
        ),
        pytest.param(
            "西湖区启动招商月活动，南昌市副市长邬一凡出席。西湖区区委书记汤一川讲话。",
            None,
            {("汤一川", "区委书记", "中共南昌市西湖区委员会")},
            id="shared-district-the-one-city-the-page-names",
        ),
        pytest.param(
            "北京市朝阳区召开会议。朝阳区委书记葛一鸣讲话，长春市客商代表列席。",
            None,
            {("葛一鸣", "区委书记", "中共北京市朝阳区委员会")},
            id="shared-district-both-cities-named-written-before-decides",
        ),
        pytest.param(
            "江苏瀚远汽车部件有限公司的项目在盐城经济技术开发区开工。市委书记蒋一平宣布项目开工，市长程一然致辞。",
            None,
            {("蒋一平", "市委书记", "中共盐城市委员会"), ("程一然", "市长", "盐城市人民政府")},
            id="city-committee-in-a-provinces-story-the-city-named-before",
        ),
        pytest.param(
            "腾云客车（襄阳）有限公司在襄阳高新区投产。湖北省副省长张一和，市委书记李一明出席，市委副书记、市长刘一辉致辞。",
            None,
            {("李一明", "市委书记", "中共襄阳市委员会"), ("刘一辉", "市长", "襄阳市人民政府")},
            id="a-bare-city-committee-after-a-provinces-official-is-no-provinces",
        ),
        pytest.param(
            "商会成立大会在合肥举行。温州市副市长叶一明，副市长方一红等出席大会。",
            "合肥市",
            {("叶一明", "副市长", "温州市人民政府"), ("方一红", "副市长", "合肥市人民政府")},
            id="the-same-bare-title-again-after-a-comma-is-the-article-place-s",
        ),
        pytest.param(
            "洽谈会在芜湖举行。宁波市副市长许一平、副市长林一红出席。",
            "芜湖市",
            {("许一平", "副市长", "宁波市人民政府"), ("林一红", "副市长", "芜湖市人民政府")},
            id="the-same-bare-title-again-after-a-dun-is-the-article-place-s",
        ),
    ],
)
def test_places_of_level_words(text, locale, expected):
    assert expected <= posts_of(text, locale)


def test_body_of_a_company_title_is_a_company():
    facts = extract_page("东风华兴总经理李一明表示。后来成立东风华兴乘用车公司。")
    orgs = {o.name: o for o in facts.organizations}
    assert orgs["东风华兴乘用车公司"].type == "company"
    assert "东风华兴" in orgs["东风华兴乘用车公司"].aliases


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "东方基金总经理由原南山基金副总经理邓一明担任。",
            {("邓一明", "总经理", "东方基金"), ("邓一明", "副总经理", "南山基金")},
            id="held-by",
        ),
        pytest.param(
            "南山基金副总经理许一松接替先一江担任东方基金公司总经理。",
            {("许一松", "总经理", "东方基金公司"), ("先一江", "总经理", "东方基金公司")},
            id="succeeds",
        ),
        pytest.param(
            "华兴基金副总窦一明最终竞聘成为东方基金公司总经理。",
            {("窦一明", "副总", "华兴基金"), ("窦一明", "总经理", "东方基金公司")},
            id="becomes",
        ),
        pytest.param(
            "去年底，窦一明被任命为宜昌市轻工业局局长。",
            {("窦一明", "局长", "宜昌市轻工业局")},
            id="appointed-to-a-bureau",
        ),
        pytest.param(
            "窦一明被聘任为东方基金公司副总经理。", {("窦一明", "副总经理", "东方基金公司")}, id="engaged-by-a-firm"
        ),
        pytest.param(
            "要与以张一明同志为总书记的党中央保持一致。", {("张一明", "总书记", "中共中央")}, id="comrade-as-title-of"
        ),
        pytest.param("“工商总会”理事长陈一雄等将到场。", {("陈一雄", "理事长", "工商总会")}, id="quoted-body"),
        pytest.param(
            "瑞丰纺织股份有限公司公告，该公司董事会选举副董事长姚一明代行董事长职务。",
            {("姚一明", "副董事长", "瑞丰纺织股份有限公司")},
            id="board-elects-a-company-title",
        ),
        pytest.param(
            "中国食品工业协会会员代表大会闭幕。大会选举原轻工业部副部长谭一儒为会长，闵家林、易秀英当选为副会长。",
            {
                ("谭一儒", "副部长", "轻工业部"),
                ("谭一儒", "会长", "中国食品工业协会"),
                ("闵家林", "副会长", "中国食品工业协会"),
                ("易秀英", "副会长", "中国食品工业协会"),
            },
            id="assembly-elects-association-heads",
        ),
        pytest.param(
            "广东省防汛防旱防风总指挥部召开会议。副省长、总指挥温一平主持会议，副总指挥林一文参加。",
            {
                ("温一平", "副省长", "广东省人民政府"),
                ("温一平", "总指挥", "广东省防汛防旱防风总指挥部"),
                ("林一文", "副总指挥", "广东省防汛防旱防风总指挥部"),
            },
            id="headquarters-named-before-its-commander",
        ),
        pytest.param(
            "东岳城投集团有限公司今天揭牌成立。集团董事长由市财政局局长钱一鸣兼任，总经理为孙建川。",
            {
                ("钱一鸣", "局长", "市财政局"),
                ("钱一鸣", "董事长", "东岳城投集团有限公司"),
                ("孙建川", "总经理", "东岳城投集团有限公司"),
            },
            id="held-concurrently-then-manager-named-as",
        ),
        pytest.param(
            "南江交通集团有限公司董事长由何一平担任，副董事长、总经理为北川路桥公司前任经理吴一川。",
            {
                ("吴一川", "副董事长", "南江交通集团有限公司"),
                ("吴一川", "总经理", "南江交通集团有限公司"),
                ("吴一川", "经理", "北川路桥公司"),
            },
            id="two-titles-named-as-with-own-former-post",
        ),
        pytest.param(
            "由甲川机械有限公司和乙川电机有限公司合并组建的华川装备集团有限公司昨日成立，新集团董事长由甲川机械有限公司董事长蒯一军兼任。",
            {("蒯一军", "董事长", "甲川机械有限公司"), ("蒯一军", "董事长", "华川装备集团有限公司")},
            id="new-group-is-the-group-just-formed",
        ),
        pytest.param(
            "会议决定任命范志远为山西省副省长，免去其太原市市长职务。",
            {("范志远", "副省长", "山西省人民政府"), ("范志远", "市长", "太原市人民政府")},
            id="appointed-and-removed-from-its-post",
        ),
        pytest.param(
            "会议增选赵一新、马一清为政协甘肃省第十届委员会副主席，增选周一华为秘书长。",
            {
                ("赵一新", "副主席", "中国人民政治协商会议甘肃省委员会"),
                ("马一清", "副主席", "中国人民政治协商会议甘肃省委员会"),
                ("周一华", "秘书长", "中国人民政治协商会议甘肃省委员会"),
            },
            id="elected-in-addition-a-list-and-a-bare-title",
        ),
        pytest.param(
            "泰兴市生态园建设领导小组召开全体会议。会议宣布了领导小组成员名单：副市长王一峰任副组长。",
            {("王一峰", "副组长", "泰兴市生态园建设领导小组")},
            id="deputy-head-of-the-leading-group-named-before",
        ),
        pytest.param(
            "江苏省食品安全工作领导小组成立。副省长周一平任组长，省政府副秘书长吴一川任常务副组长。",
            {("周一平", "组长", "江苏省食品安全工作领导小组"), ("吴一川", "常务副组长", "江苏省食品安全工作领导小组")},
            id="head-of-the-leading-group-just-formed",
        ),
        pytest.param(
            "周一民先生曾任东岭机械厂厂长、南川电子公司副总经理。",
            {("周一民", "厂长", "东岭机械厂"), ("周一民", "副总经理", "南川电子公司")},
            id="a-form-of-address-between-the-name-and-the-career-verb",
        ),
        pytest.param(
            "吴一兰女士现任北江纺织有限公司董事长。",
            {("吴一兰", "董事长", "北江纺织有限公司")},
            id="nvshi-before-the-verb",
        ),
        pytest.param(
            "郑一川在2001年3月至2006年5月任东岭县委书记、南川市副市长期间收受贿赂。",
            {("郑一川", "县委书记", "中共东岭县委员会"), ("郑一川", "副市长", "南川市人民政府")},
            id="the-span-a-post-was-held-between-the-name-and-the-verb",
        ),
        pytest.param(
            "在年会上，冯一平再次当选北江营养学会会长。",
            {("冯一平", "会长", "北江营养学会")},
            id="elected-again",
        ),
        pytest.param(
            "１９９８年５月，陈一林由东岭区委办公室副主任调任南川镇党委书记。",
            {("陈一林", "副主任", "东岭区委办公室"), ("陈一林", "镇党委书记", "中共南川镇委员会")},
            id="moved-from-a-post-to-another",
        ),
        pytest.param(
            "李一明由江州市委办公室副主任调任平安镇党委书记。",
            {("李一明", "副主任", "江州市委办公室"), ("李一明", "镇党委书记", "中共平安镇委员会")},
            id="moved-from-a-city-office",
        ),
        pytest.param(
            "许一川，男，曾任东岭机械厂厂长，南川建材公司副总经理，现任北江建材股份有限公司董事。",
            {
                ("许一川", "厂长", "东岭机械厂"),
                ("许一川", "副总经理", "南川建材公司"),
                ("许一川", "董事", "北江建材股份有限公司"),
            },
            id="a-career-list-joined-by-commas",
        ),
        pytest.param(
            "何一平曾任东岭机械厂厂长，南川建材公司副总经理，退休后定居南川。",
            {("何一平", "厂长", "东岭机械厂"), ("何一平", "副总经理", "南川建材公司")},
            id="a-career-list-after-the-name",
        ),
    ],
)
def test_appointments(text, expected):
    assert expected <= posts_of(text)


def test_a_comma_item_of_a_career_list_is_the_next_persons_when_a_name_follows():
    """曾任A厂厂长，B公司副总经理乙说: the item after the comma is 乙's, not one more of the career."""
    got = posts_of("吕一民曾任东岭机械厂厂长，南川建材公司副总经理马一川说。")
    assert ("吕一民", "副总经理", "南川建材公司") not in got


def test_a_verb_before_a_title_is_no_body():
    got = posts_of("华兴电器有限公司很小，记者听了董事长徐一玉介绍的发展历程。")
    assert ("徐一玉", "董事长", "华兴电器有限公司") in got
    assert not {p for p in got if p[2] and "听" in p[2]}


def test_author_note_gives_the_author_posts():
    page = "## 标题\n\n本报记者 周一航\n\n城市建设上了新台阶。\n（作者为中央党校学员、辽宁省沈阳市副市长）"
    facts = extract_page(page)
    persons = {p.name: p for p in facts.persons}
    assert facts.articles[0].authors == ["周一航"]
    assert {("副市长", "沈阳市人民政府"), ("学员", "中共中央党校")} <= {
        (q.title, q.org) for q in persons["周一航"].posts
    }


def test_pronoun_career_clause():
    got = posts_of("记者来到康宁医院，医院院长周一宇介绍了情况。\n他原为东海市第一医院主治医师。")
    assert ("周一宇", "主治医师", "东海市第一医院") in got


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "香港特首曾一权出席论坛。", {("曾一权", "特首", "香港特别行政区政府")}, id="hong-kong-chief-executive"
        ),
        pytest.param(
            "香港特区行政长官梁一英致辞。", {("梁一英", "行政长官", "香港特别行政区政府")}, id="sar-short-form"
        ),
        pytest.param("俄罗斯内务部长李一夫访华。", {("李一夫", "部长", "俄罗斯内务部")}, id="foreign-minister-of-x"),
        pytest.param("泰国总理巴一育会见代表团。", {("巴一育", "总理", "泰国政府")}, id="foreign-head-of-government"),
        pytest.param("中国驻美国大使周一文出席。", {("周一文", "大使", "中国驻美国大使馆")}, id="ambassador"),
        pytest.param(
            "韩国驻青岛总领事馆总领事朴正浩出席。",
            {("朴正浩", "总领事", "韩国驻青岛总领事馆")},
            id="consulate-written-in-full-before-its-title",
        ),
        pytest.param(
            "大阪府副知事田中一郎出席。", {("田中一郎", "副知事", "大阪府")}, id="deputy-governor-of-a-prefecture"
        ),
        pytest.param("国家主席胡一涛会见外宾。", {("胡一涛", "主席", "中华人民共和国")}, id="head-of-state"),
        pytest.param("外交部发言人秦一刚说。", {("秦一刚", "发言人", "外交部")}, id="spokesperson"),
        pytest.param(
            "新华社电 俄罗斯内务部长库利达夫今天宣布改革。",
            {("库利达夫", "部长", "俄罗斯内务部")},
            id="transliterated-name-after-foreign-title",
        ),
        pytest.param(
            "俄罗斯内务部长伊万罗夫抵达北京。",
            {("伊万罗夫", "部长", "俄罗斯内务部")},
            id="transliterated-name-starting-with-a-family-name",
        ),
        pytest.param(
            "美国总统克林达即将访问中国。",
            {("克林达", "总统", "美国政府")},
            id="learned-name-not-lengthened-over-a-word",
        ),
        pytest.param(
            "新加坡总理黄一成今天会见了代表团。",
            {("黄一成", "总理", "新加坡政府")},
            id="chinese-name-after-foreign-title-not-lengthened",
        ),
        pytest.param(
            "据报道，美国财政部长约翰斯9日表示。",
            {("约翰斯", "部长", "美国财政部")},
            id="transliterated-name-before-a-date",
        ),
        pytest.param(
            "国家主席王一立同法国总统杜邦会谈。", {("杜邦", "总统", "法国政府")}, id="president-after-a-name-and-tong"
        ),
        pytest.param(
            "国务院总理李一远在北京会见了新加坡总理黄一成。",
            {("黄一成", "总理", "新加坡政府")},
            id="foreign-premier-after-a-meeting-verb",
        ),
        pytest.param(
            "英国首相布莱恩会见了中国外交部长钱一新。",
            {("布莱恩", "首相", "英国政府"), ("钱一新", "部长", "外交部")},
            id="chinese-ministry-by-field",
        ),
        pytest.param(
            "美国国务卿奥尔布特与以色列总理内塔尼胡会谈。",
            {("奥尔布特", "国务卿", "美国政府"), ("内塔尼胡", "总理", "以色列政府")},
            id="secretary-of-state",
        ),
        pytest.param(
            "全国人大常委会委员长张一华会见了越南国会主席陈一海。",
            {("张一华", "委员长", "全国人民代表大会常务委员会"), ("陈一海", "主席", "越南国会")},
            id="npc-chairman-and-foreign-parliament",
        ),
        pytest.param(
            "全国政协主席李一环出席。",
            {("李一环", "主席", "中国人民政治协商会议全国委员会")},
            id="national-cppcc-chairman",
        ),
        pytest.param(
            "商务部部长蓝一华在北京同韩国产业通商资源部长官金敏哲举行会谈。",
            {("蓝一华", "部长", "商务部"), ("金敏哲", "长官", "韩国产业通商资源部")},
            id="korean-minister-changguan",
        ),
        pytest.param(
            "韩国外交部副长官朴一勋访华。", {("朴一勋", "副长官", "韩国外交部")}, id="korean-vice-minister-changguan"
        ),
        pytest.param(
            "以众议院议员中村一郎为团长的日本众议院代表团今天抵达北京。",
            {("中村一郎", "议员", "日本众议院"), ("中村一郎", "团长", "日本众议院代表团")},
            id="delegation-leader-body-without-its-country",
        ),
        pytest.param(
            "国务院副总理岳一林抵达河内。越南政府副总理范文德到机场迎接。",
            {("范文德", "副总理", "越南政府")},
            id="foreign-government-as-level-word",
        ),
        pytest.param(
            "副委员长邹一渊会见了以议长阿卜杜勒·拉赫曼为团长的马来西亚国会代表团。",
            {("阿卜杜勒·拉赫曼", "议长", "马来西亚国会")},
            id="delegation-leader-bare-title",
        ),
        pytest.param(
            "以参议院议长约翰·史密斯为团长的美国国会代表团抵京。",
            {("约翰·史密斯", "议长", "美国参议院"), ("约翰·史密斯", "团长", "美国国会代表团")},
            id="delegation-leader-house-of-its-country",
        ),
        pytest.param(
            "副委员长陈一安会见了以议长玛丽亚·恩科西为团长的南非国民议会代表团。",
            {("玛丽亚·恩科西", "议长", "南非国民议会"), ("玛丽亚·恩科西", "团长", "南非国民议会代表团")},
            id="delegation-of-a-parliament-named-with-its-house",
        ),
        pytest.param(
            "邱一哲会见以日本众议院议员森田浩二为团长的日本国会议员访华团。",
            {("森田浩二", "议员", "日本众议院")},
            id="diet-member-with-body",
        ),
        pytest.param(
            "内蒙古自治区副主席白一刚出席揭牌仪式。",
            {("白一刚", "副主席", "内蒙古自治区人民政府")},
            id="country-name-inside-a-province-name",
        ),
        pytest.param(
            "德国经济部国务秘书施耐德出席签字仪式。",
            {("施耐德", "国务秘书", "德国经济部")},
            id="state-secretary-of-a-foreign-ministry",
        ),
        pytest.param(
            "马来西亚国际贸易和工业部长林一达出席签字仪式。",
            {("林一达", "部长", "马来西亚国际贸易和工业部")},
            id="ministry-of-two-fields-joined-by-he-before-buzhang",
        ),
        pytest.param(
            "双方会谈时，法国经济和财政部长勒一尔在座。",
            {("勒一尔", "部长", "法国经济和财政部")},
            id="ministry-of-two-fields-after-a-country-buzhang",
        ),
        pytest.param(
            "德国联邦交通和数字基础设施部长维一格出席。",
            {("维一格", "部长", "德国联邦交通和数字基础设施部")},
            id="federal-ministry-of-two-fields-buzhang",
        ),
        pytest.param(
            "马来西亚贸易、工业和投资部长林一达出席。",
            {("林一达", "部长", "马来西亚贸易、工业和投资部")},
            id="ministry-of-fields-listed-with-dun-before-buzhang",
        ),
        pytest.param(
            "乙国建设、交通和基础设施部部长米一奇出席。",
            {("米一奇", "部长", "乙国建设、交通和基础设施部")},
            id="ministry-of-fields-listed-with-dun-then-buzhang",
        ),
        pytest.param(
            "美国俄亥俄州州长约翰·史一斯出席。",
            {("约翰·史一斯", "州长", "美国俄亥俄州")},
            id="a-state-holding-a-one-character-country-is-not-cut-there",
        ),
        pytest.param(
            "乙国能源与矿产部部长坎萨·乔一拉出席投运仪式。",
            {("坎萨·乔一拉", "部长", "乙国能源与矿产部")},
            id="ministry-of-two-fields-joined-by-yu",
        ),
        pytest.param(
            "王一明会见了巴西矿产与能源部部长席一瓦。",
            {("席一瓦", "部长", "巴西矿产与能源部")},
            id="ministry-of-two-fields-joined-by-yu-after-a-verb",
        ),
        pytest.param(
            "孙一平会见哈萨克斯坦副总理兼贸易和一体化部部长努尔兰·赛一克。",
            {("努尔兰·赛一克", "副总理", "哈萨克斯坦政府"), ("努尔兰·赛一克", "部长", "哈萨克斯坦贸易和一体化部")},
            id="ministry-named-by-fields-after-jian-is-the-country-s",
        ),
        pytest.param(
            "俄罗斯副总理兼财政部部长库一林出席。",
            {("库一林", "副总理", "俄罗斯政府"), ("库一林", "部长", "俄罗斯财政部")},
            id="ministry-of-one-field-after-jian-is-the-country-s",
        ),
    ],
)
def test_foreign_and_special_regions(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "以德国经济部国务秘书施一德为团长的德国经济代表团一行抵京。",
            {("施一德", "国务秘书", "德国经济部")},
            id="leader-of-a-trade-delegation",
        ),
        pytest.param(
            "以香港中华总商会副会长邝一成为团长的香港工商界考察团来杭州考察。",
            {("邝一成", "副会长", "香港中华总商会")},
            id="leader-of-a-sector-group",
        ),
        pytest.param(
            "以日本经济团体联合会副会长松本一郎为团长的日本经济界访华代表团抵京。",
            {("松本一郎", "副会长", "日本经济团体联合会")},
            id="leader-of-a-visiting-business-delegation",
        ),
    ],
)
def test_a_group_of_one_trip_is_no_body_its_leader_holds_a_post_in(text, expected):
    """以甲为团长的德国经济代表团: 甲's own post only; 团长 of a delegation named by no body is no post."""
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "副主席王一明会见日本经济界访华团一行。访华团团长、日中经济协会副会长高桥正和表示愿深化合作。",
            {("王一明", "副主席", None), ("高桥正和", "副会长", "日中经济协会")},
            id="head-of-a-visiting-group-named-later",
        ),
        pytest.param(
            "市长王一明会见了德国汉堡经济交流团一行。交流团团长、汉堡中德经济协会会长卡尔·施密特介绍了来意。",
            {("王一明", "市长", None), ("卡尔·施密特", "会长", "汉堡中德经济协会")},
            id="head-of-an-exchange-group-named-later",
        ),
    ],
)
def test_the_head_of_a_group_of_one_trip_told_in_a_chain_holds_no_post_of_it(text, expected):
    """访华团团长、某协会副会长甲: 甲's own post only."""
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "阿克苏地委书记郝一升、行署专员艾尼瓦尔·吐尔逊出席签约仪式。",
            {("郝一升", "书记", "中共阿克苏地区委员会"), ("艾尼瓦尔·吐尔逊", "专员", "阿克苏地区行政公署")},
            id="commissioner-after-the-prefecture-committee",
        ),
        pytest.param(
            "在河南省周口地区，提起行署专员刘一富，干部群众都竖大拇指。",
            {("刘一富", "专员", "周口地区行政公署")},
            id="commissioner-of-the-prefecture-named-before",
        ),
    ],
)
def test_a_prefectures_commissioner_is_of_its_administrative_office(text, expected):
    """行署专员X: 专员 of the 行政公署 of the prefecture in the chain or named before."""
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "钮德安原是无锡市第一纺织机械厂副厂长。1996年，他临危受命，到濒临破产的无锡市第二纺织机械厂出任厂长。",
            {("钮德安", "副厂长", "无锡市第一纺织机械厂"), ("钮德安", "厂长", "无锡市第二纺织机械厂")},
            id="went-to-a-plant-as-its-director",
        ),
        pytest.param(
            "去年，该厂实现利税２６００万元，庞德胜又兼任了常州动力机械集团公司总经理。",
            {("庞德胜", "总经理", "常州动力机械集团公司")},
            id="took-on-a-post-with-le",
        ),
        pytest.param(
            "本报讯 会议决定：任命钱一华为市财政局副局长，兼任市审计局局长。",
            {("钱一华", "副局长", "市财政局"), ("钱一华", "局长", "市审计局")},
            id="a-second-post-told-by-jianren-after-a-comma",
        ),
        pytest.param(
            "本报讯 会议决定：任命钱一华为华阳经济开发区管委会副主任，兼任开发区招商局局长。",
            {("钱一华", "局长", "华阳经济开发区招商局")},
            id="a-second-post-jianren-of-the-zone-named-before",
        ),
        pytest.param(
            "本报讯 会议决定：任命钱一华为市财政局副局长，同时兼任市审计局局长。",
            {("钱一华", "副局长", "市财政局"), ("钱一华", "局长", "市审计局")},
            id="a-second-post-told-by-tongshi-jianren",
        ),
        pytest.param(
            "王建国曾任东阳市副市长，后升任西城市市长。",
            {("王建国", "副市长", "东阳市人民政府"), ("王建国", "市长", "西城市人民政府")},
            id="a-later-post-told-by-hou-shengren",
        ),
        pytest.param(
            "王建国曾任东阳市副市长，随后调任西城市市长。",
            {("王建国", "市长", "西城市人民政府")},
            id="a-later-post-told-by-suihou-diaoren",
        ),
    ],
)
def test_careers_told_by_a_move(text, expected):
    """到…厂出任厂长 after the person is named; 又兼任了…总经理; …，兼任… (a clause with no subject) the name before."""
    assert expected <= posts_of(text)


# ---------------------------------------------------------------- the table of data/chain_rules.yaml
def test_every_chain_rule_is_in_the_table():
    from kgqa.extract.lexicon import CHAIN_RULE_NAMES
    from kgqa.extract.posts import CHAIN_RULES, chain_rules

    rows, aliases = chain_rules()
    assert {row.rule for row in rows} == set(CHAIN_RULES.values())
    assert set(CHAIN_RULE_NAMES) == set(CHAIN_RULES)  # the schema names exactly the rules there are
    assert set(aliases) == set(load_levels().values())


def load_levels() -> dict[str, str]:
    from kgqa.extract.lexicon import load

    return dict(load("level_prefixes.txt"))


BAD_ROWS = [
    pytest.param({"rule": "nobody"}, "rules[0]: unknown rule 'nobody'", id="unknown-rule"),
    pytest.param(
        {"rule": "zone_head", "roles": "no_such_titles"},
        "rules[0]: roles 'no_such_titles' is no key",
        id="unknown-roles-key",
    ),
    pytest.param(
        {"rule": "party", "kinds": ["party", "partty"]}, "rules[0]: kind 'partty' is no kind", id="unknown-level-kind"
    ),
]


@pytest.mark.parametrize("row,message", BAD_ROWS)
def test_a_bad_row_of_the_chain_table_is_refused(row, message):
    from kgqa.extract.lexicon import LexiconError
    from kgqa.extract.posts import _row

    with pytest.raises(LexiconError, match=r"chain_rules\.yaml:0: " + re.escape(message)):
        _row(0, row)


def test_the_chain_table_decides(monkeypatch):
    """The body a row writes comes from the table: change the row, the post's organisation follows."""
    from kgqa.extract import posts

    text = "太原市人大常委会副主任柏松年出席。"
    assert ("柏松年", "副主任", "太原市人大常委会") in posts_of(text)
    table = posts.load("chain_rules.yaml")
    changed = {
        "rules": [dict(r, body="{place}人民代表大会常务委员会") if r["rule"] == "npc" else r for r in table["rules"]],
        "aliases": table["aliases"],
    }
    original = posts.load
    monkeypatch.setattr(posts, "load", lambda name: changed if name == "chain_rules.yaml" else original(name))
    posts.chain_rules.cache_clear()
    try:
        assert ("柏松年", "副主任", "太原市人民代表大会常务委员会") in posts_of(text)
    finally:
        monkeypatch.undo()
        posts.chain_rules.cache_clear()


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "华信银行行长马一立、副行长张一明出席。",
            {("马一立", "行长", "华信银行"), ("张一明", "副行长", "华信银行")},
            id="bank-heads-in-a-list",
        ),
        pytest.param(
            "华兴集团董事长孙一海、总经理李一东陪同。",
            {("孙一海", "董事长", "华兴集团"), ("李一东", "总经理", "华兴集团")},
            id="company-heads-in-a-list",
        ),
        pytest.param(
            "东海市市长周一平、华兴集团总经理李一东出席。", {("李一东", "总经理", "华兴集团")}, id="own-body-wins"
        ),
        pytest.param(
            "江苏省政协副主席吴一白、秘书长陈一法参加视察。",
            {
                ("吴一白", "副主席", "中国人民政治协商会议江苏省委员会"),
                ("陈一法", "秘书长", "中国人民政治协商会议江苏省委员会"),
            },
            id="a-cppcc-secretary-general-in-a-list",
        ),
        pytest.param(
            "江苏省人大常委会副主任吴一白、秘书长陈一法出席。",
            {("吴一白", "副主任", "江苏省人大常委会"), ("陈一法", "秘书长", "江苏省人大常委会")},
            id="a-congress-secretary-general-in-a-list",
        ),
        pytest.param(
            "北方经济论坛主席王一明、总干事李二强及主任张三丰在唁电中说。",
            {
                ("王一明", "主席", "北方经济论坛"),
                ("李二强", "总干事", "北方经济论坛"),
                ("张三丰", "主任", "北方经济论坛"),
            },
            id="the-last-of-a-list-joined-by-ji",
        ),
        pytest.param(
            "北方经济论坛主席王一明和主任张三丰出席。",
            {("王一明", "主席", "北方经济论坛"), ("张三丰", "主任", "北方经济论坛")},
            id="two-joined-by-he",
        ),
    ],
)
def test_body_shared_by_a_list(text, expected):
    assert expected <= posts_of(text)


def test_presidential_office_is_no_title():
    assert posts_of("韩方在“韩国总统府绿色委员会”指导下工作，专家周一平介绍。") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "吉林市委副书记、市长周一强陪同。",
            {("周一强", "市委副书记", "中共吉林市委员会"), ("周一强", "市长", "吉林市人民政府")},
            id="city-named-like-its-province",
        ),
        pytest.param(
            "河北省委书记程一高出席。",
            {("程一高", "省委书记", "中共河北省委员会")},
            id="province-whose-short-name-is-ambiguous",
        ),
        pytest.param(
            "华星证券原总经理李一平日前出任东方基金总经理。",
            {("李一平", "总经理", "华星证券"), ("李一平", "总经理", "东方基金")},
            id="former-post-and-appointment-with-time-word",
        ),
        pytest.param(
            "东方基金公告，原总经理李一平因工作调整改任公司副董事长。",
            {("李一平", "总经理", "东方基金"), ("李一平", "副董事长", "东方基金")},
            id="reason-before-the-appointment-verb",
        ),
        pytest.param(
            "中国中铁股份有限公司总裁助理、华东指挥部指挥长吴一新出席。",
            {("吴一新", "总裁助理", "中国中铁股份有限公司"), ("吴一新", "指挥长", "华东指挥部")},
            id="assistant-and-commander",
        ),
        pytest.param(
            "江苏华达纺织有限公司总经理助理孙一丽说。",
            {("孙一丽", "总经理助理", "江苏华达纺织有限公司")},
            id="assistant-general-manager",
        ),
        pytest.param(
            "东海市市长艾尔巴?吐尼沙出席开工仪式。",
            {("艾尔巴?吐尼沙", "市长", "东海市人民政府")},
            id="middle-dot-lost-to-encoding",
        ),
        pytest.param(
            "江苏省如东市副市长刘一新、平安镇镇长王一海出席。",
            {("刘一新", "副市长", "如东市人民政府"), ("王一海", "镇长", "平安镇人民政府")},
            id="place-unknown-to-the-division-data",
        ),
    ],
)
def test_written_places_and_company_titles(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "昆山市委书记管一平、市长路一军陪同考察。",
            {("管一平", "市委书记", "中共昆山市委员会"), ("路一军", "市长", "昆山市人民政府")},
            id="county-level-city",
        ),
        pytest.param(
            "苏州市吴中区委书记王一明，区长李一华出席。",
            {("王一明", "区委书记", "中共苏州市吴中区委员会"), ("李一华", "区长", "苏州市吴中区人民政府")},
            id="district-after-its-city-and-shared-after-a-comma",
        ),
        pytest.param(
            "义乌市副市长陈一东出席。", {("陈一东", "副市长", "义乌市人民政府")}, id="county-level-city-vice-mayor"
        ),
    ],
)
def test_counties_of_every_province(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param(
            "本报讯 3月9日，王建平副市长、李志军局长陪同调研。",
            "长治市",
            {("王建平", "副市长", "长治市人民政府")},
            id="government-title-after-a-name",
        ),
        pytest.param(
            "出席签约仪式的有市委书记王建国。",
            None,
            {("王建国", "市委书记", None)},
            id="one-character-head-names-no-body",
        ),
        pytest.param(
            "国家主席王一平同来华访问的巴西总统卢拉会谈。",
            None,
            {("卢拉", "总统", "巴西政府")},
            id="country-after-de-is-no-name",
        ),
    ],
)
def test_title_after_a_name_and_verbs_before_a_title(text, locale, expected):
    got = posts_of(text, locale)
    assert expected <= got and not any(name in ("巴西", "巴西总统") for name, _, _ in got)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param(
            "国务院任命李一平为国家计委副主任，免去王一军的国家计委副主任职务。",
            None,
            {("李一平", "副主任", "国家计委"), ("王一军", "副主任", "国家计委")},
            id="appointed-and-removed",
        ),
        pytest.param("王一强当选为东海集团董事长。", None, {("王一强", "董事长", "东海集团")}, id="elected"),
        pytest.param(
            "经研究决定，周一林同志任市商务局局长。",
            "长治市",
            {("周一林", "局长", "长治市商务局")},
            id="comrade-appointed-to-a-city-bureau",
        ),
        pytest.param(
            "全会按照党章规定，递补汪一文、范春梅两同志为省委委员。",
            "合肥市",
            {("汪一文", "省委委员", "中共安徽省委员会"), ("范春梅", "省委委员", "中共安徽省委员会")},
            id="filled-by-the-next-alternates-counted-comrades",
        ),
        pytest.param(
            "会议增补周一林、吴建平、郑元东三同志为市委委员。",
            "长治市",
            {("周一林", "市委委员", "中共长治市委员会"), ("郑元东", "市委委员", "中共长治市委员会")},
            id="added-counted-comrades",
        ),
        pytest.param(
            "张大明2008年出任红星机械公司总经理。",
            None,
            {("张大明", "总经理", "红星机械公司")},
            id="a-year-between-the-name-and-the-verb",
        ),
        pytest.param(
            "李小华于去年3月起担任东方证券公司副总裁，分管投资业务。",
            None,
            {("李小华", "副总裁", "东方证券公司")},
            id="a-month-of-last-year-between-the-name-and-the-verb",
        ),
        pytest.param(
            "冯·马丁今年57岁，1992年起担任红星电气公司总裁。",
            None,
            {("冯·马丁", "总裁", "红星电气公司")},
            id="a-clause-opening-with-the-year-a-career-began",
        ),
        pytest.param(
            "红星机械公司公告，前任总经理张大明已于上月辞去红星机械公司董事职务。",
            None,
            {("张大明", "董事", "红星机械公司")},
            id="an-adverb-then-last-month-before-the-verb",
        ),
        pytest.param(
            "李小华因工作调动于本月辞去东方证券公司副总裁职务。",
            None,
            {("李小华", "副总裁", "东方证券公司")},
            id="a-reason-then-this-month-before-the-verb",
        ),
    ],
)
def test_appointment_wordings(text, locale, expected):
    assert expected <= posts_of(text, locale)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "本报讯 5月8日，江苏省举行会议，省委常委、市委书记王一建出席。",
            {("王一建", "市委书记", None)},
            id="city-title-in-a-province-story-names-no-city",
        ),
        pytest.param(
            "5月8日，省委常委、市委书记王一建会见了香港华润集团董事长宋一立。",
            {("王一建", "市委书记", None), ("宋一立", "董事长", "香港华润集团")},
            id="no-party-committee-in-hong-kong",
        ),
    ],
)
def test_level_words_that_name_no_place(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "东岚市委副书记、市长陈一远出席。",
            {("陈一远", "市委副书记", "中共东岚市委员会"), ("陈一远", "市长", "东岚市人民政府")},
            id="city-the-data-lacks-party-then-government",
        ),
        pytest.param(
            "承建方华泰建设（集团）股份有限公司党委书记、董事长张一平表态。",
            {
                ("张一平", "党委书记", "华泰建设（集团）股份有限公司党委"),
                ("张一平", "董事长", "华泰建设（集团）股份有限公司"),
            },
            id="company-name-with-a-bracketed-part",
        ),
    ],
)
def test_places_the_division_data_lacks(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param(
            "副市长兼市公安局局长李一军出席。",
            "长治市",
            {("李一军", "副市长", "长治市人民政府"), ("李一军", "局长", "长治市公安局")},
            id="jian-before-a-bureau",
        ),
        pytest.param(
            "国务院副总理兼国家计委主任曾一华出席。",
            None,
            {("曾一华", "副总理", "国务院"), ("曾一华", "主任", "国家计委")},
            id="jian-before-a-national-body",
        ),
        pytest.param(
            "华夏银行董事长兼党委书记吴一建表示。",
            None,
            {("吴一建", "董事长", "华夏银行"), ("吴一建", "党委书记", "华夏银行党委")},
            id="jian-party-committee-of-the-body",
        ),
        pytest.param(
            "会议由市委常委兼秘书长赵志明主持。",
            "长治市",
            {("赵志明", "市委常委", "中共长治市委员会"), ("赵志明", "秘书长", "中共长治市委员会")},
            id="secretary-general-of-the-party-committee",
        ),
        pytest.param(
            "会议由东阳县委常委纪委书记张建国主持。",
            None,
            {("张建国", "县委常委", "中共东阳县委员会"), ("张建国", "纪委书记", "中共东阳县纪律检查委员会")},
            id="a-body-right-after-changwei-opens-the-next-title",
        ),
        pytest.param(
            "西河市委常委宣传部长李一平出席。",
            None,
            {("李一平", "市委常委", "中共西河市委员会"), ("李一平", "宣传部长", "中共西河市委员会")},
            id="a-title-right-after-changwei-joins-the-chain",
        ),
        pytest.param(
            "东阳县委常委常务副县长赵一民介绍了情况。",
            None,
            {("赵一民", "县委常委", "中共东阳县委员会"), ("赵一民", "常务副县长", "东阳县人民政府")},
            id="a-government-title-right-after-changwei",
        ),
    ],
)
def test_titles_joined_by_jian(text, locale, expected):
    assert expected <= posts_of(text, locale)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "中共江苏省委书记李一源出席。",
            {("李一源", "省委书记", "中共江苏省委员会")},
            id="zhonggong-before-a-committee",
        ),
        pytest.param(
            "江苏省人民政府副省长张一伟出席。", {("张一伟", "副省长", "江苏省人民政府")}, id="full-government-name"
        ),
        pytest.param(
            "新城街道党工委书记张一强介绍。",
            {("张一强", "党工委书记", "中共新城街道工作委员会")},
            id="subdistrict-working-committee",
        ),
    ],
)
def test_prefixes_written_in_full(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("挪威首相、古巴国务委员会主席等在大会上发言。", [], id="country-before-a-title-is-no-name"),
        pytest.param("瑞士联邦主席、斯洛文尼亚总理等在大会上发言。", [], id="country-before-premier"),
        pytest.param("马拉维总统府发表声明。", [], id="country-of-an-office"),
        pytest.param(
            "古巴国务委员会主席罗德里戈在大会上发言。",
            [("罗德里戈", [("主席", "古巴国务委员会")])],
            id="title-inside-a-body-name-is-no-title",
        ),
        pytest.param("局长齐文致欢迎词。", [("齐文", [("局长", None)])], id="zhi-after-a-name-is-the-verb"),
        pytest.param(
            "县长热线办公室主任王一明在会上发言。",
            [("王一明", [("主任", "县长热线办公室")])],
            id="a-hotline-named-after-a-title-is-no-title",
        ),
        pytest.param(
            "区长信箱办公室副主任赵一民介绍了情况。",
            [("赵一民", [("副主任", "区长信箱办公室")])],
            id="a-mailbox-named-after-a-title-is-no-title",
        ),
    ],
)
def test_countries_and_verbs_are_no_names(text, expected):
    got = [(p.name, [(q.title, q.org) for q in p.posts]) for p in extract_page(text).persons]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "中共中央政治局候补委员、书记处书记王大明今天在京讲话。",
            [("王大明", [("政治局候补委员", "中共中央"), ("书记处书记", "中共中央")])],
            id="alternate-member-and-secretariat",
        ),
        pytest.param(
            "共青团中央书记处书记王大明今天在京讲话。",
            [("王大明", [("书记处书记", "共青团中央")])],
            id="secretariat-of-another-body",
        ),
    ],
)
def test_central_party_posts(text, expected):
    got = [(p.name, [(q.title, q.org) for q in p.posts]) for p in extract_page(text).persons]
    assert got == expected


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param("甲市委书记王某出席。甲市政协主席李某、副主席赵某参加。", ("李某", "主席"), id="city-cppcc-chair"),
        pytest.param("丙省政协副主席孙某来访。", ("孙某", "副主席"), id="province-cppcc-vice-chair"),
    ],
)
def test_cppcc_title_is_its_role_word(text, want):
    assert want in {(n, t) for n, t, _ in posts_of(text)}


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "本报武汉讯 省人大常委会主任王某主持会议，副主任李某、赵某出席。",
            {
                ("王某", "主任", "湖北省人大常委会"),
                ("李某", "副主任", "湖北省人大常委会"),
                ("赵某", "副主任", "湖北省人大常委会"),
            },
            id="deputies-after-their-chief",
        ),
        pytest.param(
            "丙丁银行董事会选举王某为董事长，聘任李某为行长。",
            {("王某", "董事长", "丙丁银行"), ("李某", "行长", "丙丁银行")},
            id="bank-president-of-the-bank-named",
        ),
    ],
)
def test_bare_titles_take_the_body_before(text, want):
    assert want <= posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "河北省阜平县县委书记王某说，县长李某也来了。",
            ("李某", "县长", "阜平县人民政府"),
            id="county-head-in-a-province-story",
        ),
        pytest.param(
            "本报武汉讯 省人大常委会主任王某主持。",
            ("王某", "主任", "湖北省人大常委会"),
            id="province-npc-in-a-city-story",
        ),
    ],
)
def test_a_bare_level_names_the_place_of_its_level(text, want):
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "埃及驻华大使哈桑出席招待会。", ("哈桑", "大使", "埃及驻华大使馆"), id="country-ending-in-ji-before-embassy"
        ),
        pytest.param(
            "中国驻埃及大使王某出席。", ("王某", "大使", "中国驻埃及大使馆"), id="embassy-in-a-country-ending-in-ji"
        ),
        pytest.param(
            "中国甲乙工业协会名誉会长蒋某来访。", ("蒋某", "名誉会长", "中国甲乙工业协会"), id="honorary-chair"
        ),
        pytest.param("丙丁证券交易所总经理宋某出席。", ("宋某", "总经理", "丙丁证券交易所"), id="exchange-is-a-body"),
        pytest.param("戊己银行聘任冯某为该行行长。", ("冯某", "行长", "戊己银行"), id="this-bank"),
        pytest.param("冯某曾任庚辛香港助理总裁。", ("冯某", "助理总裁", "庚辛香港"), id="assistant-president"),
        pytest.param(
            "昨天，南湖村镇银行股份有限公司开业。该行由北岸农村商业银行股份有限公司发起设立。该行董事长由北岸农商行副行长葛一明兼任。",
            ("葛一明", "董事长", "南湖村镇银行股份有限公司"),
            id="this-bank-again-after-the-founder-named-in-a-sentence-it-opened",
        ),
        pytest.param(
            "甲乙科技有限公司昨天成立。该公司由丙丁集团有限公司出资组建。该公司总经理为冯一平。",
            ("冯一平", "总经理", "甲乙科技有限公司"),
            id="this-company-again-after-the-founder-named-in-a-sentence-it-opened",
        ),
        pytest.param("红星农场场长王庆华介绍。", ("王庆华", "场长", "红星农场"), id="head-of-a-farm"),
        pytest.param(
            "红星银行财富业务部首席投资总监梁建国在京接受采访。",
            ("梁建国", "首席投资总监", "红星银行财富业务部"),
            id="chief-investment-officer-whole",
        ),
        pytest.param(
            "国家海洋事务委员会（海委）主任王一明表示。",
            ("王一明", "主任", "国家海洋事务委员会"),
            id="a-short-name-in-brackets-between-body-and-title",
        ),
        pytest.param(
            "阿拉法特致函约旦委员会（议会）主席阿布·卡拉。",
            ("阿布·卡拉", "主席", "约旦委员会"),
            id="a-note-in-brackets-between-body-and-title",
        ),
        pytest.param(
            "甲乙银行昆明分行昨天开业。行长韩一平此前任甲乙银行贵阳分行行长，曾任该行成都分行副行长。",
            ("韩一平", "副行长", "甲乙银行成都分行"),
            id="this-bank-and-a-branch-named-by-its-place-is-no-title-after-gai",
        ),
        pytest.param(
            "丙丁保险有限公司西安分公司昨天开业。总经理蒋一民曾任该公司兰州分公司副总经理。",
            ("蒋一民", "副总经理", "丙丁保险有限公司兰州分公司"),
            id="this-company-and-a-branch-named-by-its-place",
        ),
    ],
)
def test_more_titles_and_bodies(text, want):
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param("总经理罗永和说，产量增长。", ("罗永和", "总经理"), id="name-ending-in-he-before-a-verb"),
        pytest.param("他与副厂长李永和就此交流。", ("李永和", "副厂长"), id="name-ending-in-he-before-jiu"),
        pytest.param("董事长张明和李强出席会议。", ("张明", "董事长"), id="he-between-names-is-a-conjunction"),
        pytest.param("副总理吴秉和今天到某区考察。", ("吴秉和", "副总理"), id="name-ending-in-he-before-a-time-word"),
        pytest.param("董事长孙立和昨日表示，产量增长。", ("孙立和", "董事长"), id="name-ending-in-he-before-yesterday"),
        pytest.param("副省长严和平出席会议。", ("严和平", "副省长"), id="he-as-first-given-char"),
        pytest.param("副市长冯和生、王德和出席。", ("冯和生", "副市长"), id="he-first-given-char-in-a-list"),
        pytest.param("市长郑明和市委书记李华出席。", ("郑明", "市长"), id="he-before-a-title-is-a-conjunction"),
    ],
)
def test_a_given_name_may_end_in_he(text, want):
    assert want in {(n, t) for n, t, _ in posts_of(text)}


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "东河村党支部书记、村委会主任张某介绍。",
            ("张某", "主任", "东河村村委会"),
            id="bare-committee-after-the-branch",
        ),
        pytest.param("龙凤村村委会主任王某说。", ("王某", "主任", "龙凤村村委会"), id="village-committee-written"),
        pytest.param(
            "本报讯 兴华县平安镇杏林村村民集资办起了果品厂。村委会主任李某介绍，全村已有２００人进厂。",
            ("李某", "主任", "杏林村村委会"),
            id="bare-committee-of-the-one-village-named-after-its-town",
        ),
    ],
)
def test_village_committee_posts(text, want):
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "本报武汉讯 湖北省八届人大常委会会议闭幕。省人大常委会主任王某主持。",
            ("王某", "主任", "湖北省人大常委会"),
            id="term-inside-a-congress-name",
        ),
        pytest.param(
            "本报讯 记者高某报道：山东省莱芜市原市委书记吴德昌退休后，回到家乡。",
            ("吴德昌", "市委书记", "中共莱芜市委员会"),
            id="former-between-place-and-level",
        ),
        pytest.param(
            "甲市与绍兴市中小企业服务中心签订协议。中心主任吕某签字。",
            ("吕某", "主任", "绍兴市中小企业服务中心"),
            id="the-centre-named-before",
        ),
    ],
)
def test_bodies_written_with_a_term_a_former_word_or_a_kind(text, want):
    assert want in posts_of(text)


def test_a_level_word_is_no_alias():
    facts = extract_page("本报武汉讯 省人大常委会主任王某主持会议。")
    assert all("省" not in o.aliases for o in facts.organizations)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "华光证券副总裁兼首席策略师潘某认为，市场将震荡。",
            {("潘某", "副总裁", "华光证券"), ("潘某", "首席策略师", "华光证券")},
            id="unlisted-title-after-jian",
        ),
        pytest.param(
            "华光集团董事长兼品牌总监刘某表示。",
            {("刘某", "董事长", "华光集团"), ("刘某", "品牌总监", "华光集团")},
            id="listed-head-inside-an-unlisted-title",
        ),
        pytest.param(
            "华光集团董事长兼总经理刘某表示。",
            {("刘某", "董事长", "华光集团"), ("刘某", "总经理", "华光集团")},
            id="listed-title-after-jian-unchanged",
        ),
    ],
)
def test_an_unlisted_title_after_jian_joins_the_chain(text, want):
    assert want <= posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param("日本银行行长森田浩二7日表示。", ("森田浩二", "行长"), id="japanese-name-before-a-day"),
        pytest.param("日本首相山口健太会见代表团。", ("山口健太", "首相"), id="japanese-name-four-chars"),
        pytest.param("市委书记林田明出席。", ("林田明", "市委书记"), id="three-chars-still-three"),
    ],
)
def test_a_japanese_family_name_takes_two_characters(text, want):
    assert want in {(n, t) for n, t, _ in posts_of(text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "5月2日，沛县人民政府与华安机械公司签订投资合同。县委书记吴立新、县长何明远出席。",
            {("吴立新", "县委书记", "中共沛县委员会"), ("何明远", "县长", "沛县人民政府")},
            id="two-char-county-jiangsu",
        ),
        pytest.param(
            "本报讯 萧县召开招商工作会议，副县长孙丽华主持。",
            {("孙丽华", "副县长", "萧县人民政府")},
            id="two-char-county-anhui",
        ),
        pytest.param(
            "曹县举行重点项目集中开工仪式，县长马洪涛宣布开工。",
            {("马洪涛", "县长", "曹县人民政府")},
            id="two-char-county-shandong",
        ),
    ],
)
def test_a_county_of_two_characters_is_a_place(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "原轻工业部部长、全国政协第七届委员王一川同志逝世。",
            ("王一川", "委员", "中国人民政治协商会议全国委员会"),
            id="cppcc-term-after-the-body",
        ),
        pytest.param(
            "湖北省政协第八届委员张一平出席。",
            ("张一平", "委员", "中国人民政治协商会议湖北省委员会"),
            id="provincial-cppcc-term-after-the-body",
        ),
    ],
)
def test_a_term_written_after_the_body_is_no_part_of_its_name(text, expected):
    assert expected in posts_of(text)


@pytest.mark.parametrize(
    "text,locale,want",
    [
        pytest.param(
            "前任交通运输部总规划师、现任中国交通运输协会会长晏一梁回答了记者提问。",
            None,
            {("晏一梁", "总规划师", "交通运输部"), ("晏一梁", "会长", "中国交通运输协会")},
            id="former-post-then-current-one",
        ),
        pytest.param(
            "原国家经贸委副主任、现任中国企业联合会会长蒲一佑出席。",
            None,
            {("蒲一佑", "副主任", "国家经济贸易委员会"), ("蒲一佑", "会长", "中国企业联合会")},
            id="former-body-then-current-one",
        ),
        pytest.param(
            "前任市长、现任省商务厅厅长赖一强陪同会见。",
            "连云港市",
            {("赖一强", "市长", "连云港市人民政府"), ("赖一强", "厅长", "江苏省商务厅")},
            id="former-bare-title-then-current-one",
        ),
    ],
)
def test_a_chain_goes_on_past_a_current_post_word(text, locale, want):
    """A、现任B X: both links are X's posts (the former and the current one)."""
    assert posts_of(text, locale) == want


@pytest.mark.parametrize(
    "text,locale,want",
    [
        pytest.param(
            "论坛在北京举行，中国化工学会副理事长兼秘书长柏一青出席。",
            "北京市",
            {("柏一青", "副理事长", "中国化工学会"), ("柏一青", "秘书长", "中国化工学会")},
            id="an-association-secretary-general",
        ),
        pytest.param(
            "星河集团董事长、秘书长王一在长治出席。",
            "长治市",
            {("王一", "董事长", "星河集团"), ("王一", "秘书长", "星河集团")},
            id="a-group-secretary-general",
        ),
    ],
)
def test_a_secretary_general_after_a_bodys_title_is_that_bodys(text, locale, want):
    """甲学会副理事长兼秘书长X: 秘书长 of 甲学会, not of the government of the place the story is in."""
    assert posts_of(text, locale) == want


@pytest.mark.parametrize(
    "text,locale,want",
    [
        pytest.param(
            "会议决定任命龚一兰为审计署审计长。", None, {("龚一兰", "审计长", "审计署")}, id="auditor-general"
        ),
        pytest.param(
            "审计署副审计长柏一青出席会议。", None, {("柏一青", "副审计长", "审计署")}, id="deputy-auditor-general"
        ),
    ],
)
def test_the_head_of_the_audit_office(text, locale, want):
    """审计长 and 副审计长 are posts of 审计署 (b20 probe: 任命…为审计署审计长)."""
    assert posts_of(text, locale) == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "岳一林原任中共吉林省委副书记、吉林省常务副省长。",
            {("岳一林", "省委副书记", "中共吉林省委员会"), ("岳一林", "常务副省长", "吉林省人民政府")},
            id="posts-held-before-after-yuanren",
        ),
        pytest.param(
            "甲重工股份有限公司公告，原董事长鲍一强不再担任董事长职务，但仍担任公司董事。",
            {("鲍一强", "董事长", "甲重工股份有限公司"), ("鲍一强", "董事", "甲重工股份有限公司")},
            id="a-post-kept-after-dan-reng",
        ),
        pytest.param(
            "韩一邦不再担任中共黑龙江省委书记职务。",
            {("韩一邦", "省委书记", "中共黑龙江省委员会")},
            id="a-post-left-buzai",
        ),
        pytest.param(
            "会议经表决，接受周一明辞去荆州市人民政府副市长职务的请求；决定任命吴二华为荆州市人民政府副市长。",
            {("周一明", "副市长", "荆州市人民政府"), ("吴二华", "副市长", "荆州市人民政府")},
            id="a-post-resigned-ciqu-in-a-request-accepted",
        ),
        pytest.param(
            "钱三立日前辞去甲乙重工股份有限公司董事长职务。",
            {("钱三立", "董事长", "甲乙重工股份有限公司")},
            id="a-post-resigned-ciqu-after-an-adverb",
        ),
        pytest.param(
            "甲重工股份有限公司公告，原董事长鲍一强因年龄原因不再担任董事长职务，改任公司名誉董事长。",
            {("鲍一强", "董事长", "甲重工股份有限公司"), ("鲍一强", "名誉董事长", "甲重工股份有限公司")},
            id="a-post-taken-after-gairen-far-from-the-name",
        ),
    ],
)
def test_a_post_held_before_or_left(text, want):
    """原任, 不再担任…职务 and 辞去…职务 tell posts too (former ones), as 曾任 and 免去…职务 do (b21, b24 probes)."""
    assert posts_of(text, None) == want


@pytest.mark.parametrize(
    "text,locale,want",
    [
        pytest.param(
            "本报讯 4月13日，泗阳县众兴镇的甲乙合作社与丙公司签约。镇党委书记韩立平参加签约。",
            None,
            {("韩立平", "镇党委书记", "中共泗阳县众兴镇委员会")},
            id="a-bare-town-committee-of-the-town-named-after-its-county",
        ),
        pytest.param(
            "在山东省寿光市侯镇东村，村党支部书记马国强是个能人。马国强还兼任侯镇党委副书记。",
            None,
            {("马国强", "党支部书记", "村党支部"), ("马国强", "镇党委副书记", "中共寿光市侯镇委员会")},
            id="a-town-committee-written-and-huan-before-the-verb",
        ),
        pytest.param(
            "本报讯 在正蓝旗上都达巴镇，镇党委书记乌一图介绍了牧区服务的情况。",
            None,
            {("乌一图", "镇党委书记", "中共正蓝旗上都达巴镇委员会")},
            id="a-bare-town-committee-of-a-long-town-named-after-its-banner",
        ),
    ],
)
def test_b22_a_towns_party_committee(text, locale, want):
    """镇党委书记 (b22 probe): 中共<county><town>委员会 of the town the text writes after its county, the title as
    written (score.py's role keeps 镇党委); 甲还兼任… is 甲's post as 甲又兼任… is."""
    assert posts_of(text, locale) == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "中新网北京10月16日电 正在中国进行正式访问的蒙古国总理桑吉·巴特额尔登和中国国务院副总理吕振国15日出席签字仪式。",
            {("桑吉·巴特额尔登", "总理", "蒙古国政府"), ("吕振国", "副总理", "国务院")},
            id="mongolia-written-with-guo-and-china-before-the-state-council",
        ),
        pytest.param(
            "11月18日上午，国务院总理高明远同来华进行正式访问的塞尔维亚总理米洛什·彼得罗维奇举行会谈。"
            "据悉，这是彼得罗维奇就任总理以来首次访华。",
            {("高明远", "总理", "国务院"), ("米洛什·彼得罗维奇", "总理", "塞尔维亚政府")},
            id="the-last-part-of-a-dotted-name-with-its-title-again-is-that-person",
        ),
        pytest.param(
            "在新政府成员中，副总理涅姆佐夫出席了会议。",
            {("涅姆佐夫", "副总理", None)},
            id="a-bare-vice-premier-before-a-transliterated-name-is-no-state-council-post",
        ),
        pytest.param(
            "副总理兼外长钱一琛出席。",
            {("钱一琛", "副总理", "国务院"), ("钱一琛", "外长", "外交部")},
            id="a-bare-vice-premier-before-a-chinese-name-is-the-state-councils",
        ),
    ],
)
def test_b23_foreign_premiers_and_the_state_council(text, want):
    """蒙古国 a country as 蒙古 is, 中国国务院 the 国务院, a dotted name's part holding the whole's title that person (b23)."""
    assert posts_of(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "新华社石家庄１月１６日电 今天，甲厂与乙公司签订合同。河北省委副书记、常务副省长聂宏远，衡水地区行署专员韩立德出席了签字仪式。",
            {
                ("聂宏远", "省委副书记", "中共河北省委员会"),
                ("聂宏远", "常务副省长", "河北省人民政府"),
                ("韩立德", "专员", "衡水地区行政公署"),
            },
            id="a-prefectures-office-after-a-provinces-chain",
        ),
        pytest.param(
            "新华社石家庄１月１６日电 中共衡水地委书记马春林说，嫁接一个，救活一个。",
            {("马春林", "书记", "中共衡水地区委员会")},
            id="a-prefectures-committee-written-with-zhonggong",
        ),
    ],
)
def test_b23_a_prefectures_office_and_committee(text, want):
    """衡水地区行署专员 after a province's chain is the prefecture's 行政公署's, 中共衡水地委 its committee (b23 probe)."""
    assert posts_of(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "丙机械公司总经理和田信彦则表示，将扩大投资。",
            {("和田信彦", "总经理", "丙机械公司")},
            id="a-place-short-name-after-a-title-opens-a-four-character-name",
        ),
        pytest.param(
            "丙机械公司总经理和田信彦表示，将扩大投资。",
            {("和田信彦", "总经理", "丙机械公司")},
            id="the-same-before-a-speech-verb",
        ),
        pytest.param("丙公司董事长铁岭考察归来后表示，将扩大投资。", set(), id="a-place-then-a-verb-is-no-name"),
        pytest.param("丙公司总经理长沙分公司负责人出席。", set(), id="a-place-then-a-branch-is-no-name"),
    ],
)
def test_a_family_name_written_as_a_place(text, want):
    """A title's holder whose two first characters read as a place's short name (a Japanese family name such as
    a Chinese city's): no place stands between a title and its holder, so the four characters are the name."""
    assert posts_of(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "副总理王宏远、特别助理李思诚等出席了晚宴。", ("李思诚", "特别助理", None), id="a-special-assistant"
        ),
        pytest.param(
            "丙公司总经理特别助理李思诚出席。",
            ("李思诚", "总经理特别助理", "丙公司"),
            id="a-managers-special-assistant",
        ),
        pytest.param(
            "丙机械部部长王宏远、特别助理李思诚出席。",
            ("李思诚", "特别助理", None),
            id="an-aide-takes-no-body-of-the-post-listed-before",
        ),
    ],
)
def test_a_special_assistant_is_a_post(text, want):
    """特别助理 (of a head of state or a manager) is a post of its own, no part of a name or of the manager's post;
    with no body written it is a person's aide, not in the body of the post listed before it."""
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "经审理查明：2005年至2023年，王一明利用担任贵州省六盘水市市长、中共六盘水市委书记、贵州省副省长等职务上的便利，"
            "为他人谋取利益。",
            {
                ("王一明", "市长", "六盘水市人民政府"),
                ("王一明", "市委书记", "中共六盘水市委员会"),
                ("王一明", "副省长", "贵州省人民政府"),
            },
            id="posts-a-defendant-used",
        ),
        pytest.param(
            "法院经审理查明：张建华利用担任某市国土资源局局长的职务便利，收受财物。",
            {("张建华", "局长", "某市国土资源局")},
            id="one-post-used",
        ),
    ],
)
def test_b26_posts_told_by_liyong_danren_in_a_court_story(text, want):
    """利用担任…等职务上的便利 in a court story tells the defendant's (former) posts; 查明 (经审理查明) is no name."""
    got = posts_of(text)
    assert want <= got
    assert not any(name == "查明" for name, _, _ in got)
    assert "查明" not in {p.name for p in extract_page(text).persons}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今天上午，衡阳至吉安高速铁路开通运营。衡吉高铁全长228公里，设计时速350公里。", id="a-railway"),
        pytest.param("郑州至万州高速铁路今天开通。郑万高铁全长818公里。", id="another-railway"),
    ],
)
def test_a_line_named_by_two_places_first_characters_is_no_person(text):
    """衡吉高铁: two places' first characters before 高铁 (person_words.yaml after_name_things), no person (b25 probe)."""
    assert extract_page("标题\n\n" + text, date="2025-12-26").persons == []


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "本报讯 昨天，东城区工商联第三次会员大会召开。王立新当选为会长，李一明、赵光荣等9人当选为副会长。",
            {("王立新", "会长"), ("李一明", "副会长"), ("赵光荣", "副会长")},
            id="a-counted-list-elected",
        ),
        pytest.param(
            "本报讯 会议增补孙大海、周小川等同志为常委。",
            {("孙大海", "常委"), ("周小川", "常委")},
            id="an-uncounted-deng-tongzhi-list",
        ),
        pytest.param(
            "本报讯 大会选举陈明远、刘德华等三人为监事。",
            {("陈明远", "监事"), ("刘德华", "监事")},
            id="a-list-counted-in-words",
        ),
    ],
)
def test_b27_a_list_ending_in_deng_and_a_count_is_appointed(text, want):
    """甲、乙等12人当选为副会长: 等 and a count after the last name of the list (post_rules.yaml list_tail), each name
    appointed (b27 probe; b26 read the counted 同志)."""
    got = {(n, t) for n, t, _ in posts_of(text)}
    assert want <= got


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "本报讯 昨天，泰州市人大会议选举王志刚为泰州市人大常委会主任，李红、张明为副主任，刘小燕为秘书长。",
            ("刘小燕", "秘书长", "人大常委会"),
            id="a-congress-standing-committees-secretary-general",
        ),
        pytest.param(
            "本报讯 合肥市温州商会成立，陈建国当选为会长，金大强、林东等8人当选为副会长，潘勇当选为秘书长。",
            ("潘勇", "秘书长", "合肥市温州商会"),
            id="a-chambers-secretary-general",
        ),
        pytest.param(
            "本报讯 昨天，合肥市副市长张建平、秘书长王东出席。",
            ("王东", "秘书长", "合肥市人民政府"),
            id="after-a-government-post-the-government",
        ),
        pytest.param(
            "本报讯 合肥市温州商会成立，陈建国当选为会长，原合肥市工商局副局长潘勇当选秘书长。",
            ("潘勇", "秘书长", "合肥市温州商会"),
            id="not-the-body-of-the-holder-s-own-former-post",
        ),
        pytest.param(
            "本报讯 泰州市工商联召开换届大会，郑一强当选会长，原泰州市财政局副局长刘小燕当选为秘书长。",
            ("刘小燕", "秘书长", "泰州市工商联"),
            id="not-the-body-of-the-holder-s-own-former-post-after-wei",
        ),
    ],
)
def test_b27_a_bare_secretary_general_listed_after_a_bodys_post_is_that_bodys(text, want):
    """选举甲为…人大常委会主任，乙为副主任，丙为秘书长 / 甲当选为会长，丙当选为秘书长: a bare 秘书长 listed after another post of
    the sentence is in that post's body (chain_rules.yaml listed_body), not the city government (b27 probe)."""
    name, title, body = want
    got = posts_of(text, locale="合肥市" if "合肥" in text else "泰州市")
    assert any(n == name and t == title and (o or "").endswith(body) for n, t, o in got), got


@pytest.mark.parametrize(
    "text,want,not_orgs",
    [
        pytest.param(
            "本报讯 昨天，市人代会举行第三次全体会议。大会执行主席、市委书记王大明主持会议。",
            {("王大明", "市委书记", "中共泰州市委员会")},
            {"大会执行"},
            id="a-sessions-executive-chairman",
        ),
        pytest.param(
            "本报讯 新当选的市长胡小波在会上发表讲话。",
            {("胡小波", "市长", "泰州市人民政府")},
            {"新当选"},
            id="the-newly-elected-mayor",
        ),
    ],
)
def test_b27_words_of_an_election_before_a_title_name_no_body(text, want, not_orgs):
    """大会执行主席 is the session's own office (post_rules.yaml no_org), 新当选的 cuts the words before a title
    (cut_before_names): neither is an organisation (b27 probe read 大会执行 and 新当选 as bodies)."""
    facts = extract_page(text, locale="泰州市")
    got = {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}
    assert want <= got
    assert not not_orgs & {o.name for o in facts.organizations}


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "中新网宁波11月10日电 美国甲乙公司全球总裁马克·汤普森出席仪式。",
            ("马克·汤普森", "总裁", "美国甲乙公司"),
            id="a-global-president",
        ),
        pytest.param(
            "中新网长沙5月27日电 原董事长刘一湘改任甲乙重工股份有限公司名誉董事长。",
            ("刘一湘", "名誉董事长", "甲乙重工股份有限公司"),
            id="an-honorary-chairman",
        ),
    ],
)
def test_b27_a_global_president_and_an_honorary_chairman(text, want):
    """甲公司全球总裁 (post_rules.yaml title_gaps: 全球 between the company and the title) and 名誉董事长 (titles.txt)
    (b27 probe read 甲公司全球 as a body and no 名誉董事长)."""
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "中新网烟台12月18日电 青岛海关关长陈福生宣布综合保税区封关运行。",
            ("陈福生", "关长", "青岛海关"),
            id="a-customs-chief",
        ),
        pytest.param(
            "本报石家庄４月２９日讯 会议决定免去王大明的省计划委员会主任职务，李小军的省财政厅厅长职务。",
            ("李小军", "厅长", "河北省财政厅"),
            id="a-second-name-sharing-the-removal-verb",
        ),
    ],
)
def test_b28_a_customs_chief_and_a_removal_shared(text, want):
    """关长 (titles.txt) and 免去甲的X职务，乙的Y职务: 乙 loses Y too (b28 probe read no 关长 and no post of 乙)."""
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "昨天，记者来到大同市，该市市长张小明介绍了情况。",
            ("张小明", "市长", "大同市人民政府"),
            id="the-city-named-last",
        ),
        pytest.param(
            "王大明书记昨天在太原市会见了该市市长李小兵。",
            ("李小兵", "市长", "太原市人民政府"),
            id="the-city-of-the-venue",
        ),
        pytest.param(
            "考察团一行来到山西省，该省副省长张小明陪同考察。",
            ("张小明", "副省长", "山西省人民政府"),
            id="the-province-named-last",
        ),
    ],
)
def test_a_place_named_again_by_its_level_before_a_title(text, want):
    """该市市长 / 该省副省长: the body is that of the place of that level named last before it in the article
    (org_registry.place_told_again), not a body called 该市 (real_posts.py pd_test even half: 在甲市与该市市长乙会见)."""
    assert want in posts_of(text)


@pytest.mark.parametrize(
    "text,want",
    [
        pytest.param(
            "中新网张家界9月26日电 韩国产业通商资源部次官金明洙出席开幕式。",
            ("金明洙", "次官", "韩国产业通商资源部"),
            id="a-korean-vice-minister",
        ),
        pytest.param(
            "中新网郑州5月12日电 英国驻华大使馆教育参赞约翰·史密斯出席仪式。",
            ("约翰·史密斯", "教育参赞", "英国驻华大使馆"),
            id="an-embassys-education-counsellor",
        ),
        pytest.param(
            "本报讯 铜仁地区劳动和社会保障局局长杨大山代表双方签字。",
            ("杨大山", "局长", "铜仁地区劳动和社会保障局"),
            id="labour-and-social-security-one-bureau",
        ),
        pytest.param(
            "今天，匈牙利外交与对外经济部国务秘书拉约什·科瓦奇出席仪式。",
            ("拉约什·科瓦奇", "国务秘书", "匈牙利外交与对外经济部"),
            id="foreign-affairs-and-external-economy-one-ministry",
        ),
        pytest.param(
            "本报讯 九江市委副书记、代市长陈刚为集团揭牌。",
            ("陈刚", "代市长", "九江市人民政府"),
            id="an-acting-mayor-as-written",
        ),
        pytest.param(
            "本报讯 广西扶绥县代县长黄海在合同上签字。",
            ("黄海", "代县长", "扶绥县人民政府"),
            id="an-acting-county-head-as-written",
        ),
    ],
)
def test_b29_vice_ministers_counsellors_and_names_joined_by_he_or_yu(text, want):
    """次官 and 教育参赞 (titles.txt); 劳动和社会保障局, 外交与对外经济部: the 和/与 inside one name
    (org_joined_words.txt) (b29 probe read no 次官, no 参赞, and 社会保障局, 外经济部)."""
    assert want in posts_of(text)


PROBE34_PLACES_IN_NAMES = [
    pytest.param(
        "标题\n\n发布时间：2011-04-18\n本报讯（记者 李海燕）本月16日上午，灌云临港产业区重点项目集中开工仪式在园区举行。"
        "连云港市委常委、副市长杨光明宣布项目开工，县委书记孙立新致辞。\n开工仪式上，县人民政府与中国农业银行灌云县支行"
        "签订了银政合作协议。",
        ("孙立新", "县委书记", "中共灌云县委员会"),
        id="a-district-inside-a-name-before-the-county-committee",
    ),
]


@pytest.mark.parametrize("text,want", PROBE34_PLACES_IN_NAMES)
def test_probe34_a_place_inside_a_persons_name_is_no_place_of_the_story(text, want):
    """县委书记 after 杨光明 is the county's told before, not 光明区's: a place read inside a person's name after its
    first character is none (mentions._places_out_of_names; b34 probe read 中共深圳市光明区委员会)."""
    assert want in posts_of(text)


PROBE34_LISTED_PLACES = [
    pytest.param(
        "中新网合肥4月21日电 合肥市委书记张一远、安徽省副省长王一明出席签约仪式。",
        {("张一远", "市委书记", "中共合肥市委员会"), ("王一明", "副省长", "安徽省人民政府")},
        id="a-province-after-a-name-and-before-a-title-opens-the-next-post",
    ),
]


@pytest.mark.parametrize("text,want", PROBE34_LISTED_PLACES)
def test_probe34_a_place_listed_before_a_title_is_no_name(text, want):
    """市委书记甲、安徽省副省长乙: 安徽省 opens the next official's post, no name listed after 书记甲 (b34 probe read a
    person 安徽省)."""
    assert posts_of(text) == want


PROBE35_BODY_ENDS = [
    pytest.param(
        "资料显示，黄一康曾任甲乙钢铁厂厂长、江西省冶金厅副厅长。",
        {"黄一康"},
        id="a-bureau-whose-name-opens-like-a-surname-is-no-person",
    ),
    pytest.param(
        "船舶公司张一平总经理出席。",
        {"张一平"},
        id="a-name-between-a-body-and-its-title-is-still-read",
    ),
]


@pytest.mark.parametrize("text,names", PROBE35_BODY_ENDS)
def test_probe35_the_end_of_a_body_named_before_a_title_is_no_name(text, names):
    """江西省冶金厅副厅长: 冶金厅 (冶 a family name) after the place 江西省 ends the body that organisation mention holds,
    no name between a place and a title (posts._grammar_names; b35 probe read a person 冶金厅)."""
    assert {p.name for p in extract_page("标题\n\n" + text).persons} == names


PROBE36_SANCTIONS_AND_CONSULS = [
    pytest.param(
        "本报讯 经省委批准，省纪委决定给予东江市副市长王一明撤销党内职务处分。",
        {("王一明", "副市长", "东江市人民政府")},
        id="a-sanction-given-opens-no-body",
    ),
    pytest.param(
        "本报讯 市人大常委会决定免去东江市交通局局长王一明的职务。",
        {("王一明", "局长", "东江市交通局")},
        id="a-removal-opens-no-body",
    ),
    pytest.param(
        "本报讯 新加坡驻上海总领事馆商务领事陈一杰见证了签约。",
        {("陈一杰", "商务领事", "新加坡驻上海总领事馆")},
        id="a-commercial-consul-of-a-consulate",
    ),
]


@pytest.mark.parametrize("text,want", PROBE36_SANCTIONS_AND_CONSULS)
def test_probe36_sanction_and_removal_verbs_open_no_body_and_a_commercial_consul(text, want):
    """给予/免去 before a post open no body's name (post_rules.yaml cut_before_names, org_boundaries.txt: b36 read
    湖南省纪委决定给予岳阳市 as the body of a 副市长); 商务领事 is a title (titles.txt: b36 read 总领事馆商务 as a body)."""
    assert posts_of(text) == want


PROBE37_PROPOSED_POSTS = [
    pytest.param(
        "标题\n\n发布时间：2011-08-19\n经市委常委会研究，拟对以下同志进行任用，现予以公示：\n"
        "吴一平，男，1966年9月生，中共党员，现任柳州市教育局副局长，拟任柳州市教育局局长；",
        {("吴一平", "副局长", "柳州市教育局"), ("吴一平", "局长", "柳州市教育局")},
        id="a-proposed-post-after-the-current-one",
    ),
    pytest.param(
        "标题\n\n发布时间：2011-08-19\n拟对以下同志进行任用，现予以公示：\n"
        "郑一民，男，中共党员，现任融安县副县长，拟任柳州市公安局副局长，曾任柳州市公安局刑侦支队支队长。",
        {
            ("郑一民", "副县长", "融安县人民政府"),
            ("郑一民", "副局长", "柳州市公安局"),
            ("郑一民", "支队长", "柳州市公安局刑侦支队"),
        },
        id="a-detachment-head-is-a-title",
    ),
]


@pytest.mark.parametrize("text,want", PROBE37_PROPOSED_POSTS)
def test_probe37_proposed_posts_of_a_notice_before_appointment(text, want):
    """拟任<chain> opening a clause gives the person just named that post, as 现任 does; 支队长 is a title (b37
    probe: the 任前公示 read only the current posts, and 刑侦支队支队 as a body)."""
    assert want <= posts_of(text)


EXT33_BOARD_TITLES = [
    pytest.param(
        "甲乙电力股份有限公司（000123）今日公告，公司于4月28日召开股东大会。张一明、李一红当选为独立董事，王一建当选为监事。",
        {
            ("张一明", "独立董事", "甲乙电力股份有限公司"),
            ("李一红", "独立董事", "甲乙电力股份有限公司"),
            ("王一建", "监事", "甲乙电力股份有限公司"),
        },
        id="independent-directors-and-supervisors-of-the-company",
    ),
    pytest.param(
        "甲乙电力股份有限公司（000123）今日公告，公司召开股东大会，丙丁能源集团有限公司总经理胡一新出席会议。"
        "随后召开的第六届董事会第一次会议选举王一栋为董事长，刘一宏为副董事长；同日召开的监事会选举周一庆为监事会主席。",
        {
            ("王一栋", "董事长", "甲乙电力股份有限公司"),
            ("刘一宏", "副董事长", "甲乙电力股份有限公司"),
            ("周一庆", "监事会主席", "甲乙电力股份有限公司"),
        },
        id="a-bare-board-elects-in-the-announcing-company-not-the-guests-group",
    ),
    pytest.param(
        "经查，周一平在担任东山县委书记、西山市国土资源局局长期间，利用职务便利为他人谋取利益。",
        {("周一平", "县委书记", "中共东山县委员会"), ("周一平", "局长", "西山市国土资源局")},
        id="posts-held-while-told-by-zai-danren-qijian",
    ),
    pytest.param(
        "据曾任南港港务集团公司总经理的江苏省交通厅副厅长孙一明介绍，南港去年完成货物吞吐量1900万吨。",
        {("孙一明", "总经理", "南港港务集团公司"), ("孙一明", "副厅长", "江苏省交通厅")},
        id="a-former-post-told-as-a-modifier-before-the-post-held-now",
    ),
    pytest.param(
        "甲乙电力股份有限公司（000123）今日公告，原董事长马一胜因年龄原因不再担任公司董事，将出任丙丁能源集团有限公司顾问。",
        {("马一胜", "董事", "甲乙电力股份有限公司"), ("马一胜", "顾问", "丙丁能源集团有限公司")},
        id="a-post-left-for-a-reason-and-the-post-moved-to",
    ),
]


@pytest.mark.parametrize("text,want", EXT33_BOARD_TITLES)
def test_ext33_board_titles_are_the_announcing_companys(text, want):
    """独立董事/监事/监事会主席 are company titles; a board title a bare 董事会/监事会/股东大会 gives is in the company
    whose announcement the article reports, not the group of a guest named just before (b37 probe: the new board given
    to 安徽省能源集团, its independent directors and supervisors to no company). 甲在担任A、B期间 gives 甲 A and B (b36
    probe: the posts held when bribed lost); 曾任A总经理的B副厅长甲 gives 甲 A's post too (b36 probe: lost); 甲因年龄原因
    不再担任公司董事，将出任乙顾问 gives both (b37 probe: lost)."""
    assert want <= posts_of(text)


PROBE40_POSTS = [
    pytest.param(
        "南京军区副政治委员、原江苏省军区司令员陈一德出席大会。",
        {("陈一德", "副政治委员", "南京军区"), ("陈一德", "司令员", "江苏省军区")},
        id="a-deputy-political-commissar-of-a-military-region",
    ),
    pytest.param(
        "行署副专员兼旅游节组委会执行主任田一华主持开幕式。",
        {("田一华", "执行主任", "旅游节组委会")},
        id="an-executive-director-of-an-organising-committee",
    ),
    pytest.param(
        "吉安地委书记、原省水利厅厅长陈一声，地委副书记、行署专员周一胜出席。",
        {("周一胜", "副书记", "中共吉安地区委员会"), ("周一胜", "专员", "吉安地区行政公署")},
        id="a-bare-prefecture-committee-after-the-prefecture-named",
    ),
]


@pytest.mark.parametrize("text,want", PROBE40_POSTS)
def test_probe40_military_and_committee_titles_and_a_bare_prefecture_committee(text, want):
    """副政治委员 and 执行主任 are titles (b40 probe: 政治委员 of a body 南京军区副, 主任 of 旅游节组委会执行); a bare 地委 is the
    committee of the prefecture named last before it (b40 probe: a body 地委 of its own)."""
    assert want <= posts_of(text)


PROBE42_POSTS = [
    pytest.param(
        "开封市委副书记、代市长王一宏主持仪式。",
        {("王一宏", "市委副书记", "中共开封市委员会"), ("王一宏", "代市长", "开封市人民政府")},
        id="an-acting-mayor-after-a-city-committee-post",
    ),
    pytest.param(
        "会议决定任命李一四为宁陵县代县长。",
        {("李一四", "代县长", "宁陵县人民政府")},
        id="an-acting-county-head-appointed",
    ),
    pytest.param(
        "湖北省委第三巡视组巡视宜昌市工作动员会昨日召开。巡视组副组长刘一强宣读了巡视工作方案。",
        {("刘一强", "副组长", "湖北省委第三巡视组")},
        id="a-bare-inspection-team-is-the-one-named-before",
    ),
]


EXT37_CAREER_OF_THE_NAME_AFTER = [
    pytest.param(
        "本报讯 3月8日，宜昌市旅游推进会举行。襄阳市市长吴一峰出席，曾任荆州市副市长的郑一华主持会议。",
        "吴一峰",
        {("吴一峰", "市长", "襄阳市人民政府")},
        id="a-modifier-career-opening-a-clause-is-not-the-name-before",
    ),
    pytest.param(
        "本报讯 3月8日，宜昌市旅游推进会举行。市长吴一峰出席会议。曾任荆州市副市长的郑一华主持会议。",
        "吴一峰",
        {("吴一峰", "市长", "宜昌市人民政府")},
        id="a-modifier-career-opening-a-sentence-is-not-the-name-before",
    ),
    pytest.param(
        "本报讯 昨日，东方科技股份有限公司公告称，原总经理孙一华已辞职，现任董事长由副总裁刘一庆担任。",
        "孙一华",
        {("孙一华", "总经理", "东方科技股份有限公司")},
        id="a-post-held-by-a-name-told-after-it-is-not-the-name-before",
    ),
]


@pytest.mark.parametrize("text,want", PROBE42_POSTS)
def test_probe42_acting_heads_and_a_bare_inspection_team(text, want):
    """代市长/代县长 are titles of the government (b27, b42 probes: read 市长), a bare 巡视组 the team named last before
    (b42 probe: a body 巡视组 of its own; org_suffixes.yaml, org_generic.yaml anaphor_kinds)."""
    assert want <= posts_of(text)


@pytest.mark.parametrize("text,name,want", EXT37_CAREER_OF_THE_NAME_AFTER)
def test_a_career_of_a_name_told_after_it_is_not_the_name_befores(text, name, want):
    """A clause opening with a career word whose chain is followed by 的<name> (曾任甲市副市长的乙) or by 由<name>担任
    (现任董事长由乙担任) tells that name's post, not the career of the person named before it (b41 probe: 现任董事长由X
    担任 given to the chairman who resigned; the person before a 曾任…的X given X's former post)."""
    assert {x for x in posts_of(text) if x[0] == name} == want


# ext39 (b42 leftover): a former post told after a comma inside one person's chain (市长，原…副厅长甲) goes on that chain;
# text, expected {person: [(title, org)]}
FORMER_POST_AFTER_A_COMMA = [
    pytest.param(
        "前天，副省长刘一宇在荆州市委副书记、市长，原湖北省水利厅副厅长孙一平陪同下，检查了大堤工程。",
        {"孙一平": [("市委副书记", "中共荆州市委员会"), ("市长", "荆州市人民政府"), ("副厅长", "湖北省水利厅")]},
        id="a-chain-then-a-comma-then-a-former-post",
    ),
    pytest.param(
        "荆州市市长，前任湖北省水利厅副厅长孙一平说，要加强防汛。",
        {"孙一平": [("市长", "荆州市人民政府"), ("副厅长", "湖北省水利厅")]},
        id="one-title-then-a-comma-then-qianren",
    ),
    pytest.param(
        "荆州市委书记王一明，原湖北省水利厅副厅长孙一平出席会议。",
        {"王一明": [("市委书记", "中共荆州市委员会")], "孙一平": [("副厅长", "湖北省水利厅")]},
        id="a-name-before-the-comma-keeps-its-own-chain",
    ),
]


@pytest.mark.parametrize("text,wanted", FORMER_POST_AFTER_A_COMMA)
def test_ext39_a_former_post_after_a_comma_goes_on_the_chain(text, wanted):
    """市委副书记、市长，原甲厅副厅长乙: the titles before the comma hold no name of their own, they are 乙's (b42 probe)."""
    got = extract_page("标题\n\n今天（4月8日），湖北省召开会议。" + text, source_name="2025-04-08-1").persons
    assert {p.name: [(x.title, x.org) for x in p.posts] for p in got if p.name in wanted} == wanted


PROBE44_DECISION_VERBS = [
    pytest.param(
        "本报长沙１月１０日讯 湖南省委全会今天闭幕。全会决定，免去王一胜的省委常委职务；同意省委常委、省纪委书记刘一平兼任省委秘书长。",
        {("刘一平", "省委常委", "中共湖南省委员会"), ("刘一平", "纪委书记", "中共湖南省纪律检查委员会")},
        id="agreed-to-before-a-committee-post",
    ),
    pytest.param(
        "本报济南１月９日讯 中共山东省委全会今天闭幕。全会决定省委常委、副省长陈一明兼任省委秘书长。",
        {("陈一明", "省委常委", "中共山东省委员会")},
        id="decided-before-a-committee-post",
    ),
    pytest.param(
        "本报太原１月８日讯 中共山西省委常委会今天召开会议，批准省委常委、省纪委书记赵一强兼任省监察厅厅长。",
        {("赵一强", "省委常委", "中共山西省委员会"), ("赵一强", "纪委书记", "中共山西省纪律检查委员会")},
        id="approved-before-a-committee-post",
    ),
]


@pytest.mark.parametrize("text,want", PROBE44_DECISION_VERBS)
def test_probe44_a_decision_verb_is_no_place_before_a_post(text, want):
    """同意/决定/批准 right before a post (全会同意省委常委、省纪委书记甲兼任…) say what was decided on the person; the verb is
    no place of the committee (b44 probe: 中共同意省委员会, 中共同意省纪律检查委员会; post_rules.yaml cut_before_names)."""
    assert want <= posts_of(text)


PROBE44_CANDIDACIES = [
    pytest.param(
        "发布时间：2011-07-08\n本报讯 昨天下午，全市领导干部大会召开。省委将推荐吴一华同志为芜湖市人大常委会主任候选人人选。",
        "吴一华",
        id="recommended-as-the-candidate-for-a-post",
    ),
    pytest.param(
        "发布时间：2011-07-08\n本报讯 昨天下午，全市领导干部大会召开，市委书记王一明主持。省委提名吴一新为芜湖市市长候选人。",
        "吴一新",
        id="nominated-as-a-candidate-for-mayor",
    ),
]


@pytest.mark.parametrize("text,name", PROBE44_CANDIDACIES)
def test_probe44_a_candidacy_is_no_post(text, name):
    """A title right before 候选人 or 人选 (推荐甲为…主任候选人人选, 提名乙为…市长候选人) names a candidacy, a plan and no
    post, as 被提名为…候选人 already was (post_rules.yaml candidacy_words; b44 probe: 主任 of the 人大常委会 given)."""
    assert {x for x in posts_of(text) if x[0] == name} == set()


REAL35_CAPTION_OPENERS = [
    pytest.param(
        "图为清河县王庄镇副镇长刘建国",
        # (the town's county as written: chain_rules.yaml town_gov, b56)
        {("刘建国", "副镇长", "清河县王庄镇人民政府")},
        id="a-caption-opener-before-a-town-post",
    ),
    pytest.param(
        "左为王庄镇副镇长刘建国，右为镇党委书记周一民。",
        {("刘建国", "副镇长", "王庄镇人民政府")},
        id="left-and-right-of-a-picture-before-town-posts",
    ),
    pytest.param(
        "右为东林区副区长周一民。",
        {("周一民", "副区长", "东林区人民政府")},
        id="a-right-of-picture-opener-before-a-district-post",
    ),
]


@pytest.mark.parametrize("text,want", REAL35_CAPTION_OPENERS)
def test_real35_a_caption_or_role_opener_is_no_part_of_the_body(text, want):
    """图为/左为/右为/身为 open a caption or a role clause (图为甲镇副镇长X, 身为甲馆馆长的X): no part of the body's name
    (real_posts.py mix_posts even half: the body written 图为…镇; post_rules.yaml cut_before_names)."""
    got = posts_of(text)
    assert want <= got
    assert not any(org and org.startswith(("图为", "左为", "右为", "身为")) for _, _, org in got)


REAL35_TOLD_AFTER = [
    pytest.param(
        "王芳：天华建材协会秘书部副主任，天华建材协会咨询委员会秘书长",
        {("王芳", "副主任", "天华建材协会秘书部"), ("王芳", "秘书长", "天华建材协会咨询委员会")},
        id="a-profile-line-after-a-colon",
    ),
    pytest.param(
        "会上，王芳，东林化工有限公司总经理，介绍了新厂的进展。",
        {("王芳", "总经理", "东林化工有限公司")},
        id="a-post-set-off-by-commas-after-the-name",
    ),
]

REAL35_NOT_TOLD_AFTER = [
    pytest.param("王芳，天华建材公司董事长李明说，价格会涨。", "王芳", id="the-chain-is-the-next-names"),
    pytest.param("王芳：市长说得对。", "王芳", id="a-speakers-words-with-a-bare-title"),
]


@pytest.mark.parametrize("text,want", REAL35_TOLD_AFTER)
def test_real35_posts_told_after_a_name_set_off_by_a_mark(text, want):
    """甲：A协会副主任，B委员会秘书长 / 甲，A公司总经理，…: a chain opening with its own body right after the name's mark
    and filling its clause is the name's (real_posts.py mix_posts even half: a profile line after a colon gave no
    post; post_rules.yaml told_after_marks)."""
    assert want <= posts_of(text)


@pytest.mark.parametrize("text,name", REAL35_NOT_TOLD_AFTER)
def test_real35_a_chain_after_a_mark_that_is_not_the_names(text, name):
    """A chain followed by another name, or a bare title opening a speaker's words, gives the name before no post."""
    assert {x for x in posts_of(text) if x[0] == name} == set()


EXT41_PRONOUN_CAREERS = [
    pytest.param(
        "今天，省人大会议选举刘明远为省长。他此前任湖南省委副书记、常务副省长。",
        {("刘明远", "省委副书记", "中共湖南省委员会"), ("刘明远", "常务副省长", "湖南省人民政府")},
        id="he-held-before",
    ),
    pytest.param(
        "会上，陈文海介绍了情况。他先后任衡山县县长、攸县县委书记。",
        {("陈文海", "县长", "衡山县人民政府"), ("陈文海", "县委书记", "中共攸县委员会")},
        id="he-held-in-turn",
    ),
    pytest.param(
        "座谈会由周丽华主持。她后来担任株洲市副市长。",
        {("周丽华", "副市长", "株洲市人民政府")},
        id="she-later-held",
    ),
]


@pytest.mark.parametrize("text,want", EXT41_PRONOUN_CAREERS)
def test_ext41_a_pronoun_then_a_career_clause(text, want):
    """他此前任…, 他先后任…, 她后来担任…: a pronoun then the adverbs and verb of a career clause (post_rules.yaml
    career_adverbs, career_verbs) tells the posts of the person named last (b44: 他此前任湖南省委副书记、常务副省长 lost)."""
    assert want <= posts_of(text)


REAL37_TITLES_WITH_A_QUALIFIER = [
    pytest.param(
        "东林棋类协会第一副主席周一民说，比赛将增加。",
        {("周一民", "第一副主席", "东林棋类协会")},
        id="a-first-vice-chairman",
    ),
    pytest.param(
        "王芳现任天华建材股份有限公司独立监事。",
        {("王芳", "独立监事", "天华建材股份有限公司")},
        id="an-independent-supervisor",
    ),
    pytest.param(
        "王芳曾任天华建材集团有限公司投资部项目经理。",
        {("王芳", "项目经理", "天华建材集团有限公司投资部")},
        id="a-project-manager-of-a-department",
    ),
    pytest.param(
        "东林省青年联合会常务书记周一民出席。",
        {("周一民", "常务书记", "东林省青年联合会")},
        id="an-executive-secretary",
    ),
]


@pytest.mark.parametrize("text,want", REAL37_TITLES_WITH_A_QUALIFIER)
def test_real37_a_title_with_a_qualifier_is_one_title(text, want):
    """第一副主席, 独立监事, 项目经理, 常务书记: the qualifier is part of the title, not the end of the body's name
    (real_posts.py rank_posts even half: bodies written 国际乒联第一, …公司独立, …投资发展部项目; a title 书记 at 常务;
    titles.txt)."""
    assert want <= posts_of(text)


REAL37_HEAD_TITLES = [
    pytest.param(
        "委员会推荐王芳出任东林市中级人民法院首席法官。",
        {("王芳", "首席法官", "东林市中级人民法院")},
        id="a-chief-justice-taken-up",
    ),
    pytest.param(
        "周一民先生曾任天华化工有限公司车间主任。",
        {("周一民", "车间主任", "天华化工有限公司")},
        id="a-workshop-head-of-a-company",
    ),
]


@pytest.mark.parametrize("text,want", REAL37_HEAD_TITLES)
def test_real37_a_chief_justice_and_a_workshop_head(text, want):
    """首席法官 and 车间主任 are posts of the body before them; 车间 is no person's name (real_posts.py rank_posts even
    half: 出任…终审法院首席法官 gave no post; …公司车间主任 gave a person 车间; titles.txt)."""
    got = posts_of(text)
    assert want <= got
    assert not any(name == "车间" for name, _, _ in got)
