"""The saved question index is reused across upgrades while its content is the same: `saved.INDEX_VERSION`.

A store's saved index is loaded only by code of the same `saved.FORMAT` and `saved.INDEX_VERSION`, so an
upgrade that leaves what the index holds alone does not rebuild it (minutes at 100,000 pages). Two checks keep
that honest. Any change to the index's code or data (`saved.INDEX_CODE`: index.py, names.py, forms.yaml ...)
fails here until it is recorded in VERSIONS: under a new version when what the index holds changed, under the
same one when it did not (a change to how questions are read, a comment). And the index of a fixed graph
(tests/data/qa_index_graph.nq, the bundled sample pages as extracted once, so that extraction changes do not
move it) must have the digest recorded for the version: a change recorded as "no change" that does change that
index fails. The fixed graph is small: a change that shows only on other names (a national body's short
forms, say) is the recorder's call.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from kgqa.kg.qa import saved
from kgqa.kg.qa.index import GraphIndex
from kgqa.kg.store import open_store

GRAPH = Path(__file__).parent / "data" / "qa_index_graph.nq"
# saved.INDEX_VERSION -> (saved.code_digest() of the code it was recorded with, the digest of the fixed graph's
# index); a change that leaves the index alone replaces the first of its version's pair
VERSIONS = {
    1: ("1b4524402e195c2e", "5ab4d57514a983fd"),
    2: ("e5a06d6da8d5dfbc", "5ab4d57514a983fd"),  # blind12: lab names written without filler words (forms.yaml)
    # blind14: 乌市/呼市/哈市/石市 of four cities' names (forms.yaml); scale20: a refresh takes the bigrams of a page's
    # texts made ahead by the ingest's workers and leaves the posting of its facts to the first search (same content)
    3: ("e62f5288941e711b", "5ab4d57514a983fd"),
    # qa21: a brand jieba reads as a place name that is none (苏宁 of 苏宁电器集团) and a company's city written
    # without 市 (深圳创益科技 of 深圳市创益科技发展有限公司), forms.py; qa23: a question's 二厂 written 第二工厂 (forms.yaml
    # ordinal_kinds, read by resolve.py only: same content)
    4: ("de4923ed716426ea", "5ab4d57514a983fd"),
    # blind18: a group's name with (集团) in brackets also written as its head and 集团 (甲乙运输集团 of
    # 甲乙运输(集团)总公司), forms.py; qa26: Facts.entities_of, a read of the facts' entities (fact_db.py: same content)
    5: ("047b991e3a0bdc47", "5ab4d57514a983fd"),
    # qa27: a city's body written without 市 (无锡商务局 of 无锡市商务局), forms.py: new surfaces (the fixed graph has
    # some); a region's locale stem without 自治区 (自治区党委 on a 新疆 page), index.py, names.py
    6: ("72e5a56e9a090a45", "7273863caea0dad3"),
    # qa28: a unit's head title written with the unit once or twice (宣传部长, 宣传部部长; forms.yaml unit_heads), names.py;
    # universities written short (中财 of 中央财经大学, forms.yaml short_forms); blind22: a 现代农业产业示范区 written
    # 农业示范区 (forms.yaml short_forms): a new surface for such zones; qa30: the rank words before a unit's head read
    # from forms.yaml (unit_ranks), no longer a tuple in forms.py (same words: same content)
    7: ("27a69fffbc38b4d1", "7273863caea0dad3"),
    # qa30: a place below a county also written from the township or the village on (八家户村 of 乌鲁木齐县二宫乡
    # 八家户村; forms.yaml lower_levels, forms.py): new surfaces (none in the fixed graph, whose places have no such chain);
    # blind23: a company limited by shares written without 有限 (甲乙化学股份公司 of 甲乙化学股份有限公司, forms.yaml
    # short_forms): a new surface for such companies (the fixed graph has none)
    8: ("853fbacb9c197f09", "7273863caea0dad3"),
    # qa34: 中共中央 also written 中央 (forms.yaml short_forms; 中央政治局委员): a new surface for it (the fixed graph has
    # none); scale33: fact_db.py's append skips its DELETEs when nothing was appended past the index's chunk (same
    # content)
    9: ("7deb3ad3c0b64f63", "7273863caea0dad3"),
    # scale36: the name tables' sets that grow with the graph (surfaces, role_orgs, _org_posts, _names, _oz_by_initial,
    # _oz_by_start) kept in the fact file as rows of their members (name_db.py, table `member`): a saved index of the
    # old layout is not read (same content in memory)
    10: ("88596d654f81b5a3", "7273863caea0dad3"),
    # qaext36: 市场监管局 also written in full, 市场监督管理局 (forms.yaml short_forms): a new surface for such bodies
    # scale40: a build with a fact file takes the facts in 500 pages at a time, flushing each batch (index.py
    # `_build_facts_streamed`, queries.py Q_PAGE_OF_GRAPH): the same content
    # scale42: the rows of the name tables written whole made as the file takes them (saved.py `_whole_rows`), the
    # members' mark set by the rows written (fact_db.py `append`): the same file content
    # scale43: the names part of a build with a file made NAME_BATCH rows at a time and flushed after each batch
    # (index.py `_build_names_streamed`, names.py `_add_posts`): the same tables key by key (tests/test_scale43.py)
    # scale44: a batch of the build's names read from the file with one `IN (...)` per 498 keys (name_db.py
    # `DiskMap.prefetch`, names.py `_load_entities`, `_derive_many`, `_add_posts`); the brand check asks a small table
    # of jieba's parts of speech (extract/ner.py `small_word_pos`, forms.py): the same tables, the same forms
    11: ("cc17ac71d8f1b64d", "7273863caea0dad3"),
    # qa60: a title holding its level and the body's kind word also written with the kind word alone (党委书记 of
    # 自治区党委书记, 政府秘书长 of 省政府秘书长; forms.py kind_title, names.py): a new surface for such titles (the fixed
    # graph has none); a body a page names 市政府 alone (a generic form) keeps that name as a generic surface (names.py
    # `_own_names`; the fixed graph has none)
    # qa69: kg/vocab.py's org_kinds (the organisation types under a type, read from the ontology; used by answers,
    # not by the index): the same content
    # mend50: kg/vocab.py imports rdflib's Graph once; mend51: name_db.py's _Refs and _Kinds share one base class
    # (_NotedDict): the same content (the fingerprint test passes)
    # mend55: no private name read across modules (index.py GraphIndex.drop_automata for saved.py, fact_index.py
    # FactIndex.is_named for fact_db.py; vocab.py str(KGQA) for KGQA._NS): the same content
    12: ("030cd8a2f4021156", "7273863caea0dad3"),
}
# not content: derived from other fields (the automata from the surfaces, the fact indexes' tables keyed by the
# id() of an article's body set from `body`) or the state of one process (its stamp, a refresh under way)
_SKIP = {"stamp", "automaton", "delta", "_delta_words", "_new_surfaces", "_new_heads", "_stale", "by_iri",
         "by_entity", "base", "bodies", "body_postings", "body_grams"}  # fmt: skip


def _plain(value: Any) -> Any:
    """`value` as JSON-able lists, sets and dicts sorted (the build fills some in a set's order, which differs
    between processes), objects by class name and fields."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return ["dict", sorted(([_plain(k), _plain(v)] for k, v in value.items()), key=lambda kv: json.dumps(kv[0]))]
    if isinstance(value, (set, frozenset)):
        return ["set", sorted((_plain(v) for v in value), key=json.dumps)]
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, [_plain(v) for v in value]]
    fields = getattr(value, "__dict__", None)
    if fields is None:
        fields = {k: getattr(value, k) for k in getattr(type(value), "__slots__", ())}
    return [type(value).__name__, _plain({k: v for k, v in sorted(fields.items()) if k not in _SKIP})]


def fingerprint(index: GraphIndex) -> str:
    """A digest of what the index holds (names, posts, fact indexes), independent of set order."""
    fields = {k: v for k, v in sorted(index.__dict__.items()) if k not in _SKIP}
    text = json.dumps(_plain(fields), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@pytest.fixture(scope="module")
def index() -> GraphIndex:
    """The index of the fixed graph, built in memory."""
    store = open_store("memory:")
    store._store.load(path=str(GRAPH), format=ox.RdfFormat.N_QUADS)
    return GraphIndex(store)


def test_a_change_to_the_index_code_is_recorded() -> None:
    code, _ = VERSIONS.get(saved.INDEX_VERSION, ("", ""))
    assert saved.code_digest() == code, (
        f"the index's code or data changed (saved.INDEX_CODE, now {saved.code_digest()}): if what the index holds "
        f"changed, bump saved.INDEX_VERSION and add a row to VERSIONS (a saved index of the old content would "
        f"otherwise be loaded by the new code); if not, record the new digest in version {saved.INDEX_VERSION}'s row"
    )


def test_the_index_version_is_bumped_when_the_index_changes(index: GraphIndex) -> None:
    _, content = VERSIONS.get(saved.INDEX_VERSION, ("", ""))
    got = fingerprint(index)
    assert got == content, (
        f"the question index of {GRAPH.name} is now {got}: what the index holds changed, so bump "
        f"saved.INDEX_VERSION and add a row to VERSIONS with it"
    )


def test_the_fixed_graph_has_every_part_of_the_index(index: GraphIndex) -> None:
    """The digest means something only if the graph fills each table."""
    for part in ("entities", "surfaces", "role_orgs", "_org_posts", "_names", "_heads", "titles", "generic"):
        assert getattr(index, part), part
    for part in ("events", "agreements", "articles"):
        assert getattr(index, part).mem.iris, part


def test_the_digest_sees_a_change_of_the_names(monkeypatch: pytest.MonkeyPatch, index: GraphIndex) -> None:
    """Short forms no longer derived (as a change to forms.yaml or names.py could do) change the digest."""
    from kgqa.kg.qa import names

    monkeypatch.setattr(names, "_short_forms", lambda label: frozenset())
    store = open_store("memory:")
    store._store.load(path=str(GRAPH), format=ox.RdfFormat.N_QUADS)
    assert fingerprint(GraphIndex(store)) != fingerprint(index)
