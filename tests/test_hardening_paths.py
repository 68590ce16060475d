"""Issue 12 item 3: invalid IRIs and odd bytes anywhere in a path or a parameter are a 400/404 page, never a 500."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

PREFIXES = [
    "/id/",
    "/id/person/",
    "/id/article/",
    "/id/org/",
    "/resource?iri=",
    "/resource?iri=http://x/",
    "/articles?page=",
    "/ask?q=",
    "/ask?template=",
    "/api/ask?q=",
    "/api/suggest?q=",
    "/api/complete?kind=",
    "/api/complete?q=",
    "/query?page=",
    "/dump.",
    "/sparql?format=",
    "/",
    "/static/",
]
NAMES = st.sampled_from(["iri", "q", "page", "format", "kind", "template", "slot_x", "limit", "output", "download"])
ODD = st.one_of(
    st.text(max_size=30),
    st.binary(max_size=12).map(lambda b: "".join(f"%{c:02X}" for c in b)),  # any bytes, invalid UTF-8 too
    st.sampled_from(
        [
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "a%00b",
            "http://x/%7F",
            "%ED%A0%80",
            "..%2F..%2F",
            "%25",
            "%",
            "\\",
            "%0D%0A",
            "%C0%AF",
            "http://x/a b",
            "<>",
            "%E2%80%AE",
            "http://x:port/",
            "http://[::1",
            "http://x/a#b#c",
        ]
    ),
)


@pytest.fixture(scope="module")
def client(corpus_kg: Any) -> Any:
    """One app over the corpus graph, without a rate limit."""
    from kgqa.web import create_app

    return create_app({"TESTING": True, "KG": corpus_kg, "RATE_LIMIT_PER_MINUTE": 0}).test_client()


@pytest.mark.parametrize(
    "path,status",
    [
        pytest.param("/id/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404, id="script-in-id"),
        pytest.param("/id/article/%3Cx%3E", 404, id="bad-article-id"),
        pytest.param("/id/a%00b", 404, id="nul-in-id"),
        pytest.param("/resource?iri=a%00b", 400, id="nul-in-iri"),
        pytest.param("/resource?iri=http://x/%7F", 400, id="del-in-iri"),
        pytest.param("/resource?iri=relative", 400, id="relative-iri"),
        pytest.param("/resource?iri=http://x:port/", 400, id="bad-port"),
        pytest.param("/resource?iri=http://x/a%23b%23c", 400, id="two-fragments"),
        pytest.param("/resource?iri=http://x/%ED%A0%80", 404, id="invalid-utf8-in-iri"),
    ],
)
def test_known_bad_paths(client: Any, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert b"<script>alert" not in r.data


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), tail=ODD, params=st.lists(st.tuples(NAMES, ODD), max_size=3))
@example(prefix="/id/", tail="%3Cscript%3E", params=[])
def test_no_path_or_parameter_makes_a_500(client: Any, prefix: str, tail: str, params: list[tuple[str, str]]) -> None:
    path = prefix + (tail if "%" in tail else quote(tail, safe="/?=&:"))
    extra = "&".join(f"{k}={v if '%' in v else quote(v, safe='')}" for k, v in params)
    if extra:
        path += ("&" if "?" in path else "?") + extra
    r = client.get(path)
    assert r.status_code < 500, (path, r.status_code, r.data[:300])
