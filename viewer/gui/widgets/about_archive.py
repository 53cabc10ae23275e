"""Help > About this archive: title, description, sources, build date, pipeline version and
counts, as the archive's metadata table records them (see models/archive_info.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from viewer.gui.models.archive_info import archive_rows


class AboutArchive(QDialog):
    def __init__(self, archive: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About this archive")
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
            form.addRow(f"{label}:", field)
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
