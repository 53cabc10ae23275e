"""People: personal names found in the places where news text puts them.

A Han name is a surname (single or compound) plus one or two characters, and it is taken only
in a name context: after a title or role (教授, 书记, 干部...), before a title written after a
name (总书记), at the start of a clause before a speech verb (说, 表示), after 的 before a
motion verb (的某某赴), or in a byline in brackets. Candidates whose first characters form a
common word (顾问, 文明, 常委) or that start with a place name are rejected. Names joined by a
middle dot are read with the characters used to transcribe them. Once a name is found, its
other mentions in the body are reported too.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from viewer.facts import entity_lexicon as lex
from viewer.facts import entity_names as names
from viewer.facts import entity_words as ew
from viewer.model import Fact

_TITLE_RE = re.compile("|".join(map(re.escape, ew.TITLES)))
# Where a clause starts, or a name after 的 may: the candidates for a cited speaker.
_CLAUSE_START_RE = re.compile(r"^|(?<=[^\u4e00-\u9fff])|(?<=的)", re.M)
_SURNAME_FIRST = frozenset(ew.SURNAMES) | {c[0] for c in ew.COMPOUND_SURNAMES}
_TITLE_AFTER_RE = re.compile("|".join(map(re.escape, ew.TITLES_AFTER)))
_DOT_RE = re.compile(r"[\u4e00-\u9fff]+(?:[·•‧・][\u4e00-\u9fff]+)+")
_BYLINE_RE = re.compile(
    r"[(（]\s*([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})*)\s*[)）]"
)
_MOTION = tuple(ew.MOTION_VERBS)
_SPEECH = tuple(ew.SPEECH_VERBS)
_ROLE_MAX = 30
# After a title, a name is ruled out only by a word this common read from the surname on
# (顾问 7.0, 文明 6.7, 常态 8.1; names such as 王建军 start with 王建 at 8.9) or by a given
# name this common as a word (质量 5.8, 负责 5.8; 国庆, 建国, 红梅 are names).
_FIRM_PREFIX_IDF = 8.5
_FIRM_GIVEN_IDF = 6.5
# After a title, a start that is a rarer word (李俊 and 融入 both 8.4) still begins a
# three-character name when a speech verb follows it (教授李俊浩说), not otherwise (融入当地).
_FIRM_SPOKEN_IDF = 7.6
_ASIDE_MAX = 8  # 副市长（挂职）某某: a short aside between a title and the name
_PARTS_BY_FIRST: dict[str, list[str]] = {}
for _part in sorted(set(ew.MINORITY_NAME_PARTS) | set(names.TIBETAN_PARTS), key=len, reverse=True):
    _PARTS_BY_FIRST.setdefault(_part[0], []).append(_part)
_AFTER_NAME = ("一行",)  # 区长某某一行: the party led by the person


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _right_ok(s: str, end: int, strict: bool) -> bool:
    """What follows a name: punctuation, a stop or speech verb; a word unless `strict`."""
    if end >= len(s) or not _is_han(s[end]):
        return True
    rest = s[end : end + 3]
    if rest[0] in ew.NAME_STOPS or rest.startswith(
        _SPEECH + _MOTION + ew.TITLES_AFTER + _AFTER_NAME
    ):
        return True
    return not strict and lex.is_word(rest[:2])


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
    prefix_idf = _FIRM_PREFIX_IDF if firm else 9.6 if strict else 9.0
    spoken_only = False
    if surname == 1 and lex.is_word(s[k : k + 2], prefix_idf):
        if not firm or lex.is_word(s[k : k + 2], _FIRM_SPOKEN_IDF):
            return None
        spoken_only = True
    for length in lengths:
        name = s[k : k + length]
        given = name[surname:]
        if len(name) < length or not all(map(_is_han, name)):
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
        if spoken_only and (length != 3 or not s.startswith(_SPEECH, k + length)):
            continue
        if _right_ok(s, k + length, strict and not firm):
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


def _minority_name_at(s: str, k: int) -> int | None:
    """End of a Tibetan or Mongolian name at `k` (次仁卓玛, 乌云其木格): two or more of the
    usual name parts in a row, written without a surname and without a middle dot."""
    end, parts = k, 0
    while parts < 3:
        candidates = _PARTS_BY_FIRST.get(s[end : end + 1], ())
        part = next((p for p in candidates if s.startswith(p, end)), None)
        if part is None:
            break
        end += len(part)
        parts += 1
    if parts < 2 or not _right_ok(s, end, strict=True):
        return None
    return end


def _yi_name_at(s: str, k: int) -> int | None:
    """End of a Yi name at `k`: a clan name and a two-character given name (吉克曲布)."""
    if s[k : k + 2] not in names.YI_SURNAMES:
        return None
    given = s[k + 2 : k + 4]
    if len(given) < 2 or not all(map(_is_han, given)) or any(c in ew.NOT_GIVEN for c in given):
        return None
    return k + 4 if _right_ok(s, k + 4, strict=True) else None


def _run_name_at(s: str, k: int) -> int | None:
    """End of a transcribed name written without a dot (朝格图, 孟克巴雅尔): a run of the
    characters used to transcribe names, ending where a name ends (a speech verb, a stop)."""
    end = k
    while end < len(s) and end - k < names.RUN_MAX and s[end] in names.RUN_CHARS:
        end += 1
    while end - k >= names.RUN_MIN:
        if _right_ok(s, end, strict=True):
            break
        end -= 1
    else:
        return None
    # 曾多次, 多次来: a run holding an ordinary word is not a name
    if any(lex.is_word(s[j : j + 2], _FIRM_PREFIX_IDF) for j in range(k, end - 1)):
        return None
    return end


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
    found = _minority_name_at(s, k)  # before places: 尼玛次仁 is not 尼玛县
    if found is None and k in places:
        return None
    found = found or _yi_name_at(s, k) or _name_at(s, k, places, firm=True)
    run = _run_name_at(s, k)
    if run is not None and (found is None or run > found):
        return run
    return found


def _role_before(s: str, body: str, end: int) -> str:
    """The role phrase that ends at `end` (武汉大学教授、青年长江学者), up to the clause start."""
    j = end
    while j > max(0, end - _ROLE_MAX):
        char = s[j - 1]
        if not (_is_han(char) or char == "、"):
            break
        if char in "了是由请派":  # 邀请了, 是, 由, 选派: the verb that introduces the person
            break
        j -= 1
    return body[j:end].strip("、")


def _dot_names(s: str) -> list[tuple[int, int]]:
    """Transcribed names with a middle dot: 依克拉木·艾尔肯."""
    found: list[tuple[int, int]] = []
    if not any(dot in s for dot in "·•‧・"):
        return found
    for m in _DOT_RE.finditer(s):
        parts = re.split(r"[·•‧・]", m.group())
        head = parts[0]
        k = len(head)
        while k > 0 and head[k - 1] in ew.TRANSLIT_CHARS and len(head) - k < ew.MAX_DOT_PART:
            k -= 1
        tail = parts[-1]
        n = 0
        while n < len(tail) and tail[n] in ew.TRANSLIT_CHARS and n < ew.MAX_DOT_PART:
            n += 1
        if len(head) - k < 2 or n < 2:
            continue
        middle_ok = all(all(c in ew.TRANSLIT_CHARS for c in p) for p in parts[1:-1])
        if middle_ok:
            found.append((m.start() + k, m.end() - (len(tail) - n)))
    return found


def find_people(body: str, simplified: str) -> list[Fact]:
    """Person facts (with `role` when the text gives one), every mention, in reading order."""
    s = simplified
    places = {a for a, _ in lex.division_spans(s)}  # a name never starts with a place
    found: dict[tuple[int, int], str] = {}

    def add(start: int, end: int | None, role: str = "") -> None:
        if end is not None and (start, end) not in found:
            found[(start, end)] = role

    for start, end in _dot_names(s):
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
        end = _minority_name_at(s, k)
        if end is None and s[k] in _SURNAME_FIRST:
            end = _name_at(s, k, places)
        if end is None:
            continue
        after = s[end : end + 3]
        if after.startswith(_SPEECH) or (s[k - 1 : k] == "的" and after.startswith(_MOTION)):
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
