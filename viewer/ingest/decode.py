"""Bytes to text: the encoding found, stray bytes tolerated, unusable input refused.

Pages arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030 or Big5. A stray
NUL or a last character cut in half must not cost the article, so decoding is strict first
and forgiving only at the edges; binary files and text with no Chinese at all are refused
with a reason a user can read.
"""

from __future__ import annotations

import re

from viewer.errors import InputRefused
from viewer.ingest.lexicon import CJK_RE, char_logp, cjk_count

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",
    b"BZh",
    b"7z\xbc\xaf",
    b"Rar!",
    b"SQLite format 3",
)
# Share of control characters (other than tab, newline, carriage return) that means binary.
_MAX_CONTROL = 0.02
_LEGACY = ("gb18030", "big5hkscs")
# Two or more Latin-1 letters in a row, as multi-byte Chinese read one byte at a time leaves.
_LATIN_RUN_RE = re.compile(r"[\u00c0-\u00ff][\u0080-\u00ff\u0152-\u2122]{2,}")


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    bad = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13))
    return bad / max(1, len(sample))


def _strict(data: bytes, codec: str) -> str | None:
    """Strict decode, forgiving a character cut off at the very end."""
    for cut in range(4):
        try:
            return data[: len(data) - cut].decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start < len(data) - 4:
                return None
    return None


def _plausibility(text: str) -> float:
    """Mean frequency of the Chinese characters: the right codec gives common ones."""
    chars = CJK_RE.findall(text[:4000])
    if not chars:
        return -99.0
    return sum(char_logp(c) for c in chars) / len(chars)


def _decode_legacy(data: bytes) -> str | None:
    candidates = [t for t in (_strict(data, c) for c in _LEGACY) if t is not None]
    if not candidates:
        # Damaged in the middle: the codec that keeps the most text wins.
        candidates = [data.decode(c, errors="replace") for c in _LEGACY]
        return min(candidates, key=lambda t: t.count("\ufffd"))
    return max(candidates, key=_plausibility)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: NULs on every other byte of the ASCII part."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < len(sample) // 8 or min(even, odd) * 4 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    text = data[: len(data) - len(data) % 2].decode(codec, errors="replace")
    return text if cjk_count(text) and text.count("\ufffd") <= max(8, len(text) // 50) else None


def _undo_mojibake(text: str) -> str:
    """UTF-8 or GBK bytes once read as Latin-1 / Windows-1252 (`ä¸­å›½`): read them again."""
    if cjk_count(text) * 20 > len(text) or not _LATIN_RUN_RE.search(text):
        return text
    for wrong in ("cp1252", "latin-1"):
        try:
            data = text.encode(wrong)
        except UnicodeEncodeError:
            continue
        for right in ("utf-8", "gb18030"):
            try:
                fixed = data.decode(right)
            except UnicodeDecodeError:
                continue
            if cjk_count(fixed) > cjk_count(text) and _plausibility(fixed) > -4.5:
                return fixed
    return text


def decode(raw: bytes, name: str) -> str:
    """The document's text; raises InputRefused (empty, binary, not-chinese)."""
    if not raw or not raw.strip():
        raise InputRefused(name, "empty", "the file is empty")
    text = None
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            break
    if text is None:
        if raw.startswith(_BINARY_MAGIC):
            raise InputRefused(name, "binary", "is a binary file, not a text document")
        nuls = raw.count(b"\x00")
        if nuls > len(raw) // 10:
            text = _utf16_without_bom(raw)
            if text is None:
                raise InputRefused(name, "binary", "is a binary file, not a text document")
    if text is None:
        if _control_share(raw.replace(b"\x00", b"")) > _MAX_CONTROL:
            raise InputRefused(name, "binary", "is a binary file, not a text document")
        data = raw.replace(b"\x00", b"") if nuls else raw
        text = _strict(data, "utf-8")
        if text is not None:
            text = _undo_mojibake(text)
        else:
            text = _decode_legacy(data)
            if text is None or text.count("\ufffd") > max(8, len(text) // 50):
                raise InputRefused(name, "unreadable", "is not in a text encoding this app reads")
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputRefused(name, "empty", "holds only white space")
    if cjk_count(text) == 0:
        raise InputRefused(name, "not-chinese", "holds no Chinese text")
    return text
