"""kg.graph.KnowledgeGraph: behaviour of the facade beyond the CLI contract."""

from __future__ import annotations

import io
import json

import pytest
from kgqa.kg.graph import KnowledgeGraph


def _dump(kg: KnowledgeGraph, fmt: str = "jsonld") -> bytes:
    buf = io.BytesIO()
    kg.dump(buf, fmt)
    return buf.getvalue()


def _counting_dumps(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The formats the store itself is asked to serialize from now on (a dump served from memory is not)."""
    made: list[str] = []
    real = kg.store.dump

    def dump(out, fmt="trig"):
        made.append(fmt)
        real(out, fmt)

    monkeypatch.setattr(kg.store, "dump", dump)
    return made


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nt", "nquads", "jsonld"])
@pytest.mark.parametrize("location", ["memory:", "disk"])
def test_a_dump_is_kept_until_the_graph_changes(fmt: str, location: str, tmp_path, monkeypatch) -> None:
    """The same dump again is written from memory, not serialized again; an ingest makes the next one anew."""
    kg = KnowledgeGraph.open(str(tmp_path / "store") if location == "disk" else location)
    kg.ingest_text("本报讯 记者张三报道：3月1日，市委书记李四到某县调研。", "a.txt")
    made = _counting_dumps(kg, monkeypatch)
    first = _dump(kg, fmt)
    assert _dump(kg, fmt) == first and made == [fmt]
    kg.ingest_text("本报讯 记者王五报道：3月2日，市长赵六主持召开会议。", "b.txt")
    second = _dump(kg, fmt)
    assert made == [fmt, fmt] and second != first
    assert _dump(kg, fmt) == second and made == [fmt, fmt]


def test_a_dump_of_an_unknown_state_or_too_big_is_made_each_time(tmp_path, monkeypatch) -> None:
    """A persistent store whose write stamp is unknown (another process writing) keeps no dump; nor is a dump
    bigger than DUMP_CACHE_BYTES kept (it still comes whole)."""
    kg = KnowledgeGraph.open(str(tmp_path / "store"))
    kg.ingest_text("本报讯 记者张三报道：3月1日，市委书记李四到某县调研。", "a.txt")
    made = _counting_dumps(kg, monkeypatch)
    whole = _dump(kg, "nt")
    monkeypatch.setattr(kg.store, "write_stamp", lambda: None)
    assert _dump(kg, "nt") == whole and _dump(kg, "nt") == whole and made == ["nt", "nt", "nt"]
    monkeypatch.undo()
    made = _counting_dumps(kg, monkeypatch)
    monkeypatch.setattr("kgqa.kg.graph.DUMP_CACHE_BYTES", len(whole) - 1)
    assert _dump(kg, "trig") == _dump(kg, "trig") and made == ["trig", "trig"]


def test_jsonld_dump_names_both_pages_after_a_second_ingest():
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text("本报讯 记者张三报道：3月1日，市委书记李四到某县调研。", "a.txt")
    _dump(kg)
    kg.ingest_text("本报讯 记者王五报道：3月2日，市长赵六主持召开会议。", "b.txt")
    second = _dump(kg)
    text = json.dumps(json.loads(second), ensure_ascii=False)
    assert "赵六" in text and "李四" in text
