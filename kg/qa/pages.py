"""Big answers a page at a time: the whole answer of a question is made once per graph generation and kept
(the last few that took more than a page, or more than SLOW seconds to make), and each page is cut from it
(`shape.page_of`). A slow answer is one about the busiest entity of a big graph (its newest 200 facts and their
sources: ~30 ms at 100,000 pages, bench/README.md); asked again before the graph changes, it is not made again.
The answerer belongs to one state of the store (`KnowledgeGraph.qa` makes a new one when another process wrote
it), so a kept answer is never of an older graph.

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> from kgqa.kg.qa import QuestionAnswerer
    >>> QuestionAnswerer(KnowledgeGraph.open("memory:")).pages.answer("谁", offset=0, limit=10).page is None
    True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lru import SlowResults
from .shape import PAGE, Answer, page_of

if TYPE_CHECKING:
    from .engine import QuestionAnswerer

KEEP = 32  # whole answers kept: those longer than a page (their next page will be asked for) or slow to make
SLOW = 0.01  # seconds: an answer made slower than this is kept


class AnswerPages:
    """Pages of one answerer's answers (thread-safe: the web server asks from several threads)."""

    def __init__(self, qa: QuestionAnswerer) -> None:
        self.qa = qa
        self._kept = SlowResults(KEEP, SLOW)  # per graph generation

    def answer(self, question: str, offset: int = 0, limit: int | None = PAGE) -> Answer:
        """A page of the answer to a free-text question."""
        return self._paged(("q", question), lambda: self.qa.answer(question), offset, limit)

    def answer_template(
        self, template_id: str, slots: dict[str, str], offset: int = 0, limit: int | None = PAGE
    ) -> Answer:
        """A page of the answer of a template with its slots filled."""
        key = ("t", template_id, tuple(sorted(slots.items())))
        return self._paged(key, lambda: self.qa.answer_template(template_id, slots), offset, limit)

    def clear(self) -> None:
        """Forget every kept answer (the next asks make theirs again)."""
        self._kept.clear()

    def _paged(self, key: tuple, make: Callable[[], Answer], offset: int, limit: int | None) -> Answer:
        """The page of the kept answer, or of one made now (kept when it takes more than a page or SLOW seconds)."""
        page = limit or 0  # no limit: the whole answer is one page, kept only when slow
        got = self._kept.get(key, self.qa.generation, make, keep=lambda a: 0 < page < len(a.answers), slow=SLOW)
        return page_of(got, offset, limit)
