"""Faces of a script no longer shown are let go: the font cache is emptied on a region change."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase

from viewer.gui.widgets import font_release
from viewer.model import Script


def test_release_leaves_no_font_behind(qapp: Any) -> None:
    assert font_release.release_unused_faces()
    assert font_release._FAMILY not in QFontDatabase.families()


def test_release_is_asked_only_when_the_regional_face_changes(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(font_release, "release_soon", asked.append)
    window.script.actions[Script.HANS].trigger()  # shown region set (SC)
    asked.clear()
    window.script.actions[Script.HANS].trigger()
    window.script.actions[Script.TW].trigger()  # SC -> TC
    assert len(asked) == 1
    window.script.actions[Script.HANT].trigger()  # TC again
    assert len(asked) == 1
    window.script.actions[Script.HK].trigger()  # TC -> HK
    assert asked == [window.reader, window.reader]


def test_the_window_still_paints_after_a_release(window: Any, qtbot: Any) -> None:
    window.script.actions[Script.HK].trigger()
    assert font_release.release_unused_faces()
    window.reader.viewport().repaint()
    assert window.reader.toPlainText()
    assert window.reader.document().defaultFont().families()[0].endswith("HK")
