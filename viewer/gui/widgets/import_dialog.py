"""File > Import files / Import folder / drop: the progress dialog and what drives it.

The import runs on a worker (`viewer.gui.import_worker`); this window shows "files done of
total" with the file being read, and Cancel, which stops before the next file and keeps what
was imported. At the end the list is reloaded, the first new article is shown and the
summary opens. The window stays usable the whole time: the dialog is not modal.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import settings as S
from viewer.gui.i18n import translate
from viewer.gui.import_core import ImportReport
from viewer.gui.import_worker import ImportWorker, InlinePool, start
from viewer.gui.widgets.archive_edits import read_only_reason
from viewer.gui.widgets.import_summary import ImportSummaryDialog

PAGE_FILTER = QT_TRANSLATE_NOOP("ImportController", "Pages (*.txt *.html *.htm);;All files (*)")


class ImportProgressDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setModal(False)
        self.label = QLabel(self.tr("Looking for files…"), self)
        self.current = QLabel("", self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setMinimumWidth(420)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Stop after the current file; keep what is imported"))
        layout = QVBoxLayout(self)
        for w in (self.label, self.bar, self.current, self.buttons):
            layout.addWidget(w)

    def show_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1) if total else 0)
        self.bar.setValue(done)
        counts = {"done": f"{done:,}", "total": f"{total:,}"}
        self.bar.setFormat(self.tr("{done} of {total} files").format(**counts))
        self.label.setText(self.tr("{done} of {total} files done").format(**counts))
        if name:
            self.current.setText(
                self.current.fontMetrics().elidedText(
                    name, Qt.TextElideMode.ElideMiddle, self.current.width()
                )
            )

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(
            self.label.text() + " — " + self.tr("cancelling after the current file…")
        )

    def reject(self) -> None:  # Esc and the close button cancel, like the button
        self.buttons.rejected.emit()


def local_paths(mime: QMimeData) -> list[Path]:
    """Files and folders in a drop (remote URLs are never fetched)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class ImportController(QObject):
    """Starts imports for the window and brings their results back to it."""

    def __init__(self, window: Any, pool: Any = None) -> None:
        super().__init__(window)
        self.w = window
        self.pool = pool if pool is not None else InlinePool()
        self.worker: ImportWorker | None = None
        self.dialog: ImportProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.last_report: ImportReport | None = None
        self.last_archive: Path | None = None  # where the last import went
        self.closing = False  # the window closes: no more dialogs
        self.progress_seen: list[tuple[int, int]] = []  # (done, total) as shown
        self.progress_interval = 0.05  # seconds between progress updates at most
        # With a real thread pool, files are processed in a child process that can be
        # stopped: a pathological file then costs its time limit, never a hang.
        self.isolate = not isinstance(self.pool, InlinePool)

    def running(self) -> bool:
        return self.worker is not None

    # Choosing --------------------------------------------------------------------------
    def _start_dir(self) -> str:
        return self.w.settings.get(S.IMPORT_DIR) or str(Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.w,
            translate("ImportController", "Import files"),
            self._start_dir(),
            translate("ImportController", PAGE_FILTER),
        )
        if names:
            self.w.settings.set(S.IMPORT_DIR, str(Path(names[0]).parent))
            self.start(names)

    def choose_folder(self) -> None:
        title = translate("ImportController", "Import folder")
        folder = QFileDialog.getExistingDirectory(self.w, title, self._start_dir())
        if folder:
            self.w.settings.set(S.IMPORT_DIR, folder)
            self.start([folder])

    def accepts(self, mime: QMimeData) -> bool:
        return bool(local_paths(mime))

    def drop(self, mime: QMimeData) -> bool:
        paths = local_paths(mime)
        if paths:
            self.start(paths)
        return bool(paths)

    # Running ---------------------------------------------------------------------------
    def start(self, paths: Iterable[Path | str]) -> bool:
        if self.worker is not None:
            running = translate("ImportController", "An import is already running")
            self.w.statusBar().showMessage(running, 5000)
            return False
        if getattr(self.w.archive, "readonly", False):
            reason = read_only_reason(self.w.archive_path)
            QMessageBox.warning(self.w, translate("ImportController", "Cannot import"), reason)
            return False
        limit = max(1, self.w.settings.get(S.IMPORT_LIMIT_MB)) * 1024 * 1024
        self.worker = ImportWorker(
            self.w.archive_path,
            paths,
            max_bytes=limit,
            min_interval=self.progress_interval,
            isolate=self.isolate,
            timeout=float(max(1, self.w.settings.get(S.IMPORT_TIMEOUT_S))),
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.progress_seen = []
        self.dialog = ImportProgressDialog(self.w)
        self.dialog.buttons.rejected.connect(self.cancel)
        self.dialog.show()
        self.w.set_import_running(True)
        start(self.worker, self.pool)
        return True

    def shutdown(self, msecs: int = 10_000) -> None:
        """The window is closing: stop the import now and wait for its last commit."""
        self.closing = True
        if self.worker is not None:
            self.worker.abort()
            wait = getattr(self.pool, "waitForDone", None)
            if wait is not None:
                wait(msecs)

    def cancel(self) -> None:
        if self.worker is not None and not self.worker.is_cancelled():
            self.worker.cancel()
            if self.dialog is not None:
                self.dialog.cancelling()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress_seen.append((done, total))
        if self.dialog is not None:
            self.dialog.show_progress(done, total, name)

    @Slot(object)
    def _finished(self, report: ImportReport) -> None:
        target = self.worker.archive_path if self.worker is not None else None
        self.worker = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.w.set_import_running(False)
        if self.closing:
            return
        self.last_report, self.last_archive = report, target
        self.w.refresh_archive(select=report.new_ids[0] if report.new_ids else None)
        self.w.statusBar().showMessage(report.headline(translate), 10000)
        if report.error and not report.done:
            QMessageBox.warning(
                self.w,
                translate("ImportController", "Import failed"),
                translate("ImportReport", "The import stopped: {}").format(report.error),
            )
            return
        self.summary = ImportSummaryDialog(report, self.w)
        self.summary.show()
