"""Places: provinces, prefectures and counties in a tree, each with a bar for its articles.

Clicking a place emits `placeChosen` with its `PlaceCount`; the overview turns that into a
filtered article list in the reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from viewer.gui import i18n
from viewer.gui.models.overview_tables import KeyRole, PlacesModel

BAR = QColor(96, 140, 200, 110)


class BarDelegate(QStyledItemDelegate):
    """The number, over a bar as long as its share of the largest province."""

    def __init__(self, model: PlacesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.DisplayRole) or 0
        share = min(1.0, value / max(self.model.max_articles, 1))
        r = option.rect.adjusted(2, 4, -2, -4)
        painter.save()
        painter.fillRect(QRect(r.x(), r.y(), round(r.width() * share), r.height()), BAR)
        painter.restore()
        super().paint(painter, option, index)


class PlacesView(QTreeView):
    placeChosen = Signal(object)  # PlaceCount

    def __init__(self, model: PlacesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        i18n.bind(self, "setAccessibleName", "Overview", QT_TRANSLATE_NOOP("Overview", "Places"))
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegateForColumn(1, BarDelegate(model, self))
        self.setColumnWidth(0, 260)
        self.setColumnWidth(1, 320)
        self.clicked.connect(self._clicked)
        self.activated.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        count = index.data(KeyRole)
        if count is not None:
            self.placeChosen.emit(count)
