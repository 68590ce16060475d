"""`kgqa import`: facts in the export's JSON shape (or gold YAML) become one page's graphs; bad input changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.importer import FactsError, facts_from_json, import_facts

from kgqa.cli import main

FACTS = {
    "locale": "青岚市",
    "articles": [
        {"title": "青岚市与星河集团签约", "first_words": "本报讯 3月2日", "date": "2030-03-02", "authors": ["柏舟"]}
    ],
    "persons": [
        {"name": "石见远", "posts": [{"title": "市长", "org": "青岚市人民政府", "org_as_written": "市政府"}]},
        {"name": "云中鹤", "posts": [{"title": "董事长", "org": "星河集团有限公司"}]},
    ],
    "organizations": [
        {"name": "青岚市人民政府", "type": "government", "aliases": ["市政府"], "located_in": "青岚市"},
        {"name": "星河集团有限公司", "type": "company", "aliases": ["星河集团"], "located_in": None},
    ],
    "development_zones": [],
    "agreements": [
        {
            "kind": "战略合作协议",
            "parties": ["青岚市人民政府", "星河集团有限公司"],
            "date": "2030-03-02",
            "fields": ["氢能"],
            "amount": "12亿元",
            "witnesses": ["石见远"],
        }
    ],
    "events": [
        {
            "kind": "signing",
            "date": "2030-03-02",
            "summary": "青岚市人民政府与星河集团签署战略合作协议",
            "participants": ["石见远", "云中鹤"],
            "organizations": ["青岚市人民政府"],
            "location": None,
            "amount": None,
        }
    ],
}


@pytest.mark.parametrize(
    "written,value",
    [
        pytest.param("12亿元", 1.2e9, id="with-currency"),
        pytest.param("120亿", 1.2e10, id="magnitude-without-currency-is-yuan"),
        pytest.param("不详", None, id="no-number"),
    ],
)
def test_an_amount_field_is_money(written, value):
    facts = facts_from_json({"events": [{"summary": "甲乙项目开工", "amount": written}]})
    assert facts.events[0].amount.value == value and facts.events[0].amount.as_written == written


def invoke(store: str, *args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, ["--store", store, *args], catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def test_imported_facts_answer_questions():
    kg = KnowledgeGraph.open("memory:")
    import_facts(kg, FACTS, "x.json")
    assert [a["label"] for a in kg.ask("青岚市市长是谁？").answers] == ["石见远"]
    assert [a["label"] for a in kg.ask("星河集团董事长是谁？").answers] == ["云中鹤"]
    assert [a["label"] for a in kg.ask("战略合作协议的金额是多少？").answers] == ["12亿元"]


def test_cli_import_round_trips_the_export(tmp_path: Path):
    src = tmp_path / "facts.json"
    src.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    store = str(tmp_path / "s")
    code, out, _ = invoke(store, "import", str(src))
    assert code == 0 and "imported facts.json" in out
    code, out, _ = invoke(store, "export")
    exported = json.loads(out)
    assert {p["name"] for p in exported["persons"]} >= {"石见远", "云中鹤"}
    assert exported["agreements"][0]["parties"] == ["星河集团有限公司", "青岚市人民政府"]
    # the export, corrected and loaded back under the same name, replaces the earlier import
    exported["persons"] = [p for p in exported["persons"] if p["name"] != "云中鹤"]
    src.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert invoke(store, "import", str(src))[0] == 0
    names = {p["name"] for p in json.loads(invoke(store, "export")[1])["persons"]}
    assert "云中鹤" not in names and "石见远" in names


def test_yaml_gold_files_import(tmp_path: Path):
    import yaml

    src = tmp_path / "page.gold.yaml"
    src.write_text(
        yaml.safe_dump({**FACTS, "document": "page.txt", "qa": [{"q": "x", "a": ["y"]}]}, allow_unicode=True),
        encoding="utf-8",
    )
    code, out, err = invoke(str(tmp_path / "s"), "import", str(src))
    assert code == 0, err


@pytest.mark.parametrize(
    "bad,where",
    [
        pytest.param([1, 2], "expected a JSON object", id="not-an-object"),
        pytest.param({"peoples": []}, "unknown key 'peoples'", id="unknown-key"),
        pytest.param({"persons": {"name": "甲"}}, "persons: expected a list", id="section-not-a-list"),
        pytest.param({"persons": [{"posts": []}]}, r"persons\[0\].name: expected text", id="person-without-name"),
        pytest.param({"persons": [{"name": "甲", "posts": [{"title": 3.5j}]}]}, r"posts\[0\].title", id="bad-title"),
        pytest.param(
            {"agreements": [{"parties": "甲乙"}]}, r"agreements\[0\].parties: expected a list", id="parties-text"
        ),
        pytest.param({"events": [{"date": "三月二日"}]}, r"events\[0\].date: expected an ISO date", id="bad-date"),
    ],
)
def test_bad_facts_are_refused_by_place(bad, where):
    with pytest.raises(FactsError, match=where):
        facts_from_json(bad)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('{"persons": [', id="broken-json"),
        pytest.param('{"persons": [{"name": null}]}', id="null-name"),
        pytest.param('"just text"', id="not-an-object"),
    ],
)
def test_cli_bad_input_one_error_store_untouched(tmp_path: Path, content: str):
    store = str(tmp_path / "s")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    assert invoke(store, "import", str(good))[0] == 0
    before = invoke(store, "export")[1]
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    code, out, err = invoke(store, "import", str(bad))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "store is unchanged" in err and "Traceback" not in err
    assert invoke(store, "export")[1] == before
