"""The answerer's registry of question shapes: a question on its way (`Asked`), a shape answered its own way (`Step`,
tried in the order of engine.py's `STEPS`) and a change to the best fits' answer (`Amend`, amends.py's `AMENDS`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import QuestionAnswerer
    from .parse import Parsed
    from .select import Evidence, Fit
    from .shape import Answer

    # what `QuestionAnswerer.read` gives: mentions, evidence, the templates that fit (None: it asks two things), and
    # the name one character off it was read with (None: none)
    Reading = tuple[Parsed, Evidence, list[Fit] | None, tuple[str, tuple[str, ...]] | None]


class Asked:
    """One question on its way through `STEPS`: as the user wrote it, its cleaned text, and, read the first time a
    step looks (`QuestionAnswerer.read`), its mentions, evidence, fitting templates (None: it asks two things) and
    the names of the graph one character off a name of it (None: none such)."""

    def __init__(self, qa: QuestionAnswerer, question: str, text: str, reading: Reading | None = None) -> None:
        self.qa, self.question, self.text = qa, question, text
        if reading is not None:  # the text read already (two_asks: its first ask): not read again
            self._reading = reading

    @cached_property
    def _reading(self) -> Reading:
        return self.qa.read(self.text)

    @property
    def parsed(self) -> Parsed:
        return self._reading[0]

    @property
    def evidence(self) -> Evidence:
        return self._reading[1]

    @property
    def fits(self) -> list[Fit] | None:
        return self._reading[2]

    @property
    def near(self) -> tuple[str, tuple[str, ...]] | None:
        return self._reading[3]

    @cached_property
    def best(self) -> Answer:
        """The best fits' answer with `AMENDS` applied (`QuestionAnswerer.answer_best`), found once: step `fits`
        answers it, and `held_elsewhere` looks at it first (甲市的陈市长: whom the surname finds)."""
        return self.qa.answer_best(self)


def always(asked: Asked) -> bool:
    return True


def unfit(asked: Asked) -> bool:
    """Nothing fits the question as it is read (and it asks one thing)."""
    return asked.fits == []


@dataclass(frozen=True)
class Step:
    """A question shape answered its own way (see `STEPS`): `run` gives its answer, or None when the question is not
    that shape after all or that way answers nothing (the next step is tried); `when` says cheaply whether to try."""

    name: str
    run: Callable[[QuestionAnswerer, Asked], Answer | None]
    when: Callable[[Asked], bool] = always


@dataclass(frozen=True)
class Amend:
    """A change to the best fits' answer (see `AMENDS`): `run` gives the answer changed, or None to keep it."""

    name: str
    run: Callable[[QuestionAnswerer, Asked, Answer], Answer | None]
    when: Callable[[Asked, Answer], bool]
