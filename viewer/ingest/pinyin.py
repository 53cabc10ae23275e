"""Inline pinyin annotations: `關(guān)` -> `關`, only where the reading fits the character.

Some sites print a reading after every traditional character. An annotation is removed only
when the parenthesised syllable is one of the character's readings according to pypinyin,
so ordinary parentheses (`(街道)`, `(2022年-2025年)`, a byline) are never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from viewer.ingest.lexicon import readings

_TONED = {
    "ā": ("a", 1),
    "á": ("a", 2),
    "ǎ": ("a", 3),
    "à": ("a", 4),
    "ē": ("e", 1),
    "é": ("e", 2),
    "ě": ("e", 3),
    "è": ("e", 4),
    "ī": ("i", 1),
    "í": ("i", 2),
    "ǐ": ("i", 3),
    "ì": ("i", 4),
    "ō": ("o", 1),
    "ó": ("o", 2),
    "ǒ": ("o", 3),
    "ò": ("o", 4),
    "ū": ("u", 1),
    "ú": ("u", 2),
    "ǔ": ("u", 3),
    "ù": ("u", 4),
    "ǖ": ("ü", 1),
    "ǘ": ("ü", 2),
    "ǚ": ("ü", 3),
    "ǜ": ("ü", 4),
    "ń": ("n", 2),
    "ň": ("n", 3),
    "ǹ": ("n", 4),
    "ḿ": ("m", 2),
}

_CHAR = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]"
_SYLLABLE = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]{1,7}[1-5]?"
ANNOTATION_RE = re.compile(rf"({_CHAR})[(（]\s*({_SYLLABLE})\s*[)）]")
# An annotation whose character was lost or garbled: used as evidence by the garble step.
LOOSE_ANNOTATION_RE = re.compile(rf"[(（]({_SYLLABLE})[)）]")


def _normalise(syllable: str) -> str:
    """Lower case, composed, `v` written as `ü`, trailing tone number kept."""
    s = unicodedata.normalize("NFC", syllable.strip().lower()).replace("v", "ü")
    return s.replace("u:", "ü")


def _numbered(toned: str) -> str:
    """`guān` -> `guan1`; a neutral-tone reading gets no number."""
    tone = 0
    out = []
    for ch in toned:
        base, t = _TONED.get(ch, (ch, 0))
        out.append(base)
        tone = tone or t
    return "".join(out) + (str(tone) if tone else "")


@cache
def reading_forms(ch: str) -> frozenset[str]:
    """Every way an annotation may write one of `ch`'s readings."""
    forms: set[str] = set()
    for r in readings(ch):
        forms.add(r)
        numbered = _numbered(r)
        forms.add(numbered)
        if not numbered[-1:].isdigit():
            forms.add(numbered + "5")  # neutral tone written with a number
    return frozenset(forms)


@cache
def fits(ch: str, syllable: str) -> bool:
    """Is `syllable` (tone marks or numbers) a reading of `ch`?"""
    return _normalise(syllable) in reading_forms(ch)


def strip_pinyin(text: str) -> tuple[str, int]:
    """Text without fitting annotations, and how many were removed."""
    if "(" not in text and "（" not in text:
        return text, 0
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if fits(m.group(1), m.group(2)):
            count += 1
            return m.group(1)
        return m.group(0)

    return ANNOTATION_RE.sub(repl, text), count
