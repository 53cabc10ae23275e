"""What a figure counts, read from its clause: 20个基层党组织 -> 基层党组织,
累计培训干部600余人次 -> 培训干部.

A light heuristic, not a parser: the noun right after the measure word when there is one,
otherwise the end of the clause before the number, without connective words and without an
earlier figure of the same clause. Returns "" when nothing sensible is left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.facts.units import unit_pattern

_MAX = 8
# Characters that end a noun run after a figure or start a clause before one.
_STOP = set("的了和与及同到在对向为把被将从给让并且而等来内后前") | set(
    "、，。；：！？“”‘’（）()《》〈〉\n ,;:!?\"'—-"
)
_CLAUSE_BREAK = re.compile(r"[，。；：！？、,;:!?“”‘’()（）《》\n]")
_LEAD = ("其中", "共计", "累计", "全年", "同时", "目前", "已经", "共", "并", "已", "还", "再", "又")
_TRAIL = (
    "共计", "累计", "达到", "超过", "不少于", "不到", "至少", "约为", "大约", "分别", "总计",
    "达", "共", "约", "为", "了", "有", "计", "近", "逾", "超", "等", "是", "到", "至",
)  # fmt: skip


@lru_cache(maxsize=1)
def _trailing_figure() -> re.Pattern[str]:
    return re.compile(rf"[\d.,]+[余多]?[万亿]?(?:{unit_pattern()})?$")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def subject_at(body: str, simplified: str, start: int, end: int) -> str:
    """The thing counted or the action around the figure at `start:end`, in `body`'s script."""
    a = end + 1 if simplified[end : end + 1] == "的" else end  # 两个月的支教 -> 支教
    i = a
    while i < len(simplified) and i - a < _MAX and _is_cjk(simplified[i]):
        if simplified[i] in _STOP:
            break
        i += 1
    if i - a >= 2:
        return body[a:i]
    return _before(body, simplified, start)


def _before(body: str, s: str, start: int) -> str:
    lo = max(0, start - 40)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s, lo, start)]
    a = breaks[-1] if breaks else lo
    b = start
    for _ in range(3):
        b = _strip_trailing(s, a, b)
        m = _trailing_figure().search(s, a, b)
        if m and m.start() < b and m.group():
            b = m.start()
            continue
        break
    for word in _LEAD:
        if s.startswith(word, a) and a + len(word) < b:
            a += len(word)
            break
    a = max(a, b - _MAX)
    text = body[a:b]
    return text if len(text) >= 2 and all(_is_cjk(c) for c in s[a:b]) else ""


def _strip_trailing(s: str, a: int, b: int) -> int:
    changed = True
    while changed and b > a:
        changed = False
        for word in _TRAIL:
            if s.startswith(word, b - len(word)) and b - len(word) >= a:
                b -= len(word)
                changed = True
                break
    return b
