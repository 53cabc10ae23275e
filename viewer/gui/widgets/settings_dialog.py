"""Edit > Preferences: default script, interface language, theme, reading font and size,
import size limit and archive location.

The dialog only edits a `Preferences` value; `apply_preferences` stores it in the settings
and applies every part at once (language, theme, font, script, archive) to a running
window, so OK and Apply never need a restart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from viewer import paths
from viewer.gui import i18n, theme
from viewer.gui import settings as S
from viewer.gui.settings import Settings
from viewer.gui.widgets import typesetting
from viewer.model import Script


@dataclass(frozen=True, slots=True)
class Preferences:
    script: str
    language: str
    theme: str
    font_family: str
    font_points: int
    import_limit_mb: int
    archive_path: str

    @classmethod
    def load(cls, settings: Settings) -> Preferences:
        return cls(
            script=settings.script().value,
            language=settings.get(S.LANGUAGE),
            theme=settings.get(S.THEME),
            font_family=settings.get(S.FONT_FAMILY),
            font_points=settings.get(S.FONT_POINTS),
            import_limit_mb=settings.get(S.IMPORT_LIMIT_MB),
            archive_path=settings.get(S.ARCHIVE_PATH),
        )

    def save(self, settings: Settings) -> None:
        settings.set(S.SCRIPT, self.script)
        settings.set(S.LANGUAGE, self.language)
        settings.set(S.THEME, self.theme)
        settings.set(S.FONT_FAMILY, self.font_family)
        settings.set(S.FONT_POINTS, self.font_points)
        settings.set(S.IMPORT_LIMIT_MB, self.import_limit_mb)
        settings.set(S.ARCHIVE_PATH, self.archive_path)
        settings.sync()


def apply_appearance(settings: Settings) -> None:
    """Language, theme and reading font from the settings: at start-up and after a change."""
    i18n.install(settings.get(S.LANGUAGE))
    theme.apply(settings.get(S.THEME))
    typesetting.set_preferences(settings.get(S.FONT_FAMILY), settings.get(S.FONT_POINTS))


def apply_preferences(window: Any, prefs: Preferences) -> None:
    """Store `prefs` and make the running window show them now."""
    before = Preferences.load(window.settings)
    prefs.save(window.settings)
    apply_appearance(window.settings)
    if prefs.script != window.script.mode.value:
        window.script.set_mode(Script(prefs.script))
    # Redraw the article: the font may have changed, and highlights follow the theme.
    window.reader.show_presented(window.presented, keep_position=True)
    if window.stored is not None:
        window.raw_view.show_article(window.stored.article, window.reader.zoom)
    wanted = Path(prefs.archive_path) if prefs.archive_path else paths.user_archive()
    moved = prefs.archive_path != before.archive_path and wanted != Path(window.archive_path)
    if moved and not window.open_archive(wanted):
        window.settings.set(S.ARCHIVE_PATH, before.archive_path)  # keep what still opens


def cjk_families() -> list[str]:
    """Installed families that cover Chinese, for the font choice."""
    db = QFontDatabase
    found: set[str] = set()
    for ws in (db.WritingSystem.SimplifiedChinese, db.WritingSystem.TraditionalChinese):
        found.update(db.families(ws))
    return sorted(found)


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._initial = prefs
        form = QFormLayout(self)
        self.script = QComboBox(self)
        for script in Script:
            self.script.addItem(script.label, script.value)  # never translated
        self.language = QComboBox(self)
        self.language.addItem("", i18n.SYSTEM)
        for code, name in i18n.NAMES.items():
            self.language.addItem(name, code)  # each in its own language
        self.theme = QComboBox(self)
        for choice in theme.CHOICES:
            self.theme.addItem("", choice)
        self.font_family = QComboBox(self)
        self.font_family.setObjectName("fontFamily")
        self.font_family.addItem("", "")
        for family in cjk_families():
            self.font_family.addItem(family, family)
        self.font_points = QSpinBox(self)
        self.font_points.setRange(8, 40)
        self.import_limit = QSpinBox(self)
        self.import_limit.setRange(1, 2048)
        self.archive = QLineEdit(self)
        self.archive.setClearButtonEnabled(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive, 1)
        archive_row.addWidget(self.browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.applied = self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked
        self._labels: dict[str, QLabel] = {}
        for key, field in (
            ("script", self.script),
            ("language", self.language),
            ("theme", self.theme),
            ("font", self.font_family),
            ("size", self.font_points),
            ("limit", self.import_limit),
            ("archive", archive_row),
        ):
            self._labels[key] = QLabel(self)
            form.addRow(self._labels[key], field)
        form.addRow(self.buttons)
        self.set_preferences(prefs)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        texts = {
            "script": (self.tr("Default &script:"), self.tr("Script the articles are shown in")),
            "language": (self.tr("&Interface language:"), self.tr("Language of menus and dialogs")),
            "theme": (self.tr("&Theme:"), self.tr("Light or dark colours, or as the system")),
            "font": (self.tr("Reading &font:"), self.tr("Font family of the article text")),
            "size": (self.tr("Font si&ze:"), self.tr("Size of the article text at normal zoom")),
            "limit": (
                self.tr("Import size &limit:"),
                self.tr("Larger source files are refused when importing"),
            ),
            "archive": (self.tr("&Archive file:"), self.tr("The archive opened at launch")),
        }
        fields = {
            "script": self.script,
            "language": self.language,
            "theme": self.theme,
            "font": self.font_family,
            "size": self.font_points,
            "limit": self.import_limit,
            "archive": self.archive,
        }
        for key, (label, description) in texts.items():
            self._labels[key].setText(label)
            field = fields[key]
            self._labels[key].setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":：").strip())
            field.setAccessibleDescription(description)
            field.setToolTip(description)
        self.language.setItemText(0, self.tr("System default"))
        names = {theme.SYSTEM: self.tr("As the system"), theme.LIGHT: self.tr("Light")}
        names[theme.DARK] = self.tr("Dark")
        for i in range(self.theme.count()):
            self.theme.setItemText(i, names[self.theme.itemData(i)])
        self.font_family.setItemText(0, self.tr("Automatic (by script)"))
        self.font_points.setSuffix(self.tr(" pt"))
        self.import_limit.setSuffix(self.tr(" MB"))
        self.archive.setPlaceholderText(str(paths.user_archive()))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for an archive file"))
        self.browse.setAccessibleDescription(self.tr("Choose the archive opened at launch"))

    def set_preferences(self, prefs: Preferences) -> None:
        for box, value in (
            (self.script, prefs.script),
            (self.language, prefs.language),
            (self.theme, prefs.theme),
            (self.font_family, prefs.font_family),
        ):
            index = box.findData(value)
            if index < 0 and box is self.font_family and value:
                box.addItem(value, value)  # a family no longer installed stays chosen
                index = box.count() - 1
            box.setCurrentIndex(max(0, index))
        self.font_points.setValue(prefs.font_points)
        self.import_limit.setValue(prefs.import_limit_mb)
        self.archive.setText(prefs.archive_path)

    def preferences(self) -> Preferences:
        return replace(
            self._initial,
            script=self.script.currentData(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            font_family=self.font_family.currentData(),
            font_points=self.font_points.value(),
            import_limit_mb=self.import_limit.value(),
            archive_path=self.archive.text().strip(),
        )

    def _browse(self) -> None:
        start = self.archive.text() or str(paths.user_data_dir())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Archive file"),
            start,
            self.tr("Archives (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.archive.setText(path)


def open_preferences(window: Any) -> None:
    """Edit > Preferences: OK and Apply store and apply everything at once."""
    dialog = SettingsDialog(Preferences.load(window.settings), window)
    dialog.applied.connect(lambda: apply_preferences(window, dialog.preferences()))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        apply_preferences(window, dialog.preferences())
    dialog.deleteLater()
