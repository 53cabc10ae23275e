"""`date` facts: calendar references with an `iso` form when the year can be known.

A date is a run of pieces (year 年, month 月, day 日) or a relative year with a month
(去年4月); a range (3月30日至31日, 2022年-2025年, 今年10月—11月) is one fact with the `iso`
of its start. The year comes from the text, else from the publication date for a month or a
day of "this year" (and for 去年/明年 relative to it); without either it is unknown and `iso`
is None. Relative references without a month (今年, 近日, 今年以来) are not dates here, and
neither are years inside document numbers (〔2021〕) or ISO-like digit strings in ids.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from viewer.facts.numbers import parse_number
from viewer.model import Fact

_PIECE = re.compile(
    r"(?=[\d今去前明本〇零一二三四五六七八九])"
    r"(?:(?P<rel>今年|去年|前年|明年|本年)|(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年(?!代|级))?"
    r"(?:(?P<m>\d{1,2})(?P<m2>(?:-|—|至|到|~)\d{1,2})?月(?!份额))?"
    r"(?:(?P<d>\d{1,2})(?P<d2>(?:-|—|至|到|~)\d{1,2})?(?:日|号(?![楼院线馆])))?"
)
_NUMERIC = re.compile(r"(?<![\d.\-/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.\-/])")
# 2019-2021年, 2019至2021年: a span of years written once.
_YEAR_SPAN = re.compile(r"(?<![\d.\-/])((?:19|20)\d\d)(?:-|—|–|~|～|至|到)((?:19|20)\d\d)年")
_CONNECTOR = re.compile(r"至|到|——|—|–|-|~|～")
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_REL_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}
_BAD_BEFORE = set("第#.-:/_~0123456789〔[") | set(string.ascii_letters)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    rel: str | None
    year: int | None
    month: int | None
    day: int | None

    @property
    def last(self) -> str:
        return "d" if self.day else "m" if self.month else "y"


def _piece(s: str, pos: int, *, tail: bool = False) -> _Piece | None:
    m = _PIECE.match(s, pos)
    if m is None or m.end() == m.start():
        return None
    rel, y, mo, d = m.group("rel"), m.group("y"), m.group("m"), m.group("d")
    if rel and not mo:
        return None  # 今年, 去年以来: not listed
    if tail and rel:
        return None
    if not tail and pos and s[pos - 1] in _BAD_BEFORE:
        return None
    year = int(parse_number(y)) if y else None
    month = int(mo) if mo else None
    day = int(d) if d else None
    if year is not None and not 1900 <= year <= 2100:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    for end, low, high in ((m.group("m2"), month, 12), (m.group("d2"), day, 31)):
        if end and not (low or 0) < int(end.lstrip("-—至到~")) <= high:
            return None  # 1-6月 and 30-31日 are ranges; 13-5月 is not
    if day is not None and not 1 <= day <= _MONTH_DAYS[month or 1]:
        return None
    if m.group(0).endswith("号") and month is None:
        return None  # 3号: a number, a building, a line; not a day without its month
    if y is None and rel is None and month is None and day is None:
        return None
    return _Piece(m.start(), m.end(), rel, year, month, day)


def _published_year(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def _iso(p: _Piece, pub_year: int | None) -> str | None:
    year = p.year
    if year is None:
        if p.month is None or pub_year is None:
            return None
        year = pub_year + _REL_OFFSET.get(p.rel or "今年", 0)
    if p.month is None:
        return f"{year:04d}" if p.day is None else None
    if p.day is None:
        return f"{year:04d}-{p.month:02d}"
    return f"{year:04d}-{p.month:02d}-{p.day:02d}"


def find_dates(body: str, simplified: str, published: str | None = None) -> list[Fact]:
    """Date facts in `body` (spans on `body`, matching on its simplified copy)."""
    pub_year = _published_year(published)
    s = simplified
    facts: list[Fact] = []
    taken_until = 0
    for m in _NUMERIC.finditer(s):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            iso = f"{y:04d}-{mo:02d}-{d:02d}"
            facts.append(Fact("date", body[m.start() : m.end()], m.start(), m.end(), {"iso": iso}))
    for m in _YEAR_SPAN.finditer(s):
        if int(m.group(1)) <= int(m.group(2)):
            facts.append(Fact("date", body[m.start() : m.end()], m.start(), m.end(),
                              {"iso": m.group(1)}))  # fmt: skip
    numeric_spans = [(f.start, f.end) for f in facts]
    for m in _PIECE.finditer(s):
        if m.start() < taken_until or m.end() == m.start():
            continue
        if any(a <= m.start() < b for a, b in numeric_spans):
            continue
        head = _piece(s, m.start())
        if head is None:
            continue
        end = head.end
        c = _CONNECTOR.match(s, end)
        if c:
            tail = _piece(s, c.end(), tail=True)
            if tail is not None and tail.last == head.last:
                end = tail.end
        taken_until = end
        facts.append(Fact("date", body[head.start : end], head.start, end,
                          {"iso": _iso(head, pub_year)}))  # fmt: skip
    facts.sort(key=lambda f: f.start)
    return facts
