"""The facts table pane: filters (kind, unit, province, source, year, text), the table,
its count, export (CSV / JSON / Markdown) and copy as a table.

Double-clicking a row asks for its article with the fact highlighted (`factOpened`). Typing
in the text filter waits for a pause before querying, so a burst of keys is one query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.archive.overview import FactFilter
from viewer.gui import i18n
from viewer.gui.models.labels import kind_label
from viewer.gui.models.overview_export import WRITERS
from viewer.gui.models.overview_facts import ArticleRole, FactsTableModel
from viewer.gui.widgets.clipboard import put_table
from viewer.gui.workers import Debouncer
from viewer.script import convert

FILTERS = (
    ("kind", QT_TRANSLATE_NOOP("Overview", "Kind")),
    ("unit", QT_TRANSLATE_NOOP("Overview", "Unit")),
    ("province", QT_TRANSLATE_NOOP("Overview", "Region")),
    ("source", QT_TRANSLATE_NOOP("Overview", "Source")),
    ("year", QT_TRANSLATE_NOOP("Overview", "Year")),
)
FORMATS = (("csv", "CSV (*.csv)"), ("json", "JSON (*.json)"), ("md", "Markdown (*.md)"))


class FactsTablePane(QWidget):
    factOpened = Signal(str, int)  # article id, fact seq

    def __init__(self, model: FactsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.combos: dict[str, QComboBox] = {}
        self._choices: dict[str, list[tuple[Any, int]]] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for key, _label in FILTERS:
            combo = QComboBox(self)
            combo.addItem("", None)  # "Kind: all", set by retranslate_ui
            combo.activated.connect(self.apply_filter)
            self.combos[key] = combo
            bar.addWidget(combo)
        self.text = QLineEdit(self)
        i18n.bind(
            self.text,
            "setPlaceholderText",
            "Overview",
            QT_TRANSLATE_NOOP("Overview", "Filter text…"),
        )
        i18n.bind(
            self.text, "setAccessibleName", "Overview", QT_TRANSLATE_NOOP("Overview", "Filter text")
        )
        self.text.setClearButtonEnabled(True)
        self._typing = Debouncer(self.apply_filter, 250, self)
        self.text.textEdited.connect(lambda _t: self._typing.trigger())
        self.text.returnPressed.connect(self._typing.flush)
        bar.addWidget(self.text, 1)
        self.count = QLabel(self)
        bar.addWidget(self.count)
        self.export_button = QToolButton(self)
        i18n.bind(
            self.export_button, "setText", "Overview", QT_TRANSLATE_NOOP("Overview", "Export")
        )
        i18n.bind(
            self.export_button,
            "setToolTip",
            "Overview",
            QT_TRANSLATE_NOOP("Overview", "Export the rows shown (CSV, JSON, Markdown)"),
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, label in FORMATS:
            menu.addAction(label.split(" ")[0], lambda f=fmt: self.ask_export(f))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        copy = QToolButton(self)
        i18n.bind(copy, "setText", "Overview", QT_TRANSLATE_NOOP("Overview", "Copy"))
        i18n.bind(
            copy,
            "setToolTip",
            "Overview",
            QT_TRANSLATE_NOOP(
                "Overview", "Copy the selected rows (all rows when none is selected) as a table"
            ),
        )
        copy.clicked.connect(self.copy)
        bar.addWidget(copy)

        self.view = QTableView(self)
        i18n.bind(
            self.view,
            "setAccessibleName",
            "Overview",
            QT_TRANSLATE_NOOP("Overview", "Facts of the archive"),
        )
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        for col, width in enumerate((56, 170, 90, 48, 120, 170, 260, 110, 90, 40)):
            self.view.setColumnWidth(col, width)
        self.view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.model.countChanged.connect(self._show_count)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The filters' names and "all" entries, and the count, in the interface language."""
        for key, label in FILTERS:
            name = i18n.translate("Overview", label)
            combo = self.combos[key]
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setItemText(0, i18n.translate("Overview", "{}: all").format(name))
        self._label_choices()
        self._show_count(self.model.total)

    # Filters ---------------------------------------------------------------------------
    def fill_choices(self, choices: dict[str, list[tuple[Any, int]]]) -> None:
        self._choices = choices
        self._label_choices()

    def _label_choices(self) -> None:
        for key, combo in self.combos.items():
            current = combo.currentData()
            del_from = 1
            while combo.count() > del_from:
                combo.removeItem(del_from)
            for value, n in self._choices.get(key, []):
                # Kinds are interface words (the interface language); the rest archive data.
                label = kind_label(value) if key == "kind" else self._shown(str(value))
                combo.addItem(f"{label} ({n:,})", value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def _shown(self, text: str) -> str:
        return convert(text, self.model.mode, False)

    def current_filter(self) -> FactFilter:
        values = {k: c.currentData() for k, c in self.combos.items()}
        return FactFilter(text=self.text.text(), **values)

    def set_filter(self, **values: Any) -> None:
        """Choose filter values by their stored value (tests, click-through)."""
        for key, value in values.items():
            if key == "text":
                self.text.setText(value)
                continue
            combo = self.combos[key]
            combo.setCurrentIndex(0 if value is None else combo.findData(value))
        self.apply_filter()

    def apply_filter(self) -> None:
        self._typing.cancel()
        self.model.set_filter(self.current_filter())

    def _show_count(self, total: int | None) -> None:
        if total is not None:
            shown = i18n.translate("Overview", "{} facts").format(f"{total:,}")
        else:
            shown = i18n.translate("Overview", "{}+ facts…").format(f"{self.model.rowCount():,}")
        self.count.setText(shown)

    def set_script(self) -> None:
        self._label_choices()

    # Actions ---------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        key = index.data(ArticleRole)
        if key:
            self.factOpened.emit(*key)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def copy(self) -> Any:
        rows = self.selected_rows()
        if not rows:
            self.model.fetch_all()
        return put_table(self.model.table(rows or None))

    def export(self, path: Path | str, fmt: str | None = None) -> Path:
        """Every row the filters let through, as shown (script included)."""
        path = Path(path)
        fmt = fmt or {".json": "json", ".md": "md"}.get(path.suffix.lower(), "csv")
        self.model.fetch_all()
        path.write_bytes(WRITERS[fmt](self.model.table()))
        return path

    def ask_export(self, fmt: str) -> None:
        label = dict(FORMATS)[fmt]
        title = i18n.translate("Overview", "Export facts")
        name, _ = QFileDialog.getSaveFileName(self, title, f"facts.{fmt}", label)
        if name:
            try:
                self.export(name, fmt)
            except OSError as exc:
                self.window().statusBar().showMessage(f"{name}: {exc.strerror or exc}", 8000)
