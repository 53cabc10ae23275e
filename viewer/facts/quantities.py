"""`quantity` facts: numbers that count things (600余人次, 1.1万余名, 约1300亩, 不少于3所).

Matching runs on the simplified copy; spans and unit text come from the original body, so a
traditional page reports 2.53萬個 with unit 個. Calendar years, dates, clock times, ordinals,
codes and phone numbers are recognised by their surroundings and left out; money amounts
(元) belong to the money matcher. Chinese numerals count only with a small set of measure
words and, except for durations, from two upwards: 一 before a measure word is mostly the
indefinite article (一名学员, 一支队伍), and slogans in quotes (“三个基地”) are set phrases.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from viewer.facts.numbers import (
    ARABIC,
    MAGNITUDE,
    magnitude_factor,
    numeric_view,
    parse_number,
    range_start,
    to_plain,
)
from viewer.facts.subjects import subject_at
from viewer.facts.units import (
    APPROX_AFTER,
    APPROX_BEFORE,
    RE_BEFORE,
    approx_before_ok,
    combine,
    unit_pattern,
)
from viewer.model import Fact

_CN_NUMBER = r"上?[零〇一二两三四五六七八九十百千万亿]+|半"
# Measure words a Chinese numeral may count with; durations may count from one.
_CN_UNITS = {
    "个", "个月", "年", "周", "天", "小时", "个小时", "分钟", "名", "位", "项", "场", "层", "所",
    "家", "批", "例", "人", "户", "条", "类", "种", "座", "支", "届", "期", "轮", "门", "节", "堂",
}  # fmt: skip
# Set phrases and slogans built on numerals: names of things, not counts. Most are caught by
# the rules (no measure word, a count of one, quotes); these are the ones that look like counts.
_SET_PHRASES = re.compile(
    "两个维护|两个确立|两个一百年|两个大局|三个代表|三个务必|四个意识|四个自信|四个全面|"
    "五位一体|四个现代化|一对一|千里携手|千里之外|十四五|十三五|三下乡|两委|一站十岗|一次性|"
    "三天两头|三番五次|五湖四海|四面八方|千家万户|千方百计|一年一度|一年四季|两手抓"
)
# 千瓦, 千米, 千克, 千瓦时 and 万千瓦 are units in their own right: the 千 or 万 in front of them
# is not a magnitude of the number (300千瓦 is 300 kilowatts, not 300000 瓦).
_UNIT_PREFIXED = r"(?!千[瓦米克]|万千瓦)"
_MAG = rf"{_UNIT_PREFIXED}{MAGNITUDE}"
_RANGE_END = rf"(?:-|~|至|到|—)(?:{ARABIC})(?:{_MAG})?"
_DURATIONS = {"个月", "年", "周", "天", "小时", "个小时", "分钟", "秒", "岁", "周岁"}
_VALUE_ONE_OK = {"个月"}
# Before a number: these make it something other than a count.
_BAD_BEFORE = set("第#№.-:/_~") | set("0123456789") | set("abcdefghijklmnopqrstuvwxyz")
_OPENERS = set("“‘「『《(（〔[【\"'")
_YEAR_AFTER = set("代级度")
# 1年半, 2天半: half a unit more, for durations only.
_HALF_UNITS = {"年", "天", "小时", "周", "分钟"}
# 分 as points (提高23.5分) or 起 as cases (纠纷27起), but not 分别, 分类, 起来, 起步...
_FEN_NEXT = set("别类之期批配工享析布成数红为散局会校院站管段摊担解离开享钱")
_QI_NEXT = set("来草步点诉源因码到始飞航底止跑势色")
# 任 counts terms of office (6任书记) but starts 任务, 任职, 任命...
_REN_NEXT = set("务职命用期教性意何")
# 上半年, 下半月: a part of a period, not a duration of half a unit.
_PART_BEFORE = set("上下前后")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = unit_pattern()
    return re.compile(
        rf"(?P<pre>{RE_BEFORE})?"
        rf"(?:(?P<arabic>(?:{ARABIC})(?:{_MAG})?)(?P<upto>{_RANGE_END})?|(?P<chinese>{_CN_NUMBER}))"
        rf"(?P<mid>余|多)?(?P<mag>{_UNIT_PREFIXED}(?:万|亿))?"
        rf"(?:(?P<month>个[多半]?月)|(?P<unit>{units}))?"
        r"(?P<half>半(?![年月天日个周]))?"
        r"(?P<post>以上|以下|以内|左右|余|多)?",
        re.IGNORECASE,
    )


def find_quantities(body: str, simplified: str) -> list[Fact]:
    """Quantity facts in `body`; `simplified` is its same-length simplified copy."""
    simplified = numeric_view(body, simplified)
    phrases = [(m.start(), m.end()) for m in _SET_PHRASES.finditer(simplified)]
    facts = []
    for m in _pattern().finditer(simplified):
        fact = _fact(body, simplified, m)
        if fact is not None and not any(a < fact.end and fact.start < b for a, b in phrases):
            facts.append(fact)
    return facts


def _fact(body: str, s: str, m: re.Match[str]) -> Fact | None:
    num_start = m.start("arabic") if m.group("arabic") else m.start("chinese")
    start = m.start()
    pre = m.group("pre")
    if pre and not approx_before_ok(s, m.start("pre"), pre):
        start, pre = num_start, None
    prev = s[num_start - 1] if num_start else ""
    if prev.lower() in _BAD_BEFORE:
        return None
    unit = m.group("unit") or ""
    month = m.group("month")
    unit_end = m.end("month") if month else m.end("unit") if unit else -1
    mid, mag, post = m.group("mid"), m.group("mag"), m.group("post")
    end = m.end()
    if unit and not _unit_fits(s, num_start, m.end("unit"), unit):
        return None
    half = m.group("half")
    if half and unit not in _HALF_UNITS:
        half, post, end = None, None, m.end("unit") if unit else m.start("half")
    if unit_end < 0:
        # No measure word: only an Arabic number with 万/亿 counts, 40.7万农村劳动力.
        if post:
            end = m.start("post")
        text_num = m.group("upto") or m.group("arabic") or ""
        if not (mag or text_num.endswith(("万", "亿"))) or m.group("chinese"):
            return None
        if s[end : end + 1] == "元" or s[end : end + 2] in ("年代",):
            return None
    if m.group("arabic"):
        value = _arabic_value(m, s, unit, pre, mid, post)
    else:
        value = _chinese_value(m, s, unit or (month and "个月") or "", start)
    if value is None:
        return None
    if mag:
        value *= magnitude_factor(mag)
    if month and "半" in month:
        value += Decimal("0.5")
    if half:
        value += Decimal("0.5")
    approx = combine(
        APPROX_BEFORE.get(pre or "", ""),
        "more" if mid or (month and "多" in month) or _rough(m) else "",
        APPROX_AFTER.get(post or "", ""),
    )
    unit_text = _unit_text(body, m, month) if unit_end >= 0 else ""
    return Fact(
        "quantity",
        body[start:end],
        start,
        end,
        {
            "value": to_plain(value),
            "unit": unit_text,
            "approx": approx,
            "subject": subject_at(body, s, start, end),
        },
    )


def _unit_fits(s: str, num_start: int, unit_end: int, unit: str) -> bool:
    """分, 起 and 任 count only where they are measure words, not the start of another word."""
    after = s[unit_end : unit_end + 1]
    if unit == "分":
        clock = re.search(r"\d[时点]$", s[max(0, num_start - 4) : num_start])
        return not clock and after not in _FEN_NEXT
    if unit == "起":
        return after not in _QI_NEXT
    if unit == "任":
        return after not in _REN_NEXT
    return True


def _arabic_value(m, s: str, unit: str, pre, mid, post) -> Decimal | None:
    raw = m.group("arabic")
    digits = raw.rstrip("十百千万亿")
    if len(digits) > 1 and digits[0] == "0" and "." not in digits:
        return None  # area codes, ids
    if len(digits.replace(",", "").split(".")[0]) > 9 and not unit:
        return None  # phone and id numbers
    value = range_start(raw, m.group("upto"))
    if value is None:
        return None
    if unit == "年":
        after = s[m.end("unit") : m.end("unit") + 1]
        if after in _YEAR_AFTER:
            return None
        if not (pre or mid or post) and raw.isdigit() and 1000 <= value <= 2999:
            return None  # a calendar year: dates report it
    return value


def _chinese_value(m, s: str, unit: str, start: int) -> Decimal | None:
    if not unit or unit not in _CN_UNITS:
        return None
    before = s[start - 1] if start else ""
    text = m.group("chinese")
    if text == "半" and before in _PART_BEFORE:
        return None
    if len(text) > 1 and all(ch in "零〇一二两三四五六七八九" for ch in text):
        return None  # 两三个, 三四天: a rough range, not a number read digit by digit
    if before and (before in _OPENERS or before in "第零〇一二两三四五六七八九十百千万亿几数每"):
        return None
    value = parse_number(m.group("chinese"))
    if value is None:
        return None
    if value < 2 and not (unit in _VALUE_ONE_OK or (unit in _DURATIONS and value < 1)):
        return None
    return value


def _rough(m: re.Match[str]) -> bool:
    """上千, 上万: "upwards of", counted as more."""
    return (m.group("chinese") or "").startswith("上")


def _unit_text(body: str, m: re.Match[str], month: str | None) -> str:
    """The unit as written in the body; 个多月 is reported as 个月."""
    if month:
        written = body[m.start("month") : m.end("month")]
        return written[0] + written[-1]
    return body[m.start("unit") : m.end("unit")]
