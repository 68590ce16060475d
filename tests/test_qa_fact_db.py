"""The fact indexes in their SQLite file (kg/qa/fact_db.py) find, rank and score what the same facts in memory do.

Facts are made-up events of invented towns; each search of the table is run on one FactIndex holding every
fact, on the file holding them all, and on the file holding the first half with the rest in memory.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.qa.fact_db import _TABLES, DiskFacts, FactDB, Facts
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


LOST = [  # what a process appended after chunk 1 and never saved (killed before its index named the chunk)
    pytest.param(None, id="nothing-past"),
    pytest.param("facts", id="a-chunk-of-facts"),
    pytest.param("names", id="a-chunk-of-names-only"),
    pytest.param("both", id="a-chunk-of-facts-and-names"),
    pytest.param("two", id="two-chunks"),
]


@pytest.mark.parametrize("lost", LOST)
def test_an_append_drops_what_was_appended_past_it(tmp_path: Path, lost: str | None) -> None:
    """The file after appends 1, (lost ones), 2-after-1 holds, table by table, what the file of 1 and 2 alone holds."""
    facts, bodies = _facts(), _bodies()

    def part(a: int, b: int) -> FactIndex:
        idx = FactIndex()
        _fill(idx, facts[a:b], bodies)
        return idx

    def made(path: Path, lost: str | None) -> FactDB:
        db = FactDB(path, create=True)
        one = db.append({"events": part(0, 9)}, 0, {"surfaces": [("甲市", b"1")]})
        for after in range(one, one + (2 if lost == "two" else 1 if lost else 0)):
            gone = {} if lost == "names" else {"events": part(9, 12), "agreements": part(12, 14)}
            db.append(
                gone, after, None if lost == "facts" else {"surfaces": [("乙县", b"2")], "titles": [("丙", b"3")]}
            )
        assert db.append({"events": part(12, len(facts))}, one, {"surfaces": [("甲市", b"4")]}) == one + 1
        return db

    def rows(db: FactDB) -> dict[str, list[tuple]]:
        return {table: sorted(db.rows(f"SELECT * FROM {table}"), key=repr) for table in _TABLES}  # noqa: S608

    assert rows(made(tmp_path / "a.facts.db", lost)) == rows(made(tmp_path / "b.facts.db", None))
