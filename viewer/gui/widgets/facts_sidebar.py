"""The facts sidebar: a filter box over the facts tree, grouped by kind with counts.

A row stands for every mention of one fact. Clicking it, or pressing Enter on it, asks the
reader to scroll to its first mention and highlight it; doing so again moves to the next
mention, and F3 / Shift+F3 (or the context menu) step forwards and backwards. Enter on a
fact mentioned once moves the focus to the reader; on one mentioned several times the focus
stays, so that Enter again shows the next mention. A fact hovered in the reader marks its
row, which is scrolled into view. The context menu also copies.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from viewer.gui.models.facts import BadgeRole, FactsModel, ValueRole
from viewer.gui.widgets.delegates import TwoLineDelegate

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_STEP_KEYS = {
    Qt.KeyboardModifier.NoModifier: 1,
    Qt.KeyboardModifier.KeypadModifier: 1,
    Qt.KeyboardModifier.ShiftModifier: -1,
}


class FactsTree(QTreeView):
    activatedByKey = Signal(QModelIndex)
    stepRequested = Signal(QModelIndex, int)  # F3 / Shift+F3 on a row

    def _step_of(self, event: QKeyEvent) -> int:
        """1 or -1 for F3 / Shift+F3 on a fact row, 0 otherwise."""
        if event.key() != Qt.Key.Key_F3 or not self.currentIndex().parent().isValid():
            return 0
        return _STEP_KEYS.get(event.modifiers(), 0)

    def event(self, event: QEvent) -> bool:
        # F3 is also the window's "find next": on a fact row, the tree takes it first.
        if event.type() == QEvent.Type.ShortcutOverride and self._step_of(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self._step_of(event)
        if step:
            self.stepRequested.emit(self.currentIndex(), step)
            return
        if event.key() in _ENTER and self.currentIndex().isValid():
            self.activatedByKey.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FactsSidebar(QWidget):
    factChosen = Signal(int, bool)  # fact index, move the focus to the reader

    def __init__(self, model: FactsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.tree = FactsTree(self)
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        delegate = TwoLineDelegate(ValueRole, None, self.tree, tree=True, badge_role=BadgeRole)
        self.tree.setItemDelegate(delegate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.context_actions: list[QAction] = []
        self.next_action = QAction(self)
        self.next_action.triggered.connect(lambda: self.step(1))
        self.prev_action = QAction(self)
        self.prev_action.triggered.connect(lambda: self.step(-1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)  # Down goes from the filter into the facts
        self.tree.clicked.connect(lambda idx: self._choose(idx, False))
        self.tree.activatedByKey.connect(lambda idx: self._choose(idx, True))
        self.tree.stepRequested.connect(lambda idx, step: self._step_row(idx, step))
        model.modelReset.connect(self.tree.expandAll)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()  # the group labels (Numbers / 数字) and the mention counts
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter facts"))
        self.filter.setAccessibleName(self.tr("Filter facts"))
        self.filter.setAccessibleDescription(self.tr("Shows only the facts holding these words"))
        self.tree.setAccessibleName(self.tr("Facts"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Facts by kind. Enter shows a fact in the article; F3 and Shift+F3 step "
                "through its mentions; the menu key copies."
            )
        )
        self.next_action.setText(self.tr("Next mention") + "\tF3")
        self.prev_action.setText(self.tr("Previous mention") + "\tShift+F3")

    def eventFilter(self, obj: object, event: QEvent) -> bool:
        if (
            obj is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        ):
            self.tree.setFocus()
            if not self.tree.currentIndex().isValid() and self.model.rowCount():
                group = self.model.index(0, 0)
                first = self.model.index(0, 0, group)
                self.tree.setCurrentIndex(first if first.isValid() else group)
            return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def _choose(self, index: QModelIndex, by_key: bool) -> None:
        """A row activated: its first mention, or the next one if it is already shown."""
        fact = self.model.step_mention(index, 1)
        if fact is not None:
            self.factChosen.emit(fact, by_key and len(self.model.mentions(index)) == 1)
        elif index.isValid():
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _step_row(self, index: QModelIndex, step: int) -> None:
        fact = self.model.step_mention(index, step)
        if fact is not None:
            self.factChosen.emit(fact, False)

    def step(self, step: int) -> None:
        """Next (1) or previous (-1) mention of the current row."""
        self._step_row(self.tree.currentIndex(), step)

    def current_fact(self) -> int | None:
        return self.model.fact_index(self.tree.currentIndex())

    def select_fact(self, fact: int) -> None:
        """Make `fact` its row's current mention and the row the current one."""
        self.model.set_chosen(fact)
        index = self.model.index_of(fact)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            shown = self.tree.viewport().rect().contains(self.tree.visualRect(index))
            if not shown:  # a row brought from out of view is centred, not left at an edge
                self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_hovered(self, fact: int) -> None:
        index = self.model.set_hovered(None if fact < 0 else fact)
        if index.isValid():
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def current_group_facts(self) -> list[int]:
        return self.model.group_facts(self.tree.currentIndex())

    def _menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        several = len(self.model.mentions(self.tree.currentIndex())) > 1
        if several:
            menu.addActions([self.next_action, self.prev_action])
            menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
