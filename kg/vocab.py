"""Vocabularies as typed namespaces: the project's own (`KGQA`) and the reused ones.

Every term of `KGQA` is declared in ontology/kgqa.ttl (a test checks it).

    >>> str(KGQA.Agreement)
    'https://kgqa.dev/ns#Agreement'
"""

from __future__ import annotations

from functools import cache, lru_cache
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://kgqa.dev/"
SCHEMA = Namespace("https://schema.org/")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
ENTITY_GRAPH = URIRef(BASE + "graph/entities")


class KGQA(DefinedNamespace):
    """Terms minted by kgqa (https://kgqa.dev/ns#)."""

    _NS = Namespace("https://kgqa.dev/ns#")
    _fail = True

    # classes
    PartyCommittee: URIRef
    Bank: URIRef
    DevelopmentZone: URIRef
    Lab: URIRef
    Association: URIRef
    Agreement: URIRef
    Mention: URIRef
    Page: URIRef
    Industry: URIRef
    Title: URIRef
    EventKind: URIRef
    # schemes and event kinds
    Industries: URIRef
    Titles: URIRef
    EventKinds: URIRef
    Signing: URIRef
    Talks: URIRef
    Meeting: URIRef
    Inspection: URIRef
    Visit: URIRef
    Groundbreaking: URIRef
    Training: URIRef
    Award: URIRef
    Launch: URIRef
    OtherEvent: URIRef
    # properties
    eventKind: URIRef
    host: URIRef
    involves: URIRef
    amount: URIRef
    asWritten: URIRef
    party: URIRef
    witness: URIRef
    field: URIRef
    agreementKind: URIRef
    signedOn: URIRef
    industry: URIRef
    city: URIRef
    hasMember: URIRef
    locatedIn: URIRef
    title: URIRef
    statedOn: URIRef
    sentence: URIRef
    mentionOf: URIRef
    orgType: URIRef
    firstWords: URIRef
    newsDate: URIRef
    position: URIRef
    locale: URIRef
    sourceName: URIRef
    startOffset: URIRef
    endOffset: URIRef


EVENT_KIND_TERMS: dict[str, URIRef] = {
    "signing": KGQA.Signing,
    "talks": KGQA.Talks,
    "meeting": KGQA.Meeting,
    "inspection": KGQA.Inspection,
    "visit": KGQA.Visit,
    "groundbreaking": KGQA.Groundbreaking,
    "training": KGQA.Training,
    "award": KGQA.Award,
    "launch": KGQA.Launch,
    "other": KGQA.OtherEvent,
}

ORG_TYPE_CLASSES: dict[str, URIRef] = {
    "government": SCHEMA.GovernmentOrganization,
    "party_committee": KGQA.PartyCommittee,
    "company": SCHEMA.Corporation,
    "bank": KGQA.Bank,
    "development_zone": KGQA.DevelopmentZone,
    "university": SCHEMA.CollegeOrUniversity,
    "lab": KGQA.Lab,
    "media": SCHEMA.NewsMediaOrganization,
    "association": KGQA.Association,
    "other": SCHEMA.Organization,
}

PREFIXES: dict[str, str] = {
    "kgqa": str(KGQA),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
    "id": str(ID),
}
PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())  # the PREFIX lines of every query kgqa writes


def entity_iri(kind: str, name: str) -> URIRef:
    """A stable IRI for an entity from its kind and canonical name.

    >>> entity_iri("person", "陈向阳")
    rdflib.term.URIRef('https://kgqa.dev/id/person/%E9%99%88%E5%90%91%E9%98%B3')
    """
    return ID[f"{kind}/{quote(name.strip(), safe='')}"]


__all__ = [
    "KGQA",
    "SCHEMA",
    "ORG",
    "PROV",
    "SKOS",
    "FOAF",
    "RDF",
    "RDFS",
    "XSD",
    "DCTERMS",
    "ID",
    "GRAPH",
    "ONTOLOGY_GRAPH",
    "ENTITY_GRAPH",
    "EVENT_KIND_TERMS",
    "ORG_TYPE_CLASSES",
    "PREFIXES",
    "entity_iri",
    "org_kinds",
]


def _ontology_graph() -> Graph:
    """The ontology (ontology/kgqa.ttl) as an rdflib graph, without the shapes."""
    from ..ontology import ontology_files

    graph = Graph()
    graph.parse(ontology_files(include_shapes=False)[0], format="turtle")
    return graph


@cache
def org_kinds(org_type: str) -> frozenset[str]:
    """The organisation types a reader counts as `org_type`: it and those whose class is a subclass of its class.

    >>> sorted(org_kinds("company"))
    ['bank', 'company']
    """
    top = ORG_TYPE_CLASSES.get(org_type)
    if top is None:
        return frozenset({org_type})
    graph = _ontology_graph()
    return frozenset(t for t, cls in ORG_TYPE_CLASSES.items() if top in graph.transitive_objects(cls, RDFS.subClassOf))


@lru_cache(maxsize=1)
def class_labels() -> dict[str, dict[str, str]]:
    """The ontology's rdfs:labels of its classes (and of the reused ones it labels): IRI -> {"zh", "en"}.

    >>> class_labels()["https://schema.org/Person"]
    {'zh': '人物', 'en': 'person'}
    """
    graph = _ontology_graph()
    labels: dict[str, dict[str, str]] = {}
    for subject, label in graph.subject_objects(RDFS.label):
        lang = getattr(label, "language", None)
        if isinstance(subject, URIRef) and lang in ("zh", "en"):
            labels.setdefault(str(subject), {})[lang] = str(label)
    return {iri: pair for iri, pair in labels.items() if len(pair) == 2}
