"""Script folding for matching: text in either script compared in simplified form.

The index and the query both go through OpenCC t2s, so 協作 and 协作 meet; results are shown
from the stored original. The converters are built on first use and cached (2-40 ms each).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from viewer.script import converter as _shared_converter


def _converter(config: str) -> Any:
    """The process-wide cached OpenCC converter (shared with the display conversion)."""
    return _shared_converter(config)


def fold(text: str) -> str:
    """Simplified, lower-case form used for matching."""
    if not text:
        return text
    try:
        return _converter("t2s").convert(text).lower()
    except UnicodeEncodeError:  # lone surrogates (typed or pasted): one "?" each, same length
        clean = text.encode("utf-8", "replace").decode("utf-8")
        return _converter("t2s").convert(clean).lower()


def fold_aligned(text: str) -> str:
    """`fold` with one character out for each character in, so positions carry over.

    Phrase conversion can change length in rare cases; then fold character by character.
    """
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f[0] if len(f) >= 1 else ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def variants(ch: str) -> tuple[str, ...]:
    """The written forms a single character may take in stored text (for the scan fallback)."""
    simple = _converter("t2s").convert(ch)
    forms = {ch, simple, ch.lower()}
    for config in ("s2t", "s2tw", "s2hk"):
        forms.add(_converter(config).convert(simple))
    return tuple(sorted(f for f in forms if f))
