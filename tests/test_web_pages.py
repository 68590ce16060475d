"""Web pages over the real corpus graph: home, ask, articles, entity pages, errors, escaping."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from kgqa.kg import browse


def _text(html: bytes) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html.decode("utf-8")))


def test_home_shows_the_graph_counts_and_recent_articles(client: Any, corpus_kg: Any) -> None:
    r = client.get("/")
    assert r.status_code == 200
    html = r.data.decode()
    stats = corpus_kg.stats()
    for key in ("articles", "persons", "triples"):
        assert re.search(rf'data-stat="{key}">{stats[key]}<', html), key
    newest = browse.recent_articles(corpus_kg, 1)[0]
    assert newest["label"] in _text(r.data)
    assert browse.local_path(newest["iri"]) in html
    for ext in ("ttl", "trig", "nt", "jsonld"):  # dump linked on every page
        assert f'href="/dump.{ext}"' in html


def test_security_headers_on_every_page(client: Any) -> None:
    for url in ("/", "/ask", "/query", "/articles", "/nope"):
        r = client.get(url)
        csp = r.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_articles_list_links_every_article(client: Any, corpus_kg: Any) -> None:
    html = client.get("/articles").data.decode()
    arts = browse.article_list(corpus_kg)
    assert len(arts) >= 2
    for a in arts:
        assert f'href="{browse.local_path(a["iri"])}"' in html


def test_article_page_marks_fact_sentences_and_entities(client: Any, corpus_kg: Any) -> None:
    arts = browse.article_list(corpus_kg)
    best = max(arts, key=lambda a: a["mentions"])
    data = browse.article(corpus_kg, best["iri"])
    html = client.get(browse.local_path(best["iri"])).data.decode()
    assert data["body"][:10] in _text(client.get(browse.local_path(best["iri"])).data)
    marked_entities = set(re.findall(r'<a class="ent[^"]*" href="([^"]+)"', html))
    assert marked_entities, "no entity highlighted in the article text"
    assert marked_entities <= {browse.local_path(e["iri"]) for e in data["entities"]}
    if any(f.get("sentence") and f["sentence"] in data["body"] for f in data["facts"]):
        assert '<mark class="fact">' in html


def test_entity_page_groups_facts_and_draws_the_neighbourhood(client: Any, corpus_kg: Any) -> None:
    res = corpus_kg.query("""PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?post org:heldBy ?p ; org:postIn ?o } }
        GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")
    assert res.rows, "the corpus graph has no person with a post"
    iri = res.rows[0]["p"].value
    data = browse.entity(corpus_kg, iri)
    r = client.get(browse.local_path(iri))
    assert r.status_code == 200
    html = r.data.decode()
    text = _text(r.data)
    assert data["label"] in text
    for post in data["posts"]:
        assert post["title"] in text
    svg = re.search(r"<svg[^>]*class=\"neighbourhood\".*?</svg>", html, re.S)
    assert svg, "no neighbourhood picture"
    neigh = browse.neighbourhood(corpus_kg, iri)
    assert neigh["nodes"], "a person with a post in an organisation has a neighbour"
    assert svg.group(0).count("<circle") == len(neigh["nodes"]) + 1
    for n in neigh["nodes"]:
        assert f'href="{browse.local_path(n["iri"])}"' in svg.group(0)


def test_entity_content_negotiation(client: Any, corpus_kg: Any) -> None:
    iri = browse.article_list(corpus_kg)[0]["iri"]
    author = browse.article(corpus_kg, iri)["authors"] or browse.article(corpus_kg, iri)["entities"]
    path = browse.local_path(author[0]["iri"])
    ttl = client.get(path, headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.mimetype == "text/turtle"
    assert author[0]["label"] in ttl.data.decode()
    js = client.get(path, headers={"Accept": "application/ld+json"})
    assert js.mimetype == "application/ld+json"
    import json

    assert author[0]["label"] in json.dumps(json.loads(js.data), ensure_ascii=False)
    html = client.get(path, headers={"Accept": "text/html,*/*;q=0.8"})
    assert html.mimetype == "text/html"
    assert client.get(path + "?format=svg").mimetype == "image/svg+xml"


def test_unknown_entity_is_a_404_page_or_json(client: Any) -> None:
    r = client.get("/id/person/%E6%B2%A1%E6%9C%89%E8%BF%99%E4%BA%BA")
    assert r.status_code == 404 and r.mimetype == "text/html"
    assert "没有这个实体" in r.data.decode()
    j = client.get("/id/person/nobody", headers={"Accept": "application/json"})
    assert j.status_code == 404 and j.get_json() == {"ok": False, "error": j.get_json()["error"], "status": 404}


def test_resource_route_refuses_non_iris(client: Any) -> None:
    assert client.get("/resource?iri=").status_code == 400
    assert client.get('/resource?iri=a"b>c').status_code == 400


def test_dumps_are_streamed_downloads_with_types(client: Any, corpus_kg: Any) -> None:
    expected = {
        "ttl": "text/turtle",
        "trig": "application/trig",
        "nt": "application/n-triples",
        "jsonld": "application/ld+json",
    }
    from rdflib import Dataset, Graph

    for ext, media in expected.items():
        r = client.get(f"/dump.{ext}")
        assert r.status_code == 200 and r.mimetype == media
        assert r.is_streamed
        assert f'filename="kgqa.{ext}"' in r.headers["Content-Disposition"]
        if ext in ("ttl", "nt"):
            g = Graph().parse(data=r.data.decode(), format={"ttl": "turtle", "nt": "nt"}[ext])
            assert len(g) == corpus_kg.stats()["triples"]
        elif ext == "trig":
            ds = Dataset().parse(data=r.data.decode(), format="trig")
            assert len(list(ds.quads())) == corpus_kg.stats()["quads"]
    assert client.get("/dump.exe").status_code == 404


def test_suggest_and_complete_find_entities_by_part_of_a_name(client: Any, corpus_kg: Any) -> None:
    person = browse.article(corpus_kg, browse.article_list(corpus_kg)[0]["iri"])["authors"][0]
    part = person["label"][1:]
    data = client.get("/api/suggest", query_string={"q": part}).get_json()
    assert person["iri"] in [e["iri"] for e in data["entities"]]
    data = client.get("/api/complete", query_string={"q": part, "kind": "person"}).get_json()
    assert person["iri"] in [e["iri"] for e in data["entities"]]
    assert all(e["type"]["en"] == "person" for e in data["entities"])
    data = client.get("/api/complete", query_string={"q": part, "kind": "industry"}).get_json()
    assert person["iri"] not in [e["iri"] for e in data["entities"]]
    # hostile prefixes are data, not SPARQL
    for bad in ['"} } DROP ALL #', "\\", "' ) }", "\n\t"]:
        assert client.get("/api/suggest", query_string={"q": bad}).status_code == 200


def test_every_page_that_reads_the_graph_is_rate_limited(make_app: Any, corpus_kg: Any) -> None:
    from kgqa.kg.browse import local_path

    client = make_app(PAGE_RATE_LIMIT_PER_MINUTE=4, RATE_LIMIT_PER_MINUTE=100).test_client()
    person = corpus_kg.query("SELECT ?p WHERE { ?p a <https://schema.org/Person> } LIMIT 1").values("p")[0]
    codes = [client.get(p).status_code for p in ("/", "/articles", local_path(person), "/api/suggest?q=a", "/articles")]
    assert codes == [200, 200, 200, 200, 429]
    with client.get("/static/app.css") as static:
        assert static.status_code == 200  # static files are not limited
    assert client.get("/no-such-page").status_code == 404
    r = client.get("/resource", query_string={"iri": person})
    assert r.status_code == 429 and r.headers["Retry-After"] == "60"
    off = make_app(PAGE_RATE_LIMIT_PER_MINUTE=4, RATE_LIMIT_PER_MINUTE=0).test_client()
    assert {off.get("/articles").status_code for _ in range(6)} == {200}  # --rate-limit 0: no limit at all
