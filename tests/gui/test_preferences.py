"""Preferences: every field stored in the settings file and applied to the running window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from viewer.gui import i18n, theme
from viewer.gui import settings as S
from viewer.gui.widgets import settings_dialog, typesetting
from viewer.gui.widgets.settings_dialog import Preferences, SettingsDialog, apply_preferences
from viewer.model import Script


@pytest.fixture(autouse=True)
def _defaults_afterwards():
    yield
    i18n.install(i18n.ENGLISH)
    theme.apply(theme.LIGHT)
    typesetting.set_preferences()


def _stored(settings_file: Path) -> QSettings:
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


def test_preferences_are_stored_and_applied_at_once(
    window: Any, qtbot: Any, settings_file: Path, archive_file: Path, tmp_path: Path
):
    other = tmp_path / "other.sqlite"
    other.write_bytes(archive_file.read_bytes())
    prefs = replace(
        Preferences.load(window.settings),
        script="hant",
        language="zh_CN",
        theme="dark",
        font_family="Noto Sans CJK SC",
        font_points=18,
        import_limit_mb=3,
        archive_path=str(other),
    )
    apply_preferences(window, prefs)
    QApplication.processEvents()
    # Applied: script, language, theme, font, archive.
    assert window.script.mode == Script.HANT
    assert i18n.current() == "zh_CN" and window.menuBar().actions()[0].text() == "文件(&F)"
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == theme.DARK_COLORS.base
    font = window.reader.document().defaultFont()
    assert font.families()[0] == "Noto Sans CJK SC" and font.pointSizeF() == pytest.approx(18)
    assert window.archive_path == other
    assert window.theme_actions["dark"].isChecked() and window.language_actions["zh_CN"].isChecked()
    # Stored: a fresh reader of the file sees every value.
    window.settings.sync()
    stored = S.Settings(_stored(settings_file))
    assert Preferences.load(stored) == prefs
    assert stored.get(S.IMPORT_LIMIT_MB) == 3


def test_an_archive_that_cannot_open_is_not_kept(window: Any, tmp_path: Path, dialogs: list):
    before = window.archive_path
    prefs = replace(Preferences.load(window.settings), archive_path=str(tmp_path / "none.db"))
    apply_preferences(window, prefs)
    assert window.archive_path == before
    assert window.settings.get(S.ARCHIVE_PATH) == ""
    assert dialogs and dialogs[-1][0] == "critical"


def test_preferences_apply_at_start(make_window: Any, settings_file: Path):
    store = _stored(settings_file)
    for setting, value in ((S.THEME, "dark"), (S.FONT_POINTS, 20), (S.LANGUAGE, "zh_TW")):
        store.setValue(setting.key, value)
    store.sync()
    window = make_window()
    assert theme.colors() is theme.DARK_COLORS
    assert window.reader.document().defaultFont().pointSizeF() == pytest.approx(20)
    assert window.preferences_action.text() == "偏好設定(&P)…"


def test_dialog_edits_a_copy_and_returns_what_was_chosen(window: Any, qtbot: Any):
    dialog = SettingsDialog(Preferences.load(window.settings), window)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == Preferences.load(window.settings)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_points.setValue(16)
    dialog.import_limit.setValue(42)
    dialog.script.setCurrentIndex(dialog.script.findData("tw"))
    chosen = dialog.preferences()
    assert (chosen.theme, chosen.font_points, chosen.import_limit_mb, chosen.script) == (
        "dark",
        16,
        42,
        "tw",
    )
    assert window.settings.get(S.THEME) == "system"  # nothing stored before OK or Apply


def test_edit_preferences_opens_the_dialog_and_ok_applies(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
):
    def accept_with_changes(dialog: SettingsDialog) -> int:
        dialog.font_points.setValue(15)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_changes)
    keys = window.preferences_action.shortcuts()
    assert keys and keys[0] in (
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
        QKeySequence("Ctrl+,"),
    )
    window.preferences_action.trigger()
    assert window.settings.get(S.FONT_POINTS) == 15 and theme.colors() is theme.DARK_COLORS


def test_view_menu_theme_and_language_are_the_same_preferences(window: Any):
    window.theme_actions["dark"].trigger()
    assert window.settings.get(S.THEME) == "dark" and theme.colors() is theme.DARK_COLORS
    window.language_actions["zh_TW"].trigger()
    assert window.settings.get(S.LANGUAGE) == "zh_TW"
    assert settings_dialog.Preferences.load(window.settings).language == "zh_TW"
