"""The reader: one article set for reading Chinese, with fact highlights and find.

The document is built with QTextCursor from plain strings, never from HTML, so a page's own
markup can neither execute nor fetch anything, and every document position is known: the
body starts at `body_start` and each of its characters is one UTF-16 unit or two (Qt counts
UTF-16; the body's `Utf16Index` translates). Highlights are extra selections, which leave the
document untouched and cost nothing to change. With ambiguity marks on (View menu, off by
default), each character whose conversion was one-to-many gets a dotted underline in the
document's own formats, and hovering it shows the original and the alternatives.
"""

from __future__ import annotations

from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from viewer.gui import theme
from viewer.gui.models.presented import Presented, meta_line
from viewer.gui.widgets import ambiguity_marks, font_release, typesetting
from viewer.model import Script
from viewer.script import convert, warm
from viewer.script_ambiguity import Ambiguity

WARM_DELAY_MS = 200  # after the first paint: start-up never pays for a converter it may not use


class ReaderView(QTextBrowser):
    factHovered = Signal(int)  # fact index, -1 when the mouse leaves every fact
    findChanged = Signal(int, int)  # current match (0-based, -1 none), match count
    presentedShown = Signal(object)  # the Presented now shown, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.retranslate_ui()
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.presented: Presented | None = None
        self.zoom = 0
        self.copy_original = False
        self.body_start = 0
        self._title_range = (0, 0)
        self._meta_range = (0, 0)
        self._fact: int | None = None
        self._hovered = -1
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._query = ""
        self._warm_pending = True
        self.mark_ambiguity = False
        self._marks: dict[int, Ambiguity] = {}  # by code point in the shown body
        self._region = ""  # regional face last shown: SC, TC or HK

    # Content ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(
            self.tr("The article text; a chosen fact or find match is highlighted")
        )

    def show_presented(self, presented: Presented | None, keep_position: bool = False) -> None:
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if keep_position and bar.maximum() else 0.0
        self.presented = presented
        self._hovered = -1
        old = self.document()
        ours = old.parent() is self
        self.setExtraSelections([])  # their cursors point into the old document
        self.setDocument(self._build(presented))
        if ours:
            # QTextEdit deletes a replaced document only if its own text control owns it;
            # ours are children of the view, so each switch would keep the last one alive.
            shiboken6.delete(old)
        code = typesetting.region(presented.mode, presented.article.script) if presented else ""
        if code and code != self._region:
            if self._region:  # the previous script's faces are cached for nothing now
                font_release.release_soon(self)
            self._region = code
        self._apply_measure()
        if self._query:
            self.find_text(self._query, keep_current=True)
        self._refresh_selections()
        bar.setValue(round(ratio * bar.maximum()))
        self.presentedShown.emit(presented)

    def _build(self, p: Presented | None) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        code = typesetting.region(p.mode, p.article.script) if p else "SC"
        font = typesetting.reading_font(code, self.zoom)
        doc.setDefaultFont(font)
        self._marks = {}
        if p is None:
            return doc
        em = font.pointSizeF() * self.logicalDpiY() / 72
        cursor = QTextCursor(doc)
        title_block = QTextBlockFormat()
        title_block.setBottomMargin(em * (0.5 if p.meta else 1.4))
        dpi = self.logicalDpiY()
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.55)
        title_block.setLineHeight(
            typesetting.line_height(title_font, typesetting.TITLE_LINE_EM, dpi),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        title_chars = QTextCharFormat()
        title_chars.setFontPointSize(font.pointSizeF() * 1.55)
        title_chars.setFontWeight(QFont.Weight.Bold)
        if not p.title:
            title_chars.setForeground(theme.colors().qcolor("muted"))
        cursor.setBlockFormat(title_block)
        cursor.setCharFormat(title_chars)
        start = cursor.position()
        cursor.insertText(p.title or self.tr("Untitled"))
        self._title_range = (start, cursor.position())
        self._meta_range = (cursor.position(), cursor.position())
        if p.meta:  # no empty line where an article names no source, date or author
            meta_block = QTextBlockFormat()
            meta_block.setBottomMargin(em * 1.4)
            meta_chars = QTextCharFormat()
            meta_chars.setFontPointSize(font.pointSizeF() * 0.85)
            meta_chars.setForeground(theme.colors().qcolor("muted"))
            cursor.insertBlock(meta_block, meta_chars)
            start = cursor.position()
            cursor.insertText(p.meta)
            self._meta_range = (start, cursor.position())
        body_block = QTextBlockFormat()
        body_block.setLineHeight(
            typesetting.line_height(font, typesetting.LINE_EM, dpi),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        body_block.setBottomMargin(em * 0.6)
        body_block.setTextIndent(em * 2)
        body_block.setAlignment(Qt.AlignmentFlag.AlignJustify)
        cursor.insertBlock(body_block, QTextCharFormat())
        self.body_start = cursor.position()
        cursor.insertText(p.body)  # each "\n" becomes a block separator: one position
        if self.mark_ambiguity and p.mode != Script.ORIGINAL:
            self._marks = ambiguity_marks.underline(doc, self.body_start, p)
        return doc

    def set_mark_ambiguity(self, on: bool) -> None:
        if on != self.mark_ambiguity:
            self.mark_ambiguity = on
            self.show_presented(self.presented, keep_position=True)

    def ambiguity_at(self, offset: int) -> Ambiguity | None:
        """The mark on the shown body's character at `offset`, if marks are on."""
        return self._marks.get(offset)

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip for a viewport point: the mark under it, or nothing."""
        return ambiguity_marks.tooltip_at(self, self._marks, point)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _apply_measure(self) -> None:
        """Centre a column of at most MEASURE_EM characters."""
        doc = self.document()
        em = doc.defaultFont().pointSizeF() * self.logicalDpiY() / 72
        width = self.viewport().width()
        side = max(24.0, (width - typesetting.MEASURE_EM * em) / 2)
        frame = doc.rootFrame().frameFormat()
        if abs(frame.leftMargin() - side) > 0.5 or frame.topMargin() != 28:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(28)
            frame.setBottomMargin(48)
            doc.rootFrame().setFrameFormat(frame)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._warm_pending:
            self._warm_pending = False
            QTimer.singleShot(WARM_DELAY_MS, self, warm_converters)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def set_zoom(self, zoom: int) -> None:
        zoom = max(typesetting.ZOOM_MIN, min(typesetting.ZOOM_MAX, zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self.show_presented(self.presented, keep_position=True)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """Nothing is ever loaded: the document holds only the archive's own text."""
        return None

    # Positions -------------------------------------------------------------------------
    def doc_range(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of a code-point range of the shown body."""
        assert self.presented is not None
        u = self.presented.utf16
        return self.body_start + u.to_utf16(start), self.body_start + u.to_utf16(end)

    def body_offset(self, doc_pos: int) -> int | None:
        """Code-point offset in the shown body for a document position, None outside it."""
        if self.presented is None or doc_pos < self.body_start:
            return None
        return self.presented.utf16.to_codepoint(doc_pos - self.body_start)

    # Fact highlight --------------------------------------------------------------------
    def highlight_fact(self, fact: int | None, scroll: bool = True) -> None:
        self._fact = fact
        self._refresh_selections()
        if fact is not None and scroll and self.presented is not None:
            self._scroll_to(self.doc_range(*self.presented.spans[fact])[0])

    def highlighted_range(self) -> tuple[int, int] | None:
        """Document positions of the highlighted fact (for tests and accessibility)."""
        if self._fact is None or self.presented is None:
            return None
        return self.doc_range(*self.presented.spans[self._fact])

    def _scroll_to(self, pos: int) -> None:
        """Bring `pos` to a third of the way down, unless it is in view already."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        rect = self.cursorRect(cursor)
        margin = rect.height() * 2
        if rect.top() >= margin and rect.bottom() <= self.viewport().height() - margin:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 3)

    def _refresh_selections(self) -> None:
        selections = []
        for k, (a, b) in enumerate(self._matches):
            selections.append(
                self._selection(a, b, "find_current" if k == self._current else "find")
            )
        if self._fact is not None and self.presented is not None:
            if self._fact < len(self.presented.spans):
                selections.append(
                    self._selection(*self.doc_range(*self.presented.spans[self._fact]), "fact")
                )
            else:
                self._fact = None
        self.setExtraSelections(selections)

    def _selection(self, a: int, b: int, kind: str) -> QTextEdit.ExtraSelection:
        """A highlight in the theme's colours: its own text colour keeps the contrast."""
        colors = theme.colors()
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format.setBackground(colors.qcolor(f"{kind}_bg"))
        sel.format.setForeground(colors.qcolor(f"{kind}_text"))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        return sel

    # Hover -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._hover_at(event.position().toPoint())

    def _hover_at(self, point: QPoint) -> None:
        fact = -1
        if self.presented is not None:
            doc_point = point + QPoint(
                self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            )
            pos = self.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)
            offset = self.body_offset(pos) if pos >= 0 else None
            if offset is not None:
                found = self.presented.fact_at(offset)
                fact = -1 if found is None else found
        if fact != self._hovered:
            self._hovered = fact
            self.factHovered.emit(fact)

    def leaveEvent(self, event: Any) -> None:
        super().leaveEvent(event)
        if self._hovered != -1:
            self._hovered = -1
            self.factHovered.emit(-1)

    # Find ------------------------------------------------------------------------------
    def find_text(self, query: str, keep_current: bool = False) -> int:
        """Mark every match of `query` (also written in the shown script); returns the count."""
        self._query = query
        self._matches = []
        if query and self.presented is not None:
            variants = {query, self.presented.convert(query)}
            own = self.presented.article.script
            if self.presented.mode == Script.ORIGINAL and own in {s.value for s in Script}:
                variants.add(convert(query, Script(own)))
            found: set[tuple[int, int]] = set()
            doc = self.document()
            for q in variants:
                cursor = doc.find(q, 0)
                while not cursor.isNull():
                    found.add((cursor.selectionStart(), cursor.selectionEnd()))
                    cursor = doc.find(q, cursor.selectionEnd())
            self._matches = sorted(found)
        old = self._current
        self._current = (
            (min(max(old, 0), len(self._matches) - 1) if keep_current else 0)
            if self._matches
            else -1
        )
        self._refresh_selections()
        if self._current >= 0 and not keep_current:
            self._scroll_to(self._matches[self._current][0])
        self.findChanged.emit(self._current, len(self._matches))
        return len(self._matches)

    def find_step(self, step: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + step) % len(self._matches)
        self._refresh_selections()
        self._scroll_to(self._matches[self._current][0])
        self.findChanged.emit(self._current, len(self._matches))

    def current_match(self) -> tuple[int, int] | None:
        return self._matches[self._current] if self._current >= 0 else None

    def clear_find(self) -> None:
        self._query = ""
        self._matches, self._current = [], -1
        self._refresh_selections()

    # Copy ------------------------------------------------------------------------------
    def selected_text(self) -> str:
        """The selection as copied: shown script, or the stored original if so set."""
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        if a == b:
            return ""
        if not (self.copy_original and self.presented is not None):
            return cursor.selection().toPlainText()
        p = self.presented
        parts = []
        for lo, hi, shown, original in (
            (*self._title_range, p.title, p.article.title or ""),
            (*self._meta_range, p.meta, meta_line(p.article, Script.ORIGINAL)),
        ):
            if lo < hi and a < hi and b > lo:
                text = original
                parts.append(
                    text
                    if (a <= lo and b >= hi) or len(shown) != len(text)
                    else text[max(a, lo) - lo : min(b, hi) - lo]
                )
        if b > self.body_start:
            s = self.body_offset(max(a, self.body_start)) or 0
            e = self.body_offset(b) or 0
            parts.append(p.original_slice(s, e))
        return "\n".join(parts)

    def createMimeDataFromSelection(self) -> QMimeData:
        text = self.selected_text()
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml("".join(f"<p>{escape(line)}</p>" for line in text.split("\n")))
        return mime


def warm_converters() -> None:
    """Build s2t (45 ms, the one slow converter), t2s (3 ms) and the converters that keep
    names (30-60 ms, 3-17 ms) while nobody is waiting, so that the first toggle to any
    script is quick. On the GUI thread on purpose: building a
    converter holds the GIL throughout, so a worker thread would stall this one all the same.
    """
    warm((Script.HANT, Script.HANS))
