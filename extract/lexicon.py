"""The data files of extract/data/, read and checked in one place.

Every file there is read through `load(name)`, which checks it against the schema declared for it
in `FILES` and raises `LexiconError` ("extract/data/titles.txt:12: duplicate entry '书记' (first on
line 5)") when the file breaks it. A new data file needs a line in `FILES`.

* Text files (`Lines`): one entry a line (no spaces in it), or `columns` tab-separated fields a line; blank lines and lines starting with `#` are skipped; an entry
  written twice is an error. `load` gives a list of entries, or of tuples of fields.
* YAML files: a schema built of `Str`, `Int`, `Num`, `Seq`, `Words` (a list of distinct strings),
  `Map` (any keys, one kind of value), `Record` (named keys, each required unless listed in
  `optional`; an unknown key is an error), `Choice` (one of given strings), `Either` (one of given
  specs), `Maybe` (null allowed) and `Slotted` (a regex whose `{name}` slots each name a word list of the same
  mapping: `load` gives it with each slot filled by the list's alternation). A key written twice in one
  mapping is an error (YAML itself would keep the last silently). `load` gives the parsed data.

Loaded data is cached and shared: callers must not change it in place.

    >>> "书记" in load("titles.txt")
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("data")

STR, INT, FLOAT, NULL, BOOL = ("tag:yaml.org,2002:" + t for t in ("str", "int", "float", "null", "bool"))
TAG_NAMES = {
    STR: "a string",
    INT: "an integer",
    FLOAT: "a number",
    NULL: "nothing (null)",
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:seq": "a list",
    "tag:yaml.org,2002:map": "a mapping",
}


class LexiconError(ValueError):
    """A data file that breaks its schema: the file, the line (1-based; 0: the whole file) and the problem."""

    def __init__(self, file: str, line: int, problem: str, syntax: bool = False) -> None:
        super().__init__(f"{file}:{line}: {problem}")
        self.file, self.line, self.problem = file, line, problem
        self.syntax = syntax  # not valid YAML (not a schema problem)


def _shown(path: Path) -> str:
    """The file as an error names it: extract/data/NAME for the package's files, else the path."""
    return f"extract/data/{path.name}" if path.parent == DATA else str(path)


# ---------------------------------------------------------------- text files


@dataclass(frozen=True)
class Lines:
    """A text file: one entry a line, or `columns` tab-separated fields a line; `key`: how many
    leading fields must be distinct (default all); `length`: the length every entry must have;
    `numbers`: the (0-based) fields that must be numbers."""

    columns: int = 1
    key: int | None = None
    length: int | None = None
    numbers: tuple[int, ...] = ()


def _entries(spec: Lines, line: str) -> list:
    """The entries of one line: words, or one tuple of fields."""
    if spec.columns == 1:
        return [line.strip()]
    return [tuple(f.strip() for f in line.rstrip("\r\n").split("\t"))]


def _check_entry(spec: Lines, entry, shown: str, n: int) -> None:
    """Raise when an entry has the wrong number of fields, length or a field that is no number."""
    if spec.columns > 1:
        if len(entry) != spec.columns or not all(entry):
            raise LexiconError(
                shown,
                n,
                f"expected {spec.columns} tab-separated fields, found {len(entry)}"
                + ("" if all(entry) else " (one empty)"),
            )
        for i in spec.numbers:
            try:
                float(entry[i])
            except ValueError:
                raise LexiconError(shown, n, f"field {i + 1} is no number: {entry[i]!r}") from None
    elif len(entry.split()) > 1:
        raise LexiconError(shown, n, f"more than one entry on the line ({entry!r}): write one a line")
    elif spec.length is not None and len(entry) != spec.length:
        raise LexiconError(shown, n, f"entry {entry!r} is not {spec.length} characters long")


def read_lines(path: Path, spec: Lines) -> list:
    """The entries of a text file, checked against spec."""
    shown, out = _shown(path), []
    seen: dict[object, int] = {}  # entry -> the line it was first on
    for n, line in enumerate(_text(path).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for entry in _entries(spec, line):
            _check_entry(spec, entry, shown, n)
            key = entry[: spec.key] if spec.key and spec.columns > 1 else entry
            if key in seen:
                raise LexiconError(shown, n, f"duplicate entry {_show(key)} (first on line {seen[key]})")
            seen[key] = n
            out.append(entry)
    return out


def _show(key) -> str:
    """A key as an error shows it."""
    return repr("\t".join(key)) if isinstance(key, tuple) else repr(key)


def _text(path: Path) -> str:
    """The file's text; a missing or undecodable file is a LexiconError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(_shown(path), 0, "no such file") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(_shown(path), 0, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None


# ---------------------------------------------------------------- YAML files


class Spec:
    """What a YAML value must be."""

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """Raise LexiconError when node breaks this spec."""
        raise NotImplementedError


@dataclass
class _Ctx:
    """The file being checked and the path of keys to the value at hand."""

    file: str
    where: str = ""

    def error(self, node: yaml.Node, problem: str) -> LexiconError:
        """An error at node's line, naming the key path."""
        at = f"{self.where}: " if self.where else ""
        return LexiconError(self.file, node.start_mark.line + 1, at + problem)

    def at(self, part: str) -> _Ctx:
        """The context of a value below this one."""
        return _Ctx(
            self.file, f"{self.where}{part}" if part.startswith("[") or not self.where else f"{self.where}.{part}"
        )


def _kind(node: yaml.Node) -> str:
    """What a node is, in words."""
    return TAG_NAMES.get(node.tag, node.tag)


@dataclass(frozen=True)
class Scalar(Spec):
    """A single value of one of the given YAML tags."""

    tags: tuple[str, ...]
    what: str

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A scalar of one of the tags."""
        if not isinstance(node, yaml.ScalarNode) or node.tag not in self.tags:
            raise ctx.error(node, f"expected {self.what}, found {_kind(node)}")
        if node.tag == STR and not node.value.strip():
            raise ctx.error(node, "empty string")


def Str() -> Scalar:
    """A non-empty string."""
    return Scalar((STR,), "a string")


def Int() -> Scalar:
    """An integer."""
    return Scalar((INT,), "an integer")


def Num() -> Scalar:
    """A number."""
    return Scalar((INT, FLOAT), "a number")


def Bool() -> Scalar:
    """true or false."""
    return Scalar((BOOL,), "true or false")


@dataclass(frozen=True)
class Choice(Spec):
    """One of the given strings."""

    values: tuple[str, ...]

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A string among the values."""
        Str().check(node, ctx)
        if node.value not in self.values:
            raise ctx.error(node, f"{node.value!r} is none of {', '.join(self.values)}")


@dataclass(frozen=True)
class Either(Spec):
    """A value that one of the specs allows (`what` says which in an error)."""

    options: tuple[Spec, ...]
    what: str

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """What one of the options allows."""
        for option in self.options:
            try:
                option.check(node, ctx)
                return
            except LexiconError:
                continue
        raise ctx.error(node, f"expected {self.what}, found {_kind(node)}")


@dataclass(frozen=True)
class Maybe(Spec):
    """The inner spec, or null."""

    inner: Spec

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """Null, or what inner allows."""
        if not (isinstance(node, yaml.ScalarNode) and node.tag == NULL):
            self.inner.check(node, ctx)


@dataclass(frozen=True)
class Seq(Spec):
    """A list of items of one spec; `unique`: no scalar item twice; `size`: exactly that many items."""

    item: Spec
    unique: bool = False
    size: int | None = None

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A list whose items all pass item."""
        if not isinstance(node, yaml.SequenceNode):
            raise ctx.error(node, f"expected a list, found {_kind(node)}")
        if self.size is not None and len(node.value) != self.size:
            raise ctx.error(node, f"expected {self.size} items, found {len(node.value)}")
        seen: dict[str, int] = {}
        for i, child in enumerate(node.value):
            self.item.check(child, ctx.at(f"[{i}]"))
            if self.unique and isinstance(child, yaml.ScalarNode):
                if child.value in seen:
                    raise ctx.error(child, f"duplicate entry {child.value!r} (first on line {seen[child.value]})")
                seen[child.value] = child.start_mark.line + 1


def Words() -> Seq:
    """A list of distinct non-empty strings."""
    return Seq(Str(), unique=True)


def _pairs(node: yaml.Node, ctx: _Ctx) -> list[tuple[yaml.Node, yaml.Node]]:
    """The key/value nodes of a mapping with string keys, none twice."""
    if not isinstance(node, yaml.MappingNode):
        raise ctx.error(node, f"expected a mapping, found {_kind(node)}")
    seen: dict[str, int] = {}
    for key, _value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag not in (STR, INT):
            raise ctx.error(key, f"expected a key, found {_kind(key)}")
        if key.value in seen:
            raise ctx.error(key, f"duplicate key {key.value!r} (first on line {seen[key.value]})")
        seen[key.value] = key.start_mark.line + 1
    return node.value


@dataclass(frozen=True)
class Map(Spec):
    """A mapping of any string keys to values of one spec."""

    value: Spec

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A mapping whose values all pass value."""
        for key, value in _pairs(node, ctx):
            self.value.check(value, ctx.at(key.value))


SLOT = re.compile(r"\{([a-z_]+)\}")  # a word list named in a `Slotted` regex ({fair_nouns})


@dataclass(frozen=True)
class Slotted(Spec):
    """A regex whose `{name}` slots each name a word list (`Words`) of the same `Record`; loaded filled
    (`fill_slots`): '(?:{fair_nouns})' with fair_nouns: [展会, 博览会] loads as '(?:博览会|展会)'."""

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A non-empty string (its slots are checked by the Record that holds it)."""
        Str().check(node, ctx)


def alternation(words: list[str]) -> str:
    """The words as one regex alternation, longest first, each read as written: `alternation(["展会", "博览会"])`
    is '博览会|展会'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def fill_slots(pattern: str, lists: dict[str, Any]) -> str:
    """The pattern with each `{name}` slot read as the alternation of lists[name]: `fill_slots("(?:{a})节",
    {"a": ["灯", "文化"]})` is '(?:文化|灯)节'."""
    return SLOT.sub(lambda m: alternation(lists[m.group(1)]), pattern)


def _slots_named(spec: Record, node: yaml.Node, ctx: _Ctx) -> None:
    """Each slot of a `Slotted` value of the record names a word list of it, and the filled regex compiles."""
    values = {k.value: v for k, v in node.value}
    lists = {
        k: [w.value for w in v.value]
        for k, v in values.items()
        if spec.fields[k] == Words() and isinstance(v, yaml.SequenceNode)
    }
    for key, value in values.items():
        if not isinstance(spec.fields[key], Slotted):
            continue
        for name in SLOT.findall(value.value):
            if name not in lists:
                raise ctx.at(key).error(value, f"{{{name}}} names no word list of the file")
        try:
            re.compile(fill_slots(value.value, lists))
        except re.error as exc:
            raise ctx.at(key).error(value, f"not a regex once filled ({exc})") from None


@dataclass(frozen=True)
class Record(Spec):
    """A mapping of named keys: each in `fields` is required unless named in `optional`; no others."""

    fields: dict[str, Spec]
    optional: frozenset[str] = field(default_factory=frozenset)

    def check(self, node: yaml.Node, ctx: _Ctx) -> None:
        """A mapping with the declared keys and no others."""
        present = set()
        for key, value in _pairs(node, ctx):
            if key.value not in self.fields:
                raise ctx.error(key, f"unknown key {key.value!r} (known: {', '.join(self.fields)})")
            present.add(key.value)
            self.fields[key.value].check(value, ctx.at(key.value))
        missing = [k for k in self.fields if k not in present and k not in self.optional]
        if missing:
            raise ctx.error(node, f"missing key {missing[0]!r}")
        if any(isinstance(f, Slotted) for f in self.fields.values()):
            _slots_named(self, node, ctx)


def _filled(spec: Spec | None, data: Any) -> Any:
    """The data with each `Slotted` value of a `Record` (at any depth of records) filled from its word lists."""
    if not isinstance(spec, Record) or not isinstance(data, dict):
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        inner = spec.fields.get(key)
        out[key] = fill_slots(value, data) if isinstance(inner, Slotted) else _filled(inner, value)
    return out


def read_yaml(path: Path, spec: Spec) -> object:
    """The data of a YAML file, checked against spec (read by libyaml when PyYAML has it: 7x faster; a file that
    is not valid YAML is read again by the Python reader, whose messages say what it expected)."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _read_yaml(path, spec, fast)
        except LexiconError as err:
            if not err.syntax:
                raise
    return _read_yaml(path, spec, yaml.SafeLoader)


def _read_yaml(path: Path, spec: Spec, loader_class: Any) -> object:
    shown = _shown(path)
    loader = loader_class(_text(path))
    try:
        node = loader.get_single_node()
        if node is None:
            raise LexiconError(shown, 0, "the file is empty")
        spec.check(node, _Ctx(shown))
        return _filled(spec, loader.construct_document(node))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise LexiconError(shown, line, f"not valid YAML: {exc.problem}", syntax=True) from None
    finally:
        loader.dispose()


# ---------------------------------------------------------------- the files and their schemas


@dataclass(frozen=True)
class Binary:
    """A file that is not text (a model): not read by `load`."""


W = Words()
STR_MAP = Map(Str())
# the rules a row of chain_rules.yaml may name (extract/posts.py:CHAIN_RULES holds their code)
CHAIN_RULE_NAMES = (
    "no_body",
    "fixed",
    "zone_body",
    "cppcc",
    "npc",
    "branch",
    "body_committee",
    "party",
    "discipline",
    "party_unit",
    "gov",
    "company_board",
    "company_unit",
    "bare_unit",
    "embassy",
    "ministry",
    "state",
    "state_body",
    "head_body",
    "congress_committee",
    "trip_group",
    "gov_role",
    "inherited",
    "zone_head",
    "board_company",
    "last_company",
    "last_association",
    "last_named",
    "national",
    "foreign_head",
    "country_ministry",
    "field_ministry",
    "home_body",
    "written_place",
    "place_party",
    "sibling",
    "village",
    "town_party",
    "town_gov",
    "listed_body",
)

FILES: dict[str, Lines | Spec | Binary] = {
    "abbreviations.yaml": Map(Seq(Str(), size=2)),
    "agreement_kinds.yaml": Record(
        {
            "verbs": W,
            "signing_verbs": W,
            "run_signing_verbs": W,
            "nouns": W,
            "signed_projects": W,
            "noun_not_before": Str(),
            "not_signed_before": W,
            "required_before": W,
            "tally_before": Str(),
            "nation_parties": STR_MAP,
            "nation_not_before": Str(),
            "nation_abbrevs": STR_MAP,
            "nation_count": Str(),
            "kind_prefix_drop": W,
            "kind_batch": Str(),
            "batch_unnamed": Str(),
            "pledge_kinds": W,
            "party_joins": W,
            "loans": Seq(Record({"pattern": Str(), "kind": Str()})),
            "amount_terms": W,
            "amount_kept_terms": W,
            "amount_stat_terms": W,
            "unit_price_before": Str(),
            "parties_back": W,
            "parties_back_levels": Map(Choice(("province", "city", "county"))),
            "kind_joins": W,
            "list_opener": Str(),
            "list_item": Str(),
            "title_governments": Str(),
            "grant_governments": Str(),
            "countries_kind": Str(),
            "venue_prepositions": W,
            "tally_after": Str(),
            "named_by": W,
            "party_split": Str(),
            "noun_first_gap": Str(),
            "noun_first_ceremony": Str(),
            "signed_on": W,
            "witness_both": Str(),
            "witness_both_met": Str(),
            "witness_cut_verbs": W,
            "signer_acts": W,
            "fields_pattern": Str(),
            "witness_verbs": W,
            "witness_bare": W,
            "witness_list": W,
            "unnamed_sides": W,
            "fields_local": W,
            "fields_before_verb": W,
            "kind_fields": Str(),
            "refers_back": W,
            "deal_scene": Str(),
            "deal_opener": Str(),
            "deal_gap": Str(),
            "deal_host": Str(),
            "deal_at_after": Str(),
            "deal_project_after": Str(),
            "deal_signer": Str(),
            "not_a_field": W,
            "qualifiers": W,
            "financing": W,
            "province_abbrevs": STR_MAP,
            "province_count": Str(),
            "local_bodies": Str(),
            "anaphor_parties": Str(),
            "anaphor_parties_far": W,
            "anaphor_partners": Str(),
            "anaphor_partner_branches": W,
            "owner_before": W,
            "level_parties": Str(),
            "level_bodies": STR_MAP,
            "level_party": STR_MAP,
            "province_counts": Map(Int()),
            "borrower_endings": W,
            "group_party": Str(),
            "group_party_time": Str(),
            "counted_parties": Str(),
            "syndicate_party": Str(),
            "counted_kinds": Map(W),
            "counted_governments": Str(),
            "each_words": W,
            "each_joins": W,
            "each_adverbs": W,
            "carried_subject": Str(),
            "carried_across": Str(),
            "signer_as_government": Str(),
            "signer_as_body": Str(),
            "same_occasion_again": Str(),
            "each_amount_verbs": W,
            "each_price_opens": W,
            "each_price_ends": W,
            "subject_ends": W,
            "listed_honorific": Str(),
            "listed_more": Str(),
            "listed_more_words": W,
            "place_verb_gap": W,
        }
    ),
    "amount_units.yaml": Record(
        {
            "currencies": STR_MAP,
            "magnitudes": Map(Int()),
            "approximate": W,
            "vague": W,
            "bare_after": W,
            "bare_end": W,
            "hedges": W,
            "hedge_words": W,
        }
    ),
    "byline_words.yaml": Record({"not_given": Str(), "body_endings": Str(), "credit_before": W}),
    "chain_rules.yaml": Record(
        {
            "rules": Seq(
                Record(
                    {
                        "rule": Choice(CHAIN_RULE_NAMES),
                        "kinds": W,
                        "level": Bool(),
                        "roles": Either((Str(), W), "a key of post_rules.yaml or a list of titles"),
                        "body": Str(),
                    },
                    optional=frozenset({"kinds", "level", "roles", "body"}),
                )
            ),
            "aliases": Map(Choice(("prefix", "head", "none"))),
        }
    ),
    "counties.tsv": Lines(columns=3, key=1),
    "countries.txt": Lines(),
    "date_words.yaml": Record(
        {
            "days": Map(Int()),
            "years": Map(Int()),
            "same_year": W,
            "same_month": W,
            "year_parts": W,
            "year_part_not_after": Str(),
            "months": Map(Int()),
            "named": Map(Seq(Int(), size=2)),
            "named_season_after": W,
            "lunar_months": Map(Int()),
            "weeks": Map(Int()),
            "weekdays": Map(Int()),
            "bare_day_before": W,
            "no_day": W,
            "day_word_joins": W,
            "day_word_goes_on": W,
            "day_before_no_day": W,
            "day_then_verb": W,
            "day_in_name": Str(),
            "deadline_after": W,
            "deadline_not": W,
            "reported_on": W,
            "reported_from": W,
            "source_years": Map(Int()),
            "day_not_before": Map(W),
            "bare_day_before_not": Map(W),
            "bare_day_trip": W,
            "bare_day_opening_after": W,
            "bare_weekday_words": W,
            "bare_weekday_before": W,
            "bare_weekday_not_after": Str(),
            "plan_words": W,
        }
    ),
    "divisions.yaml": Map(Map(Maybe(Words()))),
    "foreign_divisions.yaml": Map(Words()),
    "former_divisions.yaml": Record({"prefectures": STR_MAP, "counties": Map(Seq(Str(), size=2))}),
    "event_kinds.yaml": Record(
        {
            "kinds": Seq(Record({"kind": Str(), "triggers": W, "merge": Str()}, optional=frozenset({"merge"}))),
            "ceremony_kinds": W,
            "task_opening": W,
            "attend": Str(),
            "arrivals": W,
            "arrive_to_attend": W,
            "signing_brings": W,
            "join_before": W,
            "join_means": W,
            "reference_after": W,
            "reference_before": W,
            "topic_before": W,
            "topic_after": W,
            "current_post": W,
            "speech_verbs": W,
            "speech_frames": W,
            "modal": W,
            "participation": W,
            "signers_told": W,
            "at_scene": W,
            "narrative_moves": W,
            "time_break": W,
            "time_break_clause": Str(),
            "scene_sequel": W,
            "subjectless_openers": W,
            "trip_forum": Str(),
            "same_day": W,
            "cleft_day": Str(),
            "span_from": W,
            "trip_joined": Str(),
            "visited_persons": W,
            "visited_kinds": W,
            "next_day": W,
            "day_before": W,
            "absent_verbs": W,
            "absent_readers": W,
            "absent_before_person": Str(),
            "gone_after_person": Str(),
            "named_for_person": Str(),
            "speaker_label": Str(),
            "speaker_label_self": Str(),
            "decision_told": Str(),
            "decision_carried": Str(),
            "elected_told": Str(),
            "elected_more": Str(),
            "meeting_next": Str(),
            "speaker_verbs": W,
            "speaker_in": W,
            "speaker_not": W,
            "ceremony_speaker_verbs": W,
            "spoken_at_kinds": W,
            "signer_label": Str(),
            "signing_holder": Str(),
            "time_after": Str(),
            "time_scene": Str(),
            "counted_places": Str(),
            "visit_abroad": W,
            "home_visit": Str(),
            "home_country": Str(),
            "short_visit": Str(),
            "short_countries": STR_MAP,
            "visit_regions": W,
            "visit_region_end": Str(),
            "visit_region_counted": Str(),
            "visited_joins": Str(),
            "time_scene_when": Str(),
            "time_scene_when_kinds": W,
            "held_scene": Str(),
            "held_kind": Str(),
            "held_kind_kinds": W,
            "activity_joined": Str(),
            "activities_all": Str(),
            "scene_at_before": Str(),
            "scene_at_after": Str(),
            "thanks_after": Str(),
            "ribbon_after": Str(),
            "this_before": Str(),
            "guest_met": Str(),
            "this_after": Str(),
            "topic_span": Str(),
            "name_span": Str(),
            "name_span_trigger": Str(),
            "reason_before": Str(),
            "absence_after": Str(),
            "rumoured_after": Str(),
            "plan_going": Str(),
            "plan_going_head": Str(),
            "launch_acts": W,
            "award_assembly": W,
            "award_acts": W,
            "award_scene": Str(),
            "after_talks": Str(),
            "named_item": Str(),
            "agreed_ahead": Str(),
            "decided_ahead": Str(),
            "decided_kinds_kept": W,
            "planned_kinds": W,
            "planned_modals": W,
            "plan_goes_on": Str(),
            "after_meeting": Str(),
            "spoken_after": Str(),
            "at_signing": Str(),
            "ceremony_scene": Str(),
            "ceremony_told": Str(),
            "ceremony_deals_within": Int(),
            "trip_stops": Str(),
            "accompanied": Str(),
            "zone_seen": W,
            "own_time": Str(),
            "day_parts": Words(),
            "own_clause": Record({"goes_on": Str(), "batch_items": Str()}),
            "clause_ceremonies": Map(Str()),
            "meeting_scene": Str(),
            "same_day_opening": Str(),
            "same_day_also": Str(),
            "another_deal_opening": Str(),
            "held_fair": Slotted(),
            "fair_festival_heads": Words(),
            "fair_nouns": Words(),
            "fair_week_heads": Words(),
            "fair_meetings_with": Words(),
            "fair_meetings_after": Words(),
            "held_then_speaks": Str(),
            "history_cause": Record({"kinds": Words(), "year_before": Str(), "effect": Str()}),
            "ceremony_held": Str(),
            "ceremony_attended": Str(),
            "release_stems": Words(),
            "unveil_stems": Words(),
            "opening_stems": W,
            "talks_with_staff": Str(),
            "trip_and_meeting": Str(),
            "reported_frame": Str(),
            "reported_lead": Str(),
            "history_told": Str(),
            "history_begun": Str(),
            "meeting_again": Str(),
            "venue_adverbs": W,
            "venue_verbs": W,
            "venue_attend_verbs": W,
            "venue_meet_verbs": W,
            "venue_not_first": Str(),
            "venue_not_last": Str(),
            "venue_short_levels": W,
            "venue_not_words": W,
            "venue_partner": Str(),
            "venue_lodged": Str(),
            "zone_endings": W,
            "area_kinds": W,
            "people_of_place": Str(),
            "body_holds": Str(),
            "departed_from": Str(),
            "there_words": Str(),
            "gone_to": Str(),
            "unit_words": W,
            "delegations": W,
            "during_words": W,
            "acting_with": Str(),
            "own_venue": W,
            "abroad_acts": W,
            "organise_verbs": W,
            "organise_with_act": W,
            "organise_acts": W,
            "organise_not_after": W,
            "organise_plan": W,
            "activity_words": W,
            "organise_passive": W,
            "unnamed_bodies": Str(),
            "narrative_again": Str(),
            "built_things": W,
            "ceremony_words": W,
            "glued_to_names": W,
            "total_before": W,
            "total_between": Str(),
            "points_back": W,
            "part_totals": W,
            "spent_before": W,
            "spent_on": W,
            "plural_pronouns": W,
            "meeting_decides": Str(),
            "meeting_elects": Str(),
            "decision_opens": Str(),
            "decision_read": Str(),
            "decision_colon": Str(),
            "appointment_round": Record({"round": Str(), "takes": Str()}),
            "completion": Str(),
            "production_ceremony": Str(),
            "part_investments": W,
            "part_before": Str(),
            "part_list": Str(),
            "cleft_before": Str(),
            "cleft_after": Str(),
            "ending_before": Str(),
            "writer_subject": Str(),
            "writer_kinds": W,
            "held_apart": Str(),
            "work_list": Str(),
            "time_prepositions": Str(),
            "year_verbs_after_subject": Str(),
            "year_adverbs_before_verb": W,
            "year_after_day": Str(),
            "ceremony_named": Str(),
            "meeting_named": Str(),
            "meeting_told": Str(),
            "day_opening": Str(),
            "ceremony_day_after": Str(),
            "ceremony_day_deal": Str(),
            "after_event_opening": Str(),
            "attend_signing_verbs": W,
            "partner_adverbs": W,
            "partner_joins": W,
            "both_sides": W,
            "place_leads": W,
        }
    ),
    "famous_persons.txt": Lines(columns=3),
    "industries.txt": Lines(),
    "level_prefixes.txt": Lines(columns=2, key=1),
    "line_words.yaml": Record({"verbs_after_names": W, "title_endings": W, "item_marks": W}),
    "name_chars.tsv": Lines(columns=3, key=2, numbers=(2,)),
    "name_words.yaml": Record({"not_given": Str(), "not_names": W, "honorifics": W, "addressed_titles": Map(W)}),
    "names_surnames.txt": Lines(),
    "ner.crfsuite": Binary(),
    "org_boundaries.txt": Lines(),
    "org_weak_starts.tsv": Lines(columns=3, key=1, numbers=(1, 2)),
    "org_generic.yaml": Record(
        {
            "category_nouns": W,
            "title_named": W,
            "counters": Str(),
            "goal_suffixes": W,
            "goal_verbs": W,
            "goal_after": W,
            "goal_joint": W,
            "goal_helpers": W,
            "goal_roles": W,
            "city_roles": W,
            "venue_buildings": W,
            "venue_before": Str(),
            "venue_after": Str(),
            "attributive": Str(),
            "lead_words": W,
            "kind_before_place": W,
            "kind_words": W,
            "suffix_kinds": Map(W),
            "description_marks": W,
            "false_endings": W,
            "park_in_zone_endings": W,
            "park_named_as_zone": Str(),
            "vague_words": W,
            "unlisted_parent_endings": W,
            "distinct_legal_endings": Map(W),
            "every_before": W,
            "every_opens": W,
            "place_actor": Record({"before": W, "verbs": W}),
            "place_partner": Record({"before": W, "verbs": W}),
            "place_speech": W,
            "place_funds": W,
            "place_counted": W,
            "joined_after": W,
            "generic_names": W,
            "anaphor_determiners": W,
            "anaphor_kinds": W,
            "anaphor_kinds_also": Map(W),
            "anaphor_branches": W,
            "branch_endings": W,
            "counted_body": Slotted(),
            "counted_body_more": Slotted(),
            "counted_body_ends": Words(),
            "counted_levels": Map(W),
            "counted_numbers": Map(Int()),
            "end_anaphor_kinds": W,
            "head_office": Str(),
            "anaphor_unit_kinds": W,
            "anaphor_units": W,
            "anaphor_owner_of": Str(),
            "unit_owner_endings": W,
            "department_endings": W,
            "figures_source_before": Str(),
            "figures_source_after": Str(),
            "side_countries": STR_MAP,
            "joint_body_ends": W,
            "joint_body_not": W,
            "numbered_units": Str(),
            "location_verbs": W,
            "lands_before_place": Str(),
            "lands_after_place": Str(),
            "lands_verb_first": Str(),
            "founded_after_place": Str(),
            "jurisdiction_after_place": Str(),
            "government_endings": W,
            "policy_research": Record({"endings": W, "body_types": W, "body_endings": W, "topics": W, "own_topics": W}),
            "division_endings": W,
            "division_after": W,
            "not_level_words": W,
            "region_department": Str(),
            "national_prefixes": W,
            "national_committee_opener": Str(),
            "national_committee_suffix": Str(),
            "national_committee_not": W,
            "people_body_short": STR_MAP,
            "local_body_short": STR_MAP,
            "youth_league": Str(),
            "youth_league_short": Str(),
            "world_body_openers": W,
            "armed_openers": W,
            "firm_list_verbs": W,
            "firm_list_not_after": W,
            "list_kinds": Map(W),
            "list_mixed_kinds": W,
        }
    ),
    "org_joined_words.txt": Lines(),
    "org_mention_words.yaml": Record(
        {
            "reject_after": W,
            "reject_after_not": Str(),
            "party_openers": W,
            "reject_before": W,
            "abbrev_reject_before": W,
            "learned_start_adverbs": Str(),
            "generic_cores": W,
            "country_kinds": W,
            "bloc_abbrevs": W,
            "term_openers": W,
            "generic_zones": W,
            "placed_zones": W,
            "managed_zones": W,
            "managed_by": W,
            "zone_dashes": Str(),
            "zone_dash_reach": Int(),
            "department_words": W,
            "descriptors": W,
            "counters": Str(),
            "numerals": Str(),
            "numeral_name_stops": Str(),
            "prepositions": Str(),
            "approved_after": Str(),
            "leader_bodies": W,
            "media_endings": W,
            "paper_endings": W,
            "titled_publications": W,
            "plural_core_ends": W,
            "sides_core_ends": W,
            "verb_openers": W,
            "succeed_openers": W,
            "lead_openers": W,
            "verb_opener_names": W,
            "bank_kinds": W,
            "ministry_fields": W,
            "ministry_endings": W,
            "ministry_joiners": W,
            "joiners_after_body": W,
            "field_verbs": W,
            "rank_words": W,
            "learned_body_endings": W,
            "money_endings": W,
        }
    ),
    "org_suffixes.yaml": Map(W),
    "party_congresses.yaml": Record(
        {"congresses": Map(Int()), "plenums": Map(Map(Int())), "sessions": Map(Int()), "anniversaries": Map(Int())}
    ),
    "person_roles.txt": Lines(),
    "person_words.yaml": Record(
        {
            "name_stops": W,
            "called_after_post": W,
            "glued_after_name": Str(),
            "foreign_name_end": W,
            "list_verbs": W,
            "list_openers": W,
            "speech_verbs": W,
            "not_names": W,
            "stop_chars": Str(),
            "stop_chars_after_first": Str(),
            "name_end_chars": Str(),
            "name_end_chars_after_two": Str(),
            "joins_before_name": Str(),
            "given_first_chars": Str(),
            "verb_chars_before_posts": Str(),
            "since_chars": Str(),
            "since_times": Str(),
            "national_openers": W,
            "time_after_name": W,
            "unlisted_title_heads": W,
            "japanese_family_names": W,
            "burmese_names": Record({"honorifics": Str(), "countries": W, "window": Int()}),
            "tibetan_name_parts": W,
            "mongolian_name_parts": W,
            "translit_syllables": Str(),
            "translit_chars_long": Str(),
            "dotted_not_first": Str(),
            "titles_in_no_name": W,
            "address_honorifics": W,
            "honorifics": W,
            "after_name_things": W,
            "measure_family_names": Str(),
            "measure_openers": Str(),
            "count_numerals": Str(),
            "count_measures": Str(),
        }
    ),
    "place_words.yaml": Record(
        {
            "building_suffixes": W,
            "stand_verbs": W,
            "built_verbs": W,
            "lies_in": W,
            "level_suffixes": W,
            "prefecture_peoples": W,
            "prefecture_short_endings": W,
            "list_ends": W,
            "posted_to": W,
            "county_levels": W,
        }
    ),
    "place_no_short.txt": Lines(),
    "shared_districts.tsv": Lines(columns=3, key=2),
    "venue_places.yaml": Record({"foreign_cities": W, "short_cities": STR_MAP, "short_city_before": W}),
    "post_rules.yaml": Record(
        {
            "fixed_orgs": STR_MAP,
            "fixed_titles": STR_MAP,
            "national_words": W,
            "home_words": W,
            "bare_units_as_bodies": W,
            "home_country": Str(),
            "foreign_houses": W,
            "past_post_before": W,
            "gov_roles": W,
            "gov_role_levels": STR_MAP,
            "province_gov_roles": W,
            "no_org": W,
            "no_post_roles": Str(),
            "body_required": STR_MAP,
            "zone_admin_roles": W,
            "cut_before": W,
            "cut_before_names": W,
            "cut_kept": W,
            "former": W,
            "not_former": W,
            "level_places": STR_MAP,
            "prefecture_levels": W,
            "bare_levels": STR_MAP,
            "bare_units": W,
            "company_units": W,
            "company_boards": W,
            "company_roles": W,
            "board_roles": W,
            "bare_board": Str(),
            "body_types": STR_MAP,
            "appoint_adverbs": W,
            "appoint_verbs": W,
            "copula_verbs": W,
            "appoint_times": Str(),
            "joined_after": W,
            "joined_not": W,
            "not_in_names": W,
            "ministry_roles": W,
            "state_roles": W,
            "house_roles": W,
            "house_ends": W,
            "state_closers": W,
            "embassy_roles": W,
            "title_gaps": W,
            "title_gap_fields": Str(),
            "grade_field": Str(),
            "title_field": Str(),
            "list_tail": Str(),
            "appointer_verbs": W,
            "career_spans": Str(),
            "career_adverbs": W,
            "career_conjunctions": W,
            "career_verbs": W,
            "career_openers": W,
            "bio_verbs": W,
            "bio_verb_not": W,
            "bio_words": W,
            "bio_item_max": Int(),
            "career_list_verbs": W,
            "career_grades": W,
            "pronoun_careers": W,
            "modifier_careers": W,
            "succeeded_verbs": W,
            "name_openers": Str(),
            "clause_openers": W,
            "removal_verbs": W,
            "removed_post_words": W,
            "held_before": W,
            "held_by_verbs": W,
            "moved_from_verbs": W,
            "went_to": W,
            "heads_as": W,
            "trip_heads": W,
            "body_descriptions": W,
            "candidacy_words": W,
            "told_after_marks": W,
            "told_after_address": W,
            "unit_heads": STR_MAP,
            "unit_departments": W,
            "unit_titles": STR_MAP,
        }
    ),
    "surnames.txt": Lines(),
    "titles.txt": Lines(),
    "traditional_chars.txt": Lines(length=2),
    "zone_names.yaml": Record({"short_forms": STR_MAP, "generic": W}),
    "zone_words.yaml": Record(
        {
            "list_lead": W,
            "list_as": W,
            "list_told": W,
            "list_last_joiners": W,
            "zone_titles": W,
            "this_zone": W,
            "this_zone_clause": W,
            "kind_back_refs": STR_MAP,
            "located_verbs": W,
            "indirect_verbs": W,
            "industry_endings": W,
            "not_industry": W,
            "settle_verbs": W,
            "visit_verbs": W,
            "visited_before": W,
        }
    ),
}


def read(path: Path, spec: Lines | Spec) -> object:
    """Any data file, checked against spec: entries of a text file, or the data of a YAML file."""
    if isinstance(spec, Lines):
        return read_lines(path, spec)
    return read_yaml(path, spec)


@cache
def load(name: str) -> Any:
    """The checked data of extract/data/NAME, loaded once (shared: do not change it)."""
    spec = FILES.get(name)
    if spec is None or isinstance(spec, Binary):
        problem = "is no text data file" if spec else "has no schema (declare it in extract/lexicon.py:FILES)"
        raise LexiconError(f"extract/data/{name}", 0, f"the file {problem}")
    return read(DATA / name, spec)
