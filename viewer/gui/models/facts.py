"""The facts of the shown article as a tree: one group per kind with its count, then facts.

Fact texts are slices of the presented body, so they are in the current script and agree
with what the reader highlights. A filter narrows the facts (groups keep their own counts
of what remains), and the fact hovered in the reader is marked for the sidebar to show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from viewer.citation import KIND_LABELS, fact_note, fact_value
from viewer.gui.models.presented import Presented
from viewer.model import FACT_KINDS

FactIndexRole = Qt.ItemDataRole.UserRole + 1  # index into the article's facts; None for a group
ValueRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
HoverRole = Qt.ItemDataRole.UserRole + 4
Index = QModelIndex | QPersistentModelIndex
_GROUP = 0xFFFFFFFF
HOVER_COLOR = QColor(255, 236, 153)


class FactsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._presented: Presented | None = None
        self._filter = ""
        self._groups: list[tuple[str, list[int]]] = []
        self._rows: dict[int, tuple[str, str, str]] = {}  # fact -> (text, value, note)
        self._hovered: int | None = None

    # Content -------------------------------------------------------------------------
    def set_presented(self, presented: Presented | None) -> None:
        self.beginResetModel()
        self._presented = presented
        self._hovered = None
        self._rebuild()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self._groups, self._rows = [], {}
        p = self._presented
        if p is None:
            return
        by_kind: dict[str, list[int]] = {k: [] for k in FACT_KINDS}
        for i, fact in enumerate(p.facts):
            row = (p.fact_text(i), p.convert(fact_value(fact)), p.convert(fact_note(fact)))
            if self._filter and not self._matches(row, fact.text, fact_value(fact)):
                continue
            self._rows[i] = row
            by_kind.setdefault(fact.kind, []).append(i)
        for kind in by_kind:
            by_kind[kind].sort(key=lambda i: p.spans[i])
        self._groups = [(k, ids) for k, ids in by_kind.items() if ids]

    def _matches(self, row: tuple[str, str, str], *originals: str) -> bool:
        return any(self._filter in s.lower() for s in (*row, *originals))

    def set_hovered(self, fact: int | None) -> QModelIndex:
        """Mark the fact under the reader's mouse; returns its index (invalid if hidden)."""
        old, self._hovered = self._hovered, fact
        for f in (old, fact):
            idx = self.index_of(f)
            if idx.isValid():
                self.dataChanged.emit(idx, idx, [HoverRole, Qt.ItemDataRole.BackgroundRole])
        return self.index_of(fact)

    # Lookup --------------------------------------------------------------------------
    def index_of(self, fact: int | None) -> QModelIndex:
        if fact is None:
            return QModelIndex()
        for g, (_, ids) in enumerate(self._groups):
            if fact in ids:
                return self.createIndex(ids.index(fact), 0, g)
        return QModelIndex()

    def fact_index(self, index: Index) -> int | None:
        return self.data(index, FactIndexRole) if index.isValid() else None

    def group_facts(self, index: Index) -> list[int]:
        """The facts of a group (or of the group holding a fact), as shown."""
        if not index.isValid():
            return []
        g = index.row() if index.internalId() == _GROUP else index.internalId()
        return list(self._groups[g][1]) if 0 <= g < len(self._groups) else []

    def shown_facts(self) -> list[int]:
        return [i for _, ids in self._groups for i in ids]

    def group_count(self) -> int:
        return len(self._groups)

    # Qt model ------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, ids = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{KIND_LABELS.get(kind, kind)}  {len(ids)}"
            if role == KindRole:
                return kind
            return None
        fact = self._groups[index.internalId()][1][index.row()]
        text, value, note = self._rows[fact]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == ValueRole:
            return " · ".join(x for x in (value, note) if x)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return " — ".join(x for x in (text, value, note) if x)
        if role == FactIndexRole:
            return fact
        if role == KindRole:
            return self._presented.facts[fact].kind if self._presented else None
        if role == HoverRole:
            return fact == self._hovered
        if role == Qt.ItemDataRole.BackgroundRole and fact == self._hovered:
            return HOVER_COLOR
        return None
