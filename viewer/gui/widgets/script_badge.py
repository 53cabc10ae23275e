"""The article's own script beside the mode it is shown in, and one click back to 原文.

A reader quoting a converted text must know it is converted: the badge says what the
article was written in (简 / 繁, or mixed), what is shown now (原文 or the mode's own label),
and a button (or Ctrl+1, the 原文 action's shortcut) returns to the text as written. The
chips 简 / 繁 and the mode labels are written in their own script, like the script toggle's,
and never translated; the words around them follow the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from viewer.gui.i18n import translate
from viewer.model import Script

CONTEXT = "ScriptBadge"
# (chip, tooltip): the chips 简 / 繁 are kept as written; "mixed" is a word, translated.
OWN_SCRIPT = {
    "hans": (
        "简",
        QT_TRANSLATE_NOOP("ScriptBadge", "This article is written in simplified characters"),
    ),
    "hant": (
        "繁",
        QT_TRANSLATE_NOOP("ScriptBadge", "This article is written in traditional characters"),
    ),
    "mixed": (
        QT_TRANSLATE_NOOP("ScriptBadge", "mixed"),
        QT_TRANSLATE_NOOP(
            "ScriptBadge", "This article mixes simplified and traditional characters"
        ),
    ),
}
UNKNOWN = ("?", QT_TRANSLATE_NOOP("ScriptBadge", "The article's script is not known"))
CHIP_STYLE = (
    "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 0 4px; "
    "font-weight: bold; }"
)


def own_script(script: str | None) -> tuple[str, str]:
    """(badge, description) for an article's `script` field, in the interface language."""
    chip, tip = OWN_SCRIPT.get(script or "", UNKNOWN)
    return (chip if chip in ("简", "繁", "?") else translate(CONTEXT, chip)), translate(
        CONTEXT, tip
    )


class ScriptBadge(QWidget):
    originalRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = QLabel(self)
        self.chip.setStyleSheet(CHIP_STYLE)
        self.mode_label = QLabel(self)
        self.back = QToolButton(self)
        self.back.setAutoRaise(True)
        self.back.clicked.connect(self.originalRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for w in (self.chip, self.mode_label, self.back):
            layout.addWidget(w)
        self._state: tuple[str | None, Script] = (None, Script.ORIGINAL)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # 原文 is the script toggle's label, kept as written inside the sentence.
        self.back.setText(self.tr("Back to 原文"))
        self.chip.setAccessibleName(self.tr("Script the article is written in"))
        self.mode_label.setAccessibleName(self.tr("Script shown"))
        self.back.setToolTip(self.tr("Show the text as written (Ctrl+1)"))
        self.back.setAccessibleName(self.tr("Back to the original script"))
        self.show_state(*self._state)

    def show_state(self, script: str | None, mode: Script) -> None:
        """The article's own script (None: no article) and the mode shown."""
        mode = Script(mode)
        self._state = (script, mode)
        badge, description = own_script(script)
        self.chip.setVisible(script is not None)
        self.chip.setText(badge)
        self.chip.setToolTip(description)
        converted = mode != Script.ORIGINAL
        self.mode_label.setText(f"→ {mode.label}" if converted else Script.ORIGINAL.label)
        self.mode_label.setToolTip(
            self.tr("Shown in {} (converted by machine)").format(mode.label)
            if converted
            else self.tr("Shown as written, not converted")
        )
        self.back.setVisible(converted)
