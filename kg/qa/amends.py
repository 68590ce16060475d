"""What is done to the best fits' answer (`AMENDS`, in order), and the answers but those the question names (甲除了副市长
还是什么, 除了甲还有谁参加了乙会, 那个当甲局局长的人，还担任什么职务) or every fact of several (甲签了几份协议), also as
steps of engine.py's `STEPS` for a question nothing fits as written."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..results import Term
from ..vocab import PROLOGUE
from .frames import answer_context
from .parse import without_names
from .resolve import GOVERNMENT_ENDS, Unresolved
from .select import read_evidence
from .shape import Answer, counted, level_rows
from .steps import Amend
from .templates import safe_iri

if TYPE_CHECKING:
    from .engine import QuestionAnswerer
    from .refs import Mention
    from .steps import Asked

# a person's posts asked besides one named (甲除了副市长还是什么, 甲除了副市长以外还有什么身份): the others
# (甲除了当副市长，他还干啥: a verb of holding before the post, the person pointed back to before 还)
_BESIDES = re.compile(
    r"(?P<who>[^，,]{2,12}?)除了(?:当|担任|做)?(?P<post>[^，,还]{2,10}?)(?:以外|之外)?[，,]?(?:他|她)?还(?P<rest>.+)"
)
# the same with the post first and the person after a comma (除了当副市长，甲还有啥职务)
_BESIDES_FIRST = re.compile(
    r"除了(?:当|担任|做)?(?P<post>[^，,还]{2,10}?)(?:以外|之外)?[，,](?P<who>[^，,还]{2,12}?)(?:他|她)?还(?P<rest>.+)"
)
# one named after 除了, then a question whose answers may hold it (除了甲还有谁参加了乙会, 除了甲，还有哪些人出席): the others
_EXCEPT = re.compile(r"除了(?P<who>[^，,还]{2,16}?)(?:以外|之外)?(?:[，,]|(?=还))")


def _norm_post(text: str) -> str:
    """A post as said, without 的 and marks (甲公司的董事长 -> 甲公司董事长), to find a post's body and title in it."""
    return re.sub(r"[的\s，,、：:？?]", "", text)


def answer_besides(qa: QuestionAnswerer, question: str, text: str) -> Answer | None:
    """A person's posts other than the one named after 除了 (None: not such a question, or no such post)."""
    asked = _BESIDES.fullmatch(text) or _BESIDES_FIRST.fullmatch(text)
    if asked is None:
        return None
    asks = set(read_evidence("是" + asked["rest"], [], qa.lexicon).asks)
    if not asks or not asks <= {"post", "info"}:
        return None
    got = qa.answer(f"{asked['who']}担任哪些职务")
    if got.template != "person_posts" or not any(a.get("title") == asked["post"] for a in got.answers):
        return None
    others = [a for a in got.answers if a.get("title") != asked["post"]]
    return replace(got, question=question, answers=others, message=None if others else "图谱里没有别的职务")


def except_named(qa: QuestionAnswerer, asked: Asked, got: Answer) -> Answer | None:
    """The answers without the one named after 除了 (除了甲还有谁参加了乙会: 乙会's other participants), when it
    is one of them and others remain. None: no such question, or nothing to take out."""
    named = _EXCEPT.search(asked.text)
    if named is None:
        return None
    who = named["who"]
    others = [a for a in got.answers if str(a.get("label") or "") != who]
    if len(others) == len(got.answers) or not others:
        return None
    return replace(got, answers=others)


def each_fact(qa: QuestionAnswerer, asked: Asked, got: Answer) -> Answer | None:
    """Several facts offered to pick from where the question asks for the facts themselves, all of them (甲签了
    哪些协议: cues.yaml `several` with the fact's kind asked) or how many (甲签了几份协议): each fact's answers,
    one after the other, and for a count one row a fact (two agreements of one kind are two). None: the template
    has a slot besides the fact's, the question asks something of the facts (甲签的协议涉及哪些领域: of which one,
    still to pick), or nothing asks for several."""
    template = qa.templates_by_id.get(got.template or "")
    kinds = {str(c.get("kind") or "") for c in got.candidates or []}
    if template is None or len(kinds) != 1 or not all(c.get("iri") for c in got.candidates or []):
        return None
    slot = next((s for s in template.slots.values() if s.is_fact and s.type in kinds), None)
    if slot is None or any(s is not slot and not s.optional for s in template.slots.values()):
        return None
    if slot.type not in asked.evidence.asks:
        return None  # 甲签的协议涉及哪些领域: the fields of one agreement asked, which one is still to pick
    if not (asked.evidence.count or any(w in asked.text for w in qa.lexicon.several)):
        return None
    rows: list[dict[str, Any]] = []
    for cand in got.candidates or []:
        run = qa.runner.run(asked.question, template, {slot.name: [cand["iri"]]}, asked.question)
        if not run.answers:
            continue
        if asked.evidence.count:
            labels = list(dict.fromkeys(str(a.get("label") or "") for a in run.answers))
            sources = [src for a in run.answers for src in a.get("sources", [])]
            rows.append({"label": "、".join(labels), "iri": cand["iri"], "sources": sources[:5]})
        else:
            rows.extend(a for a in run.answers if a.get("label") not in {r.get("label") for r in rows})
    if not rows:
        return None
    return replace(got, answers=rows, message=None, candidates=None)


def answer_except_unfit(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A question nothing fits with its 除了甲 (甲市除了乙还有哪些副市长; 除了乙之外，参加丙会的还有谁): asked without
    it, the answers but 甲, when 甲 is one of them and others remain; a count (除了甲，乙市还有几位副市长) counts
    the others. None: no such phrase, or nothing so."""
    named = _EXCEPT.search(asked.text)
    if named is None:
        return None
    rest = (asked.text[: named.start()] + asked.text[named.end() :]).strip("，, ")
    if len(rest) < 2:
        return None
    got = qa.answer(rest)
    who = named["who"]
    if len(got.answers) == 1 and who in (got.answers[0].get("items") or ()):
        return counted_but(got, who, asked.question)  # 除了甲，乙市还有几位副市长: counted without 甲
    others = [a for a in got.answers if str(a.get("label") or "") != who]
    if len(others) == len(got.answers) or not others:
        return None
    return replace(got, question=asked.question, answers=others)


def other_posts(qa: QuestionAnswerer, asked: Asked, got: Answer) -> Answer | None:
    """A person described by a post, then 还 and a verb of holding (那个当甲市市长的人，还担任什么职务; 甲公司的董事长
    那个人还兼什么职: cues.yaml still_holds): the person's posts but those the question names before it, when others
    remain. None: not such a question, the person named or only a post said before 还 (市长甲还兼什么职, 甲市市长还担任
    什么职务: all the holder's posts, as before), or nothing to take out."""
    lex = qa.lexicon
    at = next((asked.text.find(w) for w in lex.still_holds if w in asked.text), -1)
    titles = [str(a.get("title") or "") for a in got.answers]
    named_person = any("p" in m.kinds and not any(t and t in m.text for t in titles) for m in asked.parsed.mentions)
    before = asked.text[:at].rstrip("，, ").removesuffix("他").removesuffix("她").rstrip("，, ")
    if at <= 0 or named_person or not before.endswith(lex.described_person):
        return None  # 市长甲还兼什么职, 甲市市长还担任什么职务: every post of the holder (as asked before)
    head = _norm_post(before)

    def named(a: dict) -> bool:
        title, org = str(a.get("title") or ""), _norm_post(str(a.get("org") or ""))
        if not title or title not in head:
            return False
        if any(t != title and title in t and t in head for t in titles):
            return False  # 副书记 inside 市委副书记: the longer title is the one named
        return (bool(org) and org + title in head) or titles.count(title) == 1

    others = [a for a in got.answers if not named(a)]
    if len(others) == len(got.answers) or not others:
        return None
    return replace(got, answers=others)


def counted_but(got: Answer, who: str, question: str) -> Answer | None:
    """A count's answer (`counted`: "3位", its items named) counted again without `who`; None: no other remains.

    >>> counted_but(Answer("q", answers=[{"label": "3位", "value": 3.0, "items": ["甲", "乙", "丙"]}]), "乙", "q").answers
    [{'label': '2位', 'value': 2.0, 'items': ['甲', '丙']}]
    """
    row = got.answers[0]
    items = [i for i in row.get("items") or () if i != who]
    if not items:
        return None
    label = re.sub(r"\d+", str(len(items)), str(row.get("label") or ""), count=1)
    return replace(
        got, question=question, answers=[{**row, "label": label, "value": float(len(items)), "items": items}]
    )


def _said_only(rest: str, verbs: tuple[str, ...], fillers: tuple[str, ...]) -> bool:
    """True when `rest` (a question less its names) is one of `verbs` with only `fillers` and marks around it.

    >>> _said_only("还在任职吗？", ("任职", "工作"), ("还", "在", "吗"))
    True
    >>> _said_only("还在当任职吗", ("任职",), ("还", "在", "吗")), _said_only("还在吗", ("任职",), ("还", "在", "吗"))
    (False, False)
    """
    rest, said = re.sub(r"[\s，,。？?！!~]", "", rest), 0
    while rest:
        verb = next((w for w in verbs if rest.startswith(w)), "")
        word = verb or next((w for w in fillers if rest.startswith(w)), "")
        if not word:
            return False
        said, rest = said + bool(verb), rest[len(word) :]
    return said == 1


# what answer_member_check asks of the person, as said after the name (哪些: every body and post, none merged)
_EVERY_BODY = "在哪些单位任职"
_EVERY_POST = "担任哪些职务"


def _of_person(qa: QuestionAnswerer, template_id: str, who: Mention, asks: str) -> Answer:
    """Template `template_id` run for the person `who` as the question who + `asks` runs it (甲 + 在哪些单位任职: 甲's
    bodies), without parsing that question: its text with the name blanked, as `without_names` gives it. No answers:
    the name names no one person."""
    template = qa.templates_by_id[template_id]
    try:
        refs = qa.resolver.entity_refs(template.slots["person"], who)
    except Unresolved as exc:
        return Answer(who.text + asks, template.id, template.query, message=exc.message)
    return qa.runner.run(who.text + asks, template, {"person": refs}, "\ue000" * len(who.text) + asks)


def answer_member_check(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A person and a body and a verb of working there, no title (甲还在乙任职吗, 甲是不是在乙工作, 甲在乙上班吗: cues.yaml
    `member_check`), for a question nothing fits (a title named is post_check's): yes (the person, with the titles held
    there and their sources) when the graph has the person hold a post in the body or belong to it (of a zone or a
    place, 甲在乙市任职吗: in a body named with its name), else no answer and the bodies the graph has the person in. None: not that shape,
    or the graph has the person in no body at all."""
    mentions = asked.parsed.mentions
    if (
        len(mentions) != 2
        or "p" not in mentions[0].kinds
        or not mentions[1].kinds
        or set(mentions[1].kinds) - set("ozl")
    ):
        return None
    who, body = mentions
    text = asked.parsed.text
    rest = text[: who.start] + text[who.end : body.start] + text[body.end :]
    if not _said_only(rest, qa.lexicon.member_verbs, qa.lexicon.member_fillers):
        return None
    got = _of_person(qa, "person_org", who, _EVERY_BODY)
    if not got.answers:
        return None
    orgs = {str(r) for r in body.refs.get("o", [])}
    zones = {qa.index.label(str(r)) for r in body.refs.get("z", [])} | _place_names(qa, body)  # 甲市: 甲市人民政府
    there = [a for a in got.answers if a.get("iri") in orgs or any(z and z in str(a.get("label")) for z in zones)]
    if not there:
        held = "、".join(str(a.get("label")) for a in got.answers)
        return replace(
            got, question=asked.question, answers=[], message=f"图谱里{who.text}不在{body.text}任职（{held}）"
        )
    posts = _of_person(qa, "person_posts", who, _EVERY_POST)
    titles = [
        str(a["title"]) for a in posts.answers if a.get("title") and a.get("org") in {b.get("label") for b in there}
    ]
    person = next((str(r) for r in who.refs.get("p", [])), "")
    row = {"label": who.text, "iri": person, "held": list(dict.fromkeys(titles))}
    row["sources"] = [src for a in there for src in a.get("sources", [])][:5]
    return replace(got, question=asked.question, answers=[row], message=None)


def _place_names(qa: QuestionAnswerer, m: Any) -> set[str]:
    """The names of the places a mention refers to (as written, and each place's label), of two characters or more."""
    if "l" not in m.kinds:
        return set()
    return {n for n in {m.text} | {qa.index.label(str(r)) for r in m.refs.get("l", [])} if len(n) >= 2}


# the cue groups asking a body's people (哪些人在甲任职, 甲有哪些领导: org_members'), and the characters that may be
# left around them and the place (有, 的, 在: 甲市有哪些领导, 在甲市任职的有哪些人)
_MEMBER_GROUPS = frozenset({"post", "work", "leader"})
_MEMBER_LEFT = frozenset("有的在都是里中共一各现目前如今呢吗啊呀？?，, ")
_PLACE_BODIES_MAX = 20  # a place named in more bodies than this (a country) is not asked for its people this way


# the bodies whose located_in chain reaches a place (the place bound: read from it, not from every body): how many
# there are, and the first of them by IRI (the places below it, on the same chain, are no bodies)
_Q_LOCATED_BODIES = """
SELECT ?org ?n WHERE {
  { SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
      VALUES ?place { %(places)s } ?o (kgqa:locatedIn|kgqa:city)+ ?place .
      FILTER NOT EXISTS { ?o a schema:AdministrativeArea } } }
  UNION
  { SELECT DISTINCT ?org WHERE {
      VALUES ?place { %(places)s } ?org (kgqa:locatedIn|kgqa:city)+ ?place .
      FILTER NOT EXISTS { ?org a schema:AdministrativeArea } } ORDER BY ?org LIMIT %(limit)d }
}"""
_LOCATED_READ = 50  # bodies located in a place read for its people at most; beyond, the answer says how many there are


def _named_bodies(qa: QuestionAnswerer, names: set[str]) -> set[str]:
    """The bodies with a name (label, alias or short form) opening with one of `names` or with 中共 and one of them
    (甲市人民政府, 甲市政协, 中共甲市委员会), by the index's prefix lookup: at most `_PLACE_BODIES_MAX` + 1 of each."""
    out: set[str] = set()
    for name in names:
        for head in (name, "中共" + name):
            out |= {iri for _, iri, kind in qa.index.prefix(head, _PLACE_BODIES_MAX + 1) if kind == "o"}
    return out


def _located_bodies(qa: QuestionAnswerer, place: Mention) -> tuple[set[str], int]:
    """The bodies the graph locates in the place (kgqa:locatedIn or kgqa:city, through the places above them), at
    most `_LOCATED_READ`, and how many there are, in one query with the place bound."""
    refs = " ".join(f"<{r}>" for r in place.refs.get("l", []) if safe_iri(str(r)))
    if not refs:
        return set(), 0
    rows = qa.run_query(PROLOGUE + _Q_LOCATED_BODIES % {"places": refs, "limit": _LOCATED_READ}).rows
    total = max((int(r["n"].value) for r in rows if r.get("n") is not None), default=0)
    orgs = {r["org"].value for r in rows if r.get("org") is not None}
    return {o for o in orgs if (e := qa.index.entities.get(o)) is not None and "o" in e.kinds}, total


def answer_place_members(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A place alone asked for its people (甲市有哪些领导, 哪些人在甲市任职, 甲市有几位领导: org_members' words, a place
    where a body would be) for a question nothing fits: the people holding posts in the bodies named with the place's
    name (甲市人民政府, 中共甲市委员会: `_named_bodies`) or located in it (`_located_bodies`: a bank of the city), counted
    when asked how many; when none of those bodies holds a post, no answer and that said (the people of the graph hold
    posts elsewhere). None: not that shape, or the place is named in too many bodies (a country); of more bodies
    located there than `_LOCATED_READ`, the first are read and the answer says how many there are (truncated)."""
    mentions, ev = asked.parsed.mentions, asked.evidence
    if len(mentions) != 1 or set(mentions[0].kinds) != {"l"} or ev.asks != {"person"}:
        return None
    if not ev.groups or not ev.groups <= _MEMBER_GROUPS:
        return None
    place, text = mentions[0], asked.parsed.text
    spans = [(place.start, place.end)] + [(w.start, w.end) for w in ev.words]
    if any(ch not in _MEMBER_LEFT for i, ch in enumerate(text) if not any(a <= i < b for a, b in spans)):
        return None  # 甲市负责招商的领导: more is said than the place and its people
    named = _named_bodies(qa, _place_names(qa, place))
    if len(named) > _PLACE_BODIES_MAX:
        return None
    located, total = _located_bodies(qa, place)
    bodies = sorted(named | located)
    template = qa.templates_by_id["org_members"]
    found: dict[str, dict[str, Any]] = {}
    for iri in bodies:
        for a in qa.answer_template(template.id, {"org": iri}).answers:
            found.setdefault(str(a.get("iri") or a.get("label")), a)
    if not found:
        return Answer(asked.question, template.id, template.query, message=f"图谱里没有在{place.text}的单位任职的人")
    got = Answer(asked.question, template.id, template.query, answers=list(found.values()))
    got = counted(got, ev.count) if ev.count else got
    if total > _LOCATED_READ:  # 甲市 of hundreds of bodies: the first read, how many there are said
        said = f"答案很多：位于{place.text}的单位共{total}个，只读了其中{len(located)}个（全部请用SPARQL查询）"
        got = replace(got, truncated=True, message=said)
    return got


def place_governments(qa: QuestionAnswerer, place: Mention) -> list[str]:
    """The government(s) of a place mention: the bodies of type government named one of its names and a word of
    `GOVERNMENT_ENDS` (甲市: 甲市人民政府, 甲市政府), found among its `_named_bodies`."""
    names = _place_names(qa, place)
    heads = {n + end for n in names for end in GOVERNMENT_ENDS}
    return [
        iri
        for iri in _named_bodies(qa, names)
        if qa.index.label(iri) in heads
        and (e := qa.index.entities.get(iri)) is not None
        and getattr(e, "org_type", None) == "government"
    ]


def answer_place_events(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A place alone asked what it did (甲市搞了啥, 甲市有哪些活动, 甲市干了什么) for a question nothing fits: the place
    stands for its government, the one body `place_governments` finds (甲市人民政府), and the question is asked of it; its answer when a template asking events gives one. None otherwise."""
    mentions = asked.parsed.mentions
    if len(mentions) != 1 or set(mentions[0].kinds) != {"l"}:
        return None
    place, text = mentions[0], asked.parsed.text
    governments = place_governments(qa, place)
    if len(governments) != 1:
        return None
    got = qa.answer(f"{text[: place.start]}{qa.index.label(governments[0])}{text[place.end :]}")
    template = qa.templates_by_id.get(got.template or "")
    if template is None or "event" not in template.asks or not got.answers:
        return None
    return replace(got, question=asked.question)


def _zone_words(qa: QuestionAnswerer) -> tuple[str, ...]:
    """The words of cues.yaml's cue group `zone` (园区, 开发区 …): a question holding one asks a zone by its kind."""
    return tuple(w for w, tags in qa.lexicon.tags.items() if ("cue", "zone") in tags)


def _place_opening(qa: QuestionAnswerer, org: str) -> str | None:
    """The place of the graph whose name the body's name opens with, the longest (青岚市商务局: 青岚市), or None."""
    name = qa.index.label(org)
    for end in range(len(name) - 1, 1, -1):
        refs = qa.index.surfaces.get(name[:end]) or {}
        places = sorted(str(r) for r in refs.get("l", ()))
        if len(places) == 1:
            return places[0]
    return None


def answer_where_placed(qa: QuestionAnswerer, asked: Asked, got: Answer) -> Answer | None:
    """甲落在哪 / 甲在哪儿 of a body in no zone: where the graph locates it (located_in, for a 落在哪 that names no
    zone's kind), else the place its name opens with, said so. None: a zone's kind asked, or nothing found."""
    org = (got.bindings or {}).get("org")
    if not org or not qa.index.knows(org):
        return None
    if got.template == "located_in_zone":
        if any(w in without_names(asked.parsed) for w in _zone_words(qa)):
            return None  # 甲落在哪个园区: a zone asked, none known (甲产业园落在哪: a zone's own name asks none)
        located = qa.answer_template("located_in", {"org": org})
        if located.answers:
            return replace(located, question=asked.question)
    place = _place_opening(qa, org)
    if place is None:
        return None
    rows = level_rows(qa.templates_by_id["located_in"], [{"label": Term("literal", qa.index.label(place))}], asked.text)
    if len(rows) != 1:
        return None  # 甲在哪个省 of a body named after a city of no province known: not said
    label = rows[0]["label"].value
    row = {"label": label, "sources": []} | ({"iri": place} if label == qa.index.label(place) else {})
    said = f"图谱里没有{qa.index.label(org)}的所在地，按名称它在{label}"
    return replace(got, template="located_in", answers=[row], message=said)


# What is done to the best fits' answer, in this order, each that applies given the answer the one before left.
AMENDS: tuple[Amend, ...] = (
    Amend(  # 甲签了哪些协议, 甲签了几份协议: every fact offered to pick from, each one's answers
        "each_fact",
        lambda qa, q, got: each_fact(qa, q, got),
        when=lambda q, got: not got.answers and bool(got.candidates),
    ),
    Amend(  # 长治的陈市长是谁: the 市长 named 陈…
        "surname",
        lambda qa, q, got: qa.surnamed_holders(q, got),
        when=lambda q, got: got.template == "post_holder" and bool(got.answers),
    ),
    Amend(  # 崔市长在哪儿任职: no 市长 named 崔…, the 常务副市长 崔某
        "deputy",
        lambda qa, q, got: qa.answer_deputy(q.question, q.parsed),
        when=lambda q, got: not got.answers,
    ),
    Amend(  # 甲市市长和市委书记是谁: nothing holds both, each one's
        "joined",
        lambda qa, q, got: qa.answer_joined(q.question, q.parsed),
        when=lambda q, got: not got.answers and not q.evidence.count,
    ),
    Amend(  # only candidates: asked again with its slips of the pen written as meant
        "repaired",
        lambda qa, q, got: qa.answer_repaired(q.question, q.text),
        when=lambda q, got: not got.answers and bool(got.candidates) and not q.evidence.count,
    ),
    Amend(  # 据报道，甲市和乙集团签了协议，那么甲市的市长是哪位: nothing for the whole, the asked clause alone
        "context",
        lambda qa, q, got: answer_context(qa, q.question, q.text),
        when=lambda q, got: not got.answers and not q.evidence.count,
    ),
    Amend(  # 那个当甲市市长的人，还担任什么职务: his posts but 甲市市长
        "other_posts",
        lambda qa, q, got: other_posts(qa, q, got),
        when=lambda q, got: got.template == "person_posts" and len(got.answers) > 1,
    ),
    Amend(  # 除了甲还有谁参加了乙会: 乙会's participants but 甲
        "except",
        lambda qa, q, got: except_named(qa, q, got),
        when=lambda q, got: len(got.answers) > 1 and "除了" in q.text,
    ),
    Amend(  # read with a name one character off: said so
        "near_note",
        lambda qa, q, got: (
            replace(got, message=f"按图谱里的“{q.near[1][0]}”回答（问题写的是“{q.near[0]}”）") if q.near else None
        ),
        when=lambda q, got: q.near is not None and bool(got.answers) and not got.message,
    ),
    Amend(  # 甲落在哪, 甲在哪儿 of a body in no zone: the place it is in, else the place its name opens with
        "where_placed",
        lambda qa, q, got: answer_where_placed(qa, q, got),
        when=lambda q, got: (
            not got.answers and got.template in ("located_in", "located_in_zone") and not q.evidence.count
        ),
    ),
    Amend(  # 有几个, 多少: the answers counted
        "counted",
        lambda qa, q, got: counted(got, q.evidence.count) if q.evidence.count else None,
        when=lambda q, got: bool(q.evidence.count),
    ),
)


# the bodies holding posts of these titles, each with its name and the places its located_in chain reaches
_Q_TITLE_BODIES = """
SELECT DISTINCT ?org ?name ?in WHERE {
  VALUES ?role { %s }
  GRAPH ?g { ?fact org:role ?role ; org:postIn ?org ; org:heldBy ?x . }
  OPTIONAL { ?org rdfs:label ?name }
  OPTIONAL { ?org (kgqa:locatedIn|kgqa:city)+ ?in }
}"""
_Q_LABELS = "SELECT DISTINCT ?x ?name WHERE { VALUES ?x { %s } ?x rdfs:label ?name }"


# the bodies a person holds posts in, each with its name and the places its located_in chain reaches
_Q_PERSON_BODIES = """
SELECT DISTINCT ?org ?name ?in WHERE {
  VALUES ?x { %s }
  GRAPH ?g { ?fact org:heldBy ?x ; org:postIn ?org . }
  OPTIONAL { ?org rdfs:label ?name }
  OPTIONAL { ?org (kgqa:locatedIn|kgqa:city)+ ?in }
}"""


def _surnamed_here(qa: QuestionAnswerer, asked: Asked, refs: set[str], words: set[str]) -> bool:
    """True when the holders the surname before the title finds (the best fits' answer, its `surname` amend widening
    it: 长治的陈市长 is the 常务副市长 陈… when no 市长 is named 陈) hold a post in a body of the place said (`refs`, its
    names `words`), as `answer_held_elsewhere` matches a body; False: none found, or all elsewhere (白川市的沈副市长 with
    the 副市长 沈… only of 青岚市)."""
    got = asked.best  # the answer step `fits` gives when no premise is found wrong: found once
    people = " ".join(f"<{a['iri']}>" for a in got.answers if str(a.get("iri") or "").startswith("http"))
    if not people:
        return False
    for row in qa.run_query(PROLOGUE + _Q_PERSON_BODIES % people).rows:
        name = row["name"].value if row.get("name") is not None else ""
        if row["org"].value in refs or (row.get("in") is not None and row["in"].value in refs):
            return True
        if name and any(w in name for w in words):
            return True
    return False


# the templates asking a post's holder that the check looks at -> their slots besides the post (a place or body said
# and not read into a slot is where the post is asked; for all but post_holder, only one right before the title)
_HELD_ELSEWHERE_SLOTS: dict[str, frozenset[str]] = {
    "post_holder": frozenset(),
    "post_check": frozenset({"person"}),  # 陆某是白川市市长吗
    "event_post_holder": frozenset({"event"}),  # 参加乙会的白川市市长是谁
}


def answer_held_elsewhere(qa: QuestionAnswerer, asked: Asked) -> Answer | None:
    """A title alone asked of a place or body said beside it (白川市有几位副市长, 甲市政府有几位市长; of a person, 甲是白川市
    市长吗, or an event, 参加乙会的白川市市长是谁, the place right before the title) when the graph's
    posts of that title are all elsewhere: no answer, and the premise said wrong (the posts' bodies named). A post
    matches a place or body said when its body is it, its name holds the place's name (甲市人民政府 of 甲市) or its
    located_in chain reaches it (a 村委会 in 乙村). Step `held_elsewhere` when something fits, `held_elsewhere_unfit`
    (after the other ways of asking: 曲沃县委的孙书记, a 县委书记 named 孙…) when nothing does. None: not such a
    question, the title held by none, or some post of it matches every place said."""
    fits = asked.fits
    if fits is None:
        return None
    mentions = asked.parsed.mentions
    if fits:
        f = fits[0]
        others = _HELD_ELSEWHERE_SLOTS.get(f.template.id)
        if others is None or f.hops or "post" not in f.entities or not set(f.entities) <= {"post", *others}:
            return None
        title = mentions[f.entities["post"]]
        if set(title.kinds) != {"t"} or (qa.surname_at(asked.parsed) is not None and f.template.id != "post_holder"):
            return None  # 参加乙会的陈市长: the amend of the surnamed holder says whose post
        said = [m for i, m in enumerate(mentions) if i not in f.entities.values()]
        if f.template.id != "post_holder":  # 甲是白川市市长吗, 参加乙会的白川市市长: the place right before the title
            said = [m for m in said if asked.parsed.text[m.end : title.start] in ("", "的")]
        if not said or any(not set(m.kinds) <= set("loz") for m in said):
            return None
    else:
        titles = [m for m in mentions if set(m.kinds) == {"t"}]
        said = [m for m in mentions if set(m.kinds) <= set("loz")]
        if len(titles) != 1 or len(titles) + len(said) != len(mentions) or not said:
            return None
        title = titles[0]
    roles = " ".join(f"<{r}>" for r in title.refs.get("t", []))
    if not roles:
        return None
    bodies: dict[str, tuple[set[str], set[str]]] = {}
    for row in qa.run_query(PROLOGUE + _Q_TITLE_BODIES % roles).rows:
        names, within = bodies.setdefault(row["org"].value, (set(), set()))
        if row.get("name") is not None:
            names.add(row["name"].value)
        if row.get("in") is not None:
            within.add(row["in"].value)
    if not bodies:
        return None  # a title no one holds: its own message
    surnamed = bool(fits) and qa.surname_at(asked.parsed) is not None
    for m in said:
        refs = {str(r) for kind in "loz" for r in m.refs.get(kind, [])}
        if not refs:
            return None
        words = {m.text} | {
            r["name"].value for r in qa.run_query(PROLOGUE + _Q_LABELS % " ".join(f"<{r}>" for r in refs)).rows
        }
        if any(
            org in refs or within & refs or any(w in n for w in words for n in names)
            for org, (names, within) in bodies.items()
        ):
            continue
        if surnamed and _surnamed_here(qa, asked, refs, words):
            return None  # 甲市的陈市长 where the holder the surname finds (a 常务副市长 陈…) holds a post of 甲市
        held = "、".join(sorted(min(names, key=len) if names else org for org, (names, _) in bodies.items()))
        message = f"图谱里没有{m.text}的{title.text}（{title.text}是{held}的），问题的前提不成立"
        template = fits[0].template if fits else None
        if template is None:
            return Answer(asked.question, message=message)
        return Answer(asked.question, template.id, template.query, message=message)
    return None
