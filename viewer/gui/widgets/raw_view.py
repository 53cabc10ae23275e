"""The raw original, as stored, with what cleaning removed struck through in red.

Shown beside the reader or instead of it, so a reader can check what cleaning did. The raw
text is inserted as plain text (markup in an HTML page shows as characters, never renders).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QShowEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.gui import theme
from viewer.gui.models.raw_diff import removed_runs
from viewer.gui.widgets import typesetting
from viewer.model import Article


class RawView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.retranslate_ui()
        self.article: Article | None = None
        self._zoom = 0
        self.removed: list[tuple[int, int]] = []
        self._stale = False  # an article was given while hidden: built when next shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._rebuild()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_article(self.article, self._zoom)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Raw original"))
        description = self.tr("Raw original: removed parts are struck through")
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    def show_article(self, article: Article | None, zoom: int = 0) -> None:
        """Show `article`; while the view is hidden only remember it (most readers never
        open the raw view, and each document costs about 250 KiB)."""
        self.article = article
        self._zoom = zoom
        if self.isVisible():
            self._rebuild()
        else:
            self._stale = True

    def _rebuild(self) -> None:
        self._stale = False
        article, zoom = self.article, self._zoom
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        font = typesetting.reading_font(
            typesetting.region(typesetting.Script.ORIGINAL, article.script if article else "hans"),
            zoom - 1,
            serif=False,
        )
        doc.setDefaultFont(font)
        self.removed = []
        if article is not None:
            raw = article.raw or ""
            if not raw:
                raw = self.tr("(the archive holds no raw original for this article)")
            else:
                self.removed = removed_runs(raw, article.body)
            cursor = QTextCursor(doc)
            plain = QTextCharFormat()
            struck = QTextCharFormat()
            struck.setForeground(theme.colors().qcolor("removed_text"))
            struck.setBackground(theme.colors().qcolor("removed_bg"))
            struck.setFontStrikeOut(True)
            struck.setFontWeight(QFont.Weight.Normal)
            last = 0
            for a, b in self.removed:
                cursor.insertText(raw[last:a], plain)
                cursor.insertText(raw[a:b], struck)
                last = b
            cursor.insertText(raw[last:], plain)
        old = self.document()
        ours = old.parent() is self  # asked before: Qt deletes a document it owns itself
        self.setExtraSelections([])  # their cursors would point into the old document
        self.setDocument(doc)
        if ours:
            # QTextEdit deletes a replaced document only if its own text control owns it.
            shiboken6.delete(old)

    def loadResource(self, kind: int, name: object) -> object:
        return None
