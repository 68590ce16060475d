"""Rows of made-up sentences for the general patterns behind the misses of probe batch b59 (2025 national TV news and
People's Daily 1998: a cold wave, water diversion, a satellite launch, credentials presented, customs, archaeology,
sports sponsorship, a housing fund; bench/data/pattern_probe_b59.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page


def _facts(text: str, name: str):
    return extract_page("标题\n\n" + text, source_name=name)


CHECKED_AT_A_PLACE = [
    pytest.param(
        "12月9日，水利部副部长赵明远在湖北省十堰市丹江口市检查了水库大坝运行和库区水质保护情况，十堰市副市长钱立峰陪同检查。",
        "xwlb_2025-12-09-001.txt",
        "2025-12-09",
        {"赵明远", "钱立峰"},
        id="checked-how-things-stand-at-a-county-city",
    ),
    pytest.param(
        "本报北京３月５日讯 今天，铁道部副部长孙志宏在石家庄检查了春运客流组织和站车安全情况。",
        "pd1998_19980306-02-001.txt",
        "1998-03-05",
        {"孙志宏"},
        id="checked-how-things-stand-in-a-city-dateline",
    ),
]


@pytest.mark.parametrize("text,name,day,people", CHECKED_AT_A_PLACE)
def test_probe59_checked_how_things_stand_at_a_place_is_an_inspection(text, name, day, people):
    """甲在某县检查了…情况: checking how things stand at a place told is an inspection (event_kinds.yaml; b59 probe: the
    minister's check the day before folded into the signing told before it)."""
    events = [e for e in _facts(text, name).events if e.kind == "inspection"]
    assert [e.date for e in events] == [day]
    assert people <= set(events[0].participants)


def test_probe59_a_check_asked_for_is_no_inspection():
    """要求各地在年底前检查落实情况: a check asked for (no 检查了), none made."""
    text = "12月2日，国务院召开常务会议。会议要求各地在年底前检查落实情况。"
    events = _facts(text, "xwlb_2025-12-02-001.txt").events
    assert not [e for e in events if e.kind == "inspection"]


CALLED_ON = [
    pytest.param(
        "本报北京２月３日讯 国务委员赵明远今天看望了正在训练基地集训的国家射击队队员，国家体委副主任钱立峰陪同。",
        "pd1998_19980204-08-001.txt",
        {"赵明远", "钱立峰"},
        id="called-on-a-squad-in-training",
    ),
    pytest.param(
        "1月20日，民政部部长孙志宏在河北省保定市看望了困难群众和优抚对象，为他们送去慰问品。",
        "xwlb_2025-01-20-003.txt",
        {"孙志宏"},
        id="called-on-households-in-a-city",
    ),
]


@pytest.mark.parametrize("text,name,people", CALLED_ON)
def test_probe59_calling_on_people_is_a_visit(text, name, people):
    """看望了…: calling on people, a visit as 慰问 (event_kinds.yaml; b59 probe: the state councillor's call on the
    national team folded into the meeting, its escort a participant of the meeting)."""
    events = [e for e in _facts(text, name).events if e.kind == "visit"]
    assert len(events) == 1
    assert people <= set(events[0].participants)


def test_probe59_a_call_planned_is_no_visit():
    """将看望: a call planned, no visit."""
    text = "本报北京２月３日讯 国家体委主任赵明远说，体委领导将看望在外集训的各支国家队。"
    events = _facts(text, "pd1998_19980204-08-002.txt").events
    assert not [e for e in events if e.kind == "visit"]


def test_probe59_a_zone_named_whole_before_the_verb_is_no_part_of_the_park():
    """并在甲高新技术产业开发区建设乙产业园: the zone is where the park is built, its name ends before 建设 (mentions.
    _after_verb_opener; b59 probe: the zone read as 甲…开发区建设乙产业园, with the industries told after)."""
    text = (
        "12月3日，中国某某集团与河南省人民政府签署了战略合作协议，并在许昌高新技术产业开发区建设电力装备产业园。"
        "该区已聚集新材料和生物医药等产业。"
    )
    facts = _facts(text, "xwlb_2025-12-03-002.txt")
    names = {o.name for o in facts.organizations}
    assert "许昌高新技术产业开发区" in names
    assert not [n for n in names if "建设" in n]


FIELDS_GROWN = [
    pytest.param(
        "12月5日，中国某某集团与河南省人民政府签署了战略合作协议。根据协议，集团将投资80亿元，重点支持水网建设、生态修复和绿色农业产业发展。",
        ["水网建设", "生态修复", "绿色农业产业"],
        id="last-an-industry-then-its-growth",
    ),
    pytest.param(
        "12月5日，中国某某集团与山西省人民政府签署了战略合作协议。根据协议，集团将投资60亿元，重点支持煤化工、光伏和储能等产业发展。",
        ["煤化工", "光伏", "储能"],
        id="listed-then-class-word-then-growth",
    ),
]


@pytest.mark.parametrize("text,fields", FIELDS_GROWN)
def test_probe59_fields_supported_ending_in_growth(text, fields):
    """重点支持A、B和C产业发展 / A、B等产业发展: the fields before 发展, the class word after 等 dropped
    (agreement_kinds.yaml fields_local; b58 left 藏毯等产业发展, b59 水源区绿色产业发展)."""
    agreements = _facts(text, "xwlb_2025-12-05-001.txt").agreements
    assert len(agreements) == 1
    assert agreements[0].fields == fields


def test_probe59_industry_inside_a_zones_name_is_no_field():
    """并在甲高新技术产业开发区建设…: 产业 inside a zone's name, no field of the agreement (fields_local)."""
    text = (
        "12月5日，中国某某集团与河南省人民政府签署了战略合作协议，并在洛阳高新技术产业开发区建设装备产业园，"
        "重点支持水网建设和生态修复。"
    )
    agreements = _facts(text, "xwlb_2025-12-05-002.txt").agreements
    assert agreements and not [f for f in agreements[0].fields if "高新技术" in f]


DOTTED_NAME_THEN_VERB = [
    pytest.param(
        "新华社北京３月２日电 国家主席赵明远今天上午在人民大会堂接受了肯尼亚驻华大使彼得·卡隆加递交国书。",
        "pd1998_19980303-01-001.txt",
        "彼得·卡隆加",
        id="ambassador-then-presents-credentials",
    ),
    pytest.param(
        "3月2日，外交部部长钱立峰在北京会见了赞比亚外交部长约翰·姆贝扎，约翰·姆贝扎转达了该国总统的问候。",
        "xwlb_2025-03-02-004.txt",
        "约翰·姆贝扎",
        id="minister-then-passes-on-greetings",
    ),
]


@pytest.mark.parametrize("text,name,person", DOTTED_NAME_THEN_VERB)
def test_probe59_a_dotted_name_ends_before_handing_over(text, name, person):
    """大使甲·乙递交国书: 递交/转交 end a transliterated name (person_words.yaml name_stops; b59 probe: the third
    ambassador read as 约瑟夫·姆万加递交国书)."""
    names = {p.name for p in _facts(text, name).persons}
    assert person in names
    assert not [n for n in names if n.startswith(person) and n != person]


LAUNCHED = [
    pytest.param(
        "11月20日9时15分，我国在太原卫星发射中心使用长征六号运载火箭，成功将某某试验卫星发射升空，卫星顺利进入预定轨道。",
        id="satellite-sent-up",
    ),
    pytest.param(
        "11月20日，我国在西昌卫星发射中心顺利将一颗通信卫星发射入轨，发射任务获得圆满成功。",
        id="satellite-sent-into-orbit",
    ),
]


@pytest.mark.parametrize("text", LAUNCHED)
def test_probe59_a_satellite_sent_up_is_a_launch(text):
    """成功将甲卫星发射升空: a craft sent up, a launch (event_kinds.yaml; b59 probe: the launch missed)."""
    events = _facts(text, "xwlb_2025-11-20-002.txt").events
    assert [e.date for e in events if e.kind == "launch"] == ["2025-11-20"]


def test_probe59_a_launch_planned_is_no_launch():
    """计划明年发射: a launch planned (no 成功/顺利…发射升空), none."""
    text = "11月20日，国家航天局新闻发言人表示，我国计划明年发射两颗海洋观测卫星。"
    events = _facts(text, "xwlb_2025-11-20-003.txt").events
    assert not [e for e in events if e.kind == "launch"]


def test_probe59_stops_of_a_round_called_on_are_no_visit_of_their_own():
    """先后看望了…: the stops of a round of calls told before (b38's row), no visit of its own."""
    text = (
        "本报兰州１月２３日讯 春节临近，省领导今天分头走访慰问离退休老同志。"
        "省委书记赵明远在省委副书记钱立峰陪同下，来到兰州市城关区，先后看望了原副省长孙志宏等老同志。"
    )
    events = _facts(text, "pd1998_19980124-04-001.txt").events
    assert all(e.date == "1998-01-23" for e in events if e.kind == "visit")


def test_probe59_a_named_item_of_the_documents_witnessed_is_a_signing_of_its_own():
    """会谈后，两国总理共同见证签署了…合作文件。其中，甲与乙签署了…协议: the item named with its signers is a signing of its
    own, not the talks (event_kinds.yaml named_item; b59 probe: the ministries' signers read as talks participants)."""
    text = (
        "10月21日，国务院总理赵明远在北京同来华访问的泰国总理巴颂·差猜举行会谈。"
        "会谈后，两国总理共同见证签署了经贸、农业等领域多份合作文件。"
        "其中，商务部与泰国商业部签署了农产品贸易合作协议，商务部副部长钱立峰和泰国商业部部长颂猜·英塔代表双方签字。"
    )
    events = _facts(text, "xwlb_2025-10-21-002.txt").events
    talks = [e for e in events if e.kind == "talks"]
    signing = [e for e in events if e.kind == "signing"]
    assert len(talks) == 1 and "钱立峰" not in talks[0].participants
    assert len(signing) == 1 and "钱立峰" in signing[0].participants


AGREED_AHEAD = [
    pytest.param("双方还商定，今年下半年在乌兰巴托举行两国外交部磋商。", id="agreed-to-hold-consultations"),
    pytest.param("两省约定，明年在济南举行第四次联席会议。", id="agreed-to-hold-a-joint-meeting"),
]


@pytest.mark.parametrize("later", AGREED_AHEAD)
def test_probe59_what_the_parties_agreed_to_hold_is_no_event(later):
    """双方商定，今年下半年在甲地举行磋商: what they agreed to do is a plan (event_kinds.yaml agreed_ahead; b59 probe: the
    consultations planned read as talks)."""
    text = "新华社北京１月２２日电 外交部部长赵明远今天同来访的蒙古国外交部长巴特尔·朝鲁举行会谈。" + later
    events = _facts(text, "pd1998_19980123-01-009.txt").events
    assert [e.kind for e in events] == ["talks"]
    assert events[0].date == "1998-01-22"
