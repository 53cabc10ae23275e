"""Accessibility: every control is named for a screen reader, the main ones described, and
the facts sidebar and list work from the keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from viewer.gui.models.facts import FactIndexRole

FIELDS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit)


def _controls(root: QWidget) -> Iterator[QWidget]:
    """Interactive widgets a user reaches, without the parts Qt builds inside a combo box."""
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, *FIELDS)):
            continue
        parent, inside_combo = w.parentWidget(), False
        while parent is not None:
            inside_combo = inside_combo or isinstance(parent, QComboBox)
            parent = parent.parentWidget()
        if inside_combo or isinstance(w.parentWidget(), QTabBar) or _qt_part(w):
            continue  # parts Qt builds and names itself
        yield w


def _qt_part(w: QWidget) -> bool:
    """Qt's private parts (spin box editors, extension and corner buttons, headers read
    from the model) and a field's clear button, which takes no focus (Esc clears too)."""
    return (
        w.objectName().startswith("qt_")
        or isinstance(w, QHeaderView)
        or (isinstance(w, QToolButton) and isinstance(w.parentWidget(), QLineEdit))
    )


def _spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in _controls(root):
        # Fields have no text of their own to read out: they need an explicit name. A
        # button is read by its text, which must be a word, not an arrow or a cross.
        name = w.accessibleName() if isinstance(w, FIELDS) else _spoken_name(w)
        if not name.strip() or name.strip() in {"↑", "↓", "✕", "×", "…"}:
            missing.append(f"{type(w).__name__} {w.objectName()!r} under {w.parent()!r}")
    return missing


def test_every_control_of_the_window_has_an_accessible_name(window: Any, qtbot: Any):
    window.open_find()
    assert not _unnamed(window), "\n".join(_unnamed(window))


def test_overview_controls_have_accessible_names(window: Any, qtbot: Any):
    window.overview_mode.action.trigger()
    QApplication.processEvents()
    assert not _unnamed(window), "\n".join(_unnamed(window))


def test_preferences_controls_are_named_and_described(window: Any, qtbot: Any):
    from viewer.gui.widgets.settings_dialog import Preferences, SettingsDialog

    dialog = SettingsDialog(Preferences.load(window.settings), window)
    qtbot.addWidget(dialog)
    assert not _unnamed(dialog), "\n".join(_unnamed(dialog))
    for field in (dialog.script, dialog.language, dialog.theme, dialog.font_family):
        assert field.accessibleDescription()
    labels = [dialog._labels[k] for k in ("script", "language", "theme", "archive")]
    assert all(label.buddy() is not None for label in labels)  # Alt+letter reaches each field


def test_main_controls_are_described(window: Any):
    for w in (
        window.list_pane.search_bar,
        window.list_pane.view,
        window.list_pane.source,
        window.sidebar.filter,
        window.sidebar.tree,
        window.reader,
        window.find_bar.field,
    ):
        assert w.accessibleName() and w.accessibleDescription(), type(w).__name__


def _key(qtbot: Any, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)
    QCoreApplication.processEvents()


def test_facts_sidebar_works_from_the_keyboard_alone(window: Any, qtbot: Any):
    """F6 reaches the facts, arrows move, Enter shows the fact in the text, the filter
    narrows the list, and Down goes from the filter back into the list."""
    window.activateWindow()
    tree = window.sidebar.tree
    window.reader.setFocus()
    _key(qtbot, window.reader, Qt.Key.Key_F6)
    qtbot.waitUntil(tree.hasFocus)
    for _ in range(4):  # from wherever the focus lands, down to the first fact row
        _key(qtbot, tree, Qt.Key.Key_Down)
        if tree.currentIndex().parent().isValid():
            break
    index = tree.currentIndex()
    assert index.parent().isValid(), "a fact row, not a group"
    _key(qtbot, tree, Qt.Key.Key_Return)
    assert window.reader.highlighted_range() is not None
    assert window.sidebar.current_fact() == index.data(FactIndexRole)
    filter_field = window.sidebar.filter
    filter_field.setFocus()
    filter_field.insert("武漢")  # typed text (QTest types only Latin keys)
    assert window.facts.rowCount() == 1
    _key(qtbot, filter_field, Qt.Key.Key_Down)
    assert tree.hasFocus() and tree.currentIndex().isValid()


def test_article_list_works_from_the_keyboard_alone(window: Any, qtbot: Any, article_ids):
    window.activateWindow()
    search = window.list_pane.search_bar
    window.focus_search()
    qtbot.waitUntil(search.hasFocus)
    _key(qtbot, search, Qt.Key.Key_Down)
    view = window.list_pane.view
    assert view.hasFocus()
    first = window.stored.id
    _key(qtbot, view, Qt.Key.Key_Down)
    assert window.stored.id != first
    _key(qtbot, view, Qt.Key.Key_Up)
    assert window.stored.id == first
