#!/usr/bin/env python3
"""Persons, their posts and the posts' organisations of `extract_page` on real news sentences.

    .venv/bin/python bench/real_posts.py [--half even|odd|all] [--misses] [--only SET]
    .venv/bin/python bench/real_posts.py --list [--only SET]     # the chosen ids with their text, to judge

Sentences: People's Daily 1998 NER test and MSRA NER test (../shared/bench, read at run time, never copied
into the project; no rule was written on them). A sentence is a candidate when a labelled person (PER) span
has a title word (TITLE_WORDS) ending where the name starts or starting within WINDOW characters after it,
and it is at most MAX_CHARS long; PER_SET of each set's candidates are drawn with a fixed seed.

Two more sets, judged by branch real29 before any rule was changed for them (MORE_SETS): `pd_posts` (People's
Daily NER test, the split the recogniser never learned from) and `cluener_posts` (CLUENER train: Sina news of
about 2005-2011, finance and companies; in the recogniser's training data, so its persons say little, its posts
and bodies do). A candidate has a labelled person, a title word of TITLE_WORDS or MORE_WORDS and at most MAX_CHARS,
and was drawn by no earlier set of this bench or of bench/real_events.py (compared after NFKC); drawn with SEED by
strata of the posts the first sets never asked for (MORE_DRAW: former posts and 兼 chains, company posts, party
posts, national and foreign titles; a sentence falls in the first stratum one of whose cues it has), the picks of
the strata shuffled together, so `--list` prints them in the order drawn and judged.

Three more sets (LOCAL_SETS, branch real33): MSRA NER val, People's Daily NER dev and ResumeNER train, by strata of
local, deputy, career, military and appointed posts (LOCAL_DRAW); see the comment there.

One more set (NEW_SETS, branch real35): `mix_posts`, CLUENER train by strata of posts told after the name with 的,
acting and former posts, lists of persons, posts below the county, foreign heads and company posts (NEW_DRAW).

One more set (RANK_SETS, branch real37): `rank_posts`, every split but CLUENER train joined (RANK_SOURCES), by strata
of posts below the county, in science, health, education and culture bodies, of congresses and CPPCC, posts taken up,
deputies and assistants (RANK_DRAW).

One more set (WIDE_SETS, branch real39): `wide_posts`, every split joined (WIDE_SOURCES), by strata of posts taken or
left, chains of posts sharing one place, lists of persons, posts in apposition, company posts in finance news and
national and foreign bodies' posts (WIDE_DRAW).

One more set (SPREAD_SETS, branch real41): `spread_posts`, every split joined (WIDE_SOURCES), drawn against both benches
on main fd0c4e8 (real40's real_events.py set was drawn at the same time against main too), by strata of posts taken
with 出任/调任/升任, titles a name splits, zones and parks, speakers' attributions, 兼 chains, universities, hospitals
and institutes, enterprises and banks, deputies and members, and people with no post (SPREAD_DRAW).

One more set (FIELD_SETS, branch real43): `field_posts`, every split joined (WIDE_SOURCES), drawn against both benches
on main 81a94ed (real42's real_events.py set is drawn at the same time against main too; real_events.py's sets are
read by name, EVENTS_MAIN_SETS, so a set added there later moves nothing here), by strata of military and police
posts, courts and procuratorates, associations and chambers, villages and communities, media, sport and arts, party
posts in enterprises, and ranks and honours with no post (FIELD_DRAW).

One more set (GROUP_SETS, branch real45): `group_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 1f2c421 (chosen_to("field")) and real_events.py's sets of main 1f2c421 read by name (EVENTS_MAIN_SETS and cluener_fair;
real44's real_events.py set was drawn at the same time against main too), by strata of posts with a time (时任, 现任),
people told only by the body (该公司总经理), NGOs and international bodies, universities and institutes, provinces' and
cities' offices, posts in speech, and two or more persons with posts (GROUP_DRAW).

One more set (SHAPE_SETS, branch real47): `shape_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 24067a1 (chosen_to("group")) and real_events.py's sets of main 24067a1 read by name, by strata of sentence shapes asked
least: posts given through 由…担任/任命…为/当选, bodies below the county, party, league and union bodies, posts held once
or told with their time, three or more persons, a post told after the name with ，/：/（, foreign posts (SHAPE_DRAW).

One more set (LEFT_SETS, branch real49): `left_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 88565b1 (chosen_to("shape")) and real_events.py's sets of main 88565b1 read by name, by strata of what is left and was
asked least: acting, seconded and executive posts, women's, youth and ethnic bodies, banks and their branches, company
posts, posts inside a noun phrase with 的, posts in speech, and offices and bureaus (LEFT_DRAW).

One more set (HEAD_SETS, branch real51): `head_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main f03ffa6 (chosen_to("left")) and real_events.py's sets of main f03ffa6 read by name, by strata of the posts asked least:
heads of schools, hospitals and institutes, association posts, former posts and assistants, military and police,
foreign posts, deputies and members, local government posts, and team leaders (HEAD_DRAW).

One more set (CHIEF_SETS, branch real53): `chief_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 29094dc (chosen_to("head")) and real_events.py's sets of main 29094dc read by name, by strata of the posts and shapes
asked least: chief engineers and accountants, sport and the arts, secretaries-general and office directors, executive
and first posts, posts told in speech, a person named twice, two persons with two bodies, two persons (CHIEF_DRAW).

One more set (HONOR_SETS, branch real55): `honor_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 5e2e8ed (chosen_to("chief")) and every real_events.py set of main 5e2e8ed read by name, by strata of the posts and shapes
asked least: posts told with the year taken, honorary and advisory posts, universities and colleges, deputies to
congresses, persons with a foreign or ethnic name, a post in apposition after the name, a title right after the name,
and a name with its post alone (a caption or headline) (HONOR_DRAW).

One more set (UNIT_SETS, branch real57): `unit_posts`, every split joined (WIDE_SOURCES), drawn against this bench on
main 358fe8fe (chosen_to("honor")) and every real_events.py set of main 358fe8fe read by name, by strata of the posts and
shapes asked least: a body written in full and short, two bodies, heads of hospitals and schools, listed companies, party
branches and discipline bodies, departments and units inside a body, speakers invited by a host, foreign ministers, bare
titles, and captions (UNIT_DRAW).

One more set (BIO_SETS, branch real59): `bio_posts`, every split joined (WIDE_SOURCES), drawn against this bench on main
d5344633 (chosen_to("unit")) and every real_events.py set of main d5344633 (through guest_events) read by name, by strata of
the posts and shapes asked least: captions in a company's report, bios and career lines, posts with their start, village
and street bodies, associations, military and police, sport, newspapers and TV, transliterated names, stacked 副/常务,
then any other candidate (BIO_DRAW).

Judgements: bench/data/real_posts_judged.yaml, by sentence id (set:index of the record in
bench/ner_data.py's reader), the facts a careful reader records by ../shared/gold/README.md's conventions:
`persons` (named persons who are not only authors) and `posts` ([person, title, org or null], org as the
resolved official name; a list of forms where more than one is fair). No sentence text is stored.

Each sentence is extracted alone (`extract_page(text)`, a page of one sentence). Printed per set and half
(ids of even / odd index): persons P/R/F1 (names); person+post P/R/F1 (same person, same role word or the
other with a body written before it, bench/post_probe.py `same_title`); post+org P/R/F1 over posts with an
org on either side (a judged org matched by the post's org as resolved or written or an alias).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kgqa.extract import extract_page  # noqa: E402
from ner_data import kept, test_sets, train_sets  # noqa: E402
from post_probe import PRF, SCORE, same_title  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "data" / "real_posts_judged.yaml"
TITLE_WORDS = (
    "书记 市长 省长 县长 区长 镇长 乡长 村长 部长 主任 主席 总理 委员 常委 局长 处长 科长 厅长 司长 厂长 董事长 "
    "总经理 经理 行长 校长 院长 所长 社长 台长 总编辑 大使 领事 司令员 司令 政委 参谋长 军长 师长 团长 将军 上将 中将 "
    "少将 大校 总统 首相 外长 议长 秘书长 总书记 会长 理事长 检察长 庭长 馆长 队长 站长 主编 组长 州长 代表"
).split()
WINDOW = 6
MAX_CHARS = 120
PER_SET = 150
SEED = 21
MORE_WORDS = (
    "总裁 董事 监事 首席 执行官 党组 党委 特首 首脑 国王 亲王 大臣 总督 国务卿 顾问 参赞 专员 主任委员 常务副"
).split()
MORE_SETS = {"pd_posts": "pd_test", "cluener_posts": "cluener_train"}
MORE_DRAW = {
    "pd_posts": (
        ("曾任 前任 原任 兼任 兼 原 前总统 前总理 前首相 前主席".split(), 12),
        ("董事长 总经理 行长 总裁 董事 监事 首席 执行官 经理".split(), 10),
        ("书记 常委 党组 党委".split(), 14),
        ("特首 首脑 国王 亲王 大臣 总督 议长 总统 首相 总理 外长 国务卿 大使 部长 主席".split(), 14),
    ),
    "cluener_posts": (
        ("曾任 前任 原任 兼任 兼 原 前总统 前总理 前首相 前主席".split(), 12),
        ("董事长 总经理 行长 总裁 董事 监事 首席 执行官 经理".split(), 20),
        ("书记 常委 党组 党委".split(), 10),
        ("特首 首脑 国王 亲王 大臣 总督 议长 总统 首相 总理 外长 国务卿 大使 部长 主席".split(), 8),
    ),
}

# Three more sets, judged by branch real33 before any rule was changed for them (LOCAL_SETS, ~100 sentences):
# MSRA NER val and People's Daily NER dev (1998 news; the splits the earlier sets drew least) and ResumeNER train
# (career lines of company and government people), none drawn by an earlier set of this bench or of
# bench/real_events.py nor by each other. Candidates as MORE_SETS; drawn with SEED by strata of posts no draw asked
# for (LOCAL_DRAW, a sentence in the first stratum it fits): military and court posts, career lines (历任, 先后任),
# posts taken up (当选, 出任, 接任), persons listed with 、, a title right after a name (甲省长, 乙同志), deputies
# (副 + title, 常务副), bodies with a level (市委, 县政府, 省人大, 政协), local heads (市长 ... 局长, 处长, 主任).
LOCAL_SETS = {"val_posts": "msra_val", "dev_posts": "pd_dev", "resume_posts": "resume_train"}
LOCAL_STRATA = (
    "司令员 政委 院长 检察长 庭长 参谋长 军长 师长".split(),
    "先后任 历任 曾任 先后担任 调任 升任".split(),
    "当选 任命 出任 就任 接任 担任 被选为 推选".split(),
    ["、"],  # a labelled person right after 、 and another before it
    [""],  # a title word right after a labelled person
    "常务副 副书记 副市长 副省长 副县长 副区长 副局长 副主任 副主席 副部长 副厅长 副镇长 副乡长 副处长".split(),
    "市委 县委 区委 省委 县政府 市政府 省政府 省人大 市人大 县人大 省政协 市政协 县政协 党委".split(),
    "市长 县长 区长 镇长 乡长 村主任 厅长 局长 处长 主任".split(),
)
LOCAL_DRAW = {
    "val_posts": (6, 2, 8, 6, 10, 6, 3, 4),
    "dev_posts": (5, 0, 6, 3, 7, 4, 2, 3),
    "resume_posts": (3, 10, 5, 0, 1, 3, 2, 1),
}


def local_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of LOCAL_STRATA a candidate sentence fits (None: none)."""
    per = [(a, b) for a, b, lab in spans if lab == "PER"]
    for k, cues in enumerate(LOCAL_STRATA):
        if cues == ["、"]:
            hit = any(text[b : b + 1] == "、" and any(a2 == b + 1 for a2, _ in per) for _, b in per)
        elif cues == [""]:
            hit = any(text.startswith(w, b) for _, b in per for w in words)
        else:
            hit = any(w in text for w in cues)
        if hit:
            return k
    return None


def _drawn_texts(*draws: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Every sentence of `draws`, NFKC-normalised: what a later draw leaves out. _drawn_texts({"a": [(3, "甲")]}) == {"甲"}"""
    return {unicodedata.normalize("NFKC", t) for d in draws for items in d.values() for _, t in items}


def _joined(names: tuple[str, ...]) -> list:
    """The records of the splits `names`, joined in that order (an id's index counts through them)."""
    splits = {**train_sets(), **test_sets()}
    return [rec for name in names for rec in splits.get(name, [])]


def _draw_by_strata(
    out: dict[str, list[tuple[int, str]]],
    seen: set[str],
    sets: dict[str, str],
    sources: dict,
    stratum: Callable[[str, list[tuple[int, int, str]], list[str]], int | None],
    draws: Mapping[str, tuple[int, ...]],
) -> None:
    """Draw each of `sets` (name -> source split) into `out`, in order: candidates as MORE_SETS, not in `seen`, pooled by
    `stratum`, `draws[name]` of each pool with SEED, the picks shuffled; `seen` grows by each set drawn."""
    words = TITLE_WORDS + MORE_WORDS
    for name, source in sets.items():
        if source not in sources:
            continue
        recs = sources[source]
        pools: list[list[int]] = [[] for _ in draws[name]]
        for k, (text, spans) in enumerate(recs):
            if len(text) > MAX_CHARS or unicodedata.normalize("NFKC", text) in seen:
                continue
            if not any(lab == "PER" for *_, lab in spans) or not any(w in text for w in words):
                continue
            at = stratum(text, spans, words)
            if at is not None:
                pools[at].append(k)
        rng = random.Random(SEED)
        pick = [k for pool, n in zip(pools, draws[name], strict=True) for k in rng.sample(pool, min(n, len(pool)))]
        rng.shuffle(pick)
        out[name] = [(k, recs[k][0]) for k in pick]
        seen |= {unicodedata.normalize("NFKC", text) for _, text in out[name]}


# One more set, judged by branch real35 before any rule was changed for it (NEW_SETS, ~60 sentences): `mix_posts`
# (CLUENER train; drawn by no set of this bench, chosen_to("latest"), nor of bench/real_events.py, chosen()). Candidates as
# MORE_SETS; drawn with SEED by strata of what the earlier draws asked least (NEW_STRATA, a sentence in the first
# it fits): a post told after the name with 的 (甲，某公司的总经理), acting and former posts (代, 原, 前任, 卸任),
# lists of three or more persons, party and village posts below the county (乡党委, 村党支部, 镇长), foreign heads
# and envoys (总统, 首相, 外长, 大使), company posts (董事长, 总经理, 行长).
NEW_SETS = {"mix_posts": "cluener_train"}
NEW_STRATA = (
    ["的"],  # a title word within 8 characters after a 的 that comes within 16 characters after a labelled person
    "代理 代市长 代县长 代省长 代区长 代镇长 代乡长 代主席 前任 原任 前总统 前总理 前首相 前主席 原主席 原书记 "
    "原市长 原副 原县 原省 原国 卸任 离任 已故 退休".split(),
    ["、、"],  # three or more labelled persons
    "乡党委 镇党委 村党支部 党支部 支部书记 村委会 村主任 街道党 乡长 镇长 村长 党总支".split(),
    "总统 首相 外长 外交大臣 国务卿 议长 国王 亲王 大臣 总督 秘书长 特使 大使 领事".split(),
    "董事长 总经理 行长 总裁 董事 监事 首席 执行官 经理 分析师".split(),
)
NEW_DRAW = {"mix_posts": (10, 10, 12, 8, 14, 14)}


def new_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of NEW_STRATA a candidate sentence fits (None: none)."""
    per = [(a, b) for a, b, lab in spans if lab == "PER"]
    for k, cues in enumerate(NEW_STRATA):
        if cues == ["的"]:
            hit = False
            for _, b in per:
                at = text.find("的", b, b + 16)
                hit = hit or (at >= 0 and any(w in text[at + 1 : at + 9] for w in words))
        elif cues == ["、、"]:
            hit = len(per) >= 3
        else:
            hit = any(w in text for w in cues)
        if hit:
            return k
    return None


# One more set, judged by branch real37 before any rule was changed for it (RANK_SETS, 60 sentences): `rank_posts`,
# drawn from every split but CLUENER train (RANK_SOURCES joined in that order, an id's index counts through them;
# CLUENER train is left to real36's real_events.py set cluener_last, so a merge moves no draw), sentences drawn by no
# set of this bench, chosen_to("newest"), nor of bench/real_events.py, chosen(scene=False) (its later SCENE_SETS were drawn
# against this set). Candidates as MORE_SETS; drawn with SEED by strata of what the earlier draws asked least
# (RANK_STRATA, a sentence in the first it fits): bodies below the
# county (街道, 乡, 镇, 村, 社区), science, health, education and culture bodies (研究所, 医院, 学校, 剧团), people's
# congresses and CPPCC (人大, 政协), posts told with 升任/调任/接任/出任/任命, deputies and assistants (助理, 副秘书长,
# 副 + title). The rarer strata are drawn whole (few candidates were left in them).
RANK_SETS = {"rank_posts": "rank_sources"}
RANK_SOURCES = ("msra_val", "pd_dev", "resume_train", "msra_test", "pd_test")
RANK_STRATA = (
    "街道 乡党委 镇党委 乡政府 镇政府 村党支部 村委会 党支部 社区 村主任 村支书 乡长 镇长 村长".split(),
    "研究所 研究院 科学院 医院 卫生 学校 大学 中学 小学 学院 教育 文化 剧团 博物馆 图书馆 出版社 科协 文联 "
    "作协 卫生厅 教委".split(),
    "人大 政协 常委会 人民代表大会".split(),
    "升任 调任 接任 出任 继任 改任 转任 留任 任命".split(),
    "助理 副秘书长 副主任 副部长 副局长 副主席 副市长 副县长 副院长 副校长 副所长 副书记".split(),
)
RANK_DRAW = {"rank_posts": (5, 19, 15, 4, 17)}


# One more set, judged by branch real39 before any rule was changed for it (WIDE_SETS, 60 sentences): `wide_posts`,
# drawn from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no
# set of this bench, chosen_to("rank"), nor of bench/real_events.py, chosen(). Candidates as MORE_SETS; drawn with SEED by
# strata of what the earlier draws asked least (WIDE_STRATA, a sentence in the first it fits): posts taken or left
# (当选, 辞去, 免去), posts of one place's bodies in a chain (省委常委、副省长: a title word right before 、), several
# labelled persons in a list (甲、乙 / 甲和乙), posts told in apposition (甲，乙公司总经理， / 甲（乙厂厂长）: a title word
# within 20 characters after a labelled person and a ，or （ right after it), company posts in finance news (董事长兼
# 总经理, 执行董事, 行长, 首席执行官), national and foreign bodies' posts (国务院总理, 外交部长, 总统, 驻华大使, 特首).
WIDE_SETS = {"wide_posts": "wide_sources"}
WIDE_SOURCES = ("cluener_train", "msra_val", "pd_dev", "resume_train", "msra_test", "pd_test")
WIDE_STRATA = (
    "当选 辞去 免去 辞职 卸任 离职 被免 撤销 罢免 被选为".split(),
    ["title、"],  # a title word right before 、 (a chain of posts sharing one place: 省委常委、副省长)
    ["per、per"],  # two labelled persons with only 、 or 和 between them
    ["per，title"],  # a labelled person, then ，or （, then a title word within 20 characters
    "董事长兼总经理 执行董事 行长 首席执行官 总裁 董事长 总经理 执行官 CEO 董事 监事".split(),
    "国务院总理 外交部长 外长 总统 首相 驻华大使 大使 特首 行政长官 国务卿 总理 议长 国王".split(),
)
WIDE_DRAW = {"wide_posts": (10, 10, 10, 10, 10, 10)}


def wide_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of WIDE_STRATA a candidate sentence fits (None: none)."""
    per = sorted((a, b) for a, b, lab in spans if lab == "PER")
    for k, cues in enumerate(WIDE_STRATA):
        if cues == ["title、"]:
            hit = any(w + "、" in text for w in words)
        elif cues == ["per、per"]:
            hit = any(text[b1:a2] in ("、", "和") for (_, b1), (a2, _) in zip(per, per[1:]))
        elif cues == ["per，title"]:
            hit = any(
                text[b : b + 1] in ("，", "（", "(", ",") and any(w in text[b + 1 : b + 21] for w in words)
                for _, b in per
            )
        else:
            hit = any(w in text for w in cues)
        if hit:
            return k
    return None


# One more set, judged by branch real41 before any rule was changed for it (SPREAD_SETS, 60 sentences): `spread_posts`,
# drawn from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no
# set of this bench on main fd0c4e8, chosen_to("wide"), nor of bench/real_events.py on main, chosen() (its SCENE_SETS
# included; branch real40 draws a real_events.py set at the same time against main too, so the two may share a
# sentence, and neither draw moves the other). Candidates as MORE_SETS; drawn with SEED by strata of what the earlier
# draws asked least (SPREAD_STRATA, a sentence in the first it fits): posts told with 出任/调任/升任, a title a person's
# name splits (甲副总经理: a labelled person followed by 副 and a title word; 王总), posts with a zone or park (管委会,
# 工委, 开发区), posts in a reporter's or speaker's attribution (据甲局长介绍, 甲主任说: 说/介绍/表示/指出 within 8
# characters after a labelled person), posts of two bodies joined by 兼, posts of universities, hospitals and research
# institutes, posts in enterprises and banks, deputies and members (人大代表, 政协委员, 常委), people with no post
# (村民, 职工, 专家).
SPREAD_SETS = {"spread_posts": "wide_sources"}
SPREAD_STRATA = (
    "出任 调任 升任 改任 转任 调入 调往".split(),
    ["per副title"],  # a labelled person followed by 副 + a title word, or by 总 (王总)
    "管委会 工委 开发区 高新区 保税区 工业园 园区 新区 经济区".split(),
    ["per说"],  # 说/介绍/表示/指出/认为/告诉 within 8 characters after a labelled person
    ["兼"],
    "大学 学院 医院 研究所 研究院 科学院 中学 小学 校长 院长 所长 卫生院".split(),
    "副行长 分行 银行 总经理助理 总工程师 总会计师 厂长 集团 公司 总经理 经理 信用社".split(),
    "人大代表 政协委员 常委 代表 委员".split(),
    "村民 职工 农民 专家 工人 市民 群众 学生 老师 员工".split(),
)
SPREAD_DRAW = {"spread_posts": (6, 6, 6, 8, 7, 8, 9, 6, 4)}


def spread_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of SPREAD_STRATA a candidate sentence fits (None: none)."""
    per = [(a, b) for a, b, lab in spans if lab == "PER"]
    for k, cues in enumerate(SPREAD_STRATA):
        if cues == ["per副title"]:
            hit = any(
                text.startswith("总", b) or (text.startswith("副", b) and any(text.startswith(w, b + 1) for w in words))
                for _, b in per
            )
        elif cues == ["per说"]:
            hit = any(any(v in text[b : b + 9] for v in ("说", "介绍", "表示", "指出", "认为", "告诉")) for _, b in per)
        else:
            hit = any(w in text for w in cues)
        if hit:
            return k
    return None


# One more set, judged by branch real43 before any rule was changed for it (FIELD_SETS, 60 sentences): `field_posts`,
# drawn from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no
# set of this bench on main 81a94ed, chosen_to("spread"), nor by a set of bench/real_events.py on main (chosen(), its sets
# restricted to EVENTS_MAIN_SETS: branch real42 draws a real_events.py set at the same time against main, so the two may
# share a sentence, and neither draw moves the other). Candidates as MORE_SETS; drawn with SEED by strata of the fields
# the earlier draws asked least (FIELD_STRATA, a sentence in the first it fits): military, armed police and police
# posts, courts and procuratorates, associations, chambers and societies, villages and communities, media and
# publishing, sport and arts, party posts in enterprises, and people named with a rank or honour only.
FIELD_SETS = {"field_posts": "wide_sources"}
EVENTS_MAIN_SETS = (
    "msra_test pd_test cluener_train pd_dev msra_val pd_more msra_more cluener_more pd_dev_more msra_val_more pd_late "
    "msra_late pd_rest cluener_last pd_dev_third msra_val_third"
).split()
FIELD_STRATA = (
    "司令员 政委 司令 参谋长 军长 师长 旅长 舰长 军区 部队 武警 公安 警察 派出所 警官 民警".split(),
    "法院 检察院 检察长 庭长 法官 审判长 审判员 检察官 仲裁".split(),
    "协会 商会 学会 联合会 研究会 促进会 基金会 理事长 会长 秘书长".split(),
    "村党支部 村支书 村委会 村主任 居委会 社区 村长 支部书记 村党委 村干部".split(),
    "社长 总编辑 副总编 主编 台长 报社 电视台 电台 出版社 杂志社 日报 新华社".split(),
    "主教练 教练 领队 团长 馆长 剧团 乐团 艺术团 博物馆 美术馆 体育 运动员 演员 导演 球队".split(),
    "集团党委 公司党委 厂党委 党委书记 纪委书记 党组书记 工会主席".split(),
    "劳动模范 劳模 院士 教授 研究员 工程师 博士 英雄 模范 先进工作者".split(),
)
FIELD_DRAW = {"field_posts": (8, 8, 8, 8, 8, 7, 6, 7)}


# One more set, judged by branch real45 before any rule was changed for it (GROUP_SETS, about 60 sentences):
# `group_posts`, drawn from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences
# drawn by no set of this bench on main 1f2c421, chosen_to("field"), nor by a set of bench/real_events.py on main 1f2c421
# (chosen() read by set name, EVENTS_MAIN_SETS and cluener_fair: branch real44 draws a real_events.py set at the same
# time against main, so the two may share a sentence, and neither draw moves the other). Candidates as MORE_SETS; drawn
# with SEED by strata of what the earlier draws asked least (GROUP_STRATA, a sentence in the first it fits): posts with a
# time (时任, 现任, 刚刚当选), people in a post told only by the body (该公司总经理, 这家银行的行长), NGOs and international
# bodies (联合国, 世界银行), universities and research institutes (校长, 所长, 研究员), provinces' and cities' party and
# government offices (办公厅, 秘书长, 局长), posts in speech (a title word, then within 12 characters a labelled person,
# then 说/表示/指出/强调 within 8 characters, or quotes), and two or more labelled persons with two or more title words
# (甲和乙分别担任, 副市长甲、乙).
GROUP_SETS = {"group_posts": "wide_sources"}
GROUP_STRATA = (
    "时任 现任 刚刚当选 新当选 新任 时为 当时任 现为 刚当选 即将上任".split(),
    "该公司 该行 该局 该市 该县 该校 该院 该所 该厂 该集团 该协会 该组织 该银行 这家 该部 该委".split(),
    "联合国 世界银行 国际货币基金 世贸组织 世界贸易组织 欧盟 国际奥委会 红十字 亚洲开发银行 东盟 世界卫生 国际组织 "
    "国际劳工 亚太经合 非政府组织".split(),
    "大学 学院 研究所 研究院 科学院 社科院 工程院 校长 所长 研究员 党委书记".split(),
    "办公厅 办公室主任 秘书长 局局长 厅厅长 委主任 省委 市委 省政府 市政府".split(),
    ["title per说"],
    ["per per title title"],
)
GROUP_DRAW = {"group_posts": (8, 8, 8, 8, 8, 8, 12)}
GROUP_SAYS = "说 表示 指出 强调 介绍 认为 告诉 宣布".split()


def group_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of GROUP_STRATA a candidate sentence fits (None: none)."""
    per = [(a, b) for a, b, lab in spans if lab == "PER"]
    for k, cues in enumerate(GROUP_STRATA):
        if cues == ["title per说"]:
            hit = "“" in text or any(
                any(w in text[max(0, a - 12) : a] for w in words) and any(v in text[b : b + 9] for v in GROUP_SAYS)
                for a, b in per
            )
        elif cues == ["per per title title"]:
            hit = len(per) >= 2 and sum(text.count(w) for w in TITLE_WORDS) >= 2
        else:
            hit = any(w in text for w in cues)
        if hit:
            return k
    return None


# One more set, judged by branch real47 before any rule was changed for it (SHAPE_SETS, 60 sentences): `shape_posts`,
# drawn from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no
# set of this bench on main 24067a1, chosen_to("group"), nor by a set of bench/real_events.py on main 24067a1 (chosen() read
# by set name, EVENTS_MAIN_SETS, cluener_fair and cluener_civic: a real_events.py set drawn at the same time against main
# may share a sentence, and neither draw moves the other). Candidates as MORE_SETS; drawn with SEED by strata of the
# shapes of sentence the earlier draws asked least (SHAPE_STRATA, a sentence in the first it fits; the pools on main
# 24067a1 held 4, 24, 5, 23, 23, 29 and 104 candidates): a post given through 由…担任, 任命/推选…为, 当选, 出任, 接任;
# bodies below the county (镇, 乡, 街道, 村, 社区); party, league and union bodies (党委, 党支部, 纪委, 团委, 工会);
# posts held once or told with their time (时任, 曾任, 原为, 历任, 卸任, 前…总统); three or more labelled persons; a post
# told after the name set off by ，, ： or （ (甲，某公司总经理; 甲先生：副总经理); and foreign and international posts.
SHAPE_SETS = {"shape_posts": "wide_sources"}
SHAPE_STRATA = (
    r"由[^，。；]{1,14}(担任|出任|接任|兼任)|(任命|推选|推举|选举|聘任|聘请|聘)[^，。；]{1,14}为|当选|出任|接任|就任|升任|调任"
    r"|继任|履新|上任",
    r"镇|乡(?!村)|街道|村(?!民)|社区|办事处",
    r"党委|党总支|党支部|纪委|团委|工会|党组",
    r"时任|曾任|前任|原任|原为|历任|卸任|离任|退休|先后任|曾担任|曾是"
    r"|前(?=[^，。；]{0,6}(总统|总理|首相|部长|主席|书记|大使|市长|董事长|总经理))|原(?=[^，。；]{0,10}(长|书记|主任|主席))",
    "three persons",
    "told after",
    r"驻|外长|外交|首相|总统|国王|联合国|国际|秘书长|总干事|议长|议员|美国|英国|日本|法国|德国|俄罗斯",
)
SHAPE_DRAW = {"shape_posts": (4, 9, 5, 9, 9, 10, 14)}


def shape_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of SHAPE_STRATA a candidate sentence fits (None: none)."""
    per = [(a, b) for a, b, lab in spans if lab == "PER"]
    for k, cue in enumerate(SHAPE_STRATA):
        if cue == "three persons":
            hit = len(per) >= 3
        elif cue == "told after":
            hit = any(
                re.match(r"(先生|女士)?[，：（]", text[b : b + 3]) and any(w in text[b + 1 : b + 22] for w in words)
                for _, b in per
            )
        else:
            hit = re.search(cue, text) is not None
        if hit:
            return k
    return None


# One more set, judged by branch real49 before any rule was changed for it (LEFT_SETS, 60 sentences): `left_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main 88565b1, chosen_to("shape"), nor by a set of bench/real_events.py on main 88565b1 (chosen() read by set
# name, EVENTS_MAIN_SETS, cluener_fair, cluener_civic and cluener_press: a real_events.py set drawn at the same time
# against main may share a sentence, and neither draw moves the other). Candidates as MORE_SETS (528 were left); drawn
# with SEED by strata of what the earlier draws asked least (LEFT_STRATA, a sentence in the first it fits; the pools on
# main 88565b1 held 26, 9, 19, 108, 5, 167 and 160 candidates): acting, seconded and executive posts (代市长, 挂职,
# 常务副, 执行董事); women's, youth and ethnic bodies (妇联, 团委, 青联, 民族); banks and their branches (分行, 支行,
# 行长); company posts (董事长兼总经理, 法定代表人, 总裁, 董事, 监事); a post inside a noun phrase with 的 (某市的副市长);
# posts in speech (说, 表示, 指出, quotes); and offices and bureaus (局, 厅, 办, 站, 委员会).
LEFT_SETS = {"left_posts": "wide_sources"}
LEFT_STRATA = (
    r"代(市长|县长|省长|区长|镇长|主席|理事长|总经理|董事长|书记|部长|局长)|挂职|常务副|常务董事|执行",
    r"妇联|共青团|团中央|团委|青联|少数民族|民族|残联|侨联|工商联|台联|妇女|青年",
    r"分行|支行|行长",
    r"董事长兼|兼总经理|执行董事|法定代表人|总经理|董事长|总裁|CEO|首席|董事|监事",
    r"的[^，。、“”]{0,6}(书记|主任|局长|厂长|经理|部长|主席|院长|校长)",
    r"说|表示|指出|强调|介绍|认为|告诉|“",
    r"局|厅|办|站|委员会",
)
LEFT_DRAW = {"left_posts": (8, 6, 9, 14, 5, 10, 8)}


# One more set, judged by branch real51 before any rule was changed for it (HEAD_SETS, 60 sentences): `head_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main f03ffa6, chosen_to("left"), nor by a set of bench/real_events.py on main f03ffa6 (chosen() read by set
# name, EVENTS_MAIN_SETS and the later sets through wide_events: a real_events.py set drawn at the same time against main
# may share a sentence, and neither draw moves the other). Candidates as MORE_SETS (461 were left); drawn with SEED by
# strata of the posts the earlier draws asked least (HEAD_STRATA, a sentence in the first it fits; the pools on main
# f03ffa6 held 28, 30, 22, 20, 64, 52, 68 and 13 candidates, 164 fit none): heads of schools, hospitals, institutes,
# museums and papers (校长, 院长, 所长, 馆长, 社长, 主编); association and chamber posts (会长, 秘书长, 理事长); former
# posts and assistants, inspectors and advisers (原, 前, 曾任, 助理, 巡视员, 顾问, 专员); military and police ranks and
# posts (上将, 将军, 司令, 政委, 警); foreign posts (总统, 外长, 大使, 首相, 国王, 州长); deputies and members (代表,
# 委员: 人大代表 and 政协委员 as posts or not); local government posts (市长, 县长, 局长, 处长, 书记, 部长); and
# leaders of teams and groups (队长, 组长: most no posts by the judged conventions).
HEAD_SETS = {"head_posts": "wide_sources"}
HEAD_STRATA = (
    r"校长|院长|所长|馆长|社长|主编|总编辑|台长|站长",
    r"会长|秘书长|理事长|协会|商会|学会|联合会|基金会",
    r"原(?=[^，。；]{0,10}(长|书记|主任|主席|委员))|前(?=[^，。；]{0,6}(总统|总理|首相|部长|主席|书记|大使|市长|总裁|董事长))"
    r"|曾任|曾担任|曾是|助理|巡视员|调研员|顾问|专员",
    r"上将|中将|少将|大校|上校|将军|司令|政委|参谋长|军长|师长|警",
    r"总统|外长|大使|首相|国王|州长|议长|大臣|首脑|国务卿|总督|亲王|参赞|总理",
    r"代表|委员",
    r"市长|县长|区长|省长|局长|处长|科长|司长|书记|部长|厅长",
    r"队长|组长",
)
HEAD_DRAW = {"head_posts": (8, 8, 9, 8, 8, 7, 6, 6)}


# One more set, judged by branch real53 before any rule was changed for it (CHIEF_SETS, 60 sentences): `chief_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main 29094dc, chosen_to("head"), nor by a set of bench/real_events.py on main 29094dc (chosen() read by set
# name, EVENTS_MAIN_SETS and the later sets through span_events: a real_events.py set drawn at the same time against main
# may share a sentence, and neither draw moves the other). Candidates as MORE_SETS (398 were left); drawn with SEED by
# strata of the posts and shapes the earlier draws asked least (CHIEF_STRATA, a sentence in the first it fits; the pools
# on main 29094dc held 3, 10, 10, 15, 134, 5, 7 and 32 candidates, 182 fit none; judges and procurators and party branches
# of firms and schools were asked too, none is left undrawn): chief engineers, accountants, economists and directors
# (总工程师, 总会计师, 总监); posts in sport, film and the arts (教练, 导演, 剧团, 艺术); secretaries-general and office
# directors (秘书长, 办公室主任, 秘书); executive, standing and first posts (常务, 执行, 第一副); posts told in a quote or
# speech (说：, 表示，, 据…介绍, “); a person named twice (the whole name again, or the family name with a title: 甲乙…甲所长);
# two or more persons and two or more bodies in the sentence; two or more persons.
CHIEF_SETS = {"chief_posts": "wide_sources"}
CHIEF_STRATA = (
    r"总工程师|总会计师|总经济师|总设计师|总工|总监|总编|总建筑师|总农艺师",
    r"教练|领队|足协|体育|运动|奥委会|球队|俱乐部|导演|演员|电影|制片|剧团|剧院|乐团|文工团|艺术|美术|书法|作家|画院|歌舞",
    r"秘书长|办公室主任|办公厅主任|办主任|办公室副主任|办公厅副主任|秘书",
    r"常务|执行|第一(副|书记|把手|负责人)",
    r"据[^，。]{0,20}介绍|(说|表示|指出|强调|介绍|认为|告诉)[：，“]|“",
)
CHIEF_DRAW = {"chief_posts": (3, 8, 8, 8, 12, 5, 7, 9)}
CHIEF_AGAIN = (
    r"(书记|市长|县长|省长|局长|所长|厂长|院长|校长|主任|部长|经理|总|董|先生|女士|老|主席|会长|行长|处长|科长|镇长|乡长"
    r"|村长|队长|教练)"
)


def _named_twice(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """A labelled person named again in the sentence: the whole name, or its first character with a title after it."""
    for a, b, lab in spans:
        name = text[a:b]
        if lab != "PER" or len(name) < 2:
            continue
        if text.count(name) > 1 or (len(name) <= 3 and re.search(re.escape(name[0]) + CHIEF_AGAIN, text[b:])):
            return True
    return False


def chief_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of CHIEF_STRATA, then a person named twice, two persons and two bodies, two persons (None: none)."""
    at = next((k for k, cue in enumerate(CHIEF_STRATA) if re.search(cue, text)), None)
    if at is not None:
        return at
    persons = sum(lab == "PER" for *_, lab in spans)
    bodies = sum(lab == "ORG" for *_, lab in spans)
    if _named_twice(text, spans):
        return len(CHIEF_STRATA)
    if persons >= 2 and bodies >= 2:
        return len(CHIEF_STRATA) + 1
    return len(CHIEF_STRATA) + 2 if persons >= 2 else None


# One more set, judged by branch real55 before any rule was changed for it (HONOR_SETS, 60 sentences): `honor_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main 5e2e8ed, chosen_to("chief"), nor by a set of bench/real_events.py on main 5e2e8ed (chosen() with every set,
# through call_events, read by set name: a real_events.py set drawn at the same time against main may share a sentence,
# and neither draw moves the other). Candidates as MORE_SETS (334 were left); drawn with SEED by strata of the posts and
# shapes the earlier draws asked least (HONOR_STRATA, then honor_stratum's three shapes; a sentence in the first it fits;
# the pools on main 5e2e8ed held 0, 0, 13, 11, 6, 5, 43, 8, 22 and 30 candidates, 196 fit none): posts of township and
# village bodies (乡长, 村支书, 居委会) and party posts of firms (公司党委书记) were asked too, none is left undrawn; posts told
# with the year taken (1995年起任, 自2004年8月起任); honorary and advisory posts (名誉, 顾问, 独立董事); universities and
# colleges (大学, 学院, 系主任); deputies to congresses (人大代表, 政协委员, 全国人大); a person with a foreign or ethnic name
# (a dot in it, or four characters or more); a post in apposition after the name (甲先生，公司副总裁，/ 甲：总经理); a title
# right after the name (某局甲副局长); a name with its post and nothing else (a caption or headline: 某集团董事长甲).
HONOR_SETS = {"honor_posts": "wide_sources"}
HONOR_STRATA = (
    r"乡长|镇长|村长|乡党委|镇党委|村支书|村党支部|村委会|村主任|居委会|社区主任|村民委员会|党支部书记|支部书记",
    r"(公司|集团|厂|银行|企业|局|院)[^，。；]{0,8}(党委|党组|纪委)(副)?书记|(党委|党组)(副)?书记[^，。；]{0,3}(兼)?[^，。；]{0,3}"
    r"(董事长|总经理)",
    r"([0-9０-９]{2,4}|[一二三四五六七八九〇零○]{2,4})年[^，。；]{0,8}(起|以来|开始|至今|后)?[^，。；]{0,3}"
    r"(任|担任|出任|当选|调任|升任|就任|兼任|获选)",
    r"名誉|荣誉|顾问|特邀|客座|终身|资深|独立董事|独立非执行",
    r"系主任|学院|大学|研究生院|博士生导师|博导|教研室|学部",
    r"人大代表|政协委员|党代表|代表大会|人大常委|全国人大|全国政协|省人大|市人大|省政协|市政协|代表委员",
)
HONOR_DRAW = {"honor_posts": (0, 0, 9, 8, 5, 5, 11, 7, 8, 7)}
HONOR_TITLE = r"(长|书记|主任|主席|经理|总裁|董事|委员|总监|顾问|会长|总统|总理|大使|首相|编|师)"
HONOR_AFTER = (
    r"副?(局长|处长|科长|所长|院长|校长|主任|书记|厂长|经理|总|会长|站长|部长|市长|县长|行长|董事长|总裁|主席)"
)


def honor_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of HONOR_STRATA, then a foreign or ethnic name, a post in apposition after a name, a title right after
    a name, a caption with no clause (None: none)."""
    at = next((k for k, cue in enumerate(HONOR_STRATA) if re.search(cue, text)), None)
    if at is not None:
        return at
    persons = [text[a:b] for a, b, lab in spans if lab == "PER"]
    ends = [b for a, b, lab in spans if lab == "PER"]
    if any(re.search(r"[·•.]", name) or len(name) >= 4 for name in persons):
        return len(HONOR_STRATA)
    apposed = r"(先生|女士)?[，：:](?=[^，。；]{0,25}" + HONOR_TITLE + r"([，。；]|$))"
    if any(re.match(apposed, text[b:]) for b in ends):
        return len(HONOR_STRATA) + 1
    if any(re.match(HONOR_AFTER, text[b:]) for b in ends):
        return len(HONOR_STRATA) + 2
    return len(HONOR_STRATA) + 3 if "，" not in text and len(text) <= 30 and not text.endswith("。") else None


# One more set, judged by branch real57 before any rule was changed for it (NAME_SETS, 60 sentences): `unit_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main 358fe8fe, chosen_to("honor"), nor by a set of bench/real_events.py on main 358fe8fe (chosen() with every
# set, through venue_events, read by set name: a real_events.py set drawn at the same time against main may share a
# sentence, and neither draw moves the other). Candidates as MORE_SETS (269 were left); drawn with SEED by strata
# of the posts and shapes the earlier draws asked least (UNIT_STRATA, after unit_stratum's first shape; a sentence in the
# first it fits; the pool counts on main 358fe8fe are in bench/README.md): a body written in full and short in the same
# sentence (中华全国总工会 … 全总, 下称); a person with posts in two bodies (甲省委常委、乙市委书记); heads of hospitals
# and schools (院长, 校长, 园长); posts in listed companies (独立董事, 监事, 董秘, 本公司); delegations (代表团团长);
# judicial bodies (检察长, 庭长); party branches and discipline bodies (纪委, 纪检组长, 支部); acting and temporary
# posts (代理, 临时, 挂职); a list of names with one title (甲、乙、丙等领导); a foreign company's Chinese arm (中国区总裁)
# -- the strata the lead asked for, most nearly drawn out -- then a department or unit inside a body (某部某司司长, 某银行
# 信用卡中心总经理, 市场部经理); a speaker invited by a host (有请, 请出); a foreign government's minister (某国国防部长);
# a bare title after a name or a family name (李某副总理, 江主席); a name with its post and nothing else (a caption).
UNIT_SETS = {"unit_posts": "wide_sources"}
UNIT_STRATA = (
    r"(常委|书记|长|主任|主席|委员|经理|董事)、[^，。；、]{0,8}(省|市|县|区|州|盟|旗|镇|乡|委|局|厅|部|公司|集团|院|会)"
    r"[^，。；、]{0,6}(书记|长|主任|主席|委员|经理)",
    r"医院|院长|校长|园长|幼儿园|中学|小学|学校",
    r"独立董事|监事|董秘|董事会|证券事务|股份|上市|本公司",
    r"代表团|团长",
    r"检察|法院|庭长|审判|法官|仲裁",
    r"纪委|纪检|监察|支部|党总支|党组",
    r"代理|临时|挂职|暂代|主持工作|代(?=(市长|县长|省长|区长|镇长|乡长|主任|书记|总经理|行长|主席))",
    r"等(领导|同志|负责人|人|官员|嘉宾|专家)|[^，。；、]{2,4}、[^，。；、]{2,4}、[^，。；、]{2,4}(等|分别)",
    r"中国区|大中华区|亚太区|中国公司|[（(]中国[)）]|中国有限公司|全球副总裁|驻华|中国总部",
    r"(部|行|局|会|院|所|公司|集团|地产|银行)[^，。；、]{0,10}(司|处|中心|分行|支行|部|室|科|分公司|总队|站)副?"
    r"(司长|处长|主任|行长|总经理|经理|总裁|部长|科长|总队长|站长)",
    r"有请|请出|请来|邀请|致辞",
    r"(国|俄|美|英|法|日|德|韩|埃及|澳大利亚|委内瑞拉)[^，。；、]{0,6}(部长|大臣|长官|部副部长|国防部|外交部)",
)
UNIT_DRAW = {"unit_posts": (5, 2, 1, 10, 0, 0, 2, 0, 0, 0, 15, 6, 8, 6, 5)}
UNIT_BARE = r"副?(主席|总理|委员长|总统|首相|部长|外长|副主任|主任|书记|局长|市长|省长)"


def _short_of(short: str, full: str) -> bool:
    """`short` is a short form of `full`: 2-4 characters, each found in `full` in order, `full` longer by 3 or more."""
    chars = iter(full)
    return 2 <= len(short) <= 4 and len(full) > len(short) + 2 and all(c in chars for c in short)


def unit_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """A body written in full and short (a labelled short form of another labelled body, or 下称/简称), then the first of
    UNIT_STRATA, then a bare title after a name or family name, then a caption with no clause (None: none)."""
    orgs = [text[a:b] for a, b, lab in spans if lab == "ORG"]
    if re.search(r"简称|下称|以下称", text) or any(_short_of(s, f) for s in orgs for f in orgs if s != f):
        return 0
    at = next((k for k, cue in enumerate(UNIT_STRATA) if re.search(cue, text)), None)
    if at is not None:
        return at + 1
    ends = [b for a, b, lab in spans if lab == "PER"]
    if any(re.match(UNIT_BARE, text[b:]) for b in ends) or re.search(r"(^|[，。：“])[\u4e00-\u9fff]" + UNIT_BARE, text):
        return len(UNIT_STRATA) + 1
    return len(UNIT_STRATA) + 2 if "，" not in text and len(text) <= 40 and not text.endswith("。") else None


# One more set, judged by branch real59 before any rule was changed for it (BIO_SETS, 60 sentences): `bio_posts`, drawn
# from every split (WIDE_SOURCES joined in that order, an id's index counts through them), sentences drawn by no set of
# this bench on main d5344633, chosen_to("unit"), nor by a set of bench/real_events.py on main d5344633 (chosen(), through
# guest_events, read by set name: a real_events.py set drawn at the same time against main may share a sentence, and
# neither draw moves the other). Candidates as MORE_SETS; drawn with SEED by strata of the posts and shapes the earlier
# draws asked least (BIO_STRATA, a sentence in the first it fits; the pool counts on main d5344633 are in
# bench/README.md): a caption in a company's report (监事：甲，…); bios and career lines (历任, 曾任, 先后任, a post several
# clauses after the name); a post told with its start (自…起任, 于…年出任); posts of village and street bodies (村支书,
# 居委会主任, 街道办主任); associations and federations (协会会长, 商会会长, 联合会主席); military and police posts
# (司令员, 政委, 公安局长); sports teams and clubs (主教练, 领队, 俱乐部总经理); newspapers, radio and TV (总编辑, 台长,
# 社长); a transliterated foreign name (a dot in it) with a post; posts with 副 and 常务 stacked or joined by 兼
# (常务副市长, 副总经理兼…); then any other candidate (the strata asked for are nearly drawn out: 40 left of them).
BIO_SETS = {"bio_posts": "wide_sources"}
BIO_STRATA = (
    r"(董事|监事|高管|高级管理人员|独立董事|董事长|总经理|董事会秘书|财务总监|副总经理)[：:]",
    r"历任|曾任|先后任|先后担任|曾担任|曾先后|现任|兼任",
    r"(自|从|于)[^，。；]{1,12}(起|开始)?(任|担任|出任|就任|接任)|起任|起担任|年出任|年起",
    r"村支书|村主任|村委会|村党|居委会|街道办|街道|社区|村长|村民",
    r"协会|商会|联合会|学会|研究会|基金会|促进会|联谊会|总会|工商联",
    r"司令员|政委|政治委员|公安|警察|警官|军区|武警|参谋长|部队|派出所|支队",
    r"主教练|领队|俱乐部|教练|队长|球队|足协|篮协|国家队",
    r"总编辑|台长|社长|主编|电视台|报社|日报|杂志|广播|新闻社|通讯社",
)
BIO_DRAW = {"bio_posts": (0, 5, 0, 0, 13, 3, 3, 10, 4, 2, 20)}
BIO_STACKED = r"常务副|执行副|副[^，。；、]{0,6}兼|第一副"


def bio_stratum(text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of BIO_STRATA, then a transliterated name (a dot in it), then 副/常务 stacked or joined by 兼, then any
    other candidate (the strata are nearly drawn out: mostly a company's or a government's post told before a name)."""
    at = next((k for k, cue in enumerate(BIO_STRATA) if re.search(cue, text)), None)
    if at is not None:
        return at
    persons = [text[a:b] for a, b, lab in spans if lab == "PER"]
    if any(re.search(r"[·•．.]", name) for name in persons):
        return len(BIO_STRATA)
    return len(BIO_STRATA) + 1 if re.search(BIO_STACKED, text) else len(BIO_STRATA) + 2


def _first_cue(strata: tuple, text: str, spans: list[tuple[int, int, str]], words: list[str]) -> int | None:
    """The first of `strata` a candidate sentence fits (None: none): a list of words, one of them in it, or a regex
    found in it. _first_cue((["甲"], r"乙|丙"), "一丙", [], []) == 1"""
    return next(
        (
            k
            for k, cue in enumerate(strata)
            if (re.search(cue, text) if isinstance(cue, str) else any(w in text for w in cue))
        ),
        None,
    )


@dataclass(frozen=True)
class Draw:
    """One later draw of this bench (a row of DRAWS): its sets (name -> a source split, or a join named in JOINED), the
    stratum a candidate falls in, each set's count per stratum, the flags of bench/real_events.py's chosen() it was drawn
    against, and that bench's sets it reads by name (None: every set the flags keep)."""

    sets: dict[str, str]
    stratum: Callable[[str, list[tuple[int, int, str]], list[str]], int | None]
    counts: Mapping[str, tuple[int, ...]]
    against: Mapping[str, bool] = field(default_factory=dict)
    events: tuple[str, ...] | None = None


# the sources that join splits in order (an id's index counts through them)
JOINED = {"rank_sources": RANK_SOURCES, "wide_sources": WIDE_SOURCES}


def _events_read(*names: str) -> tuple[str, ...]:
    """real_events.py's sets read by name: EVENTS_MAIN_SETS and `names` (those added to it later move nothing here)."""
    return (*EVENTS_MAIN_SETS, *names)


# The draws after chosen(), in the order drawn (chosen_to(step): every set through that step's); each draws sentences no
# earlier set of either bench drew (real_events.chosen() with the row's flags: its sets drawn against these or at the
# same time left out).
DRAWS: dict[str, Draw] = {
    "latest": Draw(LOCAL_SETS, local_stratum, LOCAL_DRAW, {"rest": False}),  # its REST_SETS drawn after these
    "newest": Draw(NEW_SETS, new_stratum, NEW_DRAW, {"last": False}),  # its LAST_SETS drawn after
    "rank": Draw(RANK_SETS, partial(_first_cue, RANK_STRATA), RANK_DRAW, {"scene": False}),  # SCENE_SETS after
    "wide": Draw(WIDE_SETS, wide_stratum, WIDE_DRAW, {"scene": False}),  # drawn before its SCENE_SETS
    "spread": Draw(SPREAD_SETS, spread_stratum, SPREAD_DRAW, {"val": False}),  # with its VAL_SETS (main fd0c4e8)
    "field": Draw(FIELD_SETS, partial(_first_cue, FIELD_STRATA), FIELD_DRAW, {"report": False}, _events_read()),
    "group": Draw(GROUP_SETS, group_stratum, GROUP_DRAW, {"press": False}, _events_read("cluener_fair")),
    "shape": Draw(
        SHAPE_SETS, shape_stratum, SHAPE_DRAW, {"wide": False}, _events_read("cluener_fair", "cluener_civic")
    ),
    "left": Draw(
        LEFT_SETS,
        partial(_first_cue, LEFT_STRATA),
        LEFT_DRAW,
        {"span": False},  # its SPAN_SETS drawn against this
        _events_read("cluener_fair", "cluener_civic", "cluener_press"),
    ),
    "head": Draw(
        HEAD_SETS,
        partial(_first_cue, HEAD_STRATA),
        HEAD_DRAW,
        {"call": False},  # its CALL_SETS drawn against this
        _events_read("cluener_fair", "cluener_civic", "cluener_press", "wide_events"),
    ),
    "chief": Draw(
        CHIEF_SETS,
        chief_stratum,
        CHIEF_DRAW,
        {"call": False},
        _events_read("cluener_fair", "cluener_civic", "cluener_press", "wide_events", "span_events"),
    ),
    "honor": Draw(
        HONOR_SETS,
        honor_stratum,
        HONOR_DRAW,
        {"guest": False},  # its GUEST_SETS drawn against this
        _events_read(*"cluener_fair cluener_civic cluener_press wide_events span_events call_events".split()),
    ),
    "unit": Draw(
        UNIT_SETS,
        unit_stratum,
        UNIT_DRAW,
        {"court": False},  # its COURT_SETS drawn against this
        _events_read(
            *"cluener_fair cluener_civic cluener_press wide_events span_events call_events venue_events".split()
        ),
    ),
    "bio": Draw(
        BIO_SETS,
        bio_stratum,
        BIO_DRAW,
        {},
        _events_read(
            *"cluener_fair cluener_civic cluener_press wide_events span_events call_events venue_events".split(),
            "guest_events",
        ),
    ),
}


@dataclass
class Tally:
    """The three measures of one set and half, and the notes of sentences with a miss."""

    persons: PRF = field(default_factory=PRF)
    posts: PRF = field(default_factory=PRF)
    orgs: PRF = field(default_factory=PRF)
    misses: list[str] = field(default_factory=list)
    sentences: int = 0
    unjudged: int = 0


def is_candidate(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """A person span with a title word right before it or just after it, in a short enough sentence."""
    if len(text) > MAX_CHARS:
        return False
    for a, b, lab in spans:
        if lab != "PER":
            continue
        if any(text.endswith(w, 0, a) for w in TITLE_WORDS) or any(w in text[b : b + WINDOW] for w in TITLE_WORDS):
            return True
    return False


@kept
def first_chosen() -> dict[str, list[tuple[int, str]]]:
    """Each test set's drawn sentences as (index, text), in index order (the first two sets)."""
    out = {}
    for name, recs in sorted(test_sets().items()):
        cands = [k for k, (text, spans) in enumerate(recs) if is_candidate(text, spans)]
        pick = sorted(random.Random(SEED).sample(cands, min(PER_SET, len(cands))))
        out[name] = [(k, recs[k][0]) for k in pick]
    return out


@kept
def chosen() -> dict[str, list[tuple[int, str]]]:
    """The first two sets, then MORE_SETS in the order drawn (sentences no earlier set of either bench drew)."""
    from real_events import chosen as events_chosen  # real_events imports this module

    out = first_chosen()
    seen = _drawn_texts(out, events_chosen(newer=False))
    words = TITLE_WORDS + MORE_WORDS
    sources = {**train_sets(), **test_sets()}
    for name, source in MORE_SETS.items():
        if source not in sources:
            continue
        recs = sources[source]
        pools: list[list[int]] = [[] for _ in MORE_DRAW[name]]
        for k, (text, spans) in enumerate(recs):
            if len(text) > MAX_CHARS or unicodedata.normalize("NFKC", text) in seen:
                continue
            if not any(lab == "PER" for *_, lab in spans) or not any(w in text for w in words):
                continue
            for pool, (cues, _) in zip(pools, MORE_DRAW[name], strict=True):
                if any(w in text for w in cues):
                    pool.append(k)
                    break
        rng = random.Random(SEED)
        pick = [
            k for pool, (_, n) in zip(pools, MORE_DRAW[name], strict=True) for k in rng.sample(pool, min(n, len(pool)))
        ]
        rng.shuffle(pick)
        out[name] = [(k, recs[k][0]) for k in pick]
    return out


def _sources(sets: dict[str, str]) -> dict[str, list]:
    """The records of each source `sets` names: a split, or the splits JOINED names, joined."""
    splits = {**train_sets(), **test_sets()}
    return {
        src: _joined(JOINED[src]) if src in JOINED else splits[src]
        for src in sets.values()
        if src in JOINED or src in splits
    }


@kept
def chosen_to(step: str) -> dict[str, list[tuple[int, str]]]:
    """chosen(), then each draw of DRAWS in order through `step`'s (chosen_to("field"): every set through field_posts),
    each set in the order drawn."""
    from real_events import chosen as events_chosen  # real_events imports this module

    steps = list(DRAWS)
    at = steps.index(step)
    out = chosen_to(steps[at - 1]) if at else chosen()
    draw = DRAWS[step]
    events = events_chosen(**draw.against)
    if draw.events is not None:
        events = {name: items for name, items in events.items() if name in draw.events}
    _draw_by_strata(out, _drawn_texts(out, events), draw.sets, _sources(draw.sets), draw.stratum, draw.counts)
    return out


def forms(org) -> set[str]:
    """The accepted normalised forms of a judged org (a name or a list of names)."""
    items = org if isinstance(org, list) else [org]
    return {SCORE.norm(x) for x in items if x}


def post_forms(post, facts) -> set[str]:
    """The normalised names a predicted post's org goes by: resolved, as written, aliases."""
    out = {SCORE.norm(post.org), SCORE.norm(post.org_as_written)} - {""}
    for o in facts.organizations:
        if o.name == post.org:
            out |= {SCORE.norm(a) for a in o.aliases}
    return out


def measure(text: str, judged: dict, tally: Tally, sid: str) -> None:
    """Extract one sentence and add its persons, posts and post orgs to the tally."""
    facts = extract_page(text)
    tally.sentences += 1
    gold_names = set(judged.get("persons") or [])
    pred_names = {p.name for p in facts.persons}
    tally.persons.tp += len(gold_names & pred_names)
    tally.persons.fp += len(pred_names - gold_names)
    tally.persons.fn += len(gold_names - pred_names)
    gold = [tuple(x) for x in judged.get("posts") or []]
    pred = [(p.name, q, facts) for p in facts.persons for q in p.posts]
    notes = [f"person fn {n}" for n in sorted(gold_names - pred_names)]
    notes += [f"person fp {n}" for n in sorted(pred_names - gold_names)]
    notes += _posts(gold, pred, tally)
    if notes:
        tally.misses.append(f"{sid}: {text}\n    " + "\n    ".join(notes))


def _posts(gold: list[tuple], pred: list[tuple], tally: Tally) -> list[str]:
    """Pair judged and predicted posts; add to the post and org measures; the notes of misses."""
    notes, used = [], set()
    for name, title, org in gold:
        hit = next(
            (k for k, (n, q, _) in enumerate(pred) if k not in used and n == name and same_title(q.title, title)), None
        )
        if hit is None:
            tally.posts.fn += 1
            tally.orgs.fn += bool(org)
            notes.append(f"post fn {name} / {title} @ {org}")
            continue
        used.add(hit)
        tally.posts.tp += 1
        _, q, facts = pred[hit]
        got = post_forms(q, facts)
        if org and forms(org) & got:
            tally.orgs.tp += 1
            continue
        tally.orgs.fn += bool(org)
        tally.orgs.fp += bool(q.org)
        if org or q.org:
            notes.append(f"org {name} / {title}: {q.org_as_written}->{q.org} != {org}")
    for k, (name, q, _) in enumerate(pred):
        if k not in used:
            tally.posts.fp += 1
            tally.orgs.fp += bool(q.org)
            notes.append(f"post fp {name} / {q.title} @ {q.org}")
    return notes


def run_half(name: str, items: list[tuple[int, str]], half: str, judged: dict, tally, measure_one) -> object:
    """Measure with measure_one(text, judgement, tally, id) the judged sentences of one half (ids of even or odd
    index) of a set into tally; sentences of the half with no judgement are counted as unjudged."""
    for k, text in sorted(items):
        sid = f"{name}:{k}"
        if k % 2 != (half == "odd"):
            continue
        if sid in judged:
            measure_one(text, judged[sid] or {}, tally, sid)
        else:
            tally.unjudged += 1
    return tally


def _merge(into: PRF, other: PRF) -> None:
    """Add one measure's counts to another."""
    into.tp, into.fp, into.fn = into.tp + other.tp, into.fp + other.fp, into.fn + other.fn


def _print(label: str, tally: Tally, misses: bool) -> None:
    """The three measures of a tally, and its misses when asked."""
    n = tally.persons.tp + tally.persons.fn
    print(f"== {label}: {tally.sentences} judged sentences ({tally.unjudged} not judged), {n} judged persons")
    print(f"  persons      {tally.persons}")
    print(f"  person+post  {tally.posts}")
    print(f"  post+org     {tally.orgs}")
    for m in tally.misses if misses else []:
        print("  " + m)


def run_cli(chosen_sets, judged_path: Path, new_tally, measure_one, print_tally, measures: tuple[str, ...]) -> int:
    """The command line of a real-sentence bench (real_posts.py, real_events.py): --half, --misses, --only, --list.

    chosen_sets() gives each set's (index, text) items, new_tally() an empty tally with the PRF fields named in
    measures, measure_one(text, judgement, tally, id) scores one sentence, print_tally(label, tally, misses) prints.
    """
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="all", choices=["all", "even", "odd"])
    ap.add_argument("--misses", action="store_true", help="print the sentences with a miss (even half only)")
    ap.add_argument("--only", help="one set by name (pd_test, msra_test, ...)")
    ap.add_argument("--list", action="store_true", help="print the chosen ids and text (to judge), no scores")
    args = ap.parse_args()
    if args.misses and args.half != "even":
        print("misses are read on the even half only (--half even)", file=sys.stderr)
        return 2
    judged = yaml.safe_load(judged_path.read_text(encoding="utf-8")) if judged_path.exists() else {}
    for name, items in chosen_sets().items():
        if args.only and name != args.only:
            continue
        if args.list:
            for k, text in items:
                print(f"{name}:{k}\t{text}")
            continue
        halves = ("even", "odd") if args.half == "all" else (args.half,)
        total = new_tally()
        for half in halves:
            tally = run_half(name, items, half, judged, new_tally(), measure_one)
            print_tally(f"{name} {half}", tally, args.misses)
            for m in measures:
                _merge(getattr(total, m), getattr(tally, m))
            total.sentences += tally.sentences
            total.unjudged += tally.unjudged
        if len(halves) == 2:
            print_tally(f"{name} all", total, False)
    return 0


def main() -> int:
    every = partial(chosen_to, list(DRAWS)[-1])  # every set of this bench
    return run_cli(every, JUDGED, Tally, measure, _print, ("persons", "posts", "orgs"))


if __name__ == "__main__":
    sys.exit(main())
