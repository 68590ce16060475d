"""A made-up fact page the wording tests share: a city (青岚市), its party committee, a group that signs with it
after talks, the group's chairman's inspection before the signing, and the city's CPPCC delegation that inspects a
development zone. A test adds its own facts with `city_page`. All names are invented."""

from __future__ import annotations

import copy
from typing import Any

GOV, CPC, CO = "青岚市人民政府", "中共青岚市委员会", "星岫集团有限公司"
ZONE, CPPCC, SUPPLIER = "东湖经济技术开发区", "中国人民政治协商会议青岚市委员会", "云岭集团有限公司"
HTZ = "青岚高新技术产业开发区"
WATER, ROBOTS = "青岚市水务局", "青岚澄波机器人有限公司"  # tests/conftest.py bureau_page

_CITY: dict[str, Any] = {
    "locale": "青岚市",
    "articles": [{"title": "青岚市与星岫集团签署战略合作协议", "first_words": "本报讯", "date": "2033-05-06"}],
    "persons": [
        {"name": "陆听松", "posts": [{"title": "市委书记", "org": CPC}]},
        {"name": "顾远山", "posts": [{"title": "董事长", "org": CO}]},
        {"name": "孟长河", "posts": [{"title": "政协副主席", "org": CPPCC}]},
    ],
    "organizations": [
        {"name": GOV, "type": "government", "aliases": ["青岚市政府"], "located_in": "青岚市"},
        {"name": CPC, "type": "party_committee", "aliases": ["青岚市委"]},
        {"name": CO, "type": "company", "aliases": ["星岫集团"]},
        {"name": CPPCC, "type": "other", "aliases": ["青岚市政协"]},
        {"name": SUPPLIER, "type": "company", "aliases": ["云岭集团"]},
    ],
    "events": [
        {
            "kind": "talks",
            "date": "2033-05-06",
            "summary": "陆听松会见来访的顾远山一行，双方座谈后出席签约仪式",
            "participants": ["陆听松", "顾远山"],
            "organizations": [GOV, CO],
        },
        {
            "kind": "inspection",
            "summary": "签约仪式前顾远山一行深入东湖区实地考察",
            "participants": ["顾远山"],
            "organizations": [CO],
            "location": "东湖区",
        },
    ],
}


def delegation_visit(*others: str) -> dict[str, Any]:
    """The CPPCC delegation's inspection of the zone, led by 孟长河, with `others` along.

    >>> delegation_visit("韩小舟")["participants"]
    ['孟长河', '韩小舟']
    """
    return {
        "kind": "inspection",
        "date": "2033-04-11",
        "summary": "孟长河带领青岚市政协考察团来东湖经济技术开发区参观考察",
        "participants": ["孟长河", *others],
        "organizations": [CPPCC, ZONE],
        "location": ZONE,
    }


def city_page(**more: list[dict[str, Any]]) -> dict[str, Any]:
    """The shared city page, with each section's own facts followed by `more` of that section.

    >>> [p["name"] for p in city_page(persons=[{"name": "宋晚晴", "posts": []}])["persons"]]
    ['陆听松', '顾远山', '孟长河', '宋晚晴']
    """
    page = copy.deepcopy(_CITY)
    for section, items in more.items():
        page.setdefault(section, []).extend(items)
    return page


def meeting_page(*persons: dict[str, Any]) -> dict[str, Any]:
    """The city page with a high-tech zone, the city's strategic agreement with the group, and a meeting two reporters
    wrote up, plus `persons`.

    >>> [p["name"] for p in meeting_page({"name": "沈听竹", "posts": []})["persons"]][-1]
    '沈听竹'
    """
    return city_page(
        articles=[
            {
                "title": "青岚市召开全市招商引资推进会",
                "first_words": "本报讯",
                "date": "2033-05-08",
                "authors": ["苏映雪", "顾南枝"],
            },
        ],
        persons=list(persons),
        organizations=[
            {"name": HTZ, "type": "development_zone", "aliases": ["青岚高新区"], "located_in": "青岚市"},
        ],
        development_zones=[{"name": HTZ, "city": "青岚市", "industries": ["氢能", "新材料"]}],
        agreements=[
            {"kind": "战略合作协议", "parties": [GOV, CO], "date": "2033-05-06", "fields": ["氢能", "文旅"]},
        ],
        events=[
            {
                "kind": "meeting",
                "date": "2033-05-08",
                "summary": "陆听松主持召开全市招商引资推进会",
                "participants": ["陆听松"],
                "organizations": [GOV],
            },
        ],
    )


# the city page with a meeting three bodies took part in (counted with 多少家单位, asked with 单位 as the noun asked)
THREE_BODIES_MEETING = city_page(
    events=[
        {
            "kind": "meeting",
            "date": "2033-06-02",
            "summary": "青岚市召开稳价座谈会，星岫集团、云岭集团等单位参加",
            "participants": ["陆听松"],
            "organizations": [GOV, CO, SUPPLIER],
        }
    ]
)


# a city's meeting with a vice-mayor on the standing committee and a secretary-general (blind32's and qa51's wordings)
TWO_OFFICIALS_MEETING = meeting_page(
    {"name": "沈听竹", "posts": [{"title": "副市长", "org": GOV}, {"title": "市委常委", "org": CPC}]},
    {"name": "温映秋", "posts": [{"title": "秘书长", "org": GOV}]},
)
