"""Ambiguity marks in the reader: a dotted underline under each one-to-many character.

The underline is put in the document's own character formats (extra selections stay free
for fact and find highlights), blue where conversion chose among candidates and green where
a protected name kept the written form. Hovering one shows `script_ambiguity.describe`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from viewer.gui.models.presented import Presented
from viewer.script_ambiguity import Ambiguity, describe

AMBIGUOUS_LINE = QColor(40, 110, 200)
KEPT_LINE = QColor(30, 150, 90)


def underline(doc: QTextDocument, body_start: int, p: Presented) -> dict[int, Ambiguity]:
    """Underline every mark of `p` in `doc`; returns the marks by shown-body offset."""
    marks = p.ambiguities()
    cursor = QTextCursor(doc)
    for m in marks:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(KEPT_LINE if m.kept else AMBIGUOUS_LINE)
        cursor.setPosition(body_start + p.utf16.to_utf16(m.pos))
        cursor.setPosition(
            body_start + p.utf16.to_utf16(m.pos + 1), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.mergeCharFormat(fmt)
    return {m.pos: m for m in marks}


def tooltip_at(view: Any, marks: dict[int, Ambiguity], point: QPoint) -> str:
    """The tooltip for a viewport point of the reader: the mark drawn under it, or ""."""
    if not marks:
        return ""
    doc_point = point + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    pos = view.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.FuzzyHit)
    for candidate in (pos, pos - 1):
        offset = view.body_offset(candidate) if candidate >= 0 else None
        mark = marks.get(offset) if offset is not None else None
        if mark is not None and _under(view, candidate, point):
            return describe(mark)
    return ""


def _under(view: Any, doc_pos: int, point: QPoint) -> bool:
    """Whether the character starting at `doc_pos` is drawn under the viewport point."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(doc_pos)
    left = view.cursorRect(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    right = view.cursorRect(cursor)
    same_line = right.top() == left.top()
    return (
        left.top() <= point.y() <= left.bottom()
        and left.left() <= point.x()
        and (not same_line or point.x() <= right.left())
    )
