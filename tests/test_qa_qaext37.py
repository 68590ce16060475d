"""qaext37: questions right on the imported graph and wrong on the extracted one (issues 10 and 11).

Several facts of one body in one article fit a description about as well (resolve._narrowed): the one whose own
words say a run of the description's characters (outside the names it gives) far longer than any other's is the
one meant (甲宣布投资…扩建乘用车产能: the project saying 乘用车产能, not the one saying only 产能 and 扩建).
Made-up sentences only.
"""

import pytest
from qa_fact_pages import meeting_page
from qa_helpers import imported_kg

MAKER = "星河汽车商用车公司"
PAGE = meeting_page()
PAGE["organizations"].append({"name": MAKER, "type": "company", "aliases": ["星河汽车"], "located_in": "青岚市"})
PAGE["articles"][0]["title"] = "星河汽车投资12亿元扩大变速箱产能"
PAGE["events"] += [
    {
        "kind": "launch",
        "date": "2033-03-02",
        "summary": "星河汽车宣布投资30亿元的商用车产能扩建项目落户青岚市，使整车产能翻一番。",
        "participants": [],
        "organizations": [MAKER],
        "amount": "30亿元",
    },
    {
        "kind": "groundbreaking",
        "date": "2033-05-07",
        "summary": "星河汽车变速箱产能扩建项目在青岚市奠基，这是星河汽车继去年奠基第二工厂后在零部件产能建设上的又一举措",
        "participants": [],
        "organizations": [MAKER],
        "amount": "12亿元",
    },
]


@pytest.fixture(scope="module")
def maker_kg():
    return imported_kg((PAGE, "made-up.json"))


@pytest.mark.parametrize(
    "question,expected",
    [
        pytest.param("星河汽车扩大变速箱产能要投资多少亿元", {"12亿元"}, id="run_names_the_groundbreaking"),
        pytest.param("星河汽车扩大变速箱产能投资了多少", {"12亿元"}, id="run_names_it_other_wording"),
        pytest.param("星河汽车扩建变速箱产能要花多少亿元", {"12亿元"}, id="run_split_by_a_verb"),
        # near misses: runs both facts say (产能, 扩建) are no lead: still the candidates, never a guess
        pytest.param("星河汽车扩建产能投资多少亿元", set(), id="both_say_it_no_guess"),
        pytest.param("星河汽车扩大产能要投资多少亿元", set(), id="short_runs_no_guess"),
        # as before: the fact the description fits far better
        pytest.param("星河汽车扩大商用车产能要投资多少亿元", {"30亿元"}, id="launch_as_before"),
    ],
)
def test_longest_run_picks_the_fact(maker_kg, question, expected):
    got = maker_kg.ask(question)
    assert {a["label"] for a in got.answers} == expected, got.message
