"""Organization names that stand for another one in the same body: attached bodies and re-mentions.

A body attached to another (某医科大学 附属 某医院) is one name. A later short mention of a name
given in full is the same body and is listed once, under the full name: the tail of the name
(省委组织部 after 某省委组织部), the name without its legal form or national prefix (某某集团 for
中国某某集团有限公司), or an abbreviation that keeps the first and last characters and drops
characters from two or more places and ends with the same suffix (国家林草局 for
国家林业和草原局). Dropping one block only (某某大学 beside 某某理工大学) makes a different name
and is not folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.facts import entity_words as ew
from viewer.model import Fact

_ATTACHED = ("附属", "所属")
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
_NATIONAL = ("中国", "中华")
_MIN_SHORT = 3
_SUFFIX_END_RE = re.compile(
    "(?:"
    + "|".join(
        sorted(map(re.escape, {**ew.STRONG_SUFFIXES, **ew.WEAK_SUFFIXES}), key=len, reverse=True)
    )
    + ")$"
)


@lru_cache(maxsize=4096)
def _suffix(name: str) -> str:
    m = _SUFFIX_END_RE.search(name)
    return m.group() if m else ""


@lru_cache(maxsize=4096)
def _without_legal_form(name: str) -> str:
    for form in _LEGAL_FORMS:
        if name.endswith(form) and len(name) > len(form) + 2:
            return name[: -len(form)]
    return name


@lru_cache(maxsize=4096)
def _core(name: str) -> str:
    """The name as it is usually shortened: no legal form, no national prefix."""
    name = _without_legal_form(name)
    for prefix in _NATIONAL:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return name[len(prefix) :]
    return name


def _dropped_blocks(short: str, full: str) -> int | None:
    """How many separate runs of `full` are left out to read `short`, or None when `short` is
    not `full` with characters left out (greedy, first and last characters kept)."""
    if short[0] != full[0] or short[-1] != full[-1]:
        return None
    k, blocks, gap = 0, 0, False
    for char in full:
        if k < len(short) and char == short[k]:
            k += 1
            gap = False
        elif not gap:
            blocks += 1
            gap = True
    return blocks if k == len(short) else None


def is_short_form(short: str, full: str) -> bool:
    """True when `short` is a re-mention of the body named `full`."""
    if len(short) >= len(full):
        return False
    if full.endswith(short):
        return True
    if len(short) < _MIN_SHORT:
        return False
    if _core(full).endswith(short):
        return True
    full = _without_legal_form(full)
    if _suffix(short) != _suffix(full):
        return False  # 某县中学 is not 某县某镇中心小学
    blocks = _dropped_blocks(short, full)
    return blocks is not None and blocks >= 2


def joined(body: str, s: str, facts: list[Fact]) -> list[Fact]:
    """A body attached to another one (首都医科大学 附属 北京朝阳医院) is part of its name."""
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if prev is not None and s[prev.end : fact.start] in _ATTACHED:
            out[-1] = Fact(
                "organization",
                body[prev.start : fact.end],
                prev.start,
                fact.end,
                {"category": fact.get("category")},
            )
            continue
        out.append(fact)
    return out


def without_aliases(s: str, facts: list[Fact]) -> list[Fact]:
    """Drop short mentions of a name that the body also gives in full."""
    names = [s[f.start : f.end] for f in facts]
    distinct = set(names)
    folded = {n for n in distinct if any(is_short_form(n, other) for other in distinct)}
    return [f for f, name in zip(facts, names, strict=True) if name not in folded]
