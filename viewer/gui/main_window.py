"""The main window: article list | reader | facts sidebar, with menus, toolbar, status bar.

It receives the archive, the settings and an `opener` (path -> archive) from `app.py` and
never opens an archive itself. Everything the window shows in a script comes from one
`Presented` article, so reader, facts and copies agree. Work the first article does not need
(facets, counts, the font check) waits until the first paint is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import archive_lock, i18n
from viewer.gui import settings as S
from viewer.gui.models.article_list import ArticleListModel, SearchResultsModel
from viewer.gui.models.facts import FactsModel
from viewer.gui.models.presented import Presented, Presenter
from viewer.gui.settings import Settings
from viewer.gui.widgets import (
    appearance_menu,
    archive_edits,
    conversion_trust,
    menus,
    overview_mode,
    typesetting,
)
from viewer.gui.widgets.article_list import ArticleListPane
from viewer.gui.widgets.copying import Copier
from viewer.gui.widgets.export_dialog import Exporter
from viewer.gui.widgets.facts_sidebar import FactsSidebar
from viewer.gui.widgets.find_bar import FindBar
from viewer.gui.widgets.import_dialog import ImportController
from viewer.gui.widgets.raw_view import RawView
from viewer.gui.widgets.reader import ReaderView
from viewer.gui.widgets.script_toggle import ScriptToggle
from viewer.gui.workers import InlineRunner, Runner, when_idle
from viewer.model import Script

RAW_MODES = ("off", "beside", "instead")


class MainWindow(QMainWindow):
    def __init__(
        self,
        archive: Any,
        archive_path: Path,
        settings: Settings,
        opener: Callable[[Path], Any] | None = None,
        runner: Runner | None = None,
        import_pool: Any = None,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.archive_path = Path(archive_path)
        self.settings = settings
        self.opener = opener
        self.runner = runner or InlineRunner()
        self.presenter = Presenter()
        self.stored: Any = None
        self.presented: Presented | None = None
        self.setWindowTitle("archive-viewer")
        self.resize(1400, 900)

        self.script = ScriptToggle(settings.script(), settings.get(S.PHRASES), self)
        self.articles = ArticleListModel(archive, self)
        self.articles.descending = settings.get(S.SORT_DESCENDING)
        self.results = SearchResultsModel(archive, self)
        self.facts = FactsModel(self)
        self.list_pane = ArticleListPane(self.articles, self.results, self)
        self.reader = ReaderView(self)
        self.reader.zoom = settings.get(S.ZOOM)
        self.reader.copy_original = settings.get(S.COPY_ORIGINAL)
        self.raw_view = RawView(self)
        self.find_bar = FindBar(self)
        self.sidebar = FactsSidebar(self.facts, self)
        self.copier = Copier(self)
        self.importer = ImportController(self, import_pool)  # pool None: runs inline
        self.editor = archive_edits.ArchiveEditor(self)
        self.exporter = Exporter(self)
        self.setAcceptDrops(True)  # files and folders dropped anywhere are imported

        self.reader_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.reader_split.addWidget(self.reader)
        self.reader_split.addWidget(self.raw_view)
        self.reader_split.setChildrenCollapsible(False)
        centre = QWidget(self)
        box = QVBoxLayout(centre)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader_split, 1)
        box.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for w in (self.list_pane, centre, self.sidebar):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 760, 300])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)

        menus.build(self)
        self.overview_mode = overview_mode.install(self)  # 阅读 / 总览
        self.article_bar = conversion_trust.install(self)  # badge, cleaning, marks, about
        self._connect()
        self._restore()

    # Wiring ----------------------------------------------------------------------------
    def _connect(self) -> None:
        self.script.changed.connect(self.apply_script)
        self.list_pane.articleChosen.connect(self.show_article)
        self.sidebar.factChosen.connect(self.choose_fact)
        self.reader.factHovered.connect(self.sidebar.show_hovered)
        self.find_bar.queryChanged.connect(self.reader.find_text)
        self.find_bar.step.connect(self.reader.find_step)
        self.find_bar.closed.connect(self._find_closed)
        self.reader.findChanged.connect(self.find_bar.show_count)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.get(S.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = s.get(S.SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.set_sidebar_visible(s.get(S.SIDEBAR_VISIBLE))
        self.set_list_visible(s.get(S.LIST_VISIBLE))
        raw = s.get(S.RAW_MODE)
        self.set_raw_mode(raw if raw in RAW_MODES else "off")
        last = s.get(S.LAST_ARTICLE)
        if last:
            # The last article first; the list (all ids: 0.5 s at 100,000) follows the paint.
            self.show_article(last)
        self._list_pending = self.stored is not None
        if not self._list_pending:
            self.articles.reload()
            if self.articles.rowCount():
                self.list_pane.select(self.articles.article_id(0))
        self.reader.viewport().installEventFilter(self)

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.reader.viewport() and event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            when_idle(self._after_first_paint, self)
        return False

    def _ids_loaded(self, ids: list[str]) -> None:
        self.articles.set_ids(ids)
        if self.stored is not None:
            self.list_pane.select(self.stored.id, emit=False)

    def _ids_failed(self, exc: Exception) -> None:
        self.show_error(self.tr("Cannot list the articles"), str(exc))

    def _after_first_paint(self) -> None:
        if self._list_pending:
            self._list_pending = False
            self.runner.run(self.articles.fetch_ids, self._ids_loaded, self._ids_failed)
        try:
            self.list_pane.fill_facets(self.archive.facets())
        except Exception as exc:  # the list still works without filters
            self.statusBar().showMessage(self.tr("Filters unavailable: {}").format(exc), 8000)
        self.update_status()
        if not self.settings.get(S.FONT_WARNING_SHOWN) and not typesetting.has_cjk_font():
            self.settings.set(S.FONT_WARNING_SHOWN, True)
            QMessageBox.warning(self, self.tr("No Chinese font"), typesetting.install_hint())

    def update_status(self) -> None:
        try:
            n, f = self.archive.article_count(), self.archive.fact_count()
            counts = self.tr("{n} articles · {f} facts").format(n=f"{n:,}", f=f"{f:,}")
            self.status.setText(f"{counts} · {self.archive_path}")
        except Exception as exc:
            self.status.setText(f"{self.archive_path}: {exc}")

    # Articles and script ---------------------------------------------------------------
    def show_article(self, article_id: str | None) -> None:
        stored = None
        if article_id:
            try:
                stored = self.archive.get_article(article_id)
            except Exception as exc:
                self.show_error(self.tr("Cannot show the article"), str(exc))
        self.stored = stored
        self.reader.highlight_fact(None, scroll=False)
        self._present(keep_position=False)
        self.raw_view.show_article(stored.article if stored else None, self.reader.zoom)
        if stored is not None:
            self.settings.set(S.LAST_ARTICLE, stored.id)

    def _present(self, keep_position: bool) -> None:
        s = self.stored
        mode, phrases = self.script.mode, self.script.effective_phrases()
        self.presented = self.presenter(s.id, s.article, mode, phrases) if s else None
        self.reader.show_presented(self.presented, keep_position=keep_position)
        self.facts.set_presented(self.presented)
        title = self.presented.title if self.presented else ""
        self.setWindowTitle(f"{title} — archive-viewer" if title else "archive-viewer")

    def apply_script(self, mode: Script, phrases: bool) -> None:
        self.settings.set(S.SCRIPT, Script(mode).value)
        self.settings.set(S.PHRASES, self.script.phrases)
        current = self.sidebar.current_fact()
        self._present(keep_position=True)
        self.list_pane.set_script(mode, self.script.effective_phrases())
        if current is not None:
            self.sidebar.select_fact(current)

    def choose_fact(self, fact: int, focus_reader: bool = False) -> None:
        self.sidebar.select_fact(fact)
        self.reader.highlight_fact(fact)
        if focus_reader:
            self.reader.setFocus()

    # View ------------------------------------------------------------------------------
    def zoom(self, step: int | None) -> None:
        self.reader.set_zoom(0 if step is None else self.reader.zoom + step)
        self.raw_view.show_article(self.stored.article if self.stored else None, self.reader.zoom)
        self.settings.set(S.ZOOM, self.reader.zoom)

    def set_raw_mode(self, mode: str) -> None:
        self.raw_mode = mode
        self.raw_view.setVisible(mode != "off")
        self.reader.setVisible(mode != "instead")
        if mode != "off" and self.stored is not None:
            self.raw_view.show_article(self.stored.article, self.reader.zoom)
        self.settings.set(S.RAW_MODE, mode)
        action = getattr(self, "raw_actions", {}).get(mode)
        if action is not None:
            action.setChecked(True)

    def set_sidebar_visible(self, on: bool) -> None:
        self.sidebar.setVisible(on)
        self.settings.set(S.SIDEBAR_VISIBLE, on)
        self.sidebar_action.setChecked(on)

    def set_list_visible(self, on: bool) -> None:
        self.list_pane.setVisible(on)
        self.settings.set(S.LIST_VISIBLE, on)
        self.list_action.setChecked(on)

    def open_find(self) -> None:
        if self.raw_mode == "instead":
            self.set_raw_mode("beside")
        self.find_bar.open_bar()

    def _find_closed(self) -> None:
        self.reader.clear_find()
        self.reader.setFocus()

    def focus_search(self) -> None:
        self.list_pane.search_bar.setFocus()
        self.list_pane.search_bar.selectAll()

    def cycle_pane(self, step: int) -> None:
        panes = [w for w in (self.list_pane.view, self.reader, self.sidebar.tree) if w.isVisible()]
        if not panes:
            return
        focused = next((i for i, w in enumerate(panes) if w.hasFocus()), -1)
        panes[(focused + step) % len(panes)].setFocus()

    def set_copy_original(self, on: bool) -> None:
        self.reader.copy_original = on
        self.settings.set(S.COPY_ORIGINAL, on)

    # Archive ---------------------------------------------------------------------------
    def choose_archive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open archive"),
            str(self.archive_path.parent),
            self.tr("Archives (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_archive(Path(path))

    def open_archive(self, path: Path) -> bool:
        if self.opener is None:
            return False
        try:
            archive = self.opener(path)
        except Exception as exc:
            answer = QMessageBox.critical(
                self,
                self.tr("Cannot open the archive"),
                str(exc),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Open:
                self.choose_archive()
            return False
        old_path = self.archive_path
        old, self.archive, self.archive_path = self.archive, archive, Path(path)
        self.articles._archive = self.results._archive = archive
        self.presenter = Presenter()
        self.list_pane.run_search("")
        self.articles.reload()
        first = self.articles.article_id(0) if self.articles.rowCount() else None
        if first is None or not self.list_pane.select(first):
            self.show_article(None)
        archive_edits.refill_facets(self.list_pane, archive.facets())  # none of the old ones
        self.overview_mode.archive_changed()
        self.update_status()
        self.editor.update_actions(importing=self.importer.running())
        if old is not None and hasattr(old, "close"):
            old.close()
            if old_path.resolve() != self.archive_path.resolve():
                archive_lock.release(old_path)  # another instance may write there now
        return True

    # Import, export, delete ------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.accepts(event.mimeData()) and not self.importer.running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.importer.drop(event.mimeData()):
            event.acceptProposedAction()

    def set_import_running(self, on: bool) -> None:
        for action in (self.import_files_action, self.import_folder_action):
            action.setEnabled(not on)
        self.editor.update_actions(importing=on)

    def refresh_archive(self, select: str | None = None, select_row: int | None = None) -> None:
        """After an import or a deletion: list, filters, counts and the article shown."""
        archive_edits.refresh(self, select, select_row)
        if hasattr(self, "overview_mode"):
            self.overview_mode.archive_changed()

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def about(self) -> None:
        from viewer import __version__

        try:
            meta = self.archive.metadata()
            stats = self.tr("{n} articles, {f} facts").format(
                n=f"{self.archive.article_count():,}", f=f"{self.archive.fact_count():,}"
            )
            extra = "".join(
                f"\n{k}: {meta[k]}" for k in ("schema_version", "pipeline_version") if k in meta
            )
        except Exception as exc:
            stats, extra = str(exc), ""
        QMessageBox.about(
            self,
            self.tr("About archive-viewer"),
            f"archive-viewer {__version__}\n"
            + self.tr("An offline reader for Chinese news reports.")
            + "\n\n"
            + self.tr("Archive: {}").format(self.archive_path)
            + f"\n{stats}{extra}",
        )

    # Language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts set by plain functions (menus, toolbar, status); widgets do their own."""
        i18n.retranslate_tree(self)
        self.script.retranslate_ui()
        self.editor.update_actions(importing=self.importer.running())
        appearance_menu.sync(self)
        if self.status.text():
            self.update_status()

    # Closing ---------------------------------------------------------------------------
    def save_state(self) -> None:
        s = self.settings
        s.set(S.GEOMETRY, self.saveGeometry())
        s.set(S.WINDOW_STATE, self.saveState())
        s.set(S.SPLITTER, self.splitter.saveState())
        s.set(S.SORT_DESCENDING, self.articles.descending)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.importer.shutdown()  # what is imported stays; the file being read is dropped
        super().closeEvent(event)
