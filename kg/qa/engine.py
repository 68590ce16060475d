"""Answering: a question -> mentions and evidence -> a template and its slots -> SPARQL with bound variables -> Answer.

How user text is kept out of SPARQL: a question never becomes query text. It is cleaned, its names
are looked up in the graph index (an Aho-Corasick automaton over the graph's own labels), and only
the IRIs of the nodes found are used. Those IRIs are written into the template's query as constants
(`Template.bind`), not passed as pyoxigraph substitutions, because Oxigraph applies a substitution
as a join after evaluating the pattern: a query that should start from one node scanned whole
predicates (50 ms instead of 0.3 ms on 100k quads, worse at 1M). Writing a constant is safe only
for IRIs that (1) come from the index (`GraphIndex.knows`; checked in `_rows` before every query)
and (2) pass the strict ASCII pattern of `templates.safe_iri` (percent-encoded http(s) IRIs, none
of <>"{}|^` backslash, spaces or controls), checked again in `Template.bind`. Anything else is refused with
a clean "no answer". Tests: tests/test_qa_answers.py (hostile questions, template-picker IRIs).

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> QuestionAnswerer(KnowledgeGraph.open("memory:")).answer("{ ?s ?p ?o }").answers
    []
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from ..results import Term
from ..vocab import PROLOGUE
from .forms import MAX_QUESTION, clean, is_generic, join_forms, org_forms, role_word
from .index import KIND_LETTERS, GraphIndex, Mention, PostRef
from .related import related_sentences
from .select import MARGIN, Fit, asks_twice, load_lexicon, rank, read_evidence
from .templates import ENTITY_TYPES, Slot, Template, bound_vars, date_value, load_templates, safe_iri

KIND_NAMES = {v: k for k, v in KIND_LETTERS.items()} | {"o": "organisation"}
_DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")
_LEVEL_CHARS = set("村镇乡县市区省州旗盟")
EXAMPLE_BUDGET = 5.0  # seconds spent making a graph's live examples, at most
EXAMPLE_EACH = 0.3  # ... and on one template (once one question has been asked)
EXAMPLE_TRIES = 12  # names tried per template slot when making examples
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_QUALIFIER_GAP = re.compile(r"[村镇乡县市区省的]?")
_TRAILING = re.compile(r"[?？。.!！~～…]+$")
Q_SOURCES = (
    PROLOGUE + "SELECT ?fact ?article ?sentence WHERE {{ VALUES ?fact {{ {} }} "
    "?fact prov:wasDerivedFrom ?article . OPTIONAL {{ ?fact kgqa:sentence ?sentence }} }}"
)
Q_MONTHS = PROLOGUE + (
    "SELECT DISTINCT (SUBSTR(STR(?d), 1, 7) AS ?m) WHERE { GRAPH ?g { ?e a schema:Event ; "
    "schema:startDate ?d } } ORDER BY ?m LIMIT 12"
)
FACT_THRESHOLD = 0.6  # a description must cover this share of a fact's words
FACT_MARGIN = 0.1  # ... and beat the next fact by this much, or the candidates are returned
OWN_MARGIN = 0.3  # ... or cover it in its own words (not its article's) by this much more
ARTICLE_THRESHOLD = 0.4  # an article is described in free words (王某的事迹, 某地的做法): a lower share will do,
ARTICLE_LEAD = 0.15  # ... when it is this far ahead of the next article
_INTERROGATIVE = re.compile(r"多少|几[个家位项次所名人条]|哪[些个家位里儿天年种]|什么|谁|何[时地处]")
# how many answers the question itself expects: 哪个单位 one, 哪两家 two, 三大产业 three
_COUNT_WORD = re.compile(
    r"哪([一两二三四五六七八九十])[个家位大所座项方省市种]|([一两二三四五六七八九十])大(?:主导|重点|特色|支柱|新兴)?产业"
    r"|哪(?=[个家位所座])"
)
_NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a date asked to the year or the month (哪一年成立): ISO answers cut to it
_DATE_GRAIN = (
    (re.compile(r"哪一?年|什么年份|哪个年份|哪个年度|哪一年度"), 4),
    (re.compile(r"哪一?个月|几月份|什么月份"), 7),
)
_FORMER_BEFORE = r"(前任|原任|原|曾任|此前)[^，。；,;]{0,12}"  # 前任总经理甲: 甲 held it before
_FORMER_AFTER = r"[^，。；,;]{0,24}(离职|卸任|辞去|辞职|离任)"  # 甲于去年离职
_LIST_SEP = re.compile(r"、|和(?!.*和)|及(?!.*及)")  # 、 and the last 和/及 of a list of places
_LIST_TAIL = re.compile(r"等(地|地区|省市|城市|省份|省|市)?$")
_ISO = re.compile(r"\d{4}-\d{2}(-\d{2})?")
_POINTING = re.compile(r"(这|该|此|本)(篇|则|条|份)")  # 这篇新华社报道: the one article, whatever it is called
_DEICTIC = re.compile(r"^(这|该|此|本|那)(些|次|个|篇|项|份|条|场)?")


_RUN_QUERY: ContextVar[Callable[[str], Any] | None] = ContextVar("kgqa_run_query", default=None)


class OpenMention(Mention):
    """A mention made of two names with question words between them (长治市有哪些副市长): the words inside
    are still read as evidence."""

    open: bool = True


@dataclass
class Answer:
    """The answer to one question: template used, SPARQL, answers with sources, or why there are none."""

    question: str
    template: str | None = None
    sparql: str | None = None
    answers: list[dict[str, Any]] = field(default_factory=list)
    message: str | None = None
    candidates: list[dict[str, str]] | None = None
    bindings: dict[str, str] | None = None
    suggestions: list[dict[str, Any]] | None = None
    truncated: bool | None = None
    related: list[dict[str, str]] | None = None  # 相关原文: source sentences near the question, not an answer

    def to_json(self) -> dict[str, Any]:
        """The CLI/web shape: question, template, sparql, answers, and message/candidates when set."""
        out: dict[str, Any] = {
            "question": self.question,
            "template": self.template,
            "sparql": self.sparql,
            "answers": self.answers,
        }
        for key in ("message", "candidates", "bindings", "suggestions", "truncated", "related"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


class Unresolved(Exception):
    """A slot could not be filled: no match (message) or several (candidates)."""

    def __init__(self, message: str, candidates: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.candidates = candidates


@dataclass
class Parsed:
    """A cleaned question with the graph names found in it."""

    text: str
    mentions: list[Mention]


class QuestionAnswerer:
    """Answers Chinese questions over one KnowledgeGraph (see kgqa.kg.qa for the API)."""

    def __init__(self, kg: Any, templates: dict[str, Template] | None = None) -> None:
        self.kg = kg
        self.store = kg.store
        self.generation = getattr(kg, "generation", 0)
        self._templates = templates or load_templates()
        self._lexicon = load_lexicon()
        self.index = GraphIndex(self.store)

    def refresh(self, kg: Any) -> bool:
        """Catch up with pages ingested since this answerer was built (`kg.changes`), index part only.

        Only when every write since then is recorded and added article graphs without dropping any
        (a new page); anything else (a page ingested again, quads written directly) returns False and
        the caller builds a new answerer. After a refresh the answers are those of a full rebuild.
        """
        pending = [c for c in getattr(kg, "changes", ()) if c[0] > self.generation]
        if [c[0] for c in pending] != list(range(self.generation + 1, kg.generation + 1)) or any(c[1] for c in pending):
            return False
        graphs = [g for c in pending for g in c[2]]
        entities = set().union(*(c[3] for c in pending)) if pending else set()
        if not self.index.add_graphs(self.store, graphs, entities):
            return False
        self.generation = kg.generation
        return True

    # ------------------------------------------------------------------ public API
    @staticmethod
    @contextmanager
    def queries_run_by(run: Callable[[str], Any]) -> Iterator[None]:
        """Within this block (this thread or task only) answer queries run through `run` (text -> Results)
        instead of the store; the web server passes its pool of killable query processes:
        `with qa.queries_run_by(pool_query): qa.answer(q)`."""
        token = _RUN_QUERY.set(run)
        try:
            yield
        finally:
            _RUN_QUERY.reset(token)

    def run_query(self, text: str) -> Any:
        """Results of one of the answerer's own queries (see `queries_run_by`)."""
        run = _RUN_QUERY.get()
        return run(text) if run is not None else self.store.query(text)

    def templates(self) -> list[dict[str, Any]]:
        """Every template for the picker: id, title, family, slots, and examples from this graph (`examples`)."""
        live = self.examples()
        return [{**t.describe(), "examples": live.get(t.id, [])} for t in self._templates.values()]

    def example_questions(self) -> list[str]:
        """One checked example question per template, from this graph (none on an empty graph)."""
        return list(dict.fromkeys(ex for exs in self.examples().values() for ex in exs[:1]))

    def examples(self, per_template: int = 2, budget: float = EXAMPLE_BUDGET) -> dict[str, list[str]]:
        """For each template, questions made from its `form` with entities of this graph, each checked to get
        an answer from that template (made once per graph generation, within `budget` seconds)."""
        cached = getattr(self, "_examples", None)
        if cached is not None and cached[0] == self.generation:
            return cached[1]
        deadline = time.monotonic() + budget
        out: dict[str, list[str]] = {}
        self._examples = (self.generation, out)  # asking the examples below sees these (being made)
        for t in self._templates.values():
            now = time.monotonic()
            if now > deadline:
                break
            try:
                found = self._examples_of(t, per_template, min(deadline, now + EXAMPLE_EACH))
            except Exception:  # noqa: BLE001 - examples are a courtesy: a template that cannot make one offers none
                found = []
            if found:
                out[t.id] = found
        self._examples = (self.generation, out)
        return out

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
            if len(found) >= wanted or time.monotonic() > deadline:
                break
            filled = {name: options[(i + n) % len(options)] for n, (name, options) in enumerate(names.items())}
            question = t.form.format(**filled)
            if question in tried or len(question) > 60 or len(set(filled.values())) < len(filled):
                continue
            tried.add(question)
            got = self.answer(question)
            if got.template == t.id and got.answers:
                found.append(question)
        return found

    def _example_names(self, slot: Slot) -> list[str]:
        """Names of this graph a slot can be filled with, for examples (a few, in the order the graph has them)."""
        if slot.type == "post":
            posts = getattr(self.index, "_org_posts", {})
            return [
                self._post_name(org, title)
                for org in sorted(posts)[:EXAMPLE_TRIES]
                for _, title, _ in sorted(posts[org], key=lambda p: (p[1] or "", p[0]))[:1]
                if title
            ]
        if slot.type == "date":
            rows = self.run_query(Q_MONTHS).rows
            return [
                f"{int(r['m'].value[:4])}年{int(r['m'].value[5:7])}月"
                for r in rows
                if re.fullmatch(r"\d{4}-\d{2}", r["m"].value)
            ]
        if slot.is_fact:
            short = next((t.short_label for t in self._templates.values() if t.label), lambda x: x)
            labels = [
                short(label) for idx in self._fact_index(slot.type) for label in sorted(idx.labels)[: EXAMPLE_TRIES * 2]
            ]
            return [x for x in dict.fromkeys(labels) if 6 <= len(x) <= 30][:EXAMPLE_TRIES]
        return [e.label for e in self._entities_with(ENTITY_TYPES[slot.type])]

    def _entities_with(self, letters: str) -> list[Any]:
        """A few entities of these kinds, those of the slot's first kind first (a zone slot: zones), by IRI:
        a refreshed index makes the same examples as a rebuilt one."""
        out: list[Any] = []
        cached = getattr(self, "_ordered", None)
        if cached is None or cached[0] != self.generation:  # by IRI, not the order pages came in; sorted once
            cached = self._ordered = (self.generation, [e for _, e in sorted(self.index.entities.items())])
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
        label = self.index.label(org)
        written = [
            w
            for form in org_forms(label)
            if not is_generic(form)
            for t in dict.fromkeys((title, role_word(title)))
            for w in join_forms(form, t)
            if "s" in self.index.surfaces.get(w, {}) and len(w) >= 4
        ]
        return min(written, key=lambda w: (title not in w, len(w), w)) if written else label + title

    def answer(self, question: str) -> Answer:
        """Answer a free-text question; never raises on any input string."""
        question = question if isinstance(question, str) else ""
        if len(question) > MAX_QUESTION * 5:
            return Answer(question[:MAX_QUESTION] + "…", message=f"问题太长（超过{MAX_QUESTION}字），无法回答")
        text = self._clean(question)
        if not text:
            return Answer(question, message="请输入一个问题", suggestions=self._suggest_templates([]))
        if len(text) > MAX_QUESTION:
            return Answer(question, message=f"问题太长（超过{MAX_QUESTION}字），无法回答")
        parsed = self.parse(text)
        evidence = read_evidence(text, parsed.mentions, self._lexicon)
        if asks_twice(evidence):
            return Answer(question, message="问题一次问了不止一件事，请分开问")
        fits = rank(self._templates, evidence, self._lexicon)
        if not fits:
            related = self._related(parsed, evidence)
            return Answer(
                question,
                message="没有找到能回答这个问题的模板"
                + self._mention_note(parsed)
                + ("；下面是与问题相关的原文，不是答案" if related else ""),
                suggestions=self._suggest_templates(parsed.mentions),
                related=related or None,
            )
        close = [f for f in fits if f.score >= fits[0].score - MARGIN][:4]
        got = self._answer_fits(question, close, parsed)
        return self._counted(got, evidence.count) if evidence.count else got

    @staticmethod
    def _counted(got: Answer, measure: str) -> Answer:
        """A how-many question (几位副市长): the answers counted, those counted kept as items."""
        if not got.answers:
            return got
        n = len(got.answers)
        item = {
            "label": f"{'至少' if got.truncated else ''}{n}{measure}",
            "iri": None,
            "value": float(n),
            "items": [a["label"] for a in got.answers],
            "sources": [s for a in got.answers for s in a.get("sources", [])][:5],
        }
        got.answers = [item]
        return got

    def _answer_fits(self, question: str, fits: list[Fit], parsed: Parsed) -> Answer:
        """Answer with the best fit; fits within the margin are all tried, and when the ones that find their
        slots disagree the user is asked which template was meant (candidates)."""
        memo: dict[tuple, list[str]] = {}  # fact searches shared by the fits tried
        answers = [self._answer_fit(question, f, parsed, memo) for f in fits]
        if len(answers) == 1:
            return answers[0]
        found = [a for a in answers if a.answers]
        if not found:
            return next((a for a in answers if a.candidates), answers[0])
        if len({frozenset(x["label"] for x in a.answers) for a in found}) == 1:
            return found[0]
        return Answer(
            question,
            message="问题可以按几种方式理解，请选一个",
            candidates=[
                {
                    "label": a.template and self._templates[a.template].title or "",
                    "iri": a.template or "",
                    "kind": "template",
                }
                for a in found
            ],
        )

    def answer_template(self, template_id: str, slots: dict[str, str]) -> Answer:
        """Answer a template with slots given as IRIs or names (the web template picker)."""
        template = self._templates.get(template_id)
        question = f"{template_id}: " + "；".join(f"{k}={v}" for k, v in (slots or {}).items())
        if template is None:
            return Answer(question, message=f"没有模板 {template_id}", suggestions=self._suggest_templates([]))
        try:
            values = {
                s.name: self._slot_from_value(s, str((slots or {}).get(s.name) or ""))
                for s in template.slots.values()
                if "__" not in s.name and ((slots or {}).get(s.name) or not s.optional or s.is_fact)
            }
        except Unresolved as exc:
            return Answer(question, template.id, template.query, message=exc.message, candidates=exc.candidates)
        return self._run(question, template, values, question)

    def suggest(self, prefix: str, limit: int = 10) -> list[dict[str, str]]:
        """Entities and templates for what a user has typed so far: [{label, iri, kind}]."""
        prefix = clean(prefix)[:MAX_QUESTION]
        out: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for surface, iri, kind in self.index.prefix(prefix, limit):
            label = self.index.label(iri) if kind != "s" else surface
            if (label, iri) not in seen and kind != "s":
                seen.add((label, iri))
                out.append({"label": label, "iri": iri, "kind": KIND_NAMES.get(kind, kind)})
        for t in self._templates.values():
            if prefix and (prefix in t.title or any(e.startswith(prefix) for e in self.examples().get(t.id, ()))):
                out.append({"label": t.title, "iri": t.id, "kind": "template"})
        return out[:limit]

    # ------------------------------------------------------------------ parsing
    @staticmethod
    def _clean(question: str) -> str:
        return _TRAILING.sub("", clean(question))

    def parse(self, text: str) -> Parsed:
        """Find the graph's names in the question (typed mentions), with places written without their
        level (长治 for 长治市), qualified posts (长治的市委书记) and informal post words (鹏飞集团老板)."""
        mentions = self._dates(text, self._bare_places(text, self.index.mentions(text)))
        mentions = self._place_qualifier(text, self._shared_qualifier(text, mentions))
        return Parsed(text, self._org_titles(text, self._role_posts(text, mentions)))

    def _org_titles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name, then a title with only fillers or post words between (X新聘的总经理, 曲沃县的县长): the
        post of that title in X, a body named after X, or one whose name holds X (none: unchanged)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            gap = text[prev.end : m.start] if prev else ""
            posts = self._posts_of(prev, m) if prev and self._only_frame(gap, asks=True) else []
            if posts:
                merged = OpenMention(prev.start, m.end, text[prev.start : m.end], {"s": posts})
                merged.open = not self._only_frame(gap)
                out[-1] = merged
                continue
            out.append(m)
        return out

    def _posts_of(self, prev: Mention, m: Mention) -> list[PostRef]:
        if "p" in prev.refs or not ("t" in m.refs or "s" in m.refs):
            return []
        names = {prev.text} | {self.index.label(r) for k in "oz" for r in prev.refs.get(k, ())}
        roles = set(m.refs.get("t", ())) | {r.role for r in m.refs.get("s", ())}
        return self._posts_named(names, roles)

    def _posts_named(self, names: set[str], roles: set[str]) -> list[PostRef]:
        """Posts of these title nodes in a body whose name holds one of `names` (X's own, its 党工委, ...)."""
        posts = [
            PostRef(org, role, "")
            for role in sorted(roles)
            for org in sorted(self.index.role_orgs.get(role, ()))
            if any(n and n in self.index.label(org) for n in names)
        ]
        return list(dict.fromkeys(posts))

    def _only_frame(self, gap: str, asks: bool = False) -> bool:
        """True when a gap holds only function characters, fillers and post words (新聘的, 现任), and with
        `asks` also question words (长治市有哪些副市长)."""

        def frame(word: str) -> bool:
            tags = self._lexicon.tags[word]
            if asks and (word in self._lexicon.generic or any(kind in ("asks", "count") for kind, _ in tags)):
                return True
            return bool(tags) and all(
                kind == "filler" or (kind == "cue" and name in ("post", "work")) for kind, name in tags
            )

        rest = self._lexicon.pattern.sub(lambda w: "" if frame(w.group()) else w.group(), gap)
        return all(c in self._lexicon.function for c in rest)

    @staticmethod
    def _dates(text: str, mentions: list[Mention]) -> list[Mention]:
        """Dates written in the question (2025年3月, 2025年3月24日, 2025年) as date mentions of their ISO prefix."""
        taken = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        for d in _DATE.finditer(text):
            if any(s < d.end() and d.start() < e for s, e in taken):
                continue
            year, month, day = d.group(1), d.group(2), d.group(3)
            iso = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")
            if date_value(iso):
                out.append(Mention(d.start(), d.end(), d.group(), {"d": [iso]}))
        return sorted(out, key=lambda m: m.start)

    def _bare_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A place written without its level word (长治 for 长治市), found in the text between names."""
        out, pos = [], 0
        for m in [*mentions, None]:
            end = m.start if m is not None else len(text)
            i = pos
            while i < end - 1:
                hit = next(
                    (
                        k
                        for k in (4, 3, 2)
                        if i + k <= end
                        and text[i + k : i + k + 1] not in _LEVEL_CHARS
                        and self._place_stem(text[i : i + k])
                    ),
                    0,
                )
                if hit:
                    stem = text[i : i + hit]
                    out.append(Mention(i, i + hit, stem, {"l": self._place_stem(stem)}, generic=True))
                i += hit or 1
            if m is not None:
                out.append(m)
                pos = m.end
        return out

    def _place_stem(self, stem: str) -> list[str]:
        surfaces = self.index.surfaces
        for level in "市县省区":
            if stem + level in surfaces:
                refs = surfaces[stem + level].get("l")
                if refs and _CJK_NAME.fullmatch(stem) and not self._lexicon.pattern.match(stem):
                    return list(refs)
        return []

    def _role_posts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An organisation followed by an informal post word (X老板, X的一把手): X's post of the first role
        word the lexicon gives for it that X has."""
        out: list[Mention] = []
        for m in mentions:
            out.append(m)
            orgs = [r for k in "oz" for r in m.refs.get(k, ())]
            if not orgs:
                continue
            gap = re.match(r"的?", text[m.end :]).end()
            word = next((w for w in self._lexicon.roles if text.startswith(w, m.end + gap)), None)
            if not word:
                continue
            posts = self._posts_by_role(orgs, self._lexicon.roles[word])
            if posts:
                end = m.end + gap + len(word)
                out[-1] = Mention(m.start, end, text[m.start : end], {"s": posts})
        return out

    def _posts_by_role(self, orgs: list[str], roles: tuple[str, ...]) -> list[PostRef]:
        names = {self.index.label(org) for org in orgs}
        for role in roles:
            titles = {t for t in self.index.surfaces.get(role, {}).get("t", ())}
            found = self._posts_named(names, titles)
            if found:
                return found
        return []

    def _shared_qualifier(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """In "X党工委书记、管委会主任" the second title shares X: re-read it as a post of X."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev and "s" in prev.refs and text[prev.end : m.start] == "、" and "s" not in m.refs:
                merged = self._qualified(prev, m)
                if merged:
                    out.append(merged)
                    continue
            out.append(m)
        return out

    def _place_qualifier(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """In "八家户村村委会主任" the name before a post says whose post: keep the posts of bodies that
        appear in one article with that name, and read the two as one post mention (none: unchanged)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev
                and "p" not in prev.refs
                and "s" not in prev.refs
                and ("s" in m.refs or "t" in m.refs)
                and _QUALIFIER_GAP.fullmatch(text[prev.end : m.start])
            ):
                merged = self._qualified_post(text, prev, m)
                if merged:
                    out[-1] = merged
                    continue
            out.append(m)
        return out

    def _qualified_post(self, text: str, prev: Mention, m: Mention) -> Mention | None:
        near: set[int] = set()
        for kind in "ozl":
            for iri in prev.refs.get(kind, ()):
                near.update(self.index.articles.by_entity.get(iri, ()))
        if not near:
            return None
        posts = list(m.refs.get("s", ()))
        for role in m.refs.get("t", ()):
            posts += list(self.index.all_roles(role))
        keep = [r for r in posts if near & set(self.index.articles.by_entity.get(r.org, ()))]
        if not keep or len({r.org for r in keep}) > 1:
            return None
        return Mention(prev.start, m.end, text[prev.start : m.end], {"s": keep})

    def _qualified(self, prev: Mention, m: Mention) -> Mention | None:
        refs: list = []
        for form in dict.fromkeys(r.form for r in prev.refs["s"] if r.form):
            refs += [r for r in self.index.surfaces.get(form + m.text, {}).get("s", ()) if r not in refs]
        return Mention(m.start, m.end, m.text, {"s": refs}) if refs else None

    # ------------------------------------------------------------------ slots
    def _answer_fit(self, question: str, f: Fit, parsed: Parsed, memo: dict | None = None) -> Answer:
        try:
            values = self._slots_from_fit(f, parsed, {} if memo is None else memo)
        except Unresolved as exc:
            return Answer(question, f.template.id, f.template.query, message=exc.message, candidates=exc.candidates)
        named = (
            frozenset(
                r
                for m in parsed.mentions
                if not m.generic
                for k in "pozl"
                for r in m.refs.get(k, ())
                if isinstance(r, str)
            )
            if f.template.others
            else frozenset()
        )
        return self._run(question, f.template, values, _without_names(parsed), named)

    def _slots_from_fit(self, f: Fit, parsed: Parsed, memo: dict) -> dict[str, list]:
        values: dict[str, list] = {}
        for slot in f.template.slots.values():
            if slot.is_fact:
                names = {}
                for i in f.described:
                    mention = parsed.mentions[i]
                    if any(k in mention.refs for k in "pozl") and not mention.generic:
                        iris = {r for kind in "pozl" for r in mention.refs.get(kind, ()) if isinstance(r, str)}
                        names[mention.text] = iris | {r.org for r in mention.refs.get("s", ())}
                deictic = bool(_POINTING.search(parsed.text))
                key = (slot.type, f.description, f.template.own_names, f.verbs, deictic)
                if key not in memo:
                    try:
                        memo[key] = self._find_fact(
                            slot.type, f.description, names, f.template.own_names, f.verbs, deictic
                        )
                    except Unresolved as exc:
                        memo[key] = exc
                if isinstance(memo[key], Unresolved):
                    raise memo[key]
                values[slot.name] = memo[key]
            elif slot.name in f.entities:
                values[slot.name] = self._entity_refs(slot, parsed.mentions[f.entities[slot.name]])
            elif not slot.optional:
                raise Unresolved(f"问题里缺少{slot.name}")
        return values

    def _entity_refs(self, slot: Slot, mention: Mention) -> list:
        letters = ENTITY_TYPES[slot.type]
        refs: list = []
        for letter in letters:
            for ref in mention.refs.get(letter, ()):
                if slot.type == "post" and letter == "t":
                    ref_list = list(self.index.all_roles(ref))
                else:
                    ref_list = [ref]
                for r in ref_list:
                    if r not in refs:
                        refs.append(r)
            if refs and slot.type != "post":
                break
            if refs and slot.type == "post" and letter == "s":
                break
        flags = self.index.surfaces.get(mention.text, {})
        exact = [
            r for r in refs if not isinstance(r, PostRef) and any(flags.get(k, {}).get(r) is False for k in letters)
        ]
        if exact and len(exact) < len(refs):
            refs = exact  # a name's own bearer before those it is only a derived form of (甲公司 of 乙市甲公司)
        generic = mention.generic or (slot.type == "post" and "s" not in mention.refs)
        return self._one_target(refs, generic, mention.text)

    def _one_target(self, refs: list, generic: bool, text: str) -> list:
        """Keep the refs when they name one target (one person, one organisation); else candidates."""

        def key(r: Any) -> str:
            return r.org if isinstance(r, PostRef) else r

        targets = list(dict.fromkeys(key(r) for r in refs))
        if len(targets) > 1 and generic and self.index.locales:
            local = [t for t in targets if any(self._in_locale(t, loc) for loc in self.index.locales)]
            if len(local) == 1:
                refs, targets = [r for r in refs if key(r) == local[0]], local
        if not targets:
            raise Unresolved(f"图谱里没有与“{text}”对应的对象")
        if len(targets) > 1:
            targets = sorted(targets, key=lambda t: (self.index.label(t), t))
            raise Unresolved(
                f"“{text}”可以指几个对象，请选一个",
                [{"label": self.index.label(t), "iri": t, "kind": "entity"} for t in targets[:20]],
            )
        return refs

    def _in_locale(self, iri: str, locale: str) -> bool:
        stem = re.sub(r"(市|县|省|区)$", "", locale)
        return bool(stem) and stem in self.index.label(iri)

    def _fact_index(self, kind: str) -> list:
        i = self.index
        return {
            "event": [i.events],
            "agreement": [i.agreements],
            "article": [i.articles],
            "fact": [i.events, i.agreements],
        }[kind]

    def _find_fact(
        self,
        kind: str,
        text: str,
        names: dict[str, set[str]],
        own_names: bool = False,
        verbs: tuple[str, ...] = (),
        deictic: bool = False,
    ) -> list[str]:
        indexes = self._fact_index(kind)
        if _INTERROGATIVE.search(text):
            raise Unresolved("问题一次问了不止一件事，请分开问")
        desc = _DEICTIC.sub("", text)
        ents = {iri for iris in names.values() for iri in iris if len(iris) == 1}
        ranked = sorted((r for idx in indexes for r in idx.search(desc, ents, names=names)), key=lambda r: -r[0])
        total = sum(len(idx) for idx in indexes)
        if (not ranked or ranked[0][0] < FACT_THRESHOLD) and total == 1 and (not desc or desc != text or deictic):
            return [next(iri for idx in indexes for iri in idx.iris)]
        if ranked and kind == "article" and ARTICLE_THRESHOLD <= ranked[0][0] < FACT_THRESHOLD:
            runner_up = next((score for score, iri in ranked if iri != ranked[0][1]), 0.0)
            said = max(idx.text_cover(ranked[0][1], desc) for idx in indexes)
            if ranked[0][0] - runner_up >= ARTICLE_LEAD and said >= ARTICLE_THRESHOLD:
                return [ranked[0][1]]
        if not ranked or ranked[0][0] < FACT_THRESHOLD:
            raise Unresolved(f"图谱里找不到“{text}”对应的{_FACT_WORD[kind]}")
        close = list(dict.fromkeys(iri for score, iri in ranked if score >= ranked[0][0] - FACT_MARGIN))
        if len(close) > 1:
            # close on the whole article, but one fact says it in its own words far better: that one
            own = {iri: max(idx.own_cover(iri, desc) for idx in indexes) for iri in close}
            best = max(own.values())
            if best >= 0.5:
                close = [iri for iri in close if own[iri] >= best - OWN_MARGIN]
        if len(close) > 1 and verbs:
            # 甲公司是哪年成立的: of the facts about 甲公司, those that say what the question says was done
            did = [iri for iri in close if any(max(idx.own_cover(iri, v) for idx in indexes) >= 1.0 for v in verbs)]
            close = did or close
        if len(close) > 1:
            # facts told in one sentence: the one whose name (summary) says it far better
            named = {iri: max(idx.own_cover(iri, desc, name_only=True) for idx in indexes) for iri in close}
            best = max(named.values())
            if best >= 0.5:
                close = [iri for iri in close if named[iri] >= best - OWN_MARGIN]
        if own_names:
            # what the question names must be what the fact's sentence says it of: the total of an event
            # that merely involves a school is not the school's own amount
            said = [
                iri
                for iri in close
                if all(max(idx.own_cover(iri, name) for idx in indexes) >= 1.0 for name in names if len(name) >= 2)
            ]
            if not said:
                raise Unresolved(
                    f"图谱里没有专门说“{text}”的{_FACT_WORD[kind]}，只有提到它的",
                    [{"label": self._fact_label(iri), "iri": iri, "kind": kind} for iri in close[:20]],
                )
            close = said
        return close

    def _fact_label(self, iri: str) -> str:
        for idx in (self.index.events, self.index.agreements, self.index.articles):
            if iri in idx.by_iri:
                return idx.labels[idx.by_iri[iri]] or iri
        return iri

    def _slot_from_value(self, slot: Slot, value: str) -> list:
        if not value:
            if slot.optional and not slot.is_fact:
                return []
            if not slot.is_fact:
                raise Unresolved(f"请填写{slot.name}")
        if slot.is_fact:
            for idx in self._fact_index(slot.type):
                if value in idx.by_iri:
                    return [value]
            return self._find_fact(slot.type, clean(value), {})
        if slot.type == "date":
            found = self._dates(clean(value), [])
            if date_value(value) or found:
                return [value] if date_value(value) else found[0].refs["d"]
            raise Unresolved(f"“{value}”不是日期（如 2025年3月 或 2025-03）")
        if value in self.index.entities:
            return [value] if slot.type != "post" else []
        mention = Mention(
            0,
            len(value),
            clean(value),
            {k: list(v) for k, v in self.index.surfaces.get(clean(value), {}).items()},
            generic=clean(value) in self.index.generic,
        )
        return self._entity_refs(slot, mention)

    # ------------------------------------------------------------------ running
    def _bindings(self, template: Template, values: dict[str, list]) -> list[dict[str, str]]:
        """Every combination of slot values as variable bindings (a post gives ?org and ?role)."""
        names = [n for n in values if template.slots[n].combine is None]
        choices = []
        for name in names:
            opts = values[name]
            if template.expand.get(name) == "related":
                opts = [r for v in opts for r in self.index.related_orgs(v)]
            choices.append([(name, v) for v in opts])
        out: list[dict[str, str]] = []
        for combo in product(*choices):
            b: dict[str, str] = {}
            for name, v in combo:
                binds = bound_vars(template.slots[name])
                if isinstance(v, PostRef):
                    b.update(dict(zip(binds, (v.org, v.role))))
                else:
                    b[binds[0]] = v
            if b not in out:
                out.append(b)
        return sorted(out, key=lambda b: sorted(b.items()))

    def _rows(self, template: Template, bindings: list[dict[str, str]]) -> list[dict[str, Term | None]]:
        rows: list[dict[str, Term | None]] = []
        for b in bindings[:50]:
            if not all((self.index.knows(v) and safe_iri(v)) or date_value(v) for v in b.values()):
                raise Unresolved("问题里的名称不在图谱中")
            rows.extend(self.run_query(template.bind(b)).rows)
        if "ORDER BY" not in template.query.upper():  # the store's own order differs between its copies
            rows.sort(key=lambda row: sorted((k, t.value if t else "") for k, t in row.items()))
        return rows

    def _run(
        self, question: str, template: Template, values: dict[str, list], text: str, named: frozenset[str] = frozenset()
    ) -> Answer:
        """Run the template (a value the index does not hold gives a clean no-answer, never a query); `named`:
        nodes the question names, never its answers (`others` templates)."""
        try:
            return self._run_facts(question, template, values, text, named)
        except Unresolved as exc:
            return Answer(question, template.id, template.query, message=exc.message, candidates=exc.candidates)

    def _run_facts(
        self, question: str, template: Template, values: dict[str, list], text: str, named: frozenset[str] = frozenset()
    ) -> Answer:
        """Run the template; several close facts are answered only when they all give the same answers."""
        name = next((s.name for s in template.slots.values() if s.is_fact and len(values.get(s.name, ())) > 1), None)
        if name is None:
            return self._run_one(question, template, values, text, named)
        runs = [self._run_one(question, template, {**values, name: [iri]}, text, named) for iri in values[name][:5]]
        labels = {frozenset(a["label"] for a in r.answers) for r in runs}
        if len(values[name]) <= 5 and len(labels) == 1 and runs[0].answers:
            return runs[0]
        # one article telling of one thing twice (the signing event and the agreement signed): the facts
        # that have an answer all agree, and the others have none
        answered = [r for r in runs if r.answers]
        same_article = len({iri.split("/event/")[0].split("/agreement/")[0] for iri in values[name]}) == 1
        if (
            len(values[name]) <= 5
            and same_article
            and answered
            and len({frozenset(a["label"] for a in r.answers) for r in answered}) == 1
        ):
            return answered[0]
        kind = template.slots[name].type
        return Answer(
            question,
            template.id,
            template.query,
            message=f"问题可以指几个{_FACT_WORD[kind]}，请选一个",
            candidates=[{"label": self._fact_label(iri), "iri": iri, "kind": kind} for iri in values[name][:20]],
        )

    def _run_one(
        self, question: str, template: Template, values: dict[str, list], text: str, named: frozenset[str] = frozenset()
    ) -> Answer:
        bindings = self._bindings(template, values)
        rows = self._rows(template, bindings)
        for slot in template.slots.values():
            if slot.combine == "intersect" and values.get(slot.name):
                main = next(s.name for s in template.slots.values() if s.type == slot.type and s.combine is None)
                second = self._rows(template, self._bindings(template, {main: values[slot.name]}))
                keep = {r["x"].value for r in second if r.get("x")}
                rows = [r for r in rows if r.get("x") and r["x"].value in keep]
        truncated = bool(template.limit) and len(rows) > template.limit
        rows = self._narrow(
            template, self._best_rank(self._level(template, rows[: template.limit or None], text)), text
        )
        fact_slot = next((values[s.name][0] for s in template.slots.values() if s.is_fact and values.get(s.name)), None)
        answers = self._date_grain([a for a in self._answers(rows, fact_slot) if a.get("iri") not in named], text)
        if "place" in template.asks:
            answers = self._split_lists(answers)
        if template.current and any(w in question for w in template.current):
            answers = self._current(answers)
        if template.label:
            for a in answers:
                a["summary"], a["label"] = a["label"], template.short_label(a["label"])
        shown = dict(bindings[0]) if bindings else {}
        sparql = template.bind(shown) if bindings else template.query
        expected = self._expected_count(text)
        if expected and len(answers) > expected:
            answers = self._bodies_merged(answers, expected)
        if expected and answers and len(answers) != expected:
            return Answer(
                question,
                template.id,
                sparql,
                [],
                bindings=shown,
                message=f"问题问的是{expected}个，图谱里有{len(answers)}个，请核对",
                candidates=[{"label": a["label"], "iri": a.get("iri") or "", "kind": "answer"} for a in answers[:20]],
            )
        out = Answer(question, template.id, sparql, answers, bindings=shown)
        if not answers:
            out.message = "图谱里没有这个问题的答案"
        elif truncated:
            out.truncated = True
            out.message = f"答案很多，只列出前{template.limit}条"
        return out

    @staticmethod
    def _expected_count(text: str) -> int | None:
        """How many answers the question asks for (哪个 1, 哪两家 2, 三大产业 3), None when it does not say.

        >>> QuestionAnswerer._expected_count("长洽经济技术开发区立足哪三大产业"), QuestionAnswerer._expected_count("哪些人")
        (3, None)
        """
        m = _COUNT_WORD.search(text)
        if not m:
            return None
        word = m.group(1) or m.group(2)
        return _NUMERALS[word] if word else 1

    @staticmethod
    def _current(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The holders a question asking for the current or new one (新聘, 已出任) means: those whose every source
        sentence says they held it before (前任总经理甲, 甲已离职) are left out, when others remain.

        >>> src = lambda s: [{"sentence": s}]
        >>> [a["label"] for a in QuestionAnswerer._current([{"label": "甲", "sources": src("前任总经理甲离职")},
        ...                                                 {"label": "乙", "sources": src("公司聘任乙为总经理")}])]
        ['乙']
        """

        def former(a: dict[str, Any]) -> bool:
            name = re.escape(a["label"])
            said = [s.get("sentence") or "" for s in a.get("sources", [])]
            return bool(said) and all(
                re.search(_FORMER_BEFORE + name, x) or re.search(name + _FORMER_AFTER, x) for x in said
            )

        kept = [a for a in answers if not former(a)]
        return kept if kept else answers

    @staticmethod
    def _split_lists(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A place written as a list (甲市、乙市和丙县; 甲、乙等地) answered as its items.

        >>> [a["label"] for a in QuestionAnswerer._split_lists([{"label": "甲市、乙县和丙镇等地"}])]
        ['甲市', '乙县', '丙镇']
        """
        out: dict[str, dict[str, Any]] = {}
        for a in answers:
            label = _LIST_TAIL.sub("", a["label"])
            items = [x for x in _LIST_SEP.split(label) if x] if "、" in label else [a["label"]]
            for item in items if len(items) > 1 else [a["label"]]:
                out.setdefault(item, {**a, "label": item} if item != a["label"] else a)
        return list(out.values())

    @staticmethod
    def _date_grain(answers: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
        """ISO date answers cut to what the question asks (哪一年: the year), the same dates merged.

        >>> [a["label"] for a in QuestionAnswerer._date_grain([{"label": "2030-04-02"}], "甲公司哪一年成立")]
        ['2030']
        """
        grain = next((n for pattern, n in _DATE_GRAIN if pattern.search(text)), None)
        if grain is None or not any(_ISO.fullmatch(a["label"]) for a in answers):
            return answers
        out: dict[str, dict[str, Any]] = {}
        for a in answers:
            label = a["label"][:grain] if _ISO.fullmatch(a["label"]) else a["label"]
            out.setdefault(label, {**a, "label": label})
        return list(out.values())

    @staticmethod
    def _bodies_merged(answers: list[dict[str, Any]], expected: int) -> list[dict[str, Any]]:
        """Answers that are one unit and the bodies named after it (甲公司, 甲公司党委) as that unit, when that
        gives the number of answers the question asks for (哪家单位: one); else unchanged.

        >>> [a["label"] for a in QuestionAnswerer._bodies_merged([{"label": "甲公司党委"}, {"label": "甲公司"}], 1)]
        ['甲公司']
        """
        if any(a.get("title") for a in answers):
            return answers
        heads = [a for a in answers if not any(b is not a and b["label"] in a["label"] for b in answers)]
        return heads if len(heads) == expected else answers

    @staticmethod
    def _best_rank(rows: list[dict]) -> list[dict]:
        ranks = [int(r["rank"].value) for r in rows if r.get("rank") is not None]
        if not ranks:
            return rows
        best = min(ranks)
        return [r for r in rows if r.get("rank") is None or int(r["rank"].value) == best]

    @staticmethod
    def _level(template: Template, rows: list[dict], text: str) -> list[dict]:
        """Rows whose label names a place of the level the question asks (哪个省: 省 or 自治区, also 甲省乙市),
        or a place written without its level (上海)."""
        words = next((e for word, e in template.level.items() if word in text), None)
        if not words:
            return rows
        return [
            r
            for r in rows
            if r.get("label") is not None
            and (any(w in r["label"].value for w in words) or r["label"].value[-1:] not in _LEVEL_CHARS)
        ]

    @staticmethod
    def _narrow(template: Template, rows: list[dict], text: str) -> list[dict]:
        for word, org_type in template.narrow.items():
            if word in text:
                rows = [
                    r
                    for r in rows
                    if (r.get("type") and r["type"].value == org_type) or (r.get("label") and word in r["label"].value)
                ]
        return rows

    def _answers(self, rows: list[dict], fact_slot: str | None) -> list[dict[str, Any]]:
        answers: dict[tuple, dict[str, Any]] = {}
        origins: dict[tuple, list[tuple[str | None, str | None]]] = {}
        for r in rows:
            if r.get("label") is None:
                continue
            item: dict[str, Any] = {"label": r["label"].value, "iri": r["x"].value if r.get("x") else None}
            if r.get("title") is not None:
                item["title"] = r["title"].value
                item["org"] = r["orgLabel"].value if r.get("orgLabel") else None
            if r.get("value") is not None:
                item["value"] = float(r["value"].value)
            key = (item["label"], item.get("title"), item.get("org"))
            answers.setdefault(key, item)
            fact = r["fact"].value if r.get("fact") else fact_slot
            origins.setdefault(key, []).append((fact, r["g"].value if r.get("g") else None))
        sources = self._sources({f for o in origins.values() for f, _ in o if f})
        for key, item in answers.items():
            item["sources"] = self._item_sources(origins[key], sources)
        return list(answers.values())

    def _sources(self, facts: set[str]) -> dict[str, list[tuple[str, str | None]]]:
        safe = sorted(f for f in facts if safe_iri(f))[:200]
        if not safe:
            return {}
        res = self.run_query(Q_SOURCES.format(" ".join(f"<{f}>" for f in safe)))
        out: dict[str, list[tuple[str, str | None]]] = {}
        for row in res.rows:
            out.setdefault(row["fact"].value, []).append(
                (row["article"].value, row["sentence"].value if row.get("sentence") else None)
            )
        return out

    def _item_sources(
        self, origins: list[tuple[str | None, str | None]], sources: dict[str, list[tuple[str, str | None]]]
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for fact, graph in origins:
            found = sources.get(fact or "", [])
            if not found and graph and "/graph/article/" in graph:
                found = [(graph.replace("/graph/article/", "/id/article/"), None)]
            for article, sentence in found:
                src = {"article": article, "title": self._fact_label(article), "sentence": sentence}
                if src not in out:
                    out.append(src)
        return out[:5]

    # ------------------------------------------------------------------ help when nothing matches
    def _related(self, parsed: Parsed, evidence: Any) -> list[dict[str, str]]:
        """The source sentences that share the most with what the question says (question words left out)."""
        keep = [True] * len(parsed.text)
        for w in evidence.words:
            if any(kind in ("asks", "filler") for kind, _ in w.tags) or w.text in self._lexicon.generic:
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
            return related_sentences(self.index, self.store, words, entities)
        except Exception:  # noqa: BLE001 - related text is a courtesy; a store error must not lose the message
            return []

    def _mention_note(self, parsed: Parsed) -> str:
        names = [m.text for m in parsed.mentions][:5]
        return f"（识别到：{'、'.join(names)}）" if names else ""

    def _suggest_templates(self, mentions: list[Mention]) -> list[dict[str, Any]]:
        letters = set("".join(m.kinds for m in mentions))
        live = self.examples()
        out = []
        for t in self._templates.values():
            types = [ENTITY_TYPES.get(s.type, "") for s in t.slots.values() if not s.is_fact]
            example = next(iter(live.get(t.id, ())), None)
            if example and (not letters or any(set(ty) & letters for ty in types)):
                out.append({"id": t.id, "title": t.title, "example": example})
        return out[:8]


def _without_names(parsed: Parsed) -> str:
    """The question with its names blanked out: what it says around them (哪家银行, not 交通银行)."""
    chars = list(parsed.text)
    for m in parsed.mentions:
        chars[m.start : m.end] = "\ue000" * (m.end - m.start)
    return "".join(chars)


_FACT_WORD = {"event": "活动", "agreement": "协议", "article": "报道", "fact": "活动或协议"}
