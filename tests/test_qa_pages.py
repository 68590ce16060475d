"""Big answers a page at a time (kg/qa/pages.py): pages of the kept whole answer, never of an older graph.

Pages are made-up city papers (test_qa_answers._page)."""

from __future__ import annotations

from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa.shape import page_of
from test_qa_answers import _page

Q = "青岚市副市长是谁？"


def _write(kg: KnowledgeGraph, deputies: list[str], key: str) -> None:
    kg.write_page(map_page(_page("青岚", "林海峰", "周文", deputies), key, f"{key}.txt"))


def test_pages_are_the_whole_answer_in_order() -> None:
    kg = KnowledgeGraph.open("memory:")
    _write(kg, ["陈立", "吴江", "赵岩"], "one")
    whole = kg.ask(Q).answers
    assert len(whole) == 3
    pages = kg.qa().pages
    got = [pages.answer(Q, offset, 2) for offset in (0, 2)]
    assert [a for p in got for a in p.answers] == whole
    assert [p.page for p in got] == [
        {"offset": 0, "limit": 2, "total": 3, "rest": 1, "next": 2},
        {"offset": 2, "limit": 2, "total": 3, "rest": 0, "next": None},
    ]
    assert pages.answer(Q, 0, 3).page is None and page_of(kg.ask(Q), 0, None).page is None


def test_a_kept_answer_is_not_served_after_the_graph_changed() -> None:
    """A page written after the answer was kept adds a deputy: the next page request sees it."""
    kg = KnowledgeGraph.open("memory:")
    _write(kg, ["陈立", "吴江", "赵岩"], "one")
    assert kg.qa().pages.answer(Q, 0, 2).page["total"] == 3
    _write(kg, ["孙浩"], "two")
    got = kg.qa().pages.answer(Q, 0, 2)
    assert got.page["total"] == 4 and "孙浩" in {a["label"] for a in kg.ask(Q).answers}


def test_a_slow_answer_is_made_once_per_graph(monkeypatch) -> None:
    """An answer slower than SLOW to make is kept (the busiest person's posts, asked by many clients): asked again,
    it is not made again, until a page is written."""
    from kgqa.kg.qa import pages as pages_module

    kg = KnowledgeGraph.open("memory:")
    _write(kg, ["陈立"], "one")
    qa = kg.qa()
    made: list[str] = []
    answer = qa.answer

    def counted(question: str):
        made.append(question)
        return answer(question)

    monkeypatch.setattr(qa, "answer", counted)
    monkeypatch.setattr(pages_module, "SLOW", -1.0)  # every answer counts as slow
    first = kg.qa().pages.answer(Q)
    assert kg.qa().pages.answer(Q).answers == first.answers and made == [Q]
    _write(kg, ["孙浩"], "two")
    assert "孙浩" in {a["label"] for a in kg.qa().pages.answer(Q).answers}


def test_a_quick_answer_is_not_kept(monkeypatch) -> None:
    from kgqa.kg.qa import pages as pages_module

    kg = KnowledgeGraph.open("memory:")
    _write(kg, ["陈立"], "one")
    monkeypatch.setattr(pages_module, "SLOW", 3600.0)
    kg.qa().pages.answer(Q)
    assert not kg.qa().pages._kept
