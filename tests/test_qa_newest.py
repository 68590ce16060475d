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


class _Labels:
    """A resolver stand-in: an article's title is its IRI's tail."""

    def fact_label(self, iri: str) -> str:
        return iri.rsplit("/", 1)[-1]


def _fact(n: int) -> str:
    return f"https://kgqa.dev/id/article/a{n:04d}/post/p{n:04d}"


def _all_from(article: int, n: int) -> list[tuple[str, str | None]]:
    return [(f"https://kgqa.dev/id/article/a{article:04d}", "同一句话。")]


def _own(n: int) -> list[tuple[str, str | None]]:
    return [(f"https://kgqa.dev/id/article/a{n:04d}", f"第{n}句。")]


SOURCES = [  # answer -> its facts (fact number, that fact's sources)
    pytest.param({"a": [(n, _own(n)) for n in range(9)]}, id="many-facts-own-sources"),
    pytest.param(
        {"a": [(n, _all_from(0, n)) for n in range(4)] + [(n, _own(n)) for n in range(4, 12)]}, id="same-first"
    ),
    pytest.param({"a": [(n, []) for n in range(7)]}, id="no-sources-graph-instead"),
    pytest.param({"a": [(n, _own(n)) for n in range(3)], "b": [(n, _own(n)) for n in range(3, 20)]}, id="two-answers"),
    pytest.param({"a": [(n, _own(n)) for n in range(250, 0, -1)]}, id="over-200-facts"),
    pytest.param({"a": [(n, _all_from(1, n)) for n in range(300)]}, id="over-200-all-one-source"),
]


@pytest.mark.parametrize("answers", SOURCES)
def test_sources_are_read_for_the_facts_shown_only(answers: dict[str, list], monkeypatch: Any) -> None:
    """An answer's five sources are those of reading every fact (of the first 200 by IRI), while the facts read
    are those of its first five, and more only for an answer still short of five."""
    known = {_fact(n): src for facts in answers.values() for n, src in facts}
    asked: list[set[str]] = []

    def sources(self: Any, facts: set[str]) -> dict[str, list]:
        asked.append(set(facts))
        return {f: known[f] for f in sorted(facts)[: execute.SOURCES_READ] if known[f]}

    monkeypatch.setattr(execute.QueryRunner, "_sources", sources)
    runner = execute.QueryRunner(None, None, _Labels())  # type: ignore[arg-type]
    origins = {
        (key,): [(_fact(n), _fact(n).split("/post/")[0].replace("/id/", "/graph/")) for n, _ in facts]
        for key, facts in answers.items()
    }
    got = runner._read_sources(origins)
    every = sources(runner, set(known))
    for key, origin in origins.items():
        assert runner._item_sources(origin, got) == runner._item_sources(origin, every)
    read = set().union(*asked[:-1])
    assert len(read) <= max(len(origin) for origin in origins.values())
    if all(src for src in known.values()) and len({s for src in known.values() for s in src}) == len(known):
        assert len(read) <= execute.SHOWN * len(origins)  # each fact a source of its own: five per answer read
