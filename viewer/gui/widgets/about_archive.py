"""Help > About this archive: title, description, sources, build date, pipeline version and
counts, as the archive's metadata table records them (see models/archive_info.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from viewer.gui import i18n
from viewer.gui.models.archive_info import archive_rows

CONTEXT = "AboutArchive"
# The row labels of models/archive_info.py, marked for lupdate.
LABELS = (
    QT_TRANSLATE_NOOP("AboutArchive", "Title"),
    QT_TRANSLATE_NOOP("AboutArchive", "Description"),
    QT_TRANSLATE_NOOP("AboutArchive", "Sources"),
    QT_TRANSLATE_NOOP("AboutArchive", "Built"),
    QT_TRANSLATE_NOOP("AboutArchive", "Pipeline version"),
    QT_TRANSLATE_NOOP("AboutArchive", "Schema version"),
    QT_TRANSLATE_NOOP("AboutArchive", "Articles"),
    QT_TRANSLATE_NOOP("AboutArchive", "Facts"),
    QT_TRANSLATE_NOOP("AboutArchive", "File"),
    QT_TRANSLATE_NOOP("AboutArchive", "Error"),
)


class AboutArchive(QDialog):
    def __init__(self, archive: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.translate("AboutArchive", "About this archive"))
        self.rows = archive_rows(archive, path)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}
        for label, value in self.rows:
            field = QLabel(value, self)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setMaximumWidth(520)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{i18n.translate(CONTEXT, label)}:", field)
            self.values[label] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)


def show(window: Any) -> AboutArchive:
    """Open the box for the window's archive (modeless, so tests and users are never stuck)."""
    dialog = AboutArchive(window.archive, window.archive_path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
