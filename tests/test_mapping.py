"""kg.mapping: facts become quads with the right datatypes and graphs."""

from __future__ import annotations

import pytest
from kgqa.extract.facts import Agreement, Article, PageFacts, Source
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page


@pytest.mark.parametrize(
    "written,datatype",
    [
        ("1998-01-05", "date"),
        ("1996-11", "gYearMonth"),
        ("1994", "gYear"),
        ("1996-13", None),
        ("去年", None),
    ],
    ids=["day", "month", "year", "bad-month", "not-iso"],
)
def test_agreement_date_keeps_its_precision(written, datatype):
    facts = PageFacts(
        articles=[Article(title="T", body="甲与乙签约。")],
        agreements=[Agreement(kind="合同", date=written, source=Source(0, "甲与乙签约。"))],
    )
    dates = [o for s, p, o, g in map_page(facts, "甲与乙签约。", "x.txt").quads if str(p).endswith("signedOn")]
    if datatype is None:
        assert dates == []
    else:
        assert [str(d) for d in dates] == [written]
        assert str(dates[0].datatype).endswith("#" + datatype)


def test_month_only_date_round_trips_through_export():
    kg = KnowledgeGraph.open("memory:")
    facts = PageFacts(
        articles=[Article(title="T", body="两省签订协议。")],
        agreements=[
            Agreement(kind="协议书", parties=["甲省", "乙省"], date="1996-11", source=Source(0, "两省签订协议。"))
        ],
    )
    mapped = map_page(facts, "两省签订协议。", "x.txt")
    kg.store.replace([], mapped.quads)
    assert [a["date"] for a in kg.export()["agreements"]] == ["1996-11"]


def test_untitled_affiliation_is_a_membership_exported_as_post_without_title():
    from kgqa.extract.facts import Person, Post

    kg = KnowledgeGraph.open("memory:")
    body = "某银行分析师甲某表示，形势向好。"
    facts = PageFacts(
        articles=[Article(title="T", body=body)],
        persons=[
            Person(name="甲某", posts=[Post(title="", org="某银行", org_as_written="某银行", source=Source(0, body))]),
            Person(name="乙某", posts=[Post(title="行长", org="某银行", source=Source(0, body))]),
        ],
    )
    quads = map_page(facts, body, "x.txt").quads
    assert not any(str(p).endswith("ns#title") and str(o) == "" for s, p, o, g in quads)
    kg.store.replace([], quads)
    persons = {p["name"]: p["posts"] for p in kg.export()["persons"]}
    assert persons["甲某"] == [{"title": None, "org": "某银行", "org_as_written": "某银行"}]
    assert persons["乙某"] == [{"title": "行长", "org": "某银行", "org_as_written": None}]


def test_places_lie_in_places_and_the_graph_still_conforms():
    """A place fact maps to kgqa:locatedIn between two AdministrativeArea entities (with its written alias),
    the export's gold sections are unchanged, and the shapes accept it."""

    from kgqa.extract.facts import Place
    from kgqa.kg.vocab import KGQA, SCHEMA
    from kgqa.ontology import shapes_file
    from pyshacl import validate
    from rdflib import Graph
    from rdflib.namespace import RDF, RDFS
    from test_ontology import union_graph

    body = "他住在某县某乡某村。"
    facts = PageFacts(
        articles=[Article(title="T", body=body)],
        places=[
            Place(name="某村", located_in="某县某乡", kind="village", aliases=["某某村"], sources=[Source(0, body)])
        ],
    )
    kg = KnowledgeGraph.open("memory:")
    kg.store.replace([], map_page(facts, body, "x.txt").quads)
    assert kg.export()["organizations"] == []
    g = union_graph(kg)
    where = {(str(g.value(s, RDFS.label)), str(g.value(o, RDFS.label))) for s, o in g.subject_objects(KGQA.locatedIn)}
    assert where == {("某村", "某县某乡")}
    assert all((o, RDF.type, SCHEMA.AdministrativeArea) in g for o in g.objects(None, KGQA.locatedIn))
    conforms, _, text = validate(
        g, shacl_graph=Graph().parse(shapes_file(), format="turtle"), allow_warnings=True, inference="none"
    )
    assert conforms, text


@pytest.mark.parametrize(
    "located_in,expected",
    [
        ("晋城", {("晋城", "山西省")}),
        ("阳城县", {("阳城县", "晋城市"), ("晋城市", "山西省")}),
        ("山西省晋城市", {("山西省晋城市", "山西省")}),
        ("浙江温州", {("浙江温州", "浙江省")}),
        ("上海市", set()),
        ("某县某乡", set()),
        ("温州山西", set()),
    ],
    ids=["short-city", "county-chain", "written-chain", "short-chain", "municipality", "unknown", "not-a-chain"],
)
def test_known_divisions_lie_in_their_parents(located_in, expected):
    """A division the facts name without placing it lies in its nearest parent (divisions.yaml), up the chain;
    a division written after its parent (山西省晋城市) lies in that parent."""
    from kgqa.extract.facts import Organization
    from kgqa.kg.vocab import KGQA
    from rdflib.namespace import RDFS

    body = "某公司成立。"
    facts = PageFacts(
        articles=[Article(title="T", body=body)],
        organizations=[Organization(name="某某有限公司", type="company", located_in=located_in)],
    )
    quads = map_page(facts, body, "x.txt").quads
    labels = {s: str(o) for s, p, o, g in quads if p == RDFS.label}
    where = {(labels[s], labels[o]) for s, p, o, g in quads if p == KGQA.locatedIn and s in labels and "place" in s}
    assert where == expected


def _org_page(body: str, source: str, org: str, typ: str, located_in: str):
    """One page's quads naming one organisation with its type and place."""
    from kgqa.extract.facts import Organization

    facts = PageFacts(
        articles=[Article(title=source, body=body)],
        organizations=[Organization(name=org, type=typ, located_in=located_in, sources=[Source(0, body)])],
    )
    return map_page(facts, body, source).quads


@pytest.mark.parametrize(
    "pages,located,typ",
    [
        pytest.param(
            [("长治市", "company"), ("山西省", "company")], "长治市", "company", id="the-place-inside-the-other"
        ),
        pytest.param([("山西省", "company"), ("长治市", "company")], "长治市", "company", id="either-order"),
        pytest.param(
            [("太原市", "other"), ("大同市", "company")], "大同市", "company", id="first-by-name-typed-before-other"
        ),
        pytest.param([("大同市", "company"), ("太原市", "other")], "大同市", "company", id="same-either-order"),
    ],
)
def test_an_organisation_placed_differently_by_two_pages_exports_one_place(pages, located, typ):
    kg = KnowledgeGraph.open("memory:")
    quads = []
    for n, (place, t) in enumerate(pages):
        quads += _org_page(f"华光贸易有限公司开业{n}。", f"p{n}.txt", "华光贸易有限公司", t, place)
    kg.store.replace([], quads)
    orgs = [o for o in kg.export()["organizations"] if o["name"] == "华光贸易有限公司"]
    assert [(o["located_in"], o["type"]) for o in orgs] == [(located, typ)]


@pytest.mark.parametrize(
    "location,places,exported",
    [
        pytest.param("甲省", [], "甲省", id="one-place"),
        pytest.param("甲省", ["甲省", "乙市", "丙省"], "甲省", id="several-exported-as-the-first-written"),
        pytest.param(None, [], None, id="no-place"),
    ],
)
def test_an_event_at_several_places_is_at_each_and_exports_one(location, places, exported):
    from kgqa.extract.facts import Event
    from kgqa.kg.mapping import SCHEMA

    body = "张三到甲省乙市、丙省调研。"
    kg = KnowledgeGraph.open("memory:")
    ev = Event(kind="inspection", summary=body, location=location, places=places, source=Source(0, body))
    facts = PageFacts(articles=[Article(title="T", body=body)], events=[ev])
    mapped = map_page(facts, body, "x.txt")
    kg.store.replace([], mapped.quads)
    at = {str(q[2]) for q in mapped.quads if q[1] == SCHEMA.location}
    assert len(at) == len(set(places) | ({location} if location else set()))
    assert [e["location"] for e in kg.export()["events"]] == [exported]
