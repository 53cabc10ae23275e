"""Row painting for the article list, search results and facts: a main line, a grey line.

The list shows title, then date · source · place; a search result adds its snippet with the
matches in bold; a fact shows its text with its mention count at the right (×8), then its
resolved value, or only its text when it has no value. List rows have a fixed height, so
views never measure rows they do not show (the list may hold 100,000).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.gui import theme

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor(115, 115, 115)


class TwoLineDelegate(QStyledItemDelegate):
    """Main text on the first line, `second_role` under it, `snippet_role` (optional) below."""

    def __init__(
        self,
        second_role: int,
        snippet_role: int | None = None,
        parent: Any = None,
        tree: bool = False,
        badge_role: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.second_role = second_role
        self.snippet_role = snippet_role
        self.tree = tree  # top-level rows of a tree are group headers: one line
        self.bold_first = True
        self.badge_role = badge_role  # short muted text at the right of the first line

    def _is_group(self, index: Index) -> bool:
        return self.tree and not index.parent().isValid()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        line = int(fm.height() * 1.3)
        if self._is_group(index):
            return QSize(200, line + 8)  # a group header in the facts tree
        if self.tree and not index.data(self.second_role):
            return QSize(200, line + 10)  # a fact without a resolved value
        lines = 3 if self.snippet_role is not None else 2
        return QSize(200, line * lines + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = fg if selected else MUTED
        rect = opt.rect.adjusted(8, 4, -8, -4)
        fm = QFontMetrics(opt.font)
        line = int(fm.height() * 1.3)
        painter.save()
        first = QFont(opt.font)
        is_group = self._is_group(index)
        first.setBold(self.bold_first or is_group)
        painter.setFont(first)
        painter.setPen(fg)
        r = QRect(rect.left(), rect.top(), rect.width(), line)
        badge = index.data(self.badge_role) if self.badge_role is not None else ""
        r1 = QRect(r)
        if badge and not is_group:
            painter.setFont(opt.font)
            painter.setPen(muted)
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, badge)
            r1.setRight(r.right() - fm.horizontalAdvance(badge) - 8)
            painter.setFont(first)
            painter.setPen(fg)
        painter.drawText(
            r1,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(first).elidedText(text, Qt.TextElideMode.ElideRight, r1.width()),
        )
        if not is_group:
            second = index.data(self.second_role) or ""
            small = QFont(opt.font)
            small.setPointSizeF(opt.font.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(muted)
            r2 = r.translated(0, line)
            painter.drawText(
                r2,
                Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(small).elidedText(second, Qt.TextElideMode.ElideRight, r2.width()),
            )
            if self.snippet_role is not None:
                snippet = index.data(self.snippet_role)
                if snippet:
                    painter.setPen(fg)
                    self._draw_snippet(painter, small, r2.translated(0, line), *snippet)
        painter.restore()

    def _draw_snippet(
        self, painter: QPainter, font: QFont, rect: QRect, text: str, marks: list[tuple[int, int]]
    ) -> None:
        """One line of snippet with its matches in bold (positions in UTF-16 units)."""
        from viewer.script import Utf16Index

        text = text.replace("\n", " ")
        u = Utf16Index(text)
        layout = QTextLayout(text, font)
        formats = []
        for a, b in marks:
            fr = QTextLayout.FormatRange()
            fr.start, fr.length = u.to_utf16(a), u.to_utf16(b) - u.to_utf16(a)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(theme.colors().qcolor("hover_bg"))  # search matches
            fmt.setForeground(theme.colors().qcolor("hover_text"))
            fr.format = fmt
            formats.append(fr)
        layout.setFormats(formats)
        layout.beginLayout()
        tl = layout.createLine()
        if tl.isValid():
            tl.setLineWidth(rect.width())
        layout.endLayout()
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - QFontMetrics(font).height()) / 2
        layout.draw(painter, rect.topLeft().toPointF().__class__(rect.left(), top))
        painter.restore()
