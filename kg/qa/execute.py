"""Query execution: a template and its slot values -> SPARQL with bound constants -> rows -> Answer.

How user text is kept out of SPARQL: a question never becomes query text. It is cleaned, its names
are looked up in the graph index (an Aho-Corasick automaton over the graph's own labels), and only
the IRIs of the nodes found are used. Those IRIs are written into the template's query as constants
(`Template.bind`), not passed as pyoxigraph substitutions, because Oxigraph applies a substitution
as a join after evaluating the pattern: a query that should start from one node scanned whole
predicates (50 ms instead of 0.3 ms on 100k quads, worse at 1M). Writing a constant is safe only
for IRIs that (1) come from the index (`GraphIndex.knows`; checked in `QueryRunner.rows` before every query)
and (2) pass the strict ASCII pattern of `templates.safe_iri` (percent-encoded http(s) IRIs, none
of <>"{}|^` backslash, spaces or controls), checked again in `Template.bind`. Anything else is refused with
a clean "no answer". Tests: tests/test_qa_answers.py (hostile questions, template-picker IRIs).

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> from kgqa.kg.qa import QuestionAnswerer
    >>> QuestionAnswerer(KnowledgeGraph.open("memory:")).answer("{ ?s ?p ?o }").answers
    []
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from itertools import product
from typing import Any

from ..results import Term
from ..timeline import newest_query, post_key
from ..vocab import EVENT_KIND_TERMS, PROLOGUE, org_kinds
from .index import GraphIndex
from .parse import clean_question
from .refs import PostRef
from .resolve import FACT_WORD, SlotResolver, Unresolved
from .select import place_asked
from .shape import (
    Answer,
    best_rank,
    coarser_rows,
    doer_rows,
    finished,
    kind_rows,
    level_rows,
    narrow_rows,
    narrowing_words,
    nth_rows,
)
from .templates import Template, bound_vars, date_value, safe_iri

SHOWN = 5  # sources shown with an answer
SOURCES_READ = 200  # facts whose sources one answer reads at most (the first by IRI)
NEWEST = 200  # facts a `newest` template reads of an entity that has more of them (its newest ones)
_DATE_SAID = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?")  # a day or month the question writes


def _on(date: str, year: str, month: int, day: int) -> bool:
    """True when an ISO date (or its prefix) is of that year (when given), month and day (when given)."""
    parts = date[:10].split("-")
    if len(parts) < 2 or (year and parts[0] != year) or int(parts[1]) != month:
        return False
    return not day or (len(parts) == 3 and int(parts[2]) == day)


Q_SOURCES = (
    PROLOGUE + "SELECT ?fact ?article ?sentence WHERE {{ VALUES ?fact {{ {} }} "
    "?fact prov:wasDerivedFrom ?article . OPTIONAL {{ ?fact kgqa:sentence ?sentence }} }}"
)
# the sentences of the facts a person took part in (an imported post has none of its own: 前任总经理甲离职)
Q_TOOK_PART = (
    PROLOGUE + "SELECT DISTINCT ?x ?sentence WHERE {{ VALUES ?x {{ {} }} "
    "GRAPH ?g {{ ?fact schema:attendee|kgqa:host ?x }} ?fact kgqa:sentence ?sentence }}"
)

_RUN_QUERY: ContextVar[Callable[[str], Any] | None] = ContextVar("kgqa_run_query", default=None)


@contextmanager
def queries_run_by(run: Callable[[str], Any]) -> Iterator[None]:
    """Within this block (this thread or task only) answer queries run through `run` (text -> Results)
    instead of the store; the web server passes its pool of killable query processes."""
    token = _RUN_QUERY.set(run)
    try:
        yield
    finally:
        _RUN_QUERY.reset(token)


_EACH_OF: ContextVar[frozenset[str]] = ContextVar("kgqa_each_of", default=frozenset())


@contextmanager
def each_of(kinds: frozenset[str]) -> Iterator[None]:
    """Within this block, several facts of these kinds (a question asking how many or which of them: 甲签了几份协议)
    are never answered as one when they agree (two agreements of one kind are two): offered, each to be taken."""
    token = _EACH_OF.set(kinds)
    try:
        yield
    finally:
        _EACH_OF.reset(token)


_PARTY_RUN = re.compile(r"(?:跟|和|与|同)([\u4e00-\u9fff]{2})")  # 跟云岭签: a party written short, no name found


def written_as_party(label: str, text: str) -> bool:
    """True when the label opens with two characters the question writes right after 跟/和/与/同 (outside a name).

    >>> written_as_party("云岭集团有限公司", "跟云岭签了供货合同的是哪家"), written_as_party("星岫集团", "跟云岭签的是哪家")
    (True, False)
    """
    return any(label.startswith(m.group(1)) for m in _PARTY_RUN.finditer(text))


@dataclass(frozen=True)
class TemplateRun:
    """One run of a template: the question, the slot values found, the text its levels are read from, the nodes
    it names (never its answers) and the first hop's sources by slot value."""

    question: str
    template: Template
    values: dict[str, list]
    text: str
    named: frozenset[str] = frozenset()
    via: dict[str, list] = field(default_factory=dict)
    was: bool = False  # a former holder asked (甲行原行长): only holders said to have held it before answer


class QueryRunner:
    """Runs templates over one store, with the slot values an index and its resolver found."""

    def __init__(
        self, store: Any, index: GraphIndex, resolver: SlotResolver, timeline: Callable[[], Any] | None = None
    ) -> None:
        self.store = store
        self.index = index
        self.resolver = resolver
        self.timeline = timeline  # the store's current timeline (kg.timeline), or None: `newest` reads SPARQL

    def run_query(self, text: str) -> Any:
        """Results of one of the answerer's own queries (see `queries_run_by`)."""
        run = _RUN_QUERY.get()
        return run(text) if run is not None else self.store.query(text)

    def bindings(self, template: Template, values: dict[str, list]) -> list[dict[str, str]]:
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

    def newest(self, template: Template, values: dict[str, list]) -> tuple[list[str], int] | None:
        """For a `newest` template asked of one entity with more than NEWEST facts of its section: the newest
        NEWEST of them (the timeline's, or the same by SPARQL) and how many there are; else None (all are read).
        A list question about the busiest person of a year's papers reads 200 posts, not 30,000."""
        given = [s for s in template.slots.values() if values.get(s.name)]
        if not template.newest or len(given) != 1 or given[0].optional or len(values[given[0].name]) != 1:
            return None
        value = values[given[0].name][0]
        nodes = [value.org, value.role] if isinstance(value, PostRef) else [value]
        if not all(isinstance(v, str) and self.index.knows(v) and safe_iri(v) for v in nodes):
            return None
        entity = post_key(*nodes) if isinstance(value, PostRef) else value
        timeline = self.timeline() if self.timeline is not None else None
        if timeline is not None:
            total = timeline.total(entity, template.newest)
            return (timeline.newest(entity, template.newest, NEWEST), total) if total > NEWEST else None
        facts_query, count_query = newest_query(entity, template.newest, NEWEST)
        counted = self.run_query(count_query).rows
        total = int(counted[0]["n"].value) if counted and counted[0].get("n") is not None else 0
        if total <= NEWEST:
            return None
        return [r["x"].value for r in self.run_query(facts_query).rows if r.get("x") is not None], total

    def rows(
        self, template: Template, bindings: list[dict[str, str]], text: str = "", facts: list[str] | None = None
    ) -> list[dict[str, Term | None]]:
        """The rows of the template for each binding (at most 50), every value checked to be a node of the index;
        `text`: the question, whose narrowing words filter inside the query (`narrow_first`); `facts`: only those
        facts (`newest`)."""
        rows: list[dict[str, Term | None]] = []
        for b in bindings[:50]:
            if not all((self.index.knows(v) and safe_iri(v)) or date_value(v) for v in b.values()):
                raise Unresolved("问题里的名称不在图谱中")
            rows.extend(self.run_query(template.narrowed(template.bind(b, facts), text, place_asked(text))).rows)
        if "ORDER BY" not in template.query.upper():  # the store's own order differs between its copies
            rows.sort(key=lambda row: sorted((k, t.value if t else "") for k, t in row.items()))
        return rows

    def run(
        self,
        question: str,
        template: Template,
        values: dict[str, list],
        text: str,
        named: frozenset[str] = frozenset(),
        via: dict[str, list] | None = None,
        was: bool = False,
    ) -> Answer:
        """Run the template (a value the index does not hold gives a clean no-answer, never a query); `named`:
        nodes the question names, never its answers (`others` templates); `via`: slot values found by a first
        hop -> that hop's sources, shown with the answers they led to."""
        try:
            return self._run_facts(TemplateRun(question, template, values, text, named, via or {}, was))
        except Unresolved as exc:
            return Answer(question, template.id, template.query, message=exc.message, candidates=exc.candidates)

    def _run_facts(self, job: TemplateRun) -> Answer:
        """Run the template; several close facts are answered only when they all give the same answers."""
        question, template, values = job.question, job.template, job.values
        name = next((s.name for s in template.slots.values() if s.is_fact and len(values.get(s.name, ())) > 1), None)
        if name is None:
            return self._run_one(job)
        dated = self._dated(values[name], job.question)
        if len(dated) == 1:
            return self._run_one(replace(job, values={**values, name: dated}))
        slot = template.slots[name]
        if slot.type in _EACH_OF.get() and all(s is slot or s.optional for s in template.slots.values()):
            values = {**values, name: values[name][:20]}  # 甲签了几份协议: each taken (amends.py each_fact)
            return Answer(
                question,
                template.id,
                template.query,
                message=f"问题可以指几个{FACT_WORD[slot.type]}，请选一个",
                candidates=[{"label": self.resolver.fact_label(i), "iri": i, "kind": slot.type} for i in values[name]],
            )
        runs = [self._run_one(replace(job, values={**values, name: [iri]})) for iri in values[name][:5]]
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
            message=f"问题可以指几个{FACT_WORD[kind]}，请选一个",
            candidates=[
                {"label": self.resolver.fact_label(iri), "iri": iri, "kind": kind} for iri in values[name][:20]
            ],
        )

    def _dated(self, facts: list[str], question: str) -> list[str]:
        """Of several facts, those of the day or month the question writes (2011年7月28日奠基的…, 11月5日开的…);
        all of them when it writes none or none is of it."""
        said = [(y, int(m), int(d) if d else 0) for y, m, d in _DATE_SAID.findall(clean_question(question))]
        if not said or not all(safe_iri(f) for f in facts[:20]):
            return facts
        query = (
            PROLOGUE
            + "SELECT ?f ?d WHERE { VALUES ?f { "
            + " ".join(f"<{f}>" for f in facts[:20])
            + " } GRAPH ?g { ?f schema:startDate|kgqa:signedOn ?d } }"
        )
        dates: dict[str, list[str]] = {}
        for row in self.run_query(query).rows:
            if row.get("f") is not None and row.get("d") is not None:
                dates.setdefault(row["f"].value, []).append(row["d"].value)
        keep = [f for f in facts if any(_on(d, y, m, day) for d in dates.get(f, ()) for y, m, day in said)]
        return keep or facts

    def events_on_day(self, day: str, kinds: tuple[str, ...]) -> list[str]:
        """The events of these kinds (none: of any kind) starting on a day (2025-03-21, or --03-21: in any year),
        at most 21; the day is bound only when `date_value` accepts it, the kinds are the vocabulary's own terms."""
        if len(day) not in (7, 10) or not date_value(day) or any(k not in EVENT_KIND_TERMS for k in kinds):
            return []
        said = f'SUBSTR(STR(?d), 5, 6) = "{day[1:]}"' if day.startswith("--") else f'STRSTARTS(STR(?d), "{day}")'
        of_kind = f"VALUES ?k {{ {' '.join(f'<{EVENT_KIND_TERMS[k]}>' for k in kinds)} }} " if kinds else ""
        query = (
            PROLOGUE
            + f"SELECT DISTINCT ?f WHERE {{ {of_kind}GRAPH ?g {{ ?f kgqa:eventKind ?k ; schema:startDate ?d }} "
            + f"FILTER({said}) }} ORDER BY ?f LIMIT 21"
        )
        return [row["f"].value for row in self.run_query(query).rows if row.get("f") is not None]

    def facts_holding(self, relation: str) -> list[str]:
        """The facts that hold a relation of the vocabulary (kgqa:witness) with some node, at most 21; the relation is
        bound only when it is a plain name."""
        if not re.fullmatch(r"[A-Za-z]+", relation):
            return []
        query = PROLOGUE + f"SELECT DISTINCT ?f WHERE {{ GRAPH ?g {{ ?f kgqa:{relation} ?x }} }} ORDER BY ?f LIMIT 21"
        return [row["f"].value for row in self.run_query(query).rows if row.get("f") is not None]

    def events_taken_by(self, entities: tuple[str, ...], kinds: tuple[str, ...], role: str) -> list[str]:
        """The events of these kinds (none: of any kind) every one of the entities took part in, at most 21: `any` as
        attendee, host, organiser or a body involved, `host` as host or organiser; the entities are bound only when
        the index knows them and `safe_iri` accepts them, the kinds are the vocabulary's own terms."""
        if (
            not entities
            or not all(self.index.knows(e) and safe_iri(e) for e in entities)
            or any(k not in EVENT_KIND_TERMS for k in kinds)
        ):
            return []
        path = (
            "kgqa:host|schema:organizer"
            if role == "host"
            else "schema:attendee|kgqa:host|schema:organizer|kgqa:involves"
        )
        of_kind = f"VALUES ?k {{ {' '.join(f'<{EVENT_KIND_TERMS[k]}>' for k in kinds)} }} " if kinds else ""
        took = " ".join(f"?f {path} <{e}> ." for e in entities)
        query = (
            PROLOGUE
            + f"SELECT DISTINCT ?f WHERE {{ {of_kind}GRAPH ?g {{ ?f kgqa:eventKind ?k . {took} }} }} "
            + "ORDER BY ?f LIMIT 21"
        )
        return [row["f"].value for row in self.run_query(query).rows if row.get("f") is not None]

    def _run_one(self, job: TemplateRun) -> Answer:
        """Run the template once per combination of slot values and shape the rows into the answer."""
        template, values, text = job.template, job.values, job.text
        bindings = self.bindings(template, values)
        newest = self.newest(template, values)
        rows = self._intersected(template, values, self.rows(template, bindings, text, newest[0] if newest else None))
        truncated = bool(template.limit) and len(rows) > (template.limit or 0)
        # a ranked row answering with a node the question names is no answer: the next rank's are (甲市是哪个省的:
        # 甲市人民政府 lies in 甲市, the place asked, and 甲市 in 乙省)
        rows = [r for r in rows if r.get("rank") is None or getattr(r.get("x"), "value", None) not in job.named]
        rows = self._units(template, rows[: template.limit or None], text)
        leveled = level_rows(template, rows, text)
        coarse, level = coarser_rows(template, rows, text) if not leveled else ([], "")
        ranked = best_rank(leveled or coarse)
        rows = narrow_rows(template, ranked, text)
        unnarrowed = len(ranked) if ranked and not rows else 0  # 甲政府搞了几次调研: its events, none of that kind
        rows = doer_rows(template, kind_rows(template, rows, text), text)
        place = place_asked(text)
        if template.nth and abs(place) > 1:
            rows = nth_rows(rows, abs(place))  # 投资第二大的项目 (倒数第二: of the rows read in ascending order)
        fact_slot = next((values[s.name][0] for s in template.slots.values() if s.is_fact and values.get(s.name)), None)
        found = [a for a in self._answers(rows, fact_slot, job.via) if a.get("iri") not in job.named]
        if template.others:  # 跟云岭签了乙合同的是哪家: not 云岭集团 itself, written short where no name was found
            found = [a for a in found if not written_as_party(str(a.get("label") or ""), text)]
        if job.was or template.current and any(w in job.question for w in template.current):
            self._took_part(found)
        shown = dict(bindings[0]) if bindings else {}
        sparql = template.narrowed(template.bind(shown) if bindings else template.query, text, place)
        post = self._post_asked(shown)
        out = finished(
            Answer(job.question, template.id, sparql, bindings=shown), template, found, text, truncated, job.was, post
        )
        if template.lists_each(text) and len(out.answers) > 1:  # 甲是哪个单位的人: each body with the titles held there
            held = self._held(rows)
            for a in out.answers:
                if held.get(a.get("iri") or ""):
                    a["held"] = held[a["iri"]]
        if unnarrowed and not out.answers:  # never 0: the news the graph holds may not tell all it did
            words = "、".join(narrowing_words(template.narrow, text))
            out.message = f"图谱里没有记载“{words}”（相关的记载有{unnarrowed}条，都不是），不能据此说一次也没有"
        if level and out.answers:  # 甲在哪个城市 of a body placed in a province only: the province, said so
            out.message = f"图谱里没有它所在的{level}，只知道在{'、'.join(a['label'] for a in out.answers)}"
        if newest and out.answers:
            out.truncated = True
            out.message = f"答案很多：共{newest[1]}条相关事实，只读了最新的{len(newest[0])}条（全部请用SPARQL查询）"
        return out

    def _intersected(
        self, template: Template, values: dict[str, list], rows: list[dict[str, Term | None]]
    ) -> list[dict[str, Term | None]]:
        """The rows whose answer (?x) the values of each `intersect` slot also give."""
        for slot in template.slots.values():
            if slot.combine == "intersect" and values.get(slot.name):
                main = next(s.name for s in template.slots.values() if s.type == slot.type and s.combine is None)
                second = self.rows(template, self.bindings(template, {main: values[slot.name]}))
                keep = {x.value for r in second if (x := r.get("x"))}
                rows = [r for r in rows if (x := r.get("x")) and x.value in keep]
        return rows

    def _answers(self, rows: list[dict], fact_slot: str | None, via: dict[str, list]) -> list[dict[str, Any]]:
        """One answer per label (and post), with the sources of the facts its rows came from."""
        answers: dict[tuple, dict[str, Any]] = {}
        origins: dict[tuple, list[tuple[str | None, str | None]]] = {}
        hops: dict[tuple, list[dict[str, Any]]] = {}
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
            graph = r["g"].value if r.get("g") else None
            # a ranking's row stands for all the facts it sums or counts (?facts: their IRIs, by spaces)
            facts = sorted(set(r["facts"].value.split())) if r.get("facts") is not None else [fact]
            origins.setdefault(key, []).extend((f, graph) for f in facts)
            for t in r.values():
                if t is not None and t.value in via:
                    hops.setdefault(key, []).extend(via[t.value])
        sources = self._read_sources(origins)
        for key, item in answers.items():
            item["sources"] = _with_hop(self._item_sources(origins[key], sources) or [], hops.get(key, []))
        return list(answers.values())

    def _read_sources(self, origins: dict[tuple, list[tuple[str | None, str | None]]]) -> dict[str, list]:
        """The sources of the facts the answers show: first those of each answer's first SHOWN facts, then all the
        other facts of an answer that reached an unread one before SHOWN sources (the 200 newest posts of 6
        titles: 30 facts read, not 200). The same sources as reading every fact: `_item_sources` stops at SHOWN,
        and of more than SOURCES_READ facts only the first by IRI have any, as in `_sources`."""
        every = sorted({f for o in origins.values() for f, _ in o if f and safe_iri(f)})
        readable = set(every[:SOURCES_READ])
        first = {f for o in origins.values() for f, _ in o[:SHOWN] if f and f in readable}
        sources = self._sources(first)
        unread = readable - first
        rest = {f for o in origins.values() if self._item_sources(o, sources, unread) is None for f, _ in o if f}
        rest &= unread
        if rest:
            sources.update(self._sources(rest))
        return sources

    def _units(self, template: Template, rows: list[dict[str, Term | None]], text: str) -> list[dict[str, Term | None]]:
        """Rows of a party body named after its unit (甲银行党委: an ending of `unit_of`) as the unit's, when a narrowing
        word of the question asks the unit's kind (哪家银行; 哪家公司 of a bank: the ontology's subclasses, `org_kinds`) and
        the graph has one unit of that name; others unchanged."""
        asks = {**template.narrow, **template.unit_asks}.items()
        kinds = {k for w, v in asks if w in text for k in org_kinds(v)} - {"party_committee"}
        if not template.unit_of or not kinds:
            return rows
        out = []
        for r in rows:
            label = term.value if (term := r.get("label")) is not None else ""
            end = next((e for e in template.unit_of if label.endswith(e) and len(label) > len(e)), "")
            units = sorted(self.index.surfaces.get(label[: -len(end)], {}).get("o", ())) if end else []
            unit = self.index.entities.get(units[0]) if len(units) == 1 else None
            if unit is None or unit.org_type not in kinds:
                out.append(r)
                continue
            typ = Term("literal", unit.org_type or "")
            out.append({**r, "x": Term("uri", unit.iri), "label": Term("literal", unit.label), "type": typ})
        return out

    def _held(self, rows: list[dict[str, Term | None]]) -> dict[str, list[str]]:
        """Each answer node's titles (?role's labels) in the rows, in their order: the posts held in a body listed."""
        held: dict[str, list[str]] = {}
        for r in rows:
            x, role = r.get("x"), r.get("role")
            if x is None or role is None:
                continue
            title = self.index.label(role.value)
            if title and title != role.value and title not in held.setdefault(x.value, []):
                held[x.value].append(title)
        return held

    def _post_asked(self, shown: dict[str, str]) -> tuple[str, str] | None:
        """The title and body label of the post a template's bindings name (a post's holders asked), else None."""
        if not shown.get("role") or not shown.get("org"):
            return None
        title, body = self.index.label(shown["role"]), self.index.label(shown["org"])
        return (title, body) if title != shown["role"] and body != shown["org"] else None

    def _took_part(self, answers: list[dict[str, Any]]) -> None:
        """Holders without a sentence of their own (an imported post) get those of the facts they took part in
        as `said`, for `current` to read (前任总经理甲的离职公告: 甲 held it before)."""
        bare = [a for a in answers if a.get("iri") and not any(s.get("sentence") for s in a.get("sources", []))]
        safe = sorted({a["iri"] for a in bare if safe_iri(a["iri"])})[:50]
        if not safe:
            return
        said: dict[str, list[str]] = {}
        for row in self.run_query(Q_TOOK_PART.format(" ".join(f"<{x}>" for x in safe))).rows:
            if row.get("x") is not None and row.get("sentence") is not None:
                said.setdefault(row["x"].value, []).append(row["sentence"].value)
        for a in bare:
            if said.get(a["iri"]):
                a["said"] = said[a["iri"]]

    def _sources(self, facts: set[str]) -> dict[str, list[tuple[str, str | None]]]:
        """The articles and sentences each fact was read from (one query for at most SOURCES_READ facts)."""
        safe = sorted(f for f in facts if safe_iri(f))[:SOURCES_READ]
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
        self,
        origins: list[tuple[str | None, str | None]],
        sources: dict[str, list[tuple[str, str | None]]],
        unread: frozenset[str] | set[str] = frozenset(),
    ) -> list[dict[str, Any]] | None:
        """An answer's sources (article, title, sentence), at most five; a fact without one: its article graph.
        None when it reaches a fact of `unread` (sources not read yet) before five."""
        out: list[dict[str, Any]] = []
        for fact, graph in origins:
            if fact in unread:
                return None
            found = sources.get(fact or "", [])
            if not found and graph and "/graph/article/" in graph:
                found = [(graph.replace("/graph/article/", "/id/article/"), None)]
            for article, sentence in found:
                src = {"article": article, "title": self.resolver.fact_label(article), "sentence": sentence}
                if src not in out:
                    out.append(src)
                if len(out) == SHOWN:  # a holder of a post in 3,000 articles: five are shown, the rest never read
                    return out
        return out


HOP_SOURCES = 2  # at most this many of an answer's five sources are the first hop's


def _with_hop(own: list[dict[str, Any]], hop: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An answer's own sources and those of the first hop that led to it (both kept within five)."""
    mine = set(map(_frozen, own))
    extra = [src for src in dict.fromkeys(map(_frozen, hop)) if src not in mine][:HOP_SOURCES]
    return own[: 5 - len(extra)] + [dict(src) for src in extra]


def _frozen(src: dict[str, Any]) -> tuple:
    return tuple(sorted(src.items()))
