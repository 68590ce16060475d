"""The answerer's index follows the graph page by page: after each ingest it is refreshed for that page only,
and answers exactly as an answerer built from scratch on the same graph."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.ingest import read_path
from kgqa.kg.mapping import map_page
from kgqa.kg.qa import QuestionAnswerer, load_templates

from test_qa_answers import _page

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _index_view(qa: QuestionAnswerer) -> tuple:
    """What the index knows, order aside: names and their refs, entities, posts, facts and their words."""
    ix = qa.index
    facts = tuple({iri: (idx.labels[i], frozenset(idx.grams[i]), idx.body[i], frozenset(idx.ents[i]))
                   for iri, i in idx.by_iri.items()} for idx in (ix.events, ix.agreements, ix.articles))
    return ({text: {k: set(refs) for k, refs in kinds.items()} for text, kinds in ix.surfaces.items()},
            ix.generic, {iri: (e.label, e.kinds, e.org_type) for iri, e in ix.entities.items()},
            {role: set(orgs) for role, orgs in ix.role_orgs.items()}, set(ix.locales), facts)


def _questions() -> list[str]:
    out = [e for t in load_templates().values() for e in t.examples]
    for path in sorted((SHARED / "gold").glob("*.gold.yaml")) + sorted((SHARED / "dev" / "gold").glob("*.gold.yaml")):
        out += [item["q"] for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("qa") or []]
    return out


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside the repository")
def test_page_by_page_refresh_answers_as_a_full_rebuild():
    pages = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "dev" / "corpus").glob("*.txt"))
    kg = KnowledgeGraph.open("memory:")
    first = kg.qa()
    for path in pages:
        item = read_path(path)
        kg.ingest_text(item.text, item.name)
        assert kg.qa() is first, "a new page made the answerer rebuild instead of refresh"
    full = QuestionAnswerer(kg)
    assert _index_view(first) == _index_view(full)
    # the names of the last page are found through the refresh's second automaton
    assert first.index.delta is not None or not first.index._delta_words
    for q in _questions():
        assert first.answer(q).to_json() == full.answer(q).to_json(), q


def test_a_new_city_page_is_found_and_its_short_forms_link():
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(_page("甲乙", "张三", "李四", ["王五"]), "p0", "p0.txt"))
    qa = kg.qa()
    assert {a["label"] for a in kg.ask("甲乙市市长是谁？").answers} == {"张三"}
    kg.write_page(map_page(_page("丙丁", "周七", "吴八", ["郑九"]), "p1", "p1.txt"))
    assert {a["label"] for a in kg.ask("丙丁市市长是谁？").answers} == {"周七"}
    assert kg.qa() is qa
    # 市长 alone now names two cities' mayors: candidates, as a rebuilt index gives
    got, rebuilt = kg.ask("市长是谁？"), QuestionAnswerer(kg).answer("市长是谁？")
    assert got.answers == [] and got.to_json() == rebuilt.to_json()
    assert {a["label"] for a in kg.ask("哪些人在丙丁市人民政府任职？").answers} == {"周七", "郑九"}


def test_writes_the_answerer_cannot_follow_make_it_rebuild():
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(_page("甲乙", "张三", "李四", []), "p0", "p0.txt"))
    qa = kg.qa()
    kg.write_page(map_page(_page("甲乙", "赵六", "李四", []), "p0", "p0.txt"))     # the same page again
    assert kg.qa() is not qa
    assert {a["label"] for a in kg.ask("甲乙市市长是谁？").answers} == {"赵六"}
    qa = kg.qa()
    kg.store.replace([], map_page(_page("丙丁", "周七", "吴八", []), "p1", "p1.txt").quads)   # unrecorded write
    kg.generation += 1
    assert kg.qa() is not qa and {a["label"] for a in kg.ask("丙丁市市长是谁？").answers} == {"周七"}
