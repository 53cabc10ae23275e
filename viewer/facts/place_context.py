"""Context tests that tell a place mention from a place name used inside another name.

A university, outlet, road or branded programme often carries a place name (浙江大学,
中新网四川新闻, 滨江路, “一码贵州”): the place is part of the entity, not a mention of the
place. A jurisdiction in front of a government body (安康市科技局) stays a mention.
"""

from __future__ import annotations

import re

_HAN = r"\u4e00-\u9fff"
# 武汉大学, 武汉理工大学, 浙江师范学院: a few characters and then the university word
_UNIVERSITY = re.compile(rf"[{_HAN}]{{0,4}}?(?:大学|学院)")
_COMPANY = re.compile(rf"[{_HAN}]{{0,6}}?(?:有限公司|公司|集团|银行)")
_NOT_IN_NAME = set("的和与及在到对为是了等各向从把将被赴")
# 成都一家农业科技公司, 深圳市多家企业, 3家公司: a count names no company, so the place before
# it stands alone
_COUNTED = re.compile(r"(?:[一两几多数0-9０-９]|十)家")
_OUTLET_AFTER = re.compile(
    r"(?:新闻|日报|晚报|早报|电视台|广播电台|卫视|频道|在线|网(?![格点络信民购]))"
)
_ROAD_AFTER = re.compile(r"(?:路(?![线径子演])|大道|大街|街(?![道头])|大桥|机场|火车站|高铁站)")
_ORG_BEFORE = ("大学", "学院", "公司", "集团", "银行")
_OPEN, _CLOSE = "“‘「『", "”’」』"
_QUOTE_SPAN = 10


def market_word(text: str, end: int, key: str) -> bool:
    """`贵阳市场`, `滨江区域`: the suffix belongs to the next word."""
    nxt = text[end : end + 1]
    return (key.endswith("市") and nxt == "场") or (key.endswith("区") and nxt == "域")


def in_idiom(text: str, start: int, end: int, idioms: frozenset[str]) -> bool:
    """长治 in 长治久安: a four-character set phrase holding the name."""
    return any(text[k : k + 4] in idioms for k in range(max(0, end - 4), start + 1))


def single_char_name(key: str) -> bool:
    """和县, 成县, 沛县: one character and a suffix, easily a piece of ordinary text."""
    return len(key) == 2 and key[-1] in "县区市旗"


def named_entity_part(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a university, outlet, road or programme name."""
    after = text[end : end + 8]
    for pattern in (_UNIVERSITY, _COMPANY):
        m = pattern.match(after if pattern is _UNIVERSITY else text[end : end + 10])
        if m and not (_NOT_IN_NAME & set(m.group(0))) and not _COUNTED.search(m.group(0)):
            return True
    if _OUTLET_AFTER.match(after) or _ROAD_AFTER.match(after):
        return True
    before = text[max(0, start - 2) : start]
    if before.endswith(_ORG_BEFORE) or before.endswith("网"):
        return True
    return _in_short_quote(text, start, end)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """A place inside a short quoted name with other words: “一码贵州”, “滨江之光”."""
    open_at = -1
    for i in range(start - 1, max(-1, start - _QUOTE_SPAN - 1), -1):
        ch = text[i]
        if ch in _CLOSE or ch == "\n":
            return False
        if ch in _OPEN:
            open_at = i
            break
    if open_at < 0:
        return False
    for j in range(end, min(len(text), open_at + _QUOTE_SPAN + 2)):
        ch = text[j]
        if ch in _OPEN or ch == "\n":
            return False
        if ch in _CLOSE:
            inside = text[open_at + 1 : j]
            rest = inside.replace(text[start:end], "")
            return bool(re.search(rf"[{_HAN}]", rest))
    return False
