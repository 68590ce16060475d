"""Question templates as data: read templates.yaml, check every entry (unknown keys are an error).

>>> t = load_templates()["person_posts"]
>>> t.slots["person"].type, t.family
('person', 'person_posts')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..store import check_syntax
from ..timeline import HOLDERS, SECTIONS
from ..vocab import EVENT_KIND_TERMS, PROLOGUE

# entity slot type -> the mention kind letters it accepts (see index.KIND_LETTERS)
ENTITY_TYPES: dict[str, str] = {
    "person": "p",
    "organisation": "oz",
    "zone": "zo",
    "place": "l",
    "industry": "i",
    "post": "st",
    "locus": "ozl",
    "entity": "pozli",
    "title": "t",
    "date": "d",
}
FACT_TYPES = frozenset({"event", "agreement", "fact", "article"})
# An IRI written into a query as a constant: http(s), a plain host, then path/query/fragment made only
# of RFC 3987 ASCII characters and %XX escapes (none of <>"{}|^`, backslash, brackets, spaces,
# controls). The graph's IRIs are percent-encoded (kg.vocab.entity_iri), so every node the index holds
# passes; anything else is refused.
_IRI_CHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_SAFE_IRI = re.compile(
    rf"https?://[A-Za-z0-9\-.]+(?::[0-9]{{1,5}})?(?:/{_IRI_CHAR}*)*"
    rf"(?:\?(?:{_IRI_CHAR}|[/?])*)?(?:#(?:{_IRI_CHAR}|[/?])*)?"
)


def safe_iri(iri: object) -> bool:
    """True when `iri` can be written between <> in SPARQL without changing the query.

    >>> safe_iri("https://kgqa.dev/id/org/%E9%95%BF"), safe_iri("https://x/> } DROP ALL { <y")
    (True, False)
    >>> safe_iri("https://kgqa.dev/id/org/长治"), safe_iri("https://x/a" + chr(10))
    (False, False)
    """
    return isinstance(iri, str) and len(iri) <= 2000 and _SAFE_IRI.fullmatch(iri) is not None


_DATE_VALUE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def date_value(value: object) -> bool:
    """True for an ISO date, year-month or year, or a day of any year (--03-24, XML Schema's gMonthDay): what a
    date slot binds, written as a string literal.

    >>> date_value("2025-03"), date_value('2025-03" } DROP ALL {')
    (True, False)
    """
    return isinstance(value, str) and _DATE_VALUE.fullmatch(value) is not None


_PROJECTION = re.compile(r"SELECT\s+(DISTINCT\s+)?(.*?)\s+WHERE", re.S | re.I)


class TemplateError(ValueError):
    """templates.yaml has a problem; the message names the template and what is wrong."""


@dataclass(frozen=True)
class Slot:
    """One slot of a template: its name, type, whether a question may leave it out, the SPARQL variables it
    binds (a post binds ?org and ?role), and how its answers combine with the others' (intersect)."""

    name: str
    type: str
    optional: bool = False
    binds: tuple[str, ...] = ()
    combine: str | None = None
    via: tuple[tuple[str, str], ...] = ()  # (entity type, template id): a name of that type fills it with its answers

    @property
    def is_fact(self) -> bool:
        """True when the slot is found from a description (event, agreement, fact, article)."""
        return self.type in FACT_TYPES


@dataclass
class Template:
    """One question template: the evidence that selects it and the SPARQL that answers it."""

    id: str
    title: str
    family: str
    slots: dict[str, Slot]
    examples: list[str]
    sparql: str
    answer: str
    asks: tuple[str, ...] = ()
    cues: tuple[tuple[str, ...], ...] = ()
    also: tuple[str, ...] = ()
    weight: float = 0.0
    form: str = ""  # the question with {slot} placeholders, filled to make live examples
    strict: bool = False  # a cue group it does not name, or a name it leaves unused, refuses it
    fallback: bool = False  # tried only when the fits it ties with found no answer
    narrow: dict[str, str] = field(default_factory=dict)
    narrow_first: bool = False  # the narrowing words filter ?type inside the query, before its ORDER BY … LIMIT
    kinds: dict[str, str] = field(default_factory=dict)  # 合作协议 -> 合作: only facts whose ?kind holds it
    untitled: bool = False  # a title named and filling no slot refuses it (X的董事长是谁 is not who works at X)
    not_persons: tuple[str, ...] = ()  # cue groups that refuse it when a person is asked (谁出席了X的签约)
    nth: bool = False  # 第二大: the fact at that place of the query's order, not its first (LIMIT 1)
    bare: tuple[str, ...] = ()  # cue groups naming its fact alone when no description is given (见证签约的是谁)
    bare_holds: str = ""  # the relation (kgqa:witness) that picks its fact when none is described and one holds it
    expand: dict[str, str] = field(default_factory=dict)
    limit: int | None = None
    own_names: bool = False  # a name in a fact description must be in the fact's own words
    others: bool = False  # what the question names is never one of its answers (X由哪两家企业成立)
    listed: tuple[str, ...] = ()  # 哪个单位 (a word of these after the which-word) and several found: each one listed
    level: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 哪个省 -> answers naming a 省 or 自治区
    coarser: bool = False  # no answer of the level asked (哪个城市): the places above it the graph knows, said so
    unit_of: tuple[str, ...] = ()  # endings of a party body named after its unit (甲银行党委): asked by a narrowing
    # word of the unit's kind (哪家银行), the unit answers for it
    unit_asks: dict[str, str] = field(default_factory=dict)  # words asking a unit's kind besides `narrow`'s (哪家公司)
    current: tuple[str, ...] = ()  # words asking for the current holder (新聘): holders said to be former are left out
    former: bool = False  # a former holder may be asked (甲行原行长): only holders said to have held it before answer
    party: tuple[str, ...] = ()  # slots only filled by a name written as a signing party (长治跟…, 和长治签约)
    order: tuple[str, ...] = ()  # slots whose names must be written in this order (甲在乙任何职, not 见证乙签约的甲)
    label: dict[str, re.Pattern[str]] | None = None  # how answer labels are shortened (drop, cut, pick)
    newest: str | None = None  # a timeline section: an entity with more such facts answers from its newest ones
    # the which-word and a word of `listed` (哪个单位, 哪家机构), built once from the words, each escaped
    listed_asked: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build `listed_asked` once (listed 单位, 部门: 哪一?[个家所]?(?:单位|部门))."""
        words = "|".join(re.escape(w) for w in self.listed)
        self.listed_asked = re.compile(rf"哪一?[个家所]?(?:{words})") if self.listed else None

    def lists_each(self, text: str) -> bool:
        """True when the question asks one by a word of `listed` (哪个单位): every answer found is given, none merged
        and no "asked one, found several" (甲是哪个单位的人: each body of a person of several posts).

        >>> t = Template("t", "", "t", {}, [], "", "", listed=("单位",))
        >>> t.lists_each("甲是哪个单位的人"), t.lists_each("甲是哪家公司的")
        (True, False)
        >>> Template("t", "", "t", {}, [], "", "", listed=("单位(",)).lists_each("甲是哪个单位(的")
        True
        """
        return self.listed_asked is not None and self.listed_asked.search(text) is not None

    def short_label(self, text: str) -> str:
        """An answer label shortened by the template's `label` rules: drop a prefix, cut at the first
        separator, pick the named group of a pattern when it matches (else the cut text)."""
        if not self.label:
            return text
        rest = self.label["drop"].sub("", text.strip(), count=1).strip() or text.strip()
        clause = self.label["cut"].split(rest, maxsplit=1)[0].rstrip("。")
        m = self.label["pick"].search(clause)
        return m.group("name") if m else clause

    @property
    def query(self) -> str:
        """The SPARQL with the project's prefixes (and LIMIT limit+1 when the template caps its rows)."""
        cap = f"\nLIMIT {self.limit + 1}" if self.limit else ""
        return PROLOGUE + self.sparql.rstrip() + cap

    def bind(self, bindings: dict[str, str], facts: list[str] | None = None) -> str:
        """The query with each bound variable written as an IRI constant (IRIs from the graph, checked).

        Oxigraph evaluates a substituted variable as a join after the fact, which scans whole
        predicates; a constant lets it start from the node (0.3 ms instead of 50 ms on 100k quads).
        Only IRIs that pass `safe_iri` are written (ValueError otherwise); the engine also only
        passes IRIs the graph index holds, so no user text can reach the query.

        >>> load_templates()["zone_industries"].bind({"zone": "https://kgqa.dev/id/org/x"}).count("<https://kgqa.dev/id/org/x>")
        2

        `facts` (checked the same way) bind ?fact first, by a VALUES block: the `newest` facts of an entity.
        """
        head, body = _split_where(self.query)
        if facts is not None:
            if not all(safe_iri(f) for f in facts):
                raise ValueError("not a safe IRI among the facts")
            opening = body.index("{") + 1
            body = body[:opening] + " VALUES ?fact { " + " ".join(f"<{f}>" for f in facts) + " }" + body[opening:]
        for name, iri in bindings.items():
            if date_value(iri):  # a date slot: digits and dashes only, written as a string
                term = f'"{iri}"'
            elif safe_iri(iri):
                term = f"<{iri}>"
            else:
                raise ValueError(f"not a safe IRI for ?{name}: {iri[:80]!r}")
            head = re.sub(rf"\?{name}\b", f"({term} AS ?{name})", head, count=1)
            body = re.sub(rf"\?{name}\b", term, body)
        return head + body

    def narrowed(self, query: str, text: str, place: int = 1) -> str:
        """The bound query keeping only rows whose ?type a narrowing word of the question asks for, filtered
        before its ORDER BY … LIMIT (`narrow_first`: 签约金额最大的 is the biggest signing, not the biggest fact);
        `place`: the place in the ranking asked (select.place_asked): from the end when below 0 (最少的: its
        ORDER BY DESC(?value) read ascending), and the rows it is counted in when beyond the first (shape.nth_rows).

        >>> t = Template("t", "", "t", {}, [], "SELECT ?x WHERE { ?x a ?type } LIMIT 1", "", narrow={"签约": "signing"},
        ...              narrow_first=True)
        >>> t.narrowed(t.query, "签约金额最大的").splitlines()[-1]
        'SELECT ?x WHERE { ?x a ?type  FILTER(?type IN ("signing")) } LIMIT 1'
        >>> t = Template("t", "", "t", {}, [], "SELECT ?x WHERE { } ORDER BY DESC(?value) LIMIT 1", "", nth=True)
        >>> t.narrowed(t.query, "", -2).splitlines()[-1]
        'SELECT ?x WHERE { } ORDER BY ASC(?value) LIMIT 200'
        """
        if self.nth and place < 0:
            query = query.replace(_DESCENDING, "ORDER BY ASC(?value)")
        if self.nth and abs(place) > 1:
            query = re.sub(r"LIMIT 1\s*$", "LIMIT 200", query)
        kinds = sorted({v for w, v in self.narrow.items() if w in text})
        if not self.narrow_first or not kinds:
            return query
        end = query.rindex("}")
        return query[:end] + " FILTER(?type IN (" + ", ".join(f'"{k}"' for k in kinds) + ")) " + query[end:]

    def describe(self) -> dict[str, Any]:
        """What the web front end shows in the template picker."""
        return {
            "id": self.id,
            "title": self.title,
            "family": self.family,
            "slots": [
                {"name": s.name, "type": s.type, "optional": s.optional, "label": s.name}
                for s in self.slots.values()
                if "__" not in s.name
            ],
            "examples": list(self.examples),
            "sparql": self.query,
        }


def _split_where(query: str) -> tuple[str, str]:
    m = re.search(r"\bWHERE\s*\{", query)
    if not m:
        raise ValueError("a template query needs a WHERE clause")
    return query[: m.start()], query[m.start() :]


def bound_vars(slot: Slot) -> tuple[str, ...]:
    """The SPARQL variables a slot binds: its `binds` (a post: ?org and ?role), else its name.

    >>> bound_vars(Slot("post2", "post", binds=("org", "role")))
    ('org', 'role')
    """
    return slot.binds or (slot.name,)


SLOT_KEYS = {"type", "optional", "binds", "combine", "via"}
TEMPLATE_KEYS = {
    "id",
    "title",
    "family",
    "slots",
    "examples",
    "form",
    "sparql",
    "answer",
    "asks",
    "cues",
    "also",
    "weight",
    "strict",
    "fallback",
    "narrow",
    "narrow_first",
    "kinds",
    "untitled",
    "not_persons",
    "bare",
    "bare_holds",
    "nth",
    "expand",
    "limit",
    "own_names",
    "others",
    "listed",
    "level",
    "coarser",
    "unit_of",
    "unit_asks",
    "current",
    "former",
    "party",
    "order",
    "label",
    "newest",
}
COMBINE = ("intersect",)


def _parse_slot(tid: str, name: str, raw: Any) -> Slot:
    if isinstance(raw, str):
        raw = {"type": raw.rstrip("?"), "optional": raw.endswith("?")}
    if not isinstance(raw, dict) or set(raw) - SLOT_KEYS:
        bad = sorted(set(raw) - SLOT_KEYS)[0] if isinstance(raw, dict) else raw
        raise TemplateError(f"template {tid}: slot {name}: unknown key {bad!r}")
    typ = str(raw.get("type") or "")
    if typ not in ENTITY_TYPES and typ not in FACT_TYPES:
        raise TemplateError(f"template {tid}: slot {name} has unknown type {typ!r}")
    binds = tuple(str(b) for b in raw.get("binds") or ())
    if typ == "post" and len(binds) != 2:
        raise TemplateError(f"template {tid}: slot {name} (a post) must bind two variables: [org, role]")
    combine = raw.get("combine")
    if combine is not None and combine not in COMBINE:
        raise TemplateError(f"template {tid}: slot {name}: combine must be one of {', '.join(COMBINE)}")
    via = raw.get("via") or {}
    if not isinstance(via, dict) or any(k not in ENTITY_TYPES or not isinstance(v, str) for k, v in via.items()):
        raise TemplateError(f"template {tid}: slot {name}: via must map entity types to template ids")
    return Slot(name, typ, bool(raw.get("optional")), binds, combine, tuple((str(k), v) for k, v in via.items()))


def _parse_slots(tid: str, raw: Any) -> dict[str, Slot]:
    if not isinstance(raw, dict):
        raise TemplateError(f"template {tid}: slots must be a mapping name -> type")
    slots = {str(name): _parse_slot(tid, str(name), spec) for name, spec in raw.items()}
    if sum(s.is_fact for s in slots.values()) > 1:
        raise TemplateError(f"template {tid}: at most one fact slot")
    return slots


def _check_sparql(tid: str, sparql: str, slots: dict[str, Slot]) -> None:
    m = _PROJECTION.search(sparql)
    if not m:
        raise TemplateError(f"template {tid}: sparql must be a SELECT … WHERE query")
    projected = set(re.findall(r"\?(\w+)", m.group(2)))
    needed = {"x", "label"} | {v for s in slots.values() for v in bound_vars(s)}
    missing = needed - projected
    if missing:
        raise TemplateError(f"template {tid}: sparql must project ?{', ?'.join(sorted(missing))}")
    try:
        check_syntax(PROLOGUE + sparql)  # the engine's own parser: milliseconds, where rdflib's took seconds
    except ValueError as exc:
        raise TemplateError(f"template {tid}: sparql does not parse: {exc}") from exc


_DESCENDING = "ORDER BY DESC(?value)"  # the order a template with `nth` ranks its facts in


def _names(tid: str, key: str, raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise TemplateError(f"template {tid}: {key} must be a list of names")
    return tuple(raw)


def parse_event_kinds(source: str, raw: Any) -> tuple[dict[str, str], tuple[str, ...]]:
    """cues.yaml `event_kinds`: its words and phrases -> event kind (the narrowing table) and the count words built
    from it (each count form before each word).

    >>> parse_event_kinds("s", {"words": {"签约": "signing"}, "count_forms": ["几次"], "phrases": {"开了几次会": "meeting"}})
    ({'签约': 'signing', '开了几次会': 'meeting'}, ('几次签约',))
    """
    raw = raw or {}
    if not isinstance(raw, dict) or set(raw) - {"words", "count_forms", "phrases"}:
        raise TemplateError(f"{source}: event_kinds must be a mapping with words, count_forms and phrases")
    words, phrases, forms = raw.get("words") or {}, raw.get("phrases") or {}, raw.get("count_forms") or []
    if not isinstance(words, dict) or not isinstance(phrases, dict) or not isinstance(forms, list):
        raise TemplateError(f"{source}: event_kinds words and phrases must be mappings, count_forms a list")
    table = {str(k): str(v) for k, v in {**words, **phrases}.items()}
    if bad := sorted(set(table.values()) - set(EVENT_KIND_TERMS)):
        raise TemplateError(f"{source}: event_kinds kind {bad[0]!r} is no event kind")
    if both := sorted(set(map(str, words)) & set(map(str, phrases))):
        raise TemplateError(f"{source}: event_kinds {both[0]!r} is both a word and a phrase")
    return table, tuple(f"{form}{word}" for word in map(str, words) for form in map(str, forms))


@lru_cache(maxsize=1)
def load_event_kinds() -> tuple[dict[str, str], tuple[str, ...]]:
    """The project's event-kind table (cues.yaml `event_kinds`) and its count words: load_event_kinds()[0]["签约"] is
    'signing'."""
    text = resources.files(__package__).joinpath("cues.yaml").read_text(encoding="utf-8")
    return parse_event_kinds("cues.yaml", (yaml.safe_load(text) or {}).get("event_kinds"))


def _narrow(tid: str, raw: Any) -> dict[str, str]:
    """Narrowing words -> the ?type value they ask for: a lower-case name (written into a query by `narrowed`);
    `event_kinds` stands for cues.yaml's event-kind table, alone or first in a list before more words."""
    parts = raw if isinstance(raw, list) else [raw]
    out: dict[str, str] = {}
    for part in parts:
        if part == "event_kinds":
            out.update(load_event_kinds()[0])
        elif isinstance(part, dict) or part is None:
            out.update({str(k): str(v) for k, v in (part or {}).items()})
        else:
            raise TemplateError(f"template {tid}: narrow must be a mapping, event_kinds or a list of them")
    if bad := [v for v in out.values() if not re.fullmatch(r"[a-z_]+", v)]:
        raise TemplateError(f"template {tid}: narrow value {bad[0]!r} is not a lower-case name")
    return out


def _order(tid: str, raw: Any, slots: dict[str, Slot]) -> tuple[str, ...]:
    """Slot names in the order their names must be written; every one a slot of the template."""
    names = _names(tid, "order", raw)
    if unknown := [n for n in names if n not in slots]:
        raise TemplateError(f"template {tid}: order names no slot {unknown[0]!r}")
    return names


def _cues(tid: str, raw: Any) -> tuple[tuple[str, ...], ...]:
    """Needed cue groups: each entry a group, or a list of groups any one of which will do."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise TemplateError(f"template {tid}: cues must be a list")
    return tuple(_names(tid, "cues", x) if isinstance(x, list) else _names(tid, "cues", [x]) for x in raw)


def parse_template(raw: dict[str, Any]) -> Template:
    """Check one YAML entry and build its Template (raises TemplateError naming the problem)."""
    tid = str(raw.get("id") or "")
    if not re.fullmatch(r"[a-z_]+", tid):
        raise TemplateError(f"template id {tid!r} must be lower-case letters and underscores")
    unknown = sorted(set(map(str, raw)) - TEMPLATE_KEYS)
    if unknown:
        raise TemplateError(f"template {tid}: unknown key {unknown[0]!r}")
    for key in ("title", "examples", "sparql", "answer", "asks"):
        if not raw.get(key):
            raise TemplateError(f"template {tid}: missing {key}")
    if raw.get("slots") is None:
        raise TemplateError(f"template {tid}: missing slots (write {{}} for none)")
    slots = _parse_slots(tid, raw["slots"])
    _check_sparql(tid, str(raw["sparql"]), slots)
    if raw.get("nth") and _DESCENDING not in str(raw["sparql"]):
        raise TemplateError(f"template {tid}: nth needs its query ranked {_DESCENDING}")
    weight = raw.get("weight", 0)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool):
        raise TemplateError(f"template {tid}: weight must be a number")
    return Template(
        id=tid,
        title=str(raw["title"]),
        family=str(raw.get("family") or tid),
        slots=slots,
        examples=[str(e) for e in raw["examples"]],
        sparql=str(raw["sparql"]),
        answer=str(raw["answer"]),
        asks=_names(tid, "asks", raw["asks"]),
        cues=_cues(tid, raw.get("cues")),
        also=_names(tid, "also", raw.get("also")),
        weight=float(weight),
        strict=bool(raw.get("strict")),
        fallback=bool(raw.get("fallback")),
        form=_form(tid, raw.get("form"), slots),
        narrow=_narrow(tid, raw.get("narrow")),
        narrow_first=bool(raw.get("narrow_first")),
        kinds={str(k): str(v) for k, v in (raw.get("kinds") or {}).items()},
        untitled=bool(raw.get("untitled")),
        not_persons=_names(tid, "not_persons", raw.get("not_persons")),
        bare=_names(tid, "bare", raw.get("bare")),
        bare_holds=str(raw.get("bare_holds") or ""),
        nth=bool(raw.get("nth")),
        expand=dict(raw.get("expand") or {}),
        limit=_limit(tid, raw.get("limit")),
        own_names=bool(raw.get("own_names")),
        others=bool(raw.get("others")),
        listed=_names(tid, "listed", raw.get("listed")),
        level=_level(tid, raw.get("level")),
        coarser=bool(raw.get("coarser")),
        unit_of=_names(tid, "unit_of", raw.get("unit_of")),
        unit_asks=_narrow(tid, raw.get("unit_asks")),
        current=_names(tid, "current", raw.get("current")),
        former=bool(raw.get("former")),
        party=_names(tid, "party", raw.get("party")),
        order=_order(tid, raw.get("order"), slots),
        label=_label(tid, raw.get("label")),
        newest=_newest(tid, raw.get("newest"), str(raw["sparql"]), slots),
    )


def _form(tid: str, value: Any, slots: dict[str, Slot]) -> str:
    if value is None:
        return ""
    names = re.findall(r"\{(\w+)\}", str(value))
    unknown = [n for n in names if n not in slots]
    if unknown or (slots and not names):
        raise TemplateError(
            f"template {tid}: form must name its slots as {{slot}} ({unknown[0] if unknown else 'none'})"
        )
    return str(value)


def _level(tid: str, value: Any) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and k for k in value):
        raise TemplateError(f"template {tid}: level must be a mapping question word -> list of level words")
    return {k: _names(tid, f"level.{k}", v) for k, v in value.items()}


LABEL_KEYS = ("drop", "cut", "pick")


def _label(tid: str, value: Any) -> dict[str, re.Pattern[str]] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != set(LABEL_KEYS):
        raise TemplateError(f"template {tid}: label must be a mapping with {', '.join(LABEL_KEYS)} (regexes)")
    try:
        out = {k: re.compile(str(v)) for k, v in value.items()}
    except re.error as exc:
        raise TemplateError(f"template {tid}: label regex is not valid: {exc}") from exc
    if "name" not in out["pick"].groupindex:
        raise TemplateError(f"template {tid}: label pick needs a (?P<name>…) group")
    return out


def _newest(tid: str, value: Any, sparql: str, slots: dict[str, Slot]) -> str | None:
    if value is None:
        return None
    if value not in SECTIONS and value != HOLDERS:
        raise TemplateError(f"template {tid}: newest must be a timeline section: {', '.join([*SECTIONS, HOLDERS])}")
    needed = [s for s in slots.values() if not s.optional]
    if len(needed) != 1 or needed[0].type not in ENTITY_TYPES or (needed[0].type == "post") != (value == HOLDERS):
        raise TemplateError(
            f"template {tid}: newest needs exactly one entity slot the question must fill (a post for {HOLDERS})"
        )
    if not re.search(r"\?fact\b", _PROJECTION.search(sparql).group(2)):  # type: ignore[union-attr]
        raise TemplateError(f"template {tid}: newest needs the sparql to project ?fact (the facts bound)")
    return str(value)


def _limit(tid: str, value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000:
        raise TemplateError(f"template {tid}: limit must be a whole number from 1 to 10000")
    return value


def parse_templates(text: str, source: str = "templates.yaml") -> dict[str, Template]:
    """Parse a whole templates file; ids must be unique."""
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when built with it
    except yaml.YAMLError as exc:
        raise TemplateError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, list) or not data:
        raise TemplateError(f"{source}: must be a non-empty list of templates")
    out: dict[str, Template] = {}
    for raw in data:
        if not isinstance(raw, dict):
            raise TemplateError(f"{source}: every entry must be a mapping, got {raw!r:.60}")
        t = parse_template(raw)
        if t.id in out:
            raise TemplateError(f"{source}: template id {t.id} appears twice")
        out[t.id] = t
    _check_via(out)
    return out


def _check_via(templates: dict[str, Template]) -> None:
    """A slot's `via` template must exist, have a slot of the type named, and answer the slot's type."""
    for t in templates.values():
        for slot in t.slots.values():
            for typ, tid in slot.via:
                hop = templates.get(tid)
                if hop is None or not any(s.type == typ for s in hop.slots.values()):
                    raise TemplateError(f"template {t.id}: slot {slot.name}: via {tid} has no {typ} slot")
                if slot.type not in hop.asks:
                    raise TemplateError(f"template {t.id}: slot {slot.name}: via {tid} does not answer {slot.type}")


@lru_cache(maxsize=4)
def load_templates(path: str | None = None) -> dict[str, Template]:
    """The project's templates (or those of `path`), parsed once."""
    if path:
        return parse_templates(Path(path).read_text(encoding="utf-8"), path)
    text = resources.files(__package__).joinpath("templates.yaml").read_text(encoding="utf-8")
    return parse_templates(text)
