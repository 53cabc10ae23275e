"""Towns (镇, 乡, 街道) and villages (村, 社区): names repeated all over the country.

The same village name exists in dozens of counties (五龙村: 72), so a name is accepted only
where the division table confirms it under the region the text sets it in: the region written
right before it (高昌区亚尔镇新城西门村) or, failing that, the places the article names,
nearest first. Towns are matched by stem because they are often re-graded (李家乡 -> 李家镇).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from viewer.facts.place_lexicon import CITY, COUNTY, PROVINCE, Lexicon, town_stem, village_stem
from viewer.facts.place_mention import TOWN, VILLAGE, Mention, contains

_SUFFIX = re.compile(r"街道|社区|苏木|嘎查|镇|乡|村")
_TOWN_SUFFIXES = ("街道", "苏木", "镇", "乡")
_MAX_STEM = 8
_NEAR = 300
_HAN = re.compile(r"[\u4e00-\u9fff]")
# characters that do not begin or sit inside a place name written after its parent
_STOP = set("的了和与及在到对为是有个各全本该每等从向把将被由这那其此级委会第们我你他她它并")
# a motion or location verb right before a name makes it a place even when the article does
# not say which county it is in: 走进水磨沟镇, 到翁岩村
_LOCATIVE = ("走进", "前往", "来到", "深入", "进入", "位于", "地处", "走访", "赴", "到", "在")


def find_local(lex: Lexicon, text: str, regions: list[Mention]) -> list[Mention]:
    """Town and village mentions, given the region mentions already found."""
    firm = [m for m in regions if not m.tentative]
    found: list[Mention] = []
    for match in _SUFFIX.finditer(text):
        q, e = match.start(), match.end()
        if any(m.start <= q < m.end for m in firm) or any(m.start <= q < m.end for m in found):
            continue
        m = _candidate(lex, text, q, e, match.group(0), regions, found)
        if m is not None:
            found.append(m)
    return found


def _left_limit(text: str, q: int, mentions: Iterable[Mention]) -> int:
    limit = max(0, q - _MAX_STEM)
    for m in mentions:
        if not m.tentative and m.end <= q:
            limit = max(limit, m.end)
    i = q
    while i > limit and _HAN.match(text[i - 1]):
        i -= 1
    return i


def _candidate(lex, text, q, e, suffix, regions, found) -> Mention | None:
    is_town = suffix in _TOWN_SUFFIXES
    mentions = sorted([*regions, *found], key=lambda m: m.start)
    b = _left_limit(text, q, mentions)
    ends = {m.end: m for m in mentions if m.end <= q}
    for s in range(b, q):
        name = text[s:e]
        if is_town:
            ids = lex.towns_named(town_stem(name))
        else:
            ids = lex.villages_named(village_stem(name))
        parent = ends.get(s)
        stem_len = q - s
        ordinary = suffix == "乡" and text[e : e + 1] in ("村", "镇")  # 乡村, 乡镇
        if parent is not None and parent.resolved:
            hit = _under(lex, ids, parent, is_town, mentions)
            if hit is not None:
                return _make(lex, s, e, name, is_town, hit)
            if not ordinary and _plausible_child(text[s:q], parent, is_town):
                return _child(s, e, name, is_town, parent)
            continue
        if stem_len < 2 or not ids or ordinary:
            continue
        if not is_town and text[s:q] in lex.common_words:
            continue  # 友谊村, 团结村: real villages, but in running text the ordinary word
        for ctx in _by_distance(mentions, s, is_town):
            hit = _under(lex, ids, ctx, is_town, mentions)
            if hit is not None:
                return _make(lex, s, e, name, is_town, hit)
        if text[max(0, s - 2) : s].endswith(_LOCATIVE) and not (_STOP & set(text[s:q])):
            return _unplaced(lex, s, e, name, is_town, ids)
    return None


def _by_distance(mentions: list[Mention], s: int, is_town: bool) -> list[Mention]:
    """Context regions: the nearest preceding first, then those after. A village needs a
    county or town close by; a town may take its county from anywhere in the article."""
    usable = [m for m in mentions if m.resolved and not m.tentative and m.level != PROVINCE]
    if not is_town:
        usable = [m for m in usable if m.level >= COUNTY and abs(m.start - s) <= _NEAR]
    before = sorted((m for m in usable if m.end <= s), key=lambda m: s - m.end)
    after = sorted((m for m in usable if m.start > s), key=lambda m: m.start - s)
    return before + after


def _under(
    lex: Lexicon, town_ids: tuple[int, ...], ctx: Mention, is_town: bool, mentions: list[Mention]
) -> int | None:
    """A town id in `town_ids` inside the context mention's area; among several, the one in
    a county the article names elsewhere (余村 in 浙江: the one in the county named later)."""
    inside = []
    for tid in town_ids:
        if ctx.level == TOWN:
            if not is_town and tid == ctx.town:
                return tid
            continue
        if ctx.level == VILLAGE:
            continue
        county = lex.towns[tid][1]
        if ctx.level in (PROVINCE, CITY, COUNTY) and contains(lex, ctx.region, county):
            inside.append(tid)
    if len(inside) > 1:
        named = {m.region for m in mentions if m.resolved and not m.tentative}
        for tid in inside:
            if lex.towns[tid][1] in named:
                return tid
    return inside[0] if inside else None


def _plausible_child(stem: str, parent: Mention, is_town: bool) -> bool:
    """A name missing from the table but written right after its parent: 新地乡小分子村."""
    if not 2 <= len(stem) <= 5 or _STOP & set(stem):
        return False
    if is_town:
        return parent.level == COUNTY and not parent.short
    return parent.level == TOWN


def _make(lex: Lexicon, s: int, e: int, name: str, is_town: bool, tid: int) -> Mention:
    county = lex.towns[tid][1]
    level = TOWN if is_town else VILLAGE
    return Mention(s, e, level, county, name, town=tid if is_town else -1, form=name)


def _child(s: int, e: int, name: str, is_town: bool, parent: Mention) -> Mention:
    level = TOWN if is_town else VILLAGE
    return Mention(s, e, level, parent.region, name, form=name)


def _unplaced(lex, s, e, name, is_town, ids) -> Mention:
    counties = {lex.towns[t][1] for t in ids}
    level = TOWN if is_town else VILLAGE
    region = next(iter(counties)) if len(counties) == 1 else -1
    return Mention(s, e, level, region, name, form=name)
