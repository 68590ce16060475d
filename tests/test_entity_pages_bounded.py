"""Entity pages stay small on a large graph: newest facts first, paged, counts of the rest, a bounded picture
whose labels never overlap (issue 13 item 5). The graph is made up: one person in thousands of articles."""

from __future__ import annotations

import re
from typing import Any

import pytest
from kgqa.extract.facts import Article, Event, Organization, PageFacts, Person, Post, Source
from kgqa.kg import browse
from kgqa.kg.graph import KnowledgeGraph
from kgqa.kg.mapping import map_page
from kgqa.kg.vocab import entity_iri
from kgqa.web import create_app
from kgqa.web.views.entities import LABEL_PX, REL_PX, layout

PAGES = 1500
STAR = "甄一鸣"  # invented: in every article


def _page(n: int) -> PageFacts:
    """Article n: the star holds a post in an organisation of its own, and attends an event with someone new."""
    day = f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
    src = Source(0, f"第{n}句：{STAR}出席。", 0, 8)
    org = f"虚构{n % 40}号公司"
    return PageFacts(
        date=day,
        articles=[Article(title=f"虚构报道第{n}号", body=f"第{n}句：{STAR}出席。", date=day)],
        persons=[
            Person(STAR, posts=[Post("董事长", org, source=src)], sources=[src]),
            Person(f"路人{n}", sources=[src]),
        ],
        organizations=[Organization(org, "company", sources=[src])],
        events=[Event("meeting", f"第{n}次虚构会议", day, participants=[STAR, f"路人{n}"], source=src)],
    )


@pytest.fixture(scope="module")
def big() -> Any:
    kg = KnowledgeGraph.open("memory:")
    for n in range(PAGES):
        kg.write_page(map_page(_page(n), f"made-up page {n}", f"p{n}.txt"))
    return kg


@pytest.fixture(scope="module")
def client(big: Any) -> Any:
    return create_app({"KG": big, "TESTING": True, "QUERY_WORKERS": 0}).test_client()


STAR_IRI = str(entity_iri("person", STAR))


def test_entity_data_is_one_page_with_totals(big: Any) -> None:
    data = browse.entity(big, STAR_IRI, page=1, per_page=20)
    assert data["totals"] == {"posts": PAGES, "members": 0, "agreements": 0, "events": PAGES, "articles": PAGES}
    for key in ("posts", "events", "articles"):
        assert len(data[key]) == 20 and data[key].rest == PAGES - 20
    dates = [a["date"] for a in data["articles"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-12-28"
    assert all(a["title"] and a["sentences"] for a in data["articles"])
    assert all(e["roles"] == ["participant"] and e["kind"] for e in data["events"])


def test_pages_follow_each_other_without_repeats(big: Any) -> None:
    seen: list[str] = []
    for page in (1, 2, 3):
        seen += [a["iri"] for a in browse.entity(big, STAR_IRI, page=page, per_page=50)["articles"]]
    assert len(seen) == len(set(seen)) == 150
    last = browse.entity(big, STAR_IRI, page=PAGES // 50, per_page=50)
    assert len(last["articles"]) == 50 and last["articles"].rest == 0
    assert browse.entity(big, STAR_IRI, page=10**5, per_page=50)["articles"] == []


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("", id="first-page"),
        pytest.param("?page=7", id="a-later-page"),
        pytest.param("?page=999999", id="past-the-end"),
        pytest.param("?page=abc", id="not-a-number"),
    ],
)
def test_busiest_entity_page_html_is_small(client: Any, path: str) -> None:
    r = client.get(browse.local_path(STAR_IRI) + path)
    assert r.status_code == 200
    assert len(r.data) <= 500 * 1024, len(r.data)
    html = r.data.decode()
    assert f"/ {PAGES}" in html  # the count of all, not only the page shown


def test_pager_links_to_the_next_page(client: Any) -> None:
    html = client.get(browse.local_path(STAR_IRI)).data.decode()
    assert 'rel="next" href="?page=2"' in html and 'rel="prev"' not in html
    html2 = client.get(browse.local_path(STAR_IRI) + "?page=2").data.decode()
    assert 'rel="prev" href="?page=1"' in html2
    first, second = _listed_articles(html), _listed_articles(html2)
    assert first and second and not first & second


def _listed_articles(html: str) -> set[str]:
    section = html.split("Articles mentioning it", 1)[1].split("</section>", 1)[0]
    return set(re.findall(r'href="(/id/article/[^"/]+)"', section))


def test_neighbourhood_keeps_the_strongest(big: Any) -> None:
    neigh = browse.neighbourhood(big, STAR_IRI, limit=12)
    assert len(neigh["nodes"]) == 12 and neigh["total"] > 12
    weights = [n["weight"] for n in neigh["nodes"]]
    assert weights == sorted(weights, reverse=True)
    orgs = {str(entity_iri("org", f"虚构{i}号公司")) for i in range(40)}
    assert {n["iri"] for n in neigh["nodes"]} <= orgs  # each company links by many posts, a passer-by by one
    assert all(e["labels"] == ["董事长"] for e in neigh["edges"])


def test_neighbourhood_reads_a_bounded_number_of_facts(big: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The picture reads at most NEIGHBOUR_FACTS facts of each kind: 1,500 events with a passer-by each give
    at most that many passers-by to weigh, however many events there are."""
    full = browse.neighbourhood(big, STAR_IRI)["total"]
    assert 40 < full <= 40 + browse.NEIGHBOUR_FACTS
    monkeypatch.setattr(browse, "NEIGHBOUR_FACTS", 10)
    assert browse.neighbourhood(big, STAR_IRI)["total"] <= 10 + 10


def _boxes(g: dict[str, Any]) -> list[tuple[float, float, float, float, str]]:
    """Bounding boxes of every text of the picture (CJK characters as wide as the font size)."""
    out = [(g["cx"] - len(g["center"]) * 7, g["cy"] - 30, g["cx"] + len(g["center"]) * 7, g["cy"] - 14, g["center"])]
    for n in g["nodes"]:
        for text, px, dy in ((n["short"], LABEL_PX, 4), (n["rel"], REL_PX, 17)):
            if not text:
                continue
            w = len(text) * px
            x0 = n["tx"] if n["anchor"] == "start" else n["tx"] - w
            out.append((x0, n["y"] + dy - px, x0 + w, n["y"] + dy + 1, text))
    return out


@pytest.mark.parametrize(
    "count,label",
    [
        pytest.param(1, "短名", id="one"),
        pytest.param(7, "虚构有限公司", id="seven"),
        pytest.param(16, "一个非常非常长的虚构的机构名称有限责任公司第一分公司", id="sixteen-long"),
        pytest.param(40, "虚构研究院", id="forty"),
    ],
)
def test_picture_labels_never_overlap(count: int, label: str) -> None:
    neigh = {
        "nodes": [{"iri": f"https://kgqa.dev/id/org/x{i}", "label": f"{label}{i}"} for i in range(count)],
        "edges": [
            {"target": f"https://kgqa.dev/id/org/x{i}", "dir": "out", "labels": ["董事长", "副总经理"]}
            for i in range(count)
        ],
    }
    app = create_app({"KG_LOCATION": "memory:", "TESTING": True, "QUERY_WORKERS": 0})
    with app.test_request_context():
        g = layout(neigh, "一个很长的中心实体名称虚构")
    boxes = _boxes(g)
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= g["width"] and 0 <= a[1] and a[3] <= g["height"], a
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_article_list_is_paged(client: Any, big: Any) -> None:
    first = client.get("/articles").data.decode()
    assert f"({PAGES})" in first and 'rel="next" href="?page=2"' in first
    rows = re.findall(r'<tr><td><a href="(/id/article/[^"]+)"', first)
    assert len(rows) == 100
    second = re.findall(r'<tr><td><a href="(/id/article/[^"]+)"', client.get("/articles?page=2").data.decode())
    assert len(second) == 100 and not set(rows) & set(second)
    assert browse.article_list(big, 5) == browse.article_list(big)[:5]


def test_a_kept_entity_page_follows_the_graph(monkeypatch: Any) -> None:
    """A slow entity page is kept for the graph's state (`KnowledgeGraph.kept`): asked again it reads nothing,
    and after a page is written it shows the new fact."""
    from kgqa.kg import graph as graph_module

    kg = KnowledgeGraph.open("memory:")
    for n in range(3):
        kg.write_page(map_page(_page(n), f"made-up page {n}", f"p{n}.txt"))
    monkeypatch.setattr(kg._slow, "slow", -1.0)  # every page counts as slow
    client = create_app({"KG": kg, "TESTING": True, "QUERY_WORKERS": 0}).test_client()
    path = "/id/" + STAR_IRI.split("/id/", 1)[1]
    first = client.get(path).get_data(as_text=True)
    made: list[str] = []
    entity = browse.entity
    monkeypatch.setattr(browse, "entity", lambda *a, **k: made.append("x") or entity(*a, **k))
    assert client.get(path).get_data(as_text=True) == first and made == []
    kg.write_page(map_page(_page(3), "made-up page 3", "p3.txt"))
    assert "第3次虚构会议" in client.get(path).get_data(as_text=True) and made == ["x"]
    assert graph_module.SLOW_KEPT > 0
