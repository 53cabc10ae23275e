"""Language data the cleaning steps share, loaded on first use and cached.

Character frequencies and the word list come from jionlp's shipped dictionaries (read as
plain files, without importing jionlp itself), readings from pypinyin, script folding from
OpenCC. Nothing here loads at import time: the first call pays, later calls are free.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import cache

from viewer.package_data import read_text

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
# Floor for characters the corpus never saw: rarer than anything it did see.
UNSEEN_LOGP = -9.5


@cache
def t2s_converter():
    """OpenCC's t2s converter, built once (about 2 ms)."""
    import opencc

    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    return t2s_converter().convert(text)


@cache
def _char_logp() -> dict[str, float]:
    """log10 probability of each character in a large Chinese corpus (simplified)."""
    counts: dict[str, int] = {}
    # split on "\n" only: the table holds characters that splitlines() would break at
    for line in read_text("jionlp", "dictionary/char_distribution.json").split("\n"):
        if line.strip():
            ch, n = json.loads(line)
            counts[ch] = int(n)
    total = sum(counts.values())
    return {ch: math.log10(n / total) for ch, n in counts.items()}


@cache
def char_logp(ch: str) -> float:
    """How common a character is in news-like text.

    Traditional forms count as their simplified form and full-width punctuation as its
    half-width form, since the corpus is mostly simplified and half-width.
    """
    table = _char_logp()
    p = table.get(ch, UNSEEN_LOGP)
    for alt in (unicodedata.normalize("NFKC", ch), t2s(ch)):
        if alt != ch:
            p = max(p, table.get(alt, UNSEEN_LOGP))
    return p


@cache
def _word_idf() -> dict[str, float]:
    """Two-character words and their idf (jionlp's list): lower means more common."""
    words: dict[str, float] = {}
    for line in read_text("jionlp", "dictionary/idf.txt").split("\n"):
        if line:
            word, _, idf = line.rstrip("\n").partition("\t")
            if len(word) == 2:
                try:
                    words[word] = float(idf)
                except ValueError:
                    continue
    return words


def word_idf(pair: str) -> float | None:
    """The idf of a two-character word written in either script, or None if not a word."""
    table = _word_idf()
    found = table.get(pair)
    if found is None:
        found = table.get(t2s(pair))
    return found


@cache
def _readings() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


def readings(ch: str) -> tuple[str, ...]:
    """Every pypinyin reading (tone marks) of a character, also via its simplified form."""
    table = _readings()
    found = table.get(ord(ch)) if len(ch) == 1 else None
    if not found:
        simp = t2s(ch)
        if len(simp) == 1 and simp != ch:
            found = table.get(ord(simp))
    return tuple(found.split(",")) if found else ()


def cjk_count(text: str) -> int:
    return len(CJK_RE.findall(text))


# Full-width ASCII forms (！ to ～) and the ideographic space, folded for matching only.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """`：，！（｜` -> `:,!(|`: one pattern then matches either width. Length is kept."""
    return text.translate(_WIDTH)
