"""Answers found when the graph does not say them in so many words: organisers read from who a summary says
acted, articles found by what their facts say, an article described in free words.

The facts are made up (invented places, bodies and people) and loaded through the importer, the way
a corrected export or a gold file is: no organisers recorded, articles known by title and first words.
"""

from __future__ import annotations

import pytest
from kgqa.kg.graph import KnowledgeGraph
from qa_helpers import imported_kg

FACTS = {
    "locale": "青岚市",
    "articles": [{"title": "青岚市科技局举办创新工作座谈会", "first_words": "本报讯 4月2日", "date": "2030-04-02"}],
    "persons": [
        {
            "name": "林晚照",
            "posts": [{"title": "局长", "org": "青岚市科技局"}, {"title": "党组书记", "org": "青岚市科技局党组"}],
        },
        {"name": "石见远", "posts": [{"title": "自治区党委书记", "org": "中共澄州壮族自治区委员会"}]},
        {"name": "柏松年", "posts": [{"title": "自治区主席", "org": "澄州壮族自治区人民政府"}]},
        {"name": "云中鹤", "posts": [{"title": "董事长", "org": "澄州星火机电设备有限公司"}]},
        {"name": "叶知秋", "posts": [{"title": "澄州市市长", "org": "澄州市人民政府"}]},
    ],
    "organizations": [
        {"name": "青岚市科技局", "type": "government", "aliases": []},
        {"name": "青岚市科技局党组", "type": "party_committee", "aliases": []},
        {"name": "中共澄州壮族自治区委员会", "type": "party_committee", "aliases": []},
        {"name": "澄州壮族自治区人民政府", "type": "government", "aliases": []},
        {"name": "南湖新材料有限公司", "type": "company", "aliases": [], "located_in": "澄州市"},
        {"name": "澄州市人民政府", "type": "government", "aliases": []},
        {"name": "澄州星火机电设备有限公司", "type": "company", "aliases": [], "located_in": "澄州省"},
        {"name": "青岚星河燃气有限公司", "type": "company", "aliases": []},
        {"name": "星河燃气有限公司", "type": "company", "aliases": []},
        {"name": "青岚市财政局", "type": "government", "aliases": []},
        {"name": "青岚市人民政府", "type": "government", "aliases": ["青岚市政府"]},
        {"name": "澄州投资有限公司", "type": "company", "aliases": ["澄州投资"]},
        {"name": "星河新能源有限公司", "type": "company", "aliases": []},
    ],
    "events": [
        {
            "kind": "meeting",
            "date": "2030-04-02",
            "summary": "青岚市科技局在南湖宾馆组织召开创新工作座谈会，局长林晚照主持，五家企业参加",
            "participants": ["林晚照"],
            "organizations": ["青岚市科技局", "青岚市人民政府"],
        },
        {
            "kind": "launch",
            "date": "2030-04-05",
            "summary": "青岚市科技局、青岚市财政局联合印发《科技创新券管理办法》",
            "organizations": ["青岚市科技局", "青岚市财政局"],
        },
        {
            "kind": "launch",
            "date": "2030-04-06",
            "summary": "澄州投资、星河新能源有限公司合资成立的储能电站项目揭牌",
            "organizations": ["澄州投资有限公司", "星河新能源有限公司"],
        },
        {
            "kind": "other",
            "date": "2028-05-01",
            "summary": "南湖新材料有限公司于2028年成立，主营碳纤维",
            "organizations": ["南湖新材料有限公司"],
        },
        {
            "kind": "award",
            "date": "2029-11-20",
            "summary": "南湖新材料有限公司荣获省级专精特新企业称号",
            "organizations": ["南湖新材料有限公司"],
        },
    ],
    "places": [{"name": "澄州市", "located_in": "澄州壮族自治区", "kind": "division"}],
    "agreements": [{"kind": "供气协议", "parties": ["星河燃气有限公司", "青岚市人民政府"], "date": "2030-04-08"}],
}
PORT = {  # another page: an article whose facts say more than its title and first words
    "articles": [{"title": "澄州港口吞吐量创新高", "first_words": "记者从澄州港务集团获悉", "date": "2030-04-03"}],
    "events": [
        {"kind": "other", "date": "2030-04-03", "summary": "澄州港一季度集装箱吞吐量同比增长一成，远洋航线新增四条"}
    ],
}


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return imported_kg((FACTS, "made-up-fallbacks.json"), (PORT, "made-up-port.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("创新工作座谈会由哪个单位组织召开？", {"青岚市科技局"}, id="organiser-is-the-subject"),
        pytest.param("哪个单位举办了创新工作座谈会", {"青岚市科技局"}, id="organiser-which-unit-held"),
        pytest.param(
            "《科技创新券管理办法》是由哪些部门印发的？", {"青岚市科技局", "青岚市财政局"}, id="organisers-two-subjects"
        ),
        pytest.param(
            "星河新能源有限公司参与的储能电站项目由哪个单位发起？",
            {"澄州投资有限公司"},
            id="organiser-never-the-one-named",
        ),
    ],
)
def test_organisers_from_the_summary(kg, question, expected):
    got = kg.ask(question)
    assert got.template == "event_organizers" and {a["label"] for a in got.answers} == expected, got.message


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param(
            "哪篇报道介绍了青岚科技局召开创新工作座谈会的情况？", "青岚市科技局举办创新工作座谈会", id="title-words"
        ),
        pytest.param(
            "哪篇报道提到澄州港远洋航线新增四条？", "澄州港口吞吐量创新高", id="a-fact-sentence-of-the-article"
        ),
        pytest.param("哪篇文章讲述了澄州港集装箱吞吐量增长的经过", "澄州港口吞吐量创新高", id="free-words-topic-noun"),
    ],
)
def test_article_found_by_what_it_says(kg, question, expected):
    got = kg.ask(question)
    assert [a["label"] for a in got.answers] == [expected], got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("哪篇报道介绍了火星探测器登陆的经过？", id="nothing-shared"),
        pytest.param("哪篇报道提到了沙漠植树造林的做法", id="nothing-shared-2"),
    ],
)
def test_article_not_guessed(kg, question):
    assert kg.ask(question).answers == []


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("南湖新材料有限公司是哪一年成立的？", {"2028"}, id="year-of-what-was-done"),
        pytest.param("南湖新材料有限公司哪一年荣获专精特新企业称号", {"2029"}, id="date-without-an-event-word"),
        pytest.param("南湖新材料有限公司是什么时候获评专精特新企业的", {"2029-11-20"}, id="full-date-when-not-a-year"),
        pytest.param("南湖新材料有限公司位于哪个城市？", {"澄州市"}, id="nearest-place"),
        pytest.param("南湖新材料有限公司位于哪个自治区？", {"澄州壮族自治区"}, id="place-of-the-level-asked"),
        pytest.param("南湖新材料有限公司在哪个县", set(), id="no-place-of-that-level"),
        pytest.param("澄州市属于哪个自治区", {"澄州壮族自治区"}, id="place-in-place"),
        # 哪个单位 of a person of posts in a unit and its party group: each body (qa67, templates.yaml person_org `listed`)
        pytest.param("林晚照在哪个单位任职？", {"青岚市科技局", "青岚市科技局党组"}, id="one-unit-and-its-party-group"),
        pytest.param(
            "科技干部林晚照在哪个单位任职", {"青岚市科技局", "青岚市科技局党组"}, id="words-describing-the-person-first"
        ),
        pytest.param("澄州壮族自治区党委书记是谁", {"石见远"}, id="party-committee-written-party"),
        pytest.param("澄州自治区主席由哪位担任？", {"柏松年"}, id="region-written-short"),
        pytest.param("星火机电设备有限公司的董事长是哪位", {"云中鹤"}, id="company-without-the-place-before-it"),
        pytest.param("星火机电设备公司董事长是谁", {"云中鹤"}, id="company-without-place-short-form"),
        pytest.param(
            "星河燃气有限公司和哪家单位签订了供气协议？", {"青岚市人民政府"}, id="own-name-before-a-derived-form"
        ),
        pytest.param("澄州市长是谁", {"叶知秋"}, id="title-that-names-its-city"),
    ],
)
def test_answers_read_from_parts(kg, question, expected):
    assert {a["label"] for a in kg.ask(question).answers} == expected


def _said(label: str, sentence: str) -> dict:
    return {"label": label, "sources": [{"sentence": sentence}]}


@pytest.mark.parametrize(
    "answers,expected",
    [
        pytest.param(
            [_said("林志华", "公司前任总经理林志华去年离职"), _said("陈明远", "星海基金聘任陈明远为公司总经理")],
            ["陈明远"],
            id="former-holder-left-out",
        ),
        pytest.param(
            [_said("林志华", "林志华已于去年辞去总经理职务"), _said("陈明远", "陈明远出任总经理")],
            ["陈明远"],
            id="resigned-holder-left-out",
        ),
        pytest.param(
            [_said("林志华", "原总经理林志华"), _said("陈明远", "此前陈明远任副总经理")],
            ["林志华", "陈明远"],
            id="all-former-keeps-all",
        ),
        pytest.param(
            [_said("林志华", "星海基金总经理林志华已出任董事长"), _said("陈明远", "陈明远已出任星海基金总经理")],
            ["陈明远"],
            id="holder-moved-to-another-post-left-out",
        ),
        pytest.param(
            [_said("林志华", "林志华调任集团副总裁"), _said("陈明远", "陈明远接任总经理")],
            ["陈明远"],
            id="holder-transferred-left-out",
        ),
        pytest.param(
            [_said("林志华", "林志华已出任总经理"), _said("陈明远", "陈明远已出任星海基金总经理")],
            ["林志华", "陈明远"],
            id="moved-to-the-post-asked-is-kept",
        ),
        pytest.param(
            [_said("陈明远", "陈明远为公司总经理"), {"label": "林志华", "sources": []}],
            ["陈明远", "林志华"],
            id="no-sentence-is-no-evidence",
        ),
        pytest.param(
            [
                {
                    "label": "林志华",
                    "sources": [{"sentence": None}],
                    "said": ["星海基金发布前任总经理林志华的离职公告"],
                },
                {"label": "陈明远", "sources": [{"sentence": None}], "said": ["星海基金聘任陈明远为公司总经理"]},
            ],
            ["陈明远"],
            id="imported-post-read-from-the-facts-taken-part-in",
        ),
        pytest.param(
            [_said("陈明远", "聘任原副总经理兼市场总监陈明远为总经理"), _said("林志华", "原总经理林志华离职")],
            ["陈明远"],
            id="former-in-another-post-is-kept",
        ),
    ],
)
def test_a_question_for_the_new_holder_leaves_out_former_ones(answers, expected):
    from kgqa.kg.qa.shape import current

    assert [a["label"] for a in current(answers, "星海基金新聘的总经理是谁")] == expected


def _post(label: str, title: str, sentence: str) -> dict:
    return {"label": label, "title": title, "sources": [{"sentence": sentence}]}


@pytest.mark.parametrize(
    "question,answers,expected",
    [
        pytest.param(
            "林志华已出任什么职务",
            [
                _post("星海基金总经理", "总经理", "星海基金总经理林志华已出任董事长"),
                _post("星海基金董事长", "董事长", "星海基金总经理林志华已出任董事长"),
            ],
            ["星海基金董事长"],
            id="post-left-for-another",
        ),
        pytest.param(
            "原局长陈明远赴任什么职务",
            [
                _post("甲局局长", "局长", "甲局原局长陈明远已赴任乙局副局长"),
                _post("乙局副局长", "副局长", "甲局原局长陈明远已赴任乙局副局长"),
            ],
            ["乙局副局长"],
            id="former-title-before-the-name",
        ),
        pytest.param(
            "陈明远现任什么职务",
            [
                _post("甲局局长", "局长", "甲局局长陈明远出席会议"),
                _post("乙会会长", "会长", "乙会会长陈明远致辞"),
            ],
            ["甲局局长", "乙会会长"],
            id="no-move-keeps-all",
        ),
        pytest.param(
            "林志华已出任什么职务",
            [_post("星海基金总经理", "总经理", "星海基金总经理陈明远已出任董事长")],
            ["星海基金总经理"],
            id="someone-else-moved",
        ),
    ],
)
def test_a_question_for_a_persons_new_post_leaves_out_the_posts_left(question, answers, expected):
    from kgqa.kg.qa.shape import current

    assert [a["label"] for a in current(answers, question)] == expected


@pytest.mark.parametrize(
    "labels,expected",
    [
        pytest.param(["青岚甲乙通讯有限公司", "青岚甲乙公司"], ["青岚甲乙通讯有限公司"], id="company-written-short"),
        pytest.param(["星河能源集团有限公司", "星河能源集团"], ["星河能源集团"], id="group-without-legal-suffix"),
        pytest.param(["甲公司党委", "甲公司"], ["甲公司"], id="body-named-after-unit"),
        pytest.param(
            ["青岚石油化工有限公司", "青岚石油公司"],
            ["青岚石油化工有限公司", "青岚石油公司"],
            id="trade-word-tells-apart",
        ),
        pytest.param(
            ["青岚甲乙科技有限公司", "青岚丙丁公司"], ["青岚甲乙科技有限公司", "青岚丙丁公司"], id="two-companies"
        ),
    ],
)
def test_one_company_written_two_ways_is_one_answer_when_one_is_asked(labels, expected):
    from kgqa.kg.qa.shape import bodies_merged

    assert [a["label"] for a in bodies_merged([{"label": x} for x in labels], 1)] == expected


@pytest.mark.parametrize(
    "label,words,expected",
    [
        pytest.param("晋城", ["市"], True, id="short-city-is-a-city"),
        pytest.param("晋城市", ["市"], True, id="city"),
        pytest.param("山西省", ["市"], False, id="province-is-no-city"),
        pytest.param("山西省", ["省", "自治区"], True, id="province"),
        pytest.param("某某自治州", ["市"], False, id="prefecture-is-no-city"),
        pytest.param("某某", ["省"], True, id="no-level-written"),
    ],
)
def test_a_place_answers_a_level_asked_when_it_is_of_that_level(label, words, expected):
    from kgqa.kg.qa.shape import _of_level

    assert _of_level(label, words) is expected
