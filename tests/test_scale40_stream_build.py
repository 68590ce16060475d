"""A build of the question index from the whole graph streams (issue 13, session 40).

Session 39: `save_qa(build=True)` at the end of an ingest that kept no index built it from 77,000 pages in
Python memory (kg/qa/index.py `GraphIndex._build` -> `Facts.add_text`: 11 GB in 2 minutes). A store with a place
for files now builds the fact indexes STREAM_PAGES pages at a time, flushing each batch to the fact file as an
ingest does (saved.py `flush_facts`), so that memory holds the names part and one batch; the index built is the
one an ingest keeps, in answers. Pages are made up (test_qa_answers._page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.qa import QuestionAnswerer, saved
from kgqa.kg.qa import index as index_module
from kgqa.kg.qa.index import GraphIndex
from test_qa_incremental import _index_view
from test_qa_saved import _mapped, _mayor, _posts

CITIES = (("青岚", "林海峰"), ("白沙", "周文"), ("翠湖", "陈立"), ("金川", "吴江"), ("石门", "郑远"))


def _store(path: Path, keep: bool) -> KnowledgeGraph:
    """CITIES written into a new store; with `keep`, its index kept as an ingest keeps it (a refresh and a
    flush after every second page, saved at the end); else none saved."""
    kg = KnowledgeGraph.open(str(path))
    if keep:
        kg.keep_qa()
        kg.flush_qa()
    for n, city in enumerate(CITIES, 1):
        kg.write_page(_mapped(*city))
        if keep:
            kg.catch_up_qa()
            if n % 2 == 0:
                assert kg.flush_qa()
    if keep:
        assert kg.save_qa(build=False)
    return kg


@pytest.fixture
def flushes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Each flush of the facts during a build: (articles, events) the index held in memory then."""
    seen: list[tuple[int, int]] = []
    real = saved.flush_facts

    def counted(index: GraphIndex, store: object) -> bool:
        seen.append((len(index.articles.mem), len(index.events.mem)))
        return real(index, store)

    monkeypatch.setattr(saved, "flush_facts", counted)
    monkeypatch.setattr(index_module, "STREAM_PAGES", 2, raising=False)
    return seen


@pytest.mark.parametrize(
    ("pages", "batches"),
    [
        pytest.param(1, 1, id="one-page"),
        pytest.param(5, 3, id="five-pages-in-batches-of-two"),
    ],
)
def test_a_build_takes_the_facts_in_by_batches_of_pages(
    tmp_path: Path, flushes: list[tuple[int, int]], pages: int, batches: int
) -> None:
    kg = KnowledgeGraph.open(str(tmp_path / "store"))
    for city in CITIES[:pages]:
        kg.write_page(_mapped(*city))
    built = saved.build_index(kg.store)
    # the names part first (in batches of its own since scale43: no facts then), then each batch of facts
    names = flushes.index(next(f for f in flushes if f != (0, 0)))
    assert names >= 1 and len(flushes) == batches + names
    assert all(0 < articles <= 2 for articles, _ in flushes[names:])
    assert built.on_disk() and built.stamp == kg.store.write_stamp()
    whole = QuestionAnswerer(kg, index=GraphIndex(kg.store))  # everything in memory, as before
    assert _index_view(QuestionAnswerer(kg, index=built)) == _index_view(whole)
    kg.close()


def test_an_index_built_from_the_whole_graph_answers_as_one_kept_by_an_ingest(
    tmp_path: Path, flushes: list[tuple[int, int]]
) -> None:
    """`kgqa ask` on a store whose ingest kept no index builds it (streamed) and answers as the store whose
    ingest kept one."""
    _store(tmp_path / "kept", keep=True).close()
    _store(tmp_path / "built", keep=False).close()
    kept = KnowledgeGraph.open(str(tmp_path / "kept"), read_only=True)
    built = KnowledgeGraph.open(str(tmp_path / "built"), read_only=True)
    names = {mayor: True for _, mayor in CITIES}
    assert _posts(built, names) == _posts(kept, names) == names and sum(f != (0, 0) for f in flushes) == 3
    assert [_mayor(built, c) for c, _ in CITIES] == [_mayor(kept, c) for c, _ in CITIES] == [[m] for _, m in CITIES]
    assert _index_view(built.qa()) == _index_view(kept.qa())
    kept.close()
    built.close()
