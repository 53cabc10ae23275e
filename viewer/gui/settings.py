"""Every setting the app keeps, declared once, stored with QSettings.

Preferences (script, zoom, copying) are kept apart from window state (geometry, splitter
sizes, last article), so that a user can reset one without losing the other. Values are
read through their declared type: QSettings' INI backend returns strings for everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from viewer.model import Script

ORGANIZATION = "archive-viewer"
APPLICATION = "archive-viewer"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    doc: str


# Preferences
SCRIPT = Setting("prefs/script", Script.ORIGINAL.value, "script mode shown")
PHRASES = Setting("prefs/phrases", False, "Taiwan phrase localisation (s2twp) for 臺灣正體")
ZOOM = Setting("prefs/zoom", 0, "reader zoom steps from the default size")
COPY_ORIGINAL = Setting("prefs/copy_original", False, "copy reader text in the original script")
RAW_MODE = Setting("prefs/raw_mode", "off", "raw original: off, beside or instead")
SORT_DESCENDING = Setting("prefs/sort_descending", True, "article list newest first")
FONT_WARNING_SHOWN = Setting("prefs/font_warning_shown", False, "missing CJK font was reported")
IMPORT_LIMIT_MB = Setting("prefs/import_limit_mb", 10, "largest source file imported, in MB")
IMPORT_TIMEOUT_S = Setting("prefs/import_timeout_s", 120, "longest processing of one file, in s")
LANGUAGE = Setting("prefs/language", "system", "interface language: system, en, zh_CN or zh_TW")
THEME = Setting("prefs/theme", "system", "colour scheme: system, light or dark")
FONT_FAMILY = Setting("prefs/font_family", "", "reading font family; empty: chosen per script")
FONT_POINTS = Setting("prefs/font_points", 13, "reading font size in points at zoom 0")
ARCHIVE_PATH = Setting("prefs/archive_path", "", "archive opened at launch; empty: your own")
AMBIGUITY_MARKS = Setting("prefs/ambiguity_marks", False, "underline one-to-many conversions")
# Window state
GEOMETRY = Setting("window/geometry", QByteArray(), "main window geometry")
WINDOW_STATE = Setting("window/state", QByteArray(), "toolbars and docks")
SPLITTER = Setting("window/splitter", QByteArray(), "list / reader / facts sizes")
SIDEBAR_VISIBLE = Setting("window/sidebar_visible", True, "facts sidebar shown")
LIST_VISIBLE = Setting("window/list_visible", True, "article list shown")
LAST_ARTICLE = Setting("window/last_article", "", "article shown at the last exit")
IMPORT_DIR = Setting("window/import_dir", "", "folder of the last import")
EXPORT_DIR = Setting("window/export_dir", "", "folder of the last export")

ALL = (
    SCRIPT,
    PHRASES,
    ZOOM,
    COPY_ORIGINAL,
    RAW_MODE,
    SORT_DESCENDING,
    FONT_WARNING_SHOWN,
    IMPORT_LIMIT_MB,
    IMPORT_TIMEOUT_S,
    LANGUAGE,
    THEME,
    FONT_FAMILY,
    FONT_POINTS,
    ARCHIVE_PATH,
    AMBIGUITY_MARKS,
    GEOMETRY,
    WINDOW_STATE,
    SPLITTER,
    SIDEBAR_VISIBLE,
    LIST_VISIBLE,
    LAST_ARTICLE,
    IMPORT_DIR,
    EXPORT_DIR,
)


def default_qsettings() -> QSettings:
    """The user's settings file (INI on every platform, so it can be read and copied)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    """Typed access to the declared settings over one QSettings object."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def get(self, setting: Setting) -> Any:
        raw = self._store.value(setting.key, setting.default)
        default = setting.default
        try:
            if isinstance(default, bool):
                return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            if isinstance(default, int):
                return int(raw)
            if isinstance(default, QByteArray):
                return raw if isinstance(raw, QByteArray) else default
            return str(raw)
        except (TypeError, ValueError):
            return default

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def script(self) -> Script:
        try:
            return Script(self.get(SCRIPT))
        except ValueError:
            return Script.ORIGINAL

    def sync(self) -> None:
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()
