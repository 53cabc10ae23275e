"""The overview's facts table: every fact of the archive, lazily, a page at a time.

Filtering and sorting happen in SQL (`viewer.archive.overview`); the model holds only the
rows fetched so far and asks for the next page, by key, when the view scrolls to the end.
Cells are converted to the current script as they are shown; the header and the kind
column are interface words and follow the interface language instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from viewer.archive.overview import FactFilter, FactRow, Overview
from viewer.gui.models.labels import FACT_COLUMNS, column, columns, kind_label
from viewer.gui.models.overview_export import row_cells
from viewer.gui.workers import InlineRunner
from viewer.model import Script
from viewer.script import convert

Index = QModelIndex | QPersistentModelIndex
ArticleRole = Qt.ItemDataRole.UserRole + 1  # (article id, fact seq)
SORTS = ("kind", "text", "value", "unit", "subject", "place", "title", "source", "date")
COLUMNS = FACT_COLUMNS  # the last one, a pairing's direction, is not sorted by
NUMERIC = {2}


class FactsTableModel(QAbstractTableModel):
    """`total` is None until the count of matching facts arrives: the first page does not
    wait for it (counting every match can take longer than finding the first 200)."""

    countChanged = Signal(object)  # int, or None while counting

    def __init__(
        self, overview: Overview | None, parent: Any = None, page: int = 200, runner: Any = None
    ) -> None:
        super().__init__(parent)
        self.overview = overview
        self.page = page
        self.runner = runner or InlineRunner()
        self._generation = 0
        self.filter = FactFilter()
        self.sort_key = "date"
        self.descending = True
        self.total: int | None = 0
        self._rows: list[FactRow] = []
        self._more = False
        self._mode = Script.ORIGINAL
        self._phrases = False
        self._cells: dict[int, tuple[str, ...]] = {}

    # Loading ---------------------------------------------------------------------------
    def set_overview(self, overview: Overview | None) -> None:
        self.overview = overview
        self.reload()

    def set_filter(self, flt: FactFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cells.clear()
        if self.overview is None:
            self._rows, self._more, self.total = [], False, 0
        else:
            self._rows = self.overview.fact_page(
                self.filter, self.sort_key, self.descending, limit=self.page
            )
            self._more = len(self._rows) == self.page
            self.total = None if self._more else len(self._rows)
        self.endResetModel()
        self._generation += 1
        self.countChanged.emit(self.total)
        if self.total is None and self.overview is not None:
            overview, flt, generation = self.overview, self.filter, self._generation
            self.runner.run(
                lambda: overview.fact_count(flt), lambda n: self._counted(generation, n)
            )

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:  # not overtaken by another filter meanwhile
            self.total = total
            self.countChanged.emit(total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self.overview is None:
            return
        more = self.overview.fact_page(
            self.filter, self.sort_key, self.descending, after=self._rows[-1].key, limit=self.page
        )
        self._more = len(more) == self.page
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        while self._more:
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORTS):
            return
        self.sort_key = SORTS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # Script ----------------------------------------------------------------------------
    def set_script(self, mode: Script, phrases: bool = False) -> None:
        self._mode, self._phrases = Script(mode), phrases
        self._cells.clear()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def retranslate(self) -> None:
        """The header and the kind column in the interface language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    @property
    def mode(self) -> Script:
        return self._mode

    def cells(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown: in the current script."""
        cells = self._cells.get(row)
        if cells is None:
            kind, *rest = row_cells(self._rows[row], kind_label)
            cells = (kind, *(convert(c, self._mode, self._phrases) for c in rest))
            self._cells[row] = cells
        return cells

    # Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column(COLUMNS, section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ArticleRole:
            r = self._rows[index.row()]
            return (r.article_id, r.seq)
        return None

    def fact_row(self, row: int) -> FactRow:
        return self._rows[row]

    def table(self, rows: list[int] | None = None) -> list[tuple[str, ...]]:
        """Header and the given rows (all loaded rows by default) as shown."""
        chosen = range(len(self._rows)) if rows is None else rows
        return [columns(COLUMNS), *(self.cells(r) for r in chosen)]
