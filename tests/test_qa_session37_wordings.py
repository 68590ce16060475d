"""Questions typed the way people ask them (issue 11, leftovers of blind30 and qa47, job qa48); each row's id names
the wording, and near misses must not change. The people, bodies and places are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, SUPPLIER, THREE_BODIES_MEETING, ZONE, city_page
from qa_helpers import imported_kg

BANK, LAB = "青岚农商银行股份有限公司", "青岚氢能实验室"

# a bank lending to the group, its president; a laboratory that settled in the zone, the zone's industries
HOPS = city_page(
    persons=[{"name": "林照川", "posts": [{"title": "行长", "org": BANK}]}],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": ["青岚农商银行"], "located_in": "江宁省"},
        {"name": LAB, "type": "other"},
        {"name": ZONE, "type": "development_zone", "located_in": "青岚市"},
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["氢能", "新材料"]}],
    agreements=[{"kind": "贷款", "parties": [BANK, CO], "date": "2033-05-06"}],
    events=[
        {
            "kind": "settle",
            "date": "2033-05-08",
            "summary": "青岚氢能实验室在东湖经济技术开发区正式落户",
            "organizations": [LAB, ZONE],
            "location": ZONE,
        }
    ],
)


@pytest.fixture(scope="module")
def hops():
    return imported_kg((HOPS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        # one hop through the other side of an agreement named by its kind (cues.yaml relative.partners)
        pytest.param("星岫集团的贷款银行的行长是谁", "post_holder", {"林照川"}, id="dai-kuan-yin-hang-de-hang-zhang"),
        pytest.param("星岫集团的放贷银行行长叫什么", "post_holder", {"林照川"}, id="fang-dai-yin-hang-hang-zhang"),
        # one hop through the zone a body settled in (cues.yaml relative.links 落户 and relative.heads.zone)
        pytest.param(
            "青岚氢能实验室落户的开发区主导产业是什么",
            "zone_industries",
            {"氢能", "新材料"},
            id="luo-hu-de-kai-fa-qu-chan-ye",
        ),
        pytest.param(
            "青岚氢能实验室落地的园区发展哪些产业",
            "zone_industries",
            {"氢能", "新材料"},
            id="luo-di-de-yuan-qu-chan-ye",
        ),
        # near misses: the phrase alone is the question, as before
        pytest.param("星岫集团的贷款银行是哪家", "agreement_partners", {BANK}, id="near-dai-kuan-yin-hang-alone"),
        pytest.param("青岚氢能实验室落户在哪个开发区", "located_in_zone", {ZONE}, id="near-luo-hu-zai-na-ge-kai-fa-qu"),
        pytest.param("东湖经济技术开发区主导产业是什么", "zone_industries", {"氢能", "新材料"}, id="near-zone-named"),
    ],
)
def test_one_hop(hops, question, template, expected):
    got = hops.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


# a body, a surname and 总 (cues.yaml surname_roles 总: 老总): the body's 老总, the surname narrowing its holders
BOSSES = city_page(
    persons=[
        {"name": "窦清禾", "posts": [{"title": "总经理", "org": "云岭集团有限公司"}]},
        {"name": "窦映川", "posts": [{"title": "总经理", "org": CO}]},
    ]
)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("云岭集团窦总是谁", "post_holder", {"窦清禾"}, id="body-surname-zong-who"),
        pytest.param("云岭集团的窦总全名叫什么", "post_holder", {"窦清禾"}, id="body-de-surname-zong-full-name"),
        pytest.param("星岫集团窦总叫啥", "post_holder", {"窦映川"}, id="body-surname-zong-other-body"),
        # a surname no head of the body has gets nobody (no template before); the body's 老总 is as before
        pytest.param("云岭集团王总是谁", "post_holder", set(), id="body-surname-zong-nobody"),
        pytest.param("云岭集团老总是谁", "post_holder", {"窦清禾"}, id="near-body-lao-zong"),
    ],
)
def test_body_surname_zong(question, template, expected):
    got = imported_kg((BOSSES, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


def test_bare_surname_zong_of_two_bodies_asked_which():
    got = imported_kg((BOSSES, "made-up.json")).ask("窦总是谁")
    assert (got.answers, {c["label"] for c in got.candidates or []}) == ([], {"云岭集团有限公司", CO}), got.message


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("稳价座谈会一共有多少家单位参会", "event_bodies", {"3家"}, id="duo-shao-jia-dan-wei-can-hui"),
        pytest.param("稳价座谈会有多少家单位参加", "event_bodies", {"3家"}, id="duo-shao-jia-dan-wei-can-jia"),
        # near misses: 几家单位, 几家机构 and the persons counted read as before
        pytest.param("稳价座谈会有几家机构参会", "event_bodies", {"3家"}, id="near-ji-jia-ji-gou-can-hui"),
        pytest.param("稳价座谈会有几家单位参会", "event_bodies", {"3家"}, id="near-ji-jia-dan-wei"),
        pytest.param("稳价座谈会有几个人参加", "event_participants", {"1个"}, id="near-ji-ge-ren"),
    ],
)
def test_count_bodies(question, template, expected):
    got = imported_kg((THREE_BODIES_MEETING, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


# a works built, told with another verb than the question's (建设 / 建): where, asked with a level (cues.yaml where)
BUILT = city_page(
    events=[
        {
            "kind": "build",
            "date": "2033-06-04",
            "summary": "星岫集团与云岭集团合资在西岭县建设淀粉厂",
            "organizations": [CO, SUPPLIER],
            "location": "西岭县",
        }
    ]
)


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("合资建淀粉厂在哪个县", "event_sited", {"西岭县"}, id="he-zi-jian-zai-na-ge-xian"),
        pytest.param("淀粉厂是在哪个县建的", "event_sited", {"西岭县"}, id="shi-zai-na-ge-xian-jian-de"),
        pytest.param("星岫集团合资建淀粉厂是在哪个县", "event_sited", {"西岭县"}, id="body-then-works-na-ge-xian"),
        # near misses: 在哪里 as before; a body asked where with a level still asks where the body is
        pytest.param("合资建淀粉厂是在哪里", "event_sited", {"西岭县"}, id="near-zai-na-li"),
        pytest.param("青岚市人民政府在哪个市", "located_in", {"青岚市"}, id="near-body-zai-na-ge-shi"),
        # 办公 says where a body is (cues.yaml locate): with a level (blind27's 在哪座城市办公) or not
        pytest.param("青岚市政府在哪里办公", "located_in", {"青岚市"}, id="body-zai-na-li-ban-gong"),
        pytest.param("青岚市政府在哪座城市办公", "located_in", {"青岚市"}, id="body-zai-na-zuo-cheng-shi-ban-gong"),
    ],
)
def test_works_where_at_level(question, template, expected):
    got = imported_kg((BUILT, "made-up.json")).ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message
