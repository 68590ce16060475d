"""The ontology and its SHACL shapes: terms declared, graphs built by kgqa conform, broken graphs do not."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from kgqa.extract.facts import Agreement, Amount, Article, Event, Organization, PageFacts, Person, Post, Source, Zone
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.vocab import KGQA, ONTOLOGY_GRAPH, ORG, PROV, SCHEMA
from kgqa.ontology import ontology_files, shapes_file
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))
KG_NS = Namespace(str(KGQA._NS))


def kgqa_terms() -> list[str]:
    """Every term the code uses from the kgqa: namespace (the annotations of the DefinedNamespace)."""
    return [name for name in KGQA.__annotations__ if not name.startswith("_")]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """The ontology file, parsed."""
    return Graph().parse(ontology_files(include_shapes=False)[0], format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """The shapes file, parsed."""
    return Graph().parse(shapes_file(), format="turtle")


def union_graph(kg: KnowledgeGraph) -> Graph:
    """The union of all named graphs of a store, via an N-Quads dump read back with rdflib."""
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def shacl(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    """Validate; warnings (what only a correct extractor guarantees) do not break conformance."""
    conforms, report, text = validate(data, shacl_graph=shapes, allow_warnings=True, inference="none")
    return conforms, report, text


def full_page() -> tuple[PageFacts, str]:
    """A made-up page whose facts touch every class and property the mapping writes."""
    text = (
        "## 东岭市与华辰能源签署战略合作协议\n\n本报讯 记者周明远报道：5月6日，东岭市人民政府与华辰能源集团有限公司"
        "签署战略合作协议。市委书记韩立群见证签约。\n\n## 东岭高新区开工\n\n本报讯 记者许晴报道：东岭高新区项目开工，总投资12亿元。"
    )
    src0 = Source(article=0, sentence="东岭市人民政府与华辰能源集团有限公司签署战略合作协议。", start=40, end=70)
    src1 = Source(article=1, sentence="东岭高新区项目开工，总投资12亿元。", start=110, end=128)
    facts = PageFacts(
        locale="东岭市",
        date="2024-05-06",
        articles=[
            Article(
                title="东岭市与华辰能源签署战略合作协议",
                body="东岭市人民政府与华辰能源集团有限公司签署战略合作协议。",
                authors=["周明远"],
                date="2024-05-06",
                first_words="本报讯 记者周明远报道",
                start=0,
                end=90,
            ),
            Article(
                title=None,
                body="东岭高新区项目开工，总投资12亿元。",
                authors=["许晴"],
                date=None,
                first_words="本报讯 记者许晴报道",
                start=92,
                end=130,
            ),
        ],
        persons=[
            Person(
                name="韩立群",
                posts=[Post(title="市委书记", org="中共东岭市委员会", org_as_written="市委", source=src0)],
                sources=[src0],
            )
        ],
        organizations=[
            Organization(name="东岭市人民政府", type="government", located_in="东岭市", sources=[src0]),
            Organization(name="华辰能源集团有限公司", type="company", aliases=["华辰能源"], sources=[src0]),
            Organization(name="中共东岭市委员会", type="party_committee", aliases=["市委"], sources=[src0]),
            Organization(name="东岭农商银行", type="bank", sources=[src0]),
            Organization(name="东岭大学", type="university", sources=[src1]),
            Organization(name="东岭日报社", type="media", sources=[src1]),
            Organization(name="东岭市光伏协会", type="association", sources=[src1]),
            Organization(name="东岭储能实验室", type="lab", sources=[src1]),
            Organization(
                name="东岭高新技术产业开发区", type="development_zone", aliases=["东岭高新区"], sources=[src1]
            ),
        ],
        development_zones=[
            Zone(
                name="东岭高新技术产业开发区",
                city="东岭市",
                industries=["储能", "光伏"],
                members=["华辰能源集团有限公司"],
                sources=[src1],
            )
        ],
        agreements=[
            Agreement(
                kind="战略合作协议",
                parties=["东岭市人民政府", "华辰能源"],
                date="2024-05-06",
                fields=["氢能"],
                amount=Amount("50亿元", 5e9),
                witnesses=["韩立群"],
                source=src0,
            )
        ],
        events=[
            Event(
                kind="signing",
                summary="东岭市与华辰能源签约",
                date="2024-05-06",
                participants=["韩立群"],
                organizations=["东岭市人民政府"],
                hosts=["韩立群"],
                organizers=["东岭市人民政府"],
                location="东岭市",
                source=src0,
            ),
            Event(kind="groundbreaking", summary="东岭高新区项目开工", amount=Amount("12亿元", 1.2e9), source=src1),
        ],
    )
    return facts, text


@pytest.fixture(scope="module")
def full_graph() -> Graph:
    """The made-up page mapped and stored (with the ontology) in an in-memory store, as one rdflib graph."""
    kg = KnowledgeGraph.open("memory:")
    facts, text = full_page()
    mapped = map_page(facts, text, "made-up.txt")
    kg.store.replace([], mapped.quads)
    g = union_graph(kg)
    kg.close()
    return g


# ---------------------------------------------------------------- the ontology itself
def test_ontology_parses_and_is_an_owl_ontology(ontology: Graph) -> None:
    """kgqa.ttl parses and declares the ontology header."""
    assert (URIRef("https://kgqa.dev/ns"), RDF.type, OWL.Ontology) in ontology
    assert len(ontology) > 200


@pytest.mark.parametrize("name", kgqa_terms())
def test_every_kgqa_term_is_declared_with_zh_en_labels_and_comment(ontology: Graph, name: str) -> None:
    """Each term of kg/vocab.py's KGQA namespace is in kgqa.ttl, typed, labelled in zh and en, commented."""
    term = KG_NS[name]
    assert (term, RDF.type, None) in ontology, f"kgqa:{name} is not declared in ontology/kgqa.ttl"
    langs = {lbl.language for lbl in ontology.objects(term, RDFS.label) if isinstance(lbl, Literal)}
    assert {"zh", "en"} <= langs, f"kgqa:{name} lacks a zh or en rdfs:label (has {langs})"
    assert any(True for _ in ontology.objects(term, RDFS.comment)), f"kgqa:{name} has no rdfs:comment"


def test_ontology_declares_no_kgqa_term_the_code_does_not_know(ontology: Graph) -> None:
    """No stray or misspelt kgqa: terms in the ontology file (the reverse of the test above)."""
    declared = {str(s)[len(str(KG_NS)) :] for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(KG_NS))}
    assert declared - set(kgqa_terms()) == set()


def test_shapes_parse_and_every_shape_targets_a_class(shapes: Graph) -> None:
    """shapes.ttl parses; its node shapes target the classes the mapping writes."""
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in (
        SCHEMA.NewsArticle,
        SCHEMA.Person,
        SCHEMA.Organization,
        SCHEMA.GovernmentOrganization,
        SCHEMA.Corporation,
        KGQA.PartyCommittee,
        KGQA.Bank,
        KGQA.DevelopmentZone,
        ORG.Post,
        KGQA.Agreement,
        SCHEMA.Event,
        SCHEMA.MonetaryAmount,
        KGQA.Mention,
        KGQA.Page,
        KGQA.Industry,
        KGQA.Title,
        SCHEMA.AdministrativeArea,
        KGQA.EventKind,
    ):
        assert cls in targets, f"no shape targets {cls}"


def classes_in_data(g: Graph, ontology: Graph) -> set[URIRef]:
    """Classes of instances outside the ontology graph."""
    onto_subjects = set(ontology.subjects())
    return {o for s, o in g.subject_objects(RDF.type) if s not in onto_subjects}


# ---------------------------------------------------------------- graphs conform
def test_made_up_page_touching_every_class_conforms(full_graph: Graph, shapes: Graph, ontology: Graph) -> None:
    """A page with every kind of fact maps to a graph that conforms, and every class in it has a shape."""
    conforms, _, text = shacl(full_graph, shapes)
    assert conforms, text
    targets = set(shapes.objects(None, SH.targetClass))
    used = classes_in_data(full_graph, ontology)
    assert {ORG.Post, KGQA.Agreement, SCHEMA.Event, SCHEMA.MonetaryAmount, KGQA.DevelopmentZone} <= used
    assert used - targets == set(), f"classes written without a shape: {used - targets}"


@pytest.fixture(scope="module")
def corpus_graph() -> Graph:
    """The graph kgqa builds from ../shared/corpus (in memory), as one rdflib graph."""
    if not CORPUS:
        pytest.skip(f"no real pages: {SHARED / 'corpus'} is missing (it lives beside the repository)")
    kg = KnowledgeGraph.open("memory:")
    for path in CORPUS:
        kg.ingest_text(path.read_text(encoding="utf-8"), path.name)
    g = union_graph(kg)
    kg.close()
    return g


def test_graph_from_shared_corpus_conforms(corpus_graph: Graph, shapes: Graph, ontology: Graph) -> None:
    """The real pages' graph conforms to the shapes, and every class used in it has a shape."""
    assert len(list(corpus_graph.subjects(RDF.type, SCHEMA.NewsArticle))) >= len(CORPUS)
    conforms, _, text = shacl(corpus_graph, shapes)
    assert conforms, text
    used = classes_in_data(corpus_graph, ontology)
    assert used - set(shapes.objects(None, SH.targetClass)) == set()


# ---------------------------------------------------------------- broken graphs do not
def _focus_nodes(report: Graph) -> set:
    """The nodes a validation report complains about."""
    return set(report.objects(None, SH.focusNode))


class NodeOf(NamedTuple):
    """In a breakage: the graph's node of this class (not the class itself)."""

    cls: URIRef


# name -> (class of the node broken, how: remove / set / add, predicate, object: a term, None = any, or NodeOf)
BREAKAGES: dict[str, tuple[URIRef, str, URIRef, Any]] = {
    "post without holder": (ORG.Post, "remove", ORG.heldBy, None),
    "article date not xsd:date": (SCHEMA.NewsArticle, "set", KGQA.newsDate, Literal("5月6日")),
    "person as an agreement party": (KGQA.Agreement, "add", KGQA.party, NodeOf(SCHEMA.Person)),
    "event without kind": (SCHEMA.Event, "remove", KGQA.eventKind, None),
    "event with two kinds": (SCHEMA.Event, "add", KGQA.eventKind, KGQA.Training),
    "currency not ISO 4217": (SCHEMA.MonetaryAmount, "set", SCHEMA.currency, Literal("元")),
    "person with two names": (SCHEMA.Person, "add", RDFS.label, Literal("另一个名字")),
    "article outside a page": (SCHEMA.NewsArticle, "remove", SCHEMA.isPartOf, None),
    "zone not an organization": (KGQA.DevelopmentZone, "remove", RDF.type, SCHEMA.Organization),
    "provenance as text": (ORG.Post, "set", PROV.wasDerivedFrom, Literal("article 0")),
    "position as string": (SCHEMA.NewsArticle, "set", KGQA.position, Literal("0")),
    "amount with two values": (SCHEMA.MonetaryAmount, "add", SCHEMA.value, Literal(-1.0, datatype=XSD.double)),
}


def _copy(g: Graph) -> Graph:
    """A copy of the graph, to break."""
    c = Graph()
    for t in g:
        c.add(t)
    return c


def _broken(g: Graph, case: str) -> tuple[URIRef, Graph]:
    """A copy of a conforming graph broken as BREAKAGES[case] says, and the node that must be reported."""
    cls, how, predicate, obj = BREAKAGES[case]
    node = next(g.subjects(RDF.type, cls))
    if isinstance(obj, NodeOf):
        obj = next(g.subjects(RDF.type, obj.cls))
    c = _copy(g)
    getattr(c, how)((node, predicate, obj))
    return node, c


@pytest.mark.parametrize("case", list(BREAKAGES))
def test_broken_graph_does_not_conform(full_graph: Graph, shapes: Graph, case: str) -> None:
    """Each deliberate breakage makes validation fail, and the report names the broken node."""
    node, broken = _broken(full_graph, case)
    conforms, report, text = shacl(broken, shapes)
    assert not conforms, f"{case}: still conforms"
    assert node in _focus_nodes(report), f"{case}: {node} not reported\n{text}"


def test_warnings_are_reported_but_do_not_break_conformance(full_graph: Graph, shapes: Graph) -> None:
    """An agreement with no party is a warning: conforming with allow_warnings, reported all the same."""
    c = _copy(full_graph)
    agreement = next(c.subjects(RDF.type, KGQA.Agreement))
    c.remove((agreement, KGQA.party, None))
    conforms, report, _ = shacl(c, shapes)
    assert conforms
    assert (None, SH.resultSeverity, SH.Warning) in report
    assert agreement in _focus_nodes(report)
    strict, _, _ = validate(c, shacl_graph=shapes, allow_warnings=False, inference="none")
    assert not strict


def test_ontology_graph_is_loaded_once_into_its_own_named_graph(tmp_path: Path) -> None:
    """Opening a store twice does not duplicate the ontology; it sits in its own named graph."""
    kg = KnowledgeGraph.open(str(tmp_path / "s"))
    n = kg.store.quad_count()
    kg.close()
    kg = KnowledgeGraph.open(str(tmp_path / "s"))
    assert kg.store.quad_count() == n
    res = kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ONTOLOGY_GRAPH})
    from kgqa.kg.summary import KEYS

    assert int(res.rows[0]["n"].value) == n - len(KEYS) > 0  # the rest: the summary graph of counts
    kg.close()


def test_names_with_stray_spaces_make_one_node_with_one_label(shapes: Graph) -> None:
    """The same name written with and without surrounding spaces is one entity with one clean label."""
    facts, text = full_page()
    facts.persons.append(Person(name=" 韩立群 ", sources=[Source(article=1, sentence="韩立群出席。")]))
    facts.organizations.append(
        Organization(
            name="东岭市人民政府 ", type="government", sources=[Source(article=1, sentence="东岭市人民政府主办。")]
        )
    )
    kg = KnowledgeGraph.open("memory:")
    kg.store.replace([], map_page(facts, text, "made-up.txt").quads)
    g = union_graph(kg)
    kg.close()
    conforms, _, report = shacl(g, shapes)
    assert conforms, report
    assert len([s for s in g.subjects(RDF.type, SCHEMA.Person) if "%E9%9F%A9" in str(s)]) == 1


def test_every_type_the_ui_shows_is_labelled_in_the_ontology() -> None:
    """The type chips' words come from ontology/kgqa.ttl: each class browse may show has a zh and an en label."""
    from kgqa.kg.browse import TYPE_ORDER, type_label
    from kgqa.kg.vocab import class_labels

    missing = [iri for iri in TYPE_ORDER if iri not in class_labels()]
    assert not missing, f"classes without rdfs:label @zh and @en in ontology/kgqa.ttl: {missing}"
    assert type_label(["https://schema.org/Organization", "https://kgqa.dev/ns#Bank"])["zh"] == "银行"  # most specific
