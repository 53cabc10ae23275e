"""Words and their grammatical class around a figure, so that a subject never cuts a word.

Data sets shipped with jionlp are read straight from their files (nothing is imported):
- the part-of-speech lexicons of jiojio, jionlp's own segmenter (about 90,000 words, each
  listed under the class it takes in at least 90% of its uses);
- jionlp's word frequencies (the words seen at least 2,000 times) and its general dictionary,
  as the vocabulary for segmentation.
A known word in no class list has no single class (培训, 实施: noun or verb) and comes back
as `AMBIGUOUS`. A few function words the lexicons leave out for that same reason (与, 为,
到) are listed here. Loading takes about 0.2 s, on first use.

Segmentation is maximum matching in both directions over a short stretch of text, keeping the
reading with fewer words (then fewer stray characters): classic, fast and good enough to keep
subjects from starting or ending inside a word.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from functools import cache
from pathlib import Path

from viewer.facts.entity_lexicon import dictionary_words

VERB, ADVERB, PREP, CONJ, PARTICLE, LOCALIZER, PRONOUN, NUMERAL, MEASURE, TIME, NOUN = (
    "v", "d", "p", "c", "u", "f", "r", "m", "q", "t", "n",
)  # fmt: skip
AMBIGUOUS = "?"  # a known word of no single class (培训: noun or verb)
UNKNOWN = ""
GROUP = "()"  # a short bracketed or quoted group inside a name: 村(社区), “两委”
Word = tuple[int, int, str]

# jiojio's class files and the class each stands for here. Nouns of every kind, adjectives,
# distinguishing words and place words all modify or head a noun phrase.
_FILES = {
    "v": VERB, "vi": VERB, "d": ADVERB, "ad": ADVERB, "p": PREP, "c": CONJ, "u": PARTICLE,
    "r": PRONOUN, "m": NUMERAL, "q": MEASURE, "t": TIME, "f": LOCALIZER,
    "n": NOUN, "nz": NOUN, "ns": NOUN, "nt": NOUN, "nr": NOUN, "nrf": NOUN, "nr1": NOUN,
    "an": NOUN, "a": NOUN, "s": NOUN,
}  # fmt: skip
# Function words the lexicons leave out because they also serve as verbs or nouns, and
# distributive and frequency words that behave as adverbs before a verb.
_FUNCTION = {
    PREP: "与 同 为 到 至 给 跟 比 自 从 由 向 对 在 于 把 被 作为 为了 经过 面向",
    CONJ: "和 及 并 或 以及 并且 而 且",
    ADVERB: "长期 常年 先后 分别 共同 全部 都 已 已经 还 再 又 也 均 共 约 近 逾 正 正在 拟 将 "
    "可 能 要 会 可以 能够 需要 应 应当 "
    "连续 累计 年均 人均 户均 每年 每月 每周 每天 每人 每户 每批 每期 首次 首批 定期",
    PRONOUN: "其中 其 每 各 该",
    TIME: "过去 最初 当初 以前 此前 目前 现在 今年 去年 明年 当年 全年 近年",
}
_LONGEST = 6
_FREQUENT = 2000  # occurrences in jionlp's word counts for a word to count as a word
# Counted "words" that begin or end with a function word are mostly pieces of two words
# (对全省 -> 对全, 个村, 正忙着, 增加到 -> 加到); the lexicons above list the real ones.
_EDGE_START = set("个名的了在与和是等将把被给向从及或其每")
_EDGE_END = set("的了着过到在和与等")
_WORD_COUNT = re.compile(r'^\["([\u4e00-\u9fff]{2,6})", (\d{4,})\]\r?$', re.M)


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _classes() -> dict[str, str]:
    """Word -> class from jiojio's lists; a word in several lists keeps its commonest class."""
    folder = _package_dir("jiojio")
    best: dict[str, tuple[int, str]] = {}
    for name, cls in _FILES.items() if folder else ():
        try:
            text = (folder / "dictionary" / f"{name}.txt").read_text("utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or not 1 <= len(parts[0]) <= _LONGEST or not _cjk(parts[0]):
                continue
            count = int(parts[2]) if parts[2].isdigit() else 0
            if count > best.get(parts[0], (-1, ""))[0]:
                best[parts[0]] = (count, cls)
    classes = {word: cls for word, (_, cls) in best.items()}
    for cls, words in _FUNCTION.items():
        classes.update(dict.fromkeys(words.split(), cls))
    return classes


@cache
def _vocabulary() -> frozenset[str]:
    """Words of two to six characters: classed, frequent, or in the general dictionary."""
    words = {w for w in _classes() if len(w) >= 2} | set(dictionary_words())
    folder = _package_dir("jionlp")
    try:
        with zipfile.ZipFile(folder / "dictionary" / "word_distribution.zip") as archive:  # type: ignore[operator]
            text = archive.read("word_distribution.json").decode("utf-8")
    except (OSError, KeyError, TypeError, zipfile.BadZipFile):
        text = ""
    for m in _WORD_COUNT.finditer(text):
        word = m.group(1)
        if (
            int(m.group(2)) >= _FREQUENT
            and word[0] not in _EDGE_START
            and word[-1] not in _EDGE_END
        ):
            words.add(word)
    return frozenset(words)


def _cjk(text: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" for ch in text)


def word_class(word: str) -> str:
    """The class of a word, `AMBIGUOUS` for a known word of no single class, else UNKNOWN."""
    cls = _classes().get(word)
    if cls is not None:
        return cls
    return AMBIGUOUS if len(word) > 1 and word in _vocabulary() else UNKNOWN


_OPEN = {"(": ")", "（": "）", "“": "”", "‘": "’", "「": "」"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_GROUP_MAX = 8  # longest bracketed group kept inside a phrase


def segment(s: str, a: int, b: int, anchor: str) -> list[Word]:
    """Words of s[a:b] as (start, end, class). The text must be Chinese or short bracketed
    groups; the caller cuts the stretch at anything else. `anchor` ("left" or "right") is the
    end that is a sure word boundary (the figure): its reading wins a tie."""
    fwd, bwd = _forward(s, a, b), _backward(s, a, b)
    first, second = (fwd, bwd) if anchor == "left" else (bwd, fwd)
    return min(first, second, key=lambda ws: (len(ws), sum(1 for w in ws if w[2] == UNKNOWN)))


def chinese_end(s: str, a: int, limit: int) -> int:
    """Where the run of Chinese text and short bracketed groups starting at `a` ends."""
    i = a
    while i < limit:
        ch = s[i]
        if ch in _OPEN:
            j = s.find(_OPEN[ch], i + 2, min(limit, i + _GROUP_MAX + 2))
            if j < 0 or not _cjk(s[i + 1 : j]):
                break
            i = j + 1
        elif "\u3400" <= ch <= "\u9fff":
            i += 1
        else:
            break
    return i


def chinese_start(s: str, b: int, limit: int) -> int:
    """Where the run of Chinese text and short bracketed groups ending at `b` starts."""
    j = b
    while j > limit:
        ch = s[j - 1]
        if ch in _CLOSE:
            i = s.rfind(_CLOSE[ch], max(limit, j - _GROUP_MAX - 2), j - 2)
            if i < 0 or not _cjk(s[i + 1 : j - 1]):
                break
            j = i
        elif "\u3400" <= ch <= "\u9fff":
            j -= 1
        else:
            break
    return j


def _forward(s: str, a: int, b: int) -> list[Word]:
    out: list[Word] = []
    vocabulary = _vocabulary()
    i = a
    while i < b:
        if s[i] in _OPEN:
            j = s.index(_OPEN[s[i]], i) + 1
            out.append((i, j, GROUP))
            i = j
            continue
        n = _longest(s, i, b, vocabulary, forward=True)
        out.append((i, i + n, word_class(s[i : i + n])))
        i += n
    return out


def _backward(s: str, a: int, b: int) -> list[Word]:
    out: list[Word] = []
    vocabulary = _vocabulary()
    j = b
    while j > a:
        if s[j - 1] in _CLOSE:
            i = s.rindex(_CLOSE[s[j - 1]], a, j - 1)
            out.append((i, j, GROUP))
            j = i
            continue
        n = _longest(s, j, a, vocabulary, forward=False)
        out.append((j - n, j, word_class(s[j - n : j])))
        j -= n
    out.reverse()
    return out


def _longest(s: str, at: int, bound: int, vocabulary: frozenset[str], forward: bool) -> int:
    """Length of the longest word starting (forward) or ending (backward) at `at`; words are
    all Chinese, so none runs into a bracket."""
    room = bound - at if forward else at - bound
    for n in range(min(_LONGEST, room), 1, -1):
        word = s[at : at + n] if forward else s[at - n : at]
        if word in vocabulary:
            return n
    return 1
