"""A simplified-Chinese copy of a body with the same length and character positions.

Every extractor matches on this copy and reports spans on the original body, so the copy must
align character for character: an offset in one is the same character in the other. OpenCC's
t2s phrase tables almost always keep lengths; where one does not (or a character outside the
BMP converts to one inside it), the line falls back to per-character conversion, which is
length-preserving by construction. Full-width digits, letters and punctuation are folded to
ASCII, and look-alike radicals to the characters they imitate, one character for one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from viewer.script import converter

# Radicals-supplement forms that OCR and some editors put in place of ordinary characters;
# they have no Unicode decomposition, so NFKC leaves them alone.
RADICAL_LOOKALIKES = {
    "⻄": "西",
    "⻅": "见",
    "⻓": "长",
    "⻔": "门",
    "⻢": "马",
    "⻛": "风",
    "⻜": "飞",
    "⻥": "鱼",
    "⻋": "车",
    "⻉": "贝",
    "⻝": "食",
    "⻩": "黄",
    "⻰": "龙",
    "⻚": "页",
    "⻆": "角",
    "⻏": "阝",
    "⻊": "足",
    "⻨": "麦",
    "⻬": "齐",
    "⻦": "鸟",
    "⻳": "龟",
}


def _fold_table() -> dict[int, str]:
    """One-to-one folds: full-width ASCII, ideographic space, Kangxi radicals, compatibility
    ideographs. Anything NFKC would expand (㎡ -> m2) is left alone to keep positions."""
    table: dict[int, str] = {0x3000: " "}
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    for lo, hi in ((0x2F00, 0x2FD6), (0xF900, 0xFB00)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    for src, dst in RADICAL_LOOKALIKES.items():
        table[ord(src)] = dst
    return table


_FOLD = _fold_table()


def _t2s(text: str) -> str:
    return converter("t2s").convert(text)


@lru_cache(maxsize=8192)
def _char_t2s(ch: str) -> str:
    out = _t2s(ch)
    return out if len(out) == 1 else ch


def _line_t2s(line: str) -> str:
    out = _t2s(line)
    if len(out) == len(line):
        return out
    return "".join(_char_t2s(ch) for ch in line)


def simplified_copy(body: str) -> str:
    """`body` in simplified characters with folded full-width forms; `len` is unchanged."""
    if not body:
        return body
    folded = body.translate(_FOLD)
    whole = _t2s(folded)
    if len(whole) != len(folded):
        whole = "\n".join(_line_t2s(line) for line in folded.split("\n"))
    return whole
