"""Dictionaries behind the organization and person finders, loaded once on first use.

Two data sets shipped by jionlp are read straight from its zip files (without importing jionlp,
which prints a banner and pulls in its own segmenter):
- a vocabulary of common words (its word dictionary plus the frequent words of its IDF table),
  so that 顾问, 文明 or 格局 are known as words and not taken for names;
- China's administrative divisions (provinces, prefectures, counties and their short forms),
  so that a jurisdiction in front of an organization (安康市科技局) is recognised.
Loading takes about 0.4 s and 30 MiB; nothing happens at import time.
"""

from __future__ import annotations

import zipfile
from functools import cache, lru_cache

import ahocorasick

from viewer.facts.entity_words import split_words as _split
from viewer.package_data import read_text

# Short forms of divisions that are mostly ordinary words in news text (合作 for 合作市).
_AMBIGUOUS_SHORT = frozenset(
    _split(
        "合作 友好 友谊 振兴 新区 矿区 郊区 城区 东区 比如 平安 和平 长安 公安 共和 会同 前锋 "
        "新兴 兴业 大方 宏伟 新民 新星 东方 中方 向阳 同心 回民 南部 河西 大关 大化 太平 平和 "
        "清新 通道 温泉 延长 阳春 民权 民乐 康乐 惠民 开化 新化 七星 五常 未央 左权 和顺 仁和 "
        "白云 清水 沿河 永年 万年 天元 建华 元宝 大观 名山 集贤 进贤 龙城 金牛 中原 东风 "
        "平川 青山 江山 利通 新田 华容 大安 大城 天河 天桥 天心 宝山 河口 安全 文明"
    )
)
# A word of the IDF table counts as common below this value (higher means rarer). Famous
# personal names sit around 9-12, ordinary words mostly below 9.6.
_COMMON_IDF = 9.6
_DICTIONARY_IDF = 10.5
_RAREST_KEPT = 11.0  # the highest threshold any finder passes to is_word
_DICTIONARY_WORD = 8.99  # the value given to a dictionary word: common at any threshold used


def _jionlp_dictionary(name: str) -> str:
    """Text of one of jionlp's dictionaries; empty when the package is missing."""
    try:
        return read_text("jionlp", f"dictionary/{name}.txt")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""


@cache
def dictionary_words() -> frozenset[str]:
    """Words of the general-language dictionary (no proper names, no place names)."""
    words = set()
    for line in _jionlp_dictionary("chinese_word_dictionary").splitlines():
        word = line.split("\t", 1)[0]
        if 2 <= len(word) <= 4:
            words.add(word)
    return frozenset(words)


@cache
def _idf() -> dict[str, float]:
    """IDF of words of two to four characters; dictionary words count as frequent."""
    table: dict[str, float] = {}
    dictionary = dictionary_words()
    for line in _jionlp_dictionary("idf").splitlines():
        word, _, value = line.partition("\t")
        if 2 <= len(word) <= 4:
            try:
                idf = float(value)
            except ValueError:
                continue
            # Rarer entries are never asked about (saves memory), unless the dictionary lists
            # them: there a high IDF tells a person's name from a word.
            if idf < _RAREST_KEPT or word in dictionary:
                table[word] = idf
    # The dictionary also lists historical persons (李春); only those frequent enough in the
    # IDF table, or missing from it, count as common words.
    for word in dictionary:
        if table.get(word, 0.0) < _DICTIONARY_IDF:
            table[word] = min(table.get(word, _DICTIONARY_WORD), _DICTIONARY_WORD)
    return table


def is_word(text: str, max_idf: float = _COMMON_IDF) -> bool:
    """True for a common word (proper names included); a higher `max_idf` admits rarer ones."""
    return _idf().get(text, 99.0) < max_idf


@cache
def _division_names() -> frozenset[str]:
    """Province, prefecture and county names with their short forms (武汉市, 武汉)."""
    names: set[str] = set()
    for line in _jionlp_dictionary("china_location").splitlines():
        if line.startswith("\t\t\t"):  # towns and villages: too many short look-alikes
            continue
        parts = line.strip().split("\t")
        if parts and len(parts[0]) >= 2:
            names.add(parts[0])
        if len(parts) > 2 and len(parts[2]) >= 2 and parts[2] not in _AMBIGUOUS_SHORT:
            names.add(parts[2])
    return frozenset(names)


@cache
def _division_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in _division_names():
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)
def division_spans(simplified: str) -> tuple[tuple[int, int], ...]:
    """Non-overlapping spans of division names, leftmost-longest; cached for the last bodies
    because the organization and person finders both ask for the same text."""
    return tuple(
        (end_index + 1 - length, end_index + 1)
        for end_index, length in _division_automaton().iter_long(simplified)
    )
