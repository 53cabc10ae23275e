"""The summary after an import: counts, every refused file with its reason, a copy button.

Refusals are listed by file with the reason in words (empty, binary, not Chinese text, too
large, no article text found) and the sentence that explains it, so a user can fix the
file or knows why it stays out. "Copy report" puts the same as plain text on the clipboard.
The report's words (import_core has no Qt) come through `i18n.translate`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import i18n
from viewer.gui.import_core import ImportReport
from viewer.gui.widgets import clipboard


class ImportSummaryDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(
            self.tr("Import finished") if not report.cancelled else self.tr("Import cancelled")
        )
        self.setModal(False)
        self.headline = QLabel(report.headline(i18n.translate), self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        handled = self.tr("{done} of {total} files handled in {seconds} s")
        details = [
            handled.format(
                done=f"{report.done:,}", total=f"{report.total:,}", seconds=f"{report.seconds:.1f}"
            )
        ]
        if report.error:
            details.append(self.tr("The import stopped: {}").format(report.error))
        self.details = QLabel("\n".join(details), self)
        self.details.setWordWrap(True)
        self.refused = QTreeWidget(self)
        self.refused.setAccessibleName(self.tr("Refused files"))
        self.refused.setHeaderLabels([self.tr("File"), self.tr("Reason"), self.tr("Details")])
        self.refused.setRootIsDecorated(False)
        self.refused.setUniformRowHeights(True)
        self.refused.setTextElideMode(Qt.TextElideMode.ElideLeft)  # keep the file's own name
        for r in report.refused:
            item = QTreeWidgetItem([r.name, r.label_in(i18n.translate), r.message])
            item.setToolTip(0, r.name)
            self.refused.addTopLevelItem(item)
        header = self.refused.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.resizeSection(1, 150)
        header.setStretchLastSection(True)
        self.refused.setVisible(bool(report.refused))
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the counts and every refused file with its reason")
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        if report.refused:
            refused = self.tr("Refused ({}):").format(f"{len(report.refused):,}")
            layout.addWidget(QLabel(refused, self))
        layout.addWidget(self.refused, 1)
        layout.addWidget(buttons)
        self.resize(820, 420 if report.refused else 160)

    def copy_report(self) -> str:
        """The report in the interface language, as the dialog shows it."""
        text = self.report.text(i18n.translate)
        clipboard.put(text)
        return text
