"""The facts sidebar: a filter box over the facts tree, grouped by kind with counts.

Clicking a fact, or pressing Enter on it, asks the reader to scroll to it and highlight it;
moving through facts with the arrow keys highlights without stealing the focus. A fact
hovered in the reader is marked and scrolled into view here. The context menu copies.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from viewer.gui.models.facts import FactsModel, ValueRole
from viewer.gui.widgets.delegates import TwoLineDelegate


class FactsTree(QTreeView):
    activatedByKey = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedByKey.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FactsSidebar(QWidget):
    factChosen = Signal(int, bool)  # fact index, move the focus to the reader

    def __init__(self, model: FactsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter facts")
        self.filter.setAccessibleName("Filter facts")
        self.filter.setClearButtonEnabled(True)
        self.tree = FactsTree(self)
        self.tree.setAccessibleName("Facts")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(TwoLineDelegate(ValueRole, None, self.tree, tree=True))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.context_actions: list[QAction] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree.clicked.connect(lambda idx: self._choose(idx, False))
        self.tree.activatedByKey.connect(lambda idx: self._choose(idx, True))
        model.modelReset.connect(self.tree.expandAll)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def _choose(self, index: QModelIndex, focus_reader: bool) -> None:
        fact = self.model.fact_index(index)
        if fact is not None:
            self.factChosen.emit(fact, focus_reader)
        elif index.isValid():
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def current_fact(self) -> int | None:
        return self.model.fact_index(self.tree.currentIndex())

    def select_fact(self, fact: int) -> None:
        index = self.model.index_of(fact)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

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
        for action in self.context_actions:
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
