"""The mode switch Reading / Overview: the reader and the archive overview as two tabs.

`install(window)` puts the window's central widget in a tab beside the overview, adds the
switch to the View menu and the toolbar (Ctrl+Shift+O), and wires the overview's
click-through: an article (with a fact highlighted) opens in the reader; a place or a period
narrows the reader's article list. The overview is built on first use, so start-up does not
pay for it. The tab labels (阅读 / 总览 in Chinese) follow the interface language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QToolBar, QWidget

READER, OVERVIEW = 0, 1
SHORTCUT = "Ctrl+Shift+O"


class OverviewMode(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._pane: Any = None
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("modeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(window.takeCentralWidget(), "")
        self.tabs.addTab(QWidget(self.tabs), "")
        window.setCentralWidget(self.tabs)
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.toggled.connect(
            lambda on: self.tabs.setCurrentIndex(OVERVIEW if on else READER)
        )
        window.addAction(self.action)
        self.tabs.currentChanged.connect(self._switched)
        for child in window.menuBar().actions():
            # Found by its English source: the menu's text may already be translated.
            if child.menu() is not None and child.property("i18n_text") == "&View":
                child.menu().addSeparator()
                child.menu().addAction(self.action)
        bar = window.findChild(QToolBar, "scriptToolbar")
        if bar is not None:
            bar.addSeparator()
            bar.addAction(self.action)
        window.script.changed.connect(self._script_changed)
        self.tabs.installEventFilter(self)  # a QObject gets no LanguageChange of its own
        self.retranslate_ui()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.tabs and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        overview = self.tr("Overview")
        self.tabs.setTabText(READER, self.tr("Reading"))
        self.tabs.setTabText(OVERVIEW, overview)
        self.action.setText(overview)
        tip = self.tr("The whole archive: facts, pairings, places, time")
        self.tabs.setTabToolTip(OVERVIEW, f"{tip} ({SHORTCUT})")
        name = self.tr("archive overview")
        self.action.setToolTip(f"{overview} — {name} ({SHORTCUT})")
        self.action.setStatusTip(tip)

    @property
    def pane(self) -> Any:
        """The overview, built the first time it is asked for."""
        if self._pane is None:
            from viewer.gui.widgets.overview_pane import OverviewPane

            w = self.window
            self._pane = OverviewPane(w.archive, self.tabs, getattr(w, "runner", None))
            self._pane.set_script(self.window.script.mode, self.window.script.effective_phrases())
            self._pane.articleRequested.connect(self.open_article)
            self._pane.articlesFiltered.connect(self.filter_articles)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            old = self.tabs.widget(OVERVIEW)
            self.tabs.removeTab(OVERVIEW)
            old.deleteLater()
            self.tabs.insertTab(OVERVIEW, self._pane, "")
            self.retranslate_ui()
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
        return self._pane

    def _switched(self, index: int) -> None:
        self.action.setChecked(index == OVERVIEW)
        if index == OVERVIEW:
            pane = self.pane
            self.tabs.setCurrentWidget(pane)
            pane.load()

    def show_view(self, view: str) -> None:
        """`reader`, or an overview view: facts, network, places, timeline."""
        if view == "reader":
            self.tabs.setCurrentIndex(READER)
            return
        self.tabs.setCurrentIndex(OVERVIEW)
        self.pane.show_view(view)

    def in_overview(self) -> bool:
        return self.tabs.currentIndex() == OVERVIEW

    def _script_changed(self, mode: Any, phrases: bool) -> None:
        if self._pane is not None:
            self._pane.set_script(mode, self.window.script.effective_phrases())

    def archive_changed(self) -> None:
        if self._pane is not None:
            self._pane.set_archive(self.window.archive)

    # Click-through ---------------------------------------------------------------------
    def open_article(self, article_id: str, fact: int = -1) -> None:
        w = self.window
        self.tabs.setCurrentIndex(READER)
        if not w.list_pane.select(article_id):
            w.show_article(article_id)
        if fact >= 0 and w.stored is not None and w.stored.id == article_id:
            w.choose_fact(fact)

    def filter_articles(self, ids: list[str], label: str) -> None:
        """Show only these articles in the reader's list (any list filter brings all back)."""
        w = self.window
        w.list_pane.run_search("")
        w.articles.set_ids(list(ids))
        self.tabs.setCurrentIndex(READER)
        if ids:
            w.list_pane.select(ids[0])
        shown = self.tr("{label}: {n} articles").format(label=label, n=f"{len(ids):,}")
        w.statusBar().showMessage(shown, 15000)


def install(window: Any) -> OverviewMode:
    return OverviewMode(window)
