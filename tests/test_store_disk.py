"""The embedded store on disk after a write is its data: no write-ahead log its flush made obsolete is left behind
(RocksDB deletes those only when it next opens the store; after a 1,000-page ingest they were 180 of 261 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.store import STAMP_FILE, STAMP_WIDTH, open_store
from rdflib import Literal, URIRef


def _logs(path: Path) -> int:
    """Bytes of the store's write-ahead logs (RocksDB's NNNNNN.log files, not its LOG text file)."""
    return sum(f.stat().st_size for f in path.glob("*.log"))


@pytest.mark.parametrize("graphs", [pytest.param(1, id="one-write"), pytest.param(40, id="forty-writes")])
def test_no_obsolete_log_is_left_after_writes(tmp_path: Path, graphs: int) -> None:
    path = tmp_path / "store"
    store = open_store(str(path))
    for g in range(graphs):
        quads = [
            (URIRef(f"https://kgqa.dev/id/x/{g}/{i}"), URIRef("https://kgqa.dev/ns#note"), Literal("虚构" * 40), None)
            for i in range(200)
        ]
        store.replace(
            [URIRef(f"https://kgqa.dev/graph/made-up-{g}")],
            [(s, p, o, URIRef(f"https://kgqa.dev/graph/made-up-{g}")) for s, p, o, _ in quads],
        )
    store.close()
    assert _logs(path) < 4096, _logs(path)
    again = open_store(str(path), read_only=True)
    assert again.quad_count() == 200 * graphs
    again.close()


def _write_one(store, g: int) -> None:
    """One small write to a made-up graph."""
    graph = URIRef(f"https://kgqa.dev/graph/made-up-{g}")
    store.replace([graph], [(URIRef("https://kgqa.dev/id/x/1"), URIRef("https://kgqa.dev/ns#n"), Literal(g), graph)])


@pytest.mark.parametrize(
    "before",
    [
        pytest.param(None, id="new-store"),
        pytest.param(b"", id="empty-file"),
        pytest.param(b"writing-cut-short", id="write-cut-short"),
        pytest.param(b"f" * 200 + b"\n", id="longer-foreign-file"),
    ],
)
def test_the_write_stamp_is_one_token_of_a_fixed_size_after_each_write(tmp_path: Path, before: bytes | None) -> None:
    """The stamp file is written in place (never truncated per write): after any earlier content it holds the
    new token only, a new one per write, which a read-only reader sees."""
    path = tmp_path / "store"
    if before is not None:
        path.mkdir()
        (path / STAMP_FILE).write_bytes(before)
    store = open_store(str(path))
    seen = set()
    for g in range(3):
        _write_one(store, g)
        stamp = store.write_stamp()
        assert stamp is not None and len(stamp) == 32 and stamp not in seen
        assert (path / STAMP_FILE).stat().st_size == STAMP_WIDTH
        seen.add(stamp)
    store.close()
    reader = open_store(str(path), read_only=True)
    assert reader.write_stamp() == stamp
    reader.close()


def test_a_flush_that_releases_keeps_the_store_open_for_writes_and_its_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`flush(release=True)` (an ingest's, to drop RocksDB's read caches) reopens the same store: what was written
    stays, writes go on, another writer is still refused, and the stamp is the one of the last write."""
    import pyoxigraph as ox

    path = tmp_path / "store"
    store = open_store(str(path))
    _write_one(store, 0)
    opened: list[str] = []
    real = ox.Store
    monkeypatch.setattr(ox, "Store", lambda *a: opened.append(str(a[0])) or real(*a))
    store.flush(release=True)
    monkeypatch.undo()
    assert opened == [str(path)]
    _write_one(store, 1)
    stamp = store.write_stamp()
    with pytest.raises(Exception, match="(?i)lock"):
        open_store(str(path))
    assert store.quad_count() == 2
    store.close()
    again = open_store(str(path), read_only=True)
    assert again.write_stamp() == stamp
    assert sorted(again.values("https://kgqa.dev/id/x/1", "https://kgqa.dev/ns#n")) == ["0", "1"]
    again.close()
