"""Menus and the toolbar: File, Edit, View, Help, each command with its standard shortcut.

Every command is a QAction on the window, so it works from the keyboard wherever the focus
is, and its shortcut is shown in the menu and in the toolbar tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from viewer.gui import i18n
from viewer.gui.widgets import appearance_menu

Key = QKeySequence.StandardKey
CONTEXT = "Menus"  # every text below is an English source, translated through i18n


def _menu(parent: QMenuBar | QMenu, title: str) -> QMenu:
    menu = parent.addMenu("")
    i18n.bind_action(menu.menuAction(), CONTEXT, title)
    return menu


def _action(
    window: Any,
    text: str,
    slot: Callable[[], Any],
    shortcut: Any = None,
    checkable: bool = False,
    tip: str = "",
) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        keys = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, Key)
            else [QKeySequence(s) for s in (shortcut if isinstance(shortcut, list) else [shortcut])]
        )
        action.setShortcuts(keys)
    i18n.bind_action(action, CONTEXT, text, tip)  # tooltips carry the shortcut
    action.setCheckable(checkable)
    if checkable:
        action.toggled.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def build(w: Any) -> None:
    bar = w.menuBar()
    file_menu: QMenu = _menu(bar, QT_TRANSLATE_NOOP("Menus", "&File"))
    w.open_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Open archive…"), w.choose_archive, Key.Open
    )
    file_menu.addAction(w.open_action)
    file_menu.addSeparator()
    w.import_files_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Import files…"), w.importer.choose_files, "Ctrl+I"
    )
    w.import_folder_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "Import &folder…"), w.importer.choose_folder, "Ctrl+Shift+I"
    )
    w.export_facts_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Export facts…"), w.exporter.export_facts, "Ctrl+E"
    )
    w.export_article_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "Export &article…"), w.exporter.export_article, "Ctrl+Shift+E"
    )
    for a in (w.import_files_action, w.import_folder_action, None):
        file_menu.addSeparator() if a is None else file_menu.addAction(a)
    file_menu.addAction(w.export_facts_action)
    file_menu.addAction(w.export_article_action)
    file_menu.addSeparator()
    file_menu.addAction(
        _action(w, QT_TRANSLATE_NOOP("Menus", "&Quit"), w.close, [QKeySequence("Ctrl+Q")])
    )

    edit = _menu(bar, QT_TRANSLATE_NOOP("Menus", "&Edit"))
    w.undo_import_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Undo last import"), w.editor.undo_import, Key.Undo
    )
    w.undo_import_action.setEnabled(False)
    w.delete_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Delete article…"), w.editor.delete_current, Key.Delete
    )
    edit.addAction(w.undo_import_action)
    edit.addAction(w.delete_action)
    edit.addSeparator()
    w.copy_action = _action(w, QT_TRANSLATE_NOOP("Menus", "&Copy"), w.copier.copy, Key.Copy)
    w.cite_action = _action(
        w,
        QT_TRANSLATE_NOOP("Menus", "Copy with c&itation"),
        w.copier.copy_with_citation,
        "Ctrl+Shift+C",
    )
    w.copy_all_action = _action(
        w,
        QT_TRANSLATE_NOOP("Menus", "Copy &all facts"),
        w.copier.copy_facts,
        "Ctrl+Alt+C",
        tip=QT_TRANSLATE_NOOP("Menus", "Copy all facts as a table"),
    )
    w.copy_group_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "Copy this &group"), lambda: w.copier.copy_facts(True)
    )
    w.copy_original_action = _action(
        w,
        QT_TRANSLATE_NOOP("Menus", "Copy in the &original script"),
        w.set_copy_original,
        checkable=True,
    )
    w.copy_original_action.setChecked(w.reader.copy_original)
    for a in (w.copy_action, w.cite_action, w.copy_all_action, None, w.copy_original_action):
        edit.addSeparator() if a is None else edit.addAction(a)
    edit.addSeparator()
    w.find_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Find in article…"), w.open_find, Key.Find
    )
    w.find_next_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "Find &next"), lambda: w.reader.find_step(1), Key.FindNext
    )
    w.find_prev_action = _action(
        w,
        QT_TRANSLATE_NOOP("Menus", "Find &previous"),
        lambda: w.reader.find_step(-1),
        Key.FindPrevious,
    )
    w.search_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Search the archive…"), w.focus_search, "Ctrl+K"
    )
    for a in (w.find_action, w.find_next_action, w.find_prev_action, w.search_action):
        edit.addAction(a)
    appearance_menu.add_preferences(w, edit)
    w.sidebar.context_actions = [
        w.copy_action,
        w.cite_action,
        w.copy_group_action,
        w.copy_all_action,
    ]

    view = _menu(bar, QT_TRANSLATE_NOOP("Menus", "&View"))
    script_menu = _menu(view, QT_TRANSLATE_NOOP("Menus", "&Script"))
    for action in w.script.actions.values():
        script_menu.addAction(action)
        w.addAction(action)
    script_menu.addSeparator()
    script_menu.addAction(w.script.phrases_action)
    w.addAction(w.script.phrases_action)
    view.addSeparator()
    view.addAction(
        _action(w, QT_TRANSLATE_NOOP("Menus", "Zoom &in"), lambda: w.zoom(1), ["Ctrl+=", "Ctrl++"])
    )
    view.addAction(
        _action(w, QT_TRANSLATE_NOOP("Menus", "Zoom &out"), lambda: w.zoom(-1), ["Ctrl+-"])
    )
    view.addAction(
        _action(w, QT_TRANSLATE_NOOP("Menus", "&Reset zoom"), lambda: w.zoom(None), ["Ctrl+0"])
    )
    view.addSeparator()
    raw_menu = _menu(view, QT_TRANSLATE_NOOP("Menus", "Raw &original"))
    group = QActionGroup(w)
    w.raw_actions = {}
    for mode, text, key in (
        ("off", QT_TRANSLATE_NOOP("Menus", "&Hidden"), "Ctrl+R"),
        ("beside", QT_TRANSLATE_NOOP("Menus", "&Beside the article"), "Ctrl+Shift+R"),
        ("instead", QT_TRANSLATE_NOOP("Menus", "&Instead of the article"), None),
    ):
        action = _action(w, text, lambda m=mode: w.set_raw_mode(m), key)
        action.setCheckable(True)
        group.addAction(action)
        raw_menu.addAction(action)
        w.raw_actions[mode] = action
    w.sidebar_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "&Facts sidebar"), w.set_sidebar_visible, "F9", True
    )
    w.list_action = _action(
        w, QT_TRANSLATE_NOOP("Menus", "Article &list"), w.set_list_visible, "F8", True
    )
    view.addAction(w.list_action)
    view.addAction(w.sidebar_action)
    view.addAction(
        _action(w, QT_TRANSLATE_NOOP("Menus", "Next &pane"), lambda: w.cycle_pane(1), "F6")
    )
    view.addAction(
        _action(
            w, QT_TRANSLATE_NOOP("Menus", "Previous pa&ne"), lambda: w.cycle_pane(-1), "Shift+F6"
        )
    )
    appearance_menu.add_view_menus(w, view)

    help_menu = _menu(bar, QT_TRANSLATE_NOOP("Menus", "&Help"))
    help_menu.addAction(_action(w, QT_TRANSLATE_NOOP("Menus", "&About archive-viewer"), w.about))

    tools = QToolBar(w)
    i18n.bind_title(tools, CONTEXT, QT_TRANSLATE_NOOP("Menus", "Script"))
    tools.setObjectName("scriptToolbar")
    tools.setMovable(False)
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in w.script.actions.values():
        tools.addAction(action)
    tools.addAction(w.script.phrases_action)
    tools.addSeparator()
    # Short toolbar labels beside the script labels; the menus keep the longer texts.
    beside = w.raw_actions["beside"]
    i18n.bind_action(
        beside,
        CONTEXT,
        beside.property("i18n_text"),
        beside.property("i18n_tip"),
        QT_TRANSLATE_NOOP("Menus", "Compare raw"),
    )
    i18n.bind_action(
        w.sidebar_action,
        CONTEXT,
        w.sidebar_action.property("i18n_text"),
        w.sidebar_action.property("i18n_tip"),
        QT_TRANSLATE_NOOP("Menus", "Facts"),
    )
    tools.addAction(w.raw_actions["beside"])
    tools.addAction(w.sidebar_action)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
