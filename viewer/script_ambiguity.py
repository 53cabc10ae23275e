"""Where a converted text rests on a guess: characters whose conversion is one-to-many.

A reader who quotes a converted text needs to see where OpenCC had to choose (发 -> 發 or
髮, 干 -> 幹, 乾, 干 or 榦). The candidates come from `viewer.script_tables` (OpenCC's own
character dictionaries); for 臺灣正體 and 香港繁體 each candidate is shown as the mode writes
it (after the variant step). Only segments whose length did not change are looked at, so
each mark sits on exactly the character that was converted. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from viewer.model import Script
from viewer.script import SpanMap, converter
from viewer.script_tables import DIRECTION, VARIANTS, one_to_many


@dataclass(frozen=True, slots=True)
class Ambiguity:
    pos: int  # code point in the shown text
    original: str  # the character as written
    shown: str  # what conversion chose
    alternatives: tuple[str, ...]  # every candidate, as the mode writes it
    kept: bool = False  # inside a protected name: the written form was kept


def table(mode: Script) -> dict[str, tuple[str, ...]]:
    """The one-to-many characters of the mode's direction (empty for 原文)."""
    direction = DIRECTION.get(Script(mode))
    return one_to_many(direction) if direction else {}


@lru_cache(maxsize=4096)
def alternatives(ch: str, mode: Script) -> tuple[str, ...]:
    """The candidates of `ch` written the way `mode` writes them, without repeats."""
    cands = table(mode).get(ch, ())
    variant = VARIANTS.get(Script(mode))
    if variant:
        conv = converter(variant)
        cands = tuple(conv.convert(c) or c for c in cands)
    return tuple(dict.fromkeys(cands))


def find(
    original: str,
    shown: str,
    smap: SpanMap,
    mode: Script,
    protected: Sequence[tuple[int, int]] = (),
) -> list[Ambiguity]:
    """Every one-to-many character of `original` with its place in `shown`.

    `protected` lists ranges of the original that are names kept by conversion.
    """
    amb = table(mode)
    if not amb:
        return []
    marks: list[Ambiguity] = []
    kept = [False] * len(original) if protected else None
    if kept is not None:
        for a, b in protected:
            kept[a:b] = [True] * (b - a)
    for (a, b), (c, d) in zip(pairwise(smap.orig), pairwise(smap.conv), strict=True):
        if b - a != d - c:
            continue
        for i in range(a, b):
            ch = original[i]
            if ch in amb:
                j = c + i - a
                marks.append(
                    Ambiguity(
                        j,
                        ch,
                        shown[j],
                        alternatives(ch, mode),
                        bool(kept and kept[i]),
                    )
                )
    return marks


def describe(mark: Ambiguity) -> str:
    """The tooltip: what was written, what is shown, what else it could be (plain text)."""
    others = " / ".join(mark.alternatives)
    lines = [f"原文：{mark.original}　显示：{mark.shown}", f"可转为：{others}"]
    if mark.kept:
        lines.append("人名、地名或机构名：保留原字")
    return "\n".join(lines)
