"""The facts of the shown article as a tree: one group per kind, then one row per fact.

A fact mentioned eight times is one row (`石泉縣 ×8`), not eight identical ones: mentions
with the same kind, shown text, value and note share a row, which keeps every mention's
index so the sidebar can step through them. Texts are slices of the presented body, so they
are in the current script and agree with what the reader highlights. A filter narrows the
rows (groups keep their own counts of what remains); the fact hovered in the reader marks
its row, and the mention chosen last is the row's current one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from viewer.citation import fact_note, fact_value
from viewer.gui import theme
from viewer.gui.i18n import translate
from viewer.gui.models.labels import kind_label
from viewer.gui.models.presented import Presented
from viewer.model import FACT_KINDS

FactIndexRole = Qt.ItemDataRole.UserRole + 1  # the row's current mention; None for a group
ValueRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
HoverRole = Qt.ItemDataRole.UserRole + 4
MentionsRole = Qt.ItemDataRole.UserRole + 5  # every mention of the row, in reading order
BadgeRole = Qt.ItemDataRole.UserRole + 6  # "×8", or "3/8" while stepping through them
Index = QModelIndex | QPersistentModelIndex
_GROUP = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class FactRow:
    """One distinct fact of an article and the facts (indices) that mention it."""

    kind: str
    text: str
    value: str
    note: str
    mentions: tuple[int, ...]


def group_facts(p: Presented, needle: str = "") -> list[tuple[str, list[FactRow]]]:
    """Rows by kind (in FACT_KINDS order), each kind's rows by first mention in the text.

    `needle` (lower case) keeps the rows whose shown or original text, value or note holds it.
    """
    rows: dict[tuple[str, str, str, str], list[int]] = {}
    for i, fact in enumerate(p.facts):
        key = (fact.kind, p.fact_text(i), fact_value(fact), fact_note(fact))
        rows.setdefault(key, []).append(i)
    by_kind: dict[str, list[FactRow]] = {k: [] for k in FACT_KINDS}
    for (kind, text, value, note), ids in rows.items():
        ids.sort(key=lambda i: p.spans[i])
        row = FactRow(kind, text, p.convert(value), p.convert(note), tuple(ids))
        originals = (p.facts[i].text for i in ids)
        if needle and not any(
            needle in s.lower() for s in (text, row.value, row.note, value, *originals)
        ):
            continue
        by_kind.setdefault(kind, []).append(row)
    for kind_rows in by_kind.values():
        kind_rows.sort(key=lambda r: p.spans[r.mentions[0]])
    return [(k, rs) for k, rs in by_kind.items() if rs]


def group_label(kind: str, rows: list[FactRow]) -> str:
    """Numbers  19, or Places  12 · 58 mentions when facts are mentioned more than once
    (数字  19, 地点  12项 · 58处), in the interface language."""
    label = kind_label(kind)
    mentions = sum(len(r.mentions) for r in rows)
    if mentions == len(rows):
        return f"{label}  {len(rows)}"
    counts = translate("FactsModel", "{rows} · {mentions} mentions")
    return f"{label}  " + counts.format(rows=len(rows), mentions=mentions)


class FactsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._presented: Presented | None = None
        self._filter = ""
        self._groups: list[tuple[str, list[FactRow]]] = []
        self._where: dict[int, tuple[int, int]] = {}  # fact -> (group, row)
        self._hovered: int | None = None
        self._chosen: int | None = None

    # Content -------------------------------------------------------------------------
    def set_presented(self, presented: Presented | None) -> None:
        """Show an article; the chosen mention survives a script toggle of the same one."""
        same = presented is not None and self._presented is not None
        same = same and presented.id == self._presented.id  # type: ignore[union-attr]
        self.beginResetModel()
        self._presented = presented
        self._hovered = None
        if not same:
            self._chosen = None
        self._rebuild()
        self.endResetModel()

    def retranslate(self) -> None:
        """The group labels and tips again, in the interface language now installed."""
        if self._groups:
            self.layoutChanged.emit()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        p = self._presented
        self._groups = group_facts(p, self._filter) if p is not None else []
        self._where = {
            fact: (g, r)
            for g, (_, rows) in enumerate(self._groups)
            for r, row in enumerate(rows)
            for fact in row.mentions
        }

    def set_hovered(self, fact: int | None) -> QModelIndex:
        """Mark the row of the fact under the reader's mouse; its index (invalid if hidden)."""
        old, self._hovered = self._hovered, fact
        self._changed(old, fact, [HoverRole, Qt.ItemDataRole.BackgroundRole])
        return self.index_of(fact)

    def set_chosen(self, fact: int | None) -> None:
        """The mention highlighted in the reader: its row's current one."""
        old, self._chosen = self._chosen, fact
        self._changed(old, fact, [FactIndexRole, BadgeRole])

    def _changed(self, old: int | None, new: int | None, roles: list[int]) -> None:
        for f in {old, new}:
            idx = self.index_of(f)
            if idx.isValid():
                self.dataChanged.emit(idx, idx, roles)

    # Lookup --------------------------------------------------------------------------
    def index_of(self, fact: int | None) -> QModelIndex:
        """The row that holds `fact` among its mentions."""
        where = self._where.get(fact) if fact is not None else None
        return QModelIndex() if where is None else self.createIndex(where[1], 0, where[0])

    def _row(self, index: Index) -> FactRow | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        g = index.internalId()
        if g >= len(self._groups) or index.row() >= len(self._groups[g][1]):
            return None
        return self._groups[g][1][index.row()]

    def fact_index(self, index: Index) -> int | None:
        return self.data(index, FactIndexRole) if index.isValid() else None

    def mentions(self, index: Index) -> tuple[int, ...]:
        row = self._row(index)
        return row.mentions if row is not None else ()

    def step_mention(self, index: Index, step: int) -> int | None:
        """The mention to show when a row is activated (again): the first one when another
        row's fact is chosen, else the next (`step` 1) or previous (-1) one, wrapping."""
        ids = self.mentions(index)
        if not ids:
            return None
        if self._chosen not in ids:
            return ids[0] if step >= 0 else ids[-1]
        return ids[(ids.index(self._chosen) + step) % len(ids)]

    def group_facts(self, index: Index) -> list[int]:
        """Every mention in a group (or in the group holding a row), as shown."""
        if not index.isValid():
            return []
        g = index.row() if index.internalId() == _GROUP else index.internalId()
        if not 0 <= g < len(self._groups):
            return []
        return [f for row in self._groups[g][1] for f in row.mentions]

    def shown_facts(self) -> list[int]:
        """Every mention of every row shown, group by group."""
        return [f for _, rows in self._groups for row in rows for f in row.mentions]

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
            kind, rows = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group_label(kind, rows)
            if role == KindRole:
                return kind
            return None
        row = self._row(index)
        if row is None:
            return None
        return self._row_data(row, role)

    def _row_data(self, row: FactRow, role: int) -> Any:
        ids = row.mentions
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == ValueRole:  # a value that only repeats the text (陕西省) is left out
            value = "" if row.value == row.text else row.value
            return " · ".join(x for x in (value, row.note) if x)
        if role == BadgeRole:
            if self._chosen in ids and len(ids) > 1:
                return f"{ids.index(self._chosen) + 1}/{len(ids)}"
            return f"×{len(ids)}" if len(ids) > 1 else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            count = translate("FactsModel", "{} mentions").format(len(ids)) if len(ids) > 1 else ""
            return " — ".join(x for x in (row.text, row.value, row.note, count) if x)
        if role == FactIndexRole:
            return self._chosen if self._chosen in ids else ids[0]
        if role == MentionsRole:
            return ids
        if role == KindRole:
            return row.kind
        if role == HoverRole:
            return self._hovered in ids
        if role == Qt.ItemDataRole.BackgroundRole and self._hovered in ids:
            return theme.colors().qcolor("hover_bg")
        if role == Qt.ItemDataRole.ForegroundRole and self._hovered in ids:
            return theme.colors().qcolor("hover_text")
        return None
