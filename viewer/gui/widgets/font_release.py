"""Letting go of the font faces of a script no longer shown.

Qt keeps every font engine it has made in its font cache, and each regional Noto CJK face
(SC, TC, HK) maps the whole collection file again: after toggling through the scripts the
faces of all three stay resident (about 14 MiB each) although one is shown. Qt has no public
call that empties that cache; registering and removing an application font does it (the
font database is invalidated), so a tiny font is built in memory for that. Faces still in
use stay alive (their engines are reference-counted) and are found again on the next paint.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QFontDatabase

RELEASE_DELAY_MS = 400  # after the last script change: a toggle never waits for it
_FAMILY = "archive-viewer cache reset"
_TIMER = "font-release"
_HEAD = (0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0)  # dates, box, style, sizes, loca format


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}L", data)) & 0xFFFFFFFF


def minimal_font(family: str = _FAMILY) -> bytes:
    """A valid TrueType font with one empty glyph: enough for FreeType and fontconfig."""
    family_utf16, style = family.encode("utf-16-be"), "Regular".encode("utf-16-be")
    records = [(3, 1, 0x409, nid, len(family_utf16), 0) for nid in (1, 4, 6)]
    records.insert(1, (3, 1, 0x409, 2, len(style), len(family_utf16)))
    name = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    name += b"".join(struct.pack(">6H", *r) for r in records) + family_utf16 + style
    os2 = struct.pack(">HhHHH11h", 1, 500, 400, 5, 0, *[0] * 11) + b"\0" * 26 + b"NONE"
    os2 += struct.pack(">HHHhhhHHLL", 0x40, 0, 0, 800, -200, 0, 1000, 200, 1, 0)
    tables = {
        b"OS/2": os2,
        b"cmap": struct.pack(">HHHHL", 0, 1, 3, 1, 12)
        + struct.pack(">HHHHHHHHHhH", 4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 1, 0),
        b"glyf": b"",
        b"head": struct.pack(">4L2H2q4h2H3h", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0, 1000, *_HEAD),
        b"hhea": struct.pack(">LhhhH11hH", 0x10000, 800, -200, 0, 500, 0, 0, 0, 1, *[0] * 7, 1),
        b"hmtx": struct.pack(">Hh", 500, 0),
        b"loca": struct.pack(">HH", 0, 0),
        b"maxp": struct.pack(">LH13H", 0x10000, 1, 0, 0, 0, 0, 2, *[0] * 8),
        b"name": name,
        b"post": struct.pack(">LLhhLLLLL", 0x30000, 0, 0, 0, 0, 0, 0, 0, 0),
    }
    out = struct.pack(">LHHHH", 0x10000, len(tables), 128, 3, len(tables) * 16 - 128)
    offset, body = 12 + 16 * len(tables), b""
    for tag in sorted(tables):
        data = tables[tag]
        out += struct.pack(">4sLLL", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return out + body


def release_unused_faces() -> bool:
    """Empty Qt's font cache now; False if the font database refused the tiny font."""
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(minimal_font()))
    return font_id >= 0 and QFontDatabase.removeApplicationFont(font_id)


def release_soon(parent: QObject) -> None:
    """Release once the scripts have stopped changing for a moment (restarts the wait)."""
    timer = parent.findChild(QTimer, _TIMER)
    if timer is None:
        timer = QTimer(parent)
        timer.setObjectName(_TIMER)
        timer.setSingleShot(True)
        timer.setInterval(RELEASE_DELAY_MS)
        timer.timeout.connect(release_unused_faces)
    timer.start()
