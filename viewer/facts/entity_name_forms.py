"""Reading personal names at a position: what may follow a name, and the names that have no
Han surname (Tibetan and Mongolian names made of usual parts, Yi clan names, transcribed names
written as a run of characters or joined by a middle dot).

Positions index the simplified copy of a body; each reader returns where the name ends, or
None. The callers decide where a name may start (after a title, at a clause start).
"""

from __future__ import annotations

import re

from viewer.facts import entity_lexicon as lex
from viewer.facts import entity_names as names
from viewer.facts import entity_words as ew

SPEECH = tuple(ew.SPEECH_VERBS)
_MOTION = tuple(ew.MOTION_VERBS)
# After a title, a name is ruled out by a word this common read from its start (顾问 7.0,
# 文明 6.7, 常态 8.1; names such as 王建军 start with 王建 at 8.9).
FIRM_PREFIX_IDF = 8.5
_DOT_RE = re.compile(r"[\u4e00-\u9fff]+(?:[·•‧・][\u4e00-\u9fff]+)+")
_PARTS_BY_FIRST: dict[str, list[str]] = {}
for _part in sorted(set(ew.MINORITY_NAME_PARTS) | set(names.TIBETAN_PARTS), key=len, reverse=True):
    _PARTS_BY_FIRST.setdefault(_part[0], []).append(_part)
_AFTER_NAME = ("一行",)  # 区长某某一行: the party led by the person


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def right_ok(s: str, end: int, strict: bool) -> bool:
    """What follows a name: punctuation, a stop or speech verb; a word unless `strict`."""
    if end >= len(s) or not is_han(s[end]):
        return True
    rest = s[end : end + 3]
    if rest[0] in ew.NAME_STOPS or rest.startswith(
        SPEECH + _MOTION + ew.TITLES_AFTER + _AFTER_NAME
    ):
        return True
    return not strict and lex.is_word(rest[:2])


def minority_name_at(s: str, k: int) -> int | None:
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
    if parts < 2 or not right_ok(s, end, strict=True):
        return None
    return end


def yi_name_at(s: str, k: int) -> int | None:
    """End of a Yi name at `k`: a clan name and a two-character given name (吉克曲布)."""
    if s[k : k + 2] not in names.YI_SURNAMES:
        return None
    given = s[k + 2 : k + 4]
    if len(given) < 2 or not all(map(is_han, given)) or any(c in ew.NOT_GIVEN for c in given):
        return None
    return k + 4 if right_ok(s, k + 4, strict=True) else None


def run_name_at(s: str, k: int) -> int | None:
    """End of a transcribed name written without a dot (朝格图, 孟克巴雅尔): a run of the
    characters used to transcribe names, ending where a name ends (a speech verb, a stop)."""
    end = k
    while end < len(s) and end - k < names.RUN_MAX and s[end] in names.RUN_CHARS:
        end += 1
    while end - k >= names.RUN_MIN:
        if right_ok(s, end, strict=True):
            break
        end -= 1
    else:
        return None
    # 曾多次, 多次来: a run holding an ordinary word is not a name
    if any(lex.is_word(s[j : j + 2], FIRM_PREFIX_IDF) for j in range(k, end - 1)):
        return None
    return end


def dot_names(s: str) -> list[tuple[int, int]]:
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
