"""A question no template covers gets related source sentences (相关原文), never presented as an answer."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from kgqa.extract.facts import Article, Organization, PageFacts, Person, Post, Source
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.qa.related import split_sentences

from kgqa.cli import main

BODY = (
    "本报讯 3月1日，青岚市举行科技创新表彰大会。社区民警周小满荣获“青岚市十佳卫士”称号。"
    "周小满扎根社区八年，调解纠纷三百余起。会上还发布了新一年的科技创新计划。"
)


def _kg() -> KnowledgeGraph:
    s = Source(article=0, sentence="社区民警周小满荣获“青岚市十佳卫士”称号。")
    page = PageFacts(
        locale="青岚市",
        articles=[Article("青岚市举行科技创新表彰大会", BODY, [], "2030-03-01")],
        persons=[Person("周小满", [Post("社区民警", "青岚市公安局", None, s)], [s])],
        organizations=[Organization("青岚市公安局", "government")],
    )
    kg = KnowledgeGraph.open("memory:")
    kg.write_page(map_page(page, BODY, "p.txt"))
    return kg


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return _kg()


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("周小满获得过哪些荣誉？", "十佳卫士", id="honour"),
        pytest.param("周小满调解了多少起纠纷？", "调解纠纷", id="count-in-text"),
        pytest.param("青岚市发布了什么计划？", "科技创新计划", id="plan"),
    ],
)
def test_an_uncovered_question_gets_related_sentences_not_answers(kg, question, expected):
    got = kg.ask(question).to_json()
    assert got["answers"] == [] and got["template"] is None
    assert 1 <= len(got["related"]) <= 3 and "不是答案" in got["message"]
    assert expected in got["related"][0]["sentence"]
    assert all(r["article"].startswith("http") and r["title"] == "青岚市举行科技创新表彰大会" for r in got["related"])


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("今天天气怎么样？", id="nothing-shared"),
        pytest.param("周小满担任什么职务？", id="answered-by-a-template"),
    ],
)
def test_no_related_text_when_nothing_shares_or_a_template_answers(kg, question):
    assert "related" not in kg.ask(question).to_json()


def test_cli_and_json_show_related_text(tmp_path):
    from kgqa.kg.importer import import_facts  # noqa: F401 - the CLI store is filled through ingest below

    store = str(tmp_path / "s")
    page = tmp_path / "p.txt"
    page.write_text(BODY, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "ingest", str(page)]).exit_code == 0
    plain = runner.invoke(main, ["--store", store, "ask", "周小满获得过哪些荣誉？"]).stdout
    assert "相关原文（不是答案）" in plain and "十佳卫士" in plain
    data = json.loads(runner.invoke(main, ["--store", store, "ask", "--json", "周小满获得过哪些荣誉？"]).stdout)
    assert data["answers"] == [] and any("十佳卫士" in r["sentence"] for r in data["related"])


def test_the_ask_page_shows_related_text_apart_from_answers(make_app):
    client = make_app(KG=_kg()).test_client()
    html = client.get("/ask", query_string={"q": "周小满获得过哪些荣誉？"}).data.decode()
    assert "相关原文" in html and "不是答案" in html and "十佳卫士" in html
    assert 'class="answers"' not in html


def test_sentences_are_cut_at_their_ends():
    assert split_sentences("甲。乙！\n丙？丁") == ["甲。", "乙！", "丙？", "丁"]
