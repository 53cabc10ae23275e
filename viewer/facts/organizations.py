"""Organizations: a suffix lexicon (大学, 医院, 局...) plus a grammar for the name's start.

Every suffix found in the simplified copy is read leftwards to where the name begins: the
nearest punctuation, a verb or function word that introduces it (依托, 赴, 在...), or the first
jurisdiction in front (持续推进罗甸县第二中学 -> 罗甸县第二中学). A name is kept when its stem
is long enough and, for generic suffixes (部, 政府, 服务站...), when it carries a proper
prefix (a place, or a named body inside). Ordinary words that end like a suffix (格局, 部署,
大学生, 中心任务) are rejected through the common-word vocabulary.
"""

from __future__ import annotations

import re

from viewer.facts import entity_aliases as aliases
from viewer.facts import entity_lexicon as lex
from viewer.facts import entity_words as ew
from viewer.facts.entity_place_spans import PlaceSpans
from viewer.model import Fact

_SUFFIXES = {**ew.STRONG_SUFFIXES, **ew.WEAK_SUFFIXES}
_SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, _SUFFIXES), key=len, reverse=True)))
_MINISTRY_RE = re.compile(
    "|".join(sorted(map(re.escape, ew.MINISTRIES), key=len, reverse=True)) + r"(?![门分署队])"
)
# Datelines and credits of news outlets: 中新网四川新闻11月30日电, 据人民网报道, 新华社记者.
_OUTLET_RE = re.compile(
    r"(?:^|(?<=[\n据自]))((?![据自])[\u4e00-\u9fff]{1,4}(?:网|社|报|台))(?=[\u4e00-\u9fff]{0,8}"
    r"(?:\d{1,2}月\d{1,2}日[电讯]|记者|讯|报道|消息))",
    re.M,
)
# Short forms of numbered hospitals: 市二医, 县一医.
_HOSPITAL_RE = re.compile(r"[省市县区][一二三四五六七八九十]医(?:院)?(?![疗生学务药护师科保])")
_SUFFIX_END_RE = re.compile(f"(?:{_SUFFIX_RE.pattern})$")
_LONGEST_SUFFIX = max(map(len, _SUFFIXES))
_COUNTED_RE = re.compile(f"[{ew.NUMERAL_CHARS}]{{1,12}}[{ew.CLASSIFIERS}]\\w?$")
# A count inside the stem makes the name generic: 广西一家木业公司, 某县两所学校.
_COUNTED_INSIDE_RE = re.compile(
    f"(?<!第)(?:[0-9]{{1,12}}|[一两二三四五六七八九十几多数]{{1,12}})[{ew.CLASSIFIERS}]"
)
_DATE_CHARS = "年月日号"
_LIST_JOINERS = "、和与及"
# 与省农业农村厅: a body named by its level alone starts after the conjunction.
_LEVEL_CHARS = "省市县区州"
_COMMITTEE_RE = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡|党)委[\u4e00-\u9fff]{2,}$")
_JURISDICTION_STEM = frozenset(("全国", "省", "市", "县", "区", "自治区", "州", "中央"))
_MAX_NAME = 26
_KNOWN_IDF = 11.0  # rarer words still count when deciding whether a stop starts a word
_COLLECTIVE_RE = re.compile("|".join(map(re.escape, ew.COLLECTIVES)))
_LEVEL_RE = re.compile(r"[\d一二三四五六七八九十]{1,12}级(?:甲等|乙等)?")
_TITLE_AFTER = tuple(ew.TITLES)
_BUILT_BEFORE = {}
for _word in ew.BUILDING_VERBS:
    _BUILT_BEFORE.setdefault(_word[-1], []).append(_word)
_BOUNDARY_LAST = {}
for _word in ew.LEFT_STOPS:
    _BOUNDARY_LAST.setdefault(_word[-1], []).append(_word)
_RELATION_LAST = {}
for _word in ew.RELATION_VERBS:
    _RELATION_LAST.setdefault(_word[-1], []).append(_word)
_SET_UP = tuple(ew.BUILDING_VERBS) + tuple(ew.FOUNDING_VERBS)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def _starts_word(s: str, k: int) -> bool:
    return lex.is_word(s[k : k + 2], _KNOWN_IDF) or lex.is_word(s[k : k + 3], _KNOWN_IDF)


def _stops_before(s: str, j: int) -> bool:
    """True when `s[:j]` ends with a word that introduces a name.

    A one-character stop that begins a longer word (就 in 就业, 对 in 对口) is not one.
    """
    for word in _BOUNDARY_LAST.get(s[j - 1], ()):
        if s.startswith(word, j - len(word)):
            if len(word) == 1 and _starts_word(s, j - 1):
                continue
            return True
    return False


def _suffix_ends_at(s: str, pos: int) -> bool:
    """True when an organization suffix ends right before `pos`; a one-character suffix that
    ends an ordinary word (西部, 格局) does not count."""
    m = _SUFFIX_END_RE.search(s, max(0, pos - _LONGEST_SUFFIX), pos)
    if m is None:
        return False
    return len(m.group()) > 1 or not lex.is_word(s[pos - 2 : pos])


def _relation_at(s: str, j: int) -> int | None:
    """Start of the relation verb that `s[:j]` ends with, or None."""
    for word in _RELATION_LAST.get(s[j - 1 : j], ()):
        if s.startswith(word, j - len(word)):
            return j - len(word)
    return None


def _relation_before(s: str, j: int, places: PlaceSpans) -> bool:
    """True when `s[:j]` ends with a relation verb whose left party is written right before it:
    another body (医院组团式帮扶), or a place when a place also follows (某县对口支援某县)."""
    k = _relation_at(s, j)
    if k is None:
        return False
    return _suffix_ends_at(s, k) or (k in places.ends and j in places.starts)


def _built_before(s: str, j: int, places: PlaceSpans) -> bool:
    """True when `s[:j]` ends with a building verb that follows a jurisdiction, another body or
    a relation verb, or a building or founding verb with 了 or 的 (成立的劳务公司)."""
    if s[j - 1 : j] in ("了", "的"):
        return any(s.startswith(w, j - 1 - len(w)) for w in _SET_UP)
    for word in _BUILT_BEFORE.get(s[j - 1 : j], ()):
        if s.startswith(word, j - len(word)):
            k = j - len(word)
            if k in places.ends or _suffix_ends_at(s, k) or _relation_at(s, k) is not None:
                return True
            if k == 0 or not _is_han(s[k - 1]) or _stops_before(s, k):
                return True  # 医院已建成胸痛中心: the verb starts the phrase
    return False


def _left_edge(s: str, i: int, places: PlaceSpans) -> tuple[int, bool]:
    """Where the name whose suffix starts at `i` begins, and whether a building verb (something
    being built: 援建远程医疗中心) is what stopped the walk."""
    j = i
    limit = max(0, i - _MAX_NAME)
    while j > limit:
        if j - 1 in places.inside:  # never cut through a place name
            j = places.inside[j - 1]
            continue
        if _built_before(s, j, places):
            return j, True
        char = s[j - 1]
        if not _is_han(char) or _stops_before(s, j) or _relation_before(s, j, places):
            break
        if char in ew.CONJUNCTIONS and (
            j in places.starts
            or s[j] in _LEVEL_CHARS
            or s[j - 2 : j - 1] in ew.PLACE_LAST
            or _suffix_ends_at(s, j - 1)
        ):
            break  # 某县与某集团, 该县与某公司, 某大学和某学院: two parties; not 新疆和某公司
        j -= 1
    if 0 < j < i and s[j] in _DATE_CHARS and s[j - 1].isdigit():
        j += 1  # 2022年某集团: the year is not part of the name
    first = places.first_in(j, i, default=j)
    if first > j and _suffix_ends_at(s, first):
        return j, False  # 某科学院郑州某研究所: a unit named after a place inside a body
    return first, False


def _word_around_suffix(s: str, i: int, end: int) -> bool:
    """True when the suffix is part of an ordinary word: 格局, 部署, 大学生, 中心任务."""
    if end < len(s) and s[end] == "员":  # 支教队员: a member of the body
        return False
    if s.startswith(_TITLE_AFTER, end) and not (end - i == 1 and lex.is_word(s[i - 1 : end])):
        return False  # 大学教授, 商务局局长: the name ends before a title
    if end - i == 1 and (lex.is_word(s[i - 1 : end]) or lex.is_word(s[i : end + 1])):
        return True  # 格局, 干部, 局限, 部署
    return any(lex.is_word(s[i : end + k]) for k in (1, 2) if end + k <= len(s))


def _proper(stem: str, start: int, i: int, places: PlaceSpans) -> bool:
    """A stem names something particular: a place in it, or a named body inside it."""
    if places.first_in(start, i, default=-1) >= 0:
        return True
    return bool(_SUFFIX_RE.search(stem)) and not stem.startswith(tuple(_SUFFIXES))


def _candidate(s: str, i: int, end: int, suffix: str, places: PlaceSpans) -> tuple[int, str] | str:
    """(start, category) of the name ending with the suffix at `i`; else why not: "built" for
    something described as being built or set up (a list joined to it is too), or ""."""
    if _word_around_suffix(s, i, end):
        return ""
    start, built = _left_edge(s, i, places)
    stem = s[start:i]
    if len(stem) < 2 or _COUNTED_RE.search(s[max(0, start - 6) : start + 1]):
        return ""
    if stem in ew.GENERIC_STEMS or _LEVEL_RE.fullmatch(stem) or _COUNTED_INSIDE_RE.search(stem):
        return ""
    if built and not _proper(stem, start, i, places):
        return "built"
    if s[start:end] in lex.dictionary_words() and places.first_in(start, i, default=-1) < 0:
        return ""
    if suffix == "部":
        return (start, "government") if _COMMITTEE_RE.search(stem) else ""
    if suffix == "政协":
        ok = stem in _JURISDICTION_STEM or _proper(stem, start, i, places)
        return (start, "government") if ok else ""
    if (
        suffix in ew.WEAK_SUFFIXES
        and not _proper(stem, start, i, places)
        and not stem.startswith(ew.LEVEL_PREFIXED.get(suffix, ()))
    ):
        return ""
    if (_SUFFIXES[suffix] == "other" or suffix == "学校") and places.cover(start, i):
        return ""  # 贵阳工作站, 某县学校: a team, station or school named only by where it sits
    return start, _SUFFIXES[suffix]


def _company_short_names(s: str) -> list[tuple[int, int, str]]:
    """Companies written as a brand plus 科技 in a list of firms (宇视科技、某某科技等企业)."""
    found = []
    for m in re.finditer(r"([\u4e00-\u9fff]{2})科技(?=[、,，和与及等]|企业|公司)", s):
        stem = m.group(1)
        if lex.is_word(stem) or any(c in ew.NOT_GIVEN for c in stem):
            continue
        found.append((m.start(), m.end(), "company"))
    return found


def find_organizations(body: str, simplified: str, places: list[Fact]) -> list[Fact]:
    """Organization facts with spans in `body`, longest names only, in reading order."""
    s = simplified
    known = PlaceSpans(set(lex.division_spans(s)) | {(p.start, p.end) for p in places})
    spans: list[tuple[int, int, str]] = []
    built_ends: set[int] = set()
    for m in _SUFFIX_RE.finditer(s):
        found = _candidate(s, m.start(), m.end(), m.group(), known)
        if found == "built":
            built_ends.add(m.end())
        if not isinstance(found, tuple):
            continue
        start = found[0]
        if start > 0 and s[start - 1] in _LIST_JOINERS and start - 1 in built_ends:
            built_ends.add(m.end())  # 建成胸痛中心和卒中中心: as generic as the first
            continue
        spans.append((start, m.end(), found[1]))
    spans += [(m.start(), m.end(), "government") for m in _MINISTRY_RE.finditer(s)]
    spans += [
        (m.start(1), m.end(1), "media")
        for m in _OUTLET_RE.finditer(s)
        if not m.group(1).startswith("本")  # 本报讯, 本台消息: the outlet speaking of itself
    ]
    spans += [(m.start(), m.end(), "hospital") for m in _HOSPITAL_RE.finditer(s)]
    spans += _company_short_names(s)
    collective = [(m.start(), m.end()) for m in _COLLECTIVE_RE.finditer(s)]
    spans = [x for x in spans if not any(a < x[1] and x[0] < b for a, b in collective)]
    spans.sort(key=lambda x: (x[0], -x[1]))
    facts: list[Fact] = []
    last_end = -1
    for start, end, category in spans:
        if end <= last_end:  # inside a longer name already kept
            continue
        if start < last_end:
            continue
        facts.append(Fact("organization", body[start:end], start, end, {"category": category}))
        last_end = end
    return aliases.without_aliases(s, aliases.joined(body, s, facts))
