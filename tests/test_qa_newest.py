"""A list question about one entity with very many facts (the busiest person of a year's papers holds tens of
thousands of posts) reads only the entity's newest facts (`newest` templates, kg/qa/execute.py NEWEST), says so,
and answers the same from the timeline of an embedded store as by SPARQL on a store without one (issue 13).
The graph is made up: one person in every article, heading a firm of its own on a date of its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from kgqa.extract.facts import Article, Event, Organization, PageFacts, Person, Post, Source
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer, execute
from kgqa.kg.qa.templates import TemplateError, parse_template

PAGES = 9
STAR = "甄一鸣"  # invented
GROUP = "虚构总部控股集团"  # invented: each article names another of its deputy managers
UNDATED = 4  # this article has no date: its facts come last


def _firm(n: int) -> str:
    return f"虚构第{'零一二三四五六七八九'[n]}重工有限公司"


def _deputy(n: int) -> str:
    return "甄" + "伟芳娜敏静丽强磊军洋"[n] + "华"


def _page(n: int, day: str | None) -> PageFacts:
    """Article n: the star is chairman of firm n and attends meeting n, and the group's deputy manager n is
    named, on `day`."""
    src = Source(0, f"{STAR}任{_firm(n)}董事长，{GROUP}副总经理{_deputy(n)}陪同。", 0, 8)
    return PageFacts(
        date=day,
        articles=[Article(title=f"虚构报道{n}", body=src.sentence, date=day)],
        persons=[
            Person(STAR, posts=[Post("董事长", _firm(n), source=src)], sources=[src]),
            Person(_deputy(n), posts=[Post("副总经理", GROUP, source=src)], sources=[src]),
        ],
        organizations=[Organization(_firm(n), "company", sources=[src]), Organization(GROUP, "company", sources=[src])],
        events=[Event("meeting", f"虚构座谈会{n}", day, participants=[STAR], organizations=[_firm(n)], source=src)],
    )


def _day(n: int) -> str | None:
    """Two articles share a day (ties go by IRI); one has none."""
    return None if n == UNDATED else (dt.date(2021, 3, 1) + dt.timedelta(days=n // 2 * 10)).isoformat()


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Any:
    graph = KnowledgeGraph.open(str(tmp_path_factory.mktemp("newest") / "store"))
    for n in range(PAGES):
        graph.write_page(map_page(_page(n, _day(n)), f"made-up page {n}", f"p{n}.txt"))
    yield graph
    graph.close()


def _ask(kg: KnowledgeGraph, question: str, newest: int, monkeypatch: pytest.MonkeyPatch, timeline: bool) -> Any:
    with monkeypatch.context() as m:
        m.setattr(execute, "NEWEST", newest)
        if timeline:
            assert kg.timeline() is not None  # the embedded store's, current
        else:
            m.setattr(kg, "timeline", lambda: None)
        return QuestionAnswerer(kg).answer(question)


def _firms(answer: Any) -> list[str]:
    return sorted(a.get("org") or a["label"] for a in answer.answers)


def _newest_firms(count: int) -> list[str]:
    dated = sorted((n for n in range(PAGES) if _day(n)), key=lambda n: _day(n) or "", reverse=True)
    return sorted(_firm(n) for n in dated[:count])


QUESTIONS = [
    pytest.param(f"{STAR}担任哪些职务？", "person_posts", id="posts"),
    pytest.param(f"{STAR}参加了哪些活动？", "person_events", id="events"),
    pytest.param(f"{GROUP}副总经理有哪些人？", "post_holder", id="holders"),
    pytest.param(f"{GROUP}有哪些人任职？", "org_members", id="members"),
]


@pytest.mark.parametrize("timeline", [pytest.param(True, id="timeline"), pytest.param(False, id="sparql")])
def test_a_busy_persons_posts_are_the_newest_and_say_how_many(kg: Any, timeline: bool, monkeypatch: Any) -> None:
    got = _ask(kg, f"{STAR}担任哪些职务？", 3, monkeypatch, timeline)
    assert got.template == "person_posts"
    # the newest day holds one article, the next two (a tie): the three newest are those three
    assert _firms(got) == _newest_firms(3)
    assert got.truncated is True and f"共{PAGES}条" in (got.message or "")
    assert "VALUES ?fact" not in (got.sparql or "")  # the query shown is the whole question's, for /sparql


@pytest.mark.parametrize("question, template", QUESTIONS)
def test_the_timeline_and_sparql_choose_the_same_facts(kg: Any, question: str, template: str, monkeypatch: Any) -> None:
    for newest in (1, 2, 4, PAGES - 1):
        with_timeline = _ask(kg, question, newest, monkeypatch, True)
        without = _ask(kg, question, newest, monkeypatch, False)
        assert with_timeline.template == without.template == template
        assert len(with_timeline.answers) == newest
        assert with_timeline.answers == without.answers


@pytest.mark.parametrize("question, template", QUESTIONS)
def test_an_entity_within_the_bound_answers_every_fact(kg: Any, question: str, template: str, monkeypatch: Any) -> None:
    got = _ask(kg, question, PAGES, monkeypatch, True)
    assert got.template == template and len(got.answers) == PAGES and not got.truncated


def test_the_undated_fact_is_read_last(kg: Any, monkeypatch: Any) -> None:
    assert _firm(UNDATED) not in _firms(_ask(kg, f"{STAR}担任哪些职务？", PAGES - 1, monkeypatch, True))


@pytest.mark.parametrize("timeline", [pytest.param(True, id="timeline"), pytest.param(False, id="sparql")])
def test_a_busy_posts_holders_are_the_newest(kg: Any, timeline: bool, monkeypatch: Any) -> None:
    got = _ask(kg, f"{GROUP}副总经理是谁？", 3, monkeypatch, timeline)
    dated = sorted((n for n in range(PAGES) if _day(n)), key=lambda n: _day(n) or "", reverse=True)
    assert got.template == "post_holder" and got.truncated is True
    assert sorted(a["label"] for a in got.answers) == sorted(_deputy(n) for n in dated[:3])


BASE = {"id": "t", "title": "t", "examples": ["x"], "answer": "a", "asks": ["post"]}
QUERY = "SELECT ?person ?org ?role ?event ?x ?label ?fact WHERE { GRAPH ?g { ?fact <urn:p> ?person ; <urn:q> ?x . } ?x <urn:l> ?label }"


@pytest.mark.parametrize(
    "raw, wrong",
    [
        pytest.param({"slots": {"person": "person"}, "newest": "friends"}, "timeline section", id="unknown-section"),
        pytest.param(
            {"slots": {"person": "person", "org": "organisation"}, "newest": "posts"}, "exactly one", id="two-slots"
        ),
        pytest.param({"slots": {"event": "event"}, "newest": "events"}, "entity slot", id="fact-slot"),
        pytest.param(
            {"slots": {"person": "person"}, "newest": "holders"}, "a post for holders", id="holders-of-a-person"
        ),
        pytest.param(
            {"slots": {"post": {"type": "post", "binds": ["org", "role"]}}, "newest": "members"},
            "a post for holders",
            id="members-of-a-post",
        ),
        pytest.param(
            {"slots": {"person": "person"}, "newest": "posts", "sparql": QUERY.replace(" ?fact WHERE", " WHERE")},
            r"project \?fact",
            id="no-fact",
        ),
    ],
)
def test_a_bad_newest_key_is_an_error_naming_it(raw: dict[str, Any], wrong: str) -> None:
    with pytest.raises(TemplateError, match=wrong):
        parse_template({**BASE, "sparql": QUERY, **raw})


def test_newest_facts_must_be_safe_iris() -> None:
    template = parse_template({**BASE, "sparql": QUERY, "slots": {"person": "person"}, "newest": "posts"})
    with pytest.raises(ValueError):
        template.bind({"person": "https://kgqa.dev/id/person/x"}, ["https://x/> } DROP ALL { <y"])
    bound = template.bind({"person": "https://kgqa.dev/id/person/x"}, ["https://kgqa.dev/id/post/1"])
    assert "VALUES ?fact { <https://kgqa.dev/id/post/1> }" in bound
