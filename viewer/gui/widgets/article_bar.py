"""The strip above the reader: how far the shown text is from what was written.

Left, the script badge (own script, mode shown, back to 原文); right, the raw-original
toggle with the report of what cleaning did beside it (a short line; a click opens the
whole report). It holds no archive: the window hands it the article and the mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from viewer.gui.i18n import translate
from viewer.gui.models.cleaning_report import report, summary
from viewer.gui.widgets.script_badge import ScriptBadge
from viewer.model import Article, Script


class ArticleBar(QWidget):
    def __init__(self, raw_action: QAction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleBar")
        self.badge = ScriptBadge(self)
        self.cleaning = QToolButton(self)
        self.cleaning.setAutoRaise(True)
        self.cleaning.setAccessibleName(self.tr("What cleaning did"))
        self.cleaning.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.cleaning.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The summary may be long (English is wider than Chinese): it gives way first when the
        # reader is narrow, rather than widening the reader's minimum; the report is a click
        # (or the tooltip) away.
        self.cleaning.setMinimumWidth(48)
        self._menu = QMenu(self.cleaning)
        self.report_label = QLabel(self._menu)
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.setContentsMargins(12, 8, 12, 8)
        self.report_label.setWordWrap(True)
        self.report_label.setMaximumWidth(460)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.report_label)
        self._menu.addAction(holder)
        self.cleaning.setMenu(self._menu)
        self.raw_button = QToolButton(self)
        self.raw_button.setAutoRaise(True)
        if raw_action is not None:
            self.raw_button.setDefaultAction(raw_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.setSpacing(4)
        layout.addWidget(self.badge)
        layout.addStretch(1)
        layout.addWidget(self.cleaning)
        layout.addWidget(self.raw_button)
        self._shown: tuple[Article | None, Script] = (None, Script.ORIGINAL)
        self.show_article(None, Script.ORIGINAL)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.cleaning.setAccessibleName(self.tr("What cleaning did"))
            self.show_article(*self._shown)  # the report in the new language
        super().changeEvent(event)

    def show_article(self, article: Article | None, mode: Script) -> None:
        self._shown = (article, mode)
        self.badge.show_state(article.script if article else None, mode)
        self.cleaning.setVisible(article is not None)
        if article is not None:
            self.cleaning.setText(summary(article, translate))
            self.cleaning.setToolTip(report(article, translate))
            self.report_label.setText(report(article, translate))

    def report_text(self) -> str:
        return self.report_label.text()
