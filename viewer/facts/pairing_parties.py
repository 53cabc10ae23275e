"""The parties a pairing can name: places and institutions, with canonical short names.

A place run written as a chain (浙江省杭州市滨江区) is one party named by its most specific
member. An institution keeps its own name (武汉大学, 罗甸县中医院) and remembers the
jurisdiction written in front of it, so that a bureau of a partner county can be folded
into the county-level pair (滨江社发局 -> 滨江区).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from viewer.facts import entity_aliases as aliases
from viewer.facts.place_lexicon import CITY, COUNTY, Lexicon
from viewer.facts.place_mention import Mention
from viewer.facts.spans import SpanIndex

_HAN = "\u4e00-\u9fff"
# bodies of a jurisdiction: always stand for the jurisdiction itself
_BODY = re.compile(
    r"(?:局|委|政府|指挥部|党委|管委会|组织部|宣传部|办公室|政协|人大|委员会|工作队)$"
)
_LEFT_STOP = set("的和与及在到对为是从由被将把向赴跟同让给、，,。；;：:“”‘’《》()（）\n ")
_OWN_ORG = re.compile(
    rf"[{_HAN}]{{2,10}}?(?:大学|学院|医院|卫生院|公司|集团|总工会|指挥部|校友会)"
    rf"(?:[{_HAN}]{{2,8}}?(?:校友会|学院)|驻[{_HAN}]{{1,4}}?工作队)?"
    r"|[市县区][一二三四五六七八九十]医(?:院)?(?![疗生学务药护师科保])"
)
_LEGAL_FORM = re.compile(r"(?:股份|控股)?有限(?:责任)?公司|股份公司")
_NUMBERED_HOSPITAL = re.compile(r"^([市县区])([一二三四五六七八九十])医院?$")
_RELATION_INSIDE = re.compile(r"帮扶|支援|援建|结对|对口")
_MEASURES = "家所个座"
_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十几数多]")
_COUNTED = re.compile(rf"[0-9一二两三四五六七八九十几数多][{_MEASURES}]")
# a university's own hospital or school is an institution of its own (兰州大学第二医院,
# 首都医科大学附属北京朝阳医院), unlike its colleges and centres
_OWN_UNIT = re.compile(
    rf"(?:附属|第[一二三四五六七八九十])[{_HAN}]{{0,20}}?(?:医院|中学|小学|幼儿园)$"
)


@dataclass(slots=True)
class Party:
    """One party: `name` canonical simplified; `home` the region id of the jurisdiction
    written in front of an institution (-1 if none); `is_place` for places themselves."""

    start: int
    end: int
    name: str
    is_place: bool
    region: int = -1
    home: int = -1
    body: bool = False
    level: int = -1
    numbered: str = ""  # 市二医: "市二", named after the city the article speaks for
    # a place chain's wider members, most specific last: (name, region id, level)
    outer: tuple[tuple[str, int, int], ...] = ()
    seat: int = -1  # the region an institution's own name starts with (江西师范大学: 江西省)


def region_name(lex: Lexicon, m: Mention) -> str:
    """A place party's name: the official full name (壶关 -> 壶关县); towns keep the text."""
    if m.level <= COUNTY and m.resolved:
        return lex.regions[m.region][0]
    return m.form or m.name


def find_parties(
    lex: Lexicon, text: str, mentions: tuple[Mention, ...], orgs: list[tuple[int, int]]
) -> list[Party]:
    """Parties in reading order, without overlaps: institutions first, then place chains."""
    # an organization span that runs over a relation verb joins two names: find them anew
    orgs = [o for o in orgs if not _RELATION_INSIDE.search(text, o[0], o[1])]
    orgs = [o for o in orgs if not _COUNTED.search(text, o[0], o[1])]  # 一家茶叶公司
    # the longest span wins where two start together (a full affiliated hospital's name)
    spans = sorted(set(orgs) | set(_own_orgs(lex, text, orgs)), key=lambda s: (s[0], -s[1]))
    parties: list[Party] = []
    taken: list[tuple[int, int]] = []
    reach = -1  # spans come by start, so one overlaps a taken one when it starts before this
    starts = [m.start for m in mentions]
    for start, end in spans:
        if reach > start if start < end else any(a < end and start < b for a, b in taken):
            continue
        parties.append(_institution(lex, text, start, end, mentions, starts))
        taken.append((start, end))
        reach = max(reach, end)
    covered = SpanIndex(taken)
    chain: list[Mention] = []
    for m in mentions:
        if covered.covers(m.start, m.end):
            continue
        if chain and chain[-1].end != m.start:
            parties.append(_chain_party(lex, chain))
            chain = []
        chain.append(m)
    if chain:
        parties.append(_chain_party(lex, chain))
    parties.sort(key=lambda p: p.start)
    _full_names(parties)
    _registered_names(lex, parties)
    return parties


def _registered_names(lex: Lexicon, parties: list[Party]) -> None:
    """华能集团 beside 中国华能集团有限公司: the article's longest form of a name, the same
    name with a country or place in front and a legal form behind. 北京大学 is no short
    form of 北京大学人民医院: a unit's own suffix is another institution."""
    names = {p.name for p in parties if not p.is_place}
    longest: dict[str, str] = {}  # a short form -> the longest name written with it
    for long in sorted(names, key=len):
        for short in _short_forms(lex, long) | _abbreviations(names, long):
            if short in names and len(short) >= 4:
                longest[short] = long
    for p in parties:
        if not p.is_place and p.name in longest:
            p.name = longest[p.name]


def _abbreviations(names: set[str], long: str) -> set[str]:
    """Names that abbreviate `long` by dropping several runs (中建集团 for 中国建筑集团有限公司)."""
    return {n for n in names if aliases.is_short_form(n, long)}


def _short_forms(lex: Lexicon, name: str) -> set[str]:
    """`name` without a legal form behind (有限公司) and without a country or a place in
    front (中国, 北京), each or both; at most a few dozen strings."""
    legal = _LEGAL_FORM.search(name)
    cores = {name, name[: legal.start()]} if legal and legal.end() == len(name) else {name}
    out = set()
    for core in cores:
        out.add(core)
        for n in range(2, min(len(core) - 3, 8) + 1):
            if core[:n] in ("中国", "中华") or core[:n] in lex.region_keys:
                out.add(core[n:])
    out.discard(name)
    return out


def _full_names(parties: list[Party]) -> None:
    """北京朝阳医院 after 首都医科大学附属北京朝阳医院: a re-mention by the tail of the name."""
    names = {p.name for p in parties if not p.is_place}
    ending: dict[str, list[str]] = {}  # a tail of four or more characters -> names ending so
    for n in names:
        for k in range(1, len(n) - 3):
            ending.setdefault(n[k:], []).append(n)
    for p in parties:
        if p.is_place or p.numbered:
            continue
        longer = ending.get(p.name, []) if len(p.name) >= 4 else []
        if longer:
            p.name = min(longer, key=len)


def _chain_party(lex: Lexicon, chain: list[Mention]) -> Party:
    last = chain[-1]
    name = region_name(lex, last)
    outer = tuple((region_name(lex, m), m.region, m.level) for m in chain[:-1] if m.resolved)
    party = Party(chain[0].start, last.end, name, True, region=last.region, level=last.level)
    party.outer = outer
    return party


def _own_orgs(lex: Lexicon, text: str, given: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Universities, hospitals, companies by suffix when no organization list covers them."""
    out = []
    named = SpanIndex(given)
    for m in _OWN_ORG.finditer(text):
        start, end = m.start(), m.end()
        if named.overlaps(start, end):
            continue
        # the name starts after the last function word or punctuation before the suffix,
        # or at a place name inside it (任职企业山西迪奥普有限公司 -> 山西迪奥普有限公司)
        cut = max((i for i in range(start, end) if text[i] in _LEFT_STOP), default=start - 1)
        start = cut + 1
        if start < end and text[start] in "年月日号" and text[start - 1 : start].isdigit():
            start += 1  # 2022年华能集团: the date ends before the name
        places = [e + 1 - len(k) for e, (k, _) in lex.automaton.iter(text, start, end)]
        if places and min(places) > start:
            start = min(places)
        if end - start >= 3 and not _generic(lex, text, start, end):
            out.append((start, end))
    return out


def _generic(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """`5家三级医院`, `一家茶叶公司`, `帮助医院`: a counted group or a common word with a
    suffix names nobody."""
    name = text[start:end]
    if _COUNTED.search(name) or (name[0] in _MEASURES and _NUMERAL.match(text, start - 1)):
        return True
    for suffix in ("卫生院", "医院"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem in lex.common_words or stem.endswith("级")
    return False


def _institution(
    lex: Lexicon, text: str, start: int, end: int, mentions, starts: list[int]
) -> Party:
    name = text[start:end]
    # the mentions inside the name; `starts` (theirs, in order) keeps this a bisection
    lead = []
    for k in range(bisect_left(starts, start), len(mentions)):
        if mentions[k].start >= end:
            break
        if mentions[k].end <= end:
            lead.append(mentions[k])
    home = -1
    pos = start
    for m in lead:  # the place chain written at the front of the name
        if m.start != pos:
            break
        home, pos = m.region, m.end
    numbered = _NUMBERED_HOSPITAL.match(name)
    name = _canonical(lex, text, start, name, mentions)
    body = bool(_BODY.search(name)) and home >= 0
    party = Party(start, end, name, False, home=home, body=body)
    party.seat = home if home >= 0 else _seat(lex, name)
    if numbered:
        party.numbered = numbered.group(1) + numbered.group(2)
    return party


def _seat(lex: Lexicon, name: str) -> int:
    """The one region whose full or short name opens the institution's name (江西师范大学)."""
    for n in range(min(len(name) - 2, 8), 1, -1):
        entries = lex.region_keys.get(name[:n])
        if entries and len({rid for rid, _ in entries}) == 1:
            return entries[0][0]
    return -1


def numbered_hospital(party: Party, owner: Party) -> str:
    """`市二医` of the city `owner`: 贵阳市第二人民医院."""
    return f"{owner.name}第{party.numbered[1]}人民医院"


def owner_level(party: Party) -> int:
    return CITY if party.numbered[:1] == "市" else COUNTY


def _canonical(lex: Lexicon, text: str, start: int, name: str, mentions) -> str:
    if "驻" in name and name.index("驻") >= 3:  # 全国总工会驻壶工作队 -> 全国总工会
        name = name[: name.index("驻")]
    at = name.find("大学")
    own_unit = _OWN_UNIT.search(name, at + 2) if at > 0 else None
    if at > 0 and at + 2 < len(name) and not name.endswith("校友会") and not own_unit:
        name = name[: at + 2]  # a university's school or centre stands for the university
    numbered = _NUMBERED_HOSPITAL.match(name)
    if numbered:  # 市二医: the numbered people's hospital of the city the article is about
        level = CITY if numbered.group(1) == "市" else COUNTY
        before = [m for m in mentions if m.end <= start and m.level == level and m.resolved]
        if before:
            owner = lex.regions[before[-1].region][0]
            return f"{owner}第{numbered.group(2)}人民医院"
    return _official_lead(lex, name)


def _official_lead(lex: Lexicon, name: str) -> str:
    """积石山县人民医院 -> 积石山保安族东乡族撒拉族自治县人民医院: an autonomous county or
    prefecture written short (X县, X州) at the front of a name takes its official name."""
    for n in range(min(len(name) - 2, 8), 2, -1):
        if name[n - 1] not in "县州":
            continue
        entries = lex.region_keys.get(name[:n], [])
        if len(entries) == 1 and entries[0][1] and lex.regions[entries[0][0]][3] <= COUNTY:
            return lex.regions[entries[0][0]][0] + name[n:]
    return name
