"""Questions typed the way people ask them (issue 11, the twenty-ninth blind set); each row's id names the wording,
and near misses must not be answered: a surname alone right before a title (青岚的陆书记, 星岫集团的顾董事长) asks
that post's holder of that surname, none when its holder has another; a Weibo tail (，谁知道) asks nothing more;
这个位置谁在当 and 谁当上了 ask a post's holder; a place, 的 and its zone's kind word (青岚的高新区) read as the zone's
short name when nothing fits as written; 主导产业方向 asks industries; 协议叫什么 an agreement's kind; 签约时间 an
agreement's date; 两位记者 an article's authors; 哪家车企 and 在哪儿上班 a person's body; 在哪座城市办公 where a body is.
The people, bodies and zones are made up."""

from __future__ import annotations

import pytest
from qa_fact_pages import GOV, SUPPLIER, meeting_page
from qa_helpers import imported_kg

FACTS = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "秘书长", "org": GOV}]},
    {"name": "韩小舟", "posts": [{"title": "总经理", "org": SUPPLIER}]},
)


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚的陆书记全名叫什么", "post_holder", {"陆听松"}, id="surname-before-title"),
        pytest.param("星岫集团的顾董事长是谁", "post_holder", {"顾远山"}, id="surname-company-title"),
        pytest.param("青岚市政府的沈秘书长叫啥", "post_holder", {"沈听竹"}, id="surname-fits-as-written"),
        pytest.param("青岚市政府秘书长是哪位，谁知道", "post_holder", {"沈听竹"}, id="shui-zhi-dao-tail"),
        pytest.param("青岚市政府秘书长这个位置谁在当", "post_holder", {"沈听竹"}, id="zhe-ge-wei-zhi-shui-zai-dang"),
        pytest.param("谁当上了青岚市政府秘书长", "post_holder", {"沈听竹"}, id="shui-dang-shang-le"),
        pytest.param("青岚的高新区主导产业是啥", "zone_industries", {"氢能", "新材料"}, id="place-de-gao-xin-qu"),
        pytest.param(
            "青岚高新区的主导产业方向有哪些", "zone_industries", {"氢能", "新材料"}, id="zhu-dao-chan-ye-fang-xiang"
        ),
        pytest.param(
            "青岚市政府同星岫集团签署的协议叫什么", "agreement_kind", {"战略合作协议"}, id="xie-yi-jiao-shen-me"
        ),
        pytest.param("青岚市政府和星岫集团的签约时间", "agreement_date", {"2033-05-06"}, id="qian-yue-shi-jian"),
        pytest.param(
            "全市招商引资推进会那篇报道的两位记者",
            "article_authors",
            {"苏映雪", "顾南枝"},
            id="liang-wei-ji-zhe",
        ),
        pytest.param("韩小舟是哪家车企的", "person_org", {SUPPLIER}, id="na-jia-che-qi"),
        pytest.param("韩小舟在哪儿上班", "person_org", {SUPPLIER}, id="zai-nar-shang-ban"),
        pytest.param("青岚市政府在哪座城市办公", "located_in", {"青岚市"}, id="zai-na-zuo-cheng-shi-ban-gong"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("青岚的王书记是谁", id="surname-the-holder-lacks"),
        pytest.param("星岫集团的陆董事长是谁", id="surname-of-another-post-holder"),
        pytest.param("青岚的韩书记全名叫什么", id="surname-of-another-body-holder"),
        pytest.param("青岚市政府总经理这个位置谁在当", id="wei-zhi-a-post-no-one-holds"),
        pytest.param("谁当上了青岚市政府董事长", id="dang-shang-le-a-post-no-one-holds"),
        pytest.param("澄川的高新区主导产业是啥", id="de-gao-xin-qu-a-place-with-no-zone"),
        pytest.param("云岭集团同星岫集团签署的协议叫什么", id="xie-yi-jiao-shen-me-no-such-agreement"),
        pytest.param("云岭集团和青岚市政府的签约时间", id="qian-yue-shi-jian-no-such-signing"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
