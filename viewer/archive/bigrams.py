"""Overlapping CJK bigrams, the way Lucene's CJK analyzer indexes Chinese.

A run of Chinese characters becomes its overlapping pairs (乡村振兴 -> 乡村 村振 振兴); a lone
character stays a unigram; runs of letters and digits stay whole words. The tokens are joined
with spaces into a column FTS5's unicode61 tokenizer splits back on whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_RUNS = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    cjk: bool
    lone: bool  # a CJK run of one character: can only match a lone character in the index


def tokens(text: str) -> list[Token]:
    """Tokens of already folded text, in order."""
    out: list[Token] = []
    for m in _RUNS.finditer(text):
        run = m.group(1)
        if run is None:
            out.append(Token(m.group(2), False, False))
        elif len(run) == 1:
            out.append(Token(run, True, True))
        else:
            out.extend(Token(run[i : i + 2], True, False) for i in range(len(run) - 1))
    return out


def index_text(folded: str) -> str:
    """What goes into the full-text column for one field."""
    parts: list[str] = []
    for m in _RUNS.finditer(folded):
        run = m.group(1)
        if run is None:
            parts.append(m.group(2))
        elif len(run) == 1:
            parts.append(run)
        else:
            parts.append(" ".join([run[i : i + 2] for i in range(len(run) - 1)]))
    return " ".join(parts)


def compact(folded: str) -> str:
    """The query's searchable characters only (punctuation and spaces dropped)."""
    return "".join(m.group(0) for m in _RUNS.finditer(folded))
