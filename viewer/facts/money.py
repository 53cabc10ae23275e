"""`money` facts: amounts in 元, 万元, 亿元 (萬元/億元 in traditional text), with `yuan` as
the full amount: 314.51万元 -> 3145100, 100余万元 -> 1000000.

Amounts written with Arabic digits are matched, with or without a magnitude (5千元, 2亿元);
Chinese numerals only before 万元/亿元, because 二元结构 or 一元化 are not amounts.
Approximation words belong to the span: 5万元以上, 约200万元.
"""

from __future__ import annotations

import re
import string

from viewer.facts.numbers import (
    ARABIC,
    MAGNITUDE,
    RANGE_END,
    magnitude_factor,
    numeric_view,
    parse_number,
    range_start,
    to_plain,
)
from viewer.facts.units import APPROX_AFTER, APPROX_BEFORE, RE_BEFORE, approx_before_ok, combine
from viewer.model import Fact

_CN_NUMERAL = "零〇一二两三四五六七八九十百千"
# A number never starts inside a run of digits or numerals unless the text before it is an
# approximation word: a match from the run's first character would have been found first
# (the only exception, a thousands group right before a comma as in 1234,567, is let through).
# Without these guards every character of a long run started a scan to the run's end.
_PATTERN = re.compile(
    rf"(?P<pre>{RE_BEFORE})?"
    rf"(?:(?(pre)|(?:(?<!\d)|(?=\d{{1,3}},)))"
    rf"(?P<arabic>(?:{ARABIC})(?:{MAGNITUDE})?)(?P<upto>{RANGE_END})?"
    rf"|(?(pre)|(?<![{_CN_NUMERAL}]))(?P<chinese>[{_CN_NUMERAL}]+(?=[余多]?[万亿]元)))"
    r"(?P<mid>余|多)?(?P<mag>百万|千万|万|亿)?"
    r"元(?![素旦宵首])"
    r"(?P<post>以上|以下|左右)?"
)
_CN_DIGITS = set("零〇一二两三四五六七八九")
_BAD_BEFORE = set("第#.-:/_~0123456789") | set(string.ascii_letters)
# 多 after 元 starts a word far more often than it approximates (一元多用): left out here.


def _rough_range(numeral: str) -> bool:
    """两三万元, 三五亿元: neighbouring digits give a rough range, not an amount."""
    return len(numeral) > 1 and all(ch in _CN_DIGITS for ch in numeral)


def find_money(body: str, simplified: str) -> list[Fact]:
    """Money facts in `body`; `simplified` is its same-length simplified copy."""
    simplified = numeric_view(body, simplified)
    facts = []
    for m in _PATTERN.finditer(simplified):
        num_start = m.start("arabic") if m.group("arabic") else m.start("chinese")
        if num_start and simplified[num_start - 1] in _BAD_BEFORE:
            continue
        start, pre = m.start(), m.group("pre")
        if pre and not approx_before_ok(simplified, m.start("pre"), pre):
            start, pre = num_start, None
        if m.group("arabic"):
            value = range_start(m.group("arabic"), m.group("upto"))
        elif _rough_range(m.group("chinese")):
            continue
        else:
            value = parse_number(m.group("chinese"))
        if value is None:
            continue
        if m.group("mag"):
            value *= magnitude_factor(m.group("mag"))
        approx = combine(
            APPROX_BEFORE.get(pre or "", ""),
            "more" if m.group("mid") else "",
            APPROX_AFTER.get(m.group("post") or "", ""),
        )
        end = m.end()
        facts.append(
            Fact("money", body[start:end], start, end, {"yuan": to_plain(value), "approx": approx})
        )
    return facts
