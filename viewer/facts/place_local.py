"""Towns (镇, 乡, 街道) and villages (村, 社区): names repeated all over the country.

The same village name exists in dozens of counties (五龙村: 72), so a name is accepted only
where the division table confirms it under the region the text sets it in: the region written
right before it (高昌区亚尔镇新城西门村) or, failing that, the places the article names,
nearest first. Towns are matched by stem because they are often re-graded (李家乡 -> 李家镇).
The places known so far sit in sorted indexes, so each suffix costs a few bisections however
long the page is.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from viewer.facts.place_lexicon import CITY, COUNTY, PROVINCE, Lexicon, town_stem, village_stem
from viewer.facts.place_mention import TOWN, VILLAGE, Mention, contains, lineage

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
    known = _Known(lex, regions)
    for match in _SUFFIX.finditer(text):
        q, e = match.start(), match.end()
        if known.in_firm(q) or known.in_found(q) or _level_word(text, e):
            continue
        m = _candidate(lex, text, q, e, match.group(0), known)
        if m is not None:
            known.add(m)
    return known.found


class _Known:
    """Region mentions (non-overlapping, in reading order) and the names found so far.

    A found name never overlaps a firm region and ends before the next suffix, so found names
    arrive in reading order and lie before every later candidate.
    """

    def __init__(self, lex: Lexicon, regions: list[Mention]) -> None:
        self.lex = lex
        self.firm = [m for m in regions if not m.tentative]
        self.firm_starts = [m.start for m in self.firm]
        self.firm_ends = [m.end for m in self.firm]
        self.region_at_end = {m.end: m for m in regions}
        self.found: list[Mention] = []
        self.found_at_end: dict[int, Mention] = {}
        self.named = {m.region for m in self.firm if m.resolved}
        # firm prefectures and counties by region id: the contexts a town or village sits in
        self.by_region: dict[int, list[int]] = {}
        for i, m in enumerate(self.firm):
            if m.resolved and m.level in (CITY, COUNTY):
                self.by_region.setdefault(m.region, []).append(i)
        self.towns_found: dict[int, Mention] = {}
        self._around_cache: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def in_firm(self, q: int) -> bool:
        i = bisect_right(self.firm_starts, q) - 1
        return i >= 0 and q < self.firm_ends[i]

    def in_found(self, q: int) -> bool:
        return bool(self.found) and self.found[-1].start <= q < self.found[-1].end

    def add(self, m: Mention) -> None:
        self.found.append(m)
        self.found_at_end[m.end] = m
        if m.resolved:
            self.named.add(m.region)
            if m.level == TOWN and m.town >= 0:
                self.towns_found[m.town] = m  # the latest one is the nearest

    def left_limit(self, text: str, q: int) -> int:
        """Where a name ending at `q` may begin: within _MAX_STEM characters of Han text and
        after every firm mention that ends by then."""
        limit = max(0, q - _MAX_STEM)
        i = bisect_right(self.firm_ends, q) - 1
        if i >= 0:
            limit = max(limit, self.firm_ends[i])
        if self.found:
            limit = max(limit, self.found[-1].end)
        i = q
        while i > limit and _HAN.match(text[i - 1]):
            i -= 1
        return i

    def ending_at(self, s: int) -> Mention | None:
        """The mention ending at `s` that starts last (a found name over a region on a tie)."""
        region, found = self.region_at_end.get(s), self.found_at_end.get(s)
        if region is None or found is None:
            return region or found
        return found if found.start >= region.start else region

    def nearest(self, s: int, ids: tuple[int, ...], is_town: bool) -> Mention | None:
        """The first context holding one of `ids`: the nearest before `s`, then the nearest
        after. A village needs a county or its town within _NEAR characters; a town may take
        its prefecture or county from anywhere in the article."""
        best: tuple[int, int, int, int] | None = None
        best_m: Mention | None = None
        for rid, level in self._around(ids):
            if not is_town and level < COUNTY:
                continue
            index = self.by_region[rid]
            k = bisect_right(index, s, key=lambda i: self.firm_starts[i])
            before = k - 1
            if before >= 0 and self.firm_ends[index[before]] > s:
                before -= 1  # a region straddling s is neither before nor after it
            for pos in (before, k):
                if not 0 <= pos < len(index):
                    continue
                m = self.firm[index[pos]]
                if not is_town and abs(m.start - s) > _NEAR:
                    continue
                key = (0, s - m.end, m.start, 0) if pos == before else (1, m.start - s, m.start, 0)
                if best is None or key < best:
                    best, best_m = key, m
        if not is_town:
            for tid in ids:
                m = self.towns_found.get(tid)
                if m is not None and abs(m.start - s) <= _NEAR:
                    key = (0, s - m.end, m.start, 1)
                    if best is None or key < best:
                        best, best_m = key, m
        return best_m

    def _around(self, ids: tuple[int, ...]) -> list[tuple[int, int]]:
        """The named regions (and their levels) that contain a town in `ids`: its county,
        prefecture and province; the same name recurs, so each set of ids is worked out once."""
        found = self._around_cache.get(ids)
        if found is None:
            out: set[int] = set()
            for tid in ids:
                county = self.lex.towns[tid][1]
                if county >= 0:
                    out.add(county)
                    out.update(r for r in lineage(self.lex, county) if r >= 0)
            found = [(r, self.lex.regions[r][3]) for r in out if r in self.by_region]
            self._around_cache[ids] = found
        return found


def _level_word(text: str, e: int) -> bool:
    """村级, 镇级, 乡级光伏电站: the suffix and 级 make an adjective (at village level), so the
    characters before it are not a village name."""
    return text[e : e + 1] == "级"


def _candidate(lex, text, q, e, suffix, known: _Known) -> Mention | None:
    is_town = suffix in _TOWN_SUFFIXES
    b = known.left_limit(text, q)
    for s in range(b, q):
        name = text[s:e]
        if is_town:
            ids = lex.towns_named(town_stem(name))
        else:
            ids = lex.villages_named(village_stem(name))
        parent = known.ending_at(s)
        stem_len = q - s
        ordinary = suffix == "乡" and text[e : e + 1] in ("村", "镇")  # 乡村, 乡镇
        if parent is not None and parent.resolved:
            hit = _under(lex, ids, parent, is_town, known.named)
            if hit is not None:
                return _make(lex, s, e, name, is_town, hit)
            if not ordinary and _plausible_child(text[s:q], parent, is_town):
                return _child(s, e, name, is_town, parent)
            continue
        if stem_len < 2 or not ids or ordinary:
            continue
        if not is_town and text[s:q] in lex.common_words:
            continue  # 友谊村, 团结村: real villages, but in running text the ordinary word
        ctx = known.nearest(s, ids, is_town)
        if ctx is not None:
            hit = _under(lex, ids, ctx, is_town, known.named)
            if hit is not None:
                return _make(lex, s, e, name, is_town, hit)
        if text[max(0, s - 2) : s].endswith(_LOCATIVE) and not (_STOP & set(text[s:q])):
            return _unplaced(lex, s, e, name, is_town, ids)
    return None


def _under(
    lex: Lexicon, town_ids: tuple[int, ...], ctx: Mention, is_town: bool, named: set[int]
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
