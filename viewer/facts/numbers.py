"""Numerals as news text writes them: Arabic, Chinese and mixed (1.1万, 两千三百, 上千, 半).

Values are computed with `Decimal` so that 314.51万 is exactly 3145100 rather than a float
a hair off; `to_plain` turns the result into the int or float the JSON form carries.
The regular expressions here are the building blocks the quantity, money and date matchers
share; they expect the simplified, full-width-folded copy of the body.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# An Arabic number: thousands separators only in groups of three, an optional decimal part.
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Chinese digits and magnitudes; 两 and 〇 included, 几/数 are not numbers.
CN_DIGITS = "零〇一二两三四五六七八九"
CN_UNITS = "十百千万亿"
CHINESE = rf"[{CN_DIGITS}{CN_UNITS}]+"
# Magnitudes that may follow an Arabic number (1.1万, 3千, 2亿, 5百万).
MAGNITUDE = r"(?:百万|千万|十万|万亿|[十百千万亿])"
# The end of a range after a first number: 3-5年, 800至1000元, 10～15个.
RANGE_END = rf"(?:-|~|至|到|—)(?:{ARABIC})(?:{MAGNITUDE})?"

_DIGIT = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
# "Up to a thousand": 上千 means about a thousand, as does 近千.
_ROUGH_PREFIX = ("上",)
_ARABIC_RE = re.compile(rf"(?:{ARABIC})")


def numeric_view(body: str, simplified: str) -> str:
    """The simplified copy with the body's full-width commas put back: in 5，300家 the comma
    ends a clause, while the folded copy would read a thousands separator (5,300)."""
    if "，" not in body:
        return simplified
    chars = list(simplified)
    start = body.find("，")
    while start >= 0:
        chars[start] = "，"
        start = body.find("，", start + 1)
    return "".join(chars)


def magnitude_factor(word: str) -> int:
    """10000 for 万, 1000000 for 百万 ... (a product of the characters)."""
    factor = 1
    for ch in word:
        factor *= _SMALL.get(ch) or _BIG.get(ch) or 1
    return factor


def _chinese_value(text: str) -> Decimal | None:
    """Value of a pure Chinese numeral (两千三百, 三万五千, 十五, 二〇二一 read digit by digit)."""
    if not text:
        return None
    if all(ch in _DIGIT for ch in text) and len(text) > 1:
        # Digit-by-digit reading, as in years (二〇二一).
        return Decimal("".join(str(_DIGIT[ch]) for ch in text))
    total = 0  # everything up to the last 亿
    wan = 0  # the 万 block since then
    section = 0  # below 万
    digit: int | None = None
    for ch in text:
        if ch in _DIGIT:
            if digit is not None:
                return None  # two digits in a row outside a digit-by-digit reading
            digit = _DIGIT[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        elif ch == "万":
            wan = (section + (digit or 0) or 1) * 10_000
            section, digit = 0, None
        elif ch == "亿":
            total = (total + wan + section + (digit or 0) or 1) * 100_000_000
            wan, section, digit = 0, 0, None
        else:
            return None
    return Decimal(total + wan + section + (digit or 0))


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral, or None when `text` is not one we can read.

    Arabic with separators and decimals, Arabic with a Chinese magnitude (2.53万, 5百万),
    Chinese numerals (两千三百, 三万五千), rough forms (上千 = 1000) and 半 (0.5).
    Full-width digits are accepted.
    """
    text = text.strip().translate(_FULLWIDTH_DIGITS)
    if not text:
        return None
    if text == "半":
        return Decimal("0.5")
    if text[0] in _ROUGH_PREFIX and len(text) > 1:
        text = text[1:]
    m = _ARABIC_RE.match(text)
    if m:
        try:
            base = Decimal(m.group().replace(",", ""))
        except InvalidOperation:
            return None
        rest = text[m.end() :]
        if not rest:
            return base
        if all(ch in _SMALL or ch in _BIG for ch in rest):
            return base * magnitude_factor(rest)
        return None
    value = _chinese_value(text)
    if value is None:
        value = _cn2an_value(text)
    return value


def _cn2an_value(text: str) -> Decimal | None:
    """Forms the small parser does not cover (capital numerals mixed with units and the like)."""
    try:
        import cn2an  # imported here: 0.1 s, needed only for rare forms

        return Decimal(str(cn2an.cn2an(text, "smart")))
    except Exception:  # cn2an raises plain ValueError and friends on anything it cannot read
        return None


def range_start(first: str, upto: str | None) -> Decimal | None:
    """The value of a range's first number; 3-5万 means 30000 to 50000, so the end's
    magnitude applies to a bare start."""
    value = parse_number(first)
    if value is None or not upto:
        return value
    end_mag = upto.lstrip("-~至到—")
    end_mag = end_mag[len(end_mag.rstrip("十百千万亿")) :]
    if end_mag and first[-1:].isdigit():
        value *= magnitude_factor(end_mag)
    return value


def to_plain(value: Decimal) -> int | float:
    """An int when the value is whole (11000), else a float (44.17)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
