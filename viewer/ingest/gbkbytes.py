"""GBK byte-level helpers for the garble repair: two-byte codes, candidates per lead byte.

GB18030 is used as the codec because it is the superset the broken decodes came from: its
user-defined areas map to the Private Use Area characters that such runs sometimes hold.
"""

from __future__ import annotations

from functools import cache


@cache
def two_bytes(ch: str) -> bytes | None:
    """The character's two-byte GB18030 code, or None (ASCII, four-byte, unencodable)."""
    try:
        code = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return code if len(code) == 2 else None


@cache
def pair(lead: int, trail: int) -> str | None:
    """The character a lead and a trail byte make, or None when they make none."""
    if not (0x81 <= lead <= 0xFE and 0x40 <= trail <= 0xFE and trail != 0x7F):
        return None
    try:
        ch = bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


@cache
def with_lead(lead: int) -> tuple[str, ...]:
    """Every character whose code starts with `lead`."""
    out = []
    for trail in range(0x40, 0xFF):
        ch = pair(lead, trail)
        if ch is not None and not is_private(ch):
            out.append(ch)
    return tuple(out)


@cache
def with_trail(trail: int) -> tuple[tuple[int, str], ...]:
    """Every (lead, character) whose code ends with `trail`."""
    out = []
    for lead in range(0x81, 0xFF):
        ch = pair(lead, trail)
        if ch is not None and not is_private(ch):
            out.append((lead, ch))
    return tuple(out)


def is_private(ch: str) -> bool:
    return 0xE000 <= ord(ch) <= 0xF8FF


def decode_pairs(data: bytes) -> tuple[str, int | None] | None:
    """Decode a byte string two bytes at a time; returns (text, dangling last byte).

    None when a pair is not a character: the shift hypothesis does not hold there.
    """
    chars = []
    end = len(data) - (len(data) % 2)
    for i in range(0, end, 2):
        ch = pair(data[i], data[i + 1])
        if ch is None:
            return None
        chars.append(ch)
    dangling = data[-1] if len(data) % 2 else None
    if dangling is not None and not 0x81 <= dangling <= 0xFE:
        return None
    return "".join(chars), dangling
