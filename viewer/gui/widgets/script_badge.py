"""The article's own script beside the mode it is shown in, and one click back to 原文.

A reader quoting a converted text must know it is converted: the badge says what the
article was written in (简 / 繁 / 混合), what is shown now (原文 or the mode's own label),
and a button (or Ctrl+1, the 原文 action's shortcut) returns to the text as written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from viewer.model import Script

OWN_SCRIPT = {"hans": ("简", "简体写成"), "hant": ("繁", "繁體寫成"), "mixed": ("混合", "简繁混合")}
CHIP_STYLE = (
    "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 0 4px; "
    "font-weight: bold; }"
)


def own_script(script: str | None) -> tuple[str, str]:
    """(badge, description) for an article's `script` field."""
    return OWN_SCRIPT.get(script or "", ("?", "文字未知"))


class ScriptBadge(QWidget):
    originalRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = QLabel(self)
        self.chip.setStyleSheet(CHIP_STYLE)
        self.mode_label = QLabel(self)
        self.back = QToolButton(self)
        self.back.setText("回到原文")
        self.back.setAutoRaise(True)
        self.back.clicked.connect(self.originalRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for w in (self.chip, self.mode_label, self.back):
            layout.addWidget(w)
        self.show_state(None, Script.ORIGINAL)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.chip.setAccessibleName(self.tr("Script the article is written in"))
        self.mode_label.setAccessibleName(self.tr("Script shown"))
        self.back.setToolTip(self.tr("Show the text as written (Ctrl+1)"))
        self.back.setAccessibleName(self.tr("Back to the original script"))

    def show_state(self, script: str | None, mode: Script) -> None:
        """The article's own script (None: no article) and the mode shown."""
        mode = Script(mode)
        badge, description = own_script(script)
        self.chip.setVisible(script is not None)
        self.chip.setText(badge)
        self.chip.setToolTip(f"本文以{description}")
        converted = mode != Script.ORIGINAL
        self.mode_label.setText(f"→ {mode.label}" if converted else "原文")
        self.mode_label.setToolTip(
            f"显示为{mode.label}（机器转换）" if converted else "显示原文，未经转换"
        )
        self.back.setVisible(converted)
