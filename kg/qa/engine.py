"""Answering: a question -> mentions and evidence -> a template and its slots -> SPARQL with bound variables -> Answer.

`QuestionAnswerer` puts the parts together: question parsing (parse.py), template selection by evidence
(select.py), slot resolution (resolve.py), query execution with IRI constants only (execute.py, which
says why user text never reaches SPARQL), answer shaping (shape.py), live examples and help when
nothing fits (examples.py), over the graph index (index.py). The question shapes answered their own way are the
`STEPS` below (steps.py: `Asked`, `Step`, `Amend`), those of a frame of context in frames.py, the changes to the best
fits' answer (`AMENDS`) and the answers but those a question names in amends.py.

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> QuestionAnswerer(KnowledgeGraph.open("memory:")).answer("{ ?s ?p ?o }").answers
    []
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, suppress
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import amends, attend, frames, two_asks
from .amends import AMENDS
from .examples import EXAMPLE_BUDGET, Examples
from .execute import QueryRunner, each_of, queries_run_by
from .fact_index import Words
from .forms import MAX_QUESTION, clean
from .index import KIND_LETTERS, GraphIndex
from .pages import AnswerPages
from .parse import Parsed, QuestionParser, clean_question, is_surname, without_names
from .refs import Mention, PostRef
from .resolve import MAX_BOUND_POSTS, SlotResolver, Unresolved, named_nodes
from .saved import open_index
from .select import MARGIN, Evidence, Fit, asks_twice, load_lexicon, lone_pronoun, rank, read_evidence
from .shape import Answer
from .steps import Asked, Step, unfit
from .templates import ENTITY_TYPES, Template, load_templates

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph
    from .steps import Reading

__all__ = ["Answer", "QuestionAnswerer", "Unresolved"]

KIND_NAMES = {v: k for k, v in KIND_LETTERS.items()} | {"o": "organisation"}
_EACH_PERSON = frozenset({"person_posts", "person_org", "person_places"})  # asked of two persons: each one's
_NEITHER = "图谱里说的不是问题给出的两者之一"  # 甲还是乙: neither holds, by the graph
_EITHER_BODY = frozenset("ozl")  # kind letters of a body, or a place standing for its bodies, offered as a choice
_JOINERS = ("和", "与", "及", "以及", "、", "跟")  # 甲市市长和市委书记分别是谁: two posts, one question word


_WITH_WHOM = re.compile(r"(?:和|与|跟|同)(?:谁|哪位|哪一位|哪些人|哪几位)")  # 甲和谁会谈了: the other side
_WITH = "和与跟同"  # 跟甲会谈的是哪位: 甲 is the other side
# 局长是谁，甲市商务局的: whose post it is said after the question, as an afterthought (read as 甲市商务局的局长是谁)
# a person asked who they are, then where they work (甲是谁，在哪上班; 甲干什么的，哪个单位): one question, their posts
_WHO_AND_WHERE = re.compile(
    r"(?P<who>.+?)(?:是谁|是何人|是什么人|是干什么的|干什么的|是做什么的|做什么的)[，,、]?(?P<rest>.+)"
)
# a yes/no question, then a question of the same one without its name (甲是不是乙公司的董事长？是哪家公司的？): the second
_CHECKED_THEN = re.compile(r"(?P<check>[^，,？?；;。]{3,})[，,？?；;。]+(?P<rest>[^，,？?；;。]{2,})")
_TITLE_QUOTED = re.compile(r"《[^》]{4,}》")  # a title written in book marks (an article's, a work's)
_QUOTES = re.compile(r"[“”\"'《》「」]")
_EPITHET_LONGEST = 12  # an epithet before a name (中国第一矿, 优秀共产党员) is at most this long
_NAME_LONGEST = 24  # a body's name before a legal ending, or one holding it, is read back this far
_AFTERTHOUGHT = re.compile(r"(?P<asked>[^，,]{2,})[，,](?P<whose>[^，,的]{2,24})的[呢啊呀吧]*")


def _marked(opening: str) -> bool:
    """True when words opening a question are marked as describing what follows: quoted whole, or ending in 的."""
    return opening.endswith("的") or bool(re.fullmatch(r"[“\"'「《].+[”\"'」》]", opening))


def _titles_a_person(parsed: Parsed) -> bool:
    """True when the question's first mention, a title, is right before a person's name (行长甲)."""
    first, after = parsed.mentions[0], parsed.mentions[1:2]
    return bool(after) and after[0].start == first.end and after[0].kinds == "p"


def with_whom(parsed: Parsed, holders: dict[int, tuple[str, str]] | None = None) -> frozenset[str]:
    """The persons a question pairs with a who-word (甲和谁会谈了) or opens with after 和/与/跟/同 (跟甲会谈的是哪位,
    not a list: 乙和甲): never their own answer; a post so placed stands for its one holder in `holders` (乙银行副行长
    和谁会谈了: not the 副行长 himself)."""
    ends = {m.end for m in parsed.mentions}
    out: set[str] = set()
    for i, m in enumerate(parsed.mentions):
        paired = _WITH_WHOM.match(parsed.text, m.end) or (
            m.start > 0 and parsed.text[m.start - 1] in _WITH and m.start - 1 not in ends
        )
        if not paired:
            continue
        out.update(r for r in m.refs.get("p", ()) if isinstance(r, str))
        if "p" not in m.refs and holders and i in holders:
            out.add(holders[i][0])
    return frozenset(out)


_WHERE_SAID = ("在", "于")  # 甲在乙园区调研了哪些园区: 乙 is where the question says it was, not what it asks


def where_said(parsed: Parsed) -> frozenset[str]:
    """The places, zones and bodies a question writes right after 在/于 (甲在乙园区调研了哪些园区): where it says the
    fact was, never the place it asks for."""
    return frozenset(
        r
        for m in parsed.mentions
        if m.start > 0 and parsed.text[m.start - 1] in _WHERE_SAID
        for kind in "lzo"
        for r in m.refs.get(kind, ())
        if isinstance(r, str)
    )


_DOUBTED = re.compile(r"[？?，,。！!]")  # where a claim the asker doubts ends (甲市市长乙？不对，…)
_CONTENT = re.compile(r"[\w\u3400-\u9fff]")  # a character of words, not a mark (甲？来着: 来着 is a word)


@lru_cache(maxsize=4)
def _compare_forms(
    compare: tuple[tuple[str, tuple[str, ...]], ...], which: tuple[str, ...]
) -> tuple[dict[str, tuple[str, int]], tuple[int, ...]]:
    """Each ranking word of cues.yaml compare (哪个投资更大) and its forms with 哪个 said as one of `which` (谁的投资更大)
    or after a head of the rest (投资哪个更大, 投资谁更大) -> (its kind, its length), a form of two kinds the first's;
    and their lengths, longest first (the longest form ending a question is the one said).

    >>> _compare_forms((("larger", ("哪个钱多",)),), ("谁的",))[0]["钱谁的多"]
    ('larger', 4)
    """
    out: dict[str, tuple[str, int]] = {}
    for kind, words in compare:
        for word in words:
            rest = word[2:] if word.startswith("哪个") else ""
            said = [word] if not rest else [word, *(w + rest for w in which)]
            said += [rest[:k] + w + rest[k:] for k in range(1, len(rest)) for w in ("哪个", *which)]
            for form in said:
                out.setdefault(form, (kind, len(form)))
    return out, tuple(sorted({len(form) for form in out}, reverse=True))


def name_spans(parsed: Parsed) -> list[tuple[int, int]]:
    """The spans of the names the linker found in a question: a post said open (长治市有多少副市长) is its body's name
    and its title's, not the question words between them, which a rewrite may still change (有多少 -> 有几个).
    `name_spans(parser.parse("长治市有多少副市长"))` -> [(0, 3), (6, 9)]."""
    spans: list[tuple[int, int]] = []
    for m in parsed.mentions:
        title_at = getattr(m, "title_at", None)
        if getattr(m, "open", False) and title_at is not None:
            body_end = getattr(m, "body_end", None)
            spans += [(m.start, title_at if body_end is None else body_end), (title_at, m.end)]
        else:
            spans.append((m.start, m.end))
    return spans


class QuestionAnswerer:
    """Answers Chinese questions over one KnowledgeGraph (see kgqa.kg.qa for the API)."""

    def __init__(
        self, kg: KnowledgeGraph, templates: dict[str, Template] | None = None, index: GraphIndex | None = None
    ) -> None:
        self.kg = kg
        self.store = kg.store
        self.generation = getattr(kg, "generation", 0)
        self.templates_by_id = templates or load_templates()
        self.lexicon = load_lexicon()
        self.index = index if index is not None else open_index(self.store)  # the saved one, or built
        self.parser = QuestionParser(self.index, self.lexicon, self._answer_phrase)
        self.resolver = SlotResolver(
            self.index,
            self.lexicon.planned,
            on_day=lambda d, k: self.runner.events_on_day(d, k),
            taken_by=lambda e, k, r: self.runner.events_taken_by(e, k, r),
            holding=lambda r: self.runner.facts_holding(r),
        )
        self.runner = QueryRunner(self.store, self.index, self.resolver, getattr(kg, "timeline", None))
        self.live = Examples(self)
        self.pages = AnswerPages(self)  # big answers a page at a time (the web server's)

    def refresh(self, kg: KnowledgeGraph) -> bool:
        """Catch up with pages ingested since this answerer was built (`kg.changes`), index part only.

        Only when every write since then is recorded and added article graphs without dropping any
        (a new page); anything else (a page ingested again, quads written directly) returns False and
        the caller builds a new answerer. After a refresh the answers are those of a full rebuild.
        """
        target = kg.generation
        pending = [c for c in getattr(kg, "changes", ()) if self.generation < c[0] <= target]
        if [c[0] for c in pending] != list(range(self.generation + 1, target + 1)) or any(c[1] for c in pending):
            return False
        graphs = [g for c in pending for g in c[2]]
        entities = set().union(*(c[3] for c in pending)) if pending else set()
        words = Words()  # the bigrams of the pages' texts made ahead (by an ingest's workers), when there are
        for c in pending:
            if len(c) > 5 and c[5] is not None:
                words.update(c[5])
        if not self.index.add_graphs(self.store, graphs, entities, words):
            return False
        for c in pending:  # taken in: not held by `kg.changes` any longer
            if len(c) > 5 and c[5] is not None:
                c[5].clear()
        if pending:  # the store's write stamp right after the last write taken in (None: not known)
            self.index.stamp = pending[-1][4] if len(pending[-1]) > 4 else None
        self.generation = target
        return True

    # ------------------------------------------------------------------ public API
    @staticmethod
    def queries_run_by(run: Callable[[str], Any]) -> AbstractContextManager[None]:
        """Within this block (this thread or task only) answer queries run through `run` (text -> Results)
        instead of the store; the web server passes its pool of killable query processes:
        `with qa.queries_run_by(pool_query): qa.answer(q)`."""
        return queries_run_by(run)

    def run_query(self, text: str) -> Any:
        """Results of one of the answerer's own queries (see `queries_run_by`)."""
        return self.runner.run_query(text)

    def templates(self) -> list[dict[str, Any]]:
        """Every template for the picker: id, title, family, slots, and examples from this graph (`examples`)."""
        live = self.examples()
        return [{**t.describe(), "examples": live.get(t.id, [])} for t in self.templates_by_id.values()]

    def example_questions(self) -> list[str]:
        """One checked example question per template, from this graph (none on an empty graph)."""
        return list(dict.fromkeys(ex for exs in self.examples().values() for ex in exs[:1]))

    def examples(self, per_template: int = 2, budget: float = EXAMPLE_BUDGET) -> dict[str, list[str]]:
        """For each template, questions made from its `form` with entities of this graph, each checked to get
        an answer from that template (made once per graph generation, within `budget` seconds)."""
        return self.live.examples(per_template, budget)

    def answer(self, question: str) -> Answer:
        """Answer a free-text question; never raises on any input string. The question's shapes are tried in the
        order of `STEPS`, the first that answers answering."""
        return self.answer_read(question, None)

    def answer_read(self, question: str, reading: Reading | None) -> Answer:
        """`answer`, given what `read` gave for the question (甲担任什么职务 as two_asks read it) when the question is
        already as cleaned (it is not read again); None: read it."""
        question = question if isinstance(question, str) else ""
        if len(question) > MAX_QUESTION * 5:
            return Answer(question[:MAX_QUESTION] + "…", message=f"问题太长（超过{MAX_QUESTION}字），无法回答")
        # one traditional character read simplified when that explains more of the question (甲市市長是谁), never
        # in a name the graph writes with it; bha航空: BHA航空, as the graph writes it
        text = self.parser.cased(clean_question(question, self.parser.explained))
        if not text:
            return Answer(question, message="请输入一个问题", suggestions=self.live.suggest_templates([]))
        if len(text) > MAX_QUESTION:
            return Answer(question, message=f"问题太长（超过{MAX_QUESTION}字），无法回答")
        text = self._legal_dropped(text)  # 甲集团有限公司 where the graph holds 甲集团: its name
        asked = Asked(self, question, text, reading if text == question else None)
        for step in STEPS:  # the first step that applies and answers, answers
            if step.when(asked):
                got = step.run(self, asked)
                if got is not None:
                    return got
        return Answer(question, message="没有找到能回答这个问题的模板")  # not reached: `fits` always answers

    def answer_best(self, asked: Asked) -> Answer:
        """The best fits' answer (`_answer_fits`), each of `AMENDS` that applies to it taking it further in turn."""
        fits = asked.fits or []
        close = [f for f in fits if f.score >= fits[0].score - MARGIN][:4]
        several = bool(asked.evidence.count) or any(w in asked.text for w in self.lexicon.several)
        with each_of(frozenset(asked.evidence.asks) if several else frozenset()):  # 甲签了几份协议: every one
            got = self._answer_fits(asked.question, close, asked.parsed)
        for amend in AMENDS:
            if amend.when(asked, got):
                got = amend.run(self, asked, got) or got
        return got

    def _answer_pronoun(self, asked: Asked) -> Answer | None:
        """A pronoun standing alone for a body (它的行长是谁): whose, the question never says; the bodies it could
        be, to pick from. None: no such pronoun."""
        pronoun = lone_pronoun(asked.parsed.text, asked.parsed.mentions, self.lexicon)
        if pronoun is None:
            return None
        before = asked.text[: max(asked.text.find(pronoun), 0)]
        if before and self.parse(before).mentions:
            return None  # 甲这个人，他是哪个单位的: read as 他是哪个单位的甲, the pronoun points back to the name before it
        return Answer(
            asked.question,
            message=f"问题里的“{pronoun}”前面没有说指的是谁，请写出名称",
            candidates=self._title_bodies(asked.parsed) or None,
        )

    def _answer_near(self, asked: Asked) -> Answer | None:
        """A name of the question the graph does not have, several of its names one character off (顾远水: 顾远山
        or 顾远川?): asked which was meant, never guessed."""
        if asked.near is None:
            return None
        written, names = asked.near
        return Answer(
            asked.question,
            message=f"图谱里没有“{written}”，是不是下面的一个？",
            candidates=[{"label": n, "iri": self._near_iri(n), "kind": "entity"} for n in names],
        )

    def _answer_unfit(self, asked: Asked) -> Answer:
        """Nothing fits and no step made the question fit: why, the templates to pick from, the source sentences
        near the question (not an answer)."""
        related = self.live.related(asked.parsed, asked.evidence)
        return Answer(
            asked.question,
            message="没有找到能回答这个问题的模板"
            + self.live.mention_note(asked.parsed)
            + ("；下面是与问题相关的原文，不是答案" if related else ""),
            suggestions=self.live.suggest_templates(asked.parsed.mentions),
            related=related or None,
        )

    def surnamed_holders(self, asked: Asked, got: Answer) -> Answer | None:
        """A post's holders narrowed to the surname written alone right before its title (长治的陈市长是谁: the 市长
        named 陈…, none when its 市长 is named otherwise). None: no such surname."""
        at = self.surname_at(asked.parsed)
        if at is None:
            return None
        surname = asked.parsed.text[at]
        kept = self._by_surname(got, surname)
        mention = next((m for m in asked.parsed.mentions if m.start == at + 1), None)
        if kept.answers or mention is None or not self._title_unqualified(asked.parsed, at):
            return kept
        template = self.templates_by_id["post_holder"]
        wide = self._surname_widened(asked.question, template, "post", mention, surname)
        return replace(kept, answers=wide, message=None) if len(wide) == 1 else kept

    def answer_repaired(self, question: str, text: str) -> Answer | None:
        """A question that fits as written but only offers candidates, asked again with its slips of the pen (typos)
        written as meant (长治的开发区党工委书记是哪位: 长治开发区's, where 开发区党工委书记 alone is several posts), its
        pointers kept (那家 stays 那家: it asks nothing). None: no slip in it, or the text as meant answers nothing."""
        parsed = self.parse(text)
        names = name_spans(parsed) if parsed.text == text else []
        repaired = self.lexicon.repaired(text, pointers=False, names=names)
        if repaired == text:
            return None
        got = self.answer(repaired)
        return replace(got, question=question) if got.answers else None

    def _answer_corrected(self, question: str, text: str) -> Answer | None:
        """A claim the asker doubts, then the question (甲市市长乙？不对，甲市的市长到底是谁; 甲市市长是乙吧？要不是的话是谁):
        after a ？/，/。 and one of cues.yaml context.corrects, the question asked alone, or when it names nothing (是谁),
        with the claim's subject (what comes before the claim's last 是) before it; the claim is never read. None: not
        such a question, or nothing answers."""
        for m in _DOUBTED.finditer(text):
            rest = text[m.end() :]
            word = next((w for w in self.lexicon.context_corrects if rest.startswith(w)), None)
            if word is None:
                continue
            asked, claim = rest[len(word) :].lstrip("，,：: "), text[: m.start()]
            if not asked or not claim:
                return None
            if not self.parse(asked).mentions:
                if "是" not in claim:
                    return None
                asked = claim[: claim.rindex("是")] + asked
            got = self.answer(asked)
            return replace(got, question=question) if got.answers else None
        return None

    def _answer_apposed(self, question: str, text: str) -> Answer | None:
        """A person by surname and title, then an aside naming the body (王局长，就是甲局的那位，叫啥): after a comma, one
        of cues.yaml apposed.opens, the body and one of apposed.ends; asked as the body's holder so named (甲局的王局长
        叫啥). None: not such a question, or nothing answers."""
        for m in re.finditer("[，,]", text):
            rest = text[m.end() :]
            word = next((w for w in self.lexicon.apposed_opens if rest.startswith(w)), None)
            if word is None:
                continue
            aside = rest[len(word) :]
            ends = [(aside.find(e), e) for e in self.lexicon.apposed_ends if aside.find(e) > 0]
            if not ends or not text[: m.start()]:
                return None
            at, end = min(ends, key=lambda x: (x[0], -len(x[1])))
            asked = aside[:at] + "的" + text[: m.start()] + aside[at + len(end) :].lstrip("，,")
            got = self.answer(asked)
            return replace(got, question=question) if got.answers else None
        return None

    def _asks_two_joined(self, question: str, text: str) -> Answer | None:
        """Two questions joined after a comma by a word of cues.yaml joined_asks (甲市市长是谁，另外乙局局长叫啥), each
        fitting a template on its own: asked to be asked one at a time. None: not so joined, or a side fits nothing
        (甲是谁，另外 alone)."""
        for m in re.finditer("[，,；;]", text):
            rest = text[m.end() :]
            word = next((w for w in self.lexicon.joined_asks if rest.startswith(w)), None)
            if word is None:
                continue
            first, second = text[: m.start()], rest[len(word) :].lstrip("，,：: ")
            if first and second and self.read(first)[2] and self.read(second)[2]:
                return Answer(question, message="问题一次问了不止一件事，请分开问")
        return None

    def _answer_vague_time(self, question: str, parsed: Parsed) -> Answer | None:
        """A time with no day (cues.yaml vague_times: 年初, 上半年) in a question nothing fits as written (甲委年初开了
        什么会, 哪个单位年初开了乙会): the question asked without it, the answers whose label or source sentence says
        it kept (a fact dated by no day is told by its sentence). None: no such word outside the names, or no answer
        says it."""
        text = parsed.text
        word = next((w for w in self.lexicon.vague_times if w in text), None)
        if word is None:
            return None
        at = text.index(word)
        if any(m.start < at + len(word) and at < m.end for m in parsed.mentions):
            return None  # inside a name
        got = self.answer(text[:at] + text[at + len(word) :])
        kept = [
            a
            for a in got.answers
            if word in str(a.get("label", ""))
            or any(word in str(s.get("sentence", "")) for s in a.get("sources") or [])
        ]
        return replace(got, question=question, answers=kept) if kept else None

    def _answer_compared(self, question: str, text: str) -> Answer | None:
        """Two named facts joined by 和/跟/与, then a word ranking them (cues.yaml compare: 甲会和乙开工哪个金额小,
        甲跟乙比，哪个更早): each fact's amount (甲会的金额是多少) or date (甲会是哪天) asked on its own, the one ranked
        first answered by its sentence. None: not such a question, a side not answered by exactly one amount or date,
        dates of which one only narrows the other (2025-03 and 2025-03-21), or a tie."""
        lex = self.lexicon
        body = text.rstrip("？?！!。. 呢啊呀")
        hit = self._compare_word(body)
        if hit is None:
            return None
        kind, said = hit
        head = body[:-said].rstrip("，,、 的")
        after = next((w for w in lex.compare_after if head.endswith(w)), "")
        head = head[: len(head) - len(after)].rstrip("，,、 ")
        for at, joiner in ((i, j) for j in _JOINERS for i in range(2, len(head) - 1) if head.startswith(j, i)):
            sides = (head[:at], head[at + len(joiner) :])
            one, other = (self._ranked_value(side, kind in ("larger", "smaller")) for side in sides)
            if one is None or other is None:
                continue
            (first, a), (second, b) = one, other
            if first == second:
                return None
            if isinstance(first, str) and isinstance(second, str):
                if first.startswith(second) or second.startswith(first):  # 2025-03 only narrows 2025-03-21
                    return None
                first_ranks = first > second
            elif isinstance(first, float) and isinstance(second, float):
                first_ranks = first > second
            else:
                return None
            pick = a if first_ranks == (kind in ("larger", "later")) else b
            answer = {
                **pick,
                "label": next((s["sentence"] for s in pick.get("sources") or [] if s.get("sentence")), pick["label"]),
            }
            return Answer(question, "top_amount", None, answers=[answer])
        return None

    def _compare_word(self, body: str) -> tuple[str, int] | None:
        """The kind of the ranking word ending `body` and how many characters it takes (cues.yaml compare: 哪个投资更大),
        its 哪个 said as another which-word (谁的投资更大) or after the noun it ranks by (投资哪个更大, 投资额谁更高)."""
        forms, lengths = _compare_forms(self.lexicon.compare, self.lexicon.compare_which)
        return next((forms[body[-n:]] for n in lengths if body[-n:] in forms), None)

    def _ranked_value(self, side: str, amount: bool) -> tuple[float | str, dict[str, Any]] | None:
        """A named fact's amount (a number) or date (ISO text), with its answer; None unless exactly one."""
        got = self.answer(f"{side}的金额是多少" if amount else f"{side}是哪天")
        if len(got.answers) != 1:
            return None
        answer = got.answers[0]
        if amount:
            if got.template not in ("amount", "agreement_amount") or not answer.get("value"):
                return None
            return float(answer["value"]), answer
        if got.template not in ("event_date", "agreement_date"):
            return None
        return str(answer["label"]), answer

    def _answer_within(self, question: str, parsed: Parsed, evidence: Evidence) -> Answer | None:
        """A place written right before a which-word asking a place (甲大厦位于乙市哪个区域), in a question nothing fits as
        written: the question asked without it, the answers whose names hold it kept (乙市丙区). None: not such a
        question, or nothing answered without the place either."""
        asking = {w.start for w in evidence.words if ("asks", "place") in w.tags}
        inner = [m for m in parsed.mentions if m.kinds == "l" and m.end in asking]
        if len(inner) != 1:
            return None
        place = inner[0]
        got = self.answer(parsed.text[: place.start] + parsed.text[place.end :])
        if not got.answers:
            return None
        kept = [a for a in got.answers if place.text in str(a.get("label") or "")]
        return replace(
            got, question=question, answers=kept, message=None if kept else f"图谱里没有{place.text}以内的答案"
        )

    def surname_at(self, parsed: Parsed) -> int | None:
        """Where a surname (cues.yaml `surnames`) stands alone right before a title (长治的丁书记, 甲行的郝行长), no
        name of the graph holding it; None: no such one, or several."""
        text = parsed.text
        covered = {i for m in parsed.mentions for i in range(m.start, m.end)}
        before = [
            m.start - 1
            for m in parsed.mentions
            if {"t", "s"} & set(m.refs)
            and m.start > 0
            and m.start - 1 not in covered
            and self._is_surname(text, m.start - 1, parsed)
        ]
        return before[0] if len(before) == 1 else None

    def _is_surname(self, text: str, at: int, parsed: Parsed) -> bool:
        """Whether the character at `at` stands for a surname (parse.py `is_surname`)."""
        return is_surname(self.index, self.lexicon, text, at, {m.end for m in parsed.mentions})

    def _answer_surnamed(self, question: str, parsed: Parsed) -> Answer | None:
        """A surname right before a title, in a question nothing fits as written (长治的丁书记全名叫什么): the
        question asked without it, the holders whose names open with it kept (`_by_surname`). None: not such a
        question, or no holder answered without the surname. A short post word standing for a role only after a
        surname (云岭集团窦总是谁: cues.yaml `surname_roles`) is asked as that role's word (云岭集团老总是谁)."""
        at = self.surname_at(parsed)
        if at is None:
            return None
        short = next((m for m in parsed.mentions if m.start == at + 1 and m.text in self.lexicon.surname_roles), None)
        rest = (
            parsed.text[at + 1 :]
            if short is None
            else self.lexicon.surname_roles[short.text] + parsed.text[short.end :]
        )
        got = self.answer(parsed.text[:at] + rest)
        if got.template != "post_holder" or not got.answers:  # a deputy so addressed first (甲县委的孙书记全名叫啥)
            return self.answer_deputy(question, parsed) or self._answer_as_named(question, parsed, at)
        kept = self._by_surname(replace(got, question=question), parsed.text[at])
        return kept if kept.answers else self.answer_deputy(question, parsed) or kept

    def _answer_as_named(self, question: str, parsed: Parsed, at: int) -> Answer | None:
        """A surname and title standing for a person, in a question nothing fits as written, nor without the surname
        (甲总现在在哪家基金公司当总经理, 林院长在哪家医院当院长: the title said twice): the one holder so named (asked as
        <surname><title>是谁, with the place or body written before it), the question asked again with his name for the
        surname and title (what is written before them kept unless it is that place or body). None: no such one holder,
        or nothing answers then either."""
        mention = next((m for m in parsed.mentions if m.start == at + 1), None)
        if mention is None or not {"t", "s"} & set(mention.refs):
            return None
        ask = parsed.text[: mention.end] + "是谁"
        if ask == parsed.text:
            return None  # the holder's own question (甲总是谁): asked here, never again
        who = self.answer(ask)
        names = {str(a.get("label") or "") for a in who.answers if a.get("iri")}
        if who.template != "post_holder" or len(names) != 1:
            return None
        before = parsed.text[:at] if self._title_unqualified(parsed, at) else ""
        got = self.answer(before + names.pop() + parsed.text[mention.end :])
        return replace(got, question=question) if got.answers else None

    def _answer_alone(self, question: str, parsed: Parsed) -> Answer | None:
        """A question that is one name alone, the rest fillers and marks (甲？, 请问甲？, 甲？来着: cues.yaml `fillers`),
        nothing fitting as written: asked again as its kind's question (cues.yaml `alone`: a person's posts, a body's
        or zone's facts). None: not such a question, a kind with no such question, or nothing answers."""
        if len(parsed.mentions) != 1:
            return None
        m = parsed.mentions[0]
        form = next((self.lexicon.alone[k] for k in m.kinds if k in self.lexicon.alone), None)
        if (
            form is None
            or not self._only_fillers(parsed.text[: m.start])
            or not self._only_fillers(parsed.text[m.end :])
        ):
            return None
        got = self.answer(form.replace("{}", m.text))
        return replace(got, question=question) if got.answers else None

    def _only_fillers(self, text: str) -> bool:
        """Whether `text` is only filler words of the lexicon (请问, 来着, 呢) and marks (？，)."""
        at = 0
        while at < len(text):
            if not _CONTENT.match(text[at]):
                at += 1
                continue
            m = self.lexicon.pattern.match(text, at)
            if m is None or any(kind != "filler" for kind, _ in self.lexicon.tags.get(m.group(), ())):
                return False
            at = m.end()
        return True

    def answer_deputy(self, question: str, parsed: Parsed) -> Answer | None:
        """A surname and a title standing for a deputy (崔市长 for the 常务副市长 崔某, 张书记 for a 市委副书记: custom
        addresses a deputy by the title after its mark, cues.yaml `deputy`), in a question nothing answers as
        written: the graph's titles that end with a mark and the title said (`_deputy_titles`), each asked
        <surname><deputy title>是谁 with what is written before; the one person so found, the question asked again with
        his deputy title for the title said. None: no such surname and title, a holder of the title itself has that
        surname, no deputy so named, or nothing answers; several so named: offered to pick from, never a guess."""
        text = parsed.text
        if not self.lexicon.deputy_marks:
            return None
        named = {i for m in parsed.mentions if set(m.kinds) - {"t", "s"} for i in range(m.start, m.end)}
        deputies = self._deputy_titles()
        for i, surname in enumerate(text):
            if i in named or not any(text.startswith(t, i + 1) for t in deputies):
                continue
            if not self._is_surname(text, i, parsed):
                continue
            said = next((t for t in deputies if text.startswith(t, i + 1)), None)
            if said is None or self._title_held_by(question, said, surname):
                continue
            found: dict[str, dict] = {}
            held: list[str] = []
            for title in deputies[said]:
                who = self.answer(text[:i] + surname + title + "是谁")
                names = [a for a in who.answers if a.get("iri") and str(a.get("label") or "").startswith(surname)]
                if who.template == "post_holder" and names:
                    held.append(title)
                    found.update({a["iri"]: a for a in names})
            if len(found) > 1:
                return Answer(
                    question,
                    message=f"姓{surname}的副职有几位，请选一个",
                    candidates=[
                        {"label": str(a.get("label") or ""), "iri": a["iri"], "kind": "entity"} for a in found.values()
                    ],
                )
            if found:
                got = self.answer(text[:i] + surname + held[0] + text[i + 1 + len(said) :])
                return replace(got, question=question) if got.answers else None
        return self._answer_short_deputy(question, parsed)

    def _answer_short_deputy(self, question: str, parsed: Parsed) -> Answer | None:
        """A surname and a short post word standing for a deputy (王总 for the 副总经理 王某: cues.yaml
        `surname_roles.deputies`), in a question nothing answers as written: asked again with the deputies' short word
        (王副总), when no holder of the short word's own titles (老总's) has that surname. None: not such a question, or
        nothing answers."""
        lex, text = self.lexicon, parsed.text
        for m in parsed.mentions:
            deputy = lex.surname_deputies.get(m.text)
            if deputy is None or m.start == 0 or not self._is_surname(text, m.start - 1, parsed):
                continue
            surname = text[m.start - 1]
            if self._titles_held_by(question, lex.roles.get(lex.surname_roles.get(m.text, ""), ()), surname):
                continue
            if not self._titles_held_by(question, lex.roles.get(lex.surname_roles.get(deputy, ""), ()), surname):
                continue  # (云岭集团王总是谁 with no deputy 王 either: nobody, not what 王副总 would be read as)
            got = self.answer(text[: m.start] + deputy + text[m.end :])
            return replace(got, question=question) if got.answers else None
        return None

    def _titles_held_by(self, question: str, titles: Iterable[str], surname: str) -> bool:
        """Whether a holder of a post titled exactly one of `titles` (总经理, 董事长) has a name opening with `surname`."""
        wanted = set(titles)
        refs = [
            ref
            for role in self.index.role_orgs
            if str(self.index.label(role) or "") in wanted
            for ref in self.index.all_roles(role)
        ]
        if not refs or len(refs) > MAX_BOUND_POSTS:
            return False
        got = self.runner.run(question, self.templates_by_id["post_holder"], {"post": refs}, question)
        return any(str(a.get("label") or "").startswith(surname) for a in got.answers if a.get("iri"))

    def _deputy_titles(self) -> dict[str, list[str]]:
        """The graph's deputy titles by the title said after their mark (市长: 常务副市长, 副市长), the longest title said
        first; only titles of two characters or more are said. Made once per state of the index's titles (a refresh
        only adds titles; an index rebuilt is another object), not per question."""
        key = (id(self.index), len(self.index.role_orgs))
        memo = getattr(self, "_deputy_memo", None)
        if memo is not None and memo[0] == key:
            return memo[1]
        out: dict[str, set[str]] = {}
        for role in self.index.role_orgs:
            label = str(self.index.label(role) or "")
            for mark in self.lexicon.deputy_marks:
                said = label[label.rfind(mark) + len(mark) :] if mark in label else ""
                if len(said) >= 2:
                    out.setdefault(said, set()).add(label)
        titles = {t: sorted(out[t]) for t in sorted(out, key=len, reverse=True)}
        self._deputy_memo = (key, titles)
        return titles

    def _title_held_by(self, question: str, title: str, surname: str) -> bool:
        """Whether a holder of a post titled `title` itself, alone or after its body's word (书记, 市委书记; no deputy's
        mark in it), has a name opening with `surname`."""
        marks = self.lexicon.deputy_marks
        refs = [
            ref
            for role in self.index.role_orgs
            if (label := str(self.index.label(role) or "")).endswith(title) and not any(m in label for m in marks)
            for ref in self.index.all_roles(role)
        ]
        if not refs or len(refs) > MAX_BOUND_POSTS:
            return False
        got = self.runner.run(question, self.templates_by_id["post_holder"], {"post": refs}, question)
        return any(str(a.get("label") or "").startswith(surname) for a in got.answers if a.get("iri"))

    def _surnamed_post(self, question: str, f: Fit, parsed: Parsed) -> Answer | None:
        """post_holder asked of a bare title of several bodies after a surname, no place or body before it (窦总是谁,
        白书记是谁): the one holder so named of every post of the title; None when not such a question or not one."""
        at = self.surname_at(parsed)
        if f.template.id != "post_holder" or f.hops or at is None or not self._title_unqualified(parsed, at):
            return None
        mention = next((parsed.mentions[i] for i in f.entities.values() if parsed.mentions[i].start == at + 1), None)
        if mention is None:
            return None
        found = self._surname_widened(question, f.template, "post", mention, parsed.text[at])
        if len({a["iri"] for a in found}) != 1:
            return None
        return Answer(question, f.template.id, f.template.query, answers=found[:1])

    @staticmethod
    def _title_unqualified(parsed: Parsed, at: int) -> bool:
        """No place, body or zone is named before the surname at `at` (白书记去哪调研了, not 长治的白书记: that one is
        长治's)."""
        return not any(set(m.kinds) & {"l", "o", "z"} and m.end <= at for m in parsed.mentions)

    def _surname_widened(self, question: str, template: Template, slot: str, mention: Any, surname: str) -> list:
        """The answers (holders) named 姓`surname` of every post whose title the bare title mention may be (白书记: the
        县委书记 and the 市委书记 alike, where the page's own 书记 holds another name), at most MAX_BOUND_POSTS posts;
        [] when the mention is no bare title or its posts are more."""
        if "s" in mention.refs or not mention.refs.get("t"):
            return []
        refs = list(dict.fromkeys(r for role in mention.refs["t"] for r in self.index.all_roles(role)))
        if not refs or len(refs) > MAX_BOUND_POSTS:
            return []
        got = self.runner.run(question, template, {slot: refs}, question)
        return [a for a in got.answers if a.get("iri") and str(a.get("label") or "").startswith(surname)]

    @staticmethod
    def _by_surname(got: Answer, surname: str) -> Answer:
        """A post's holders whose names open with the surname asked (长治的王书记: none when its 书记 is 丁某)."""
        kept = [a for a in got.answers if str(a.get("label") or "").startswith(surname)]
        return replace(got, answers=kept, message=got.message if kept else f"图谱里这一职务没有姓{surname}的人")

    def answer_joined(self, question: str, parsed: Parsed) -> Answer | None:
        """Two posts joined by 和/与/、 before one question word (甲市市长和市委书记分别是谁): each asked on its
        own, the second with the first's place or body when written bare (甲市市委书记); the holders of both,
        or None when either has none, or when one has several and 分别 does not say each is asked."""
        posts = [m for m in parsed.mentions if "s" in m.refs or "t" in m.refs]
        if len(posts) != 2 or len(parsed.mentions) != 2 or parsed.mentions[0].start != 0:
            return None
        first, second = posts
        if parsed.text[first.end : second.start] not in _JOINERS:
            return None
        tail = parsed.text[second.end :]
        head = self._post_head(first.text) if "s" not in second.refs or second.generic else ""
        got = [self.answer(first.text + tail), self.answer(head + second.text + tail)]
        if not all(a.answers and a.template == "post_holder" for a in got):
            return None
        if "分别" not in tail and not all(len(a.answers) == 1 for a in got):
            return None  # 甲市常委和副市长是谁: those who are both, or each? only 分别 says each
        answers = list({a.get("iri") or a["label"]: a for g in got for a in g.answers}.values())
        return Answer(question, got[0].template, got[0].sparql, answers=answers)

    def _answer_either(self, question: str, parsed: Parsed) -> Answer | None:
        """Two persons, or two posts, joined by a word offering a choice (cues.yaml `either`: 甲市市长是乙还是丙,
        乙是甲市的市委书记还是市长): each asked as a check (甲市市长是乙吗), a bare title with the first post's place
        or body (甲市的市长); the persons that hold, or the asked person's posts that hold, never the person asked
        about. None when it is no such question or a check is not answered by post_check."""
        text, mentions = parsed.text, parsed.mentions
        pair = next(
            (
                (a, b)
                for a, b in zip(mentions, mentions[1:], strict=False)
                if text[a.end : b.start] in self.lexicon.either
            ),
            None,
        )
        if pair is None:
            return self._answer_either_repeated(question, parsed)
        first, second = pair
        persons = set(first.kinds) == {"p"} and set(second.kinds) == {"p"}
        posts = bool({"s", "t"} & set(first.kinds)) and bool({"s", "t"} & set(second.kinds))
        if not (persons or posts) and all(_EITHER_BODY & set(m.kinds) and "p" not in m.kinds for m in pair):
            return self._answer_either_body(question, text, first, second)
        if persons == posts:
            return None  # 甲还是长治市长吗: 还是 is "still", nothing is offered
        head = self._post_head(first.text) if posts and ("s" not in second.refs or second.generic) else ""
        alternatives = [first.text, head + second.text]
        rest = text[second.end :].rstrip("？?！!。.，, 呢啊呀吧")
        checks = [self.answer(f"{text[: first.start]}{alt}{rest}吗") for alt in alternatives]
        if any(c.template != "post_check" for c in checks):
            return self._answer_either_body(question, text, first, second, "谁", "person") if persons else None
        if persons:
            answers = list({a.get("iri") or a["label"]: a for c in checks for a in c.answers}.values())
            return Answer(
                question, "post_check", checks[0].sparql, answers=answers, message=None if answers else _NEITHER
            )
        held = [alt[len(self._post_head(alt)) :] for alt, c in zip(alternatives, checks, strict=True) if c.answers]
        asked = next((m for m in mentions if set(m.kinds) == {"p"}), None)
        if asked is None:
            return None
        got = self.answer(f"{asked.text}担任哪些职务")
        if got.template != "person_posts":
            return None
        answers = [a for a in got.answers if a.get("title") in held]
        return replace(got, question=question, answers=answers, message=None if answers else _NEITHER)

    def _answer_either_repeated(self, question: str, parsed: Parsed) -> Answer | None:
        """Two names each followed by the same words, the first's before the word offering a choice (协议是甲签的还是乙
        签的, 会是甲主持的还是乙主持的): asked as the choice said once (协议是甲还是乙签的). None when it is not so."""
        text, mentions = parsed.text, parsed.mentions
        for a, b in zip(mentions, mentions[1:], strict=False):
            between = text[a.end : b.start]
            for word in self.lexicon.either:
                said = between[: -len(word)]
                if between.endswith(word) and said and text.startswith(said, b.end):
                    again = self.read(f"{text[: a.end]}{word}{text[b.start :]}")[0]
                    if len(again.mentions) == len(mentions):
                        return self._answer_either(question, again)
        return None

    def _answer_either_body(
        self, question: str, text: str, first: Mention, second: Mention, asked: str = "哪些单位", kind: str = "org"
    ) -> Answer | None:
        """Two bodies (or two persons, asked with 谁 as `kind` person) joined by a word offering a choice (战略合作协议
        是甲还是乙签的, 丙的签约方是甲还是乙, 推进会是甲还是乙主持的): asked with `asked` in their place, the answers
        kept that are one of the two (a place standing for its bodies: those named after it), said so when neither
        is. None when that question answers no such thing."""
        got = self.answer(f"{text[: first.start]}{asked}{text[second.end :]}")
        if (
            not got.answers
            or got.template not in self.templates_by_id
            or kind not in self.templates_by_id[got.template].asks
            or (kind == "person" and not any("p" in self.index.surfaces.get(a["label"], {}) for a in got.answers))
        ):
            return None  # 协议是甲还是乙签的 answered by bodies alone: no person's choice to make
        letters = _EITHER_BODY | {"p"}
        named = {str(iri) for m in (first, second) for k in letters & set(m.refs) for iri in m.refs[k]}
        labels = (first.text, second.text)
        kept = [a for a in got.answers if a.get("iri") in named or any(w in str(a.get("label", "")) for w in labels)]
        return replace(got, question=question, answers=kept, message=None if kept else _NEITHER)

    def _answer_which_of(self, question: str, parsed: Parsed) -> Answer | None:
        """Two persons joined by 和/与/跟 or side by side opening the question, then a which-word (cues.yaml
        `which_of`: 谁是, 哪个是) and a post (乙和丙谁是甲市市长, 乙丙谁是甲市市长), only fillers before them (请问乙、丙
        哪个是甲市市长): asked as the choice it is (甲市市长是乙还是丙, `_answer_either`). None when it
        is no such question or the choice is not answered as one."""
        text, mentions = parsed.text, parsed.mentions
        if len(mentions) < 3 or not self._only_fillers(text[: mentions[0].start]) or not self.lexicon.either:
            return None
        many = attend.answer_which_of_many(self, question, text, mentions)  # 甲、乙、丙里谁是丁市市长
        if many is not None:
            return many
        first, second = mentions[0], mentions[1]
        if not (set(first.kinds) == {"p"} and set(second.kinds) == {"p"}) or text[first.end : second.start] not in (
            *_JOINERS,
            "",
        ):
            return None
        word = next((w for w in self.lexicon.which_of if text.startswith(w, second.end)), None)
        rest = text[second.end + len(word) :].rstrip("？?！!。.，, 呢啊呀") if word else ""
        if not rest or not any({"s", "t"} & set(m.kinds) for m in mentions[2:]):
            return None
        got = self._answer_either(question, self.read(f"{rest}是{first.text}{self.lexicon.either[0]}{second.text}")[0])
        return got if got is not None and got.template == "post_check" else None

    def _answer_each_person(self, question: str, parsed: Parsed) -> Answer | None:
        """Two persons joined by 和/与/、 before one question about a person (甲和乙分别担任什么职务): each asked on
        their own, the answers of both; None unless both are answered by the same such template."""
        people = parsed.mentions
        if len(people) != 2 or people[0].start != 0 or not all(set(m.kinds) == {"p"} for m in people):
            return None
        if parsed.text[people[0].end : people[1].start] not in _JOINERS:
            return None
        tail = parsed.text[people[1].end :]
        got = [self.answer(m.text + tail) for m in people]
        if (
            not all(a.answers for a in got)
            or {a.template for a in got} - _EACH_PERSON
            or got[0].template != got[1].template
        ):
            return None
        answers = list({a.get("iri") or a["label"]: a for g in got for a in g.answers}.values())
        return Answer(question, got[0].template, got[0].sparql, answers=answers)

    def _near_iri(self, name: str) -> str:
        """The node a name of the graph names first (of persons, bodies, zones, places)."""
        refs = self.index.surfaces.get(name, {})
        return next((str(r) for k in "pozl" for r in sorted(refs.get(k, ()), key=repr) if isinstance(r, str)), "")

    def _title_bodies(self, parsed: Parsed) -> list[dict[str, str]]:
        """The bodies holding a title or post the question names (它的行长: every body with a 行长), as candidates."""
        orgs = {post.org for m in parsed.mentions for post in m.refs.get("s", ()) if isinstance(post, PostRef)}
        orgs |= {
            post.org
            for m in parsed.mentions
            if set(m.kinds) == {"t"}
            for ref in m.refs.get("t", ())
            for post in self.index.all_roles(ref)
        }
        labelled = sorted((self.index.label(o), o) for o in orgs)
        return [{"label": label, "iri": iri, "kind": "entity"} for label, iri in labelled[:20]]

    def _post_head(self, written: str) -> str:
        """The place or body a post is written with, its title taken off (甲市市长: 甲市; 甲县县长: 甲县)."""
        for k in range(1, len(written)):
            if "t" in self.index.surfaces.get(written[k:], {}):
                return written[:k]
        return ""

    def _title_joined(self, text: str) -> str:
        """The text with a 的 left out that stands between a title of the graph and the characters before it that
        make, with it, a longer title of the graph (公安部政治部的主任: 政治部主任), the longest such; the text as it
        is when there is none."""
        titles = self.index.surfaces
        for at in (i for i, ch in enumerate(text) if ch == "的" and i > 0):
            after = [e for e in range(len(text), at + 1, -1) if "t" in titles.get(text[at + 1 : e], {})]
            for end in after:
                if any("t" in titles.get(text[k:at] + text[at + 1 : end], {}) for k in range(max(0, at - 6), at)):
                    return text[:at] + text[at + 1 :]
        return text

    def _legal_dropped(self, text: str) -> str:
        """The text with a company's legal ending (cues.yaml legal_endings) left out where it follows a body's name of
        the graph and no name of the graph holds the two together (甲集团有限公司 where the graph holds 甲集团 alone; a
        name held whole, 甲科技发展有限公司, stays as written); the text as it is when there is none."""
        names = self.index.surfaces
        for ending in self.lexicon.legal_endings:
            for at in (m.start() for m in re.finditer(re.escape(ending), text)):
                end = at + len(ending)
                before = range(max(0, at - _NAME_LONGEST), at - 1)
                if not any("o" in names.get(text[k:at], {}) for k in before):
                    continue
                whole = range(end, min(len(text), end + _NAME_LONGEST) + 1)
                if any({"o", "z", "s"} & set(names.get(text[k:e], {})) for k in before for e in whole):
                    continue  # a name of the graph holding the ending: read whole
                return self._legal_dropped(text[:at] + text[end:])
        return text

    def _pointer_dropped(self, text: str) -> str:
        """The text with a pointer word (cues.yaml `inside_names`: 这家, 那家) left out that stands between words and
        a kind that make, without it, the name of a body or zone of the graph (甲鹏这家集团: 甲鹏集团), the longest such
        name; the text as it is when there is none."""
        names = self.index.surfaces
        for word in self.lexicon.inside_names:
            for at in (m.start() for m in re.finditer(re.escape(word), text)):
                after = at + len(word)
                for end in range(len(text), after, -1):
                    for k in range(max(0, at - _EPITHET_LONGEST), at - 1):
                        if {"o", "z"} & set(names.get(text[k:at] + text[after:end], {})):
                            return text[:at] + text[after:]
        return text

    def read(self, text: str) -> tuple[Parsed, Evidence, list[Fit] | None, tuple[str, tuple[str, ...]] | None]:
        """The question's mentions, evidence and fitting templates (None: it asks two things), and when it was read
        with a name one character off, (as written, (the graph's name,)); when several names are that close and
        nothing fits as written, (as written, those names). One that fits none as written is read again
        with its slips of the pen written as meant (是那位: 是哪位). A body said after the question as an
        afterthought is read before it first (局长是谁，甲局的: 甲局的局长是谁)."""
        text = self.lexicon.unslipped(text)
        after = _AFTERTHOUGHT.fullmatch(text)
        if after:  # 董事长是谁，甲集团的: 甲集团's, never the graph's only 董事长 with 甲集团 left aside
            moved = self._read_as(f"{after['whose']}的{after['asked']}")
            if moved[2]:
                return (*moved, None)
        first = self._read_as(text)
        led = self.lexicon.led(text, lambda rest: any(m.start == 0 for m in self.parse(rest).mentions))
        if led != text:  # 带甲团来的是谁: the leader (带领甲团), not all who came, whatever the text as written fits
            again = self._read_as(led)
            if again[2]:
                return (*again, None)
        if first[2] is None:  # 甲是谁，在哪上班: 甲's posts say both
            posts = self._who_and_where(text, first[0])
            if posts:
                return (*posts, None)
        # a question with a question word (叫啥, 是谁) keeps its 那家 a pointer: it asks nothing twice
        asking = any(kind == "asks" for word in first[1].words for kind, _ in word.tags)
        if first[2] and not asking and (pointed := self._pointer_asked(text)) is not None:
            return (*pointed, None)  # 甲会在那里举办的: nothing asks as written, 那里 points at nothing: 哪里
        names = name_spans(first[0]) if first[0].text == text else []
        repaired = self.lexicon.repaired(text, pointers=not asking, names=names)
        if first[2] == [] and repaired != text:
            again = self._read_as(repaired)
            if again[2]:
                return (*again, None)
        # 公安部政治部的主任: a 的 between a title and what joins it into a title of the graph (政治部主任), left out
        # when nothing fits as written
        joined = self._title_joined(text) if first[2] == [] else text
        if joined != text:
            again = self._read_as(joined)
            if again[2]:
                return (*again, None)
        # 甲鹏这家集团的总裁: a pointer inside a body's name (甲鹏集团), left out when nothing fits as written
        unpointed = self._pointer_dropped(text) if first[2] == [] else text
        if unpointed != text:
            again = self._read_as(unpointed)
            if again[2]:
                return (*again, None)
        # 哪些能源企业, 哪家钢铁企业: a which-word and its kind noun, the modifier between them left out when nothing
        # fits as written or the which-word ends inside it (哪些省直部门: 哪些部门, not 哪些省)
        spans = self.lexicon.modifiers(text)
        cut = [(at, end) for at, end in spans if any(at < w.end <= end for w in first[1].words)]
        bare = self.lexicon.unmodified(text, spans)
        if (first[2] == [] or cut) and bare != text:
            again = self._read_as(bare)
            if again[2]:
                return (*again, None)
        near = self.parser.near_named(text) if first[2] == [] else None
        if near is not None and len(near[2]) == 1:  # 孙慧生是什么职务: 孙惠生, the one name of the graph that close
            again = self._read_as(near[0])
            if again[2]:
                return (*again, near[1:])
        return (*first, near[1:] if near is not None and len(near[2]) > 1 else None)

    def _pointer_asked(self, text: str) -> tuple[Parsed, Evidence, list[Fit] | None] | None:
        """The question read with its pointers as question words (在那里举办的: 在哪里), when it then asks something and
        fits a template; None otherwise."""
        pointed = self.lexicon.pointers_asked(text)
        if pointed == text:
            return None
        again = self._read_as(pointed)
        asks = any(kind == "asks" for word in again[1].words for kind, _ in word.tags)
        return again if asks and again[2] else None

    def _answer_described(self, question: str, parsed: Parsed) -> Answer | None:
        """Words opening the question that only describe the name right after them (an epithet: “中国第一矿”甲煤矿,
        号称…的甲, 年轻的行长甲), in a question nothing fits as written: the question asked from the name, when those
        words hold no name, no number, no word of the lexicon (quotation marks and a last 的 aside) and none of
        cues.yaml `not_epithets` (下一任, 首任, 未来的: which holder or time is asked). None: not such a question, or
        nothing answers from the name either."""
        if not parsed.mentions or not set(parsed.mentions[0].kinds) <= set("pozts"):
            return None
        if "t" in parsed.mentions[0].kinds and not _titles_a_person(parsed):
            return None  # 火星市市长: a title alone is not named by what opens the question, whose it is unknown
        start = parsed.mentions[0].start
        written = parsed.text[:start]
        if "p" not in parsed.mentions[0].kinds and not _titles_a_person(parsed) and not _marked(written):
            return None  # 安平村村委会主任, 西岭农业示范区: an unknown name of a place or body, not an epithet
        opening = _QUOTES.sub("", written).removesuffix("的")
        if not 2 <= len(opening) <= _EPITHET_LONGEST or any(c.isdigit() for c in opening):
            return None
        if read_evidence(opening, [], self.lexicon).words or any(w in opening for w in self.lexicon.not_epithets):
            return None
        got = self.answer(parsed.text[start:])
        if not got.answers:
            return None
        return replace(got, question=question, message=f"按“{parsed.text[start:]}”回答（开头的“{opening}”只是描述）")

    def _answer_checked_then(self, question: str, text: str) -> Answer | None:
        """A yes/no question (asks `check`: 是不是, 吗) opening with a name, then a question naming nothing that asks
        something else of it (甲是不是乙公司的董事长？是哪家公司的？; 甲区是丙市的吗，归哪个市): the second asked of that
        name, whose answer also answers the first. None: not such a question, or nothing answers the second."""
        asked = _CHECKED_THEN.fullmatch(text)
        if asked is None:
            return None
        head = self.parse(asked["check"])
        if not head.mentions or head.mentions[0].start != 0:
            return None
        if read_evidence(asked["check"], head.mentions, self.lexicon).asks != {"check"}:
            return None
        rest = read_evidence(asked["rest"], self.parse(asked["rest"]).mentions, self.lexicon)
        if rest.mentions or not rest.asks or "check" in rest.asks:
            return None
        got = self.answer(head.mentions[0].text + asked["rest"])
        return replace(got, question=question) if got.answers else None

    def _who_and_where(self, text: str, parsed: Parsed) -> tuple[Parsed, Evidence, list[Fit] | None] | None:
        """A person asked who they are and then where they work, read as the person's posts (None: not that)."""
        asked = _WHO_AND_WHERE.fullmatch(text)
        people = [m for m in parsed.mentions if m.kinds == "p"]
        if not asked or len(parsed.mentions) != 1 or len(people) != 1 or people[0].end != asked.end("who"):
            return None
        rest = read_evidence(asked["rest"], [], self.lexicon).asks
        if not rest or not set(rest) <= {"org", "post", "place"}:
            return None
        read = self._read_as(f"{people[0].text}担任什么职务")
        return read if read[2] else None

    def _read_as(self, text: str) -> tuple[Parsed, Evidence, list[Fit] | None]:
        """Mentions, evidence and fitting templates of the text as it is written."""
        parsed = self.parse(text)
        evidence = read_evidence(text, parsed.mentions, self.lexicon)
        if asks_twice(evidence):
            return parsed, evidence, None
        return parsed, evidence, rank(self.templates_by_id, evidence, self.lexicon)

    def _of_titled_article(self, question: str, found: list[Answer]) -> Answer | None:
        """Of readings that disagree, the one asking of an article when the question names a title in 《》 (《甲团赴乙
        考察交流》的作者是谁: the article's authors, not the participants of the inspection its title tells of); None:
        no 《》, or not one such reading."""
        if not _TITLE_QUOTED.search(question):
            return None
        of_article = [
            a
            for a in found
            if a.template and any(s.type == "article" for s in self.templates_by_id[a.template].slots.values())
        ]
        return of_article[0] if len(of_article) == 1 else None

    def _answer_fits(self, question: str, fits: list[Fit], parsed: Parsed) -> Answer:
        """Answer with the best fit; fits within the margin are all tried, and when the ones that find their
        slots disagree the user is asked which template was meant (candidates)."""
        memo: dict[tuple, list[str]] = {}  # fact searches shared by the fits tried
        first = [f for f in fits if not f.template.fallback] or fits
        answers = [self._answer_fit(question, f, parsed, memo) for f in first]
        if len(first) < len(fits) and not any(a.answers for a in answers):
            # templates marked fallback answer only what the others found nothing for (谁召开的: a body)
            more = [self._answer_fit(question, f, parsed, memo) for f in fits if f.template.fallback]
            answers = more if any(a.answers for a in more) else answers
        if len(answers) == 1:
            return answers[0]
        found = [a for a in answers if a.answers]
        if not found:
            return next((a for a in answers if a.candidates), answers[0])
        if len({frozenset(x["label"] for x in a.answers) for a in found}) == 1:
            return found[0]
        titled = self._of_titled_article(question, found)
        if titled is not None:
            return titled
        return Answer(
            question,
            message="问题可以按几种方式理解，请选一个",
            candidates=[
                {
                    "label": a.template and self.templates_by_id[a.template].title or "",
                    "iri": a.template or "",
                    "kind": "template",
                }
                for a in found
            ],
        )

    def answer_template(self, template_id: str, slots: dict[str, str]) -> Answer:
        """Answer a template with slots given as IRIs or names (the web template picker)."""
        template = self.templates_by_id.get(template_id)
        question = f"{template_id}: " + "；".join(f"{k}={v}" for k, v in (slots or {}).items())
        if template is None:
            return Answer(question, message=f"没有模板 {template_id}", suggestions=self.live.suggest_templates([]))
        try:
            values = {
                s.name: self.resolver.slot_from_value(s, str((slots or {}).get(s.name) or ""))
                for s in template.slots.values()
                if "__" not in s.name and ((slots or {}).get(s.name) or not s.optional or s.is_fact)
            }
        except Unresolved as exc:
            return Answer(question, template.id, template.query, message=exc.message, candidates=exc.candidates)
        return self.runner.run(question, template, values, question)

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
        for t in self.templates_by_id.values():
            if prefix and (prefix in t.title or any(e.startswith(prefix) for e in self.examples().get(t.id, ()))):
                out.append({"label": t.title, "iri": t.id, "kind": "template"})
        return out[:limit]

    def parse(self, text: str) -> Parsed:
        """Find the graph's names in the question (typed mentions), with places written without their
        level (长治 for 长治市), qualified posts (长治的市委书记) and informal post words (鹏飞集团老板)."""
        return self.parser.parse(text)

    def _answer_fit(self, question: str, f: Fit, parsed: Parsed, memo: dict | None = None) -> Answer:
        """Answer with one fit: its slots resolved from the question's mentions, then its query run."""
        via: dict[str, list] = {}
        unheld = self._premise_unheld(question, f, parsed)
        if unheld:  # 丙当甲市市长是哪年的事 where the graph's 甲市市长 is another: no fact of 丙's answers
            return Answer(question, f.template.id, f.template.query, message=unheld)
        try:
            holders = self._described_holders(question, f, parsed)
            values = self.resolver.slots_from_fit(f, parsed, {} if memo is None else memo, holders)
            at = self.surname_at(parsed)
            for name, tid in f.hops.items():
                mention = parsed.mentions[f.entities[name]]
                surname = parsed.text[at] if at is not None and at + 1 == mention.start else ""
                wide = at is not None and bool(surname) and self._title_unqualified(parsed, at)
                values[name] = self._hop(question, self.templates_by_id[tid], mention, via, surname, wide)
                role = next((s for s in f.template.slots.values() if s.type == "title" and s.name not in values), None)
                if role is not None and set(mention.kinds) == {"t"}:  # 局长是哪个局的: where he is 局长, not all
                    with suppress(Unresolved):  # a title of several bodies: the holders found say whose
                        values[role.name] = self.resolver.entity_refs(role, mention)
        except Unresolved as exc:
            named_so = self._surnamed_post(question, f, parsed)
            if named_so is not None:  # 窦总是谁: 总 of several bodies, the one holder named 窦…
                return named_so
            if exc.choices and exc.slot and not f.hops:
                return self._answer_choices(question, f, parsed, exc)
            note = "" if exc.candidates else self._premise_note(question, f, parsed)  # what the graph holds of it
            message = "；".join(m for m in (exc.message, note) if m)
            return Answer(question, f.template.id, f.template.query, message=message, candidates=exc.candidates)
        for i in f.entities.values():
            via.update(parsed.mentions[i].via or {})
        named = named_nodes(parsed) if f.template.others else with_whom(parsed, holders)
        if {"place", "zone"} & set(f.template.asks):
            named |= where_said(parsed)
        was = any(getattr(parsed.mentions[i], "former", False) for i in f.entities.values())  # 甲行原行长
        got = self.runner.run(question, f.template, values, without_names(parsed), named, via, was)
        if not got.answers and not got.candidates:
            note = self._premise_note(question, f, parsed)  # 乙当甲市委书记是哪年的事: what the graph holds of it
            if note:
                return replace(got, message="；".join(m for m in (got.message, note) if m))
        return got

    def _described_holders(self, question: str, f: Fit, parsed: Parsed) -> dict[int, tuple[str, str]]:
        """The one holder (IRI, label) of each post a fact description names, by mention (曲沃县县长主持的会议: the
        county head's meeting, searched as his); a post held by none or by several stays a name of its body."""
        out: dict[int, tuple[str, str]] = {}
        for i, mention in self._described_posts(f, parsed):
            found = {a["iri"]: a["label"] for a in self._post_holders(question, mention) or [] if a.get("iri")}
            if len(found) == 1:
                out[i] = next(iter(found.items()))
        return out

    @staticmethod
    def _described_posts(f: Fit, parsed: Parsed) -> list[tuple[int, Any]]:
        """The posts a fact description of f names (mentions of a post, no person), by index: [(2, 曲沃县县长)]."""
        if not f.described or not any(s.is_fact for s in f.template.slots.values()):
            return []
        posts = [(i, parsed.mentions[i]) for i in f.described]
        return [(i, m) for i, m in posts if "s" in m.refs and "p" not in m.refs]

    def _post_holders(self, question: str, post: Any) -> list[dict] | None:
        """The answers of post_holder for a post mention (its holders in the graph: [{"iri": …, "label": …}]);
        None when the post resolves to nothing."""
        post_holder = self.templates_by_id["post_holder"]
        try:
            refs = self.resolver.entity_refs(post_holder.slots["post"], post)
        except Unresolved:
            return None
        return self.runner.run(question, post_holder, {"post": refs}, question).answers

    def _premises(self, question: str, f: Fit, parsed: Parsed) -> list[tuple[str, str, list[dict], bool]]:
        """The premises of holding a post a fact description says: a person, a verb of holding a post (cues.yaml
        took_up) and a post right after (丙当甲市市长是哪年的事), each as (person, post as written, the post's holders in
        the graph, whether the person is one of them)."""
        out = []
        for _, post in self._described_posts(f, parsed):
            person = next(
                (
                    m
                    for m in parsed.mentions
                    if "p" in m.refs and m.end <= post.start and parsed.text[m.end : post.start] in self.lexicon.took_up
                ),
                None,
            )
            if person is None or (answers := self._post_holders(question, post)) is None:
                continue
            held = {a["iri"] for a in answers if a.get("iri")}
            out.append((person.text, post.text, answers, bool(held & {str(r) for r in person.refs["p"]})))
        return out

    def _premise_unheld(self, question: str, f: Fit, parsed: Parsed) -> str:
        """Why a fact description's premise is wrong, or "": a person, a verb of holding a post (cues.yaml took_up)
        and a post (丙当甲市市长是哪年的事) where the graph holds the post (it has holders) and the person is none of them."""
        for person, post, holders, holds in self._premises(question, f, parsed):
            if holders and not holds:
                return f"图谱里没有说{person}担任{post}（{post}是{'、'.join(a['label'] for a in holders)}），问题的前提不成立"
        return ""

    def _premise_note(self, question: str, f: Fit, parsed: Parsed) -> str:
        """What the graph holds of a post a fact description says was taken, when no fact answers: the person holds it
        but no fact tells the taking (乙当甲市委书记是哪年的事 with 乙 the holder). "": no such description."""
        for person, post, holders, holds in self._premises(question, f, parsed):
            if holds:
                return f"图谱里有{person}担任{post}，但没有说是什么时候开始担任的"
        return ""

    def _answer_choices(self, question: str, f: Fit, parsed: Parsed, exc: Unresolved) -> Answer:
        """A name of a few targets (one company written two ways): each tried, answered when every one gives
        the same answers (甲公司 and 甲通讯有限公司 both have 乙 as chairman) or only one gives any; else the
        targets as candidates."""
        named = named_nodes(parsed) if f.template.others else frozenset()
        slot = exc.slot or ""
        runs = [
            self.runner.run(question, f.template, {**exc.values, slot: refs}, without_names(parsed), named)
            for refs in exc.choices or []
        ]
        if all(r.answers for r in runs) and len({frozenset(a["label"] for a in r.answers) for r in runs}) == 1:
            return runs[0]
        answered = [r for r in runs if r.answers]
        if len(answered) == 1 and not any(r.candidates for r in runs):
            return answered[0]  # 甲集团跟谁签的协议: of the bodies the name fits, the one that signed anything
        return Answer(question, f.template.id, f.template.query, message=exc.message, candidates=exc.candidates)

    def _answer_phrase(self, text: str, asks: str, of_fact: bool = False) -> dict[str, list] | None:
        """A relative phrase (与甲市签约的企业) answered as a question asking for `asks`: node -> its sources
        (None when no template answers it: one without a fact slot unless `of_fact`, 调度会的主持人)."""
        parsed = self.parse(text)
        evidence = read_evidence(text, parsed.mentions, self.lexicon)
        evidence.asks = {asks}
        fits = [
            f
            for f in rank(self.templates_by_id, evidence, self.lexicon)
            if of_fact or not any(s.is_fact for s in f.template.slots.values())
        ]
        if not fits:
            return None
        close = [f for f in fits if f.score >= fits[0].score - MARGIN][:4]
        got = self._answer_fits(text, close, parsed)
        # only nodes of the type asked: a template answering about an entity (describe) gives its facts and posts
        # (王海娇干的是什么工作: 王海娇's doings are no person the phrase stands for)
        letters = {KIND_LETTERS.get(asks, "")} | ({"z", "l"} if asks == "org" else set())  # a party: zone, place
        found = {
            a["iri"]: list(a.get("sources", []))
            for a in got.answers
            if a.get("iri") and (ent := self.index.entities.get(a["iri"])) is not None and ent.kinds & letters
        }
        return found or None

    def _hop(
        self,
        question: str,
        template: Template,
        mention: Any,
        via: dict[str, list],
        surname: str = "",
        wide: bool = False,
    ) -> list[str]:
        """A slot filled with the answers `template` gives for a mention of another type (长治市市长 in a person
        slot: the mayor's holders); their sources are kept in `via`. `surname`: written right before the mention
        (郭董事长), only the answers whose names open with it, of every post the title may be (`_by_surname`);
        `wide`: no place or body qualifies the title, so when none so named holds the post it stands for, every post
        of the title is searched (`_surname_widened`).
        None: Unresolved, saying why."""
        slot = next(s for s in template.slots.values() if set(ENTITY_TYPES[s.type]) & set(mention.kinds))
        try:
            choices = [self.resolver.entity_refs(slot, mention)]
        except Unresolved as exc:
            if not (surname and (exc.choices or wide)):
                raise
            # 郭董事长: 董事长 of several bodies, the one named 郭… asked (too many bodies to offer: every post, below)
            choices = list(exc.choices or [])
        runs = [self.runner.run(question, template, {slot.name: refs}, question) for refs in choices]
        got = runs[0] if runs else Answer(question)
        found = list({a["iri"]: a for r in runs for a in r.answers if a.get("iri")}.values())
        if surname:
            found = [a for a in found if str(a.get("label") or "").startswith(surname)]
            widened = not found and wide
            if widened:  # 白书记 where the page's 书记 is 丁某: the 县委书记 named 白…
                found = self._surname_widened(question, template, slot.name, mention, surname)
            if not found:
                raise Unresolved(f"图谱里这一职务没有姓{surname}的人")
            if widened and len(found) > 1:  # several so named: asked which
                raise Unresolved(
                    f"姓{surname}的{mention.text}有几位，请选一个",
                    [{"label": str(a.get("label") or ""), "iri": a["iri"], "kind": "entity"} for a in found],
                )
        if not found:
            raise Unresolved(got.message or f"图谱里找不到{mention.text}对应的{template.title}", got.candidates)
        for a in found:
            via.setdefault(a["iri"], []).extend(a.get("sources", []))
        return [a["iri"] for a in found]


# The question shapes, tried in this order; the first that applies and gives an answer answers (a newcomer adds a
# shape as a function of the module of its job, frames.py for a frame of context, amends.py for the answers but
# those named, or a method `_answer_…` here, and a line below, in the row of docs/extending.md's table of steps).
STEPS: tuple[Step, ...] = (
    # shapes the text shows as a whole, before it is read
    Step("besides", lambda qa, q: amends.answer_besides(qa, q.question, q.text)),  # 甲除了副市长还是什么
    Step("checked_then", lambda qa, q: qa._answer_checked_then(q.question, q.text)),  # 甲是乙公司的吗？是哪家的？
    Step("corrected", lambda qa, q: qa._answer_corrected(q.question, q.text)),  # 甲市市长乙？不对，甲市市长是谁
    Step("apposed", lambda qa, q: qa._answer_apposed(q.question, q.text)),  # 王局长，就是甲局的那位，叫啥
    Step("joined_asks", lambda qa, q: qa._asks_two_joined(q.question, q.text)),  # 甲是谁，另外乙是谁
    Step("sourced", lambda qa, q: frames.answer_sourced(qa, q.question, q.text)),  # 人民日报报道里的甲是什么职位
    Step(
        "topic", lambda qa, q: frames.answer_topic(qa, q.question, q.text)
    ),  # 我在看一篇关于甲的报道，里面那个市长叫什么
    Step("place_said", lambda qa, q: frames.answer_place_said(qa, q.question, q.text)),  # 长治市那边，市委书记是谁
    # read: its mentions, evidence and the templates that fit
    Step("pronoun", lambda qa, q: qa._answer_pronoun(q)),  # 它的行长是谁: whose is never said
    Step("either", lambda qa, q: qa._answer_either(q.question, q.parsed)),  # 甲市市长是乙还是丙
    Step("which_of", lambda qa, q: qa._answer_which_of(q.question, q.parsed)),  # 乙和丙谁是甲市市长
    Step("attended", lambda qa, q: attend.answer_attended(qa, q)),  # 甲参加乙会了吗, 甲有没有出席乙会
    Step("together", lambda qa, q: attend.answer_together(qa, q)),  # 甲和乙一起出席过什么活动
    Step("compared", lambda qa, q: qa._answer_compared(q.question, q.text)),  # 甲会和乙开工哪个金额小
    # 据报道，…，那么…: a clause of context, then the question (also when it reads as asking two things)
    Step("context", lambda qa, q: frames.answer_context(qa, q.question, q.text), when=lambda q: not q.fits),
    # 看到一条消息：甲市与乙集团签约。那么丁某在哪个单位上班: the whole fits, reading the context into the question
    Step("context_over", lambda qa, q: frames.answer_context_over(qa, q), when=lambda q: bool(q.fits)),
    # 甲担任什么职务，在哪个单位: two asks of one entity, each answered (its second naming nothing else)
    Step("two_asks", lambda qa, q: two_asks.answer_two_asks(qa, q), when=lambda q: q.fits is None),
    Step(
        "asks_two",
        lambda qa, q: Answer(q.question, message="问题一次问了不止一件事，请分开问"),
        when=lambda q: q.fits is None,
    ),
    # 白川市有几位副市长 with 副市长 only of 青岚市: the premise said wrong, not the other place's holders
    Step("held_elsewhere", lambda qa, q: amends.answer_held_elsewhere(qa, q), when=lambda q: bool(q.fits)),
    Step("near_names", lambda qa, q: qa._answer_near(q), when=unfit),  # 顾远水: 顾远山 or 顾远川?
    Step(
        "framed", lambda qa, q: frames.answer_framed(qa, q.question, q.text), when=unfit
    ),  # 那篇讲甲会的报道里，乙是谁
    Step("except", lambda qa, q: amends.answer_except_unfit(qa, q), when=unfit),  # 甲市除了乙还有哪些副市长
    # 甲还在乙任职吗: a person and a body, no title (post_check's when one is named)
    Step("member_check", lambda qa, q: amends.answer_member_check(qa, q), when=unfit),
    # 甲市有哪些领导, 哪些人在甲市任职: a place where a body would be, the people of the bodies named with it
    Step("place_members", lambda qa, q: amends.answer_place_members(qa, q), when=unfit),
    # 甲市搞了啥, 甲市有哪些活动: a place where a body would be, asked of its government (甲市人民政府)
    Step("place_events", lambda qa, q: amends.answer_place_events(qa, q), when=unfit),
    # nothing fits as written: asked another way
    Step("within", lambda qa, q: qa._answer_within(q.question, q.parsed, q.evidence), when=unfit),  # 位于上海哪个区域
    Step("vague_time", lambda qa, q: qa._answer_vague_time(q.question, q.parsed), when=unfit),  # 甲委年初开了什么会
    Step("surnamed", lambda qa, q: qa._answer_surnamed(q.question, q.parsed), when=unfit),  # 长治的丁书记全名叫什么
    Step("deputy", lambda qa, q: qa.answer_deputy(q.question, q.parsed), when=unfit),  # 甲委韩主任 (a 副主任) 大名是
    # 甲和乙分别是什么职务
    Step("each_person", lambda qa, q: qa._answer_each_person(q.question, q.parsed), when=unfit),
    # “中国第一矿”甲煤矿的矿长
    Step("described", lambda qa, q: qa._answer_described(q.question, q.parsed), when=unfit),
    Step("alone", lambda qa, q: qa._answer_alone(q.question, q.parsed), when=unfit),  # 甲？, 请问甲？
    # 甲市政府有几位市长 with 市长 only of 乙市 (nothing fits: a body and a title no post of it joins)
    Step("held_elsewhere_unfit", lambda qa, q: amends.answer_held_elsewhere(qa, q), when=unfit),
    Step("unfit", lambda qa, q: qa._answer_unfit(q), when=unfit),  # why not, templates and sentences to look at
    # something fits
    Step(
        "joined_each",  # 甲市常委和副市长分别是谁: each post's holders, not those holding both
        lambda qa, q: qa.answer_joined(q.question, q.parsed),
        when=lambda q: "分别" in q.text and not q.evidence.count,
    ),
    Step("fits", lambda qa, q: q.best),  # the best fits, then `AMENDS` (found once, `Asked.best`)
)
