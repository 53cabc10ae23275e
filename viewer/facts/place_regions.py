"""Provinces, prefectures and counties: dictionary matching, then disambiguation by context.

Aho-Corasick finds every full and short name in the simplified copy; overlapping hits keep the
longest. A name shared by several regions (新城区, 朝阳) is resolved by the other places the
article names, nearest first; short forms stay tentative until the text backs them up.
"""

from __future__ import annotations

from viewer.facts.place_context import (
    in_idiom,
    market_word,
    named_entity_part,
    single_char_name,
)
from viewer.facts.place_lexicon import CITY, COUNTY, PROVINCE, Lexicon
from viewer.facts.place_mention import Mention, related


def _raw_hits(lex: Lexicon, text: str) -> list[tuple[int, int, str, tuple[tuple[int, bool], ...]]]:
    """Non-overlapping hits: a full name beats a short form it overlaps (江西省 over 从江 in
    从江西省), then the longer name wins, then the earlier one."""
    hits = []
    for end, (key, entries) in lex.automaton.iter(text):
        hits.append((end + 1 - len(key), end + 1, key, entries))
    hits.sort(key=lambda h: (not _has_full(h[3]), -(h[1] - h[0]), h[0]))
    chosen: list[tuple[int, int, str, tuple[tuple[int, bool], ...]]] = []
    for h in hits:
        if not any(c[0] < h[1] and h[0] < c[1] for c in chosen):
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
    anchors = [(s, e, entries[0][0]) for s, e, _, entries in hits if len(entries) == 1]
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
    return text[end - 1 : end + 1] in words or (start > 0 and text[start - 1 : start + 1] in words)


def _choose(lex: Lexicon, start: int, end: int, entries, anchors):
    best, best_score, tie = None, (-1, 0.0), False
    for rid, short in entries:
        score = 0.0
        for s, e, other in anchors:
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
    full = {m.region for m in mentions if not m.tentative and m.resolved}
    keep = [
        not m.tentative or _supported(lex, m, i, mentions, full) for i, m in enumerate(mentions)
    ]
    # 跑到蒙自、昆明: a city's short form listed beside an accepted place is a place too
    changed = True
    while changed:
        changed = False
        for i, m in enumerate(mentions):
            if keep[i] or not _listable(m):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(mentions) and keep[j] and _listed_together(text, m, mentions[j]):
                    keep[i] = changed = True
                    break
    return [m for m, k in zip(mentions, keep, strict=True) if k]


_LIST_JOINS = ("、", "和", "及", "与")


def _listed_together(text: str, m: Mention, other: Mention) -> bool:
    a, b = sorted((m, other), key=lambda x: x.start)
    return text[a.end : b.start] in _LIST_JOINS


def _listable(m: Mention) -> bool:
    """A prefecture's or province's short form (昆明, 长沙 as the city, not the county)."""
    return m.short and m.resolved and m.level <= CITY and len(m.form) >= 2


def _supported(lex: Lexicon, m: Mention, i: int, mentions: list[Mention], full: set[int]) -> bool:
    if m.region in full:
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
            for o in mentions
            if o is not m and not o.tentative
        )
    return _plain_short(lex, m, mentions)


def _plain_short(lex: Lexicon, m: Mention, mentions: list[Mention]) -> bool:
    """A short form standing alone: unique, two or more characters, not an ordinary word,
    and (below prefecture level) in a province the article also names."""
    entries = lex.region_keys.get(m.form, [])
    if len(m.form) < 2 or len(entries) != 1 or m.form in lex.common_words:
        return False
    if m.level == CITY:
        return True
    return any(
        related(lex, m.region, o.region) >= 1 for o in mentions if o is not m and not o.tentative
    )
