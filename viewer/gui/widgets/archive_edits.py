"""Edit > Delete article and Edit > Undo last import, each after a confirmation.

Both go through the archive's own `delete_article`, one transaction per article, so an
interruption leaves whole articles, never half of one. After a change the list is reloaded
and the article that took the deleted one's place is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import paths
from viewer.gui import archive_lock
from viewer.gui.i18n import translate

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


def read_only_reason(path: Path) -> str:
    """Why the archive at `path` cannot be changed, and what to do about it."""
    holder = archive_lock.busy(path)
    if holder:
        return translate(
            "ArchiveEditor",
            "{path} is open in {holder}, so it is opened read-only here to keep it sound. "
            "Close the other window to import or delete articles.",
        ).format(path=path, holder=holder)
    bundled = paths.bundled_archive()
    if bundled.exists() and Path(path).resolve() == bundled.resolve():
        return translate(
            "ArchiveEditor",
            "{path} is the archive shipped with the app, which is never changed. "
            "Imports go into your own archive ({own}).",
        ).format(path=path, own=paths.user_archive())
    return translate(
        "ArchiveEditor", "{path} is read-only here: there is no permission to write to it."
    ).format(path=path)


def notice_read_only(window: Any) -> None:
    """Say once, after start-up, that another instance keeps this archive read-only."""
    if archive_lock.busy(window.archive_path) and getattr(window.archive, "readonly", False):
        window.statusBar().showMessage(
            translate("ArchiveEditor", "Read-only: the archive is open in another window")
        )
        QMessageBox.information(
            window,
            translate("ArchiveEditor", "Archive in use"),
            read_only_reason(window.archive_path),
        )


def refill_facets(pane: Any, facets: Any) -> None:
    """Fill the filters again, keeping what each one had selected."""
    chosen = [(c, c.currentData()) for c in (pane.source, pane.province, pane.year)]
    for combo, _ in chosen:
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
    pane.fill_facets(facets)
    for combo, value in chosen:
        at = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(at, 0))


def refresh(w: Any, select: str | None = None, select_row: int | None = None) -> None:
    """The window after the archive changed: list (or search results), filters, counts, and
    the article to show: `select` by id (the first new one after an import), or the one now
    at `select_row` (after a deletion)."""
    pane = w.list_pane
    w.articles.reload()
    if pane.in_search():
        pane.run_search(w.results.query)
    try:
        refill_facets(pane, w.archive.facets())
    except Exception as exc:  # the list still works without filters
        w.statusBar().showMessage(
            translate("ArchiveEditor", "Filters unavailable: {}").format(exc), 8000
        )
    if select is not None:
        if not pane.select(select) and pane.in_search():
            pane.search_bar.clear()  # back to the whole list, where a new article is
            pane.select(select)
        if w.stored is None or w.stored.id != select:
            w.show_article(select)
    elif select_row is not None:
        model = pane.view.model()
        count = model.rowCount()
        target = model.article_id(min(select_row, count - 1)) if count else None
        if target is None or not pane.select(target):
            w.show_article(target)
    w.update_status()
    w.editor.update_actions()


class ArchiveEditor:
    def __init__(self, window: Any) -> None:
        self.w = window

    def _writable(self, title: str) -> bool:
        if getattr(self.w.archive, "readonly", False):
            QMessageBox.warning(self.w, title, read_only_reason(self.w.archive_path))
            return False
        return True

    def update_actions(self, importing: bool = False) -> None:
        undo = getattr(self.w, "undo_import_action", None)
        if undo is not None:
            n = len(self.undoable())
            undo.setEnabled(bool(n) and not importing)
            undo.setText(
                translate("ArchiveEditor", "&Undo last import ({} articles)").format(f"{n:,}")
                if n
                else translate("Menus", "&Undo last import")
            )
        delete = getattr(self.w, "delete_action", None)
        if delete is not None:
            delete.setEnabled(not importing)

    def delete_current(self) -> bool:
        stored = self.w.stored
        if stored is None or not self._writable(translate("ArchiveEditor", "Cannot delete")):
            return False
        title = stored.article.title or translate("ArchiveEditor", "Untitled")
        answer = QMessageBox.question(
            self.w,
            translate("ArchiveEditor", "Delete article"),
            translate(
                "ArchiveEditor",
                "Delete “{}” and its facts from the archive?\n\nThis cannot be undone.",
            ).format(title),
            Yes | No,
            No,
        )
        if answer != Yes:
            return False
        row = self.w.list_pane.view.currentIndex().row()
        try:
            self.w.archive.delete_article(stored.id)
        except Exception as exc:
            QMessageBox.warning(
                self.w, translate("ArchiveEditor", "Cannot delete the article"), str(exc)
            )
            return False
        report = self.w.importer.last_report
        if report is not None and stored.id in report.new_ids:
            report.new_ids.remove(stored.id)
        self.w.refresh_archive(select_row=max(row, 0))
        self.w.statusBar().showMessage(
            translate("ArchiveEditor", "Deleted “{}”").format(title), 5000
        )
        return True

    def undoable(self) -> list[str]:
        """Ids the last import added, if it went into the archive shown now."""
        importer = self.w.importer
        report = importer.last_report
        if report is None or importer.last_archive != Path(self.w.archive_path):
            return []
        return list(report.new_ids)

    def undo_import(self) -> int:
        ids = self.undoable()
        if not ids or not self._writable(translate("ArchiveEditor", "Cannot undo the import")):
            return 0
        answer = QMessageBox.question(
            self.w,
            translate("ArchiveEditor", "Undo last import"),
            translate(
                "ArchiveEditor",
                "Remove the {} articles added by the last import, with their facts?",
            ).format(f"{len(ids):,}"),
            Yes | No,
            No,
        )
        if answer != Yes:
            return 0
        removed = 0
        report = self.w.importer.last_report
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for done, aid in enumerate(ids):
                removed += bool(self.w.archive.delete_article(aid))
                report.new_ids = ids[done + 1 :]  # what is left to undo if this stops
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.w, translate("ArchiveEditor", "Cannot undo the import"), str(exc)
            )
        else:
            QApplication.restoreOverrideCursor()
        self.w.refresh_archive(select_row=0)
        self.w.statusBar().showMessage(
            translate("ArchiveEditor", "Removed {} imported articles").format(f"{removed:,}"), 5000
        )
        return removed
