"""kg.graph.KnowledgeGraph: behaviour of the facade beyond the CLI contract."""

from __future__ import annotations

import io
import json

from kgqa.kg.graph import KnowledgeGraph


def _jsonld(kg: KnowledgeGraph) -> bytes:
    buf = io.BytesIO()
    kg.dump(buf, "jsonld")
    return buf.getvalue()


def test_jsonld_dump_is_reused_until_the_graph_changes():
    kg = KnowledgeGraph.open("memory:")
    kg.ingest_text("本报讯 记者张三报道：3月1日，市委书记李四到某县调研。", "a.txt")
    first = _jsonld(kg)
    assert _jsonld(kg) == first
    kg.ingest_text("本报讯 记者王五报道：3月2日，市长赵六主持召开会议。", "b.txt")
    second = _jsonld(kg)
    assert second != first
    text = json.dumps(json.loads(second), ensure_ascii=False)
    assert "赵六" in text and "李四" in text
