"""Edit > Preferences, View > Language and View > Theme.

The language and theme menus are shortcuts to two fields of the preferences, so both go
through `apply_preferences`: one path stores and applies a change, whichever way it came.
Language names are written each in its own language and never translated.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.gui import i18n, theme
from viewer.gui import settings as S
from viewer.gui.widgets import settings_dialog

CONTEXT = "Menus"


def add_preferences(w: Any, edit: QMenu) -> None:
    action = QAction(w)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")
    ]
    action.setShortcuts(keys)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    i18n.bind_action(action, CONTEXT, QT_TRANSLATE_NOOP("Menus", "&Preferences…"))
    action.triggered.connect(lambda _checked=False: settings_dialog.open_preferences(w))
    w.addAction(action)
    edit.addSeparator()
    edit.addAction(action)
    w.preferences_action = action


def _choice_menu(w: Any, view: QMenu, title: str, choices: list[tuple[str, str, str]]) -> Any:
    """A submenu of exclusive choices: (value, English source or "", fixed label)."""
    menu = view.addMenu("")
    i18n.bind_action(menu.menuAction(), CONTEXT, title)
    group = QActionGroup(menu)
    actions = {}
    for value, source, label in choices:
        action = QAction(label, menu)
        if source:
            i18n.bind_action(action, CONTEXT, source)
        action.setCheckable(True)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
        actions[value] = action
    return group, actions


def add_view_menus(w: Any, view: QMenu) -> None:
    view.addSeparator()
    languages = [(i18n.SYSTEM, QT_TRANSLATE_NOOP("Menus", "&System default"), "")]
    languages += [(code, "", name) for code, name in i18n.NAMES.items()]
    group, w.language_actions = _choice_menu(
        w, view, QT_TRANSLATE_NOOP("Menus", "&Language"), languages
    )
    group.triggered.connect(lambda a: _change(w, language=a.data()))
    themes = [
        (theme.SYSTEM, QT_TRANSLATE_NOOP("Menus", "&As the system"), ""),
        (theme.LIGHT, QT_TRANSLATE_NOOP("Menus", "&Light"), ""),
        (theme.DARK, QT_TRANSLATE_NOOP("Menus", "&Dark"), ""),
    ]
    group, w.theme_actions = _choice_menu(w, view, QT_TRANSLATE_NOOP("Menus", "&Theme"), themes)
    group.triggered.connect(lambda a: _change(w, theme=a.data()))
    sync(w)


def _change(w: Any, **changes: str) -> None:
    prefs = settings_dialog.Preferences.load(w.settings)
    settings_dialog.apply_preferences(w, replace(prefs, **changes))
    sync(w)


def sync(w: Any) -> None:
    """Check the entries that match the settings (after the dialog changed them)."""
    for actions, setting in (
        (getattr(w, "language_actions", {}), S.LANGUAGE),
        (getattr(w, "theme_actions", {}), S.THEME),
    ):
        action = actions.get(w.settings.get(setting)) or next(iter(actions.values()), None)
        if action is not None:
            action.setChecked(True)
