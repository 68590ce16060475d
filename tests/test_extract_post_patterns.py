"""Post patterns read on real news no rule was written on (bench/post_probe.py), one made-up sentence each."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def posts_of(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract_page(text)
    return {(p.name, q.title, q.org) for p in facts.persons for q in p.posts}


def persons_of(text: str) -> set[str]:
    return {p.name for p in extract_page(text).persons}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "钱立方先生，历任甲乙药业集团股份有限公司总经理助理、丙丁纸业股份有限公司副总经理。",
            {
                ("钱立方", "总经理助理", "甲乙药业集团股份有限公司"),
                ("钱立方", "副总经理", "丙丁纸业股份有限公司"),
            },
            id="career-opener-after-comma",
        ),
        pytest.param(
            "孙明远，男，生于1970年，现任甲乙丙股份有限公司董事。",
            {("孙明远", "董事", "甲乙丙股份有限公司")},
            id="current-post-opener",
        ),
        pytest.param(
            "周海波，曾任甲乙证券有限责任公司北京投资银行部副总。",
            {("周海波", "副总", "甲乙证券有限责任公司北京投资银行部")},
            id="career-body-longer-than-sixteen",
        ),
    ],
)
def test_career_clauses(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "甲乙理工大学校长方明远表示，这是借口。",
            {("方明远", "校长", "甲乙理工大学")},
            id="title-starting-in-a-suffix-where-a-body-ends",
        ),
        pytest.param("丙丁中学校长李四海说。", {("李四海", "校长", "丙丁中学")}, id="middle-school-head"),
    ],
)
def test_title_after_overlapping_suffixes(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,name,wrong",
    [
        pytest.param("身处风波的逯海副局长仍在上班。", "逯海", "逯海副", id="deputy-char-not-in-name"),
        pytest.param("他见到了交通银行的钱多副行长。", "钱多", "钱多副", id="deputy-after-de"),
    ],
)
def test_name_before_a_deputy_title_stops_before_it(text, name, wrong):
    got = persons_of(text)
    assert name in got and wrong not in got


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "甲乙国海军南部司令部参谋长罗一伟当日遇险。",
            {("罗一伟", "参谋长", "甲乙国海军南部司令部")},
            id="chief-of-staff",
        ),
        pytest.param(
            "甲乙影业首席法律顾问孙明红表示，已发现盗版。",
            {("孙明红", "首席法律顾问", "甲乙影业")},
            id="chief-legal-counsel",
        ),
        pytest.param("市发改委负责人张大力介绍。", {("张大力", "负责人", "市发展和改革委员会")}, id="person-in-charge"),
        pytest.param(
            "甲乙银行有关负责人陈一明表示同意。", {("陈一明", "负责人", "甲乙银行")}, id="relevant-person-in-charge"
        ),
        pytest.param(
            "中共平遥县委常委、政府副县长张三丰出席。",
            {("张三丰", "副县长", "平遥县人民政府")},
            id="bare-government-after-party-post",
        ),
        pytest.param("法国外长费尔多会见了来宾。", {("费尔多", "外长", "法国外交部")}, id="foreign-minister-short"),
        pytest.param("美国财长盖特多访华。", {("盖特多", "财长", "美国财政部")}, id="finance-minister-short"),
        pytest.param("英国外交大臣米利多表示欢迎。", {("米利多", "外交大臣", "英国外交部")}, id="foreign-secretary"),
        pytest.param(
            "山西省消防救援总队总队长王五洲部署了工作。",
            {("王五洲", "总队长", "山西省消防救援总队")},
            id="corps-commander",
        ),
        pytest.param(
            "甲乙市公安局交警支队副总队长李四海出席。",
            {("李四海", "副总队长", "甲乙市公安局交通警察支队")},
            id="deputy-corps-commander",
        ),
        pytest.param(
            "洛阳市新能源产业联盟成立大会在洛阳举行。大会选举洛阳中原汽车股份有限公司董事长王一明为联盟理事长。",
            {("王一明", "理事长", "洛阳市新能源产业联盟")},
            id="a-bare-alliance-is-the-alliance-told-before",
        ),
        pytest.param(
            "省长王一明在陇南地委书记李一华、行署专员张一平陪同下来到武都县。",
            {("张一平", "专员", "陇南地区行政公署")},
            id="prefecture-office-after-its-party-committee",
        ),
    ],
)
def test_more_posts(text, expected):
    assert expected <= posts_of(text)


def test_foreign_ministry_has_no_country_alias():
    """法国外长: the ministry is not also called 法国 (the country is its government's alias)."""
    orgs = {o.name: o.aliases for o in extract_page("法国外长费尔多会见了来宾。").organizations}
    assert "法国" not in orgs.get("法国外交部", ["法国"])


@pytest.mark.parametrize(
    "text,name,wrong",
    [
        pytest.param("印度海军参谋长贾玛达尔少将遇难。", "贾玛达尔", "贾玛达尔少", id="rank-after-foreign-name"),
        pytest.param("请杨熙主编宣布豪宅频道上线！", None, "宣布豪", id="verb-after-title-is-no-name"),
    ],
)
def test_words_after_a_title_that_are_no_name(text, name, wrong):
    got = persons_of(text)
    assert wrong not in got and (name is None or name in got)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "平遥县纪委副书记李四海出席。",
            {("李四海", "纪委副书记", "中共平遥县纪律检查委员会")},
            id="county-discipline-committee",
        ),
        pytest.param(
            "平遥县委常委、县纪委书记张伟光出席。",
            {("张伟光", "纪委书记", "中共平遥县纪律检查委员会")},
            id="bare-level-discipline-after-party-post",
        ),
        pytest.param(
            "中共山西省纪委书记赵六合出席。",
            {("赵六合", "纪委书记", "中共山西省纪律检查委员会")},
            id="provincial-discipline-committee",
        ),
        pytest.param(
            "甲乙煤业公司纪委书记王五洲出席。",
            {("王五洲", "纪委书记", "甲乙煤业公司纪委")},
            id="a-company-discipline-committee-as-written",
        ),
        pytest.param(
            "平遥县委常委、县纪委书记、县监委主任张伟光出席。",
            {("张伟光", "纪委书记", "中共平遥县纪律检查委员会"), ("张伟光", "主任", "平遥县监察委员会")},
            id="supervision-commission-after-discipline-post",
        ),
        pytest.param(
            "山西省监委副主任赵六合出席。",
            {("赵六合", "副主任", "山西省监察委员会")},
            id="provincial-supervision-commission",
        ),
    ],
)
def test_discipline_committee_posts(text, expected):
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,person,wrong,post",
    [
        pytest.param(
            "国防部长官李一揆出席。", "李一揆", "官李一揆", ("李一揆", "长官", "国防部"), id="title-glued-to-next-word"
        ),
        pytest.param("甲乙省社科院长江经济所所长秦一文说。", "秦一文", "江经济", None, id="title-char-begins-a-river"),
        pytest.param("副市长江一涛出席会议。", "江一涛", None, None, id="a-good-name-after-the-title-stays"),
    ],
)
def test_title_whose_last_char_begins_a_word(text, person, wrong, post):
    got = persons_of(text)
    assert person in got and (wrong is None or wrong not in got)
    assert post is None or post in posts_of(text)


@pytest.mark.parametrize(
    "text,place",
    [
        pytest.param("王明远到高平、任丘、石狮等地调研。", "高平", id="short-county-names-in-a-list-of-places"),
        pytest.param("李四海到高平等地调研。", "高平", id="short-county-name-before-dengdi"),
        pytest.param(
            "王明远先后来到廉江、吴川、雷州，察看水果基地。", "吴川", id="short-names-only-of-counties-no-list-knows"
        ),
        pytest.param("王明远先后来到遂溪、徐闻，察看港口。", "徐闻", id="two-short-county-names-joined"),
    ],
)
def test_places_in_a_list_are_no_persons(text, place):
    assert place not in persons_of(text)


@pytest.mark.parametrize(
    "text,person,cut",
    [
        pytest.param(
            "缅甸农业部部长吴丹敏觉表示，愿扩大合作。", "吴丹敏觉", "吴丹敏", id="burmese-honorific-and-three"
        ),
        pytest.param("缅甸能源部副部长吴登觉说，项目进展顺利。", "吴登觉", None, id="burmese-honorific-and-two"),
        pytest.param("市商务局局长吴建国表示，愿扩大合作。", "吴建国", None, id="a-chinese-wu-keeps-three"),
    ],
)
def test_burmese_names_after_their_country(text, person, cut):
    got = persons_of(text)
    assert person in got and (cut is None or cut not in got)


@pytest.mark.parametrize(
    "text,person,cut",
    [
        pytest.param(
            "自治区主席白玛次仁当晚会见了代表团。", "白玛次仁", "白玛次", id="tibetan-two-parts-before-a-time-word"
        ),
        pytest.param(
            "自治区主席白玛次仁表示，愿扩大合作。", "白玛次仁", "白玛次", id="tibetan-two-parts-before-a-speech-verb"
        ),
        pytest.param("区长次旦卓玛今天到村里调研。", "次旦卓玛", "次旦", id="tibetan-name-with-no-family-name-char"),
        pytest.param(
            "本报记者扎西报道，市长王一明出席。", "王一明", "扎西报", id="one-tibetan-part-takes-no-following-word"
        ),
    ],
)
def test_tibetan_names_of_two_parts(text, person, cut):
    got = persons_of(text)
    assert person in got and cut not in got


@pytest.mark.parametrize(
    "text,org",
    [
        pytest.param("他起诉至甲乙法院要求丙丁银行赔偿损失。", "丙丁银行", id="demand-verb-before-a-bank"),
        pytest.param("记者追问丙丁银行是否收费。", "丙丁银行", id="question-verb-before-a-bank"),
    ],
)
def test_org_names_stop_at_action_verbs(text, org):
    names = {o.name for o in extract_page(text).organizations}
    assert org in names and not any(n.endswith(org) and n != org for n in names)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "宏远能源股份有限公司公告称，卓一平辞去公司总经理职务，辞职后仍担任公司副董事长。",
            {("卓一平", "副董事长", "宏远能源股份有限公司")},
            id="still-holds-after-resigning",
        ),
        pytest.param(
            "江苏昆岳精密模具有限公司创办人邵一宇仍任公司董事长兼总经理。",
            {("邵一宇", "董事长", "江苏昆岳精密模具有限公司"), ("邵一宇", "总经理", "江苏昆岳精密模具有限公司")},
            id="still-holds-after-a-name",
        ),
        pytest.param(
            "甲市星河纺织厂扭亏为盈。今年初，邬一林升任市纺织工业局副局长，仍兼任星河纺织厂厂长。",
            {("邬一林", "厂长", "甲市星河纺织厂")},  # (the plant named before, by its full name: b22's 轴承厂厂长)
            id="still-holds-concurrently",
        ),
    ],
)
def test_a_post_still_held_is_a_post(text, expected):
    """仍任/仍担任/仍兼任 (after a name or opening a clause, 辞职后 before it): the post the person keeps."""
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "邵一宇原是昆山市第二机床厂副厂长，1995年辞职下海。",
            {("邵一宇", "副厂长", "昆山市第二机床厂")},
            id="was-before-a-post",
        ),
        pytest.param(
            "邬一林原是襄樊市二轻局副局长，后来到棉纺厂当厂长。",
            {("邬一林", "副局长", "襄樊市二轻局")},
            id="was-before-a-bureau-post",
        ),
    ],
)
def test_a_career_note_after_a_name(text, expected):
    """甲原是A副厂长: a former post of 甲, as 他原是… is."""
    assert expected <= posts_of(text)


@pytest.mark.parametrize(
    "text,locale,expected",
    [
        pytest.param("郑海川主席在晚宴上发表讲话。", None, {("郑海川", "主席", None)}, id="bare-title-after-a-name"),
        pytest.param(
            "罗德里戈会长致欢迎词。", None, {("罗德里戈", "会长", None)}, id="bare-title-after-a-foreign-name"
        ),
        pytest.param(
            "马里奥总理表示欢迎。", None, {("马里奥", "总理", None)}, id="foreign-premier-is-no-state-council"
        ),
        pytest.param("王建业总理表示欢迎。", None, {("王建业", "总理", "国务院")}, id="chinese-premier-state-council"),
        pytest.param(
            "市委书记王立国颁奖。王立国书记在讲话中要求。",
            "长治市",
            {("王立国", "市委书记", "中共长治市委员会")},
            id="bare-repeat-of-a-post-with-its-body",
        ),
    ],
)
def test_title_after_a_name_without_its_body(text, locale, expected):
    facts = extract_page(text, locale)
    assert {(p.name, q.title, q.org) for p in facts.persons for q in p.posts} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "多米尼加共和国国防部长阿尔瓦多今天抵达。",
            {("阿尔瓦多", "部长", "多米尼加共和国国防部")},
            id="he-of-gongheguo-cuts-no-body",
        ),
        pytest.param(
            "王立国和埃塞俄比亚贸工部长阿尔瓦多今天签了字。",
            {("阿尔瓦多", "部长", "埃塞俄比亚贸工部")},
            id="a-short-country-inside-a-longer-one",
        ),
        pytest.param(
            "俄外长科斯塔诺夫表示。", {("科斯塔诺夫", "外长", "俄外交部")}, id="one-char-country-before-a-title"
        ),
        pytest.param("中国外长郑立海指出。", {("郑立海", "外长", "外交部")}, id="china-foreign-minister"),
        pytest.param(
            "国务院副总理兼外长郑立海出席。",
            {("郑立海", "副总理", "国务院"), ("郑立海", "外长", "外交部")},
            id="short-minister-after-a-national-post",
        ),
        pytest.param(
            "越南副总理兼外长阮文海出席。",
            {("阮文海", "副总理", "越南政府"), ("阮文海", "外长", "越南外交部")},
            id="short-minister-after-a-foreign-post",
        ),
        pytest.param(
            "甲乙国联邦总检察长斯库诺夫说。", {("斯库诺夫", "总检察长", "甲乙国联邦")}, id="prosecutor-general-title"
        ),
        pytest.param(
            "会议由全国妇联副主席、书记处第一书记黄立华主持。",
            {("黄立华", "副主席", "中华全国妇女联合会"), ("黄立华", "书记处第一书记", "中华全国妇女联合会")},
            id="secretariat-first-secretary-after-a-body",
        ),
        pytest.param("又讯中国国家主席王建业抵达。", {("王建业", "国家主席", "中国")}, id="news-opener-is-no-body"),
        pytest.param("这是局长王立国在接待群众。", {("王立国", "局长", None)}, id="zhe-shi-is-no-body"),
        pytest.param(
            "国内贸易部副部长杨一胜出席仪式。", {("杨一胜", "副部长", "国内贸易部")}, id="ministry-of-internal-trade"
        ),
    ],
)
def test_national_and_foreign_bodies_of_the_1990s(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "法国总统杜邦和总理马丁今天表示。",
            {("杜邦", "总统", "法国政府"), ("马丁", "总理", "法国政府")},
            id="country-shared-along-he",
        ),
        pytest.param(
            "美国总统杜邦和国务卿马丁今天表示。",
            {("杜邦", "总统", "美国政府"), ("马丁", "国务卿", "美国政府")},
            id="secretary-of-state-shares-the-country",
        ),
        pytest.param(
            "黄立华、沃尔森主席分别签字。",
            {("黄立华", "主席", None), ("沃尔森", "主席", None)},
            id="names-listed-before-a-bare-title",
        ),
        pytest.param("王立国、李建华主编的《农村经济》一书已出版。", set(), id="editors-of-a-book-hold-no-post"),
    ],
)
def test_titles_shared_along_a_list(text, expected):
    assert posts_of(text) == expected
