"""The checked loader of extract/data/: every shipped file loads, and a broken file is refused with
one LexiconError naming the file, the line and the problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kgqa.extract import lexicon
from kgqa.extract.lexicon import (
    FILES,
    Binary,
    Bool,
    Choice,
    Either,
    Int,
    LexiconError,
    Lines,
    Map,
    Maybe,
    Record,
    Seq,
    Slotted,
    Str,
    Words,
    load,
    read,
)

SHIPPED = sorted(p.name for p in lexicon.DATA.iterdir() if p.is_file() and not p.name.startswith("__"))

RECORD = Record(
    {
        "verbs": Words(),
        "pattern": Str(),
        "count": Int(),
        "pairs": Map(Seq(Int(), size=2)),
        "places": Map(Maybe(Words())),
        "alias": Choice(("prefix", "none")),
        "level": Bool(),
        "roles": Either((Str(), Words()), "a key or a list"),
    },
    optional=frozenset({"count", "pairs", "places", "alias", "level", "roles"}),
)

BAD = [
    # (file name, spec, content, expected message after "<path>:")
    pytest.param(
        "a.txt",
        Lines(),
        "# words\n签署\n签订\n签署\n",
        "4: duplicate entry '签署' (first on line 2)",
        id="txt-duplicate",
    ),
    pytest.param(
        "a.txt",
        Lines(),
        "甲\n乙 丙\n",
        "2: more than one entry on the line ('乙 丙'): write one a line",
        id="two-entries-on-a-line",
    ),
    pytest.param("a.txt", Lines(length=2), "長长\n書\n", "2: entry '書' is not 2 characters long", id="pair-too-short"),
    pytest.param(
        "a.tsv",
        Lines(columns=2),
        "市委\tparty\n县委\n",
        "2: expected 2 tab-separated fields, found 1",
        id="tsv-missing-field",
    ),
    pytest.param(
        "a.tsv",
        Lines(columns=2),
        "市委\t\n",
        "1: expected 2 tab-separated fields, found 2 (one empty)",
        id="tsv-empty-field",
    ),
    pytest.param(
        "a.tsv",
        Lines(columns=2, key=1),
        "市委\tparty\n\n市委\tbody\n",
        "3: duplicate entry '市委' (first on line 1)",
        id="tsv-duplicate-key",
    ),
    pytest.param(
        "a.tsv", Lines(columns=3, numbers=(2,)), "G\t甲\tx1\n", "1: field 3 is no number: 'x1'", id="tsv-not-a-number"
    ),
    pytest.param("a.yaml", RECORD, "verbs: [签署]\n", "1: missing key 'pattern'", id="yaml-missing-key"),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: [签署]\npattern: x\nverb: [签订]\n",
        "3: unknown key 'verb' (known: verbs, pattern, count, pairs, places, alias, level, roles)",
        id="yaml-unknown-key",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: [签署]\npattern: x\nverbs: [签订]\n",
        "3: duplicate key 'verbs' (first on line 1)",
        id="yaml-duplicate-key",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "pattern: x\nverbs:\n  - 签署\n  - 草签\n  - 签署\n",
        "5: verbs: duplicate entry '签署' (first on line 3)",
        id="yaml-duplicate-entry",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: 签署\npattern: x\n",
        "1: verbs: expected a list, found a string",
        id="yaml-word-not-list",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: [签署, 3]\npattern: x\n",
        "1: verbs[1]: expected a string, found an integer",
        id="yaml-number-in-words",
    ),
    pytest.param(
        "a.yaml", RECORD, "verbs: [签署, '']\npattern: x\n", "1: verbs[1]: empty string", id="yaml-empty-word"
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: [x]\n",
        "2: pattern: expected a string, found a list",
        id="yaml-list-for-string",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\ncount: many\n",
        "3: count: expected an integer, found a string",
        id="yaml-string-for-int",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\npairs:\n  元旦: [1]\n",
        "4: pairs.元旦: expected 2 items, found 1",
        id="yaml-pair-too-short",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\nplaces:\n  甲省: 乙市\n",
        "4: places.甲省: expected a list, found a string",
        id="yaml-maybe-wrong-type",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\nalias: heads\n",
        "3: alias: 'heads' is none of prefix, none",
        id="yaml-not-a-choice",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\nlevel: 否\n",
        "3: level: expected true or false, found a string",
        id="yaml-not-a-bool",
    ),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: []\npattern: x\nroles: {a: b}\n",
        "3: roles: expected a key or a list, found a mapping",
        id="yaml-neither-option",
    ),
    pytest.param("a.yaml", RECORD, "- 签署\n", "1: expected a mapping, found a list", id="yaml-top-not-mapping"),
    pytest.param(
        "a.yaml",
        RECORD,
        "verbs: [签署\npattern: x\n",
        "2: not valid YAML: expected ',' or ']', but got ':'",
        id="yaml-syntax",
    ),
    pytest.param("a.yaml", RECORD, "# nothing yet\n", "0: the file is empty", id="yaml-empty-file"),
]


@pytest.mark.parametrize("name,spec,content,message", BAD)
def test_a_broken_file_is_refused_with_file_line_and_problem(tmp_path: Path, name, spec, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read(path, spec)
    assert str(err.value) == f"{path}:{message}"


GOOD = [
    pytest.param(Lines(), "# head\n\n 签署 \n签订\n", ["签署", "签订"], id="txt-words"),
    pytest.param(Lines(length=2), "長长\n# c\n書书\n", ["長长", "書书"], id="pairs"),
    pytest.param(
        Lines(columns=2, key=1), "市委\tparty\n县委\tparty\n", [("市委", "party"), ("县委", "party")], id="tsv-rows"
    ),
    pytest.param(
        RECORD,
        "verbs: [签署]\npattern: x\nplaces: {甲省: null, 乙省: [丙县]}\n",
        {"verbs": ["签署"], "pattern": "x", "places": {"甲省": None, "乙省": ["丙县"]}},
        id="yaml-record",
    ),
    pytest.param(  # mend55: a Slotted regex loads with each slot filled by its word list, longest first, escaped
        Record({"held": Slotted(), "heads": Words(), "nouns": Words()}),
        "held: '(?:{heads})节|{nouns}'\nheads: [灯, 文化]\nnouns: [展会, 博览会, a.b]\n",
        {"held": "(?:文化|灯)节|博览会|a\\.b|展会", "heads": ["灯", "文化"], "nouns": ["展会", "博览会", "a.b"]},
        id="yaml-slotted-regex-filled",
    ),
    pytest.param(  # mend55: and so in a record inside the file's
        Record({"fair": Record({"held": Slotted(), "nouns": Words()})}),
        "fair:\n  held: '{nouns}举行'\n  nouns: [展会, 博览会]\n",
        {"fair": {"held": "博览会|展会举行", "nouns": ["展会", "博览会"]}},
        id="yaml-slotted-regex-filled-in-an-inner-record",
    ),
]


@pytest.mark.parametrize("spec,content,expected", GOOD)
def test_a_good_file_reads_as_written(tmp_path: Path, spec, content, expected):
    path = tmp_path / "good"
    path.write_text(content, encoding="utf-8")
    assert read(path, spec) == expected


def test_a_misspelt_rule_of_the_chain_table_is_refused_at_its_line(tmp_path: Path):
    path = tmp_path / "chain_rules.yaml"
    path.write_text(
        "rules:\n  - {rule: no_body, roles: no_org}\n  - {rule: fixd}\naliases: {party: prefix}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"chain_rules\.yaml:3: rules\[1\]\.rule: 'fixd' is none of no_body, fixed"):
        read(path, FILES["chain_rules.yaml"])


@pytest.mark.parametrize(
    "name,key,value,message",
    [
        pytest.param(
            "event_kinds.yaml",
            "ceremony_kinds",
            "签约",
            "expected a list, found a string",
            id="ceremony-kinds-not-a-list",
        ),
        pytest.param(
            "event_kinds.yaml",
            "ceremony_kinds",
            "[签约, 奠基, 签约]",
            "duplicate entry '签约'",
            id="ceremony-kinds-twice",
        ),
        pytest.param(
            "agreement_kinds.yaml",
            "deal_project_after",
            "[建设, 项目]",
            "expected a string, found a list",
            id="deal-project-after-not-a-string",
        ),
        pytest.param("agreement_kinds.yaml", "deal_project_after", "''", "empty string", id="deal-project-after-empty"),
        # mend55: held_fair's festival and fair words are word lists the loader fills in (no regex alternation)
        pytest.param(
            "event_kinds.yaml", "fair_nouns", "展会", "expected a list, found a string", id="fair-nouns-not-a-list"
        ),
        pytest.param(
            "event_kinds.yaml",
            "fair_festival_heads",
            "[文化, 灯, 文化]",
            "duplicate entry '文化'",
            id="fair-words-twice",
        ),
        pytest.param(
            "event_kinds.yaml",
            "held_fair",
            "'(?:{fair_noun})'",
            r"\{fair_noun\} names no word list of the file",
            id="held-fair-slot-names-no-list",
        ),
        pytest.param(
            "event_kinds.yaml",
            "held_fair",
            "'(?:{fair_nouns}'",
            r"not a regex once filled \(missing \)",
            id="held-fair-filled-is-no-regex",
        ),
    ],
)
def test_a_broken_key_of_a_data_file_is_refused_at_its_line(
    tmp_path: Path, name: str, key: str, value: str, message: str
):
    """event_kinds.yaml ceremony_kinds (the words the triggers' {ceremony_kinds} slot reads) is a list of words;
    agreement_kinds.yaml deal_project_after (the project an item's sum builds: 投资5亿元建设甲项目) is one pattern."""
    text = (lexicon.DATA / name).read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(text) if line.startswith(f"{key}:"))
    text[row] = f"{key}: {value}"
    path = tmp_path / name
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"{re.escape(name)}:{row + 1}: {key}: {message}"):
        read(path, FILES[name])


def test_an_agreement_kinds_file_without_the_deal_project_pattern_is_refused(tmp_path: Path) -> None:
    """deal_project_after is required: a file without it is refused, not read with no project."""
    text = (lexicon.DATA / "agreement_kinds.yaml").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "agreement_kinds.yaml"
    path.write_text("\n".join(x for x in text if not x.startswith("deal_project_after:")) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing key 'deal_project_after'"):
        read(path, FILES["agreement_kinds.yaml"])


def test_a_trigger_slot_naming_no_word_list_is_refused() -> None:
    """A trigger's {name} (event_kinds.yaml: {ceremony_kinds}) must name a word list of the file, never match itself."""
    from kgqa.extract.events import _triggers

    lex = {"kinds": [{"kind": "meeting", "triggers": ["(?!{no_such_words})仪式"]}], "attend": "出席"}
    with pytest.raises(LexiconError, match=r"event_kinds\.yaml:0: a trigger's \{no_such_words\} names no word list"):
        _triggers(lex)
    lex["kinds"][0]["triggers"] = ["(?!{attend})仪式"]
    with pytest.raises(LexiconError, match="names no word list"):
        _triggers(lex)


def test_an_undeclared_file_is_refused_by_name():
    with pytest.raises(LexiconError, match=r"extract/data/no_such_words\.txt:0: .*has no schema"):
        load("no_such_words.txt")


def test_a_file_that_is_no_utf8_is_refused(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"latin\.txt:0: not UTF-8"):
        read(path, Lines())


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_data_file_has_a_schema_and_loads(name):
    assert name in FILES, f"extract/data/{name} has no schema in extract/lexicon.py:FILES"
    if not isinstance(FILES[name], Binary):
        assert load(name), f"extract/data/{name} is empty"


def test_every_declared_file_is_shipped():
    assert sorted(FILES) == SHIPPED


BREAK_AND_EXTRACT = r"""
import shutil, sys, tempfile
from pathlib import Path
import kgqa.extract.lexicon as lexicon
data = Path(tempfile.mkdtemp()) / "data"
shutil.copytree(lexicon.DATA, data)
name = sys.argv[1]
broken = data / name
extra = "\nno_such_key_here: 1\n" if name.endswith(".yaml") else "\ntwo words\n"
broken.write_text(broken.read_text(encoding="utf-8") + extra, encoding="utf-8")
lexicon.DATA = data
from kgqa.extract import extract_page
try:
    extract_page("## 甲市召开会议\n\n本报讯 2025年3月24日，甲市市长王某主持召开会议，与乙公司签署战略合作协议。\n", "p.txt")
except lexicon.LexiconError as exc:
    print("refused:", exc)
else:
    print("extracted without a word")
"""


@pytest.mark.parametrize("name", ["date_words.yaml", "agreement_kinds.yaml", "event_kinds.yaml", "titles.txt"])
def test_a_broken_data_file_stops_extraction_naming_the_file(name: str) -> None:
    """A data file that breaks its schema is an installation fault: extraction raises LexiconError naming it,
    never quietly finds less (the steps' guards against odd page text let it through)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", BREAK_AND_EXTRACT, name], capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith(f"refused: extract/data/{name}:"), done.stdout + done.stderr


def test_every_former_division_reads_with_its_level_and_parent() -> None:
    """data/former_divisions.yaml: each parent is a division the lexicon knows, and each name reads as a
    division of its section's level under that parent (a name today's data holds keeps today's reading)."""
    from kgqa.extract.mentions import lexicon as places_lexicon
    from kgqa.extract.mentions import place_of

    places, former = places_lexicon().places, lexicon.load("former_divisions.yaml")
    wrong = [
        n for n, prov in former["prefectures"].items() if (place_of(n).level, place_of(n).province) != ("city", prov)
    ]
    for name, (prov, city) in former["counties"].items():
        p = place_of(name)
        if city not in places or (p.level, p.province, p.city) != ("county", prov, city):
            wrong.append(name)
    assert not wrong and all(prov in places for prov in former["prefectures"].values())


def test_a_former_division_file_with_a_county_lacking_its_city_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "former_divisions.yaml"
    path.write_text("prefectures: {}\ncounties: {甲县: [乙省]}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read(path, lexicon.FILES["former_divisions.yaml"])
    assert "expected 2 items, found 1" in str(err.value)
