"""Examples and help: questions made from a template's form with this graph's names, checked to get an
answer (the demo's home page, the ask page's "try these", `/api/templates`), and what is shown when no
template fits (related source sentences, the names recognised, suggested templates)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..vocab import PROLOGUE
from .forms import is_generic, join_forms, org_forms, role_word
from .parse import Parsed
from .refs import Mention
from .related import related_sentences
from .templates import ENTITY_TYPES, Slot, Template, load_templates

if TYPE_CHECKING:
    from .engine import QuestionAnswerer

EXAMPLE_BUDGET = 5.0  # seconds spent making a graph's live examples, at most
EXAMPLE_EACH = 0.3  # ... and on one template (once one question has been asked)
EXAMPLE_TRIES = 12  # names tried per template slot when making examples
SIDECAR = "qa-examples.json"  # the examples of the store's current state, kept with an embedded store
Q_MONTHS = PROLOGUE + (
    "SELECT DISTINCT (SUBSTR(STR(?d), 1, 7) AS ?m) WHERE { GRAPH ?g { ?e a schema:Event ; "
    "schema:startDate ?d } } ORDER BY ?m LIMIT 12"
)


class Examples:
    """Live examples of one answerer's graph, made once per graph generation, and help when nothing fits."""

    clock: Callable[[], float] = staticmethod(time.monotonic)  # the seconds the budgets are read on (tests: ticks)

    def __init__(self, qa: QuestionAnswerer) -> None:
        self.qa = qa
        self._examples: tuple[int, dict[str, list[str]]] | None = None  # (generation, template id -> questions)
        self._ordered: tuple[int, list[Any]] | None = None  # (generation, entities by IRI)

    def examples(self, per_template: int = 2, budget: float = EXAMPLE_BUDGET) -> dict[str, list[str]]:
        """For each template, questions made from its `form` with entities of this graph, each checked to get
        an answer from that template (made once per graph generation, within `budget` seconds)."""
        cached = self._examples
        if cached is not None and cached[0] == self.qa.generation:
            return cached[1]
        stamp = self._current_stamp()
        kept = load_examples(self.qa.store, stamp, per_template) if stamp else None
        if kept is not None:
            self._examples = (self.qa.generation, kept)
            return kept
        deadline = self.clock() + budget
        out: dict[str, list[str]] = {}
        self._examples = (self.qa.generation, out)  # asking the examples below sees these (being made)
        for t in self.qa.templates_by_id.values():
            now = self.clock()
            if now > deadline:
                break
            try:
                found = self._examples_of(t, per_template, min(deadline, now + EXAMPLE_EACH))
            except Exception:  # noqa: BLE001 - examples are a courtesy: a template that cannot make one offers none
                found = []
            if found:
                out[t.id] = found
        self._examples = (self.qa.generation, out)
        if stamp and stamp == self._current_stamp():  # of a state that did not move (those the budget allowed:
            save_examples(self.qa.store, stamp, per_template, out)  # the next process would not make more)
        return out

    def _current_stamp(self) -> str | None:
        """The store's write stamp when the answerer's index is of it and its templates are kgqa's own (examples
        can then be kept), else None."""
        if self.qa.templates_by_id is not load_templates():
            return None
        stamp = getattr(self.qa.index, "stamp", None)
        return stamp if stamp is not None and stamp == self.qa.store.write_stamp() else None

    def _examples_of(self, t: Template, wanted: int, deadline: float) -> list[str]:
        """Up to `wanted` questions of the template's form, filled with names of this graph, that it answers."""
        if not t.form:
            return []
        names = {slot.name: self._example_names(slot) for slot in t.slots.values() if "{" + slot.name + "}" in t.form}
        if not all(names.values()):
            return []
        found: list[str] = []
        tried: set[str] = set()
        for i in range(EXAMPLE_TRIES):
            if len(found) >= wanted or self.clock() > deadline:
                break
            filled = {name: options[(i + n) % len(options)] for n, (name, options) in enumerate(names.items())}
            question = t.form.format(**filled)
            if question in tried or len(question) > 60 or len(set(filled.values())) < len(filled):
                continue
            tried.add(question)
            got = self.qa.answer(question)
            if got.template == t.id and got.answers:
                found.append(question)
        return found

    def _example_names(self, slot: Slot) -> list[str]:
        """Names of this graph a slot can be filled with, for examples (a few, in the order the graph has them)."""
        if slot.type == "post":
            posts = getattr(self.qa.index, "_org_posts", {})
            return [
                self._post_name(org, title)
                for org in sorted(posts)[:EXAMPLE_TRIES]
                for _, title, _ in sorted(posts[org], key=lambda p: (p[1] or "", p[0]))[:1]
                if title
            ]
        if slot.type == "date":
            rows = self.qa.run_query(Q_MONTHS).rows
            return [
                f"{int(r['m'].value[:4])}年{int(r['m'].value[5:7])}月"
                for r in rows
                if re.fullmatch(r"\d{4}-\d{2}", r["m"].value)
            ]
        if slot.is_fact:
            short = next((t.short_label for t in self.qa.templates_by_id.values() if t.label), lambda x: x)
            labels = [
                short(label)
                for idx in self.qa.resolver.fact_indexes(slot.type)
                for label in idx.sample_labels(EXAMPLE_TRIES * 2)  # read from the fact file: a few rows
            ]
            return [x for x in dict.fromkeys(labels) if 6 <= len(x) <= 30][:EXAMPLE_TRIES]
        return [e.label for e in self._entities_with(ENTITY_TYPES[slot.type])]

    def _entities_with(self, letters: str) -> list[Any]:
        """A few entities of these kinds, those of the slot's first kind first (a zone slot: zones), by IRI:
        a refreshed index makes the same examples as a rebuilt one."""
        out: list[Any] = []
        cached = self._ordered
        if cached is None or cached[0] != self.qa.generation:  # by IRI, not the order pages came in; sorted once
            cached = self._ordered = (self.qa.generation, [e for _, e in sorted(self.qa.index.entities.items())])
        ordered = cached[1]
        for letter in letters:
            for e in ordered:
                if letter in e.kinds and 2 <= len(e.label) <= 30 and e not in out:
                    out.append(e)
                    if len(out) >= EXAMPLE_TRIES:
                        return out
        return out

    def _post_name(self, org: str, title: str) -> str:
        """The shortest way the graph's names write a post (晋中市委书记 rather than 中共晋中市委员会市委书记)."""
        label = self.qa.index.label(org)
        written = [
            w
            for form in org_forms(label)
            if not is_generic(form)
            for t in dict.fromkeys((title, role_word(title)))
            for w in join_forms(form, t)
            if "s" in self.qa.index.surfaces.get(w, {}) and len(w) >= 4
        ]
        return min(written, key=lambda w: (title not in w, len(w), w)) if written else label + title

    def related(self, parsed: Parsed, evidence: Any) -> list[dict[str, str]]:
        """The source sentences that share the most with what the question says (question words left out)."""
        keep = [True] * len(parsed.text)
        question_part = self.qa.lexicon.question_part  # cues.yaml: 了什么 of 发布了什么, 哪些 of 有哪些
        for w in evidence.words:
            if any(kind == "asks" for kind, _ in w.tags) and question_part and question_part.search(w.text):
                # an asking phrase with an act in it (发布了什么): the act is what the question says, only its
                # question part (了什么) is left out
                for m in question_part.finditer(w.text):
                    keep[w.start + m.start() : w.start + m.end()] = [False] * (m.end() - m.start())
            elif any(kind in ("asks", "filler") for kind, _ in w.tags) or w.text in self.qa.lexicon.generic:
                keep[w.start : w.end] = [False] * (w.end - w.start)
        words = "".join(c for c, k in zip(parsed.text, keep) if k)
        entities = {
            r
            for m in parsed.mentions
            if not m.generic
            for k in "pozl"
            for r in m.refs.get(k, ())
            if isinstance(r, str) and len(m.refs.get(k, ())) == 1
        }
        try:
            return related_sentences(self.qa.index, self.qa.store, words, entities)
        except Exception:  # noqa: BLE001 - related text is a courtesy; a store error must not lose the message
            return []

    def mention_note(self, parsed: Parsed) -> str:
        """The names recognised in a question no template answers (识别到：…), or nothing."""
        names = [m.text for m in parsed.mentions][:5]
        return f"（识别到：{'、'.join(names)}）" if names else ""

    def suggest_templates(self, mentions: list[Mention]) -> list[dict[str, Any]]:
        """Templates with a live example whose slots take the kinds of names mentioned (all when none)."""
        letters = set("".join(m.kinds for m in mentions))
        live = self.examples()
        out = []
        for t in self.qa.templates_by_id.values():
            types = [ENTITY_TYPES.get(s.type, "") for s in t.slots.values() if not s.is_fact]
            example = next(iter(live.get(t.id, ())), None)
            if example and (not letters or any(set(ty) & letters for ty in types)):
                out.append({"id": t.id, "title": t.title, "example": example})
        return out[:8]


@lru_cache(maxsize=1)
def examples_key() -> str:
    """A digest of the question code and data (kg/qa, the vocabulary): examples kept by other code are not read."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *here.glob("*.yaml"), *here.glob("*.txt"), here.parent / "vocab.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def load_examples(store: Any, stamp: str, per_template: int) -> dict[str, list[str]] | None:
    """The examples kept with the store for its state `stamp`, made by this code (None: none such).

    >>> from kgqa.kg.store import open_store
    >>> load_examples(open_store("memory:"), "1", 2) is None
    True
    """
    path = store.sidecar(SIDECAR)
    try:
        kept = json.loads(path.read_text(encoding="utf-8")) if path is not None and path.is_file() else None
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or [kept.get(k) for k in ("code", "stamp", "per")] != [
        examples_key(),
        stamp,
        per_template,
    ]:
        return None
    examples = kept.get("examples")
    if not isinstance(examples, dict) or not all(
        isinstance(v, list) and all(isinstance(q, str) for q in v) for v in examples.values()
    ):
        return None
    return {str(k): list(v) for k, v in examples.items()}


def save_examples(store: Any, stamp: str, per_template: int, examples: dict[str, list[str]]) -> bool:
    """Keep the examples of the store's state `stamp` beside it (a temporary file renamed), for the next process
    (a one-off `kgqa ask` that finds no template suggests them without making them). True when kept."""
    path = store.sidecar(SIDECAR)
    if path is None:
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    data = {"code": examples_key(), "stamp": stamp, "per": per_template, "examples": examples}
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True
