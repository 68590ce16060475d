"""Questions typed the way people ask them (issue 11, the fifteenth blind set); each row's id names the wording,
and near misses must not be answered. The people and bodies are made up (the places are real)."""

from __future__ import annotations

import pytest
from qa_fact_pages import CO, CPC, CPPCC, GOV, SUPPLIER, ZONE, city_page, delegation_visit
from qa_helpers import imported_kg

BANK, PRESS, PLAN = "青岚银行", "云帆出版社", "青岚市发展改革委"
FACTS = city_page(
    persons=[
        {"name": "钱望海", "posts": [{"title": "常务副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
        {"name": "韦清和", "posts": [{"title": "行长", "org": BANK}]},
        {"name": "蓝若川", "posts": [{"title": "市长", "org": GOV}]},
        {"name": "柯明远", "posts": [{"title": "社长", "org": PRESS}]},
        {"name": "苗子衿", "posts": [{"title": "纪工委书记", "org": "中共东湖经济技术开发区纪律检查工作委员会"}]},
    ],
    organizations=[
        {"name": BANK, "type": "bank", "aliases": []},
        {"name": PRESS, "type": "media", "aliases": []},
        {"name": PLAN, "type": "government", "aliases": []},
        {"name": "海川公司", "type": "company", "aliases": []},
        {"name": "北辰公司", "type": "company", "aliases": []},
        {"name": ZONE, "type": "development_zone", "aliases": ["东湖经开区"]},
        {
            "name": "中共东湖经济技术开发区纪律检查工作委员会",
            "type": "party_committee",
            "aliases": ["东湖经开区纪工委"],
        },
    ],
    development_zones=[{"name": ZONE, "city": "青岚市", "industries": ["新材料", "生物医药"]}],
    agreements=[{"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]}],
    events=[
        delegation_visit(),
        {
            "kind": "meeting",
            "date": "2033-02-18",
            "summary": "钱望海主持召开全市外贸视频会",
            "participants": ["钱望海"],
            "organizations": [GOV],
        },
        {
            "kind": "other",
            "summary": "青岚市发展改革委全面启动规划编制工作，谋划项目30个",
            "organizations": [PLAN],
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-01",
            "summary": "青岚新材料产业园项目开工，总投资20亿元",
            "organizations": [CO],
            "amount": "20亿元",
        },
        {
            "kind": "talks",
            "summary": "云岭集团与海川公司、北辰公司关于合资建厂的谈判圆满完成",
            "organizations": [SUPPLIER, "海川公司", "北辰公司"],
        },
        {
            "kind": "groundbreaking",
            "date": "2033-03-02",
            "summary": "青岚文旅小镇项目开工，总投资8亿元",
            "organizations": [CO],
            "amount": "8亿元",
        },
    ],
)
FACTS["articles"][0]["authors"] = ["柏舟"]


@pytest.fixture(scope="module")
def kg():
    return imported_kg((FACTS, "made-up.json"))


@pytest.mark.parametrize(
    "question,template,expected",
    [
        pytest.param("青岚市委书记是哪号人物", "post_holder", {"陆听松"}, id="na-hao-ren-wu"),
        pytest.param("星岫集团董事长尊姓大名", "post_holder", {"顾远山"}, id="zun-xing-da-ming"),
        pytest.param("青岚银行的行长叫个啥", "post_holder", {"韦清和"}, id="jiao-ge-sha"),
        pytest.param("星岫集团的董事长是啥人", "post_holder", {"顾远山"}, id="shi-sha-ren-a-holder"),
        pytest.param("求问青岚市委书记叫什么", "post_holder", {"陆听松"}, id="qiu-wen"),
        pytest.param("敢问星岫集团董事长是哪位", "post_holder", {"顾远山"}, id="gan-wen"),
        pytest.param("问一嘴，青岚银行行长是谁", "post_holder", {"韦清和"}, id="wen-yi-zui"),
        pytest.param("青岚银行行长换成了谁", "post_holder", {"韦清和"}, id="huan-cheng-le"),
        pytest.param("外贸视频会几时开的", "event_date", {"2033-02-18"}, id="ji-shi"),
        pytest.param("外贸视频会多会儿开的", "event_date", {"2033-02-18"}, id="duo-hui-er"),
        pytest.param("全市外贸视频会什么日子召开", "event_date", {"2033-02-18"}, id="shen-me-ri-zi"),
        pytest.param("钱望海官居何职", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="guan-ju-he-zhi"),
        pytest.param("顾远山是做啥子工作的", "person_posts", {CO + "董事长"}, id="sha-zi"),
        pytest.param("韦清和是青岚银行的什么", "person_posts_in", {BANK + "行长"}, id="shi-jia-de-shen-me"),
        pytest.param("外贸视频会多少号人参加", "event_participants", {"1人"}, id="duo-shao-hao-ren"),
        pytest.param("钱望海一人担几个职务", "person_posts", {"2个"}, id="yi-ren-dan-ji-ge"),
        pytest.param("青岚银行的行张是谁", "post_holder", {"韦清和"}, id="hang-zhang-typo"),
        pytest.param("东湖经开区纪公委书记是谁", "post_holder", {"苗子衿"}, id="ji-gong-wei-typo"),
        pytest.param("柯明远是哪个出版社的社长", "person_org", {PRESS}, id="na-ge-chu-ban-she"),
        pytest.param("顾远山掌舵的是哪家公司", "person_org", {CO}, id="zhang-duo-de"),
        pytest.param("想确认一下钱望海是青岚常务副市长", "post_check", {"钱望海"}, id="que-ren-yi-xia"),
        pytest.param("星岫集团聘的董事长是哪位", "post_holder", {"顾远山"}, id="pin-de"),
        pytest.param("青岚市政协考察团的领头人是谁", "event_host", {"孟长河"}, id="ling-tou-ren"),
        pytest.param(
            "带队考察东湖经开区的那位是什么职务", "person_posts", {CPPCC + "政协副主席"}, id="de-na-wei-one-hop"
        ),
        pytest.param("规划编制工作是哪个部门张罗的", "event_organizers", {PLAN}, id="zhang-luo"),
        pytest.param("青岚市人民政府的战略合作方是哪家", "agreement_partners", {CO}, id="zhan-lue-he-zuo-fang"),
        pytest.param("青岚新材料产业园项目砸了多少", "amount", {"20亿元"}, id="za-le"),
        pytest.param("青岚新材料产业园项目总共投资几个亿", "amount", {"20亿元"}, id="ji-ge-yi"),
        pytest.param("星岫集团签约这篇是谁采的稿", "article_authors", {"柏舟"}, id="cai-de-gao"),
        pytest.param("由钱望海主持的会议叫什么", "person_hosted", {"全市外贸视频会"}, id="hui-yi-jiao-shen-me"),
        pytest.param(
            "顾远山一行签约仪式上有哪些领导", "event_participants", {"陆听松", "顾远山"}, id="yi-shi-shang-you"
        ),
        pytest.param("青岚市委书记是何方神圣", "post_holder", {"陆听松"}, id="he-fang-shen-sheng"),
        pytest.param("星岫集团董事长是哪一号人物", "post_holder", {"顾远山"}, id="na-yi-hao-ren-wu"),
        pytest.param("急问青岚银行行长是谁", "post_holder", {"韦清和"}, id="ji-wen"),
        pytest.param("问个事，青岚银行行长是谁", "post_holder", {"韦清和"}, id="wen-ge-shi"),
        pytest.param("青岚银行行长姓啥", "post_holder", {"韦清和"}, id="xing-sha"),
        pytest.param("钱望海身居何位", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="shen-ju-he-wei"),
        pytest.param("外贸视频会是哪年哪月哪日开的", "event_date", {"2033-02-18"}, id="na-nian-na-yue-na-ri"),
        pytest.param("外贸视频会是哪年哪月开的", "event_date", {"2033-02"}, id="na-nian-na-yue-still-a-month"),
        pytest.param("跟青岚市政府签战略合作的是哪一家", "agreement_partners", {CO}, id="na-yi-jia"),
        pytest.param("青岚新材料产业园项目总投资几十亿", "amount", {"20亿元"}, id="ji-shi-yi"),
        pytest.param("云岭集团跟谁谈的合资", "talks_partners", {"海川公司", "北辰公司"}, id="gen-shei-tan-de-he-zi"),
        pytest.param("陆听松跟谁会谈", "event_participants", {"顾远山"}, id="gen-shei-hui-tan-still-a-person"),
        pytest.param(
            "主持外贸视频会的是什么官", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="de-shi-shen-me-guan"
        ),
        pytest.param("主持外贸视频会的是谁", "event_host", {"钱望海"}, id="de-shi-shei-the-host"),
        pytest.param("和星岫集团签约的是哪家", "agreement_partners", {GOV}, id="de-shi-na-jia-still-a-party"),
        pytest.param("星岫集团哪个项目最贵", "org_top_amount", {"青岚新材料产业园项目开工"}, id="zui-gui"),
        pytest.param("星岫集团的合作方是谁", "agreement_partners", {GOV}, id="he-zuo-fang-the-other-side"),
        pytest.param("青岚银行哪位是行长", "post_holder", {"韦清和"}, id="yin-hang-na-wei-shi-hang-zhang"),
        pytest.param("青岚银行谁是行长", "post_holder", {"韦清和"}, id="yin-hang-shei-shi-hang-zhang"),
        pytest.param("帮查下青岚银行行长是谁", "post_holder", {"韦清和"}, id="bang-cha-xia"),
        pytest.param("查下星岫集团董事长", "post_holder", {"顾远山"}, id="cha-xia-a-bare-title"),
        pytest.param("钱望海都有哪些官衔", "person_posts", {GOV + "常务副市长", CPC + "市委常委"}, id="guan-xian"),
        pytest.param("星岫集团话事人是谁", "post_holder", {"顾远山"}, id="hua-shi-ren"),
        pytest.param("星岫集团的头头是谁", "post_holder", {"顾远山"}, id="tou-tou"),
        pytest.param("星岫集团的大老板是谁", "post_holder", {"顾远山"}, id="da-lao-ban"),
        pytest.param("青岚市的父母官是谁", "post_holder", {"蓝若川"}, id="fu-mu-guan"),
        pytest.param("东湖经开区重点搞哪几样产业", "zone_industries", {"新材料", "生物医药"}, id="na-ji-yang-chan-ye"),
        pytest.param(
            "见证星岫集团签约的那位市委书记是什么职务", "person_posts", {CPC + "市委书记"}, id="na-wei-before-a-title"
        ),
        pytest.param("星岫集团哪个项目最便宜", "org_top_amount", {"青岚文旅小镇项目开工"}, id="zui-pian-yi"),
    ],
)
def test_wordings(kg, question, template, expected):
    got = kg.ask(question)
    assert (got.template, {a["label"] for a in got.answers}) == (template, expected), got.message


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("想确认一下顾远山是青岚市委书记", id="que-ren-answered-no"),
        pytest.param("柯明远是哪个出版社的总编", id="chu-ban-she-no-such-title"),
        pytest.param("青岚银行副航长是谁", id="hang-zhang-typo-no-deputy"),
        pytest.param("韦清和是星岫集团的什么", id="de-shen-me-no-post-there"),
        pytest.param("外贸视频会几个亿", id="ji-ge-yi-no-sum"),
    ],
)
def test_near_misses_get_no_answer(kg, question):
    got = kg.ask(question)
    assert not got.answers, (got.template, [a["label"] for a in got.answers])
