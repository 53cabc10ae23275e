"""The left pane: search field, filters (source, province, year, order) and the list.

The list shows either every article (lazy model) or the results of a search; choosing a
row, with the mouse or the arrow keys, emits `articleChosen`. Filters are filled after the
first paint, because counting facets is work the first article does not need.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from viewer.gui.models.article_list import (
    ArticleListModel,
    IdRole,
    MetaRole,
    SearchResultsModel,
    SnippetRole,
)
from viewer.gui.widgets.delegates import TwoLineDelegate
from viewer.gui.widgets.search_bar import SearchBar


class ArticleListPane(QWidget):
    articleChosen = Signal(str)

    def __init__(
        self, articles: ArticleListModel, results: SearchResultsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.articles = articles
        self.results = results
        self.search_bar = SearchBar(self)
        self.source = self._combo()
        self.province = self._combo()
        self.year = self._combo()
        self.order = QComboBox(self)
        self.order.addItems(["", ""])
        self.order.setCurrentIndex(0 if articles.descending else 1)
        self.view = QListView(self)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list_delegate = TwoLineDelegate(MetaRole, None, self.view)
        self._hit_delegate = TwoLineDelegate(MetaRole, SnippetRole, self.view)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.source, 0, 0)
        filters.addWidget(self.province, 0, 1)
        filters.addWidget(self.year, 1, 0)
        filters.addWidget(self.order, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_bar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.search_bar.search.connect(self.run_search)
        self.search_bar.down.connect(self._focus_list)
        for combo in (self.source, self.province, self.year, self.order):
            combo.activated.connect(self._filters_changed)
        self._show_model(self.articles)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for combo, name, all_text, description in (
            (
                self.source,
                self.tr("Source"),
                self.tr("Source: all"),
                self.tr("Show only articles from this source"),
            ),
            (
                self.province,
                self.tr("Province"),
                self.tr("Province: all"),
                self.tr("Show only articles about this province"),
            ),
            (
                self.year,
                self.tr("Year"),
                self.tr("Year: all"),
                self.tr("Show only articles from this year"),
            ),
        ):
            combo.setAccessibleName(name)
            combo.setAccessibleDescription(description)
            combo.setToolTip(name)
            combo.setItemText(0, all_text)
        self.order.setAccessibleName(self.tr("Order"))
        self.order.setAccessibleDescription(self.tr("Newest or oldest articles first"))
        self.order.setToolTip(self.tr("Order"))
        self.order.setItemText(0, self.tr("Newest first"))
        self.order.setItemText(1, self.tr("Oldest first"))
        self.view.setAccessibleName(self.tr("Articles"))
        self.view.setAccessibleDescription(
            self.tr("Arrow keys choose an article; it opens in the reader")
        )

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("", None)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def fill_facets(self, facets: Any) -> None:
        for combo, values in (
            (self.source, facets.sources),
            (self.province, facets.provinces),
            (self.year, facets.years),
        ):
            for value, count in values:
                combo.addItem(f"{value} ({count})", value)

    def _filters_changed(self) -> None:
        current = self.current_id()
        self.articles.set_filters(
            source=self.source.currentData(),
            province=self.province.currentData(),
            year=self.year.currentData(),
            descending=self.order.currentIndex() == 0,
        )
        if self.in_search():
            self.run_search(self.results.query)
        elif current:
            self.select(current, emit=False)

    def _show_model(self, model: Any) -> None:
        if self.view.model() is model:
            return
        self.view.setModel(model)
        self.view.setItemDelegate(
            self._hit_delegate if model is self.results else self._list_delegate
        )
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    def run_search(self, query: str) -> None:
        current = self.current_id()
        if not query:
            self._show_model(self.articles)
        else:
            self.results.search(query, **self.articles.filters)
            self._show_model(self.results)
        if current:
            self.select(current, emit=False)

    def in_search(self) -> bool:
        return self.view.model() is self.results

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.articleChosen.emit(current.data(IdRole))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, article_id: str, emit: bool = True) -> bool:
        model = self.view.model()
        row = model.row_of(article_id)
        if row < 0:
            return False
        index = model.index(row, 0)
        blocked = self.view.selectionModel().blockSignals(not emit)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.selectionModel().blockSignals(blocked)
        self.view.scrollTo(index)
        return True

    def _focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.view.model().rowCount():
            self.view.setCurrentIndex(self.view.model().index(0, 0))

    def set_script(self, mode: Any, phrases: bool) -> None:
        self.articles.set_script(mode, phrases)
        self.results.set_script(mode, phrases)
