"""docs/extending.md stays true to the code (and names every data file in its table of phrasings).

Every backticked path it names exists (a path marked "(new)" must not: the worked examples create it),
every `path:name` names a definition of that Python file, a top-level key of that YAML file or a
template id of kg/qa/templates.yaml, and the tables marked `<!-- docs-check: … -->` list exactly the
pipeline steps, template keys, slot keys, slot types and cue-lexicon sections the code has.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from kgqa.extract.pipeline import DEFAULT_STEPS, STEP_MODULES
from kgqa.kg.qa.select import _LEXICON_KEYS
from kgqa.kg.qa.templates import ENTITY_TYPES, FACT_TYPES, SLOT_KEYS, TEMPLATE_KEYS

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "extending.md"
FENCE = re.compile(r"^```.*?^```[^\n]*$", re.S | re.M)
TICK = re.compile(r"`([^`\n]+)`")
PATH = re.compile(r"[A-Za-z_][\w.-]*(?:/[\w.-]+)*/?")
NOT_OURS = (".venv/", "../")  # the virtualenv and the shared data live outside the repository


def prose(text: str) -> str:
    """The guide without its fenced code blocks (code shows new code, not references)."""
    return FENCE.sub("", text)


def references(text: str) -> list[tuple[str, bool]]:
    """Backticked single-token references to repository files: (token, marked "(new)")."""
    out = []
    text = prose(text)
    for m in TICK.finditer(text):
        token = m.group(1)
        path = token.split(":", 1)[0]
        if "/" not in path or path.startswith(NOT_OURS) or not PATH.fullmatch(path):
            continue
        out.append((token, text[m.end() : m.end() + 6] == " (new)"))
    return out


@cache
def python_names(path: Path) -> frozenset[str]:
    """Top-level definitions of a module, and `Class.member` for the members of its classes."""
    names: set[str] = set()

    def defined(node: ast.stmt) -> list[str]:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return [node.name]
        if isinstance(node, ast.Assign):
            return [t.id for t in node.targets if isinstance(t, ast.Name)]
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            return [node.target.id]
        return []

    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names.update(defined(node))
        if isinstance(node, ast.ClassDef):
            names.update(f"{node.name}.{member}" for child in node.body for member in defined(child))
    return frozenset(names)


def yaml_names(path: Path) -> frozenset[str]:
    """Top-level keys of a YAML mapping, or the ids of a list of entries (templates.yaml)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return frozenset(map(str, data))
    return frozenset(str(e.get("id")) for e in data or [] if isinstance(e, dict))


def problem(token: str, new: bool, root: Path = ROOT) -> str | None:
    """What is wrong with one reference, or None."""
    path, _, name = token.partition(":")
    target = root / path
    if new:
        return f"{path} is marked (new) but exists: the example is no longer hypothetical" if target.exists() else None
    if not target.exists():
        return f"{path} does not exist"
    if not name:
        return None
    if target.suffix == ".py":
        known = python_names(target)
    elif target.suffix == ".yaml":
        known = yaml_names(target)
    else:
        return f"{token}: names inside {target.suffix} files are not checked; write the path alone"
    return None if name in known else f"{path} defines no {name}"


def table(text: str, mark: str) -> list[list[str]]:
    """The rows (cells) of the table right after `<!-- docs-check: mark -->`."""
    start = text.find(f"<!-- docs-check: {mark} -->")
    assert start >= 0, f"docs/extending.md has no table marked {mark}"
    rows = []
    for line in text[start:].splitlines()[1:]:
        if not line.strip():
            if rows:
                break
            continue
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return [r for r in rows[2:]]  # header and separator left out


def first_ticks(text: str, mark: str) -> list[str]:
    """The backticked value of the first cell of each row of a marked table."""
    return [TICK.search(r[0]).group(1) for r in table(text, mark) if TICK.search(r[0])]


def marked_new(refs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Each reference once, new when its path is marked "(new)" at any of its mentions."""
    new = {t.split(":", 1)[0] for t, n in refs if n}
    return list(dict.fromkeys((t, t.split(":", 1)[0] in new) for t, _ in refs))


GUIDE_TEXT = GUIDE.read_text(encoding="utf-8") if GUIDE.exists() else ""
REFS = marked_new(references(GUIDE_TEXT))


def test_the_guide_exists_and_names_files():
    assert GUIDE.exists() and len(REFS) > 50


def test_the_readme_links_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    architecture = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    assert "docs/extending.md" in architecture


@pytest.mark.parametrize("token,new", [pytest.param(t, n, id=t) for t, n in REFS])
def test_every_reference_exists(token, new):
    assert problem(token, new) is None, problem(token, new)


@pytest.mark.parametrize(
    "text,wrong",
    [
        pytest.param("see `extract/data/no_such_words.txt`", "does not exist", id="missing-path"),
        pytest.param("see `kg/mapping.py:_Writer.write_nothing`", "defines no", id="missing-method"),
        pytest.param("see `kg/qa/templates.yaml:no_such_template`", "defines no", id="missing-template-id"),
        pytest.param("see `extract/data/agreement_kinds.yaml:no_such_key`", "defines no", id="missing-yaml-key"),
        pytest.param("see `kg/store.py` (new)", "marked (new) but exists", id="new-file-that-exists"),
    ],
)
def test_the_check_catches_what_is_wrong(text, wrong):
    ((token, new),) = references(text)
    assert wrong in (problem(token, new) or "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("see `kg/mapping.py:_Writer.write_events` and `kg/qa/templates.yaml:zone_industries`", id="names"),
        pytest.param("run `.venv/bin/python` on `../shared/gold`, or `python3 run.py test`", id="not-references"),
        pytest.param("```python\nimport `kg/nothing.py`\n```\n", id="code-block"),
    ],
)
def test_the_check_passes_what_is_right(text):
    assert [problem(t, n) for t, n in references(text) if problem(t, n)] == []


def test_steps_table_is_the_default_pipeline():
    rows = table(GUIDE_TEXT, "steps")
    steps = [TICK.search(r[0]).group(1) for r in rows]
    modules = [TICK.search(r[1]).group(1) for r in rows]
    assert steps == list(DEFAULT_STEPS)
    assert set(modules) == {f"extract/{m}.py" for m in STEP_MODULES}
    for step, module in zip(steps, modules):
        assert f'@extractor("{step}")' in (ROOT / module).read_text(encoding="utf-8"), f"{module} has no step {step}"


@pytest.mark.parametrize(
    "mark,expected",
    [
        pytest.param("template-keys", TEMPLATE_KEYS, id="template-keys"),
        pytest.param("slot-keys", SLOT_KEYS, id="slot-keys"),
        pytest.param("slot-types", set(ENTITY_TYPES) | FACT_TYPES, id="slot-types"),
        pytest.param("cue-keys", _LEXICON_KEYS, id="cue-keys"),
    ],
)
def test_tables_list_what_the_code_accepts(mark, expected):
    assert set(first_ticks(GUIDE_TEXT, mark)) == set(expected)


def test_question_steps_table_is_the_answerers_order():
    """The answerer's steps are listed as kg/qa/engine.py:STEPS tries them, each once."""
    from kgqa.kg.qa.engine import STEPS

    assert first_ticks(GUIDE_TEXT, "question-steps") == [s.name for s in STEPS]


def test_every_data_file_is_in_the_table_of_phrasings():
    """A newcomer finds every file of extract/data/ in the table of section 1, and only those."""
    named = {
        m.group(1) for row in table(GUIDE_TEXT, "data-files") for m in re.finditer(r"`(extract/data/[^`:]+)", row[1])
    }
    shipped = {
        f"extract/data/{p.name}"
        for p in (ROOT / "extract" / "data").iterdir()
        if p.is_file() and not p.name.startswith("__")
    }
    assert named == shipped, (sorted(shipped - named), sorted(named - shipped))
