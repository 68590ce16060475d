"""The bundled sample pages (kgqa/samples): what `kgqa demo` builds, and facts any correct extractor finds in them.

The facts below are read off our own sample text by a careful reader, not copied from extractor output.
Those extraction does not get yet are marked xfail(strict=True) with the reason: one that starts passing fails
the suite until its mark is removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgqa.cli import main
from kgqa.samples import sample_files

SAMPLES = sample_files()
WIP = "extraction does not get this yet: "


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The export of the store `kgqa demo --no-serve` builds."""
    store = tmp_path_factory.mktemp("demo") / "store"
    runner = CliRunner()
    res = runner.invoke(main, ["--store", str(store), "demo", "--no-serve"], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    out = runner.invoke(main, ["--store", str(store), "export"], catch_exceptions=False)
    return json.loads(out.stdout)


def posts_of(facts: dict, name: str) -> list[dict]:
    """The posts the export gives a person (empty if the person is missing)."""
    return next((p["posts"] for p in facts["persons"] if p["name"] == name), [])


def has_post(facts: dict, name: str, role: str, org: str) -> bool:
    """Whether `name` holds a post whose title ends with `role` in `org`."""
    return any(p["title"].endswith(role) and p["org"] == org for p in posts_of(facts, name))


def agreement(facts: dict, kind: str) -> dict:
    """The one agreement of a kind (fails when absent)."""
    found = [a for a in facts["agreements"] if a["kind"] == kind]
    assert found, f"no {kind} among {[a['kind'] for a in facts['agreements']]}"
    return found[0]


def xf(reason: str) -> pytest.MarkDecorator:
    """Known-unfinished extraction: expected to fail; a pass is reported as a failure (remove the mark)."""
    return pytest.mark.xfail(strict=True, reason=WIP + reason)


# ---------------------------------------------------------------- the sample files themselves
def test_there_are_six_sample_pages_in_utf8() -> None:
    """Six pages, UTF-8, each with a title line and a byline."""
    assert len(SAMPLES) == 6
    for p in SAMPLES:
        text = p.read_text(encoding="utf-8")
        assert text.startswith("## ") and ("本报讯" in text or "本报记者" in text or "电 （记者" in text), p.name


def test_samples_do_not_reuse_the_shared_corpus() -> None:
    """No sentence of the real pages in ../shared appears in our samples (they are our own writing)."""
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip(f"{shared} not found")
    import re

    ours = "".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    for page in shared.glob("*.txt"):
        for sentence in re.split(r"[。！？\n]", page.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if len(sentence) >= 12:
                assert sentence not in ours, f"copied from {page.name}: {sentence}"


# ---------------------------------------------------------------- articles
def test_demo_builds_every_article_with_title_date_and_reporter(facts: dict) -> None:
    """Eight items on six pages, titles as written, the city paper's reporters as authors."""
    titles = [a["title"] for a in facts["articles"]]
    assert len(titles) == 8
    for t in (
        "市政府与翰墨新能源集团签署战略合作协议",
        "我市召开一季度经济运行分析会",
        "全市招商引资业务培训班开班",
        "全市二季度重点项目集中开工 总投资86.5亿元",
    ):
        assert t in titles
    authors = {a for art in facts["articles"] for a in art["authors"]}
    assert {"岳小溪", "齐书航", "甘雨农"} <= authors


def test_article_dates_carry_the_year_from_the_page(facts: dict) -> None:
    """4月18日 on a page that says 2025年 is 2025-04-18."""
    dates = {a["title"]: a["date"] for a in facts["articles"]}
    assert dates["市政府与翰墨新能源集团签署战略合作协议"] == "2025-04-18"
    assert dates["全市二季度重点项目集中开工 总投资86.5亿元"] == "2025-05-16"


def test_peoples_daily_dateline_byline_gives_the_author(facts: dict) -> None:
    """本报太原6月3日电 （记者 俞晓岚）: the reporter is the author."""
    art = next(a for a in facts["articles"] if a["title"] == "山西晋中：县域经济跑出“加速度”")
    assert art["authors"] == ["俞晓岚"]


# ---------------------------------------------------------------- persons and posts
@pytest.mark.parametrize(
    "name,role,org",
    [
        ("柏汉章", "市委书记", "中共晋中市委员会"),
        ("隋明哲", "市委副书记", "中共晋中市委员会"),
        ("隋明哲", "市长", "晋中市人民政府"),
        ("蔺晓东", "副市长", "晋中市人民政府"),
        ("冀云帆", "常务副市长", "晋中市人民政府"),
        ("郜春林", "市委常委", "中共晋中市委员会"),
        ("郜春林", "副市长", "晋中市人民政府"),
        ("潘望舒", "行长", "汾源银行晋中分行"),
        ("鲍承志", "县委书记", "中共平遥县委员会"),
        ("常松涛", "区委书记", "中共晋中市太谷区委员会"),
        ("邰明远", "主任", "太谷经济技术开发区管理委员会"),
        pytest.param("常松涛", "党工委书记", "中共太谷经济技术开发区工作委员会", id="zone-party-working-committee"),
        pytest.param("尉迟芳", "县长", "平遥县人民政府", id="compound-surname-county-head"),
        pytest.param("俞清和", "副市长", "晋中市人民政府", id="name-ending-in-he"),
        pytest.param("濮文卿", "董事长", "山西翰墨新能源科技集团有限公司", id="company-titles-joined-by-jian"),
    ],
)
def test_post(facts: dict, name: str, role: str, org: str) -> None:
    """Who holds which post where, as the sample text states it."""
    assert has_post(facts, name, role, org), f"{name}: {posts_of(facts, name)}"


def test_reporters_are_authors_not_officials(facts: dict) -> None:
    """Reporters hold no posts."""
    for reporter in ("岳小溪", "齐书航", "甘雨农"):
        assert posts_of(facts, reporter) == []


def test_no_post_in_a_place_only_visited(facts: dict) -> None:
    """柏汉章 is 市委书记 of 晋中, never of 榆次区 (where the groundbreaking was held)."""
    assert all("榆次" not in (p["org"] or "") for p in posts_of(facts, "柏汉章"))


# ---------------------------------------------------------------- agreements
def test_strategic_agreement_with_witnesses(facts: dict) -> None:
    """The city's strategic cooperation agreement: the company party, the date, the two witnesses."""
    a = agreement(facts, "战略合作协议")
    assert "山西翰墨新能源科技集团有限公司" in a["parties"]
    assert a["date"] == "2025-04-18"
    assert set(a["witnesses"]) == {"柏汉章", "隋明哲"}


def test_strategic_agreement_city_party(facts: dict) -> None:
    """市政府 signed: the city government is a party."""
    assert "晋中市人民政府" in agreement(facts, "战略合作协议")["parties"]


@xf("fields come from 'the agreement says: 围绕…等产业', not from a quotation before it")
def test_strategic_agreement_fields(facts: dict) -> None:
    """根据协议，双方将围绕储能、氢能、光伏、现代物流等产业开展合作."""
    assert set(agreement(facts, "战略合作协议")["fields"]) == {"储能", "氢能", "光伏", "现代物流"}


def test_credit_agreement_amount_and_banks(facts: dict) -> None:
    """6 banks and 11 firms signed credit and loan agreements of 15.6亿元; two banks are named."""
    a = agreement(facts, "授信及贷款协议")
    assert a["amount"] == "15.6亿元"
    assert {"汾源银行晋中分行", "太行商业银行榆次支行"} <= set(a["parties"])
    assert a["date"] == "2025-04-25"


def test_memorandum_with_bracketed_company_name(facts: dict) -> None:
    """The People's-Daily-style item: a memorandum with a company whose name holds （北京）."""
    a = next(a for a in facts["agreements"] if a["kind"].endswith("备忘录"))
    assert "中科汇智（北京）信息技术有限公司" in a["parties"]


# ---------------------------------------------------------------- zones and events
def test_development_zone_and_its_three_industries(facts: dict) -> None:
    """太谷经济技术开发区 (太谷经开区) with 生物育种、功能食品、农机装备三大主导产业."""
    z = next(z for z in facts["development_zones"] if z["name"] == "太谷经济技术开发区")
    assert set(z["industries"]) == {"生物育种", "功能食品", "农机装备"}
    org = next(o for o in facts["organizations"] if o["name"] == "太谷经济技术开发区")
    assert org["type"] == "development_zone" and "太谷经开区" in org["aliases"]


@xf("a zone's city is the prefecture-level city (晋中市), not its district")
def test_development_zone_city(facts: dict) -> None:
    """The zone belongs to 晋中市."""
    z = next(z for z in facts["development_zones"] if z["name"] == "太谷经济技术开发区")
    assert z["city"] == "晋中市"


@pytest.mark.parametrize(
    "kind,date,people,amount",
    [
        ("groundbreaking", "2025-05-16", {"柏汉章", "隋明哲", "冀云帆"}, "86.5亿元"),
        ("inspection", "2025-05-09", {"柏汉章", "常松涛", "邰明远"}, None),
        ("inspection", "2025-05-20", {"隋明哲", "鲍承志", "尉迟芳"}, None),
        ("training", "2025-05-22", {"郜春林"}, None),
        ("meeting", "2025-04-21", {"隋明哲", "冀云帆", "蔺晓东"}, None),
    ],
)
def test_event(facts: dict, kind: str, date: str, people: set[str], amount: str | None) -> None:
    """The reported events: kind, date, who took part, and the total investment where stated."""
    found = [e for e in facts["events"] if e["kind"] == kind and e["date"] == date and people <= set(e["participants"])]
    assert found, f"no {kind} on {date} with {people}"
    if amount:
        assert any(e["amount"] == amount for e in found)


def test_demo_graph_has_persons_posts_and_agreements(tmp_path: Path) -> None:
    """The numbers `kgqa stats` shows after the demo: something in every section the UI browses."""
    runner = CliRunner()
    store = tmp_path / "demo"
    runner.invoke(main, ["--store", str(store), "demo", "--no-serve"], catch_exceptions=False)
    stats = json.loads(runner.invoke(main, ["--store", str(store), "stats", "--json"]).stdout)
    assert stats["persons"] >= 8 and stats["posts"] >= 10 and stats["agreements"] >= 3
    assert stats["events"] >= 5 and stats["development_zones"] >= 1 and stats["articles"] == 8
