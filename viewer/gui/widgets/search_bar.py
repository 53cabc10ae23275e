"""The search field above the list (Ctrl+K): results replace the list, Esc returns.

Typing searches after a short pause, Enter at once; Down moves into the results, so the
keyboard alone goes from a query to an article.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from viewer.gui.workers import Debouncer


class SearchBar(QLineEdit):
    search = Signal(str)  # a query to run; "" returns to the full list
    down = Signal()

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 250) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.retranslate_ui()
        self._debounce = Debouncer(self._emit, delay_ms, self)
        self.textEdited.connect(lambda _: self._debounce.trigger())
        self.textChanged.connect(self._on_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("Search the archive (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search the archive"))
        self.setAccessibleDescription(
            self.tr("Finds words in either script; Down arrow moves to the results")
        )

    def _on_changed(self, text: str) -> None:
        if not text:  # the clear button
            self._debounce.cancel()
            self.search.emit("")

    def _emit(self) -> None:
        self.search.emit(self.text().strip())

    def run_now(self) -> None:
        self._debounce.cancel()
        self._emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_now()
            self.down.emit()
            return
        if key == Qt.Key.Key_Escape:
            self._debounce.cancel()
            if self.text():
                self.clear()
            else:
                self.search.emit("")
            return
        if key == Qt.Key.Key_Down:
            if self._debounce.pending():
                self.run_now()
            self.down.emit()
            return
        super().keyPressEvent(event)
