"""Provinces, prefectures and counties: dictionary matching, then disambiguation by context.

Aho-Corasick finds every full and short name in the simplified copy; overlapping hits keep the
longest. A name shared by several regions (新城区, 朝阳) is resolved by the other places the
article names, nearest first; short forms stay tentative until the text backs them up.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from viewer.facts.place_context import (
    in_idiom,
    market_word,
    named_entity_part,
    single_char_name,
)
from viewer.facts.place_lexicon import CITY, COUNTY, PROVINCE, Lexicon
from viewer.facts.place_mention import Mention, lineage, related


def _raw_hits(lex: Lexicon, text: str) -> list[tuple[int, int, str, tuple[tuple[int, bool], ...]]]:
    """Non-overlapping hits: a full name beats a short form it overlaps (江西省 over 从江 in
    从江西省), then the longer name wins, then the earlier one."""
    hits = []
    for end, (key, entries) in lex.automaton.iter(text):
        hits.append((end + 1 - len(key), end + 1, key, entries))
    hits.sort(key=lambda h: (not _has_full(h[3]), -(h[1] - h[0]), h[0]))
    # characters taken by a chosen hit: names are short, so marking them is linear
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, str, tuple[tuple[int, bool], ...]]] = []
    for h in hits:
        if taken.find(1, h[0], h[1]) < 0:
            taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
            chosen.append(h)
    chosen.sort(key=lambda h: h[0])
    return chosen


def _has_full(entries: tuple[tuple[int, bool], ...]) -> bool:
    return any(not short for _, short in entries)


def _narrow(lex: Lexicon, text: str, hit):
    """`贵阳市场` is 贵阳 + 市场: drop the 市 that belongs to the following word."""
    start, end, key, _ = hit
    if market_word(text, end, key):
        shorter = key[:-1]
        found = lex.region_keys.get(shorter)
        if not found:
            return None
        return (start, end - 1, shorter, tuple(found))
    return hit


def find_regions(lex: Lexicon, text: str) -> list[Mention]:
    """Region mentions in reading order; ambiguous ones resolved or dropped."""
    hits = []
    for raw in _raw_hits(lex, text):
        hit = _narrow(lex, text, raw)
        if hit is None or named_entity_part(text, hit[0], hit[1]):
            continue
        if any(short for _, short in hit[3]) and in_idiom(text, hit[0], hit[1], lex.idioms):
            continue
        if _glued_short(lex, text, hit):
            continue
        hits.append(hit)
    anchors = _Anchors(
        lex, [(s, e, entries[0][0]) for s, e, _, entries in hits if len(entries) == 1]
    )
    out: list[Mention] = []
    for start, end, key, entries in hits:
        choice = entries[0] if len(entries) == 1 else _choose(lex, start, end, entries, anchors)
        if choice is None:
            continue
        rid, short = choice
        level = lex.regions[rid][3]
        m = Mention(start, end, level, rid, lex.regions[rid][0], form=key, short=short)
        m.tentative = short and level != PROVINCE
        if not short and single_char_name(key):
            m.tentative = True  # 和县, 成县: one character plus a suffix needs support
        out.append(m)
    return out


def _glued_short(lex: Lexicon, text: str, hit) -> bool:
    """和政 in 义诊和政策, 资兴 in 投资兴业: a county's short form whose edge characters make
    an ordinary word with the text beside it belongs to those words, not to the county."""
    start, end, _key, entries = hit
    if _has_full(entries) or any(lex.regions[rid][3] != COUNTY for rid, _ in entries):
        return False
    words = lex.common_words
    if text[end - 1 : end + 1] in words or (start > 0 and text[start - 1 : start + 1] in words):
        return True
    return _verb_phrase(text, end)


# aspect particles follow a verb, never a place name: 新建了, 改建着
_ASPECT = frozenset("了着过")
# resultative or directional complements (建成, 建起, 建设, 建立) then a count or a particle:
# 新建成一座桥, 新建起3个大棚
_COMPLEMENT = frozenset("成起设立出好")
_AFTER_COMPLEMENT = re.compile(r"[了的一两几数多0-9０-９个座所家处间]")


def _verb_phrase(text: str, end: int) -> bool:
    """新建了一个合作社: a county's short form that is the verb of a verb phrase."""
    nxt = text[end : end + 1]
    if nxt in _ASPECT and nxt:
        return True
    return bool(nxt) and nxt in _COMPLEMENT and bool(_AFTER_COMPLEMENT.match(text, end + 1))


class _Anchors:
    """Unambiguous hits (non-overlapping, in reading order) indexed by region, prefecture
    and province, so a namesake is scored against a few nearest anchors, not all of them."""

    def __init__(self, lex: Lexicon, anchors: list[tuple[int, int, int]]) -> None:
        self.lex = lex
        self.anchors = anchors
        self.at_start = {s: k for k, (s, _, _) in enumerate(anchors)}
        self.at_end = {e: k for k, (_, e, _) in enumerate(anchors)}
        self.groups: dict[tuple[int, int], list[int]] = {}
        for k, (_, _, other) in enumerate(anchors):
            prov, city, _ = lineage(lex, other)
            for group in ((0, other), (1, city), (2, prov)):
                if group[1] >= 0:
                    self.groups.setdefault(group, []).append(k)

    def candidates(self, rid: int, start: int, end: int) -> set[int]:
        """Anchors among which the best-scoring one for `rid` is found: the adjacent ones and,
        in every group whose members all relate to `rid` at some level (the same region, a
        containing or contained one, the same prefecture, the same province), the nearest
        on each side; a nearer anchor of the same level always scores at least as high."""
        prov, city, _ = lineage(self.lex, rid)
        groups = [(0, rid), (0, prov), (0, city), (1, city), (1, rid), (2, prov), (2, rid)]
        out = {k for k in (self.at_end.get(start), self.at_start.get(end)) if k is not None}
        for group in groups:
            members = self.groups.get(group)
            if not members:
                continue
            i = bisect_left(members, start, key=lambda k: self.anchors[k][0])
            if i > 0:
                out.add(members[i - 1])
            while i < len(members) and self.anchors[members[i]][0] == start:
                i += 1
            if i < len(members):
                out.add(members[i])
        return out


def _choose(lex: Lexicon, start: int, end: int, entries, anchors: _Anchors):
    best, best_score, tie = None, (-1, 0.0), False
    for rid, short in entries:
        score = 0.0
        for k in anchors.candidates(rid, start, end):
            s, e, other = anchors.anchors[k]
            if s == start:
                continue
            rel = related(lex, rid, other)
            if not rel:
                continue
            adjacent = e == start or s == end
            distance = abs(s - start)
            score = max(score, rel * (4.0 if adjacent else 1.0) / (1 + distance / 400))
        # at equal evidence the higher level wins: 海南 is the province before the prefecture
        key = (round(score, 6), -lex.regions[rid][3])
        if key > best_score:
            best, best_score, tie = (rid, short), key, False
        elif key == best_score:
            tie = True
    if tie or best is None:
        return None
    if best_score[0] == 0 and len({lex.regions[r][3] for r, _ in entries}) == 1:
        return None  # same-level namesakes with no evidence either way
    return best


def settle(lex: Lexicon, mentions: list[Mention], text: str) -> list[Mention]:
    """Keep tentative short forms only when the article backs them up."""
    context = _Support(lex, mentions)
    keep = [
        not m.tentative or _supported(lex, m, i, mentions, context) for i, m in enumerate(mentions)
    ]
    # 跑到蒙自、昆明: a city's short form listed beside an accepted place is a place too,
    # and so is the next one listed beside it
    queue = [i for i, k in enumerate(keep) if k]
    while queue:
        j = queue.pop()
        for i in (j - 1, j + 1):
            if not 0 <= i < len(mentions) or keep[i] or not _listable(mentions[i]):
                continue
            if _listed_together(text, mentions[i], mentions[j]):
                keep[i] = True
                queue.append(i)
    return [m for m, k in zip(mentions, keep, strict=True) if k]


class _Support:
    """What the firm mentions of an article offer as evidence, indexed once."""

    def __init__(self, lex: Lexicon, mentions: list[Mention]) -> None:
        firm = sorted((m for m in mentions if not m.tentative), key=lambda m: m.start)
        self.firm = firm
        self.starts = [m.start for m in firm]
        self.full = {m.region for m in firm if m.resolved}
        self.provinces = {lineage(lex, m.region)[0] for m in firm if m.resolved}

    def near(self, start: int, span: int) -> list[Mention]:
        """Firm mentions starting less than `span` characters from `start`."""
        lo = bisect_left(self.starts, start - span + 1)
        hi = bisect_left(self.starts, start + span)
        return self.firm[lo:hi]


_LIST_JOINS = ("、", "和", "及", "与")


def _listed_together(text: str, m: Mention, other: Mention) -> bool:
    a, b = sorted((m, other), key=lambda x: x.start)
    return text[a.end : b.start] in _LIST_JOINS


def _listable(m: Mention) -> bool:
    """A prefecture's or province's short form (昆明, 长沙 as the city, not the county)."""
    return m.short and m.resolved and m.level <= CITY and len(m.form) >= 2


def _supported(lex: Lexicon, m: Mention, i: int, mentions: list[Mention], context) -> bool:
    if m.region in context.full:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions):
            o = mentions[j]
            adjacent = o.end == m.start or m.end == o.start
            if adjacent and not o.tentative and related(lex, m.region, o.region) >= 2:
                return True
    if not m.short:  # a one-character full name: its prefecture or province named nearby
        return any(
            related(lex, m.region, o.region) >= 2 and abs(o.start - m.start) < 300
            for o in context.near(m.start, 300)
            if o is not m
        )
    return _plain_short(lex, m, context)


def _plain_short(lex: Lexicon, m: Mention, context: _Support) -> bool:
    """A short form standing alone: unique, two or more characters, not an ordinary word,
    and (below prefecture level) in a province the article also names."""
    entries = lex.region_keys.get(m.form, [])
    if len(m.form) < 2 or len(entries) != 1 or m.form in lex.common_words:
        return False
    if m.level == CITY:
        return True
    # related(m, o) >= 1 exactly when both are resolved and share a province; m is tentative,
    # so it is never one of the firm mentions
    return m.resolved and lineage(lex, m.region)[0] in context.provinces
