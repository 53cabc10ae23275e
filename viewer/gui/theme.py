"""Light and dark themes: the palette, the highlight colours and the focus rule.

The app follows the system's colour scheme (QStyleHints.colorScheme) unless the user forces
light or dark. A forced scheme needs a palette of our own, since only some platform styles
switch by themselves, so both schemes are drawn with Fusion and the palettes below. The
highlight colours for facts and find matches are chosen with their text colour, and
tests/gui/test_theme.py checks every pair against WCAG's 4.5:1 for text.
The stylesheet in resources/styles/app.qss draws a visible focus frame in both schemes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from viewer import paths

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)


@dataclass(frozen=True, slots=True)
class Colors:
    """Every colour the app draws itself, as #rrggbb strings (for QSS and QColor alike)."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str  # secondary text: dates, sources, counts
    button: str
    accent: str  # selection in lists
    accent_text: str
    focus: str  # the focus frame
    fact_bg: str  # the chosen fact in the reader
    fact_text: str
    hover_bg: str  # a fact under the mouse, in the sidebar
    hover_text: str
    find_bg: str  # find-in-article matches
    find_text: str
    find_current_bg: str
    find_current_text: str
    removed_bg: str  # raw view: what cleaning removed
    removed_text: str

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT_COLORS = Colors(
    window="#f3f3f3",
    base="#ffffff",
    alternate="#f7f7f7",
    text="#1a1a1a",
    muted="#5f5f5f",
    button="#ececec",
    accent="#2c64c6",
    accent_text="#ffffff",
    focus="#0a5fd0",
    fact_bg="#ffd666",
    fact_text="#1a1a1a",
    hover_bg="#ffec99",
    hover_text="#1a1a1a",
    find_bg="#c8e1ff",
    find_text="#1a1a1a",
    find_current_bg="#ff9632",
    find_current_text="#1a1a1a",
    removed_bg="#ffe4e4",
    removed_text="#9e1c1c",
)
DARK_COLORS = Colors(
    window="#2b2d30",
    base="#1e1f22",
    alternate="#26282b",
    text="#e6e6e6",
    muted="#a8a8a8",
    button="#3a3d41",
    accent="#2f65ca",
    accent_text="#ffffff",
    focus="#5aa9ff",
    fact_bg="#6b5d00",
    fact_text="#fafafa",
    hover_bg="#5c4a12",
    hover_text="#fafafa",
    find_bg="#24476b",
    find_text="#fafafa",
    find_current_bg="#a34700",
    find_current_text="#fafafa",
    removed_bg="#4a1f1f",
    removed_text="#ffb3b3",
)

_current = LIGHT_COLORS


def colors() -> Colors:
    """The colours in use now; widgets read them when they draw, not at import."""
    return _current


def is_dark(choice: str) -> bool:
    """Whether `choice` (system, light, dark) means dark now."""
    if choice in (LIGHT, DARK):
        return choice == DARK
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate),
        (role.Text, c.text),
        (role.Button, c.button),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.accent_text),
        (role.Link, c.focus),
        (role.BrightText, "#ff5555"),
    ):
        p.setColor(r, QColor(value))
    disabled = QColor(c.muted)
    disabled.setAlpha(160)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def stylesheet(c: Colors) -> str:
    """resources/styles/app.qss with this scheme's colours filled in."""
    template = (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    return Template(template).safe_substitute({f.name: getattr(c, f.name) for f in fields(c)})


def apply(choice: str) -> Colors:
    """Palette, style and stylesheet for `choice`; returns the colours now in use."""
    global _current
    app = QApplication.instance()
    hints = QGuiApplication.styleHints() if app is not None else None
    if hints is not None and hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()  # back to the system's, so that "system" reads it
    _current = DARK_COLORS if is_dark(choice) else LIGHT_COLORS
    if not isinstance(app, QApplication):
        return _current
    if choice in (LIGHT, DARK) and hasattr(hints, "setColorScheme"):  # Qt 6.8: native dialogs
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # the one style that draws any palette faithfully
    app.setPalette(palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(color: str) -> float:
        q = QColor(color)
        channels = []
        for v in (q.redF(), q.greenF(), q.blueF()):
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, bl = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
