"""The pairings table and the places tree of the overview, in the current script.

Both hold what one overview query returned (a few thousand rows at most), so they are plain
in-memory models; names are stored in the original and converted as they are shown. The
headers follow the interface language. A pairing whose articles do not say who helps keeps
its parties in reading order under the helping / helped headers, so its row says so: the
parties are joined by ↔ in the tooltip and its relation ends with "(no direction)".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from viewer.archive.overview import Pairing, PlaceCount
from viewer.gui.models import labels
from viewer.model import Script
from viewer.script import convert

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 10
# pairings: (a, b, relation, directed); places: PlaceCount
KeyRole = Qt.ItemDataRole.UserRole + 11
DirectedRole = Qt.ItemDataRole.UserRole + 12  # pairings: whether a helps b
PAIRING_COLUMNS = labels.PAIRING_COLUMNS
PLACE_COLUMNS = labels.PLACE_COLUMNS


class _Scripted:
    _mode = Script.ORIGINAL
    _phrases = False

    def shown(self, text: str | None) -> str:
        return convert(text or "", self._mode, self._phrases)


class PairingsModel(_Scripted, QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pairings: list[Pairing] = []

    def set_pairings(self, pairings: list[Pairing]) -> None:
        self.beginResetModel()
        self.pairings = list(pairings)
        self.endResetModel()

    def set_script(self, mode: Script, phrases: bool = False) -> None:
        self.beginResetModel()
        self._mode, self._phrases = Script(mode), phrases
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PAIRING_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.column(PAIRING_COLUMNS, section)
        return None

    def retranslate(self) -> None:
        """Headers and direction marks in the interface language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PAIRING_COLUMNS) - 1)
        if self.pairings:
            last = self.index(len(self.pairings) - 1, len(PAIRING_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def relation_text(self, p: Pairing) -> str:
        """The relation as shown: with "(no direction)" when no article says who helps."""
        relation = self.shown(p.relation)
        if p.directed:
            return relation
        return labels.undirected(relation)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.pairings[index.row()]
        values = (p.a, p.b, p.relation, p.articles, p.first or "", p.last or "")
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 2:
                return self.relation_text(p)
            return self.shown(values[col]) if col < 2 else values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col < 3:
            link = "→" if p.directed else "↔"
            return f"{self.shown(p.a)} {link} {self.shown(p.b)}\n{self.relation_text(p)}"
        if role == SortRole:
            return values[col]
        if role == KeyRole:
            return (p.a, p.b, p.relation, p.directed)
        if role == DirectedRole:
            return p.directed
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Node:
    __slots__ = ("children", "count", "parent", "row")

    def __init__(self, count: PlaceCount | None, parent: _Node | None, row: int) -> None:
        self.count = count
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class PlacesModel(_Scripted, QAbstractItemModel):
    """Provinces, their prefectures and counties, each with its articles and its mentions
    (place facts), most articles first at every level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = _Node(None, None, 0)
        self.max_articles = 1

    def set_counts(self, counts: list[PlaceCount]) -> None:
        self.beginResetModel()
        self.root = _Node(None, None, 0)
        by_key: dict[tuple[str | None, ...], _Node] = {(): self.root}
        for c in sorted(counts, key=lambda c: (c.city is not None, c.county is not None)):
            key = (c.province, c.city, c.county)
            parent_key = key[:2] if c.county else key[:1] if c.city else ()
            parent = by_key.get(parent_key) or self.root
            node = _Node(c, parent, 0)
            parent.children.append(node)
            by_key[tuple(k for k in key if k is not None)] = node
        for node in by_key.values():
            node.children.sort(key=lambda n: (-n.count.articles, n.count.name))
            for i, child in enumerate(node.children):
                child.row = i
        self.max_articles = max((n.count.articles for n in self.root.children), default=1)
        self.endResetModel()

    def set_script(self, mode: Script, phrases: bool = False) -> None:
        self._mode, self._phrases = Script(mode), phrases
        self.layoutChanged.emit()

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(PLACE_COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(PLACE_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.column(PLACE_COLUMNS, section)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PLACE_COLUMNS) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c: PlaceCount = index.internalPointer().count
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.shown(c.name), c.articles, c.facts)[col]
        if role == KeyRole:
            return c
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def find(self, *names: str) -> QModelIndex:
        """The index of a place by its path of original names (province, city, county)."""
        node, index = self.root, QModelIndex()
        for name in names:
            child = next((n for n in node.children if n.count.name == name), None)
            if child is None:
                return QModelIndex()
            node, index = child, self.index(child.row, 0, index)
        return index
