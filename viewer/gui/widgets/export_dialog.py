"""File > Export facts… and File > Export article…: what, in which format and script, where.

The dialog asks for the scope (this article, the current search results, the whole
archive), the format and the script (the one shown by default), then a file name. Writing
goes through `viewer.gui.export_formats`; a failure becomes a dialog naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import export_formats as fmt
from viewer.gui import settings as S
from viewer.gui.i18n import translate
from viewer.model import Script

SCOPES = ("article", "results", "archive")
SEARCH_EXPORT_LIMIT = 100_000


class ExportDialog(QDialog):
    """Scope (facts only), format and script."""

    def __init__(
        self,
        formats: dict[str, str],
        mode: Script,
        scopes: dict[str, bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export facts") if scopes else self.tr("Export article"))
        form = QFormLayout()
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        labels = {
            "article": self.tr("This article"),
            "results": self.tr("The current search results"),
            "archive": self.tr("The whole archive"),
        }
        box = QVBoxLayout()
        for key, enabled in (scopes or {}).items():
            button = QRadioButton(labels[key], self)
            button.setEnabled(enabled)
            self.scope_group.addButton(button)
            self.scope_buttons[key] = button
            box.addWidget(button)
        first = next((b for b in self.scope_buttons.values() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
            form.addRow(self.tr("Facts of:"), box)
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in formats.items():
            name = label.split(" (")[0]
            self.format.addItem(self.tr("Plain text") if name == "Plain text" else name, key)
        form.addRow(self.tr("Format:"), self.format)
        self.script = QComboBox(self)
        self.script.setAccessibleName(self.tr("Script"))
        for s in Script:
            self.script.addItem(s.label, s.value)
        self.script.setCurrentIndex(list(Script).index(Script(mode)))
        form.addRow(self.tr("Script:"), self.script)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str | None, str, Script]:
        scope = next((k for k, b in self.scope_buttons.items() if b.isChecked()), None)
        return scope, self.format.currentData(), Script(self.script.currentData())


class Exporter:
    def __init__(self, window: Any) -> None:
        self.w = window

    def _scopes(self) -> dict[str, bool]:
        return {
            "article": self.w.stored is not None,
            "results": self.w.list_pane.in_search(),
            "archive": True,
        }

    def _save_path(self, title: str, suggested: str, filters: dict[str, str], key: str) -> Path:
        folder = self.w.settings.get(S.EXPORT_DIR) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.w, title, str(Path(folder) / suggested), filters[key]
        )
        if not name:
            return Path()
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(f".{key}")
        self.w.settings.set(S.EXPORT_DIR, str(path.parent))
        return path

    def ids_for(self, scope: str) -> list[str] | None:
        if scope == "article":
            return [self.w.stored.id] if self.w.stored is not None else []
        if scope == "results":
            query = self.w.results.query
            hits = self.w.archive.search(
                query, limit=SEARCH_EXPORT_LIMIT, **self.w.articles.filters
            )
            return [h.id for h in hits]
        return None

    def export_facts(self) -> Path | None:
        dialog = ExportDialog(fmt.FACT_FORMATS, self.w.script.mode, self._scopes(), self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        scope, key, mode = dialog.choice()
        title = translate("Exporter", "Export facts")
        path = self._save_path(title, f"facts.{key}", fmt.FACT_FORMATS, key)
        if not path.name:
            return None
        return self.write_facts(path, scope or "archive", key, mode)

    def write_facts(self, path: Path, scope: str, key: str, mode: Script) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            records = fmt.fact_records(self.w.archive, self.ids_for(scope), mode)
            fmt.write_text(path, fmt.facts_text(records, key))
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.w, translate("Exporter", "Cannot export the facts"), f"{path}: {exc}"
            )
            return None
        QApplication.restoreOverrideCursor()
        done = translate("Exporter", "Exported {n} facts to {path}")
        self.w.statusBar().showMessage(done.format(n=f"{len(records):,}", path=path), 8000)
        return path

    def export_article(self) -> Path | None:
        if self.w.stored is None:
            return None
        dialog = ExportDialog(fmt.ARTICLE_FORMATS, self.w.script.mode, None, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        _, key, mode = dialog.choice()
        title = (self.w.stored.article.title or "article").strip()
        safe = "".join(c for c in title if c not in '\\/:*?"<>|\0')[:60] or "article"
        title = translate("Exporter", "Export article")
        path = self._save_path(title, f"{safe}.{key}", fmt.ARTICLE_FORMATS, key)
        if not path.name:
            return None
        return self.write_article(path, key, mode)

    def write_article(self, path: Path, key: str, mode: Script) -> Path | None:
        try:
            fmt.write_text(path, fmt.article_text(self.w.stored.article, mode, key))
        except Exception as exc:
            QMessageBox.warning(
                self.w, translate("Exporter", "Cannot export the article"), f"{path}: {exc}"
            )
            return None
        done = translate("Exporter", "Exported the article to {}")
        self.w.statusBar().showMessage(done.format(path), 8000)
        return path
