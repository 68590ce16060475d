"""The question index's name table: every way the graph's nodes are written, surface -> kind -> refs.

Labels, aliases and short forms of organisations, titles, places, and "organisation form + title"
surfaces of every post (长治市市长); forms derived from the rest of the graph (an organisation without
its city or the place before it) are kept apart so they can be re-derived and withdrawn as it grows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from ...extract.mentions import lexicon as extract_lexicon
from ..lru import bytes_lru
from ..store import GraphStore
from ..vocab import KGQA, SKOS
from .forms import (
    CPPCC,
    GENERIC_FORMS,
    body_tails,
    clean,
    is_generic,
    join_forms,
    kind_title,
    org_forms,
    org_stems,
    place_forms,
    place_short_forms,
    role_word,
    unit_head_forms,
)
from .queries import Q_ALIASES, Q_ORG_TYPES, Q_POSTS, entity_rows, stream_each, value_rows
from .refs import Entity, PostRef

_NAME_DOT = re.compile(r"[·•・‧∙?？.．]")  # the dot between the parts of a transcribed name, as texts write it
_NAME_DOTS = ("·", "•", "・", "?", ".", "")
# words before a title's tail that make it another rank or post, never asked by the tail (常务副市长 is no 市长)
_RANK_PARTS = ("副", "常务", "总", "执行", "首席", "名誉", "代理", "助理", "董事", "党", "委", "原", "前", "候补", "正")


@lru_cache(maxsize=20_000)
def title_tail(title: str) -> str | None:
    """The title word a title ends with that it is also asked by (民警 of 社区民警, 分析师 of 高级分析师): the
    longest title word of extract/data/titles.txt it ends with, when what stands before says no rank.

    >>> title_tail("社区民警"), title_tail("常务副市长"), title_tail("董事总经理"), title_tail("民警")
    ('民警', None, None, None)
    """
    word = role_word(title)
    tails = [t for t in extract_lexicon().titles if 2 <= len(t) < len(word) and word.endswith(t)]
    if not tails:
        return None
    tail = max(tails, key=len)
    head = word[: -len(tail)]
    return None if any(p in head for p in _RANK_PARTS) else tail


@bytes_lru(8 * 2**20)
def _short_forms(label: str) -> frozenset[str]:
    return frozenset(org_forms(label) - org_stems(label))


@bytes_lru(16 * 2**20)
def _post_surfaces(form: str, title: str) -> tuple[str, ...]:
    """How a post of an organisation form is written: 长治市 + 市长 -> 长治市市长, 长治市长 (cached across builds);
    a title that already opens with the form (乙市 + 乙市市长) is also read without it."""
    titles = {title, role_word(title)}
    if title.startswith(form) and len(title) > len(form) + 1:
        titles |= {title[len(form) :], role_word(title[len(form) :])}
    titles |= {other for t in titles for other in unit_head_forms(t)}  # 宣传部长 also written 宣传部部长
    return tuple({surface for t in titles for surface in join_forms(form, t)})


def _head_ends(label: str) -> range:
    """Where `_tail_form` cuts a label (the head's length), longest head first."""
    return range(len(label) - 3, 1, -1)


def _head_keys(label: str) -> set[str]:
    """The keys of `_heads` `_tail_form` may ask of a label (each head, also with a level after it)."""
    return {label[:k] + level for k in _head_ends(label) for level in ("", "省", "市", "县")}


def _in_file(table: object) -> bool:
    """Whether the table's keys are read from the index's file (a DiskMap bound to it), not all in memory."""
    return getattr(table, "db", None) is not None


def prefetch(table: object, keys: Iterable[str]) -> None:
    """The keys read from the file into memory in a few queries, when the table is in the file (name_db.py)."""
    read = getattr(table, "prefetch", None)
    if read is not None:
        read(keys)


class NameTable:
    """Surfaces of the graph's names with their refs, and what deriving and withdrawing forms needs."""

    def _init_names(self) -> None:
        """Empty tables (the index's build fills them)."""
        self.entities: dict[str, Entity] = {}
        # surface -> kind letter -> ordered refs, each with its generic flag (a dict: thousands of cities
        # share 市政府市长); a surface is generic when one of its refs is
        self.surfaces: dict[str, dict[str, dict]] = {}  # plain dicts (no lambda): the index is pickled
        self.generic: set[str] = set()
        self.role_orgs: dict[str, set[str]] = defaultdict(set)
        self._org_posts: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        self._names: dict[str, set[str]] = defaultdict(set)  # organisation -> its own names (label, aliases, short)
        # organisation -> the forms derived from the rest of the graph (without the city, without the place
        # before it): they change as the graph grows, so they are kept apart to be re-derived and withdrawn
        self._derived: dict[str, frozenset[tuple[str, str]]] = {}
        self._heads: set[str] = set()  # own names of places and organisations: what may stand before a tail
        self._oz_by_initial: dict[str, set[str]] = defaultdict(set)  # organisations by first character
        self._oz_by_start: dict[str, set[str]] = defaultdict(set)  # organisations by first 2, 3 and 4 characters
        self._new_surfaces: set[str] | None = None  # while refreshing: surfaces not in the automaton
        self._new_heads: set[str] | None = None  # while refreshing: heads not known before
        self._stale = False  # the automata hold words withdrawn since
        self.locales: list[str] = []
        self._locale_stems: set[str] = set()

    def _add_surface(self, text: str, kind: str, ref: object, generic: bool = False) -> None:
        """Add a (cleaned) surface; every caller passes text made of cleaned labels."""
        if len(text) < 2 or len(text) > 60:
            return
        if self._new_surfaces is not None and text not in self.surfaces:
            self._new_surfaces.add(text)
        refs = self.surfaces.setdefault(text, {}).setdefault(kind, {})
        refs[ref] = generic or refs.get(ref, False)
        if generic:
            self.generic.add(text)

    def _drop_surface(self, text: str, kind: str, ref: object, still: bool | None = None) -> None:
        """Withdraw a ref of a surface, or with `still`, only what made it generic (it stays with that flag)."""
        kinds = self.surfaces.get(text)
        if not kinds or ref not in kinds.get(kind, ()):
            return
        if still is not None:
            kinds[kind][ref] = still
        else:
            del kinds[kind][ref]
            if not kinds[kind]:
                del kinds[kind]
        if not kinds:
            del self.surfaces[text]
            self._stale = True  # still in an automaton: `mentions` skips it until the next merge
        if not any(g for refs in kinds.values() for g in refs.values()):
            self.generic.discard(text)

    def _load_entities(
        self, store: GraphStore, only: list[str] | None = None, rows: Iterable[tuple[str, str, str]] | None = None
    ) -> list[str]:
        """Names of entities (all, or only those IRIs), their own names only (see `_derive`); returns the IRIs read.
        `rows`: the rows of Q_ENTITIES of the entities `only` names, already read (the build's batches, index.py
        `_build_names_streamed`, which sets the organisation types after every entity)."""
        letter = {
            "Person": "p",
            "Organization": "o",
            "DevelopmentZone": "z",
            "AdministrativeArea": "l",
            "Industry": "i",
            "Title": "t",
        }
        loaded: dict[str, Entity] = {}
        types = rows is None  # (the build's batches set the organisation types after every entity)
        if rows is None:
            rows = entity_rows(store, only)
        if _in_file(self.entities):  # the batch's keys read in a few queries, not one a key (name_db.py `prefetch`)
            rows = list(rows)
            prefetch(self.entities, {iri for iri, _, _ in rows})
        for iri, typ, label in rows:
            kind = letter[re.split(r"[#/]", typ)[-1]]
            ent = self.entities.get(iri)
            if ent is None:
                ent = self.entities[iri] = Entity(iri, clean(label))
            ent.kinds.add(kind)
            loaded[iri] = ent
        for iri, org_type in value_rows(store, Q_ORG_TYPES, str(KGQA.orgType), only) if types else ():
            if iri in self.entities:
                self.entities[iri].org_type = org_type
        aliases: dict[str, set[str]] = defaultdict(set)
        for iri, alias in value_rows(store, Q_ALIASES, str(SKOS.altLabel), only):
            aliases[iri].add(clean(alias))
        own = [
            (ent, kind, self._own_names(ent, kind, aliases.get(ent.iri, set())))
            for ent in loaded.values()
            for kind in ent.kinds
        ]
        if _in_file(self.entities):
            oz = [ent for ent in loaded.values() if ent.kinds & {"o", "z"}]
            prefetch(self.surfaces, {name for _, _, names in own for name, _ in names})
            prefetch(self._heads, {name for _, kind, names in own if kind in "loz" for name, _ in names})
            prefetch(self._names, [ent.iri for ent in oz])
            prefetch(self._oz_by_initial, {c for ent in oz for c in (ent.label[:1], ent.label[2:3])})
            prefetch(self._oz_by_start, {ent.label[:k] for ent in oz for k in (2, 3, 4)})
        for ent, kind, names in own:
            for name, generic in names:
                self._add_surface(name, kind, ent.iri, generic=generic)
                if kind in "oz":
                    self._names[ent.iri].add(name)
                if kind in "loz" and name not in self._heads:
                    self._heads.add(name)
                    if self._new_heads is not None:
                        self._new_heads.add(name)
        for ent in loaded.values():
            if ent.kinds & {"o", "z"}:
                self._oz_by_initial[ent.label[:1]].add(ent.iri)
                for k in (2, 3, 4):
                    self._oz_by_start[ent.label[:k]].add(ent.iri)
                if ent.label.startswith("中共"):
                    self._oz_by_initial[ent.label[2:3]].add(ent.iri)
        return list(loaded)

    def _own_names(self, ent: Entity, kind: str, aliases: set[str]) -> list[tuple[str, bool]]:
        """An entity's own names of one kind (label, aliases, short forms ...) with their generic flag, in the order
        `_load_entities` adds them."""
        names = {ent.label}
        tail = title_tail(ent.label) if kind == "t" else None
        if kind == "t":
            names.add(role_word(ent.label))  # 市政府秘书长 is also asked as 秘书长
            names |= {other for t in tuple(names) for other in unit_head_forms(t)}  # 宣传部长: 宣传部部长
        if kind == "p" and _NAME_DOT.search(ent.label):
            names |= {_NAME_DOT.sub(dot, ent.label) for dot in _NAME_DOTS}  # 甲·乙 written 甲?乙, 甲乙
        if kind in "oz":  # an alias is written short too (甲省乙监管局: 甲乙监管局)
            names |= aliases | self._short_forms(ent.label)
            names |= {f for a in aliases if len(a) >= 4 and not is_generic(a) for f in self._short_forms(a)}
        short = place_forms(ent.label) if kind == "l" else frozenset()  # 潞州区 of 长治市潞州区
        if tail:  # 社区民警 asked as 民警: only derived, a title of that very name goes before it
            short = short | {tail}
        if kind == "t" and kind_title(ent.label):  # 自治区党委书记 asked as 党委书记: only derived, as a tail is
            short = short | {kind_title(ent.label)}
        # a short form is only derived: a place of that very name goes before it
        own = [(name, is_generic(name) or name in short - names) for name in (names | short) - GENERIC_FORMS]
        if kind in "oz" and ent.label in GENERIC_FORMS:  # a body a page names 市政府 alone: that name, generic (the
            own.append((ent.label, True))  # page's city's own body goes before it where the graph holds one)
        return own

    def _derive(self, iri: str, new: frozenset[tuple[str, str]] | None = None) -> None:
        """(Re-)derive an organisation's forms that depend on the rest of the graph: its name without the page's
        city (`_locale_forms`) and without the place before it (`_tail_form`); forms it no longer has are withdrawn.
        `new`: its `_derived_forms`, made before (`_derive_many`)."""
        ent = self.entities[iri]
        if new is None:
            new = self._derived_forms(ent)
        old = self._derived.get(iri, frozenset())
        if new == old:
            return
        for form, k in old - new:  # still one of its own names: the ref stays, generic as its own name is
            own = k in ent.kinds and form in self._names.get(iri, ())
            self._drop_surface(form, k, iri, still=is_generic(form) if own else None)
        for form, k in new:
            self._add_surface(form, k, iri, generic=True)
        if new:
            self._derived[iri] = new
        else:
            self._derived.pop(iri, None)

    def _derived_forms(self, ent: Entity) -> frozenset[tuple[str, str]]:
        """The forms `_derive` gives an entity now, with their kind letter (none but of an organisation or zone)."""
        forms: set[str] = set()
        if ent.kinds & {"o", "z"}:
            forms = self._locale_forms(ent.label)
            tail = self._tail_form(ent.label)
            if tail:
                forms |= {tail} | {f for f in self._short_forms(tail) if not is_generic(f)}
            forms |= {f for f in body_tails(ent.label) if not is_generic(f)}
        kind = "z" if "z" in ent.kinds else "o"
        return frozenset((form, kind) for form in forms)

    def _derive_many(self, iris: list[str]) -> None:
        """`_derive` of each of these entities, with the keys of the name tables they read fetched first, a few
        queries for the lot (name_db.py `prefetch`), not one a key: the entities, their derived and own forms,
        the heads `_tail_form` asks, then the surfaces of their forms old and new. The forms are made before any
        is added (`_derive` changes no head nor label: the same forms as one by one)."""
        prefetch(self.entities, iris)
        prefetch(self._derived, iris)
        prefetch(self._names, iris)
        ents = [self.entities[iri] for iri in iris]
        prefetch(self._heads, {h for ent in ents if ent.kinds & {"o", "z"} for h in _head_keys(ent.label)})
        forms = [self._derived_forms(ent) for ent in ents]
        prefetch(
            self.surfaces,
            {f for iri, new in zip(iris, forms, strict=True) for f, _ in new | self._derived.get(iri, frozenset())},
        )
        for iri, new in zip(iris, forms, strict=True):
            self._derive(iri, new)

    def _rederived(self, stems: set[str], heads: set[str]) -> set[str]:
        """Organisations whose derived forms may change with new city stems or new heads."""
        out: set[str] = set()
        for stem in stems:  # a new city: its organisations also read without the city (市政府)
            out |= {
                iri
                for iri in self._oz_by_initial.get(stem[0], ())
                if self.entities[iri].label.startswith(stem) or self.entities[iri].label[2:].startswith(stem)
            }
        bare = {h[:-1] for h in heads if len(h) >= 3 and h[-1] in "省市县"}  # 山西省 also heads 山西…
        for head in heads | bare:  # a new name before which an organisation's name may be a tail
            out |= {
                iri
                for iri in self._oz_by_start.get(head[:4], ())
                if len(self.entities[iri].label) >= len(head) + 3 and self.entities[iri].label.startswith(head)
            }
        return out

    def _post_forms(self, org: str) -> set[str]:
        """The organisation forms its posts are written with: its forms, own names and derived forms."""
        ent = self.entities.get(org)
        if ent is None:
            return set()
        forms = org_forms(ent.label) | self._names.get(org, set()) | {f for f, _ in self._derived.get(org, ())}
        if ent.label.startswith(CPPCC):  # 甲省 + 主席 is the province's own chairman, never its CPPCC's
            forms -= {s for stem in org_stems(ent.label) for s in (stem, *place_short_forms(stem))}
        return forms

    _TAIL_REFUSED = re.compile(r"^(人民|中共|党|委|政府|管委|分|支|总|办|有限|股份|集团|公司|[省市县区州乡镇村])")

    def _tail_form(self, label: str) -> str | None:
        """A name written without the place or parent before it: 临港新片区 of 上海自贸区临港新片区.

        Only when what stands before is itself a name of the graph (a place, also written without its level:
        山西 of 山西省, or an organisation) and
        the rest is a name of its own (3+ characters, not a kind word or a generic short form).
        Marked generic: several such tails give candidates, never a guess.
        """
        own = org_forms(label)  # 山西甲机电设备 is its own short form, not a name before it
        for k in _head_ends(label):
            head, tail = label[:k], label[k:]
            if head in own:
                continue
            if head in self._heads or any(head + level in self._heads for level in "省市县"):
                if tail in GENERIC_FORMS or is_generic(tail) or self._TAIL_REFUSED.match(tail):
                    return None
                return tail
        return None

    @staticmethod
    def _short_forms(label: str) -> frozenset[str]:
        """Short forms that keep the organisation's kind word (长治市政府, 长治高新区党工委), never a bare stem."""
        return _short_forms(label)

    def _locale_forms(self, label: str) -> set[str]:
        """An organisation of the page's own city written without the city (市政府 in a 长治 paper)."""
        out: set[str] = set()
        if not self._locale_stems:
            return out
        for form in org_forms(label):
            for k in range(1, min(len(form) - 1, 8)):
                if form[:k] in self._locale_stems and re.match(r"^(自治区|自治州|市|县|省|区)", form[k:]):
                    out.add(form[k:])
        return out

    def _load_posts(self, store: GraphStore, only: list[str] | None = None) -> None:
        """Post surfaces (organisation form + title) of every post, or of the posts in the graphs `only` names."""
        self._add_posts(stream_each(store, Q_POSTS, "g", only))

    def _add_posts(self, rows: Iterable[tuple]) -> None:
        """The posts of these rows of Q_POSTS (org, role, title, as written) and their surfaces; the keys of the
        name tables they read fetched first, a few queries for the lot (name_db.py `prefetch`), not one a key."""
        found: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        held: list[tuple[str, str]] = []
        for org, role, title, written in rows:
            held.append((role, org))
            found[org].add((role, title, written))
        prefetch(self.role_orgs, {role for role, _ in held})
        for table in (self._org_posts, self.entities, self._names, self._derived):
            prefetch(table, found)
        for role, org in held:
            self.role_orgs[role].add(org)
        surfaces = {org: self._post_surface_rows(org, posts) for org, posts in found.items()}
        prefetch(self.surfaces, {surface for made in surfaces.values() for surface, _, _ in made})
        for org, posts in found.items():
            self._org_posts[org] |= posts
            for surface, ref, generic in surfaces[org]:
                self._add_surface(surface, "s", ref, generic=generic)

    def _post_surfaces_of(self, org: str, posts: Iterable[tuple[str, str, str | None]]) -> None:
        """Add the surfaces of an organisation's posts, written with each of its forms (and as the text wrote it)."""
        for surface, ref, generic in self._post_surface_rows(org, posts):
            self._add_surface(surface, "s", ref, generic=generic)

    def _post_surface_rows(
        self, org: str, posts: Iterable[tuple[str, str, str | None]]
    ) -> list[tuple[str, PostRef, bool]]:
        """The surfaces of an organisation's posts (surface, ref, generic) in the order they are added."""
        ent = self.entities.get(org)
        if ent is None:
            return []
        out: list[tuple[str, PostRef, bool]] = []
        base = self._post_forms(org)
        for role, title, written in posts:
            forms = base
            if written and not is_generic(w := clean(written)) and w not in forms:
                forms = forms | {w}
            title = clean(title)
            for form in forms:
                ref = PostRef(org, role, form)
                generic = is_generic(form)
                out.extend((surface, ref, generic) for surface in _post_surfaces(form, title))
        return out

    def _drop_post_forms(self, org: str, lost: set[str], forms: set[str]) -> None:
        """Withdraw the post surfaces written with organisation forms it lost (unless a post still has them)."""
        keep: dict[tuple[str, str], set[str]] = defaultdict(set)
        drop: dict[tuple[str, str], set[str]] = defaultdict(set)
        for role, title, written in self._org_posts.get(org, ()):
            w = clean(written) if written else None
            for form in lost:
                kept = form in forms or (form == w and not is_generic(form))
                (keep if kept else drop)[(role, form)].update(_post_surfaces(form, clean(title)))
        for (role, form), surfaces in drop.items():
            for surface in surfaces - keep.get((role, form), set()):
                self._drop_surface(surface, "s", PostRef(org, role, form))
