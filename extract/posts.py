"""Step `posts`: title chains -> persons with (title, org) posts.

Reads a chain leftwards from each name that follows a title:

    长治市副市长、长治高新区党工委书记、管委会主任秦苏良
    = [长治市|副市长] 、 [长治高新区党工委|书记] 、 [管委会|主任] 秦苏良

Each link is (prefix, role). The prefix is an organisation (山西鹏飞集团有限公司), a
place (长治市), a level word (市委, 党工委, 管委会, 政协) or empty (the link inherits the
organisation of the link before it: 董事局主席兼总裁). Level words resolve with the
place / zone of the chain or of the article (`orgs.canonical`). A title is written as
the text gives it with its level word (市委副书记, 党工委书记, 政协副主席).

Conventions (stable): `doc.facts.persons` is filled (one Person per name, posts without
duplicates, sources); reporters (article authors) are never made persons from a byline.
"""
from __future__ import annotations

import bisect
import re

from .facts import Person, Post
from .mentions import PUNCT, lexicon, place_of
from .orgs import (canonical, current_zone, expand_zone, gov_of, is_generic_zone, party_of, register,
                   type_of, located, article_place)
from .pipeline import Doc, extractor
from .sentences import source_at

SEP = "、兼及和"
GOV_ROLE = re.compile(r"^(常务)?副?(省|市|县|区|州|镇|乡)长$|^(副)?秘书长$")
LEVEL_TAIL = re.compile(r"(自治区党委|党工委|纪工委|管委会|人大常委会|党支部|党委|党组|政协|[省市县区州旗]委|[省市县区]政府|人民政府)$")
CUT_LEFT = re.compile(r"^.*(?:由|与|和|及|在|对|向|曾任|原任|担任|出任|就任|会同|邀请|召集|陪同|带领|率领)")
NO_ORG_TITLES = {"市领导", "县领导", "区领导", "省领导"}
# words between an organisation and its title that belong to neither (a former post, a posting abroad)
GAPS = ("", "原", "前", "的", "任", "中国", "驻华")
# "<name>(已)出任<title chain>": the chain after the verb gives the name's posts
APPOINT = re.compile(r"(?:已经|已|将|又|也|现|曾经|曾|正式|先后|随后|后|同时|此前曾|此前)?"
                     r"(?:出任|就任|担任|接任|赴任|升任|调任|改任|转任|历任|曾任|任职于|任)")
# a clause that tells a career without naming its subject (此前曾担任…): the person just named
CAREER = re.compile(r"(?:此前|之前|早年|其间|此后|先后|曾经|曾)+(?:担任|任职于|出任|历任|任)|^(?:历任|曾任|曾担任|原任)")
CHAIN_END = re.compile(r"[。；！？\n]|，(?!及|和|以及|并)|等职|一职|期间|以来")


def ensure_zone_mentions(doc: Doc) -> None:
    """Specific zones named in each article (for 开发区/管委会 read later), once."""
    if "zone_mentions" in doc.scratch:
        return
    out: dict[int, list] = {}
    for m in doc.mentions:
        if m.kind == "org" and m.org_type == "development_zone" and not is_generic_zone(m.text):
            out.setdefault(m.article, []).append((m.start, expand_zone(m.text)))
    doc.scratch["zone_mentions"] = out


def _link_before(text: str, end: int, titles_by_end: dict[int, str],
                 orgs_by_end: dict[int, str] | None = None) -> tuple[int, str, str] | None:
    """The chain link (start, prefix, role) whose role ends at `end`, or None."""
    role = titles_by_end.get(end)
    if not role:
        return None
    rs = end - len(role)
    for gap in GAPS:
        # 央行稳定局原局长, 驻IMF中国执行董事, 研究部的高级分析师, 赴任X任副主任: the org before the gap
        if gap and text[rs - len(gap):rs] != gap:
            continue
        known = (orgs_by_end or {}).get(rs - len(gap))
        if known:
            return rs - len(gap) - len(known), known, role
    p = rs
    while p > 0 and text[p - 1] not in PUNCT and text[p - 1] not in SEP and rs - p < 30:
        if p - 1 >= 0 and (p - 1) in titles_by_end and p != rs:
            break
        p -= 1
    prefix = text[p:rs]
    cut = CUT_LEFT.match(prefix)
    if cut and len(prefix) - cut.end() >= 0:
        prefix = prefix[cut.end():]
    # "一行" or a name before the prefix is not part of it
    return rs - len(prefix), prefix, role


def read_chain(text: str, name_start: int, titles_by_end: dict[int, str],
               orgs_by_end: dict[int, str] | None = None) -> list[tuple[int, str, str]]:
    """Links of the title chain ending right before a name, left to right."""
    links = []
    end = name_start
    while True:
        link = _link_before(text, end, titles_by_end, orgs_by_end)
        if not link:
            break
        links.append(link)
        s = link[0]
        if s > 0 and text[s - 1] in SEP:
            end = s - 1
            continue
        if s > 0 and text[s - 1] in "，," and (s - 1) in titles_by_end and not CUT_LEFT.match(text[max(0, s - 40):s - 1]):
            end = s - 1    # 市委书记，市长X; not 甲出任A主任，B总裁乙 (A主任 is 甲's)
            continue
        if link[1] == "" and s > 0 and (s in titles_by_end):
            end = s
            continue
        break
    return links[::-1]


def chain_after(text: str, start: int, titles_by_end: dict[int, str],
                orgs_by_end: dict[int, str] | None = None, limit: int = 120) -> list[tuple[int, str, str]]:
    """Links of the title chain that starts at `start` (right after 出任/担任 ...), left to right:
    titles joined by 、/和/及/兼 (also "，及"), up to the clause's end or 等职."""
    m = CHAIN_END.search(text, start, min(len(text), start + limit))
    stop = m.start() if m else min(len(text), start + limit)
    links: list[tuple[int, str, str]] = []
    left = start
    for e in sorted(x for x in titles_by_end if start < x <= stop):
        link = _link_before(text, e, titles_by_end, orgs_by_end)
        if not link or e - len(link[2]) < left:
            continue      # a title inside the previous one's span
        if link[0] < left:
            link = (left, text[left:e - len(link[2])], link[2])
        between = text[left:link[0]]
        if between.strip("、和及兼，,以并与") or (not links and between):
            break         # not one chain: other words between two titles
        if not links and (len(link[1]) > 16 or "的" in link[1] and link[1] not in (orgs_by_end or {}).values()):
            break         # 担任这次活动的主持人: no organisation's title
        links.append(link)
        left = e
    return links


def resolve_chain(doc: Doc, article: int, links: list[tuple[int, str, str]]) -> list[Post]:
    """Posts of a chain: each link's title as written and its organisation."""
    lx = lexicon()
    posts: list[Post] = []
    place = None           # place named in the chain (曲沃县委 -> 曲沃县)
    zone = None            # zone named in the chain
    base_org = None        # org of the previous link (董事局主席兼总裁)
    for start, prefix, role in links:
        level = ""
        m = LEVEL_TAIL.search(prefix)
        if m:
            level = m.group(1)
            head = prefix[: m.start()]
        else:
            head = prefix
        head_place = place_of(head) if head else None
        if head_place is None and head:
            hp = re.sub(r"^.*?(省|自治区)(?=.)", "", head)
            head_place = place_of(hp) if hp != head else None
        if head_place:
            place = head_place.name
        head_org = None
        if head and not head_place:
            head_org = canonical(doc, article, head, start)
            if type_of(head_org) == "development_zone" or is_generic_zone(head):
                zone = head_org if not is_generic_zone(head) else (current_zone(doc, article, start) or head_org)
                head_org = zone
        title = (level + role) if level and level not in ("人大常委会",) else role
        org = None
        where = place or (None if zone else article_place(doc, article))
        if role in NO_ORG_TITLES:
            org = None
        elif level in ("党工委", "纪工委", "管委会") or (level == "" and zone and head_org == zone and False):
            z = zone or current_zone(doc, article, start)
            if z:
                org = {"党工委": f"中共{z}工作委员会", "纪工委": f"中共{z}纪律检查工作委员会",
                       "管委会": f"{z}管理委员会"}[level]
                zone = z
        elif level == "政协":
            target = head_org or place or where
            org = canonical(doc, article, f"{target}政协", start) if target else None
        elif level == "人大常委会":
            target = place or where
            org = f"{target}人大常委会" if target else None
        elif level == "党支部":
            # a village's or a company's party branch: the branch itself, as written (村党支部)
            org = (head_org or head or "村") + "党支部"
        elif level in ("党委", "党组") and head_org:
            org = head_org + "党委" if level == "党委" else head_org
            base_org = head_org
        elif level and (level.endswith("委") or level == "自治区党委" or level == "党委"):
            target = place or (where if not head else None)
            if not target and head:
                target = head
            org = party_of(target) if target else None
        elif level.endswith("政府"):
            org = gov_of(place or where) if (place or where) else None
        elif head_org:
            org = head_org
            base_org = head_org
        elif GOV_ROLE.match(role) or role in ("主席", "副主席") and place and place_of(place).level == "province":
            org = gov_of(place or where) if (place or where) else None
        elif base_org:
            org = base_org
        elif zone and role in ("主任", "副主任"):
            org = f"{zone}管理委员会"
        if org and not base_org and re.fullmatch(r"(自治区党|[省市县区州旗])委", level):
            base_org = org     # 区委常委、宣传部长: the next bare title is in the same committee
        written = prefix or None
        posts.append(Post(title=title, org=org, org_as_written=written))
        if org:
            alias = prefix if not level or level in ("党工委", "纪工委", "政协") or level.endswith(("委", "政府")) \
                and level not in ("党委",) else head
            if level in ("党委", "党支部") and org != head_org:
                alias = None   # X银行党委 is the bank's committee: 晋商银行 is the bank, no alias of it
            register(doc, org, alias=alias if alias and alias != org and not re.fullmatch(
                r"[省市县区]委|[省市县区]政府|管委会|党工委|纪工委|党委|党组", alias) else None,
                     located_in=located(doc, article, org))
    return posts


@extractor("posts")
def posts(doc: Doc) -> None:
    """Persons and the posts their title chains give them."""
    ensure_zone_mentions(doc)
    lx = lexicon()
    people: dict[str, Person] = {}
    authors = {a for art in doc.facts.articles for a in art.authors}
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        by_article.setdefault(m.article, []).append(m)
    for i, art in enumerate(doc.facts.articles):
        text = art.body or ""
        ms = by_article.get(i, [])
        titles_by_end = {m.end: m.text for m in ms if m.kind == "title"}
        orgs_by_end: dict[int, str] = {}
        for m in ms:
            if m.kind == "org" and len(m.text) > len(orgs_by_end.get(m.end, "")):
                orgs_by_end[m.end] = m.text
        persons = [m for m in ms if m.kind == "person"]
        # first mention of each kind by offset, looked up instead of searched for (a run-on
        # article has tens of thousands of mentions)
        person_by_end: dict[int, object] = {}
        title_by_start: dict[int, object] = {}
        org_by_end: dict[int, object] = {}
        for x in ms:
            if x.kind == "person":
                person_by_end.setdefault(x.end, x)
            elif x.kind == "title":
                title_by_start.setdefault(x.start, x)
            elif x.kind == "org":
                org_by_end.setdefault(x.end, x)
        for m in persons:
            name = m.canonical or m.text
            if name in authors and m.start >= 2 and text[max(0, m.start - 4):m.start].endswith(("记者", "通讯员")):
                continue
            src = source_at(doc, i, m.start)
            person = people.get(name)
            if person is None:
                person = people[name] = Person(name=name)
            if src not in person.sources and len(person.sources) < 20:
                person.sources.append(src)
            new: list[Post] = []
            if m.value == "title" or m.value == "known":
                # the name may be one of a list after a title: go back over 、-separated names
                s = m.start
                while s > 0 and text[s - 1] == "、":
                    prev = person_by_end.get(s - 1)
                    if not prev:
                        break
                    s = prev.start
                links = read_chain(text, s, titles_by_end, orgs_by_end)
                new = resolve_chain(doc, i, links)
            elif m.value == "title_after":
                t = title_by_start.get(m.end)
                if t:
                    k = m.start - 1   # before 的: the org
                    orgm = org_by_end.get(k)
                    org = canonical(doc, i, orgm.text, orgm.start) if orgm else None
                    new = [Post(title=t.text, org=org, org_as_written=orgm.text if orgm else None)]
            elif m.value == "org_member":
                # <organisation><name>表示: a person of that body, no title given (an untitled post)
                orgm = org_by_end.get(m.start)
                if orgm:
                    org = canonical(doc, i, orgm.text, orgm.start)
                    new = [Post(title="", org=org, org_as_written=orgm.text)]
            elif m.value == "famous":
                title, org = lx.famous[name]
                if text[m.end:m.end + len(title)] == title:
                    new = [Post(title=title, org=org)]
                    register(doc, org, typ="party_committee")
            verb = APPOINT.match(text, m.end)
            if verb:
                new = new + resolve_chain(doc, i, chain_after(text, verb.end(), titles_by_end, orgs_by_end))
            for p in new:
                p.source = src
                if not any(q.title == p.title and q.org == p.org for q in person.posts):
                    person.posts.append(p)
        _career_posts(doc, i, text, persons, people, titles_by_end, orgs_by_end)
    doc.facts.persons = [p for p in people.values() if p.name not in authors or p.posts]


def _career_posts(doc: Doc, i: int, text: str, persons: list, people: dict, titles_by_end: dict,
                  orgs_by_end: dict) -> None:
    """A clause telling a career without its subject (…，此前曾担任A董事总经理、B董事会秘书等职):
    the posts are those of the person named last before it in the same paragraph."""
    if not persons:
        return
    starts = [m.start for m in persons]
    for c in CAREER.finditer(text):
        a = c.start()
        if a > 0 and text[a - 1] not in "，。；：\n":
            continue
        k = bisect.bisect_right(starts, a) - 1
        if k < 0:
            continue
        who = persons[k]
        if a - who.end > 200 or "\n" in text[who.end:a]:
            continue
        new = resolve_chain(doc, i, chain_after(text, c.end(), titles_by_end, orgs_by_end))
        person = people.get(who.canonical or who.text)
        if person is None:
            continue
        src = source_at(doc, i, a)
        for p in new:
            p.source = src
            if not any(q.title == p.title and q.org == p.org for q in person.posts):
                person.posts.append(p)
