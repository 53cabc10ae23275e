"""The script toggle: 原文 / 简体 / 繁體 / 臺灣正體 / 香港繁體, plus Taiwan phrase localisation.

One checkable action per mode (in an exclusive group) serves both the toolbar and the View
menu, with Ctrl+1 … Ctrl+5. Labels come from `Script.label`, each in its own script, and are
never converted. The phrase option only applies to 臺灣正體, so it is enabled only there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from viewer.model import Script


class ScriptToggle(QObject):
    changed = Signal(object, bool)  # Script, phrases

    def __init__(self, mode: Script, phrases: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Script, QAction] = {}
        for n, script in enumerate(Script, start=1):
            action = QAction(script.label, self)
            action.setCheckable(True)
            action.setData(script.value)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setToolTip(f"{script.label} (Ctrl+{n})")
            self.group.addAction(action)
            self.actions[script] = action
        self.phrases_action = QAction("臺灣詞彙", self)
        self.phrases_action.setCheckable(True)
        self.phrases_action.setShortcut(QKeySequence("Ctrl+6"))
        self._mode = Script(mode)
        self._phrases = phrases
        self.actions[self._mode].setChecked(True)
        self.phrases_action.setChecked(phrases)
        self.phrases_action.setEnabled(self._mode == Script.TW)
        self.group.triggered.connect(self._mode_triggered)
        self.phrases_action.toggled.connect(self._phrases_toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Tips and descriptions only: the labels stay as written, in every language.

        A QObject gets no LanguageChange event; the main window calls this."""
        for script, action in self.actions.items():
            action.setStatusTip(self.tr("Show text as {}").format(script.label))
        tip = self.tr("Phrase localisation for 臺灣正體 (项目 → 專案, 数据库 → 資料庫)")
        self.phrases_action.setToolTip(f"{tip} (Ctrl+6)")
        self.phrases_action.setStatusTip(tip)

    @property
    def mode(self) -> Script:
        return self._mode

    @property
    def phrases(self) -> bool:
        return self._phrases

    def effective_phrases(self) -> bool:
        return self._phrases and self._mode == Script.TW

    def set_mode(self, mode: Script) -> None:
        self.actions[Script(mode)].trigger()

    def _mode_triggered(self, action: QAction) -> None:
        mode = Script(action.data())
        if mode != self._mode:
            self._mode = mode
            self.phrases_action.setEnabled(mode == Script.TW)
            self.changed.emit(mode, self._phrases)

    def _phrases_toggled(self, on: bool) -> None:
        self._phrases = on
        if self._mode == Script.TW:
            self.changed.emit(self._mode, on)
