"""Answers to real questions, honest "no answer", hostile input, and the API the web front end uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kgqa.extract.facts import Agreement, Amount, Article, Event, Organization, PageFacts, Person, Post, Source, Zone
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _page(city: str, mayor: str, secretary: str, deputies: list[str]) -> PageFacts:
    """A small made-up page of a city paper."""
    gov, cpc, zone = f"{city}市人民政府", f"中共{city}市委员会", f"{city}高新技术产业开发区"
    s = Source(article=0, sentence=f"{city}市长{mayor}出席会议。")
    return PageFacts(
        locale=f"{city}市",
        date="2025-03-01",
        articles=[Article(f"{city}召开经济工作会", f"{mayor}主持召开{city}经济工作会。", ["记者甲"], "2025-03-01")],
        persons=[
            Person(mayor, [Post("市委副书记", cpc, "市委", s), Post("市长", gov, "市政府", s)]),
            Person(secretary, [Post("市委书记", cpc, "市委", s)]),
            *[Person(d, [Post("副市长", gov, None, s)]) for d in deputies],
        ],
        organizations=[
            Organization(gov, "government", [f"{city}市政府"]),
            Organization(cpc, "party_committee", [f"{city}市委"]),
            Organization(f"{city}鹏程集团有限公司", "company", [f"{city}鹏程集团"]),
            Organization(zone, "development_zone", [f"{city}高新区"], f"{city}市"),
        ],
        development_zones=[Zone(zone, f"{city}市", ["氢能", "新材料"])],
        agreements=[
            Agreement(
                "战略合作协议", [gov, f"{city}鹏程集团有限公司"], "2025-03-01", ["氢能"], None, [secretary, mayor], s
            )
        ],
        events=[
            Event(
                "meeting",
                f"{mayor}主持召开{city}经济工作会",
                "2025-03-01",
                [mayor, *deputies],
                [gov],
                [mayor],
                [gov],
                f"{city}市",
                None,
                s,
            )
        ],
    )


@pytest.fixture(scope="module")
def qa() -> QuestionAnswerer:
    kg = KnowledgeGraph.open("memory:")
    for n, page in enumerate(
        [_page("甲乙", "张三", "李四", ["王五", "赵六"]), _page("丙丁", "周七", "吴八", ["郑九"])]
    ):
        kg.store.replace([], map_page(page, f"page {n}", f"p{n}.txt").quads)
    kg.generation += 1
    return QuestionAnswerer(kg)


def labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("甲乙市市长是谁？", {"张三"}),
        ("丙丁市市长是谁", {"周七"}),
        ("甲乙市委书记是谁？", {"李四"}),
        ("甲乙市副市长有哪些人？", {"王五", "赵六"}),
        ("文中担任丙丁市副市长的有哪些人？", {"郑九"}),
        ("哪些人在甲乙市人民政府任职？", {"张三", "王五", "赵六"}),
        ("甲乙高新区的主导产业是什么？", {"氢能", "新材料"}),
        ("哪些开发区发展新材料产业？", {"甲乙高新技术产业开发区", "丙丁高新技术产业开发区"}),
        ("甲乙市人民政府与哪家企业签署了战略合作协议？", {"甲乙鹏程集团有限公司"}),
        ("谁见证了甲乙市政府与甲乙鹏程集团有限公司的签约？", {"李四", "张三"}),
        ("甲乙市人民政府与甲乙鹏程集团有限公司何时签署战略合作协议？", {"2025-03-01"}),
        ("谁主持召开了丙丁经济工作会？", {"周七"}),
        ("哪些人参加了甲乙经济工作会？", {"张三", "王五", "赵六"}),
    ],
)
def test_real_questions(qa, question, expected):
    assert labels(qa.answer(question)) == expected


def test_post_answers_carry_title_org_and_sources(qa):
    got = qa.answer("张三担任哪些职务？").to_json()
    posts = {(a["title"], a["org"]) for a in got["answers"]}
    assert posts == {("市委副书记", "中共甲乙市委员会"), ("市长", "甲乙市人民政府")}
    src = got["answers"][0]["sources"][0]
    assert src["title"] == "甲乙召开经济工作会" and "张三" in src["sentence"] and src["article"].startswith("http")
    assert got["template"] == "person_posts" and "SELECT" in got["sparql"]


def test_a_short_form_without_its_city_is_ambiguous_across_cities(qa):
    got = qa.answer("市长是谁？")
    assert got.answers == [] and {c["label"] for c in got.candidates} == {"甲乙市人民政府", "丙丁市人民政府"}


def test_unknown_names_and_unknown_intents_get_a_message(qa):
    for q in ("火星市市长是谁？", "今天天气怎么样？"):
        got = qa.answer(q).to_json()
        assert got["answers"] == [] and got["message"]
    assert qa.answer("今天天气怎么样？").suggestions


HOSTILE = [
    "",
    "   ",
    "？？？",
    "SELECT * WHERE { ?s ?p ?o }",
    '甲乙市市长是谁"} ; DROP ALL ; {"',
    "} UNION { ?s ?p ?o } #",
    "<https://kgqa.dev/id/x>",
    "甲乙'市长\\是谁",
    "长" * 10_000,
    "\x00\x1b[31m",
    "\ue000p0\ue001担任哪些职务",
    "{post}是谁",
    "介绍一下 }",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_questions_get_a_clean_no_answer(qa, question):
    got = qa.answer(question).to_json()
    assert got["answers"] == [] and (got.get("message") or got.get("candidates"))
    assert "DROP" not in (got.get("sparql") or "") and "UNION { ?s ?p ?o } #" not in (got.get("sparql") or "")


def test_emoji_around_a_real_question_is_only_noise(qa):
    assert labels(qa.answer("😀😀😀甲乙市市长是谁😀")) == {"张三"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_the_parser_never_raises(qa, text):
    got = qa.answer(text).to_json()
    assert set(got) >= {"question", "template", "sparql", "answers"}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "甲乙",
                "市长",
                "是谁",
                "{",
                "}",
                "?s",
                "和",
                "张三",
                "哪些",
                "协议",
                '"',
                "、",
                "高新区",
                "产业",
                "签署",
                "何时",
                "SELECT",
            ]
        ),
        max_size=10,
    )
)
def test_near_miss_questions_never_raise(qa, words):
    qa.answer("".join(words))


def test_template_picker_and_suggestions(qa):
    got = qa.answer_template("post_holder", {"post": "甲乙市市长"})
    assert labels(got) == {"张三"}
    person = next(s for s in qa.suggest("张") if s["kind"] == "person")
    assert person["label"] == "张三"
    assert labels(qa.answer_template("person_posts", {"person": person["iri"]})) == {
        "中共甲乙市委员会市委副书记",
        "甲乙市人民政府市长",
    }
    assert qa.answer_template("person_posts", {"person": "https://evil/x> } DROP ALL {"}).answers == []
    assert qa.answer_template("no_such_template", {}).message
    assert any(s["kind"] == "template" for s in qa.suggest("某人"))


def test_the_answerer_follows_the_graph(qa):
    kg = KnowledgeGraph.open("memory:")
    assert kg.ask("甲乙市市长是谁？").answers == []
    kg.store.replace([], map_page(_page("甲乙", "张三", "李四", []), "p", "p.txt").quads)
    kg.generation += 1
    assert labels(kg.ask("甲乙市市长是谁？")) == {"张三"}


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside the repository")
def test_questions_about_the_real_corpus():
    kg = KnowledgeGraph.open("memory:")
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    mayor = kg.ask("长治市市长是谁？")
    assert mayor.template == "post_holder" and len(mayor.answers) == 1
    assert all(a["sources"] for a in mayor.answers)
    posts = kg.ask(f"{mayor.answers[0]['label']}担任哪些职务？")
    assert any(a["title"] == "市长" for a in posts.answers)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("张三出席或主持了哪些活动？", {"张三主持召开甲乙经济工作会"}),
        ("王五参加了哪些会议？", {"张三主持召开甲乙经济工作会"}),
        ("张三主持了哪些会议？", {"张三主持召开甲乙经济工作会"}),
        ("王五主持了哪些会议？", set()),  # an attendee, not the host
        ("郑九参加了哪些活动？", {"周七主持召开丙丁经济工作会"}),
    ],
)
def test_a_persons_events_by_name_with_sources(qa, question, expected):
    got = qa.answer(question)
    assert got.template in {"person_events", "person_hosted"}
    assert {a["summary"] for a in got.answers} == expected
    assert all(a["label"].endswith("经济工作会") and a["sources"] for a in got.answers)


def test_an_amount_is_not_given_for_a_part_the_fact_merely_involves():
    """The total of a groundbreaking that involves a school is not the school project's investment."""
    s = Source(article=0, sentence="戊己县举行重点项目集中开工活动，总投资40亿元。")
    page = PageFacts(
        locale="戊己县",
        date="2025-03-21",
        articles=[
            Article(
                "戊己县重点项目集中开工",
                "戊己县举行重点项目集中开工活动，新建戊己中学项目总投资2亿元。",
                [],
                "2025-03-21",
            )
        ],
        organizations=[Organization("戊己中学", "school"), Organization("戊己能源有限公司", "company")],
        events=[
            Event(
                "groundbreaking",
                "戊己县举行重点项目集中开工活动",
                "2025-03-21",
                [],
                ["戊己中学", "戊己能源有限公司"],
                [],
                [],
                "戊己县",
                Amount("40亿元", 4e9),
                s,
            )
        ],
    )
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(page, "p", "p.txt"))
    assert {a["label"] for a in kg.ask("戊己县重点项目集中开工总投资多少？").answers} == {"40亿元"}
    part = kg.ask("新建戊己中学项目总投资多少？")
    assert part.answers == [] and part.candidates and part.message


def _meeting_page(extra_event: bool) -> PageFacts:
    s = Source(article=0, sentence="11月17日，庚辛省召开民营经济工作会。")
    events = [Event("meeting", "庚辛省召开民营经济工作会", "2025-11-17", ["甲一", "乙二"], [], [], [], None, None, s)]
    if extra_event:
        events.append(Event("inspection", "乙二调研庚辛港", "2025-11-18", ["乙二"], [], [], [], None, None, s))
    body = "11月17日，庚辛省召开民营经济工作会。甲一出席会议并讲话。乙二主持。"
    return PageFacts(
        locale="庚辛省",
        articles=[Article("庚辛省召开民营经济工作会", body, [], "2025-11-17")],
        persons=[Person("甲一"), Person("乙二")],
        events=events,
    )


@pytest.mark.parametrize("extra_event,expected", [(False, {"乙二"}), (True, set())])
def test_a_host_the_article_names_only_when_it_reports_one_event(extra_event, expected):
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(_meeting_page(extra_event), "p", "p.txt"))
    assert labels(kg.ask("民营经济工作会由谁主持？")) == expected


@pytest.mark.parametrize(
    "written,label",
    [
        pytest.param("年租金３万元", "３万元", id="word-before-number"),
        pytest.param("总投资40亿元", "40亿元", id="cue-word-before-number"),
        pytest.param("近5亿元", "近5亿元", id="hedge-kept"),
        pytest.param("超过3000万元", "超过3000万元", id="more-than-kept"),
        pytest.param("120亿元", "120亿元", id="bare"),
        pytest.param("三千万元", "三千万元", id="chinese-numerals-unchanged"),
    ],
)
def test_an_amount_answer_is_the_amount_itself(written, label):
    """An amount is answered as the amount (a word the text wrote before the number is dropped; 近/超过 stay),
    the text as written kept as its summary."""
    body = "庚辛村委会与壬某签订承包合同。"
    s = Source(article=0, sentence=body)
    page = PageFacts(
        articles=[Article("庚辛村签约", body, [], "2025-01-01")],
        organizations=[Organization("庚辛村委会", "government")],
        agreements=[Agreement("承包合同", ["庚辛村委会"], "2025-01-01", [], Amount(written, None), [], s)],
    )
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(page, "p", "p.txt"))
    got = kg.ask("庚辛村委会签订的承包合同金额是多少？")
    assert [(a["label"], a["summary"]) for a in got.answers] == [(label, written)]
