"""What a figure counts, read from its clause: 20个基层党组织 -> 基层党组织,
累计培训干部600余人次 -> 培训干部, 赴疆外培训373批次 -> 赴疆外培训.

A light reading of the clause, not a parser. A measure word that classifies a noun (个, 名,
家, 亩) is followed by the thing counted, so the noun phrase after the figure comes first, up
to the verb, preposition or function word that starts the rest of the sentence; a figure
followed by 的 describes the phrase after it (两个月的支教活动 -> 支教活动). Otherwise the
figure ends its clause and the subject is the predicate before it (see `subject_clause`).
Words come from a lexicon (`subject_words`), so a subject never starts or ends inside a word;
it is cut from the body in its own script, at most 12 characters, and "" when unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.facts.subject_clause import LIMIT, fit, phrase_before
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
    UNKNOWN,
    VERB,
    Word,
    chinese_end,
    chinese_start,
    segment,
)
from viewer.facts.units import unit_pattern

# Units after which a noun is not what is counted: the figure ends its phrase (43人，; 600余
# 人次; 增长15%) or a new predicate follows (1.6万人增收).
_TIME = {"年", "个月", "周", "天", "小时", "分钟", "秒", "岁", "周岁", "月"}
_ENDS_PHRASE = _TIME | {"人", "人次", "次", "场次", "%", "％", "‰", "倍", "个百分点", "百分点"}
# After a duration, these make it a time frame (3年来, 5年内), not a count of anything.
_FRAME_AFTER = ("以来", "来", "内", "里", "后", "前", "间", "中")
# A light verb right before the figure makes the figure a modifier of what follows:
# 开展30人培训评价 -> 培训评价.
_LIGHT_BEFORE = ("开展", "进行", "组织", "举办", "开设", "完成")
_STOP = {VERB, ADVERB, PREP, CONJ, PARTICLE, LOCALIZER, PRONOUN, NUMERAL}
_NOMINAL = {NOUN, GROUP, AMBIGUOUS, UNKNOWN}
# A first "word" that starts with one of these is mostly a preposition glued to what follows
# (5批对全省 read as 对全|省).
_PREP_CHARS = set("对向在与为从到给把被比")
_APPROX_TAIL = ("以上", "以下", "以内", "左右", "余", "多", "半")


def subject_at(body: str, simplified: str, start: int, end: int) -> str:
    """The thing counted or the action around the figure at `start:end`, in `body`'s script."""
    s = simplified
    unit = _unit(s[start:end])
    if unit in _TIME and s.startswith(_FRAME_AFTER, end):
        return ""
    described = s.startswith("的", end)
    light = s.endswith(_LIGHT_BEFORE, max(0, start - 2), start)
    span = None
    if described or light or (unit and unit not in _ENDS_PHRASE):
        span = _after(s, end + 1 if described else end, loose=described or light)
        if span and not (described or light) and _postposed(s, start, span[0]):
            span = None
    if span is None and not (described and s.endswith("为期", 0, start)):
        span = phrase_before(s, start, unit)
    return body[span[0] : span[1]] if span else ""


@lru_cache(maxsize=1)
def _unit_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{unit_pattern()}|个月|月)$")


def _unit(figure: str) -> str:
    """The measure word of a figure's text: 600余人次 -> 人次, 三个多月 -> 个月."""
    text = figure
    for tail in _APPROX_TAIL:
        if text.endswith(tail) and len(text) > len(tail):
            text = text[: -len(tail)]
            break
    text = text.replace("个多月", "个月").replace("个半月", "个月")
    m = _unit_at_end().search(text)
    return m.group() if m else ""


def _after(s: str, a: int, loose: bool) -> tuple[int, int] | None:
    """The noun phrase that starts at `a`. `loose` (after 的 or a light verb) lets words that
    may be verbs stand inside it (为期两个月的实习实践, 开展30人培训评价)."""
    words = segment(s, a, chinese_end(s, a, min(len(s), a + LIMIT + 8)), "left")
    if loose:
        # 150人次的有针对性的职业技能培训: a short modifier with its own 的 goes.
        for k, (i, _, _) in enumerate(words[:4]):
            if s[i] == "的" and k > 0 and i - a <= 6:
                words = words[k + 1 :]
                break
    phrase: list[Word] = []
    for k, word in enumerate(words):
        cls = word[2]
        nominal_next = k + 1 < len(words) and words[k + 1][2] in (NOUN, GROUP)
        glued = not (phrase or loose) and cls == AMBIGUOUS and s[word[0]] in _PREP_CHARS
        if cls in _STOP or glued:
            if cls == VERB and not phrase and nominal_next and word[1] - word[0] > 1:
                phrase.append(word)  # 脱贫群众, 援疆干部: a verb that modifies the noun
                continue
            break
        if cls == MEASURE and not (phrase and nominal_next):
            break  # 县域医疗次中心 keeps its 次; 村480户 stops
        if cls == AMBIGUOUS and phrase and not loose and _predicate_follows(words, k):
            break  # 劳动力转移至, 牧民就业。 (but 车厘子观光果园, 服务中心)
        phrase.append(word)
    return _noun_phrase(phrase)


def _predicate_follows(words: list[Word], k: int) -> bool:
    """Whether a word that may be a verb ends the noun phrase: it is short (服务中心 is a
    noun) and no noun follows it (劳动力转移至, 牧民就业。, 学校实施“一对一帮扶”)."""
    i, j, _ = words[k]
    return j - i < 4 and (k + 1 >= len(words) or words[k + 1][2] != NOUN)


def _postposed(s: str, start: int, a: int) -> bool:
    """A count after its noun (选派专家12名常驻医院) is followed by a new predicate, not by
    what it counts: true when a noun ends right before the figure and a verb follows it."""
    after = segment(s, a, chinese_end(s, a, min(len(s), a + 6)), "left")
    if not after or after[0][2] not in (VERB, AMBIGUOUS):
        return False
    if after[0][2] == AMBIGUOUS and (
        after[0][1] - after[0][0] > 2 or not _predicate_follows(after, 0)
    ):
        return False  # 临泉县32名年轻干部, 全省18个省辖市
    before = segment(s, chinese_start(s, start, max(0, start - 4)), start, "right")
    return bool(before) and before[-1][2] == NOUN and before[-1][1] - before[-1][0] > 1


def _noun_phrase(phrase: list[Word]) -> tuple[int, int] | None:
    """The phrase without a stray last character, within the limit; None when too thin."""
    while len(phrase) > 1 and phrase[-1][1] - phrase[-1][0] == 1 and phrase[-1][2] != NOUN:
        phrase = phrase[:-1]
    while phrase and phrase[-1][2] == VERB:
        phrase = phrase[:-1]
    phrase = fit(phrase)
    if not phrase or phrase[0][2] == GROUP:
        return None
    a, b = phrase[0][0], phrase[-1][1]
    if b - a < 2 and phrase[0][2] != NOUN:
        return None
    return a, b
