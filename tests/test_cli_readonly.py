"""Issue 12 item 4: the read commands open the store read-only, so they work while another process (such as
`kgqa serve`) holds it; ingest still gets the clear lock message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kgqa.kg.graph import KnowledgeGraph

KGQA = [sys.executable, "-m", "kgqa.cli"]
PAGE = "本报讯 记者王小明报道：3月1日，市长赵大山在新区调研。\n"


def kgqa(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI on `store`."""
    return subprocess.run([*KGQA, "--store", str(store), *args], capture_output=True, text=True, timeout=120)


def test_read_commands_work_while_another_process_holds_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg = KnowledgeGraph.open(str(store))  # holds the lock, like `kgqa serve`
    try:
        kg.ingest_text(PAGE, "a.txt")
        held = [
            kgqa(store, "stats", "--json"),
            kgqa(store, "sparql", "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
            kgqa(store, "export"),
            kgqa(store, "dump", "--format", "nquads"),
        ]
        (tmp_path / "b.txt").write_text(PAGE.replace("王小明", "李小红"), encoding="utf-8")
        ingest = kgqa(store, "ingest", str(tmp_path / "b.txt"))
        want_quads = kg.store.quad_count()
    finally:
        kg.close()
    for res in held:
        assert res.returncode == 0, res.stderr
    stats = json.loads(held[0].stdout)
    assert stats["quads"] == want_quads and stats["articles"] == 1
    n = json.loads(held[1].stdout)["results"]["bindings"][0]["n"]["value"]
    assert int(n) == want_quads
    assert held[0].stdout == kgqa(store, "stats", "--json").stdout  # same counts once it is released
    assert ingest.returncode != 0 and "kgqa serve" in ingest.stderr and "Traceback" not in ingest.stderr


def test_stats_of_a_new_location_reads_an_empty_graph_and_creates_nothing(tmp_path: Path) -> None:
    res = kgqa(tmp_path / "fresh", "stats", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["articles"] == 0
    assert not (tmp_path / "fresh").exists()  # issue 14: read-only commands never write
