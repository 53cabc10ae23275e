"""Themes: contrast of every colour pair the app draws (WCAG), palettes applied, focus shown."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from viewer.gui import settings as S
from viewer.gui import theme
from viewer.gui.widgets.settings_dialog import Preferences, apply_preferences

SCHEMES = {"light": theme.LIGHT_COLORS, "dark": theme.DARK_COLORS}
TEXT_PAIRS = [
    ("text", "base"),
    ("text", "window"),
    ("muted", "base"),
    ("muted", "window"),
    ("accent_text", "accent"),
    ("fact_text", "fact_bg"),
    ("hover_text", "hover_bg"),
    ("find_text", "find_bg"),
    ("find_current_text", "find_current_bg"),
    ("removed_text", "removed_bg"),
]


def test_contrast_ratio_follows_wcag():
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_on_every_background_reaches_4_5(scheme: str, fg: str, bg: str):
    c = SCHEMES[scheme]
    ratio = theme.contrast(getattr(c, fg), getattr(c, bg))
    assert ratio >= 4.5, f"{scheme}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_highlights_stand_out_from_the_page(scheme: str):
    """The focus frame meets WCAG's 3:1 for non-text contrast; a highlight, often a light
    hue on a light page, differs from the page and from the other highlights by colour."""
    c = SCHEMES[scheme]
    assert theme.contrast(c.focus, c.base) >= 3 and theme.contrast(c.focus, c.window) >= 3
    highlights = [c.fact_bg, c.find_bg, c.find_current_bg]
    for i, bg in enumerate(highlights):
        assert _distance(bg, c.base) >= 48
        for other in highlights[i + 1 :]:
            assert _distance(bg, other) >= 48


def _distance(a: str, b: str) -> int:
    qa, qb = QColor(a), QColor(b)
    return max(abs(qa.red() - qb.red()), abs(qa.green() - qb.green()), abs(qa.blue() - qb.blue()))


def test_forced_schemes_set_palette_and_stylesheet(qapp: QApplication):
    try:
        dark = theme.apply("dark")
        assert dark is theme.DARK_COLORS and theme.colors() is dark
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == dark.base
        assert dark.focus in qapp.styleSheet() and ":focus" in qapp.styleSheet()
        light = theme.apply("light")
        assert qapp.palette().color(QPalette.ColorRole.Text).name() == light.text
        assert light.focus in qapp.styleSheet() and dark.focus not in qapp.styleSheet()
    finally:
        theme.apply("light")


def test_system_scheme_is_followed(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):
    hints = qapp.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda self: Qt.ColorScheme.Dark)
    assert theme.is_dark("system") and not theme.is_dark("light")
    monkeypatch.setattr(type(hints), "colorScheme", lambda self: Qt.ColorScheme.Light)
    assert not theme.is_dark("system") and theme.is_dark("dark")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focus_is_visible(qtbot: Any, scheme: str):
    """The same field drawn with and without the focus differs: the frame is there."""
    theme.apply(scheme)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        field, other = QLineEdit(host), QLineEdit(host)
        layout.addWidget(field)
        layout.addWidget(other)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        without = field.grab().toImage()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        with_focus = field.grab().toImage()
        assert with_focus != without
        focus = SCHEMES[scheme].qcolor("focus")
        edge = with_focus.pixelColor(with_focus.width() // 2, 0)
        assert edge.name() == focus.name()
    finally:
        theme.apply("light")


def test_window_reader_highlights_follow_the_theme(window: Any, qtbot: Any):
    window.choose_fact(1)
    try:
        prefs = Preferences.load(window.settings)
        apply_preferences(window, replace(prefs, theme="dark"))
        selections = window.reader.extraSelections()
        assert selections, "the chosen fact is highlighted"
        fmt = selections[-1].format
        assert fmt.background().color().name() == theme.DARK_COLORS.fact_bg
        assert fmt.foreground().color().name() == theme.DARK_COLORS.fact_text
        assert window.settings.get(S.THEME) == "dark"
    finally:
        theme.apply("light")
