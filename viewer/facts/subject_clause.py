"""The predicate that ends at a figure: 累计培训干部600余人次 -> 培训干部,
妇联主席赴疆外培训373批次 -> 赴疆外培训, 打造干部实训基地122个 -> 干部实训基地.

The clause is read back from the figure to the last break. Function words, light verbs and an
earlier figure right before it go; what follows the last 的, 等 or 了 is the head; the
predicate starts at the verb, adverb, preposition or time word that follows the clause's own
subject. People, events, durations and rates keep their verb (培训干部, 义诊); things keep the
object only, once the verb is plain (促成产业帮扶对子 -> 产业帮扶对子, but 新增学位 stays).
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.facts.subject_words import (
    ADVERB,
    AMBIGUOUS,
    CONJ,
    GROUP,
    LOCALIZER,
    MEASURE,
    NOUN,
    NUMERAL,
    PARTICLE,
    PREP,
    PRONOUN,
    TIME,
    UNKNOWN,
    VERB,
    Word,
    chinese_start,
    segment,
)
from viewer.facts.units import unit_pattern

LIMIT = 12  # longest subject, in characters
_SHORT = 8  # longer than this, a phrase is cut at its last verb when one is clear
_REACH = 32  # how far back a clause is read
_BREAK = re.compile(r"[，。；：！？、,;:!?\n\s]")
# Counts of people, events, durations and rates: the action is part of what is counted.
_ACTIONS = {
    "人", "人次", "名", "位", "户", "户次", "家次", "校次", "次", "场", "场次", "期", "期次",
    "轮", "轮次", "届", "批", "批次", "趟", "趟次", "例", "台", "台次", "车次", "架次", "班次",
    "节", "堂", "课时", "学时", "课次", "遍", "回", "起", "年", "个月", "周", "天", "小时",
    "分钟", "秒", "岁", "周岁", "月", "%", "％", "‰", "倍", "个百分点", "百分点", "分",
}  # fmt: skip
# Verbs and function words that carry nothing before a count (共计600人, 达到30%).
_LIGHT = {
    "开展", "进行", "完成", "实现", "累计", "共计", "总计", "合计", "达", "达到", "已达", "超过",
    "有", "已有", "共有", "是", "为", "占", "计", "约", "组织", "为期", "用时", "历时", "增加到",
}  # fmt: skip
_TRAIL = sorted(
    _LIGHT
    | {"不少于", "不到", "至少", "约为", "大约", "分别", "近", "逾", "超", "共", "等", "了"}
    | {"到", "至"},
    key=len,
    reverse=True,
)
_TRIM = {ADVERB, PREP, CONJ, PARTICLE, PRONOUN, NUMERAL, MEASURE, TIME, LOCALIZER}
_HEAD_AFTER = ("的", "等", "了", "着")
_VERBLIKE = {VERB, AMBIGUOUS}
_NOMINAL = {NOUN, GROUP, UNKNOWN, AMBIGUOUS}


@lru_cache(maxsize=1)
def _trailing_figure() -> re.Pattern[str]:
    units = unit_pattern()
    return re.compile(
        rf"(?:[\d.,]+[余多]?[万亿]?(?:{units}|个月)?|"
        rf"[零〇一二两三四五六七八九十百千万]+[余多]?(?:{units}|个月))(?:以上|以下|左右)?$"
    )


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern[str]:
    return re.compile(rf"[余多]?[万亿]?(?:{unit_pattern()}|个月)")


def phrase_before(s: str, start: int, unit: str) -> tuple[int, int] | None:
    """The span of the predicate that ends at `start` in the simplified text `s`."""
    lo = max(0, start - _REACH)
    breaks = [m.end() for m in _BREAK.finditer(s, lo, start)]
    a = breaks[-1] if breaks else lo
    b, changed = _strip_tail(s, a, start)
    a = chinese_start(s, b, a)
    if a and s[a - 1].isdigit():
        m = _unit_word().match(s, a, b)  # 从12户发展到: 户 belongs to the figure before
        a = m.end() if m else a
    if b - a < 2:
        return None
    words = segment(s, a, b, "right")
    for k in range(len(words) - 1, -1, -1):
        if s[words[k][0] : words[k][1]] in _HEAD_AFTER and k + 1 < len(words):
            words = words[k + 1 :]
            break
    clause = words
    topic, words = _predicate(words)
    words = _trim_end(s, _trim_start(s, words, things=unit not in _ACTIONS))
    if not words:
        words = _trim_end(s, _trim_start(s, topic, things=False))  # 派驻时间均在1年以上
    if unit not in _ACTIONS:
        words = _object(words)
    if words and words[-1][1] - words[0][0] > _SHORT:
        words = _shorten(words, keep_verb=unit in _ACTIONS)
    words = fit(words)
    if words and (_bare_verb(words) or (changed and len(words) == 1)):
        return _with_topic(clause, words[-1])  # 平均分提高, 比上年增加 (nothing)
    if not words or words[-1][1] - words[0][0] < 2:
        return None
    if _stray_end(words):
        return None  # likely a name cut in two (韩|晓|东)
    return words[0][0], words[-1][1]


def _strip_tail(s: str, a: int, b: int) -> tuple[int, bool]:
    """Drop light words and earlier figures before `b`; also tell whether a 到/至 went (a
    change to a figure: 提高到6.5吨, 发展到208户)."""
    changed = False
    for _ in range(6):
        word = next((w for w in _TRAIL if s.startswith(w, b - len(w)) and b - len(w) >= a), "")
        if word:
            b -= len(word)
            changed = changed or word[-1] in "到至"
            continue
        m = _trailing_figure().search(s, a, b)
        if m and m.start() < b:
            b = m.start()
            continue
        break
    return b, changed


def _predicate(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """Split at the verb, adverb, preposition or time word that follows the clause's subject:
    妇联主席赴疆外培训 -> 赴疆外培训. A verb that ends the clause is its predicate alone, and
    a one-character verb after a one-character word is part of a name (兴村治社)."""
    for k in range(len(words) - 1, 0, -1):
        i, j, cls = words[k]
        pi, pj, pcls = words[k - 1]
        if cls not in (VERB, ADVERB, PREP, TIME) or pcls not in _NOMINAL:
            continue
        if pcls in (AMBIGUOUS, UNKNOWN) and pj - pi == 1:
            continue
        if cls == VERB and (k + 1 == len(words) or (j - i == 1 and pj - pi == 1)):
            continue
        return words[:k], words[k:]
    return [], words


def _trim_start(s: str, words: list[Word], things: bool) -> list[Word]:
    """Without leading function words and ordinals (第十批); for things also without a place
    before the verb (在福州设立劳务工作站 -> 设立劳务工作站), kept for actions (与罗甸县沟通
    对接)."""
    while len(words) > 1:
        cls, text = words[0][2], s[words[0][0] : words[0][1]]
        if text == "第" and len(words) > 3:
            k = next((k for k, w in enumerate(words[1:], 1) if w[2] != NUMERAL), len(words))
            words = words[k + 1 :] if words[k][1] - words[k][0] == 1 else words[k:]
            continue
        if cls == PREP:
            if not things:
                break
            k = next((k for k, w in enumerate(words[1:], 1) if w[2] in _VERBLIKE), 0)
            if not k or k + 1 >= len(words):
                break
            words = words[k:]
            continue
        if cls not in _TRIM and text not in _LIGHT:
            break
        words = words[1:]
    return words


def _trim_end(s: str, words: list[Word]) -> list[Word]:
    """Without trailing function words; a measure word stays (订单班, 帮扶期: figures before
    the subject were cut off already)."""
    while words and (words[-1][2] in _TRIM - {MEASURE} or s[words[-1][0] : words[-1][1]] in _LIGHT):
        words = words[:-1]
    return words


def _object(words: list[Word]) -> list[Word]:
    """What a thing-counting verb acts on: 打造干部实训基地 -> 干部实训基地, 采购销售农副
    产品 -> 农副产品; a verb before a single noun stays (新增学位, 帮扶项目)."""
    while len(words) > 1 and words[0][2] in _VERBLIKE:
        rest = words[1:]
        if rest[0][1] - rest[0][0] < 2 or (len(rest) == 1 and rest[0][1] - rest[0][0] < 4):
            break
        if rest[-1][2] not in (NOUN, UNKNOWN, AMBIGUOUS, GROUP):
            break
        words = rest
    return words


def _noun_end(word: Word) -> bool:
    """Whether a word can end a noun phrase: a noun, or a long word of no clear class."""
    return word[2] in (NOUN, GROUP) or (word[2] in (UNKNOWN, AMBIGUOUS) and word[1] - word[0] >= 3)


def _shorten(words: list[Word], keep_verb: bool) -> list[Word]:
    """A long phrase from its last clear verb: 元阳县人民医院培养本土骨干医生 -> 培养本土骨干
    医生."""
    for k in range(len(words) - 2, 0, -1):
        i, j, cls = words[k]
        if cls in _VERBLIKE and j - i >= 2 and words[k - 1][2] in (NOUN, GROUP, UNKNOWN):
            rest = words[k + 1 :]
            if _noun_end(rest[-1]) and rest[-1][1] - rest[0][0] >= 2:
                return words[k:] if keep_verb else rest
    return words


def fit(words: list[Word]) -> list[Word]:
    """The head end (the right) of a phrase longer than the limit, never starting on the
    rest of a name cut in two (帮助六枝特区农村劳动力 -> 农村劳动力)."""
    if not words or words[-1][1] - words[0][0] <= LIMIT:
        return words
    while words and words[-1][1] - words[0][0] > LIMIT:
        words = words[1:]
    stray = False
    while len(words) > 1 and words[0][1] - words[0][0] == 1 and words[0][2] != NOUN:
        words, stray = words[1:], True
    return words[1:] if stray and len(words) > 1 else words


def _stray_end(words: list[Word]) -> bool:
    """Whether the phrase ends on a lone character that belongs to no word (a suffix after a
    word, 帮扶期, is fine)."""
    i, j, cls = words[-1]
    if j - i > 1 or cls in (NOUN, GROUP, MEASURE):
        return False
    return len(words) == 1 or words[-2][1] - words[-2][0] == 1


def _bare_verb(words: list[Word]) -> bool:
    """A phrase that ends on a verb with a noun or nothing verbal before it: 平均分提高,
    比上年增加."""
    if words[-1][2] != VERB:
        return False
    return (len(words) > 1 and _nominal(words[-2])) or not any(
        w[2] in _VERBLIKE for w in words[:-1]
    )


def _nominal(word: Word) -> bool:
    return word[2] in (NOUN, AMBIGUOUS) or (word[2] == UNKNOWN and word[1] - word[0] > 1)


def _with_topic(clause: list[Word], verb: Word) -> tuple[int, int] | None:
    """A verb that ends the clause says little alone: with the one or two words it is said
    of (中考平均分提高, 上线率提高), else nothing (比上年增加)."""
    k = clause.index(verb) if verb in clause else -1
    if k <= 0 or not _nominal(clause[k - 1]):
        return None
    a = clause[k - 1][0]
    if k >= 2 and _nominal(clause[k - 2]) and verb[1] - clause[k - 2][0] <= _SHORT:
        a = clause[k - 2][0]
    return a, verb[1]
