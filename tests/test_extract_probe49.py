"""Rows of made-up sentences for the general patterns behind the misses of probe batch b49 (transport, ports, foreign
trade, logistics and urban works; bench/data/pattern_probe_b49.yaml)."""

from __future__ import annotations

import pytest
from kgqa.extract import extract_page

INTO_SERVICE_CEREMONIES = [
    pytest.param(
        "今天（5月9日），某地国际机场T2航站楼投运仪式在某市举行。民航局副局长张一明出席仪式。",
        "xwlb_2025-05-09-003.txt",
        ("launch", "2025-05-09", ["张一明"]),
        id="terminal-into-service-ceremony",
    ),
    pytest.param(
        "本报某地６月３日讯 某某变电站投运典礼今天在某县举行。副省长陈一新出席典礼并讲话。",
        "pd1998_19980604-02-004.txt",
        ("launch", "1998-06-03", ["陈一新"]),
        id="substation-into-service-ceremony",
    ),
]


@pytest.mark.parametrize("text,name,wanted", INTO_SERVICE_CEREMONIES)
def test_probe49_an_into_service_ceremony_named_as_subject_is_a_launch(text, name, wanted):
    """A work put into service at a ceremony named as its sentence's subject (…航站楼投运仪式在甲地举行) is a launch, as
    投入使用 and …并网发电仪式在甲地举行 already (event_kinds.yaml launch triggers; b49 probe: the terminal's missed)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert wanted in [(e.kind, e.date, e.participants) for e in got]


SHORT_NAMES_WITH_A_WORD_LEFT_OUT = [
    pytest.param(
        "今天（4月2日），云南滇铁国际物流有限公司与某银行签署了合作协议。\n滇铁物流总经理、党委书记赵明远介绍，公司业务增长。",
        "xwlb_2025-04-02-003.txt",
        "赵明远",
        [("总经理", "云南滇铁国际物流有限公司"), ("党委书记", "云南滇铁国际物流有限公司党委")],
        id="logistics-firm-without-international",
    ),
    pytest.param(
        "本报讯 昨天，浙江海通远洋航运有限公司与某港签订了合作协议。海通航运董事长、党委书记钱立新出席。",
        "eb_x.txt",
        "钱立新",
        [("董事长", "浙江海通远洋航运有限公司"), ("党委书记", "浙江海通远洋航运有限公司党委")],
        id="shipping-firm-without-ocean",
    ),
]


@pytest.mark.parametrize("text,name,person,posts", SHORT_NAMES_WITH_A_WORD_LEFT_OUT)
def test_probe49_a_short_name_leaving_out_a_middle_word_is_that_company(text, name, person, posts):
    """A four-character short name made of the first two and the last two characters of a company's name without its
    place and legal ending (滇铁物流 of 云南滇铁国际物流有限公司) is that company, its 党委 that company's committee
    (resolve.py _firm_of_cut_name; b49 probe: 滇铁物流党委 kept as a body of its own)."""
    got = extract_page("标题\n\n" + text, source_name=name)
    p = next(p for p in got.persons if p.name == person)
    assert [(q.title, q.org) for q in p.posts] == posts


TEAMS_LED_TO_THE_PAPERS_CITY = [
    pytest.param(
        "发布时间：2011-05-11\n发布人：-某某日报\n本报讯 昨日，省交通运输厅副厅长张一明率省安全督查组来我市检查客运安全工作。副市长李二平陪同检查。",
        "eb_x.txt",
        ("inspection", "2011-05-10", ["张一明", "李二平"]),
        id="team-comes-to-our-city",
    ),
    pytest.param(
        "发布时间：2011-05-11\n发布人：-某某日报\n本报讯 昨天，市安监局局长王三强带领检查组来某区检查危化品企业。区长赵四海陪同检查。",
        "eb_x.txt",
        ("inspection", "2011-05-10", ["王三强", "赵四海"]),
        id="inspection-team-comes-to-a-district",
    ),
]


@pytest.mark.parametrize("text,name,wanted", TEAMS_LED_TO_THE_PAPERS_CITY)
def test_probe49_a_team_led_to_come_to_a_place_is_an_inspection_with_its_leader(text, name, wanted):
    """A 督查组/检查组 someone leads that comes to a place (率督查组来我市检查…) is an inspection with its leader, as
    率检查组到乙市 already (event_kinds.yaml; b49 probe: the inspection kept no participant)."""
    got = extract_page("标题\n\n" + text, source_name=name).events
    assert wanted in [(e.kind, e.date, e.participants) for e in got]


DEALS_AFTER_AN_INSPECTION_TRIP = [
    pytest.param(
        "发布时间：2011-05-11\n发布人：-某某日报\n本报讯 昨日，副省长张一明到我市检查防汛工作。\n检查结束后，甲乙建设有限公司与丙丁银行签订了贷款协议。",
        "eb_x.txt",
        "2011-05-10",
        id="after-the-check",
    ),
    pytest.param(
        "新华网某地5月11日电 副省长张一明昨日到某县调研。\n调研结束后，甲乙建设有限公司与丙丁银行签署了合作协议。",
        "cnews_x.txt",
        "2009-05-10",
        id="after-the-survey",
    ),
]


@pytest.mark.parametrize("text,name,date", DEALS_AFTER_AN_INSPECTION_TRIP)
def test_probe49_a_deal_told_after_an_inspection_trip_has_its_day(text, name, date):
    """A sentence opening 检查结束后，/调研结束后， goes on with the trip just told, on its day, as 仪式结束后，/会后，
    already (event_kinds.yaml scene_sequel; b49 probe: two deals signed after a check had no date)."""
    got = extract_page("标题\n\n" + text, source_name=name).agreements
    assert [a.date for a in got] == [date]


WITNESSES_AFTER_A_CEREMONY_OF_ANOTHER_KIND = [
    pytest.param(
        "今天（11月28日），某港航线开通仪式在某港举行。交通运输部副部长周立群宣布航线开通，副主席黄文斌出席仪式并致辞。\n"
        "仪式上，甲港务集团有限公司与乙海运集团有限公司签署了航线合作协议；丙银行与某市人民政府签订了贷款协议。周立群、黄文斌见证签约。",
        "xwlb_2025-11-28-004.txt",
        [["周立群", "黄文斌"], ["周立群", "黄文斌"]],
        id="two-clauses-of-different-subjects",
    ),
    pytest.param(
        "新华网某地12月26日电 某城际铁路今日开通运营。副部长陈国强宣布开通运营，省长吴建华出席开通仪式并讲话，"
        "某铁路局局长李振宇，市委书记黄志强出席仪式，副省长刘文斌主持仪式。开通仪式上，"
        "甲铁路投资集团公司与某铁路局签订了委托运输管理合同；与丙银行签署了贷款合作协议。陈国强、吴建华见证签约。",
        "cnews_x.txt",
        [["陈国强", "吴建华"], ["陈国强", "吴建华"]],
        id="one-subjects-two-deals",
    ),
]


@pytest.mark.parametrize("text,name,witnesses", WITNESSES_AFTER_A_CEREMONY_OF_ANOTHER_KIND)
def test_probe49_the_witnesses_told_after_the_deals_are_those_of_the_first_deal_too(text, name, witnesses):
    """Deals signed at a ceremony of another kind (仪式上，甲与乙签署…；丙与丁签订…。戊、己见证签约) take the witnesses told
    after them, the first deal too, not the persons who attended the ceremony in the sentence before (出席仪式并致辞)
    (agreements.py witnesses_of seeks the sentence before last; b49 probe: the first deal lost a witness or both)."""
    got = extract_page("标题\n\n" + text, source_name=name).agreements
    assert [a.witnesses for a in got] == witnesses
