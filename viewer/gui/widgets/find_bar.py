"""Find in article: a bar under the reader with a field, previous / next and a match count.

Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one, Esc closes
the bar and gives the focus back to the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    queryChanged = Signal(str)
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setMinimumWidth(64)
        self._shown = (-1, -1)
        self.prev_button = self._button("↑", -1)
        self.next_button = self._button("↓", 1)
        self.close_button = close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for w in (self.field, self.count, self.prev_button, self.next_button, close):
            layout.addWidget(w)
        self.field.textChanged.connect(self.queryChanged)
        self.field.installEventFilter(self)
        self.retranslate_ui()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.setAccessibleDescription(self.tr("Enter: next match, Shift+Enter: previous"))
        self.count.setAccessibleName(self.tr("Matches"))
        for button, name, key in (
            (self.prev_button, self.tr("Previous match"), "Shift+F3"),
            (self.next_button, self.tr("Next match"), "F3"),
            (self.close_button, self.tr("Close find"), "Esc"),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(f"{name} ({key})")
            button.setToolTip(f"{name} ({key})")
        self.show_count(*self._shown)

    def _button(self, text: str, direction: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.step.emit(direction))
        return button

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self.queryChanged.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        self._shown = (current, total)
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("no match"))
        else:
            self.count.setText(f"{current + 1} / {total}")

    def eventFilter(self, obj: object, event: object) -> bool:
        if (
            obj is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step.emit(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.step.emit(1)
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.step.emit(-1)
                return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]
