"""People: personal names found in the places where news text puts them.

A Han name is a surname (single or compound) plus one or two characters, and it is taken only
in a name context: after a title or role (教授, 书记, 干部...), before a title written after a
name (总书记), at the start of a clause before a speech verb (说, 表示), after 的 before a
motion verb (的某某赴), or in a byline in brackets. Candidates whose first characters form a
common word (顾问, 文明, 常委) or that start with a place name are rejected. Names joined by a
middle dot are read with the characters used to transcribe them. After a title, or a role such
as 群众 or 牧民, a name may also be Tibetan or Mongolian (name parts), Yi (a clan name) or
transcribed without a dot, or follow a bracketed aside (副市长（挂职）某某); see
`entity_name_forms`. Once a name is found, its other mentions in the body are reported too.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from viewer.facts import entity_lexicon as lex
from viewer.facts import entity_words as ew
from viewer.facts.entity_name_forms import (
    FIRM_PREFIX_IDF,
    SPEECH,
    dot_names,
    is_han,
    minority_name_at,
    right_ok,
    run_name_at,
    yi_name_at,
)
from viewer.model import Fact

_TITLE_RE = re.compile("|".join(map(re.escape, ew.TITLES)))
# Where a clause starts, or a name after 的 may: the candidates for a cited speaker.
_CLAUSE_START_RE = re.compile(r"^|(?<=[^\u4e00-\u9fff])|(?<=的)", re.M)
_SURNAME_FIRST = frozenset(ew.SURNAMES) | {c[0] for c in ew.COMPOUND_SURNAMES}
_TITLE_AFTER_RE = re.compile("|".join(map(re.escape, ew.TITLES_AFTER)))
_BYLINE_RE = re.compile(
    r"[(（]\s*([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})*)\s*[)）]"
)
_MOTION = tuple(ew.MOTION_VERBS)
# After a title, a name that starts like a word (白雪梅) is still read when it speaks or attends.
_SPOKEN_OR_ATTENDING = (*SPEECH, *ew.ATTEND_VERBS)
_ROLE_MAX = 30
# After a title, a name is ruled out only by a word read from the surname on that is as common
# as FIRM_PREFIX_IDF, or by a given name this common as a word (质量 5.8, 负责 5.8; 国庆,
# 建国, 红梅 are names).
_FIRM_GIVEN_IDF = 6.5
# After a title, a start that is a rarer word (李俊 and 融入 both 8.4) still begins a
# three-character name when a speech verb follows it (教授李俊浩说), not otherwise (融入当地).
_FIRM_SPOKEN_IDF = 7.6
_ASIDE_MAX = 8  # 副市长（挂职）某某: a short aside between a title and the name


def _name_at(s: str, k: int, places: set[int], firm: bool = False) -> int | None:
    """End of a plausible name starting at `k`, or None.

    `firm` is a context that announces a name (a title right before it): there a given name
    that is also a word (红梅, 振华, 金山) is still a name, and only a very common word
    (顾问, 文明, 常态) read from the surname on rules it out.
    """
    if k in places or k >= len(s):
        return None
    if s[k : k + 2] in ew.COMPOUND_SURNAMES:
        surname, lengths = 2, (4, 3)
    elif s[k] in ew.SURNAMES:
        surname, lengths = 1, (3, 2)
    else:
        return None
    strict = surname == 1 and s[k] not in ew.UNAMBIGUOUS_SURNAMES
    # 顾问, 文明, 常委, 马克(思); after an unambiguous surname only frequent words count,
    # because the IDF table also holds fragments of names (孙立 of 孙立平).
    prefix_idf = FIRM_PREFIX_IDF if firm else 9.6 if strict else 9.0
    spoken_only = False
    if surname == 1 and lex.is_word(s[k : k + 2], prefix_idf):
        if not firm or lex.is_word(s[k : k + 2], _FIRM_SPOKEN_IDF):
            return None
        spoken_only = True
    for length in lengths:
        name = s[k : k + length]
        given = name[surname:]
        if len(name) < length or not all(map(is_han, name)):
            continue
        if any(c in ew.NOT_GIVEN for c in given) or given[-1] in ew.NAME_STOPS:
            continue
        if given[-1] in ew.PLACE_LAST:  # 长安镇 after 东莞市: a place, not 安镇
            continue
        if name in lex.dictionary_words() or name in ew.TITLES:
            continue
        if firm and lex.is_word(given, _FIRM_GIVEN_IDF):
            continue  # 高质量, 区负责: words even after a title
        if not firm and strict and len(given) == 2 and lex.is_word(given):  # 能理解, 区负责
            continue
        if spoken_only and (length != 3 or not s.startswith(_SPOKEN_OR_ATTENDING, k + length)):
            continue
        if right_ok(s, k + length, strict and not firm):
            return k + length
    return None


@cache
def _title_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for title in ew.TITLES:
        automaton.add_word(title, len(title))
    automaton.make_automaton()
    return automaton


def _title_ends(s: str) -> set[tuple[int, int]]:
    """(position right after, length) of every title, overlapping ones included."""
    return {(end + 1, length) for end, length in _title_automaton().iter(s)}


def _after_aside(s: str, k: int) -> int:
    """Where the name starts after a title: past a short aside in brackets, 副市长（挂职）."""
    if s[k : k + 1] in ("(", "（"):
        for j in range(k + 1, min(len(s), k + _ASIDE_MAX)):
            if s[j] in (")", "）"):
                return j + 1
    return k


def _firm_name_at(s: str, k: int, places: set[int]) -> int | None:
    """End of a name right after a title: a Tibetan or Mongolian name, a Yi name, a Han name or
    a transcribed one, whichever reads furthest."""
    found = minority_name_at(s, k)  # before places: 尼玛次仁 is not 尼玛县
    if found is None and k in places:
        return None
    found = found or yi_name_at(s, k) or _name_at(s, k, places, firm=True)
    run = run_name_at(s, k)
    if run is not None and (found is None or run > found):
        return run
    return found


def _role_before(s: str, body: str, end: int) -> str:
    """The role phrase that ends at `end` (武汉大学教授、青年长江学者), up to the clause start."""
    j = end
    while j > max(0, end - _ROLE_MAX):
        char = s[j - 1]
        if not (is_han(char) or char == "、"):
            break
        if char in "了是由请派":  # 邀请了, 是, 由, 选派: the verb that introduces the person
            break
        j -= 1
    return body[j:end].strip("、")


def find_people(body: str, simplified: str) -> list[Fact]:
    """Person facts (with `role` when the text gives one), every mention, in reading order."""
    s = simplified
    places = {a for a, _ in lex.division_spans(s)}  # a name never starts with a place
    found: dict[tuple[int, int], str] = {}

    def add(start: int, end: int | None, role: str = "") -> None:
        if end is not None and (start, end) not in found:
            found[(start, end)] = role

    for start, end in dot_names(s):
        title = _TITLE_RE.search(s, max(0, start - 4), start)
        add(start, end, _role_before(s, body, start) if title and title.end() == start else "")
    place_inside = {k for a, b in lex.division_spans(s) for k in range(a + 1, b)}
    for title_end, title_len in _title_ends(s):  # titles overlap (支书 in 党总支书记)
        if title_end - title_len in place_inside:
            continue  # 市长 in 东莞市长安镇: the title's first character ends a place name
        start = _after_aside(s, title_end)
        end = _firm_name_at(s, start, places)
        if end is not None:
            add(start, end, _role_before(s, body, title_end))
    for m in _TITLE_AFTER_RE.finditer(s):
        for length in (3, 2):
            k = m.start() - length
            if k >= 0 and _name_at(s[: m.start()], k, places) == m.start():
                add(k, m.start(), body[m.start() : m.end()])
                break
    for m in _CLAUSE_START_RE.finditer(s):
        k = m.start()
        if k >= len(s):
            continue
        end = minority_name_at(s, k)
        if end is None and s[k] in _SURNAME_FIRST:
            end = _name_at(s, k, places)
        if end is None:
            continue
        after = s[end : end + 3]
        if after.startswith(SPEECH) or (s[k - 1 : k] == "的" and after.startswith(_MOTION)):
            role = _role_before(s, body, k - 1) if s[k - 1 : k] == "的" else ""
            add(k, end, role)
    for m in _BYLINE_RE.finditer(s):
        pos = m.start(1)
        for token in m.group(1).split():
            k = s.index(token, pos)
            pos = k + len(token)
            if _name_at(s[:pos], k, places, firm=True) == pos:
                add(k, pos)
    return _with_other_mentions(body, s, found)


def _with_other_mentions(body: str, s: str, found: dict[tuple[int, int], str]) -> list[Fact]:
    spans = dict(found)
    for name in {s[a:b] for a, b in found}:
        for m in re.finditer(re.escape(name), s):
            spans.setdefault((m.start(), m.end()), "")
    facts: list[Fact] = []
    last_end = -1
    for (start, end), role in sorted(spans.items(), key=lambda x: (x[0][0], -x[0][1])):
        if start < last_end:
            continue
        facts.append(Fact("person", body[start:end], start, end, {"role": role} if role else {}))
        last_end = end
    return facts
