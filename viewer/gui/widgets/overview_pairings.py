"""The pairings pane: the network above, the same pairings as a table below, and on the
right the articles behind what was clicked (a node, an arrow or a table row).

Double-clicking (or Enter on) an article there asks for it in the reader (`articleOpened`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import i18n
from viewer.gui.models.overview_tables import KeyRole, PairingsModel, SortRole
from viewer.gui.widgets.overview_network import NetworkView

IdRole = Qt.ItemDataRole.UserRole + 1
HINT = QT_TRANSLATE_NOOP(
    "Overview",
    "Click a node, a line or a row of the table to list the articles that report it; "
    "double-click an article to open it.",
)


class PairingsPane(QSplitter):
    articleOpened = Signal(str)

    def __init__(self, model: PairingsModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = model
        self.lookup: Callable[[tuple], tuple[str, list[Any]]] | None = None  # set by the owner
        self.shown: Callable[[str], str] = lambda s: s
        self.network = NetworkView(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        i18n.bind(
            self.table, "setAccessibleName", "Overview", QT_TRANSLATE_NOOP("Overview", "Pairings")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for col, width in enumerate((170, 170, 110, 60, 100, 100)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._row_clicked)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.network)
        left.addWidget(self.table)
        left.setSizes([520, 220])
        side = QWidget(self)
        box = QVBoxLayout(side)
        box.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(side)
        self.heading.setWordWrap(True)
        self.heading.setText(i18n.translate("Overview", HINT))
        self.articles = QListWidget(side)
        i18n.bind(
            self.articles,
            "setAccessibleName",
            "Overview",
            QT_TRANSLATE_NOOP("Overview", "Articles behind the pairing"),
        )
        self.articles.itemActivated.connect(self._open)
        self.articles.itemDoubleClicked.connect(self._open)
        box.addWidget(self.heading)
        box.addWidget(self.articles, 1)
        self.addWidget(left)
        self.addWidget(side)
        self.setStretchFactor(0, 1)
        self.setSizes([900, 280])
        self.network.chosen.connect(self.choose)
        self.current: tuple | None = None

    def _row_clicked(self, index: QModelIndex) -> None:
        a, b, relation, directed = index.data(KeyRole)
        self.choose(("pair", a, b, relation, directed))

    def choose(self, key: tuple) -> None:
        """List the articles behind a node, an edge or a table row: ("node", name),
        ("edge", a, b) or ("pair", a, b, relation, directed)."""
        if self.lookup is None:
            return
        self.current = key
        heading, summaries = self.lookup(key)
        self.heading.setText(heading)  # names already in the shown script
        self.articles.clear()
        for s in summaries:
            text = self.shown(f"{s.title or '无题'}\n{s.published or ''} · {s.source or ''}")
            item = QListWidgetItem(text)
            item.setData(IdRole, s.id)
            self.articles.addItem(item)

    def listed_ids(self) -> list[str]:
        return [self.articles.item(i).data(IdRole) for i in range(self.articles.count())]

    def _open(self, item: QListWidgetItem) -> None:
        self.articleOpened.emit(item.data(IdRole))

    def relabel(self) -> None:
        self.network.relabel(self.shown)
        if self.current is not None:
            self.choose(self.current)
        else:
            self.heading.setText(i18n.translate("Overview", HINT))
