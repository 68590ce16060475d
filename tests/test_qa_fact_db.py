"""The fact indexes in their SQLite file (kg/qa/fact_db.py) find, rank and score what the same facts in memory do.

Facts are made-up events of invented towns; each search of the table is run on one FactIndex holding every
fact, on the file holding them all, and on the file holding the first half with the rest in memory.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.qa.fact_db import DiskFacts, FactDB, Facts
from kgqa.kg.qa.fact_index import FactIndex, bigrams

TOWNS = ["青岚", "白沙", "翠湖", "金川", "石桥", "云溪"]
ACTS = ["召开调度会", "签约仪式", "开工建设", "调研走访", "举办招聘会"]


def _facts() -> list[tuple[str, str, str, list[str]]]:
    """(iri, name, article, entities) of made-up events, several per article."""
    out = []
    for n, town in enumerate(TOWNS):
        for m, act in enumerate(ACTS):
            if (n + m) % 3 == 0:
                continue
            ents = [f"urn:town/{town}"] + ([f"urn:person/{n % 2}"] if m % 2 else [])
            out.append((f"urn:event/{n}-{m}", f"{town}市{act}", f"urn:article/{n}", ents))
    return out


def _bodies() -> dict[str, frozenset[str]]:
    return {
        f"urn:article/{n}": frozenset(bigrams(f"{town}市今年推进重点项目{town}新区建设"))
        for n, town in enumerate(TOWNS)
    }


def _fill(idx, facts, bodies) -> None:
    for iri, name, article, ents in facts:
        idx.add_text(iri, name, name=True)
        idx.add_text(iri, "活动")
        idx.set_body(iri, bodies[article])
        for e in ents:
            idx.add_entity(iri, e)
    idx.freeze()


def _on_disk(tmp_path: Path, facts, bodies, split: int) -> Facts:
    """The facts, the first `split` written to a file, the rest in memory."""
    first = FactIndex()
    _fill(first, facts[:split], bodies)
    db = FactDB(tmp_path / "facts.db", create=True)
    chunk = db.append({"events": first}, 0)
    out = Facts(DiskFacts(db, "events", chunk))
    _fill(out, facts[split:], bodies)
    return out


SEARCHES = [
    pytest.param("调度会", set(), id="own-words"),
    pytest.param("青岚市签约仪式", set(), id="town-and-act"),
    pytest.param("重点项目", set(), id="article-words-only"),
    pytest.param("新区建设开工", {"urn:town/白沙"}, id="words-and-entity"),
    pytest.param("调研", {"urn:person/1"}, id="entity-in-many-facts"),
    pytest.param("活动", set(), id="a-word-of-every-fact"),
    pytest.param("不存在的说法", set(), id="nothing"),
]


@pytest.mark.parametrize(("text", "entities"), SEARCHES)
@pytest.mark.parametrize("split", [pytest.param(None, id="all-in-file"), pytest.param(11, id="file-and-memory")])
def test_the_file_ranks_as_memory_does(tmp_path: Path, text: str, entities: set[str], split: int | None) -> None:
    facts, bodies = _facts(), _bodies()
    memory = FactIndex()
    _fill(memory, facts, bodies)
    disk = _on_disk(tmp_path, facts, bodies, len(facts) if split is None else split)
    names = {"青岚": {"urn:town/青岚"}}
    for limit in (30, 3):
        assert disk.search(text, entities, limit, names) == memory.search(text, entities, limit, names)
    assert len(disk) == len(memory)


def test_the_file_reads_one_fact_as_memory_does(tmp_path: Path) -> None:
    facts, bodies = _facts(), _bodies()
    memory = FactIndex()
    _fill(memory, facts, bodies)
    disk = _on_disk(tmp_path, facts, bodies, 9)
    for iri, name, _, ents in facts:
        assert disk.has(iri) and disk.label_of(iri) == name
        for text in ("调度会", "重点项目", name):
            assert disk.own_cover(iri, text) == memory.own_cover(iri, text)
            assert disk.own_cover(iri, text, name_only=True) == memory.own_cover(iri, text, name_only=True)
            assert disk.text_cover(iri, text) == memory.text_cover(iri, text)
    assert not disk.has("urn:event/none") and disk.label_of("urn:event/none") is None
    assert disk.sample_labels(5) == sorted(memory.labels)[:5]
    linked = {iri for iri, *_, ents in facts if "urn:town/白沙" in ents}
    assert len(disk.by_entity.get("urn:town/白沙", ())) == len(linked)
    assert disk.by_entity.get("urn:town/none", ()) == ()
